// Cross-document resolution by head + modifier subsumption, and generic shortenings of a label
// that are not kept as names (aliases.ts nameShape/subsumes/aliasRecords, resolve.ts, NodeIndex).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aliasRecords, nameShape, nameWordKeys, subsumes } from '../../server/graph/aliases.js';
import type { NodeType } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { buildDoc, type EntitySpec } from './build-extraction.js';

const STATES = new Set(['Russia', 'North Korea', 'Belarus'].flatMap(nameWordKeys));
const sub = (short: string, long: string) => subsumes(nameShape(short)!, nameShape(long)!, STATES);

describe('subsumes', () => {
  it('accepts a shorter name with the same head whose words all occur in the longer one', () => {
    expect(sub('Sunan airport', 'Sunan International Airport')).toBe(true);
    expect(sub('Wonsan Kalma resort', 'Wonsan Kalma coastal resort')).toBe(true);
    // The owner named by its head noun ("Party") stands for the dropped "of the ... Party of STATE".
    expect(sub('Party Central Military Commission', "Central Military Commission of the Workers' Party of Korea")).toBe(true);
  });

  it('refuses a shorter name that only drops a state: it could be any state’s', () => {
    expect(sub('Ministry of Defence', 'Ministry of Defence of Russia')).toBe(false);
    expect(sub('Defence Ministry', 'Ministry of Defence of Russia')).toBe(false);
    expect(sub('Security Council', 'Security Council of Belarus')).toBe(false);
  });

  it('refuses other heads, extra words, the reverse order, names without a proper word', () => {
    expect(sub('Sunan airport', 'Sunan Airport Hotel')).toBe(false); // head: hotel
    expect(sub('Sunan cargo airport', 'Sunan International Airport')).toBe(false); // "cargo" not in the longer
    expect(sub('Sunan International Airport', 'Sunan airport')).toBe(false); // longer is not shorter
    expect(sub('1st Battalion', '1st Battalion of the 528th Regiment')).toBe(false); // only a number
    expect(nameShape('Kursk')).toBeUndefined(); // one word: never a variant
  });
});

describe('aliasRecords', () => {
  it('drops generic shortenings of the label, keeps names and other generic aliases', () => {
    const aliases = (type: NodeType, label: string, list: string[]) => aliasRecords(type, label, list).map((a) => a.alias);
    expect(aliases('event', 'official welcome ceremony', ['ceremony', 'the welcome ceremony'])).toEqual(['official welcome ceremony']);
    expect(aliases('event', 'first round of the strategic dialogue', ['dialogue', 'the strategic dialogue'])).toEqual(['first round of the strategic dialogue']);
    expect(aliases('event', 'state reception', ['reception', 'banquet'])).toEqual(['state reception', 'banquet']);
    expect(aliases('place', 'Gornal', ['village of Gornal'])).toEqual(['Gornal', 'village of Gornal']);
    expect(aliases('person', 'Vladimir Putin', ['Putin', 'the Russian leader'])).toEqual(['Vladimir Putin', 'Putin', 'the Russian leader']);
    // A generic label stays (it is the only name the entity has).
    expect(aliases('event', 'ceremony', ['ceremony'])).toEqual(['ceremony']);
  });
});

let counter = 0;
function mention(entities: Omit<EntitySpec, 'id'>[]) {
  counter++;
  return buildDoc({ id: `doc-${counter}`, text: `Document ${counter}: ${entities.map((e) => e.label).join(', ')}.`, entities: entities.map((e, i) => ({ id: `e${i}`, ...e })) });
}

describe('resolution by subsumption through the store', () => {
  let store: GraphStore;
  beforeEach(() => {
    store = GraphStore.open(':memory:');
  });
  afterEach(() => {
    store.close();
  });
  const ingest = (...entities: Omit<EntitySpec, 'id'>[]) => {
    const { input, extraction } = mention(entities);
    return store.ingest(input, extraction).nodes;
  };

  it('merges a shorter and a longer name of one place, in either order', () => {
    const [short] = ingest({ type: 'place', label: 'Sunan airport' });
    const [long] = ingest({ type: 'place', label: 'Sunan International Airport' });
    expect(long).toBe(short);
    const [long2] = ingest({ type: 'place', label: 'Hamhung International Airport' });
    const [short2] = ingest({ type: 'place', label: 'Hamhung airport' });
    expect(short2).toBe(long2);
    expect(store.counts().nodes).toBe(2);
    expect(store.getNode(short!)!.aliases).toEqual(['Sunan airport', 'Sunan International Airport']);
  });

  it('merges an organisation named with its owner’s head noun into the full name', () => {
    const [cmc] = ingest({ type: 'state', label: 'North Korea' }, { type: 'organization', label: "Central Military Commission of the Workers' Party of Korea" }).slice(1);
    const [party] = ingest({ type: 'organization', label: 'Party Central Military Commission' });
    expect(party).toBe(cmc);
  });

  it('does not give a bare ministry to the one state that has one, nor pick between two', () => {
    ingest({ type: 'state', label: 'Russia' }, { type: 'state', label: 'Belarus' });
    const [russian] = ingest({ type: 'organization', label: 'Ministry of Defence of Russia' });
    const [bare] = ingest({ type: 'organization', label: 'Ministry of Defence' });
    expect(bare).not.toBe(russian);
    const [a] = ingest({ type: 'place', label: 'Kalma International Airport' });
    const [b] = ingest({ type: 'place', label: 'Kalma Military Airport' });
    const [c] = ingest({ type: 'place', label: 'Kalma airport' });
    expect(b).not.toBe(a);
    expect([a, b]).not.toContain(c); // a variant of both: ambiguous
  });

  it('never merges people by subsumption', () => {
    const [full] = ingest({ type: 'person', label: 'Kim Jong Un' });
    const [other] = ingest({ type: 'person', label: 'Kim Jong' });
    expect(other).not.toBe(full);
  });

  it('does not merge two entities of one document into one stored node', () => {
    ingest({ type: 'place', label: 'Sunan International Airport' });
    const nodes = ingest({ type: 'place', label: 'Sunan airport' }, { type: 'place', label: 'Sunan International Airport' });
    expect(new Set(nodes).size).toBe(2);
  });

  it('finds the same nodes after the store is re-opened (the index is rebuilt from the tables)', () => {
    const dir = `/tmp/kg-subsumption-${process.pid}-${Date.now()}.db`;
    const first = GraphStore.open(dir);
    const { input, extraction } = mention([{ type: 'place', label: 'Sunan International Airport' }]);
    const [long] = first.ingest(input, extraction).nodes;
    first.close();
    const second = GraphStore.open(dir);
    try {
      const doc = mention([{ type: 'place', label: 'Sunan airport' }]);
      expect(second.ingest(doc.input, doc.extraction).nodes[0]).toBe(long);
    } finally {
      second.close();
    }
  });
});

describe('acronyms inside names', () => {
  let store: GraphStore;
  beforeEach(() => {
    store = GraphStore.open(':memory:');
  });
  afterEach(() => {
    store.close();
  });
  const ingest = (...entities: Omit<EntitySpec, 'id'>[]) => {
    const { input, extraction } = mention(entities);
    return store.ingest(input, extraction).nodes;
  };

  it('meet the written-out name through the organisation that has the acronym as a name, in either order', () => {
    ingest({ type: 'organization', label: "Workers' Party of Korea", aliases: ["Workers' Party of Korea", 'WPK'] });
    const [full] = ingest({ type: 'organization', label: "Central Military Commission of the Workers' Party of Korea" });
    const [short] = ingest({ type: 'organization', label: 'Central Military Commission of the WPK' });
    expect(short).toBe(full);
    const [first] = ingest({ type: 'organization', label: 'Organising Department of the WPK' });
    const [later] = ingest({ type: 'organization', label: "Organising Department of the Workers' Party of Korea" });
    expect(later).toBe(first);
    expect(store.getNode(first!)!.aliases).toContain("Organising Department of the Workers' Party of Korea");
  });

  it('stay as they are when no stored name or several stored names have the acronym', () => {
    const [unknown] = ingest({ type: 'organization', label: 'Central Committee of the XYZ' });
    expect(store.getNode(unknown!)!.aliases).toEqual(['Central Committee of the XYZ']);
    ingest({ type: 'organization', label: 'Communist Party of Vietnam', aliases: ['CPV'] });
    ingest({ type: 'organization', label: 'Coalition for Peace and Values', aliases: ['CPV'] });
    const [ambiguous] = ingest({ type: 'organization', label: 'Politburo of the CPV' });
    expect(store.getNode(ambiguous!)!.aliases).toEqual(['Politburo of the CPV']);
  });
});

// Cross-document entity resolution through the store: strong aliases merge, weak ones never do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStrongAlias } from '../../server/graph/aliases.js';
import type { NodeType } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { buildDoc, type EntitySpec } from './build-extraction.js';

let counter = 0;
/** A one-entity document; its text is unique so it is never skipped as known. */
function mention(entity: Omit<EntitySpec, 'id'>, date?: string) {
  counter++;
  return buildDoc({ id: `doc-${counter}`, text: `Document ${counter} mentions ${entity.label}.`, entities: [{ id: 'e', ...entity }], ...(date !== undefined ? { date } : {}) });
}

describe('cross-document resolution', () => {
  let store: GraphStore;
  beforeEach(() => {
    store = GraphStore.open(':memory:');
  });
  afterEach(() => {
    store.close();
  });

  /** Ingests each entity in its own document and returns the node each became. */
  function nodesOf(...entities: Omit<EntitySpec, 'id'>[]): string[] {
    return entities.map((entity) => {
      const { input, extraction } = mention(entity);
      return store.ingest(input, extraction).nodes[0]!;
    });
  }

  it('merges transliteration variants of a full name', () => {
    const [a, b, c] = nodesOf(
      { type: 'person', label: 'Kim Jong Un' },
      { type: 'person', label: 'Kim Jong-un' },
      { type: 'person', label: 'Sergei Shoigu' },
    );
    expect(a).toBe('person:kim-jong-un');
    expect(b).toBe(a);
    expect(c).toBe('person:sergei-shoigu');
    expect(nodesOf({ type: 'person', label: 'Sergey Shoigu', aliases: ['Sergey Shoigu', 'Shoigu'] })).toEqual([c]);
    expect(store.getNode(a)!.aliases).toEqual(['Kim Jong Un', 'Kim Jong-un']);
  });

  it('keeps two people who share a surname apart, and a bare surname away from both', () => {
    const [john, adam, smith1, smith2] = nodesOf(
      { type: 'person', label: 'John Smith', aliases: ['John Smith', 'Smith'] },
      { type: 'person', label: 'Adam Smith', aliases: ['Adam Smith', 'Smith'] },
      { type: 'person', label: 'Smith', aliases: ['Smith', 'Mr Smith'] },
      { type: 'person', label: 'Smith' },
    );
    expect(new Set([john, adam, smith1, smith2]).size).toBe(4);
    expect(smith1).toMatch(/^person:smith~/);
    expect(store.getNode(john)!.mentions).toBe(1);
  });

  it('does not merge generic names across documents', () => {
    const nodes = nodesOf(
      { type: 'organization', label: 'the ministry', aliases: ['the ministry', 'Ministry'] },
      { type: 'organization', label: 'the ministry', aliases: ['the ministry', 'Ministry'] },
      { type: 'unit', label: 'the regiment' },
      { type: 'unit', label: 'the regiment' },
      { type: 'event', label: 'ceremony' },
      { type: 'event', label: 'ceremony' },
    );
    expect(new Set(nodes).size).toBe(6);
  });

  it('merges states, organisations and units by their names', () => {
    const nodes = nodesOf(
      { type: 'state', label: 'North Korea', aliases: ['DPRK', 'North Korean'] },
      { type: 'state', label: 'North Korea', aliases: ["Democratic People's Republic of Korea"] },
      { type: 'organization', label: "Workers' Party of Korea", aliases: ['WPK'] },
      { type: 'organization', label: 'WPK' },
      { type: 'unit', label: '528th Regiment of Engineers', aliases: ['528th Regiment'] },
      { type: 'unit', label: '528th Regiment' },
    );
    expect(nodes).toEqual([
      'state:north-korea', 'state:north-korea',
      'organization:workers-party-of-korea', 'organization:workers-party-of-korea',
      'unit:528th-regiment-of-engineers', 'unit:528th-regiment-of-engineers',
    ]);
    expect(store.loadGraph().order).toBe(3);
  });

  it('needs an anchored shared name: a label, two names or a long one', () => {
    const [russian, un, again, byLongAlias] = nodesOf(
      { type: 'organization', label: 'Security Council of Russia', aliases: ["Russia's Security Council", 'Security Council'] },
      { type: 'organization', label: 'United Nations Security Council', aliases: ['UN Security Council', 'Security Council'] },
      { type: 'organization', label: 'Security Council', aliases: ['Security Council'] },
      { type: 'organization', label: 'Russian Security Council', aliases: ["Russia's Security Council"] },
    );
    expect(un).not.toBe(russian);
    expect([russian, un]).not.toContain(again); // ambiguous: an alias of both
    expect(byLongAlias).toBe(russian);
  });

  it('merges agreement names that differ in word order and case, not those of other parties', () => {
    const [treaty, reordered, lower, other, bare] = nodesOf(
      { type: 'agreement', label: 'Treaty on Comprehensive Strategic Partnership' },
      { type: 'agreement', label: 'Comprehensive Strategic Partnership Treaty' },
      { type: 'agreement', label: 'comprehensive strategic partnership agreement' },
      { type: 'agreement', label: 'Comprehensive Strategic Partnership Treaty between Russia and Iran' },
      { type: 'agreement', label: 'the agreement' },
    );
    expect([reordered, lower]).toEqual([treaty, treaty]);
    expect(other).not.toBe(treaty);
    expect(bare).toMatch(/~/);
  });

  it('keeps the key but takes a fuller label when one appears', () => {
    const [short, full] = nodesOf(
      { type: 'person', label: 'Vladimir Putin' },
      { type: 'person', label: 'Vladimir Vladimirovich Putin', aliases: ['Vladimir Vladimirovich Putin', 'Vladimir Putin'] },
    );
    expect(full).toBe(short);
    expect(store.getNode(short)).toMatchObject({ label: 'Vladimir Vladimirovich Putin', aliases: ['Vladimir Putin', 'Vladimir Vladimirovich Putin'], mentions: 2 });
  });

  it('merges events only with the same name and date', () => {
    const parade = (id: string, date: string) =>
      buildDoc({
        id,
        text: `${id}: Kim Jong Un attended the Victory Day parade on ${date}.`,
        entities: [
          { id: 'k', type: 'person', label: 'Kim Jong Un' },
          { id: 'p', type: 'event', label: 'Victory Day parade' },
        ],
        relations: [{ source: 'k', type: 'ATTENDED', target: 'p', sentence: `Kim Jong Un attended the Victory Day parade on ${date}.`, date: { start: date, end: date, text: date } }],
      });
    const keys = [parade('x', '2025-05-09'), parade('y', '2025-05-09'), parade('z', '2024-05-09')].map(({ input, extraction }) => store.ingest(input, extraction).nodes[1]);
    expect(keys).toEqual(['event:victory-day-parade-2025-05-09', 'event:victory-day-parade-2025-05-09', 'event:victory-day-parade-2024-05-09']);
    expect(nodesOf({ type: 'event', label: 'Victory Day parade' })[0]).toMatch(/^event:victory-day-parade~/);
    // A name that carries its own year needs no relation date.
    const [x, y] = nodesOf({ type: 'event', label: 'Putin-Kim summit in Pyongyang, 19 June 2024' }, { type: 'event', label: 'Putin-Kim summit in Pyongyang, 19 June 2024' });
    expect(x).toBe('event:putin-kim-summit-in-pyongyang-19-june-2024');
    expect(y).toBe(x);
  });

  it('tracks first and last seen dates and mentions', () => {
    for (const date of ['2025-03-01', '2024-01-05', '2025-12-31']) {
      const { input, extraction } = mention({ type: 'person', label: 'Dmitry Peskov', mentions: 2 }, date);
      store.ingest(input, extraction);
    }
    expect(store.getNode('person:dmitry-peskov')).toMatchObject({ firstSeen: '2024-01-05', lastSeen: '2025-12-31', mentions: 6 });
  });
});

describe('isStrongAlias', () => {
  const cases: [string, { given: [NodeType, string]; want: boolean }][] = [
    ['full name', { given: ['person', 'Kim Jong Un'], want: true }],
    ['surname only', { given: ['person', 'Smith'], want: false }],
    ['title and surname', { given: ['person', 'President Putin'], want: false }],
    ['honorific and surname', { given: ['person', 'Mr Smith'], want: false }],
    ['acronym', { given: ['organization', 'KCNA'], want: true }],
    ['generic organisation', { given: ['organization', 'the Ministry'], want: false }],
    ['generic unit', { given: ['unit', 'the regiment'], want: false }],
    ['numbered unit', { given: ['unit', '528th Regiment'], want: true }],
    ['state', { given: ['state', 'Russia'], want: true }],
    ['event without date', { given: ['event', 'Victory Day parade'], want: false }],
    ['a state body without its state (every state has one)', { given: ['organization', 'Defence Ministry'], want: false }],
    ['a general staff without its state', { given: ['organization', 'General Staff'], want: false }],
    ['a state body with its state', { given: ['organization', 'Ministry of Defence of Belarus'], want: true }],
    ['a regional body named by its region', { given: ['organization', 'Arctic Council'], want: true }],
    ['a regional body named by a gulf', { given: ['organization', 'Gulf Cooperation Council'], want: true }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(isStrongAlias(given[0], given[1])).toBe(want);
  });
});

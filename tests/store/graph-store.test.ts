// GraphStore: persistence round trip, idempotent re-ingest, atomic documents, evidence merging.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../server/errors.js';
import { applyToGraph } from '../../server/graph/merge.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { SCHEMA_VERSION } from '../../server/store/schema.js';
import { buildDoc, kimDocs } from './build-extraction.js';

/** Node and edge sets of a graph with their attributes, in a stable order. */
function snapshot(graph: KnowledgeGraph) {
  const data = graph.export();
  return {
    nodes: [...data.nodes].sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...data.edges].map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })).sort((a, b) => String(a.key).localeCompare(String(b.key))),
  };
}

function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of ['documents', 'entities', 'aliases', 'edges', 'evidence']) {
      counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    return counts;
  } finally {
    db.close();
  }
}

describe('GraphStore', () => {
  let dir: string;
  let file: string;
  let store: GraphStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    file = join(dir, 'nested', 'graph.db');
    store = GraphStore.open(file);
  });

  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same graph after close and reopen', () => {
    for (const { input, extraction } of kimDocs()) expect(store.ingest(input, extraction).status).toBe('added');
    const before = snapshot(store.loadGraph());
    expect(before.nodes.length).toBeGreaterThan(0);
    store.close();
    store = GraphStore.open(file);
    expect(snapshot(store.loadGraph())).toEqual(before);
  });

  it('skips a document whose text is already stored and changes nothing', () => {
    const [a] = kimDocs();
    const first = store.ingest(a.input, a.extraction);
    expect(first.status).toBe('added');
    const counts = rowCounts(file);
    const again = store.ingest({ ...a.input, id: 'other-name' }, a.extraction);
    expect(again).toMatchObject({ status: 'skipped', entities: 0, relations: 0, nodes: [], edges: [], problems: [] });
    expect(again.document.id).toBe('a');
    expect(rowCounts(file)).toEqual(counts);
  });

  it('leaves no row of a document whose write fails midway', () => {
    const [a, b] = kimDocs();
    store.ingest(a.input, a.extraction);
    const counts = rowCounts(file);
    const graph = snapshot(store.loadGraph());
    // The evidence insert (last step, after document, nodes, aliases and edges) violates NOT NULL.
    const broken = structuredClone(b.extraction);
    broken.relations[1]!.evidence[0]!.sentence = null as unknown as string;
    expect(() => store.ingest(b.input, broken)).toThrow(StoreError);
    expect(rowCounts(file)).toEqual(counts);
    expect(snapshot(store.loadGraph())).toEqual(graph);
    expect(store.ingest(b.input, b.extraction).status).toBe('added');
  });

  it('keeps a failed document out of a batch and the others in it', () => {
    const [a, b] = kimDocs();
    const broken = buildDoc({ id: 'broken', text: 'Sergey Shoigu spoke.', entities: [{ id: 's', type: 'person', label: 'Sergey Shoigu' }], relations: [] });
    broken.extraction.relations.push({ source: 's', target: 's', type: 'MET_WITH', evidence: [] });
    broken.extraction.entities.push({ id: 'k', type: 'person', label: 'Kim Jong Un', aliases: [], mentions: 1 });
    broken.extraction.relations.push({ source: 's', target: 'k', type: 'MET_WITH', evidence: [{ doc: 'broken', sentence: null as unknown as string, start: 0, end: 1 }] });
    store.beginBatch();
    store.ingest(a.input, a.extraction);
    expect(() => store.ingest(broken.input, broken.extraction)).toThrow(StoreError);
    store.ingest(b.input, b.extraction);
    store.commitBatch();
    store.close();
    store = GraphStore.open(file);
    expect(store.listDocuments().map((d) => d.id)).toEqual(['a', 'b']);
    expect(store.getNode('person:sergey-shoigu')!.mentions).toBe(1); // only b's mention
    expect(rowCounts(file)).toMatchObject({ documents: 2, evidence: 4 });
  });

  it('keeps one edge with the evidence of every document stating the fact', () => {
    const [a, b] = kimDocs();
    store.ingest(a.input, a.extraction);
    const result = store.ingest(b.input, b.extraction);
    const key = 'person:kim-jong-un|LEADER_OF|state:north-korea';
    expect(result.edges).toContain(key);
    const edge = store.getEdge(key)!;
    expect(edge.attributes.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
    expect(edge.attributes.evidence[1]).toMatchObject({ reported: '2025-12-20', sentence: b.input.text });
    expect(edge.attributes.date).toEqual({ start: '2025-12-19', end: '2025-12-19', text: 'December 19' });
    const graph = store.loadGraph();
    expect(graph.filterEdges('person:kim-jong-un', 'state:north-korea', () => true)).toEqual([key]);
    expect(store.counts()).toMatchObject({ documents: 2, evidence: 4 });
  });

  it('stores MET_WITH once whichever way round it is stated', () => {
    const [, b] = kimDocs();
    store.ingest(b.input, b.extraction);
    const c = buildDoc({
      id: 'c',
      text: 'Kim Jong Un held talks with Sergey Shoigu.',
      entities: [
        { id: 'k', type: 'person', label: 'Kim Jong Un' },
        { id: 's', type: 'person', label: 'Sergey Shoigu' },
      ],
      relations: [{ source: 'k', type: 'MET_WITH', target: 's', sentence: 'Kim Jong Un held talks with Sergey Shoigu.' }],
    });
    store.ingest(c.input, c.extraction);
    const met = store.loadGraph().filterEdges((_key, attributes) => attributes.type === 'MET_WITH');
    expect(met).toEqual(['person:kim-jong-un|MET_WITH|person:sergey-shoigu']);
    expect(store.getEdge(met[0]!)!.attributes.evidence).toHaveLength(2);
  });

  it('keeps negated facts out of the default graph', () => {
    const doc = buildDoc({
      id: 'neg',
      text: 'Russia did not sign the Arms Accord.',
      entities: [
        { id: 'r', type: 'state', label: 'Russia' },
        { id: 'acc', type: 'agreement', label: 'Arms Accord' },
      ],
      relations: [{ source: 'r', type: 'SIGNED', target: 'acc', sentence: 'Russia did not sign the Arms Accord.', negated: true }],
    });
    const result = store.ingest(doc.input, doc.extraction);
    expect(result.edges).toEqual(['state:russia|SIGNED|agreement:arms-accord|not']);
    expect(store.loadGraph().size).toBe(0);
    expect(store.loadGraph({ includeNegated: true }).getEdgeAttribute(result.edges[0]!, 'negated')).toBe(true);
  });

  it('gives a document with a known id but other text an id of its own', () => {
    const [a] = kimDocs();
    store.ingest(a.input, a.extraction);
    const other = buildDoc({ id: 'a', text: 'Sergey Shoigu spoke.', entities: [{ id: 's', type: 'person', label: 'Sergey Shoigu' }] });
    const result = store.ingest(other.input, other.extraction);
    expect(result.document.id).toMatch(/^a~[0-9a-f]{8}$/);
    expect(store.getDocument(result.document.id)?.text).toBe('Sergey Shoigu spoke.');
    expect(store.listDocuments().map((d) => d.id)).toEqual(['a', result.document.id]);
  });

  it('reads documents back with their metadata', () => {
    const [a] = kimDocs();
    store.ingest(a.input, { ...a.extraction, document: { ...a.extraction.document, title: 'T', dateline: { place: 'Seoul', agency: 'TASS' } } });
    expect(store.getDocument('a')).toMatchObject({ id: 'a', date: '2025-12-13', title: 'T', dateline: { place: 'Seoul', agency: 'TASS' }, text: a.input.text });
    expect(store.getDocument('missing')).toBeUndefined();
    expect(store.listDocuments({ limit: 10, offset: 1 })).toEqual([]);
  });

  it('updates an in-memory graph after one ingest like a full reload', () => {
    const [a, b] = kimDocs();
    store.ingest(a.input, a.extraction);
    const graph = store.loadGraph();
    applyToGraph(graph, store, store.ingest(b.input, b.extraction));
    expect(snapshot(graph)).toEqual(snapshot(store.loadGraph()));
  });
});

describe('GraphStore.open', () => {
  it('refuses a database written by a newer schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const file = join(dir, 'new.db');
    try {
      const db = new Database(file);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
      expect(() => GraphStore.open(file)).toThrow(StoreError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works in memory', () => {
    const store = GraphStore.open(':memory:');
    try {
      const [a] = kimDocs();
      store.ingest(a.input, a.extraction);
      expect(store.counts()).toMatchObject({ documents: 1, nodes: 3, edges: 2, evidence: 2 });
    } finally {
      store.close();
    }
  });
});

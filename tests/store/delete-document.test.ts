// Deleting a document from the store: its evidence goes; edges and nodes that only it supported
// go with it; what other documents also state stays, with their evidence; the document can be
// ingested again afterwards and resolution no longer sees the removed nodes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GraphStore } from '../../server/store/graph-store.js';
import { buildDoc } from './build-extraction.js';

const A = buildDoc({
  id: 'a',
  date: '2025-01-10',
  text: 'Kim Jong Un leads North Korea. Kim Jong Un met Sergey Shoigu. The Hero medal exists.',
  entities: [
    { id: 'kim', type: 'person', label: 'Kim Jong Un', mentions: 2 },
    { id: 'nk', type: 'state', label: 'North Korea' },
    { id: 'shoigu', type: 'person', label: 'Sergey Shoigu' },
    { id: 'medal', type: 'award', label: 'the medal' },
    { id: 'hero', type: 'award', label: 'Hero Medal' },
  ],
  relations: [
    { source: 'kim', type: 'LEADER_OF', target: 'nk', sentence: 'Kim Jong Un leads North Korea.' },
    { source: 'kim', type: 'MET_WITH', target: 'shoigu', sentence: 'Kim Jong Un met Sergey Shoigu.' },
  ],
});
const B = buildDoc({
  id: 'b',
  date: '2025-02-10',
  text: 'Kim Jong Un, leader of North Korea, spoke.',
  entities: [
    { id: 'kim', type: 'person', label: 'Kim Jong Un' },
    { id: 'nk', type: 'state', label: 'North Korea' },
  ],
  relations: [{ source: 'kim', type: 'LEADER_OF', target: 'nk', sentence: 'Kim Jong Un, leader of North Korea, spoke.' }],
});

describe('GraphStore.deleteDocument', () => {
  let store: GraphStore;
  beforeEach(() => {
    // The store re-extracts a document when deleting it: give it the same hand-built extractions.
    const byId = new Map([A, B].map((d) => [d.input.id, d.extraction]));
    store = GraphStore.open(':memory:', { extract: (input) => byId.get(input.id)! });
    store.ingest(A.input, A.extraction);
    store.ingest(B.input, B.extraction);
  });
  afterEach(() => store.close());

  it('answers undefined for an unknown document and changes nothing', () => {
    const before = store.counts();
    expect(store.deleteDocument('nope')).toBeUndefined();
    expect(store.counts()).toEqual(before);
  });

  it('removes its evidence and what only it supported, keeps what another document states', () => {
    const lead = 'person:kim-jong-un|LEADER_OF|state:north-korea';
    const met = 'person:kim-jong-un|MET_WITH|person:sergey-shoigu';
    expect(store.documentEdges('a')).toEqual([lead, met]);
    const deleted = store.deleteDocument('a')!;
    expect(deleted.removedEdges).toEqual([met]);
    expect(deleted.updatedEdges).toEqual([lead]);
    // Shoigu lost his only edge; the medal was scoped to document a (weak name only); the Hero
    // Medal had no edge but only document a named it.
    expect(deleted.removedNodes).toEqual(['award:hero-medal', 'award:the-medal~a', 'person:sergey-shoigu']);
    expect(deleted.updatedNodes).toEqual(['person:kim-jong-un', 'state:north-korea']);
    expect(store.getNode('person:kim-jong-un')).toMatchObject({ mentions: 1, firstSeen: '2025-02-10', lastSeen: '2025-02-10' });
    expect(store.getDocument('a')).toBeUndefined();
    expect(store.getEdge(met)).toBeUndefined();
    expect(store.getEdge(lead)!.attributes.evidence.map((e) => e.doc)).toEqual(['b']);
    expect(store.getNode('person:sergey-shoigu')).toBeUndefined();
    expect(store.getNode('person:kim-jong-un')).toBeDefined();
    expect(store.counts()).toEqual({ documents: 1, nodes: 2, edges: 1, evidence: 1 });
    const graph = store.loadGraph();
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });

  it('keeps the days seen that other documents still give', () => {
    expect(store.getNode('person:kim-jong-un')).toMatchObject({ firstSeen: '2025-01-10', lastSeen: '2025-02-10' });
    store.deleteDocument('b');
    expect(store.getNode('person:kim-jong-un')).toMatchObject({ firstSeen: '2025-01-10', lastSeen: '2025-01-10' });
  });

  it('lets the document be ingested again, resolving against what is left', () => {
    store.deleteDocument('a');
    const again = store.ingest(A.input, A.extraction);
    expect(again.status).toBe('added');
    expect(again.document.id).toBe('a');
    expect(store.counts()).toEqual({ documents: 2, nodes: 5, edges: 2, evidence: 3 });
    expect(store.getNode('person:kim-jong-un')!.mentions).toBe(3);
    expect(store.getNode('person:sergey-shoigu')).toBeDefined();
  });
});

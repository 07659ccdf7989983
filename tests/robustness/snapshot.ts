// What a store holds, for "nothing already stored is lost" checks: every node with its aliases
// and mentions, every edge (negated ones too) with its evidence, every document with its hash.
import { expect } from 'vitest';
import type { GraphStore } from '../../server/store/graph-store.js';

export interface Snapshot {
  nodes: Map<string, { aliases: string[]; mentions: number }>;
  edges: Map<string, string[]>;
  documents: Map<string, string | undefined>;
}

export function snapshot(store: GraphStore): Snapshot {
  const graph = store.loadGraph({ includeNegated: true });
  const nodes = new Map<string, { aliases: string[]; mentions: number }>();
  graph.forEachNode((key, a) => nodes.set(key, { aliases: [...a.aliases].sort(), mentions: a.mentions }));
  const edges = new Map<string, string[]>();
  graph.forEachEdge((key, a) => edges.set(key, a.evidence.map((e) => `${e.doc}@${e.start}-${e.end}`).sort()));
  const documents = new Map(store.listDocuments({ limit: 1_000_000 }).map((d) => [d.id, d.hash] as const));
  return { nodes, edges, documents };
}

/** Everything of `before` is in `after`: nodes keep every alias and no fewer mentions, edges every evidence entry, documents their hash. */
export function expectKept(before: Snapshot, after: Snapshot): void {
  for (const [key, node] of before.nodes) {
    const now = after.nodes.get(key);
    expect(now, `node ${key}`).toBeDefined();
    expect(now!.aliases, `aliases of ${key}`).toEqual(expect.arrayContaining(node.aliases));
    expect(now!.mentions, `mentions of ${key}`).toBeGreaterThanOrEqual(node.mentions);
  }
  for (const [key, evidence] of before.edges) {
    expect(after.edges.get(key), `edge ${key}`).toEqual(expect.arrayContaining(evidence));
  }
  for (const [id, hash] of before.documents) expect(after.documents.get(id), `document ${id}`).toBe(hash);
}

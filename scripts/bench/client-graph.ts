// Generated graphs for the client benchmark: n nodes of the ontology's types, m typed, dated
// edges with one short evidence sentence each, attached preferentially (a few hubs, many leaves)
// from a seeded generator, in the /api/graph (graphology) serialisation.
import { EDGE_TYPES, NODE_TYPES } from '../../server/ontology.js';
import { mulberry32 } from '../corpus/prng.js';

/** Deterministic PRNG (mulberry32, shared with the corpus generator). */
export const prng = mulberry32;

export interface GeneratedGraph {
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  attributes: Record<string, never>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/** A graph of `order` nodes and `size` edges, the same for the same seed. */
export function generateGraph(order: number, size: number, seed = 7): GeneratedGraph {
  const rand = prng(seed);
  const nodes = Array.from({ length: order }, (_, i) => {
    const type = NODE_TYPES[Math.floor(rand() * NODE_TYPES.length)]!;
    return { key: `${type}:n${i}`, attributes: { type, label: `Entity ${i}`, aliases: [`E${i}`], mentions: 1 + Math.floor(rand() * 20) } };
  });
  // Preferential attachment: pick targets from a pool where each endpoint appears once per edge.
  const pool: number[] = [];
  const edges: GeneratedGraph['edges'] = [];
  const seen = new Set<string>();
  for (let e = 0; edges.length < size && e < size * 3; e++) {
    const s = e < order ? e : Math.floor(rand() * order);
    const t = pool.length > 0 && rand() < 0.7 ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * order);
    if (s === t) continue;
    const type = EDGE_TYPES[Math.floor(rand() * EDGE_TYPES.length)]!;
    const key = `${nodes[s]!.key}|${type}|${nodes[t]!.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push(s, t);
    const month = 1 + Math.floor(rand() * 12);
    const day = `${2023 + Math.floor(rand() * 3)}-${String(month).padStart(2, '0')}-15`;
    edges.push({
      key,
      source: nodes[s]!.key,
      target: nodes[t]!.key,
      attributes: {
        type,
        date: { start: day, end: day, text: day },
        evidence: [{ doc: 'd1', sentence: `Entity ${s} and Entity ${t}.`, start: 0, end: 10, reported: day }],
      },
    });
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges };
}

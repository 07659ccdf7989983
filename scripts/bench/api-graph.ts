// A large synthetic knowledge graph for bench:api, built straight into graphology (no extractor,
// no store): typed nodes with made-up pronounceable labels, typed edges that respect the
// ontology's domain and range, a skewed degree distribution (a few hubs, many leaves), one
// evidence sentence per edge with a report day, and a date interval on a third of the edges.
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { EDGE_TYPES, EDGE_TYPE_SPECS, NODE_TYPES, type EdgeType, type KnowledgeGraph, type NodeType } from '../../server/ontology.js';
import { mulberry32 } from '../corpus/prng.js';

export interface BenchGraphOptions {
  nodes: number;
  edges: number;
  seed: number;
}

/** Deterministic PRNG (mulberry32, shared with the corpus generator). */
export const prng = mulberry32;

const SYLLABLES = ['ka', 'ro', 'vin', 'del', 'ast', 'mi', 'tor', 'lu', 'shen', 'ga', 'bar', 'ne', 'zo', 'quil', 'pe', 'ran', 'dor', 'si', 'mek', 'ul', 'tan', 'vo', 'ri', 'gel'];
// Share of nodes by type (persons and places dominate, as in the dispatches).
const TYPE_WEIGHTS: Record<NodeType, number> = { person: 0.3, unit: 0.1, state: 0.02, organization: 0.15, agreement: 0.05, place: 0.23, event: 0.12, award: 0.03 };

function word(rand: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Label of a node of `type`: one to three made-up words and a serial number, so labels are unique. */
function label(type: NodeType, rand: () => number, serial: number): string {
  const a = word(rand, 2 + Math.floor(rand() * 2));
  const b = word(rand, 2);
  switch (type) {
    case 'person': return `${a} ${b} ${serial}`;
    case 'unit': return `${serial}th ${a} Brigade`;
    case 'state': return `Republic of ${a} ${serial}`;
    case 'organization': return `${a} ${b} Agency ${serial}`;
    case 'agreement': return `${a} Accord ${serial}`;
    case 'place': return `${a} ${serial}`;
    case 'event': return `${a} Summit ${serial}`;
    case 'award': return `Order of ${a} ${serial}`;
  }
}

/** Index in [0, n) skewed towards 0 (rank r picked with probability ∝ about 1/√r): hubs and a long tail. */
function skewed(rand: () => number, n: number): number {
  const u = rand();
  return Math.min(n - 1, Math.floor(n * u * u * u));
}

const day = (rand: () => number) => {
  const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/** The graph: `nodes` nodes and exactly `edges` distinct typed edges (no self-loops). */
export function buildBenchGraph(options: BenchGraphOptions): KnowledgeGraph {
  const rand = prng(options.seed);
  const graph = createKnowledgeGraph();
  const byType = new Map<NodeType, string[]>(NODE_TYPES.map((t) => [t, []]));
  let serial = 0;
  for (const type of NODE_TYPES) {
    const count = Math.max(2, Math.round(options.nodes * TYPE_WEIGHTS[type]));
    for (let i = 0; i < count && serial < options.nodes; i++) {
      const text = label(type, rand, ++serial);
      const id = `${type}:${text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      graph.addNode(id, { type, label: text, aliases: rand() < 0.3 ? [text, text.split(' ')[0]!] : [text], mentions: 1 + Math.floor(rand() * 20), firstSeen: day(rand) });
      byType.get(type)!.push(id);
    }
  }
  // Candidate ends of each edge type, weighted by how many nodes each allowed type has.
  const ends = (types: readonly NodeType[]) => types.flatMap((t) => byType.get(t) ?? []);
  const pools = new Map<EdgeType, { from: string[]; to: string[] }>(EDGE_TYPES.map((t) => [t, { from: ends(EDGE_TYPE_SPECS[t].domain), to: ends(EDGE_TYPE_SPECS[t].range) }]));
  let made = 0;
  let doc = 0;
  while (made < options.edges) {
    const type = EDGE_TYPES[Math.floor(rand() * EDGE_TYPES.length)]!;
    const pool = pools.get(type)!;
    const source = pool.from[Math.floor(rand() * pool.from.length)]!;
    const target = pool.to[skewed(rand, pool.to.length)]!;
    const key = `${source}|${type}|${target}`;
    if (source === target || graph.hasEdge(key)) continue;
    const reported = day(rand);
    const sentence = `${graph.getNodeAttribute(source, 'label')} ${type.toLowerCase().replace(/_/g, ' ')} ${graph.getNodeAttribute(target, 'label')}, the agency reported.`;
    graph.addEdgeWithKey(key, source, target, {
      type,
      evidence: [{ doc: `doc-${(doc++ % 50_000).toString(36)}`, sentence, start: 0, end: sentence.length, reported }],
      ...(rand() < 0.33 ? { date: { start: reported, end: reported, text: `on ${reported}` } } : {}),
    });
    made++;
  }
  return graph;
}

import { describe, expect, it } from 'vitest';
import { edgePredicate } from '../../server/graph/edge-filter.js';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { edgesAmong, neighborhood } from '../../server/graph/neighbors.js';
import { EDGE_TYPES, type EdgeAttributes, type KnowledgeGraph } from '../../server/ontology.js';
import { seededRandom } from './queries-fixtures.js';

/** A multigraph with a few hubs (ends skewed to low indices) and parallel edges. */
function hubbyGraph(seed: number, nodes: number, edges: number): KnowledgeGraph {
  const rand = seededRandom(seed);
  const g = createKnowledgeGraph();
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { type: 'person', label: `N ${i}`, aliases: [], mentions: 1 });
  for (let made = 0; made < edges; ) {
    const a = Math.floor(rand() * nodes);
    const b = Math.floor(nodes * rand() ** 3);
    if (a === b) continue;
    const type = EDGE_TYPES[Math.floor(rand() * EDGE_TYPES.length)]!;
    const attrs: EdgeAttributes = { type, evidence: [] };
    if (rand() < 0.5) g.addEdge(`n${a}`, `n${b}`, attrs);
    else g.addEdge(`n${b}`, `n${a}`, attrs);
    made++;
  }
  return g;
}

/** The same edges by brute force: every edge with a kept end and the other end kept or excluded. */
function bruteForce(graph: KnowledgeGraph, nodes: string[], excluded: Set<string>, ok: (a: EdgeAttributes) => boolean): string[] {
  const kept = new Set(nodes);
  return graph
    .filterEdges((_e, a, s, t) => (kept.has(s) || kept.has(t)) && (kept.has(s) || excluded.has(s)) && (kept.has(t) || excluded.has(t)) && ok(a))
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

describe('edgesAmong', () => {
  it('finds the same edges as a brute-force scan, with hubs, excluded nodes and type filters', () => {
    const graph = hubbyGraph(11, 300, 2500);
    const rand = seededRandom(12);
    const pick = () => `n${Math.floor(rand() * 300)}`;
    for (let trial = 0; trial < 60; trial++) {
      const nodes = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 25) }, pick))];
      const excluded = new Set(Array.from({ length: Math.floor(rand() * 6) }, () => (rand() < 0.2 ? `missing${trial}` : pick())));
      if (trial % 7 === 0) excluded.add(nodes[0]!);
      const ok = trial % 3 === 0 ? edgePredicate({ edgeTypes: EDGE_TYPES.slice(0, 4) }) : () => true;
      expect(edgesAmong(graph, nodes, excluded, ok)).toEqual(bruteForce(graph, nodes, excluded, ok));
    }
  });

  it('gives neighborhood() the edges among the nodes it keeps, with and without exclusions', () => {
    const graph = hubbyGraph(5, 200, 1500);
    for (const center of ['n0', 'n7', 'n150']) {
      for (const exclude of [[], ['n1', 'n2', 'n3']]) {
        const hood = neighborhood(graph, center, { depth: 2, limit: 40, exclude });
        expect(hood.edges).toEqual(bruteForce(graph, hood.nodes, new Set(exclude), () => true));
      }
    }
  });
});

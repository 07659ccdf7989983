// The depth-1 path of neighborhood() (one walk of the centre's cached edges) against the general
// breadth-first walk (forced by excluding a node that does not exist), and the adjacency cache
// following changes to the graph.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { neighborhood, type Neighborhood, type NeighborsOptions } from '../../server/graph/neighbors.js';
import { EDGE_TYPES, type EdgeAttributes, type KnowledgeGraph } from '../../server/ontology.js';
import { seededRandom } from './queries-fixtures.js';

/** Multigraph with hubs, parallel edges, two node types and dated edges. */
function graphOf(seed: number, nodes: number, edges: number): KnowledgeGraph {
  const rand = seededRandom(seed);
  const g = createKnowledgeGraph();
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { type: i % 3 === 0 ? 'state' : 'person', label: `N ${i}`, aliases: [], mentions: 1 });
  for (let made = 0; made < edges; ) {
    const a = Math.floor(rand() * nodes);
    const b = Math.floor(nodes * rand() ** 3);
    if (a === b) continue;
    const attrs: EdgeAttributes = { type: EDGE_TYPES[Math.floor(rand() * EDGE_TYPES.length)]!, evidence: [] };
    if (rand() < 0.5) {
      const day = `2024-0${1 + Math.floor(rand() * 9)}-15`;
      attrs.date = { start: day, end: day, text: day };
    }
    g.addEdge(`n${a}`, `n${b}`, attrs);
    made++;
  }
  return g;
}

/** The keys and counts of a neighbourhood (the depth-1 path also gives degrees and edge ends). */
const keys = ({ nodes, edges, total, truncated }: Neighborhood) => ({ nodes, edges, total, truncated });
const fast = (graph: KnowledgeGraph, id: string, options: Partial<NeighborsOptions> = {}) => keys(neighborhood(graph, id, options));
const general = (graph: KnowledgeGraph, id: string, options: Partial<NeighborsOptions>) => keys(neighborhood(graph, id, { ...options, exclude: ['no such node'] }));

describe('neighborhood at depth 1', () => {
  it('answers as the general walk, for every node and option set', () => {
    const graph = graphOf(11, 150, 600);
    const optionSets: Partial<NeighborsOptions>[] = [{}, { limit: 1 }, { limit: 4 }, { edgeTypes: [EDGE_TYPES[0]!, EDGE_TYPES[2]!] }, { nodeTypes: ['state'] }, { since: '2024-03-01', until: '2024-06-30' }];
    let compared = 0;
    graph.forEachNode((id) => {
      for (const options of optionSets) {
        expect(fast(graph, id, options), `${id} ${JSON.stringify(options)}`).toEqual(general(graph, id, options));
        compared++;
      }
    });
    expect(compared).toBe(900);
  });

  it('gives the degree of each node and the ends and attributes of each edge', () => {
    const graph = graphOf(3, 60, 200);
    graph.forEachNode((id) => {
      const hood = neighborhood(graph, id, { since: '2024-02-01' });
      if (!hood.degrees) return;
      expect(hood.degrees).toEqual(hood.nodes.map((n) => graph.degree(n)));
      expect(hood.edgeEnds).toEqual(hood.edges.map((e) => ({ key: e, source: graph.source(e), target: graph.target(e), attributes: graph.getEdgeAttributes(e) })));
    });
  });

  it('follows edges added and dropped, nodes dropped and attributes replaced after a first answer', () => {
    const graph = graphOf(5, 40, 120);
    const before = fast(graph, 'n7');
    const added = graph.addEdge('n7', 'n39', { type: EDGE_TYPES[0]!, evidence: [] });
    const withEdge = fast(graph, 'n7');
    expect(withEdge.edges).toContain(added);
    expect(withEdge.nodes).toContain('n39');
    expect(withEdge).toEqual(general(graph, 'n7', {}));
    graph.dropEdge(added);
    expect(fast(graph, 'n7')).toEqual(before);

    const other = before.nodes[1]!;
    graph.dropNode(other);
    const dropped = fast(graph, 'n7');
    expect(dropped.nodes).not.toContain(other);
    expect(dropped).toEqual(general(graph, 'n7', {}));

    const edge = dropped.edges[0]!;
    const type = EDGE_TYPES.find((t) => t !== graph.getEdgeAttribute(edge, 'type'))!;
    graph.updateEachEdgeAttributes((_e, attrs) => ({ ...attrs, type }));
    expect(fast(graph, 'n7', { edgeTypes: [type] })).toEqual(general(graph, 'n7', { edgeTypes: [type] }));
    expect(fast(graph, 'n7', { edgeTypes: [type] }).edges.length).toBe(dropped.edges.length);
  });
});

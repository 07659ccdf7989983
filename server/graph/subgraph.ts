// Copies a node's neighbourhood (or the whole graph) into a new graph of the same kind, keeping
// node and edge keys, for export (graphology JSON, GEXF).
import type { KnowledgeGraph } from '../ontology.js';
import { neighborhood, type NeighborsOptions } from './neighbors.js';

/** A new graph holding `center`'s neighbourhood within `depth` hops, keys and attributes kept. */
export function subgraph(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): KnowledgeGraph {
  const hood = neighborhood(graph, center, options);
  const sub = graph.nullCopy() as KnowledgeGraph;
  for (const node of hood.nodes) sub.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  for (const edge of hood.edges) {
    const attrs = structuredClone(graph.getEdgeAttributes(edge));
    const [source, target] = graph.extremities(edge);
    if (graph.isUndirected(edge)) sub.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else sub.addDirectedEdgeWithKey(edge, source, target, attrs);
  }
  return sub;
}

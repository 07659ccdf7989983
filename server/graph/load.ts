// Builds the in-memory KnowledgeGraph from stored nodes and edges. The graph is directed and
// multi (one person may both lead and be an official of the same state: two typed edges between
// the same ends); MET_WITH edges are stored once with sorted ends.
import Graph from 'graphology';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../ontology.js';
import type { EdgeRecord } from './merge.js';

/** Options of every KnowledgeGraph this project builds. */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** An empty KnowledgeGraph with the project's graph options. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes>(GRAPH_OPTIONS);
}

/** A graph holding `nodes` and `edges`; edges whose ends are missing are skipped. */
export function buildGraph(
  nodes: Iterable<[string, NodeAttributes]>,
  edges: Iterable<EdgeRecord>,
): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (const [key, attributes] of nodes) graph.addNode(key, attributes);
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return graph;
}

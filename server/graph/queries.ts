// Whole-graph and single-node queries: statistics by type, and a node's detail with every edge
// and its evidence. The other queries live in neighbors.ts, paths.ts and search.ts.
import type { NodeResponse, StatsResponse } from '../api-types.js';
import type { EdgeType, KnowledgeGraph, NodeType } from '../ontology.js';
import { assertNode, edgeView, nodeSummary, type DocLookup } from './summaries.js';

export { neighbors, neighborhood, resolveNeighborsOptions, NEIGHBORS_DEFAULTS, type NeighborsOptions } from './neighbors.js';
export { paths, findPaths, resolvePathOptions, PATH_DEFAULTS, type PathOptions, type PathMode } from './paths.js';
export { search, foldText, resolveSearchOptions, SEARCH_DEFAULTS, type SearchOptions } from './search.js';
export { subgraph } from './subgraph.js';

/** Counts of nodes, edges and evidence sentences, by type; `documents` comes from the store. */
export function graphStats(graph: KnowledgeGraph, documents: number): StatsResponse {
  const nodeTypes: Partial<Record<NodeType, number>> = {};
  const edgeTypes: Partial<Record<EdgeType, number>> = {};
  let evidence = 0;
  graph.forEachNode((_id, a) => {
    nodeTypes[a.type] = (nodeTypes[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_id, a) => {
    edgeTypes[a.type] = (edgeTypes[a.type] ?? 0) + 1;
    evidence += a.evidence?.length ?? 0;
  });
  return { nodes: graph.order, edges: graph.size, documents, evidence, nodeTypes, edgeTypes };
}

/** A node with every edge that touches it, most evidence first, evidence carrying document title and date. */
export function nodeDetail(graph: KnowledgeGraph, id: string, docs: DocLookup): NodeResponse {
  assertNode(graph, id, 'node');
  const edges = graph
    .edges(id)
    .map((edge) => edgeView(graph, edge, id, docs))
    .sort((a, b) => b.evidence.length - a.evidence.length || a.type.localeCompare(b.type) || (a.id < b.id ? -1 : 1));
  return { node: nodeSummary(graph, id), edges };
}

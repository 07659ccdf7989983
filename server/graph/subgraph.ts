// Parts of the graph: a node's neighbourhood copied into a new graph (for export), the subgraph
// induced by a set of nodes (the client's selection, as API JSON), and a copy of the graph
// filtered by node type, edge type and time window (graphology JSON export).
import type { SubgraphResponse } from '../api-types.js';
import type { KnowledgeGraph, NodeType } from '../ontology.js';
import { neighborhood, type NeighborsOptions } from './neighbors.js';
import { checkEdgeFilter, edgePredicate, type EdgeFilter } from './edge-filter.js';
import { checkInt, checkNodeTypes } from './options.js';
import { assertNode, edgeSummary, nodeSummary } from './summaries.js';

/** Copies `nodes` and `edges` of `graph` into a new graph of the same kind, keys and attributes kept. */
function copyOf(graph: KnowledgeGraph, nodes: Iterable<string>, edges: Iterable<string>): KnowledgeGraph {
  const sub = graph.nullCopy() as KnowledgeGraph;
  for (const node of nodes) sub.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  for (const edge of edges) {
    const attrs = structuredClone(graph.getEdgeAttributes(edge));
    const [source, target] = graph.extremities(edge);
    if (graph.isUndirected(edge)) sub.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else sub.addDirectedEdgeWithKey(edge, source, target, attrs);
  }
  return sub;
}

/** A new graph holding `center`'s neighbourhood within `depth` hops, keys and attributes kept. */
export function subgraph(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): KnowledgeGraph {
  const hood = neighborhood(graph, center, options);
  return copyOf(graph, hood.nodes, hood.edges);
}

export const SUBGRAPH_BOUNDS = { maxNodes: 2000 } as const;

/** The nodes `ids` (each once, in the order given) and every edge between two of them, sorted by key. */
export function inducedSubgraph(graph: KnowledgeGraph, ids: readonly string[]): SubgraphResponse {
  const unique = [...new Set(ids)];
  checkInt('subgraph', 'nodes (number of ids)', unique.length, 1, SUBGRAPH_BOUNDS.maxNodes);
  for (const id of unique) assertNode(graph, id, 'subgraph');
  const inside = new Set(unique);
  const edges = new Set<string>();
  for (const id of unique) {
    graph.forEachOutEdge(id, (edge, _a, _source, target) => {
      if (inside.has(target)) edges.add(edge);
    });
  }
  return {
    nodes: unique.map((id) => nodeSummary(graph, id)),
    edges: [...edges].sort().map((edge) => edgeSummary(graph, edge)),
  };
}

/** What filteredGraph keeps: nodes of `nodeTypes`, edges of `edgeTypes` overlapping [since, until]. */
export interface GraphFilter extends EdgeFilter {
  nodeTypes?: NodeType[];
}

/** Checks a GraphFilter; throws ValidationError on an unknown type or a bad window. */
export function resolveGraphFilter(filter: GraphFilter): GraphFilter {
  const { nodeTypes: _nodeTypes, ...edgeFilter } = filter;
  const out: GraphFilter = checkEdgeFilter('graph', edgeFilter);
  const nodeTypes = checkNodeTypes('graph', 'nodeTypes', filter.nodeTypes);
  if (nodeTypes) out.nodeTypes = nodeTypes;
  return out;
}

/** Whether the filter keeps everything. */
export function isEmptyFilter(filter: GraphFilter): boolean {
  return !filter.nodeTypes?.length && !filter.edgeTypes?.length && filter.since === undefined && filter.until === undefined;
}

/**
 * A copy of the nodes of the wanted types and the edges passing the filter between them. With a
 * time window, nodes are kept only when at least one kept edge touches them (a node has no date
 * of its own besides the edges that mention it).
 */
export function filteredGraph(graph: KnowledgeGraph, filter: GraphFilter): KnowledgeGraph {
  const resolved = resolveGraphFilter(filter);
  const types = resolved.nodeTypes?.length ? new Set(resolved.nodeTypes) : undefined;
  const timed = resolved.since !== undefined || resolved.until !== undefined;
  const edgeOk = edgePredicate(resolved);
  const nodeOk = (node: string) => !types || types.has(graph.getNodeAttribute(node, 'type'));
  const edges: string[] = [];
  const touched = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!edgeOk(attributes) || !nodeOk(source) || !nodeOk(target)) return;
    edges.push(edge);
    touched.add(source);
    touched.add(target);
  });
  const nodes = graph.filterNodes((node) => nodeOk(node) && (!timed || touched.has(node)));
  return copyOf(graph, nodes, edges);
}

// What an export writes: the whole graph, the part a GraphFilter keeps (node types, edge types,
// time window) or a node's neighbourhood, as lists of node and edge keys over the live graph.
// Nothing is copied: the writers read attributes from the graph as they go.
import type { KnowledgeGraph } from '../ontology.js';
import { edgePredicate } from '../graph/edge-filter.js';
import { neighborhood, type NeighborsOptions } from '../graph/neighbors.js';
import { isEmptyFilter, resolveGraphFilter, type GraphFilter } from '../graph/subgraph.js';

export interface GraphSelection {
  graph: KnowledgeGraph;
  /** Node keys, in export order (taken when the selection was made). */
  nodes: readonly string[];
  /** Edge keys between selected nodes, in export order. */
  edges: readonly string[];
  /** Whether an edge is part of the selection. */
  hasEdge(edge: string): boolean;
  /** What the selection is, for the file's description. */
  description?: string;
}

/** Every node and edge of `graph`. */
export function wholeGraph(graph: KnowledgeGraph): GraphSelection {
  return { graph, nodes: graph.nodes(), edges: graph.edges(), hasEdge: () => true };
}

/**
 * The nodes of the wanted types and the edges passing the filter between them; with a time
 * window only nodes touched by a kept edge (the same rule as filteredGraph of /api/graph).
 */
export function filteredSelection(graph: KnowledgeGraph, filter: GraphFilter): GraphSelection {
  const resolved = resolveGraphFilter(filter);
  if (isEmptyFilter(resolved)) return wholeGraph(graph);
  const types = resolved.nodeTypes?.length ? new Set<string>(resolved.nodeTypes) : undefined;
  const timed = resolved.since !== undefined || resolved.until !== undefined;
  const edgeOk = edgePredicate(resolved);
  const nodeOk = (node: string) => !types || types.has(graph.getNodeAttribute(node, 'type'));
  const edges: string[] = [];
  const kept = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!edgeOk(attributes) || !nodeOk(source) || !nodeOk(target)) return;
    edges.push(edge);
    kept.add(edge);
    touched.add(source);
    touched.add(target);
  });
  const nodes = graph.filterNodes((node) => nodeOk(node) && (!timed || touched.has(node)));
  const parts = [
    resolved.nodeTypes?.length ? `node types ${resolved.nodeTypes.join(', ')}` : '',
    resolved.edgeTypes?.length ? `edge types ${resolved.edgeTypes.join(', ')}` : '',
    resolved.since ? `since ${resolved.since}` : '',
    resolved.until ? `until ${resolved.until}` : '',
  ].filter(Boolean);
  return { graph, nodes, edges, hasEdge: (e) => kept.has(e), description: `Filtered: ${parts.join('; ')}` };
}

/** `center` and its neighbourhood within `depth` hops (bounded like /api/nodes/:id/neighbors). */
export function egoSelection(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): GraphSelection {
  const hood = neighborhood(graph, center, options);
  const kept = new Set(hood.edges);
  return {
    graph,
    nodes: hood.nodes,
    edges: hood.edges,
    hasEdge: (e) => kept.has(e),
    description: `Neighbourhood of ${center} within ${options.depth ?? 1} hop(s)${hood.truncated ? ` (capped at ${hood.nodes.length} nodes)` : ''}`,
  };
}

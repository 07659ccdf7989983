// Bounded neighbourhood of a node: breadth-first up to `depth` hops (edges followed both ways),
// at most `limit` nodes, optional edge/node type filters, with a `truncated` flag.
import type { EdgeSummary, NeighborsResponse, NodeSummary } from '../api-types.js';
import type { EdgeType, KnowledgeGraph, NodeType } from '../ontology.js';
import { checkEdgeTypes, checkInt, checkNodeTypes } from './options.js';
import { assertNode, edgeSummary, nodeSummary } from './summaries.js';

export interface NeighborsOptions {
  /** Hops from the centre, 1..3. */
  depth: number;
  /** Most nodes returned, centre included, 1..2000. */
  limit: number;
  /** Follow only edges of these types (every type when absent). */
  edgeTypes?: EdgeType[];
  /** Include only nodes of these types; the centre is always included. */
  nodeTypes?: NodeType[];
}

export const NEIGHBORS_DEFAULTS: Readonly<NeighborsOptions> = { depth: 1, limit: 200 };
export const NEIGHBORS_BOUNDS = { maxDepth: 3, maxLimit: 2000 } as const;

/** Fills defaults and checks bounds; throws ValidationError on a bad value. */
export function resolveNeighborsOptions(options: Partial<NeighborsOptions> = {}): NeighborsOptions {
  const origin = 'neighbors';
  const resolved: NeighborsOptions = {
    depth: checkInt(origin, 'depth', options.depth ?? NEIGHBORS_DEFAULTS.depth, 1, NEIGHBORS_BOUNDS.maxDepth),
    limit: checkInt(origin, 'limit', options.limit ?? NEIGHBORS_DEFAULTS.limit, 1, NEIGHBORS_BOUNDS.maxLimit),
  };
  const edgeTypes = checkEdgeTypes(origin, 'edgeTypes', options.edgeTypes);
  const nodeTypes = checkNodeTypes(origin, 'nodeTypes', options.nodeTypes);
  if (edgeTypes) resolved.edgeTypes = edgeTypes;
  if (nodeTypes) resolved.nodeTypes = nodeTypes;
  return resolved;
}

/** Node and edge keys of a neighbourhood, before they are turned into JSON. */
export interface Neighborhood {
  nodes: string[];
  edges: string[];
  truncated: boolean;
}

/** Keys of the nodes within `depth` hops of `center` and of the edges among them. */
export function neighborhood(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): Neighborhood {
  assertNode(graph, center, 'neighbors');
  const { depth, limit, edgeTypes, nodeTypes } = resolveNeighborsOptions(options);
  const edgeOk = (edge: string) => !edgeTypes || edgeTypes.includes(graph.getEdgeAttribute(edge, 'type'));
  const nodeOk = (node: string) => !nodeTypes || nodeTypes.includes(graph.getNodeAttribute(node, 'type'));

  const included = new Set<string>([center]);
  let frontier = [center];
  let truncated = false;
  for (let hop = 1; hop <= depth && frontier.length > 0 && !truncated; hop++) {
    const found = new Set<string>();
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        const other = source === node ? target : source;
        if (!included.has(other) && !found.has(other) && edgeOk(edge) && nodeOk(other)) found.add(other);
      });
    }
    // The best-connected nodes of each ring come first, so a cut keeps the hubs.
    const ring = [...found].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    const room = limit - included.size;
    if (ring.length > room) truncated = true;
    frontier = ring.slice(0, Math.max(0, room));
    for (const node of frontier) included.add(node);
  }

  const edges = new Set<string>();
  for (const node of included) {
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (included.has(source) && included.has(target) && edgeOk(edge)) edges.add(edge);
    });
  }
  return { nodes: [...included], edges: [...edges], truncated };
}

/** Neighbourhood of `center` as API JSON (NeighborsResponse). */
export function neighbors(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): NeighborsResponse {
  const resolved = resolveNeighborsOptions(options);
  const hood = neighborhood(graph, center, resolved);
  const nodes: NodeSummary[] = hood.nodes.map((n) => nodeSummary(graph, n));
  const edges: EdgeSummary[] = hood.edges.map((e) => edgeSummary(graph, e));
  return { center, depth: resolved.depth, nodes, edges, truncated: hood.truncated };
}

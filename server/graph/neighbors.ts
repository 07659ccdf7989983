// Bounded neighbourhood of a node: breadth-first up to `depth` hops along the edges that pass
// the type/time filters in the chosen direction, nodes of the wanted types only, ordered by hop,
// then degree (hubs first), then id; at most `limit` nodes with `total` and `truncated` telling
// what was left out. `exclude` lists nodes the caller already shows: they are walked through but
// not returned. Also neighbour counts by node and edge type for many nodes at once.
import type { EdgeSummary, NeighborCount, NeighborCountsResponse, NeighborsResponse, NodeSummary } from '../api-types.js';
import type { EdgeAttributes, EdgeType, KnowledgeGraph, NodeType } from '../ontology.js';
import { checkEdgeFilter, edgePredicate } from './edge-filter.js';
import { checkDirection, checkInt, checkNodeTypes, type Direction } from './options.js';
import { assertNode, edgeSummary, nodeSummary } from './summaries.js';

export interface NeighborsOptions {
  /** Hops from the centre, 1..3. */
  depth: number;
  /** Most nodes returned, centre included, 1..2000. */
  limit: number;
  /** Follow edges leaving (`out`), entering (`in`) or touching (`both`, default) each node. */
  direction: Direction;
  /** Follow only edges of these types (every type when absent). */
  edgeTypes?: readonly EdgeType[];
  /** Include only nodes of these types; the centre is always included. */
  nodeTypes?: readonly NodeType[];
  /** Follow only edges whose date (or reporting days) overlap [since, until], ISO days. */
  since?: string;
  until?: string;
  /** Nodes the caller already has: walked through, never returned, not counted in `total`. */
  exclude?: readonly string[];
}

export const NEIGHBORS_DEFAULTS: Readonly<NeighborsOptions> = { depth: 1, limit: 200, direction: 'both' };
export const NEIGHBORS_BOUNDS = { maxDepth: 3, maxLimit: 2000, maxExclude: 5000, maxCountIds: 500 } as const;

/** Fills defaults and checks bounds; throws ValidationError on a bad value. */
export function resolveNeighborsOptions(options: Partial<NeighborsOptions> = {}): NeighborsOptions {
  const origin = 'neighbors';
  const resolved: NeighborsOptions = {
    depth: checkInt(origin, 'depth', options.depth ?? NEIGHBORS_DEFAULTS.depth, 1, NEIGHBORS_BOUNDS.maxDepth),
    limit: checkInt(origin, 'limit', options.limit ?? NEIGHBORS_DEFAULTS.limit, 1, NEIGHBORS_BOUNDS.maxLimit),
    direction: checkDirection(origin, options.direction ?? NEIGHBORS_DEFAULTS.direction),
  };
  const filter = checkEdgeFilter(origin, {
    ...(options.edgeTypes !== undefined ? { edgeTypes: options.edgeTypes } : {}),
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.until !== undefined ? { until: options.until } : {}),
  });
  if (filter.edgeTypes) resolved.edgeTypes = [...filter.edgeTypes];
  if (filter.since !== undefined) resolved.since = filter.since;
  if (filter.until !== undefined) resolved.until = filter.until;
  const nodeTypes = checkNodeTypes(origin, 'nodeTypes', options.nodeTypes);
  if (nodeTypes) resolved.nodeTypes = nodeTypes;
  if (options.exclude !== undefined) {
    checkInt(origin, 'exclude (number of ids)', options.exclude.length, 0, NEIGHBORS_BOUNDS.maxExclude);
    resolved.exclude = [...options.exclude];
  }
  return resolved;
}

type EdgeVisitor = (edge: string, attributes: EdgeAttributes, source: string, target: string) => void;

/** Calls `visit` for each edge of `node` in `direction`. */
export function forEachEdgeIn(graph: KnowledgeGraph, node: string, direction: Direction, visit: EdgeVisitor): void {
  if (direction === 'out') graph.forEachOutEdge(node, visit);
  else if (direction === 'in') graph.forEachInEdge(node, visit);
  else graph.forEachEdge(node, visit);
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `k` of `nodes` by degree (descending), then id: the same as sorting them all and
 * slicing, but a huge ring only costs a pass to find the degree cut-off, then a small sort.
 */
export function topByDegree(graph: KnowledgeGraph, nodes: readonly string[], k: number): string[] {
  if (k <= 0) return [];
  if (nodes.length <= 4 * k) return sortByDegree(graph, nodes).slice(0, k);
  // Count nodes per degree, then find the smallest degree d such that fewer than k nodes have a higher one.
  const perDegree = new Map<number, number>();
  for (const n of nodes) {
    const d = graph.degree(n);
    perDegree.set(d, (perDegree.get(d) ?? 0) + 1);
  }
  const degrees = [...perDegree.keys()].sort((a, b) => b - a);
  let above = 0;
  let cut = degrees[degrees.length - 1]!;
  for (const d of degrees) {
    if (above + perDegree.get(d)! >= k) {
      cut = d;
      break;
    }
    above += perDegree.get(d)!;
  }
  return sortByDegree(graph, nodes.filter((n) => graph.degree(n) >= cut)).slice(0, k);
}

/** `nodes` by degree (descending), then id; each degree read once. */
function sortByDegree(graph: KnowledgeGraph, nodes: readonly string[]): string[] {
  const keyed = nodes.map((id) => ({ id, degree: graph.degree(id) }));
  keyed.sort((a, b) => b.degree - a.degree || byId(a.id, b.id));
  return keyed.map((n) => n.id);
}

/** Node and edge keys of a neighbourhood, before they are turned into JSON. */
export interface Neighborhood {
  /** Centre first, then by hop, degree (descending) and id. */
  nodes: string[];
  /** Sorted by key. */
  edges: string[];
  /** Nodes within reach (centre and excluded ones not counted). */
  total: number;
  truncated: boolean;
  /** When given: graph.degree of each of `nodes`, in order. */
  degrees?: number[];
  /** When given: the ends and attributes of each of `edges`, in order. */
  edgeEnds?: EdgeEnds[];
}

/** An edge's ends and attributes object, as the graph holds them. */
export interface EdgeEnds {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Keys of the nodes within `depth` hops of `center` and of the edges among them (and to excluded nodes). */
export function neighborhood(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): Neighborhood {
  return neighborhoodOf(graph, center, resolveNeighborsOptions(options));
}

/** neighborhood() for options resolved by resolveNeighborsOptions. */
export function neighborhoodOf(graph: KnowledgeGraph, center: string, options: NeighborsOptions): Neighborhood {
  assertNode(graph, center, 'neighbors');
  const { depth, limit, direction, edgeTypes, nodeTypes, since, until, exclude } = options;
  const filtered = edgeTypes !== undefined || since !== undefined || until !== undefined;
  const edgeOk = filtered ? edgePredicate({ ...(edgeTypes ? { edgeTypes } : {}), ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}) }) : acceptAll;
  const typeSet = nodeTypes ? new Set<NodeType>(nodeTypes) : undefined;
  if (depth === 1 && direction === 'both' && (exclude === undefined || exclude.length === 0)) {
    const hood = depthOne(graph, center, limit, filtered ? edgeOk : undefined, typeSet);
    if (hood) return hood;
  }
  const excluded = new Set(exclude ?? []);

  const seen = new Set<string>([center]);
  const nodes = [center];
  let total = 0;
  let frontier = [center];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const ring: string[] = [];
    for (const node of frontier) {
      forEachEdgeIn(graph, node, direction, (_edge, attributes, source, target) => {
        const other = source === node ? target : source;
        if (seen.has(other) || !edgeOk(attributes)) return;
        if (typeSet && !typeSet.has(graph.getNodeAttribute(other, 'type'))) return;
        seen.add(other);
        ring.push(other);
      });
    }
    const shown = excluded.size === 0 ? ring : ring.filter((n) => !excluded.has(n));
    total += shown.length;
    const room = limit - nodes.length;
    // The best-connected nodes of each ring come first, so a cut keeps the hubs.
    if (room > 0) for (const n of topByDegree(graph, shown, room)) nodes.push(n);
    frontier = ring;
  }
  return { nodes, edges: edgesAmong(graph, nodes, excluded, edgeOk), total, truncated: nodes.length - 1 < total };
}

const acceptAll = (): boolean => true;

/** Every edge of a node (both directions) as parallel arrays: key, other end, attributes. */
interface Adjacency {
  edges: string[];
  others: string[];
  /** Whether the node is the edge's source. */
  outgoing: boolean[];
  attributes: EdgeAttributes[];
}

/** Most nodes whose adjacency is kept per graph; past it the cache starts over. */
const ADJACENCY_CACHE_NODES = 50_000;
const adjacencyCaches = new WeakMap<KnowledgeGraph, Map<string, Adjacency>>();

/**
 * The adjacency cache of `graph`, emptied whenever an edge is added or dropped, a node dropped,
 * the graph cleared, or an edge's attributes object replaced (attributes changed in place are
 * read through the same object, so they need nothing).
 */
function adjacencyCache(graph: KnowledgeGraph): Map<string, Adjacency> {
  let cache = adjacencyCaches.get(graph);
  if (cache) return cache;
  const fresh = new Map<string, Adjacency>();
  const clear = () => {
    if (fresh.size > 0) fresh.clear();
  };
  graph.on('edgeAdded', clear);
  graph.on('edgeDropped', clear);
  graph.on('nodeDropped', clear);
  graph.on('cleared', clear);
  graph.on('edgesCleared', clear);
  graph.on('eachEdgeAttributesUpdated', clear);
  graph.on('edgeAttributesUpdated', (event: { type?: string }) => {
    if (event.type === 'replace') clear();
  });
  adjacencyCaches.set(graph, fresh);
  return fresh;
}

/**
 * The edges of `node` as arrays, read from the graph once and then kept until the graph changes:
 * walking them again costs no callback per edge and touches a few contiguous arrays instead of
 * graphology's per-node objects.
 */
function adjacencyOf(graph: KnowledgeGraph, cache: Map<string, Adjacency>, node: string): Adjacency {
  let adjacency = cache.get(node);
  if (adjacency) return adjacency;
  const edges: string[] = [];
  const others: string[] = [];
  const outgoing: boolean[] = [];
  const attributes: EdgeAttributes[] = [];
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    edges.push(edge);
    others.push(source === node ? target : source);
    outgoing.push(source === node);
    attributes.push(attrs);
  });
  adjacency = { edges, others, outgoing, attributes };
  if (cache.size >= ADJACENCY_CACHE_NODES) cache.clear();
  cache.set(node, adjacency);
  return adjacency;
}
const NO_NODES: ReadonlySet<string> = new Set<string>();

/**
 * neighborhoodOf() at depth 1, both directions, nothing excluded, in one walk of the centre's
 * edges: they are the ring and (all of them passing the filter) the centre's share of the edges;
 * only the edges among the ring are looked up afterwards, each once (from the end with the
 * smaller key, or from the non-hub end). `edgeOk` undefined: no edge filter. When the ring does
 * not fit in `limit`, the cut ring's edges come from edgesAmong.
 */
function depthOne(graph: KnowledgeGraph, center: string, limit: number, edgeOk: ((attributes: EdgeAttributes) => boolean) | undefined, typeSet: ReadonlySet<NodeType> | undefined): Neighborhood {
  const ring: string[] = [];
  // The edges found, with their ends: the centre's first.
  const found: (EdgeEnds & { key: string })[] = [];
  // Ring node -> its degree (filled below; a node is a hub when its degree exceeds the number of ends).
  const inRing = new Map<string, number>();
  const cache = adjacencyCache(graph);
  const around = adjacencyOf(graph, cache, center);
  for (let i = 0; i < around.edges.length; i++) {
    if (edgeOk && !edgeOk(around.attributes[i]!)) continue;
    const other = around.others[i]!;
    if (typeSet && !typeSet.has(graph.getNodeAttribute(other, 'type'))) continue;
    const outgoing = around.outgoing[i]!;
    found.push({ key: around.edges[i]!, source: outgoing ? center : other, target: outgoing ? other : center, attributes: around.attributes[i]! });
    if (inRing.has(other)) continue;
    inRing.set(other, 0);
    ring.push(other);
  }
  const total = ring.length;
  if (total > limit - 1) {
    const nodes = [center, ...topByDegree(graph, ring, limit - 1)];
    return { nodes, edges: edgesAmong(graph, nodes, NO_NODES, edgeOk ?? acceptAll), total, truncated: nodes.length - 1 < total };
  }
  const keyed: { id: string; degree: number }[] = new Array(total);
  for (let i = 0; i < total; i++) {
    const id = ring[i]!;
    const degree = graph.degree(id);
    inRing.set(id, degree);
    keyed[i] = { id, degree };
  }
  keyed.sort((a, b) => b.degree - a.degree || byId(a.id, b.id));
  const nodes: string[] = new Array(total + 1);
  const degrees: number[] = new Array(total + 1);
  nodes[0] = center;
  degrees[0] = graph.degree(center);
  for (let i = 0; i < total; i++) {
    nodes[i + 1] = keyed[i]!.id;
    degrees[i + 1] = keyed[i]!.degree;
  }

  const ends = total + 1;
  const hubs: string[] = [];
  for (let i = 0; i < total; i++) {
    const node = ring[i]!;
    if (inRing.get(node)! > ends) {
      hubs.push(node);
      continue;
    }
    const adjacency = adjacencyOf(graph, cache, node);
    for (let k = 0; k < adjacency.others.length; k++) {
      const other = adjacency.others[k]!;
      const degree = inRing.get(other);
      // Not in the ring (the centre's edges are counted already), or the other end walks it too.
      if (degree === undefined || (degree <= ends && other < node)) continue;
      const attributes = adjacency.attributes[k]!;
      if (edgeOk && !edgeOk(attributes)) continue;
      const outgoing = adjacency.outgoing[k]!;
      found.push({ key: adjacency.edges[k]!, source: outgoing ? node : other, target: outgoing ? other : node, attributes });
    }
  }
  if (hubs.length > 1) {
    const add = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
      if (!edgeOk || edgeOk(attributes)) found.push({ key: edge, source, target, attributes });
    };
    for (let i = 0; i < hubs.length; i++) for (let j = i + 1; j < hubs.length; j++) graph.forEachEdge(hubs[i]!, hubs[j]!, add);
  }
  found.sort((a, b) => byId(a.key, b.key));
  const edges: string[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) edges[i] = found[i]!.key;
  return { nodes, edges, total, truncated: false, degrees, edgeEnds: found };
}

/**
 * Keys (sorted) of the edges passing `edgeOk` between two of `nodes` or between one of them and
 * an `excluded` node. Each node with few edges walks them all; a hub (more edges than there are
 * such ends) is not walked: its edges to the walked nodes are found from their side, and only
 * those to other hubs and to excluded nodes are looked up pair by pair.
 */
export function edgesAmong(graph: KnowledgeGraph, nodes: readonly string[], excluded: ReadonlySet<string>, edgeOk: (attributes: EdgeAttributes) => boolean): string[] {
  const included = new Set(nodes);
  const ends = included.size + excluded.size;
  const edges = new Set<string>();
  const hubs: string[] = [];
  for (const node of included) {
    if (graph.degree(node) > ends) {
      hubs.push(node);
      continue;
    }
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if ((included.has(other) || excluded.has(other)) && edgeOk(attributes)) edges.add(edge);
    });
  }
  if (hubs.length > 0) {
    const add = (edge: string, attributes: EdgeAttributes) => {
      if (edgeOk(attributes)) edges.add(edge);
    };
    const others = [...excluded].filter((x) => !included.has(x) && graph.hasNode(x));
    for (let i = 0; i < hubs.length; i++) {
      const hub = hubs[i]!;
      for (let j = i + 1; j < hubs.length; j++) graph.forEachEdge(hub, hubs[j]!, add);
      for (const other of others) graph.forEachEdge(hub, other, add);
    }
  }
  return [...edges].sort(byId);
}

/** Neighbourhood of `center` as API JSON (NeighborsResponse). */
export function neighbors(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): NeighborsResponse {
  const resolved = resolveNeighborsOptions(options);
  const hood = neighborhoodOf(graph, center, resolved);
  const nodes: NodeSummary[] = hood.nodes.map((n) => nodeSummary(graph, n));
  const edges: EdgeSummary[] = hood.edges.map((e) => edgeSummary(graph, e));
  return { center, depth: resolved.depth, nodes, edges, total: hood.total, truncated: hood.truncated };
}

/** Options of neighborCounts: which edges count. */
export type NeighborCountOptions = Pick<NeighborsOptions, 'direction' | 'edgeTypes' | 'since' | 'until'>;

/** For each node: its distinct neighbours (in total and by node type) and its edges by type. */
export function neighborCounts(graph: KnowledgeGraph, ids: readonly string[], options: Partial<NeighborCountOptions> = {}): NeighborCountsResponse {
  checkInt('neighbor-counts', 'ids (number of ids)', ids.length, 1, NEIGHBORS_BOUNDS.maxCountIds);
  const resolved = resolveNeighborsOptions(options);
  const edgeOk = edgePredicate(resolved);
  for (const id of ids) assertNode(graph, id, 'neighbor-counts');
  const counts: Record<string, NeighborCount> = {};
  for (const id of ids) {
    const others = new Set<string>();
    const nodeTypes: Partial<Record<NodeType, number>> = {};
    const edgeTypes: Partial<Record<EdgeType, number>> = {};
    let edges = 0;
    forEachEdgeIn(graph, id, resolved.direction, (_edge, attributes, source, target) => {
      if (!edgeOk(attributes)) return;
      edges++;
      edgeTypes[attributes.type] = (edgeTypes[attributes.type] ?? 0) + 1;
      const other = source === id ? target : source;
      if (others.has(other)) return;
      others.add(other);
      const type = graph.getNodeAttribute(other, 'type');
      nodeTypes[type] = (nodeTypes[type] ?? 0) + 1;
    });
    counts[id] = { neighbors: others.size, edges, nodeTypes, edgeTypes };
  }
  return { counts };
}

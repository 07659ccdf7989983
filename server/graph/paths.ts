// Shortest paths between two nodes by breadth-first search (hop count), bounded by a cap on
// visited nodes; lists up to `limit` of them, the edges they use and how many there are.
import type { PathsResponse } from '../api-types.js';
import { ValidationError } from '../errors.js';
import type { KnowledgeGraph } from '../ontology.js';
import { checkInt } from './options.js';
import { assertNode, edgeSummary, nodeSummary } from './summaries.js';

export type PathMode = 'directed' | 'undirected';

export interface PathOptions {
  /** 'undirected' follows every edge both ways; 'directed' follows edges source → target only. */
  mode: PathMode;
  /** Most paths listed, 1..50. */
  limit: number;
  /** Most nodes the search may visit before it gives up (keeps a query bounded). */
  maxVisited: number;
}

export const PATH_DEFAULTS: Readonly<PathOptions> = { mode: 'undirected', limit: 5, maxVisited: 200_000 };
export const PATH_BOUNDS = { maxLimit: 50, maxVisited: 5_000_000 } as const;

/** Fills defaults and checks bounds; throws ValidationError on a bad value. */
export function resolvePathOptions(options: Partial<PathOptions> = {}): PathOptions {
  const mode = options.mode ?? PATH_DEFAULTS.mode;
  if (mode !== 'directed' && mode !== 'undirected') {
    throw new ValidationError(`paths: mode is ${JSON.stringify(mode)}. Expected "directed" or "undirected"`);
  }
  return {
    mode,
    limit: checkInt('paths', 'limit', options.limit ?? PATH_DEFAULTS.limit, 1, PATH_BOUNDS.maxLimit),
    maxVisited: checkInt('paths', 'maxVisited', options.maxVisited ?? PATH_DEFAULTS.maxVisited, 1, PATH_BOUNDS.maxVisited),
  };
}

/** Shortest paths as node and edge keys. */
export interface PathSearch {
  /** Hop count, null when there is no path (or the search gave up, see `exhausted`). */
  length: number | null;
  /** Number of distinct shortest node sequences. */
  count: number;
  paths: { nodes: string[]; edges: string[] }[];
  /** True when more paths exist than were listed, or the visit cap stopped the search. */
  truncated: boolean;
  /** True when the visit cap stopped the search before it was complete. */
  exhausted: boolean;
}

/** Breadth-first shortest paths from `from` to `to`, as keys. */
export function shortestPaths(graph: KnowledgeGraph, from: string, to: string, options: Partial<PathOptions> = {}): PathSearch {
  const { mode, limit, maxVisited } = resolvePathOptions(options);
  assertNode(graph, from, 'paths');
  assertNode(graph, to, 'paths');
  if (from === to) return { length: 0, count: 1, paths: [{ nodes: [from], edges: [] }], truncated: false, exhausted: false };

  const forEachNext = mode === 'directed'
    ? (node: string, cb: (next: string) => void) => graph.forEachOutboundNeighbor(node, cb)
    : (node: string, cb: (next: string) => void) => graph.forEachNeighbor(node, cb);
  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>();
  let frontier = [from];
  let exhausted = false;
  for (let level = 1; frontier.length > 0 && !dist.has(to); level++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachNext(node, (other) => {
        const seen = dist.get(other);
        if (seen === undefined) {
          dist.set(other, level);
          preds.set(other, [node]);
          next.push(other);
        } else if (seen === level) preds.get(other)!.push(node);
      });
    }
    if (dist.size > maxVisited && !dist.has(to)) {
      exhausted = true;
      break;
    }
    frontier = next;
  }
  const length = dist.get(to);
  if (length === undefined) return { length: null, count: 0, paths: [], truncated: exhausted, exhausted };

  const count = countPaths(from, to, dist.keys(), preds);
  const nodePaths = listPaths(from, to, preds, limit);
  const paths = nodePaths.map((nodes) => ({ nodes, edges: hopEdges(graph, nodes, mode) }));
  return { length, count, paths, truncated: count > paths.length, exhausted: false };
}

/** Number of shortest node sequences: dynamic programming over predecessors in BFS order. */
function countPaths(from: string, to: string, order: Iterable<string>, preds: Map<string, string[]>): number {
  const counts = new Map<string, number>([[from, 1]]);
  for (const node of order) {
    if (node === from) continue;
    let total = 0;
    for (const p of preds.get(node) ?? []) total += counts.get(p) ?? 0;
    counts.set(node, total);
    if (node === to) break;
  }
  return counts.get(to) ?? 0;
}

/** Up to `limit` shortest node sequences, walking predecessor lists back from `to` (no recursion). */
function listPaths(from: string, to: string, preds: Map<string, string[]>, limit: number): string[][] {
  const out: string[][] = [];
  // Each stack entry is a partial path read backwards: [to, ..., node].
  const stack: string[][] = [[to]];
  while (stack.length > 0 && out.length < limit) {
    const partial = stack.pop()!;
    const node = partial[partial.length - 1]!;
    if (node === from) {
      out.push([...partial].reverse());
      continue;
    }
    const ps = preds.get(node) ?? [];
    for (let i = ps.length - 1; i >= 0; i--) stack.push([...partial, ps[i]!]);
  }
  return out;
}

/** One edge per hop; among parallel edges the one with the most evidence. */
function hopEdges(graph: KnowledgeGraph, nodes: string[], mode: PathMode): string[] {
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    // outboundEdges: a → b plus undirected edges; edges: every edge between a and b.
    const candidates = mode === 'directed' ? graph.outboundEdges(a, b) : graph.edges(a, b);
    let best = candidates[0]!;
    for (const e of candidates) {
      if (graph.getEdgeAttribute(e, 'evidence').length > graph.getEdgeAttribute(best, 'evidence').length) best = e;
    }
    edges.push(best);
  }
  return edges;
}

/** Shortest paths from `from` to `to` as API JSON (PathsResponse). */
export function paths(graph: KnowledgeGraph, from: string, to: string, options: Partial<PathOptions> = {}): PathsResponse {
  const resolved = resolvePathOptions(options);
  const found = shortestPaths(graph, from, to, resolved);
  const nodeIds = new Set(found.paths.flatMap((p) => p.nodes));
  return {
    from,
    to,
    mode: resolved.mode,
    length: found.length,
    count: found.count,
    paths: found.paths.map((p) => ({ nodes: p.nodes, edges: p.edges.map((e) => edgeSummary(graph, e)) })),
    nodes: [...nodeIds].map((n) => nodeSummary(graph, n)),
    truncated: found.truncated,
  };
}

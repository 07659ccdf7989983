// Path queries between two nodes: one shortest path, all shortest paths (listed up to a cap, all
// of them counted), or the k shortest simple paths (Yen). Hops count nodes, not parallel edges;
// every hop of an answer lists all the edges that make it, with their evidence. Bounded by k,
// maxLength and a time budget (QueryBudgetError, HTTP 422, when it runs out).
import type { EdgeView, NodeSummary, PathHop, PathsResponse } from '../api-types.js';
import { ValidationError } from '../errors.js';
import type { EdgeType, KnowledgeGraph } from '../ontology.js';
import { checkEdgeFilter, type EdgeFilter } from './edge-filter.js';
import { checkInt } from './options.js';
import { listShortest, meet } from './path-bfs.js';
import { Budget, makeSteps, type Steps } from './path-steps.js';
import { kShortestPaths } from './path-yen.js';
import { assertNode, edgeView, nodeSummary, type DocLookup } from './summaries.js';

export const PATH_MODES = ['shortest', 'all-shortest', 'k'] as const;
export type PathMode = (typeof PATH_MODES)[number];

export interface PathOptions {
  /** shortest: one path; all-shortest: every shortest path (listed up to `limit`); k: the k shortest simple paths. */
  mode: PathMode;
  /** true follows edges source → target only; false (default) follows every edge both ways. */
  directed: boolean;
  /** Paths wanted in mode k, 1..20. */
  k: number;
  /** Most paths listed in mode all-shortest, 1..100 (`total` still counts them all). */
  limit: number;
  /** Longest path considered, in hops. */
  maxLength: number;
  /** Wall-clock budget of one query in milliseconds. */
  budgetMs: number;
  edgeTypes?: readonly EdgeType[];
  /** ISO days bounding the edges' time (see edge-filter.ts). */
  since?: string;
  until?: string;
}

export const PATH_DEFAULTS: Readonly<PathOptions> = { mode: 'shortest', directed: false, k: 3, limit: 20, maxLength: 20, budgetMs: 2000 };
export const PATH_BOUNDS = { maxK: 20, maxLimit: 100, maxLength: 100, maxBudgetMs: 60_000 } as const;

/** Fills defaults and checks bounds; throws ValidationError on a bad value. */
export function resolvePathOptions(options: Partial<PathOptions> = {}): PathOptions {
  const mode = options.mode ?? PATH_DEFAULTS.mode;
  if (!(PATH_MODES as readonly string[]).includes(mode)) {
    throw new ValidationError(`paths: mode is ${JSON.stringify(mode)}. Expected one of ${PATH_MODES.join(', ')}`);
  }
  const directed = options.directed ?? PATH_DEFAULTS.directed;
  if (typeof directed !== 'boolean') throw new ValidationError(`paths: directed is ${JSON.stringify(directed)}. Expected true or false`);
  const filter = checkEdgeFilter('paths', { ...(options.edgeTypes ? { edgeTypes: options.edgeTypes } : {}), ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) });
  return {
    mode,
    directed,
    k: checkInt('paths', 'k', options.k ?? PATH_DEFAULTS.k, 1, PATH_BOUNDS.maxK),
    limit: checkInt('paths', 'limit', options.limit ?? PATH_DEFAULTS.limit, 1, PATH_BOUNDS.maxLimit),
    maxLength: checkInt('paths', 'maxLength', options.maxLength ?? PATH_DEFAULTS.maxLength, 1, PATH_BOUNDS.maxLength),
    budgetMs: checkInt('paths', 'budgetMs', options.budgetMs ?? PATH_DEFAULTS.budgetMs, 0, PATH_BOUNDS.maxBudgetMs),
    ...filter,
  };
}

/** Paths as node sequences. */
export interface PathSearch {
  /** Hop count of a shortest path, null when there is none within maxLength. */
  length: number | null;
  /** shortest/all-shortest: distinct shortest node sequences; k: paths listed. */
  total: number;
  paths: string[][];
  /** True when more paths exist than were listed. */
  truncated: boolean;
}

function filterOf(o: PathOptions): EdgeFilter {
  return { ...(o.edgeTypes ? { edgeTypes: o.edgeTypes } : {}), ...(o.since ? { since: o.since } : {}), ...(o.until ? { until: o.until } : {}) };
}

function search(steps: Steps, from: string, to: string, o: PathOptions): PathSearch {
  const budget = new Budget(o.budgetMs, `paths ${from} → ${to}`);
  if (o.mode === 'k') {
    const { paths, more } = kShortestPaths(steps, from, to, o.k, o.maxLength, budget);
    return { length: paths[0] ? paths[0].length - 1 : null, total: paths.length, paths, truncated: more };
  }
  const m = meet(steps, from, to, o.maxLength, budget);
  if (m === null) return { length: null, total: 0, paths: [], truncated: false };
  const paths = listShortest(steps, m, o.mode === 'shortest' ? 1 : o.limit, budget);
  return { length: m.length, total: m.count, paths, truncated: m.count > paths.length };
}

/** Paths from `from` to `to` as node sequences (see PathOptions). */
export function findPaths(graph: KnowledgeGraph, from: string, to: string, options: Partial<PathOptions> = {}): PathSearch {
  const o = resolvePathOptions(options);
  assertNode(graph, from, 'paths');
  assertNode(graph, to, 'paths');
  return search(makeSteps(graph, o.directed, filterOf(o)), from, to, o);
}

const NO_DOCS: DocLookup = () => undefined;

/** Paths from `from` to `to` as API JSON: every hop with all its edges and their evidence. */
export function paths(graph: KnowledgeGraph, from: string, to: string, options: Partial<PathOptions> = {}, docs: DocLookup = NO_DOCS): PathsResponse {
  const o = resolvePathOptions(options);
  assertNode(graph, from, 'paths');
  assertNode(graph, to, 'paths');
  const steps = makeSteps(graph, o.directed, filterOf(o));
  const found = search(steps, from, to, o);
  const views = new Map<string, EdgeView>();
  const hop = (a: string, b: string): PathHop => ({
    from: a,
    to: b,
    edges: steps.hopEdges(a, b).map((e) => {
      let view = views.get(`${a}\u0000${e}`);
      if (view === undefined) views.set(`${a}\u0000${e}`, (view = edgeView(graph, e, a, docs)));
      return view;
    }),
  });
  const nodes = new Map<string, NodeSummary>();
  const listed = found.paths.map((p) => {
    for (const n of p) if (!nodes.has(n)) nodes.set(n, nodeSummary(graph, n));
    return { nodes: p, hops: p.slice(1).map((b, i) => hop(p[i]!, b)) };
  });
  return {
    from,
    to,
    mode: o.mode,
    directed: o.directed,
    length: found.length,
    paths: listed,
    nodes: [...nodes.values()],
    total: found.total,
    truncated: found.truncated,
  };
}

/** The path query time budget from KG_PATH_BUDGET_MS (milliseconds), else the default; throws ValidationError on a bad value. */
export function pathBudgetMs(env: Record<string, string | undefined>): number {
  const raw = env.KG_PATH_BUDGET_MS;
  if (raw === undefined || raw.trim() === '') return PATH_DEFAULTS.budgetMs;
  return checkInt('KG_PATH_BUDGET_MS', 'value', Number(raw), 0, PATH_BOUNDS.maxBudgetMs);
}

// One step along the graph for path queries: distinct next (or previous) nodes of a node, following
// edges both ways or source → target only, through the edges an EdgeFilter keeps, minus blocked
// nodes and blocked hops (Yen's algorithm). Plus the time budget every search ticks.
import { QueryBudgetError } from '../errors.js';
import type { KnowledgeGraph } from '../ontology.js';
import { edgePredicate, isOpenFilter, type EdgeFilter } from './edge-filter.js';

/** Nodes and hops a search must not use. */
export interface Blocked {
  nodes?: ReadonlySet<string>;
  /** Hops `a → b` as hopKey(a, b). */
  hops?: ReadonlySet<string>;
}

/** Key of the hop from `a` to `b` in a Blocked set. */
export function hopKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** Calls `cb` once for every distinct node one step away. */
export type StepFn = (node: string, cb: (other: string) => void) => void;

export interface Steps {
  /** Nodes reachable from `node` in one step. */
  next: StepFn;
  /** Nodes from which `node` is reachable in one step. */
  prev: StepFn;
  /** Every edge that makes the hop `a → b` (parallel edges included), in key order. */
  hopEdges(a: string, b: string): string[];
}

/** Steps over `graph`: `directed` follows edges source → target only, else both ways. */
export function makeSteps(graph: KnowledgeGraph, directed: boolean, filter: EdgeFilter = {}): Steps {
  const keep = edgePredicate(filter);
  let next: StepFn;
  let prev: StepFn;
  if (isOpenFilter(filter)) {
    // graphology yields each neighbour once, however many parallel edges join them.
    next = directed ? (n, cb) => graph.forEachOutNeighbor(n, cb) : (n, cb) => graph.forEachNeighbor(n, cb);
    prev = directed ? (n, cb) => graph.forEachInNeighbor(n, cb) : next;
  } else {
    const seen = new Set<string>();
    const via = (kind: 'forEachOutEdge' | 'forEachInEdge' | 'forEachEdge'): StepFn => (node, cb) => {
      seen.clear();
      graph[kind](node, (_edge, attrs, source, target) => {
        if (!keep(attrs)) return;
        const other = source === node ? target : source;
        if (seen.has(other)) return;
        seen.add(other);
        cb(other);
      });
    };
    next = via(directed ? 'forEachOutEdge' : 'forEachEdge');
    prev = directed ? via('forEachInEdge') : next;
  }
  const hopEdges = (a: string, b: string): string[] => {
    const edges = directed ? graph.outEdges(a, b) : graph.edges(a, b);
    return edges.filter((e) => keep(graph.getEdgeAttributes(e))).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  };
  return { next, prev, hopEdges };
}

/** The same steps without the blocked nodes and hops. */
export function withBlocked(steps: Steps, blocked: Blocked): Steps {
  const nodes = blocked.nodes;
  const hops = blocked.hops;
  if ((nodes === undefined || nodes.size === 0) && (hops === undefined || hops.size === 0)) return steps;
  const next: StepFn = (node, cb) =>
    steps.next(node, (other) => {
      if (nodes?.has(other) || hops?.has(hopKey(node, other))) return;
      cb(other);
    });
  const prev: StepFn = (node, cb) =>
    steps.prev(node, (other) => {
      if (nodes?.has(other) || hops?.has(hopKey(other, node))) return;
      cb(other);
    });
  return { next, prev, hopEdges: steps.hopEdges };
}

/** A wall-clock budget: `tick()` throws QueryBudgetError once `ms` milliseconds have passed. */
export class Budget {
  private readonly deadline: number;
  private ticks = 0;

  constructor(
    readonly ms: number,
    private readonly what: string,
  ) {
    this.deadline = performance.now() + ms;
  }

  /** Counts one unit of work; checks the clock on the first and then every 256th. */
  tick(): void {
    if ((this.ticks++ & 255) !== 0) return;
    if (performance.now() > this.deadline) {
      throw new QueryBudgetError(`${this.what}: the query needed more than its time budget of ${this.ms} ms. Expected a narrower query: a smaller k or maxLength, or fewer edgeTypes/a since-until window`);
    }
  }
}

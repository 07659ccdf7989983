// Bidirectional breadth-first search between two nodes (hop counts). It grows the smaller
// frontier one whole level at a time; when the levels meet, the nodes of the last level reached by
// both sides form a cut that every shortest path crosses exactly once, so the number of shortest
// node sequences is Σ σ_from(v) · σ_to(v) over that cut, counted without listing any path.
import type { Budget, Steps } from './path-steps.js';

interface Side {
  dist: Map<string, number>;
  /** Number of shortest node sequences from this side's root to each reached node. */
  sigma: Map<string, number>;
  frontier: string[];
  depth: number;
}

export interface Meeting {
  /** Hop count of the shortest paths. */
  length: number;
  /** Cut nodes, each on some shortest path, in discovery order. */
  cut: string[];
  /** Distances from `from` (complete up to the cut's forward depth). */
  fromDist: Map<string, number>;
  /** Distances to `to` (complete up to the cut's backward depth). */
  toDist: Map<string, number>;
  /** Number of distinct shortest node sequences (exact below 2^53). */
  count: number;
}

function side(root: string): Side {
  return { dist: new Map([[root, 0]]), sigma: new Map([[root, 1]]), frontier: [root], depth: 0 };
}

/** Grows `s` by one level through `step`; returns the new frontier. */
function expand(s: Side, step: Steps['next'], budget: Budget): string[] {
  const level = s.depth + 1;
  const next: string[] = [];
  for (const u of s.frontier) {
    budget.tick();
    const su = s.sigma.get(u)!;
    step(u, (v) => {
      const d = s.dist.get(v);
      if (d === undefined) {
        s.dist.set(v, level);
        s.sigma.set(v, su);
        next.push(v);
      } else if (d === level) s.sigma.set(v, s.sigma.get(v)! + su);
    });
  }
  s.frontier = next;
  s.depth = level;
  return next;
}

/** Shortest paths from `from` to `to` of at most `maxLength` hops: where they meet, or null when there is none. */
export function meet(steps: Steps, from: string, to: string, maxLength: number, budget: Budget): Meeting | null {
  if (from === to) return { length: 0, cut: [from], fromDist: new Map([[from, 0]]), toDist: new Map([[to, 0]]), count: 1 };
  const f = side(from);
  const b = side(to);
  while (f.depth + b.depth < maxLength && f.frontier.length > 0 && b.frontier.length > 0) {
    const forward = f.frontier.length <= b.frontier.length;
    const [grow, other] = forward ? [f, b] : [b, f];
    const reached = expand(grow, forward ? steps.next : steps.prev, budget);
    const cut = reached.filter((v) => other.dist.has(v));
    if (cut.length === 0) continue;
    let count = 0;
    for (const v of cut) count += grow.sigma.get(v)! * other.sigma.get(v)!;
    return { length: f.depth + b.depth, cut, fromDist: f.dist, toDist: b.dist, count };
  }
  return null;
}

/** The nodes one step back towards the root along shortest paths (`dist` decreasing by one). */
function towards(dist: Map<string, number>, step: Steps['next'], node: string): string[] {
  const d = dist.get(node)!;
  const out: string[] = [];
  step(node, (other) => {
    if (dist.get(other) === d - 1) out.push(other);
  });
  return out;
}

/** Every shortest half-path from `node` back to the root of `dist` (node first, root last), lazily. */
function* halves(dist: Map<string, number>, step: Steps['next'], node: string, budget: Budget): Generator<string[]> {
  const stack: string[][] = [[node]];
  while (stack.length > 0) {
    budget.tick();
    const partial = stack.pop()!;
    const last = partial[partial.length - 1]!;
    if (dist.get(last) === 0) {
      yield partial;
      continue;
    }
    const back = towards(dist, step, last);
    for (let i = back.length - 1; i >= 0; i--) stack.push([...partial, back[i]!]);
  }
}

/** Up to `limit` distinct shortest node sequences of a meeting, in a deterministic order. */
export function listShortest(steps: Steps, m: Meeting, limit: number, budget: Budget): string[][] {
  const out: string[][] = [];
  for (const v of m.cut) {
    // Forward halves end at `from` (walk previous nodes), backward halves end at `to` (walk next nodes).
    for (const head of halves(m.fromDist, steps.prev, v, budget)) {
      for (const tail of halves(m.toDist, steps.next, v, budget)) {
        out.push([...[...head].reverse(), ...tail.slice(1)]);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** One shortest node sequence from `from` to `to` within `maxLength` hops, or null. */
export function oneShortest(steps: Steps, from: string, to: string, maxLength: number, budget: Budget): string[] | null {
  const m = meet(steps, from, to, maxLength, budget);
  return m === null ? null : listShortest(steps, m, 1, budget)[0]!;
}

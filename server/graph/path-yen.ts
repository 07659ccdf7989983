// The k shortest simple paths between two nodes (Yen's algorithm over node sequences: parallel
// edges between two nodes make one hop). Spur paths come from the bidirectional search with the
// root's nodes and the used hops blocked.
import { oneShortest } from './path-bfs.js';
import { hopKey, withBlocked, type Budget, type Steps } from './path-steps.js';

export interface KPaths {
  /** Up to k simple node sequences, shortest first (ties in discovery order). */
  paths: string[][];
  /** True when more simple paths of at most maxLength hops exist than were listed. */
  more: boolean;
}

const keyOf = (path: readonly string[]) => path.join('\u0000');

/** Up to `k` shortest simple paths from `from` to `to` of at most `maxLength` hops. */
export function kShortestPaths(steps: Steps, from: string, to: string, k: number, maxLength: number, budget: Budget): KPaths {
  const first = oneShortest(steps, from, to, maxLength, budget);
  if (first === null) return { paths: [], more: false };
  const found: string[][] = [first];
  const known = new Set<string>([keyOf(first)]);
  const candidates: string[][] = [];
  // One round per listed path, plus one more round to learn whether a (k+1)th path exists.
  for (let round = 1; round <= k; round++) {
    const last = found[found.length - 1]!;
    for (let i = 0; i + 1 < last.length; i++) {
      budget.tick();
      const root = last.slice(0, i + 1);
      const spur = last[i]!;
      const hops = new Set<string>();
      for (const p of found) {
        if (p.length > i + 1 && root.every((n, j) => p[j] === n)) hops.add(hopKey(p[i]!, p[i + 1]!));
      }
      const nodes = new Set(root.slice(0, i));
      const tail = oneShortest(withBlocked(steps, { nodes, hops }), spur, to, maxLength - i, budget);
      if (tail === null) continue;
      const path = [...root.slice(0, i), ...tail];
      const key = keyOf(path);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(path);
    }
    if (candidates.length === 0 || round === k) break;
    let best = 0;
    for (let j = 1; j < candidates.length; j++) if (candidates[j]!.length < candidates[best]!.length) best = j;
    found.push(candidates.splice(best, 1)[0]!);
  }
  return { paths: found.slice(0, k), more: found.length > k || candidates.length > 0 };
}

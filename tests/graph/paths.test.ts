// Path queries: argument checks, known answers on a small graph, edge filters, the time budget,
// k shortest simple paths against brute-force enumeration, and shortest-path lengths and counts
// against the networkx oracle (../shared/tools/path-oracle) on exported graphs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, QueryBudgetError, ValidationError } from '../../server/errors.js';
import { toGexf } from '../../server/export/gexf.js';
import { toGraphJson } from '../../server/export/json.js';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { findPaths, pathBudgetMs, paths, type PathOptions } from '../../server/graph/paths.js';
import type { EdgeType, KnowledgeGraph } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { randomGraph, seededRandom, smallGraph } from './queries-fixtures.js';

const ORACLE = fileURLToPath(new URL('../../../shared/tools/path-oracle', import.meta.url));
const DISPATCHES = fileURLToPath(new URL('../../data/dispatches/', import.meta.url));
type Direction = 'directed' | 'undirected';
const DIRECTIONS: Direction[] = ['directed', 'undirected'];

interface OracleAnswer {
  source: string;
  target: string;
  directed: { length: number | null; count: number };
  undirected: { length: number | null; count: number };
}

/** Runs the oracle on `pairs` of `file` and returns one answer per pair. */
function oracle(file: string, pairs: [string, string][], dir: string): OracleAnswer[] {
  const pairsFile = join(dir, `pairs-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(pairsFile, JSON.stringify(pairs));
  const out = execFileSync(ORACLE, ['--mode', 'both', file, '--pairs', pairsFile], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => JSON.parse(line) as OracleAnswer);
}

/** True when `a → b` is a step of the query (an edge of an allowed type in an allowed direction). */
function isStep(graph: KnowledgeGraph, a: string, b: string, directed: boolean, types?: readonly EdgeType[]): boolean {
  const edges = directed ? graph.outEdges(a, b) : graph.edges(a, b);
  return edges.some((e) => types === undefined || types.includes(graph.getEdgeAttribute(e, 'type')));
}

/** Checks every listed path is a real path of the query, with the right ends, and no path is listed twice. */
function expectRealPaths(graph: KnowledgeGraph, from: string, to: string, list: string[][], options: Partial<PathOptions>) {
  const seen = new Set<string>();
  for (const p of list) {
    expect(p[0]).toBe(from);
    expect(p.at(-1)).toBe(to);
    expect(new Set(p).size).toBe(p.length); // simple
    for (let i = 0; i + 1 < p.length; i++) expect(isStep(graph, p[i]!, p[i + 1]!, options.directed ?? false, options.edgeTypes)).toBe(true);
    seen.add(p.join('>'));
  }
  expect(seen.size).toBe(list.length);
}

/** Compares length and count of every pair in both directions with the oracle; returns how many were non-trivial. */
function compareWithOracle(graph: KnowledgeGraph, file: string, pairs: [string, string][], dir: string): number {
  const answers = oracle(file, pairs, dir);
  expect(answers).toHaveLength(pairs.length);
  let reachable = 0;
  for (const answer of answers) {
    for (const direction of DIRECTIONS) {
      const options = { mode: 'all-shortest' as const, directed: direction === 'directed', limit: 100, maxLength: 100 };
      const found = findPaths(graph, answer.source, answer.target, options);
      expectRealPaths(graph, answer.source, answer.target, found.paths, options);
      for (const p of found.paths) expect(p.length - 1).toBe(found.length);
      expect(found.paths.length).toBe(Math.min(found.total, 100));
      const pair = `${answer.source}->${answer.target} ${direction}`;
      expect({ pair, length: found.length, count: found.total }).toEqual({ pair, length: answer[direction].length, count: answer[direction].count });
      if (found.length !== null && found.length > 1) reachable++;
    }
  }
  return reachable;
}

/** Every simple path from `from` to `to` of at most `maxLength` hops, by depth-first enumeration. */
function allSimplePaths(graph: KnowledgeGraph, from: string, to: string, directed: boolean, maxLength: number): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === to) {
      out.push([...path]);
      return;
    }
    if (path.length - 1 >= maxLength) return;
    const next = directed ? graph.outNeighbors(last) : graph.neighbors(last);
    for (const n of next) if (!path.includes(n)) walk([...path, n]);
  };
  walk([from]);
  return out;
}

describe('findPaths: arguments', () => {
  const graph = smallGraph();
  it.each([
    ['unknown source', { from: 'nope', to: 'state:russia', options: {}, want: NotFoundError }],
    ['unknown target', { from: 'state:russia', to: 'nope', options: {}, want: NotFoundError }],
    ['k 0', { from: 'state:russia', to: 'place:kursk', options: { k: 0 }, want: ValidationError }],
    ['k 21', { from: 'state:russia', to: 'place:kursk', options: { k: 21 }, want: ValidationError }],
    ['limit 101', { from: 'state:russia', to: 'place:kursk', options: { limit: 101 }, want: ValidationError }],
    ['maxLength 0', { from: 'state:russia', to: 'place:kursk', options: { maxLength: 0 }, want: ValidationError }],
    ['maxLength 2.5', { from: 'state:russia', to: 'place:kursk', options: { maxLength: 2.5 }, want: ValidationError }],
    ['bad mode', { from: 'state:russia', to: 'place:kursk', options: { mode: 'sideways' as 'k' }, want: ValidationError }],
    ['bad edge type', { from: 'state:russia', to: 'place:kursk', options: { edgeTypes: ['LIKES' as EdgeType] }, want: ValidationError }],
    ['bad since', { from: 'state:russia', to: 'place:kursk', options: { since: '2025-13-01' }, want: ValidationError }],
    ['since after until', { from: 'state:russia', to: 'place:kursk', options: { since: '2025-02-01', until: '2025-01-01' }, want: ValidationError }],
  ])('should throw if given %s', (_name, { from, to, options, want }) => {
    expect(() => findPaths(graph, from, to, options)).toThrow(want);
  });

  it('reads the time budget from KG_PATH_BUDGET_MS', () => {
    expect(pathBudgetMs({})).toBe(2000);
    expect(pathBudgetMs({ KG_PATH_BUDGET_MS: '250' })).toBe(250);
    expect(() => pathBudgetMs({ KG_PATH_BUDGET_MS: 'soon' })).toThrow(ValidationError);
  });
});

describe('findPaths: known answers', () => {
  const graph = smallGraph();
  it.each([
    ['regiment to Shoigu, undirected', { from: 'unit:528th', to: 'person:sergey-shoigu', directed: false, length: 4, total: 2 }],
    ['regiment to Russia, directed', { from: 'unit:528th', to: 'state:russia', directed: true, length: 2, total: 1 }],
    ['Russia to regiment, directed: none', { from: 'state:russia', to: 'unit:528th', directed: true, length: null, total: 0 }],
    ['isolated award', { from: 'award:hero', to: 'state:russia', directed: false, length: null, total: 0 }],
    ['node to itself', { from: 'state:russia', to: 'state:russia', directed: false, length: 0, total: 1 }],
  ])('%s', (_name, { from, to, directed, length, total }) => {
    const options = { mode: 'all-shortest' as const, directed };
    const found = findPaths(graph, from, to, options);
    expectRealPaths(graph, from, to, found.paths, options);
    expect(found).toMatchObject({ length, total, truncated: false });
    expect(found.paths).toHaveLength(total);
  });

  it('mode shortest lists one path and says when there are more', () => {
    const found = findPaths(graph, 'unit:528th', 'person:sergey-shoigu');
    expect(found).toMatchObject({ length: 4, total: 2, truncated: true });
    expect(found.paths).toHaveLength(1);
  });

  it('mode all-shortest lists at most `limit` paths', () => {
    const found = findPaths(graph, 'unit:528th', 'person:sergey-shoigu', { mode: 'all-shortest', limit: 1 });
    expect(found).toMatchObject({ total: 2, truncated: true });
    expect(found.paths).toHaveLength(1);
  });

  it('maxLength cuts longer paths off', () => {
    expect(findPaths(graph, 'unit:528th', 'person:sergey-shoigu', { maxLength: 3 })).toMatchObject({ length: null, total: 0, paths: [] });
    expect(findPaths(graph, 'unit:528th', 'person:sergey-shoigu', { maxLength: 4 }).length).toBe(4);
  });

  it('follows only the given edge types', () => {
    // Without MET_WITH, Kim reaches Shoigu only through Russia: Kim-DPRK-KPA-regiment-Kursk-Russia-council-Shoigu.
    const types = ['LEADER_OF', 'PART_OF', 'DEPLOYED_TO', 'LOCATED_IN', 'OFFICIAL_OF'] as EdgeType[];
    const found = findPaths(graph, 'person:kim-jong-un', 'person:sergey-shoigu', { edgeTypes: types });
    expect(found.length).toBe(7);
    expectRealPaths(graph, 'person:kim-jong-un', 'person:sergey-shoigu', found.paths, { edgeTypes: types });
    expect(findPaths(graph, 'person:kim-jong-un', 'person:sergey-shoigu', {}).length).toBe(1);
  });

  it('follows only edges whose date (or report days) meet since/until', () => {
    const g = smallGraph();
    g.setEdgeAttribute('e:met', 'date', { start: '2024-06-19', end: '2024-06-19', text: 'on 19 June 2024' });
    g.updateEdgeAttribute('e:kim-lead', 'evidence', (ev) => (ev ?? []).map((e) => ({ ...e, reported: '2025-01-10' })));
    expect(findPaths(g, 'person:kim-jong-un', 'person:sergey-shoigu', { since: '2024-06-01', until: '2024-06-30' }).length).toBe(1);
    // Outside the meeting's day no edge of that stretch has a known time.
    expect(findPaths(g, 'person:kim-jong-un', 'person:sergey-shoigu', { since: '2024-07-01' }).length).toBe(null);
    expect(findPaths(g, 'person:kim-jong-un', 'state:north-korea', { since: '2025-01-10', until: '2025-01-10' }).length).toBe(1);
    expect(findPaths(g, 'person:kim-jong-un', 'state:north-korea', { until: '2025-01-09' }).length).toBe(null);
  });

  it('mode k lists the k shortest simple paths, shortest first', () => {
    const found = findPaths(graph, 'person:kim-jong-un', 'state:russia', { mode: 'k', k: 3 });
    expect(found.paths.map((p) => p.length - 1)).toEqual([3, 5, 6].slice(0, found.paths.length));
    expectRealPaths(graph, 'person:kim-jong-un', 'state:russia', found.paths, {});
    expect(found.paths[0]).toEqual(['person:kim-jong-un', 'person:sergey-shoigu', 'organization:security-council', 'state:russia']);
    expect(found.total).toBe(found.paths.length);
  });

  it('throws QueryBudgetError (HTTP 422) when the time budget runs out', () => {
    const chain = createKnowledgeGraph();
    for (let i = 0; i < 2000; i++) chain.addNode(`c${i}`, { type: 'place', label: `c${i}`, aliases: [], mentions: 1 });
    for (let i = 0; i < 1999; i++) chain.addEdgeWithKey(`c${i}>c${i + 1}`, `c${i}`, `c${i + 1}`, { type: 'LOCATED_IN', evidence: [] });
    expect(findPaths(chain, 'c0', 'c99', { maxLength: 100 }).length).toBe(99);
    const error = (() => {
      try {
        findPaths(chain, 'c0', 'c1999', { maxLength: 100, budgetMs: 0 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(QueryBudgetError);
    expect((error as QueryBudgetError).status).toBe(422);
    expect((error as Error).message).toMatch(/time budget of 0 ms/);
  });
});

describe('findPaths: k shortest simple paths against brute-force enumeration', () => {
  it.each([
    ['random multigraph, undirected', { seed: 5, n: 14, m: 30, directed: false, k: 20, maxLength: 5 }],
    ['random multigraph, directed', { seed: 9, n: 12, m: 40, directed: true, k: 20, maxLength: 8 }],
    ['denser graph, k 7', { seed: 21, n: 10, m: 35, directed: false, k: 7, maxLength: 4 }],
  ])('%s', (_name, { seed, n, m, directed, k, maxLength }) => {
    const graph = randomGraph(seed, n, m);
    const rand = seededRandom(seed + 1);
    let compared = 0;
    for (let trial = 0; trial < 25; trial++) {
      const from = `n${Math.floor(rand() * n * 0.9)}`;
      const to = `n${Math.floor(rand() * n * 0.9)}`;
      if (from === to) continue;
      const all = allSimplePaths(graph, from, to, directed, maxLength);
      const lengths = all.map((p) => p.length - 1).sort((a, b) => a - b);
      const found = findPaths(graph, from, to, { mode: 'k', k, directed, maxLength });
      expectRealPaths(graph, from, to, found.paths, { directed });
      const keys = new Set(all.map((p) => p.join('>')));
      for (const p of found.paths) expect(keys.has(p.join('>'))).toBe(true);
      expect(found.paths.map((p) => p.length - 1)).toEqual(lengths.slice(0, k));
      expect(found.truncated).toBe(all.length > k);
      if (all.length > 1) compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });
});

describe('paths: API JSON', () => {
  it('gives every hop all its parallel edges with evidence and direction', () => {
    const g = smallGraph();
    g.addEdgeWithKey('e:kim-praised-dprk', 'person:kim-jong-un', 'state:north-korea', { type: 'PRAISED', evidence: [{ doc: 'd9', sentence: 'Kim praised the DPRK.', start: 0, end: 21 }] });
    const docs = (id: string) => (id === 'd9' ? { title: 'Dispatch nine', date: '2025-02-03' } : undefined);
    const res = paths(g, 'unit:528th', 'person:kim-jong-un', { mode: 'all-shortest' }, docs);
    expect(res).toMatchObject({ mode: 'all-shortest', directed: false, length: 3, total: 1, truncated: false });
    const [path] = res.paths;
    expect(path!.nodes).toEqual(['unit:528th', 'organization:kpa', 'state:north-korea', 'person:kim-jong-un']);
    expect(path!.hops.map((h) => [h.from, h.to])).toEqual([
      ['unit:528th', 'organization:kpa'],
      ['organization:kpa', 'state:north-korea'],
      ['state:north-korea', 'person:kim-jong-un'],
    ]);
    const last = path!.hops[2]!;
    expect(last.edges.map((e) => [e.id, e.type, e.direction])).toEqual([
      ['e:kim-lead', 'LEADER_OF', 'in'],
      ['e:kim-praised-dprk', 'PRAISED', 'in'],
    ]);
    expect(last.edges[1]!.evidence[0]).toMatchObject({ sentence: 'Kim praised the DPRK.', docTitle: 'Dispatch nine', docDate: '2025-02-03' });
    expect(path!.hops[0]!.edges[0]).toMatchObject({ type: 'PART_OF', direction: 'out', sourceLabel: '528th Regiment of Engineers' });
    expect(res.nodes.map((n) => n.id).sort()).toEqual([...path!.nodes].sort());
  });

  it('directed hops list only the edges that run forward; no path is an empty list', () => {
    const g = smallGraph();
    g.addEdgeWithKey('e:dprk-praised-kim', 'state:north-korea', 'person:kim-jong-un', { type: 'PRAISED', evidence: [] });
    const res = paths(g, 'person:kim-jong-un', 'state:north-korea', { directed: true });
    expect(res.paths[0]!.hops[0]!.edges.map((e) => e.id)).toEqual(['e:kim-lead']);
    const none = paths(g, 'state:russia', 'unit:528th', { directed: true });
    expect(none).toMatchObject({ length: null, paths: [], nodes: [], total: 0, truncated: false });
  });
});

describe('findPaths agrees with the networkx oracle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-paths-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the oracle script', () => {
    expect(existsSync(ORACLE)).toBe(true);
  });

  it.each([
    ['graphology JSON of a random multigraph', { seed: 7, n: 80, m: 130, format: 'json' as const }],
    ['GEXF of a random multigraph', { seed: 11, n: 60, m: 150, format: 'gexf' as const }],
    ['GEXF of a sparse random graph', { seed: 3, n: 120, m: 110, format: 'gexf' as const }],
  ])('%s', (_name, { seed, n, m, format }) => {
    const graph = randomGraph(seed, n, m);
    const file = join(dir, `g${seed}.${format}`);
    writeFileSync(file, format === 'json' ? JSON.stringify(toGraphJson(graph)) : toGexf(graph, { layout: { iterations: 0 } }));
    const rand = seededRandom(seed * 31);
    const nodes = graph.nodes();
    const pairs: [string, string][] = [[nodes[0]!, nodes[0]!]];
    for (let i = 0; i < 40; i++) pairs.push([nodes[Math.floor(rand() * n)]!, nodes[Math.floor(rand() * n)]!]);
    const reachable = compareWithOracle(graph, file, pairs, dir);
    expect(reachable).toBeGreaterThan(10); // the sample is not all trivial
  });

  it('on the GEXF export of the bundled dispatches, for every pair of 20 nodes', () => {
    const store = GraphStore.open(':memory:');
    let graph: KnowledgeGraph;
    try {
      for (const f of readdirSync(DISPATCHES).filter((name) => name.endsWith('.txt')).sort()) {
        store.ingest({ text: readFileSync(join(DISPATCHES, f), 'utf8'), id: f.replace(/\.txt$/, '') });
      }
      graph = store.loadGraph();
    } finally {
      store.close();
    }
    expect(graph.order).toBeGreaterThan(20);
    const file = join(dir, 'dispatches.gexf');
    writeFileSync(file, toGexf(graph));
    // The 20 best-connected nodes, so that most pairs are joined by paths of several hops.
    const sample = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, 20);
    const pairs = sample.flatMap((a) => sample.map((b): [string, string] => [a, b]));
    expect(compareWithOracle(graph, file, pairs, dir)).toBeGreaterThan(100);
  });
});

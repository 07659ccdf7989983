// Shortest paths: argument checks, known answers on a small graph, and agreement with the
// networkx oracle (../shared/tools/path-oracle) on exported graphs, in both modes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../server/errors.js';
import { toGexf } from '../../server/export/gexf.js';
import { toGraphJson } from '../../server/export/json.js';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { paths, shortestPaths, type PathMode } from '../../server/graph/paths.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { randomGraph, seededRandom, smallGraph } from './queries-fixtures.js';

const ORACLE = fileURLToPath(new URL('../../../shared/tools/path-oracle', import.meta.url));
const DISPATCHES = fileURLToPath(new URL('../../data/dispatches/', import.meta.url));
const MODES: PathMode[] = ['directed', 'undirected'];

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

/** Compares length and count of every pair in both modes with the oracle; returns how many were non-trivial. */
function compareWithOracle(graph: KnowledgeGraph, file: string, pairs: [string, string][], dir: string): number {
  const answers = oracle(file, pairs, dir);
  expect(answers).toHaveLength(pairs.length);
  let reachable = 0;
  for (const answer of answers) {
    for (const mode of MODES) {
      const found = expectValidPaths(graph, answer.source, answer.target, mode, 50);
      const pair = `${answer.source}->${answer.target} ${mode}`;
      expect({ pair, length: found.length, count: found.count }).toEqual({ pair, length: answer[mode].length, count: answer[mode].count });
      if (found.length !== null && found.length > 1) reachable++;
    }
  }
  return reachable;
}

/** Checks that every listed path is a real shortest path of `graph` in `mode`. */
function expectValidPaths(graph: KnowledgeGraph, from: string, to: string, mode: PathMode, limit: number) {
  const found = shortestPaths(graph, from, to, { mode, limit });
  expect(found.paths.length).toBe(Math.min(found.count, limit));
  const seen = new Set<string>();
  for (const p of found.paths) {
    expect(p.nodes[0]).toBe(from);
    expect(p.nodes.at(-1)).toBe(to);
    expect(p.nodes.length).toBe((found.length ?? -1) + 1);
    expect(p.edges.length).toBe(found.length);
    p.edges.forEach((edge, i) => {
      const [a, b] = [p.nodes[i]!, p.nodes[i + 1]!];
      const [s, t] = graph.extremities(edge);
      if (mode === 'directed') expect([s, t]).toEqual([a, b]);
      else expect([s, t].sort()).toEqual([a, b].sort());
    });
    seen.add(p.nodes.join('>'));
  }
  expect(seen.size).toBe(found.paths.length);
  return found;
}

describe('shortestPaths: arguments', () => {
  const graph = smallGraph();
  it.each([
    ['unknown source', { from: 'nope', to: 'state:russia', options: {}, want: NotFoundError }],
    ['unknown target', { from: 'state:russia', to: 'nope', options: {}, want: NotFoundError }],
    ['limit 0', { from: 'state:russia', to: 'place:kursk', options: { limit: 0 }, want: ValidationError }],
    ['limit 51', { from: 'state:russia', to: 'place:kursk', options: { limit: 51 }, want: ValidationError }],
    ['limit 2.5', { from: 'state:russia', to: 'place:kursk', options: { limit: 2.5 }, want: ValidationError }],
    ['bad mode', { from: 'state:russia', to: 'place:kursk', options: { mode: 'sideways' as PathMode }, want: ValidationError }],
  ])('should throw if given %s', (_name, { from, to, options, want }) => {
    expect(() => shortestPaths(graph, from, to, options)).toThrow(want);
  });
});

describe('shortestPaths: known answers', () => {
  const graph = smallGraph();
  it.each([
    ['regiment to Shoigu, undirected', { from: 'unit:528th', to: 'person:sergey-shoigu', mode: 'undirected' as const, length: 4, count: 2 }],
    ['regiment to Russia, directed', { from: 'unit:528th', to: 'state:russia', mode: 'directed' as const, length: 2, count: 1 }],
    ['Russia to regiment, directed: none', { from: 'state:russia', to: 'unit:528th', mode: 'directed' as const, length: null, count: 0 }],
    ['isolated award', { from: 'award:hero', to: 'state:russia', mode: 'undirected' as const, length: null, count: 0 }],
    ['node to itself', { from: 'state:russia', to: 'state:russia', mode: 'undirected' as const, length: 0, count: 1 }],
  ])('%s', (_name, { from, to, mode, length, count }) => {
    const found = expectValidPaths(graph, from, to, mode, 5);
    expect(found.length).toBe(length);
    expect(found.count).toBe(count);
  });

  it('lists at most `limit` paths and says it truncated', () => {
    const found = shortestPaths(graph, 'unit:528th', 'person:sergey-shoigu', { limit: 1 });
    expect(found.paths).toHaveLength(1);
    expect(found.count).toBe(2);
    expect(found.truncated).toBe(true);
  });

  it('gives up when the visit cap is reached', () => {
    const chain = createKnowledgeGraph();
    for (let i = 0; i < 50; i++) chain.addNode(`c${i}`, { type: 'place', label: `c${i}`, aliases: [], mentions: 1 });
    for (let i = 0; i < 49; i++) chain.addEdgeWithKey(`c${i}>c${i + 1}`, `c${i}`, `c${i + 1}`, { type: 'LOCATED_IN', evidence: [] });
    expect(shortestPaths(chain, 'c0', 'c49', {}).length).toBe(49);
    const capped = shortestPaths(chain, 'c0', 'c49', { maxVisited: 10 });
    expect(capped).toMatchObject({ length: null, truncated: true, exhausted: true });
  });

  it('returns API JSON with summaries of the nodes on the paths', () => {
    const res = paths(graph, 'unit:528th', 'person:kim-jong-un', {});
    expect(res).toMatchObject({ mode: 'undirected', length: 3, count: 1, truncated: false });
    expect(res.paths[0]!.nodes).toEqual(['unit:528th', 'organization:kpa', 'state:north-korea', 'person:kim-jong-un']);
    expect(res.paths[0]!.edges.map((e) => e.type)).toEqual(['PART_OF', 'PART_OF', 'LEADER_OF']);
    expect(res.nodes.map((n) => n.id).sort()).toEqual([...res.paths[0]!.nodes].sort());
  });
});

describe('shortestPaths agrees with the networkx oracle', () => {
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

// /api/paths against an outside oracle over a real listening server: a seeded random multigraph
// of 10,000 nodes and several edge types is served, exported through /api/export.gexf, and for
// 200 random pairs the shortest-path length and the number of shortest paths (directed and
// undirected) must equal what ../shared/tools/path-oracle (networkx) computes on the export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathsResponse } from '../../server/api-types.js';
import { createApp } from '../../server/http/app.js';
import { closeServer, listen, serverUrl } from '../../server/main.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { randomGraph, seededRandom } from '../graph/queries-fixtures.js';

const ORACLE = fileURLToPath(new URL('../../../shared/tools/path-oracle', import.meta.url));
const NODES = 10_000;
const EDGES = 24_000;
const PAIRS = 200;

interface OracleAnswer {
  source: string;
  target: string;
  directed: { length: number | null; count: number };
  undirected: { length: number | null; count: number };
}

describe('/api/paths agrees with networkx on a random graph of 10,000 nodes', () => {
  let dir: string;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-paths-oracle-'));
    const store = GraphStore.open(':memory:');
    const graph = randomGraph(2026, NODES, EDGES);
    const server = await listen(createApp({ store, graph, clientDir: join(dir, 'no-client') }), '127.0.0.1', 0);
    base = serverUrl(server, '127.0.0.1').replace(/\/$/, '');
    close = async () => {
      await closeServer(server, 100);
      store.close();
    };
  }, 60_000);
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every pair has the oracle length and number of shortest paths, both ways', async () => {
    const res = await fetch(`${base}/api/export.gexf`);
    expect(res.status).toBe(200);
    const file = join(dir, 'random.gexf');
    writeFileSync(file, await res.text());

    const rand = seededRandom(99);
    const pairs: [string, string][] = [];
    for (let i = 0; i < PAIRS; i++) pairs.push([`n${Math.floor(rand() * NODES)}`, `n${Math.floor(rand() * NODES)}`]);
    const pairsFile = join(dir, 'pairs.json');
    writeFileSync(pairsFile, JSON.stringify(pairs));
    const answers = execFileSync(ORACLE, ['--mode', 'both', file, '--pairs', pairsFile], { encoding: 'utf8', maxBuffer: 1 << 26 })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as OracleAnswer);
    expect(answers).toHaveLength(PAIRS);

    const disagreements: string[] = [];
    let agreeing = 0;
    const seen = { reachable: 0, several: 0, unreachable: 0 };
    for (const answer of answers) {
      let ok = true;
      for (const directed of [false, true]) {
        const want = directed ? answer.directed : answer.undirected;
        const q = `from=${encodeURIComponent(answer.source)}&to=${encodeURIComponent(answer.target)}&mode=all-shortest&limit=1&maxLength=100&directed=${directed}`;
        const got = (await (await fetch(`${base}/api/paths?${q}`)).json()) as PathsResponse;
        if (got.length !== want.length || got.total !== want.count) {
          ok = false;
          disagreements.push(`${answer.source} → ${answer.target} directed=${directed}: api ${got.length}/${got.total}, networkx ${want.length}/${want.count}`);
        }
        if (want.length === null) seen.unreachable++;
        else if (want.length > 1) seen.reachable++;
        if (want.count > 1) seen.several++;
      }
      if (ok) agreeing++;
    }
    console.log(`paths-oracle: ${agreeing}/${PAIRS} pairs agree (directed and undirected); ${seen.reachable} answers of 2+ hops, ${seen.several} with several shortest paths, ${seen.unreachable} unreachable`);
    expect(disagreements).toEqual([]);
    expect(agreeing).toBe(PAIRS);
    // The sample exercises long paths, multiple shortest paths and unreachable pairs.
    expect(seen.reachable).toBeGreaterThan(150);
    expect(seen.several).toBeGreaterThan(50);
    expect(seen.unreachable).toBeGreaterThan(5);
  }, 300_000);
});

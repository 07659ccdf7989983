// `npm run bench:api [-- --small] [--nodes N --edges N --samples N --seed N]`
// The query API on a generated graph of 1,000,000 edges and 200,000 nodes (--small: 100,000 /
// 20,000): server-side p50/p99 of neighbours at depth 1 and 2, shortest path, all shortest
// paths and search; HTTP throughput of GET /api/nodes/:id/neighbors (a different node of typical
// degree on each request, in turn; as served, i.e. with the response cache, and again with the
// cache off) against a bare Express route answering a constant JSON body of their mean size
// (ratio of medians over alternating rounds after a warm-up round, and ratio of the server's CPU
// time per request; target ≥ 0.7), with autocannon on loopback; the streamed GEXF export of the whole graph: seconds and peak heap against the
// graph's own size (target below 2×). Writes bench-output/api.json.
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { createApp } from '../../server/http/app.js';
import { neighbors } from '../../server/graph/neighbors.js';
import { paths } from '../../server/graph/paths.js';
import { search } from '../../server/graph/search.js';
import { closeServer, listen, serverUrl } from '../../server/main.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { buildBenchGraph, prng } from './api-graph.js';
import { bareApp, load, type LoadResult } from './api-http.js';
import { fmt, loadWarning, machine, mib, printTable, runMain, writeResult } from './common.js';

interface Latency {
  name: string;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Calls that threw (e.g. a path query over its time budget). */
  failed: number;
  note?: string;
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) for (let i = 0; i < 3; i++) g();
};
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Times `run` on each input (after a few warm-up calls) and returns p50/p99. */
function time<T>(name: string, inputs: T[], run: (input: T) => unknown, note?: string): Latency {
  for (const input of inputs.slice(0, 3)) {
    try {
      run(input);
    } catch {
      // warm-up only
    }
  }
  const ms: number[] = [];
  let failed = 0;
  for (const input of inputs) {
    const t0 = performance.now();
    try {
      run(input);
    } catch {
      failed++;
    }
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { name, samples: inputs.length, p50Ms: quantile(ms, 0.5), p99Ms: quantile(ms, 0.99), maxMs: ms[ms.length - 1] ?? Number.NaN, failed, ...(note ? { note } : {}) };
}

/** Streams GET url, discarding the body; returns bytes, seconds and the peak heap seen meanwhile. */
async function download(url: string): Promise<{ bytes: number; seconds: number; peakHeap: number; peakRss: number }> {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  let bytes = 0;
  try {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`GET ${url}: ${res.status}`);
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      sample();
    }
  } finally {
    clearInterval(timer);
  }
  return { bytes, seconds: (performance.now() - t0) / 1000, peakHeap, peakRss };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      small: { type: 'boolean', default: false },
      nodes: { type: 'string' },
      edges: { type: 'string' },
      samples: { type: 'string' },
      seed: { type: 'string', default: '7' },
    },
  });
  const small = values.small;
  const nodes = Number(values.nodes ?? (small ? 20_000 : 200_000));
  const edges = Number(values.edges ?? (small ? 100_000 : 1_000_000));
  const samples = Number(values.samples ?? (small ? 50 : 200));
  const http = small ? { connections: 10, amount: 1_000, maxSeconds: 60, rounds: 4, warmup: 1_000 } : { connections: 10, amount: 3_000, maxSeconds: 120, rounds: 8, warmup: 3_000 };
  const m = machine();
  console.log(`bench:api: ${fmt(nodes)} nodes, ${fmt(edges)} edges, ${samples} samples per query; node ${m.node}, ${m.cores} × ${m.cpu}`);
  const warn = loadWarning(m);
  if (warn) console.log(warn);
  if (!(globalThis as { gc?: unknown }).gc) console.log('  note: run with --expose-gc (npm run bench:api does) for exact heap figures');

  // 1. The graph, and its own size on the heap.
  const heapBefore = heap();
  const t0 = performance.now();
  const graph: KnowledgeGraph = buildBenchGraph({ nodes, edges, seed: Number(values.seed) });
  const buildSeconds = (performance.now() - t0) / 1000;
  const heapGraph = heap() - heapBefore;
  console.log(`  graph built in ${fmt(buildSeconds, 1)} s: ${fmt(graph.order)} nodes, ${fmt(graph.size)} edges, ${mib(heapGraph)} on the heap`);

  // 2. Server-side latencies, on random nodes and pairs (seeded).
  const rand = prng(Number(values.seed) + 1);
  const ids = graph.nodes();
  const pick = () => ids[Math.floor(rand() * ids.length)]!;
  const centers = Array.from({ length: samples }, pick);
  const pairs = Array.from({ length: samples }, () => [pick(), pick()] as const);
  const labels = centers.map((id) => graph.getNodeAttribute(id, 'label'));
  // Queries as people type them: a whole label, a lower-case prefix of a word, a word with a typo.
  const queries = labels.map((l, i) => {
    const first = l.split(' ')[0]!;
    if (i % 3 === 0) return l;
    if (i % 3 === 1) return first.slice(0, Math.max(3, Math.ceil(first.length * 0.6))).toLowerCase();
    return first.length > 4 ? first.slice(0, 2) + first[3] + first[2] + first.slice(4) : first;
  });
  const latencies = [
    time('neighbors depth 1', centers, (id) => neighbors(graph, id, { depth: 1 })),
    time('neighbors depth 2', centers, (id) => neighbors(graph, id, { depth: 2 })),
    time('shortest path', pairs, ([a, b]) => paths(graph, a, b, { mode: 'shortest' })),
    time('all shortest paths', pairs, ([a, b]) => paths(graph, a, b, { mode: 'all-shortest' })),
    time('k = 5 shortest paths', pairs.slice(0, Math.ceil(samples / 4)), ([a, b]) => paths(graph, a, b, { mode: 'k', k: 5 })),
    time('search', queries, (q) => search(graph, q, { limit: 20 }), 'labels, prefixes and typos; the first call builds the index'),
  ];
  const found = pairs.map(([a, b]) => {
    try {
      return paths(graph, a, b, { mode: 'all-shortest', limit: 1 });
    } catch {
      return undefined;
    }
  });
  const lengths = found.filter((r) => r?.length != null).map((r) => r!.length!);
  printTable('Server-side latency (ms)', [
    ['query', 'samples', 'p50', 'p99', 'max', 'failed'],
    ...latencies.map((l) => [l.name, String(l.samples), fmt(l.p50Ms, 2), fmt(l.p99Ms, 2), fmt(l.maxMs, 2), String(l.failed)]),
  ]);
  console.log(`  path pairs: ${lengths.length}/${pairs.length} connected, mean length ${fmt(lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length), 2)} hops`);

  // 3. HTTP throughput: the API's neighbours route against a bare route with the same body.
  const store = GraphStore.open(':memory:');
  const servers: Server[] = [];
  /** One side's figures: median round by req/s, best round, server CPU µs per request. */
  interface Side { load: LoadResult; best: number; cpuMicros: number; rounds: number[] }
  let httpResult: {
    /** The route as served (answers kept in the response cache until the graph changes: the default). */
    api: Side;
    /** The same route with the response cache off: every request computes its neighbourhood. */
    uncached: Side;
    bare: Side;
    ratio: number; bestRatio: number; cpuRatio: number;
    uncachedRatio: number; uncachedBestRatio: number; uncachedCpuRatio: number;
    /** The node whose answer is the bare route's body, and how many distinct nodes the API route was asked about. */
    node: string; nodes: number; bodyBytes: number; apiBodyBytes: { min: number; median: number; max: number; mean: number };
  };
  let exportResult: { seconds: number; bytes: number; peakHeap: number; peakRss: number; heapReady: number; extra: number; peakOverGraph: number; extraOverGraph: number };
  try {
    const api = await listen(createApp({ store, graph, clientDir: '/nonexistent' }), '127.0.0.1', 0);
    servers.push(api);
    const apiBase = serverUrl(api, '127.0.0.1').replace(/\/$/, '');
    const uncached = await listen(createApp({ store, graph, clientDir: '/nonexistent', responseCacheBytes: 0 }), '127.0.0.1', 0);
    servers.push(uncached);
    const uncachedBase = serverUrl(uncached, '127.0.0.1').replace(/\/$/, '');
    // Nodes of typical degree (the middle half of the sampled centres by degree), distinct, cycled
    // through by each connection: every request asks for another node than the one before.
    const byDegree = [...new Set(centers)].sort((a, b) => graph.degree(a) - graph.degree(b) || (a < b ? -1 : 1));
    const typical = byDegree.slice(Math.floor(byDegree.length / 4), Math.ceil((byDegree.length * 3) / 4));
    const apiPaths = typical.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors`);
    const bodies = await Promise.all(apiPaths.map(async (path) => (await fetch(`${uncachedBase}${path}`)).text()));
    const sizes = bodies.map((b) => Buffer.byteLength(b)).sort((a, b) => a - b);
    const meanSize = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    // The bare route's constant: the answer whose size is nearest the mean (same bytes per request on average).
    const body = bodies.reduce((best, b) => (Math.abs(Buffer.byteLength(b) - meanSize) < Math.abs(Buffer.byteLength(best) - meanSize) ? b : best));
    const node = typical[bodies.indexOf(body)]!;
    const bare = await listen(bareApp(body), '127.0.0.1', 0);
    servers.push(bare);
    const bareBase = serverUrl(bare, '127.0.0.1').replace(/\/$/, '');
    // The same number of paths on every side, so autocannon's own work is the same.
    const barePaths = apiPaths.map(() => '/bare');
    const targets = { api: [apiBase, apiPaths], uncached: [uncachedBase, apiPaths], bare: [bareBase, barePaths] } as const;
    type SideName = keyof typeof targets;
    const names = Object.keys(targets) as SideName[];
    // Alternating rounds, medians compared: the machine is shared, so load shifts hit every side alike.
    // The server's own CPU time per request (this process; autocannon runs in a child) is steadier
    // than req/s on a shared machine: it does not count time spent waiting for a core.
    const rounds = Object.fromEntries(names.map((n) => [n, [] as LoadResult[]])) as Record<SideName, LoadResult[]>;
    const cpu = Object.fromEntries(names.map((n) => [n, { micros: 0, requests: 0 }])) as Record<SideName, { micros: number; requests: number }>;
    // One unmeasured round on each side first: every server's code is compiled before the clock runs.
    for (const name of names) await load(targets[name][0], targets[name][1], { ...http, amount: http.warmup });
    for (let round = 0; round < http.rounds; round++) {
      for (const name of names) {
        const before = process.cpuUsage();
        const r = await load(targets[name][0], targets[name][1], http);
        const used = process.cpuUsage(before);
        cpu[name].micros += used.user + used.system;
        cpu[name].requests += r.requests;
        rounds[name].push(r);
      }
    }
    const side = (name: SideName): Side => {
      const list = rounds[name];
      return {
        load: [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(list.length / 2)]!,
        best: Math.max(...list.map((r) => r.requestsPerSecond)),
        cpuMicros: cpu[name].micros / cpu[name].requests,
        rounds: list.map((r) => r.requestsPerSecond),
      };
    };
    const [a, u, b] = [side('api'), side('uncached'), side('bare')];
    httpResult = {
      api: a, uncached: u, bare: b,
      ratio: a.load.requestsPerSecond / b.load.requestsPerSecond, bestRatio: a.best / b.best, cpuRatio: b.cpuMicros / a.cpuMicros,
      uncachedRatio: u.load.requestsPerSecond / b.load.requestsPerSecond, uncachedBestRatio: u.best / b.best, uncachedCpuRatio: b.cpuMicros / u.cpuMicros,
      node, nodes: typical.length, bodyBytes: Buffer.byteLength(body),
      apiBodyBytes: { min: sizes[0]!, median: sizes[Math.floor(sizes.length / 2)]!, max: sizes[sizes.length - 1]!, mean: meanSize },
    };
    const row = (label: string, s: Side) => [label, fmt(s.load.requestsPerSecond), fmt(s.load.latencyP50Ms, 1), fmt(s.load.latencyP99Ms, 1), fmt(s.cpuMicros), String(s.load.non2xx), String(s.load.errors)];
    printTable(`HTTP throughput (autocannon, ${http.connections} connections, ${http.rounds} alternating rounds of ${fmt(http.amount)} requests after one warm-up round each, medians; API: ${typical.length} nodes in turn, answers ${fmt(sizes[0]!)}–${fmt(sizes[sizes.length - 1]!)} bytes, mean ${fmt(meanSize)}; bare: ${fmt(httpResult.bodyBytes)} bytes)`, [
      ['route', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'non-2xx', 'errors'],
      row('GET /api/nodes/:id/neighbors', a),
      row('  same, response cache off', u),
      row('bare Express, constant JSON', b),
    ]);
    printTable('Ratios to the bare route (target ≥ 0.7)', [
      ['route', 'req/s medians', 'best rounds', 'CPU per request'],
      ['neighbors, as served', fmt(httpResult.ratio, 2), fmt(httpResult.bestRatio, 2), fmt(httpResult.cpuRatio, 2)],
      ['neighbors, response cache off', fmt(httpResult.uncachedRatio, 2), fmt(httpResult.uncachedBestRatio, 2), fmt(httpResult.uncachedCpuRatio, 2)],
    ]);
    console.log(`  rounds (req/s, api/uncached/bare): ${a.rounds.map((r, i) => `${fmt(r)}/${fmt(u.rounds[i]!)}/${fmt(b.rounds[i]!)}`).join(', ')}`);

    // 4. The streamed GEXF export of the whole graph.
    // Against the heap just before the export (the graph plus the server's caches, e.g. the search index).
    const heapReady = heap();
    const dl = await download(`${apiBase}/api/export.gexf`);
    const extra = Math.max(0, dl.peakHeap - heapReady);
    exportResult = { ...dl, heapReady, extra, peakOverGraph: (heapGraph + extra) / heapGraph, extraOverGraph: extra / heapGraph };
    printTable('GEXF export of the whole graph (streamed over HTTP)', [
      ['figure', 'value'],
      ['seconds', fmt(dl.seconds, 1)],
      ['size', mib(dl.bytes)],
      ['graph on the heap', mib(heapGraph)],
      ['heap just before the export', mib(heapReady)],
      ['peak heap during the export', mib(dl.peakHeap)],
      ['peak added by the export', mib(extra)],
      ['(graph + export peak) ÷ graph (target < 2)', fmt(exportResult.peakOverGraph, 2)],
      ['peak RSS of the process', mib(dl.peakRss)],
    ]);
  } finally {
    for (const s of servers) await closeServer(s, 1000);
    store.close();
  }

  const result = {
    machine: m,
    graph: { nodes: graph.order, edges: graph.size, buildSeconds, heapBytes: heapGraph },
    latencies,
    pathPairsConnected: lengths.length,
    http: httpResult,
    export: exportResult,
    targets: { httpRatio: httpResult.ratio >= 0.7, exportMemory: exportResult.peakOverGraph < 2 },
  };
  console.log(`\n  targets: HTTP ratio ${fmt(httpResult.ratio, 2)} (best rounds ${fmt(httpResult.bestRatio, 2)}; response cache off ${fmt(httpResult.uncachedRatio, 2)}) ${result.targets.httpRatio ? 'meets' : 'misses'} ≥ 0.7; export peak ${fmt(exportResult.peakOverGraph, 2)}× graph ${result.targets.exportMemory ? 'meets' : 'misses'} < 2×`);
  console.log(`  results: ${writeResult(small ? 'api-small' : 'api', result)}`);
  return 0;
}

runMain(main);

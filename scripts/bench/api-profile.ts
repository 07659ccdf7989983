// `tsx scripts/bench/api-profile.ts [--nodes N --edges N --amount N --rounds N --profile PREFIX]`:
// the HTTP part of bench:api alone (GET /api/nodes/:id/neighbors over nodes of typical degree, in
// turn, against the bare route), printing the server's CPU time per request of each round; with
// --profile, writes a V8 CPU profile of the last round of each side to PREFIX-api.cpuprofile and
// PREFIX-bare.cpuprofile (open them in Chrome DevTools). Not part of bench:api.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { createApp } from '../../server/http/app.js';
import { closeServer, listen, serverUrl } from '../../server/main.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { buildBenchGraph, prng } from './api-graph.js';
import { bareApp, load } from './api-http.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    amount: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '4' },
    profile: { type: 'string' },
  },
});
const graph = buildBenchGraph({ nodes: Number(values.nodes), edges: Number(values.edges), seed: 7 });
const store = GraphStore.open(':memory:');
const api = await listen(createApp({ store, graph, clientDir: '/nonexistent' }), '127.0.0.1', 0);
const apiBase = serverUrl(api, '127.0.0.1').replace(/\/$/, '');
// The nodes bench:api asks about: the middle half by degree of 50 random ones (same seed).
const rand = prng(8);
const ids = graph.nodes();
const centers = Array.from({ length: 50 }, () => ids[Math.floor(rand() * ids.length)]!);
const byDegree = [...new Set(centers)].sort((a, b) => graph.degree(a) - graph.degree(b) || (a < b ? -1 : 1));
const typical = byDegree.slice(Math.floor(byDegree.length / 4), Math.ceil((byDegree.length * 3) / 4));
const apiPaths = typical.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors`);
const bodies = await Promise.all(apiPaths.map(async (path) => (await fetch(`${apiBase}${path}`)).text()));
const mean = bodies.reduce((a, b) => a + b.length, 0) / bodies.length;
const body = bodies.reduce((best, b) => (Math.abs(b.length - mean) < Math.abs(best.length - mean) ? b : best));
const bare = await listen(bareApp(body), '127.0.0.1', 0);
const bareBase = serverUrl(bare, '127.0.0.1').replace(/\/$/, '');
const barePaths = apiPaths.map(() => '/bare');
console.log(`${typical.length} nodes, answers of ${Math.round(mean)} bytes on average; bare body ${body.length} bytes`);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
const options = { connections: 10, amount: Number(values.amount), maxSeconds: 60 };
await load(apiBase, apiPaths, options);
await load(bareBase, barePaths, options);
const rounds = Number(values.rounds);
const cpu: Record<string, number[]> = { api: [], bare: [] };
for (let r = 0; r < rounds; r++) {
  for (const [name, base, paths] of [['api', apiBase, apiPaths], ['bare', bareBase, barePaths]] as const) {
    const profiled = r === rounds - 1 && values.profile !== undefined;
    if (profiled) await session.post('Profiler.start');
    const before = process.cpuUsage();
    const res = await load(base, paths, options);
    const used = process.cpuUsage(before);
    if (profiled) writeFileSync(`${values.profile}-${name}.cpuprofile`, JSON.stringify((await session.post('Profiler.stop')).profile));
    cpu[name]!.push((used.user + used.system) / res.requests);
    console.log(`${name}: ${Math.round(res.requestsPerSecond)} req/s, ${Math.round((used.user + used.system) / res.requests)} µs CPU/request`);
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
console.log(`CPU per request, medians: api ${Math.round(median(cpu.api!))} µs, bare ${Math.round(median(cpu.bare!))} µs, ratio ${(median(cpu.bare!) / median(cpu.api!)).toFixed(2)}`);
await closeServer(api, 100);
await closeServer(bare, 100);
store.close();

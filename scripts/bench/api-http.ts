// HTTP throughput for bench:api: autocannon in a child process (so it does not share the server's
// event loop) cycling through a list of paths of one server, bounded by a request count and a
// wall-clock limit; plus the bare Express app that answers a constant JSON body, the baseline of
// the ratio.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import express from 'express';

export interface LoadOptions {
  /** Concurrent connections. */
  connections: number;
  /** Requests to send (the run stops after them). */
  amount: number;
  /** Hard wall-clock limit in seconds (the child is killed after it). */
  maxSeconds: number;
}

export interface LoadResult {
  url: string;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  bytesPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

/**
 * The child: autocannon's API with one request per path, in order, so each connection cycles
 * through the list (the same client work whatever the paths are); prints the result as JSON.
 * Samples every 10 ms: autocannon ends a run (and so measures its duration) on a sample tick, and
 * at its default of 1 s a run of a few thousand requests would count as 1 or 2 whole seconds.
 */
const CHILD = `
const [lib, url, paths, connections, amount] = JSON.parse(process.argv[1]);
require(lib)({ url, connections, amount, timeout: 10, sampleInt: 10, requests: paths.map((path) => ({ method: 'GET', path })) }, (error, result) => {
  if (error) { console.error(error); process.exit(1); }
  process.stdout.write(JSON.stringify(result));
});
`;

/** Runs autocannon on `base` (origin) + each of `paths` in turn and returns its figures. */
export function load(base: string, paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const url = paths.length === 1 ? `${base}${paths[0]}` : `${base}{${paths.length} paths}`;
  return new Promise((resolvePromise, reject) => {
    const args = ['-e', CHILD, JSON.stringify([AUTOCANNON, base, paths, options.connections, options.amount])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.maxSeconds * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`autocannon ${url}: exit ${code} ${err.slice(-500)}`));
      try {
        const r = JSON.parse(out) as {
          requests: { average: number; total: number; sent: number };
          latency: { p50: number; p99: number };
          throughput: { average: number };
          non2xx: number;
          errors: number;
          timeouts: number;
          duration: number;
        };
        resolvePromise({
          url,
          requests: r.requests.total,
          requestsPerSecond: r.requests.total / r.duration,
          latencyP50Ms: r.latency.p50,
          latencyP99Ms: r.latency.p99,
          bytesPerSecond: r.throughput.average,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
          seconds: r.duration,
        });
      } catch (e) {
        reject(new Error(`autocannon ${url}: unreadable output (${(e as Error).message}): ${out.slice(0, 300)}`));
      }
    });
  });
}

/** A bare Express app with one route answering `body` (a JSON text) as application/json. */
export function bareApp(body: string): express.Express {
  const app = express();
  app.get('/bare', (_req, res) => {
    res.type('application/json').send(body);
  });
  return app;
}

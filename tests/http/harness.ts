// Test harness: a store in a temp folder seeded with the bundled dispatches, the app on a real
// listening server (port 0), and fetch helpers. Every start has its close.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type AppDeps } from '../../server/http/app.js';
import { closeServer, listen, serverUrl } from '../../server/main.js';
import { GraphStore } from '../../server/store/graph-store.js';

export const DISPATCH_DIR = fileURLToPath(new URL('../../data/dispatches/', import.meta.url));
export const DISPATCH_FILES = readdirSync(DISPATCH_DIR).filter((f) => f.endsWith('.txt')).sort();

export interface Api {
  base: string;
  store: GraphStore;
  dir: string;
  get(path: string): Promise<Response>;
  json<T = unknown>(path: string): Promise<T>;
  post(path: string, body: string, contentType?: string, headers?: Record<string, string>): Promise<Response>;
  /** Any request, e.g. DELETE or an OPTIONS preflight. */
  request(method: string, path: string, headers?: Record<string, string>, body?: string): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Opens a store in a temp folder, ingests the bundled dispatches and serves the app on port 0.
 * Writes are open unless `apiToken` is given (KG_API_TOKEN of the test's environment is ignored).
 */
export async function startApi(options: Partial<Omit<AppDeps, 'store' | 'graph'>> = {}): Promise<Api> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
  const store = GraphStore.open(join(dir, 'graph.db'));
  try {
    for (const file of DISPATCH_FILES) store.ingest({ text: readFileSync(join(DISPATCH_DIR, file), 'utf8'), id: basename(file, '.txt') });
    const app = createApp({ store, graph: store.loadGraph(), clientDir: join(dir, 'no-client'), apiToken: null, ...options });
    const server = await listen(app, '127.0.0.1', 0);
    const base = serverUrl(server, '127.0.0.1').replace(/\/$/, '');
    return {
      base,
      store,
      dir,
      get: (path) => fetch(`${base}${path}`),
      json: async <T>(path: string) => {
        const res = await fetch(`${base}${path}`);
        if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
        return (await res.json()) as T;
      },
      post: (path, body, contentType = 'application/json', headers = {}) =>
        fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body }),
      request: (method, path, headers = {}, body) => fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) }),
      close: async () => {
        await closeServer(server, 100);
        store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

// `npm start`: opens the store (seeding it from data/dispatches when empty), builds the client
// when it is missing or stale, serves the app on HOST:PORT (refusing a non-loopback host without
// KG_API_TOKEN, see startup/options.ts) and shuts down cleanly on
// SIGINT/SIGTERM (stop accepting, finish requests, close the database). Nothing runs on import.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type express from 'express';
import { prepareSearch } from './graph/search.js';
import { createApp } from './http/app.js';
import { GraphStore } from './store/graph-store.js';
import { buildClient, clientBuildReason } from './startup/client-build.js';
import { resolveStartOptions, type StartOptions } from './startup/options.js';
import { seedStore } from './startup/seed.js';

export interface RunningServer {
  url: string;
  server: Server;
  /** Stops accepting connections, waits for open requests (at most `graceMs`), closes the store. */
  close(graceMs?: number): Promise<void>;
}

/** Listens on host:port; resolves once listening. */
export function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}

/** URL of a listening server, for logs and tests. */
export function serverUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${shown}:${port}/`;
}

/** Closes `server` gracefully: no new connections, idle ones closed now, busy ones after `graceMs`. */
export function closeServer(server: Server, graceMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close((error) => {
      clearTimeout(timer);
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

/** Opens the store, seeds and builds as needed, and starts listening. */
export async function startServer(options: StartOptions, log: (line: string) => void): Promise<RunningServer> {
  const store = GraphStore.open(options.dbPath);
  try {
    if (store.counts().documents === 0) await seedStore(store, options.seedDir, log);
    const paths = { root: options.root, outDir: join(options.root, 'dist', 'client') };
    const reason = options.build ? clientBuildReason(paths) : undefined;
    if (reason !== undefined) {
      log(`building the client (${reason})...`);
      try {
        await buildClient(paths);
        log('client built');
      } catch (error) {
        log(`client build failed, serving the API only: ${(error as Error).message}`);
      }
    }
    const graph = store.loadGraph();
    const app = createApp({ store, graph, clientDir: paths.outDir, apiToken: options.apiToken ?? null, log: (message, err) => console.error(message, err) });
    const server = await listen(app, options.host, options.port);
    setImmediate(() => prepareSearch(graph)); // index the names now rather than on the first search
    let closing: Promise<void> | undefined;
    return {
      url: serverUrl(server, options.host),
      server,
      close: (graceMs) =>
        (closing ??= closeServer(server, graceMs).finally(() => store.close())),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** Entry point of `npm start`: starts the server and installs SIGINT/SIGTERM handlers. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, root: string): Promise<RunningServer> {
  const options = resolveStartOptions(argv, env, root);
  const log = (line: string) => console.log(line);
  log(`database: ${options.dbPath}`);
  const running = await startServer(options, log);
  log(`dispatch graph explorer listening on ${running.url}${options.apiToken ? ' (writes need the bearer token of KG_API_TOKEN)' : ''}`);
  const shutdown = (signal: NodeJS.Signals) => {
    log(`${signal}: shutting down`);
    running.close().then(
      () => {
        log('closed');
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error('shutdown failed:', error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return running;
}

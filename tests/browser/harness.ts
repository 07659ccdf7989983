// Shared set-up of the browser tests: builds the client with Vite, serves it with the real API
// over an in-memory store holding data/dispatches, and launches one headless Chromium.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { extractDocument } from '../../server/extract/index.js';
import { createApp } from '../../server/http/app.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { launchBrowser } from './browser.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'tests', 'output');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  store: GraphStore;
  /** Console errors and page errors seen on pages opened with `open`. */
  problems: string[];
  /** A new page at `path`, its errors recorded. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  json<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** Builds the client into a temporary folder (once per test file). */
export async function buildClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'explorer-client-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}

/** Starts server and browser over the bundled dispatches. */
export async function startHarness(): Promise<Harness> {
  const outDir = await buildClient();
  const store = GraphStore.open(':memory:', { extract: (input) => extractDocument(input) });
  const dir = join(ROOT, 'data', 'dispatches');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    store.ingest({ text: readFileSync(join(dir, file), 'utf8'), id: basename(file, '.txt') });
  }
  const app = createApp({ store, graph: store.loadGraph(), clientDir: outDir });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  mkdirSync(OUTPUT, { recursive: true });
  const problems: string[] = [];
  return {
    baseUrl,
    browser,
    store,
    problems,
    async open(path = '/', viewport = { width: 1440, height: 900 }) {
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
    async json<T>(path: string): Promise<T> {
      const res = await fetch(`${baseUrl}${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return (await res.json()) as T;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the explorer drew its graph and its layout is not running. */
export async function waitForSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __kg?: unknown }).__kg !== undefined, undefined, { timeout });
  await page.waitForSelector('#layout-btn[aria-pressed=false]', { timeout, state: 'attached' });
}

// End-to-end test of the explorer: builds the client with Vite, serves it with the real API over
// an in-memory store holding data/dispatches, and drives headless Chromium through a search.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeResponse, StatsResponse } from '../../server/api-types.js';
import { extractDocument } from '../../server/extract/index.js';
import { createApp } from '../../server/http/app.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { launchBrowser } from './browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dispatchDir = join(root, 'data', 'dispatches');
const screenshot = join(root, 'tests', 'output', 'explorer.png');

describe('explorer in a browser', () => {
  let outDir: string;
  let store: GraphStore;
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'explorer-client-'));
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });

    store = GraphStore.open(':memory:', { extract: (input) => extractDocument(input) });
    for (const file of readdirSync(dispatchDir).filter((f) => f.endsWith('.txt')).sort()) {
      store.ingest({ text: readFileSync(join(dispatchDir, file), 'utf8'), id: basename(file, '.txt') });
    }
    const app = createApp({ store, graph: store.loadGraph(), clientDir: outDir });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(0, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    store?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('draws the graph with WebGL and shows the statistics', async () => {
    await page.waitForSelector('canvas.sigma-nodes', { state: 'attached' });
    const contexts = await page.$$eval('#graph canvas', (canvases) =>
      canvases.map((c) => ({ cls: c.className, webgl: (c as HTMLCanvasElement).getContext('webgl2') !== null || (c as HTMLCanvasElement).getContext('webgl') !== null })),
    );
    expect(contexts.find((c) => c.cls.includes('sigma-nodes'))?.webgl).toBe(true);
    expect(contexts.find((c) => c.cls.includes('sigma-edges'))?.webgl).toBe(true);

    const stats = (await (await fetch(`${baseUrl}/api/stats`)).json()) as StatsResponse;
    expect(stats.nodes).toBeGreaterThan(0);
    await expect.poll(() => page.textContent('#stats')).toContain(`${stats.nodes} entities`);
    expect(await page.textContent('#stats')).toContain(`${stats.documents} dispatches`);
    expect(await page.isVisible('#overlay')).toBe(false);
  });

  it('finds Kim Jong Un and opens his relations with their evidence', async () => {
    await page.fill('[data-testid=search-input]', 'Kim Jong Un');
    const suggestion = page.locator('[data-testid=search-suggestion]').first();
    await expect.poll(() => suggestion.textContent()).toContain('Kim Jong Un');
    const id = await suggestion.getAttribute('data-node');
    expect(id).toBeTruthy();
    await suggestion.click();

    const panel = page.locator('[data-testid=panel]');
    await panel.waitFor({ state: 'visible' });
    await expect.poll(() => panel.locator('.panel-title').textContent()).toBe('Kim Jong Un');
    const quotes = panel.locator('blockquote[data-testid=evidence-quote]');
    await quotes.first().waitFor();
    const shown = (await quotes.allTextContents()).map((q) => q.trim());
    expect(shown.length).toBeGreaterThan(0);

    // Every quote shown is an evidence sentence the API holds for this node.
    const detail = (await (await fetch(`${baseUrl}/api/nodes/${encodeURIComponent(id ?? '')}`)).json()) as NodeResponse;
    const sentences = new Set(detail.edges.flatMap((e) => e.evidence.map((ev) => ev.sentence.trim())));
    for (const quote of shown) expect(sentences.has(quote)).toBe(true);

    await page.waitForSelector('#layout-btn[aria-pressed=false]', { timeout: 15_000 });
    await page.waitForTimeout(800); // camera animation
    mkdirSync(join(root, 'tests', 'output'), { recursive: true });
    await page.screenshot({ path: screenshot });
  });

  it('navigates to the other end of a relation', async () => {
    const link = page.locator('[data-testid=panel] .node-link').first();
    const target = (await link.textContent())?.trim();
    expect(target).toBeTruthy();
    await link.click();
    await expect.poll(() => page.locator('[data-testid=panel] .panel-title').textContent()).toBe(target);
  });

  it('keeps the selection in the address and opens it from a link', async () => {
    const hash = await page.evaluate(() => location.hash);
    const id = new URLSearchParams(hash.slice(1)).get('node');
    expect(id).toBeTruthy();
    const other = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      await other.goto(`${baseUrl}/${hash}`);
      const title = other.locator('[data-testid=panel] .panel-title');
      await title.waitFor();
      expect(await title.textContent()).toBe(await page.locator('[data-testid=panel] .panel-title').textContent());
    } finally {
      await other.close();
    }
  });

  it('hides a node type from the legend and shows it again', async () => {
    const item = page.locator('[data-testid=legend-item][data-type=person]');
    await item.click();
    expect(await item.getAttribute('aria-pressed')).toBe('false');
    await item.click();
    expect(await item.getAttribute('aria-pressed')).toBe('true');
  });

  it('adds a pasted dispatch and refreshes the graph', async () => {
    const before = (await (await fetch(`${baseUrl}/api/stats`)).json()) as StatsResponse;
    await page.click('#add-btn');
    const dialog = page.locator('#add-dialog');
    await dialog.locator('textarea').fill(
      'date 2026-01-20 MOSCOW, January 20. /TASS/. Russian Defence Minister Andrey Belousov met North Korean leader Kim Jong Un in Pyongyang on January 19, the Russian Defence Ministry said.',
    );
    await dialog.locator('button[type=submit]').click();
    await expect.poll(() => dialog.locator('.dialog-status.ok').textContent()).toMatch(/^Added /);
    await expect.poll(() => page.textContent('#stats')).toContain(`${before.documents + 1} dispatches`);
    const after = (await (await fetch(`${baseUrl}/api/stats`)).json()) as StatsResponse;
    expect(after.documents).toBe(before.documents + 1);
    await dialog.locator('button', { hasText: 'Close' }).click();
    expect(await dialog.isVisible()).toBe(false);
  });

  it('shows the problem the server reports for a rejected dispatch', async () => {
    const other = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    try {
      await other.goto(baseUrl);
      await other.locator('[data-testid=legend-item]').first().waitFor();
      await other.click('#add-btn');
      await other.locator('#add-dialog textarea').fill('   ');
      await other.locator('#add-dialog button[type=submit]').click();
      await expect.poll(() => other.locator('#add-dialog .dialog-status.error-text').textContent()).toContain('empty');
    } finally {
      await other.close();
    }
  });

  it('explains an unreachable server and recovers on retry', async () => {
    const other = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    try {
      await other.route('**/api/**', (route) => route.abort());
      await other.goto(baseUrl);
      const card = other.locator('.status-card[role=alert]');
      await card.waitFor();
      expect(await card.textContent()).toContain('could not be reached');
      await other.unroute('**/api/**');
      await card.locator('button').click();
      await other.locator('#overlay').waitFor({ state: 'hidden' });
      await other.locator('[data-testid=legend-item]').first().waitFor();
    } finally {
      await other.close();
    }
  });

  it('shows a first-run message when the graph is empty', async () => {
    const other = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    try {
      const empty = { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes: [], edges: [] };
      await other.route('**/api/graph', (route) => route.fulfill({ json: empty }));
      await other.route('**/api/stats', (route) => route.fulfill({ json: { nodes: 0, edges: 0, documents: 0, evidence: 0, nodeTypes: {}, edgeTypes: {} } }));
      await other.goto(baseUrl);
      await expect.poll(() => other.locator('.status-card h2').textContent()).toBe('No dispatches yet');
      expect(await other.isVisible('#legend')).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('logged no console or page errors', () => {
    expect(problems).toEqual([]);
  });
});

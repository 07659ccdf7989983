// `npm run bench:client`: the explorer in headless Chromium (software WebGL) on generated graphs
// (5k nodes/20k edges and 20k/100k): time from navigation to the first drawn frame, frames per
// second while ForceAtlas2 runs and while panning, FA2 iterations per second in the worker, and
// the time a hover highlight takes. Targets: 20k/100k first drawn within 3 s, ≥ 15 fps panning.
// Writes bench-output/client.json.
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { launchBrowser } from '../../tests/browser/browser.js';
import { buildClient } from '../../tests/browser/harness.js';
import { createApp } from '../../server/http/app.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { fmt, loadWarning, machine, printTable, runMain, writeResult } from './common.js';
import { generateGraph } from './client-graph.js';

export interface ClientBenchOptions {
  sizes: { nodes: number; edges: number }[];
  /** Seconds of each fps measurement. */
  seconds: number;
  viewport: { width: number; height: number };
}

export const CLIENT_BENCH_DEFAULTS: ClientBenchOptions = {
  sizes: [{ nodes: 5_000, edges: 20_000 }, { nodes: 20_000, edges: 100_000 }],
  seconds: 3,
  viewport: { width: 1440, height: 900 },
};

export const TARGETS = { firstFrameMs: 3_000, panFps: 15 } as const;

export interface ClientBenchRow {
  nodes: number;
  edges: number;
  graphJsonMiB: number;
  firstFrameMs: number;
  fa2Fps: number;
  fa2IterationsPerSecond: number;
  panFps: number;
  hoverMs: number;
}

/** Frames drawn per second while the pointer drags the stage for `seconds`: mouse events are
 *  dispatched in the page on every animation frame, so the figure is the app's, not the driver's. */
async function panFps(page: Page, seconds: number): Promise<number> {
  return page.evaluate(
    (secs) =>
      new Promise<number>((resolve) => {
        const kg = (window as unknown as { __kg: any }).__kg; // eslint-disable-line @typescript-eslint/no-explicit-any
        const target = document.querySelector('#graph .sigma-mouse') ?? document.getElementById('graph')!;
        const box = document.getElementById('graph')!.getBoundingClientRect();
        const cx = box.left + box.width * 0.6;
        const cy = box.top + box.height * 0.45;
        const fire = (el: EventTarget, type: string, x: number, y: number) =>
          el.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true }));
        let frames = 0;
        const count = () => frames++;
        kg.renderer.on('afterRender', count);
        fire(target, 'mousedown', cx, cy);
        const start = performance.now();
        const step = () => {
          const t = performance.now() - start;
          if (t >= secs * 1000) {
            fire(document, 'mouseup', cx, cy);
            kg.renderer.off('afterRender', count);
            resolve(frames / ((performance.now() - start) / 1000));
            return;
          }
          fire(document, 'mousemove', cx + 150 * Math.sin(t / 500), cy + 100 * Math.cos(t / 500));
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    seconds,
  );
}

/** Frames drawn per second while `drive` runs for `seconds` (sigma afterRender events). */
async function fps(page: Page, seconds: number, drive: 'pan' | 'idle'): Promise<{ fps: number; iterations: number }> {
  return page.evaluate(
    ([secs, mode]) =>
      new Promise<{ fps: number; iterations: number }>((resolve) => {
        const kg = (window as unknown as { __kg: any }).__kg; // eslint-disable-line @typescript-eslint/no-explicit-any
        const renderer = kg.renderer;
        const camera = renderer.getCamera();
        let frames = 0;
        const count = () => frames++;
        renderer.on('afterRender', count);
        const it0 = kg.layout().iterations();
        const start = performance.now();
        const step = () => {
          const t = performance.now() - start;
          if (t >= secs * 1000) {
            renderer.off('afterRender', count);
            const elapsed = (performance.now() - start) / 1000;
            resolve({ fps: frames / elapsed, iterations: (kg.layout().iterations() - it0) / elapsed });
            return;
          }
          if (mode === 'pan') {
            const s = camera.getState();
            camera.setState({ ...s, x: 0.5 + 0.2 * Math.sin(t / 400), y: 0.5 + 0.2 * Math.cos(t / 400), ratio: 0.5 });
          }
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    [seconds, drive] as const,
  );
}

async function benchSize(page: Page, baseUrl: string, jsonBytes: number, nodes: number, edges: number, opts: ClientBenchOptions): Promise<ClientBenchRow> {
  await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('kg:first-frame').length > 0, undefined, { timeout: 120_000, polling: 50 });
  const firstFrameMs = await page.evaluate(() => performance.getEntriesByName('kg:first-frame')[0]!.startTime);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('kg:', '')} ${Math.round(m.startTime)}`).join(', '));
  console.error(`    marks (ms since navigation): ${marks}`);

  // FA2 starts right after the first frame (no saved layout): frames and iterations while it runs.
  const during = await fps(page, opts.seconds, 'idle');
  await page.evaluate(() => (window as unknown as { __kg: { layout(): { stop(): void } } }).__kg.layout().stop());
  // Software GL may still be drawing frames queued while FA2 ran: wait until frames come steadily.
  const drainMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        let last = start;
        let steady = 0;
        const tick = (now: number) => {
          steady = now - last < 50 ? steady + 1 : 0;
          last = now;
          if (steady >= 5 || now - start > 60_000) resolve(Math.round(now - start));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  console.error(`    frames steady again ${drainMs} ms after FA2 stopped`);
  const pan = await panFps(page, opts.seconds);

  const hoverMs = await page.evaluate(() => {
    const kg = (window as unknown as { __kg: any }).__kg; // eslint-disable-line @typescript-eslint/no-explicit-any
    const ids: string[] = kg.graph.nodes().slice(0, 200).filter((_: string, i: number) => i % 20 === 0);
    const times: number[] = [];
    for (const id of ids) {
      const t0 = performance.now();
      kg.store.update({ hovered: id }); // reducers + a synchronous render
      times.push(performance.now() - t0);
      kg.store.update({ hovered: null });
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  });
  return {
    nodes,
    edges,
    graphJsonMiB: Math.round((jsonBytes / 1048576) * 10) / 10,
    firstFrameMs: Math.round(firstFrameMs),
    fa2Fps: Math.round(during.fps * 10) / 10,
    fa2IterationsPerSecond: Math.round(during.iterations * 10) / 10,
    panFps: Math.round(pan * 10) / 10,
    hoverMs: Math.round(hoverMs * 10) / 10,
  };
}

/** Serves the built client and the real API over a generated graph (empty store for documents). */
async function serve(outDir: string, graph: KnowledgeGraph): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const store = GraphStore.open(':memory:');
  const server = await new Promise<Server>((resolve) => {
    const s = createApp({ store, graph, clientDir: outDir, bodyLimit: '8mb' }).listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

/** Runs the benchmark on every size, each in a fresh browser (software GL work queued by one
 *  graph must not delay the next). */
export async function benchClient(opts: ClientBenchOptions = CLIENT_BENCH_DEFAULTS): Promise<ClientBenchRow[]> {
  const outDir = await buildClient();
  try {
    const rows: ClientBenchRow[] = [];
    for (const size of opts.sizes) {
      const data = generateGraph(size.nodes, size.edges);
      const graph: KnowledgeGraph = new Graph({ multi: true, allowSelfLoops: false, type: 'directed' });
      graph.import(data as unknown as Parameters<KnowledgeGraph['import']>[0]);
      const server = await serve(outDir, graph);
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ viewport: opts.viewport });
        // tsx keeps function names with a __name helper, which evaluated page functions then call.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        console.error(`  ${size.nodes} nodes / ${size.edges} edges…`);
        rows.push(await benchSize(page, server.baseUrl, JSON.stringify(data).length, size.nodes, size.edges, opts));
        console.error(`  ${JSON.stringify(rows[rows.length - 1])}`);
      } finally {
        await browser.close();
        await server.close();
      }
    }
    return rows;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** `--sizes 5000x20000,20000x100000` overrides the graph sizes. */
function sizesFromArgs(argv: string[]): ClientBenchOptions['sizes'] | null {
  const i = argv.indexOf('--sizes');
  if (i < 0 || !argv[i + 1]) return null;
  return argv[i + 1]!.split(',').map((s) => {
    const [nodes, edges] = s.split('x').map(Number);
    if (!Number.isInteger(nodes) || !Number.isInteger(edges)) throw new Error(`--sizes: "${s}" is not NODESxEDGES`);
    return { nodes: nodes!, edges: edges! };
  });
}

async function main(): Promise<number> {
  const m = machine();
  const sizes = sizesFromArgs(process.argv.slice(2));
  const rows = await benchClient(sizes ? { ...CLIENT_BENCH_DEFAULTS, sizes } : CLIENT_BENCH_DEFAULTS);
  printTable('Explorer in headless Chromium (software WebGL)', [
    ['graph', 'JSON', 'first frame', 'fps (FA2)', 'FA2 it/s', 'fps (pan)', 'hover'],
    ...rows.map((r) => [`${fmt(r.nodes)} / ${fmt(r.edges)}`, `${r.graphJsonMiB} MiB`, `${fmt(r.firstFrameMs)} ms`, fmt(r.fa2Fps, 1), fmt(r.fa2IterationsPerSecond, 1), fmt(r.panFps, 1), `${fmt(r.hoverMs, 1)} ms`]),
  ]);
  const warning = loadWarning(m);
  if (warning) console.log(warning);
  const big = rows[rows.length - 1]!;
  const ok = big.firstFrameMs <= TARGETS.firstFrameMs && big.panFps >= TARGETS.panFps;
  console.log(`\n  target (largest graph): first frame ≤ ${TARGETS.firstFrameMs} ms, panning ≥ ${TARGETS.panFps} fps → ${ok ? 'met' : 'NOT met'}`);
  console.log(`  written to ${writeResult('client', { machine: m, targets: TARGETS, rows, met: ok })}`);
  return 0;
}

runMain(main);

// The ingest benchmark (run by scripts/bench/ingest.ts and run-all.ts): generates a corpus into
// a temporary folder, ingests it into a fresh store through the real pipeline (worker pool),
// measures documents/second (also per 1,000-document slice, to show whether writing slows down
// as the store grows), peak memory, CPU per thread, the time to re-open the store and load the
// graph, and the speed-up over single-threaded in-process ingestion of the same documents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestAll, type IngestSummary } from '../../server/ingest/pipeline.js';
import { readInputs } from '../../server/ingest/read-inputs.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { DEFAULT_SEED, writeCorpus } from '../corpus/index.js';
import { fmt, loadWarning, machine, mib, printTable } from './common.js';
import { measure, type Measured } from './cpu.js';

export interface IngestBenchOptions {
  /** Documents ingested in parallel. */
  docs: number;
  /**
   * Documents of the single-threaded baseline: the whole corpus when ≥ docs (the default), else
   * the first `sample` documents, then also ingested through the pool for the ratio.
   */
  sample: number;
  workers?: number;
  /** Nice value of the worker threads (default: the pipeline's). */
  nice?: number;
  seed: number;
  /** Keep the temporary folder (corpus and databases). */
  keep: boolean;
}

export const INGEST_BENCH_DEFAULTS: IngestBenchOptions = { docs: 10_000, sample: 10_000, seed: DEFAULT_SEED, keep: false };

/** Documents per throughput slice. */
export const SLICE = 1_000;

/** Documents per second of each consecutive `size`-document slice, from the times each slice ended. */
export function sliceRates(ends: readonly number[], start: number, size: number, total: number): { from: number; to: number; docsPerSecond: number }[] {
  const slices = [];
  let previous = start;
  for (let i = 0; i < ends.length; i++) {
    const to = Math.min((i + 1) * size, total);
    slices.push({ from: i * size + 1, to, docsPerSecond: (to - i * size) / ((ends[i]! - previous) / 1000) });
    previous = ends[i]!;
  }
  return slices;
}

/**
 * Throughput of the last two slices over that of slices 2–3 (the first one warms up the JIT;
 * with more than four slices the very last, which may be short and holds the final commit, is
 * left out): 1 = flat, below 1 = ingestion slows down as the store grows. undefined with fewer
 * than 4 slices.
 */
export function sliceTrend(slices: readonly { docsPerSecond: number }[]): number | undefined {
  if (slices.length < 4) return undefined;
  const mean = (xs: readonly { docsPerSecond: number }[]) => xs.reduce((n, x) => n + x.docsPerSecond, 0) / xs.length;
  const full = slices.length - (slices.length > 4 ? 1 : 0);
  return mean(slices.slice(full - 2, full)) / mean(slices.slice(1, 3));
}

/** Ingests every file under `dir` into a fresh store at `db`; `serial` forces in-process extraction. */
async function ingestDir(dir: string, db: string, serial: boolean, workers?: number, nice?: number) {
  const store = GraphStore.open(db);
  try {
    return await measure(async () => {
      const options = serial ? { inProcessBelow: Number.POSITIVE_INFINITY } : { inProcessBelow: 0, ...(workers ? { workers } : {}), ...(nice !== undefined ? { workerNice: nice } : {}) };
      const ends: number[] = [];
      const cpuEnds: number[] = []; // process CPU ms at each slice end: steadier than wall time on a busy machine
      const cpuNow = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
      let done = 0;
      const start = performance.now();
      const cpuStart = cpuNow();
      const mark = () => { ends.push(performance.now()); cpuEnds.push(cpuNow()); };
      const summary = await ingestAll(store, readInputs([dir]), { ...options, onEvent: () => { if (++done % SLICE === 0) mark(); } });
      if (done % SLICE !== 0) mark();
      const slices = sliceRates(ends, start, SLICE, done).map((slice, i) => ({
        ...slice, cpuMsPerDoc: (cpuEnds[i]! - (i === 0 ? cpuStart : cpuEnds[i - 1]!)) / (slice.to - slice.from + 1),
      }));
      return { summary, counts: store.counts(), slices };
    });
  } finally {
    store.close();
  }
}

const phase = (m: Measured<{ summary: IngestSummary; slices: (ReturnType<typeof sliceRates>[number] & { cpuMsPerDoc: number })[] }>, docs: number) => ({
  slices: m.value.slices, sliceTrend: sliceTrend(m.value.slices), cpuMsPerDoc: 1000 * m.cpuSeconds / docs,
  documents: docs, added: m.value.summary.added, skipped: m.value.summary.skipped, failed: m.value.summary.failed.length,
  usedWorkers: m.value.summary.usedWorkers, wallSeconds: m.wallSeconds, docsPerSecond: docs / m.wallSeconds,
  cpuSeconds: m.cpuSeconds, cpuPerWall: m.cpuSeconds / m.wallSeconds, peakRssBytes: m.peakRss,
  mainThreadCpuSeconds: m.threads.find((t) => t.name === 'main')?.seconds ?? 0,
  otherThreadsCpuSeconds: m.threads.filter((t) => t.name !== 'main').reduce((n, t) => n + t.seconds, 0),
  startedThreads: m.threads.filter((t) => t.started).map((t) => ({ tid: t.tid, cpuSeconds: t.seconds })),
  busyThreads: m.threads.filter((t) => t.seconds >= 0.02 * m.wallSeconds).slice(0, 6).map((t) => ({ tid: t.tid, name: t.name, cpuSeconds: t.seconds })),
});

/** Runs the ingest benchmark; returns the summary written to bench-output/ingest.json. */
export async function benchIngest(opts: IngestBenchOptions) {
  const root = mkdtempSync(join(tmpdir(), 'kg-bench-ingest-'));
  try {
    const corpus = join(root, 'corpus'), sampleDir = join(root, 'sample');
    const t0 = performance.now();
    const written = await writeCorpus({ count: opts.docs, seed: opts.seed, out: corpus });
    const sample = Math.min(opts.sample, opts.docs);
    const whole = sample === opts.docs;
    if (!whole) await writeCorpus({ count: sample, seed: opts.seed, out: sampleDir });
    const generateSeconds = (performance.now() - t0) / 1000;

    const serial = await ingestDir(whole ? corpus : sampleDir, join(root, 'serial.db'), true);
    const full = await ingestDir(corpus, join(root, 'kg.db'), false, opts.workers, opts.nice);
    const parallelSample = whole ? full : await ingestDir(sampleDir, join(root, 'parallel-sample.db'), false, opts.workers, opts.nice);

    const r0 = performance.now();
    const store = GraphStore.open(join(root, 'kg.db'));
    const openSeconds = (performance.now() - r0) / 1000;
    const graph = store.loadGraph();
    const reopenSeconds = (performance.now() - r0) / 1000;
    const counts = store.counts();
    store.close();

    return {
      benchmark: 'ingest', date: new Date().toISOString(), machine: machine(), seed: opts.seed,
      corpus: { documents: written.documents, words: written.words, generateSeconds },
      parallel: { ...phase(full, opts.docs), storeCounts: full.value.counts },
      sample: { documents: sample, serial: phase(serial, sample), parallel: phase(parallelSample, sample), speedup: serial.wallSeconds / parallelSample.wallSeconds },
      reopen: { openSeconds, openAndLoadSeconds: reopenSeconds, nodes: graph.order, edges: graph.size, counts },
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      tempDir: opts.keep ? root : undefined,
    };
  } finally {
    if (!opts.keep) rmSync(root, { recursive: true, force: true });
  }
}

/** Prints the result tables of benchIngest. */
export function printIngest(r: Awaited<ReturnType<typeof benchIngest>>): void {
  const p = r.parallel, s = r.sample;
  type Phase = typeof s.serial;
  const threads = (x: Phase) => x.busyThreads.map((t) => `${t.name}:${fmt(t.cpuSeconds, 1)}s`).join(' ');
  printTable(`bench:ingest — ${fmt(r.corpus.documents)} generated dispatches (${fmt(r.corpus.words)} words, made in ${fmt(r.corpus.generateSeconds, 1)} s), ${r.machine.cores} cores`, [
    ['run', 'docs', 'wall s', 'docs/s', 'CPU s', 'CPU/wall', 'peak RSS', 'failed'],
    [`parallel (worker pool)`, fmt(p.documents), fmt(p.wallSeconds, 2), fmt(p.docsPerSecond), fmt(p.cpuSeconds, 1), fmt(p.cpuPerWall, 2), mib(p.peakRssBytes), fmt(p.failed)],
    [`${s.documents === p.documents ? 'same docs' : 'sample'}, single-threaded`, fmt(s.serial.documents), fmt(s.serial.wallSeconds, 2), fmt(s.serial.docsPerSecond), fmt(s.serial.cpuSeconds, 1), fmt(s.serial.cpuPerWall, 2), mib(s.serial.peakRssBytes), fmt(s.serial.failed)],
    ...(s.documents === p.documents ? [] : [[`sample, worker pool`, fmt(s.parallel.documents), fmt(s.parallel.wallSeconds, 2), fmt(s.parallel.docsPerSecond), fmt(s.parallel.cpuSeconds, 1), fmt(s.parallel.cpuPerWall, 2), mib(s.parallel.peakRssBytes), fmt(s.parallel.failed)]]),
  ]);
  console.log(`  speed-up of the worker pool over single-threaded on the same ${fmt(s.documents)} docs: ${fmt(s.speedup, 2)}x (wall time)`);
  console.log(`  CPU per document: single-threaded ${fmt(s.serial.cpuMsPerDoc, 2)} ms, worker pool ${fmt(s.parallel.cpuMsPerDoc, 2)} ms (main thread ${fmt(1000 * p.mainThreadCpuSeconds / p.documents, 2)} ms)`);
  const slices = (x: Phase) => x.slices.map((sl) => fmt(sl.docsPerSecond)).join(' ');
  const trend = (x: Phase) => (x.sliceTrend === undefined ? 'n/a' : `${fmt(x.sliceTrend, 2)} (last slices / slices 2–3; 1 = flat)`);
  console.log(`  docs/s per ${fmt(SLICE)}-doc slice, worker pool:     ${slices(p)}; trend ${trend(p)}`);
  console.log(`  docs/s per ${fmt(SLICE)}-doc slice, single-threaded: ${slices(s.serial)}; trend ${trend(s.serial)}`);
  const cpu = (x: Phase) => x.slices.map((sl) => fmt(sl.cpuMsPerDoc, 2)).join(' ');
  console.log(`  process CPU ms per doc per slice (flat = no slow-down as the store grows), worker pool:     ${cpu(p)}`);
  console.log(`  process CPU ms per doc per slice, single-threaded: ${cpu(s.serial)}`);
  console.log(`  busiest threads (CPU s), parallel run: ${threads(p) || 'n/a (no /proc)'}`);
  const started = p.startedThreads.filter((t) => t.cpuSeconds > 0.05).map((t) => `${fmt(t.cpuSeconds, 1)}s`);
  console.log(`  threads started during the parallel run (the worker pool): ${p.startedThreads.length}, CPU of the busy ones: ${started.join(', ') || 'none'}`);
  console.log(`  CPU in the parallel run: main thread ${fmt(p.mainThreadCpuSeconds, 1)} s, other threads (workers, GC, I/O) ${fmt(p.otherThreadsCpuSeconds, 1)} s; process ${fmt(p.cpuSeconds, 1)} s over ${fmt(p.wallSeconds, 1)} s wall`);
  console.log(`  main thread (reads files, writes SQLite) busy ${fmt(100 * p.mainThreadCpuSeconds / p.wallSeconds, 0)}% of wall time${p.mainThreadCpuSeconds > 0.7 * p.wallSeconds ? ': ingestion is bound by the single writer, not by extraction' : ''}`);
  console.log(`  more than one core busy: ${p.cpuPerWall > 1.2 ? 'yes' : 'NO'} (CPU/wall ${fmt(p.cpuPerWall, 2)})`);
  const warning = loadWarning(r.machine);
  if (warning) console.log(warning);
  console.log(`  store: ${fmt(p.storeCounts.documents)} documents, ${fmt(p.storeCounts.nodes)} nodes, ${fmt(p.storeCounts.edges)} edges, ${fmt(p.storeCounts.evidence)} evidence rows`);
  console.log(`  re-open + loadGraph: ${fmt(r.reopen.openAndLoadSeconds, 2)} s (open ${fmt(r.reopen.openSeconds * 1000, 0)} ms) → graph ${fmt(r.reopen.nodes)} nodes, ${fmt(r.reopen.edges)} edges`);
  console.log(`  process maxRSS (resourceUsage): ${mib(r.maxRssBytes)}`);
}

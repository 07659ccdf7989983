// The extraction benchmark (run by scripts/bench/extract.ts and run-all.ts): words per second of our extractDocument against compromise's nlp(text).people() on the same
// texts (generated corpus + the bundled dispatches), one core, main thread, sequential; warm-up,
// then alternating rounds; the median of each is compared to the target ratio (>= 10).
// Each pass is timed twice: wall clock (the target) and process CPU time (user + system, all
// threads, so GC and JIT helper threads count for both sides). On a shared machine the wall-clock
// ratio swings with other processes; the CPU-time ratio is printed beside it as the steadier
// figure. Texts are generated and read before any timing; the same texts go to both sides.
// Warm-up: V8's optimising compiler needs several passes over the texts before our extractor
// reaches its steady speed (on a loaded machine, seconds: it compiles on background threads),
// while compromise levels off after about two; both sides get the same warm-up passes
// (default 8), and the first, cold pass of each is reported too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { extractDocument } from '../../server/extract/index.js';
import { DEFAULT_SEED, countWords, generateCorpus } from '../corpus/index.js';
import { fmt, loadWarning, machine, median, printTable } from './common.js';

export const TARGET_RATIO = 10;
const DISPATCHES = resolve(import.meta.dirname, '../../data/dispatches');

interface Text { id: string; text: string }

export interface ExtractBenchOptions { docs: number; rounds: number; warmup: number; seed: number }
export const EXTRACT_BENCH_DEFAULTS: ExtractBenchOptions = { docs: 300, rounds: 7, warmup: 8, seed: DEFAULT_SEED };

/** The benchmark texts: `docs` generated dispatches plus every bundled .txt dispatch. */
export function benchTexts(docs: number, seed = DEFAULT_SEED): Text[] {
  const texts: Text[] = [...generateCorpus({ count: docs, seed })].map((d) => ({ id: d.id, text: d.text }));
  for (const name of readdirSync(DISPATCHES).filter((n) => n.endsWith('.txt')).sort()) {
    texts.push({ id: name, text: readFileSync(join(DISPATCHES, name), 'utf8') });
  }
  return texts;
}

interface Pass { seconds: number; cpuSeconds: number; found: number; errors: number; firstError?: string }

/** One timed pass of `fn` over every text; returns wall and CPU seconds, a checksum of the results and errors. */
function pass(texts: readonly Text[], fn: (t: Text) => number): Pass {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let found = 0, errors = 0;
  let firstError: string | undefined;
  for (const t of texts) {
    try { found += fn(t); } catch (err) { errors++; firstError ??= `${t.id}: ${err instanceof Error ? err.message : String(err)}`; }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, found, errors, ...(firstError ? { firstError } : {}) };
}

const ours = (t: Text): number => {
  const x = extractDocument({ text: t.text, id: t.id });
  return x.entities.length + x.relations.length;
};
const baseline = (t: Text): number => nlp(t.text).people().out('array').length;

/** Runs the extraction benchmark; returns the summary written to bench-output/extract.json. */
export function benchExtract(opts: ExtractBenchOptions) {
  const texts = benchTexts(opts.docs, opts.seed);
  const words = texts.reduce((n, t) => n + countWords(t.text), 0);
  const warm: { ours: number[]; compromise: number[] } = { ours: [], compromise: [] };
  for (let i = 0; i < opts.warmup; i++) {
    warm.ours.push(words / pass(texts, ours).seconds);
    warm.compromise.push(words / pass(texts, baseline).seconds);
  }
  const oursRuns: number[] = [], baseRuns: number[] = [];
  const oursCpuRuns: number[] = [], baseCpuRuns: number[] = [];
  let oursLast: Pass | undefined, baseLast: Pass | undefined;
  for (let i = 0; i < opts.rounds; i++) {
    // Alternate which runs first so drift (GC, CPU frequency) does not favour either side.
    const order = i % 2 === 0 ? (['ours', 'base'] as const) : (['base', 'ours'] as const);
    for (const which of order) {
      const r = pass(texts, which === 'ours' ? ours : baseline);
      if (which === 'ours') { oursRuns.push(words / r.seconds); oursCpuRuns.push(words / r.cpuSeconds); oursLast = r; }
      else { baseRuns.push(words / r.seconds); baseCpuRuns.push(words / r.cpuSeconds); baseLast = r; }
    }
  }
  const oursWps = median(oursRuns), baseWps = median(baseRuns);
  const ratio = oursWps / baseWps;
  const oursCpuWps = median(oursCpuRuns), baseCpuWps = median(baseCpuRuns);
  return {
    benchmark: 'extract', date: new Date().toISOString(), machine: machine(),
    texts: texts.length, generated: opts.docs, bundled: texts.length - opts.docs, words, seed: opts.seed,
    warmupRounds: opts.warmup, rounds: opts.rounds, warmupWordsPerSecond: warm,
    ours: { medianWordsPerSecond: oursWps, runs: oursRuns, medianWordsPerCpuSecond: oursCpuWps, cpuRuns: oursCpuRuns, entitiesPlusRelations: oursLast?.found ?? 0, errors: oursLast?.errors ?? 0, firstError: oursLast?.firstError },
    compromise: { medianWordsPerSecond: baseWps, runs: baseRuns, medianWordsPerCpuSecond: baseCpuWps, cpuRuns: baseCpuRuns, people: baseLast?.found ?? 0, errors: baseLast?.errors ?? 0, firstError: baseLast?.firstError },
    ratio, cpuRatio: oursCpuWps / baseCpuWps, target: TARGET_RATIO, pass: ratio >= TARGET_RATIO,
  };
}

/** Prints the result table of benchExtract. */
export function printExtract(r: ReturnType<typeof benchExtract>): void {
  printTable(`bench:extract — ${r.texts} texts (${r.generated} generated + ${r.bundled} bundled), ${fmt(r.words)} words, ${r.rounds} rounds after ${r.warmupRounds} warm-up, one core`, [
    ['', 'median words/s', 'min', 'max', 'words/CPU-s', 'found'],
    ['ours: extractDocument', fmt(r.ours.medianWordsPerSecond), fmt(Math.min(...r.ours.runs)), fmt(Math.max(...r.ours.runs)), fmt(r.ours.medianWordsPerCpuSecond), `${fmt(r.ours.entitiesPlusRelations)} ent+rel`],
    ['compromise .people()', fmt(r.compromise.medianWordsPerSecond), fmt(Math.min(...r.compromise.runs)), fmt(Math.max(...r.compromise.runs)), fmt(r.compromise.medianWordsPerCpuSecond), `${fmt(r.compromise.people)} people`],
  ]);
  for (const [name, side] of [['ours', r.ours], ['compromise', r.compromise]] as const) {
    if (side.errors > 0) console.log(`  WARNING: ${name} threw on ${side.errors} of ${r.texts} texts (first: ${side.firstError})`);
  }
  if (r.warmupWordsPerSecond.ours.length) {
    console.log(`  first (cold) pass: ours ${fmt(r.warmupWordsPerSecond.ours[0]!)} words/s, compromise ${fmt(r.warmupWordsPerSecond.compromise[0]!)} words/s`);
  }
  const warning = loadWarning(r.machine);
  if (warning) console.log(warning);
  console.log(`  ratio ours/compromise: ${fmt(r.ratio, 2)}x wall clock (target >= ${r.target}x): ${r.pass ? 'PASS' : 'FAIL'}; ${fmt(r.cpuRatio, 2)}x by CPU time`);
}

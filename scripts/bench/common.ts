// Helpers shared by the benchmark scripts: statistics, a compact table printer, the machine
// description printed with every result, and writing JSON results to bench-output/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

/** Where benchmark results are written (git-ignored). */
export const OUTPUT_DIR = resolve(import.meta.dirname, '../../bench-output');

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Formats a number with thousands separators and `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Mebibytes of a byte count, one decimal. */
export function mib(bytes: number): string {
  return `${fmt(bytes / 1048576, 1)} MiB`;
}

/** Prints rows as an aligned two-or-more column table. */
export function printTable(title: string, rows: ReadonlyArray<readonly string[]>): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length); });
  console.log(`\n${title}`);
  for (const row of rows) console.log('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   '));
}

/** Node version, CPU model and core count, total memory, load average when the run started. */
export function machine(): { node: string; cpu: string; cores: number; memory: string; loadAverage: number[] } {
  const list = cpus();
  return { node: process.version, cpu: list[0]?.model.trim() ?? 'unknown', cores: list.length, memory: mib(totalmem()), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100) };
}

/** A warning line when other processes keep the machine busy (timings are then noisy), else ''. */
export function loadWarning(m: ReturnType<typeof machine>): string {
  const load = m.loadAverage[0] ?? 0;
  return load > m.cores * 0.5 ? `  note: load average ${load} on ${m.cores} cores when the run started; other processes compete for the CPU, timings are noisy` : '';
}

/** Writes `result` as JSON to bench-output/<name>.json and returns the path. */
export function writeResult(name: string, result: unknown): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

/** Runs a benchmark's main function: prints the error message and exits 1 on failure. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => { process.exitCode = code; },
    (err: unknown) => { console.error(err instanceof Error ? (err.stack ?? err.message) : err); process.exitCode = 1; },
  );
}

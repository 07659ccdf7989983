// CPU and memory evidence for the ingest benchmark: process CPU time against wall time, CPU
// time per OS thread (Linux /proc/self/task, so worker threads show up separately) and an RSS
// sampler for the peak resident memory while a phase runs.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc stat times (USER_HZ; 100 on every mainstream Linux). */
const TICKS = 100;

export interface ThreadCpu {
  tid: string;
  name: string;
  seconds: number;
  /** Started after the first snapshot (in a pool run: the worker threads). */
  started?: boolean;
}

/** 'main' for the process's main thread (tid = pid), else the OS thread name. */
const threadName = (tid: string, comm: string): string => (tid === String(process.pid) ? 'main' : comm);

/** CPU seconds (user + system) used so far by each thread of this process; [] where /proc is missing. */
export function threadCpu(): ThreadCpu[] {
  let tids: string[];
  try { tids = readdirSync('/proc/self/task'); } catch { return []; }
  const out: ThreadCpu[] = [];
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      out.push({ tid, name: threadName(tid, name), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS });
    } catch { /* the thread ended between readdir and read */ }
  }
  return out;
}

/** CPU seconds each thread used between two threadCpu() snapshots (threads born in between count from 0). */
export function threadCpuDelta(before: ThreadCpu[], after: ThreadCpu[]): ThreadCpu[] {
  const start = new Map(before.map((t) => [t.tid, t.seconds]));
  return after
    .map((t) => ({ ...t, seconds: t.seconds - (start.get(t.tid) ?? 0), ...(start.has(t.tid) ? {} : { started: true }) }))
    .sort((a, b) => b.seconds - a.seconds);
}

/** Samples process RSS every `ms` until stopped; returns the peak seen (bytes). */
export function startRssSampler(ms = 20): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, ms);
  timer.unref();
  return { stop: () => { clearInterval(timer); return Math.max(peak, process.memoryUsage.rss()); } };
}

export interface Measured<T> {
  value: T;
  wallSeconds: number;
  /** Process CPU time (all threads), user + system. */
  cpuSeconds: number;
  userSeconds: number;
  /** CPU seconds per thread during the run, busiest first (last sample of threads that ended). */
  threads: ThreadCpu[];
  peakRss: number;
}

/** Wall time, process CPU time and per-thread CPU of running `fn`, with peak RSS. */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const sampler = startRssSampler();
  const before = threadCpu();
  const latest = new Map<string, ThreadCpu>();
  const snap = (): void => { for (const t of threadCpu()) latest.set(t.tid, t); };
  const timer = setInterval(snap, 100);
  timer.unref();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  try {
    const value = await fn();
    const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    snap();
    const threads = threadCpuDelta(before, [...latest.values()]);
    return { value, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, userSeconds: cpu.user / 1e6, threads, peakRss: sampler.stop() };
  } finally {
    clearInterval(timer);
    sampler.stop();
  }
}

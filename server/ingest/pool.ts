// A worker_threads pool running one job handler (a TypeScript worker module) in several threads,
// plus `mapOrdered`, which feeds it from an async source with a bounded window: results come
// back in input order and at most `window` inputs are in flight, so memory stays flat.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DocumentError, KgError } from '../errors.js';
import type { JobMessage, ResultMessage } from './worker-protocol.js';

const BOOT = new URL('./ts-worker-boot.mjs', import.meta.url);

/** Default pool size: one worker per available core, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

interface Job<In, Out> {
  id: number;
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  /** Jobs sent to this worker, in the order it runs them (the first one is running). */
  jobs: Job<In, Out>[];
  /** The worker has loaded its module and serves jobs. */
  ready: boolean;
}

export interface WorkerPoolOptions {
  /** Worker threads (default: one per available core, at least one). */
  size?: number;
  /**
   * Jobs sent ahead to each worker (default 2): a worker finds its next job already queued when
   * it finishes one, instead of idling until the main thread, busy writing, hands it the next.
   */
  depth?: number;
  /**
   * Added to each worker thread's nice value (Linux: per thread; default 0). A positive value lets
   * the thread that hands out jobs and consumes results run first when the CPU is short.
   */
  nice?: number;
}

/** Rebuilds a worker's error as the project's error class where it is one. */
function reviveError(error: { name: string; message: string }): Error {
  return error.name === 'DocumentError' ? new DocumentError(error.message) : new KgError(error.message);
}

/** A fixed-size pool of worker threads, each running the worker module at `module`. */
export class WorkerPool<In, Out> {
  private readonly slots: Slot<In, Out>[] = [];
  private readonly waiting: Job<In, Out>[] = [];
  private readonly depth: number;
  private readonly nice: number;
  private nextId = 1;
  private closed = false;

  constructor(private readonly module: URL, options: WorkerPoolOptions | number = {}) {
    const { size = defaultPoolSize(), depth = 2, nice = 0 } = typeof options === 'number' ? { size: options } : options;
    this.depth = Math.max(1, Math.floor(depth));
    this.nice = Math.max(0, Math.min(19, Math.floor(nice)));
    for (let i = 0; i < Math.max(1, Math.floor(size)); i++) this.slots.push(this.spawn());
  }

  /** Number of worker threads. */
  get size(): number {
    return this.slots.length;
  }

  /** Jobs sent ahead to each worker. */
  get jobDepth(): number {
    return this.depth;
  }

  /** Whether some worker has finished loading (jobs sent earlier wait for one). */
  get ready(): boolean {
    return this.slots.some((slot) => slot.ready);
  }

  /** Runs one job on the next free worker. */
  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new KgError('WorkerPool.run: the pool is closed.'));
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs not finished are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new KgError('WorkerPool.close: the pool was closed before the job ran.'));
    await Promise.all(
      this.slots.map(async (slot) => {
        for (const job of slot.jobs.splice(0)) job.reject(new KgError('WorkerPool.close: the pool was closed while the job ran.'));
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot<In, Out> {
    const worker = new Worker(BOOT, { workerData: { module: this.module.href, nice: this.nice } });
    const slot: Slot<In, Out> = { worker, jobs: [], ready: false };
    worker.on('message', (message: ResultMessage<Out>) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      if (slot.jobs[0]?.id !== message.id) return;
      const job = slot.jobs.shift()!;
      if (message.ok) job.resolve(message.output);
      else job.reject(reviveError(message.error));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new KgError(`worker: exited with code ${code}.`));
    });
    return slot;
  }

  /**
   * A crashed worker fails the job it was running and is replaced by a fresh one; the jobs
   * queued behind it go back to the front of the waiting line.
   */
  private replace(slot: Slot<In, Out>, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const [running, ...queued] = slot.jobs.splice(0);
    running?.reject(new KgError(`worker: ${error.message}`, { cause: error }));
    this.waiting.unshift(...queued);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  /** Hands waiting jobs to the least loaded workers, up to `depth` each. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      let target: Slot<In, Out> | undefined;
      for (const slot of this.slots) if (slot.jobs.length < this.depth && (target === undefined || slot.jobs.length < target.jobs.length)) target = slot;
      if (target === undefined) return;
      const job = this.waiting.shift()!;
      target.jobs.push(job);
      const message: JobMessage<In> = { id: job.id, input: job.input };
      target.worker.postMessage(message);
    }
  }
}

/** What mapOrdered yields for each source item: the item and its result or error. */
export type Settled<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: Error };

/**
 * Applies async `fn` to each item of `source` with at most `window` calls in flight and yields
 * the outcomes in source order. The source is only read as results are taken (backpressure).
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R> | R,
  window: number,
): AsyncGenerator<Settled<T, R>> {
  const pending: Promise<Settled<T, R>>[] = [];
  const settle = (item: T): Promise<Settled<T, R>> =>
    Promise.resolve()
      .then(() => fn(item))
      .then(
        (value): Settled<T, R> => ({ item, ok: true, value }),
        (error: unknown): Settled<T, R> => ({ item, ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
      );
  for await (const item of source) {
    pending.push(settle(item));
    if (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

// The ingestion pipeline: reads inputs, extracts them (in process for the first few, in worker
// threads for the rest of a big batch: extraction plus the store's pure preparation, see
// store/prepare.ts), and writes each document to the store from this thread, in input order, in
// batches (one transaction per batch, a savepoint per document). A document that fails is
// recorded with its origin and the reason and leaves nothing behind; the rest go on.
import type { DispatchInput } from '../ontology.js';
import type { GraphStore, IngestResult } from '../store/graph-store.js';
import type { PreparedReply } from '../store/prepare.js';
import { defaultPoolSize, mapOrdered, WorkerPool } from './pool.js';
import type { InputItem } from './read-inputs.js';

/** One document or record that could not be ingested. */
export interface IngestFailure {
  origin: string;
  message: string;
}

/** Totals of one pipeline run. */
export interface IngestSummary {
  added: number;
  skipped: number;
  failed: IngestFailure[];
  /** Whether extraction ran in worker threads. */
  usedWorkers: boolean;
}

/** What happened to one input, reported as it happens. */
export type IngestEvent =
  | { origin: string; ok: true; result: IngestResult }
  | { origin: string; ok: false; failure: IngestFailure };

export interface PipelineOptions {
  /** Worker threads for big batches (default: available cores, at least 1). */
  workers?: number;
  /** Jobs queued ahead in each worker (default 8), so that workers go on while this thread writes or commits. */
  workerDepth?: number;
  /**
   * Nice value of the worker threads (see WorkerPoolOptions.nice); default 4: this thread, which
   * reads, writes and hands out jobs, is the one all others wait for, so it runs first when the
   * CPU is short (measured: its run-queue wait fell from 5–12 s to 3.5 s on 3,000 documents).
   */
  workerNice?: number;
  /** This many documents are extracted in process before the worker pool starts (default 20): small batches never start it. */
  inProcessBelow?: number;
  /** Extract in process while the worker threads load (default true; false: strictly by count). */
  inProcessWhileLoading?: boolean;
  /** Worker module that serves extraction jobs (default ./extract-worker.ts). */
  workerModule?: URL;
  /** Documents committed together (each stays atomic on its own); default 200. */
  batchSize?: number;
  /** Longest time in ms a batch stays open before it is committed; default 250. */
  batchMs?: number;
  /** Called after every input, in input order. */
  onEvent?: (event: IngestEvent) => void;
}

export const PIPELINE_DEFAULTS = { inProcessBelow: 20, batchSize: 200, batchMs: 250, workerDepth: 8, workerNice: 4 } as const;

const EXTRACT_WORKER = new URL('./extract-worker.ts', import.meta.url);

/** Ingests every item of `items` into `store` and returns the totals. */
export async function ingestAll(
  store: GraphStore,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  options: PipelineOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, skipped: 0, failed: [], usedWorkers: false };
  const batch = new Batcher(store, options.batchSize ?? PIPELINE_DEFAULTS.batchSize, options.batchMs ?? PIPELINE_DEFAULTS.batchMs);
  const record = (event: IngestEvent): void => {
    if (event.ok) summary[event.result.status]++;
    else summary.failed.push(event.failure);
    batch.written();
    options.onEvent?.(event);
  };
  try {
    return await run(store, toAsyncIterator(items), options, summary, record, batch);
  } finally {
    batch.commit();
  }
}

/**
 * Groups writes into batches of at most `size` documents. A timer commits an open batch after
 * `ms` milliseconds: it can only fire while the pipeline waits (between documents), so the
 * write lock is never held long while extraction is slow.
 */
class Batcher {
  private count = 0;
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly store: GraphStore, private readonly size: number, private readonly ms: number) {}

  /** Opens a batch if none is open (call before writing). */
  open(): void {
    if (this.timer !== undefined) return;
    this.store.beginBatch();
    this.timer = setTimeout(() => this.commit(), this.ms);
    this.timer.unref();
  }

  /** Counts one write; commits when the batch is full. */
  written(): void {
    if (++this.count >= this.size) this.commit();
  }

  /** Commits the open batch, if any. */
  commit(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.count = 0;
    this.store.commitBatch();
  }
}

async function run(
  store: GraphStore,
  source: AsyncIterator<InputItem>,
  options: PipelineOptions,
  summary: IngestSummary,
  record: (event: IngestEvent) => void,
  batch: Batcher,
): Promise<IngestSummary> {
  const threshold = options.inProcessBelow ?? PIPELINE_DEFAULTS.inProcessBelow;
  let iterator = source;

  // The first `threshold` documents are extracted in process, as they come. A batch still
  // going after that starts the worker pool and (with `inProcessWhileLoading`) goes on in
  // process until a worker has loaded, then continues through the pool.
  const bridge = options.inProcessWhileLoading ?? true;
  let documents = 0;
  let pool: WorkerPool<DispatchInput, PreparedReply> | undefined;
  try {
    for (;;) {
      if (documents >= threshold && pool === undefined) {
        const peeked = await iterator.next();
        if (peeked.done === true) return summary;
        pool = new WorkerPool<DispatchInput, PreparedReply>(options.workerModule ?? EXTRACT_WORKER, {
          size: options.workers ?? defaultPoolSize(),
          depth: options.workerDepth ?? PIPELINE_DEFAULTS.workerDepth,
          nice: options.workerNice ?? PIPELINE_DEFAULTS.workerNice,
        });
        summary.usedWorkers = true;
        iterator = prepend(peeked.value, iterator);
      }
      if (pool !== undefined && (pool.ready || !bridge)) break;
      // Inputs may be read synchronously: let the event loop run (workers announcing that they
      // are ready, the batch timer) while the pool loads, and now and then otherwise.
      if (pool !== undefined || documents % 16 === 15) await yieldToEventLoop();
      const next = await iterator.next();
      if (next.done === true) return summary;
      const item = next.value;
      if (item.ok) documents++;
      batch.open();
      record(item.ok ? writeOne(store, item.origin, item.input) : failure(item.origin, item.message));
    }

    const workers = pool;
    const rest = { [Symbol.asyncIterator]: () => iterator };
    const extract = (item: InputItem): Promise<PreparedReply | undefined> | undefined =>
      item.ok && !store.hasText(item.input.text) ? workers.run(item.input) : undefined;
    // Twice what the workers hold, so they never wait for this thread to hand out work.
    for await (const settled of mapOrdered(rest, extract, workers.size * workers.jobDepth * 2)) {
      const { item } = settled;
      batch.open();
      if (!item.ok) record(failure(item.origin, item.message));
      else if (!settled.ok) record(failure(item.origin, settled.error.message));
      else record(writeOne(store, item.origin, item.input, settled.value));
    }
    return summary;
  } finally {
    await pool?.close();
  }
}

/** Stores one document (extracting it in process unless a worker prepared it; undefined: known text). */
function writeOne(store: GraphStore, origin: string, input: DispatchInput, prepared?: PreparedReply): IngestEvent {
  try {
    return { origin, ok: true, result: prepared !== undefined ? store.ingestPrepared({ ...prepared, input }) : store.ingest(input) };
  } catch (error) {
    return failure(origin, error instanceof Error ? error.message : String(error));
  }
}

/** Resolves after the event loop has run its pending I/O and timers once. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function failure(origin: string, message: string): IngestEvent {
  return { origin, ok: false, failure: { origin, message } };
}

async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T, undefined> {
  yield first;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return items[Symbol.asyncIterator]();
  const sync = items[Symbol.iterator]();
  return { next: async () => sync.next() };
}

// The ingestion pipeline: in-process path for small batches, worker pool for big ones, ordered
// results, per-document failures (unreadable text, crashed worker) that do not stop the rest.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestAll, type IngestEvent } from '../../server/ingest/pipeline.js';
import { mapOrdered } from '../../server/ingest/pool.js';
import type { InputItem } from '../../server/ingest/read-inputs.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { fakeExtract } from './fake-extractor.js';

const FAKE_WORKER = new URL('./fake-extract-worker.ts', import.meta.url);
const STATES = ['Russia', 'Korea', 'Mongolia', 'Laos'];

function doc(i: number, text = `Leader${i} Name${i} leads ${STATES[i % STATES.length]}`): InputItem {
  return { ok: true, origin: `doc-${i}.txt`, input: { id: `doc-${i}.txt`, text } };
}

describe('ingestAll', () => {
  let store: GraphStore;
  beforeEach(() => {
    store = GraphStore.open(':memory:', { extract: fakeExtract });
  });
  afterEach(() => {
    store.close();
  });

  it('extracts a small batch in process', async () => {
    const items = [doc(1), doc(2), { ok: false, origin: 'x.jsonl:3', message: 'invalid JSON' } as InputItem, doc(3, 'BROKEN text'), doc(1)];
    const summary = await ingestAll(store, items);
    expect(summary).toEqual({
      added: 2,
      skipped: 1,
      usedWorkers: false,
      failed: [
        { origin: 'x.jsonl:3', message: 'invalid JSON' },
        { origin: 'doc-3.txt', message: 'extract: document "doc-3.txt" is broken.' },
      ],
    });
    expect(store.counts()).toMatchObject({ documents: 2, nodes: 4, edges: 2 });
  });

  it('extracts the rest of a big batch in worker threads, in order, surviving failures', async () => {
    const items: InputItem[] = [];
    for (let i = 0; i < 30; i++) items.push(doc(i));
    items.splice(5, 0, doc(100, 'BROKEN doc'));
    items.splice(12, 0, doc(101, 'CRASH doc'));
    items.push(doc(3)); // same text as an earlier one
    const events: IngestEvent[] = [];
    async function* source() {
      yield* items;
    }
    const summary = await ingestAll(store, source(), { workerModule: FAKE_WORKER, workers: 2, inProcessBelow: 3, inProcessWhileLoading: false, onEvent: (e) => events.push(e) });
    expect(summary.usedWorkers).toBe(true);
    expect(events.map((e) => e.origin)).toEqual(items.map((i) => i.origin));
    expect(summary.added).toBe(30);
    expect(summary.skipped).toBe(1);
    expect(summary.failed.map((f) => f.origin)).toEqual(['doc-100.txt', 'doc-101.txt']);
    expect(summary.failed[0]!.message).toBe('extract: document "doc-100.txt" is broken.');
    expect(summary.failed[1]!.message).toMatch(/^worker: /);
    expect(store.counts()).toMatchObject({ documents: 30, nodes: 30 + STATES.length, edges: 30 });
    // The graph built through workers equals the one built in process.
    const reference = GraphStore.open(':memory:', { extract: fakeExtract });
    try {
      await ingestAll(reference, items.filter((i) => !i.ok || !i.input.text.includes('CRASH')), { inProcessBelow: 1000 });
      expect(reference.loadGraph().export()).toEqual(store.loadGraph().export());
    } finally {
      reference.close();
    }
  });

  it('goes on in process while the workers load', async () => {
    const items: InputItem[] = [];
    for (let i = 0; i < 40; i++) items.push(doc(i));
    const summary = await ingestAll(store, items, { workerModule: FAKE_WORKER, workers: 1, inProcessBelow: 5 });
    expect(summary).toMatchObject({ added: 40, failed: [], usedWorkers: true });
    expect(store.counts().documents).toBe(40);
  });

  it('does not start workers for a batch that ends at the threshold', async () => {
    const items = [doc(1), doc(2), doc(3)];
    expect(await ingestAll(store, items, { workerModule: FAKE_WORKER, inProcessBelow: 3 })).toMatchObject({ added: 3, usedWorkers: false });
  });
});

describe('mapOrdered', () => {
  it('keeps input order and at most `window` items in flight', async () => {
    let pulled = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    async function* source() {
      for (let i = 0; i < 20; i++) {
        pulled++;
        yield i;
      }
    }
    const seen: number[] = [];
    for await (const settled of mapOrdered(source(), async (i: number) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (20 - i) % 7));
      inFlight--;
      if (i === 4) throw new Error('four');
      return i * 10;
    }, 3)) {
      expect(pulled - seen.length).toBeLessThanOrEqual(3);
      seen.push(settled.item);
      expect(settled.ok ? settled.value : settled.error.message).toBe(settled.item === 4 ? 'four' : settled.item * 10);
    }
    expect(seen).toEqual([...Array(20).keys()]);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });
});

describe('ingestAll with inputs that never wait for I/O', () => {
  // Items ready at once never let the event loop run by themselves: the workers' "ready"
  // messages and the batch timer would wait until the whole batch was extracted in process.
  async function* source(n: number) {
    for (let i = 0; i < n; i++) yield doc(i);
  }

  it.each([
    ['in process', { inProcessBelow: Number.POSITIVE_INFINITY }],
    ['while the worker pool loads', { workerModule: FAKE_WORKER, workers: 1, inProcessBelow: 0 }],
  ] as const)('lets timers and messages through %s', async (_name, options) => {
    const store = GraphStore.open(':memory:', { extract: fakeExtract });
    try {
      let written = 0;
      let seenAt: number | undefined;
      setTimeout(() => {
        seenAt = written;
      }, 0);
      const summary = await ingestAll(store, source(2000), { ...options, onEvent: () => written++ });
      expect(summary).toMatchObject({ added: 2000, failed: [] });
      expect(seenAt).toBeDefined();
      expect(seenAt!).toBeLessThan(100);
    } finally {
      store.close();
    }
  });
});

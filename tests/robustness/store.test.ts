// Robustness of the real ingest path (read-inputs → extractor → SQLite store): after the bundled
// dispatches are stored, each pathological file either fails with a clear per-document error and
// leaves the store exactly as it was, or is added without losing anything already stored.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/extract/index.js';
import { ingestAll } from '../../server/ingest/pipeline.js';
import { readInputs } from '../../server/ingest/read-inputs.js';
import { GraphStore, type StoreCounts } from '../../server/store/graph-store.js';
import { writeCorpus } from '../../scripts/corpus/index.js';
import { DISPATCH_DIR, badInputs } from './bad-inputs.js';
import { expectKept, snapshot, type Snapshot } from './snapshot.js';

describe('ingesting bad documents into a populated store', () => {
  let dir: string;
  let store: GraphStore;
  let bundled: StoreCounts;
  let bundledNodes: string[];
  let bundledEdges: string[];
  let bundledSnapshot: Snapshot;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-robustness-'));
    store = GraphStore.open(join(dir, 'kg.db'), { extract: extractDocument });
    const summary = await ingestAll(store, readInputs([DISPATCH_DIR]));
    expect(summary.failed).toEqual([]);
    bundled = store.counts();
    const graph = store.loadGraph();
    bundledNodes = graph.nodes();
    bundledEdges = graph.edges();
    bundledSnapshot = snapshot(store);
  });

  afterAll(() => {
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Everything stored from the bundled dispatches is still there: nodes with their aliases, edges with their evidence, documents with their text. */
  function expectNothingLost(): void {
    const graph = store.loadGraph();
    for (const key of bundledNodes) expect(graph.hasNode(key), `node ${key}`).toBe(true);
    for (const key of bundledEdges) expect(graph.hasEdge(key), `edge ${key}`).toBe(true);
    expect(store.counts().documents).toBeGreaterThanOrEqual(bundled.documents);
    expectKept(bundledSnapshot, snapshot(store));
  }

  it('stored the bundled dispatches', () => {
    expect(bundled.documents).toBe(6);
    expect(bundled.nodes).toBeGreaterThan(0);
    expect(bundled.edges).toBeGreaterThan(0);
  });

  it.each(badInputs().map((b) => [b.file, b] as const))('%s: clear failure with the store unchanged, or added without loss', async (_name, bad) => {
    const file = join(dir, bad.file);
    writeFileSync(file, bad.bytes);
    const before = store.counts();
    const snapshotBefore = snapshot(store);
    const summary = await ingestAll(store, readInputs([file]));
    if (bad.want === 'error') expect(summary.failed).toHaveLength(1);
    if (bad.want === 'bounded') expect(summary.added).toBe(1);
    if (summary.failed.length > 0) {
      const failure = summary.failed[0]!;
      expect(failure.origin).toContain(bad.file);
      expect(failure.message).toMatch(/\w+: .+\. Expected .+/);
      expect(store.counts()).toEqual(before);
      expect(snapshot(store)).toEqual(snapshotBefore); // not a row of it: no alias, mention or evidence either
    } else {
      expect(summary.added).toBe(1);
      expect(store.counts().documents).toBe(before.documents + 1);
      expect(store.counts().nodes).toBeGreaterThanOrEqual(before.nodes);
      expect(store.counts().edges).toBeGreaterThanOrEqual(before.edges);
    }
    expectNothingLost();
  });

  it('a batch mixing bad files with good dispatches goes through the worker pool: good ones added, bad ones reported', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    const good = await writeCorpus({ count: 30, seed: 99, out: batch });
    const bad = badInputs().filter((b) => b.want === 'error');
    for (const b of bad) writeFileSync(join(batch, `zz-${b.file}`), b.bytes);
    const before = store.counts();
    const summary = await ingestAll(store, readInputs([batch]), { workers: 2, inProcessBelow: 0 });
    expect(summary.usedWorkers).toBe(true);
    expect(summary.failed.map((f) => f.origin.split('/').pop()).sort()).toEqual(bad.map((b) => `zz-${b.file}`).sort());
    expect(summary.added).toBe(good.documents);
    expect(store.counts().documents).toBe(before.documents + good.documents);
    expectNothingLost();
  });

  it('every bad file, 20 MB included, in one worker-pool batch with good dispatches: failures leave no row, the rest is committed', async () => {
    const batch = join(dir, 'mixed');
    mkdirSync(batch);
    const good = await writeCorpus({ count: 24, seed: 123, out: batch });
    const bad = badInputs();
    // Bad files interleaved with good ones (names sort between the generated files).
    bad.forEach((b, i) => writeFileSync(join(batch, `${String(i * 2).padStart(4, '0')}z-${b.file}`), b.bytes));
    const before = store.counts();
    const kept = snapshot(store);
    const summary = await ingestAll(store, readInputs([batch]), { workers: 2, inProcessBelow: 0, batchSize: 5 });
    expect(summary.usedWorkers).toBe(true);
    const failed = new Set(summary.failed.map((f) => f.origin.split('/').pop()!.replace(/^\d+z-/, '')));
    for (const b of bad) if (b.want === 'error') expect(failed.has(b.file), b.file).toBe(true);
    for (const b of bad) if (b.want === 'bounded') expect(failed.has(b.file), b.file).toBe(false);
    for (const f of summary.failed) expect(f.message).toMatch(/\w+: .+\. Expected .+/);
    // Bounded bad files already stored above are skipped as known; every other success is a new row.
    expect(summary.added + summary.skipped + summary.failed.length).toBe(good.documents + bad.length);
    expect(store.counts().documents).toBe(before.documents + summary.added);
    const documents = store.listDocuments({ limit: 10_000 }).map((d) => d.id);
    for (const name of failed) expect(documents.some((id) => id.endsWith(name)), name).toBe(false);
    expectKept(kept, snapshot(store));
    expectNothingLost();
  });

  it('ingesting the same bad and good files again changes nothing', async () => {
    const before = store.counts();
    const summary = await ingestAll(store, readInputs([DISPATCH_DIR]));
    expect(summary.added).toBe(0);
    expect(summary.skipped).toBe(6);
    expect(store.counts()).toEqual(before);
  });

  it('the store re-opens with everything in it', () => {
    const counts = store.counts();
    store.close();
    store = GraphStore.open(join(dir, 'kg.db'), { extract: extractDocument });
    expect(store.counts()).toEqual(counts);
    expectNothingLost();
  });
});

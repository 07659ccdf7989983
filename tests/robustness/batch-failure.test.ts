// A document the store refuses in the middle of a batch (one transaction, a savepoint per
// document) leaves nothing behind: no document row, node, alias, edge or evidence, and the
// in-memory node index does not remember its nodes; the documents around it are committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestAll } from '../../server/ingest/pipeline.js';
import type { InputItem } from '../../server/ingest/read-inputs.js';
import type { DispatchInput, Extraction } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { buildDoc } from '../store/build-extraction.js';
import { expectKept, snapshot } from './snapshot.js';

/** A good document: a person leading a state, both named after `n`. */
function good(n: number) {
  const sentence = `Leader Alpha${n} Beta${n} leads Gamma${n}land.`;
  return buildDoc({
    id: `good-${n}.txt`, text: sentence,
    entities: [{ id: 'p', type: 'person', label: `Alpha${n} Beta${n}` }, { id: 's', type: 'organization', label: `Gamma${n}land Council` }],
    relations: [{ source: 'p', type: 'LEADER_OF', target: 's', sentence }],
  });
}

/**
 * A document the store refuses half-way: its entities, aliases and edge are written before its
 * evidence, whose sentence SQLite cannot bind, makes the write throw.
 */
function broken(): { input: DispatchInput; extraction: Extraction } {
  const sentence = 'Delta Epsilon heads the Zeta Council.';
  const doc = buildDoc({
    id: 'broken.txt', text: sentence,
    entities: [{ id: 'p', type: 'person', label: 'Delta Epsilon' }, { id: 'o', type: 'organization', label: 'Zeta Council' }],
    relations: [{ source: 'p', type: 'LEADER_OF', target: 'o', sentence }],
  });
  const relation = doc.extraction.relations[0]!;
  relation.evidence = [{ ...relation.evidence[0]!, sentence: { not: 'a string' } as unknown as string }];
  return doc;
}

describe('a refused document inside a batch', () => {
  let dir: string;
  let store: GraphStore;
  const extractions = new Map<string, Extraction>();
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-batch-failure-'));
    extractions.clear();
    store = GraphStore.open(join(dir, 'kg.db'), { extract: (input) => extractions.get(input.text)! });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no row and no index entry; the rest of the batch is committed', async () => {
    const docs = [good(1), good(2), broken(), good(3), good(4)];
    for (const d of docs) extractions.set(d.input.text, d.extraction);
    store.ingest(good(0).input, good(0).extraction);
    const kept = snapshot(store);
    const items: InputItem[] = docs.map((d) => ({ ok: true, origin: d.input.id!, input: d.input }));
    const summary = await ingestAll(store, items, { batchSize: 100, inProcessBelow: 1000 });
    expect(summary.added).toBe(4);
    expect(summary.failed).toEqual([{ origin: 'broken.txt', message: expect.stringMatching(/^ingest: cannot store document "broken\.txt": .+/) }]);
    expect(store.counts()).toMatchObject({ documents: 5, nodes: 10, edges: 5, evidence: 5 });
    expect(store.getDocument('broken.txt')).toBeUndefined();
    expect(store.getNode('person:delta-epsilon')).toBeUndefined();
    expect(store.getNode('organization:zeta-council')).toBeUndefined();
    expectKept(kept, snapshot(store));

    // The index forgot the refused nodes too: the same names later get the plain keys, not "-2".
    const again = broken();
    again.extraction.relations = [];
    const result = store.ingest({ ...again.input, text: `${again.input.text} ` }, again.extraction);
    expect(result.nodes.sort()).toEqual(['organization:zeta-council', 'person:delta-epsilon']);

    // And all of it survives re-opening.
    const counts = store.counts();
    store.close();
    store = GraphStore.open(join(dir, 'kg.db'), { extract: (input) => extractions.get(input.text)! });
    expect(store.counts()).toEqual(counts);
  });

  it('a document that throws while being written inside an explicit batch is rolled back alone', () => {
    store.beginBatch();
    store.ingest(good(1).input, good(1).extraction);
    const bad = broken();
    expect(() => store.ingest(bad.input, bad.extraction)).toThrow(/cannot store document "broken\.txt"/);
    store.ingest(good(2).input, good(2).extraction);
    store.commitBatch();
    expect(store.counts()).toMatchObject({ documents: 2, nodes: 4, edges: 2, evidence: 2 });
    expect(store.listDocuments().map((d) => d.id)).toEqual(['good-1.txt', 'good-2.txt']);
  });
});

// The bundled dispatches through the real extractor, once via the worker pool and once in
// process: the same merged graph, one node per state, Kim Jong Un LEADER_OF North Korea.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestSummary } from '../../server/ingest/pipeline.js';
import { readInputs } from '../../server/ingest/read-inputs.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';

const DISPATCHES = fileURLToPath(new URL('../../data/dispatches', import.meta.url));

describe('ingesting data/dispatches', () => {
  let pooled: GraphStore;
  let inProcess: GraphStore;
  let summary: IngestSummary;
  let graph: KnowledgeGraph;

  beforeAll(async () => {
    pooled = GraphStore.open(':memory:');
    inProcess = GraphStore.open(':memory:');
    summary = await ingestAll(pooled, readInputs([DISPATCHES]), { workers: 2, inProcessBelow: 0, inProcessWhileLoading: false });
    await ingestAll(inProcess, readInputs([DISPATCHES]));
    graph = pooled.loadGraph();
  });

  afterAll(() => {
    pooled?.close();
    inProcess?.close();
  });

  it('adds every dispatch through the worker pool', () => {
    expect(summary).toMatchObject({ added: 6, skipped: 0, failed: [], usedWorkers: true });
  });

  it('has exactly one node for each of North Korea and Russia', () => {
    for (const name of ['North Korea', 'Russia']) {
      const nodes = graph.filterNodes((_key, a) => a.type === 'state' && (a.label === name || a.aliases.includes(name)));
      expect(nodes, name).toHaveLength(1);
    }
    expect(graph.hasNode('state:north-korea')).toBe(true);
    expect(graph.hasNode('state:russia')).toBe(true);
  });

  it('has Kim Jong Un LEADER_OF North Korea with evidence from several dispatches', () => {
    const kim = graph.filterNodes((_key, a) => a.type === 'person' && a.label === 'Kim Jong Un');
    expect(kim).toEqual(['person:kim-jong-un']);
    const key = 'person:kim-jong-un|LEADER_OF|state:north-korea';
    expect(graph.hasEdge(key)).toBe(true);
    const docs = new Set(graph.getEdgeAttribute(key, 'evidence').map((e) => e.doc));
    expect(docs.size).toBeGreaterThan(1);
  });

  it('builds the same graph in process as in worker threads', () => {
    expect(inProcess.loadGraph().export()).toEqual(graph.export());
  });

  it('skips every dispatch the second time', async () => {
    const counts = pooled.counts();
    const again = await ingestAll(pooled, readInputs([DISPATCHES]), { workers: 2, inProcessBelow: 0 });
    expect(again).toMatchObject({ added: 0, skipped: 6, failed: [] });
    expect(pooled.counts()).toEqual(counts);
  });
});

// GraphML export: well-formed XML (Python's parser), read back by networkx.read_graphml with the
// declared types and parallel edges kept, and by graphology-graphml; hostile strings survive
// minus the characters XML cannot carry; streamed in chunks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphmlChunks } from '../../server/export/graphml.js';
import { egoSelection, filteredSelection, wholeGraph, type GraphSelection } from '../../server/export/selection.js';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { randomGraph, smallGraph } from '../graph/queries-fixtures.js';

interface NetworkxView {
  kind: string;
  nodes: number;
  edges: number;
  node: Record<string, Record<string, unknown>>;
  edge: Record<string, Record<string, unknown>>;
}

/** What networkx.read_graphml makes of `file` (after a strict well-formedness parse). */
function networkx(file: string): NetworkxView {
  const script = `
import json, sys, xml.etree.ElementTree as ET
import networkx as nx
ET.parse(sys.argv[1])
g = nx.read_graphml(sys.argv[1])
print(json.dumps({'kind': type(g).__name__, 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'node': {n: d for n, d in g.nodes(data=True)},
  'edge': ({k: d for _, _, k, d in g.edges(keys=True, data=True)} if g.is_multigraph() else {d.get('id'): d for _, _, d in g.edges(data=True)})}, default=str))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

function tricky(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.addNode('org:a&b <c>', { type: 'organization', label: 'Smith & Sons <Ltd> "q"\u0007 lone\ud800 ok 🇰🇵', aliases: ['x\u0000y'], mentions: 3, color: 'nonsense', x: 1, y: Number.NaN });
  g.addNode('person:김정은', { type: 'person', label: '김정은', aliases: [], mentions: 1, firstSeen: '2025-01-01' });
  g.addEdgeWithKey('e|1', 'org:a&b <c>', 'person:김정은', { type: 'PRAISED', evidence: [{ doc: 'd1', sentence: 'Line\none\ttab\u0001.', start: 0, end: 5, reported: '2025-02-02' }], count: Number.NaN, negated: true });
  g.addEdgeWithKey('e|2', 'org:a&b <c>', 'person:김정은', { type: 'CRITICIZED', evidence: [], date: { start: '2024-01-01', end: '2024-01-31', text: 'January' } });
  return g;
}

describe('GraphML export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-graphml-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, sel: GraphSelection, options = {}) => {
    const file = join(dir, `${name}.graphml`);
    writeFileSync(file, [...graphmlChunks(sel, options)].join(''));
    return file;
  };

  it.each([
    ['whole graph', () => wholeGraph(smallGraph()), 11, 10],
    ['filtered', () => filteredSelection(smallGraph(), { nodeTypes: ['person', 'state'] }), 6, 4],
    ['ego network', () => egoSelection(smallGraph(), 'state:russia', { depth: 1 }), 5, 4],
    ['hostile strings', () => wholeGraph(tricky()), 2, 2],
    ['empty graph', () => wholeGraph(createKnowledgeGraph()), 0, 0],
  ] as [string, () => GraphSelection, number, number][])('%s is read by networkx', (name, make, nodes, edges) => {
    const view = networkx(write(name.replace(/\W+/g, '-'), make()));
    // networkx makes a MultiDiGraph only when there are parallel edges.
    expect(view).toMatchObject({ kind: name === 'hostile strings' ? 'MultiDiGraph' : expect.stringMatching(/^(Multi)?DiGraph$/), nodes, edges });
  });

  it('keeps typed values, parallel edges, times and colours', () => {
    const g = smallGraph();
    g.addEdgeWithKey('e:kim-praised', 'person:kim-jong-un', 'state:north-korea', { type: 'PRAISED', evidence: [], date: { start: '2025-06-17', end: '2025-06-17', text: 'On June 17' } });
    const positions = new Map([['state:russia', { x: 3, y: -4 }]]);
    const view = networkx(write('typed', wholeGraph(g), { positions }));
    expect(view.edges).toBe(11);
    expect(view.node['person:kim-jong-un']).toMatchObject({ label: 'Kim Jong Un', type: 'person', mentions: 9, color: '#e4572e' });
    expect(view.node['state:russia']).toMatchObject({ x: 3, y: -4 });
    expect(view.edge['e:kim-lead']).toMatchObject({ edgeType: 'LEADER_OF', negated: false, weight: 1 });
    expect(view.edge['e:kim-praised']).toMatchObject({ edgeType: 'PRAISED', start: '2025-06-17', end: '2025-06-17', dateText: 'On June 17' });
  });

  it('drops only what XML cannot carry from hostile strings', () => {
    const view = networkx(write('tricky', wholeGraph(tricky())));
    expect(view.node['org:a&b <c>']).toMatchObject({ label: 'Smith & Sons <Ltd> "q" lone ok 🇰🇵', aliases: '["x\\u0000y"]' /* JSON escapes it: legal XML text */, color: '#9b5de5', x: 1 });
    expect(view.node['org:a&b <c>']).not.toHaveProperty('y');
    expect(view.edge['e|1']).toMatchObject({ evidence: 'Line\none\ttab.', negated: true, start: '2025-02-02' });
    expect(view.edge['e|1']).not.toHaveProperty('count');
    expect(view.edge['e|2']).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
  });

  it('is read back by graphology-graphml with keys and attributes', () => {
    const xml = [...graphmlChunks(wholeGraph(smallGraph()))].join('');
    const back = parse(Graph, xml);
    expect(back.order).toBe(11);
    expect(back.size).toBe(10);
    expect(back.getNodeAttributes('person:kim-jong-un')).toMatchObject({ label: 'Kim Jong Un', type: 'person', mentions: 9 });
    expect(back.getEdgeAttributes('e:met')).toMatchObject({ edgeType: 'MET_WITH' });
  });

  it('streams in chunks of about chunkSize', () => {
    const graph = randomGraph(12, 2000, 4000);
    const chunks = [...graphmlChunks(wholeGraph(graph), { chunkSize: 8192 })];
    expect(chunks.length).toBeGreaterThan(50);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeLessThan(8192 + 4096);
    const file = join(dir, 'streamed.graphml');
    writeFileSync(file, chunks.join(''));
    expect(networkx(file)).toMatchObject({ nodes: graph.order, edges: graph.size });
  });
});

// GEXF export variants, each checked by ../shared/tools/check-gexf (patched XSD + RELAX NG +
// networkx): filtered and ego selections, a dynamic graph with spells from dates, hostile strings
// and attribute values, stored layout and colours (r/g/b and hex), and streaming in chunks.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gexfChunks, toGexf } from '../../server/export/gexf.js';
import { hashedPosition } from '../../server/export/layout.js';
import { egoSelection, filteredSelection, wholeGraph, type GraphSelection } from '../../server/export/selection.js';
import { parseHexColor } from '../../server/export/xml.js';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import type { EdgeAttributes, KnowledgeGraph } from '../../server/ontology.js';
import { randomGraph, smallGraph } from '../graph/queries-fixtures.js';

const CHECK_GEXF = fileURLToPath(new URL('../../../shared/tools/check-gexf', import.meta.url));

/** Runs check-gexf on `xml`; returns its exit status and output. */
function checkGexf(dir: string, name: string, xml: string): { status: number | null; out: string; file: string } {
  const file = join(dir, `${name}.gexf`);
  writeFileSync(file, xml);
  const run = spawnSync(CHECK_GEXF, ['--schema', 'patched', '--rng', file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, out: `${run.stdout}${run.stderr}`, file };
}

function expectValid(dir: string, name: string, xml: string, nodes: number, edges: number): string {
  const { status, out, file } = checkGexf(dir, name, xml);
  expect(out).toContain('schema: patched/1.3/gexf.xsd: valid');
  expect(out).toContain('relax ng: 1.3/gexf.rng: valid');
  expect(out).toContain(`nodes: ${nodes}\n`);
  expect(out).toContain(`edges: ${edges}\n`);
  expect(out).toContain('RESULT: OK');
  expect(status).toBe(0);
  return file;
}

/** Graph mode, time format, and the spells of nodes and edges, as Python's ElementTree reads the file. */
function spellsOf(file: string): { mode: string; timeformat: string | null; nodes: Record<string, string[][]>; edges: Record<string, string[][]> } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
G = '{http://gexf.net/1.3}'
root = ET.parse(sys.argv[1]).getroot()
graph = root.find(G + 'graph')
def spells(el):
    return [[s.get('start'), s.get('end')] for s in el.iter(G + 'spell')]
print(json.dumps({'mode': graph.get('mode'), 'timeformat': graph.get('timeformat'),
  'nodes': {n.get('id'): spells(n) for n in root.iter(G + 'node') if spells(n)},
  'edges': {e.get('id'): spells(e) for e in root.iter(G + 'edge') if spells(e)}}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

const ev = (doc: string, reported?: string) => [{ doc, sentence: `Sentence of ${doc}.`, start: 0, end: 10, ...(reported ? { reported } : {}) }];

/** The small graph with dates: one dated meeting, report days on some edges, first/last seen on a node. */
function datedGraph(): KnowledgeGraph {
  const g = smallGraph();
  g.setEdgeAttribute('e:met', 'date', { start: '2024-06-19', end: '2024-06-20', text: '19-20 June 2024' });
  g.setEdgeAttribute('e:kim-lead', 'evidence', [...ev('d1', '2025-01-10'), ...ev('d2', '2025-03-02')]);
  g.setEdgeAttribute('e:reg-deploy', 'evidence', ev('d2', '2024-11-05'));
  g.mergeNodeAttributes('person:kim-jong-un', { firstSeen: '2024-12-01', lastSeen: '2025-02-01' });
  return g;
}

/** Ids, labels and values no XML writer should trust. */
function nastyGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  const add = (id: string, label: string, extra: Record<string, unknown> = {}) =>
    g.addNode(id, { type: 'organization', label, aliases: [label, 'a\u0000b', '\ud83d'], mentions: 1, ...extra });
  add('org:cdata', 'Ends a CDATA ]]> and starts <![CDATA[ one', { description: 'lone low \udc00 surrogate', color: 'red' });
  add('org:ctl', 'Bell\u0007 vertical\u000b tab, form\u000c feed, DEL\u007f, C1\u0085 NEL', { color: '#ABC', x: 10, y: -20, size: 7 });
  add('org:entities', '&amp; &#x1; &lt;not a tag&gt; "both" \'quotes\'', { color: '#11223380', x: Number.NaN, y: 5, size: -3 });
  add('org:bidi', '\u202eRTL override\u202c, zero\u200bwidth, BOM\ufeff, U+FFFE\ufffe U+FFFF\uffff', { firstSeen: 'not a date' });
  add('org:long', 'x'.repeat(20_000), { mentions: Number.POSITIVE_INFINITY });
  add('org:newline id\n\ttab', 'Line one\nline two\r\nline three\ttabbed');
  const edge = (key: string, s: string, t: string, attrs: Partial<EdgeAttributes>) =>
    g.addEdgeWithKey(key, s, t, { type: 'ASSISTED', evidence: [], ...attrs });
  edge('e|1', 'org:cdata', 'org:ctl', { evidence: [{ doc: 'd\u0001&1', sentence: 'He said "<b>" \u0007 & left\ud800.', start: 0, end: 5 }], role: '<script>alert(1)</script>' });
  edge('e|2', 'org:ctl', 'org:entities', { count: Number.NaN, confidence: Number.POSITIVE_INFINITY, date: { start: '2025-02-30', end: '2025-03-01', text: 'bad day' } });
  edge('e|3', 'org:entities', 'org:bidi', { date: { start: '2025-05-09', end: '2025-05-01', text: 'reversed' } });
  edge('e|4', 'org:bidi', 'org:long', { negated: true });
  edge('e|5', 'org:long', 'org:newline id\n\ttab', { role: 'tab\there' });
  edge('e|6', 'org:long', 'org:newline id\n\ttab', { type: 'PRAISED' }); // parallel edge
  return g;
}

describe('GEXF export variants', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-gexf-variants-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['whole graph', () => wholeGraph(smallGraph()), 11, 10],
    ['filtered by node types', () => filteredSelection(smallGraph(), { nodeTypes: ['person', 'state'] }), 6, 4],
    ['filtered by edge types', () => filteredSelection(smallGraph(), { edgeTypes: ['PART_OF', 'LEADER_OF'] }), 11, 5],
    ['filtered by time window', () => filteredSelection(datedGraph(), { since: '2024-06-01', until: '2024-12-31' }), 4, 2],
    ['ego network, depth 1', () => egoSelection(smallGraph(), 'state:russia', { depth: 1 }), 5, 4],
    ['ego network, depth 2, edge types', () => egoSelection(smallGraph(), 'unit:528th', { depth: 2, edgeTypes: ['PART_OF'] }), 3, 2],
    ['nasty strings', () => wholeGraph(nastyGraph()), 6, 6],
    ['empty filter result', () => filteredSelection(smallGraph(), { since: '1900-01-01', until: '1900-01-02' }), 0, 0],
  ] as [string, () => GraphSelection, number, number][])('%s passes check-gexf', (name, make, nodes, edges) => {
    const sel = make();
    expect([sel.nodes.length, sel.edges.length]).toEqual([nodes, edges]);
    expectValid(dir, name.replace(/\W+/g, '-'), [...gexfChunks(sel, { lastModified: '2025-12-13' })].join(''), nodes, edges);
  });

  it('filters keep only matching nodes and edges', () => {
    const byType = filteredSelection(smallGraph(), { nodeTypes: ['person', 'state'] });
    expect([...byType.nodes].sort()).toEqual(['person:jose', 'person:kim-jong-un', 'person:sergey-shoigu', 'person:vladimir-putin', 'state:north-korea', 'state:russia']);
    expect([...byType.edges].sort()).toEqual(['e:jose-visit', 'e:kim-lead', 'e:met', 'e:putin-lead']);
    const timed = filteredSelection(datedGraph(), { since: '2024-06-01', until: '2024-12-31' });
    expect([...timed.edges].sort()).toEqual(['e:met', 'e:reg-deploy']);
    expect([...timed.nodes].sort()).toEqual(['person:kim-jong-un', 'person:sergey-shoigu', 'place:kursk', 'unit:528th']);
  });

  it('writes a dynamic graph with edge spells from dates (else report days) and node spells covering them', () => {
    const xml = toGexf(datedGraph(), { lastModified: '2025-12-13' });
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const file = expectValid(dir, 'dynamic', xml, 11, 10);
    const spells = spellsOf(file);
    expect(spells.mode).toBe('dynamic');
    expect(spells.timeformat).toBe('date');
    expect(spells.edges).toEqual({
      'e:met': [['2024-06-19', '2024-06-20']],
      'e:kim-lead': [['2025-01-10', '2025-03-02']],
      'e:reg-deploy': [['2024-11-05', '2024-11-05']],
    });
    // Kim: first/last seen 2024-12-01..2025-02-01 widened by the meeting (June 2024) and leadership (to March 2025).
    expect(spells.nodes['person:kim-jong-un']).toEqual([['2024-06-19', '2025-03-02']]);
    expect(spells.nodes['unit:528th']).toEqual([['2024-11-05', '2024-11-05']]);
    expect(spells.nodes['award:hero']).toBeUndefined(); // no known time: always there
  });

  it('a graph without any date stays static', () => {
    const xml = toGexf(smallGraph(), { lastModified: '2025-12-13' });
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(xml).not.toContain('<spell');
  });

  it('nasty strings: illegal characters are dropped, the rest kept; bad numbers, colours and dates are left out or replaced', () => {
    const xml = toGexf(nastyGraph(), { lastModified: '2025-12-13' });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(xml).toContain('Ends a CDATA ]]&gt; and starts &lt;![CDATA[ one');
    expect(xml).toContain('&amp;amp; &amp;#x1; &amp;lt;not a tag&amp;gt; &quot;both&quot; &apos;quotes&apos;');
    expect(xml).toContain('<node id="org:newline id&#xA;&#x9;tab"');
    expect(xml).not.toMatch(/value="(NaN|Infinity)"/);
    // Stored colour and layout win; an invalid colour falls back to the type's; bad sizes to the degree's.
    expect(xml).toMatch(/<node id="org:ctl"[\s\S]*?<viz:color r="170" g="187" b="204"\/>\s*<viz:position x="10" y="-20"\/>\s*<viz:size value="7"\/>/);
    expect(xml).toMatch(/<node id="org:entities"[\s\S]*?<viz:color r="17" g="34" b="51" a="0.502"\/>/);
    expect(xml).toMatch(/<node id="org:cdata"[\s\S]*?<viz:color r="155" g="93" b="229"\/>/);
    expect(xml).not.toMatch(/<viz:size value="-3"/);
    // Impossible and reversed dates: no spell from 2025-02-30, the reversed interval put in order.
    expect(xml).not.toContain('start="2025-02-30"');
    expect(xml).toContain('<spell start="2025-05-01" end="2025-05-09"/>');
  });

  it('writes hex colours when asked, and that passes check-gexf too', () => {
    const xml = toGexf(smallGraph(), { lastModified: '2025-12-13', colorFormat: 'hex' });
    expect(xml).toContain('<viz:color hex="#e4572e"/>');
    expect(xml).not.toMatch(/<viz:color r=/);
    expectValid(dir, 'hex', xml, 11, 10);
  });

  it('takes positions from a stored layout, else from the node attributes, else computes them', () => {
    const g = smallGraph();
    g.mergeNodeAttributes('state:russia', { x: 1.5, y: 2.5 });
    const positions = new Map([['state:russia', { x: 99, y: 99 }], ['person:jose', { x: -4, y: 8 }]]);
    const xml = toGexf(g, { lastModified: '2025-12-13', positions });
    expect(xml).toMatch(/<node id="state:russia"[\s\S]*?<viz:position x="1.5" y="2.5"\/>/);
    expect(xml).toMatch(/<node id="person:jose"[\s\S]*?<viz:position x="-4" y="8"\/>/);
  });

  it('streams: a large graph comes in many chunks of about chunkSize that join to the same document', () => {
    const graph = randomGraph(4, 3000, 6000);
    const chunks = [...gexfChunks(wholeGraph(graph), { lastModified: '2025-12-13', chunkSize: 16_384, layout: { iterations: 2 } })];
    expect(chunks.length).toBeGreaterThan(50);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeLessThan(16_384 + 4096);
    expect(chunks.join('')).toBe(toGexf(graph, { lastModified: '2025-12-13', layout: { iterations: 2 } }));
    expectValid(dir, 'streamed', chunks.join(''), graph.order, graph.size);
  });

  it('past the layout budget, positions come from hashing the id (no layout graph is built)', () => {
    const graph = randomGraph(8, 600, 900);
    const xml = toGexf(graph, { lastModified: '2025-12-13', layout: { budget: 100 } });
    const p = hashedPosition('n17', 100);
    expect(xml).toMatch(new RegExp(`<node id="n17"[\\s\\S]*?<viz:position x="${p.x}" y="${p.y}"/>`));
    expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(100);
  });

  it('parses hex colours', () => {
    expect(parseHexColor('#abc')).toEqual({ r: 170, g: 187, b: 204, a: 1 });
    expect(parseHexColor('E4572E')).toEqual({ r: 228, g: 87, b: 46, a: 1 });
    expect(parseHexColor('#00000000')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseHexColor('red')).toBeUndefined();
    expect(parseHexColor(42)).toBeUndefined();
  });
});

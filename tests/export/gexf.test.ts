// GEXF export: XML escaping, determinism, and validity of whole-graph and subgraph exports
// checked by the external oracle ../shared/tools/check-gexf (patched XSD + RELAX NG + networkx).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGexf } from '../../server/export/gexf.js';
import { escapeXml, stripIllegalXml } from '../../server/export/xml.js';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { subgraph } from '../../server/graph/subgraph.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { smallGraph } from '../graph/queries-fixtures.js';

const CHECK_GEXF = fileURLToPath(new URL('../../../shared/tools/check-gexf', import.meta.url));

/** Labels that stress escaping; the control characters must be dropped, the rest kept. */
const TRICKY: [id: string, label: string, kept: string][] = [
  ['person:amp', 'Smith & Sons <Ltd> "quoted" \'single\'', 'Smith & Sons <Ltd> "quoted" \'single\''],
  ['person:шойгу', 'Сергей Шойгу', 'Сергей Шойгу'],
  ['person:김정은', '김정은 위원장', '김정은 위원장'],
  ['org:ctl', 'Bell\u0007 and\u0000 NUL\u001f end', 'Bell and NUL end'],
  ['org:surrogate', 'Lone \ud800 surrogate, emoji 🇰🇵 kept', 'Lone  surrogate, emoji 🇰🇵 kept'],
  ['org:id with spaces & "quotes" <x>', 'Plain', 'Plain'],
];

function trickyGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  for (const [id, label] of TRICKY) g.addNode(id, { type: 'organization', label, aliases: [label, 'a, "b" | c'], mentions: 2, firstSeen: '2025-01-01' });
  const sentence = 'He said: "Tom & Jerry <3"\n\tnext line\u0001.';
  g.addEdgeWithKey('e|1', TRICKY[0]![0], TRICKY[1]![0], {
    type: 'PRAISED',
    evidence: [{ doc: 'doc&1', sentence, start: 0, end: sentence.length, attributedTo: 'KCNA' }],
    date: { start: '2025-06-17', end: '2025-06-17', text: 'On June 17' },
    role: 'Secretary <acting>',
    count: 1000,
    confidence: 0.75,
    negated: false,
  });
  g.addEdgeWithKey('e|2', TRICKY[1]![0], TRICKY[2]![0], { type: 'MET_WITH', evidence: [] });
  g.addEdgeWithKey('e|3', TRICKY[1]![0], TRICKY[2]![0], { type: 'CRITICIZED', evidence: [], negated: true });
  g.addEdgeWithKey('e|4', TRICKY[3]![0], TRICKY[4]![0], { type: 'ASSISTED', evidence: [] });
  return g;
}

/** Runs check-gexf; returns its exit status and output. */
function checkGexf(file: string): { status: number | null; out: string } {
  const run = spawnSync(CHECK_GEXF, ['--schema', 'patched', '--rng', file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Node labels and edge attribute values as an independent XML parser (Python ElementTree) reads them. */
function readBack(file: string): { labels: Record<string, string>; edges: Record<string, Record<string, string>> } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
ns = {'g': 'http://gexf.net/1.3'}
root = ET.parse(sys.argv[1]).getroot()
labels = {n.get('id'): n.get('label') for n in root.iter('{http://gexf.net/1.3}node')}
edges = {e.get('id'): {a.get('for'): a.get('value') for a in e.iter('{http://gexf.net/1.3}attvalue')} for e in root.iter('{http://gexf.net/1.3}edge')}
print(json.dumps({'labels': labels, 'edges': edges}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('escapeXml', () => {
  it.each([
    ['the five specials', { given: `& < > " '`, want: '&amp; &lt; &gt; &quot; &apos;' }],
    ['tab, newline, CR as references', { given: 'a\tb\nc\rd', want: 'a&#x9;b&#xA;c&#xD;d' }],
    ['C0 controls dropped', { given: 'a\u0000b\u0007c\u001fd', want: 'abcd' }],
    ['U+FFFE/U+FFFF dropped', { given: 'a\ufffeb\uffff', want: 'ab' }],
    ['lone surrogates dropped, pairs kept', { given: '\udc00x\ud83d\ude00y\ud800', want: 'x\ud83d\ude00y' }],
    ['non-Latin text kept', { given: 'Шойгу 김정은', want: 'Шойгу 김정은' }],
  ])('%s', (_name, { given, want }) => {
    expect(escapeXml(given)).toBe(want);
  });

  it('stripIllegalXml keeps legal whitespace', () => {
    expect(stripIllegalXml('a\tb\nc\u0008')).toBe('a\tb\nc');
  });
});

describe('toGexf', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the check-gexf oracle (the test fails, not skips, without it)', () => {
    expect(existsSync(CHECK_GEXF)).toBe(true);
  });

  it.each([
    ['tricky labels, whole graph', { graph: trickyGraph, nodes: TRICKY.length, edges: 4 }],
    ['small graph, whole', { graph: smallGraph, nodes: 11, edges: 10 }],
    ['small graph, subgraph of depth 2', { graph: () => subgraph(smallGraph(), 'unit:528th', { depth: 2 }), nodes: 5, edges: 4 }],
    ['tricky labels, subgraph', { graph: () => subgraph(trickyGraph(), TRICKY[1]![0], { depth: 1 }), nodes: 3, edges: 3 }],
    ['empty graph', { graph: createKnowledgeGraph, nodes: 0, edges: 0 }],
  ])('%s passes check-gexf', (name, { graph, nodes, edges }) => {
    const g = graph();
    expect(g.order).toBe(nodes);
    expect(g.size).toBe(edges);
    const file = join(dir, `${name.replace(/\W+/g, '-')}.gexf`);
    writeFileSync(file, toGexf(g));
    const { status, out } = checkGexf(file);
    expect(out).toContain('RESULT: OK');
    expect(out).toContain(`nodes: ${nodes}\n`);
    expect(out).toContain(`edges: ${edges}\n`);
    expect(out).toContain('schema: patched/1.3/gexf.xsd: valid');
    expect(out).toContain('relax ng: 1.3/gexf.rng: valid');
    expect(status).toBe(0);
  });

  it('keeps labels and values exactly, minus the characters XML cannot carry', () => {
    const file = join(dir, 'roundtrip.gexf');
    writeFileSync(file, toGexf(trickyGraph()));
    const back = readBack(file);
    expect(back.labels).toEqual(Object.fromEntries(TRICKY.map(([id, , kept]) => [id, kept])));
    expect(back.edges['e|1']).toMatchObject({
      type: 'PRAISED',
      date_start: '2025-06-17',
      date_text: 'On June 17',
      role: 'Secretary <acting>',
      count: '1000',
      evidence_count: '1',
      evidence: 'He said: "Tom & Jerry <3"\n\tnext line.',
      negated: 'false',
    });
    expect(JSON.parse(back.edges['e|1']!.documents!)).toEqual(['doc&1']);
    expect(back.edges['e|3']).toMatchObject({ negated: 'true', evidence_count: '0' });
  });

  it('declares the namespaces, meta and attributes, with edge label = type and ids = graph keys', () => {
    const xml = toGexf(smallGraph(), { lastModified: '2025-12-13' });
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<meta lastmodifieddate="2025-12-13">');
    expect(xml).toContain('<graph defaultedgetype="directed"');
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(xml).toContain('<attribute id="negated" title="negated" type="boolean"/>');
    expect(xml).toContain('<edge id="e:met" source="person:kim-jong-un" target="person:sergey-shoigu" label="MET_WITH"');
    expect(xml).toMatch(/<node id="person:kim-jong-un" label="Kim Jong Un">[\s\S]*?<viz:color r="228" g="87" b="46"\/>/);
  });

  it('is deterministic: the same graph gives the same bytes, layout included', () => {
    const a = toGexf(smallGraph(), { lastModified: '2025-12-13' });
    const b = toGexf(smallGraph(), { lastModified: '2025-12-13' });
    expect(a).toBe(b);
    const positions = [...a.matchAll(/<viz:position x="([^"]+)" y="([^"]+)"\/>/g)].map((m) => `${m[1]},${m[2]}`);
    expect(positions).toHaveLength(11);
    expect(new Set(positions).size).toBeGreaterThan(5); // a real layout, not every node at the origin
  });
});

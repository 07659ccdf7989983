// Pure parts of the explorer: filters and time window, parallel-edge curvature, neighbour sets,
// URL view state, entity marking in sentences, saved-layout chunks, path hops, timeline steps, GEXF of a view.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { PathHop } from '../../server/api-types.js';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../server/ontology.js';
import { neighbourSets, parallelCurvatures } from '../../client/src/curvature.js';
import { computeVisibility, dateMonths, edgeMonths, inWindow, monthHistogram, monthRange } from '../../client/src/filters.js';
import { markNames } from '../../client/src/highlight.js';
import { applySavedPositions, layoutIsSaved, positionChunks } from '../../client/src/layout-sync.js';
import { hopsOf, pathHops } from '../../client/src/path-story.js';
import { monthEnd } from '../../client/src/paths.js';
import { INITIAL_STATE } from '../../client/src/state.js';
import { shiftWindow } from '../../client/src/timeline.js';
import { decodeView, encodeView } from '../../client/src/url-state.js';
import { viewToGexf, xmlEscape } from '../../client/src/gexf-view.js';

function sample(): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed' });
  const node = (id: string, type: NodeAttributes['type'], label: string) => g.addNode(id, { type, label, aliases: [], mentions: 1, x: 0, y: 0 });
  node('p', 'person', 'Ann Lee');
  node('s', 'state', 'Ruritania');
  node('o', 'organization', 'Council');
  node('q', 'place', 'Alone');
  const ev = (n: number, reported?: string) => Array.from({ length: n }, (_, i) => ({ doc: `d${i}`, sentence: 's', start: 0, end: 1, ...(reported ? { reported } : {}) }));
  g.addEdgeWithKey('e1', 'p', 's', { type: 'VISITED', evidence: ev(1), date: { start: '2025-06-17', end: '2025-06-17', text: 'June 17' } });
  g.addEdgeWithKey('e2', 'p', 's', { type: 'OFFICIAL_OF', evidence: ev(3), date: { start: '2024-02-01', end: '2024-02-01', text: 'x' } });
  g.addEdgeWithKey('e3', 's', 'p', { type: 'PRAISED', evidence: ev(1, '2023-09-20') });
  g.addEdgeWithKey('e4', 'p', 'o', { type: 'OFFICIAL_OF', evidence: ev(2) });
  return g;
}

const filters = (over: Partial<typeof INITIAL_STATE> = {}) => ({ ...INITIAL_STATE, ...over });

describe('time of edges', () => {
  it('reads months from days, months and years, in order', () => {
    expect(dateMonths({ start: '2025-06-17', end: '2025-07-01', text: '' })).toEqual(['2025-06', '2025-07']);
    expect(dateMonths({ start: '2024', end: '2024', text: '2024' })).toEqual(['2024-01', '2024-12']);
    expect(dateMonths({ start: '', end: '', text: 'last week' })).toBeNull();
    expect(dateMonths(undefined)).toBeNull();
  });
  it('falls back to the days the sources were reported; undated edges stay in any window', () => {
    const g = sample();
    expect(edgeMonths(g.getEdgeAttributes('e3'))).toEqual(['2023-09', '2023-09']);
    expect(edgeMonths(g.getEdgeAttributes('e4'))).toBeNull();
    const w = { start: '2024-01', end: '2024-12' };
    expect(inWindow(g.getEdgeAttributes('e1'), w)).toBe(false);
    expect(inWindow(g.getEdgeAttributes('e2'), w)).toBe(true);
    expect(inWindow(g.getEdgeAttributes('e3'), w)).toBe(false);
    expect(inWindow(g.getEdgeAttributes('e4'), w)).toBe(true);
    expect(inWindow(g.getEdgeAttributes('e1'), null)).toBe(true);
  });
  it('counts edges per month and lists months across years', () => {
    expect([...monthHistogram(sample())].sort()).toEqual([['2023-09', 1], ['2024-02', 1], ['2025-06', 1]]);
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
  });
  it('slides a window by a month until the last one', () => {
    const months = monthRange('2024-01', '2024-04');
    expect(shiftWindow({ start: '2024-01', end: '2024-02' }, months)).toEqual({ start: '2024-02', end: '2024-03' });
    expect(shiftWindow({ start: '2024-03', end: '2024-04' }, months)).toBeNull();
  });
});

describe('computeVisibility', () => {
  it('hides node types and every edge touching them', () => {
    const v = computeVisibility(sample(), filters({ hiddenTypes: new Set(['person']) }));
    expect([...v.hiddenNodes]).toEqual(['p']);
    expect([...v.hiddenEdges].sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
  });
  it('hides relation types, weakly sourced and out-of-window edges, then nodes left isolated (not nodes that never had edges)', () => {
    const g = sample();
    expect([...computeVisibility(g, filters({ hiddenRelations: new Set(['OFFICIAL_OF']) })).hiddenEdges].sort()).toEqual(['e2', 'e4']);
    const min = computeVisibility(g, filters({ minSources: 2 }));
    expect([...min.hiddenEdges].sort()).toEqual(['e1', 'e3']);
    const time = computeVisibility(g, filters({ timeWindow: { start: '2025-01', end: '2025-12' }, hiddenRelations: new Set(['OFFICIAL_OF']) }));
    expect([...time.hiddenEdges].sort()).toEqual(['e2', 'e3', 'e4']);
    expect([...time.hiddenNodes].sort()).toEqual(['o']);
    const keep = computeVisibility(g, filters({ timeWindow: { start: '2025-01', end: '2025-12' }, hiddenRelations: new Set(['OFFICIAL_OF']), hideIsolated: false }));
    expect(keep.hiddenNodes.size).toBe(0);
  });
});

describe('parallel edges', () => {
  it('curves only edges sharing both ends, on distinct arcs, the odd middle one straight', () => {
    const c = parallelCurvatures(sample());
    expect(c.has('e4')).toBe(false);
    // Three p–s edges: one straight, two bent to opposite sides.
    const bent = ['e1', 'e2', 'e3'].filter((e) => c.has(e));
    expect(bent).toHaveLength(2);
    const g = sample();
    const side = (e: string) => Math.sign(c.get(e)!) * (g.source(e) < g.target(e) ? 1 : -1);
    expect(side(bent[0]!)).not.toBe(side(bent[1]!));
  });
  it('precomputes neighbours both ways', () => {
    const n = neighbourSets(sample());
    expect([...n.get('p')!].sort()).toEqual(['o', 's']);
    expect([...n.get('q')!]).toEqual([]);
  });
});

describe('URL view state', () => {
  const g = sample();
  it('omits defaults and round-trips every field', () => {
    expect(encodeView(INITIAL_STATE)).toBe('');
    const view = {
      ...INITIAL_STATE,
      selected: 'p',
      pathEnds: { from: 'p', to: 'o' },
      pathKind: 'k' as const,
      hiddenTypes: new Set(['place', 'person'] as const),
      hiddenRelations: new Set(['VISITED'] as const),
      minSources: 3,
      timeWindow: { start: '2024-01', end: '2024-12' },
      hideIsolated: false,
      sizeBy: 'mentions' as const,
    };
    const back = decodeView(encodeView(view), g);
    expect(back).toEqual({
      selected: 'p', pathEnds: { from: 'p', to: 'o' }, pathKind: 'k', hiddenTypes: new Set(['person', 'place']), hiddenRelations: new Set(['VISITED']),
      minSources: 3, timeWindow: { start: '2024-01', end: '2024-12' }, hideIsolated: false, sizeBy: 'mentions',
    });
  });
  it('drops unknown ids and invalid values; reads the legacy #node= hash', () => {
    expect(decodeView('?node=zz&from=p&to=zz&hide=person,bogus&hideRel=NOPE&min=x&time=2025-13..2024-01&size=huge&paths=all', g)).toEqual({
      hiddenTypes: new Set(['person']), hiddenRelations: new Set(),
    });
    expect(decodeView('', g, '#node=s')).toEqual({ selected: 's' });
  });
});

describe('markNames', () => {
  it('marks both entities, longest names first, whole words, accents and case folded', () => {
    const segs = markNames('Sergey Shoigu met Kim Jong Un; shoigu’s aide and Kimberly left.', [['Sergey Shoigu', 'Shoigu'], ['Kim Jong Un', 'Kim']]);
    expect(segs.filter((s) => s.mark !== null).map((s) => [s.text, s.mark])).toEqual([['Sergey Shoigu', 0], ['Kim Jong Un', 1], ['shoigu', 0]]);
    expect(segs.map((s) => s.text).join('')).toBe('Sergey Shoigu met Kim Jong Un; shoigu’s aide and Kimberly left.');
    expect(markNames('Ümit Öz spoke', [['Umit Oz']]).find((s) => s.mark === 0)?.text).toBe('Ümit Öz');
  });
});

describe('saved layout', () => {
  it('applies saved positions, knows when enough are saved, and chunks positions rounded', () => {
    const g = sample();
    expect(applySavedPositions(g, { p: [1, 2], s: [3, 4], nope: [0, 0] })).toBe(2);
    expect(g.getNodeAttribute('p', 'x')).toBe(1);
    expect(layoutIsSaved(g, 2)).toBe(false);
    expect(layoutIsSaved(g, 4)).toBe(true);
    g.setNodeAttribute('o', 'x', 1.23456);
    const chunks = positionChunks(g, 3);
    expect(chunks.map((c) => Object.keys(c).length)).toEqual([3, 1]);
    expect(chunks[0]!.o).toEqual([1.23, 0]);
  });
});

describe('path hops', () => {
  it('lists every parallel relation of each hop, dated first, either direction', () => {
    const hops = pathHops(sample(), ['o', 'p', 's']);
    expect(hops.map((h) => [h.from, h.to, h.relations.map((r) => r.edge)])).toEqual([
      ['o', 'p', ['e4']],
      ['p', 's', ['e2', 'e1', 'e3']],
    ]);
  });
  it('prefers the server hops when present', () => {
    const hop: PathHop = { from: 'p', to: 's', edges: [{ id: 'x', type: 'VISITED', source: 'p', target: 's', sourceLabel: 'A', targetLabel: 'B', direction: 'out', evidence: [] }] };
    expect(hopsOf(sample(), { nodes: ['p', 's'], hops: [hop] })[0]!.relations.map((r) => r.edge)).toEqual(['x']);
    expect(hopsOf(sample(), { nodes: ['p', 's'] })[0]!.relations).toHaveLength(3);
  });
});

describe('GEXF of a view', () => {
  it('escapes text and leaves out hidden nodes and edges', () => {
    expect(xmlEscape('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const g = sample();
    g.setNodeAttribute('p', 'label', '<img src=x onerror=alert(1)>');
    const xml = viewToGexf(g, computeVisibility(g, filters({ hiddenTypes: new Set(['organization']) })), () => ({ x: 1, y: 2, size: 3, color: '#ff0000' }), 'test');
    expect(xml).toContain('label="&lt;img src=x onerror=alert(1)&gt;"');
    expect(xml).not.toContain('id="o"');
    expect(xml).not.toContain('id="e4"');
    expect(xml).toContain('id="e1"');
    expect(xml).toContain('<viz:color r="255" g="0" b="0"/>');
  });
});

// Graph queries behind the HTTP API, beyond the basics of queries.test.ts: typo-tolerant search
// with scores, neighbourhoods by direction, time window and exclusion with totals, neighbour
// counts, induced and filtered subgraphs, node detail grouped by document, statistics' dates.
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../server/errors.js';
import { graphStats, inducedSubgraph, neighborCounts, neighbors, nodeDetail, search } from '../../server/graph/queries.js';
import { topByDegree } from '../../server/graph/neighbors.js';
import { boundedDistance, prepareSearch, searchKey, SEARCH_SCORES } from '../../server/graph/search.js';
import { filteredGraph } from '../../server/graph/subgraph.js';
import { documentSpans, documentStatements } from '../../server/graph/summaries.js';
import type { KnowledgeGraph } from '../../server/ontology.js';
import { randomGraph, smallGraph } from './queries-fixtures.js';

const ids = (list: { id: string }[]) => list.map((n) => n.id);

/** smallGraph with dates: the deployment in 2024, Kim's meeting reported in June 2025, Putin's post from 2000 to 2030. */
function datedGraph(): KnowledgeGraph {
  const g = smallGraph();
  g.setEdgeAttribute('e:reg-deploy', 'date', { start: '2024-10-01', end: '2024-10-31', text: 'October 2024' });
  g.updateEdgeAttribute('e:met', 'evidence', (ev) => ev!.map((e) => ({ ...e, reported: '2025-06-17', attributedTo: 'KCNA' })));
  g.setEdgeAttribute('e:putin-lead', 'date', { start: '2000-05-07', end: '2030-05-07', text: 'since 2000' });
  return g;
}

describe('search: typos, punctuation and scores', () => {
  const graph = smallGraph();
  it.each([
    ['lower-case surname', { q: 'shoigu', want: 'person:sergey-shoigu' }],
    ['hyphenated given name', { q: 'Kim Jong-un', want: 'person:kim-jong-un' }],
    ['acronym alias', { q: 'dprk', want: 'state:north-korea' }],
    ['one typo', { q: 'Shoygu', want: 'person:sergey-shoigu' }],
    ['two typos in a long word', { q: 'Vladimr Puttin', want: 'person:vladimir-putin' }],
    ['unfinished last word with a typo', { q: 'sergei sho', want: 'person:sergey-shoigu' }],
    ['words out of order', { q: 'putin vladimir', want: 'person:vladimir-putin' }],
  ])('%s', (_name, { q, want }) => {
    expect(search(graph, q).results[0]?.id).toBe(want);
  });

  it('scores exact above prefix above typo, label above alias', () => {
    const [exact] = search(graph, 'Sergey Shoigu').results;
    const [alias] = search(graph, 'Shoigu').results;
    const [prefix] = search(graph, 'Sergey Sh').results;
    const [typo] = search(graph, 'Shoygu').results;
    expect(exact!.score).toBe(SEARCH_SCORES.exact);
    expect(alias!.score).toBe(SEARCH_SCORES.exact - 1);
    expect(prefix!.score).toBe(SEARCH_SCORES.prefix);
    expect(typo!.score).toBeLessThan(SEARCH_SCORES.substring);
  });

  it('does not match short words with typos', () => {
    expect(ids(search(graph, 'kxm').results)).toEqual([]);
  });

  it('sees nodes added and removed after an earlier search', () => {
    const g = smallGraph();
    expect(ids(search(g, 'Belousov').results)).toEqual([]);
    g.addNode('person:andrei-belousov', { type: 'person', label: 'Andrei Belousov', aliases: [], mentions: 1 });
    expect(ids(search(g, 'belousov').results)).toEqual(['person:andrei-belousov']);
    g.dropNode('person:andrei-belousov');
    expect(ids(search(g, 'belousov').results)).toEqual([]);
  });

  it('folds punctuation into spaces and bounds edit distances', () => {
    expect(searchKey("  Kim Jong-un's  ")).toBe('kim jong uns');
    expect(boundedDistance('shoigu', 'shoygu', 1)).toBe(1);
    expect(boundedDistance('shoigu', 'sergey', 2)).toBe(3);
  });
});

describe('neighbors: direction, time window, exclusion, totals', () => {
  const graph = datedGraph();
  it.each([
    ['out only', { center: 'unit:528th', options: { direction: 'out' as const }, want: ['organization:kpa', 'place:kursk', 'unit:528th'] }],
    ['in only', { center: 'place:kursk', options: { direction: 'in' as const }, want: ['place:kursk', 'unit:528th'] }],
    ['since 2024', { center: 'place:kursk', options: { since: '2024-01-01' }, want: ['place:kursk', 'unit:528th'] }],
    ['until 2023', { center: 'place:kursk', options: { until: '2023-12-31' }, want: ['place:kursk'] }],
    ['window overlapping a long date', { center: 'state:russia', options: { since: '2020-01-01', until: '2020-12-31' }, want: ['person:vladimir-putin', 'state:russia'] }],
  ])('%s', (_name, { center, options, want }) => {
    const res = neighbors(graph, center, options);
    expect(ids(res.nodes).sort()).toEqual(want);
    expect(res.total).toBe(want.length - 1);
  });

  it('walks through excluded nodes without returning them, and keeps the edges to them', () => {
    const res = neighbors(graph, 'unit:528th', { depth: 2, exclude: ['place:kursk'] });
    expect(ids(res.nodes)).not.toContain('place:kursk');
    expect(ids(res.nodes)).toContain('state:russia'); // reached through the excluded Kursk
    expect(ids(res.edges)).toContain('e:reg-deploy');
    expect(res.total).toBe(res.nodes.length - 1);
  });

  it('orders by hop, then degree, then id, and reports the total when cut', () => {
    const res = neighbors(graph, 'place:kursk', { depth: 2, limit: 3 });
    expect(ids(res.nodes)).toEqual(['place:kursk', 'state:russia', 'unit:528th']);
    expect(res).toMatchObject({ total: 6, truncated: true });
    expect(ids(res.edges)).toEqual([...ids(res.edges)].sort());
    expect(neighbors(graph, 'place:kursk', { depth: 2, limit: 3 })).toEqual(res);
  });

  it.each([
    ['bad direction', { direction: 'up' as 'in' }],
    ['bad since', { since: '2024-13-01' }],
    ['until before since', { since: '2024-02-01', until: '2024-01-01' }],
  ])('should throw if given %s', (_name, options) => {
    expect(() => neighbors(graph, 'state:russia', options)).toThrow(ValidationError);
  });
});

describe('neighborCounts', () => {
  const graph = datedGraph();
  it('counts distinct neighbours by node type and edges by type, for several nodes at once', () => {
    const res = neighborCounts(graph, ['state:russia', 'unit:528th']);
    expect(res.counts['state:russia']).toEqual({
      neighbors: 4, edges: 4,
      nodeTypes: { place: 1, organization: 1, person: 2 },
      edgeTypes: { LOCATED_IN: 1, PART_OF: 1, LEADER_OF: 1, VISITED: 1 },
    });
    expect(res.counts['unit:528th']).toMatchObject({ neighbors: 2, edges: 2 });
  });

  it('counts parallel edges once per neighbour but each as an edge', () => {
    const g = smallGraph();
    g.addEdgeWithKey('e:kim-official', 'person:kim-jong-un', 'state:north-korea', { type: 'OFFICIAL_OF', evidence: [] });
    expect(neighborCounts(g, ['person:kim-jong-un']).counts['person:kim-jong-un']).toEqual({
      neighbors: 2, edges: 3, nodeTypes: { state: 1, person: 1 }, edgeTypes: { LEADER_OF: 1, OFFICIAL_OF: 1, MET_WITH: 1 },
    });
  });

  it('applies direction and edge types', () => {
    expect(neighborCounts(graph, ['state:russia'], { direction: 'out' }).counts['state:russia']!.neighbors).toBe(0);
    expect(neighborCounts(graph, ['state:russia'], { edgeTypes: ['LEADER_OF'] }).counts['state:russia']!.nodeTypes).toEqual({ person: 1 });
  });

  it('should throw for an unknown node or no ids', () => {
    expect(() => neighborCounts(graph, ['state:russia', 'nope'])).toThrow(NotFoundError);
    expect(() => neighborCounts(graph, [])).toThrow(ValidationError);
  });
});

describe('inducedSubgraph and filteredGraph', () => {
  const graph = datedGraph();
  it('returns the nodes asked for and every edge between two of them', () => {
    const res = inducedSubgraph(graph, ['unit:528th', 'place:kursk', 'state:russia', 'place:kursk']);
    expect(ids(res.nodes)).toEqual(['unit:528th', 'place:kursk', 'state:russia']);
    expect(ids(res.edges)).toEqual(['e:kursk-in', 'e:reg-deploy']);
  });

  it('should throw for an unknown node', () => {
    expect(() => inducedSubgraph(graph, ['state:russia', 'nope'])).toThrow(NotFoundError);
  });

  it('keeps nodes of the wanted types and edges between them', () => {
    const sub = filteredGraph(graph, { nodeTypes: ['person', 'state'] });
    expect(sub.nodes().sort()).toEqual(['person:jose', 'person:kim-jong-un', 'person:sergey-shoigu', 'person:vladimir-putin', 'state:north-korea', 'state:russia']);
    expect(sub.edges().sort()).toEqual(['e:jose-visit', 'e:kim-lead', 'e:met', 'e:putin-lead']);
  });

  it('with a time window keeps dated edges that overlap it and the nodes they touch', () => {
    const sub = filteredGraph(graph, { since: '2025-01-01' });
    expect(sub.edges().sort()).toEqual(['e:met', 'e:putin-lead']);
    expect(sub.nodes().sort()).toEqual(['person:kim-jong-un', 'person:sergey-shoigu', 'person:vladimir-putin', 'state:russia']);
    expect(filteredGraph(graph, { edgeTypes: ['PART_OF'] }).size).toBe(3);
  });
});

describe('nodeDetail and graphStats', () => {
  const graph = datedGraph();
  it('gives the degree by edge type and the evidence grouped by document', () => {
    const docs: Record<string, { title?: string; date?: string }> = { d1: { title: 'Seoul dispatch', date: '2025-12-13' }, d3: { date: '2025-06-17' } };
    const res = nodeDetail(graph, 'person:kim-jong-un', (id) => docs[id]);
    expect(res.degreeByType).toEqual({ LEADER_OF: 1, MET_WITH: 1 });
    expect(res.documents.map((d) => d.doc)).toEqual(['d3', 'd1']); // oldest first
    expect(res.documents[0]).toMatchObject({ doc: 'd3', date: '2025-06-17' });
    expect(res.documents[0]!.statements[0]).toMatchObject({
      edge: 'e:met', type: 'MET_WITH', direction: 'out', other: 'person:sergey-shoigu', otherLabel: 'Sergey Shoigu', attributedTo: 'KCNA',
    });
    expect(res.documents[1]).toMatchObject({ doc: 'd1', title: 'Seoul dispatch', statements: [{ edge: 'e:kim-lead', other: 'state:north-korea' }] });
  });

  it('gives the date range of reports and of events', () => {
    expect(graphStats(graph, 3).dateRange).toEqual({
      reported: { start: '2025-06-17', end: '2025-06-17' },
      events: { start: '2000-05-07', end: '2030-05-07' },
    });
    expect(graphStats(smallGraph(), 0).dateRange).toEqual({ reported: null, events: null });
  });
});

describe('documentSpans and documentStatements', () => {
  const graph = smallGraph();
  const text = 'Kim Jong Un met Sergey Shoigu. Shoigu praised the Korean People\'s Army (KPA) and Kimchi.';
  it('finds the names of the nodes of a document as whole words, longest first', () => {
    const spans = documentSpans(graph, 'd3', text, ['e:met']);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.node])).toEqual([
      ['Kim Jong Un', 'person:kim-jong-un'],
      ['Sergey Shoigu', 'person:sergey-shoigu'],
      ['Shoigu', 'person:sergey-shoigu'],
    ]);
  });

  it('lists the sentences of the document that state its edges', () => {
    expect(documentStatements(graph, 'd3', ['e:met', 'e:kim-lead'])).toEqual([
      { edge: 'e:met', type: 'MET_WITH', source: 'person:kim-jong-un', target: 'person:sergey-shoigu', start: 0, end: 'MET_WITH sentence.'.length },
    ]);
  });
});

describe('topByDegree', () => {
  it('equals a full sort by degree then id, for small and large rings', () => {
    const g = randomGraph(7, 3000, 9000);
    const nodes = g.nodes();
    const full = [...nodes].sort((a, b) => g.degree(b) - g.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    for (const k of [0, 1, 5, 100, 700, 3000]) expect(topByDegree(g, nodes, k)).toEqual(full.slice(0, k));
  });
});

describe('search on a larger graph', () => {
  it('keeps the best hits when thousands match, in the same order as a full sort', () => {
    const g = randomGraph(3, 5000, 8000);
    const res = search(g, 'Node 1', { limit: 50 });
    const all = search(g, 'Node 1', { limit: 200 }).results;
    expect(res.results).toEqual(all.slice(0, 50));
    expect(res.results[0]!.label).toBe('Node 1');
    const rest = res.results.slice(1);
    for (let i = 1; i < rest.length; i++) {
      const [a, b] = [rest[i - 1]!, rest[i]!];
      expect(a.score > b.score || (a.score === b.score && a.degree >= b.degree)).toBe(true);
    }
  });

  it('finds a transposed letter as one typo, and no typos in numbers', () => {
    const g = randomGraph(3, 100, 100);
    g.addNode('person:abdulla', { type: 'person', label: 'Abdulla Karimov', aliases: [], mentions: 1 });
    expect(search(g, 'Abudlla').results[0]?.id).toBe('person:abdulla');
    expect(search(g, 'Kraimov').results[0]?.id).toBe('person:abdulla');
    expect(boundedDistance('abudlla', 'abdulla', 1)).toBe(1);
    expect(search(g, 'Node 99x').results.map((r) => r.label)).toEqual([]);
  });
});

describe('prepareSearch', () => {
  it('builds the index ahead of the first search, which then sees later changes', () => {
    const g = smallGraph();
    prepareSearch(g);
    g.addNode('person:new-person', { type: 'person', label: 'Newly Added', aliases: [], mentions: 1 });
    expect(search(g, 'newly').results.map((r) => r.id)).toEqual(['person:new-person']);
  });
});

describe('nodeDetail limit', () => {
  it('lists the edges with the most evidence first, at most limit, and counts them all', () => {
    const g = smallGraph();
    g.updateEdgeAttribute('e:putin-lead', 'evidence', (ev) => [...ev!, { doc: 'd9', sentence: 'Again.', start: 0, end: 6 }]);
    const res = nodeDetail(g, 'state:russia', () => undefined, { limit: 2 });
    expect(res.edges.map((e) => e.id)).toEqual(['e:putin-lead', 'e:kursk-in']); // most evidence, then by type
    expect(res).toMatchObject({ edgeCount: 4, truncated: true, degreeByType: { LEADER_OF: 1, PART_OF: 1, LOCATED_IN: 1, VISITED: 1 } });
    expect(res.documents.flatMap((d) => d.statements.map((s) => s.edge)).sort()).toEqual(['e:kursk-in', 'e:putin-lead', 'e:putin-lead']);
    expect(nodeDetail(g, 'state:russia', () => undefined)).toMatchObject({ edgeCount: 4, truncated: false });
    expect(() => nodeDetail(g, 'state:russia', () => undefined, { limit: 0 })).toThrow(ValidationError);
  });
});

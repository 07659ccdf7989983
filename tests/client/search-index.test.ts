// The explorer's local name search: normalisation and ranking over labels and aliases.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, normalize } from '../../client/src/search-index.js';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, NodeType } from '../../server/ontology.js';

function graphOf(nodes: [string, NodeType, string, string[]][], edges: [string, string][] = []): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true });
  for (const [key, type, label, aliases] of nodes) graph.addNode(key, { type, label, aliases, mentions: 1 });
  for (const [s, t] of edges) graph.addEdge(s, t, { type: 'MET_WITH', evidence: [] });
  return graph;
}

describe('normalize', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['lower-cases and trims', { given: '  Kim Jong Un ', want: 'kim jong un' }],
    ['strips accents', { given: 'Sergeï Lavróv', want: 'sergei lavrov' }],
    ['unifies curly apostrophes', { given: 'Workers’ Party', want: "workers' party" }],
    ['collapses white space', { given: 'North\n  Korea', want: 'north korea' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => expect(normalize(given)).toBe(want));
});

describe('createSearchIndex', () => {
  const graph = graphOf(
    [
      ['kju', 'person', 'Kim Jong Un', ['Kim', 'North Korean leader Kim Jong Un']],
      ['visit', 'event', "Kim Jong Un's visit to Russia", []],
      ['dprk', 'state', 'North Korea', ['DPRK', "Democratic People's Republic of Korea"]],
      ['wpk', 'organization', "Workers' Party of Korea", ['WPK']],
      ['kursk', 'place', 'Kursk Region', ['Kursk']],
    ],
    [['kju', 'dprk'], ['kju', 'wpk'], ['visit', 'kursk']],
  );
  const index = createSearchIndex(graph);

  it('should return nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });

  const cases: [string, { given: string; want: string[] }][] = [
    ['exact label first, then longer names', { given: 'kim jong un', want: ['kju', 'visit'] }],
    ['an alias finds its node', { given: 'dprk', want: ['dprk'] }],
    ['curly and straight apostrophes match', { given: 'Workers’ party', want: ['wpk'] }],
    ['substring of a label', { given: 'region', want: ['kursk'] }],
    ['every word somewhere in one name', { given: 'people korea', want: ['dprk'] }],
    ['no match', { given: 'zzz', want: [] }],
  ];
  it.each(cases)('%s', (_, { given, want }) => expect(index.search(given).map((h) => h.id)).toEqual(want));

  it('names the alias that matched when it is not the label', () => {
    const [hit] = index.search('DPRK');
    expect(hit).toMatchObject({ id: 'dprk', label: 'North Korea', alias: 'DPRK', type: 'state' });
  });

  it('ranks equal matches by degree', () => {
    const g = graphOf([['a', 'person', 'Ivan A', []], ['b', 'person', 'Ivan B', []], ['c', 'state', 'C', []]], [['b', 'c']]);
    expect(createSearchIndex(g).search('ivan').map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('sees nodes added after a rebuild', () => {
    const g = graphOf([['a', 'person', 'Ivan A', []]]);
    const idx = createSearchIndex(g);
    g.addNode('n', { type: 'place', label: 'Novosibirsk', aliases: [], mentions: 1 });
    expect(idx.search('novo')).toEqual([]);
    idx.rebuild();
    expect(idx.search('novo').map((h) => h.id)).toEqual(['n']);
  });
});

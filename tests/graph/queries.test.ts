// Graph queries on a small hand-made graph: search ranking and folding, bounded neighbourhoods,
// node detail with evidence, statistics and subgraphs.
import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../server/errors.js';
import { graphStats, nodeDetail, neighbors, search, subgraph } from '../../server/graph/queries.js';
import { foldText } from '../../server/graph/search.js';
import type { NodeType } from '../../server/ontology.js';
import { smallGraph } from './queries-fixtures.js';

const graph = smallGraph();
const ids = (list: { id: string }[]) => list.map((n) => n.id);

describe('search', () => {
  it.each([
    ['empty query', { q: '   ', options: {} }],
    ['limit 0', { q: 'kim', options: { limit: 0 } }],
    ['limit 201', { q: 'kim', options: { limit: 201 } }],
    ['unknown type', { q: 'kim', options: { types: ['planet' as NodeType] } }],
    ['query too long', { q: 'x'.repeat(201), options: {} }],
  ])('should throw if given %s', (_name, { q, options }) => {
    expect(() => search(graph, q, options)).toThrow(ValidationError);
  });

  it.each([
    ['exact label', { q: 'Kim Jong Un', want: ['person:kim-jong-un'] }],
    ['case-insensitive', { q: 'kim jong un', want: ['person:kim-jong-un'] }],
    ['alias', { q: 'DPRK', want: ['state:north-korea', 'award:hero'] }],
    ['Cyrillic alias', { q: 'россия', want: ['state:russia'] }],
    ['diacritics ignored', { q: 'jose muller', want: ['person:jose'] }],
    ['diacritics in query', { q: 'Müller', want: ['person:jose'] }],
    ['curly apostrophe', { q: 'korean people’s army', want: ['organization:kpa'] }],
    ['no match', { q: 'zanzibar', want: [] }],
  ])('%s', (_name, { q, want }) => {
    expect(ids(search(graph, q).results)).toEqual(want);
  });

  it('ranks exact label, then exact alias, then prefix, then substring', () => {
    const g = smallGraph();
    g.addNode('place:russia-town', { type: 'place', label: 'Russiaville', aliases: [], mentions: 1 });
    g.addNode('organization:white-russia', { type: 'organization', label: 'White Russia Society', aliases: [], mentions: 1 });
    g.addNode('organization:prussia', { type: 'organization', label: 'Prussian Club', aliases: [], mentions: 1 });
    g.addNode('organization:alias-russia', { type: 'organization', label: 'Rossiya Group', aliases: ['Russia'], mentions: 1 });
    expect(ids(search(g, 'russia').results)).toEqual([
      'state:russia', // exact label
      'organization:alias-russia', // exact alias
      'place:russia-town', // label prefix
      'organization:security-council', // word prefix inside the label ("... of Russia")
      'organization:white-russia',
      'organization:prussia', // substring
    ]);
  });

  it('filters by type and limits', () => {
    expect(ids(search(graph, 'r', { types: ['state'] }).results).sort()).toEqual(['state:north-korea', 'state:russia']);
    expect(search(graph, 'e', { limit: 2 }).results).toHaveLength(2);
  });

  it('sees label changes made after an earlier search', () => {
    const g = smallGraph();
    expect(ids(search(g, 'Vladimir').results)).toEqual(['person:vladimir-putin']);
    g.setNodeAttribute('person:vladimir-putin', 'label', 'V. V. Putin');
    g.setNodeAttribute('person:vladimir-putin', 'aliases', ['Putin']);
    expect(ids(search(g, 'Vladimir').results)).toEqual([]);
  });

  it('folds text', () => {
    expect(foldText('  Ÿéş  “Ké”  ')).toBe('yes "ke"');
  });
});

describe('neighbors', () => {
  it.each([
    ['depth 0', { depth: 0 }],
    ['depth 4', { depth: 4 }],
    ['depth 1.5', { depth: 1.5 }],
    ['limit 2001', { limit: 2001 }],
    ['unknown edge type', { edgeTypes: ['LIKES' as 'MET_WITH'] }],
  ])('should throw if given %s', (_name, options) => {
    expect(() => neighbors(graph, 'state:russia', options)).toThrow(ValidationError);
  });

  it('should throw NotFoundError for an unknown node', () => {
    expect(() => neighbors(graph, 'person:nobody')).toThrow(NotFoundError);
  });

  it.each([
    ['depth 1 follows edges both ways', { center: 'place:kursk', options: {}, want: ['place:kursk', 'state:russia', 'unit:528th'] }],
    ['depth 2', { center: 'place:kursk', options: { depth: 2 }, want: ['organization:kpa', 'organization:security-council', 'person:jose', 'person:vladimir-putin', 'place:kursk', 'state:russia', 'unit:528th'] }],
    ['edge type filter', { center: 'state:russia', options: { edgeTypes: ['LEADER_OF' as const] }, want: ['person:vladimir-putin', 'state:russia'] }],
    ['node type filter', { center: 'state:russia', options: { nodeTypes: ['person' as const] }, want: ['person:jose', 'person:vladimir-putin', 'state:russia'] }],
    ['isolated node', { center: 'award:hero', options: { depth: 3 }, want: ['award:hero'] }],
  ])('%s', (_name, { center, options, want }) => {
    const res = neighbors(graph, center, options);
    expect(ids(res.nodes).sort()).toEqual(want);
    expect(res.truncated).toBe(false);
    const inside = new Set(ids(res.nodes));
    for (const e of res.edges) expect(inside.has(e.source) && inside.has(e.target)).toBe(true);
  });

  it('returns the edges among the nodes it returns', () => {
    const res = neighbors(graph, 'unit:528th', { depth: 1 });
    expect(ids(res.edges).sort()).toEqual(['e:reg-deploy', 'e:reg-part']);
  });

  it('cuts at the limit, keeps the best-connected nodes and says so', () => {
    const res = neighbors(graph, 'place:kursk', { depth: 3, limit: 3 });
    expect(res.nodes).toHaveLength(3);
    expect(res.truncated).toBe(true);
    expect(ids(res.nodes)[0]).toBe('place:kursk');
    expect(ids(res.nodes)).toContain('state:russia'); // degree 4 beats the regiment's 2
  });
});

describe('nodeDetail', () => {
  it('lists every edge with direction, labels and evidence carrying document info', () => {
    const docs = { d1: { title: 'Seoul dispatch', date: '2025-12-13' }, d3: { date: '2025-06-17' } } as Record<string, { title?: string; date?: string }>;
    const res = nodeDetail(graph, 'person:kim-jong-un', (id) => docs[id]);
    expect(res.node).toMatchObject({ id: 'person:kim-jong-un', degree: 2, mentions: 9 });
    const byId = Object.fromEntries(res.edges.map((e) => [e.id, e]));
    expect(byId['e:kim-lead']).toMatchObject({ direction: 'out', sourceLabel: 'Kim Jong Un', targetLabel: 'North Korea', type: 'LEADER_OF' });
    expect(byId['e:kim-lead']!.evidence[0]).toMatchObject({ doc: 'd1', sentence: 'LEADER_OF sentence.', docTitle: 'Seoul dispatch', docDate: '2025-12-13' });
    expect(byId['e:met']!.evidence[0]).toMatchObject({ doc: 'd3', docDate: '2025-06-17' });
    expect(byId['e:met']!.evidence[0]).not.toHaveProperty('docTitle');
  });

  it('marks incoming edges', () => {
    const res = nodeDetail(graph, 'state:russia', () => undefined);
    expect(res.edges.filter((e) => e.direction === 'in')).toHaveLength(4);
  });

  it('should throw NotFoundError for an unknown node', () => {
    expect(() => nodeDetail(graph, 'nope', () => undefined)).toThrow(NotFoundError);
  });
});

describe('graphStats and subgraph', () => {
  it('counts nodes, edges and evidence by type', () => {
    const stats = graphStats(graph, 3);
    expect(stats).toMatchObject({ nodes: 11, edges: 10, documents: 3, evidence: 10 });
    expect(stats.nodeTypes).toMatchObject({ person: 4, state: 2, award: 1 });
    expect(stats.edgeTypes).toMatchObject({ PART_OF: 3, LEADER_OF: 2 });
  });

  it('copies a neighbourhood with its keys and attributes, leaving the graph alone', () => {
    const sub = subgraph(graph, 'unit:528th', { depth: 1 });
    expect(sub.nodes().sort()).toEqual(['organization:kpa', 'place:kursk', 'unit:528th']);
    expect(sub.edges().sort()).toEqual(['e:reg-deploy', 'e:reg-part']);
    expect(sub.getNodeAttributes('unit:528th')).toEqual(graph.getNodeAttributes('unit:528th'));
    sub.setNodeAttribute('unit:528th', 'label', 'changed');
    expect(graph.getNodeAttribute('unit:528th', 'label')).toBe('528th Regiment of Engineers');
  });
});

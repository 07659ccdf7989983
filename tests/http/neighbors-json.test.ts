import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../server/graph/load.js';
import { neighbors } from '../../server/graph/neighbors.js';
import { jsonValue, neighborsJson } from '../../server/http/neighbors-json.js';
import { EDGE_TYPES } from '../../server/ontology.js';
import { randomGraph, smallGraph } from '../graph/queries-fixtures.js';

describe('jsonValue', () => {
  it('writes what JSON.stringify writes', () => {
    const values = ['', 'plain', 'quote " and \\ backslash', 'tab\tnew\nline\u0000\u001f', 'Kim Jong-un 김정은', 'pair 😀', 'lone \ud800 high', 'lone \udc00 low', 'é\u2028\u2029', 0, -1.5, 1e21, 1 / 3, Number.NaN, Number.POSITIVE_INFINITY, true, null, { start: '2024-01-02', end: '2024-01-03' }, [1, 'a']];
    for (const value of values) expect(jsonValue(value)).toBe(JSON.stringify(value));
  });
});

describe('neighborsJson', () => {
  it('is the text of JSON.stringify(neighbors(...)) on the hand-made graph, with every option', () => {
    const graph = smallGraph();
    const optionSets = [{}, { depth: 2 }, { depth: 3, limit: 3 }, { direction: 'out' as const }, { direction: 'in' as const, depth: 2 }, { edgeTypes: ['PART_OF' as const] }, { exclude: ['country:dprk', 'state:dprk'] }, { since: '2020-01-01', until: '2030-01-01' }];
    for (const center of graph.nodes()) {
      for (const options of optionSets) expect(neighborsJson(graph, center, options)).toBe(JSON.stringify(neighbors(graph, center, options)));
    }
  });

  it('is the text of JSON.stringify(neighbors(...)) on a random multigraph, and with awkward labels, dates, roles and counts', () => {
    const graph = randomGraph(3, 400, 1600);
    const nodes = graph.nodes();
    graph.updateNodeAttributes(nodes[0]!, (a) => ({ ...a, label: 'Quote " back\\slash\ttab \ud800 😀', aliases: ['x"y', 'é'], firstSeen: '2024-01-01', lastSeen: '2024-02-01' }));
    graph.forEachEdge(nodes[0]!, (edge) => graph.mergeEdgeAttributes(edge, { date: { start: '2024-01-01', end: '2024-01-05', text: 'early "January"' }, role: 'commander\n', count: 3 }));
    for (let i = 0; i < 60; i++) {
      const center = nodes[(i * 37) % nodes.length]!;
      const options = { depth: 1 + (i % 3), limit: 5 + ((i * 13) % 60), ...(i % 4 === 0 ? { edgeTypes: EDGE_TYPES.slice(0, 3) } : {}), ...(i % 5 === 0 ? { exclude: nodes.slice(0, 4) } : {}) };
      expect(neighborsJson(graph, center, options)).toBe(JSON.stringify(neighbors(graph, center, options)));
    }
    expect(neighborsJson(graph, nodes[0]!)).toBe(JSON.stringify(neighbors(graph, nodes[0]!)));
  });

  it('fails as neighbors() fails: unknown centre, bad options', () => {
    const graph = createKnowledgeGraph();
    expect(() => neighborsJson(graph, 'person:nobody')).toThrow(/no node/);
    const small = smallGraph();
    expect(() => neighborsJson(small, small.nodes()[0]!, { depth: 9 })).toThrow(/depth/);
  });
});

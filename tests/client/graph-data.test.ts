// The explorer's graph construction: sizes by degree, colours by type, deterministic seeding.
import { describe, expect, it } from 'vitest';
import type { GraphExport } from '../../client/src/api.js';
import { buildGraph, mergeGraph, nodeSize, sizeScale } from '../../client/src/graph-data.js';
import { NODE_TYPE_INFO } from '../../server/ontology.js';

function exportOf(nodes: string[], edges: [string, string][]): GraphExport {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: nodes.map((key, i) => ({ key, attributes: { type: i % 2 ? 'state' : 'person', label: key.toUpperCase(), aliases: [], mentions: 1 } })),
    edges: edges.map(([source, target], i) => ({ key: `e${i}`, source, target, attributes: { type: 'VISITED', evidence: [] } })),
  };
}

describe('nodeSize', () => {
  const cases: [string, { given: [number, number]; want: number }][] = [
    ['isolated node gets the minimum', { given: [0, 10], want: 3.5 }],
    ['the busiest node gets the maximum', { given: [10, 10], want: 18 }],
    ['square-root scale in between', { given: [1, 4], want: 3.5 + 14.5 * 0.5 }],
    ['empty graph', { given: [0, 0], want: 3.5 }],
  ];
  it.each(cases)('%s', (_, { given, want }) => expect(nodeSize(...given)).toBeCloseTo(want));

  it('shrinks in crowded graphs, never below 0.45', () => {
    expect(sizeScale(100)).toBe(1);
    expect(sizeScale(5000)).toBeCloseTo(0.65);
    expect(sizeScale(1e7)).toBe(0.45);
  });
});

describe('buildGraph', () => {
  const data = exportOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['a', 'c'], ['a', 'd']]);

  it('colours nodes by type and sizes them by degree', () => {
    const graph = buildGraph(data);
    expect(graph.getNodeAttribute('a', 'color')).toBe(NODE_TYPE_INFO.person.color);
    expect(graph.getNodeAttribute('b', 'color')).toBe(NODE_TYPE_INFO.state.color);
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(graph.getNodeAttribute('b', 'size') ?? Infinity);
  });

  it('seeds distinct positions off the origin, the same on every load', () => {
    const one = buildGraph(data);
    const two = buildGraph(data);
    const positions = one.mapNodes((_, a) => `${a.x},${a.y}`);
    expect(new Set(positions).size).toBe(4);
    expect(positions).not.toContain('0,0');
    expect(two.mapNodes((_, a) => `${a.x},${a.y}`)).toEqual(positions);
  });

  it('keeps positions the export already has', () => {
    const withPos = exportOf(['a'], []);
    withPos.nodes[0]!.attributes = { ...withPos.nodes[0]!.attributes!, x: 7, y: -3 };
    expect(buildGraph(withPos).getNodeAttributes('a')).toMatchObject({ x: 7, y: -3 });
  });
});

describe('mergeGraph', () => {
  it('adds new nodes next to a known neighbour and keeps old positions', () => {
    const graph = buildGraph(exportOf(['a', 'b'], [['a', 'b']]));
    const before = graph.getNodeAttributes('a');
    const added = mergeGraph(graph, exportOf(['a', 'b', 'c'], [['a', 'b'], ['a', 'c']]));
    expect(added).toEqual(['c']);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: before.x, y: before.y });
    const c = graph.getNodeAttributes('c');
    expect(Math.hypot((c.x ?? 0) - (before.x ?? 0), (c.y ?? 0) - (before.y ?? 0))).toBeCloseTo(5);
  });
});

// Deterministic 2-D positions for export: nodes sorted by id on a circle, then a bounded number
// of synchronous ForceAtlas2 iterations (Barnes-Hut on large graphs). Same graph, same positions.
import Graph from 'graphology';
import circular from 'graphology-layout/circular.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../ontology.js';

export interface LayoutOptions {
  /** ForceAtlas2 iterations asked for; fewer are run on large graphs (see `budget`). */
  iterations: number;
  /** Upper bound on iterations × nodes, which keeps large exports fast (5k nodes: 20 iterations, 50k: 2). */
  budget: number;
  /** Radius of the initial circle. */
  scale: number;
}

export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = { iterations: 100, budget: 100_000, scale: 100 };

/** x/y for every node of `graph`, identical for identical graphs. */
export function layoutPositions(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Map<string, { x: number; y: number }> {
  const { iterations, budget, scale } = { ...LAYOUT_DEFAULTS, ...options };
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of [...graph.nodes()].sort()) simple.addNode(node);
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target && !simple.hasEdge(source, target)) simple.addEdge(source, target);
  });
  circular.assign(simple, { scale });
  const runs = simple.order === 0 ? 0 : Math.min(iterations, Math.floor(budget / simple.order));
  if (runs > 0 && simple.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: simple.order > 1000 };
    forceAtlas2.assign(simple, { iterations: runs, settings });
  }
  const positions = new Map<string, { x: number; y: number }>();
  simple.forEachNode((node, a) => {
    const x = Number.isFinite(a.x) ? (a.x as number) : 0;
    const y = Number.isFinite(a.y) ? (a.y as number) : 0;
    positions.set(node, { x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 });
  });
  return positions;
}

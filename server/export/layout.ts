// Deterministic 2-D positions for export, used where no stored layout gives one: nodes sorted by
// id on a circle, then a bounded number of synchronous ForceAtlas2 iterations (Barnes-Hut on
// large graphs). When the budget allows fewer than 10 iterations (above 10k nodes by default) no
// layout graph is built at all: each node gets a position from a hash of its id, so exporting a
// huge graph costs no memory for layout.
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

/** Fewer ForceAtlas2 iterations than this barely move nodes off the circle: hashed positions instead. */
export const MIN_LAYOUT_ITERATIONS = 10;

export interface Point {
  x: number;
  y: number;
}

/** Position of a node from a hash of its id (FNV-1a), on a disc of radius `scale`; the same id, the same point. */
export function hashedPosition(id: string, scale: number): Point {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  const u = (h >>> 0) / 4294967296;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  const v = (h >>> 0) / 4294967296;
  const r = scale * Math.sqrt(u);
  const angle = 2 * Math.PI * v;
  return { x: Math.round(r * Math.cos(angle) * 1000) / 1000, y: Math.round(r * Math.sin(angle) * 1000) / 1000 };
}

/**
 * Position lookup for `nodes` joined by `edges` of `graph`: a ForceAtlas2 layout when
 * iterations × nodes fits the budget, else (or for an unknown id) the hashed position.
 */
export function layoutFor(graph: KnowledgeGraph, nodes: readonly string[], edges: readonly string[], options: Partial<LayoutOptions> = {}): (id: string) => Point {
  const { iterations, budget, scale } = { ...LAYOUT_DEFAULTS, ...options };
  const runs = nodes.length === 0 ? 0 : Math.min(iterations, Math.floor(budget / nodes.length));
  if (runs < Math.min(iterations, MIN_LAYOUT_ITERATIONS)) return (id) => hashedPosition(id, scale);
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of [...nodes].sort()) simple.addNode(node);
  for (const edge of edges) {
    const [source, target] = graph.extremities(edge);
    if (source !== target && simple.hasNode(source) && simple.hasNode(target) && !simple.hasEdge(source, target)) simple.addEdge(source, target);
  }
  circular.assign(simple, { scale });
  if (runs > 0 && simple.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: simple.order > 1000 };
    forceAtlas2.assign(simple, { iterations: runs, settings });
  }
  const positions = new Map<string, Point>();
  simple.forEachNode((node, a) => {
    const x = Number.isFinite(a.x) ? (a.x as number) : 0;
    const y = Number.isFinite(a.y) ? (a.y as number) : 0;
    positions.set(node, { x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 });
  });
  return (id) => positions.get(id) ?? hashedPosition(id, scale);
}

/** x/y for every node of `graph`, identical for identical graphs. */
export function layoutPositions(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Map<string, Point> {
  const nodes = graph.nodes();
  const at = layoutFor(graph, nodes, graph.edges(), options);
  return new Map(nodes.map((n) => [n, at(n)]));
}

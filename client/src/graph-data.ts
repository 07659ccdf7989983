// Builds the explorer's graphology graph from the /api/graph export: base colour and size per
// node (type colour, sqrt of degree), and deterministic seed positions for the layout.
import Graph from 'graphology';
import { NODE_TYPE_INFO, isNodeType, type KnowledgeGraph } from '../../server/ontology.js';
import type { GraphExport } from './api.js';
import type { SizeMeasure } from './state.js';

const MIN_SIZE = 3.5;
const MAX_SIZE = 18;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const FALLBACK_COLOR = '#9aa3ad';

/** Node radius from its degree: square-root scale against the largest degree, clamped. */
export function nodeSize(degree: number, maxDegree: number, scale = 1): number {
  if (maxDegree <= 0) return MIN_SIZE * scale;
  const size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree / maxDegree);
  return Math.min(MAX_SIZE, Math.max(MIN_SIZE, size)) * scale;
}

/** Dots shrink in crowded graphs: 1 up to 500 nodes, down to 0.45 from ~20,000. */
export function sizeScale(order: number): number {
  return order <= 500 ? 1 : Math.max(0.45, 1 - 0.35 * Math.log10(order / 500));
}

/** Creates the graph from the API export, coloured, sized and seeded on a sunflower spiral. */
export function buildGraph(data: GraphExport): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph({ multi: true, allowSelfLoops: true, ...data.options });
  graph.import(data);
  seedPositions(graph, graph.nodes());
  decorate(graph);
  return graph;
}

/** Merges a fresh export into the graph; new nodes start next to a neighbour. Returns them. */
export function mergeGraph(graph: KnowledgeGraph, data: GraphExport): string[] {
  const before = new Set(graph.nodes());
  graph.import(data, true);
  const added = graph.nodes().filter((n) => !before.has(n));
  for (const node of added) {
    const anchor = graph.neighbors(node).find((n) => before.has(n));
    const seed = hash(node);
    const angle = (seed % 360) * (Math.PI / 180);
    const base = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    graph.mergeNodeAttributes(node, { x: (base.x ?? 0) + Math.cos(angle) * 5, y: (base.y ?? 0) + Math.sin(angle) * 5 });
  }
  decorate(graph);
  return added;
}

/** The value of a size measure for one node: degree, mentions, or evidence sentences of its edges. */
export function measureOf(graph: KnowledgeGraph, node: string, measure: SizeMeasure): number {
  if (measure === 'mentions') return Number(graph.getNodeAttribute(node, 'mentions')) || 0;
  if (measure === 'sources') {
    let n = 0;
    graph.forEachEdge(node, (_e, attr) => (n += Array.isArray(attr.evidence) ? attr.evidence.length : 0));
    return n;
  }
  return graph.degree(node);
}

/** Node radius by a size measure, scaled like the default (degree) sizes. */
export function measureSizes(graph: KnowledgeGraph, measure: SizeMeasure): Map<string, number> {
  const values = new Map<string, number>();
  let max = 0;
  graph.forEachNode((node) => {
    const v = measureOf(graph, node, measure);
    values.set(node, v);
    max = Math.max(max, v);
  });
  const scale = sizeScale(graph.order);
  const sizes = new Map<string, number>();
  for (const [node, v] of values) sizes.set(node, nodeSize(v, max, scale));
  return sizes;
}

/** Sets colour by type and size by degree on every node. */
export function decorate(graph: KnowledgeGraph): void {
  let maxDegree = 0;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const scale = sizeScale(graph.order);
  graph.updateEachNodeAttributes((node, attr) => ({
    ...attr,
    aliases: Array.isArray(attr.aliases) ? attr.aliases : [],
    color: isNodeType(attr.type) ? NODE_TYPE_INFO[attr.type].color : FALLBACK_COLOR,
    size: nodeSize(graph.degree(node), maxDegree, scale),
  }));
}

/** Places nodes without a finite position on a spiral, busiest first, so hubs start central. */
function seedPositions(graph: KnowledgeGraph, nodes: string[]): void {
  const unplaced = nodes.filter((n) => {
    const { x, y } = graph.getNodeAttributes(n);
    return !Number.isFinite(x) || !Number.isFinite(y);
  });
  unplaced.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  unplaced.forEach((node, i) => {
    const r = 10 * Math.sqrt(i + 0.5);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
}

/** Small deterministic string hash (FNV-1a). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Curvature for parallel edges (several relations between the same two nodes, either way), so
// each stays visible as its own arc; single edges stay straight.
import type { KnowledgeGraph } from '../../server/ontology.js';

/** Largest curvature, reached when a pair has many parallel edges. */
const BASE = 0.25;
const AMPLITUDE = 3.5;

/** Curvature by edge id for edges that share their two endpoints with other edges. */
export function parallelCurvatures(graph: KnowledgeGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attr, source, target) => {
    if (source === target) return;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    const max = (edges.length - 1) / 2;
    const top = AMPLITUDE * (1 - Math.exp(-Math.max(max, 0.5) / AMPLITUDE)) * BASE;
    edges.forEach((edge, i) => {
      // Even counts: offsets ±0.5, ±1.5...; odd counts keep the middle edge straight.
      const offset = i - max;
      if (offset === 0) return;
      const [source, target] = graph.extremities(edge);
      // Curvature bends relative to the edge's direction: flip it for edges running the other way.
      const sign = source < target ? 1 : -1;
      curvatures.set(edge, (sign * top * offset) / Math.max(max, 0.5));
    });
  }
  return curvatures;
}

/** Neighbour sets of every node, computed once so hover highlighting only looks them up. */
export function neighbourSets(graph: KnowledgeGraph): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  graph.forEachNode((node) => sets.set(node, new Set()));
  graph.forEachEdge((_edge, _attr, source, target) => {
    sets.get(source)?.add(target);
    sets.get(target)?.add(source);
  });
  return sets;
}

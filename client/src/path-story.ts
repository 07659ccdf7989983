// A path told hop by hop: for each pair of consecutive nodes, every relation between them (either
// way) with its date and evidence sentences, from the server's hops or else the local graph.
import type { PathHop } from '../../server/api-types.js';
import type { DateInterval, EdgeType, Evidence, KnowledgeGraph } from '../../server/ontology.js';

export interface HopRelation {
  edge: string;
  type: EdgeType;
  source: string;
  target: string;
  date?: DateInterval;
  evidence: Evidence[];
}

export interface Hop {
  from: string;
  to: string;
  relations: HopRelation[];
}

/** The hops of a node sequence, each with all its parallel relations (dated ones first). */
export function pathHops(graph: KnowledgeGraph, nodes: string[]): Hop[] {
  const hops: Hop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const relations: HopRelation[] = [];
    if (graph.hasNode(from) && graph.hasNode(to)) {
      const edges = new Set([...graph.edges(from, to), ...graph.edges(to, from)]);
      for (const edge of edges) {
        const attr = graph.getEdgeAttributes(edge);
        const [source, target] = graph.extremities(edge);
        const rel: HopRelation = { edge, type: attr.type, source, target, evidence: Array.isArray(attr.evidence) ? attr.evidence : [] };
        if (attr.date) rel.date = attr.date;
        relations.push(rel);
      }
    }
    relations.sort((a, b) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') || a.type.localeCompare(b.type));
    hops.push({ from, to, relations });
  }
  return hops;
}

/** The hops of a path from /api/paths (its `hops` when present, else rebuilt from the graph). */
export function hopsOf(graph: KnowledgeGraph, path: { nodes: string[]; hops?: PathHop[] }): Hop[] {
  if (!Array.isArray(path.hops) || path.hops.length !== path.nodes.length - 1) return pathHops(graph, path.nodes);
  return path.hops.map((hop) => ({
    from: hop.from,
    to: hop.to,
    relations: hop.edges.map((e) => {
      const rel: HopRelation = { edge: e.id, type: e.type, source: e.source, target: e.target, evidence: e.evidence ?? [] };
      if (e.date) rel.date = e.date;
      return rel;
    }),
  }));
}

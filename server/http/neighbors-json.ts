// The JSON text of a neighbourhood (GET /api/nodes/:id/neighbors), written straight from the
// graph: the same text as JSON.stringify(neighbors(...)), without building the NodeSummary and
// EdgeSummary objects first and walking them again. Strings without characters JSON escapes are
// quoted as they are; anything else goes through JSON.stringify.
import type { KnowledgeGraph } from '../ontology.js';
import { neighborhoodOf, resolveNeighborsOptions, type EdgeEnds, type NeighborsOptions } from '../graph/neighbors.js';

// Characters JSON.stringify escapes: controls, quote, backslash, and surrogates (a lone one is escaped).
const ESCAPED = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** JSON of a value: strings and finite numbers directly, anything else by JSON.stringify. */
export function jsonValue(value: unknown): string {
  if (typeof value === 'string') return ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? 'null';
}

/** JSON of an array of strings (anything else by JSON.stringify). */
function jsonList(values: unknown): string {
  if (!Array.isArray(values)) return JSON.stringify(values) ?? 'null';
  let out = '[';
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'string') return JSON.stringify(values);
    out += i === 0 ? jsonValue(v) : `,${jsonValue(v)}`;
  }
  return `${out}]`;
}

/** JSON of nodeSummary(graph, id); `degree`, when known, is graph.degree(id). */
export function nodeSummaryJson(graph: KnowledgeGraph, id: string, degree: number = graph.degree(id)): string {
  const a = graph.getNodeAttributes(id);
  let out = `{"id":${jsonValue(id)},"type":${jsonValue(a.type)},"label":${jsonValue(a.label)},"aliases":${jsonList(a.aliases ?? [])},"degree":${String(degree)},"mentions":${jsonValue(a.mentions ?? 0)}`;
  if (a.firstSeen) out += `,"firstSeen":${jsonValue(a.firstSeen)}`;
  if (a.lastSeen) out += `,"lastSeen":${jsonValue(a.lastSeen)}`;
  return `${out}}`;
}

/** JSON of edgeSummary(graph, edge); `ends`, when known, are the edge's ends and attributes in the graph. */
export function edgeSummaryJson(graph: KnowledgeGraph, edge: string, ends?: EdgeEnds): string {
  const a = ends ? ends.attributes : graph.getEdgeAttributes(edge);
  const source = ends ? ends.source : graph.source(edge);
  const target = ends ? ends.target : graph.target(edge);
  let out = `{"id":${jsonValue(edge)},"type":${jsonValue(a.type)},"source":${jsonValue(source)},"target":${jsonValue(target)},"evidenceCount":${jsonValue(a.evidence?.length ?? 0)}`;
  if (a.date) out += `,"date":${jsonValue(a.date)}`;
  if (a.role !== undefined) out += `,"role":${jsonValue(a.role)}`;
  if (a.count !== undefined) out += `,"count":${jsonValue(a.count)}`;
  return `${out}}`;
}

/** JSON.stringify(neighbors(graph, center, options)), written directly. */
export function neighborsJson(graph: KnowledgeGraph, center: string, options: Partial<NeighborsOptions> = {}): string {
  const resolved = resolveNeighborsOptions(options);
  const hood = neighborhoodOf(graph, center, resolved);
  let out = `{"center":${jsonValue(center)},"depth":${jsonValue(resolved.depth)},"nodes":[`;
  const { degrees, edgeEnds } = hood;
  for (let i = 0; i < hood.nodes.length; i++) out += (i === 0 ? '' : ',') + nodeSummaryJson(graph, hood.nodes[i]!, degrees ? degrees[i]! : graph.degree(hood.nodes[i]!));
  out += '],"edges":[';
  for (let i = 0; i < hood.edges.length; i++) out += (i === 0 ? '' : ',') + edgeSummaryJson(graph, hood.edges[i]!, edgeEnds?.[i]);
  return `${out}],"total":${jsonValue(hood.total)},"truncated":${hood.truncated}}`;
}

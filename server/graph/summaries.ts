// Plain JSON views of graph nodes and edges (NodeSummary, EdgeSummary, EdgeView) for the API,
// built from a KnowledgeGraph without copying or mutating it.
import type { EdgeSummary, EdgeView, EvidenceView, NodeSummary } from '../api-types.js';
import { NotFoundError } from '../errors.js';
import type { KnowledgeGraph } from '../ontology.js';

/** Title and date of a document, as shown next to evidence. */
export interface DocInfo {
  title?: string;
  date?: string;
}

/** Looks a document up by id for evidence display; undefined when unknown. */
export type DocLookup = (docId: string) => DocInfo | undefined;

/** Throws NotFoundError unless `id` is a node of `graph`. */
export function assertNode(graph: KnowledgeGraph, id: string, origin = 'graph'): void {
  if (!graph.hasNode(id)) throw new NotFoundError(`${origin}: no node with id "${id}". Expected an id from /api/search`);
}

/** Summary of one node with its degree (every edge counted once, in and out). */
export function nodeSummary(graph: KnowledgeGraph, id: string): NodeSummary {
  const a = graph.getNodeAttributes(id);
  const summary: NodeSummary = {
    id,
    type: a.type,
    label: a.label,
    aliases: a.aliases ?? [],
    degree: graph.degree(id),
    mentions: a.mentions ?? 0,
  };
  if (a.firstSeen) summary.firstSeen = a.firstSeen;
  if (a.lastSeen) summary.lastSeen = a.lastSeen;
  return summary;
}

/** Summary of one edge: type, ends, date, role, count and the number of evidence sentences. */
export function edgeSummary(graph: KnowledgeGraph, edge: string): EdgeSummary {
  const a = graph.getEdgeAttributes(edge);
  const summary: EdgeSummary = {
    id: edge,
    type: a.type,
    source: graph.source(edge),
    target: graph.target(edge),
    evidenceCount: a.evidence?.length ?? 0,
  };
  if (a.date) summary.date = a.date;
  if (a.role !== undefined) summary.role = a.role;
  if (a.count !== undefined) summary.count = a.count;
  return summary;
}

/** Full view of an edge seen from `node`: labels of both ends, direction and evidence with document info. */
export function edgeView(graph: KnowledgeGraph, edge: string, node: string, docs: DocLookup): EdgeView {
  const { evidenceCount: _count, ...summary } = edgeSummary(graph, edge);
  void _count;
  const evidence: EvidenceView[] = (graph.getEdgeAttribute(edge, 'evidence') ?? []).map((ev) => {
    const info = docs(ev.doc);
    const view: EvidenceView = { ...ev };
    if (info?.title) view.docTitle = info.title;
    if (info?.date) view.docDate = info.date;
    return view;
  });
  return {
    ...summary,
    sourceLabel: graph.getNodeAttribute(summary.source, 'label'),
    targetLabel: graph.getNodeAttribute(summary.target, 'label'),
    direction: summary.source === node ? 'out' : 'in',
    evidence,
  };
}

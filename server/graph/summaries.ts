// Plain JSON views of graph nodes and edges (NodeSummary, EdgeSummary, EdgeView) and of what a
// document gave the graph (its statements and the spans naming its nodes), for the API, built
// from a KnowledgeGraph without copying or mutating it.
import type { DocumentSpan, DocumentStatement, EdgeSummary, EdgeView, EvidenceView, NodeSummary } from '../api-types.js';
import { NotFoundError } from '../errors.js';
import type { KnowledgeGraph } from '../ontology.js';
import { slugify } from './keys.js';

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

/** The sentences of document `doc` that state the edges `edges` (sorted by position, then edge). */
export function documentStatements(graph: KnowledgeGraph, doc: string, edges: readonly string[]): DocumentStatement[] {
  const out: DocumentStatement[] = [];
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const a = graph.getEdgeAttributes(edge);
    for (const ev of a.evidence ?? []) {
      if (ev.doc !== doc) continue;
      const statement: DocumentStatement = { edge, type: a.type, source: graph.source(edge), target: graph.target(edge), start: ev.start, end: ev.end };
      if (ev.attributedTo !== undefined) statement.attributedTo = ev.attributedTo;
      out.push(statement);
    }
  }
  return out.sort((x, y) => x.start - y.start || (x.edge < y.edge ? -1 : x.edge > y.edge ? 1 : 0));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `text` names the nodes of document `doc`: the ends of its edges and the nodes scoped to
 * it (keys ending in `~<doc slug>`). Each node's label and aliases are looked for as whole words,
 * longest first; overlapping finds keep the longest (then the earliest). Sorted by position.
 */
export function documentSpans(graph: KnowledgeGraph, doc: string, text: string, edges: readonly string[]): DocumentSpan[] {
  const nodes = new Set<string>();
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  const suffix = `~${slugify(doc)}`;
  graph.forEachNode((node) => {
    if (node.endsWith(suffix)) nodes.add(node);
  });
  const found: DocumentSpan[] = [];
  for (const node of nodes) {
    const a = graph.getNodeAttributes(node);
    for (const name of new Set([a.label, ...(a.aliases ?? [])])) {
      if (name.trim().length < 2) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        found.push({ start: at, end, node, type: a.type, label: a.label });
      }
    }
  }
  found.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || (x.node < y.node ? -1 : 1));
  const kept: DocumentSpan[] = [];
  for (const span of found) {
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((x, y) => x.start - y.start);
}

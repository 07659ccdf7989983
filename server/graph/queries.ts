// Whole-graph and single-node queries: statistics by type with the date range, and a node's
// detail: attributes, degree by edge type, every edge with its evidence, and that evidence
// grouped by document. The other queries live in neighbors.ts, paths.ts, search.ts, subgraph.ts.
import type { DocumentEvidence, NodeResponse, StatsResponse } from '../api-types.js';
import type { EdgeType, KnowledgeGraph, NodeType } from '../ontology.js';
import { edgeInterval } from './edge-filter.js';
import { checkInt } from './options.js';
import { assertNode, edgeView, nodeSummary, type DocLookup } from './summaries.js';

export { neighbors, neighborhood, neighborCounts, resolveNeighborsOptions, NEIGHBORS_DEFAULTS, type NeighborsOptions } from './neighbors.js';
export { paths, findPaths, resolvePathOptions, PATH_DEFAULTS, type PathOptions, type PathMode } from './paths.js';
export { search, foldText, resolveSearchOptions, SEARCH_DEFAULTS, type SearchOptions } from './search.js';
export { subgraph, inducedSubgraph, filteredGraph } from './subgraph.js';

/** Earliest start and latest end of intervals fed one by one. */
class Range {
  start: string | undefined;
  end: string | undefined;
  add(start: string, end: string): void {
    if (this.start === undefined || start < this.start) this.start = start;
    if (this.end === undefined || end > this.end) this.end = end;
  }
  get value(): { start: string; end: string } | null {
    return this.start === undefined || this.end === undefined ? null : { start: this.start, end: this.end };
  }
}

/**
 * Counts of nodes, edges and evidence sentences, by type, and the date range: `reported` spans
 * the days the evidence was reported on, `events` the dates of the facts themselves; `documents`
 * comes from the store.
 */
export function graphStats(graph: KnowledgeGraph, documents: number): StatsResponse {
  const nodeTypes: Partial<Record<NodeType, number>> = {};
  const edgeTypes: Partial<Record<EdgeType, number>> = {};
  const reported = new Range();
  const events = new Range();
  let evidence = 0;
  graph.forEachNode((_id, a) => {
    nodeTypes[a.type] = (nodeTypes[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_id, a) => {
    edgeTypes[a.type] = (edgeTypes[a.type] ?? 0) + 1;
    evidence += a.evidence?.length ?? 0;
    for (const ev of a.evidence ?? []) if (ev.reported) reported.add(ev.reported, ev.reported);
    if (a.date) {
      const span = edgeInterval({ type: a.type, evidence: [], date: a.date });
      if (span) events.add(span.start, span.end);
    }
  });
  return { nodes: graph.order, edges: graph.size, documents, evidence, nodeTypes, edgeTypes, dateRange: { reported: reported.value, events: events.value } };
}

export interface NodeDetailOptions {
  /** Most edges listed (those with the most evidence), 1..5000; degreeByType always counts them all. */
  limit: number;
}

export const NODE_DETAIL_DEFAULTS: Readonly<NodeDetailOptions> = { limit: 500 };
export const NODE_DETAIL_BOUNDS = { maxLimit: 5000 } as const;

/**
 * A node with the edges that touch it (most evidence first, at most `limit`, evidence carrying
 * document title and date), its degree by edge type, and the listed edges' evidence grouped by
 * document (oldest document first, sentences in text order).
 */
export function nodeDetail(graph: KnowledgeGraph, id: string, docs: DocLookup, options: Partial<NodeDetailOptions> = {}): NodeResponse {
  assertNode(graph, id, 'node');
  const limit = checkInt('node', 'limit', options.limit ?? NODE_DETAIL_DEFAULTS.limit, 1, NODE_DETAIL_BOUNDS.maxLimit);
  const degreeByType: Partial<Record<EdgeType, number>> = {};
  const all: { edge: string; type: EdgeType; evidence: number }[] = [];
  graph.forEachEdge(id, (edge, a) => {
    degreeByType[a.type] = (degreeByType[a.type] ?? 0) + 1;
    all.push({ edge, type: a.type, evidence: a.evidence?.length ?? 0 });
  });
  all.sort((a, b) => b.evidence - a.evidence || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.edge < b.edge ? -1 : 1));
  const edges = all.slice(0, limit).map(({ edge }) => edgeView(graph, edge, id, docs));
  const byDoc = new Map<string, DocumentEvidence>();
  for (const edge of edges) {
    const other = edge.direction === 'out' ? edge.target : edge.source;
    const otherLabel = edge.direction === 'out' ? edge.targetLabel : edge.sourceLabel;
    for (const ev of edge.evidence) {
      let group = byDoc.get(ev.doc);
      if (group === undefined) {
        group = { doc: ev.doc, statements: [] };
        if (ev.docTitle) group.title = ev.docTitle;
        if (ev.docDate) group.date = ev.docDate;
        byDoc.set(ev.doc, group);
      }
      const statement: DocumentEvidence['statements'][number] = {
        edge: edge.id, type: edge.type, direction: edge.direction, other, otherLabel,
        sentence: ev.sentence, start: ev.start, end: ev.end,
      };
      if (ev.attributedTo !== undefined) statement.attributedTo = ev.attributedTo;
      group.statements.push(statement);
    }
  }
  const documents = [...byDoc.values()].sort((a, b) =>
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  for (const group of documents) group.statements.sort((a, b) => a.start - b.start || (a.edge < b.edge ? -1 : 1));
  const node: NodeResponse['node'] = nodeSummary(graph, id);
  const description = graph.getNodeAttribute(id, 'description');
  if (description !== undefined) node.description = description;
  return { node, degreeByType, edges, edgeCount: all.length, truncated: edges.length < all.length, documents };
}

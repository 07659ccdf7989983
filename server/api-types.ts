// JSON shapes of the HTTP API, shared by the Express handlers and the client.
import type { DateInterval, EdgeType, Evidence, NodeType } from './ontology.js';

export interface NodeSummary {
  id: string;
  type: NodeType;
  label: string;
  aliases: string[];
  degree: number;
  mentions: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface EvidenceView extends Evidence {
  /** Title or dateline of the document, for display. */
  docTitle?: string;
  docDate?: string;
}

export interface EdgeSummary {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  date?: DateInterval;
  role?: string;
  count?: number;
  evidenceCount: number;
}

export interface EdgeView extends Omit<EdgeSummary, 'evidenceCount'> {
  sourceLabel: string;
  targetLabel: string;
  /** Whether the edge leaves ('out') or enters ('in') the node asked about. */
  direction: 'out' | 'in';
  evidence: EvidenceView[];
}

/** GET /api/stats */
export interface StatsResponse {
  nodes: number;
  edges: number;
  documents: number;
  evidence: number;
  nodeTypes: Partial<Record<NodeType, number>>;
  edgeTypes: Partial<Record<EdgeType, number>>;
  /** Days the evidence was reported on, and dates of the facts themselves (null when none). */
  dateRange: { reported: DayRange | null; events: DayRange | null };
}

/** A closed interval of ISO days. */
export interface DayRange {
  start: string;
  end: string;
}

/** One hit of GET /api/search: the node and how well it matched (higher is better). */
export interface SearchResult extends NodeSummary {
  score: number;
}

/** GET /api/search?q=&type=&limit= */
export interface SearchResponse {
  query: string;
  results: SearchResult[];
}

/** The evidence of a node's edges that one document gives. */
export interface DocumentEvidence {
  doc: string;
  title?: string;
  date?: string;
  statements: {
    edge: string;
    type: EdgeType;
    direction: 'out' | 'in';
    /** The node at the other end of the edge. */
    other: string;
    otherLabel: string;
    sentence: string;
    start: number;
    end: number;
    attributedTo?: string;
  }[];
}

/** GET /api/nodes/:id */
export interface NodeResponse {
  node: NodeSummary & { description?: string };
  /** Edges of the node by type. */
  degreeByType: Partial<Record<EdgeType, number>>;
  /** The edges with the most evidence, at most `limit` of them. */
  edges: EdgeView[];
  /** Edges of the node in all, and whether `edges` lists fewer. */
  edgeCount: number;
  truncated: boolean;
  /** The listed edges' evidence grouped by document, oldest document first. */
  documents: DocumentEvidence[];
}

/** GET /api/nodes/:id/neighbors?depth=&limit= */
export interface NeighborsResponse {
  center: string;
  depth: number;
  nodes: NodeSummary[];
  edges: EdgeSummary[];
  /** Nodes within reach, the centre and excluded ones not counted. */
  total: number;
  /** True when the limit cut the neighbourhood short. */
  truncated: boolean;
}

/** Neighbours of one node in GET /api/neighbor-counts. */
export interface NeighborCount {
  /** Distinct neighbour nodes. */
  neighbors: number;
  /** Edges (parallel edges counted each). */
  edges: number;
  nodeTypes: Partial<Record<NodeType, number>>;
  edgeTypes: Partial<Record<EdgeType, number>>;
}

/** GET /api/neighbor-counts?ids=a,b */
export interface NeighborCountsResponse {
  counts: Record<string, NeighborCount>;
}

/** GET /api/subgraph?nodes=a,b,c: the nodes and every edge between two of them. */
export interface SubgraphResponse {
  nodes: NodeSummary[];
  edges: EdgeSummary[];
}

/** One hop of a path: every edge the query may follow between the two nodes, with its evidence. */
export interface PathHop {
  from: string;
  to: string;
  /** Parallel typed edges making this hop; `direction` is 'out' when an edge runs from `from` to `to`. */
  edges: EdgeView[];
}

/** GET /api/paths?from=&to=&mode=shortest|all-shortest|k&k=&limit=&maxLength=&directed=&edgeTypes=&since=&until= */
export interface PathsResponse {
  from: string;
  to: string;
  mode: 'shortest' | 'all-shortest' | 'k';
  /** true: edges followed source → target only; false: both ways. */
  directed: boolean;
  /** Hop count of a shortest path, null when there is none (within maxLength). */
  length: number | null;
  paths: { nodes: string[]; hops: PathHop[] }[];
  /** Summaries of the nodes on the listed paths. */
  nodes: NodeSummary[];
  /** shortest, all-shortest: number of distinct shortest node sequences; k: number of paths listed. */
  total: number;
  /** True when more paths exist than were listed. */
  truncated: boolean;
}

/** GET /api/documents/:id */
export interface DocumentResponse {
  id: string;
  date?: string;
  title?: string;
  source?: string;
  url?: string;
  dateline?: { place?: string; agency?: string };
  text: string;
  ingestedAt: string;
  /** Where the document names a node of the graph (label or alias found in the text). */
  spans: DocumentSpan[];
  /** The sentences that gave the graph its edges. */
  evidence: DocumentStatement[];
}

/** A stretch of a document's text naming a node: `text.slice(start, end)`. */
export interface DocumentSpan {
  start: number;
  end: number;
  node: string;
  type: NodeType;
  label: string;
}

/** A sentence of a document that states an edge: `text.slice(start, end)`. */
export interface DocumentStatement {
  edge: string;
  type: EdgeType;
  source: string;
  target: string;
  start: number;
  end: number;
  attributedTo?: string;
}

/** POST /api/documents (201 added, 200 already known) */
export interface IngestResponse {
  status: 'added' | 'skipped';
  document: string;
  entities: number;
  relations: number;
  /** Nodes and edges the document added to or confirmed in the graph. */
  nodes: NodeSummary[];
  edges: EdgeSummary[];
}

/** DELETE /api/documents/:id */
export interface DeleteDocumentResponse {
  document: string;
  /** Nodes and edges removed because no evidence was left for them. */
  removed: { nodes: string[]; edges: string[] };
  /** Edges that lost some evidence but keep other documents' evidence. */
  updated: { edges: string[] };
}

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** The request parameter at fault (`depth`, `id`, `body.text`...), when one is. */
  parameter?: string;
}

/** One entry of GET /api/documents. */
export interface DocumentSummary {
  id: string;
  date?: string;
  title?: string;
  source?: string;
  url?: string;
  dateline?: { place?: string; agency?: string };
  length: number;
  ingestedAt?: string;
}

/** GET /api/documents?offset=&limit= */
export interface DocumentsResponse {
  total: number;
  offset: number;
  limit: number;
  documents: DocumentSummary[];
}

/** GET /api/health */
export interface HealthResponse {
  status: 'ok';
  nodes: number;
  edges: number;
  documents: number;
}

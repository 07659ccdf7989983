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
}

/** GET /api/search?q=&type=&limit= */
export interface SearchResponse {
  query: string;
  results: NodeSummary[];
}

/** GET /api/nodes/:id */
export interface NodeResponse {
  node: NodeSummary;
  edges: EdgeView[];
}

/** GET /api/nodes/:id/neighbors?depth=&limit= */
export interface NeighborsResponse {
  center: string;
  depth: number;
  nodes: NodeSummary[];
  edges: EdgeSummary[];
  /** True when the limit cut the neighbourhood short. */
  truncated: boolean;
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
}

/** POST /api/documents (201 added, 200 already known) */
export interface IngestResponse {
  status: 'added' | 'skipped';
  document: string;
  entities: number;
  relations: number;
}

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
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

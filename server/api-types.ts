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

/** GET /api/paths?from=&to=&mode=&limit= */
export interface PathsResponse {
  from: string;
  to: string;
  mode: 'directed' | 'undirected';
  /** Hop count of the shortest paths, null when there is none. */
  length: number | null;
  paths: { nodes: string[]; edges: EdgeSummary[] }[];
  nodes: NodeSummary[];
  truncated: boolean;
  /** Number of distinct shortest node sequences (may exceed `paths.length`). */
  count: number;
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

// Typed client of the HTTP API. Failures become ApiError carrying the RFC 9457 problem when the
// server sent one, or status 0 when the server could not be reached at all.
import type { SerializedGraph } from 'graphology-types';
import type {
  DocumentResponse,
  NeighborsResponse,
  IngestResponse,
  NodeResponse,
  PathsResponse,
  Problem,
  SearchResponse,
  StatsResponse,
} from '../../server/api-types.js';
import type { DispatchInput, EdgeAttributes, NodeAttributes } from '../../server/ontology.js';

export type GraphExport = SerializedGraph<NodeAttributes, EdgeAttributes>;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, ...init });
  } catch {
    throw new ApiError('The server could not be reached. Is it running?', 0);
  }
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    if (isProblem(body)) throw new ApiError(body.detail ?? body.title, res.status, body);
    throw new ApiError(`${url}: the server answered ${res.status} ${res.statusText}`, res.status);
  }
  if (body === null) throw new ApiError(`${url}: expected a JSON answer, got "${type}"`, res.status);
  return body as T;
}

const enc = encodeURIComponent;

/** Storage key of the API token a browser sends with writes (when the server requires one). */
export const TOKEN_KEY = 'dispatch-graph.api-token';

/** Authorization header for writes, from the token saved in this browser, if any. */
function authHeaders(): Record<string, string> {
  let token: string | null = null;
  try {
    token = localStorage.getItem(TOKEN_KEY);
  } catch {
    token = null;
  }
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** GET /api/layout */
export interface LayoutResponse {
  positions: Record<string, [number, number]>;
  count: number;
  savedAt: string | null;
}

/** Options of a path query. */
export interface PathQuery {
  directed: boolean;
  kind: 'shortest' | 'all-shortest' | 'k';
  /** Paths wanted (k) or listed (all-shortest). */
  limit: number;
  /** Only edges in this window of ISO days. */
  since?: string;
  until?: string;
}

function paths(from: string, to: string, q: PathQuery): Promise<PathsResponse> {
  const window = `${q.since ? `&since=${q.since}` : ''}${q.until ? `&until=${q.until}` : ''}`;
  return request<PathsResponse>(`/api/paths?from=${enc(from)}&to=${enc(to)}&mode=${q.kind}&k=${q.limit}&limit=${q.limit}&directed=${q.directed}${window}`);
}

/** The API endpoints the explorer uses. */
export const api = {
  stats: () => request<StatsResponse>('/api/stats'),
  graph: () => request<GraphExport>('/api/graph'),
  search: (q: string, limit = 10) => request<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`),
  node: (id: string) => request<NodeResponse>(`/api/nodes/${enc(id)}`),
  paths,
  neighbors: (id: string, o: { depth: number; limit: number; nodeTypes?: string[] }) =>
    request<NeighborsResponse>(
      `/api/nodes/${enc(id)}/neighbors?depth=${o.depth}&limit=${o.limit}${o.nodeTypes && o.nodeTypes.length > 0 ? `&nodeTypes=${o.nodeTypes.map(enc).join(',')}` : ''}`,
    ),
  ingest: (input: DispatchInput) =>
    request<IngestResponse>('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify(input),
    }),
  layout: () => request<LayoutResponse>('/api/layout'),
  saveLayout: (positions: Record<string, [number, number]>, replace: boolean) =>
    request<{ saved: number; savedAt: string }>('/api/layout', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ positions, replace }),
    }),
};

export type Api = typeof api;

/** GET /api/documents/:id, kept apart from `api` so the panel can lazy-load dispatch text. */
export const fetchDocument = (id: string) => request<DocumentResponse>(`/api/documents/${enc(id)}`);

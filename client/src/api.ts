// Typed client of the HTTP API. Failures become ApiError carrying the RFC 9457 problem when the
// server sent one, or status 0 when the server could not be reached at all.
import type { SerializedGraph } from 'graphology-types';
import type {
  DocumentResponse,
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

/** The API endpoints the explorer uses. */
export const api = {
  stats: () => request<StatsResponse>('/api/stats'),
  graph: () => request<GraphExport>('/api/graph'),
  search: (q: string, limit = 10) => request<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`),
  node: (id: string) => request<NodeResponse>(`/api/nodes/${enc(id)}`),
  paths: (from: string, to: string, mode: 'directed' | 'undirected', limit = 5) =>
    request<PathsResponse>(`/api/paths?from=${enc(from)}&to=${enc(to)}&mode=${mode}&limit=${limit}`),
  ingest: (input: DispatchInput) =>
    request<IngestResponse>('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(input),
    }),
};

export type Api = typeof api;

/** GET /api/documents/:id, kept apart from `api` so the panel can lazy-load dispatch text. */
export const fetchDocument = (id: string) => request<DocumentResponse>(`/api/documents/${enc(id)}`);

// Zod schemas of the API's inputs: one per route (path parameters, query string, JSON body).
// Query values arrive as strings, so numbers are coerced and then bounded; lists are
// comma-separated (or repeated) values.
import { z } from 'zod';
import { EDGE_TYPES, NODE_TYPES } from '../ontology.js';
import { NEIGHBORS_BOUNDS, NEIGHBORS_DEFAULTS } from '../graph/neighbors.js';
import { PATH_BOUNDS, PATH_DEFAULTS, PATH_MODES } from '../graph/paths.js';
import { SEARCH_BOUNDS, SEARCH_DEFAULTS } from '../graph/search.js';
import { SUBGRAPH_BOUNDS } from '../graph/subgraph.js';
import { NODE_DETAIL_BOUNDS, NODE_DETAIL_DEFAULTS } from '../graph/queries.js';
import { inputSchema } from './route.js';

/** An integer query parameter in [min, max] with a default. */
const int = (min: number, max: number, fallback: number, description: string) =>
  z.coerce.number().int().min(min).max(max).default(fallback).describe(description);

/** A comma-separated (or repeated) list of enum values. */
const list = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.enum(values)))
    .optional()
    .describe(`${description}: one or more of ${values.join(', ')}`);

const nodeId = z.string().min(1).max(1000).describe('Node id (from /api/search)');
const nodeParams = z.object({ id: nodeId });

/** A comma-separated (or repeated) list of node ids, 1 to `max` of them. */
const idList = (max: number, description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.string().max(1000)).min(1).max(max))
    .describe(`${description} (comma-separated node ids, at most ${max})`);

/** An optional ISO day (YYYY-MM-DD) query parameter. */
const dayParam = (description: string) => z.iso.date().optional().describe(`${description} (ISO day, yyyy-mm-dd)`);

/** `since`/`until` of a time window, and the check that `until` is not before `since`. */
export const timeWindowQuery = {
  since: dayParam('Only edges whose date (or report days) end on or after this day'),
  until: dayParam('Only edges whose date (or report days) start on or before this day'),
};
export const windowInOrder: [(q: { since?: string | undefined; until?: string | undefined }) => boolean, { path: string[]; message: string }] = [
  (q) => q.since === undefined || q.until === undefined || q.since <= q.until,
  { path: ['until'], message: 'until is before since. Expected until on or after since' },
];

/** Filters of a whole-graph query or export: node types, edge types, time window. */
export const graphFilterQuery = {
  nodeTypes: list(NODE_TYPES, 'Only nodes of these types (comma-separated)'),
  edgeTypes: list(EDGE_TYPES, 'Only edges of these types (comma-separated)'),
  ...timeWindowQuery,
};

export const healthInput = inputSchema({});
export const statsInput = inputSchema({});
export const openApiInput = inputSchema({});

export const searchInput = inputSchema({
  query: z.object({
    q: z.string().trim().min(1).max(SEARCH_BOUNDS.maxQueryLength).describe('Text to find in labels and aliases'),
    type: list(NODE_TYPES, 'Only these node types (comma-separated)'),
    limit: int(1, SEARCH_BOUNDS.maxLimit, SEARCH_DEFAULTS.limit, 'Most results'),
  }),
});

export const nodeInput = inputSchema({
  params: nodeParams,
  query: z.object({ limit: int(1, NODE_DETAIL_BOUNDS.maxLimit, NODE_DETAIL_DEFAULTS.limit, 'Most edges listed (those with the most evidence)') }),
});

const direction = z.enum(['in', 'out', 'both']).default(NEIGHBORS_DEFAULTS.direction).describe('Follow edges leaving the node (out), entering it (in) or both');

const neighborhoodQuery = {
  depth: int(1, NEIGHBORS_BOUNDS.maxDepth, NEIGHBORS_DEFAULTS.depth, 'Hops from the node'),
  limit: int(1, NEIGHBORS_BOUNDS.maxLimit, NEIGHBORS_DEFAULTS.limit, 'Most nodes, the centre included'),
  edgeTypes: list(EDGE_TYPES, 'Follow only these edge types (comma-separated)'),
  nodeTypes: list(NODE_TYPES, 'Include only these node types (comma-separated)'),
};

export const neighborsInput = inputSchema({
  params: nodeParams,
  query: z
    .object({
      ...neighborhoodQuery,
      direction,
      ...timeWindowQuery,
      exclude: idList(NEIGHBORS_BOUNDS.maxExclude, 'Nodes the caller already shows: walked through, not returned').optional(),
    })
    .refine(...windowInOrder),
});

export const neighborCountsInput = inputSchema({
  query: z
    .object({
      ids: idList(NEIGHBORS_BOUNDS.maxCountIds, 'Nodes to count the neighbours of'),
      direction,
      edgeTypes: neighborhoodQuery.edgeTypes,
      ...timeWindowQuery,
    })
    .refine(...windowInOrder),
});

export const subgraphInput = inputSchema({
  query: z.object({ nodes: idList(SUBGRAPH_BOUNDS.maxNodes, 'Nodes of the induced subgraph') }),
});

/** A boolean query parameter written true/false (or 1/0). */
const flag = (fallback: boolean, description: string) =>
  z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').default(fallback).describe(description);

/** An ISO day query parameter. */
const isoDay = (description: string) => z.iso.date().optional().describe(`${description} (ISO day, yyyy-mm-dd)`);

export const pathsInput = inputSchema({
  query: z.object({
    from: nodeId,
    to: nodeId,
    mode: z.enum(PATH_MODES).default(PATH_DEFAULTS.mode).describe('shortest: one path; all-shortest: every shortest path (listed up to limit, total counts them all); k: the k shortest simple paths'),
    k: int(1, PATH_BOUNDS.maxK, PATH_DEFAULTS.k, 'Paths wanted in mode k'),
    limit: int(1, PATH_BOUNDS.maxLimit, PATH_DEFAULTS.limit, 'Most paths listed in mode all-shortest'),
    maxLength: int(1, PATH_BOUNDS.maxLength, PATH_DEFAULTS.maxLength, 'Longest path considered, in hops'),
    directed: flag(PATH_DEFAULTS.directed, 'true follows edges source → target only; false follows every edge both ways'),
    edgeTypes: list(EDGE_TYPES, 'Follow only these edge types (comma-separated)'),
    since: isoDay('Only edges whose time (date, else report days) ends on or after this day'),
    until: isoDay('Only edges whose time (date, else report days) starts on or before this day'),
  }),
});

/** Whole graph, or the neighbourhood of `node` when given. */
const exportQuery = z.object({
  node: nodeId.optional().describe('Export only this node and its neighbourhood'),
  depth: neighborhoodQuery.depth,
  limit: int(1, NEIGHBORS_BOUNDS.maxLimit, NEIGHBORS_BOUNDS.maxLimit, 'Most nodes of a neighbourhood export'),
});
export const graphInput = inputSchema({ query: exportQuery.extend(graphFilterQuery).refine(...windowInOrder) });
export const gexfInput = inputSchema({
  query: exportQuery
    .extend(graphFilterQuery)
    .extend({ colors: z.enum(['rgb', 'hex']).default('rgb').describe('viz colours as r/g/b (read by every GEXF reader) or hex="#rrggbb" (GEXF 1.3)') })
    .refine(...windowInOrder),
});
export const graphmlInput = inputSchema({ query: exportQuery.extend(graphFilterQuery).refine(...windowInOrder) });

export const DOCUMENT_PAGE = { limit: 50, maxLimit: 500 } as const;
export const documentsInput = inputSchema({
  query: z.object({
    offset: z.coerce.number().int().min(0).default(0).describe('Documents to skip'),
    limit: int(1, DOCUMENT_PAGE.maxLimit, DOCUMENT_PAGE.limit, 'Most documents'),
  }),
});
export const documentInput = inputSchema({ params: z.object({ id: z.string().min(1).max(1000).describe('Document id') }) });
export const deleteDocumentInput = documentInput;

/** Metadata of a text/plain POST, in the query string (a JSON body carries them itself). */
const documentMetaQuery = z.object({
  id: z.string().trim().min(1).max(200).optional().describe('Document id, for a text/plain body (default: derived from the text)'),
  date: z.iso.date().optional().describe('Document date (ISO day), for a text/plain body'),
  title: z.string().max(1000).optional().describe('Title, for a text/plain body'),
  source: z.string().max(1000).optional().describe('Source, for a text/plain body'),
  url: z.string().max(2000).optional().describe('URL, for a text/plain body'),
});

export const postDocumentInput = inputSchema({
  query: documentMetaQuery,
  body: z
    .strictObject({
      text: z.string().describe('The dispatch text, optionally starting with `date YYYY-MM-DD` and a dateline'),
      id: z.string().trim().min(1).max(200).optional().describe('Document id (default: derived from the text)'),
      date: z.iso.date().optional().describe('Document date, ISO day'),
      title: z.string().max(1000).optional(),
      source: z.string().max(1000).optional(),
      url: z.string().max(2000).optional(),
    })
    .describe('A dispatch to ingest'),
});

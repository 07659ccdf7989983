// Zod schemas of the API's inputs: one per route (path parameters, query string, JSON body).
// Query values arrive as strings, so numbers are coerced and then bounded.
import { z } from 'zod';
import { EDGE_TYPES, NODE_TYPES } from '../ontology.js';
import { NEIGHBORS_BOUNDS, NEIGHBORS_DEFAULTS } from '../graph/neighbors.js';
import { PATH_BOUNDS, PATH_DEFAULTS, PATH_MODES } from '../graph/paths.js';
import { SEARCH_BOUNDS, SEARCH_DEFAULTS } from '../graph/search.js';
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

export const nodeInput = inputSchema({ params: nodeParams });

const neighborhoodQuery = {
  depth: int(1, NEIGHBORS_BOUNDS.maxDepth, NEIGHBORS_DEFAULTS.depth, 'Hops from the node'),
  limit: int(1, NEIGHBORS_BOUNDS.maxLimit, NEIGHBORS_DEFAULTS.limit, 'Most nodes, the centre included'),
  edgeTypes: list(EDGE_TYPES, 'Follow only these edge types (comma-separated)'),
  nodeTypes: list(NODE_TYPES, 'Include only these node types (comma-separated)'),
};

export const neighborsInput = inputSchema({ params: nodeParams, query: z.object(neighborhoodQuery) });

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
export const graphInput = inputSchema({ query: exportQuery });
export const gexfInput = inputSchema({ query: exportQuery });

export const DOCUMENT_PAGE = { limit: 50, maxLimit: 500 } as const;
export const documentsInput = inputSchema({
  query: z.object({
    offset: z.coerce.number().int().min(0).default(0).describe('Documents to skip'),
    limit: int(1, DOCUMENT_PAGE.maxLimit, DOCUMENT_PAGE.limit, 'Most documents'),
  }),
});
export const documentInput = inputSchema({ params: z.object({ id: z.string().min(1).max(1000).describe('Document id') }) });

export const postDocumentInput = inputSchema({
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

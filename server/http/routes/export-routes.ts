// Export routes: the graph (filtered, or a node's neighbourhood) as graphology JSON, and as GEXF 1.3
// and GraphML streamed to the response.
import { gexfChunks } from '../../export/gexf.js';
import { graphmlChunks } from '../../export/graphml.js';
import type { Point } from '../../export/layout.js';
import { egoSelection, filteredSelection, type GraphSelection } from '../../export/selection.js';
import { writeChunks } from '../../export/stream.js';
import { toGraphJson } from '../../export/json.js';
import type { NeighborsOptions } from '../../graph/neighbors.js';
import { filteredGraph, isEmptyFilter, subgraph, type GraphFilter } from '../../graph/subgraph.js';
import { LayoutStore } from '../../store/layout.js';
import { requireNodes, type ApiContext } from '../context.js';
import { defineRoute, problemResponse as problem, type RouteDef } from '../route.js';
import { gexfInput, graphInput, graphmlInput } from '../schemas.js';

/** Part of a file name made of safe characters only. */
function fileSlug(id: string): string {
  return id.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'node';
}

/** Query of an export: the whole graph filtered, or a neighbourhood (`node`, `depth`, `limit`). */
interface ExportQuery extends GraphFilter {
  node?: string | undefined;
  depth: number;
  limit: number;
}

/** The graph filter of an export query: only the filters it sets. */
function filterOf({ nodeTypes, edgeTypes, since, until }: GraphFilter): GraphFilter {
  return {
    ...(nodeTypes ? { nodeTypes } : {}),
    ...(edgeTypes ? { edgeTypes } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  };
}

/** Download name of an export. */
function fileName(node: string | undefined, ext: string): string {
  return node === undefined ? `dispatch-graph.${ext}` : `dispatch-graph-${fileSlug(node)}.${ext}`;
}

/** The SQLite connection behind the API's store, when it has one (for the saved layout). */
function connectionOf(store: unknown): ConstructorParameters<typeof LayoutStore>[0] | undefined {
  const db = (store as { connection?: unknown }).connection;
  return db && typeof (db as { prepare?: unknown }).prepare === 'function' ? (db as ConstructorParameters<typeof LayoutStore>[0]) : undefined;
}

/** The export routes over `ctx`. GEXF and GraphML are streamed from the live graph, never built whole. */
export function exportRoutes(ctx: ApiContext): RouteDef[] {
  const selection = (query: ExportQuery): GraphSelection => {
    const { node, depth, limit } = query;
    const filter = filterOf(query);
    if (node === undefined) return filteredSelection(ctx.graph, filter);
    requireNodes(ctx.graph, [node], 'node');
    return egoSelection(ctx.graph, node, { depth, limit, ...filter });
  };
  /** The explorer's saved positions (GET/PUT /api/layout), when the store keeps them. */
  const savedPositions = (): { positions?: ReadonlyMap<string, Point> } => {
    const db = connectionOf(ctx.store);
    if (db === undefined) return {};
    const { positions } = new LayoutStore(db).load();
    return positions.size > 0 ? { positions } : {};
  };

  return [
    defineRoute({
      method: 'get', path: '/api/graph', summary: 'The graph (or a neighbourhood) as graphology JSON, filtered by node type, edge type and time', tags: ['export'], schema: graphInput,
      responses: { 200: { description: 'graphology serialised graph' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: ({ query }) => {
        const { node, depth, limit } = query;
        const filter = filterOf(query);
        if (node !== undefined) requireNodes(ctx.graph, [node], 'node');
        const hood: Partial<NeighborsOptions> = { depth, limit, ...filter };
        const base = node === undefined ? ctx.graph : subgraph(ctx.graph, node, hood);
        return toGraphJson(isEmptyFilter(filter) ? base : filteredGraph(base, filter));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/export.gexf', summary: 'The graph (filtered, or a neighbourhood) as GEXF 1.3, streamed: typed attributes, viz colour/size/position, edge spells where dates are known', tags: ['export'], schema: gexfInput,
      responses: { 200: { description: 'GEXF 1.3 document', contentType: 'application/gexf+xml' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: async ({ query }, _req, res) => {
        const sel = selection(query);
        const options = { lastModified: new Date().toISOString().slice(0, 10), colorFormat: query.colors, ...savedPositions() };
        res.status(200).attachment(fileName(query.node, 'gexf')).type('application/gexf+xml; charset=utf-8');
        await writeChunks(gexfChunks(sel, options), res);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/export.graphml', summary: 'The graph (filtered, or a neighbourhood) as GraphML, streamed', tags: ['export'], schema: graphmlInput,
      responses: { 200: { description: 'GraphML document', contentType: 'application/graphml+xml' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: async ({ query }, _req, res) => {
        const sel = selection(query);
        res.status(200).attachment(fileName(query.node, 'graphml')).type('application/graphml+xml; charset=utf-8');
        await writeChunks(graphmlChunks(sel, savedPositions()), res);
        return undefined;
      },
    }),
  ];
}

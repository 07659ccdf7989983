// Read-only graph routes: health, stats, search, node detail, neighbours and shortest paths
// (neighbour counts and induced subgraphs are in selection-routes.ts).
import type { HealthResponse } from '../../api-types.js';
import { pathBudgetMs } from '../../graph/paths.js';
import { graphStats, nodeDetail, paths, search } from '../../graph/queries.js';
import { requireNodes, type ApiContext } from '../context.js';
import { neighborsJson } from '../neighbors-json.js';
import { defineRoute, JsonText, problemResponse as problem, type RouteDef } from '../route.js';
import { healthInput, neighborsInput, nodeInput, pathsInput, searchInput, statsInput } from '../schemas.js';

/** The graph query routes over `ctx`. */
export function graphRoutes(ctx: ApiContext): RouteDef[] {
  return [
    defineRoute({
      method: 'get', path: '/api/health', summary: 'Liveness and sizes', tags: ['meta'], schema: healthInput,
      responses: { 200: { description: 'Server is up', shape: 'HealthResponse' } },
      handle: (): HealthResponse => ({ status: 'ok', nodes: ctx.graph.order, edges: ctx.graph.size, documents: ctx.store.counts().documents }),
    }),
    defineRoute({
      method: 'get', path: '/api/stats', cached: true, summary: 'Counts of nodes, edges, documents and evidence, by type, and the date range', tags: ['graph'], schema: statsInput,
      responses: { 200: { description: 'Statistics', shape: 'StatsResponse' } },
      handle: () => graphStats(ctx.graph, ctx.store.counts().documents),
    }),
    defineRoute({
      method: 'get', path: '/api/search', cached: true, summary: 'Find nodes by label or alias: ranked, case- and accent-insensitive, prefixes and small typos', tags: ['graph'], schema: searchInput,
      responses: { 200: { description: 'Ranked matches', shape: 'SearchResponse' }, 400: problem('Missing or bad parameter') },
      handle: ({ query }) => search(ctx.graph, query.q, { limit: query.limit, ...(query.type ? { types: query.type } : {}) }),
    }),
    defineRoute({
      method: 'get', path: '/api/nodes/:id', cached: true, summary: 'A node: attributes, degree by edge type, every edge with its evidence, evidence grouped by document', tags: ['graph'], schema: nodeInput,
      responses: { 200: { description: 'Node detail', shape: 'NodeResponse' }, 404: problem('Unknown node') },
      handle: ({ params, query }) => {
        requireNodes(ctx.graph, [params.id], 'id');
        return nodeDetail(ctx.graph, params.id, ctx.docInfo, { limit: query.limit });
      },
    }),
    defineRoute({
      method: 'get', path: '/api/nodes/:id/neighbors', cached: true, summary: 'Neighbourhood of a node, up to 3 hops, filtered, in a fixed order, capped (total and truncated tell what was left out)', tags: ['graph'], schema: neighborsInput,
      responses: { 200: { description: 'Nodes and edges around the node', shape: 'NeighborsResponse' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: ({ params, query }) => {
        requireNodes(ctx.graph, [params.id], 'id');
        const { edgeTypes, nodeTypes, since, until, exclude, ...rest } = query;
        // Written straight to JSON text: the same text as JSON.stringify(neighbors(...)).
        return new JsonText(neighborsJson(ctx.graph, params.id, {
          ...rest,
          ...(edgeTypes ? { edgeTypes } : {}),
          ...(nodeTypes ? { nodeTypes } : {}),
          ...(since !== undefined ? { since } : {}),
          ...(until !== undefined ? { until } : {}),
          ...(exclude ? { exclude } : {}),
        }));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/paths', cached: true, summary: 'Shortest path, all shortest paths (counted) or the k shortest simple paths between two nodes, every hop with its edges and evidence', tags: ['graph'], schema: pathsInput,
      responses: {
        200: { description: 'Paths (an empty list when there is none)', shape: 'PathsResponse' }, 400: problem('Bad parameter'), 404: problem('Unknown node'),
        422: problem('The query needed more than its time budget (KG_PATH_BUDGET_MS, default 2000 ms)'),
      },
      handle: ({ query }) => paths(ctx.graph, query.from, query.to, { ...query, budgetMs: pathBudgetMs(process.env) }, ctx.docInfo),
    }),
  ];
}

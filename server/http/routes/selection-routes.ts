// Routes for what the client has selected or shows: neighbour counts of many nodes in one
// request (so a client never asks once per neighbour), and the subgraph induced by a selection.
import { neighborCounts } from '../../graph/neighbors.js';
import { inducedSubgraph } from '../../graph/subgraph.js';
import { requireNodes, type ApiContext } from '../context.js';
import { defineRoute, problemResponse as problem, type RouteDef } from '../route.js';
import { neighborCountsInput, subgraphInput } from '../schemas.js';

/** The selection routes over `ctx`. */
export function selectionRoutes(ctx: ApiContext): RouteDef[] {
  return [
    defineRoute({
      method: 'get', path: '/api/neighbor-counts', cached: true, summary: 'Neighbour counts (by node type and edge type) of many nodes in one request', tags: ['graph'], schema: neighborCountsInput,
      responses: { 200: { description: 'Counts by node id', shape: 'NeighborCountsResponse' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: ({ query }) => {
        requireNodes(ctx.graph, query.ids, 'ids');
        const { ids, edgeTypes, since, until, direction } = query;
        return neighborCounts(ctx.graph, ids, {
          direction,
          ...(edgeTypes ? { edgeTypes } : {}),
          ...(since !== undefined ? { since } : {}),
          ...(until !== undefined ? { until } : {}),
        });
      },
    }),
    defineRoute({
      method: 'get', path: '/api/subgraph', cached: true, summary: 'The subgraph induced by some nodes: them and every edge between two of them', tags: ['graph'], schema: subgraphInput,
      responses: { 200: { description: 'Nodes and edges', shape: 'SubgraphResponse' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: ({ query }) => {
        requireNodes(ctx.graph, query.nodes, 'nodes');
        return inducedSubgraph(ctx.graph, query.nodes);
      },
    }),
  ];
}

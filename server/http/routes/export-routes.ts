// Export routes: the graph (filtered by type and time, or a node's neighbourhood) as graphology
// JSON, and as GEXF 1.3.
import { toGexf } from '../../export/gexf.js';
import { toGraphJson } from '../../export/json.js';
import type { NeighborsOptions } from '../../graph/neighbors.js';
import { filteredGraph, isEmptyFilter, subgraph, type GraphFilter } from '../../graph/subgraph.js';
import type { KnowledgeGraph } from '../../ontology.js';
import { requireNodes, type ApiContext } from '../context.js';
import { defineRoute, problemResponse as problem, type RouteDef } from '../route.js';
import { gexfInput, graphInput } from '../schemas.js';

/** Part of a file name made of safe characters only. */
function fileSlug(id: string): string {
  return id.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'node';
}

/** The export routes over `ctx`; the whole-graph GEXF is cached until the graph changes. */
export function exportRoutes(ctx: ApiContext): RouteDef[] {
  let cached: { key: string; xml: string } | undefined;
  const pick = (query: { node?: string | undefined; depth: number; limit: number }): KnowledgeGraph =>
    query.node === undefined ? ctx.graph : subgraph(ctx.graph, query.node, { depth: query.depth, limit: query.limit });

  return [
    defineRoute({
      method: 'get', path: '/api/graph', summary: 'The graph (or a neighbourhood) as graphology JSON, filtered by node type, edge type and time', tags: ['export'], schema: graphInput,
      responses: { 200: { description: 'graphology serialised graph' }, 400: problem('Bad parameter'), 404: problem('Unknown node') },
      handle: ({ query }) => {
        const { node, depth, limit, nodeTypes, edgeTypes, since, until } = query;
        const filter: GraphFilter = {
          ...(nodeTypes ? { nodeTypes } : {}),
          ...(edgeTypes ? { edgeTypes } : {}),
          ...(since !== undefined ? { since } : {}),
          ...(until !== undefined ? { until } : {}),
        };
        if (node !== undefined) requireNodes(ctx.graph, [node], 'node');
        const hood: Partial<NeighborsOptions> = { depth, limit, ...(nodeTypes ? { nodeTypes } : {}), ...(edgeTypes ? { edgeTypes } : {}) };
        if (since !== undefined) hood.since = since;
        if (until !== undefined) hood.until = until;
        const base = node === undefined ? ctx.graph : subgraph(ctx.graph, node, hood);
        return toGraphJson(isEmptyFilter(filter) ? base : filteredGraph(base, filter));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/export.gexf', summary: 'The graph (or a neighbourhood) as GEXF 1.3', tags: ['export'], schema: gexfInput,
      responses: { 200: { description: 'GEXF 1.3 document', contentType: 'application/gexf+xml' }, 404: problem('Unknown node') },
      handle: ({ query }, _req, res) => {
        const day = new Date().toISOString().slice(0, 10);
        let xml: string;
        if (query.node === undefined) {
          const key = `${ctx.version}|${day}`;
          if (cached?.key !== key) cached = { key, xml: toGexf(ctx.graph, { lastModified: day }) };
          xml = cached.xml;
        } else {
          xml = toGexf(pick(query), { lastModified: day, description: `Neighbourhood of ${query.node} within ${query.depth} hop(s)` });
        }
        const name = query.node === undefined ? 'dispatch-graph.gexf' : `dispatch-graph-${fileSlug(query.node)}.gexf`;
        res.status(200).attachment(name).type('application/gexf+xml; charset=utf-8').send(xml);
        return undefined;
      },
    }),
  ];
}

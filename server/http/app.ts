// The Express application: JSON API under /api (routes validated by zod, errors as RFC 9457
// problems), the OpenAPI document, and the built client with an SPA fallback. Never listens.
import express from 'express';
import type { KnowledgeGraph } from '../ontology.js';
import { createContext, type ApiContext, type ApiStore } from './context.js';
import { openApiDocument } from './openapi.js';
import { apiNotFound, problemHandler } from './problems.js';
import { defineRoute, mountRoutes, type RouteDef } from './route.js';
import { documentRoutes } from './routes/document-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { graphRoutes } from './routes/graph-routes.js';
import { layoutRoutes } from './routes/layout-routes.js';
import { openApiInput } from './schemas.js';
import { clientRouter } from './static.js';

export interface AppDeps {
  store: ApiStore;
  /** The live graph; POST /api/documents merges new documents into it. */
  graph: KnowledgeGraph;
  /** Built client to serve (default dist/client). */
  clientDir?: string;
  /** Largest accepted request body (default 1 MB). */
  bodyLimit?: string | number;
  /** Called with unexpected (5xx) errors; silent by default. */
  log?: (message: string, err: unknown) => void;
}

export const APP_DEFAULTS = { clientDir: 'dist/client', bodyLimit: '1mb' } as const;

/** Every API route of an app over `ctx`, the OpenAPI route included. */
export function apiRoutes(ctx: ApiContext): RouteDef[] {
  const routes: RouteDef[] = [...graphRoutes(ctx), ...exportRoutes(ctx), ...documentRoutes(ctx), ...layoutRoutes(ctx)];
  const openapi = defineRoute({
    method: 'get', path: '/api/openapi.json', summary: 'This API as an OpenAPI 3.1 document', tags: ['meta'], schema: openApiInput,
    responses: { 200: { description: 'OpenAPI document' } },
    handle: () => spec,
  });
  const spec = openApiDocument([...routes, openapi], { title: 'Dispatch knowledge graph API', version: '0.1.0' });
  return [...routes, openapi];
}

/** Builds the Express app over a store and its live graph, without listening. */
export function createApp(deps: AppDeps): express.Express {
  const ctx = createContext(deps.store, deps.graph);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const api = express.Router();
  mountRoutes(api, apiRoutes(ctx), { bodyLimit: deps.bodyLimit ?? APP_DEFAULTS.bodyLimit });
  app.use(api);
  app.use('/api', apiNotFound);
  app.use(clientRouter(deps.clientDir ?? APP_DEFAULTS.clientDir));
  app.use(problemHandler(deps.log ?? (() => undefined)));
  return app;
}

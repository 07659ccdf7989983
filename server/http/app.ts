// The Express application: JSON API under /api (routes validated by zod, errors as RFC 9457
// problems), the OpenAPI document, and the built client with an SPA fallback. Security headers
// (helmet), CORS for reads only, a bearer token for writes when one is set. Never listens.
import express from 'express';
import { securityAndCors } from './security.js';
import type { KnowledgeGraph } from '../ontology.js';
import { createContext, type ApiContext, type ApiStore } from './context.js';
import { openApiDocument } from './openapi.js';
import { apiNotFound, problemHandler } from './problems.js';
import { ResponseCache } from './response-cache.js';
import { defineRoute, mountRoutes, type RouteDef } from './route.js';
import { documentRoutes } from './routes/document-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { graphRoutes } from './routes/graph-routes.js';
import { selectionRoutes } from './routes/selection-routes.js';
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
  /**
   * Bearer token every write (POST, PUT, DELETE) must carry; default: KG_API_TOKEN when set and
   * not blank. Null: writes are open even when KG_API_TOKEN is set.
   */
  apiToken?: string | null;
  /** Bytes of serialized answers the read routes keep until the graph changes (default 32 MiB; 0 keeps none). */
  responseCacheBytes?: number;
}

/** The write token from the environment: KG_API_TOKEN when set and not blank. */
export function tokenFromEnv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const token = env.KG_API_TOKEN?.trim();
  return token ? token : undefined;
}

export const APP_DEFAULTS = { clientDir: 'dist/client', bodyLimit: '1mb', responseCacheBytes: 32 * 1024 * 1024 } as const;

/** Every API route of an app over `ctx`, the OpenAPI route included. */
export function apiRoutes(ctx: ApiContext): RouteDef[] {
  const routes: RouteDef[] = [...graphRoutes(ctx), ...selectionRoutes(ctx), ...exportRoutes(ctx), ...documentRoutes(ctx), ...layoutRoutes(ctx)];
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
  app.use(securityAndCors());
  const apiToken = deps.apiToken === null ? undefined : (deps.apiToken ?? tokenFromEnv(process.env));
  // On the app's own router (not a sub-router): one router to walk per request.
  const answers = new ResponseCache(deps.responseCacheBytes ?? APP_DEFAULTS.responseCacheBytes);
  mountRoutes(app, apiRoutes(ctx), { bodyLimit: deps.bodyLimit ?? APP_DEFAULTS.bodyLimit, apiToken, cache: { answers, revision: ctx.revision } });
  app.use('/api', apiNotFound);
  app.use(clientRouter(deps.clientDir ?? APP_DEFAULTS.clientDir));
  app.use(problemHandler(deps.log ?? (() => undefined)));
  return app;
}

// Serves the built client (dist/client) with an SPA fallback for non-API GETs; explains how to
// build it when it is missing instead of answering 404.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dispatch graph: client not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>The explorer client is not built</h1>
<p>The API is running (try <a href="api/health">/api/health</a> or <a href="api/openapi.json">/api/openapi.json</a>),
but the browser client has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>
</body></html>
`;

/** Static files of `clientDir` plus the SPA fallback (index.html, or a "not built" page). */
export function clientRouter(clientDir: string): Router {
  const root = resolve(clientDir);
  const router = express.Router();
  router.use(express.static(root, { index: false, fallthrough: true }));
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) {
      next();
      return;
    }
    const index = join(root, 'index.html');
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type('html').send(NOT_BUILT);
  };
  router.use(fallback);
  return router;
}

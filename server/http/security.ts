// Security headers and CORS. helmet sets the usual headers, with a content security policy the
// explorer runs under (its layout worker is a blob: URL) and without the HTTPS-only headers,
// since the server speaks plain HTTP (a TLS proxy in front adds them). CORS is for reads only:
// GET/HEAD answers carry `Access-Control-Allow-Origin: *` so Gephi Lite or Retina can open an
// export URL; a preflight for anything else gets no allow headers, so browsers refuse
// cross-origin writes.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** helmet with the explorer's content security policy. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: false,
  });
}

const READS = new Set(['GET', 'HEAD']);

/** CORS under /api: reads open to every origin, preflights answered, writes never allowed. */
export const apiCors: RequestHandler = (req, res, next) => {
  if (READS.has(req.method)) {
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Access-Control-Expose-Headers', 'Content-Disposition, Content-Length');
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
    return;
  }
  if (req.method === 'OPTIONS') {
    const wanted = (req.get('access-control-request-method') ?? '').toUpperCase();
    if (READS.has(wanted)) {
      res.set('Access-Control-Allow-Origin', '*');
      res.set('Access-Control-Allow-Methods', 'GET, HEAD');
      res.set('Access-Control-Allow-Headers', 'Accept, Accept-Language, Content-Language, Range');
      res.set('Access-Control-Max-Age', '600');
    }
    res.set('Allow', 'GET, HEAD, POST, PUT, DELETE, OPTIONS');
    res.status(204).end();
    return;
  }
  next();
};

// Security headers and CORS. helmet sets the usual headers, with a content security policy the
// explorer runs under (its layout worker is a blob: URL) and without the HTTPS-only headers,
// since the server speaks plain HTTP (a TLS proxy in front adds them). CORS is for reads only:
// GET/HEAD answers carry `Access-Control-Allow-Origin: *` so Gephi Lite or Retina can open an
// export URL; a preflight for anything else gets no allow headers, so browsers refuse
// cross-origin writes.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** helmet with the explorer's content security policy. */
export function helmetMiddleware(): RequestHandler {
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

/** What a middleware does to a response's headers: values set (in order) and names removed. */
export interface HeaderEffect {
  set: [name: string, value: string][];
  removed: string[];
}

/**
 * Runs `middleware` once on a response that only records header calls; undefined when it does
 * anything else (reads the request, touches other response members, fails or does not call next),
 * i.e. when its effect may depend on the request.
 */
export function recordHeaders(middleware: RequestHandler): HeaderEffect | undefined {
  const effect: HeaderEffect = { set: [], removed: [] };
  let plain = true;
  let nextCalled = false;
  const strict = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key) {
        if (key in obj) return obj[key as keyof T];
        plain = false;
        return undefined;
      },
    });
  const res = strict({
    setHeader: (name: string, value: unknown) => {
      if (typeof value === 'string') effect.set.push([name, value]);
      else plain = false;
    },
    removeHeader: (name: string) => {
      effect.removed.push(name);
    },
  });
  try {
    middleware(strict({}) as never, res as never, ((err?: unknown) => {
      if (err !== undefined) plain = false;
      nextCalled = true;
    }) as never);
  } catch {
    return undefined;
  }
  return plain && nextCalled ? effect : undefined;
}

/**
 * helmet's security headers. helmet runs a chain of a dozen small middlewares on every request;
 * with our static options they always set the same headers, so they are recorded once and set
 * in one step (helmet itself runs per request if its effect ever depends on the request).
 */
export function securityHeaders(): RequestHandler {
  const real = helmetMiddleware();
  const effect = recordHeaders(real);
  if (!effect) return real;
  const { set, removed } = effect;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
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

const API_PATH = /^\/api(?:\/|$)/i;

/**
 * securityHeaders() on every answer and apiCors under /api (matched as Express matches
 * `app.use('/api', ...)`: case-insensitively, /api itself or below it), as one middleware.
 */
export function securityAndCors(): RequestHandler {
  const headers = securityHeaders();
  return (req, res, next) => {
    headers(req, res, (error?: unknown) => {
      if (error !== undefined) next(error);
      else if (API_PATH.test(req.path)) apiCors(req, res, next);
      else next();
    });
  };
}

import express from 'express';
import { describe, expect, it } from 'vitest';
import type { RequestHandler } from 'express';
import { closeServer, listen, serverUrl } from '../../server/main.js';
import { helmetMiddleware, recordHeaders, securityHeaders } from '../../server/http/security.js';

/** The headers a GET / answers with when `middleware` runs before a route that sends "ok". */
async function headersOf(middleware: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.send('ok');
  });
  const server = await listen(app, '127.0.0.1', 0);
  try {
    const res = await fetch(serverUrl(server, '127.0.0.1'));
    await res.text();
    const out: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (name !== 'date') out[name] = value;
    });
    return out;
  } finally {
    await closeServer(server, 100);
  }
}

describe('recordHeaders', () => {
  it('records the headers a static middleware sets and removes', () => {
    const effect = recordHeaders((_req, res, next) => {
      res.setHeader('X-A', '1');
      res.removeHeader('X-B');
      res.setHeader('X-C', 'two');
      next();
    });
    expect(effect).toEqual({ set: [['X-A', '1'], ['X-C', 'two']], removed: ['X-B'] });
  });

  it('gives up on a middleware that reads the request, touches other members, fails or does not call next', () => {
    expect(recordHeaders((req, res, next) => {
      res.setHeader('X-Path', String(req.path));
      next();
    })).toBeUndefined();
    expect(recordHeaders((_req, res, next) => {
      res.status(200);
      next();
    })).toBeUndefined();
    expect(recordHeaders((_req, _res, next) => next(new Error('no')))).toBeUndefined();
    expect(recordHeaders(() => undefined)).toBeUndefined();
    expect(recordHeaders(() => {
      throw new Error('boom');
    })).toBeUndefined();
    expect(recordHeaders((_req, res, next) => {
      res.setHeader('X-List', ['a', 'b']);
      next();
    })).toBeUndefined();
  });
});

describe('securityHeaders', () => {
  it('answers with exactly the headers helmet itself sets', async () => {
    expect(recordHeaders(helmetMiddleware())).toBeDefined();
    const fast = await headersOf(securityHeaders());
    const real = await headersOf(helmetMiddleware());
    expect(fast).toEqual(real);
    expect(fast['content-security-policy']).toContain("worker-src 'self' blob:");
    expect(fast['x-powered-by']).toBeUndefined();
    expect(fast['strict-transport-security']).toBeUndefined();
  });
});

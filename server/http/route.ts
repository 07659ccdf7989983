// Route definitions: method, path, one zod input schema ({ params, query, body }) and a handler.
// The same definitions mount on Express and produce the OpenAPI document (openapi.ts). Writes
// (every method but GET) need the bearer token when the app has one; bodies are parsed by media
// type (JSON, or text/plain for routes that accept it, given to the schema as `{ text }`).
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { RequestValidationError, UnauthorizedError, UnsupportedMediaTypeError, type RequestIssue } from './http-errors.js';
import { jsonAnswer, type CachedAnswer, type ResponseCache } from './response-cache.js';
import type { ResponseName } from './response-schemas.js';

/** The input schema of a route: path parameters, query string and (for POST) the JSON body. */
export type InputSchema = z.ZodObject<{ params: z.ZodObject; query: z.ZodObject; body?: z.ZodType }>;

/** Builds a route's single input schema; absent parts accept anything and yield `{}`. */
export function inputSchema<P extends z.ZodRawShape = {}, Q extends z.ZodRawShape = {}, B extends z.ZodType | undefined = undefined>(parts: {
  params?: z.ZodObject<P>;
  query?: z.ZodObject<Q>;
  body?: B;
}) {
  return z.object({
    params: parts.params ?? z.object({}),
    query: parts.query ?? z.object({}),
    ...(parts.body ? { body: parts.body } : {}),
  }) as unknown as z.ZodObject<{ params: z.ZodObject<P>; query: z.ZodObject<Q> } & (B extends z.ZodType ? { body: B } : {})>;
}

/** What a route answers, for the OpenAPI document. */
export interface ResponseDoc {
  description: string;
  /** Media type; application/json when absent. */
  contentType?: string;
  /** Name of the api-types.ts interface (and response schema) the JSON follows. */
  shape?: ResponseName;
}

/** A problem-details answer, for the OpenAPI document. */
export function problemResponse(description: string): ResponseDoc {
  return { description, contentType: 'application/problem+json', shape: 'Problem' };
}

export interface RouteDef<S extends InputSchema = InputSchema> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express path, e.g. `/api/nodes/:id`. */
  path: string;
  summary: string;
  tags: string[];
  schema: S;
  responses: Record<number, ResponseDoc>;
  /**
   * The answer depends only on the graph and the request URL: a 200 answer is kept in the app's
   * response cache until the graph changes. Only for GET routes whose handler sets no header.
   */
  cached?: boolean;
  /** Media types of the body (default: application/json only); text/plain reaches the schema as `{ text }`. */
  accepts?: readonly BodyMediaType[];
  /** Returns the JSON to send (a value, or JsonText), or undefined when it wrote the response itself. */
  handle(input: z.output<S>, req: Request, res: Response): unknown;
}

/** Request body media types a route may accept. */
export type BodyMediaType = 'application/json' | 'text/plain';

/** Whether a route changes state (needs the bearer token when one is set). */
export function isWrite(route: Pick<RouteDef, 'method'>): boolean {
  return route.method !== 'get';
}

/** Identity with type inference, so handlers see their parsed input. */
export function defineRoute<S extends InputSchema>(def: RouteDef<S>): RouteDef<S> {
  return def;
}

/** The issues of a failed parse as `{ path: 'query.depth', message }`. */
export function issuesOf(error: z.ZodError): RequestIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parses a request with a route's schema; throws RequestValidationError naming every issue. */
export function parseInput<S extends InputSchema>(route: RouteDef<S>, req: Request): z.output<S> {
  const result = route.schema.safeParse({ params: req.params ?? {}, query: req.query ?? {}, body: req.body });
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const summary = issues.map((i) => `${i.path || 'request'}: ${i.message}`).join('; ');
  throw new RequestValidationError(`${route.method.toUpperCase()} ${route.path}: ${summary}`, issues);
}

/** Compares two secrets in constant time (through their digests, so lengths leak nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Middleware refusing a write whose `Authorization: Bearer` token is not `token`. */
export function requireBearer(route: Pick<RouteDef, 'method' | 'path'>, token: string): RequestHandler {
  return (req, _res, next) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.get('authorization') ?? '');
    if (match && sameSecret(match[1]!, token)) {
      next();
      return;
    }
    const why = match ? 'the bearer token is wrong' : 'no bearer token was sent';
    next(new UnauthorizedError(`${route.method.toUpperCase()} ${route.path}: ${why}. Expected "Authorization: Bearer <KG_API_TOKEN>"`));
  };
}

export interface MountOptions {
  /** Largest accepted request body. */
  bodyLimit: string | number;
  /** Token every write must carry as `Authorization: Bearer <token>`; writes are open without one. */
  apiToken?: string | undefined;
  /** Where `cached` routes keep their answers, and the graph revision they are valid for. */
  cache?: { answers: ResponseCache; revision: () => number } | undefined;
}

/** A JSON answer already serialized (e.g. written straight from the graph), sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Sends a handler's JSON answer, unless there is none or the handler answered itself. */
function sendPayload(res: Response, payload: unknown): void {
  if (payload === undefined || res.headersSent) return;
  if (payload instanceof JsonText) {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.send(payload.text);
  } else res.json(payload);
}

/** Sends a serialized answer (304 when the request's If-None-Match has its ETag), as res.send would. */
export function sendAnswer(req: Request, res: Response, answer: CachedAnswer): void {
  res.setHeader('Content-Type', answer.contentType);
  res.setHeader('ETag', answer.etag);
  if (req.fresh) {
    res.removeHeader('Content-Type');
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Length', answer.body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(answer.body);
}

/** Mounts route definitions on `router`: token check for writes, size-limited body parsers, schema validation. */
export function mountRoutes(router: Router | Express, routes: readonly RouteDef[], options: MountOptions): void {
  const parsers: Record<BodyMediaType, RequestHandler> = {
    'application/json': express.json({ limit: options.bodyLimit, strict: true }),
    'text/plain': express.text({ limit: options.bodyLimit, type: 'text/plain' }),
  };
  for (const route of routes) {
    const hasBody = 'body' in route.schema.shape;
    const accepts = route.accepts ?? ['application/json'];
    const cache = route.cached === true && route.method === 'get' ? options.cache : undefined;
    // Synchronous unless the route's handler returns a promise: no promise or microtask per request otherwise.
    const handler: RequestHandler = (req, res, next) => {
      try {
        if (hasBody && !accepts.some((type) => req.is(type))) {
          throw new UnsupportedMediaTypeError(`${route.method.toUpperCase()} ${route.path}: content type is ${JSON.stringify(req.get('content-type') ?? 'none')}. Expected ${accepts.join(' or ')}`);
        }
        if (hasBody && typeof req.body === 'string' && req.is('text/plain')) req.body = { text: req.body };
        if (cache !== undefined) {
          // Keyed by the URL as sent (path and query string), valid for the graph revision read before answering.
          const revision = cache.revision();
          const kept = cache.answers.get(req.url, revision);
          if (kept !== undefined) return sendAnswer(req, res, kept);
          const payload = route.handle(parseInput(route, req), req, res);
          if (payload === undefined || payload instanceof Promise || res.headersSent || res.statusCode !== 200) throw new Error(`${route.path}: a cached route must answer synchronously with a 200 JSON value`);
          const answer = jsonAnswer(payload instanceof JsonText ? payload.text : JSON.stringify(payload));
          cache.answers.set(req.url, revision, answer);
          return sendAnswer(req, res, answer);
        }
        const payload = route.handle(parseInput(route, req), req, res);
        if (payload instanceof Promise) {
          payload.then((value: unknown) => sendPayload(res, value)).catch(next);
          return;
        }
        sendPayload(res, payload);
      } catch (error) {
        next(error);
      }
    };
    const chain: RequestHandler[] = [];
    if (isWrite(route) && options.apiToken !== undefined) chain.push(requireBearer(route, options.apiToken));
    if (hasBody) chain.push(...accepts.map((type) => parsers[type]));
    // An app routes like a Router (app.get with a path and handlers adds a route).
    (router as Router)[route.method](route.path, ...chain, handler);
  }
}

// Route definitions: method, path, one zod input schema ({ params, query, body }) and a handler.
// The same definitions mount on Express and produce the OpenAPI document (openapi.ts).
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { RequestValidationError, UnsupportedMediaTypeError, type RequestIssue } from './http-errors.js';
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
  method: 'get' | 'post' | 'put';
  /** Express path, e.g. `/api/nodes/:id`. */
  path: string;
  summary: string;
  tags: string[];
  schema: S;
  responses: Record<number, ResponseDoc>;
  /** Returns the JSON to send, or undefined when it wrote the response itself. */
  handle(input: z.output<S>, req: Request, res: Response): unknown;
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

/** Mounts route definitions on `router`; routes with a body get a size-limited JSON parser. */
export function mountRoutes(router: Router, routes: readonly RouteDef[], options: { bodyLimit: string | number }): void {
  const json = express.json({ limit: options.bodyLimit, strict: true });
  for (const route of routes) {
    const hasBody = 'body' in route.schema.shape;
    const handler = async (req: Request, res: Response) => {
      if (hasBody && !req.is('application/json')) {
        throw new UnsupportedMediaTypeError(`${route.method.toUpperCase()} ${route.path}: content type is ${JSON.stringify(req.get('content-type') ?? 'none')}. Expected application/json`);
      }
      const payload = await route.handle(parseInput(route, req), req, res);
      if (payload !== undefined && !res.headersSent) res.json(payload);
    };
    if (hasBody) router[route.method](route.path, json, handler);
    else router[route.method](route.path, handler);
  }
}

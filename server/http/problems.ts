// RFC 9457 problem details: the one place that maps error classes to HTTP statuses, problem
// types and titles, plus the JSON 404 for unknown /api routes and the final error middleware.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Problem } from '../api-types.js';
import { DocumentError, KgError, NotFoundError, QueryBudgetError, StoreError, ValidationError } from '../errors.js';
import {
  ClientHttpError, MalformedBodyError, PayloadTooLargeError, RequestValidationError, UnauthorizedError, UnknownIdError, UnsupportedMediaTypeError,
  type RequestIssue,
} from './http-errors.js';

/** A problem document, with the schema issues of a 400 when there are any. */
export interface ProblemBody extends Problem {
  errors?: RequestIssue[];
}

// Most specific class first: the first `instanceof` match wins.
const KINDS: { cls: new (...args: never[]) => KgError; type: string; title: string }[] = [
  { cls: RequestValidationError, type: 'invalid-request', title: 'Invalid request parameters' },
  { cls: MalformedBodyError, type: 'malformed-body', title: 'Malformed request body' },
  { cls: ValidationError, type: 'invalid-request', title: 'Invalid request' },
  { cls: NotFoundError, type: 'not-found', title: 'Not found' },
  { cls: UnauthorizedError, type: 'unauthorized', title: 'Bearer token required' },
  { cls: DocumentError, type: 'unreadable-document', title: 'Unreadable document' },
  { cls: QueryBudgetError, type: 'query-budget-exceeded', title: 'Query too expensive' },
  { cls: PayloadTooLargeError, type: 'payload-too-large', title: 'Payload too large' },
  { cls: UnsupportedMediaTypeError, type: 'unsupported-media-type', title: 'Unsupported media type' },
  { cls: StoreError, type: 'store-error', title: 'Store error' },
  { cls: ClientHttpError, type: 'bad-request', title: 'Bad request' },
];

/** Prefix of every problem `type` URI. */
export const PROBLEM_TYPE_PREFIX = 'urn:dispatch-graph:problem:';

/** Turns body-parser's and Express's errors (http-errors objects) into the project's classes. */
function fromBodyParser(err: unknown): KgError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  if (!('type' in err)) return fromHttpError(err);
  const message = err instanceof Error ? err.message : String(err);
  switch ((err as { type: unknown }).type) {
    case 'entity.too.large':
      return new PayloadTooLargeError(`request body: ${message}. Expected a smaller document`);
    case 'entity.parse.failed':
      return new MalformedBodyError(`request body: not valid JSON (${message}). Expected a JSON object`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new UnsupportedMediaTypeError(`request body: ${message}. Expected UTF-8 JSON`);
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new MalformedBodyError(`request body: ${message}`);
    default:
      return fromHttpError(err);
  }
}

/** An Express/http-errors client error (4xx not marked `expose: false`), e.g. a path that is not valid percent-encoding. */
function fromHttpError(err: object): KgError | undefined {
  const status = (err as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status > 499 || (err as { expose?: unknown }).expose === false) return undefined;
  const message = err instanceof Error ? err.message : 'bad request';
  return new ClientHttpError(status, `request: ${message}`);
}

/** The parameter a schema issue path names: `query.depth` → `depth`, `query.nodeTypes.0` → `nodeTypes`, `params.id` → `id`, `body.text` → `body.text`. */
export function parameterName(path: string): string {
  const [where, name] = path.split('.');
  if (name === undefined) return where === 'body' ? 'body' : 'request';
  return where === 'body' ? `body.${name}` : name;
}

/** The problem document for an error thrown while handling `req`. */
export function toProblem(err: unknown, instance: string): ProblemBody {
  const known = err instanceof KgError ? err : fromBodyParser(err);
  if (known === undefined || known.status >= 500) {
    const title = known ? 'Store error' : 'Internal server error';
    return { type: `${PROBLEM_TYPE_PREFIX}internal`, title, status: 500, detail: 'The server could not complete the request.', instance };
  }
  const kind = KINDS.find((k) => known instanceof k.cls);
  const problem: ProblemBody = {
    type: `${PROBLEM_TYPE_PREFIX}${kind?.type ?? 'error'}`,
    title: kind?.title ?? 'Request failed',
    status: known.status,
    detail: known.message,
    instance,
  };
  if (known instanceof RequestValidationError) {
    problem.errors = known.issues;
    const first = known.issues[0]?.path;
    if (first) problem.parameter = parameterName(first);
  }
  if (known instanceof UnknownIdError) problem.parameter = known.parameter;
  return problem;
}

/** Sends `problem` as application/problem+json. */
export function sendProblem(res: Response, problem: ProblemBody): void {
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** 404 problem for any /api path no route matched. */
export const apiNotFound: RequestHandler = (req: Request) => {
  throw new NotFoundError(`${req.method} ${req.baseUrl}${req.path}: no such API route. Expected one listed in /api/openapi.json`);
};

/** The error middleware: every error becomes a problem; 5xx are reported to `log`. */
export function problemHandler(log: (message: string, err: unknown) => void): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const problem = toProblem(err, req.originalUrl);
    if (problem.status >= 500) log(`${req.method} ${req.originalUrl} failed`, err);
    if (problem.status === 401) res.set('WWW-Authenticate', 'Bearer realm="dispatch-graph"');
    sendProblem(res, problem);
  };
}

// The one mapping from errors to RFC 9457 problems: each error class gets its status, type and
// title; unknown errors become a 500 that reveals nothing.
import { describe, expect, it } from 'vitest';
import { DocumentError, KgError, NotFoundError, StoreError, ValidationError } from '../../server/errors.js';
import { MalformedBodyError, PayloadTooLargeError, RequestValidationError, UnauthorizedError, UnknownIdError, UnsupportedMediaTypeError } from '../../server/http/http-errors.js';
import { parameterName, PROBLEM_TYPE_PREFIX, toProblem } from '../../server/http/problems.js';

/** An error shaped like body-parser's. */
function bodyParserError(type: string, status: number): Error {
  return Object.assign(new Error(type), { type, status, expose: true });
}

describe('toProblem', () => {
  it.each([
    ['ValidationError', { given: new ValidationError('bad'), status: 400, type: 'invalid-request' }],
    ['RequestValidationError', { given: new RequestValidationError('bad', [{ path: 'query.depth', message: 'too big' }]), status: 400, type: 'invalid-request' }],
    ['MalformedBodyError', { given: new MalformedBodyError('bad json'), status: 400, type: 'malformed-body' }],
    ['NotFoundError', { given: new NotFoundError('nope'), status: 404, type: 'not-found' }],
    ['UnknownIdError', { given: new UnknownIdError('nope', 'ids'), status: 404, type: 'not-found' }],
    ['UnauthorizedError', { given: new UnauthorizedError('no token'), status: 401, type: 'unauthorized' }],
    ['DocumentError', { given: new DocumentError('empty'), status: 422, type: 'unreadable-document' }],
    ['PayloadTooLargeError', { given: new PayloadTooLargeError('big'), status: 413, type: 'payload-too-large' }],
    ['UnsupportedMediaTypeError', { given: new UnsupportedMediaTypeError('text'), status: 415, type: 'unsupported-media-type' }],
    ['body-parser entity.too.large', { given: bodyParserError('entity.too.large', 413), status: 413, type: 'payload-too-large' }],
    ['body-parser entity.parse.failed', { given: bodyParserError('entity.parse.failed', 400), status: 400, type: 'malformed-body' }],
    ['body-parser charset.unsupported', { given: bodyParserError('charset.unsupported', 415), status: 415, type: 'unsupported-media-type' }],
    ['router decode error', { given: Object.assign(new Error("Failed to decode param '%E0'"), { status: 400 }), status: 400, type: 'bad-request' }],
    ['StoreError', { given: new StoreError('disk full at /secret/path'), status: 500, type: 'internal' }],
    ['KgError', { given: new KgError('oops'), status: 500, type: 'internal' }],
    ['TypeError', { given: new TypeError('x is undefined'), status: 500, type: 'internal' }],
    ['a thrown string', { given: 'boom', status: 500, type: 'internal' }],
  ])('%s', (_name, { given, status, type }) => {
    const problem = toProblem(given, '/api/x');
    expect(problem).toMatchObject({ status, type: `${PROBLEM_TYPE_PREFIX}${type}`, instance: '/api/x', title: expect.any(String) });
    if (status === 500) expect(problem.detail).toBe('The server could not complete the request.');
    else expect(problem.detail).toMatch(/\S/);
  });

  it('lists schema issues on a 400', () => {
    const problem = toProblem(new RequestValidationError('bad', [{ path: 'query.depth', message: 'too big' }]), '/api/x');
    expect(problem.errors).toEqual([{ path: 'query.depth', message: 'too big' }]);
  });

  it('names the offending parameter of a 400 and of an unknown id', () => {
    expect(toProblem(new RequestValidationError('bad', [{ path: 'query.nodeTypes.0', message: 'bad enum' }]), '/').parameter).toBe('nodeTypes');
    expect(toProblem(new UnknownIdError('no node', 'from'), '/').parameter).toBe('from');
    expect(toProblem(new NotFoundError('no route'), '/')).not.toHaveProperty('parameter');
  });

  it.each([
    ['query.depth', 'depth'], ['query.ids.3', 'ids'], ['params.id', 'id'], ['body.text', 'body.text'], ['body', 'body'], ['query', 'request'],
  ])('parameterName(%s) → %s', (path, want) => {
    expect(parameterName(path)).toBe(want);
  });

  it('keeps the message of a client error as the detail', () => {
    expect(toProblem(new NotFoundError('node: no node with id "x"'), '/').detail).toBe('node: no node with id "x"');
  });
});

// Error classes that only exist at the HTTP boundary (request body size and media type, missing
// bearer token, unknown id in a named parameter), plus a ValidationError that keeps the schema
// issues so the problem document can list them and name the offending parameter.
import { KgError, NotFoundError, ValidationError } from '../errors.js';

/** One failed check of a request: where (e.g. `query.depth`) and what is wrong. */
export interface RequestIssue {
  path: string;
  message: string;
}

/** A request whose parameters or body fail the route's schema (HTTP 400). */
export class RequestValidationError extends ValidationError {
  constructor(
    message: string,
    readonly issues: RequestIssue[],
  ) {
    super(message);
  }
}

/** A request body that is not valid JSON (HTTP 400). */
export class MalformedBodyError extends ValidationError {}

/** A request body larger than the configured limit (HTTP 413). */
export class PayloadTooLargeError extends KgError {
  override readonly status = 413;
}

/** A request body in a media type the route does not accept (HTTP 415). */
export class UnsupportedMediaTypeError extends KgError {
  override readonly status = 415;
}

/** Another client error raised by Express or its parsers (e.g. a malformed URL), with its status. */
export class ClientHttpError extends KgError {
  constructor(
    override readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A write without the bearer token the server was started with (HTTP 401). */
export class UnauthorizedError extends KgError {
  override readonly status = 401;
}

/** An id in a request parameter that names nothing (HTTP 404), with the parameter's name. */
export class UnknownIdError extends NotFoundError {
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}

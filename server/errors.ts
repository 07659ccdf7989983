// Error classes shared by every stage. Messages read `origin: what is wrong. Expected ...`.
// HTTP maps each class to an RFC 9457 problem in one place (server/http/problems.ts).

/** Base class of the project's errors; `status` is the HTTP status it maps to. */
export class KgError extends Error {
  readonly status: number = 500;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A request or argument that does not have the expected form (HTTP 400). */
export class ValidationError extends KgError {
  override readonly status = 400;
}

/** An id that names no node, edge or document (HTTP 404). */
export class NotFoundError extends KgError {
  override readonly status = 404;
}

/** A document that cannot be read or extracted: empty, binary, not UTF-8, too large (HTTP 422). */
export class DocumentError extends KgError {
  override readonly status = 422;
}

/** A query that would exceed its time or size budget (HTTP 422): narrow it and ask again. */
export class QueryBudgetError extends KgError {
  override readonly status = 422;
}

/** A database that cannot be opened or written (HTTP 500). */
export class StoreError extends KgError {
  override readonly status = 500;
}

// Answers of read routes kept while the graph does not change. The explorer asks for the same
// neighbourhoods, nodes and paths again and again (expanding, going back, reloading a shared URL);
// each answer is a pure function of the graph and the request URL, so it is serialized, hashed
// (for its ETag) and encoded once and then sent as it is until the graph's revision moves. Least
// recently used answers go first when the cache would hold more than its byte budget; an answer
// larger than a quarter of the budget is never kept.
import { hash } from 'node:crypto';

/** A serialized answer: its bytes, media type and entity tag. */
export interface CachedAnswer {
  body: Buffer;
  contentType: string;
  /** Weak ETag in Express's format, `W/"<length hex>-<sha1 base64, 27 chars>"`. */
  etag: string;
}

/** The ETag Express would give `body` (weak, from its length and SHA-1). */
export function weakEtag(body: Buffer): string {
  return `W/"${body.length.toString(16)}-${hash('sha1', body, 'base64').slice(0, 27)}"`;
}

/** A serialized JSON answer with its ETag. */
export function jsonAnswer(text: string): CachedAnswer {
  const body = Buffer.from(text, 'utf8');
  return { body, contentType: 'application/json; charset=utf-8', etag: weakEtag(body) };
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private revision: number | undefined;

  /** `maxBytes`: the budget of the bodies kept (0 keeps nothing). */
  constructor(readonly maxBytes: number) {
    if (!Number.isFinite(maxBytes) || maxBytes < 0) throw new RangeError(`ResponseCache: maxBytes must be a finite number ≥ 0, got ${maxBytes}`);
  }

  /** Bodies' bytes currently kept, and how many answers. */
  get size(): { answers: number; bytes: number } {
    return { answers: this.entries.size, bytes: this.bytes };
  }

  /** The answer kept for `key` at `revision` (everything kept at an older revision is dropped). */
  get(key: string, revision: number): CachedAnswer | undefined {
    if (revision !== this.revision) {
      this.clear();
      this.revision = revision;
      return undefined;
    }
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  /** Keeps `answer` for `key` at `revision`, dropping the least recently used answers past the budget. */
  set(key: string, revision: number, answer: CachedAnswer): void {
    if (revision !== this.revision) {
      this.clear();
      this.revision = revision;
    }
    if (answer.body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
    }
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

// The identity of a document's text: used to skip documents already stored.
import { createHash } from 'node:crypto';

/** sha256 of a document's text, hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

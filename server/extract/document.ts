// Stage 1 of the extractor: validate a dispatch and read its header (`date YYYY-MM-DD`) and
// dateline (`SEOUL, December 13. /TASS/.`) into DocumentMeta. Pure: hashing is computation only.
//
// Markup: HTML in a dispatch is not rejected. `text` stays the original (evidence offsets refer
// to it); `plain` is a copy of equal length in which tags, comments and script/style content are
// spaces and `&entity;` is its character plus spaces (see markup.ts). Later stages should read
// `plain` and slice evidence from `text` with the same offsets. The working copy also brackets
// acronyms set off by commas ("the Nigerian Navy, NN, said": see comma-acronyms.ts), same length.
import * as crypto from 'node:crypto';
import { DocumentError } from '../errors.js';
import type { DispatchInput, DocumentMeta } from '../ontology.js';
import { matchDateline } from './dateline.js';
// (isRealDay reads month lengths from a memo: a Date per document header cost as much as a sentence's pass.)
import { isRealDay } from './dates-calendar.js';
import { resolveDocumentOptions, type DocumentOptions } from './document-options.js';
import { bracketCommaAcronyms } from './comma-acronyms.js';
import { blankMarkup } from './markup.js';
import type { ParsedDocument } from './types.js';

export { DOCUMENT_DEFAULTS, type DocumentOptions } from './document-options.js';

/** ParsedDocument plus the markup-free working copy and the problems found while parsing. */
export interface ParsedDispatch extends ParsedDocument {
  /** Same length as `text`; markup blanked, comma-set acronyms bracketed (equal to `text` when there are none). */
  plain: string;
  /** Non-fatal problems (invalid header date, markup found, a few invalid UTF-8 sequences). */
  problems: string[];
}

const HEADER = /^date[:\s]\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;


function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Normalises an ISO day string (YYYY-MM-DD) or returns undefined when it is not a real day. */
export function normalizeIsoDay(value: string): string | undefined {
  const m = ISO_DAY.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(y, mo, d) ? isoDay(y, mo, d) : undefined;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Characters the validation counts or rejects: NUL and other controls (not the white space of isSpaceCode), U+FFFD. */
const SUSPECT_CHAR = /[\x00-\x08\x0e-\x1f\x7f\ufffd]/;
/** A character that is not white space by isSpaceCode. */
const VISIBLE_CHAR = /[^\x09-\x0d\x20\xa0\ufeff\u2028\u2029\u2000-\u200b\u202f\u205f\u3000]/;

/** Throws DocumentError for text that is empty, too long, binary or mostly invalid UTF-8. */
function validateText(text: unknown, options: DocumentOptions, problems: string[]): asserts text is string {
  if (typeof text !== 'string') {
    throw new DocumentError(`parseDocument: text is ${text === null ? 'null' : typeof text}. Expected a string.`);
  }
  if (text.length > options.maxLength) {
    throw new DocumentError(`parseDocument: text has ${text.length} characters. Expected at most ${options.maxLength}.`);
  }
  // The commonest text, with no NUL, no other control character and no U+FFFD, only needs some visible
  // character: two regex scans instead of the character loop below.
  if (!SUSPECT_CHAR.test(text)) {
    if (!VISIBLE_CHAR.test(text)) throw new DocumentError('parseDocument: text is empty or white space only. Expected the text of a dispatch.');
    return;
  }
  let visible = 0;
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) { // printable ASCII: visible, not a control, not U+FFFD
      visible++;
      continue;
    }
    if (c === 0) {
      throw new DocumentError(`parseDocument: text contains a NUL byte at offset ${i} (binary data). Expected plain text.`);
    }
    if (isSpaceCode(c)) continue;
    visible++;
    if (c < 0x20 || c === 0x7f) controls++;
    else if (c === 0xfffd) replacements++;
  }
  if (visible === 0) {
    throw new DocumentError('parseDocument: text is empty or white space only. Expected the text of a dispatch.');
  }
  if (controls / text.length > options.maxControlShare) {
    throw new DocumentError(`parseDocument: ${controls} of ${text.length} characters are control characters (binary data). Expected plain text.`);
  }
  if (replacements > options.toleratedReplacements && replacements / text.length > options.maxReplacementShare) {
    throw new DocumentError(`parseDocument: ${replacements} of ${text.length} characters are U+FFFD (invalid UTF-8). Expected UTF-8 text.`);
  }
  if (replacements > 0) problems.push(`parseDocument: ${replacements} invalid UTF-8 sequence(s) (U+FFFD) kept in the text.`);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** sha256 of the text (UTF-8), lower-case hex. */
export function hashText(text: string): string {
  // One-shot crypto.hash (Node >= 20.12) skips the Hash object; same digest as createHash.
  return typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Validates a dispatch and parses its `date` header and dateline; throws DocumentError on unusable text. */
export function parseDocument(input: DispatchInput, options: Partial<DocumentOptions> = {}): ParsedDispatch {
  const resolved = resolveDocumentOptions(options);
  if (input === null || typeof input !== 'object') {
    throw new DocumentError(`parseDocument: input is ${input === null ? 'null' : typeof input}. Expected { text, id?, date? }.`);
  }
  const problems: string[] = [];
  const text = input.text;
  validateText(text, resolved, problems);
  const blanked = blankMarkup(text);
  if (blanked !== text) problems.push('parseDocument: markup (tags or entities) blanked in the working copy.');
  const plain = bracketCommaAcronyms(blanked);

  let at = skipSpace(plain, 0);
  let date: string | undefined;
  let hasHeader = false;
  const header = HEADER.exec(plain.slice(at, at + 40));
  if (header) {
    hasHeader = true;
    const y = Number(header[1]), m = Number(header[2]), d = Number(header[3]);
    if (isRealDay(y, m, d)) date = isoDay(y, m, d);
    else problems.push(`parseDocument: header date "${header[0].slice(5).trim()}" is not a calendar day. Expected date YYYY-MM-DD.`);
    at = skipSpace(plain, at + header[0].length);
  }
  if (!hasHeader && input.date !== undefined) {
    date = typeof input.date === 'string' ? normalizeIsoDay(input.date) : undefined;
    if (date === undefined) problems.push(`parseDocument: input date "${String(input.date)}" is not an ISO day. Expected YYYY-MM-DD.`);
  }
  const dateline = matchDateline(plain.slice(at, at + 400));
  if (dateline) at = skipSpace(plain, at + dateline.length);
  if (at >= text.length) problems.push('parseDocument: the dispatch has a header but no body.');

  // The sha256 is computed when first read (a store hashes the text itself), or now when it names the document.
  let hash: string | undefined;
  const id = typeof input.id === 'string' && input.id.trim() !== '' ? input.id : `doc-${(hash = hashText(text)).slice(0, 12)}`;
  const meta: DocumentMeta = {
    id,
    get hash(): string {
      return (hash ??= hashText(text));
    },
    length: text.length,
  };
  if (date !== undefined) meta.date = date;
  if (dateline) meta.dateline = dateline.dateline;
  if (input.title !== undefined) meta.title = input.title;
  if (input.source !== undefined) meta.source = input.source;
  if (input.url !== undefined) meta.url = input.url;
  return { meta, text, plain, bodyStart: Math.min(at, text.length), problems };
}

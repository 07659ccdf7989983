// Stage 2 of the extractor: split a text range into sentences with exact offsets. One linear
// scan: a sentence ends at `.`, `?`, `!`, `…` (plus closing quotes and brackets) followed by
// white space and a word that does not start in lower case, unless the period closes an
// abbreviation (sentence-abbreviations.ts); a blank line always ends a sentence; a run without
// punctuation longer than maxLength is cut at white space.
import type { Sentence } from './types.js';
import { periodEndsSentence } from './sentence-abbreviations.js';

export interface SentenceOptions {
  /** Longest sentence, in characters; longer runs are cut at the last white space. */
  maxLength: number;
}

export const SENTENCE_DEFAULTS: Readonly<SentenceOptions> = Object.freeze({ maxLength: 2000 });

const LF = 0x0a;
const CR = 0x0d;

/** White space, including no-break and typographic spaces. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85;
}

function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x203c;
}

/**
 * The first index from `i` (before `stop`) that is no printable ASCII character other than a
 * terminal: the characters the main loop of splitSentences would only step over, one test after
 * another (a word, a comma), skipped in one tight loop. Space and `stop` (where a sentence grown to
 * its maximum length is cut) go back to the main loop.
 */
function pastPlainAscii(text: string, i: number, stop: number): number {
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x2e || c === 0x3f || c === 0x21) break;
    i++;
  }
  return i;
}

/** Closing quotes and brackets that belong to the sentence they follow. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** Full-width terminals end a sentence without a following space. */
function isCjkTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

function isLowerStart(ch: string): boolean {
  // (An ASCII character is lower case only as a-z: told by its code, without making both case strings.)
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A newline followed by only horizontal space up to another newline (a blank line), or U+2029 / form feed. */
function paragraphBreakEnd(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2029 || c === 0x0c) return i + 1;
  if (c !== LF && c !== CR) return -1;
  let j = i + 1;
  if (c === CR && text.charCodeAt(j) === LF) j++;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (d === LF || d === CR || d === 0x2029 || d === 0x0c) return j;
    if (!isSpace(d)) return -1;
    j++;
  }
  return -1;
}

/** Adds text[s, e) without trailing white space as the next sentence (nothing when it is empty). */
function emit(sentences: Sentence[], text: string, s: number, e: number): void {
  let last = e;
  while (last > s && isSpace(text.charCodeAt(last - 1))) last--;
  if (last > s) sentences.push({ index: sentences.length, start: s, end: last, text: text.slice(s, last) });
}

/** Splits text[from, to) into trimmed sentences; `text.slice(s.start, s.end) === s.text`. */
export function splitSentences(text: string, from = 0, to = text.length, options: Partial<SentenceOptions> = {}): Sentence[] {
  const maxLength = Math.max(20, options.maxLength ?? SENTENCE_DEFAULTS.maxLength);
  const end = Math.min(Math.max(to, 0), text.length);
  const sentences: Sentence[] = [];
  let start = -1;
  let lastSpace = -1;
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    // (Printable ASCII is never white space: most characters skip the test.)
    if ((c <= 0x20 || c >= 0x7f) && isSpace(c)) {
      const para = start >= 0 ? paragraphBreakEnd(text, i, end) : -1;
      if (para !== -1) {
        emit(sentences, text, start, i);
        start = -1;
        i = para;
        continue;
      }
      lastSpace = i++;
      continue;
    }
    if (start < 0) {
      start = i;
      lastSpace = -1;
    }
    if (i - start >= maxLength) {
      const cut = lastSpace > start + maxLength / 2 ? lastSpace : i;
      emit(sentences, text, start, cut);
      start = -1;
      i = cut;
      continue;
    }
    if (!isTerminal(c)) {
      i = pastPlainAscii(text, i + 1, Math.min(end, start + maxLength));
      continue;
    }
    let after = i;
    while (after < end && isTerminal(text.charCodeAt(after))) after++;
    while (after < end && isCloser(text.charCodeAt(after))) after++;
    if (endsSentence(text, start, i, after, end)) {
      emit(sentences, text, start, after);
      start = -1;
    }
    i = after;
  }
  if (start >= 0) emit(sentences, text, start, end);
  return sentences;
}

/** Decides whether the punctuation run text[punct, after) closes the sentence begun at `start`. */
function endsSentence(text: string, start: number, punct: number, after: number, to: number): boolean {
  if (after >= to) return true;
  const last = text.charCodeAt(after - 1);
  if (!isSpace(text.charCodeAt(after))) return isCjkTerminal(last);
  let next = after;
  while (next < to && isSpace(text.charCodeAt(next))) next++;
  if (next >= to) return true;
  if (isLowerStart(text.charAt(next))) return false;
  let period = true;
  for (let k = punct; k < after; k++) {
    const p = text.charCodeAt(k);
    if (p === 0x3f || p === 0x21 || p === 0x2026 || isCjkTerminal(p) || p === 0x203c) period = false;
  }
  const run = text.slice(punct, after);
  if (!period || run.startsWith('..')) return true;
  return periodEndsSentence(text, start, punct, next, to);
}

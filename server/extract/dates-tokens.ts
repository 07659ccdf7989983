// Tokens and word tables for date recognition. One linear pass turns a sentence into words,
// numbers and punctuation with offsets; numbers carry the flags that keep non-dates out
// (`1,000`, `3.5`, `Su-35`, `95MS`, `528th` is an ordinal but only a date next to a month).
import { classesOf } from './word-classes.js';

export interface Token {
  kind: 'word' | 'num' | 'punct';
  /** Lower-cased text (numbers: digits only, without separators or ordinal suffix). */
  low: string;
  start: number;
  end: number;
  /** Word starts with an upper-case letter. */
  cap: boolean;
  /** Numbers: value and count of digits. */
  value: number;
  digits: number;
  /** Numbers: `17th`. */
  ordinal: boolean;
  /** Numbers that cannot be a day or a year: `1,000`, `3.5`, `Su-35`, `95MS`. */
  blocked: boolean;
  /** Words: bits of the word classes `low` belongs to (word-classes.ts); 0 for numbers and punctuation. */
  classes: number;
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** 0 = Monday ... 6 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4], ['saturday', 5], ['sunday', 6],
]);

/** Season → first month (winter starts in December of its year). */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15],
  ['twenty', 20], ['thirty', 30],
]);

export const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `mid-2024`, `end-2024`: a hyphenated period word before a year does not make it a code. */
const PERIOD_PREFIXES = /(?:^|[^\p{L}])(?:mid|end|early|late)$/iu;

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || (c > 0x7f && NON_ASCII_LETTER.test(text.charAt(i)));
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/**
 * A word of the same sentence already tokenized by the main tokenizer (tokens.ts), whose lower case
 * and class bits the date tokenizer can take instead of computing them again.
 */
export interface KnownWord {
  text: string;
  lower: string;
  start: number;
  end: number;
  classes: number;
}

/** The main tokenizer's words of a sentence; `offset` is the sentence's start in their offsets. */
export interface KnownWords {
  toks: readonly KnownWord[];
  offset: number;
  /**
   * The words were read from this very text (no markup was blanked in between): a word spanning
   * the same characters has the same text, and knownAt need not compare them.
   */
  sameText?: boolean;
}

/**
 * The word text[start, end) (letters only); `ascii` and `upper` say whether all its letters are
 * ASCII and whether one is upper case. A known word spanning exactly the same characters gives its
 * lower case and bits (the main tokenizer lower-cases an ASCII word the same way).
 */
function word(text: string, start: number, end: number, ascii: boolean, upper: boolean, known: KnownWord | undefined): Token {
  if (!ascii) return unicodeWord(text.slice(start, end), start, end);
  const c0 = text.charCodeAt(start);
  const cap = c0 >= 0x41 && c0 <= 0x5a;
  if (known !== undefined) return { kind: 'word', low: known.lower, start, end, cap, value: 0, digits: 0, ordinal: false, blocked: false, classes: known.classes };
  const raw = text.slice(start, end);
  const low = upper ? raw.toLowerCase() : raw;
  return { kind: 'word', low, start, end, cap, value: 0, digits: 0, ordinal: false, blocked: false, classes: classesOf(low) };
}

/**
 * The known word spanning exactly text[start, end) with the same text, if any; `k` is the index of
 * the first known word not yet passed (words come in order, so the search resumes there).
 */
function knownAt(known: KnownWords, k: number, text: string, start: number, end: number): KnownWord | undefined {
  const t = known.toks[k];
  if (t === undefined || t.start !== known.offset + start || t.end !== known.offset + end) return undefined;
  if (known.sameText) return t;
  // (Same span, so same length: compared character by character, without a call to startsWith.)
  const w = t.text;
  for (let q = 0; q < w.length; q++) if (w.charCodeAt(q) !== text.charCodeAt(start + q)) return undefined;
  return t;
}

/** Index of the first known word starting at or after text offset `start`, from index `k` on. */
function skipKnown(known: KnownWords, k: number, start: number): number {
  const at = known.offset + start;
  while (k < known.toks.length && known.toks[k]!.start < at) k++;
  return k;
}

function unicodeWord(raw: string, start: number, end: number): Token {
  const first = raw.charAt(0);
  const low = raw.toLowerCase();
  return { kind: 'word', low, start, end, cap: first !== first.toLowerCase(), value: 0, digits: 0, ordinal: false, blocked: false, classes: classesOf(low) };
}

/**
 * `st`, `nd`, `rd` or `th` in either case at text[i, i + 2) (what `text.slice(i, i + 2).toLowerCase()`
 * tests, without the two strings: no other character lower-cases to one of these ASCII letters).
 */
function ordinalSuffixAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i) | 0x20, b = text.charCodeAt(i + 1) | 0x20;
  return (a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68);
}

/** A number starting at `start`; the caller knows text[start] is a digit. */
function number(text: string, start: number, n: number): Token {
  let i = start;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  let blocked = false;
  // 1,000 / 76,000 / 3.5: separators between digit groups make a quantity, never a date.
  while ((text[i] === ',' || text[i] === '.') && isDigit(text.charCodeAt(i + 1))) {
    if (text[i] === ',' && !(isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4)))) break;
    blocked = true;
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const digitText = blocked ? text.slice(start, i).replace(/\D/g, '') : text.slice(start, i);
  let end = i;
  let ordinal = false;
  if (ordinalSuffixAt(text, i) && !isLetter(text, i + 2)) {
    ordinal = true;
    end = i + 2;
  } else if ((text[i] === 's' || text[i] === 'S') && i - start === 4 && !isLetter(text, i + 1)) {
    // 1990s: the decade suffix stays a separate word token (`s`) next to a clean year
  } else if (isLetter(text, i)) {
    blocked = true; // 95MS, 22M3, 5km
    while (end < n && (isLetter(text, end) || isDigit(text.charCodeAt(end)))) end++;
  }
  // Su-35, Tu-160, COVID-19, A4: a number glued to a word is a model or a code.
  const before = text.charCodeAt(start - 1);
  if (start > 0 && (isLetter(text, start - 1) || ((before === 0x2d || before === 0x2f) && start > 1 && isLetter(text, start - 2)))) {
    if (!(before === 0x2d && PERIOD_PREFIXES.test(text.slice(Math.max(0, start - 7), start - 1)))) blocked = true;
  }
  const value = digitText.length <= 9 ? Number(digitText) : Number.NaN;
  return { kind: 'num', low: digitText, start, end, cap: false, value, digits: digitText.length, ordinal, blocked, classes: 0 };
}

/**
 * Splits a sentence into tokens (words, numbers, single punctuation characters). With `known`
 * (the sentence's main tokens), a word the main tokenizer made too takes its lower case and bits.
 */
export function tokenize(text: string, known?: KnownWords): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let k = 0; // next known word (known words before offset i are passed)
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c)) {
      const t = number(text, i, n);
      tokens.push(t);
      i = t.end;
    } else if (isLetter(text, i)) {
      // One scan finds the word's end, whether it is all ASCII and whether it has a capital.
      let j = i;
      let ascii = true, upper = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0x61 && d <= 0x7a) continue;
        if (d >= 0x41 && d <= 0x5a) upper = true;
        else if (d > 0x7f && NON_ASCII_LETTER.test(text.charAt(j))) ascii = false;
        else break;
      }
      if (known !== undefined) k = skipKnown(known, k, i);
      tokens.push(word(text, i, j, ascii, upper, ascii && known !== undefined ? knownAt(known, k, text, i, j) : undefined));
      i = j;
    } else {
      tokens.push({ kind: 'punct', low: text.charAt(i), start: i, end: i + 1, cap: false, value: 0, digits: 0, ordinal: false, blocked: false, classes: 0 });
      i++;
    }
  }
  return tokens;
}

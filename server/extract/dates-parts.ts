// Building blocks of date rules: small parsers over the token list (month, day, year, `last
// year`, modifiers such as `early`/`mid-`/`the end of`) and the year choice for dates written
// without a year. Each parser takes (tokens, index) and returns what it read plus the next index.
import { partsOf, type DaySpan } from './dates-calendar.js';
import { MONTHS, SEASONS, type Token } from './dates-tokens.js';
import { wordTable } from './word-table.js';

/** What a rule's resolver may use: the document date, a future cue in the sentence, a reference day. */
export interface ResolveContext {
  doc?: number;
  future: boolean;
  reference?: number;
}

export type Resolver = (ctx: ResolveContext) => DaySpan | undefined;

/**
 * Identity for the resolver closures a rule builds per match: passing the arrow through a call
 * keeps it anonymous, so tsx/esbuild's keepNames does not wrap each one in __name (an
 * Object.defineProperty per closure on the scanner's hot path).
 */
export function resolver(f: Resolver): Resolver {
  return f;
}
export type DateKind = 'absolute' | 'relative' | 'anaphoric';

/** A rule's match: tokens [first, next), how to resolve it, and for anaphora the day shift. */
export interface Match {
  first: number;
  next: number;
  kind: DateKind;
  resolve: Resolver;
  shift?: { from: number; to: number };
}

/** `2024`, or `last year` (offset -1), `this year` (0), `next year` (+1). */
export interface YearSpec {
  year?: number;
  offset?: number;
}

/** A word token spelled as one of the given lower-case words (fixed arity: no array per call). */
export function is(t: Token | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  const w = t.low;
  return w === a || w === b || w === c || w === d || w === e || w === f;
}

/** A word token in `words`. */
export function isIn(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'word' && words.has(t.low);
}

/** A punctuation token that is one of the given characters. */
export function isPunct(t: Token | undefined, a: string, b?: string, c?: string): boolean {
  if (t === undefined || t.kind !== 'punct') return false;
  const w = t.low;
  return w === a || w === b || w === c;
}

/** A dash usable between the ends of a range (one of DASHES). */
export function isDash(t: Token | undefined): boolean {
  return isPunct(t, '-', '–', '—');
}

/** Dashes usable between the ends of a range. */
export const DASHES = ['-', '–', '—'];

/** `August`, `Aug`, `Aug.`, `AUGUST`: a capitalised month name. */
export function parseMonth(t: Token[], i: number): { month: number; next: number } | undefined {
  const tok = t[i];
  if (!tok || tok.kind !== 'word' || !tok.cap) return undefined;
  const month = MONTHS.get(tok.low);
  if (month === undefined) return undefined;
  const abbreviated = tok.low.length <= 4 && tok.low !== 'may' && tok.low !== 'june' && tok.low !== 'july';
  const dot = t[i + 1];
  if (abbreviated && isPunct(dot, '.') && dot!.start === tok.end) return { month, next: i + 2 };
  // `Mar Aberto 2047`, `Jan Novak`: an undotted abbreviation before a capitalised word is a name.
  if (abbreviated && dot?.kind === 'word' && dot.cap && tok.low.length < 4) return undefined;
  return { month, next: i + 1 };
}

/** A day of the month: 1..31, at most two digits, `17` or `17th`. */
export function parseDay(t: Token[], i: number): { day: number; next: number } | undefined {
  const tok = t[i];
  if (!tok || tok.kind !== 'num' || tok.blocked || tok.digits > 2 || tok.value < 1 || tok.value > 31) return undefined;
  return { day: tok.value, next: i + 1 };
}

/** A four-digit year 1000..2999 (not `1,000`, not an ordinal). */
export function parseYear(t: Token[], i: number): { year: number; next: number } | undefined {
  const tok = t[i];
  if (!tok || tok.kind !== 'num' || tok.blocked || tok.ordinal || tok.digits !== 4 || tok.value < 1000 || tok.value > 2999) return undefined;
  return { year: tok.value, next: i + 1 };
}

/** `last year` / `this year` / `next year` (optionally after `of`). */
export function parseYearOffset(t: Token[], i: number): { offset: number; next: number } | undefined {
  const j = is(t[i], 'of') ? i + 1 : i;
  if (!is(t[j + 1], 'year')) return undefined;
  const offset = is(t[j], 'last', 'past', 'previous') ? -1 : is(t[j], 'this', 'current') ? 0 : is(t[j], 'next', 'coming') ? 1 : undefined;
  return offset === undefined ? undefined : { offset, next: j + 2 };
}

/** The year after a month or a day: `, 2025`, ` 2025`, ` of 2025`, ` last year`. */
export function parseYearSpec(t: Token[], i: number): { spec: YearSpec; next: number } | undefined {
  let j = i;
  if (isPunct(t[j], ',') || is(t[j], 'of')) j++;
  const year = parseYear(t, j);
  if (year) return { spec: { year: year.year }, next: year.next };
  const offset = parseYearOffset(t, i);
  return offset ? { spec: { offset: offset.offset }, next: offset.next } : undefined;
}

/** Part of a month, season or year named by a modifier before it. */
export type Part =
  | 'early' | 'mid' | 'late' | 'beginning' | 'end' | 'half1' | 'half2' | 'q1' | 'q2' | 'q3' | 'q4'
  | 'w1' | 'w2' | 'w3' | 'w4' | 'wlast';

/** Parts that only apply to a month (`the first week of June`). */
export const isWeekPart = (part: Part | undefined): boolean => part !== undefined && part.startsWith('w');

const ORDINALS = wordTable<string>({ first: '1', second: '2', third: '3', fourth: '4' });

/** `early`, `early in`, `mid-`, `late`, `the end of`, `the first half of`, `the third quarter of`, `the last week of`. */
export function parseModifier(t: Token[], i: number): { part: Part; next: number } | undefined {
  const tok = t[i];
  if (is(tok, 'early', 'late')) {
    const next = is(t[i + 1], 'in') ? i + 2 : i + 1;
    return { part: tok!.low as Part, next };
  }
  if (is(tok, 'mid')) return { part: 'mid', next: isDash(t[i + 1]) ? i + 2 : i + 1 };
  if (is(tok, 'end') && isPunct(t[i + 1], '-')) return { part: 'end', next: i + 2 };
  const j = is(tok, 'the') ? i + 1 : i;
  if (j === i) return undefined;
  if (is(t[j], 'beginning', 'start', 'end', 'middle') && is(t[j + 1], 'of')) {
    const word = t[j]!.low;
    const part: Part = word === 'middle' ? 'mid' : word === 'end' ? 'end' : 'beginning';
    return { part, next: j + 2 };
  }
  if (is(t[j + 1], 'week') && is(t[j + 2], 'of')) {
    const nth = is(t[j], 'last', 'final') ? 'last' : t[j] ? ORDINALS[t[j]!.low] : undefined;
    return nth === undefined ? undefined : { part: `w${nth}` as Part, next: j + 3 };
  }
  const ordinal = t[j] ? ORDINALS[t[j]!.low] : undefined;
  if (ordinal !== undefined && is(t[j + 1], 'half', 'quarter') && is(t[j + 2], 'of')) {
    const half = t[j + 1]!.low === 'half';
    if (half && Number(ordinal) > 2) return undefined;
    return { part: (half ? `half${ordinal}` : `q${ordinal}`) as Part, next: j + 3 };
  }
  return undefined;
}

/** First month of the season named by `t[i]` (3, 6, 9, 12), if it is a season word. */
export function seasonAt(t: Token[], i: number): number | undefined {
  const tok = t[i];
  if (!tok || tok.kind !== 'word') return undefined;
  return SEASONS.get(tok.low);
}

/** Year of a date written without one: the latest year whose `anchor` day is not after doc + forward. */
export function pickYear(doc: number, forward: number, anchor: (year: number) => number | undefined): number {
  const y = partsOf(doc).year;
  for (let year = y + 1; year >= y - 4; year--) {
    const day = anchor(year);
    if (day !== undefined && day <= doc + forward) return year;
  }
  return y - 1;
}

/** Resolves a YearSpec against the document date; undefined when it is relative and no date is known. */
export function yearFromSpec(spec: YearSpec | undefined, doc: number | undefined): number | undefined {
  if (spec?.year !== undefined) return spec.year;
  if (spec?.offset !== undefined && doc !== undefined) return partsOf(doc).year + spec.offset;
  return undefined;
}

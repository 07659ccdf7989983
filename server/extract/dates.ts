// Stage: date expressions of a sentence, resolved into ISO day intervals against the document
// date. Rules (tables in dates-rules.ts, dates-periods.ts, dates-relative.ts) run over a token
// list in one left-to-right pass; at each token the longest match wins.
//
// Resolution rules:
// - Absolute: `December 12, 2025`, `12 December 2025`, `2025-12-12`, `in 2023`, `August 2024`.
// - A day without a year (`On June 17`) is the latest such day not after the document date plus
//   DAY_FORWARD (7) days — wire text names past days without a year, and a day a few days ahead
//   is an announced plan, not last year's. When a future cue governs the date (`will`, `is due
//   to`, `agreed to meet`, ... shortly before it in the same clause; dates-tense.ts) the window
//   reaches FUTURE_FORWARD (183) days ahead.
// - A month or season without a year (`in June`, `early August`, `in the summer`) is the latest
//   one that starts on or before the document date (183 days ahead with a future cue).
// - `on Monday` is the latest Monday on or before the document date (the next one with a future cue).
// - Anaphoric phrases (`the same day`, `the next day`, `in the evening`) have kind 'anaphoric'
//   and a day `shift`; they resolve only when `options.reference` (ISO day, e.g. the last date
//   mentioned before) is given, or later through resolveAnaphoric().
// - Without a document date, relative and year-less expressions keep their text but get no interval.
import { isoOf, parseIsoDay, type DaySpan } from './dates-calendar.js';
import type { DateKind, Match, ResolveContext } from './dates-parts.js';
import { matchIso, matchSeason, matchYear } from './dates-periods.js';
import { PHRASE_STARTERS, matchAgo, matchAnaphoric, matchPartOfRelative, matchRelative, matchWeekday } from './dates-relative.js';
import { matchDay, matchMonth, matchOrdinalDay } from './dates-rules.js';
import { frontedFuture, FutureCueScanner } from './dates-tense.js';
import { MONTHS, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, WEEKDAYS, tokenize, type KnownWords, type Token } from './dates-tokens.js';
import type { DateMention } from './types.js';
import { wordClass } from './word-classes.js';

/** A date mention with how it was resolved. */
export interface ResolvedDateMention extends DateMention {
  /** absolute: needs no context; relative: needs the document date; anaphoric: needs a reference day. */
  kind: DateKind;
  /** For anaphoric mentions: days from the reference day to the interval's start and end. */
  shift?: { from: number; to: number };
}

export interface FindDatesOptions {
  /** ISO day anaphoric phrases (`the same day`, `the next day`) refer to. */
  reference?: string;
  /** The sentence's tokens from the main tokenizer, to reuse their lower case and word classes. */
  words?: KnownWords;
}

type Rule = (t: Token[], i: number) => Match | undefined;

/** Tried at every token; the longest match wins, ties go to the earlier rule. */
export const DATE_RULES: readonly Rule[] = [
  matchIso, matchDay, matchMonth, matchSeason, matchYear, matchWeekday, matchRelative, matchPartOfRelative, matchAgo, matchAnaphoric, matchOrdinalDay,
];

/**
 * Words a match can start with (numbers always can). Tokens outside this set are skipped
 * without trying the rules; a rule that starts with a new word must add it here (and a rule
 * that starts with `the` / `a` / `an` / `in` / `that` must keep mayStartAt true for it).
 */
const STARTERS = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...NUMBER_WORDS.keys(), ...PARTS_OF_DAY, ...PHRASE_STARTERS,
  'from', 'between', 'the', 'early', 'late', 'mid', 'end', 'small', 'last', 'this', 'next', 'past', 'coming',
]);
/** Token.classes bit of STARTERS (findDates tests every token). */
const STARTER = wordClass(STARTERS);

/** After `the`, a date rule can only continue with a number or one of these words (or `the X week`). */
const AFTER_THE = new Set([
  ...PARTS_OF_DAY, ...SEASONS.keys(), 'early', 'small', 'late', 'beginning', 'start', 'end', 'middle', 'first', 'second', 'third', 'fourth',
  'last', 'final', 'past', 'previous', 'day', 'weekend', 'same', 'next', 'following', 'eve',
]);
const AFTER_THAT = new Set([...PARTS_OF_DAY, 'day', 'same']);
const UNIT_WORDS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/**
 * Cheap gate for the commonest starter words (`the`, `a`, `an`, `in`, `that`): false when no rule
 * can match at `i` because of the token after it, so the rules are not tried there. Every other
 * starter returns true. (tests/extract/dates-gate.test.ts checks the gate against every rule.)
 */
export function mayStartAt(t: Token[], i: number): boolean {
  const n = t[i + 1];
  switch (t[i]!.low) {
    // (After `the`, a number starts a date only as a year (`the 1990s`) or an ordinal day (`the 17th of June`).)
    case 'the': return n !== undefined && ((n.kind === 'num' && (n.digits === 4 || (n.ordinal && n.digits <= 2))) || AFTER_THE.has(n.low) || t[i + 2]?.low === 'week');
    case 'a': case 'an': return n !== undefined && n.kind === 'word' && UNIT_WORDS.has(n.low);
    // (The only dates that start with `in` are `in the morning` / `afternoon` / `evening` / `night`.)
    case 'in': return n !== undefined && n.kind === 'word' && n.low === 'the' && PARTS_OF_DAY.has(t[i + 2]?.low ?? '');
    case 'that': return n !== undefined && AFTER_THAT.has(n.low);
    default: return true;
  }
}

/**
 * The same gate for a number: a date starts with a number only as a year (four digits: matchIso,
 * matchYear), a day of the month (1..31, at most two digits: matchDay) or a count of days, weeks,
 * months or years (at most three digits: matchAgo's `3 weeks ago`). ("the 117th motorized rifle
 * brigade", "2,500 troops": the rules are not tried.)
 */
export function numberMayStartAt(t: Token[], i: number): boolean {
  const tok = t[i]!;
  if (tok.digits === 4) return true;
  if (tok.blocked) return false;
  if (tok.digits <= 2 && tok.value >= 1 && tok.value <= 31) return true;
  const n = t[i + 1];
  return tok.digits <= 3 && n !== undefined && n.kind === 'word' && UNIT_WORDS.has(n.low);
}

/** ISO interval of a day span; undefined when missing or empty. */
function interval(span: DaySpan | undefined): { start: string; end: string } | undefined {
  return span === undefined || span.start > span.end ? undefined : { start: isoOf(span.start), end: isoOf(span.end) };
}

/**
 * A mention built in one literal per combination of the optional fields (same keys, in the same
 * order, as adding them one by one): an object never gains a property after it is made, so all
 * mentions share four object shapes instead of getting a new one each when the shape tree is crowded.
 */
function dateMention(start: number, end: number, text: string, kind: DateKind, resolved: { start: string; end: string } | undefined, shift: { from: number; to: number } | undefined): ResolvedDateMention {
  if (resolved) return shift ? { start, end, text, kind, interval: resolved, shift } : { start, end, text, kind, interval: resolved };
  return shift ? { start, end, text, kind, shift } : { start, end, text, kind };
}

/** Date expressions in a sentence with offsets relative to it, resolved against `docDate` (ISO day). */
/** Anaphoric phrases of a part of the day told of ("earlier in the day"), which a day named in a clause of the sentence does not move. */
const IN_THE_DAY = /\bin the day\b/i;

export function findDates(sentence: string, docDate?: string, options: FindDatesOptions = {}): ResolvedDateMention[] {
  const tokens = tokenize(sentence, options.words);
  // (The days are parsed at the first match: most sentences date nothing.)
  let ctx: ResolveContext | undefined;
  let future: FutureCueScanner | undefined; // advanced only up to the matched tokens
  // (The reference day given, and the single day last named in the sentence.)
  let outer: number | undefined;
  let inner: number | undefined;
  const mentions: ResolvedDateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok.kind === 'num' ? !numberMayStartAt(tokens, i) : (tok.classes & STARTER) === 0 || !mayStartAt(tokens, i)) {
      i++;
      continue;
    }
    let best: Match | undefined;
    for (const rule of DATE_RULES) {
      const m = rule(tokens, i);
      if (m && m.next > m.first && (!best || m.next > best.next)) best = m;
    }
    if (!best) {
      i++;
      continue;
    }
    const start = tokens[best.first]!.start;
    const end = tokens[best.next - 1]!.end;
    future ??= new FutureCueScanner(tokens);
    ctx ??= { doc: parseIsoDay(docDate), future: false, reference: parseIsoDay(options.reference) };
    outer ??= ctx.reference;
    ctx.future = future.at(best.first) || frontedFuture(tokens, best.first, best.next);
    const text = sentence.slice(start, end);
    // ("who visited the soldiers last Friday, signed a memorandum in Riga the same day": an anaphoric day refers to a single
    // day named earlier in the sentence; "who arrived on Sunday, attended ... earlier in the day" stays with the day told of.)
    ctx.reference = best.kind === 'anaphoric' && inner !== undefined && !IN_THE_DAY.test(text) ? inner : outer;
    const found = dateMention(start, end, text, best.kind, interval(best.resolve(ctx)), best.shift);
    const prev = mentions.length ? mentions[mentions.length - 1] : undefined;
    const pair = prev && pairedDays(sentence, prev, found);
    if (pair) mentions[mentions.length - 1] = pair;
    else mentions.push(found);
    // ("who visited the soldiers last Friday, signed a memorandum in Riga the same day": a single day named earlier in the
    // sentence is the day a later "the same day" refers to.)
    if (found.interval && found.interval.start === found.interval.end && found.kind !== 'anaphoric') inner = parseIsoDay(found.interval.start);
    i = best.next;
  }
  return mentions;
}

/** "on Monday and Tuesday", "on 3 and 4 May": two days a day apart joined by "and" are one span (undefined otherwise). */
function pairedDays(sentence: string, a: ResolvedDateMention, b: ResolvedDateMention): ResolvedDateMention | undefined {
  const x = a.interval, y = b.interval;
  if (!x || !y || x.start !== x.end || y.start !== y.end || a.shift || b.shift) return undefined;
  if (!/^\s+and\s+(?:on\s+)?$/.test(sentence.slice(a.end, b.start))) return undefined;
  if (Date.parse(y.start) - Date.parse(x.start) !== 86_400_000) return undefined;
  return { start: a.start, end: b.end, text: sentence.slice(a.start, b.end), kind: a.kind, interval: { start: x.start, end: y.end } };
}

/** Resolves an anaphoric mention against a reference ISO day (other mentions are returned unchanged). */
export function resolveAnaphoric(mention: ResolvedDateMention, reference: string): ResolvedDateMention {
  const ref = parseIsoDay(reference);
  if (mention.kind !== 'anaphoric' || !mention.shift || ref === undefined) return mention;
  const resolved = interval({ start: ref + mention.shift.from, end: ref + mention.shift.to });
  return resolved ? { ...mention, interval: resolved } : mention;
}

/**
 * Date mentions of consecutive sentences of one document, with anaphora resolved in reading order:
 * `the same day` / `the next day` refer to the latest mention before them (in the same or an
 * earlier sentence) when that was a single day; after a longer interval (`in August 2024`) they
 * stay unresolved; before any mention they refer to the document date.
 */
export function findDocumentDates(sentences: readonly { text: string }[], docDate?: string): ResolvedDateMention[][] {
  let reference = parseIsoDay(docDate) === undefined ? undefined : docDate;
  return sentences.map((sentence) =>
    findDates(sentence.text, docDate).map((found) => {
      const mention = found.kind === 'anaphoric' && reference !== undefined ? resolveAnaphoric(found, reference) : found;
      if (mention.interval) reference = mention.interval.start === mention.interval.end ? mention.interval.start : undefined;
      else if (mention.kind !== 'anaphoric') reference = undefined;
      return mention;
    }),
  );
}

/** Resolves one date expression on its own (`"early August"`, `"the summer of 2024"`): the first mention found. */
export function resolveDateText(text: string, docDate?: string, options: FindDatesOptions = {}): ResolvedDateMention | undefined {
  return findDates(text, docDate, options)[0];
}

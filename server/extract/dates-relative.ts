// Relative and anaphoric date phrases. Relative ones (`yesterday`, `last week`, `earlier this
// month`, `two days ago`, `on Monday`) resolve against the document date; anaphoric ones (`the
// same day`, `the next day`, `in the evening`, `three days later`) against a reference day the
// caller supplies (the last date mentioned before), as a day shift.
import { monthSpan, monthsSpan, partsOf, weekdayOf, weekSpan, yearSpan, type DaySpan } from './dates-calendar.js';
import { is, isIn, parseModifier, resolver, type Match, type Part, type ResolveContext, type Resolver } from './dates-parts.js';
import { YEAR_PARTS } from './dates-periods.js';
import { monthWithPart } from './dates-rules.js';
import { NUMBER_WORDS, PARTS_OF_DAY, WEEKDAYS, type Token } from './dates-tokens.js';
import { wordTable } from './word-table.js';

type Relative = (doc: number) => DaySpan;

const day = (d: number): DaySpan => ({ start: d, end: d });
const month = (doc: number, delta: number): DaySpan => {
  const p = partsOf(doc);
  return monthSpan(p.year, p.month + delta);
};
const year = (doc: number, delta: number): DaySpan => yearSpan(partsOf(doc).year + delta);
/** Saturday..Sunday of the week `weeks` away from the document's week. */
const weekend = (doc: number, weeks: number): DaySpan => {
  const saturday = weekSpan(doc).start + 5 + 7 * weeks;
  return { start: saturday, end: saturday + 1 };
};

const RELATIVE: [string, Relative][] = [
  ['today', day], ['tonight', day], ['this morning', day], ['this afternoon', day], ['this evening', day],
  ['yesterday', (d) => day(d - 1)], ['last night', (d) => day(d - 1)], ['tomorrow', (d) => day(d + 1)],
  ['the day before yesterday', (d) => day(d - 2)], ['the day after tomorrow', (d) => day(d + 2)],
  ['this week', weekSpan], ['last week', (d) => weekSpan(d - 7)], ['next week', (d) => weekSpan(d + 7)],
  ['earlier this week', (d) => ({ start: weekSpan(d).start, end: d })], ['later this week', (d) => ({ start: d, end: weekSpan(d).end })],
  ['the past week', (d) => ({ start: d - 6, end: d })], ['the last week', (d) => ({ start: d - 6, end: d })],
  ['this weekend', (d) => weekend(d, 0)], ['last weekend', (d) => weekend(d, -1)], ['next weekend', (d) => weekend(d, 1)],
  ['the weekend', (d) => (weekdayOf(d) >= 5 ? weekend(d, 0) : weekend(d, -1))],
  ['this month', (d) => month(d, 0)], ['last month', (d) => month(d, -1)], ['next month', (d) => month(d, 1)],
  ['earlier this month', (d) => ({ start: month(d, 0).start, end: d })], ['later this month', (d) => ({ start: d, end: month(d, 0).end })],
  ['this year', (d) => year(d, 0)], ['last year', (d) => year(d, -1)], ['next year', (d) => year(d, 1)],
  ['earlier this year', (d) => ({ start: year(d, 0).start, end: d })], ['later this year', (d) => ({ start: d, end: year(d, 0).end })],
  ['the past year', (d) => ({ start: d - 364, end: d })],
];
for (const part of ['morning', 'afternoon', 'evening', 'night']) {
  RELATIVE.push([`yesterday ${part}`, (d) => day(d - 1)], [`tomorrow ${part}`, (d) => day(d + 1)]);
}

/** Anaphoric phrases → [from, to] days after the reference day. */
const ANAPHORIC: [string, number, number][] = [
  ['the same day', 0, 0], ['that day', 0, 0], ['that same day', 0, 0], ['later that day', 0, 0], ['later the same day', 0, 0],
  ['earlier that day', 0, 0], ['earlier the same day', 0, 0], ['later in the day', 0, 0], ['earlier in the day', 0, 0],
  ['the next day', 1, 1], ['the following day', 1, 1], ['next day', 1, 1], ['the day after', 1, 1], ['a day later', 1, 1],
  ['one day later', 1, 1], ['the day before', -1, -1], ['the previous day', -1, -1], ['the eve', -1, -1], ['a day earlier', -1, -1],
  ['the night before', -1, -1], ['the previous evening', -1, -1], ['the previous night', -1, -1],
  ['the following week', 1, 7], ['the next week', 1, 7], ['a week later', 7, 7], ['the previous week', -7, -1], ['a week earlier', -7, -7],
];
for (const part of PARTS_OF_DAY) {
  ANAPHORIC.push([`the same ${part}`, 0, 0], [`that ${part}`, 0, 0], [`in the ${part}`, 0, 0], [`later in the ${part}`, 0, 0],
    [`earlier in the ${part}`, 0, 0], [`the next ${part}`, 1, 1], [`the following ${part}`, 1, 1]);
}

interface Phrase<V> { words: string[]; value: V }

/** Phrases indexed by their first word, longest first. */
function index<V>(entries: [string, V][]): Map<string, Phrase<V>[]> {
  const map = new Map<string, Phrase<V>[]>();
  for (const [text, value] of entries) {
    const words = text.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  }
  return map;
}

const RELATIVE_INDEX = index(RELATIVE);
const ANAPHORIC_INDEX = index(ANAPHORIC.map(([text, from, to]) => [text, { from, to }] as [string, { from: number; to: number }]));

/** First words of the relative and anaphoric phrases (for the scanner's pre-filter). */
export const PHRASE_STARTERS: readonly string[] = [...RELATIVE_INDEX.keys(), ...ANAPHORIC_INDEX.keys()];

function longest<V>(t: Token[], i: number, map: Map<string, Phrase<V>[]>): Phrase<V> | undefined {
  const first = t[i];
  if (!first || first.kind !== 'word') return undefined;
  const list = map.get(first.low);
  if (list === undefined) return undefined;
  for (const phrase of list) {
    const words = phrase.words;
    let k = 0;
    while (k < words.length && is(t[i + k], words[k]!)) k++;
    if (k === words.length) return phrase;
  }
  return undefined;
}

const fromDoc = (rel: Relative) => (ctx: ResolveContext): DaySpan | undefined => (ctx.doc === undefined ? undefined : rel(ctx.doc));

/** `yesterday`, `last week`, `earlier this month`, `the day before yesterday`. */
export function matchRelative(t: Token[], i: number): Match | undefined {
  // ("told Malta Today after the ceremony": a capitalised word after a capitalised one closes a name, no day.)
  if (t[i]?.cap && t[i - 1]?.kind === 'word' && t[i - 1]!.cap && t[i - 1]!.end + 1 === t[i]!.start) return undefined;
  const phrase = longest(t, i, RELATIVE_INDEX);
  return phrase ? { first: i, next: i + phrase.words.length, kind: 'relative', resolve: fromDoc(phrase.value) } : undefined;
}

const UNITS = wordTable<number>({ day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365 });

/** `early this year`, `late last year`, `the end of the month`, `the first half of next year`. */
export function matchPartOfRelative(t: Token[], i: number): Match | undefined {
  const modifier = parseModifier(t, i);
  if (!modifier) return undefined;
  const j = modifier.next;
  const offset = is(t[j], 'this', 'the', 'current') ? 0 : is(t[j], 'last', 'previous') ? -1 : is(t[j], 'next', 'coming') ? 1 : undefined;
  const unit = t[j + 1]?.low;
  if (offset === undefined || (unit !== 'year' && unit !== 'month')) return undefined;
  const part = modifier.part;
  const months = YEAR_PARTS[part];
  if (unit === 'year' ? !months : part.startsWith('q')) return undefined;
  const resolve = unit === 'year' ? fromDoc(partOfYear(offset, months!)) : fromDoc(partOfMonth(offset, part));
  return { first: i, next: j + 2, kind: 'relative', resolve };
}

/**
 * The months of the year `offset` years from the document's. (The rules' day functions are made in helpers like
 * this one: a closure in the rule itself over the rule's own variables would make the rule allocate a context on
 * every call, and the rules run at every token that may start a date.)
 */
function partOfYear(offset: number, months: [number, number]): Relative {
  return (doc) => monthsSpan(partsOf(doc).year + offset, months[0], months[1]);
}

/** Part `part` of the month `offset` months from the document's. */
function partOfMonth(offset: number, part: Part): Relative {
  return (doc) => {
    const { year, month } = partsOf(doc);
    const target = monthSpan(year, month + offset);
    const p = partsOf(target.start);
    return monthWithPart(p.year, p.month, part);
  };
}

/** `the past two weeks`, `the last 10 days`, `the past three months`: up to and including the document date. */
function matchPast(t: Token[], i: number): Match | undefined {
  const j = is(t[i], 'the') ? i + 1 : i;
  if (j === i || !is(t[j], 'past', 'last', 'previous')) return undefined;
  const n = t[j + 1];
  const count = n?.kind === 'num' && !n.blocked && n.digits <= 3 ? n.value : n?.kind === 'word' ? NUMBER_WORDS.get(n.low) : undefined;
  const step = UNITS[t[j + 2]?.low ?? ''];
  if (count === undefined || count < 1 || step === undefined || n!.low === 'a' || n!.low === 'an') return undefined;
  return { first: i, next: j + 3, kind: 'relative', resolve: fromDoc(pastUpToDoc(step, count)) };
}

/** The `count` days, weeks, months or years (`step` 1, 7, 30, 365) up to and including the document date. */
function pastUpToDoc(step: number, count: number): Relative {
  return (doc) => {
    if (step === 1 || step === 7) return { start: doc - step * count + 1, end: doc };
    return { start: step === 30 ? month(doc, -count).start : year(doc, -count).start, end: doc };
  };
}

/** `two days ago`, `3 weeks ago`, `a year ago`, `the past two weeks`; `three days later` is anaphoric. */
export function matchAgo(t: Token[], i: number): Match | undefined {
  const past = matchPast(t, i);
  if (past) return past;
  const n = t[i];
  const count = n?.kind === 'num' && !n.blocked && n.digits <= 3 ? n.value : n?.kind === 'word' ? NUMBER_WORDS.get(n.low) : undefined;
  const unit = t[i + 1]?.low ?? '';
  if (count === undefined || UNITS[unit] === undefined || t[i + 1]!.kind !== 'word') return undefined;
  const step = UNITS[unit]!;
  if (is(t[i + 2], 'ago')) return { first: i, next: i + 3, kind: 'relative', resolve: fromDoc(ago(step, count)) };
  if ((step === 1 || step === 7) && is(t[i + 2], 'later', 'earlier', 'after', 'before')) {
    if (is(t[i + 2], 'after', 'before') && t[i + 3]?.kind !== 'punct') return undefined; // `two days after the summit`
    const sign = is(t[i + 2], 'later', 'after') ? 1 : -1;
    return anaphoric(i, i + 3, sign * step * count, sign * step * count);
  }
  return undefined;
}

/** The day, week, month or year (`step` 1, 7, 30, 365) `count` of them before the document's. */
function ago(step: number, count: number): Relative {
  return (d) => {
    if (step === 1) return day(d - count);
    if (step === 7) return weekSpan(d - 7 * count);
    return step === 30 ? month(d, -count) : year(d, -count);
  };
}

function anaphoric(first: number, next: number, from: number, to: number): Match {
  const resolve = resolver((ctx: ResolveContext): DaySpan | undefined =>
    ctx.reference === undefined ? undefined : { start: ctx.reference + from, end: ctx.reference + to });
  return { first, next, kind: 'anaphoric', resolve, shift: { from, to } };
}

/** `the same day`, `the next day`, `later the same day`, `in the evening` (not `in the evening of June 3`). */
export function matchAnaphoric(t: Token[], i: number): Match | undefined {
  const phrase = longest(t, i, ANAPHORIC_INDEX);
  if (!phrase) return undefined;
  const next = i + phrase.words.length;
  if (is(t[next], 'of') || (is(t[next - 1], 'before', 'after') && t[next] !== undefined && t[next]!.kind === 'word' && !is(t[next], 'and', 'or', 'but'))) return undefined;
  return anaphoric(i, next, phrase.value.from, phrase.value.to);
}

/** `Monday`, `on Wednesday evening`, `last Friday`, `next Tuesday`, `this Sunday`. */
export function matchWeekday(t: Token[], i: number): Match | undefined {
  const relation = is(t[i], 'last', 'next', 'this', 'past', 'coming') ? t[i]!.low : undefined;
  const w = relation ? i + 1 : i;
  const tok = t[w];
  const weekday = tok?.cap ? WEEKDAYS.get(tok.low) : undefined;
  if (weekday === undefined) return undefined;
  const next = isIn(t[w + 1], PARTS_OF_DAY) ? w + 2 : w + 1;
  return { first: i, next, kind: 'relative', resolve: weekdayResolver(weekday, relation) };
}

/** The resolver of a weekday (made outside matchWeekday, see partOfYear). */
function weekdayResolver(weekday: number, relation: string | undefined): Resolver {
  return resolver((ctx: ResolveContext): DaySpan | undefined => {
    if (ctx.doc === undefined) return undefined;
    const doc = ctx.doc;
    const wd = weekdayOf(doc);
    if (relation === 'last' || relation === 'past') return day(doc - ((wd - weekday + 7) % 7 || 7));
    if (relation === 'next' || relation === 'coming') return day(doc + ((weekday - wd + 7) % 7 || 7));
    if (relation === 'this') return day(weekSpan(doc).start + weekday);
    return day(ctx.future ? doc + ((weekday - wd + 7) % 7) : doc - ((wd - weekday + 7) % 7));
  });
}

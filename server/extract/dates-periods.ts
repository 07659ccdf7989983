// Longer periods and numeric forms: ISO days (`2025-12-12`), seasons (`in the summer of 2024`,
// `last winter`; northern hemisphere, winter = December..February), years in a date context
// (`in 2023`, `since 2024`, `early 2024`, `between 2022 and 2024`) and decades (`the 1990s`).
import { dayNumber, isRealDay, monthsSpan, partsOf, yearSpan, type DaySpan } from './dates-calendar.js';
import {
  isDash, is, isPunct, resolver, isWeekPart, parseModifier, parseYear, parseYearOffset, pickYear, seasonAt,
  type Match, type Part, type ResolveContext, type Resolver,
} from './dates-parts.js';
import { FUTURE_FORWARD } from './dates-rules.js';
import type { Token } from './dates-tokens.js';
import { unnamed } from './unnamed.js';

/** Words after which a bare year (`in 2024`) or a bare season (`in the summer`) is a date. */
const YEAR_TRIGGERS = ['in', 'since', 'of', 'during', 'by', 'until', 'till', 'before', 'after', 'throughout', 'from', 'circa', 'year', 'through', 'around'];
const SEASON_TRIGGERS = ['in', 'during', 'over', 'throughout', 'since', 'by', 'until', 'till', 'through', 'before', 'after', 'of'];

/** Lower-case plurals that may follow a year in a date context (`in 2024 was`, `in 2024 his`). */
const YEAR_FOLLOWERS_ENDING_IN_S = new Set(['was', 'has', 'is', 'as', 'this', 'his', 'its', 'us', 'thus', 'whereas', 'always', 'perhaps', 'besides', 'across', 'towards']);

/** `2025-12-12` (digits adjacent, real calendar day). */
export function matchIso(t: Token[], i: number): Match | undefined {
  const [y, d1, m, d2, d] = [t[i], t[i + 1], t[i + 2], t[i + 3], t[i + 4]];
  if (!y || !d1 || !m || !d2 || !d || y.kind !== 'num' || y.digits !== 4 || m.kind !== 'num' || d.kind !== 'num') return undefined;
  if (!isPunct(d1, '-', '/') || d2.low !== d1.low || m.digits !== 2 || d.digits !== 2 || d.ordinal || m.ordinal) return undefined;
  if (d1.start !== y.end || m.start !== d1.end || d2.start !== m.end || d.start !== d2.end) return undefined;
  if (!isRealDay(y.value, m.value, d.value)) return undefined;
  const day = dayNumber(y.value, m.value, d.value);
  return { first: i, next: i + 5, kind: 'absolute', resolve: fixedSpan({ start: day, end: day }) };
}

/**
 * The resolver of a span known at match time. (A closure made in the rule itself over the rule's own variables
 * would make the rule allocate a context on every call, and the rules run at every token that may start a date.)
 */
function fixedSpan(span: DaySpan): Resolver {
  return resolver(() => span);
}

/** Months of a season (1-based months from its first month, possibly running into next year). */
function seasonSpan(year: number, first: number, part: Part | undefined): DaySpan {
  const offset = part === 'early' || part === 'beginning' ? [0, 0] : part === 'mid' ? [1, 1] : part === 'late' || part === 'end' ? [2, 2] : [0, 2];
  return monthsSpan(year, first + offset[0]!, first + offset[1]!);
}

function seasonYear(first: number, relation: string | undefined, ctx: ResolveContext): number | undefined {
  if (ctx.doc === undefined) return undefined;
  const doc = ctx.doc;
  const whole = unnamed((y: number): DaySpan => monthsSpan(y, first, first + 2));
  if (relation === 'this') {
    const { year, month } = partsOf(doc);
    return first === 12 && month <= 2 ? year - 1 : year;
  }
  if (relation === 'last' || relation === 'past') return pickYear(doc, -1, (y) => whole(y).end);
  if (relation === 'next' || relation === 'coming') {
    const y = partsOf(doc).year;
    return whole(y).start > doc ? y : y + 1;
  }
  return pickYear(doc, ctx.future ? FUTURE_FORWARD : 0, (y) => whole(y).start);
}

/** `the summer of 2024`, `summer 2024`, `in the summer`, `last winter`, `early spring of 2023`. */
export function matchSeason(t: Token[], i: number): Match | undefined {
  let j = i;
  const relation = is(t[j], 'this', 'last', 'next', 'past', 'coming') ? t[j++]!.low : undefined;
  const modifier = relation ? undefined : parseModifier(t, j);
  if (modifier) j = modifier.next;
  const the = is(t[j], 'the');
  if (the) j++;
  const first = seasonAt(t, j);
  if (first === undefined || modifier?.part.startsWith('q') || modifier?.part.startsWith('half') || isWeekPart(modifier?.part)) return undefined;
  let next = j + 1;
  const ofYear = parseYear(t, is(t[next], 'of') ? next + 1 : next);
  const offset = ofYear ? undefined : parseYearOffset(t, next);
  const triggered = (the || !t[j]!.cap) && SEASON_TRIGGERS.includes(t[i - 1]?.low ?? '');
  if (!ofYear && !offset && !relation && !modifier && !triggered) return undefined;
  if (t[j]!.low === 'fall' && !ofYear && !offset && !relation && !the) return undefined;
  next = ofYear?.next ?? offset?.next ?? next;
  return { first: i, next, kind: ofYear ? 'absolute' : 'relative', resolve: seasonResolver(first, ofYear, offset, relation, modifier?.part) };
}

/** The resolver of a season (made outside matchSeason, see fixedSpan). */
function seasonResolver(first: number, ofYear: { year: number } | undefined, offset: { offset: number } | undefined, relation: string | undefined, part: Part | undefined): Resolver {
  return resolver((ctx: ResolveContext): DaySpan | undefined => {
    let year = ofYear?.year;
    if (year === undefined && offset && ctx.doc !== undefined) year = partsOf(ctx.doc).year + offset.offset;
    if (year === undefined && !offset) year = seasonYear(first, relation, ctx);
    return year === undefined ? undefined : seasonSpan(year, first, part);
  });
}

/** Months of a year named by a modifier (`early 2024` = January..April). */
export const YEAR_PARTS: Partial<Record<Part, [number, number]>> = {
  early: [1, 4], mid: [5, 8], late: [9, 12], beginning: [1, 2], end: [11, 12], half1: [1, 6], half2: [7, 12],
  q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12],
};

/** A year is not a date when a lower-case plural follows: `in 2000 houses`. */
function quantityFollows(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && t.low.length > 2 && t.low.endsWith('s') && !YEAR_FOLLOWERS_ENDING_IN_S.has(t.low);
}

/** `in 2023`, `since 2024`, `early 2024`, `mid-2024`, `the end of 2024`, `from 2022 to 2024`, `the 1990s`. */
export function matchYear(t: Token[], i: number): Match | undefined {
  const prefix = is(t[i], 'from', 'between') ? t[i]!.low : undefined;
  let j = prefix ? i + 1 : i;
  const modifier = prefix ? undefined : parseModifier(t, j);
  if (modifier && !YEAR_PARTS[modifier.part]) return undefined;
  if (modifier) j = modifier.next;
  const the = !modifier && is(t[j], 'the');
  const y = parseYear(t, the ? j + 1 : j);
  if (!y) return undefined;
  // Decade: `1990s`, `the 1990s`, `1990's`.
  const s = t[y.next];
  const apostrophe = isPunct(s, "'", '’') && is(t[y.next + 1], 's');
  if (y.year % 10 === 0 && ((is(s, 's') && s!.start === t[y.next - 1]!.end) || apostrophe)) {
    return { first: i, next: y.next + (apostrophe ? 2 : 1), kind: 'absolute', resolve: decadeResolver(y.year) };
  }
  if (the) return undefined;
  let last = y.year;
  let next = y.next;
  const sep = t[next];
  const second = sep && (isDash(sep) || (prefix === 'between' ? is(sep, 'and') : is(sep, 'to', 'until', 'till', 'through'))) ? parseYear(t, next + 1) : undefined;
  if (second && second.year >= y.year) [last, next] = [second.year, second.next];
  if (prefix && !second) return undefined; // `from 2024` alone: matched at the year, `from` is its trigger
  const triggered = modifier || prefix || YEAR_TRIGGERS.includes(t[i - 1]?.low ?? '');
  if (!triggered || quantityFollows(t[next])) return undefined;
  const [firstYear, part] = [y.year, modifier?.part];
  const months = part ? YEAR_PARTS[part] : undefined;
  const span: DaySpan = months ? monthsSpan(firstYear, months[0], months[1]) : { start: yearSpan(firstYear).start, end: yearSpan(last).end };
  return { first: i, next, kind: 'absolute', resolve: fixedSpan(span) };
}

/** The resolver of a decade starting in year `decade` (made outside matchYear, see fixedSpan). */
function decadeResolver(decade: number): Resolver {
  return resolver(() => ({ start: yearSpan(decade).start, end: yearSpan(decade + 9).end }));
}

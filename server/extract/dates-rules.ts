// Calendar date rules: ISO days, days (`June 17`, `12 December 2025`, `the evening of July 11`,
// ranges `from June 1 to 3`), months (`in June`, `early in August`, `November last year`) and
// their ranges. Seasons and years are in dates-periods.ts, relative and anaphoric phrases in
// dates-relative.ts. Each rule reads tokens at an index and returns a Match or undefined.
import { dayNumber, isRealDay, monthPart, monthSpan, partsOf, type DaySpan } from './dates-calendar.js';
import {
  isDash, is, isIn, isPunct, resolver, parseDay, parseModifier, parseMonth, parseYearSpec, pickYear, yearFromSpec,
  type Match, type Part, type ResolveContext, type Resolver, type YearSpec,
} from './dates-parts.js';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS, type Token } from './dates-tokens.js';

/** Days after the document date a year-less day may lie (announced plans); more with a future cue. */
export const DAY_FORWARD = 7;
export const FUTURE_FORWARD = 183;

/** Words after which a bare month name (`in June`) is a date. */
const MONTH_TRIGGERS = ['in', 'since', 'until', 'till', 'by', 'during', 'throughout', 'before', 'after', 'through', 'from', 'of'];

interface DayExpr {
  month: number;
  day: number;
  spec?: YearSpec;
  next: number;
}

const maxDay = (month: number): number => (month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** `June 17`, `June 17, 2025`, `17 June 2025`, `the 17th of June`, `Dec. 12 last year`. */
function parseDayExpr(t: Token[], i: number): DayExpr | undefined {
  const m = parseMonth(t, i);
  let month: number;
  let day: number;
  let after: number;
  if (m) {
    const d = parseDay(t, m.next);
    if (!d || isPunct(t[d.next], ':')) return undefined;
    [month, day, after] = [m.month, d.day, d.next];
  } else {
    const j = is(t[i], 'the') ? i + 1 : i;
    const d = parseDay(t, j);
    if (!d || (j > i && !t[j]!.ordinal)) return undefined;
    const k = is(t[d.next], 'of') ? d.next + 1 : d.next;
    const m2 = parseMonth(t, k);
    if (!m2) return undefined;
    [month, day, after] = [m2.month, d.day, m2.next];
  }
  if (day > maxDay(month)) return undefined;
  const spec = parseYearSpec(t, after);
  return spec ? { month, day, spec: spec.spec, next: spec.next } : { month, day, next: after };
}

/** `Monday,` before a day, and `the evening of` / `the early hours of`: part of the mention. */
function skipDayPrefix(t: Token[], i: number): number {
  let j = i;
  if (t[j]?.cap && WEEKDAYS.has(t[j]!.low)) j += isPunct(t[j + 1], ',') ? 2 : 1;
  const k = is(t[j], 'the') ? j + 1 : j;
  if (isIn(t[k], PARTS_OF_DAY) && is(t[k + 1], 'of')) return k + 2;
  if (is(t[k], 'early', 'small', 'late') && is(t[k + 1], 'hours') && is(t[k + 2], 'of')) return k + 3;
  return j;
}

/** Separator between range ends; `and` only after `between`, words only with `from`/`between` for bare days. */
function rangeSeparator(t: Token[], i: number, prefix: string | undefined): { next: number; dash: boolean; pair?: true } | undefined {
  if (isDash(t[i])) return { next: i + 1, dash: true };
  if (prefix === 'between') return is(t[i], 'and') ? { next: i + 1, dash: false } : undefined;
  return is(t[i], 'to', 'through', 'until', 'till') ? { next: i + 1, dash: false } : undefined;
}

/** `December 12 and 13`: `and` joins two days of one month when nothing count-like follows. */
function pairSeparator(t: Token[], i: number): { next: number; dash: boolean; pair: true } | undefined {
  return is(t[i], 'and') ? { next: i + 1, dash: false, pair: true } : undefined;
}

const PAIR_FOLLOWERS = ['in', 'at', 'on', 'and', 'when', 'with', 'to', 'for', 'during', 'respectively', 'as', 'while', 'but'];

function closesPair(t: Token | undefined): boolean {
  return t === undefined || (t.kind === 'punct' && t.low !== '%' && t.low !== '-') || (t.kind === 'word' && (t.cap || PAIR_FOLLOWERS.includes(t.low)));
}

function dayOf(year: number, e: { month: number; day: number }): number | undefined {
  return isRealDay(year, e.month, e.day) ? dayNumber(year, e.month, e.day) : undefined;
}

/** Resolves one or two day expressions into a span (the start inherits the end's year). */
function resolveDays(a: DayExpr, b: DayExpr | undefined, ctx: ResolveContext): DaySpan | undefined {
  const last = b ?? a;
  const spec = last.spec ?? a.spec;
  let endYear = yearFromSpec(spec, ctx.doc);
  if (endYear === undefined) {
    if (ctx.doc === undefined || spec !== undefined) return undefined;
    endYear = pickYear(ctx.doc, ctx.future ? FUTURE_FORWARD : DAY_FORWARD, (y) => dayOf(y, last));
  }
  const end = dayOf(endYear, last);
  if (!b || end === undefined) return end === undefined ? undefined : { start: end, end };
  let startYear = a.spec ? yearFromSpec(a.spec, ctx.doc) : endYear;
  if (startYear === undefined) return undefined;
  if (!a.spec && (a.month > b.month || (a.month === b.month && a.day > b.day))) startYear--;
  const start = dayOf(startYear, a);
  return start === undefined || start > end ? undefined : { start, end };
}

/** Days and day ranges. */
export function matchDay(t: Token[], i: number): Match | undefined {
  const prefix = is(t[i], 'from', 'between') ? t[i]!.low : undefined;
  const s = skipDayPrefix(t, prefix ? i + 1 : i);
  const a = parseDayExpr(t, s);
  let range: { a: DayExpr; b: DayExpr; next: number } | undefined;
  if (a) {
    const sep = rangeSeparator(t, a.next, prefix) ?? pairSeparator(t, a.next);
    if (sep) {
      const b = parseDayExpr(t, sep.next);
      const pairEnd = sep.pair && !a.spec ? parseDay(t, sep.next) : undefined;
      const pair = pairEnd && closesPair(t[pairEnd.next]) ? pairEnd : undefined;
      const bareDay = !b && !a.spec && (sep.dash || prefix) ? parseDay(t, sep.next) : pair;
      if (b && (!a.spec || b.spec)) range = { a, b, next: b.next };
      else if (bareDay && bareDay.day >= 1 && bareDay.day <= maxDay(a.month) && !is(t[bareDay.next], 'of')) {
        const spec = parseYearSpec(t, bareDay.next);
        const end: DayExpr = { month: a.month, day: bareDay.day, next: spec?.next ?? bareDay.next };
        if (spec) end.spec = spec.spec;
        range = { a, b: end, next: end.next };
      }
    }
  } else {
    // `1-3 June`, `from 1 to 3 June`, `between 5 and 9 May`
    const d = parseDay(t, s);
    const sep = d ? rangeSeparator(t, d.next, prefix) : undefined;
    const b = sep && (sep.dash || prefix) ? parseDayExpr(t, sep.next) : undefined;
    if (d && b && t[sep!.next]?.kind === 'num' && d.day <= maxDay(b.month)) range = { a: { month: b.month, day: d.day, next: d.next }, b, next: b.next };
  }
  if (range) {
    const { a: first, b: second } = range;
    const absolute = (second.spec?.year ?? first.spec?.year) !== undefined;
    return { first: i, next: range.next, kind: absolute ? 'absolute' : 'relative', resolve: daysResolver(first, second) };
  }
  if (!a) return undefined;
  const start = prefix ? i + 1 : i;
  return { first: start, next: a.next, kind: a.spec?.year !== undefined ? 'absolute' : 'relative', resolve: daysResolver(a, undefined) };
}

/**
 * "signed the agreement in Warsaw on the 9th, the ministry said on the 10th" (Korean and Japanese wire style): an
 * ordinal day after "on the", with no month, is that day of the document's month (of the month before when it lies
 * after the document's day and no future is spoken of).
 */
export function matchOrdinalDay(t: Token[], i: number): Match | undefined {
  if (!is(t[i], 'the') || !is(t[i - 1], 'on')) return undefined;
  const n = t[i + 1];
  if (!n || n.kind !== 'num' || !n.ordinal || n.digits > 2 || n.value < 1 || n.value > 31) return undefined;
  // ("on the 17th of June": matchDay's; "on the 9th Brigade": no date.)
  const after = t[i + 2];
  if (after && (after.low === 'of' || MONTHS.has(after.low) || (after.kind === 'word' && after.cap))) return undefined;
  return { first: i, next: i + 2, kind: 'relative', resolve: ordinalDayResolver(n.value) };
}

function ordinalDayResolver(day: number): Resolver {
  return resolver((ctx) => {
    if (ctx.doc === undefined) return undefined;
    const doc = partsOf(ctx.doc);
    let { year, month } = doc;
    if (day > doc.day && !ctx.future) {
      month--;
      if (month === 0) { month = 12; year--; }
    }
    if (!isRealDay(year, month, day)) return undefined;
    const d = dayNumber(year, month, day);
    return { start: d, end: d };
  });
}

/**
 * The resolver of a day or day range. (Made here, not in matchDay: a closure there over matchDay's own
 * variables would make it allocate a context on every call, and it runs at every token that may start a date.)
 */
function daysResolver(a: DayExpr, b: DayExpr | undefined): Resolver {
  return resolver((ctx) => resolveDays(a, b, ctx));
}

/** Days of a month named by a modifier. */
export function monthWithPart(year: number, month: number, part: Part | undefined): DaySpan {
  switch (part) {
    case 'early': case 'beginning': return monthPart(year, month, 1, 10);
    case 'mid': return monthPart(year, month, 11, 20);
    case 'late': case 'end': return monthPart(year, month, 21, 31);
    case 'half1': return monthPart(year, month, 1, 15);
    case 'half2': return monthPart(year, month, 16, 31);
    case 'w1': case 'w2': case 'w3': case 'w4': {
      const first = 1 + 7 * (Number(part.slice(1)) - 1);
      return monthPart(year, month, first, first + 6);
    }
    case 'wlast': {
      const span = monthSpan(year, month);
      return { start: span.end - 6, end: span.end };
    }
    default: return monthSpan(year, month);
  }
}

/** The year of a month without a year: most recent (or, with `last`/`next`/`this`, as said). */
function monthYear(month: number, spec: YearSpec | undefined, relation: string | undefined, ctx: ResolveContext): number | undefined {
  if (spec) return yearFromSpec(spec, ctx.doc);
  if (ctx.doc === undefined) return undefined;
  const doc = ctx.doc;
  if (relation === 'this') return partsOf(doc).year;
  if (relation === 'last') return pickYear(doc, -1, (y) => monthSpan(y, month).end);
  if (relation === 'next') {
    const year = partsOf(doc).year;
    return monthSpan(year, month).start > doc ? year : year + 1;
  }
  return pickYear(doc, ctx.future ? FUTURE_FORWARD : 0, (y) => monthSpan(y, month).start);
}

/** Months (`in June`, `June 2024`, `early in August`, `mid-August`, `last June`) and month ranges. */
export function matchMonth(t: Token[], i: number): Match | undefined {
  const prefix = is(t[i], 'from', 'between') ? t[i]!.low : undefined;
  let j = prefix ? i + 1 : i;
  const relation = !prefix && is(t[j], 'last', 'this', 'next') ? t[j]!.low : undefined;
  if (relation) j++;
  const modifier = relation ? undefined : parseModifier(t, j);
  if (modifier) j = modifier.next;
  const m = parseMonth(t, j);
  if (!m || (modifier && modifier.part.startsWith('q'))) return undefined;
  const spec = relation ? undefined : parseYearSpec(t, m.next);
  const next = spec?.next ?? m.next;
  const part = modifier?.part;
  // Month range: `from May to July 2024`, `between May and July`, `May-July`.
  const sep = !modifier && !relation && !spec ? rangeSeparator(t, m.next, prefix) : undefined;
  const m2 = sep && (sep.dash || prefix) ? parseMonth(t, sep.next) : undefined;
  if (m2 && parseDay(t, m2.next) === undefined) {
    const spec2 = parseYearSpec(t, m2.next);
    const [from, to] = [m.month, m2.month];
    const resolve = resolver((ctx: ResolveContext): DaySpan | undefined => {
      const y2 = monthYear(to, spec2?.spec, undefined, ctx);
      if (y2 === undefined) return undefined;
      return { start: monthSpan(from > to ? y2 - 1 : y2, from).start, end: monthSpan(y2, to).end };
    });
    return { first: i, next: spec2?.next ?? m2.next, kind: spec2?.spec.year !== undefined ? 'absolute' : 'relative', resolve };
  }
  const triggered = modifier || relation || spec || MONTH_TRIGGERS.includes(t[i - 1]?.low ?? '');
  if (!triggered || prefix) return undefined;
  return { first: i, next, kind: spec?.spec.year !== undefined ? 'absolute' : 'relative', resolve: monthResolver(m.month, spec?.spec, relation, part) };
}

/** The resolver of a month (made outside matchMonth for the reason given at daysResolver). */
function monthResolver(month: number, spec: YearSpec | undefined, relation: string | undefined, part: Part | undefined): Resolver {
  return resolver((ctx: ResolveContext): DaySpan | undefined => {
    const year = monthYear(month, spec, relation, ctx);
    return year === undefined ? undefined : monthWithPart(year, month, part);
  });
}

// Calendar arithmetic for date resolution: days are integers (days since 1970-01-01, UTC), so
// intervals, weekdays and shifts are plain integer arithmetic. Pure, no time zones involved.

/** A day interval as day numbers, both ends inclusive. */
export interface DaySpan {
  start: number;
  end: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of y-m-d (month 1..12). Out-of-range months and days roll over like Date.UTC. */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0..99 as written
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  isoMemo ??= new Map();
  let v = isoMemo.get(day);
  if (v === undefined) {
    if (isoMemo.size > 20_000) isoMemo.clear();
    isoMemo.set(day, (v = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  }
  return v;
}

let isoMemo: Map<number, string> | undefined;

/** Year, month (1..12) and day of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

let monthDays: Map<number, number> | undefined;

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < -1000 || month > 1000 || Math.abs(year) > 1e6) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  monthDays ??= new Map();
  const key = year * 2048 + month;
  let v = monthDays.get(key);
  if (v === undefined) {
    if (monthDays.size > 20_000) monthDays.clear();
    monthDays.set(key, (v = new Date(Date.UTC(year, month, 0)).getUTCDate()));
  }
  return v;
}

/** True when y-m-d is a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses an ISO day (YYYY-MM-DD) into a day number, or undefined when it is not a real day. */
const isoDays = new Map<string, number | undefined>();
/** The last two values parsed (a document's date and the running reference day repeat per sentence). */
let lastA: string | undefined, dayA: number | undefined, lastB: string | undefined, dayB: number | undefined;

export function parseIsoDay(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === lastA) return dayA;
  if (value === lastB) return dayB;
  const day = parseIsoDayMemo(value);
  lastB = lastA; dayB = dayA;
  lastA = value; dayA = day;
  return day;
}

function parseIsoDayMemo(value: string): number | undefined {
  if (isoDays.has(value)) return isoDays.get(value);
  if (isoDays.size > 20_000) isoDays.clear();
  const day = computeIsoDay(value);
  isoDays.set(value, day);
  return day;
}

function computeIsoDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(y, mo, d) ? dayNumber(y, mo, d) : undefined;
}

/** The whole month `month` of `year` (month may be outside 1..12: it rolls into other years). */
export function monthSpan(year: number, month: number): DaySpan {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return { start: dayNumber(y, m, 1), end: dayNumber(y, m, daysInMonth(y, m)) };
}

/** Days `from`..`to` of a month, clamped to the month's length. */
export function monthPart(year: number, month: number, from: number, to: number): DaySpan {
  const last = daysInMonth(year, month);
  return { start: dayNumber(year, month, Math.min(from, last)), end: dayNumber(year, month, Math.min(to, last)) };
}

export function yearSpan(year: number): DaySpan {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
}

/** Monday..Sunday week containing `day`. */
export function weekSpan(day: number): DaySpan {
  const monday = day - weekdayOf(day);
  return { start: monday, end: monday + 6 };
}

/** Months `first`..`last` (1..12, last may exceed 12 to reach into the next year) of `year`. */
export function monthsSpan(year: number, first: number, last: number): DaySpan {
  return { start: monthSpan(year, first).start, end: monthSpan(year, last).end };
}

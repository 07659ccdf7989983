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
  // (Integers in a calendar-sized range, all that date rules ask for, take integer arithmetic:
  // a Date per call was a measurable cost. Anything else still goes through Date.)
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && Math.abs(year) <= 100_000 && Math.abs(month) <= 100_000 && Math.abs(day) <= 1_000_000) {
    // As Date's MakeDay: the month rolls over into the year, then the day counts from the month's first.
    const carry = Math.floor((month - 1) / 12);
    return firstOfMonth(year + carry, month - carry * 12) + day - 1;
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0..99 as written
  return Math.round(d.getTime() / MS_PER_DAY);
}

/**
 * Day number of the first of month `month` (1..12) of `year` in the proleptic Gregorian calendar
 * (Date's), by H. Hinnant's days_from_civil: years counted from March in 400-year eras.
 */
function firstOfMonth(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
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
  // (Integer arithmetic, Hinnant's civil_from_days, as in dayNumber; Date for anything else.)
  if (Number.isInteger(day) && Math.abs(day) <= 30_000_000) {
    const z = day + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const mp = Math.floor((5 * dayOfYear + 2) / 153); // months from March
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
  }
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

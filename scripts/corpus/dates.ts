// Date expressions of the kind wire copy uses ("on March 5", "early in August", "in the summer of
// 2024"), each with the ISO interval the ontology says it resolves to against the document date.
import type { Rng } from './prng.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A date phrase and its resolved interval. */
export interface DatePhrase {
  text: string;
  start: string;
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO day `days` before the ISO day `from`. */
export function daysBefore(from: string, days: number): string {
  const t = Date.parse(`${from}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A random document date between 2019-01-01 and 2026-06-30. */
export function documentDate(rng: Rng): string {
  return daysBefore('2026-06-30', rng.int(0, 2736));
}

/** "December 13" for an ISO day (the dateline form). */
export function monthDay(isoDay: string): string {
  const [, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}`;
}

/** A phrase for a day or period up to ~10 months before the document date. */
export function pastDate(rng: Rng, docDate: string): DatePhrase {
  const [docY] = docDate.split('-').map(Number) as [number];
  const day = daysBefore(docDate, rng.chance(0.5) ? rng.int(0, 3) : rng.int(4, 300));
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y === docY ? '' : `, ${y}`;
  const month = MONTHS[m - 1] as string;
  const roll = rng.next();
  if (roll < 0.6) return { text: `on ${month} ${d}${year}`, start: day, end: day };
  if (roll < 0.75) return { text: `early in ${month}${year.replace(',', '')}`, start: iso(y, m, 1), end: iso(y, m, 10) };
  if (roll < 0.9) {
    return { text: `in ${month} ${y}`, start: iso(y, m, 1), end: iso(y, m, daysIn(y, m)) };
  }
  const sy = m >= 9 ? y : y - 1;
  return { text: `in the summer of ${sy}`, start: iso(sy, 6, 1), end: iso(sy, 8, 31) };
}

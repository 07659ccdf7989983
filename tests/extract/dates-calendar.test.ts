// dayNumber and partsOf compute by integer arithmetic what Date computes: checked against Date on
// every day of four centuries, with months and days rolling over, and on seeded random values far out.
import { describe, expect, it } from 'vitest';
import { dayNumber, partsOf } from '../../server/extract/dates-calendar.js';

const MS_PER_DAY = 86_400_000;

function dateDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function dateParts(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('calendar arithmetic', () => {
  it('dayNumber rolls months and days over as Date does', () => {
    for (let year = -5; year <= 2405; year += 1) {
      for (const month of [-13, -1, 0, 1, 2, 3, 6, 12, 13, 25]) {
        for (const day of [-400, -1, 0, 1, 15, 28, 29, 30, 31, 32, 366]) expect(dayNumber(year, month, day), `${year}-${month}-${day}`).toBe(dateDayNumber(year, month, day));
      }
    }
  });

  it('partsOf reads a day number as Date does', () => {
    for (let day = -800_000; day <= 200_000; day++) {
      const p = partsOf(day);
      const q = dateParts(day);
      if (p.year !== q.year || p.month !== q.month || p.day !== q.day) expect(p, String(day)).toEqual(q);
    }
  });

  it('agrees far out and on values that are no whole days', () => {
    let seed = 97;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 20_000; k++) {
      const y = Math.floor((rnd() - 0.5) * 250_000), m = Math.floor((rnd() - 0.5) * 250_000), d = Math.floor((rnd() - 0.5) * 2_500_000);
      expect(dayNumber(y, m, d), `${y}-${m}-${d}`).toBe(dateDayNumber(y, m, d));
      const day = Math.floor((rnd() - 0.5) * 80_000_000);
      expect(partsOf(day)).toEqual(dateParts(day));
    }
    for (const [y, m, d] of [[NaN, 1, 1], [2020.5, 1, 1], [2020, 1.5, 1], [2020, 1, 1.5], [Infinity, 1, 1], [1e7, 1, 1]] as const) expect(dayNumber(y, m, d)).toBe(dateDayNumber(y, m, d));
    for (const day of [NaN, 0.5, -0.5, 1e9, Infinity, 30_000_001]) expect(partsOf(day)).toEqual(dateParts(day));
  });
});

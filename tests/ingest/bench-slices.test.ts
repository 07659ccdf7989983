// The ingest benchmark's per-slice throughput and its trend (scripts/bench/ingestion.ts).
import { describe, expect, it } from 'vitest';
import { sliceRates, sliceTrend } from '../../scripts/bench/ingestion.js';

describe('sliceRates', () => {
  it('gives docs/s of each slice from the times the slices ended, the last one possibly short', () => {
    expect(sliceRates([1000, 3000, 3500], 0, 1000, 2500)).toEqual([
      { from: 1, to: 1000, docsPerSecond: 1000 },
      { from: 1001, to: 2000, docsPerSecond: 500 },
      { from: 2001, to: 2500, docsPerSecond: 1000 },
    ]);
  });
});

describe('sliceTrend', () => {
  const rates = (...xs: number[]) => xs.map((docsPerSecond) => ({ docsPerSecond }));
  it('compares the last two slices (not the very last of more than four) with slices 2–3 (the first warms up)', () => {
    expect(sliceTrend(rates(10, 100, 100, 100, 100))).toBe(1);
    expect(sliceTrend(rates(10, 100, 100, 50, 50, 999))).toBe(0.5); // the last slice is left out
    expect(sliceTrend(rates(10, 100, 100))).toBeUndefined();
  });
});

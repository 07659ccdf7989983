// formatProgress: the ingest progress line.
import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../server/ingest/progress.js';

describe('formatProgress', () => {
  it('draws a bar when the total is known', () => {
    expect(formatProgress({ done: 50, total: 200, added: 45, skipped: 3, failed: 2, elapsed: 2 }, 8))
      .toBe('[##......]  25% 50/200 · 45 added · 3 known · 2 failed · 25 docs/s');
  });
  it('counts without a bar when the total is unknown', () => {
    expect(formatProgress({ done: 7, added: 7, skipped: 0, failed: 0, elapsed: 0 })).toBe('7 done · 7 added · 0 known · 0 failed');
  });
});

// unnamed: identity for hot-path closures (keeps keepNames from defining a name on each).
import { describe, expect, it } from 'vitest';
import { unnamed } from '../../server/extract/unnamed.js';

describe('unnamed', () => {
  it('returns the very function it is given, which still works', () => {
    const f = (x: number): number => x * 2;
    expect(unnamed(f)).toBe(f);
    expect(unnamed((a: string, b: string) => a + b)('x', 'y')).toBe('xy');
  });
});

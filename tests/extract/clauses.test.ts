// Clause helpers shared by the mention and relation stages: "between" phrases and their parties.
import { describe, expect, it } from 'vitest';
import { betweenAfter, delegationsAfter, DISCUSSIONS } from '../../server/extract/clauses.js';
import { tokenize } from '../../server/extract/tokens.js';

describe('betweenAfter', () => {
  it('finds "between" in the same phrase, not past a comma', () => {
    const toks = tokenize('Talks between the two sides began. Talks, between friends, began.');
    expect(betweenAfter(toks, 1)).toBe(1);
    expect(betweenAfter(toks, 8)).toBe(-1);
  });
});

describe('delegationsAfter', () => {
  it('is true when the parties after "between" are delegations, named by a body or not', () => {
    const a = tokenize('Talks between the delegation of the WPK headed by A and B took place.');
    const b = tokenize('Talks between the WPK delegation headed by A took place.');
    const c = tokenize('Talks between the two leaders took place.');
    expect(delegationsAfter(a, 1)).toBe(true);
    expect(delegationsAfter(b, 1)).toBe(true);
    expect(delegationsAfter(c, 1)).toBe(false);
  });
});

describe('DISCUSSIONS', () => {
  it('holds the heads of events whose parties meet', () => {
    expect([...DISCUSSIONS].sort()).toEqual(['consultations', 'negotiations', 'talks']);
  });
});

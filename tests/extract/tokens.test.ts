// The sentence tokenizer's helpers.
import { describe, expect, it } from 'vitest';
import { pastBracket, tokenize } from '../../server/extract/tokens.js';

describe('pastBracket', () => {
  it('steps over a bracketed short name, and nowhere else', () => {
    const toks = tokenize('the Democratic Republic of Congo (DRC) and Rwanda');
    const open = toks.findIndex((t) => t.text === '(');
    expect(toks[pastBracket(toks, open)]!.text).toBe('and');
    expect(pastBracket(toks, 0)).toBe(0);
    expect(pastBracket(toks, toks.length)).toBe(toks.length);
  });
});

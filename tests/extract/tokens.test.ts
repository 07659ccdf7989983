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

describe('tokenize: glosses in another script', () => {
  it('leaves out a bracket of words in another script after a word, keeping every other offset', () => {
    const text = 'the Tien Lung (天龍) exercise and Sergei Ivanov (Сергей Иванов), but not the Ministry (MND) (2024)';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['the', 'Tien', 'Lung', 'exercise', 'and', 'Sergei', 'Ivanov', ',', 'but', 'not', 'the', 'Ministry', '(', 'MND', ')', '(', '2024', ')']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps a bracket of another script that follows no word', () => {
    expect(tokenize('He said: (天龍) twice').map((t) => t.text)).toContain('天龍');
  });
});

// tokenize reads most tokens by hand (tokenEnd) and leaves the rest to the token pattern: every
// token must be the one the pattern matches there. Checked against the pattern's global match on
// real dispatches and on random strings of the characters that decide where a token ends.
import { describe, expect, it } from 'vitest';
import { dispatchTexts } from './corpus-texts.js';
import { TOKEN_RE, tokenize } from '../../server/extract/tokens.js';

const PIECES = ['a', 's', 'A', 'G', 'M', 'e', 't', 'h', 'd', '1', '0', '.', ',', '-', "'", '’', '–', ' ', '\n', '\u00a0', '"', '“', '(', ';', '`',
  'é', 'É', '\u0301', '٣', '𝐀', 'Gen', 'Ma', 'St', 'U.S.', 'th'];

/** Seeded random strings of PIECES. */
function randomTexts(count: number): string[] {
  let seed = 12345;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = 1 + Math.floor(rnd() * 14); k > 0; k--) s += PIECES[Math.floor(rnd() * PIECES.length)];
    out.push(s);
  }
  return out;
}

/** Token spans as "start:text", a split plural possessive ("Forces'" → "Forces", "'") joined again. */
function spans(text: string): string[] {
  const out: string[] = [];
  let prevEnd = -1;
  for (const t of tokenize(text)) {
    if (t.lower === "'s" && t.text.length === 1 && t.start === prevEnd && out.length) out[out.length - 1] += t.text;
    else out.push(`${t.start}:${t.text}`);
    prevEnd = t.end;
  }
  return out;
}

describe('tokenize', () => {
  it('reads the tokens the token pattern matches', () => {
    for (const text of [...dispatchTexts(), ...randomTexts(50_000)]) {
      const expected = [...text.matchAll(TOKEN_RE)].map((m) => `${m.index}:${m[0]}`);
      expect(spans(text), JSON.stringify(text)).toEqual(expected);
    }
  });
});

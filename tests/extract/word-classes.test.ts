// asciiWordAt classes a run of ASCII letters and digits by a hash taken while the tokenizer reads it:
// for every token the class bits and the lower case must be what classesOf and toLowerCase give.
import { describe, expect, it } from 'vitest';
import { dispatchTexts } from './corpus-texts.js';
import { tokenize } from '../../server/extract/tokens.js';
import { asciiHashStep, asciiWordAt, asciiWordClasses, asciiWordLower, classesOf } from '../../server/extract/word-classes.js';
import '../../server/extract/index.js';

/** asciiWordAt of a whole string of ASCII letters and digits. */
function wordAt(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = asciiHashStep(h, w.toLowerCase().charCodeAt(i));
  return asciiWordAt(w, 0, w.length, h);
}

describe('asciiWordAt', () => {
  it('gives every token the classes of its lower case', () => {
    for (const text of dispatchTexts()) {
      for (const t of tokenize(text)) {
        expect(t.lower).toBe(t.lower.toLowerCase());
        expect(t.classes, t.text).toBe(classesOf(t.lower));
      }
    }
  });

  it('finds classed words in any case and nothing else', () => {
    for (const w of ['the', 'The', 'THE', 'of', 'minister', 'Minister', 'met', 'visited']) {
      const k = wordAt(w);
      expect(k, w).toBeGreaterThanOrEqual(0);
      expect(asciiWordLower(k)).toBe(w.toLowerCase());
      expect(asciiWordClasses(k)).toBe(classesOf(w.toLowerCase()));
    }
    for (const w of ['Gartana', 'zzqx', 'th', 'thee', '12345']) expect(wordAt(w) >= 0, w).toBe(classesOf(w.toLowerCase()) !== 0);
  });
});

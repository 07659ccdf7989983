import { describe, expect, it } from 'vitest';
import { wordTable } from '../../server/extract/word-table.js';
import { extractDocument } from '../../server/extract/index.js';
import { EDGE_TYPES, NODE_TYPES } from '../../server/ontology.js';

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

describe('wordTable', () => {
  it('finds the given words and nothing of Object\'s own members', () => {
    const t = wordTable({ two: 2, three: 3 });
    expect(t.two).toBe(2);
    for (const w of PROTOTYPE_WORDS) expect(t[w], w).toBeUndefined();
  });

  it('cannot be changed', () => {
    const t = wordTable({ two: 2 }) as Record<string, number>;
    expect(() => { t.four = 4; }).toThrow();
  });
});

describe('dispatches with words named like Object members', () => {
  it('extract only ontology types and valid dates', () => {
    const words = PROTOTYPE_WORDS.join(' ');
    const text = `date 2028-05-10\n\nKYIV, May 10. /Ukrinform/. The two ${words} leaders met on the second constructor of May. Three constructor soldiers arrived in Kyiv 3 constructor ago and the last valueOf day. &constructor; &toString; The constructor ministers of Ukraine and Poland signed an agreement on Monday.`;
    const x = extractDocument({ text, id: 'proto' });
    for (const e of x.entities) expect(NODE_TYPES).toContain(e.type);
    for (const r of x.relations) {
      expect(EDGE_TYPES).toContain(r.type);
      if (r.date) expect(r.date.start <= r.date.end && /^\d{4}-\d{2}-\d{2}$/.test(r.date.start)).toBe(true);
    }
    expect(x.entities.some((e) => e.label === 'Kyiv')).toBe(true);
  });

  it('read "&constructor;" as text, not as a character entity', () => {
    const x = extractDocument({ text: 'date 2028-05-10\n\nKYIV, May 10. /Ukrinform/. They met &constructor; in Kyiv on Monday.', id: 'proto' });
    expect(x.problems.some((p) => /markup/.test(p))).toBe(false);
  });
});

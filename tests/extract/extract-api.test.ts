// extractDocument as an API: bad input fails with the right error class, options are checked,
// pathological input stays bounded and reports what was cut, evidence offsets are exact.
import { describe, expect, it } from 'vitest';
import { DocumentError, ValidationError } from '../../server/errors.js';
import { extractDocument } from '../../server/extract/index.js';

describe('extractDocument', () => {
  it('should throw DocumentError for empty input', () => {
    expect(() => extractDocument({ text: '' })).toThrow(DocumentError);
  });
  it('should throw ValidationError for a bad option', () => {
    expect(() => extractDocument({ text: 'Hello.' }, { maxEntities: 0 })).toThrow(ValidationError);
    expect(() => extractDocument({ text: 'Hello.' }, { includeNegated: 'yes' as unknown as boolean })).toThrow(ValidationError);
  });
  it('gives deterministic ids, labels and metadata', () => {
    const text = 'date 2025-03-01 SEOUL, March 1. /Yonhap/. South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.';
    const a = extractDocument({ text, id: 'a.txt' });
    const b = extractDocument({ text, id: 'a.txt' });
    expect(a).toEqual(b);
    expect(a.document).toMatchObject({ id: 'a.txt', date: '2025-03-01', dateline: { agency: 'Yonhap' } });
    expect(a.entities.find((e) => e.label === 'Lee Jae-myung')?.id).toBe('lee-jae-myung');
  });
  it('keeps negated relations only when asked, flagged', () => {
    const text = 'date 2025-03-01 Uruguay did not sign the Treaty on Trade.';
    expect(extractDocument({ text }).relations).toEqual([]);
    const kept = extractDocument({ text }, { includeNegated: true }).relations;
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ type: 'SIGNED', negated: true });
  });
  it('stays bounded on a sentence with thousands of names and reports the cut', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Ana${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26 | 0))} Bor${String.fromCharCode(97 + ((i / 7) % 26 | 0))}ov`);
    const text = `Officials said ${names.join(', ')} met in Paris and signed the Treaty on Everything.`;
    const x = extractDocument({ text }, { maxMentionsPerSentence: 20, maxEntities: 300 });
    expect(x.entities.length).toBeLessThanOrEqual(300);
    expect(x.problems.some((p) => /mentions beyond 20 per sentence/.test(p))).toBe(true);
    expect(x.problems.some((p) => /entity limit 300/.test(p))).toBe(true);
  });
  it('evidence sentences are the text at their offsets, curly quotes and non-ASCII included', () => {
    const text = 'date 2025-03-01 “We are grateful,” said Nguyễn Thị Lan Anh.\n\nVietnamese Foreign Minister Bùi Thanh Sơn met Philippine President Ferdinand Marcos Jr. in Hanoi on February 27.';
    const x = extractDocument({ text });
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});

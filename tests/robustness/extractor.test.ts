// Robustness of the real extractor on pathological dispatches: each gives a DocumentError with a
// clear message or a bounded result (entity and relation limits respected), never a crash.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../server/errors.js';
import { EXTRACT_DEFAULTS, extractDocument } from '../../server/extract/index.js';
import type { Extraction } from '../../server/ontology.js';
import { MARKUP_WORDS, badInputs, htmlDispatch, manyNames } from './bad-inputs.js';

type Outcome = { ok: true; value: Extraction } | { ok: false; error: unknown };

function attempt(text: string): Outcome {
  try {
    return { ok: true, value: extractDocument({ text, id: 'robustness' }) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A bounded result: limits respected, every evidence span inside the text. */
function expectBounded(x: Extraction, text: string): void {
  expect(x.entities.length).toBeLessThanOrEqual(EXTRACT_DEFAULTS.maxEntities);
  expect(x.relations.length).toBeLessThanOrEqual(EXTRACT_DEFAULTS.maxRelations);
  for (const r of x.relations) {
    for (const e of r.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.sentence);
    }
  }
}

/** A clear error: the project's DocumentError, message `origin: what is wrong. Expected ...`. */
function expectClearError(error: unknown): void {
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as Error).message).toMatch(/^\w+: .+\. Expected .+/);
}

describe('extractDocument on bad input', () => {
  it.each(badInputs().map((b) => [b.file, b] as const))('%s: DocumentError or bounded result', (_name, bad) => {
    const text = bad.bytes.toString('utf8');
    const out = attempt(text);
    if (bad.want === 'error') expect(out.ok).toBe(false);
    if (bad.want === 'bounded') expect(out.ok).toBe(true);
    if (out.ok) expectBounded(out.value, text);
    else expectClearError(out.error);
  });

  it('reports the text length limit for a 20 MB text or finishes with a bounded result', () => {
    const bad = badInputs().find((b) => b.file === 'huge-20mb.txt')!;
    const out = attempt(bad.bytes.toString('utf8'));
    if (!out.ok) expect((out.error as Error).message).toMatch(/characters|too (long|large)|at most/);
  });

  it('keeps a few invalid UTF-8 bytes as a reported problem', () => {
    const bad = badInputs().find((b) => b.file === 'few-invalid-utf8.txt')!;
    const out = attempt(bad.bytes.toString('utf8'));
    if (out.ok) expect(out.value.problems.join(' ')).toMatch(/UTF-8|U\+FFFD/);
    else expectClearError(out.error);
  });

  it('never turns HTML markup into entities and still reads the dispatch', () => {
    const out = attempt(htmlDispatch());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const names = out.value.entities.flatMap((e) => [e.label, ...e.aliases].map((n) => n.toLowerCase()));
    for (const word of MARKUP_WORDS) expect(names.filter((n) => n.split(/\W+/).includes(word))).toEqual([]);
    expect(out.value.entities.some((e) => e.type === 'person' && /Kim Jong Un/.test(e.label))).toBe(true);
  });

  it('bounds a dispatch of 5,000 capitalised names and says what it skipped, if anything', () => {
    const text = manyNames(5000);
    const out = attempt(text);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expectBounded(out.value, text);
    expect(out.value.entities.length).toBeGreaterThan(100);
    const capped = out.value.entities.length >= EXTRACT_DEFAULTS.maxEntities || out.value.relations.length >= EXTRACT_DEFAULTS.maxRelations;
    if (capped) expect(out.value.problems.join(' ')).toMatch(/limit|skipped|beyond/);
  });

  it.each([
    ['null text', { given: null }],
    ['number text', { given: 42 }],
  ])('%s: DocumentError, not a TypeError', (_name, { given }) => {
    const out = (() => { try { return extractDocument({ text: given as unknown as string }); } catch (e) { return e; } })();
    expectClearError(out);
  });
});

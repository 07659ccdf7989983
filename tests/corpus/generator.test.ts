// The synthetic corpus generator: deterministic for a seed, valid header and dateline, gold that
// agrees with the text and the ontology, all relation types covered, and documents in which the
// real extractor finds the generated entities.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/extract/index.js';
import { EDGE_TYPES, allowsEdge, type NodeType } from '../../server/ontology.js';
import { MONTHS } from '../../scripts/corpus/dates.js';
import { generateCorpus, writeCorpus, type GeneratedDocument } from '../../scripts/corpus/index.js';

const HEADER = /^ ?date (\d{4}-\d{2}-\d{2}) ([^,\n]+), ([A-Z][a-z]+) (\d{1,2})\. \/([^/\n]+)\/\. \S/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const asList = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);

describe('generateCorpus', () => {
  const docs: GeneratedDocument[] = [...generateCorpus({ count: 300, seed: 42 })];

  it('gives the same documents for the same seed and different ones for another seed', () => {
    const again = [...generateCorpus({ count: 20, seed: 42 })];
    expect(again).toEqual(docs.slice(0, 20));
    const other = [...generateCorpus({ count: 20, seed: 43 })];
    expect(other.map((d) => d.text)).not.toEqual(again.map((d) => d.text));
  });

  it('makes document i independent of where generation starts', () => {
    expect([...generateCorpus({ count: 5, seed: 42, start: 10 })]).toEqual(docs.slice(10, 15));
  });

  it('writes a valid `date YYYY-MM-DD CITY, Month Day. /AGENCY/.` header matching the gold', () => {
    for (const d of docs) {
      const m = HEADER.exec(d.text);
      expect(m, d.text.slice(0, 80)).not.toBeNull();
      const [, date, city, month, day, agency] = m!;
      expect(date).toBe(d.date);
      expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`))).toBe(false);
      expect(MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1).toBe(Number(date!.slice(5, 7)));
      expect(Number(day)).toBe(Number(date!.slice(8, 10)));
      expect(city).toBe(d.gold.dateline.place.toUpperCase());
      expect(agency).toBe(d.gold.dateline.agency);
    }
  });

  it('has gold entities that the text mentions and gold relations allowed by the ontology', () => {
    for (const d of docs) {
      const types = new Map<string, NodeType>(d.gold.entities.map((e) => [e.id, e.type]));
      for (const e of d.gold.entities) expect(e.aliases.some((a) => d.text.toLowerCase().includes(a.toLowerCase())), `${d.id}: ${e.id}`).toBe(true);
      for (const r of d.gold.relations) {
        const sources = asList(r.source).filter((id) => types.has(id));
        const targets = asList(r.target).filter((id) => types.has(id));
        expect(sources.length, `${d.id}: ${JSON.stringify(r)}`).toBeGreaterThan(0);
        expect(targets.length, `${d.id}: ${JSON.stringify(r)}`).toBeGreaterThan(0);
        const allowed = sources.some((s) => targets.some((t) => allowsEdge(r.type, types.get(s)!, types.get(t)!)));
        expect(allowed, `${d.id}: ${JSON.stringify(r)}`).toBe(true);
        if (r.date) {
          expect(r.date.start).toMatch(ISO);
          expect(r.date.start <= r.date.end).toBe(true);
          expect(r.date.start <= d.date).toBe(true);
        }
      }
    }
  });

  it('covers all 17 relation types', () => {
    const seen = new Set(docs.flatMap((d) => d.gold.relations.map((r) => r.type)));
    expect([...seen].sort()).toEqual([...EDGE_TYPES].sort());
  });
});

describe('writeCorpus', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kg-corpus-')); });
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it.each([
    ['txt with gold', { given: { format: 'txt' as const, gold: true }, want: { files: 10, gold: 10 } }],
    ['jsonl', { given: { format: 'jsonl' as const, gold: false }, want: { files: 1, gold: 0 } }],
  ])('%s', async (name, { given, want }) => {
    const out = join(dir, name.replace(/\s+/g, '-'));
    const result = await writeCorpus({ count: 10, seed: 5, out, ...given });
    expect(result.documents).toBe(10);
    expect(result.files).toHaveLength(want.files);
    expect(readdirSync(out).filter((f) => f.endsWith('.gold.json'))).toHaveLength(want.gold);
    const expected = [...generateCorpus({ count: 10, seed: 5 })];
    if (given.format === 'jsonl') {
      const lines = readFileSync(result.files[0]!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
      expect(lines.map((l) => l.text)).toEqual(expected.map((d) => d.text));
    } else {
      expect(result.files.map((f) => readFileSync(f, 'utf8'))).toEqual(expected.map((d) => d.text));
    }
  });
});

describe('the extractor on generated dispatches', () => {
  const docs = [...generateCorpus({ count: 60, seed: 7 })];
  const extractions = docs.map((d) => {
    try { return extractDocument({ text: d.text, id: d.id }); } catch (err) { throw new Error(`${d.id}: ${(err as Error).message}\n${d.text}`); }
  });

  it('reads the header date and the dateline agency of every document', () => {
    docs.forEach((d, i) => {
      expect(extractions[i]!.document.date).toBe(d.date);
      expect(extractions[i]!.document.dateline?.agency?.toLowerCase()).toBe(d.gold.dateline.agency.toLowerCase());
    });
  });

  /** Share of the gold entities of `type` that some extracted entity of that type names. */
  function recall(type: NodeType): number {
    let want = 0, found = 0;
    docs.forEach((d, i) => {
      const x = extractions[i]!;
      const names = new Set(x.entities.filter((e) => e.type === type).flatMap((e) => [e.label, ...e.aliases].map((n) => n.toLowerCase())));
      for (const g of d.gold.entities.filter((e) => e.type === type)) {
        want++;
        if (g.aliases.some((a) => names.has(a.toLowerCase()))) found++;
      }
    });
    return want ? found / want : 0;
  }

  it.each([
    ['person', { given: 'person' as const, want: 0.9 }],
    ['state', { given: 'state' as const, want: 0.9 }],
    ['unit', { given: 'unit' as const, want: 0.75 }],
    ['place', { given: 'place' as const, want: 0.75 }],
  ])('finds most generated %s entities', (_name, { given, want }) => {
    expect(recall(given)).toBeGreaterThanOrEqual(want);
  });
});

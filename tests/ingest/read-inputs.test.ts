// read-inputs: txt/md/json/jsonl files and folders into dispatch inputs, bad records reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs, recordToInput, type InputItem } from '../../server/ingest/read-inputs.js';

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}

describe('readInputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-inputs-'));
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), '\uFEFF date 2025-12-13 SEOUL, December 13. /TASS/. Text A.');
    writeFileSync(join(dir, 'sub', 'b.md'), 'Text B.');
    writeFileSync(join(dir, 'sub', 'deeper', 'c.json'), JSON.stringify([{ text: 'Text C1', date: '2025-01-02', title: 'C1' }, { title: 'no text' }, { id: 'own-id', text: 'Text C3' }]));
    writeFileSync(join(dir, 'd.jsonl'), ['{"text":"Text D1","source":"Reuters"}', '{"text": broken', '', '{"text":"D4","date":"yesterday"}', '{"text":"Text D5","url":"http://x"}'].join('\n'));
    writeFileSync(join(dir, 'e.json'), JSON.stringify({ text: 'Text E', id: 'e-id' }));
    writeFileSync(join(dir, 'notes.csv'), 'ignored');
    writeFileSync(join(dir, '.hidden.txt'), 'ignored');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x48, 0xff, 0xfe, 0x00]));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('walks folders recursively in name order and reads every format', async () => {
    const items = await collect([dir]);
    const origins = (suffix: string) => join(dir, suffix);
    expect(items).toEqual([
      { ok: true, origin: origins('a.txt'), input: { id: 'a.txt', text: ' date 2025-12-13 SEOUL, December 13. /TASS/. Text A.' } },
      { ok: true, origin: origins('bad.txt'), input: { id: 'bad.txt', text: 'H\uFFFD\uFFFD\u0000' } },
      { ok: true, origin: `${origins('d.jsonl')}:1`, input: { id: 'd.jsonl:1', text: 'Text D1', source: 'Reuters' } },
      { ok: false, origin: `${origins('d.jsonl')}:2`, message: expect.stringMatching(/^invalid JSON/) },
      { ok: false, origin: `${origins('d.jsonl')}:4`, message: '"date" is "yesterday". Expected YYYY-MM-DD' },
      { ok: true, origin: `${origins('d.jsonl')}:5`, input: { id: 'd.jsonl:5', text: 'Text D5', url: 'http://x' } },
      { ok: true, origin: origins('e.json'), input: { id: 'e-id', text: 'Text E' } },
      { ok: true, origin: origins('sub/b.md'), input: { id: 'b.md', text: 'Text B.' } },
      { ok: true, origin: `${origins('sub/deeper/c.json')}[0]`, input: { id: 'c.json:1', text: 'Text C1', date: '2025-01-02', title: 'C1' } },
      { ok: false, origin: `${origins('sub/deeper/c.json')}[1]`, message: 'missing "text". Expected a non-empty string' },
      { ok: true, origin: `${origins('sub/deeper/c.json')}[2]`, input: { id: 'own-id', text: 'Text C3' } },
    ]);
  });

  it('reports named paths that are missing or of an unknown type, and goes on', async () => {
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'notes.csv'), join(dir, 'e.json')]);
    expect(items.map((i) => [i.ok, i.ok ? i.input.id : i.message])).toEqual([
      [false, 'cannot read: ENOENT'],
      [false, 'unsupported file type. Expected one of .txt, .md, .json, .jsonl'],
      [true, 'e-id'],
    ]);
  });

  it('reports invalid JSON files', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"text": ');
    const [item] = await collect([join(dir, 'broken.json')]);
    expect(item).toMatchObject({ ok: false, message: expect.stringMatching(/^invalid JSON/) });
  });
});

describe('recordToInput', () => {
  const cases: [string, { given: unknown; want: unknown }][] = [
    ['minimal record', { given: { text: 'x' }, want: { text: 'x' } }],
    ['all fields', { given: { text: 'x', id: 'i', date: '2025-01-01', title: 't', source: 's', url: 'u', extra: 1 }, want: { text: 'x', id: 'i', date: '2025-01-01', title: 't', source: 's', url: 'u' } }],
    ['null optional field', { given: { text: 'x', title: null }, want: { text: 'x' } }],
    ['array', { given: [], want: 'not a JSON object. Expected {"text": "..."}' }],
    ['blank text', { given: { text: '  ' }, want: 'missing "text". Expected a non-empty string' }],
    ['numeric id', { given: { text: 'x', id: 3 }, want: '"id" is not a string' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(recordToInput(given)).toEqual(want);
  });
});

describe('readInputFile size limit', () => {
  it('refuses a file bigger than the limit without reading it, and reads one at the limit', async () => {
    const { readInputFile, MAX_FILE_BYTES } = await import('../../server/ingest/read-inputs.js');
    const { truncateSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'kg-inputs-size-'));
    try {
      const huge = join(dir, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: nothing is written to disk
      const items: InputItem[] = [];
      for await (const item of readInputFile(huge)) items.push(item);
      expect(items).toEqual([{ ok: false, origin: huge, message: `file has ${MAX_FILE_BYTES + 1} bytes. Expected at most ${MAX_FILE_BYTES} bytes (split it, or use .jsonl)` }]);
      const small = join(dir, 'small.txt');
      writeFileSync(small, 'Twelve bytes');
      const read: InputItem[] = [];
      for await (const item of readInputFile(small, 12)) read.push(item);
      expect(read).toEqual([{ ok: true, origin: small, input: { id: 'small.txt', text: 'Twelve bytes' } }]);
      const refused: InputItem[] = [];
      for await (const item of readInputFile(small, 11)) refused.push(item);
      expect(refused[0]).toMatchObject({ ok: false, message: expect.stringMatching(/^file has 12 bytes\. Expected at most 11 bytes/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

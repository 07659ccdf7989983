// The extract CLI: prints the Extraction JSON of a file (id = base name), errors to stderr with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const cli = (file?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...(file ? [file] : [])], { cwd: root, encoding: 'utf8' });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/extract.ts', () => {
  it('should exit non-zero with a message for a missing or empty file', () => {
    const missing = cli(join(dir, 'nope.txt'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/extract:/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(cli(empty).status).not.toBe(0);
    expect(cli().status).toBe(2);
  });
  it('prints the extraction of a text file, its id being the base name', () => {
    const file = join(dir, '042_sample.txt');
    writeFileSync(file, 'date 2025-05-09 Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on May 8.');
    const out = cli(file);
    expect(out.status).toBe(0);
    const x = JSON.parse(out.stdout);
    expect(x.document.id).toBe('042_sample.txt');
    expect(x.relations.some((r: { type: string }) => r.type === 'MET_WITH')).toBe(true);
  });
  it('reads a JSON record {text, id, date}', () => {
    const file = join(dir, 'rec.json');
    writeFileSync(file, JSON.stringify({ text: 'Kenyan President William Ruto arrived in Addis Ababa.', id: 'rec-1', date: '2025-02-15' }));
    const x = JSON.parse(cli(file).stdout);
    expect(x.document).toMatchObject({ id: 'rec-1', date: '2025-02-15' });
  });
});

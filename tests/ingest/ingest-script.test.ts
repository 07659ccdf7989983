// `npm run ingest` end to end: summary, exit codes, --db / KG_DB, re-runs skip known documents.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../server/store/graph-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const DISPATCHES = join(ROOT, 'data', 'dispatches');

/** Runs the ingest script; resolves with its exit code and output. */
async function ingest(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['scripts/ingest.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('scripts/ingest.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-ingest-script-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests folders into --db, then skips them; reports bad records and exits 1', async () => {
    const db = join(dir, 'sub', 'graph.db');
    const first = await ingest(['--db', db, DISPATCHES]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('ingest: 6 added, 0 skipped (already known), 0 failed');

    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text":"Kim Jong Un visited Russia."}\n{"id": 1}\n');
    const second = await ingest([DISPATCHES, bad], { KG_DB: db });
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('ingest: 1 added, 6 skipped (already known), 1 failed');
    expect(second.stdout).toContain(`failed ${bad}:2: missing "text"`);

    const store = GraphStore.open(db, { readonly: true });
    try {
      expect(store.counts().documents).toBe(7);
    } finally {
      store.close();
    }
  });

  it('exits 2 with usage when no path is given', async () => {
    const result = await ingest(['--db', join(dir, 'x.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest');
  });
});

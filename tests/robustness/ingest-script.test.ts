// Robustness of `npm run ingest` end to end: a folder of pathological files (empty, blank,
// binary, 20 MB, invalid UTF-8, HTML, 5,000 names) ingested into a store that holds the bundled
// dispatches: exit code 1, one clear line per refused file, the others added, nothing lost.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../server/store/graph-store.js';
import { badInputs, DISPATCH_DIR } from './bad-inputs.js';
import { expectKept, snapshot, type Snapshot } from './snapshot.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['scripts/ingest.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function readSnapshot(db: string): Snapshot {
  const store = GraphStore.open(db, { readonly: true });
  try {
    return snapshot(store);
  } finally {
    store.close();
  }
}

describe('scripts/ingest.ts on bad files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-robust-script-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses each bad file with a clear line, adds the rest, loses nothing', async () => {
    const db = join(dir, 'kg.db');
    const first = await ingest(['--db', db, DISPATCH_DIR]);
    expect(first.code).toBe(0);
    const kept = readSnapshot(db);

    const folder = join(dir, 'bad');
    mkdirSync(folder);
    const bad = badInputs();
    for (const b of bad) writeFileSync(join(folder, b.file), b.bytes);
    const run = await ingest(['--db', db, folder]);
    expect(run.code).toBe(1);
    const summary = run.stdout.match(/ingest: (\d+) added, (\d+) skipped \(already known\), (\d+) failed/);
    expect(summary, run.stdout + run.stderr).not.toBeNull();
    const [added, skipped, failed] = summary!.slice(1).map(Number);
    expect(added! + skipped! + failed!).toBe(bad.length);
    const failedLines = run.stdout.split('\n').filter((line) => line.startsWith('  failed '));
    expect(failedLines).toHaveLength(failed!);
    for (const line of failedLines) expect(line).toMatch(/^ {2}failed .+: \w+: .+\. Expected .+/);
    for (const b of bad) {
      const line = failedLines.find((l) => l.startsWith(`  failed ${join(folder, b.file)}:`));
      if (b.want === 'error') expect(line, b.file).toBeDefined();
      if (b.want === 'bounded') expect(line, b.file).toBeUndefined();
    }
    expect(run.stderr).not.toMatch(/at .+\(.+:\d+:\d+\)/); // no stack trace: no crash

    const after = readSnapshot(db);
    expectKept(kept, after);
    expect(after.documents.size).toBe(kept.documents.size + added!);
    for (const b of bad) if (b.want === 'error') expect(after.documents.has(b.file), b.file).toBe(false);

    // Running it again adds nothing and still refuses the same files.
    const again = await ingest(['--db', db, folder]);
    expect(again.stdout).toContain(`ingest: 0 added, ${added! + skipped!} skipped (already known), ${failed} failed`);
    expect(readSnapshot(db)).toEqual(after);
  }, 300_000);
});

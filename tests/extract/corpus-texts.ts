// Real dispatches for property tests: the dev corpus (when ../shared is beside the project), the
// heldout and first tuning fixtures, and the bundled dispatches.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = [resolve(ROOT, '../shared/corpus/dev'), join(ROOT, 'tests/fixtures/heldout'), join(ROOT, 'tests/fixtures/tuning'), join(ROOT, 'data/dispatches')];

/** The texts of every `.txt` file in those directories (a missing directory is skipped). */
export function dispatchTexts(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    let names: string[] = [];
    try { names = readdirSync(dir).filter((n) => n.endsWith('.txt')); } catch { continue; }
    for (const n of names) out.push(readFileSync(join(dir, n), 'utf8'));
  }
  return out;
}

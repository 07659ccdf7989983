// `npx tsx scripts/bench/score-synthetic.ts [-- --docs 300 --seed N --keep]`
// Extraction quality on generated dispatches: writes a corpus with gold files, runs our extractor
// on each text (NAME.pred.json; a document that throws gets an empty prediction and is counted),
// then scores with the team's external scorer ../shared/tools/score-extraction.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../../server/extract/index.js';
import { DEFAULT_SEED, writeCorpus } from '../corpus/index.js';
import { fmt, runMain, writeResult } from './common.js';

const SCORER = resolve(import.meta.dirname, '../../../shared/tools/score-extraction');

interface Score { entity: { p: number; r: number; f1: number }; relation: { p: number; r: number; f1: number } }

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '300' }, seed: { type: 'string', default: String(DEFAULT_SEED + 1) }, keep: { type: 'boolean', default: false } } });
  if (!existsSync(SCORER)) throw new Error(`score-synthetic: ${SCORER} not found. Expected ../shared/tools next to the repository`);
  const dir = mkdtempSync(join(tmpdir(), 'kg-score-'));
  try {
    const { files } = await writeCorpus({ count: Number(values.docs), seed: Number(values.seed), out: dir, gold: true });
    const failures: string[] = [];
    for (const file of files) {
      let pred: unknown = { entities: [], relations: [] };
      try { pred = extractDocument({ text: readFileSync(file, 'utf8'), id: file }); } catch (err) { failures.push(`${file}: ${(err as Error).message}`); }
      writeFileSync(file.replace(/\.txt$/, '.pred.json'), JSON.stringify(pred));
    }
    const out = execFileSync(SCORER, ['--gold', dir, '--pred', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const score = JSON.parse(out.trim().split('\n').pop() as string) as Score;
    const pct = (x: number): string => fmt(100 * x, 1);
    console.log(`score-synthetic: ${files.length} generated dispatches (seed ${values.seed}), ${failures.length} threw`);
    console.log(`  entities  P ${pct(score.entity.p)}  R ${pct(score.entity.r)}  F1 ${pct(score.entity.f1)}`);
    console.log(`  relations P ${pct(score.relation.p)}  R ${pct(score.relation.r)}  F1 ${pct(score.relation.f1)}`);
    if (failures.length) console.log(`  first failure: ${failures[0]}`);
    console.log(`  results: ${writeResult('score-synthetic', { documents: files.length, seed: Number(values.seed), failures: failures.length, entity: score.entity, relation: score.relation })}`);
    if (values.keep) console.log(`  corpus, gold and predictions kept in ${dir}`);
    return 0;
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);

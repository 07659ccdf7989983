// `npm run bench:extract [-- --docs 300 --rounds 7 --warmup 8 --seed N --strict]`
// Words/second of our extractor vs compromise on one core (see extraction.ts); PASS/FAIL against
// the 10x target; exits non-zero on FAIL only with --strict. Writes bench-output/extract.json.
import { parseArgs } from 'node:util';
import { runMain, writeResult } from './common.js';
import { EXTRACT_BENCH_DEFAULTS, benchExtract, printExtract } from './extraction.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: String(EXTRACT_BENCH_DEFAULTS.docs) }, rounds: { type: 'string', default: String(EXTRACT_BENCH_DEFAULTS.rounds) },
      warmup: { type: 'string', default: String(EXTRACT_BENCH_DEFAULTS.warmup) }, seed: { type: 'string', default: String(EXTRACT_BENCH_DEFAULTS.seed) },
      strict: { type: 'boolean', default: false },
    },
  });
  const r = benchExtract({ docs: Number(values.docs), rounds: Number(values.rounds), warmup: Number(values.warmup), seed: Number(values.seed) });
  printExtract(r);
  console.log(`  results: ${writeResult('extract', r)}`);
  return values.strict && !r.pass ? 1 : 0;
}

runMain(main);

// `npm run gen:corpus -- --count 10000 --out DIR [--seed N] [--format txt|jsonl] [--gold]`
// Writes a deterministic synthetic corpus of wire-style dispatches (see scripts/corpus/).
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, writeCorpus } from './corpus/index.js';

const USAGE = 'usage: npm run gen:corpus -- --count N --out DIR [--seed N] [--format txt|jsonl] [--gold] [--start I]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      format: { type: 'string', default: 'txt' },
      start: { type: 'string', default: '0' },
      gold: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  const count = Number(values.count), seed = Number(values.seed), start = Number(values.start);
  if (!values.out) throw new Error(`gen:corpus: --out is required. ${USAGE}`);
  if (!Number.isInteger(count) || count < 0) throw new Error(`gen:corpus: --count must be a non-negative integer, got ${values.count}`);
  if (!Number.isInteger(seed) || !Number.isInteger(start) || start < 0) throw new Error('gen:corpus: --seed and --start must be integers');
  if (values.format !== 'txt' && values.format !== 'jsonl') throw new Error(`gen:corpus: --format must be txt or jsonl, got ${values.format}`);
  const t0 = performance.now();
  const result = await writeCorpus({ count, seed, start, out: values.out, format: values.format, gold: values.gold });
  const ms = performance.now() - t0;
  console.log(`gen:corpus: wrote ${result.documents} documents (${result.words.toLocaleString('en-US')} words, seed ${seed}) to ${values.out} in ${(ms / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

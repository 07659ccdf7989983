// `npm run bench:ingest [-- --docs 10000 --sample 10000 --workers N --nice N --seed N --keep]`
// Ingest throughput through the worker pool, memory, CPU per thread, store re-open + load time,
// and the speed-up over single-threaded ingestion (see ingestion.ts). Writes bench-output/ingest.json.
import { parseArgs } from 'node:util';
import { runMain, writeResult } from './common.js';
import { INGEST_BENCH_DEFAULTS, benchIngest, printIngest } from './ingestion.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: String(INGEST_BENCH_DEFAULTS.docs) },
      sample: { type: 'string', default: String(INGEST_BENCH_DEFAULTS.sample) },
      workers: { type: 'string' },
      nice: { type: 'string' },
      seed: { type: 'string', default: String(INGEST_BENCH_DEFAULTS.seed) },
      keep: { type: 'boolean', default: false },
    },
  });
  const r = await benchIngest({
    docs: Number(values.docs), sample: Number(values.sample), seed: Number(values.seed), keep: values.keep,
    ...(values.workers ? { workers: Number(values.workers) } : {}),
    ...(values.nice !== undefined ? { nice: Number(values.nice) } : {}),
  });
  printIngest(r);
  console.log(`  results: ${writeResult('ingest', r)}`);
  return r.parallel.failed > 0 ? 1 : 0;
}

runMain(main);

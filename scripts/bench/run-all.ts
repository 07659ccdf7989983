// `npm run bench [-- --strict]`: the extraction benchmark, then the ingest benchmark, with their
// default settings; writes bench-output/extract.json, ingest.json and summary.json.
import { parseArgs } from 'node:util';
import { runMain, writeResult } from './common.js';
import { EXTRACT_BENCH_DEFAULTS, benchExtract, printExtract } from './extraction.js';
import { INGEST_BENCH_DEFAULTS, benchIngest, printIngest } from './ingestion.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
  const extract = benchExtract(EXTRACT_BENCH_DEFAULTS);
  printExtract(extract);
  writeResult('extract', extract);
  const ingest = await benchIngest(INGEST_BENCH_DEFAULTS);
  printIngest(ingest);
  writeResult('ingest', ingest);
  const file = writeResult('summary', {
    date: new Date().toISOString(),
    extract: { oursWordsPerSecond: extract.ours.medianWordsPerSecond, compromiseWordsPerSecond: extract.compromise.medianWordsPerSecond, ratio: extract.ratio, pass: extract.pass },
    ingest: { docsPerSecond: ingest.parallel.docsPerSecond, peakRssBytes: ingest.parallel.peakRssBytes, cpuPerWall: ingest.parallel.cpuPerWall, speedup: ingest.sample.speedup, reopenSeconds: ingest.reopen.openAndLoadSeconds },
  });
  console.log(`\nresults: ${file}`);
  return (values.strict && !extract.pass) || ingest.parallel.failed > 0 ? 1 : 0;
}

runMain(main);

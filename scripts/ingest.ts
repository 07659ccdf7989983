// `npm run ingest -- [--db FILE] [--workers N] [--verbose] PATH...`: reads dispatches (files or folders:
// .txt, .md, .json, .jsonl), extracts them and merges them into the SQLite graph store.
// Prints a summary; exits with 1 when some document failed, 2 on a usage error.
import { extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestAll, type IngestEvent } from '../server/ingest/pipeline.js';
import { formatProgress } from '../server/ingest/progress.js';
import { listInputFiles, readInputFile, type InputItem } from '../server/ingest/read-inputs.js';
import { GraphStore } from '../server/store/graph-store.js';
import { resolveDbPath } from '../server/store/default-path.js';

const USAGE = 'usage: npm run ingest -- [--db FILE] [--workers N] [--verbose] PATH...';
/** Show a progress bar from this many input files on (when stderr is a terminal). */
const PROGRESS_FROM = 20;

interface Args {
  db: string;
  workers?: number;
  /** List the extractor's per-document problems. */
  verbose: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const paths: string[] = [];
  let workers: number | undefined;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') i++;
    else if (arg.startsWith('--db=')) continue;
    else if (arg === '--workers' || arg.startsWith('--workers=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      workers = Number(value);
      if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers: "${value}" is not a positive integer.`);
    } else if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new Error(`no PATH given. ${USAGE}`);
  return { db: resolveDbPath(argv, process.env), paths, verbose, ...(workers !== undefined ? { workers } : {}) };
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }

  // List files first (paths only) so the bar knows the total; records are read lazily.
  const files: string[] = [];
  const listing: InputItem[] = [];
  for await (const entry of listInputFiles(args.paths)) {
    if ('error' in entry) listing.push({ ok: false, origin: entry.file, message: entry.error });
    else files.push(entry.file);
  }
  const onlyDocuments = files.every((file) => ['.txt', '.md'].includes(extname(file).toLowerCase()));
  const total = onlyDocuments ? files.length + listing.length : undefined;
  async function* items(): AsyncGenerator<InputItem> {
    yield* listing;
    for (const file of files) yield* readInputFile(file);
  }

  const showProgress = process.stderr.isTTY === true && files.length >= PROGRESS_FROM;
  const started = performance.now();
  const state = { done: 0, added: 0, skipped: 0, failed: 0, elapsed: 0, ...(total !== undefined ? { total } : {}) };
  let lastDraw = 0;
  const problems: string[] = [];
  let withProblems = 0;
  const onEvent = (event: IngestEvent): void => {
    state.done++;
    if (!event.ok) state.failed++;
    else if (event.result.status === 'added') state.added++;
    else state.skipped++;
    if (event.ok && event.result.problems.length > 0) {
      withProblems++;
      if (args.verbose) for (const problem of event.result.problems) problems.push(`  ${event.origin}: ${problem}`);
    }
    const now = performance.now();
    if (showProgress && (now - lastDraw > 100 || state.done === total)) {
      lastDraw = now;
      state.elapsed = (now - started) / 1000;
      process.stderr.write(`\r${formatProgress(state, Math.min(30, Math.max(10, (process.stderr.columns ?? 80) - 70)))}\x1b[K`);
    }
  };

  const store = GraphStore.open(args.db);
  try {
    const summary = await ingestAll(store, items(), { onEvent, ...(args.workers !== undefined ? { workers: args.workers } : {}) });
    if (showProgress) process.stderr.write('\n');
    const counts = store.counts();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`ingest: ${summary.added} added, ${summary.skipped} skipped (already known), ${summary.failed.length} failed in ${seconds}s${summary.usedWorkers ? ' (worker threads)' : ''}`);
    console.log(`store ${args.db}: ${counts.documents} documents, ${counts.nodes} nodes, ${counts.edges} edges, ${counts.evidence} evidence`);
    if (withProblems > 0) console.log(`${withProblems} documents with extraction problems${args.verbose ? ':' : ' (--verbose lists them)'}`);
    for (const line of problems) console.log(line);
    for (const failure of summary.failed) console.log(`  failed ${failure.origin}: ${failure.message}`);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

// First-run seeding: when the database holds no document, ingest the bundled dispatches with
// the ingest pipeline (server/ingest) and log one summary line.
import { existsSync } from 'node:fs';
import { ingestAll } from '../ingest/pipeline.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { GraphStore } from '../store/graph-store.js';

/** Ingests every dispatch under `dir` into `store`; logs what happened. */
export async function seedStore(store: GraphStore, dir: string, log: (line: string) => void): Promise<void> {
  if (!existsSync(dir)) {
    log(`empty database and no ${dir}/ to seed it from: starting with an empty graph`);
    return;
  }
  const summary = await ingestAll(store, readInputs([dir]));
  const counts = store.counts();
  log(`empty database: ingested ${summary.added} dispatches from ${dir}/ (${summary.skipped} skipped, ${summary.failed.length} failed): ${counts.nodes} nodes, ${counts.edges} edges`);
  for (const failure of summary.failed.slice(0, 10)) log(`  could not ingest ${failure.origin}: ${failure.message}`);
}

// Worker module for pool tests: serves fakeExtract (prepared for the store, like extract-worker.ts); a text containing "CRASH" kills the thread.
import { serveJobs } from '../../server/ingest/worker-protocol.js';
import type { DispatchInput } from '../../server/ontology.js';
import { prepareReply } from '../../server/store/prepare.js';
import { fakeExtract } from './fake-extractor.js';

serveJobs((input: DispatchInput) => {
  if (input.text.includes('CRASH')) process.exit(3);
  return prepareReply(input, fakeExtract(input));
});

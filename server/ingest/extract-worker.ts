// Worker-thread module of the ingest pool: runs the extractor on each dispatch it is sent.
import { extractDocument } from '../extract/index.js';
import type { DispatchInput } from '../ontology.js';
import { serveJobs } from './worker-protocol.js';

serveJobs((input: DispatchInput) => extractDocument(input));

// Worker-thread module of the ingest pool: extracts each dispatch it is sent and prepares it for
// the store (text hash, entity alias keys), so the writer thread only resolves and writes.
import { extractDocument } from '../extract/index.js';
import type { DispatchInput } from '../ontology.js';
import { prepareReply } from '../store/prepare.js';
import { serveJobs } from './worker-protocol.js';

serveJobs((input: DispatchInput) => prepareReply(input, extractDocument(input)));

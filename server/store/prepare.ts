// The per-document work of ingestion that needs no database: the text's hash and the alias
// records (matching keys) of every entity. Pure, so the worker threads compute it next to the
// extraction and the single writer thread only resolves and writes.
import type { DispatchInput, Extraction } from '../ontology.js';
import { entityAliases, type EntityAliases } from '../graph/resolve.js';
import { textHash } from './text-hash.js';

/** A document ready to be written: its input, extraction, text hash and entity alias records. */
export interface PreparedDocument {
  input: DispatchInput;
  extraction: Extraction;
  /** sha256 of input.text, hex (textHash). */
  hash: string;
  /** entityAliases(extraction), one per entity in order. */
  entities: EntityAliases[];
}

/** What a worker thread sends back: a PreparedDocument without the input the writer already has. */
export type PreparedReply = Omit<PreparedDocument, 'input'>;

/** The reply of a worker for `input` (its text is not sent back). */
export function prepareReply(input: DispatchInput, extraction: Extraction): PreparedReply {
  const { input: _sent, ...reply } = prepareDocument(input, extraction);
  return reply;
}

/** Prepares `input` and its `extraction` for GraphStore.ingestPrepared (`hash`: textHash(input.text) if known). */
export function prepareDocument(input: DispatchInput, extraction: Extraction, hash = textHash(input.text)): PreparedDocument {
  return { input, extraction, hash, entities: entityAliases(extraction) };
}

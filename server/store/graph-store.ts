// The SQLite graph store: documents, nodes (entities + aliases), edges and their evidence.
// One writer; each document is ingested in one transaction (or a savepoint of an open batch),
// idempotently (same text → skipped). Resolution reads an in-memory NodeIndex built on the
// first write and rebuilt whenever another connection has written to the database.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { KgError, StoreError } from '../errors.js';
import { extractDocument } from '../extract/index.js';
import type { DispatchInput, Evidence, Extraction, KnowledgeGraph, NodeAttributes } from '../ontology.js';
import { buildGraph } from '../graph/load.js';
import type { EdgeRecord, GraphSource } from '../graph/merge.js';
import { resolveExtraction } from '../graph/resolve.js';
import { documentFromRow, edgeFromRow, evidenceFromRow, nodeFromRow, type DocumentSummary, type StoredDocument } from './rows.js';
import { deleteDocumentRows, documentEdgeKeys, type DeletedDocument } from './delete-document.js';
import { NodeIndex } from './node-index.js';
import { prepareDocument, type PreparedDocument } from './prepare.js';
import { migrate } from './schema.js';
import { prepareStatements, type Statements } from './statements.js';
import { textHash } from './text-hash.js';
import { writeExtraction, type IngestResult } from './write-extraction.js';

export type { IngestResult } from './write-extraction.js';
export type { DocumentSummary, StoredDocument } from './rows.js';
export type { DeletedDocument } from './delete-document.js';

export interface GraphStoreOptions {
  /** Open an existing database read-only (no migrations, no writes). */
  readonly?: boolean;
  /** Extractor used by ingest() when no extraction is given (default: extractDocument). */
  extract?: (input: DispatchInput) => Extraction;
  /** Clock for `ingested_at` (tests pin it). */
  now?: () => Date;
}

export interface StoreCounts {
  documents: number;
  nodes: number;
  /** Edges that are not negated (the ones loadGraph returns by default). */
  edges: number;
  evidence: number;
}

export { textHash } from './text-hash.js';

export class GraphStore implements GraphSource {
  private readonly statements: Statements;
  private readonly extract: (input: DispatchInput) => Extraction;
  private readonly now: () => Date;
  /** The stored nodes for resolution; undefined until the first write or after a failed commit. */
  private index: NodeIndex | undefined;
  /** `PRAGMA data_version` when the index was last known current. */
  private indexVersion = -1;

  private constructor(private readonly db: Database.Database, options: GraphStoreOptions) {
    this.statements = prepareStatements(db);
    this.extract = options.extract ?? ((input) => extractDocument(input));
    this.now = options.now ?? (() => new Date());
  }

  /** Opens (creating it and its folder if needed) the database at `file`; ':memory:' works. */
  static open(file: string, options: GraphStoreOptions = {}): GraphStore {
    let db: Database.Database | undefined;
    try {
      if (file !== ':memory:' && options.readonly !== true) mkdirSync(dirname(file), { recursive: true });
      db = new Database(file, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
      db.pragma('busy_timeout = 5000');
      if (options.readonly !== true) {
        if (file !== ':memory:') db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('cache_size = -65536'); // 64 MiB of pages: the indexes written at random stay cached
        db.pragma('wal_autocheckpoint = 4000'); // checkpoint (and sync) every ~16 MiB of WAL, not every 4 MiB
        db.pragma('foreign_keys = ON');
        migrate(db);
      }
      return new GraphStore(db, options);
    } catch (error) {
      db?.close();
      if (error instanceof KgError) throw error;
      throw new StoreError(`GraphStore.open: cannot open database "${file}": ${(error as Error).message}. Expected a writable SQLite file.`, { cause: error });
    }
  }

  /** The SQLite connection, for stores of other concerns kept in the same file (store/layout.ts). */
  get connection(): Database.Database {
    return this.db;
  }

  /** Whether a document with exactly this text is stored. */
  hasText(text: string): boolean {
    return this.statements.documentByHash.get(textHash(text)) !== undefined;
  }

  /**
   * Stores one document: extracts it (unless `extraction` is given), resolves its entities
   * against the stored nodes and writes everything in one transaction. Text already stored →
   * `skipped`, nothing changes. Throws DocumentError for unreadable documents, StoreError when
   * the database refuses the write; either way nothing of the document remains.
   */
  ingest(input: DispatchInput, extraction?: Extraction): IngestResult {
    const hash = textHash(input.text);
    const known = this.knownDocument(hash);
    if (known !== undefined) return known;
    return this.ingestPrepared(prepareDocument(input, extraction ?? this.extract(input), hash));
  }

  /** The `skipped` result for a text already stored under `hash`, or undefined. */
  private knownDocument(hash: string): IngestResult | undefined {
    const known = this.statements.documentByHash.get(hash);
    if (known === undefined) return undefined;
    const { ingestedAt: _ignored, ...document } = documentFromRow(known);
    return { status: 'skipped', document, entities: 0, relations: 0, nodes: [], edges: [], problems: [] };
  }

  /**
   * ingest() of a document prepared elsewhere (prepareDocument, e.g. in a worker thread): only
   * resolution and the writes run here. The hash is trusted to be the text's.
   */
  ingestPrepared(prepared: PreparedDocument): IngestResult {
    const { input, extraction: extracted, hash } = prepared;
    const known = this.knownDocument(hash);
    if (known !== undefined) return known;
    const now = this.now().toISOString();
    const write = () => writeExtraction(this.statements, this.currentIndex(), input, extracted, hash, now, prepared.entities);
    let outcome;
    try {
      // Inside a batch this is a savepoint; alone, a transaction that takes the write lock first.
      outcome = this.db.inTransaction ? this.db.transaction(write)() : this.db.transaction(write).immediate();
    } catch (error) {
      if (error instanceof KgError) throw error;
      throw new StoreError(`ingest: cannot store document "${extracted.document.id}": ${(error as Error).message}.`, { cause: error });
    }
    this.index!.apply(outcome.changes);
    return outcome.result;
  }

  /**
   * The node index, current with the database: (re)built when missing or when another connection
   * has committed since it was last checked. Call inside a write transaction (nobody else writes).
   */
  private currentIndex(): NodeIndex {
    const version = this.statements.dataVersion.get()!;
    if (this.index === undefined || version !== this.indexVersion) {
      this.index = NodeIndex.load(this.statements);
      this.indexVersion = version;
    }
    return this.index;
  }

  /**
   * Starts a batch: the documents ingested until commitBatch() are committed together (far
   * fewer commits for big ingests), each still atomic on its own through a savepoint.
   */
  beginBatch(): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
  }

  /** Commits the batch begun by beginBatch() (nothing to do without one). */
  commitBatch(): void {
    if (!this.db.inTransaction) return;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      this.index = undefined; // it may hold nodes the failed commit did not store
      throw error;
    }
  }

  /** Current attributes of a node, or undefined. */
  getNode(key: string): NodeAttributes | undefined {
    const row = this.statements.entity.get(key);
    if (row === undefined) return undefined;
    return nodeFromRow(row, this.statements.aliasesOf.all(key).map((a) => a.alias));
  }

  /** Current ends and attributes of an edge (with all its evidence), or undefined. */
  getEdge(key: string): EdgeRecord | undefined {
    const row = this.statements.edge.get(key);
    if (row === undefined) return undefined;
    return edgeFromRow(row, this.statements.evidenceOf.all(key).map(evidenceFromRow));
  }

  /** A stored document with its text, or undefined. */
  getDocument(id: string): StoredDocument | undefined {
    const row = this.statements.documentById.get(id);
    if (row === undefined) return undefined;
    return { ...documentFromRow(row), text: row.text ?? '' };
  }

  /** Stored documents (without text) in ingestion order. */
  listDocuments(options: { limit?: number; offset?: number } = {}): DocumentSummary[] {
    const limit = Math.max(0, Math.floor(options.limit ?? 100));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    return this.statements.listDocuments.all(limit, offset).map(documentFromRow);
  }

  /** Row counts: documents, nodes, non-negated edges, evidence entries. */
  counts(): StoreCounts {
    return { ...this.statements.counts.get()! };
  }

  /** The whole stored graph; negated edges only with `includeNegated`. */
  loadGraph(options: { includeNegated?: boolean } = {}): KnowledgeGraph {
    const aliases = new Map<string, string[]>();
    for (const row of this.statements.allAliases.iterate()) {
      const list = aliases.get(row.entity_id);
      if (list === undefined) aliases.set(row.entity_id, [row.alias]);
      else list.push(row.alias);
    }
    const evidence = new Map<string, Evidence[]>();
    for (const row of this.statements.allEvidence.iterate()) {
      const list = evidence.get(row.edge_key);
      if (list === undefined) evidence.set(row.edge_key, [evidenceFromRow(row)]);
      else list.push(evidenceFromRow(row));
    }
    const nodes = this.statements.allEntities.all().map((row): [string, NodeAttributes] => [row.id, nodeFromRow(row, aliases.get(row.id) ?? [])]);
    const edges = this.statements.allEdges.all(options.includeNegated === true ? 1 : 0).map((row) => edgeFromRow(row, evidence.get(row.key) ?? []));
    return buildGraph(nodes, edges);
  }

  /**
   * Deletes a document, its evidence, and every edge and node left without evidence (see
   * delete-document.ts), in one transaction; undefined when there is no such document. The
   * document is extracted again and resolved against the stored nodes to learn which nodes it
   * mentioned (and how often), so that nodes it alone named go too.
   */
  deleteDocument(id: string): DeletedDocument | undefined {
    const run = () => {
      const doc = this.getDocument(id);
      return doc === undefined ? undefined : deleteDocumentRows(this.db, id, this.mentionsOf(doc));
    };
    let deleted: DeletedDocument | undefined;
    try {
      deleted = this.db.inTransaction ? this.db.transaction(run)() : this.db.transaction(run).immediate();
    } catch (error) {
      throw new StoreError(`deleteDocument: cannot delete document "${id}": ${(error as Error).message}.`, { cause: error });
    }
    if (deleted !== undefined) this.index = undefined; // resolution must no longer see the removed nodes
    return deleted;
  }

  /** The nodes a stored document mentions, by re-extracting it; empty when it can no longer be extracted. */
  private mentionsOf(doc: StoredDocument): Map<string, number> {
    const input: DispatchInput = { text: doc.text, id: doc.id };
    for (const key of ['date', 'title', 'source', 'url'] as const) if (doc[key] !== undefined) input[key] = doc[key];
    let extraction: Extraction;
    try {
      extraction = this.extract(input);
    } catch {
      return new Map();
    }
    const resolution = resolveExtraction({ ...extraction, document: { ...extraction.document, id: doc.id } }, this.currentIndex());
    const mentions = new Map<string, number>();
    for (const entity of resolution.entities) {
      if (entity.isNew) continue; // names no stored node
      mentions.set(entity.nodeKey, (mentions.get(entity.nodeKey) ?? 0) + entity.mentions);
    }
    return mentions;
  }

  /** Keys of the edges a document gives evidence for. */
  documentEdges(id: string): string[] {
    return documentEdgeKeys(this.db, id);
  }

  /** Closes the database (committing an open batch). */
  close(): void {
    if (!this.db.open) return;
    this.commitBatch();
    this.db.close();
  }
}

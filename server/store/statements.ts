// Prepared statements of the graph store, compiled once per open database.
import type Database from 'better-sqlite3';
import type { NodeType } from '../ontology.js';
import type { DocumentRow, EdgeRow, EntityRow, EvidenceRow } from './rows.js';

/** Every statement the store runs, prepared against one database. */
export function prepareStatements(db: Database.Database) {
  return {
    documentByHash: db.prepare<[string], DocumentRow>(
      'SELECT seq, id, hash, date, title, source, url, dateline_place, dateline_agency, length, ingested_at FROM documents WHERE hash = ?',
    ),
    documentById: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    documentIdExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
    listDocuments: db.prepare<[number, number], DocumentRow>(
      'SELECT seq, id, hash, date, title, source, url, dateline_place, dateline_agency, length, ingested_at FROM documents ORDER BY seq LIMIT ? OFFSET ?',
    ),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, hash, date, title, source, url, dateline_place, dateline_agency, text, length, ingested_at)
       VALUES (@id, @hash, @date, @title, @source, @url, @dateline_place, @dateline_agency, @text, @length, @ingested_at)`,
    ),

    entity: db.prepare<[string], EntityRow>('SELECT * FROM entities WHERE id = ?'),
    indexEntities: db.prepare<[], EntityRow>('SELECT * FROM entities'),
    allEntities: db.prepare<[], EntityRow>('SELECT * FROM entities ORDER BY id'),
    insertEntity: db.prepare(
      `INSERT INTO entities (id, type, label, description, first_seen, last_seen, mentions)
       VALUES (@id, @type, @label, @description, @first_seen, @last_seen, @mentions)`,
    ),
    updateEntity: db.prepare(
      `UPDATE entities SET label = @label, description = @description, first_seen = @first_seen,
         last_seen = @last_seen, mentions = @mentions WHERE id = @id`,
    ),
    insertEdge: db.prepare(
      `INSERT INTO edges (key, source, target, type, date_start, date_end, date_text, role, count, confidence, negated)
       VALUES (@key, @source, @target, @type, @date_start, @date_end, @date_text, @role, @count, @confidence, @negated)`,
    ),
    updateEdge: db.prepare(
      `UPDATE edges SET date_start = @date_start, date_end = @date_end, date_text = @date_text, role = @role,
         count = @count, confidence = @confidence WHERE key = @key`,
    ),
    upsertEntity: db.prepare(
      `INSERT INTO entities (id, type, label, description, first_seen, last_seen, mentions)
       VALUES (@id, @type, @label, @description, @first_seen, @last_seen, @mentions)
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, description = excluded.description,
         first_seen = excluded.first_seen, last_seen = excluded.last_seen, mentions = excluded.mentions`,
    ),

    aliasesOf: db.prepare<[string], { alias: string }>('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY rowid'),
    allAliases: db.prepare<[], { entity_id: string; alias: string }>('SELECT entity_id, alias FROM aliases ORDER BY entity_id, rowid'),
    indexAliases: db.prepare<[], { entity_id: string; type: NodeType; alias: string; key: string; strong: number }>(
      'SELECT entity_id, type, alias, key, strong FROM aliases',
    ),
    upsertAlias: db.prepare(
      `INSERT INTO aliases (entity_id, type, alias, key, strong) VALUES (@entity_id, @type, @alias, @key, @strong)
       ON CONFLICT (entity_id, alias) DO UPDATE SET
         key = CASE WHEN excluded.strong > aliases.strong THEN excluded.key ELSE aliases.key END,
         strong = MAX(aliases.strong, excluded.strong)`,
    ),

    edge: db.prepare<[string], EdgeRow>('SELECT * FROM edges WHERE key = ?'),
    allEdges: db.prepare<[number], EdgeRow>('SELECT * FROM edges WHERE negated <= ? ORDER BY key'),
    upsertEdge: db.prepare(
      `INSERT INTO edges (key, source, target, type, date_start, date_end, date_text, role, count, confidence, negated)
       VALUES (@key, @source, @target, @type, @date_start, @date_end, @date_text, @role, @count, @confidence, @negated)
       ON CONFLICT (key) DO UPDATE SET date_start = excluded.date_start, date_end = excluded.date_end,
         date_text = excluded.date_text, role = excluded.role, count = excluded.count, confidence = excluded.confidence`,
    ),

    evidenceOf: db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE edge_key = ? ORDER BY id'),
    allEvidence: db.prepare<[], EvidenceRow>('SELECT * FROM evidence ORDER BY edge_key, id'),
    insertEvidence: db.prepare(
      `INSERT INTO evidence (edge_key, doc_id, sentence, start, end, attributed_to, reported)
       VALUES (@edge_key, @doc_id, @sentence, @start, @end, @attributed_to, @reported)
       ON CONFLICT (edge_key, doc_id, start) DO NOTHING`,
    ),

    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),

    counts: db.prepare<[], { documents: number; nodes: number; edges: number; evidence: number }>(
      `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM entities) AS nodes,
              (SELECT COUNT(*) FROM edges WHERE negated = 0) AS edges, (SELECT COUNT(*) FROM evidence) AS evidence`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

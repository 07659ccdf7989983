// SQLite schema of the graph store and its migrations, applied in order and tracked by
// `PRAGMA user_version`. A migration is never edited once released: add a new one instead.
import type Database from 'better-sqlite3';
import { StoreError } from '../errors.js';

/** Migrations by target version: MIGRATIONS[i] brings the database from version i to i + 1. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    date TEXT,
    title TEXT,
    source TEXT,
    url TEXT,
    dateline_place TEXT,
    dateline_agency TEXT,
    text TEXT NOT NULL,
    length INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
  );

  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT,
    first_seen TEXT,
    last_seen TEXT,
    mentions INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_type ON entities (type);

  CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    type TEXT NOT NULL,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    strong INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
  );
  CREATE INDEX aliases_type_key ON aliases (type, key, strong);

  CREATE TABLE edges (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES entities (id),
    target TEXT NOT NULL REFERENCES entities (id),
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    date_text TEXT,
    role TEXT,
    count INTEGER,
    confidence REAL,
    negated INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX edges_source ON edges (source);
  CREATE INDEX edges_target ON edges (target);

  CREATE TABLE evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    edge_key TEXT NOT NULL REFERENCES edges (key),
    doc_id TEXT NOT NULL REFERENCES documents (id),
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    attributed_to TEXT,
    reported TEXT,
    UNIQUE (edge_key, doc_id, start)
  );
  CREATE INDEX evidence_doc ON evidence (doc_id);
  `,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings `db` up to SCHEMA_VERSION; refuses a database written by a newer version. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `store: database schema version ${current} is newer than this program's (${SCHEMA_VERSION}). Expected a database written by this version or an older one.`,
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

// Saved node positions of the explorer's layout, kept in the graph store's SQLite file (table
// `layout_positions`, created on first use) so a reload draws the graph where it was left.
import type Database from 'better-sqlite3';
import { StoreError, ValidationError } from '../errors.js';

/** One node's saved position. */
export interface SavedPosition {
  x: number;
  y: number;
}

export interface SavedLayout {
  /** Positions by node id. */
  positions: Map<string, SavedPosition>;
  /** When the positions were last saved (ISO time), undefined when none are. */
  savedAt: string | undefined;
}

export interface LayoutStoreOptions {
  /** Clock for `saved_at` (tests pin it). */
  now?: () => Date;
  /** Most positions one save may carry. */
  maxPositions?: number;
}

export const LAYOUT_STORE_DEFAULTS = { maxPositions: 1_000_000 } as const;

const CREATE = `
  CREATE TABLE IF NOT EXISTS layout_positions (
    node_id TEXT PRIMARY KEY,
    x REAL NOT NULL,
    y REAL NOT NULL,
    saved_at TEXT NOT NULL
  )`;

/** Reads and replaces the saved layout in a SQLite database. */
export class LayoutStore {
  private readonly now: () => Date;
  private readonly maxPositions: number;

  constructor(
    private readonly db: Database.Database,
    options: LayoutStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxPositions = options.maxPositions ?? LAYOUT_STORE_DEFAULTS.maxPositions;
    if (!db.readonly) db.exec(CREATE);
  }

  private hasTable(): boolean {
    return this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'layout_positions'`).get() !== undefined;
  }

  /** The saved positions (empty when nothing was saved). */
  load(): SavedLayout {
    const positions = new Map<string, SavedPosition>();
    if (!this.hasTable()) return { positions, savedAt: undefined };
    let savedAt: string | undefined;
    const rows = this.db.prepare('SELECT node_id, x, y, saved_at FROM layout_positions').all() as { node_id: string; x: number; y: number; saved_at: string }[];
    for (const row of rows) {
      positions.set(row.node_id, { x: row.x, y: row.y });
      if (savedAt === undefined || row.saved_at > savedAt) savedAt = row.saved_at;
    }
    return { positions, savedAt };
  }

  /**
   * Stores `positions`. With `replace` (the default) they become the whole saved layout; without
   * it they are merged into it. Throws ValidationError on non-finite coordinates.
   */
  save(positions: Iterable<[string, SavedPosition]>, options: { replace?: boolean } = {}): { saved: number; savedAt: string } {
    if (this.db.readonly) throw new StoreError('layout: the database is open read-only. Expected a writable store to save positions');
    const list = [...positions];
    if (list.length > this.maxPositions) throw new ValidationError(`layout: ${list.length} positions. Expected at most ${this.maxPositions}`);
    for (const [id, p] of list) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new ValidationError(`layout: position of "${id}" is not finite. Expected numbers`);
    }
    const savedAt = this.now().toISOString();
    const insert = this.db.prepare('INSERT OR REPLACE INTO layout_positions (node_id, x, y, saved_at) VALUES (?, ?, ?, ?)');
    const write = this.db.transaction(() => {
      if (options.replace !== false) this.db.prepare('DELETE FROM layout_positions').run();
      for (const [id, p] of list) insert.run(id, p.x, p.y, savedAt);
    });
    try {
      write.immediate();
    } catch (error) {
      throw new StoreError(`layout: cannot save ${list.length} positions: ${(error as Error).message}`, { cause: error });
    }
    return { saved: list.length, savedAt };
  }

  /** Forgets every saved position. */
  clear(): void {
    if (this.hasTable() && !this.db.readonly) this.db.prepare('DELETE FROM layout_positions').run();
  }
}

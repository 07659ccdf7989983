// Removing a document from the store: its evidence goes, then every edge left without evidence;
// the nodes the document mentioned (as told by the caller, from re-extracting it) lose its
// mentions; every node that lost an edge, was scoped to the document or was mentioned by it, and
// has no edge left (nor, for those it mentioned, mentions by other documents), goes with its
// aliases; finally the document itself. Also the keys of the
// edges a document gives evidence for. Run inside a transaction (GraphStore.deleteDocument does).
import type Database from 'better-sqlite3';
import { slugify } from '../graph/keys.js';

/** What deleting a document changed. */
export interface DeletedDocument {
  document: string;
  /** Edges and nodes removed because no evidence (no edge) was left for them. */
  removedEdges: string[];
  removedNodes: string[];
  /** Edges that lost this document's evidence but keep other documents'. */
  updatedEdges: string[];
  /** Nodes the document mentioned that stay (with fewer mentions). */
  updatedNodes: string[];
}

/** Keys of the edges that `docId` gives evidence for, sorted. */
export function documentEdgeKeys(db: Database.Database, docId: string): string[] {
  return db
    .prepare<[string], { edge_key: string }>('SELECT DISTINCT edge_key FROM evidence WHERE doc_id = ? ORDER BY edge_key')
    .all(docId)
    .map((row) => row.edge_key);
}

/** Ids of the nodes whose key is scoped to `docId` (`type:slug~doc-slug`, see keys.ts documentNodeKey). */
export function documentScopedNodes(db: Database.Database, docId: string): string[] {
  const suffix = `~${slugify(docId)}`;
  return db
    .prepare<[number, string], { id: string }>('SELECT id FROM entities WHERE substr(id, -?) = ? ORDER BY id')
    .all(suffix.length, suffix)
    .map((row) => row.id);
}

/**
 * When a node's first or last day seen was the deleted document's day, takes it again from the
 * report days of the evidence left on its edges (left as it is when none is left: other
 * documents that mention the node without an edge may still date it).
 */
function redateNode(db: Database.Database, node: string, day: string): void {
  const row = db.prepare<[string], { first_seen: string | null; last_seen: string | null }>('SELECT first_seen, last_seen FROM entities WHERE id = ?').get(node);
  if (row === undefined || (row.first_seen !== day && row.last_seen !== day)) return;
  const span = db
    .prepare<[string, string], { first: string | null; last: string | null }>(
      `SELECT MIN(ev.reported) AS first, MAX(ev.reported) AS last FROM evidence ev JOIN edges e ON e.key = ev.edge_key
       WHERE (e.source = ? OR e.target = ?) AND ev.reported IS NOT NULL`,
    )
    .get(node, node);
  if (span?.first == null || span.last == null) return;
  db.prepare('UPDATE entities SET first_seen = ?, last_seen = ? WHERE id = ?').run(
    row.first_seen === day ? span.first : row.first_seen,
    row.last_seen === day ? span.last : row.last_seen,
    node,
  );
}

/**
 * Deletes `docId` and what only it supported; `mentioned` gives the nodes the document mentions
 * with how many times (their mention counts drop by that much). Undefined (nothing changed) when
 * there is no such document. Call inside a transaction.
 */
export function deleteDocumentRows(db: Database.Database, docId: string, mentioned: ReadonlyMap<string, number> = new Map()): DeletedDocument | undefined {
  const doc = db.prepare<[string], { date: string | null }>('SELECT date FROM documents WHERE id = ?').get(docId);
  if (doc === undefined) return undefined;
  const edgeKeys = documentEdgeKeys(db, docId);
  const candidates = new Set([...documentScopedNodes(db, docId), ...mentioned.keys()]);
  const lessMentions = db.prepare('UPDATE entities SET mentions = MAX(0, mentions - ?) WHERE id = ?');
  for (const [node, count] of mentioned) lessMentions.run(count, node);
  db.prepare('DELETE FROM evidence WHERE doc_id = ?').run(docId);

  const remaining = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM evidence WHERE edge_key = ?');
  const ends = db.prepare<[string], { source: string; target: string }>('SELECT source, target FROM edges WHERE key = ?');
  const dropEdge = db.prepare('DELETE FROM edges WHERE key = ?');
  const removedEdges: string[] = [];
  const updatedEdges: string[] = [];
  for (const key of edgeKeys) {
    if (remaining.get(key)!.n > 0) {
      updatedEdges.push(key);
      continue;
    }
    const row = ends.get(key);
    if (row !== undefined) {
      candidates.add(row.source);
      candidates.add(row.target);
    }
    dropEdge.run(key);
    removedEdges.push(key);
  }

  const hasEdge = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM edges WHERE source = ? OR target = ? LIMIT 1');
  const dropAliases = db.prepare('DELETE FROM aliases WHERE entity_id = ?');
  const dropNode = db.prepare('DELETE FROM entities WHERE id = ?');
  const mentionsLeft = db.prepare<[string], { mentions: number }>('SELECT mentions FROM entities WHERE id = ?');
  const removedNodes: string[] = [];
  for (const node of [...candidates].sort()) {
    if (hasEdge.get(node, node) !== undefined) continue;
    // A node this document mentioned stays while other documents mention it too.
    if (mentioned.has(node) && (mentionsLeft.get(node)?.mentions ?? 0) > 0) continue;
    dropAliases.run(node);
    if (dropNode.run(node).changes > 0) removedNodes.push(node);
  }
  const removed = new Set(removedNodes);
  const updatedNodes = [...mentioned.keys()].filter((node) => !removed.has(node)).sort();
  if (doc.date !== null) for (const node of updatedNodes) redateNode(db, node, doc.date);
  db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
  return { document: docId, removedEdges, removedNodes, updatedEdges, updatedNodes };
}

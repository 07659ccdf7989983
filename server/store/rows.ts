// Row shapes of the SQLite tables and their conversion to the ontology's attribute types.
// Optional attributes are absent (not undefined) when the column is NULL.
import type { DocumentMeta, EdgeAttributes, EdgeType, Evidence, NodeAttributes, NodeType } from '../ontology.js';
import type { EdgeRecord } from '../graph/merge.js';

export interface DocumentRow {
  seq: number;
  id: string;
  hash: string;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  dateline_place: string | null;
  dateline_agency: string | null;
  text?: string;
  length: number;
  ingested_at: string;
}

export interface EntityRow {
  id: string;
  type: NodeType;
  label: string;
  description: string | null;
  first_seen: string | null;
  last_seen: string | null;
  mentions: number;
}

export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  type: EdgeType;
  date_start: string | null;
  date_end: string | null;
  date_text: string | null;
  role: string | null;
  count: number | null;
  confidence: number | null;
  negated: number;
}

export interface EvidenceRow {
  edge_key: string;
  doc_id: string;
  sentence: string;
  start: number;
  end: number;
  attributed_to: string | null;
  reported: string | null;
}

/** A stored document's metadata with the time it was ingested. */
export interface DocumentSummary extends DocumentMeta {
  ingestedAt: string;
}

/** A stored document with its full text. */
export interface StoredDocument extends DocumentSummary {
  text: string;
}

/** Sets `target[key] = value` unless value is null or undefined. */
function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value !== null && value !== undefined) target[key] = value;
}

/** DocumentMeta (+ ingestion time) of a documents row. */
export function documentFromRow(row: DocumentRow): DocumentSummary {
  const doc: DocumentSummary = { id: row.id, hash: row.hash, length: row.length, ingestedAt: row.ingested_at };
  setIf(doc, 'date', row.date);
  setIf(doc, 'title', row.title);
  setIf(doc, 'source', row.source);
  setIf(doc, 'url', row.url);
  if (row.dateline_place !== null || row.dateline_agency !== null) {
    doc.dateline = {};
    setIf(doc.dateline, 'place', row.dateline_place);
    setIf(doc.dateline, 'agency', row.dateline_agency);
  }
  return doc;
}

/** NodeAttributes of an entities row and its aliases. */
export function nodeFromRow(row: EntityRow, aliases: string[]): NodeAttributes {
  const node: NodeAttributes = { type: row.type, label: row.label, aliases, mentions: row.mentions };
  setIf(node, 'description', row.description);
  setIf(node, 'firstSeen', row.first_seen);
  setIf(node, 'lastSeen', row.last_seen);
  return node;
}

/** Evidence of an evidence row. */
export function evidenceFromRow(row: EvidenceRow): Evidence {
  const evidence: Evidence = { doc: row.doc_id, sentence: row.sentence, start: row.start, end: row.end };
  setIf(evidence, 'attributedTo', row.attributed_to);
  setIf(evidence, 'reported', row.reported);
  return evidence;
}

/** EdgeRecord of an edges row and its evidence. */
export function edgeFromRow(row: EdgeRow, evidence: Evidence[]): EdgeRecord {
  const attributes: EdgeAttributes = { type: row.type, evidence };
  if (row.date_start !== null && row.date_end !== null) {
    attributes.date = { start: row.date_start, end: row.date_end, text: row.date_text ?? '' };
  }
  setIf(attributes, 'role', row.role);
  setIf(attributes, 'count', row.count);
  setIf(attributes, 'confidence', row.confidence);
  if (row.negated !== 0) attributes.negated = true;
  return { key: row.key, source: row.source, target: row.target, attributes };
}

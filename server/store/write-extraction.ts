// Writes one document's extraction: the document row, its entities resolved to nodes, their
// aliases, the edges with merged facts and the evidence. Runs inside the caller's transaction;
// it throws on any problem so that nothing of the document remains.
import { DocumentError } from '../errors.js';
import type { DispatchInput, DocumentMeta, Extraction, NodeType } from '../ontology.js';
import { edgeEnds, edgeKey } from '../graph/keys.js';
import { mergeEdgeFacts, mergeNodeAttributes, type EdgeFacts } from '../graph/merge.js';
import { resolveExtraction, type Candidate, type ResolveLookup } from '../graph/resolve.js';
import { edgeFromRow, nodeFromRow } from './rows.js';
import type { Statements } from './statements.js';

/** What one ingest did. `nodes` and `edges` are the keys it created or changed. */
export interface IngestResult {
  status: 'added' | 'skipped';
  document: DocumentMeta;
  /** Distinct nodes the document mentions. */
  entities: number;
  /** Distinct edges the document states. */
  relations: number;
  nodes: string[];
  edges: string[];
  /** The extractor's per-document problems (empty when skipped). */
  problems: string[];
}

/** A ResolveLookup over the stored aliases. */
export function storeLookup(statements: Statements): ResolveLookup {
  return {
    findByStrongKeys(type: NodeType, keys: readonly string[]): Candidate[] {
      const found = new Map<string, Candidate>();
      for (const key of keys) {
        for (const row of statements.strongMatches.all(type, key)) {
          let candidate = found.get(row.id);
          if (candidate === undefined) {
            candidate = { id: row.id, matchedKeys: [], mentions: row.mentions };
            if (row.label_key !== null) candidate.labelKey = row.label_key;
            found.set(row.id, candidate);
          }
          candidate.matchedKeys.push(key);
        }
      }
      return [...found.values()];
    },
    hasNode: (key) => statements.entityExists.get(key) !== undefined,
  };
}

/** A document id not used yet: the given one, else suffixed with the start of the hash. */
function freeDocumentId(statements: Statements, id: string, hash: string): string {
  if (statements.documentIdExists.get(id) === undefined) return id;
  for (let length = 8; length <= hash.length; length += 8) {
    const candidate = `${id}~${hash.slice(0, length)}`;
    if (statements.documentIdExists.get(candidate) === undefined) return candidate;
  }
  throw new DocumentError(`ingest: document id "${id}" is already used. Expected a unique id.`);
}

/** Writes `extraction` of `input` (whose sha256 is `hash`); call inside a transaction. */
export function writeExtraction(
  statements: Statements,
  input: DispatchInput,
  extraction: Extraction,
  hash: string,
  now: string,
): IngestResult {
  const entityIds = new Set(extraction.entities.map((e) => e.id));
  for (const relation of extraction.relations) {
    for (const end of [relation.source, relation.target]) {
      if (!entityIds.has(end)) {
        throw new DocumentError(`ingest: relation ${relation.type} of document "${extraction.document.id}" names unknown entity "${end}". Expected an id of the extraction's entities.`);
      }
    }
  }

  const id = freeDocumentId(statements, extraction.document.id, hash);
  const document: DocumentMeta = { ...extraction.document, id, hash, length: input.text.length };
  statements.insertDocument.run({
    id,
    hash,
    date: document.date ?? null,
    title: document.title ?? null,
    source: document.source ?? null,
    url: document.url ?? null,
    dateline_place: document.dateline?.place ?? null,
    dateline_agency: document.dateline?.agency ?? null,
    text: input.text,
    length: input.text.length,
    ingested_at: now,
  });

  const resolution = resolveExtraction({ ...extraction, document }, storeLookup(statements));
  const nodes = new Set<string>();
  for (const entity of resolution.entities) {
    const row = statements.entity.get(entity.nodeKey);
    const incoming = {
      type: entity.type,
      label: entity.label,
      aliases: [],
      mentions: entity.mentions,
      ...(document.date !== undefined ? { firstSeen: document.date, lastSeen: document.date } : {}),
    };
    const merged = mergeNodeAttributes(row === undefined ? undefined : nodeFromRow(row, []), incoming);
    statements.upsertEntity.run({
      id: entity.nodeKey,
      type: merged.type,
      label: merged.label,
      description: merged.description ?? null,
      first_seen: merged.firstSeen ?? null,
      last_seen: merged.lastSeen ?? null,
      mentions: merged.mentions,
    });
    for (const alias of entity.aliases) {
      statements.upsertAlias.run({ entity_id: entity.nodeKey, type: entity.type, alias: alias.alias, key: alias.key, strong: alias.strong ? 1 : 0 });
    }
    nodes.add(entity.nodeKey);
  }

  const edges = new Set<string>();
  for (const relation of extraction.relations) {
    const [source, target] = edgeEnds(resolution.nodeOf.get(relation.source)!, relation.type, resolution.nodeOf.get(relation.target)!);
    if (source === target) continue; // two mentions resolved to one node: no self-loops
    const key = edgeKey(source, relation.type, target, relation.negated === true);
    const row = statements.edge.get(key);
    const incoming: EdgeFacts = {};
    if (relation.date !== undefined) incoming.date = relation.date;
    if (relation.role !== undefined) incoming.role = relation.role;
    if (relation.count !== undefined) incoming.count = relation.count;
    if (relation.confidence !== undefined) incoming.confidence = relation.confidence;
    const facts = mergeEdgeFacts(row === undefined ? undefined : edgeFromRow(row, []).attributes, incoming);
    statements.upsertEdge.run({
      key,
      source,
      target,
      type: relation.type,
      date_start: facts.date?.start ?? null,
      date_end: facts.date?.end ?? null,
      date_text: facts.date?.text ?? null,
      role: facts.role ?? null,
      count: facts.count ?? null,
      confidence: facts.confidence ?? null,
      negated: relation.negated === true ? 1 : 0,
    });
    for (const evidence of relation.evidence) {
      statements.insertEvidence.run({
        edge_key: key,
        doc_id: id,
        sentence: evidence.sentence,
        start: evidence.start,
        end: evidence.end,
        attributed_to: evidence.attributedTo ?? null,
        reported: evidence.reported ?? document.date ?? null,
      });
    }
    edges.add(key);
  }

  return { status: 'added', document, entities: nodes.size, relations: edges.size, nodes: [...nodes], edges: [...edges], problems: [...extraction.problems] };
}

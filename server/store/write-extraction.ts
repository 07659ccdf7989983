// Writes one document's extraction: the document row, its entities resolved to nodes, their
// aliases, the edges with merged facts and the evidence. Runs inside the caller's transaction;
// it throws on any problem so that nothing of the document remains. Nodes are resolved and
// merged against the in-memory NodeIndex; the caller applies the returned node changes to it
// once the transaction has succeeded.
import { DocumentError } from '../errors.js';
import type { DispatchInput, DocumentMeta, Extraction, NodeAttributes } from '../ontology.js';
import { edgeEnds, edgeKey } from '../graph/keys.js';
import { mergeEdgeFacts, mergeNodeAttributes, type EdgeFacts } from '../graph/merge.js';
import { resolveExtraction, type EntityAliases } from '../graph/resolve.js';
import type { NodeChange, NodeIndex } from './node-index.js';
import { edgeFromRow, type EdgeRow } from './rows.js';
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

/** Whether an edge row already holds the merged facts (the update would change nothing). */
function sameFacts(row: EdgeRow, next: Pick<EdgeRow, 'date_start' | 'date_end' | 'date_text' | 'role' | 'count' | 'confidence'>): boolean {
  return row.date_start === next.date_start && row.date_end === next.date_end && row.date_text === next.date_text &&
    row.role === next.role && row.count === next.count && row.confidence === next.confidence;
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

/** What writeExtraction did: the ingest result and the node writes for the NodeIndex. */
export interface WriteOutcome {
  result: IngestResult;
  changes: NodeChange[];
}

/**
 * Writes `extraction` of `input` (whose sha256 is `hash`); call inside a transaction, with
 * `index` describing the stored nodes, and apply the returned changes to it after the commit.
 * `prepared` is entityAliases(extraction) when computed already (in a worker thread).
 */
export function writeExtraction(
  statements: Statements,
  index: NodeIndex,
  input: DispatchInput,
  extraction: Extraction,
  hash: string,
  now: string,
  prepared?: readonly EntityAliases[],
): WriteOutcome {
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

  const resolution = resolveExtraction({ ...extraction, document }, index, prepared);
  const changes = new Map<string, NodeChange>(); // two entities may resolve to one node
  for (const entity of resolution.entities) {
    const change = changes.get(entity.nodeKey);
    const incoming: NodeAttributes = {
      type: entity.type,
      label: entity.label,
      aliases: [],
      mentions: entity.mentions,
      ...(document.date !== undefined ? { firstSeen: document.date, lastSeen: document.date } : {}),
    };
    const stored = change?.attributes ?? index.attributes(entity.nodeKey);
    const merged = mergeNodeAttributes(stored, incoming);
    // The index knows every stored node: a plain INSERT or UPDATE, no conflict probing.
    (stored === undefined ? statements.insertEntity : statements.updateEntity).run({
      id: entity.nodeKey,
      type: merged.type,
      label: merged.label,
      description: merged.description ?? null,
      first_seen: merged.firstSeen ?? null,
      last_seen: merged.lastSeen ?? null,
      mentions: merged.mentions,
    });
    const strong = change?.strong ?? new Map<string, string>();
    const weak = change?.weak ?? new Set<string>();
    for (const alias of entity.aliases) {
      // An alias the node has already, at least as strong, would leave its row as it is.
      const known = strong.has(alias.alias) ? 'strong' : weak.has(alias.alias) ? 'weak' : index.aliasStrength(entity.nodeKey, alias.alias);
      if (known === 'strong' || (known === 'weak' && !alias.strong)) continue;
      statements.upsertAlias.run({ entity_id: entity.nodeKey, type: entity.type, alias: alias.alias, key: alias.key, strong: alias.strong ? 1 : 0 });
      if (alias.strong) strong.set(alias.alias, alias.key);
      else weak.add(alias.alias);
    }
    changes.set(entity.nodeKey, { id: entity.nodeKey, attributes: { ...merged, aliases: [] }, aliasType: entity.type, strong, weak });
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
    const columns = {
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
    };
    if (row === undefined) statements.insertEdge.run(columns);
    else if (!sameFacts(row, columns)) statements.updateEdge.run(columns);
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

  const nodes = [...changes.keys()];
  return {
    result: { status: 'added', document, entities: nodes.length, relations: edges.size, nodes, edges: [...edges], problems: [...extraction.problems] },
    changes: [...changes.values()],
  };
}

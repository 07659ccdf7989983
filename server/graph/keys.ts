// Deterministic, readable keys of nodes (`person:kim-jong-un`) and edges
// (`person:kim-jong-un|LEADER_OF|state:north-korea`). The same fact always gets the same key,
// which is what makes ingestion idempotent and lets documents merge into one graph.
import { createHash } from 'node:crypto';
import { EDGE_TYPE_SPECS, type EdgeType, type NodeType } from '../ontology.js';

/** Longest slug kept in a node key (the rest of a very long label is cut at a word boundary). */
const MAX_SLUG = 80;

/**
 * URL-safe slug of a label: lower case, accents removed, apostrophes dropped, every other run of
 * non-letters/digits turned into one `-`. Letters of other scripts are kept (they survive
 * encodeURIComponent). Never empty: a label with no letters gets a short hash.
 */
export function slugify(label: string): string {
  const base = label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (base === '') return `x${createHash('sha256').update(label).digest('hex').slice(0, 8)}`;
  if (base.length <= MAX_SLUG) return base;
  const cut = base.slice(0, MAX_SLUG);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > MAX_SLUG / 2 ? cut.slice(0, lastDash) : cut;
}

/** Node key of a node of `type` named `label`, e.g. `state:north-korea`. */
export function nodeKey(type: NodeType, label: string): string {
  return `${type}:${slugify(label)}`;
}

/** Node key scoped to one document, for things that must not merge across documents. */
export function documentNodeKey(type: NodeType, label: string, docId: string): string {
  return `${nodeKey(type, label)}~${slugify(docId)}`;
}

/** The node type named by a node key's prefix (`person:...` → `person`). */
export function nodeKeyType(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon);
}

/**
 * Edge key `${source}|${type}|${target}`; symmetric types (MET_WITH) order their ends so both
 * directions give one key, and negated statements get a `|not` suffix so they never merge with
 * the positive fact.
 */
export function edgeKey(source: string, type: EdgeType, target: string, negated = false): string {
  const [a, b] = edgeEnds(source, type, target);
  return `${a}|${type}|${b}${negated ? '|not' : ''}`;
}

/** Source and target as stored: sorted for symmetric edge types, as given otherwise. */
export function edgeEnds(source: string, type: EdgeType, target: string): [string, string] {
  if (EDGE_TYPE_SPECS[type].symmetric && target < source) return [target, source];
  return [source, target];
}

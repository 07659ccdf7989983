// How facts from several documents combine into one node or edge (pure), and how a running
// server applies one ingest to its in-memory graph with mergeNode / mergeEdgeWithKey instead of
// reloading everything. The store is the authority: applyToGraph copies its current state.
import type { DateInterval, EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes, NodeType } from '../ontology.js';
import { nameTokens } from './aliases.js';
import { spanDays } from './resolve.js';

/** The scalar facts of an edge that several documents may each state. */
export type EdgeFacts = Pick<EdgeAttributes, 'date' | 'role' | 'count' | 'confidence'>;

/** Merged facts: the narrowest date, the first role and count stated, the highest confidence. */
export function mergeEdgeFacts(existing: EdgeFacts | undefined, incoming: EdgeFacts): EdgeFacts {
  if (existing === undefined) return { ...incoming };
  const merged: EdgeFacts = {};
  const date = narrowerDate(existing.date, incoming.date);
  if (date !== undefined) merged.date = date;
  const role = existing.role ?? incoming.role;
  if (role !== undefined) merged.role = role;
  const count = existing.count ?? incoming.count;
  if (count !== undefined) merged.count = count;
  const confidence = maxDefined(existing.confidence, incoming.confidence);
  if (confidence !== undefined) merged.confidence = confidence;
  return merged;
}

/** The narrower (more specific) of two dates; the first one when equally wide. */
export function narrowerDate(a: DateInterval | undefined, b: DateInterval | undefined): DateInterval | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return spanDays(b) < spanDays(a) ? b : a;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** Evidence of both lists, one entry per (document, sentence start). */
export function mergeEvidence(existing: readonly Evidence[], incoming: readonly Evidence[]): Evidence[] {
  const seen = new Set(existing.map((e) => `${e.doc}\0${e.start}`));
  const merged = [...existing];
  for (const evidence of incoming) {
    const id = `${evidence.doc}\0${evidence.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(evidence);
  }
  return merged;
}

/** One edge's attributes after another document stated the same fact. */
export function mergeEdgeAttributes(existing: EdgeAttributes | undefined, incoming: EdgeAttributes): EdgeAttributes {
  if (existing === undefined) return { ...incoming, evidence: [...incoming.evidence] };
  const merged: EdgeAttributes = {
    type: existing.type,
    evidence: mergeEvidence(existing.evidence, incoming.evidence),
    ...mergeEdgeFacts(existing, incoming),
  };
  if (existing.negated === true) merged.negated = true;
  return merged;
}

/**
 * The label to keep when a node is seen under another name: states keep their canonical label;
 * otherwise a label with more name tokens (fuller, titles not counted) wins; ties keep the first.
 */
export function preferLabel(type: NodeType, current: string, incoming: string): string {
  if (type === 'state' || incoming === current) return current;
  const a = nameTokens(current).length;
  const b = nameTokens(incoming).length;
  return b > a ? incoming : current;
}

/** Earlier and later of two optional ISO days. */
export function minDay(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b < a ? b : a;
}

/** See minDay. */
export function maxDay(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b > a ? b : a;
}

/** One node's attributes after another document mentioned it. */
export function mergeNodeAttributes(existing: NodeAttributes | undefined, incoming: NodeAttributes): NodeAttributes {
  if (existing === undefined) return { ...incoming, aliases: [...new Set(incoming.aliases)] };
  const merged: NodeAttributes = {
    ...existing,
    label: preferLabel(existing.type, existing.label, incoming.label),
    aliases: [...new Set([...existing.aliases, ...incoming.aliases])],
    mentions: existing.mentions + incoming.mentions,
  };
  const firstSeen = minDay(existing.firstSeen, incoming.firstSeen);
  const lastSeen = maxDay(existing.lastSeen, incoming.lastSeen);
  if (firstSeen !== undefined) merged.firstSeen = firstSeen;
  if (lastSeen !== undefined) merged.lastSeen = lastSeen;
  if (merged.description === undefined && incoming.description !== undefined) merged.description = incoming.description;
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Applying one ingest to an in-memory graph
// ---------------------------------------------------------------------------------------------

/** An edge as stored: its key, its ends and its attributes. */
export interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Where the current state of nodes and edges is read from (the GraphStore). */
export interface GraphSource {
  getNode(key: string): NodeAttributes | undefined;
  getEdge(key: string): EdgeRecord | undefined;
}

/** Node and edge keys touched by an ingest (an IngestResult has them). */
export interface TouchedKeys {
  nodes: readonly string[];
  edges: readonly string[];
}

/**
 * Brings `graph` up to date with the nodes and edges an ingest touched, reading their current
 * attributes from `source`. Negated edges are left out unless `includeNegated` is set.
 */
export function applyToGraph(
  graph: KnowledgeGraph,
  source: GraphSource,
  touched: TouchedKeys,
  options: { includeNegated?: boolean } = {},
): void {
  for (const key of touched.nodes) {
    const attributes = source.getNode(key);
    if (attributes === undefined) continue;
    graph.mergeNode(key, attributes);
  }
  for (const key of touched.edges) {
    const record = source.getEdge(key);
    if (record === undefined) continue;
    if (record.attributes.negated === true && options.includeNegated !== true) continue;
    for (const end of [record.source, record.target]) {
      if (!graph.hasNode(end)) {
        const attributes = source.getNode(end);
        if (attributes !== undefined) graph.mergeNode(end, attributes);
      }
    }
    graph.mergeEdgeWithKey(key, record.source, record.target, record.attributes);
  }
}

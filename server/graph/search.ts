// Label and alias search over the graph's nodes, ranked exact label > exact alias > prefix >
// word prefix > substring, case- and diacritic-insensitive, with a type filter and a limit.
import type { SearchResponse } from '../api-types.js';
import { ValidationError } from '../errors.js';
import type { KnowledgeGraph, NodeType } from '../ontology.js';
import { checkInt, checkNodeTypes } from './options.js';
import { nodeSummary } from './summaries.js';

export interface SearchOptions {
  /** Only nodes of these types (every type when absent). */
  types?: NodeType[];
  /** Most results, 1..200. */
  limit: number;
}

export const SEARCH_DEFAULTS: Readonly<SearchOptions> = { limit: 20 };
export const SEARCH_BOUNDS = { maxLimit: 200, maxQueryLength: 200 } as const;

/** Fills defaults and checks bounds; throws ValidationError on a bad value. */
export function resolveSearchOptions(options: Partial<SearchOptions> = {}): SearchOptions {
  const resolved: SearchOptions = { limit: checkInt('search', 'limit', options.limit ?? SEARCH_DEFAULTS.limit, 1, SEARCH_BOUNDS.maxLimit) };
  const types = checkNodeTypes('search', 'types', options.types);
  if (types) resolved.types = types;
  return resolved;
}

/** Folds text for matching: compatibility-decomposed, marks and case removed, quotes and spaces unified. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Rank of a match, lower is better; undefined when the name does not match. */
function rankName(name: string, q: string, exact: number): number | undefined {
  if (name === q) return exact;
  if (name.startsWith(q)) return 2 + exact;
  if (name.includes(` ${q}`) || name.includes(`-${q}`)) return 4 + exact;
  if (name.includes(q)) return 6 + exact;
  return undefined;
}

interface Folded {
  raw: string;
  label: string;
  aliases: string[];
}
// Folded names per graph and node, refreshed when a node's label or aliases change.
const foldCache = new WeakMap<KnowledgeGraph, Map<string, Folded>>();

function folded(graph: KnowledgeGraph, node: string, label: string, aliases: string[]): Folded {
  let cache = foldCache.get(graph);
  if (!cache) foldCache.set(graph, (cache = new Map()));
  const raw = `${label}\u0000${aliases.join('\u0000')}`;
  const hit = cache.get(node);
  if (hit && hit.raw === raw) return hit;
  const entry = { raw, label: foldText(label), aliases: aliases.map(foldText) };
  cache.set(node, entry);
  return entry;
}

/** Nodes whose label or aliases match `query`, best first (then by degree, mentions, label). */
export function search(graph: KnowledgeGraph, query: string, options: Partial<SearchOptions> = {}): SearchResponse {
  const { limit, types } = resolveSearchOptions(options);
  const q = foldText(query);
  if (q.length === 0 || query.length > SEARCH_BOUNDS.maxQueryLength) {
    throw new ValidationError(`search: query ${JSON.stringify(query.slice(0, 40))} is empty or too long. Expected 1 to ${SEARCH_BOUNDS.maxQueryLength} characters`);
  }
  const hits: { id: string; rank: number; degree: number; mentions: number; label: string }[] = [];
  graph.forEachNode((id, a) => {
    if (types && !types.includes(a.type)) return;
    const names = folded(graph, id, a.label, a.aliases ?? []);
    let rank = rankName(names.label, q, 0);
    for (const alias of names.aliases) {
      const r = rankName(alias, q, 1);
      if (r !== undefined && (rank === undefined || r < rank)) rank = r;
    }
    if (rank !== undefined) hits.push({ id, rank, degree: graph.degree(id), mentions: a.mentions ?? 0, label: a.label });
  });
  hits.sort((x, y) => x.rank - y.rank || y.degree - x.degree || y.mentions - x.mentions || x.label.localeCompare(y.label) || (x.id < y.id ? -1 : 1));
  return { query, results: hits.slice(0, limit).map((h) => nodeSummary(graph, h.id)) };
}

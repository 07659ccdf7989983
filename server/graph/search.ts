// Label and alias search over the graph's nodes: case-, accent- and punctuation-insensitive,
// ranked exact label > exact alias > prefix > word prefix > all words as prefixes > substring >
// small typos (edit distance 1, 2 for long words), then by degree, mentions and label. Each hit
// carries its score (higher is better). Folded names are kept in an index per graph that graph
// events mark stale, so a search does not fold every name again.
import type { SearchResponse, SearchResult } from '../api-types.js';
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

/** Scores of the match kinds (aliases score one less than the label). */
export const SEARCH_SCORES = { exact: 100, prefix: 80, wordPrefix: 70, allWords: 60, substring: 50, typo: 40 } as const;

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

/** foldText with every run of punctuation and spaces made one space ("Kim Jong-un" → "kim jong un"). */
export function searchKey(text: string): string {
  return foldText(text).replace(/'/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Levenshtein distance of `a` and `b` if it is at most `max`, else max + 1. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** Typos allowed in a word of this length: none below 4 letters, 1 up to 7, 2 from 8. */
function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Per query word, the typo cost of each name word seen so far (name words repeat a lot). */
type TypoMemo = Map<string, number>[];

/** Cost of query word `i` against name word `n`: 0 for a prefix, else the edit distance (budget + 1 when too far). */
function wordCost(qWords: readonly string[], i: number, n: string, memo: TypoMemo): number {
  const known = memo[i]!.get(n);
  if (known !== undefined) return known;
  const w = qWords[i]!;
  const budget = typoBudget(w.length);
  let cost: number;
  if (n.startsWith(w)) cost = 0;
  else {
    cost = boundedDistance(w, n, budget);
    // The last query word may be an unfinished word: compare it with the start of the name word.
    if (i === qWords.length - 1 && n.length > w.length && cost > 0) cost = Math.min(cost, boundedDistance(w, n.slice(0, w.length), budget));
  }
  memo[i]!.set(n, cost);
  return cost;
}

/** Best score of one name (search key, already split into words) against the query. */
function scoreName(name: string, words: readonly string[], q: string, qWords: readonly string[], memo: TypoMemo): number | undefined {
  if (name === q) return SEARCH_SCORES.exact;
  if (name.startsWith(q)) return SEARCH_SCORES.prefix;
  if (name.includes(` ${q}`)) return SEARCH_SCORES.wordPrefix;
  if (qWords.length > 1 && qWords.every((w) => words.some((n) => n.startsWith(w)))) return SEARCH_SCORES.allWords;
  if (name.includes(q)) return SEARCH_SCORES.substring;
  // Typos: every query word is within its budget of some word of the name.
  let cost = 0;
  for (let i = 0; i < qWords.length; i++) {
    const budget = typoBudget(qWords[i]!.length);
    let best = budget + 1;
    for (const n of words) {
      best = Math.min(best, wordCost(qWords, i, n, memo));
      if (best === 0) break;
    }
    if (best > budget) return undefined;
    cost += best;
  }
  return cost === 0 ? SEARCH_SCORES.allWords : SEARCH_SCORES.typo - 5 * (cost - 1);
}

interface Entry {
  id: string;
  /** Search keys of the label (first) and of each alias, each with its words. */
  names: { key: string; words: string[] }[];
}

interface SearchIndex {
  entries: Map<string, Entry>;
  /** Nodes whose entry must be rebuilt before the next search (undefined: all of them). */
  stale: Set<string> | undefined;
}

const indexes = new WeakMap<KnowledgeGraph, SearchIndex>();

function entryOf(graph: KnowledgeGraph, id: string): Entry {
  const a = graph.getNodeAttributes(id);
  const names: Entry['names'] = [];
  const seen = new Set<string>();
  for (const raw of [a.label, ...(a.aliases ?? [])]) {
    const key = searchKey(raw);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push({ key, words: key.split(' ') });
  }
  return { id, names };
}

/** The up-to-date search index of `graph`; the first call subscribes to the graph's changes. */
function indexOf(graph: KnowledgeGraph): SearchIndex {
  let index = indexes.get(graph);
  if (index === undefined) {
    const created: SearchIndex = { entries: new Map(), stale: undefined };
    index = created;
    indexes.set(graph, created);
    const touch = ({ key }: { key: string }) => created.stale?.add(key);
    graph.on('nodeAdded', touch);
    graph.on('nodeDropped', touch);
    graph.on('nodeAttributesUpdated', touch);
    graph.on('cleared', () => (created.stale = undefined));
    graph.on('clearedNodes' as 'cleared', () => (created.stale = undefined));
  }
  if (index.stale === undefined) {
    index.entries.clear();
    graph.forEachNode((id) => index!.entries.set(id, entryOf(graph, id)));
  } else {
    for (const id of index.stale) {
      if (graph.hasNode(id)) index.entries.set(id, entryOf(graph, id));
      else index.entries.delete(id);
    }
  }
  index.stale = new Set();
  return index;
}

/** Nodes whose label or aliases match `query`, best first (then by degree, mentions, label). */
export function search(graph: KnowledgeGraph, query: string, options: Partial<SearchOptions> = {}): SearchResponse {
  const { limit, types } = resolveSearchOptions(options);
  const q = searchKey(query);
  if (q.length === 0 || query.length > SEARCH_BOUNDS.maxQueryLength) {
    throw new ValidationError(`search: query ${JSON.stringify(query.slice(0, 40))} is empty or too long. Expected 1 to ${SEARCH_BOUNDS.maxQueryLength} characters with a letter or digit`);
  }
  const qWords = q.split(' ');
  const memo: TypoMemo = qWords.map(() => new Map());
  const typeSet = types ? new Set(types) : undefined;
  const hits: { id: string; score: number; degree: number; mentions: number; label: string }[] = [];
  for (const entry of indexOf(graph).entries.values()) {
    const a = graph.getNodeAttributes(entry.id);
    if (typeSet && !typeSet.has(a.type)) continue;
    let score: number | undefined;
    entry.names.forEach((name, i) => {
      const s = scoreName(name.key, name.words, q, qWords, memo);
      if (s === undefined) return;
      const adjusted = i === 0 ? s : s - 1; // the label beats an alias of the same kind
      if (score === undefined || adjusted > score) score = adjusted;
    });
    if (score !== undefined) hits.push({ id: entry.id, score, degree: graph.degree(entry.id), mentions: a.mentions ?? 0, label: a.label });
  }
  hits.sort((x, y) => y.score - x.score || y.degree - x.degree || y.mentions - x.mentions || x.label.localeCompare(y.label) || (x.id < y.id ? -1 : 1));
  const results: SearchResult[] = hits.slice(0, limit).map((h) => ({ ...nodeSummary(graph, h.id), score: h.score }));
  return { query, results };
}

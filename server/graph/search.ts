// Label and alias search over the graph's nodes: case-, accent- and punctuation-insensitive,
// ranked exact label > exact alias > prefix > word prefix > all words as prefixes > substring >
// small typos (edit distance 1, 2 for long words, transpositions counted once), then by degree,
// mentions and label. Each hit carries its score (higher is better). An index per graph keeps
// the folded names, the nodes of each word and the words by shape and in order (for typo and
// prefix look-ups); graph events mark changed nodes stale, so a search never refolds every name.
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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Folds text for matching: compatibility-decomposed, marks and case removed, quotes and spaces unified. */
export function foldText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/ +/g, ' ').trim();
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

/**
 * Edit distance of `a` and `b` counting insertions, deletions, substitutions and transpositions of
 * two neighbouring characters (optimal string alignment) if it is at most `max`, else max + 1.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** Typos allowed in a query word: none below 4 letters or with a digit (numbers are not misspelt), 1 up to 7 letters, 2 from 8. */
export function typoBudget(word: string): number {
  if (/\p{N}/u.test(word)) return 0;
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/** Score of one name (search key, already split into words) against the query without typos. */
function exactScore(name: string, words: readonly string[], q: string, qWords: readonly string[]): number | undefined {
  if (name === q) return SEARCH_SCORES.exact;
  if (name.startsWith(q)) return SEARCH_SCORES.prefix;
  if (name.includes(` ${q}`)) return SEARCH_SCORES.wordPrefix;
  if (qWords.length > 1 && qWords.every((w) => words.some((n) => n.startsWith(w)))) return SEARCH_SCORES.allWords;
  if (name.includes(q)) return SEARCH_SCORES.substring;
  return undefined;
}

interface Entry {
  id: string;
  type: NodeType;
  /** Search keys of the label (first) and of each alias, each with its words. */
  names: { key: string; words: string[] }[];
}

interface SearchIndex {
  entries: Map<string, Entry>;
  /** Word of a name → the nodes having it. */
  postings: Map<string, Set<string>>;
  /** First character and length of a word → the words (where whole-word typos are looked for). */
  shapes: Map<string, Set<string>>;
  /** Every word, sorted (for prefix ranges); undefined until needed after a change. */
  sorted: string[] | undefined;
  /** Nodes whose entry must be rebuilt before the next search (undefined: all of them). */
  stale: Set<string> | undefined;
}

const shapeOf = (word: string, length = word.length) => `${word[0]}${length}`;

function wordsOf(entry: Entry): Set<string> {
  return new Set(entry.names.flatMap((name) => name.words));
}

function addEntry(index: SearchIndex, entry: Entry): void {
  index.entries.set(entry.id, entry);
  for (const word of wordsOf(entry)) {
    let ids = index.postings.get(word);
    if (ids === undefined) {
      index.postings.set(word, (ids = new Set()));
      let words = index.shapes.get(shapeOf(word));
      if (words === undefined) index.shapes.set(shapeOf(word), (words = new Set()));
      words.add(word);
      index.sorted = undefined;
    }
    ids.add(entry.id);
  }
}

function removeEntry(index: SearchIndex, id: string): void {
  const entry = index.entries.get(id);
  if (entry === undefined) return;
  index.entries.delete(id);
  for (const word of wordsOf(entry)) {
    const ids = index.postings.get(word);
    if (ids === undefined) continue;
    ids.delete(id);
    if (ids.size > 0) continue;
    index.postings.delete(word);
    index.shapes.get(shapeOf(word))?.delete(word);
    index.sorted = undefined;
  }
}

/** The words of the index that start with `prefix`. */
function wordsWithPrefix(index: SearchIndex, prefix: string): string[] {
  const sorted = (index.sorted ??= [...index.postings.keys()].sort());
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
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
  return { id, type: a.type, names };
}

/** The up-to-date search index of `graph`; the first call subscribes to the graph's changes. */
function indexOf(graph: KnowledgeGraph): SearchIndex {
  let index = indexes.get(graph);
  if (index === undefined) {
    const created: SearchIndex = { entries: new Map(), postings: new Map(), shapes: new Map(), sorted: undefined, stale: undefined };
    index = created;
    indexes.set(graph, created);
    const touch = ({ key }: { key: string }) => created.stale?.add(key);
    graph.on('nodeAdded', touch);
    graph.on('nodeDropped', touch);
    graph.on('nodeAttributesUpdated', touch);
    graph.on('cleared', () => (created.stale = undefined));
  }
  if (index.stale === undefined) {
    index.entries.clear();
    index.postings.clear();
    index.shapes.clear();
    index.sorted = undefined;
    graph.forEachNode((id) => addEntry(index!, entryOf(graph, id)));
  } else {
    for (const id of index.stale) {
      removeEntry(index, id);
      if (graph.hasNode(id)) addEntry(index, entryOf(graph, id));
    }
  }
  index.stale = new Set();
  return index;
}

interface Hit {
  id: string;
  score: number;
  degree: number;
  mentions: number;
  label: string;
}

/** Order of hits: score, then degree, then mentions (all descending), then label and id. */
function rank(x: Hit, y: Hit): number {
  return y.score - x.score || y.degree - x.degree || y.mentions - x.mentions || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0) || (x.id < y.id ? -1 : 1);
}

/** The best `limit` hits seen so far, in order, kept without sorting them all. */
class TopHits {
  readonly best: Hit[] = [];
  seen = 0;
  constructor(private readonly limit: number) {}
  push(hit: Hit): void {
    this.seen++;
    const best = this.best;
    if (best.length === this.limit && rank(hit, best[best.length - 1]!) >= 0) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rank(best[mid]!, hit) < 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, hit);
    if (best.length > this.limit) best.pop();
  }
}

/**
 * The words of the index close to query word `w`, with their cost: 0 for words it begins, else
 * the edit distance within its typo budget, of the whole word or (for the last, maybe unfinished,
 * query word) of the word's start. Whole-word typos are looked for among the words with the same
 * first character, start typos among those with the same first two (a typo there is not found).
 */
function closeWords(index: SearchIndex, w: string, last: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of wordsWithPrefix(index, w)) out.set(n, 0);
  const budget = typoBudget(w);
  if (budget === 0) return out;
  const consider = (n: string, cost: number) => {
    if (cost <= budget && !((out.get(n) ?? budget + 1) <= cost)) out.set(n, cost);
  };
  for (let length = w.length - budget; length <= w.length + budget; length++) {
    for (const n of index.shapes.get(shapeOf(w, length)) ?? []) consider(n, boundedDistance(w, n, budget));
  }
  if (last) {
    for (const n of wordsWithPrefix(index, w.slice(0, 2))) {
      if (n.length > w.length) consider(n, boundedDistance(w, n.slice(0, w.length), budget));
    }
  }
  return out;
}

/** Builds (or brings up to date) the search index of `graph` now, so the first search does not pay for it. */
export function prepareSearch(graph: KnowledgeGraph): void {
  indexOf(graph);
}

/**
 * Nodes with a name whose words come close (see closeWords) to every query word, at least one
 * with a typo, with their score: below SEARCH_SCORES.substring, lower with more typos.
 */
function typoMatches(index: SearchIndex, qWords: readonly string[]): Map<string, number> {
  const close = qWords.map((w, i) => closeWords(index, w, i === qWords.length - 1));
  // Walk the nodes of the query word whose close words are on the fewest nodes.
  const reach = (costs: Map<string, number>) => {
    let n = 0;
    for (const word of costs.keys()) n += index.postings.get(word)?.size ?? 0;
    return n;
  };
  const rarest = close.map((costs) => ({ costs, reach: reach(costs) })).reduce((a, b) => (b.reach < a.reach ? b : a)).costs;
  const found = new Map<string, number>();
  for (const word of rarest.keys()) {
    for (const id of index.postings.get(word) ?? []) {
      if (found.has(id)) continue;
      let best: number | undefined;
      index.entries.get(id)!.names.forEach((name, n) => {
        let cost = 0;
        for (const costs of close) {
          let wordBest: number | undefined;
          for (const nw of name.words) {
            const c = costs.get(nw);
            if (c !== undefined && (wordBest === undefined || c < wordBest)) wordBest = c;
          }
          if (wordBest === undefined) return;
          cost += wordBest;
        }
        if (cost === 0) return; // an exact kind of match, scored elsewhere
        const score = SEARCH_SCORES.typo - 5 * (cost - 1) - (n === 0 ? 0 : 1);
        if (best === undefined || score > best) best = score;
      });
      if (best !== undefined) found.set(id, best);
    }
  }
  return found;
}

/** Nodes whose label or aliases match `query`, best first (then by degree, mentions, label). */
export function search(graph: KnowledgeGraph, query: string, options: Partial<SearchOptions> = {}): SearchResponse {
  const { limit, types } = resolveSearchOptions(options);
  const q = searchKey(query);
  if (q.length === 0 || query.length > SEARCH_BOUNDS.maxQueryLength) {
    throw new ValidationError(`search: query ${JSON.stringify(query.slice(0, 40))} is empty or too long. Expected 1 to ${SEARCH_BOUNDS.maxQueryLength} characters with a letter or digit`);
  }
  const qWords = q.split(' ');
  const typeSet = types ? new Set(types) : undefined;
  const hits = new TopHits(limit);
  const hit = (id: string, score: number): Hit => {
    const a = graph.getNodeAttributes(id);
    return { id, score, degree: graph.degree(id), mentions: a.mentions ?? 0, label: a.label };
  };
  const index = indexOf(graph);
  const matched = new Set<string>();
  for (const entry of index.entries.values()) {
    if (typeSet && !typeSet.has(entry.type)) continue;
    let score: number | undefined;
    entry.names.forEach((name, i) => {
      const s = exactScore(name.key, name.words, q, qWords);
      if (s === undefined) return;
      const adjusted = i === 0 ? s : s - 1; // the label beats an alias of the same kind
      if (score === undefined || adjusted > score) score = adjusted;
    });
    if (score === undefined) continue;
    hits.push(hit(entry.id, score));
    matched.add(entry.id);
  }
  // Typo matches rank below every other kind: look for them only when the others leave room.
  if (hits.seen < limit) {
    for (const [id, score] of typoMatches(index, qWords)) {
      if (matched.has(id) || (typeSet && !typeSet.has(index.entries.get(id)!.type))) continue;
      hits.push(hit(id, score));
    }
  }
  const results: SearchResult[] = hits.best.map((h) => ({ ...nodeSummary(graph, h.id), score: h.score }));
  return { query, results };
}

// Final stage: merge relation candidates into one relation per (source, type, target) with one
// evidence entry per sentence (MET_WITH is symmetric), the first date, role and count seen;
// give entities deterministic document-local ids (slug of the label) and sorted aliases.
import { EDGE_TYPES, type DateInterval, type EdgeType, type Evidence, type ExtractedEntity, type ExtractedRelation } from '../ontology.js';
import type { Candidate, EntityRec, SentenceUnit } from './model.js';

/** Everything the assembler needs about a candidate besides the candidate itself. */
export interface Placed {
  cand: Candidate;
  date?: DateInterval;
  attributedTo?: string;
}

let slugMemo: Map<string, string> | undefined;

/** Lower-case ASCII slug of a label. */
export function slug(label: string): string {
  // Memoised for every label, ASCII ones too: labels repeat across documents (the same people, states and units),
  // and a slug from the memo is a string whose hash is already computed, which the id Set in assembleEntities
  // hashes right after; a fresh slug costs the scan, a lower-cased copy, the joins and then that hash.
  slugMemo ??= new Map();
  let v = slugMemo.get(label);
  if (v === undefined) {
    if (slugMemo.size > 20_000) slugMemo.clear();
    // (ASCII labels, most of them, by a single scan, without the normalisation and five replaces.)
    slugMemo.set(label, (v = isAscii(label) ? asciiSlug(label) : computeSlug(label)));
  }
  return v;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * computeSlug of an ASCII label (which NFKD leaves as it is, with no marks): lower case without
 * apostrophes, its runs of letters and digits joined by single hyphens.
 */
function asciiSlug(label: string): string {
  const s = label.includes("'") ? label.toLowerCase().replace(/'/g, '') : label.toLowerCase();
  let out = '';
  let from = -1; // start of the current run of letters and digits
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out = out ? `${out}-${s.slice(from, i)}` : s.slice(from, i);
      from = -1;
    }
  }
  return out || 'entity';
}

/** Longest alias list sortAliases orders by insertion (quadratic, but short lists are most: a few per entity). */
const INSERTION_SORT_MAX = 12;

/**
 * Sorts aliases as sort() does (by UTF-16 code units, which is what `<` compares on strings); a pair, a third of
 * them, by one comparison instead of the call, and other short lists by insertion, which for a handful of strings
 * costs well under half the builtin's call (equal strings are interchangeable, so stability cannot show).
 */
function sortAliases(aliases: string[]): void {
  const n = aliases.length;
  if (n === 2) {
    const a = aliases[0]!, b = aliases[1]!;
    if (b < a) {
      aliases[0] = b;
      aliases[1] = a;
    }
  } else if (n > INSERTION_SORT_MAX) aliases.sort();
  else {
    for (let i = 1; i < n; i++) {
      const x = aliases[i]!;
      let k = i - 1;
      while (k >= 0 && x < aliases[k]!) {
        aliases[k + 1] = aliases[k]!;
        k--;
      }
      aliases[k + 1] = x;
    }
  }
}

function computeSlug(label: string): string {
  const s = label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'entity';
}

/** Entities with ids; returns the id of each entity index. */
export function assembleEntities(list: EntityRec[]): { entities: ExtractedEntity[]; ids: Map<number, string> } {
  const ids = new Map<number, string>();
  const taken = new Set<string>();
  const entities: ExtractedEntity[] = [];
  for (const e of list) {
    if (e.mentions === 0) continue;
    let id = slug(e.label);
    for (let n = 2; taken.has(id); n++) id = `${slug(e.label)}-${n}`;
    taken.add(id);
    ids.set(e.index, id);
    const aliases: string[] = e.label ? [e.label] : [];
    for (const a of e.aliases) if (a && a !== e.label) aliases.push(a);
    sortAliases(aliases);
    entities.push({ id, type: e.type, label: e.label, aliases, mentions: Math.max(1, e.mentions) });
  }
  return { entities, ids };
}

/**
 * A relation being merged, in one object shape. The output relation is made once at the end: its
 * optional fields (date, role, count) come in the order they were first seen, so a relation built
 * up field by field would get an object shape of its own each in the bench process.
 */
interface Merging {
  source: string;
  target: string;
  type: EdgeType;
  evidence: Evidence[];
  positive: boolean;
  sents: Set<number>;
  date: DateInterval | undefined;
  role: string | undefined;
  count: number | undefined;
  /** The optional fields in the order they were set: "d" date, "r" role, "c" count. */
  fields: string;
}

/** The relation of a merge: the common field sets in one literal each, other orders field by field. */
function relationOf(m: Merging): ExtractedRelation {
  const { source, target, type, evidence } = m;
  switch (m.fields) {
    case '': return { source, target, type, evidence };
    case 'd': return { source, target, type, evidence, date: m.date };
    case 'r': return { source, target, type, evidence, role: m.role };
    case 'c': return { source, target, type, evidence, count: m.count };
  }
  const r: ExtractedRelation = { source, target, type, evidence };
  for (const f of m.fields) {
    if (f === 'd') r.date = m.date;
    else if (f === 'r') r.role = m.role;
    else r.count = m.count;
  }
  return r;
}

const EDGE_INDEX: ReadonlyMap<EdgeType, number> = new Map(EDGE_TYPES.map((t, i) => [t, i]));

/** One more than the largest entity index with an id. */
function idBound(ids: Map<number, string>): number {
  let n = 0;
  for (const i of ids.keys()) if (i >= n) n = i + 1;
  return n;
}

/**
 * Merge key of (source entity, type, target entity): one number per triple (a small integer that
 * hashes at once, where a "source|type|target" string would be built and hashed per candidate).
 * Ids are one per entity index, so the triple of indexes stands for the triple of ids.
 */
function mergeKey(a: number, type: EdgeType, b: number, bound: number): number {
  return (a * bound + b) * EDGE_TYPES.length + EDGE_INDEX.get(type)!;
}

/** Merged relations with evidence. */
export function assembleRelations(placed: Placed[], units: SentenceUnit[], docId: string, reported: string | undefined, ids: Map<number, string>, includeNegated: boolean): ExtractedRelation[] {
  const merged = new Map<number, Merging>();
  const bound = idBound(ids);
  for (const p of placed) {
    const c = p.cand;
    const s = ids.get(c.source);
    const t = ids.get(c.target);
    // (A body merged into its owned namesake leaves no edge to itself.)
    if (!s || !t || s === t) continue;
    const swap = c.type === 'MET_WITH' && t < s;
    const a = swap ? t : s;
    const b = swap ? s : t;
    const key = swap ? mergeKey(c.target, c.type, c.source, bound) : mergeKey(c.source, c.type, c.target, bound);
    let m = merged.get(key);
    if (!m) {
      m = { source: a, target: b, type: c.type, evidence: [], positive: false, sents: new Set(), date: undefined, role: undefined, count: undefined, fields: '' };
      merged.set(key, m);
    }
    if (!c.negated) m.positive = true;
    if (p.date && !m.date && !c.negated) { m.date = p.date; m.fields += 'd'; }
    if (c.role && !m.role) { m.role = c.role; m.fields += 'r'; }
    if (c.count !== undefined && m.count === undefined) { m.count = c.count; m.fields += 'c'; }
    if (!m.sents.has(c.sent)) {
      m.sents.add(c.sent);
      const u = units[c.sent]!;
      // One literal per combination of optional fields (same key order as adding them one by one).
      const at = p.attributedTo;
      const ev: Evidence = at
        ? (reported ? { doc: docId, sentence: u.text, start: u.start, end: u.end, attributedTo: at, reported } : { doc: docId, sentence: u.text, start: u.start, end: u.end, attributedTo: at })
        : (reported ? { doc: docId, sentence: u.text, start: u.start, end: u.end, reported } : { doc: docId, sentence: u.text, start: u.start, end: u.end });
      m.evidence.push(ev);
    }
  }
  const out: ExtractedRelation[] = [];
  for (const m of merged.values()) {
    if (!m.positive && !includeNegated) continue;
    const rel = relationOf(m);
    if (!m.positive) rel.negated = true;
    out.push(rel);
  }
  return out;
}

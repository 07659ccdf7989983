// Final stage: merge relation candidates into one relation per (source, type, target) with one
// evidence entry per sentence (MET_WITH is symmetric), the first date, role and count seen;
// give entities deterministic document-local ids (slug of the label) and sorted aliases.
import type { DateInterval, Evidence, ExtractedEntity, ExtractedRelation } from '../ontology.js';
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
  slugMemo ??= new Map();
  let v = slugMemo.get(label);
  if (v === undefined) {
    if (slugMemo.size > 20_000) slugMemo.clear();
    slugMemo.set(label, (v = computeSlug(label)));
  }
  return v;
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
    aliases.sort();
    entities.push({ id, type: e.type, label: e.label, aliases, mentions: Math.max(1, e.mentions) });
  }
  return { entities, ids };
}

/**
 * A relation being merged. The relation object gains its optional fields (date, role, count) in
 * the order they are first seen, which gives relations many object shapes; the merge reads its
 * state from this record (one shape) instead.
 */
interface Merging {
  rel: ExtractedRelation;
  /** rel.evidence. */
  evidence: Evidence[];
  positive: boolean;
  sents: Set<number>;
  /** rel.date / rel.role / rel.count is set. */
  date: boolean;
  role: boolean;
  count: boolean;
}

/** Merged relations with evidence. */
export function assembleRelations(placed: Placed[], units: SentenceUnit[], docId: string, reported: string | undefined, ids: Map<number, string>, includeNegated: boolean): ExtractedRelation[] {
  const merged = new Map<string, Merging>();
  for (const p of placed) {
    const c = p.cand;
    const s = ids.get(c.source);
    const t = ids.get(c.target);
    if (!s || !t) continue;
    const swap = c.type === 'MET_WITH' && t < s;
    const a = swap ? t : s;
    const b = swap ? s : t;
    const key = `${a}|${c.type}|${b}`;
    let m = merged.get(key);
    if (!m) {
      const evidence: Evidence[] = [];
      m = { rel: { source: a, target: b, type: c.type, evidence }, evidence, positive: false, sents: new Set(), date: false, role: false, count: false };
      merged.set(key, m);
    }
    const r = m.rel;
    if (!c.negated) m.positive = true;
    if (p.date && !m.date && !c.negated) { r.date = p.date; m.date = true; }
    if (c.role && !m.role) { r.role = c.role; m.role = true; }
    if (c.count !== undefined && !m.count) { r.count = c.count; m.count = true; }
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
    if (!m.positive) {
      if (!includeNegated) continue;
      m.rel.negated = true;
    }
    out.push(m.rel);
  }
  return out;
}

// Relation stage, a formation named by the body it belongs to: "the NATO battle group based in Tapa ... The battle group
// was created by NATO": a unit's name opened by a body's acronym, that body named in the document too, is part of it.
// (Only units: a body so named, "SIBC News", "the ECOWAS Stabilisation Support Mission", is often its own.)
import { newCandidate, type Candidate, type EntityRec, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';

/** The capitalised words' initials of `label` ("United Nations" → "UN"), or the label itself when it is an acronym. */
function initialsOf(label: string): string {
  if (/^[A-Z]{2,6}$/.test(label)) return label;
  let out = '';
  for (const w of label.split(/\s+/)) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** The one organization of the document, other than `self`, called `acronym` (by label, alias or initials). */
function bodyCalled(d: DocEntities, acronym: string, self: EntityRec): EntityRec | undefined {
  let found: EntityRec | undefined;
  for (const e of d.list) {
    if (e === self || e.type !== 'organization' || e.mentions === 0) continue;
    if (e.label !== acronym && !e.aliases.has(acronym) && !(e.label.includes(' ') && initialsOf(e.label) === acronym)) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/** PART_OF candidates for the unit names of `unit` opened by a body's acronym ("NATO battle group"). */
export function bodyPrefixed(d: DocEntities, unit: SentenceUnit): Candidate[] {
  let out: Candidate[] | undefined;
  for (const m of unit.mentions) {
    if (m.via !== 'name' || m.nested || m.entity === undefined || m.j - m.i < 2) continue;
    const t = unit.toks[m.i]!;
    if (!t.upper || t.text.length < 2 || t.text.length > 6 || !/^[A-Z]+$/.test(t.text)) continue;
    const self = d.list[m.entity]!;
    if (self.type !== 'unit') continue;
    const body = bodyCalled(d, t.text, self);
    if (body && !out?.some((c) => c.source === self.index && c.target === body.index)) (out ??= []).push(newCandidate('PART_OF', self.index, body.index, unit.index, m.i, false));
  }
  return out ?? [];
}

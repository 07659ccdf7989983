// Relation stage, what a body includes: "The battle group, which includes the 1st Battalion of the Royal Welsh as well as
// French and Danish companies, is commanded by X", "the National Maritime Authority (AMN), which includes the Maritime
// Police": the units and bodies a formation or body is said to include are part of it.
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { argMentions, coordinatedAfter } from './args.js';
import { INCLUDED } from './companions.js';
import { pastBracket } from './tokens.js';
import type { NodeType } from '../ontology.js';

function bodyType(t: NodeType): boolean {
  return t === 'unit' || t === 'organization';
}

/** PART_OF candidates from "X, which includes Y (and Z)": Y and Z, units or bodies, are part of X, a unit or body. */
export function includedParts(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes('which ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  let ms: Mention[] | undefined;
  for (let k = 2; k + 1 < toks.length; k++) {
    if (!INCLUDED.has(toks[k]!.lower) || toks[k - 1]!.lower !== 'which' || toks[k - 2]!.text !== ',') continue;
    ms ??= argMentions(unit);
    // The whole: the unit or body the relative clause hangs on (past its acronym in brackets).
    const whole = ms.find((m) => pastBracket(toks, m.j) === k - 2 && bodyType(d.typeOfMention(m) ?? 'event'));
    if (!whole) continue;
    const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const idx = ms.findIndex((m) => (m.lead ?? m.i) === at && bodyType(d.typeOfMention(m) ?? 'event'));
    if (idx < 0) continue;
    for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, bodyType, d.typeOfMention)]) {
      if (m.entity === undefined || m.entity === whole.entity || whole.entity === undefined) continue;
      (out ??= []).push(newCandidate('PART_OF', m.entity, whole.entity, unit.index, k, false));
    }
  }
  return out ?? [];
}

// Relation stage, membership by count: "SNMG1, which was created by NATO in 1968, is one of the alliance's four
// standing maritime groups", "the 5th Brigade, one of the army's three mechanised brigades": a unit or body that is one
// of a body's formations is part of that body.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';

const BE = new Set(['is', 'was', 'remains', 'became']);

/** PART_OF candidates from "X is one of the Y's ... NOUNS" and "X, one of the Y's ... NOUNS". */
export function oneOfBodys(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes('one of ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 3 < toks.length; k++) {
    if (toks[k]!.lower !== 'one' || toks[k + 1]!.lower !== 'of') continue;
    const at = toks[k + 2]!.lower === 'the' ? k + 3 : k + 2;
    const owner = unit.mentions.find((m) => ((m.lead ?? m.i) === at || m.i === k + 2) && !m.nested && m.entity !== undefined);
    // (The owner's possessive, then a plural noun: "the alliance's four standing maritime groups"; or "its": "one of its
    // five task forces".)
    if (!owner || (toks[owner.j]?.lower !== "'s" && !(owner.via === 'pronoun' && toks[owner.i]!.lower === 'its'))) continue;
    const ownerType = d.typeOfMention(owner);
    if (ownerType !== 'organization' && ownerType !== 'unit' && ownerType !== 'state') continue;
    // The member: the clause's subject before "is one of", or the name before ", one of".
    let end = k;
    if (BE.has(toks[k - 1]!.lower)) end = k - 1;
    else if (toks[k - 1]!.text !== ',') continue;
    // ("SNMG1, which was created by NATO in 1968 as X, is one of": past a relative clause set off by commas.)
    let subj = unit.mentions.find((m) => m.j === end && !m.nested && m.entity !== undefined);
    if (!subj && toks[end - 1]?.text === ',') {
      for (let q = end - 2; q > 0; q--) if (toks[q]!.text === ',' && (toks[q + 1]!.lower === 'which' || toks[q + 1]!.lower === 'who')) {
        subj = unit.mentions.find((m) => m.j === q && !m.nested && m.entity !== undefined);
        break;
      }
    }
    const subjType = subj ? d.typeOfMention(subj) : undefined;
    if (!subj || subj.entity === owner.entity || (subjType !== 'unit' && subjType !== 'organization')) continue;
    (out ??= []).push(newCandidate('PART_OF', subj.entity!, owner.entity!, unit.index, k, false));
  }
  return out ?? [];
}

// Relation stage, troops under an officer: "The 60th Senegalese contingent, made up of 650 soldiers under Colonel X,
// has been deployed", "the battalion, under Lieutenant Colonel Y, arrived": a unit (or its soldiers) "under" an officer
// named with a rank is commanded by that officer.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf, leftArgs } from './args.js';
import { negatedBetween } from './cues.js';
import { clauseStart } from './clauses.js';
import type { NodeType } from '../ontology.js';

function commanded(t: NodeType): boolean {
  return t === 'unit';
}

/** COMMANDED_BY candidates for "UNIT ... under RANK NAME". */
export function underOfficer(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' under ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'under') continue;
    // (Only an officer named with a rank: not "under the agreement", "under President X".)
    const officer = unit.mentions.find((m) => m.lead === k + 1 && m.type === 'person' && m.via === 'name' && m.entity !== undefined && (m.title?.kind === 'rank' || m.title?.rank !== undefined));
    if (!officer || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    const left = leftArgs(unit, argMentions(unit), k, { accept: commanded, typeOf: d.typeOfMention });
    for (const m of left.mentions) for (const a of argsOf(m, d.typeOfEntity)) if (a.type === 'unit') (out ??= []).push(newCandidate('COMMANDED_BY', a.entity, officer.entity!, unit.index, k, true));
  }
  return out ?? [];
}

// Relation stage, signers named after the signing: "Among those who signed the memorandum were Dantsoho and
// the Chief of the Defence Staff of the Ghana Armed Forces, Vice Admiral X": each one named after the copula
// signed the agreement the relative clause names.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { NodeType } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf, coordinatedAfter } from './args.js';
import { COPULAS } from './clauses.js';

/** Verbs of signing in "those who signed". */
const SIGNING = new Set(['signed', 'initialled', 'initialed', 'inked']);

function signer(t: NodeType): boolean {
  return t === 'person' || t === 'state' || t === 'organization';
}

/** SIGNED candidates from a fronted "Among those who signed THE AGREEMENT were A and B". */
export function amongSigners(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  if (toks[0]?.lower !== 'among' || toks[1]?.lower !== 'those' || toks[2]?.lower !== 'who' || !SIGNING.has(toks[3]?.lower ?? '')) return [];
  const ms = argMentions(unit);
  const agreement = ms.find((m) => m.i > 3 && m.i <= 6 && d.typeOfMention(m) === 'agreement');
  if (!agreement) return [];
  const cop = COPULAS.has(toks[agreement.j]?.lower ?? '') ? agreement.j : -1;
  if (cop < 0) return [];
  const first = ms.findIndex((m) => m.i > cop && (m.lead ?? m.i) <= cop + 3 && signer(d.typeOfMention(m) ?? 'event'));
  if (first < 0) return [];
  const out: Candidate[] = [];
  for (const m of [ms[first]!, ...coordinatedAfter(unit, ms, first, signer, d.typeOfMention)]) {
    for (const a of argsOf(m, d.typeOfEntity)) if (signer(a.type)) out.push(newCandidate('SIGNED', a.entity, agreement.entity!, unit.index, 3, true));
  }
  return out;
}

// Relation stage, guests named before saying they were guests: "The General Officer Commanding-in-Chief of the Indian
// Army's Eastern Command, Lieutenant General A, and the Indian Ambassador to Bhutan, B, were among the guests": the
// people named as the subject attended the gathering told of last.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf, leftArgs } from './args.js';
import { PARTICIPANT_NOUNS } from './participation.js';
import type { NodeType } from '../ontology.js';

function guest(t: NodeType): boolean {
  return t === 'person' || t === 'unit' || t === 'state';
}

/** ATTENDED candidates from "A and B were among the guests" (or "the participants"), closing the sentence, for the event named last. */
export function guestsAfter(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  const n = toks.length;
  // (The sentence ends "... were among the guests." or "... was among the guests at the ceremony.")
  let k = -1;
  for (let q = 2; q + 2 < n; q++) {
    if ((toks[q]!.lower === 'were' || toks[q]!.lower === 'was') && toks[q + 1]!.lower === 'among' && toks[q + 2]!.lower === 'the' && PARTICIPANT_NOUNS.has(toks[q + 3]?.lower ?? '')) { k = q; break; }
  }
  if (k < 0 || (toks[k + 4] && toks[k + 4]!.text !== '.' && toks[k + 4]!.lower !== 'at')) return [];
  const ev = d.eventBefore(toks[k]!.start);
  if (!ev) return [];
  let out: Candidate[] | undefined;
  const left = leftArgs(unit, argMentions(unit), k, { accept: guest, typeOf: d.typeOfMention });
  for (const m of left.mentions) for (const a of argsOf(m, d.typeOfEntity)) if (guest(a.type)) (out ??= []).push(newCandidate('ATTENDED', a.entity, ev.index, unit.index, k, false));
  return out ?? [];
}

// Relation stage, troops a state or a formation has somewhere: "Zambia and Malawi already have troops in Madagascar",
// "Kenya has about 3,000 soldiers in Somalia": each holder named right before "has" / "have" is DEPLOYED_TO the place
// or state named after "in". ("has" is no cue word: as one it would stand for every perfect tense.)
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { NodeType } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf, coordinatedBefore } from './args.js';
import { TROOPS } from './cues.js';

const HAVE = new Set(['has', 'have', 'had']);
/** Troops held (the cue table's "keeps ... troops in" nouns). */
const TROOPS_HELD: ReadonlySet<string> = new Set(TROOPS);
/** A sentence with no troops noun before "in" is skipped on one pattern test (the word classes are all taken). */
const TROOPS_IN = new RegExp(`\\b(?:${TROOPS.join('|')}) in\\b`);
/** Words between the holder and "have" ("already", "still"). */
const ADVERBS = new Set(['already', 'still', 'also', 'currently', 'now']);
/** Words of a count before the troops ("about 3,000", "some 200", "around a thousand"). */
const COUNT_WORDS = new Set(['about', 'some', 'around', 'nearly', 'almost', 'over', 'more', 'than', 'roughly', 'approximately', 'a', 'few', 'hundred', 'thousand', 'several', 'hundreds', 'thousands', 'of']);

function holder(t: NodeType): boolean {
  return t === 'state' || t === 'unit';
}

function destination(t: NodeType): boolean {
  return t === 'state' || t === 'place';
}

/** DEPLOYED_TO candidates from "A (and B) (already) have (about N) troops in X". */
export function troopsHeld(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!TROOPS_IN.test(unit.text)) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 3 < toks.length; k++) {
    if (!HAVE.has(toks[k]!.lower)) continue;
    let q = k + 1;
    while (q < k + 6 && toks[q] && (toks[q]!.kind === 'n' || COUNT_WORDS.has(toks[q]!.lower))) q++;
    if (!TROOPS_HELD.has(toks[q]?.lower ?? '') || toks[q + 1]?.lower !== 'in') continue;
    const ms = argMentions(unit);
    const typeOf = d.typeOfMention;
    const at = toks[q + 2]?.lower === 'the' ? q + 3 : q + 2;
    const where = ms.find((m) => (m.lead ?? m.i) === at && destination(typeOf(m) ?? 'event'));
    let s = k - 1;
    while (s > 0 && ADVERBS.has(toks[s]!.lower)) s--;
    const idx = ms.findIndex((m) => m.j === s + 1 && !m.nested && holder(typeOf(m) ?? 'event'));
    if (!where || idx < 0) continue;
    for (const m of [...coordinatedBefore(unit, ms, idx, holder, typeOf), ms[idx]!]) {
      for (const a of argsOf(m, d.typeOfEntity)) if (holder(a.type) && a.entity !== where.entity) (out ??= []).push(newCandidate('DEPLOYED_TO', a.entity, where.entity!, unit.index, k, true));
    }
  }
  return out ?? [];
}

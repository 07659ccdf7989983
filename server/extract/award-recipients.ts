// Relation stage, recipients listed after an award was conferred: "X conferred the National Order of Merit on three
// officers. Among the recipients were A and B", "The recipients included A, B and C": each one listed received the
// award told of last.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf } from './args.js';
import type { NodeType } from '../ontology.js';

/** Nouns of the ones an award went to. */
const RECIPIENTS = new Set(['recipients', 'recipient', 'awardees', 'honourees', 'honorees', 'laureates']);
/** Verbs listing them ("were", "included"). */
const LISTED = new Set(['were', 'was', 'included', 'include', 'are', 'is']);

/** Words opening a clause of its own after the list ("..., who led the relief teams"). */
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'where', 'said', 'says', ';']);
/** Words before the body of a post ("the commandant of the 5th Battalion"). */
const OF_WORDS = new Set(['of', 'in']);

function accepted(t: NodeType): boolean {
  return t === 'person' || t === 'unit';
}

/** Token after "Among the recipients were" / "The recipients included" opening the sentence, or -1. */
function listStart(toks: SentenceUnit['toks']): number {
  let k = 0;
  if (toks[k]?.lower === 'among') k++;
  if (toks[k]?.lower !== 'the') return -1;
  k++;
  // ("Among the award's recipients": past a possessor.)
  if (toks[k + 1]?.lower === "'s") k += 2;
  if (!RECIPIENTS.has(toks[k]?.lower ?? '') || !LISTED.has(toks[k + 1]?.lower ?? '')) return -1;
  // ("The recipients were" names them; "Among the recipients were" too.)
  return k + 2;
}

/** RECEIVED_AWARD candidates from a list of recipients opening a sentence, for the award named last before it. */
export function awardRecipients(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  const at = toks.length > 4 ? listStart(toks) : -1;
  if (at < 0) return [];
  const award = d.recent(toks[0]!.start, (e) => e.type === 'award');
  if (!award) return [];
  // Everyone named in the list, up to a clause of its own; a unit only as a recipient, not as the body of a post ("the
  // commandant of the 5th Battalion, Colonel X").
  const end = toks.findIndex((t, k) => k >= at && CLAUSE_OPENERS.has(t.lower));
  let out: Candidate[] | undefined;
  for (const m of argMentions(unit)) {
    const lead = m.lead ?? m.i;
    if (lead < at || (end >= 0 && lead >= end) || !accepted(d.typeOfMention(m) ?? 'event') || OF_WORDS.has(toks[lead - 1]?.lower ?? '') || OF_WORDS.has(toks[lead - 2]?.lower ?? '')) continue;
    for (const a of argsOf(m, d.typeOfEntity)) if (accepted(a.type)) (out ??= []).push(newCandidate('RECEIVED_AWARD', a.entity, award.index, unit.index, at - 1, false));
  }
  return out ?? [];
}

// Relation stage, where the troops of a gathering came from: "smaller contingents came from St Kitts and Nevis, Dominica,
// Grenada and Saint Vincent and the Grenadines", "the Argentine contingent came from the Patricios 1st Infantry
// Regiment", "most of the Namibian troops came from the NDF's 26 Motorised Infantry Brigade": the states and units the
// troops came from take part in the exercise or operation told of before; "the Malabar exercise with warships from
// India, the United States and Australia": so do the states of those it was held with.
import { newCandidate, type Candidate, type EntityRec, type Mention, type SentenceUnit } from './model.js';
import { EXERCISE, type DocEntities } from './resolve.js';
import { argMentions, argsOf, coordinatedAfter } from './args.js';
import type { NodeType } from '../ontology.js';

/** Nouns of troops sent to a gathering ("contingents", "troops"). */
const TROOP_GROUPS = new Set(['contingent', 'contingents', 'component', 'troops', 'soldiers', 'personnel', 'units', 'teams', 'sailors', 'marines']);
/** Groups an exercise is held with, from states ("with warships from India and Australia"). */
const WITH_GROUPS = new Set([...TROOP_GROUPS, 'warships', 'ships', 'vessels', 'aircraft', 'navies', 'delegations', 'forces']);
/** Verbs of coming from somewhere ("came from", "were drawn from"). */
const CAME = new Set(['came', 'come', 'comes', 'drawn', 'hailed']);

function accepted(t: NodeType): boolean {
  return t === 'state' || t === 'unit';
}

/** An exercise or operation: by its head, or a capitalised name of no head ("Leeward Sentinel 2073"). */
function exercise(e: EntityRec): boolean {
  return e.head === undefined ? /^\p{Lu}/u.test(e.label) : EXERCISE.has(e.head);
}

/** ATTENDED candidates from "contingents came from A, B and C" after an exercise named before. */
export function contingentsFrom(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' from ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  let ms: Mention[] | undefined;
  for (let k = 2; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'from') continue;
    // ("took part in the Malabar exercise with warships from India, the United States and Australia": the exercise
    // right before "with".)
    const withAt = toks[k - 2]?.lower === 'with' ? k - 2 : toks[k - 3]?.lower === 'with' && toks[k - 2]!.kind === 'w' && !toks[k - 2]!.cap ? k - 3 : -1;
    const withGroup = withAt > 0 && WITH_GROUPS.has(toks[k - 1]!.lower);
    if (!withGroup && (!CAME.has(toks[k - 1]!.lower) || (!TROOP_GROUPS.has(toks[k - 2]?.lower ?? '') && !TROOP_GROUPS.has(toks[k - 3]?.lower ?? '')))) continue;
    ms ??= argMentions(unit);
    const before = withGroup ? ms.find((m) => m.j === withAt && m.entity !== undefined && d.list[m.entity]!.type === 'event') : undefined;
    if (withGroup && !before) continue;
    const ev = before ? d.list[before.entity!]! : d.eventBefore(toks[k]!.start, exercise);
    if (!ev) return [];
    const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const idx = ms.findIndex((m) => (m.lead ?? m.i) === at && accepted(d.typeOfMention(m) ?? 'event'));
    if (idx < 0) continue;
    for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, accepted, d.typeOfMention)]) {
      // ("from the NDF's 26 Motorised Infantry Brigade": the possessed unit, not its possessor.)
      const owned = toks[m.j]?.lower === "'s" ? ms.find((x) => x.i === m.j + 1 && d.typeOfMention(x) === 'unit') : m;
      if (!owned) continue;
      for (const a of argsOf(owned, d.typeOfEntity)) if (accepted(a.type) && a.entity !== ev.index) (out ??= []).push(newCandidate('ATTENDED', a.entity, ev.index, unit.index, k, false));
    }
  }
  return out ?? [];
}

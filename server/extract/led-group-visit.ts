// Relation stage, the head of a visiting group: "On Thursday, military attachés of 19 foreign states visited Vitebsk,
// where they toured the barracks. The group was led by the dean of the corps, Senior Colonel X": a group of people
// named by no name visits; the one the next sentence says led it visited too.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { clauseStart } from './clauses.js';

/** Nouns for the group that "was led by" someone. */
const GROUP_NOUNS = new Set(['group', 'delegation', 'team', 'visitors', 'attachés', 'attaches', 'officers', 'officials']);
/** Nouns of people a group that visits may be named by ("military attachés of 19 states", "a delegation of officers"). */
const VISITING_GROUPS = new Set([...GROUP_NOUNS, 'generals', 'commanders', 'diplomats', 'ambassadors', 'members', 'cadets', 'journalists', 'lawmakers', 'parliamentarians', 'deputies', 'senators', 'experts']);
const LED = new Set(['led', 'headed']);
const VISIT_VERBS = new Set(['visited', 'toured']);

/** The place (entity index) the sentence before says a group named by no one's name visited, with its verb's position. */
function groupVisit(d: DocEntities, prev: SentenceUnit): number | undefined {
  const toks = prev.toks;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!VISIT_VERBS.has(toks[k]!.lower)) continue;
    // The subject: a people noun before the verb in the clause, and no person named there.
    let group = false;
    for (let q = clauseStart(toks, k); q < k; q++) if (VISITING_GROUPS.has(toks[q]!.lower)) group = true;
    if (!group || prev.mentions.some((m) => m.j <= k && m.entity !== undefined && d.list[m.entity]!.type === 'person')) continue;
    const at = toks[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const place = prev.mentions.find((m) => (m.lead ?? m.i) === at && !m.nested && m.entity !== undefined);
    const type = place ? d.list[place.entity!]!.type : undefined;
    if (type === 'place' || type === 'state') return place!.entity;
  }
  return undefined;
}

/** VISITED candidates from "The group was led by X" after a sentence telling the group visited somewhere. */
export function ledGroupVisit(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (unit.index === 0 || (!unit.text.includes(' led by ') && !unit.text.includes(' headed by '))) return [];
  const toks = unit.toks;
  let k = 0;
  if (toks[k]?.lower === 'the') k++;
  if (!GROUP_NOUNS.has(toks[k]?.lower ?? '') || (toks[k + 1]?.lower !== 'was' && toks[k + 1]?.lower !== 'were') || !LED.has(toks[k + 2]?.lower ?? '') || toks[k + 3]?.lower !== 'by') return [];
  // The leader: the first person named by name after "by" (past a post set off before the name).
  const leader = unit.mentions.find((m) => m.i > k + 3 && m.via === 'name' && m.entity !== undefined && d.list[m.entity]!.type === 'person');
  if (!leader) return [];
  const place = groupVisit(d, d.units[unit.index - 1]!);
  return place === undefined ? [] : [newCandidate('VISITED', leader.entity!, place, unit.index, k + 2, true)];
}

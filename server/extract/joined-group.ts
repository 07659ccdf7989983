// Relation stage, joining a standing formation: "HMCS Ville de Québec joined Standing NATO Maritime Group 1 (SNMG1) in
// the Baltic Sea on Sunday": the unit that joins a group, a task force, a fleet or a mission becomes part of it, and
// the sea or place it joins it in is where it is deployed. Ships joining ships ("joined the Italian destroyer X") and
// states joining alliances ("Finland joined NATO") state neither.
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { negatedBetween } from './cues.js';
import { clauseStart } from './clauses.js';
import type { DocEntities } from './resolve.js';

const JOINED = new Set(['joined', 'joins', 'join']);
/** Heads of the formations a unit joins as a part: standing groups, task forces, fleets, missions. */
const JOINED_HEADS = new Set(['group', 'force', 'fleet', 'flotilla', 'squadron', 'mission', 'contingent']);
/** Words allowed between the joining unit and the verb ("also joined", "formally joined"). */
const BEFORE_VERB = new Set(['also', 'formally', 'officially', 'has', 'have', 'had', 'will', 'later', 'then']);
/** Prepositions of where the group is joined ("in the Baltic Sea", "off Crete"). */
const WHERE = new Set(['in', 'off', 'at']);
/** First words of an apposition between the joining unit and the verb ("a corvette of ...", "the navy's flagship"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one']);

function headOf(d: DocEntities, m: Mention): string {
  const head = d.list[m.entity!]!.head ?? '';
  const sp = head.lastIndexOf(' ');
  return sp < 0 ? head : head.slice(sp + 1);
}

/** PART_OF and DEPLOYED_TO candidates from "UNIT joined GROUP (ACRONYM) in PLACE". */
export function joinedGroup(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes('join')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!JOINED.has(toks[k]!.lower)) continue;
    let s = k;
    while (s > 0 && BEFORE_VERB.has(toks[s - 1]!.lower)) s--;
    // ("RNOV Al Rasikh, a corvette of the Royal Navy of Oman (RNO), joined": past an apposition set off by commas.)
    if (toks[s - 1]?.text === ',') {
      let c = s - 2;
      while (c > 0 && c > s - 16 && toks[c]!.text !== ',') c--;
      if (toks[c]?.text === ',' && APPOSITION_OPENERS.has(toks[c + 1]?.lower ?? '')) s = c;
    }
    const joiner = unit.mentions.find((m) => m.j === s && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'unit');
    const at = toks[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const group = unit.mentions.find((m) => (m.lead ?? m.i) === at && !m.nested && m.entity !== undefined);
    if (!joiner || !group || group.entity === joiner.entity || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    const type = d.list[group.entity!]!.type;
    if ((type !== 'unit' && type !== 'organization') || !JOINED_HEADS.has(headOf(d, group))) continue;
    (out ??= []).push(newCandidate('PART_OF', joiner.entity!, group.entity!, unit.index, k, true));
    // ("(SNMG1)": past an acronym in brackets.)
    let w = group.j;
    // ("(CTF 150)": or a short name of two tokens.)
    if (toks[w]?.text === '(' && toks[w + 2]?.text === ')') w += 3;
    else if (toks[w]?.text === '(' && toks[w + 3]?.text === ')') w += 4;
    if (!WHERE.has(toks[w]?.lower ?? '')) continue;
    const placeAt = toks[w + 1]?.lower === 'the' ? w + 2 : w + 1;
    const place = unit.mentions.find((m) => (m.lead ?? m.i) === placeAt && !m.nested && m.entity !== undefined && (d.list[m.entity]!.type === 'place' || d.list[m.entity]!.type === 'state'));
    if (place) out.push(newCandidate('DEPLOYED_TO', joiner.entity!, place.entity!, unit.index, k, true));
  }
  return out ?? [];
}

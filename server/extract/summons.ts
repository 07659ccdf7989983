// Relation stage, summoned envoys: "The Department of Foreign Affairs summoned Chinese Ambassador X to protest against
// ...": a state's envoy summoned to hear a protest stands for the state criticised.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import { allowsEdge } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { personState } from './anaphora.js';
import { argMentions, leftArgs } from './args.js';
import { clauseStart } from './clauses.js';
import { negatedBetween } from './cues.js';

const SUMMONED = new Set(['summoned', 'summons', 'summon']);
/** Words after the envoy that say why he was summoned ("to protest", "to lodge a protest", "over"). */
const PROTEST_WORDS = new Set(['protest', 'complain', 'lodge', 'express', 'convey', 'demand', 'over']);

/** CRITICIZED candidates: the summoner criticised the summoned envoy's state. */
export function summonedEnvoys(d: DocEntities, unit: SentenceUnit): Candidate[] {
  // (A sentence that summons no one, most, is skipped on one substring test.)
  if (!unit.text.includes('summon')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let c = 1; c + 2 < toks.length; c++) {
    if (!SUMMONED.has(toks[c]!.lower) || negatedBetween(toks, clauseStart(toks, c), c)) continue;
    const envoy = unit.mentions.find((m) => m.i > c && m.i <= c + 5 && m.entity !== undefined && !m.nested && d.list[m.entity]!.type === 'person');
    if (!envoy) continue;
    const why = toks[envoy.j]?.lower === 'to' ? toks[envoy.j + 1]?.lower : toks[envoy.j]?.lower;
    if (!PROTEST_WORDS.has(why ?? '')) continue;
    const code = personState(d, d.list[envoy.entity!]!);
    const state = code ? d.find('state:', code) : undefined;
    if (!state) continue;
    const left = leftArgs(unit, argMentions(unit), c, { accept: (t) => t === 'organization' || t === 'state' || t === 'person', typeOf: d.typeOfMention });
    for (const m of left.mentions) {
      if (m.entity === undefined || m.entity === state.index || !allowsEdge('CRITICIZED', d.list[m.entity]!.type, 'state')) continue;
      (out ??= []).push(newCandidate('CRITICIZED', m.entity, state.index, unit.index, c, true));
    }
  }
  return out ?? [];
}

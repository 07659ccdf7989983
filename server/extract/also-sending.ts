// Relation stage, more senders to the same place: "Botswana, Zimbabwe and Malawi are also sending troops, while Namibia
// has declined to take part", after troops sent to Lesotho were told of: the states "also" sending troops, with no
// destination of their own, send them where the deployment told of last went.
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf, leftArgs } from './args.js';
import { negatedBetween } from './cues.js';
import { clauseStart } from './clauses.js';
import type { NodeType } from '../ontology.js';

/** Forms of sending troops ("are also sending troops", "will also deploy soldiers"). */
const SENDING = new Set(['sending', 'send', 'sends', 'sent', 'deploying', 'deploy', 'deploys', 'deployed', 'contributing', 'contribute', 'contributed']);
/** What is sent. */
const TROOPS = new Set(['troops', 'soldiers', 'personnel', 'contingents', 'units', 'forces']);

function sender(t: NodeType): boolean {
  return t === 'state' || t === 'unit';
}

/** DEPLOYED_TO candidates for "X are also sending troops" with no destination, to `last` (the target of the deployment told of last). */
export function alsoSending(d: DocEntities, unit: SentenceUnit, cues: readonly Candidate[], last: number | undefined): Candidate[] {
  if (last === undefined || !unit.text.includes(' also ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let c = 2; c + 1 < toks.length; c++) {
    if (!SENDING.has(toks[c]!.lower) || toks[c - 1]!.lower !== 'also') continue;
    // (The troops, a few words on, and nothing saying where: "sending troops to X" is read by the cue itself.)
    let t = c + 1;
    while (t < c + 4 && toks[t] && toks[t]!.kind !== 'p' && !TROOPS.has(toks[t]!.lower)) t++;
    if (!TROOPS.has(toks[t]?.lower ?? '') || ['to', 'into', 'in'].includes(toks[t + 1]?.lower ?? '')) continue;
    if (negatedBetween(toks, clauseStart(toks, c), c) || cues.some((x) => x.type === 'DEPLOYED_TO' && x.cue === c)) continue;
    const left = leftArgs(unit, argMentions(unit), c, { accept: sender, typeOf: d.typeOfMention });
    for (const m of left.mentions) for (const a of argsOf(m, d.typeOfEntity)) if (sender(a.type) && a.entity !== last) (out ??= []).push(newCandidate('DEPLOYED_TO', a.entity, last, unit.index, c, true));
  }
  return out ?? [];
}

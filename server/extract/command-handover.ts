// Relation stage, a change of command: "X handed over command of the RSAF's 130 Squadron to Y",
// "... command of the EU's mission in Bosnia and Herzegovina, EUFOR Althea, to Y": the one command
// is handed to leads the unit or body (the outgoing commander led it until then).
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { allowsEdge } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { wordClass } from './word-classes.js';

const HANDING = new Set(['handed', 'hands', 'hand', 'handing', 'passed', 'passes', 'pass', 'passing', 'transferred', 'transfers', 'transfer']);
/** A sentence without "command" hands none over: commandHandover skips it. */
const COMMAND_WORD = wordClass(['command']);

/** LEADER_OF candidates from "handed over command of X to Y". */
export function commandHandover(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if ((unit.classes & COMMAND_WORD) === 0) return [];
  const toks = unit.toks;
  for (let k = 2; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'command' || toks[k + 1]!.lower !== 'of' || toks[k - 1]!.lower !== 'over' || !HANDING.has(toks[k - 2]!.lower)) continue;
    let to = k + 2;
    while (to < toks.length && to < k + 30 && toks[to]!.lower !== 'to' && toks[to]!.text !== '.' && toks[to]!.text !== ';') to++;
    if (toks[to]?.lower !== 'to') return [];
    const led = ledBetween(d, unit, k + 2, to);
    const leader = unit.mentions.find((m) => m.i > to && ((m.lead ?? m.i) <= to + 3 || m.i <= to + 5) && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'person');
    if (!led || !leader || !allowsEdge('LEADER_OF', 'person', d.list[led.entity!]!.type)) return [];
    return [newCandidate('LEADER_OF', leader.entity!, led.entity!, unit.index, k, false)];
  }
  return [];
}

/** The unit or body commanded, between "of" and "to": the last one named there that owns nothing after it and stands outside brackets. */
function ledBetween(d: DocEntities, unit: SentenceUnit, from: number, to: number): Mention | undefined {
  let led: Mention | undefined;
  for (const m of unit.mentions) {
    if (m.i < from || m.j > to || m.nested || m.entity === undefined || unit.toks[m.j]?.lower === "'s" || unit.toks[m.i - 1]?.text === '(') continue;
    const type = d.list[m.entity]!.type;
    if (type === 'unit' || type === 'organization') led = m;
  }
  return led;
}

// Relation stage, a change of command: "X handed over command of the RSAF's 130 Squadron to Y",
// "... command of the EU's mission in Bosnia and Herzegovina, EUFOR Althea, to Y": the one command
// is handed to leads the unit or body (the outgoing commander led it until then). And a relief in place: "The
// battalion has been replaced in Lithuania by soldiers of the 44th Battalion": the unit taking over is deployed there,
// and so are both units of "X took over from Y in Bunia".
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { negatedBetween } from './cues.js';
import { clauseStart } from './clauses.js';
import { allowsEdge } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { wordClass } from './word-classes.js';
import { COMMAND_PASSING, commandPassesFrom, TAKE_FORMS } from './runs.js';
import { ARTICLES } from './tokens.js';

const RELIEVED = new Set(['replaced', 'relieved']);
/** A sentence without "command", "replaced", "relieved" or "over" hands nothing over: commandHandover, reliefInPlace and takenOverIn skip it. */
const HANDOVER_WORD = wordClass(['command', ...RELIEVED, 'over']);
/** Tokens after "by" within which the relieving unit is named ("by soldiers of the 44th Battalion"). */
const RELIEVER_REACH = 5;

/** The "to" naming who command passes to, within 30 tokens of `from` and before "." or ";" ("... of X to Y"), or -1. */
export function handedTo(toks: SentenceUnit['toks'], from: number): number {
  let to = from;
  while (to < toks.length && to < from + 28 && toks[to]!.lower !== 'to' && toks[to]!.text !== '.' && toks[to]!.text !== ';') to++;
  return toks[to]?.lower === 'to' ? to : -1;
}

/** LEADER_OF candidates from "handed over command of X to Y". */
export function commandHandover(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if ((unit.classes & HANDOVER_WORD) === 0) return [];
  const toks = unit.toks;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'command' || toks[k + 1]!.lower !== 'of') continue;
    // ("Command of NATO's Multinational Battle Group in Romania passed on Thursday from A to B": command as the subject.)
    if (k > 1 ? toks[k - 1]!.lower !== 'over' || !COMMAND_PASSING.has(toks[k - 2]!.lower) : k !== 0 || !commandPassesFrom(toks, k + 2)) continue;
    const to = handedTo(toks, k + 2);
    if (to < 0) return [];
    const led = ledBetween(d, unit, k + 2, to);
    // ("to his compatriot, Brigadier General X": past a lower-case word for the successor set off by a comma.)
    const past = (toks[to + 1]?.lower === 'his' || toks[to + 1]?.lower === 'her') && toks[to + 3]?.text === ',' ? 3 : 0;
    const leader = unit.mentions.find((m) => m.i > to + past && ((m.lead ?? m.i) <= to + past + 3 || m.i <= to + past + 5) && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'person');
    if (!led || !leader || !allowsEdge('LEADER_OF', 'person', d.list[led.entity!]!.type)) return [];
    const out = [newCandidate('LEADER_OF', leader.entity!, led.entity!, unit.index, k, false)];
    // ("... to Lieutenant Colonel Y at a parade at St Ann's Fort": the one taking over is at the ceremony too.)
    const at = leader.j < toks.length && toks[leader.j]!.lower === 'at' ? leader.j : -1;
    const held = at < 0 ? undefined : unit.mentions.find((m) => (m.i === at + 1 || (m.i === at + 2 && ARTICLES.has(toks[at + 1]!.lower))) && m.entity !== undefined && d.list[m.entity]!.type === 'event');
    if (held) out.push(newCandidate('ATTENDED', leader.entity!, held.entity!, unit.index, at, false));
    return out;
  }
  return [];
}

/** Verbs of leading after "the first ... to" ("the first Turkish officer to lead RC-W"). */
const LEAD_VERBS = new Set(['lead', 'command', 'head']);
/** Forms of "to be" between a person and "the first ... to lead". */
const BE = new Set(['is', 'was', 'became', 'becomes', 'has', 'had']);

/** LEADER_OF candidates from "X ... is the first Turkish officer to lead RC-W": X leads what follows the verb. */
export function firstToLead(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' first ')) return [];
  const toks = unit.toks;
  for (let k = 2; k + 3 < toks.length; k++) {
    if (toks[k]!.lower !== 'first' || toks[k - 1]!.lower !== 'the') continue;
    let to = k + 1;
    while (to < k + 5 && toks[to] && toks[to]!.lower !== 'to' && toks[to]!.kind === 'w') to++;
    if (toks[to]?.lower !== 'to' || !LEAD_VERBS.has(toks[to + 1]?.lower ?? '')) return [];
    // ("has been the first", "was the first": the verb before "the first" has the person as its subject.)
    let v = k - 2;
    if (toks[v]?.lower === 'been') v--;
    const from = clauseStart(toks, v);
    if (!BE.has(toks[v]?.lower ?? '') || negatedBetween(toks, from, v)) return [];
    const who = unit.mentions.find((m) => m.i >= from && m.i < v && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'person');
    const at = toks[to + 2]?.lower === 'the' ? to + 3 : to + 2;
    const led = unit.mentions.find((m) => (m.lead ?? m.i) === at && !m.nested && m.entity !== undefined);
    if (!who || !led || !allowsEdge('LEADER_OF', 'person', d.list[led.entity!]!.type) || d.list[led.entity!]!.type === 'state') return [];
    return [newCandidate('LEADER_OF', who.entity!, led.entity!, unit.index, to + 1, false)];
  }
  return [];
}

/** Passive verbs of leading a state may be the agent of ("is led by the United States"). */
const LED_PASSIVE = new Set(['led', 'commanded']);
const PASSIVE_BE = new Set(['is', 'was', 'are', 'were', 'been']);

/** COMMANDED_BY candidates from "Regional Command East (RC-E) is led by the United States": a unit a state leads acts on its orders. */
export function ledByState(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' led by ') && !unit.text.includes(' commanded by ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 2; k + 2 < toks.length; k++) {
    if (!LED_PASSIVE.has(toks[k]!.lower) || toks[k + 1]!.lower !== 'by' || !PASSIVE_BE.has(toks[k - 1]!.lower)) continue;
    const at = toks[k + 2]!.lower === 'the' ? k + 3 : k + 2;
    const state = unit.mentions.find((m) => (m.lead ?? m.i) === at && !m.nested && m.entity !== undefined && !m.demonym && d.list[m.entity]!.type === 'state');
    const from = clauseStart(toks, k);
    if (!state || negatedBetween(toks, from, k)) continue;
    let led: Mention | undefined;
    for (const m of unit.mentions) if (m.i >= from && m.j < k && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'unit' && toks[m.i - 1]?.text !== '(') led ??= m;
    if (led) (out ??= []).push(newCandidate('COMMANDED_BY', led.entity!, state.entity!, unit.index, k, true));
  }
  return out ?? [];
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

/** DEPLOYED_TO candidates from "X was replaced in PLACE by Y", "relieved at PLACE by Y". */
export function reliefInPlace(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if ((unit.classes & HANDOVER_WORD) === 0) return [];
  const toks = unit.toks;
  const out: Candidate[] = [];
  for (let k = 1; k + 3 < toks.length; k++) {
    if (!RELIEVED.has(toks[k]!.lower) || (toks[k + 1]!.lower !== 'in' && toks[k + 1]!.lower !== 'at')) continue;
    const at = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const place = unit.mentions.find((m) => (m.lead ?? m.i) === at && !m.nested && m.entity !== undefined && (d.typeOfMention(m) === 'place' || d.typeOfMention(m) === 'state'));
    if (!place || toks[place.j]?.lower !== 'by' || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    const by = place.j;
    const reliever = unit.mentions.find((m) => m.i > by && m.i <= by + RELIEVER_REACH && !m.nested && m.entity !== undefined && d.typeOfMention(m) === 'unit' && toks[m.j]?.lower !== "'s");
    if (reliever) out.push(newCandidate('DEPLOYED_TO', reliever.entity!, place.entity!, unit.index, k, true));
  }
  return out;
}


/** The unit mention (of a known entity) that starts at token `k`, if any. */
function unitAt(d: DocEntities, unit: SentenceUnit, k: number): Mention | undefined {
  return unit.mentions.find((m) => (m.lead ?? m.i) === k && !m.nested && m.entity !== undefined && d.typeOfMention(m) === 'unit');
}

/**
 * DEPLOYED_TO candidates from "X took over from Y in PLACE" ("The battalion will take over from BANBAT-30 in Bunia"):
 * the unit taking over and the unit it relieves are both there (ATTENDED, when it is a ceremony: "at a handover ceremony").
 */
export function takenOverIn(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if ((unit.classes & HANDOVER_WORD) === 0) return [];
  const toks = unit.toks;
  const out: Candidate[] = [];
  for (let k = 1; k + 3 < toks.length; k++) {
    if (!TAKE_FORMS.has(toks[k]!.lower) || toks[k + 1]!.lower !== 'over' || toks[k + 2]!.lower !== 'from') continue;
    const relieved = unitAt(d, unit, ARTICLES.has(toks[k + 3]!.lower) ? k + 4 : k + 3);
    if (!relieved) continue;
    // (Past the relieved unit's acronym: "from 5 Kenya Rifles (5KR) in Kismayo".)
    let q = relieved.j;
    if (toks[q]?.text === '(' && toks[q + 2]?.text === ')') q += 3;
    if (toks[q]?.lower !== 'in' && toks[q]?.lower !== 'at') continue;
    const at = ARTICLES.has(toks[q + 1]?.lower ?? '') ? q + 2 : q + 1;
    // ("took over from Battle Group LXXVII at a handover ceremony in Bariire": both units attended the ceremony.)
    const place = unit.mentions.find((m) => (m.lead ?? m.i) >= at && (m.lead ?? m.i) <= at + 1 && !m.nested && m.entity !== undefined && (d.typeOfMention(m) === 'place' || d.typeOfMention(m) === 'state' || d.typeOfMention(m) === 'event'));
    if (!place || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    const type = d.typeOfMention(place) === 'event' ? 'ATTENDED' : 'DEPLOYED_TO';
    // The unit taking over: the first one named in the clause before the verb ("The battalion, which is drawn from units
    // of the 2nd Brigade, will take over": not one named in a clause on it).
    const cs = clauseStart(toks, k);
    // (A relative clause on the subject reaches the verb: the subject is the name before its ", which".)
    const relative = (toks[cs - 1]?.lower === 'which' || toks[cs - 1]?.lower === 'who') && toks[cs - 2]?.text === ',';
    const taker = relative
      ? unit.mentions.find((m) => m.j === cs - 2 && !m.nested && m.entity !== undefined && d.typeOfMention(m) === 'unit')
      : unit.mentions.find((m) => m.i >= cs && m.j <= k && !m.nested && m.entity !== undefined && d.typeOfMention(m) === 'unit' && toks[m.j]?.lower !== "'s");
    for (const u of taker ? [taker, relieved] : [relieved]) if (u.entity !== place.entity) out.push(newCandidate(type, u.entity!, place.entity!, unit.index, k, true));
  }
  return out;
}

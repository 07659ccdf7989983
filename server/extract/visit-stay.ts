// Relation stage, stays on a visit: "X, who was in Warsaw on a two-day visit", "Y is in Tokyo on an
// official visit": being somewhere on a visit is visiting it (the cue word "visit" alone has no object there).
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { personState } from './anaphora.js';
import type { NodeType } from '../ontology.js';
import { argMentions, argsOf, coordinatedAfter, leftArgs, UNIT_PEOPLE } from './args.js';
import type { DocEntities } from './resolve.js';
import { wordClass } from './word-classes.js';
import { negatedBetween, RELIEF_GOODS } from './cues.js';
import { clauseStart, COPULAS } from './clauses.js';

const VISIT_NOUNS = new Set(['visit', 'tour', 'trip']);
/** Gatherings one is somewhere "for" ("who was in South Africa for a meeting of SADC defence chiefs"). */
const STAY_PURPOSES = new Set(['meeting', 'summit', 'conference', 'forum']);
/** Token.classes bit of VISIT_NOUNS and STAY_PURPOSES. */
const VISIT_NOUN = wordClass([...VISIT_NOUNS, ...STAY_PURPOSES]);

/** The place or state named (not inside another name) from token `k` on, or ending at `k` when `ending`. */
function placeAt(d: DocEntities, unit: SentenceUnit, k: number, ending = false): Mention | undefined {
  for (const m of unit.mentions) {
    if ((ending ? m.j : m.i) !== k || m.entity === undefined || m.nested) continue;
    const t = d.typeOfMention(m);
    if (t === 'place' || t === 'state') return m;
  }
  return undefined;
}

function visitor(t: NodeType): boolean {
  return t === 'person';
}

/** Index of "visit" in "on a(n) [up to three words] visit" from token `k` (or of a gathering after "for a"), or -1. */
function onAVisit(toks: SentenceUnit['toks'], k: number): number {
  // ("who is in Tonga for a two-day visit": or "for".)
  if ((toks[k]?.lower !== 'on' && toks[k]?.lower !== 'for') || (toks[k + 1]?.lower !== 'a' && toks[k + 1]?.lower !== 'an')) return -1;
  for (let v = k + 2; v < Math.min(toks.length, k + 6); v++) {
    if (VISIT_NOUNS.has(toks[v]!.lower) || (toks[k]!.lower === 'for' && STAY_PURPOSES.has(toks[v]!.lower))) return v;
    if (toks[v]!.kind !== 'w' || toks[v]!.cap) return -1;
  }
  return -1;
}

/** VISITED candidates from "X was in PLACE on a visit". */
export function stayOnVisit(d: DocEntities, unit: SentenceUnit): Candidate[] {
  // (A stay on a visit names the visit, a token of VISIT_NOUNS (onAVisit): a sentence without one, most, is skipped
  // by a test of its class bits, where a scan of its text was a measurable cost.)
  if ((unit.classes & VISIT_NOUN) === 0) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let c = 1; c + 3 < toks.length; c++) {
    if (!COPULAS.has(toks[c]!.lower) || toks[c + 1]!.lower !== 'in') continue;
    const at = toks[c + 2]!.lower === 'the' ? c + 3 : c + 2;
    const place = placeAt(d, unit, at);
    if (!place || onAVisit(toks, place.j) < 0) continue;
    const left = leftArgs(unit, argMentions(unit), c, { accept: visitor, typeOf: d.typeOfMention });
    for (const m of left.mentions) for (const a of argsOf(m, d.typeOfEntity)) if (a.type === 'person') (out ??= []).push(newCandidate('VISITED', a.entity, place.entity!, unit.index, c, true));
  }
  // "during an official visit by Prime Minister X to Romania": the one by whom a visit to a place is made visits it.
  for (let v = 1; v + 3 < toks.length; v++) {
    // (Not one a negated clause leaves unmade: "did not announce a date for a return visit by X to Italy".)
    if (!VISIT_NOUNS.has(toks[v]!.lower) || toks[v + 1]!.lower !== 'by' || negatedBetween(toks, clauseStart(toks, v), v)) continue;
    const who = unit.mentions.find((m) => (m.lead ?? m.i) >= v + 2 && (m.lead ?? m.i) <= v + 3 && m.entity !== undefined && !m.nested && d.typeOfMention(m) === 'person');
    if (!who) continue;
    let k = who.j;
    // (Past an apposition set off by commas: "by X, the Chief of Staff, to Y".)
    if (toks[k]?.text === ',') while (k < who.j + 14 && k < toks.length && toks[k + 1]?.lower !== 'to' && toks[k]!.text !== '.') k++;
    const to = toks[k]?.lower === 'to' ? k : toks[k + 1]?.lower === 'to' ? k + 1 : -1;
    if (to < 0) continue;
    const at = toks[to + 1]?.lower === 'the' ? to + 2 : to + 1;
    const place = placeAt(d, unit, at);
    if (place) (out ??= []).push(newCandidate('VISITED', who.entity!, place.entity!, unit.index, v, true));
  }
  for (const c of visitDuring(d, unit)) (out ??= []).push(c);
  return out ?? [];
}

/** Determiners between "during" and a visit noun ("during a visit", "during his two-day visit"). */
const VISIT_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'the']);
/** Tokens after "to" within which an unnamed place is placed ("the Royal Malaysian Navy (RMN) base in Lumut"). */
const PLACED_REACH = 10;

/**
 * "Defence Minister X today announced that ..., during a visit to the Royal Malaysian Navy (RMN) base in Lumut": the
 * person opening the sentence visited what "to" names (a place, a state or a unit), or where an unnamed place is.
 */
function visitDuring(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 3; k + 4 < toks.length; k++) {
    if (toks[k]!.lower !== 'during' || !VISIT_DETERMINERS.has(toks[k + 1]!.lower)) continue;
    let v = k + 2;
    while (v < k + 5 && v < toks.length && !VISIT_NOUNS.has(toks[v]!.lower) && toks[v]!.kind === 'w' && !toks[v]!.cap) v++;
    if (!VISIT_NOUNS.has(toks[v]?.lower ?? '') || toks[v + 1]?.lower !== 'to') continue;
    const who = unit.mentions.find((m) => (m.lead ?? m.i) <= 4 && m.i < k && m.entity !== undefined && !m.nested && d.typeOfMention(m) === 'person');
    if (!who) continue;
    const at = toks[v + 2]?.lower === 'the' ? v + 3 : v + 2;
    const named = unit.mentions.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && !m.nested);
    const type = named ? d.typeOfMention(named) : undefined;
    // ("a visit to the brigade's headquarters in Marjayoun": not the possessor of what was visited.)
    let target = (type === 'place' || type === 'state' || type === 'unit') && toks[named!.j]?.lower !== "'s" ? named : undefined;
    // (An unnamed place, or a body's: where it is, after "in".)
    if (!target) {
      for (let q = at; q < at + PLACED_REACH && q < toks.length && toks[q]!.text !== ','; q++) {
        if (toks[q]!.lower !== 'in') continue;
        const where = unit.mentions.find((m) => (m.lead ?? m.i) === q + 1 && m.entity !== undefined && !m.nested && d.typeOfMention(m) === 'place');
        if (where) target = where;
        break;
      }
    }
    if (target) (out ??= []).push(newCandidate('VISITED', who.entity!, target.entity!, unit.index, v, true));
  }
  return out ?? [];
}

/** Verbs of leading a delegation ("who is leading a high-level military delegation to Qatar"). */
const LEADING = new Set(['leading', 'led', 'leads', 'heading', 'heads', 'headed']);

/**
 * "Turkish Minister X, who is leading a high-level military delegation to Qatar", "Y, who leads a delegation of 20
 * officers to Taiwan": who leads a delegation to a place visits it.
 */
export function ledDelegationTo(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes('delegation')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 2; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'delegation') continue;
    let v = k - 1;
    while (v > k - 6 && v > 0 && !LEADING.has(toks[v]!.lower) && toks[v]!.kind === 'w' && !toks[v]!.cap) v--;
    if (!LEADING.has(toks[v]!.lower)) continue;
    let t = k + 1;
    while (t < k + 7 && t < toks.length && toks[t]!.lower !== 'to' && toks[t]!.kind !== 'p') t++;
    if (toks[t]?.lower !== 'to') continue;
    const at = toks[t + 1]?.lower === 'the' ? t + 2 : t + 1;
    const place = placeAt(d, unit, at);
    if (!place) continue;
    const left = leftArgs(unit, argMentions(unit), v, { accept: visitor, typeOf: d.typeOfMention });
    // (Undated: the lead is ongoing; a day in the sentence is the main clause's, "met on Tuesday with X, who is leading".)
    for (const m of left.mentions) for (const a of argsOf(m, d.typeOfEntity)) if (a.type === 'person') (out ??= []).push(newCandidate('VISITED', a.entity, place.entity!, unit.index, v, false));
  }
  return out ?? [];
}

/**
 * "Speaking in Chulucanas, which he visited on Tuesday, Defense Minister X praised ...", "X spoke in Y, which she visited
 * for the first time": the place an object relative says "he" or "she" visited is visited by the clause's subject (after
 * a fronted participle's comma, else the first person named before the place).
 */
export function visitedWhichHe(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' visited')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 3 < toks.length; k++) {
    if (toks[k]!.text !== ',' || toks[k + 1]!.lower !== 'which' || (toks[k + 2]!.lower !== 'he' && toks[k + 2]!.lower !== 'she')) continue;
    const v = toks[k + 3]!.lower === 'had' || toks[k + 3]!.lower === 'has' ? k + 4 : k + 3;
    if (toks[v]?.lower !== 'visited') continue;
    const place = placeAt(d, unit, k, true);
    if (!place) continue;
    let who: Mention | undefined;
    if (toks[0]!.lower.endsWith('ing')) {
      const close = toks.findIndex((t, q) => q > v && t.text === ',');
      who = close < 0 ? undefined : unit.mentions.find((m) => (m.lead ?? m.i) >= close + 1 && (m.lead ?? m.i) <= close + 2 && m.entity !== undefined && d.typeOfMention(m) === 'person');
    } else {
      who = unit.mentions.find((m) => m.i < place.i && m.entity !== undefined && !m.nested && d.typeOfMention(m) === 'person');
    }
    if (who) (out ??= []).push(newCandidate('VISITED', who.entity!, place.entity!, unit.index, v, true));
  }
  return out ?? [];
}

/** Groups sent ahead of a unit ("an advance party", "the advance team"). */
const ADVANCE_GROUPS = new Set(['party', 'team', 'element', 'group', 'detachment']);

/**
 * "X, who led an advance party to UNDOF's headquarters at Camp Faouar early last month": who leads a unit's advance
 * party somewhere is deployed there (the first place or state within a few words after "to").
 */
export function ledAdvanceParty(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes('advance ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 2; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'advance' || !ADVANCE_GROUPS.has(toks[k + 1]!.lower)) continue;
    const v = LEADING.has(toks[k - 1]!.lower) ? k - 1 : LEADING.has(toks[k - 2]!.lower) && (toks[k - 1]!.lower === 'an' || toks[k - 1]!.lower === 'the' || toks[k - 1]!.lower === 'its') ? k - 2 : -1;
    if (v < 0 || toks[k + 2]?.lower !== 'to') continue;
    let place: Mention | undefined;
    for (let t = k + 3; t < k + 11 && t < toks.length && toks[t]!.kind !== 'p' && !place; t++) {
      place = placeAt(d, unit, t);
    }
    if (!place) continue;
    const left = leftArgs(unit, argMentions(unit), v, { accept: visitor, typeOf: d.typeOfMention });
    for (const m of left.mentions) for (const a of argsOf(m, d.typeOfEntity)) if (a.type === 'person') (out ??= []).push(newCandidate('DEPLOYED_TO', a.entity, place.entity!, unit.index, v, true));
  }
  return out ?? [];
}

/** First token of the first mention of entity `e` in the sentence, or -1. */
function startOf(unit: SentenceUnit, e: number): number {
  for (const m of unit.mentions) if (m.entity === e && !m.nested) return m.i;
  return -1;
}

const RESIDENT = /ambassador|commissioner|consul|attach|charg/;
const RECEIVING = new Set(['received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes', 'greeted']);

/** "In Riga on Monday, ...": a city of a known state opening the sentence, before its comma. */
function frontedCity(d: DocEntities, unit: SentenceUnit): number | undefined {
  const toks = unit.toks;
  if (toks[0]?.lower !== 'in') return undefined;
  const place = unit.mentions.find((m) => m.i === 1 && m.entity !== undefined && d.typeOfMention(m) === 'place');
  if (!place || !d.list[place.entity!]!.code) return undefined;
  // (Past a date: "In Riga on Monday,".)
  let k = place.j;
  if (toks[k]?.lower === 'on' || toks[k]?.lower === 'last') k += 2;
  return toks[k]?.text === ',' ? place.entity : undefined;
}

/**
 * "President X received Angola's Minister of National Defence, Y, at State House in Windhoek", "received on Tuesday in
 * La Paz a delegation ... headed by Y": a guest of another state received in a city visited it. ("In Riga on Monday, X
 * held talks with his Latvian counterpart": so did a party of another state to a meeting in a city fronting the sentence.)
 */
export function receivedVisitors(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.type === 'MET_WITH')) return cands;
  let extra: Candidate[] | undefined;
  const toks = unit.toks;
  for (const c of cands) {
    if (c.type !== 'MET_WITH' || c.negated || c.sent !== unit.index) continue;
    if (!RECEIVING.has(toks[c.cue]?.lower ?? '')) {
      // ("In Riga on Monday, Holm held talks with his Latvian counterpart": a party from another state met there visited it.)
      const fronted = frontedCity(d, unit);
      if (fronted === undefined) continue;
      const code = d.list[fronted]!.code;
      for (const who of [c.source, c.target]) {
        const home = d.list[who]!.type === 'person' ? personState(d, d.list[who]!) : undefined;
        if (!home || home === code || d.list[who]!.titles.some((t) => RESIDENT.test(t.head))) continue;
        if (cands.some((x) => x.type === 'VISITED' && x.source === who && x.target === fronted) || extra?.some((x) => x.source === who && x.target === fronted)) continue;
        (extra ??= []).push(newCandidate('VISITED', who, fronted, c.sent, c.cue, c.dated));
      }
      continue;
    }
    const guest = startOf(unit, c.target) > c.cue ? c.target : startOf(unit, c.source) > c.cue ? c.source : -1;
    if (guest < 0) continue;
    const home = personState(d, d.list[guest]!);
    // (An ambassador or high commissioner received in the capital lives there: no visit.)
    if (!home || d.list[guest]!.titles.some((t) => RESIDENT.test(t.head))) continue;
    // The city: "in X" after the cue, within the clause.
    for (let k = c.cue + 1; k + 1 < toks.length && toks[k]!.text !== ';'; k++) {
      if (toks[k]!.lower !== 'in') continue;
      const place = unit.mentions.find((m) => m.i === k + 1 && m.entity !== undefined && d.typeOfMention(m) === 'place');
      const code = place && d.list[place.entity!]!.code;
      if (!place || !code || code === home) continue;
      if (cands.some((x) => x.type === 'VISITED' && x.source === guest && x.target === place.entity)) break;
      (extra ??= []).push(newCandidate('VISITED', guest, place.entity!, c.sent, c.cue, c.dated));
      break;
    }
  }
  return extra ? cands.concat(extra) : cands;
}

/**
 * "Colonel X, who flew to the island on Monday with the first 200 soldiers": a person who goes somewhere with troops is
 * deployed there with them, not visiting (the VISITED candidates of the sentence change type).
 */
export function movedWithTroops(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  const toks = unit.toks;
  for (const c of cands) {
    if (c.type !== 'VISITED' || c.sent !== unit.index || d.list[c.source]!.type !== 'person') continue;
    for (let k = c.cue + 1; k < Math.min(toks.length, c.cue + 14); k++) {
      const t = toks[k]!;
      if (t.text === ';' || t.text === '.' || (t.text === ',' && k > c.cue + 2)) break;
      if (t.lower !== 'with') continue;
      let q = k + 1;
      while (q < k + 5 && toks[q] && !UNIT_PEOPLE.has(toks[q]!.lower) && toks[q]!.kind !== 'p') q++;
      if (UNIT_PEOPLE.has(toks[q]?.lower ?? '')) c.type = 'DEPLOYED_TO';
      break;
    }
  }
  return cands;
}

/** Verbs of a purpose of helping ("to help residents", "to help rebuild bridges"). */
const HELPING = new Set(['help', 'assist', 'support', 'aid']);
/** Words after a verb of helping that name who is helped besides the place's people ("to help the FADM", "to help police"). */
const HELPED_BODIES = new Set(['the', 'police', 'troops', 'forces', 'government', 'authorities', 'army', 'soldiers', 'its', 'their']);

/**
 * "have been deployed to Amami-Oshima island to help residents cut off by landslides": a unit sent somewhere to help
 * there assists the place (undated, as the deployment's date).
 */
export function deployedToHelp(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (const c of cands) {
    const sourceType = d.list[c.source]!.type;
    if (c.type !== 'DEPLOYED_TO' || c.sent !== unit.index || c.negated || (sourceType !== 'unit' && sourceType !== 'state')) continue;
    const target = unit.mentions.find((m) => m.entity === c.target && m.i > c.cue);
    if (!target) continue;
    for (let k = target.j; k < Math.min(toks.length - 1, target.j + 10); k++) {
      const t = toks[k]!;
      if (t.text === ';' || t.text === '.') break;
      // ("Australia and New Zealand sent two ships to Tonga with water, medical supplies and engineers": a state that sends
      // relief helps; the ships carrying it are deployed.)
      if (t.lower === 'with' && sourceType === 'state' && SENDING.has(toks[c.cue]!.lower) && toks.slice(k + 1, k + 7).some((x) => RELIEF_GOODS.includes(x.lower))) {
        if (!cands.some((x) => x.type === 'ASSISTED' && x.source === c.source && x.target === c.target)) (out ??= []).push(newCandidate('ASSISTED', c.source, c.target, c.sent, c.cue, c.dated));
        break;
      }
      if (sourceType !== 'unit') continue;
      // (Not "to help the FADM secure X", "to help police end Y", "to support Operation Z": helping another body.)
      const after = toks[k + 2];
      if (t.lower === 'to' && HELPING.has(toks[k + 1]!.lower) && !!after && !after.cap && !HELPED_BODIES.has(after.lower)) {
        // ("landed at Hewanorra International Airport on Monday to help clear roads ... in the south of Saint Lucia": an
        // airport or base landed at is not who is helped; the state the help is for, named after it, is.)
        const helped = FACILITY.test(d.list[c.target]!.label) ? stateHelpedAfter(d, unit, k + 2) ?? c.target : c.target;
        if (!cands.some((x) => x.type === 'ASSISTED' && x.source === c.source && x.target === helped)) (out ??= []).push(newCandidate('ASSISTED', c.source, helped, c.sent, c.cue, c.dated));
        break;
      }
    }
  }
  return out ?? [];
}

/** Names of the facilities troops land or arrive at ("Hewanorra International Airport", "Ramey Air Base"). */
const FACILITY = /\b(?:Airport|Airfield|Air ?Base|Airbase|Base|Port|Harbour|Harbor)$/;

/** The first state named within fifteen tokens from `from`, in the sentence, by its entity index. */
function stateHelpedAfter(d: DocEntities, unit: SentenceUnit, from: number): number | undefined {
  for (const m of unit.mentions) if (m.i >= from && m.i < from + 15 && !m.nested && !m.demonym && m.entity !== undefined && d.list[m.entity]!.type === 'state') return m.entity;
  return undefined;
}

/** Verbs of sending people or ships somewhere. */
const SENDING = new Set(['sent', 'dispatched', 'deployed']);

/**
 * ASSISTED candidates from "The JDF Coast Guard has sent a ship and 60 personnel to Haiti to help communities recover":
 * a body (no unit or state, which deployedToHelp reads from their deployment) that sends help somewhere helps it.
 */
export function bodySentToHelp(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' to help') && !unit.text.includes(' to assist') && !unit.text.includes(' to support')) return [];
  const toks = unit.toks;
  for (let k = 1; k < toks.length - 3; k++) {
    if (!SENDING.has(toks[k]!.lower)) continue;
    let to = k + 1;
    while (to < Math.min(toks.length, k + 12) && toks[to]!.lower !== 'to' && toks[to]!.text !== ',') to++;
    if (toks[to]?.lower !== 'to') continue;
    const at = toks[to + 1]?.lower === 'the' ? to + 2 : to + 1;
    const target = unit.mentions.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && (d.list[m.entity]!.type === 'state' || d.list[m.entity]!.type === 'place'));
    if (!target || toks[target.j]?.lower !== 'to' || !HELPING.has(toks[target.j + 1]?.lower ?? '')) continue;
    const sender = leftArgs(unit, unit.mentions, k, { accept: (t: NodeType) => t === 'organization', typeOf: d.typeOfMention }).mentions[0];
    if (!sender || sender.entity === undefined) continue;
    return [newCandidate('ASSISTED', sender.entity, target.entity!, unit.index, k, true)];
  }
  return [];
}

/** Types that send help at another's request. */
const REQUEST_SENDERS: ReadonlySet<NodeType> = new Set<NodeType>(['state', 'organization', 'unit']);

/**
 * "Brazil has sent two military helicopters to Trinidad at Bolivia's request", "... at the request of the
 * government": the sender helps the state or body that asked.
 */
export function sentOnRequest(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes('request')) return [];
  const toks = unit.toks;
  for (let k = 2; k < toks.length; k++) {
    if (toks[k]!.lower !== 'request') continue;
    // "at Bolivia's request" or "at the request of Bolivia".
    const possessor = toks[k - 1]?.lower === "'s" ? unit.mentions.find((m) => m.j === k - 1 && !m.nested && m.entity !== undefined) : undefined;
    const ofAt = toks[k + 1]?.lower === 'of' ? (toks[k + 2]?.lower === 'the' ? k + 3 : k + 2) : -1;
    const asker = possessor ?? (ofAt > 0 && toks[k - 1]?.lower === 'the' ? unit.mentions.find((m) => (m.lead ?? m.i) === ofAt && !m.nested && m.entity !== undefined) : undefined);
    const at = possessor ? possessor.i - 1 : k - 2;
    if (!asker || toks[at]?.lower !== 'at') continue;
    const askerType = d.list[asker.entity!]!.type;
    if (askerType !== 'state' && askerType !== 'organization') continue;
    let verb = -1;
    for (let q = at - 1; q > 0 && q > at - 16; q--) {
      if (toks[q]!.kind === 'p' && toks[q]!.text !== ',') break;
      if (SENDING.has(toks[q]!.lower)) { verb = q; break; }
    }
    if (verb < 0) continue;
    const sender = leftArgs(unit, unit.mentions, verb, { accept: (t: NodeType) => REQUEST_SENDERS.has(t), typeOf: d.typeOfMention }).mentions[0];
    if (!sender || sender.entity === undefined || sender.entity === asker.entity) continue;
    return [newCandidate('ASSISTED', sender.entity, asker.entity!, unit.index, verb, true)];
  }
  return [];
}

/** Nouns of a journey that takes someone somewhere ("a Gulf tour that has already taken him to Riyadh and Muscat"). */
const JOURNEYS = new Set([...VISIT_NOUNS, 'visits', 'tours', 'trips', 'journey', 'deployment', 'cruise', 'voyage']);

/**
 * "the last stop of a Gulf tour that has already taken him to Riyadh and Muscat": the person a journey took somewhere
 * (a pronoun or a name after "taken" / "took") visited each place or state named after "to".
 */
export function journeyTookTo(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' taken ') && !unit.text.includes(' took ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 2; k + 3 < toks.length; k++) {
    if ((toks[k]!.lower !== 'taken' && toks[k]!.lower !== 'took') || toks[k + 2]?.lower !== 'to') continue;
    let j = k - 1;
    while (j > k - 6 && j > 0 && !JOURNEYS.has(toks[j]!.lower)) j--;
    if (!JOURNEYS.has(toks[j]!.lower)) continue;
    const named = unit.mentions.find((m) => m.i === k + 1 && m.entity !== undefined && d.list[m.entity]!.type === 'person');
    // ("X is due to leave for Doha, the last stop of a tour that has taken him to Y": "him" is the sentence's subject.)
    // ("HMAS Toowoomba ... is taking part in the Indo-Pacific Endeavour deployment, which has already taken it to Manila":
    // "it", a ship or unit the sentence opens with, is deployed there.)
    const it = toks[k + 1]!.lower === 'it' ? unit.mentions.find((m) => m.i < j && m.via === 'name' && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'unit') : undefined;
    const who = it ?? (named?.via === 'pronoun' ? unit.mentions.find((m) => m.i < j && m.via === 'name' && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'person') ?? named : named);
    if (!who) continue;
    const ms = argMentions(unit);
    const at = toks[k + 3]?.lower === 'the' ? k + 4 : k + 3;
    const idx = ms.findIndex((m) => (m.lead ?? m.i) === at);
    const place = (t: NodeType): boolean => t === 'place' || t === 'state';
    if (idx < 0 || !place(d.typeOfMention(ms[idx]!) ?? 'event')) continue;
    for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, place, d.typeOfMention)]) {
      if (m.entity !== undefined) (out ??= []).push(newCandidate(it ? 'DEPLOYED_TO' : 'VISITED', who.entity!, m.entity, unit.index, k, true));
    }
  }
  return out ?? [];
}

// Relation stage, thanked support: "thanked UNIFIL for its support to the army", "expressed thanks to
// the Russian Federation for its assistance to Myanmar": the one thanked helped the one after "to".
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { allowsEdge } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { wordClass } from './word-classes.js';
import { possessiveEnd, QUOTE_MARKS, tokAt } from './tokens.js';
import { argMentions, leftArgs } from './args.js';
import { clauseStart } from './clauses.js';
import { negatedBetween } from './cues.js';
import { personState } from './anaphora.js';

const OWNERS = new Set(['its', 'their', 'his', 'her', 'the']);
/** "for the support given to Y": a participle of giving between the noun and "to". */
const GIVEN = new Set(['given', 'provided', 'extended', 'offered', 'lent', 'rendered']);
/** What help may go to: "the security of X", "the defence of X". */
const GOODS = new Set(['security', 'defence', 'defense', 'stability', 'development', 'reconstruction', 'safety', 'protection']);
const SUPPORT_NOUNS = new Set(['support', 'assistance', 'help', 'aid', 'contribution', 'contributions', 'training']);
/** A sentence with no support noun thanks no one for support: thankedSupport skips it. */
const SUPPORT_NOUN = wordClass(SUPPORT_NOUNS);

/**
 * "thanked Denmark for its military aid", with no one named after the noun: the state thanked helped the thanker's
 * state (by the thanker's post), when the thanker is a person of another state.
 */
function thankerState(d: DocEntities, unit: SentenceUnit, k: number, cueAt?: number): Candidate[] {
  const toks = unit.toks;
  const isState = (m: Mention | undefined): m is Mention => !!m && m.entity !== undefined && !m.nested && d.list[m.entity]!.type === 'state';
  const last = unit.mentions.find((m) => m.j === k && m.entity !== undefined && !m.nested);
  if (!isState(last)) return [];
  // ("thanked India and Nepal for their support": every state of a list thanked.)
  const helpers = [last];
  for (;;) {
    const first = helpers[0]!;
    const sep = (first.lead ?? first.i) - 1;
    if (toks[sep]?.lower !== 'and' && toks[sep]?.text !== ',') break;
    const before = unit.mentions.find((m) => m.j === sep && isState(m));
    if (!isState(before)) break;
    helpers.unshift(before);
  }
  const helper = helpers[0]!;
  // ("thanked the United States for its help": past the state's article.)
  const verb = (helper.lead ?? helper.i) - (toks[(helper.lead ?? helper.i) - 1]?.lower === 'the' ? 2 : 1);
  // (", thanking X": a participle opens its own clause; a negation before the comma is another clause's.)
  const participle = toks[verb]?.lower === 'thanking' && toks[verb - 1]?.text === ',';
  if (!THANKED.has(toks[verb]?.lower ?? '') || (!participle && negatedBetween(toks, clauseStart(toks, verb), verb))) return [];
  // ("..., X said, thanking Canada for ...": a participle's thanker is the clause's subject, the person named first.)
  const who = leftArgs(unit, argMentions(unit), verb, { accept: (t) => t === 'person', typeOf: d.typeOfMention }).mentions[0]
    ?? (participle ? unit.mentions.find((m) => m.j < verb && !m.nested && m.entity !== undefined && d.list[m.entity]!.type === 'person') : undefined);
  const person = who?.entity !== undefined ? d.list[who.entity] : undefined;
  // ("Prime Minister X ... thanked India and Nepal", datelined THIMPHU: a post-holder of no state named holds it at home.)
  const code = person?.type === 'person' ? personState(d, person) ?? (person.titles.some((t) => t.kind !== 'rank') ? d.homeState : undefined) : undefined;
  const state = code ? d.find('state:', code) : undefined;
  if (!state) return [];
  return helpers.filter((h) => h.entity !== state.index).map((h) => newCandidate('ASSISTED', h.entity!, state.index, unit.index, cueAt ?? verb, true));
}

const THANKED = new Set(['thanked', 'thanks', 'thank', 'thanking']);

/** The first verb of giving within four lower-case words from `k` ("army and navy gave"), or -1. */
function givingVerbWithin(toks: SentenceUnit['toks'], k: number): number {
  for (let q = k; q < k + 4 && toks[q]; q++) {
    const w = toks[q]!;
    if (w.kind !== 'w' || w.cap) return -1;
    if (GIVEN.has(w.lower) || w.lower === 'gave') return q;
  }
  return -1;
}

/** "in" and a gerund of a task at token `k` ("in dismantling", "in equipping"). */
function inGerundAt(toks: SentenceUnit['toks'], k: number): boolean {
  const w = toks[k + 1]?.lower ?? '';
  return toks[k]?.lower === 'in' && w.length >= 6 && w.endsWith('ing');
}

/** "in dismantling cocaine laboratories near the border" at token `k`: a task in a gerund, with no state, body or unit named after it. */
function namelessTask(d: DocEntities, unit: SentenceUnit, k: number): boolean {
  const toks = unit.toks;
  if (!inGerundAt(toks, k)) return false;
  return !unit.mentions.some((m) => m.i > k && m.entity !== undefined && d.list[m.entity]!.type !== 'place' && d.list[m.entity]!.type !== 'person');
}

/** Nouns of a fight against a scourge ("in the fight against drug trafficking"). */
const FIGHTS = new Set(['fight', 'war', 'battle', 'struggle', 'campaign']);

/** "in the fight against drug trafficking" at token `k`, with no state, body or unit named after it. */
function namelessFight(d: DocEntities, unit: SentenceUnit, k: number): boolean {
  const toks = unit.toks;
  if (toks[k]?.lower !== 'in' || toks[k + 1]?.lower !== 'the' || !FIGHTS.has(toks[k + 2]?.lower ?? '') || toks[k + 3]?.lower !== 'against') return false;
  return !unit.mentions.some((m) => m.i > k && m.entity !== undefined && d.list[m.entity]!.type !== 'place' && d.list[m.entity]!.type !== 'person');
}

/**
 * "Türkiye for its help in equipping the academy('s new simulation centre)", `k` at "for", `p` at "in": the one thanked
 * (the mention right before "for") helped what the gerund is done to, when it is named right after it.
 */
function taskObject(d: DocEntities, unit: SentenceUnit, k: number, p: number): Candidate | undefined {
  const toks = unit.toks;
  if (!inGerundAt(toks, p) || toks[p + 1]!.lower === 'training') return undefined;
  const at = toks[p + 2]?.lower === 'the' ? p + 3 : p + 2;
  const helper = unit.mentions.find((m) => m.j === k && m.entity !== undefined && !m.nested);
  const helped = unit.mentions.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && !m.nested);
  if (!helper || !helped || helper.entity === helped.entity) return undefined;
  const s = d.list[helper.entity!]!.type;
  const t = d.list[helped.entity!]!.type;
  return t !== 'person' && allowsEdge('ASSISTED', s, t) ? newCandidate('ASSISTED', helper.entity!, helped.entity!, unit.index, p + 1, true) : undefined;
}

/** Gerunds of giving after "thanked X for" ("for giving the SAF the space to train"). */
const GIVING = new Set(['giving', 'providing', 'offering', 'lending', 'granting', 'supplying', 'donating']);

/** Gerunds of sending help, or helping, after "thanked X for" ("for sending two helicopters", "for helping to protect"). */
const SENDING = new Set(['sending', 'dispatching', 'deploying', 'contributing', 'helping']);

/** "thanked Australia for giving the Singapore Armed Forces (SAF) the space to train": the one thanked helped who was given. */
function thankedForGiving(d: DocEntities, unit: SentenceUnit): Candidate[] {
  // (A sentence that thanks no one, most, is skipped on one substring test.)
  if (!unit.text.includes('thank')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 2; k + 2 < toks.length; k++) {
    // ("thanked Kyrgyzstan for sending two helicopters and their crews to help fight the fires", "thanking Canada for
    // helping to protect Icelandic airspace": the one thanked helped the thanker's state.)
    // (Not "for helping the Beninese Navy to secure its waters": who was helped is named.)
    const namedHelped = toks[k + 1]!.lower === 'helping' && (toks[k + 2]?.lower === 'the' || !!toks[k + 2]?.cap);
    if (toks[k]!.lower === 'for' && SENDING.has(toks[k + 1]!.lower) && !namedHelped) {
      for (const c of thankerState(d, unit, k, k + 1)) (out ??= []).push(c);
      continue;
    }
    if (toks[k]!.lower !== 'for' || !GIVING.has(toks[k + 1]!.lower)) continue;
    const helper = unit.mentions.find((m) => m.j === k && m.entity !== undefined && !m.nested);
    if (!helper) continue;
    const verb = (helper.lead ?? helper.i) - (toks[(helper.lead ?? helper.i) - 1]?.lower === 'the' ? 2 : 1);
    if (!THANKED.has(toks[verb]?.lower ?? '')) continue;
    const at = toks[k + 2]?.lower === 'the' || toks[k + 2]?.lower === 'its' ? k + 3 : k + 2;
    const helped = unit.mentions.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && !m.nested);
    if (!helped || helped.entity === helper.entity) continue;
    const s = d.list[helper.entity!]!.type;
    const t = d.list[helped.entity!]!.type;
    if (t !== 'person' && allowsEdge('ASSISTED', s, t)) (out ??= []).push(newCandidate('ASSISTED', helper.entity!, helped.entity!, unit.index, k + 1, true));
  }
  return out ?? [];
}

/** ASSISTED candidates from "X for its support to Y" (X the mention right before "for"), and from "X for giving Y ...". */
export function thankedSupport(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const given = thankedForGiving(d, unit);
  if ((unit.classes & SUPPORT_NOUN) === 0) return given;
  const support = thankedSupportNouns(d, unit);
  return given.length ? [...given, ...support] : support;
}

/** ASSISTED candidates from "X for its support to Y". */
function thankedSupportNouns(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'for' || !OWNERS.has(toks[k + 1]!.lower)) continue;
    let n = k + 2;
    // "for its continued support", "for its generous assistance": one modifier may come first.
    if (!SUPPORT_NOUNS.has(toks[n]!.lower) && toks[n]!.kind === 'w' && !toks[n]!.cap) n++;
    // ('for their "swift and generous" support': or words in quotation marks.)
    else if (QUOTE_MARKS.has(toks[n]!.text)) {
      let q = n + 1;
      while (q < n + 6 && toks[q] && !QUOTE_MARKS.has(toks[q]!.text)) q++;
      if (toks[q] && QUOTE_MARKS.has(toks[q]!.text)) n = q + 1;
    }
    if (!SUPPORT_NOUNS.has(toks[n]?.lower ?? '')) continue;
    // ("for the support given to Y": after "the", only with a participle of giving.)
    // ("for the training it has given to officers of Y": or with "it" and its verb of giving.)
    let verbAt = n + 1;
    if (toks[n + 1]?.lower === 'it') verbAt = toks[n + 2]?.lower === 'has' || toks[n + 2]?.lower === 'had' ? n + 3 : n + 2;
    // ("thanked Pakistan for the help its army and navy gave Türkiye": or with what of the state's gave it.)
    else if (toks[n + 1]?.lower === 'its' || toks[n + 1]?.lower === 'their') verbAt = givingVerbWithin(toks, n + 2);
    const given = GIVEN.has(toks[verbAt]?.lower ?? '') || (verbAt > n + 1 && toks[verbAt]?.lower === 'gave');
    if (toks[k + 1]!.lower === 'the' && !given) continue;
    if (given) n = verbAt;
    // ("... its army and navy gave Türkiye after the earthquakes": "gave" and whom, with no "to".)
    // ("for the support it has given the Tunisian Army": "has given" and whom, past its article.)
    const perfect = toks[n]!.lower === 'given' && (toks[n - 1]?.lower === 'has' || toks[n - 1]?.lower === 'had');
    const gaveWhom = given && (toks[n]!.lower === 'gave' || perfect) && (!!toks[n + 1]?.cap || (toks[n + 1]?.lower === 'the' && !!toks[n + 2]?.cap));
    // ("thanked the Kingdom of Bahrain for its support of the Unified Military Command": a possessed support "of" Y is
    // support for Y; not "its contribution of troops", what is given.)
    const supportOf = toks[n + 1]?.lower === 'of' && toks[n]!.lower === 'support' && toks[k + 1]!.lower !== 'the';
    if (!gaveWhom && toks[n + 1]?.lower !== 'to' && toks[n + 1]?.lower !== 'for' && !supportOf) {
      // "Prime Minister X, who thanked Denmark for its military aid, ...": helped is the thanker's own state (when the
      // phrase names nothing more: not "for its help in training the Estonian Navy's battalion").
      // ("thanked Colombia for its help in dismantling cocaine laboratories near the border": nor does a task no body is named in.)
      // (The help dated by the task's own date: "... near the border last year".)
      // ("thanked Türkiye for its help in equipping the academy's new simulation centre": what the task is done to.)
      const tasked = taskObject(d, unit, k, n + 1);
      if (tasked) {
        (out ??= []).push(tasked);
        continue;
      }
      // ("thanked the United States for its help in the fight against drug trafficking": so does a fight against a scourge.)
      const task = namelessTask(d, unit, n + 1) || namelessFight(d, unit, n + 1);
      const own = !toks[n + 1] || toks[n + 1]!.kind === 'p' || task ? thankerState(d, unit, k, task ? n + 2 : undefined) : [];
      for (const c of own) (out ??= []).push(c);
      continue;
    }
    const helper = unit.mentions.find((m) => m.j === k && m.entity !== undefined && !m.nested);
    let at = gaveWhom ? (toks[n + 1]?.lower === 'the' ? n + 2 : n + 1) : toks[n + 2]?.lower === 'the' ? n + 3 : n + 2;
    // "for its contribution to the security of Lithuania": the state whose security it is.
    if (GOODS.has(toks[at]?.lower ?? '') && toks[at + 1]?.lower === 'of') at = toks[at + 2]?.lower === 'the' ? at + 3 : at + 2;
    // ("to officers of the Guatemalan Army": the body the people are of.)
    else if (d.lex.peopleNouns.has(toks[at]?.lower ?? '') && toks[at + 1]?.lower === 'of') at = toks[at + 2]?.lower === 'the' ? at + 3 : at + 2;
    let helped = unit.mentions.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && !m.nested) ?? unit.mentions.find((m) => m.i === at && m.entity !== undefined);
    // ("to the AFM's Maritime Squadron": the possessed body, not its possessor.)
    if (helped && possessiveEnd(toks[helped.j]?.lower ?? '')) helped = unit.mentions.find((m) => m.i === helped!.j + 1 && m.entity !== undefined && !m.nested) ?? helped;
    // ("was conferred the medal by Major-General X for her support to Y": the agent of a passive is not whose support it was.)
    if (!helper || !helped || helper.entity === helped.entity || tokAt(toks, (helper.lead ?? helper.i) - 1)?.lower === 'by') continue;
    const s = d.list[helper.entity!]!.type;
    const t = d.list[helped.entity!]!.type;
    if (!allowsEdge('ASSISTED', s, t)) continue;
    (out ??= []).push(newCandidate('ASSISTED', helper.entity!, helped.entity!, unit.index, n, true));
  }
  return out ?? [];
}

/** Prepositions that open a phrase of time or place set off inside a fronted participle's phrase. */
const PHRASE_PREPS = new Set(['between', 'from', 'in', 'on', 'at', 'during', 'until', 'since', 'for']);

/** Participles of support that open a sentence with their agent ("Backed by the VDP, the soldiers ..."). */
const BACKED = new Set(['backed', 'supported', 'assisted', 'aided', 'helped', 'trained', 'equipped']);

/**
 * "Backed by Volunteers for the Defence of the Homeland (VDP), the soldiers neutralised ...": those by whom the main
 * clause's subject was backed assisted it.
 */
export function frontedBacking(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  const first = toks[0]?.lower === 'and' ? 1 : 0;
  if (!BACKED.has(toks[first]?.lower ?? '') || toks[first + 1]?.lower !== 'by') return [];
  // The comma closing the phrase: not one inside it ("Trained by the USCG in Key West, Florida, between March and May, its
  // crew ...": a place set off after a place, a phrase of time or place after a comma).
  let comma = -1;
  for (let k = first + 2; k < toks.length && k < first + 30; k++) {
    if (toks[k]!.text !== ',') continue;
    const next = toks[k + 1];
    if (next?.kind === 'w' && !next.cap && PHRASE_PREPS.has(next.lower)) continue;
    const placed = unit.mentions.find((m) => m.i === k + 1 && m.entity !== undefined && (d.list[m.entity]!.type === 'place' || d.list[m.entity]!.type === 'state'));
    if (placed && toks[placed.j]?.text === ',') continue;
    comma = k;
    break;
  }
  if (comma < 0) return [];
  const at = toks[comma + 1]?.lower === 'the' || toks[comma + 1]?.lower === 'its' ? comma + 2 : comma + 1;
  const subject = unit.mentions.find((m) => (m.lead ?? m.i) >= comma + 1 && (m.lead ?? m.i) <= at && m.entity !== undefined && !m.nested);
  if (!subject) return [];
  const out: Candidate[] = [];
  for (const m of unit.mentions) {
    if (m.entity === undefined || m.nested || m.i < first + 2 || m.j > comma || m.entity === subject.entity || m.demonym) continue;
    const s = d.list[m.entity]!.type;
    const t = d.list[subject.entity!]!.type;
    if (s !== 'person' && s !== 'place' && allowsEdge('ASSISTED', s, t)) out.push(newCandidate('ASSISTED', m.entity, subject.entity!, unit.index, first, true));
  }
  return out;
}

// Relation stage, signings: the state a signing minister or leader serves signs too; the parties an
// agreement is made "between" sign it; and signers attend the event their signing is placed at.
import { newCandidate, redirectCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import type { NodeType } from '../ontology.js';
import { argMentions, argsOf, coordinatedAfter, POSSESSIVE_PRONOUNS } from './args.js';
import { clauseEnd } from './clauses.js';
import { personState } from './anaphora.js';
import type { DocEntities } from './resolve.js';
import { pastShortBracket } from './tokens.js';
import { unnamed } from './unnamed.js';
import { wordClass } from './word-classes.js';

/** "the signing of the agreement": the word the two signing-of passes start from (most sentences have none). */
const SIGNING = wordClass(['signing']);

/** The state a signing person leads or serves signs too. */
/** An agreement's name that says it is between bodies of states. */
const BETWEEN_BODIES = /\bbetween the (?:\S+ )?(?:Ministry|Ministries|Armed Forces|Army|Navy|Air Force|General Staff)\b/;

export function signerStates(d: DocEntities, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'SIGNED' || c.negated || d.list[c.source]!.type !== 'person') continue;
    // ("signed the 2055 cooperation plan between the Lao Ministry of National Defence and the Vietnamese Ministry": its
    // parties are the bodies it names, not their states.)
    if (BETWEEN_BODIES.test(d.list[c.target]!.label) || BETWEEN_BODIES.test(d.units[c.sent]?.text ?? '')) continue;
    const code = personState(d, d.list[c.source]!);
    const state = code ? d.find('state:', code) : undefined;
    if (!state || hasSigned(cands, state.index, c.target) || hasPair(extra, state.index, c.target)) continue;
    extra.push(redirectCandidate(c, state.index, c.target));
  }
  return extra.length ? cands.concat(extra) : cands;
}

// (The loops here look candidates up with the plain loops below, not with arrows reading their loop
// variables: V8 would allocate a context for such a variable at every candidate.)

/** The SIGNED candidates (not negated) of sentence `sent`, or undefined when there is none (most sentences: no list made). */
function signedIn(cands: Candidate[], sent: number): Candidate[] | undefined {
  let out: Candidate[] | undefined;
  for (const c of cands) if (c.type === 'SIGNED' && !c.negated && c.sent === sent) (out ??= []).push(c);
  return out;
}

/** Whether a SIGNED candidate has `source` sign `target`. */
function hasSigned(cands: Candidate[], source: number, target: number): boolean {
  for (const x of cands) if (x.type === 'SIGNED' && x.source === source && x.target === target) return true;
  return false;
}

/** Whether a candidate goes from `source` to `target`. */
function hasPair(cands: Candidate[], source: number, target: number): boolean {
  for (const x of cands) if (x.source === source && x.target === target) return true;
  return false;
}

/**
 * "The two sides signed a memorandum ... between the Lao Ministry of National Defence and Cuba's
 * Ministry of the Revolutionary Armed Forces": the bodies and states an agreement signed in the
 * sentence is made between sign it too.
 */
export function betweenSigners(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  const signed = signedIn(cands, unit.index);
  if (!signed) return cands;
  const extra: Candidate[] = [];
  const ms = argMentions(unit);
  for (const c of signed) {
    const ag = ms.find((m) => m.entity === c.target);
    if (!ag) continue;
    for (const m of withGovernedStates(d, unit, partiesBetween(d, unit, ms, ag))) {
      const known = unnamed((x: Candidate) => x.type === 'SIGNED' && x.source === m.entity && x.target === c.target);
      if (cands.some(known) || extra.some(known)) continue;
      extra.push(redirectCandidate(c, m.entity!, c.target));
    }
  }
  return extra.length ? cands.concat(extra) : cands;
}

function party(t: NodeType): boolean {
  return t === 'state' || t === 'organization';
}

/** The states and bodies named in "between A, B and C" after the agreement mention `ag`. */
function partiesBetween(d: DocEntities, unit: SentenceUnit, ms: Mention[], ag: Mention): Mention[] {
  const toks = unit.toks;
  let p = ag.j;
  while (p < Math.min(toks.length, ag.j + 10) && toks[p]!.lower !== 'between' && toks[p]!.kind === 'w') p++;
  if (toks[p]?.lower !== 'between') return [];
  const idx = ms.findIndex((m) => (m.lead ?? m.i) >= p + 1 && (m.lead ?? m.i) <= p + 2);
  if (idx < 0) return [];
  const typeOf = d.typeOfMention;
  if (!party(typeOf(ms[idx]!) ?? 'event')) return [];
  // "Cuba's Ministry of ...": the possessed body, not its possessor.
  return [ms[idx]!, ...coordinatedAfter(unit, ms, idx, party, typeOf)].filter((m) => m.entity !== undefined && toks[m.j]?.lower !== "'s");
}

/** "witnessed the signing of a memorandum between A (AA), B (BB) and C": the parties sign it. */
export function signingOfBetween(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  const out: Candidate[] = [];
  if ((unit.classes & SIGNING) === 0) return out;
  for (let k = 0; k + 3 < toks.length; k++) {
    if (toks[k]!.lower !== 'signing' || toks[k + 1]!.lower !== 'of') continue;
    const ag = unit.mentions.find((m) => m.i >= k + 2 && m.i <= k + 3 && m.entity !== undefined && d.list[m.entity]!.type === 'agreement');
    if (!ag) continue;
    let p = ag.i;
    while (p < Math.min(toks.length, ag.j + 8) && toks[p]!.lower !== 'between') p++;
    for (const m of listedParties(d, unit, p + 1)) out.push(newCandidate('SIGNED', m.entity!, ag.entity!, unit.index, k, true));
  }
  return out;
}

const PASSIVE_SIGNED = new Set([',', 'which', 'that', 'was', 'were', 'had', 'has', 'have', 'been', 'already', 'also']);

/**
 * "the Agreement on Military Cooperation between Serbia and Belarus, signed in Belgrade in October
 * 2025", "the treaty between A and B was signed in 2019": with no signer named, the parties sign;
 * "signed a memorandum (MoU) on cooperation in hydrography ... between the Bangladesh Navy and the Sri
 * Lanka Navy": after "signed", they sign with the people who signed it.
 */
export function signedBetween(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  const toks = unit.toks;
  const out: Candidate[] = [];
  for (const ag of unit.mentions) {
    if (ag.entity === undefined || ag.nested || d.list[ag.entity]!.type !== 'agreement') continue;
    // (After the object of "signed", the parties may follow a longer complement.)
    const signedBefore = signedAround(toks, ag);
    const p = betweenAfter(toks, ag, signedBefore >= 0 ? 18 : 8);
    const parties = p >= 0 ? listedParties(d, unit, p + 1) : [];
    if (!parties.length) continue;
    const from = Math.max(ag.j, parties[parties.length - 1]!.j);
    let k = from;
    while (k < toks.length && k < from + 4 && PASSIVE_SIGNED.has(toks[k]!.lower)) k++;
    const signedAfter = toks[k]?.lower === 'signed' && toks[k + 1]?.lower !== 'by';
    // (After "signed", the parties between which it was signed sign it with the people who signed it; a passive
    // "the treaty between A and B was signed" only when no signer is named.)
    if (signedBefore < 0 && (!signedAfter || cands.some((c) => c.type === 'SIGNED' && c.target === ag.entity && c.sent === unit.index))) continue;
    for (const m of withGovernedStates(d, unit, parties)) out.push(newCandidate('SIGNED', m.entity!, ag.entity, unit.index, signedAfter ? k : signedBefore, true));
  }
  return out;
}

const SIGN_FORMS = new Set(['signed', 'sign', 'signs', 'inked', 'concluded']);
const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * The "signed" whose object agreement `ag` is ("signed a memorandum") or which follows it as a participle
 * ("a contract signed in July 2018 between X and Y", not "signed by"), or -1.
 */
function signedAround(toks: SentenceUnit['toks'], ag: Mention): number {
  if (SIGN_FORMS.has(toks[ag.i - 1]?.lower ?? '')) return ag.i - 1;
  if (SIGN_FORMS.has(toks[ag.i - 2]?.lower ?? '') && DETERMINERS.has(toks[ag.i - 1]!.lower)) return ag.i - 2;
  return toks[ag.j]?.lower === 'signed' && toks[ag.j + 1]?.lower !== 'by' ? ag.j : -1;
}

/** The "between" within `window` tokens after agreement `ag`, not past a clause's punctuation (brackets allowed), or -1. */
function betweenAfter(toks: SentenceUnit['toks'], ag: Mention, window: number): number {
  for (let p = ag.i; p < Math.min(toks.length, ag.j + window); p++) {
    const t = toks[p]!;
    if (t.lower === 'between') return p;
    if (t.kind === 'p' && t.text !== '(' && t.text !== ')') return -1;
  }
  return -1;
}

/** "search and rescue", "research and development": an "and" between two lower-case words of the thing signed. */
function nounPairAnd(toks: SentenceUnit['toks'], w: number): boolean {
  const a = toks[w - 1];
  const b = toks[w + 1];
  return toks[w]!.lower === 'and' && !!a && !!b && a.kind === 'w' && b.kind === 'w' && !a.cap && !b.cap && !PAIR_STOPS.has(b.lower);
}
const PAIR_STOPS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'also', 'will', 'would', 'said', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);
const CLAUSE_BREAKS = new Set([',', ';', '.', ':', '"', '“', '”', 'which', 'that', 'who', 'and', 'but']);

function signatory(t: NodeType): boolean {
  return t === 'state' || t === 'organization' || t === 'person';
}

/**
 * "MZKT signed a contract with Serbia's Yugoimport SDPR", "a contract that KAI signed with the
 * DND", "signed the memorandum with his counterpart X": the other party after "with" signs too.
 */
export function signedWith(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  const signed = signedIn(cands, unit.index) ?? signedUnnamed(d, unit);
  if (!signed) return cands;
  const toks = unit.toks;
  const ms = argMentions(unit);
  const extra: Candidate[] = [];
  for (const c of signed) {
    let w = c.cue + 1;
    // ("signed a memorandum of understanding (MoU) on maritime search and rescue with X": the object may be long.)
    while (w < Math.min(toks.length, c.cue + 20) && toks[w]!.lower !== 'with' && (!CLAUSE_BREAKS.has(toks[w]!.lower) || nounPairAnd(toks, w))) w++;
    if (toks[w]?.lower !== 'with') continue;
    const idx = partyAfterWith(d, unit, ms, w);
    if (idx < 0) continue;
    for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, signatory, d.typeOfMention)]) {
      if (m.entity === undefined || m.entity === c.source || m.entity === c.target) continue;
      const known = unnamed((x: Candidate) => x.type === 'SIGNED' && x.source === m.entity && x.target === c.target);
      if (cands.some(known) || extra.some(known)) continue;
      extra.push(c.source < 0 ? newCandidate('SIGNED', m.entity, c.target, c.sent, c.cue, true) : redirectCandidate(c, m.entity, c.target));
    }
  }
  return extra.length ? cands.concat(extra) : cands;
}

/**
 * "under a licence agreement signed with South Korea's Hyundai Rotem": an agreement a reduced relative says was signed
 * with a party, no signer named: a placeholder SIGNED (source -1) at the participle, for signedWith to give the party.
 */
function signedUnnamed(d: DocEntities, unit: SentenceUnit): Candidate[] | undefined {
  const toks = unit.toks;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'signed' || toks[k + 1]!.lower !== 'with') continue;
    const agreement = unit.mentions.find((m) => m.j === k && m.entity !== undefined && d.list[m.entity]!.type === 'agreement');
    if (agreement) return [newCandidate('SIGNED', -1, agreement.entity!, unit.index, k, true)];
  }
  return undefined;
}

/**
 * "with the Commissioner of the Botswana Police Service (BPS), Thato Rammidi, in X": the person named after the post
 * that opens the "with" phrase at `w`, set off by a comma (index into `ms`), else -1.
 */
function postHolderAfterWith(unit: SentenceUnit, ms: Mention[], w: number): number {
  const toks = unit.toks;
  const at = toks[w + 1]?.lower === 'the' ? w + 2 : w + 1;
  const post = unit.mentions.find((m) => m.type === 'person' && m.via === 'title' && m.i <= at && m.i >= w + 1 && m.title?.kind !== 'rank');
  if (!post) return -1;
  const comma = pastShortBracket(toks, post.j);
  if (toks[comma]?.text !== ',') return -1;
  return ms.findIndex((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) === comma + 1);
}

/**
 * The first party after "with" at token `w`, its index in `ms`, else -1 ("Serbia's state-owned Yugoimport SDPR": the
 * possessed body, not its possessor; "his counterpart X": the person, not the pronoun).
 */
function partyAfterWith(d: DocEntities, unit: SentenceUnit, ms: Mention[], w: number): number {
  const toks = unit.toks;
  // ("with her Latvian counterpart, Edgars Ziediņš": the person apposed to the counterpart.)
  const apposed = counterpartHolder(unit, ms, w);
  const holderOfPost = apposed < 0 ? postHolderAfterWith(unit, ms, w) : -1;
  if (holderOfPost >= 0) return holderOfPost;
  let idx = apposed >= 0 ? apposed : ms.findIndex((m) => (m.lead ?? m.i) > w && (m.lead ?? m.i) <= w + 3 && m.via !== 'pronoun');
  while (idx >= 0 && toks[ms[idx]!.j]?.lower === "'s") idx = ms[idx + 1] && ms[idx + 1]!.i <= ms[idx]!.j + 3 ? idx + 1 : -1;
  if (idx < 0 || (apposed < 0 && toks.slice(w + 1, ms[idx]!.i).some((t) => t.kind !== 'w' && t.lower !== "'s"))) return -1;
  // ("with RBAF Commander Major General X": the person whose post the body's name opens.)
  const holder = ms.findIndex((m) => m.type === 'person' && m.lead === ms[idx]!.i && m.i > ms[idx]!.j);
  if (holder >= 0) idx = holder;
  // "with the Czech aircraft maker Aero Vodochody": the body a demonym and a descriptor introduce, not the demonym's state.
  const described = ms[idx]!.demonym ? ms.findIndex((m) => m.i > ms[idx]!.j && m.i <= ms[idx]!.j + 3 && toks.slice(ms[idx]!.j, m.i).every((t) => t.kind === 'w' && !t.cap)) : -1;
  if (described >= 0 && ms[idx]!.j < ms[described]!.i) idx = described;
  const first = ms[idx]!;
  const type = d.typeOfMention(first);
  return type && signatory(type) && first.entity !== undefined ? idx : -1;
}

/** "with her Latvian counterpart, X" from "with" at `w`: the index in `ms` of X, the person apposed to the counterpart, else -1. */
function counterpartHolder(unit: SentenceUnit, ms: Mention[], w: number): number {
  const toks = unit.toks;
  let k = w + 1;
  if (POSSESSIVE_PRONOUNS.has(toks[k]?.lower ?? '')) k++;
  if (toks[k]?.cap && unit.mentions.some((m) => m.i === k && m.demonym)) k++;
  if (toks[k]?.lower !== 'counterpart' || toks[k + 1]?.text !== ',') return -1;
  return ms.findIndex((m) => m.i === k + 2 && m.type === 'person');
}

/** Parties with the state each "Government of STATE" among them governs: an agreement between governments binds their states. */
function withGovernedStates(d: DocEntities, unit: SentenceUnit, parties: Mention[]): Mention[] {
  const out = [...parties];
  for (const m of parties) {
    if (d.list[m.entity!]!.type !== 'organization' || unit.toks[m.i]!.lower !== 'government' || unit.toks[m.i + 1]?.lower !== 'of') continue;
    const state = unit.mentions.find((x) => x.i > m.i && x.j === m.j && x.entity !== undefined && d.list[x.entity]!.type === 'state');
    if (state && !out.includes(state)) out.push(state);
  }
  return out;
}

/**
 * "witnessed the signing of the Agreement on X by Minister A and Lao Minister B", "concluded with
 * the signing of the Cairo Declaration ... by the three ministers": those after "by" sign it.
 */
export function signingOfBy(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if ((unit.classes & SIGNING) === 0) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 0; k + 3 < toks.length; k++) {
    if (toks[k]!.lower !== 'signing' || toks[k + 1]!.lower !== 'of') continue;
    const ag = unit.mentions.find((m) => m.i >= k + 2 && m.i <= k + 3 && m.entity !== undefined && d.list[m.entity]!.type === 'agreement');
    if (!ag) continue;
    let by = ag.j;
    while (by < Math.min(toks.length, ag.j + 12) && toks[by]!.lower !== 'by' && !CLAUSE_BREAKS.has(toks[by]!.lower)) by++;
    if (toks[by]?.lower !== 'by') continue;
    const ms = argMentions(unit);
    let idx = ms.findIndex((m) => (m.lead ?? m.i) > by && (m.lead ?? m.i) <= by + 2 && m.via !== 'pronoun');
    // "by the foreign ministers of the two countries, A and B": the people named after the plural post.
    if (idx < 0 && toks[by + 1]?.lower === 'the') {
      let c = by + 2;
      while (c < Math.min(toks.length, by + 10) && toks[c]!.text !== ',') c++;
      if (toks[c]?.text === ',') idx = ms.findIndex((m) => (m.lead ?? m.i) === c + 1 && d.typeOfMention(m) === 'person');
    }
    const first = idx >= 0 ? ms[idx]! : undefined;
    const type = first && d.typeOfMention(first);
    if (!first || !type || !signatory(type)) continue;
    for (const m of [first, ...coordinatedAfter(unit, ms, idx, signatory, d.typeOfMention)]) {
      for (const a of argsOf(m, d.typeOfEntity)) if (signatory(a.type)) (out ??= []).push(newCandidate('SIGNED', a.entity, ag.entity!, unit.index, k, true));
    }
  }
  return out ?? [];
}

/** Bodies and states listed from token `from` ("Azerbaijan Railways (ADY), Kazakhstan Temir Zholy (KTZ) and UTY"), nested or not. */
function listedParties(d: DocEntities, unit: SentenceUnit, from: number): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  let k = from;
  while (k < toks.length) {
    const t = toks[k]!;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'the') { k++; continue; }
    if (t.text === '(' && toks[k + 2]?.text === ')') { k += 3; continue; }
    const m = unit.mentions.find((x) => x.i === k && x.entity !== undefined && !x.demonym && party(d.list[x.entity]!.type));
    if (!m || toks[m.j]?.lower === "'s") break;
    out.push(m);
    k = m.j;
  }
  return out.length >= 2 ? out : [];
}

/** Event heads where a signing takes place ("signed the accord at a ceremony / at the close of the summit"). */
const SIGNING_VENUES = new Set(['ceremony', 'signing', 'summit', 'meeting', 'talks', 'forum', 'conference', 'session']);

/**
 * People who signed an agreement whose signing a sentence places at an event ("Colombia and
 * Panama signed the accord at a ceremony in X ... The accord was signed by A and B") attend
 * that event. Returns the new ATTENDED candidates (none already among `cands`).
 */
export function signersAttend(d: DocEntities, units: readonly SentenceUnit[], cands: readonly Candidate[]): Candidate[] {
  const venueOf = new Map<number, number>();
  for (const c of cands) {
    if (c.type !== 'SIGNED' || c.negated || venueOf.has(c.target)) continue;
    const toks = units[c.sent]!.toks;
    const end = clauseEnd(toks, c.cue);
    for (const m of units[c.sent]!.mentions) {
      if (m.entity === undefined || m.i <= c.cue || m.i > end + 12) continue;
      const e = d.list[m.entity]!;
      if (e.type !== 'event' || !SIGNING_VENUES.has(e.head ?? '')) continue;
      // "at a ceremony", "at the close of their summit", "during the talks".
      let at = false;
      for (let k = Math.max(c.cue + 1, m.i - 6); k < m.i; k++) if (toks[k]!.lower === 'at' || toks[k]!.lower === 'during') at = true;
      if (at) {
        venueOf.set(c.target, m.entity);
        break;
      }
    }
  }
  if (!venueOf.size) return [];
  const out: Candidate[] = [];
  for (const c of cands) {
    const event = c.type === 'SIGNED' && !c.negated ? venueOf.get(c.target) : undefined;
    if (event === undefined || d.list[c.source]!.type !== 'person') continue;
    const known = unnamed((x: Candidate) => x.type === 'ATTENDED' && x.source === c.source && x.target === event);
    if (cands.some(known) || out.some(known)) continue;
    out.push(newCandidate('ATTENDED', c.source, event, c.sent, c.cue, true));
  }
  return out;
}

// Relation stage, arguments: find the subject(s) of a cue to its left (nearest fitting mention
// in the clause, coordinated subjects, the clause subject for "... and thanked X", the speaker
// for "I" / "we" in a quotation, the antecedent of "who") and its object(s) to the right
// (after the cue or one of its prepositions, with coordinated lists "X, Y and Z").
import type { NodeType } from '../ontology.js';
import type { Mention, SentenceUnit } from './model.js';
import { AUX, clauseStart, frontedPhraseComma, OBJECT_DETERMINERS, REPORTING_VERBS } from './clauses.js';
import { getLexicon } from './lexicon.js';
import { afterWith, lowerWordsIn, pastBracket, pastShortBracket, possessiveEnd, QUOTE_MARKS, tokAt, type Tok } from './tokens.js';
import { ATTRIBUTION_VERBS, CUE_WORD } from './cues.js';
import { LED_BY, LED_GROUPS } from './cue-frames.js';
import { apposedHolder, complementHolder, describedItem, itemEnd, opensClause, personOfState, postOpens, postThenHolder, roleApposedGap, titledPossessee } from './list-items.js';
import { PARTY_ADJECTIVES, STANCE_VERBS } from './names.js';
import { IRREGULAR_PAST } from './runs.js';

/** One argument: an entity and the mention that named it. */
export interface Arg {
  entity: number;
  type: NodeType;
  mention: Mention;
}

export type Accept = (type: NodeType) => boolean;

const ADVERBS = new Set(['also', 'then', 'personally', 'later', 'again', 'jointly', 'formally', 'officially', 'reportedly', 'already', 'once', 'subsequently', 'finally', 'immediately', 'warmly', 'have', 'has', 'had', 'would', 'will', 'could', 'had', 'not', 'been']);
const LIGHT_VERBS = new Set(['is', 'are', 'was', 'were', 'held', 'had', 'made', 'gave', 'took', 'has', 'have', 'expressed', 'voiced', 'paid', 'conveyed', 'offered', 'extended', 'hold', 'make', 'give', 'take', 'pay', 'express']);
/** Nouns of a part of a unit ("a battery of", "a company of"), which a list's next item may open with. */
const SUBUNITS = new Set(['battery', 'batteries', 'company', 'companies', 'platoon', 'platoons', 'detachment', 'detachments', 'squadron', 'battalion', 'element', 'elements']);
const COORD_FILLERS = new Set(['the', 'a', 'an', 'people', 'of', 'government', 'leadership', 'citizens', 'authorities', 'nation', 'its', 'their']);
/** Modifiers before a coordinated title that do not break the list ("X and visiting President Y"). */
const COORD_MODIFIERS = new Set(['visiting', 'outgoing', 'incoming', 'acting', 'former', 'newly', 'formed', 'created', 'established', 'elected', 'his', 'her',
  // "the destroyer INS Kolkata and the frigate INS Trikand": a ship noun before a ship's name.
  'frigate', 'destroyer', 'corvette', 'submarine', 'cruiser', 'warship', 'ship', 'vessel', 'minesweeper', 'icebreaker', 'patrol', 'boat', 'offshore', 'cutter',
  // "Sudan's army and the paramilitary Rapid Support Forces signed": a word of what kind of armed body before its name.
  'paramilitary', 'rebel', 'militant', 'separatist', 'insurgent', 'opposition', 'ruling']);

/** Entities a mention stands for (one, or several for a group anaphor). */
export function argsOf(m: Mention, types: (i: number) => NodeType): Arg[] {
  if (m.group?.length) return m.group.map((e) => ({ entity: e, type: types(e), mention: m }));
  return m.entity === undefined ? [] : [{ entity: m.entity, type: types(m.entity), mention: m }];
}

/** Mentions that can be arguments: resolved, not inside another name. */
export function argMentions(unit: SentenceUnit): Mention[] {
  const out: Mention[] = [];
  for (const m of unit.mentions) if (!m.nested && (m.entity !== undefined || (m.group?.length ?? 0) > 0)) out.push(m);
  return out;
}

/** Token `k` of the gap [from, to) is "and". */
function hasAnd(unit: SentenceUnit, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (unit.toks[k]!.lower === 'and') return true;
  return false;
}

/** Token `k` is a people noun after a count ("760 troops"): in a gap, it opens the next item. */
function countedAt(unit: SentenceUnit, k: number): boolean {
  return unit.toks[k - 1]?.kind === 'n' && ACTING_GROUPS.has(unit.toks[k]!.lower);
}

/**
 * Some token of [from, to) is a counted people noun ("Soldiers of Brigade 70 and 760 troops of the 75th Group Army":
 * a count and its people's noun may open the next item, in a gap of up to six tokens).
 */
function countedWithin(unit: SentenceUnit, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (countedAt(unit, k)) return true;
  return false;
}

/**
 * The tokens [from, to) join a mention to the one after it: "and", ", ", "and the" (1..4 tokens; "," only after the
 * first; up to six with a counted people noun, "and 760 troops of the").
 */
function gapBefore(unit: SentenceUnit, from: number, to: number, first: boolean): boolean {
  if (groupOfNextItem(unit, from, to)) return true;
  const n = to - from;
  if (n <= 0 || n > 6 || (n > 4 && !countedWithin(unit, from, to))) return false;
  if (!hasAnd(unit, from, to) && (first || unit.toks[from]!.lower !== ',')) return false;
  // ("the patrol vessel X and the landing ship Y were deployed": lower-case words describing a ship before its name.)
  const shipTail = getLexicon().shipNouns.has(unit.toks[to - 1]!.lower);
  for (let k = from; k < to; k++) {
    const w = unit.toks[k]!.lower;
    // "paratroopers of the X and of the Y took part": a repeated "of" after "and".
    if (w === 'of' && unit.toks[k - 1]?.lower === 'and') continue;
    if (shipTail && k >= to - 3 && unit.toks[k]!.kind === 'w' && !unit.toks[k]!.cap && w !== 'and') continue;
    // ("900 troops of the X Brigade and 600 from the Y Brigade": a count of the next item's people.)
    if ((unit.toks[k]!.kind === 'n' && unit.toks[k - 1]?.lower === 'and') || ((w === 'from' || w === 'of') && unit.toks[k - 1]?.kind === 'n')) continue;
    if (countedAt(unit, k) || (w === 'of' && k > from && countedAt(unit, k - 1))) continue;
    if (!(w === 'and' || w === ',' || w === 'the' || COORD_MODIFIERS.has(w))) return false;
  }
  return true;
}

/** The tokens [from, to) are one to three lower-case words of a ship's description, a ship noun last ("patrol vessel", "anti-submarine corvette"). */
export function shipDescriptionGap(unit: SentenceUnit, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || !lowerWordsIn(unit.toks, from, to)) return false;
  return getLexicon().shipNouns.has(unit.toks[to - 1]!.lower);
}

/** The tokens [from, to) are lower-case words naming a body of troops, then "in" ("peacekeeping contingent in", "troops in"). */
function troopsInGap(unit: SentenceUnit, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || unit.toks[to - 1]!.lower !== 'in' || !lowerWordsIn(unit.toks, from, to)) return false;
  const noun = unit.toks[to - 2]!.lower;
  const lex = getLexicon();
  return lex.unitHeads.has(noun) || lex.troopAnaphors.has(noun) || UNIT_PEOPLE.has(noun);
}

/** The tokens [from, to) are one to three lower-case words describing a body, its descriptor last ("space agency", "state broadcaster"). */
function bodyDescriptionGap(unit: SentenceUnit, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3 || !lowerWordsIn(unit.toks, from, to)) return false;
  return getLexicon().orgDescriptors.has(unit.toks[to - 1]!.lower);
}

/** The tokens [from, to) are "of" or "of the". */
function ofBetween(unit: SentenceUnit, from: number, to: number): boolean {
  return unit.toks[from]?.lower === 'of' && (to === from + 1 || (to === from + 2 && unit.toks[from + 1]!.lower === 'the'));
}

/** Token `k` of the gap [from, to) is "of". */
function hasOf(unit: SentenceUnit, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (unit.toks[k]!.lower === 'of') return true;
  return false;
}

/** "of (the) X", "of the Y's X": the item `m` comes after its own "of". */
function ofBefore(unit: SentenceUnit, ms: Mention[], m: Mention): boolean {
  let start = m.lead ?? m.i;
  // ("of the Sudanese Armed Forces' 9th Division": past the item's possessor.)
  if (unit.toks[start - 1]?.lower === "'s") start = ms.find((x) => x.j === start - 1)?.i ?? start;
  const w = unit.toks[start - 1]?.lower;
  return w === 'of' || (w === 'the' && unit.toks[start - 2]?.lower === 'of');
}

/** Words of a headcount before a force noun: "and more than 700 troops of the". */
const COUNT_WORDS = new Set(['more', 'than', 'some', 'about', 'around', 'nearly', 'over', 'almost', 'roughly', 'from']);

/** The tokens [from, to) continue a list: "and", ",", "and the people of", "and more than 700 troops of the" (1..5 tokens, 9 with a headcount). */
function gapAfter(unit: SentenceUnit, from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > 9) return false;
  if (!hasAnd(unit, from, to) && unit.toks[from]!.lower !== ',') return false;
  let force = false;
  // ("the stealth frigate X and the anti-submarine corvette Y": any lower-case words describing a ship before its name.)
  const shipTail = getLexicon().shipNouns.has(unit.toks[to - 1]!.lower);
  for (let k = from; k < to; k++) {
    const t = unit.toks[k]!;
    const w = t.lower;
    if (w === 'and' || w === ',' || COORD_FILLERS.has(w) || COORD_MODIFIERS.has(w)) continue;
    // ("went to A, commander of X, and to B": the preposition repeated after "and".)
    // ("signed by the Minister of the Armed Forces, A, and by B": an agent's "by" too.)
    // ("held talks with the Chief of the General Staff, A, and with Prime Minister B": or a "with".)
    // ("deployed in Banjul and in Kanilai": or an "in".)
    if ((w === 'to' || w === 'by' || w === 'with' || w === 'in') && unit.toks[k - 1]!.lower === 'and') continue;
    if (shipTail && k >= to - 3 && t.kind === 'w' && !t.cap) continue;
    // ("the 8th Regiment and a battery of Ukraine's 138th Brigade": a sub-unit of the next item stands for it.)
    if (ACTING_GROUPS.has(w) || SUBUNITS.has(w)) force = true;
    else if (t.kind !== 'n' && !COUNT_WORDS.has(w)) return false;
  }
  return n <= 5 || force;
}

/** Index in `ms` of the mention X in "X, who|which ..., and CUR", or -1. */
function relativeDescribed(unit: SentenceUnit, ms: Mention[], cur: Mention): number {
  const toks = unit.toks;
  let and = (cur.lead ?? cur.i) - 1;
  // ("900 troops of the X Brigade, based in Jutiapa, and 600 from the Y Brigade": past a count of the item's people.)
  if (toks[and]?.lower === 'the') and--;
  if ((toks[and]?.lower === 'from' || toks[and]?.lower === 'of') && toks[and - 1]?.kind === 'n') and -= 2;
  // ("the X, which is based at Sliač, and four Czech F-35A jets of the Y": past a group opening the item.)
  for (let q = (cur.lead ?? cur.i) - 3; toks[and]?.lower !== 'and' && q >= Math.max(0, (cur.lead ?? cur.i) - 8); q--) if (toks[q]!.lower === 'and' && groupOfNextItem(unit, q, cur.lead ?? cur.i)) and = q;
  if (toks[and]?.lower !== 'and' || toks[and - 1]?.text !== ',') return -1;
  for (let q = and - 2; q > Math.max(0, and - 24); q--) {
    if (toks[q]!.kind === 'p' && toks[q]!.text !== ',') return -1;
    if (toks[q]!.text !== ',') continue;
    // ("the X Brigade, based in Jutiapa, and the Y Brigade": a participle of where a unit is based describes it too.)
    if (BASED_PARTICIPLES.has(toks[q + 1]?.lower ?? '') && PLACE_AFTER_BASED.has(toks[q + 2]?.lower ?? '')) return ms.findIndex((m) => m.j === q && !m.nested);
    if (!RELATIVE_WORDS.has(toks[q + 1]?.lower ?? '')) return -1;
    // (A subject relative only: "the Exchange of Letters, which Malaysia and Brunei signed in 2009, and Malaysia thanked ...".)
    const next = toks[q + 2];
    if (!next || next.kind !== 'w' || next.cap || next.lower === 'the') return -1;
    return ms.findIndex((m) => m.j === q && !m.nested);
  }
  return -1;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'whose']);
/** Place mention `m` follows "based in" (or another BASED_PARTICIPLES word and its preposition). */
function basedBefore(unit: SentenceUnit, m: Mention): boolean {
  let p = (m.lead ?? m.i) - 1;
  if (unit.toks[p]?.lower === 'the') p--;
  return PLACE_AFTER_BASED.has(unit.toks[p]?.lower ?? '') && BASED_PARTICIPLES.has(unit.toks[p - 1]?.lower ?? '');
}

/** Participles of where a unit or body is ("based in X", "headquartered at Y"), and the prepositions after them. */
const BASED_PARTICIPLES = new Set(['based', 'headquartered', 'stationed', 'garrisoned', 'located']);
const PLACE_AFTER_BASED = new Set(['in', 'at', 'near', 'on']);

/** Possessive pronouns that may open a coordinated item ("and her Algerian counterpart"). */
const POSSESSIVE_OPENERS = new Set(['his', 'her', 'their']);

/** Words of a share of a group ("most of them from X", "many of them from X"). */
const SHARES = new Set(['most', 'many', 'all', 'some', 'half', 'several', 'both']);

/** The token before a possessor's name that the possessive at `p` closes ("the Zambia Army's"), or `p` when none is there. */
function beforePossessor(unit: SentenceUnit, p: number): number {
  if (!/^['’]s$/.test(unit.toks[p]?.text ?? '')) return p;
  return (unit.mentions.find((x) => x.j === p && !x.nested)?.i ?? p + 1) - 1;
}

/** Mention `m` follows "most of them from" or "mostly from": the source of part of the group named before. */
function partitiveSource(unit: SentenceUnit, m: Mention): boolean {
  const toks = unit.toks;
  // ("most of them from the 72nd Brigade's 20th Motorised Battalion": past the possessor.)
  let p = beforePossessor(unit, (m.lead ?? m.i) - 1);
  if (toks[p]?.lower === 'the') p--;
  if (toks[p]?.lower !== 'from') return false;
  if (toks[p - 1]?.lower === 'mostly' || toks[p - 1]?.lower === 'mainly') return true;
  return toks[p - 1]?.lower === 'them' && toks[p - 2]?.lower === 'of' && SHARES.has(toks[p - 3]?.lower ?? '');
}

/** A unit other than `m` opens the clause at `cs` ("The contingent of 92 members ..."). */
function unitOpens(ms: Mention[], cs: number, m: Mention, o: LeftOpts): boolean {
  return ms.some((x) => x !== m && (x.lead ?? x.i) >= cs && (x.lead ?? x.i) <= cs + 1 && !x.nested && o.typeOf(x) === 'unit');
}

/** Mention `m` follows "and (five) other <troops> of (the (X's))" ("X and five other marines of the brigade's MBLT-3"). */
function othersOf(unit: SentenceUnit, m: Mention): boolean {
  const toks = unit.toks;
  let p = beforePossessor(unit, (m.lead ?? m.i) - 1);
  if (toks[p]?.lower === 'the') p--;
  if (toks[p]?.lower !== 'of' || !ACTING_GROUPS.has(toks[p - 1]?.lower ?? '') || toks[p - 2]?.lower !== 'other') return false;
  const q = toks[p - 3]?.lower === 'and' ? p - 3 : toks[p - 4]?.lower === 'and' && toks[p - 3]!.kind !== 'p' ? p - 4 : -1;
  return q > 0;
}

/** Mention `m` follows a participle and "mainly from" ("drawn mainly from X", "recruited mostly from Y"). */
function drawnFrom(unit: SentenceUnit, m: Mention): boolean {
  // ("drawn mainly from the Zambia Army's 5 Infantry Battalion": past the possessor.)
  let p = beforePossessor(unit, (m.lead ?? m.i) - 1);
  if (unit.toks[p]?.lower === 'the') p--;
  const w = unit.toks[p - 2];
  return (unit.toks[p - 1]?.lower === 'mainly' || unit.toks[p - 1]?.lower === 'mostly') && w?.kind === 'w' && !w.cap && /(?:ed|wn|en)$/.test(w.lower);
}

export function coordinatedBefore(unit: SentenceUnit, ms: Mention[], idx: number, accept: Accept, typeOf: (m: Mention) => NodeType | undefined): Mention[] {
  const out: Mention[] = [];
  let k = idx;
  while (k > 0) {
    let cur = ms[k]!;
    let prev = ms[k - 1]!;
    // "the two governments" already names all its members.
    if (cur.via === 'group') break;
    // "In the presence of the two heads of state, A and B signed": a group after a preposition is no subject.
    if (prev.via === 'group' && (prepObject(unit, prev) || unit.toks[prev.i - 1]?.lower === 'of')) break;
    // "Germany sent tanks to Lithuania, and Italy sent ...": the object of an earlier clause is no co-subject.
    // ("after he and President X had held talks": a conjunction opening the clause is no preposition.)
    // ("the X Brigade, based in Jutiapa, and the Y Brigade": unless a participle of where X is based ends before ", and".)
    // ("1,300 soldiers of the RCAF, most of them from Brigade 70, and 760 troops of X": nor a partitive's source.)
    if (k === idx && (unit.toks[prev.j]?.text === ',' || FINITE.has(unit.toks[cur.j]?.lower ?? '')) && prepObject(unit, prev) && !prepObject(unit, cur) && !CLAUSE_CONJUNCTIONS.has(unit.toks[(prev.lead ?? prev.i) - 1]?.lower ?? '') && !basedBefore(unit, prev) && !partitiveSource(unit, prev)) break;
    // "A and the Danish ambassador, B, were present": the role before B's comma is B itself.
    if (prev.via === 'title' && unit.toks[prev.j]?.text === ',' && prev.j + 1 === (cur.lead ?? cur.i) && k >= 2) {
      cur = prev;
      prev = ms[k - 2]!;
      k--;
    }
    // ("Defence Minister X and her Algerian counterpart signed": a possessive pronoun opening the item is no item.)
    if (k >= 2 && prev.via === 'pronoun' && prev.j === (cur.lead ?? cur.i) && POSSESSIVE_OPENERS.has(unit.toks[prev.i]!.lower) && unit.toks[prev.i - 1]?.lower === 'and' && cur.demonym) {
      prev = ms[k - 2]!;
      k--;
    }
    // "the 5th Brigade and the Polish 16th Mechanised Division": a demonym right before the item opens it.
    if (k >= 2 && prev.demonym && prev.j === (cur.lead ?? cur.i)) {
      cur = prev;
      prev = ms[k - 2]!;
      k--;
    }
    // "the Cypriot patrol vessel Alasia and the French frigate Provence": a demonym and a ship's description open the item.
    // ("Roscosmos and the Kazakh space agency Kazcosmos signed": or a body's description.)
    // ("the UAE Navy corvette Bani Yas and the Indian Navy destroyer INS X": or the navy and the ship's description;
    // "the Republic of Singapore Navy (RSN) frigate RSS Stalwart": past the navy's acronym.)
    if (k >= 2 && ((prev.demonym && (shipDescriptionGap(unit, prev.j, cur.lead ?? cur.i) || bodyDescriptionGap(unit, prev.j, cur.lead ?? cur.i))) || (typeOf(prev) === 'organization' && shipDescriptionGap(unit, pastBracket(unit.toks, prev.j), cur.lead ?? cur.i)))) {
      cur = prev;
      prev = ms[k - 2]!;
      k--;
    }
    // "of the X's 9th Division and of the Y's Z Forces": the item before is the one before Z's possessor.
    if (k >= 2 && prev.j + 1 === (cur.lead ?? cur.i) && possessiveEnd(unit.toks[prev.j]?.lower ?? '') && !prev.demonym) {
      const t = typeOf(prev);
      if (t === 'organization' || t === 'unit' || t === 'state') {
        cur = prev;
        prev = ms[k - 2]!;
        k--;
      }
    }
    // ("A and the commander of the ANT's 5th Defence and Security Zone, General B, signed": past the bodies the post names
    // between "and" and B, to the person before it.)
    if (cur.type === 'person' && cur.title && unit.toks[(cur.lead ?? cur.i) - 1]?.text === ',' && prev.type !== 'person') {
      let q = k - 1;
      while (q >= 0 && ms[q]!.type !== 'person' && !ms[q]!.demonym) q--;
      if (q >= 0 && q < k - 1 && ms[q]!.type === 'person' && postOfBodiesGap(unit, pastBracket(unit.toks, ms[q]!.j), cur)) {
        prev = ms[q]!;
        k = q + 1;
      }
    }
    // ("A, and the Central African defence minister, B, also attended": a demonym inside the post set off before B is no item.)
    if (cur.type === 'person' && prev.demonym && k >= 2 && ms[k - 2]!.type === 'person' && demonymPostGap(unit, pastBracket(unit.toks, ms[k - 2]!.j), cur)) {
      prev = ms[k - 2]!;
      k--;
    }
    // ("Brazil's ambassador to the Central African Republic, A, and ...": the place of a post set off before A is no item.)
    if (cur.type === 'person' && prev.j === (cur.lead ?? cur.i) - 1 && unit.toks[prev.j]?.text === ',') {
      const before = (prev.lead ?? prev.i) - (unit.toks[(prev.lead ?? prev.i) - 1]?.lower === 'the' ? 2 : 1);
      if ((unit.toks[before]?.lower === 'to' || unit.toks[before]?.lower === 'in') && getLexicon().titles.match([unit.toks[before - 1]?.lower ?? ''], 0)) break;
    }
    // "A, who hosted the summit, and B signed": the item before ", and" is the one the relative clause describes.
    const described = relativeDescribed(unit, ms, cur);
    if (described >= 0) {
      const dt = typeOf(ms[described]!);
      if (!dt || !accept(dt)) break;
      out.push(ms[described]!);
      k = described;
      continue;
    }
    // "X, Y and several former ambassadors attended": Y closes the named part of a longer list.
    const first = k === idx && !(unit.toks[cur.j]?.lower === 'and' && unit.toks[cur.j + 1]?.kind === 'w' && !unit.toks[cur.j + 1]!.cap);
    // "Armenian forces and Azerbaijani troops clashed": a demonym's force noun does not break the list.
    // ("the Cambodian Mine Action Centre (CMAC) and the Thailand Mine Action Center (TMAC) signed": past the item's acronym.)
    // ("fighters of the X and four Czech F-35A jets of the Y": a demonym inside the group opening Y is no item.)
    if (prev.demonym && k >= 2 && groupOfNextItem(unit, pastBracket(unit.toks, ms[k - 2]!.j), cur.lead ?? cur.i)) {
      prev = ms[k - 2]!;
      k--;
    }
    let from = pastBracket(unit.toks, prev.j);
    // ("soldiers of the 25th Brigade "Scorpion" of the Kyrgyz Armed Forces and of X's 36th Brigade": past a unit's
    // nickname and the force it is "of".)
    if (typeOf(prev) === 'unit' && QUOTE_MARKS.has(unit.toks[prev.j]?.text ?? '')) from = Math.max(from, itemEnd(unit, prev));
    // ("The Sudanese government and the SPLM-N signed": so is a demonym's government.)
    if (prev.demonym) while (from < (cur.lead ?? cur.i) && (ACTING_GROUPS.has(unit.toks[from]!.lower) || unit.toks[from]!.lower === 'government')) from++;
    // ("of the X and of the Y": only when the item before has its own "of".)
    const ok = (gapBefore(unit, from, cur.lead ?? cur.i, first) && (!hasOf(unit, from, cur.lead ?? cur.i) || ofBefore(unit, ms, prev) || partitiveSource(unit, prev))) || roleApposedGap(unit, from, cur) || (cur.title !== undefined && (postOfBodiesGap(unit, from, cur) || demonymPostGap(unit, from, cur)));
    // "A of Djibouti and B of Eritrea signed": the person before "of STATE" is the item.
    // ("the frigate Kimon of the Hellenic Navy, the Cypriot patrol vessel Alasia and ...": so is a unit before "of" its service.)
    let holder = personOfState(unit, ms, k - 1);
    if (holder < 0 && k >= 2 && typeOf(prev) === 'organization' && typeOf(ms[k - 2]!) === 'unit' && ofBetween(unit, ms[k - 2]!.j, prev.lead ?? prev.i)) holder = k - 2;
    const item = holder >= 0 ? ms[holder]! : prev;
    const t = typeOf(item);
    if (!ok || !t || !accept(t)) break;
    out.push(item);
    k = holder >= 0 ? holder : k - 1;
  }
  return out;
}

/**
 * Tokens `from` .. B's lead read "(,) and the <demonym> <post>," ("and the Central African defence minister, B"): a post
 * in lower case, with a demonym and portfolio words before it, set off before B.
 */
function demonymPostGap(unit: SentenceUnit, from: number, cur: Mention): boolean {
  const toks = unit.toks;
  const to = cur.lead ?? cur.i;
  let p = toks[from]?.text === ',' ? from + 1 : from;
  if (toks[p]?.lower !== 'and' || toks[p + 1]?.lower !== 'the' || toks[to - 1]?.text !== ',' || to - p > 10) return false;
  p += 2;
  let post = false;
  for (let k = p; k < to - 1; k++) {
    const t = toks[k]!;
    if (t.kind !== 'w') return false;
    if (t.cap) {
      if (!unit.mentions.some((m) => m.demonym && m.i <= k && k < m.j)) return false;
      continue;
    }
    if (getLexicon().titles.match(toks.slice(k, to - 1).map((x) => x.lower), 0)?.length === to - 1 - k) post = true;
  }
  return post;
}

/**
 * Tokens `from` .. B's lead read "and the <post> of <bodies>," ("and the commander of the ANT's 5th Defence and Security
 * Zone, General B"): words, ordinals and possessives only, opened by "and the" and a post, within 16 tokens.
 */
function postOfBodiesGap(unit: SentenceUnit, from: number, cur: Mention): boolean {
  const toks = unit.toks;
  const to = cur.lead ?? cur.i;
  if (toks[from]?.lower !== 'and' || toks[from + 1]?.lower !== 'the' || toks[to - 1]?.text !== ',' || to - from > 16) return false;
  const post = getLexicon().titles.match(toks.slice(from + 2, from + 9).map((t) => t.lower), 0);
  if (!post || post.value === 'rank' || toks[from + 2 + post.length]?.lower !== 'of') return false;
  for (let k = from + 3 + post.length; k < to - 1; k++) {
    const t = toks[k]!;
    if (t.kind !== 'w' && t.kind !== 'n' && !possessiveEnd(t.lower)) return false;
  }
  return true;
}

/** Mentions coordinated after `ms[idx]` ("X, Y and Z", "X and the people of Y"). */
export function coordinatedAfter(unit: SentenceUnit, ms: Mention[], idx: number, accept: Accept, typeOf: (m: Mention) => NodeType | undefined): Mention[] {
  const out: Mention[] = [];
  let k = idx;
  let sawAnd = false;
  while (k + 1 < ms.length) {
    const cur = ms[k]!;
    const described = describedItem(unit, ms, k);
    if (described > k) {
      // "X, a Finnish battlegroup from the Y and the Z": the described item Y joins the list.
      const y = ms[described]!;
      const t = typeOf(y);
      if (!t || !accept(t)) break;
      out.push(y);
      k = described;
      continue;
    }
    // "A, Deputy Commander of the PLA Ground Force, and B", "Brigade 70 of the RCAF, X and Y": the list goes on after the item's own complement.
    const from = itemEnd(unit, cur);
    while (k + 1 < ms.length && ms[k + 1]!.i < from) k++;
    if (k + 1 >= ms.length) break;
    let next = ms[k + 1]!;
    const to = next.lead ?? next.i;
    let ok = gapAfter(unit, from, to);
    // "... and the Swedish Army's Norrbotten Regiment": the possessed name is the item, not its possessor.
    const possessed = unit.toks[next.j]?.lower === "'s" ? ms[k + 2] : undefined;
    if (possessed && possessed.i === next.j + 1) {
      next = possessed;
      k++;
    } else if (unit.toks[next.j]?.lower === "'s" && titledPossessee(ms, k + 1) > k + 1) {
      // "A and Denmark's Minister for Climate, Energy and Utilities, B": the minister, not the state.
      const q = titledPossessee(ms, k + 1);
      next = ms[q]!;
      k = q - 1;
    } else if (next.type !== 'person' && unit.toks[(next.lead ?? next.i) - 1]?.lower !== 'and' && apposedHolder(unit, ms, k + 1) > k + 1) {
      // "A and the commissioner of the Royal Constabulary, B": the body is B's, B is the item.
      const q = apposedHolder(unit, ms, k + 1);
      next = ms[q]!;
      k = q - 1;
    } else if (next.type !== 'person' && complementHolder(unit, ms, k + 1, from) > k + 1) {
      // "..., and the High Commissioner of India to Mauritius, Mr C": the places of C's post are no items.
      const q = complementHolder(unit, ms, k + 1, from);
      next = ms[q]!;
      k = q - 1;
    } else if (next.demonym && ms[k + 2] !== undefined && (ms[k + 2]!.i === next.j || shipDescriptionGap(unit, next.j, ms[k + 2]!.lead ?? ms[k + 2]!.i)) && ms[k + 2]!.type !== 'state' && ms[k + 2]!.type !== 'person') {
      // "the 1st Commando Brigade and the Turkish 2nd Brigade", "X and the Omani corvette Al Shamikh": the demonym opens
      // the item, it is not one.
      next = ms[k + 2]!;
      k++;
    } else if (next.type === 'organization' && ms[k + 2]?.type === 'unit' && ms[k + 2]!.i > next.j && shipDescriptionGap(unit, next.j, ms[k + 2]!.lead ?? ms[k + 2]!.i)) {
      // ("the frigate X and the Finnish Navy minelayer FNS Y": a navy and a ship's description open the ship's name.)
      next = ms[k + 2]!;
      k++;
    } else if (ms[k + 2] !== undefined && ms[k + 2]!.lead !== undefined && ms[k + 2]!.lead! <= next.i) {
      // "..., Bangladesh's Power Secretary Farzana Rahman and ...": the titled person whose lead holds the state is the item.
      // "A and Chief of Staff of the Indonesian Air Force (KSAU) Air Chief Marshal B": the gap runs to the post's start.
      next = ms[k + 2]!;
      ok ||= gapAfter(unit, from, next.lead!);
      k++;
    }
    // "A and the Chief of the Defence Force of the F-FDTL (F-FDTL), Major General B", "A, and the Ghanaian battalion
    // commander, Lieutenant Colonel B": a post of any shape, then a comma and the titled person who holds it.
    // (The post's own words may hold "and": "the Secretary General for Investments and Armaments, B, and C"; only the
    // words opening the post tell whether the list ends.)
    let andTo = to;
    if (!ok) {
      const q = postThenHolder(unit, ms, k + 1, from);
      if (q >= k + 1) {
        next = ms[q]!;
        k = q - 1;
        ok = true;
        andTo = Math.min(to, from + 2);
      }
    }
    const t = typeOf(next);
    // "A and Kyrgyzstan's Minister of Natural Resources, B": a titled apposition introduces the next item.
    // "A, Haiti's President, B, and C": a comma may open it too.
    const titled = !ok && next.type === 'person' && next.title?.affiliation !== undefined && (unit.toks[from]?.lower === 'and' || unit.toks[from]?.text === ',') && (unit.toks[next.i - 1]?.text === ',' || unit.toks[(next.lead ?? next.i) - 1]?.text === ',') && next.i - from <= 16 && !opensClause(unit, from, next.lead ?? next.i);
    if ((!ok && !titled && !postOpens(unit, from, next)) || !t || !accept(t)) break;
    out.push(next);
    if (hasAnd(unit, from, andTo)) {
      sawAnd = true;
      // ("members of the 1st Army Brigade and River Flotilla and 280 soldiers of the 25th Brigade": a counted group
      // after a second "and" goes on with the list.)
      const e = itemEnd(unit, next);
      if (!(unit.toks[e]?.lower === 'and' && unit.toks[e + 1]?.kind === 'n')) break;
    }
    k++;
  }
  // "the 5th Infantry Battalion, the 2nd Infantry Battalion and a gendarmerie squadron": the list closes with an unnamed item.
  if (!sawAnd && out.length && closesWithUnnamedItem(unit, itemEnd(unit, out[out.length - 1]!))) return out;
  return sawAnd ? out : [];
}

/** Token `p` (past a comma) is "and" before an indefinite or counted lower-case item ("and a gendarmerie squadron", "and two ships"). */
function closesWithUnnamedItem(unit: SentenceUnit, p: number): boolean {
  const toks = unit.toks;
  if (toks[p]?.text === ',') p++;
  if (toks[p]?.lower !== 'and') return false;
  const det = toks[p + 1];
  const noun = toks[p + 2];
  // ("A, the Inspector General of X, B, and the commanders of the army, air force and navy": or a definite group of people.)
  if (det?.lower === 'the' && noun?.kind === 'w' && !noun.cap && noun.lower.endsWith('s') && (toks[p + 3]?.lower === 'of' || getLexicon().peopleNouns.has(noun.lower))) return true;
  if (!det || !(det.lower === 'a' || det.lower === 'an' || det.kind === 'n' || NUMBER_WORDS.has(det.lower))) return false;
  return !!noun && noun.kind === 'w' && !noun.cap;
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some']);

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
const OBJECT_PREPS = new Set(['to', 'in', 'into', 'at', 'from', 'with', 'for', 'by', 'on', 'onto', 'toward', 'towards', 'near', 'across', 'over', 'under', 'against', 'via', 'through', 'after', 'before', 'during']);
const AGENTS = new Set<NodeType>(['person', 'organization', 'state', 'unit']);

/** A mention governed by a preposition ("to the DPRK") is no subject; demonyms modify a noun instead. */
function prepObject(unit: SentenceUnit, m: Mention): boolean {
  if (m.demonym) return false;
  let p = (m.lead ?? m.i) - 1;
  if (tokAt(unit.toks, p)?.lower === 'the') p--;
  const w = tokAt(unit.toks, p)?.lower ?? '';
  // "troops from Estonia and Finland took part": the states act through their people.
  // "ships and aircraft from X": any conjunct of the plural before "from" may name the actors.
  // ("The first 60 soldiers, from the 2nd/1st Battalion, landed": or set off by a comma.)
  if (w === 'from' && (ACTING_GROUPS.has(tokAt(unit.toks, p - 1)?.lower ?? '') || (tokAt(unit.toks, p - 2)?.lower === 'and' && ACTING_GROUPS.has(tokAt(unit.toks, p - 3)?.lower ?? '')) || (tokAt(unit.toks, p - 1)?.text === ',' && ACTING_GROUPS.has(tokAt(unit.toks, p - 2)?.lower ?? '')))) return false;
  // ("900 troops of the X Brigade and 600 from the Y Brigade took part": a count of people before "from" too.)
  if (w === 'from' && tokAt(unit.toks, p - 1)?.kind === 'n' && tokAt(unit.toks, p - 2)?.lower === 'and') return false;
  // "after the two presidents had held talks": a conjunction opening a clause, whose subject follows.
  if (CLAUSE_CONJUNCTIONS.has(w) && finiteAfter(unit.toks[m.j])) return false;
  // "A delegation of the WPK led by X arrived": the leader acts for the delegation.
  if (w === 'by' && (unit.toks[p - 1]?.lower === 'led' || unit.toks[p - 1]?.lower === 'headed') && unit.toks.slice(Math.max(0, p - 14), p - 1).some((t) => DELEGATIONS.has(t.lower))) return false;
  return OBJECT_PREPS.has(w);
}

const CLAUSE_CONJUNCTIONS = new Set(['after', 'before', 'since', 'until']);
const DELEGATIONS = new Set(['delegation', 'delegations', 'team', 'mission']);
const FINITE = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'met', 'held', 'signed', 'left', 'took', 'gave', 'made', 'spoke', 'went', 'came', 'sent', 'won', 'led']);

/** The token after a mention reads as its finite verb ("had", "held", "arrived"). */
function finiteAfter(t: SentenceUnit['toks'][number] | undefined): boolean {
  return !!t && t.kind === 'w' && !t.cap && (FINITE.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
}

/** Plural nouns whose "from X" names who acts: "troops from X", "delegations from X". */
const ACTING_GROUPS = new Set(['troops', 'soldiers', 'servicemen', 'personnel', 'units', 'contingents', 'forces', 'sailors', 'marines', 'pilots', 'officers', 'delegations', 'delegates', 'teams', 'representatives', 'leaders', 'ships', 'vessels', 'warships', 'navies']);

/** Nouns of help one is thanked for before "in" and a gerund ("for its help in housing the troops"). */
export const HELP_NOUNS: ReadonlySet<string> = new Set(['help', 'support', 'assistance', 'role', 'work', 'efforts', 'contribution']);

/**
 * "thanked Latvia for its help in housing and supplying the Slovak troops": the mention thanked, right before "for (its)
 * help in", when gerund `c` (after "in", or after another gerund and "and") is what it is thanked for; else undefined.
 */
function thankedForGerund(unit: SentenceUnit, ms: Mention[], c: number): Mention | undefined {
  const toks = unit.toks;
  let k = c - 1;
  if (toks[k]?.lower === 'and' && toks[k - 1]?.lower.endsWith('ing')) k -= 2;
  if (toks[k]?.lower !== 'in' || !HELP_NOUNS.has(toks[k - 1]?.lower ?? '')) return undefined;
  k -= 2;
  // ("praised Pakistan's role in training Kuwaiti pilots": the possessor of the help.)
  if (toks[k]?.lower === "'s") return ms.find((m) => m.j === k && m.entity !== undefined);
  if (POSSESSIVE_PRONOUNS.has(toks[k]?.lower ?? '')) k--;
  if (toks[k]?.lower !== 'for') return undefined;
  return ms.find((m) => m.j === k && m.entity !== undefined);
}

/** Machines a unit fields, counted before "of" and the unit ("four Czech F-35A jets of the 211th Tactical Squadron"). */
const FIELDED_MACHINES = new Set(['jets', 'fighters', 'aircraft', 'planes', 'helicopters', 'tanks', 'drones', 'boats', 'crews', 'vehicles']);

/**
 * "Six F-16 fighters of the X and four Czech F-35A jets of the Y took part", "Soldiers of the X and marines of the Y":
 * the tokens [from, to) are "and", a count, capitalised words (a demonym, a model), a people or machine noun, "of" and
 * "the": a group of the next item opens it.
 */
function groupOfNextItem(unit: SentenceUnit, from: number, to: number): boolean {
  const toks = unit.toks;
  if (toks[from]?.lower !== 'and' || to - from < 3 || to - from > 8) return false;
  let k = to - 1;
  if (toks[k]!.lower === 'the') k--;
  if (toks[k]?.lower !== 'of' || k - 1 <= from) return false;
  const noun = toks[k - 1]!.lower;
  if (!ACTING_GROUPS.has(noun) && !FIELDED_MACHINES.has(noun)) return false;
  for (let q = from + 1; q < k - 1; q++) {
    const t = toks[q]!;
    if (!(t.kind === 'n' || t.cap || COUNT_WORDS.has(t.lower) || NUMBER_WORDS.has(t.lower))) return false;
  }
  return true;
}

/** A reporting verb and "that" right after the subject ending at `j`, before `p` ("X noted that ..."). */
function thatClauseAfter(toks: SentenceUnit['toks'], j: number, p: number): boolean {
  for (let k = j; k < Math.min(p, j + 3); k++) if (toks[k]!.lower === 'that') return k > j && toks[k - 1]!.kind === 'w' && !toks[k - 1]!.cap;
  return false;
}

/** Tokens at which an argument search stops (a class instance, so no closure per call). */
export interface StopRule {
  stops(k: number): boolean;
}

export interface LeftOpts {
  accept: Accept;
  typeOf: (m: Mention) => NodeType | undefined;
  /** Entity of the sentence's speaker, for "I" / "we" inside a quotation. */
  speaker?: number;
  /** Stop at another cue between the subject and this one (infinitival "to help"). */
  stopAt?: StopRule;
  /** Furthest the subject may lie (nominal cues: "North Korean sappers ... assistance"). */
  window?: number;
}

/** The last mention of `ms` whose span covers token `k` (what a position map filled in order would hold). */
function lastCovering(ms: Mention[], k: number): Mention | undefined {
  for (let x = ms.length - 1; x >= 0; x--) {
    const m = ms[x]!;
    if (m.i <= k && k < m.j) return m;
  }
  return undefined;
}

/** Heads of sites a unit is sent to ("Bahrain's Isa Air Base"), unlike a region helped as its state. */
const FACILITIES = new Set(['base', 'airport', 'airfield', 'port', 'camp', 'barracks', 'harbour', 'harbor', 'range', 'garrison', 'outpost']);
/** Words before a gerund whose subject is the sentence's ("before returning to X"). */
const GERUND_OPENERS = new Set(['before', 'after']);
/** Participles that open a listing apposition (", comprising the destroyer X and ..."). */
const LISTING = new Set(['comprising', 'consisting']);
/** Prepositions after a participle that open a participle phrase (", commanded by X,"). */
const PARTICIPLE_PREPS = new Set(['by', 'in', 'at', 'from', 'near', 'as']);
const IRREGULAR_PARTICIPLES = new Set(['led', 'run', 'set', 'built', 'held', 'made', 'known', 'founded', 'based']);

/** `m` is a named person set off after a relative clause opening at `rel`, holding a post of a body named before it. */
function postHolderPastRelative(unit: SentenceUnit, m: Mention, rel: number): boolean {
  if (m.type !== 'person' || m.via !== 'name' || unit.toks[(m.lead ?? m.i) - 1]?.text !== ',' || m.title?.affiliation === undefined) return false;
  const body = unit.mentions.find((x) => x.id === m.title!.affiliation);
  return !!body && body.j === rel;
}


/** Words that open the subject of an object relative clause ("which the two navies", "which her counterpart"). */
const OBJECT_RELATIVE_SUBJECTS = new Set(['the', 'her', 'his', 'its', 'their', 'both']);
/** Past verbs without "-ed" that may end an object relative's subject ("which X met"). */
const PAST_VERBS = new Set(['met', 'held', 'led', 'set', 'made', 'took', 'gave', 'sent', 'won', 'told', 'said', 'saw', 'chose', 'put', 'paid']);

/**
 * "The accord, which Defence Minister X and her Albanian counterpart, Y, signed in Tirana": an object relative opening
 * at "which" (`w`) whose subject (a name, or "the"/"her" ...) runs to the cue at `c` with no verb of its own: the
 * commas closing the apposition inside it close no clause before the cue.
 */
function objectRelativeOfCue(toks: SentenceUnit['toks'], w: number, c: number): boolean {
  const next = toks[w + 1];
  if (toks[w]!.lower !== 'which' || !next || next.kind !== 'w' || !(next.cap || OBJECT_RELATIVE_SUBJECTS.has(next.lower))) return false;
  for (let q = w + 1; q < c; q++) {
    const t = toks[q]!;
    if (t.kind === 'w' && !t.cap && (t.lower.endsWith('ed') || PAST_VERBS.has(t.lower))) return false;
    // ("The 5th Brigade, which General X leads, returned": a present verb closing the clause is its own.)
    if (t.kind === 'w' && !t.cap && t.lower.endsWith('s') && toks[q + 1]?.text === ',' && q + 1 < c && (toks[q - 1]!.cap || toks[q - 1]!.lower === 'he' || toks[q - 1]!.lower === 'she')) return false;
  }
  return true;
}

/** Start of a ", which/who ... ," clause holding token `k` and closed before the cue at `c`, or -1. */
function relativeClauseStart(toks: SentenceUnit['toks'], k: number, c: number): number {
  let close = -1;
  for (let q = k + 1; q < c; q++) if (toks[q]!.text === ',') { close = q; break; }
  if (close < 0) return -1;
  // ("X said the new Battalion 4, formed in March by Y, was deployed": a name before a participle phrase is its antecedent, in no clause.)
  const after = toks[close + 1];
  if (after && close + 1 < c && !after.cap && (/ed$/.test(after.lower) || IRREGULAR_PARTICIPLES.has(after.lower)) && PARTICIPLE_PREPS.has(toks[close + 2]?.lower ?? '')) return -1;
  // "X, who met the UAE's Minister of State, Noura al-Ketbi, in Muscat, thanked": appositions inside
  // the clause may hold commas when the clause closes right before the cue.
  const closesAtCue = toks[c - 1]?.text === ',' || (toks[c - 2]?.text === ',' && toks[c - 1]?.kind === 'w' && !toks[c - 1]!.cap);
  let commas = 0;
  for (let w = k - 1; w > 0 && w > k - (closesAtCue ? 24 : 12); w--) {
    const t = toks[w]!;
    // ("A, who hosted the summit, and her counterpart, B, signed": ", and" closed the relative clause before B.)
    if (t.text === ',' && toks[w + 1]?.lower === 'and') return -1;
    if (t.text === ',' && (!closesAtCue || ++commas > 2)) return -1;
    if (t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')') return -1;
    if ((t.lower === 'which' || t.lower === 'who' || t.lower === 'whose') && toks[w - 1]?.text === ',') return closesAtCue && objectRelativeOfCue(toks, w, c) ? -1 : w - 1;
    // "the World Food Programme, a UN agency, delivered": an apposition between the subject and the cue.
    // ("On Friday, a delegation of X led by Y, arrived": not after a fronted phrase of time.)
    // ("SNMG1, one of NATO's four standing maritime groups, is part of X": so does "one of".)
    if ((t.lower === 'a' || t.lower === 'an' || (t.lower === 'one' && toks[w + 1]?.lower === 'of')) && toks[w - 1]?.text === ',' && frontedPhraseComma(toks) !== w - 1) return w - 1;
    // "The flotilla, comprising the destroyer X and ..., returned": a listing participle too.
    if (toks[w - 1]?.text === ',' && LISTING.has(t.lower)) return w - 1;
    // "the 1st Fighter Wing, commanded by Brigadier X, was deployed": a participle phrase between them.
    if (toks[w - 1]?.text === ',' && PARTICIPLE_PREPS.has(toks[w + 1]?.lower ?? '') && (/ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) && !t.cap) return w - 1;
  }
  return -1;
}

/** Nouns whose "of X" complement can be the actor: "the government of Mali", "troops of the brigade". */
const OF_ACTORS = new Set(['title', 'rank', 'post', 'order', 'medal', 'city', 'town', 'village', 'port', 'capital', 'region', 'province', 'district', 'island', 'state', 'kingdom', 'republic', 'government', 'people', 'leadership', 'authorities', 'leaders', 'president', 'ministry', 'forces', 'army', 'navy', 'nation', 'citizens', 'soldiers', 'troops', 'units', 'servicemen', 'officers', 'personnel', 'delegation', 'delegations', 'side', 'parliament', 'cabinet', 'head', 'heads', 'chief', 'chiefs', 'members', 'representatives', 'contingent', 'contingents', 'commandos', 'peacekeepers', 'airmen', 'crew', 'crews', 'battalion', 'battalions', 'company', 'companies', 'marines', 'sailors', 'paratroopers', 'sappers', 'pilots', 'detachment', 'detachments', 'element', 'elements', 'platoon', 'platoons', 'squadron', 'squadrons']);

/** Lower-case posts set off after a name ("X, commander of the Y"). */
const APPOSED_POSTS = new Set(['commander', 'chief', 'head', 'director', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'commandant', 'member']);

/** "A joint commission of the two countries, set up by ...": a complement of an unnamed noun is no subject. */
function ofLowerNoun(unit: SentenceUnit, m: Mention): boolean {
  let p = (m.lead ?? m.i) - 1;
  if (tokAt(unit.toks, p)?.lower === 'the') p--;
  if (tokAt(unit.toks, p)?.lower !== 'of') return false;
  const n = unit.toks[p - 1];
  if (!n || n.kind !== 'w' || n.cap || OF_ACTORS.has(n.lower) || ACTING_GROUPS.has(n.lower)) return false;
  // ("Colonel X, commander of the brigade's 31st Division, was awarded": a post set off after a name, too.)
  if (unit.toks[p - 2]?.text === ',' && APPOSED_POSTS.has(n.lower)) return true;
  // Only a noun phrase opened by a determiner: "a joint commission of", not "appreciative of", "combatants of".
  for (let q = p - 2; q >= Math.max(0, p - 4); q--) {
    const w = unit.toks[q]!;
    if (NP_DETERMINERS.has(w.lower)) return true;
    if (w.kind !== 'w' || w.cap || w.lower === 'and') return false;
  }
  return false;
}

/** Words before a cue word that make it an infinitive or a noun ("to help", "its support"). */
const NOT_VERB_BEFORE = new Set(['to', 'its', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'for', 'of', "'s"]);

/** The nearest cue word before the "and" at `p` within its clause ("thanked the crews and praised"), or -1. */
/** The comma opening a relative clause (", which ...", ", who ...") that the comma at `close` closes, or -1. */
export function relativeSetOffBefore(toks: SentenceUnit['toks'], close: number): number {
  for (let q = close - 1; q > Math.max(0, close - 20); q--) {
    const t = toks[q]!;
    if (t.text === ',') return SET_OFF_RELATIVES.has(toks[q + 1]?.lower ?? '') ? q : -1;
    if (t.kind === 'p' && t.text !== '(' && t.text !== ')') return -1;
  }
  return -1;
}

/** Pronouns opening a relative clause set off by commas about a subject or a possessor (not "where", a place). */
const SET_OFF_RELATIVES = new Set(['which', 'who', 'whose']);

function previousCue(toks: SentenceUnit['toks'], p: number): number {
  for (let k = p - 1; k >= Math.max(0, p - 24); k--) {
    const t = toks[k]!;
    // ("thanked India for its \"unwavering friendship\" and praised": past a few quoted words after a lower-case word.)
    if (QUOTE_MARKS.has(t.text)) {
      let q = k - 1;
      while (q > k - 6 && q > 0 && !QUOTE_MARKS.has(toks[q]!.text)) q--;
      if (q <= k - 6 || q <= 0 || !QUOTE_MARKS.has(toks[q]!.text) || toks[q - 1]!.kind !== 'w' || toks[q - 1]!.cap) return -1;
      k = q;
      continue;
    }
    if (t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')') return -1;
    // ("praised the outgoing battle group, which is led by Col X, and thanked": past a relative clause set off by commas.)
    if (t.text === ',' && (k === p - 1 || (k === p - 2 && (toks[k + 1]!.lower === 'and' || toks[k + 1]!.lower === 'but')))) {
      const rel = relativeSetOffBefore(toks, k);
      if (rel > 0) { k = rel; continue; }
    }
    // ("thanked the DPRK for its invariable support and denounced": a cue word after a determiner and an adjective is a noun.)
    const adjectiveNoun = k > 1 && NOT_VERB_BEFORE.has(toks[k - 2]!.lower) && toks[k - 1]!.kind === 'w' && !toks[k - 1]!.cap && !toks[k - 1]!.lower.endsWith('ly');
    if (t.kind === 'w' && !t.cap && k > 0 && (t.classes & CUE_WORD) !== 0 && !NOT_VERB_BEFORE.has(toks[k - 1]!.lower) && !adjectiveNoun) return k;
  }
  return -1;
}

/** The relative pronoun `w` set off by a comma before `p` (up to 20 words back) that opens an object relative ("which the UN set up"), or -1. */
function objectRelativeBefore(toks: SentenceUnit['toks'], p: number, w: string): number {
  for (let q = p - 1; q >= Math.max(1, p - 20); q--) {
    if (toks[q]!.lower !== w) continue;
    const next = toks[q + 1];
    return toks[q - 1]!.text === ',' && next && (next.cap || OBJECT_RELATIVE_SUBJECTS.has(next.lower)) ? q : -1;
  }
  return -1;
}

/** The nearest lower-case past-tense verb before `p` in its clause (up to 24 words, past commas), not after a determiner, or -1. */
function previousPastVerb(toks: SentenceUnit['toks'], p: number): number {
  for (let k = p - 1; k >= Math.max(1, p - 24); k--) {
    const t = toks[k]!;
    if (t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')') return -1;
    if (t.kind === 'w' && !t.cap && (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower)) && !NOT_VERB_BEFORE.has(toks[k - 1]!.lower) && toks[k - 1]!.lower !== "'s") return k;
  }
  return -1;
}

/** The person named before ", the <lower-case words or demonyms> who" ending at `who`, else undefined. */
function describedPerson(unit: SentenceUnit, ms: Mention[], who: number): Mention | undefined {
  const toks = unit.toks;
  let k = who - 1;
  while (k > 0 && k > who - 7 && toks[k]!.kind === 'w' && (!toks[k]!.cap || ms.some((m) => m.demonym && m.i <= k && k < m.j))) k--;
  if (toks[k]?.text !== ',' || k === who - 1 || !NP_DETERMINERS.has(toks[k + 1]?.lower ?? '')) return undefined;
  return ms.find((m) => m.j === k && m.type === 'person');
}

/** The accepted name right before the preposition that governs `m` ("X in the Y": X), else undefined. */
/** The accepted unit whose "of" phrase is the organization `m` ("X of the Portuguese Navy"). */
function unitOfService(unit: SentenceUnit, ms: Mention[], m: Mention, o: LeftOpts): Mention | undefined {
  let p = (m.lead ?? m.i) - 1;
  if (unit.toks[p]?.lower === 'the') p--;
  if (unit.toks[p]?.lower !== 'of') return undefined;
  const head = ms.find((x) => x.j === p && x.type === 'unit');
  return head && o.accept('unit') ? head : undefined;
}

function modifiedByPhrase(unit: SentenceUnit, ms: Mention[], m: Mention, o: LeftOpts): Mention | undefined {
  let p = (m.lead ?? m.i) - 1;
  if (unit.toks[p]?.lower === 'the') p--;
  const head = ms.find((x) => x.j === p && x !== m);
  const t = head && o.typeOf(head);
  return head && t && o.accept(t) ? head : undefined;
}

const NP_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that']);

const APPOSITION_OPENERS = new Set(['the', 'a', 'an']);

/**
 * "A delegation from the Ministry of X, headed by Deputy Minister Y, met on Tuesday with Z": the leader named in a
 * "led / headed by" phrase set off after a group noun (closed by the comma at `close`) acts for the group.
 */
function groupLeaderSetOff(unit: SentenceUnit, ms: Mention[], close: number, o: LeftOpts): Mention | undefined {
  const toks = unit.toks;
  for (let q = close - 2; q >= Math.max(1, close - 16); q--) {
    const t = toks[q]!;
    if (t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')') return undefined;
    if (t.text !== ',' || !LED_BY.has(toks[q + 1]?.lower ?? '') || toks[q + 2]?.lower !== 'by') continue;
    let group = false;
    for (let k = q - 1; k >= Math.max(0, q - 20) && !group; k--) group = LED_GROUPS.has(toks[k]!.lower);
    if (!group) return undefined;
    let holder: Mention | undefined;
    for (const m of ms) if (m.i > q + 2 && m.j <= close && o.typeOf(m) === 'person') holder = m;
    return holder;
  }
  return undefined;
}

/**
 * "Senator X of the opposition Y Party (PLRA) criticised": the titled person before "of" and a body ending at token `p`
 * (past the body's acronym in brackets) is the subject, not the body named after the name.
 */
function memberOfBodyBefore(unit: SentenceUnit, ms: Mention[], p: number, o: LeftOpts): Mention | undefined {
  const toks = unit.toks;
  const end = toks[p]?.text === ')' && toks[p - 2]?.text === '(' ? p - 2 : p + 1;
  // (Cheap test first: an "of" within the few words before the end, as in any "X of the Y Party".)
  let of = false;
  for (let q = end - 2; q >= 0 && q >= end - 8 && !of; q--) of = toks[q]!.lower === 'of';
  if (!of || !toks[end - 1]?.cap) return undefined;
  const body = ms.find((m) => m.j === end && !m.nested && o.typeOf(m) === 'organization');
  if (!body) return undefined;
  let k = body.i - 1;
  if (PARTY_ADJECTIVES.has(toks[k]?.lower ?? '')) k--;
  if (toks[k]?.lower === 'the') k--;
  if (toks[k]?.lower !== 'of') return undefined;
  return ms.find((m) => m.j === k && !m.nested && m.title !== undefined && o.typeOf(m) === 'person');
}


/**
 * The object of a stance verb that comes within ten tokens before the "for" at `forAt` with no punctuation between: the
 * last accepted mention after the verb (null when none is; undefined when no such verb comes).
 */
function objectOfStanceBefore(unit: SentenceUnit, ms: Mention[], forAt: number, o: LeftOpts): Mention | null | undefined {
  const toks = unit.toks;
  for (let k = forAt - 1; k >= Math.max(0, forAt - 10); k--) {
    if (toks[k]!.kind === 'p' && toks[k]!.text !== "'") return undefined;
    if (!STANCE_VERBS.has(toks[k]!.lower)) continue;
    let obj: Mention | null = null;
    for (const m of ms) if (m.i > k && m.j <= forAt && !m.nested && o.accept(o.typeOf(m) ?? 'event')) obj = m;
    return obj;
  }
  return undefined;
}

/** Token `k` opens "Chile's first icebreaker": one capitalised word, "'s", a lower-case word. */
function possessorOpens(toks: readonly Tok[], k: number): boolean {
  return !!toks[k]?.cap && toks[k + 1]?.lower === "'s" && toks[k + 2]?.kind === 'w' && !toks[k + 2]!.cap;
}

/** The accepted mention right before ", the|a ... ," closed by the comma at `close`. */
function appositionHolder(unit: SentenceUnit, ms: Mention[], close: number, o: LeftOpts): Mention | undefined {
  const toks = unit.toks;
  // ("X, the Republic of Fiji Military Forces (RFMF) unit that serves with the Multinational Force and Observers (MFO), left":
  // a long apposition with acronyms in brackets.)
  for (let q = close - 2; q >= Math.max(1, close - 24); q--) {
    const t = toks[q]!;
    if (t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')') return undefined;
    if (t.text !== ',') continue;
    // ("The Almirante Viel, Chile's first domestically built icebreaker, returned": or a possessor's name opens it.)
    // ("Independent deputy X, of the Vamos coalition, criticized": or "of" the body a person belongs to.)
    const of = toks[q + 1]?.lower === 'of';
    // ("The frigate, part of the Indian Navy's Western Fleet, also hosted": or "part of" what it belongs to.)
    const partOf = toks[q + 1]?.lower === 'part' && toks[q + 2]?.lower === 'of';
    if (!APPOSITION_OPENERS.has(toks[q + 1]?.lower ?? '') && !possessorOpens(toks, q + 1) && !of && !partOf) return undefined;
    // ("Soldiers of Fiji Battalion 39 (FIJIBATT 39), the latest RFMF contingent ..., left": past the name's acronym.)
    const m = ms.find((x) => x.j === q && !x.nested) ?? ms.find((x) => x.j < q && pastShortBracket(toks, x.j) === q && !x.nested);
    const type = m && o.typeOf(m);
    return m && type && (!of || type === 'person') && o.accept(type) && !prepObject(unit, m) ? m : undefined;
  }
  return undefined;
}

/**
 * "closed with Escudo Fronterizo 2042, a joint exercise at the X crossing that was watched by Y": a restrictive "that" /
 * "which" right after the noun of an apposition (`p` the last token before the verb, past "was") tells of the name the
 * apposition describes, even one governed by a preposition.
 */
function relativeOnApposition(unit: SentenceUnit, ms: Mention[], p: number, o: LeftOpts): Mention | undefined {
  const toks = unit.toks;
  while (p > 0 && AUX.has(toks[p]!.lower)) p--;
  const w = toks[p]?.lower;
  if ((w !== 'that' && w !== 'which') || toks[p - 1]?.kind !== 'w' || toks[p - 1]!.cap) return undefined;
  for (let q = p - 2; q >= Math.max(1, p - 14); q--) {
    const t = toks[q]!;
    if (t.kind === 'p' && t.text !== ',') return undefined;
    if (t.text !== ',') continue;
    if (!APPOSITION_OPENERS.has(toks[q + 1]?.lower ?? '')) return undefined;
    const m = ms.find((x) => x.j === q && !x.nested);
    const type = m && o.typeOf(m);
    return m && type && o.accept(type) ? m : undefined;
  }
  return undefined;
}

/** The comma closing an apposition after a name ending at `j`, before the verb at `c` ("the German Army brigade stationed in Lithuania,"), or -1. */
function appositionCloseAfter(toks: SentenceUnit['toks'], j: number, c: number): number {
  for (let q = j; q < Math.min(c, j + 8); q++) {
    const t = toks[q]!;
    if (t.text === ',') return q;
    if (t.kind === 'p') return -1;
  }
  return -1;
}

/**
 * "Panzerbrigade 45, the German Army brigade stationed in Lithuania,": a participle after the head noun of an
 * apposition that body `m` opens tells of the name the apposition describes (the accepted mention before ", the").
 */
function participleInApposition(unit: SentenceUnit, ms: Mention[], m: Mention, c: number, o: LeftOpts): Mention | undefined {
  const toks = unit.toks;
  if (!toks[c]!.lower.endsWith('ed') || c - m.j < 1 || c - m.j > 2) return undefined;
  for (let q = m.j; q < c; q++) if (toks[q]!.kind !== 'w' || toks[q]!.cap) return undefined;
  const lead = m.lead ?? m.i;
  if (!APPOSITION_OPENERS.has(tokAt(toks, lead - 1)?.lower ?? '') || tokAt(toks, lead - 2)?.text !== ',') return undefined;
  const holder = ms.find((x) => x.j === lead - 2 && !x.nested);
  const type = holder && o.typeOf(holder);
  return holder && type && o.accept(type) && !prepObject(unit, holder) ? holder : undefined;
}

/** Token `k` lies in a "between A and B" phrase that follows a lower-case noun ("a memorandum ... between A and B"). */
function betweenParty(toks: SentenceUnit['toks'], k: number): boolean {
  for (let p = k - 1; p >= Math.max(0, k - 24); p--) {
    const t = toks[p]!;
    if (t.lower === 'between') return p > 0 && toks[p - 1]!.kind === 'w' && !toks[p - 1]!.cap;
    if (t.kind === 'p' && t.text !== '-' && t.text !== "'" && t.text !== '(' && t.text !== ')') return false;
  }
  return false;
}

/** `m` is a body named after "of (the)" right after a person's name ("Colonel X of the Indian Army"). */
function bodyOfPerson(unit: SentenceUnit, ms: Mention[], m: Mention): boolean {
  if (m.type !== 'organization' && m.type !== 'unit') return false;
  let p = (m.lead ?? m.i) - 1;
  // ("Rok Gračner of the opposition Slovenian Democratic Party accused": past lower-case words before the name.)
  for (let n = 0; n < 2 && /^\p{Ll}+$/u.test(tokAt(unit.toks, p)?.text ?? '') && !['the', 'of'].includes(tokAt(unit.toks, p)!.lower); n++) p--;
  if (tokAt(unit.toks, p)?.lower === 'the') p--;
  if (tokAt(unit.toks, p)?.lower !== 'of') return false;
  // ("Independent deputy X, of the Vamos coalition, criticized Y": or set off by commas.)
  const end = tokAt(unit.toks, p - 1)?.text === ',' ? p - 1 : p;
  return ms.some((x) => x.type === 'person' && x.via === 'name' && x.j === end);
}

/** Subject mentions of the cue at token `c` (nearest fitting to the left, with coordination). */
/** The mentions of clause [cs, c): starting at cs or later, ending by token c. */
function mentionsWithin(ms: Mention[], cs: number, c: number): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (m.j <= c && m.i >= cs) out.push(m);
  return out;
}

/** "X met Y ... before returning": the first acceptable mention before the gerund at `c`, not a preposition's object or a possessive. */
function gerundSubject(unit: SentenceUnit, ms: Mention[], c: number, o: LeftOpts): Mention | undefined {
  for (const m of ms) if (m.j <= c - 1 && !prepObject(unit, m) && !POSSESSIVE_PRONOUNS.has(unit.toks[m.i]!.lower) && o.accept(o.typeOf(m) ?? 'event')) return m;
  return undefined;
}

/**
 * The first mention of a type `o` accepts, not a preposition's object or a possessive pronoun; nor a possessor whose
 * possessed name follows ("North Korea's official Korean Central News Agency (KCNA) denounced ... and accused": the agency).
 */
function firstSubject(unit: SentenceUnit, ms: Mention[], o: LeftOpts): Mention | undefined {
  for (const m of ms) {
    const t = o.typeOf(m);
    if (!t || !o.accept(t) || prepObject(unit, m) || POSSESSIVE_PRONOUNS.has(unit.toks[m.i]!.lower)) continue;
    if (possessiveEnd(unit.toks[m.j]?.lower ?? '') && ms.some((x) => x.i > m.j && x.i <= m.j + 3 && !x.nested && o.accept(o.typeOf(x) ?? 'event') && lowerWordsIn(unit.toks, m.j + 1, x.i))) continue;
    return m;
  }
  return undefined;
}

/** The first person's mention starting at token `k`. */
function personAt(ms: Mention[], k: number, typeOf: LeftOpts['typeOf']): Mention | undefined {
  for (const m of ms) if (m.i === k && typeOf(m) === 'person') return m;
  return undefined;
}

/** The first mention opening the sentence (at its lead word) and ending before token `c`. */
function openerBefore(ms: Mention[], c: number): Mention | undefined {
  for (const m of ms) if ((m.lead ?? m.i) === 0 && m.j < c) return m;
  return undefined;
}

/** The first mention ending right before the comma at c - 1 that a comma after `cs` opens. */
function apposedBefore(toks: SentenceUnit['toks'], ms: Mention[], cs: number, c: number): Mention | undefined {
  for (const m of ms) if (m.j === c - 1 && toks[m.i - 1]?.text === ',' && m.i - 1 > cs) return m;
  return undefined;
}

/** The first resolved mention, neither a title nor a pronoun, ending right before token `k`. */
function namedEndingAt(ms: Mention[], k: number): Mention | undefined {
  for (const m of ms) if (m.j === k && m.entity !== undefined && m.via !== 'title' && m.via !== 'pronoun') return m;
  return undefined;
}

/** The last mention ending by token `k`. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', "'s", 'our']);

/** The comma at `comma` follows a lower-case noun or a number that no mention of the sentence ends with. */
function unnamedAntecedent(unit: SentenceUnit, comma: number): boolean {
  const t = unit.toks[comma - 1];
  if (unit.toks[comma]?.text !== ',' || !t || t.cap || (t.kind !== 'w' && t.kind !== 'n')) return false;
  for (let q = comma - 1; q >= Math.max(0, comma - 6); q--) if (POSSESSIVES.has(unit.toks[q]!.lower) || unit.toks[q]!.text === ',') return false;
  return !unit.mentions.some((m) => m.j === comma);
}

function lastEndingBy(ms: Mention[], k: number): Mention | undefined {
  for (let x = ms.length - 1; x >= 0; x--) if (ms[x]!.j <= k) return ms[x];
  return undefined;
}

/** The mentions ending by token `k`. */
function endingBy(ms: Mention[], k: number): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (m.j <= k) out.push(m);
  return out;
}

/** Nouns of a formation an apposition may describe a unit by ("NAMCOY-4, a 180-strong company of the NDF"). */
const APPOSED_FORMATIONS = new Set(['company', 'battalion', 'contingent', 'detachment', 'unit', 'regiment', 'brigade', 'squadron', 'platoon', 'team', 'task force']);

/** The unit named before ", a <words> <formation> of <body> that" ending at `that`, else undefined. */
function apposedPartBefore(unit: SentenceUnit, ms: Mention[], that: number): Mention | undefined {
  const toks = unit.toks;
  for (let k = that - 2; k > 1 && k > that - 16; k--) {
    if (toks[k]!.lower !== 'of' || !APPOSED_FORMATIONS.has(toks[k - 1]!.lower)) continue;
    let q = k - 2;
    while (q > 0 && q > k - 5 && toks[q]!.lower !== 'a' && toks[q]!.lower !== 'an' && !toks[q]!.cap) q--;
    if ((toks[q]?.lower !== 'a' && toks[q]?.lower !== 'an') || toks[q - 1]?.text !== ',') return undefined;
    return ms.find((m) => m.j === q - 1 && !m.nested && m.type === 'unit');
  }
  return undefined;
}

/** Prepositions ending in "-ing" ("During a short ceremony, X was awarded"): no participle. */
const ING_PREPOSITIONS = new Set(['during', 'according', 'including', 'regarding', 'concerning', 'following', 'notwithstanding', 'pending', 'excluding', 'considering', 'barring']);

/** Index of the first word token (past opening quotes), or -1. */
function firstWord(toks: readonly Tok[]): number {
  for (let k = 0; k < toks.length && k < 3; k++) if (toks[k]!.kind === 'w') return k;
  return -1;
}

/**
 * "Visiting X on Monday to watch the drills, the Indian High Commissioner to the Maldives, Y, praised ...": the subject
 * of the main clause after the comma that closes the participle's phrase (the holder set off after a post).
 */
/** The apposition closing at comma `close` is a name alone (", the 75th Mechanised Infantry Battalion,"). */
function nameApposed(toks: SentenceUnit['toks'], ms: Mention[], close: number): boolean {
  let open = close - 1;
  while (open > 0 && toks[open]!.text !== ',') open--;
  return ms.some((m) => m.j === close && m.via === 'name' && !m.nested && m.i <= open + 2);
}

/** Where "(The) (296) soldiers of" ends right before `start` begins, else `start`. */
function pastTroopsOf(toks: SentenceUnit['toks'], start: number): number {
  if (toks[start - 1]?.lower !== 'of' && toks[start - 1]?.lower !== 'from') return start;
  let k = start - 2;
  if (!getLexicon().peopleNouns.has(toks[k]?.lower ?? '')) return start;
  k--;
  if (toks[k]?.kind === 'n') k--;
  if (toks[k]?.lower === 'the') k--;
  return k + 1;
}

/** Nouns of troops sent as a body ("reinforcements from the X"). */
const TROOP_GROUPS = new Set(['reinforcements', 'elements', 'units', 'detachments']);

function frontedParticipleSubject(unit: SentenceUnit, ms: Mention[], c: number, o: LeftOpts): { mentions: Mention[] } {
  const toks = unit.toks;
  let comma = c + 1;
  while (comma < toks.length && comma < c + 16 && toks[comma]!.text !== ',') {
    if (toks[comma]!.kind === 'p' && toks[comma]!.text !== '-' && toks[comma]!.text !== "'") return { mentions: [] };
    comma++;
  }
  if (toks[comma]?.text !== ',') return { mentions: [] };
  // ("Meeting separately with X, who had arrived in Naypyitaw on Monday, Shahrizal discussed": past a relative clause on the phrase's last name.)
  if (toks[comma + 1]?.lower === 'who' || toks[comma + 1]?.lower === 'which') {
    let next = comma + 2;
    while (next < toks.length && next < comma + 20 && toks[next]!.text !== ',') {
      if (toks[next]!.kind === 'p' && toks[next]!.text !== '-' && toks[next]!.text !== "'") return { mentions: [] };
      next++;
    }
    if (toks[next]?.text !== ',') return { mentions: [] };
    comma = next;
  }
  let from = toks[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
  // ("Arriving in X on Wednesday, reinforcements from the SNA's 16th Division took over": the unit the troops are from,
  // the possessed one.)
  if ((TROOP_GROUPS.has(toks[from]?.lower ?? '') || getLexicon().peopleNouns.has(toks[from]?.lower ?? '')) && (toks[from + 1]?.lower === 'from' || toks[from + 1]?.lower === 'of')) {
    const at = toks[from + 2]?.lower === 'the' ? from + 3 : from + 2;
    const owner = ms.find((m) => m.i === at && toks[m.j]?.lower === "'s");
    const troops = ms.find((m) => m.i === (owner ? owner.j + 1 : at) && o.typeOf(m) === 'unit');
    if (troops && o.accept('unit')) return { mentions: [troops] };
  }
  const post = unit.mentions.find((m) => m.via === 'title' && m.i === from && toks[m.j]?.text === ',');
  const subj = post ? ms.find((m) => (m.lead ?? m.i) > post.j && (m.lead ?? m.i) <= post.j + 4 && o.typeOf(m) === 'person') : ms.find((m) => (m.lead ?? m.i) >= comma + 1 && (m.lead ?? m.i) <= from + 1 && !m.demonym);
  if (!subj || !o.accept(o.typeOf(subj) ?? 'event')) return { mentions: [] };
  return { mentions: [subj] };
}

export function leftArgs(unit: SentenceUnit, ms: Mention[], c: number, o: LeftOpts): { mentions: Mention[]; speaker?: boolean } {
  const toks = unit.toks;
  const cs = clauseStart(toks, c);
  let p = c - 1;
  while (p >= 0 && ADVERBS.has(toks[p]!.lower)) p--;
  const before = tokAt(toks, p);
  const coordinatedVerb = before?.lower === 'and' || before?.lower === 'but' ||
    ((tokAt(toks, p - 1)?.lower === 'and' || tokAt(toks, p - 1)?.lower === 'but') && before?.kind === 'w' && !before.cap && LIGHT_VERBS.has(before.lower));
  // "denied the report, with spokesman X accusing Manila of ...": the subject of an absolute "with" phrase is its own.
  if (toks[c]!.lower.endsWith('ing')) {
    const absolute = ms.find((m) => m.j === c && tokAt(toks, (m.lead ?? m.i) - 1)?.lower === 'with');
    if (absolute) return o.accept(o.typeOf(absolute) ?? 'event') ? { mentions: [absolute] } : { mentions: [] };
  }
  // ("Visiting Laamu Atoll on Monday, the Indian High Commissioner, X, praised ...": a participle opening the sentence
  // has the main clause's subject, after the comma closing its phrase.)
  if (c === firstWord(toks) && toks[c]!.cap && toks[c]!.lower.endsWith('ing') && !ING_PREPOSITIONS.has(toks[c]!.lower)) return frontedParticipleSubject(unit, ms, c, o);
  // ("criticised the frigate's deployment, accusing Norway of ...": a participle after a comma shares the subject of
  // the past-tense verb before it.)
  if (toks[c - 1]?.text === ',' && toks[c]!.kind === 'w' && !toks[c]!.cap && toks[c]!.lower.endsWith('ing')) {
    const main = previousCue(toks, c - 1);
    // ("left Juba on Monday evening, accusing the army of ...": an irregular past too.)
    const shared = main >= 0 && (toks[main]!.lower.endsWith('ed') || IRREGULAR_PAST.has(toks[main]!.lower)) && toks[main - 1]?.lower !== "'s" ? leftArgs(unit, ms, main, o) : undefined;
    if (shared?.mentions.length) return shared;
    // ("rejected an UNSMIL statement calling for ... from Libya, accusing the mission of ...": or of a past verb that is no cue.)
    const past = previousPastVerb(toks, c - 1);
    const sharedPast = past >= 0 && past !== main ? leftArgs(unit, ms, past, o) : undefined;
    if (sharedPast?.mentions.length) return sharedPast;
  }
  // "Europol, the European Union's law enforcement agency, helped": the name before the apposition.
  // ("... and Sector 2, the Chadian contingent headquartered in Baga-Sola, with air support from Z": past ", with (air)".)
  const withAt = toks[p]?.lower === 'with' ? p : toks[p - 1]?.lower === 'with' && toks[p]?.kind === 'w' && !toks[p]!.cap ? p - 1 : -1;
  const close = toks[p]?.text === ',' ? p : withAt > 0 && toks[withAt - 1]?.text === ',' ? withAt - 1 : -1;
  // ("Task Force Tholo, the BDF contingent, was awarded the medal": a passive's auxiliaries after the apposition.)
  let aux = p;
  while (aux > 0 && AUX.has(toks[aux]!.lower)) aux--;
  // (Not when a name closes the apposition: "a battalion of the RSF, the 75th Mechanised Infantry Battalion, was deployed".)
  const auxClose = close < 0 && aux < p && toks[aux]?.text === ',' && !nameApposed(toks, ms, aux) ? aux : -1;
  const appos = close >= 0 ? appositionHolder(unit, ms, close, o) : auxClose >= 0 ? appositionHolder(unit, ms, auxClose, o) : undefined;
  if (appos) return { mentions: [appos] };
  const leader = close >= 0 && o.accept('person') ? groupLeaderSetOff(unit, ms, close, o) : undefined;
  if (leader) return { mentions: [leader] };
  const described = relativeOnApposition(unit, ms, p, o);
  if (described) return { mentions: [described] };
  // ("praised the medical team of the Armenian Armed Forces that helped Greek authorities": a restrictive "that" right
  // after a body's name tells of that body.)
  // ("NAMCOY-4, a 180-strong company of the Namibian Defence Force (NDF) that flew to Bangui": after a part set off by
  // an apposition, the named part.)
  if (toks[p]?.lower === 'that') {
    const part = apposedPartBefore(unit, ms, p);
    if (part && o.accept(o.typeOf(part) ?? 'event')) return { mentions: [part] };
  }
  if (toks[p]?.lower === 'that' && toks[p - 1]?.cap) {
    const ante = ms.find((m) => m.j === p && !m.demonym && m.via === 'name');
    const type = ante && o.typeOf(ante);
    if (type && type !== 'person' && type !== 'state' && o.accept(type)) return { mentions: [ante] };
  }
  const member = o.accept('person') ? memberOfBodyBefore(unit, ms, p, o) : undefined;
  if (member) return { mentions: [member] };
  // ("criticised the ministry on Tuesday for sending the troops to Kosovo": the object of a stance verb before "for" does
  // what it is criticised or praised for (read as ever below); when that object names nothing known, nobody does, not the critic.)
  if (toks[c - 1]?.lower === 'for' && toks[c]!.lower.endsWith('ing') && objectOfStanceBefore(unit, ms, c - 1, o) === null) return { mentions: [] };
  // ("thanked Latvia for its help in housing and supplying the Slovak troops": the one thanked does what it is thanked for.)
  if (toks[c]!.lower.endsWith('ing')) {
    const thanked = thankedForGerund(unit, ms, c);
    if (thanked) return o.accept(o.typeOf(thanked) ?? 'event') ? { mentions: [thanked] } : { mentions: [] };
  }
  // "X met Y in the afternoon before returning to Stockholm": the subject of a gerund after "before" / "after" is the sentence's.
  if (GERUND_OPENERS.has(toks[c - 1]?.lower ?? '') && toks[c]!.lower.endsWith('ing') && c > 2) {
    const subj = gerundSubject(unit, ms, c, o);
    // Only a subject opening the sentence (or after a fronted phrase): never an object of the main verb.
    // ("The governor visited X before returning", '"...," the governor said before returning': past its article.)
    let start = subj ? subj.lead ?? subj.i : 0;
    if (start > 0 && toks[start - 1]!.lower === 'the') start--;
    // ("The 296 soldiers of Task Force Tholo ... five days after returning home": past the troops the unit's name follows.)
    start = pastTroopsOf(toks, start);
    const opens = subj && (start === 0 || [',', '"', '”', '»'].includes(toks[start - 1]!.text));
    return subj && opens ? { mentions: [subj] } : { mentions: [] };
  }
  // "Major General X, the Danish officer who commands NATO's division": a restrictive "who" after a described name.
  if (toks[p]?.lower === 'who' && toks[p - 1]?.text !== ',') {
    const described = describedPerson(unit, ms, p);
    if (described) return o.accept(o.typeOf(described) ?? 'event') ? { mentions: [described] } : { mentions: [] };
  }
  // "X, a unit which the armies set up and which served in Lebanon": the second relative shares the first's antecedent.
  for (let r = c - 1; r > cs; r--) {
    const w = toks[r]!.lower;
    if ((w !== 'which' && w !== 'who') || toks[r - 1]!.lower !== 'and') continue;
    // ("the JMC, which the UN set up in 2020 and which signed the agreement": after an object relative, the name set off
    // before it.)
    const first = objectRelativeBefore(toks, r - 1, w);
    const ante = first > 0 ? ms.find((m) => pastBracket(toks, m.j) === first - 1) : undefined;
    if (ante) return o.accept(o.typeOf(ante) ?? 'event') ? { mentions: [ante] } : { mentions: [] };
    for (let q = r - 2; q >= cs; q--) if (toks[q]!.lower === w) return leftArgs(unit, ms, q, { ...o, window: undefined });
    break;
  }
  const inClause = mentionsWithin(ms, cs, c);
  // Many mentions (long lists): a position map, filled in order so later mentions win; few: a scan.
  let at: Array<Mention | undefined> | undefined;
  if (inClause.length > 8) {
    at = new Array<Mention | undefined>(c);
    for (const m of inClause) for (let k = m.i; k < m.j; k++) at[k] = m;
  }
  if (coordinatedVerb) {
    // "Ms X said refugees had returned home ..., and thanked the SSPDF": after a reported clause, the reporter's verb.
    const reporter = toks[p - 1]?.text === ',' ? reportingVerbBefore(toks, 0, p) : -1;
    if (reporter >= 0) {
      const shared = leftArgs(unit, ms, reporter, o);
      if (shared.mentions.length) return shared;
    }
    // "X, who met Y, thanked A and praised B": the subject of the verb coordinated before.
    const prevVerb = previousCue(toks, p);
    if (prevVerb >= 0) {
      const shared = leftArgs(unit, ms, prevVerb, o);
      if (shared.mentions.length || shared.speaker) return shared;
    }
    // "In his speech, the leader paid tribute to X and thanked Y": not the possessive in a fronted phrase.
    let first = firstSubject(unit, inClause, o);
    // "A spokesman for Iran's foreign ministry, Reza Kamalvandi, said ... and accused": the person in apposition.
    const named = first && toks[first.j]?.text === ',' ? personAt(inClause, first.j + 1, o.typeOf) : undefined;
    if (named && o.accept('person') && o.typeOf(first!) !== 'person') first = named;
    // "X and Y held talks and signed ...": both subjects of the first verb.
    if (first) return { mentions: [first, ...endingBy(coordinatedAfter(unit, ms, ms.indexOf(first), o.accept, o.typeOf), c)] };
    // "Minister X noted that the relations ... are based on friendship, and thanked Pakistan": the sentence's subject, past a "that" clause.
    const opener = openerBefore(ms, c);
    if (opener && toks[p]?.lower === 'and' && toks[p - 1]?.text === ',' && o.accept(o.typeOf(opener) ?? 'event') && thatClauseAfter(toks, opener.j, p)) return { mentions: [opener] };
  }
  const floor = Math.max(cs, o.window ? c - o.window : 0);
  for (let k = c - 1; k >= floor; k--) {
    const t = toks[k]!;
    if (o.stopAt?.stops(k)) break;
    // "Ms X said more than 41,000 refugees had returned home": a reported clause has its own subject, not the speaker.
    // ("X said on Tuesday after talks with Y": a phrase after the verb opens no clause.)
    if (reportsClause(toks, k) && k < c - 1) break;
    if (t.quoted && (t.lower === 'i' || t.lower === 'we') && o.speaker !== undefined) return { mentions: [], speaker: true };
    const m = at ? at[k] : lastCovering(inClause, k);
    if (!m) continue;
    k = Math.min(m.i, m.lead ?? m.i);
    // "The ship, which is part of the Western Fleet, was deployed": skip the relative clause.
    const rel = relativeClauseStart(toks, k, c);
    // ("The commander of the 383 Squadron, which flies X, Wing Commander Y, was awarded": the holder of a post whose body the clause describes.)
    if (rel >= 0 && !postHolderPastRelative(unit, m, rel)) { k = rel; continue; }
    const type = o.typeOf(m);
    // ("Some 400 soldiers of the Malagasy Armed Forces, most of them from the 1st Engineering Regiment, have been deployed":
    // the unit the most of a group comes from is what acts.)
    // (Not "The battalion, drawn mainly from the 3rd Battalion, is commanded by": what it is drawn from is not it.)
    // (Not "The contingent of 92 members of the SAF, most of them from the 20th Battalion, has been in Latvia": a unit
    // opening the clause is what the share of its members is drawn from.)
    if (type === 'unit' && o.accept(type) && partitiveSource(unit, m) && !drawnFrom(unit, m)) {
      if (!unitOpens(ms, cs, m, o)) return { mentions: [m] };
      continue;
    }
    if (type === 'unit' && drawnFrom(unit, m)) continue;
    // ("Staff Sergeant X and five other marines of the brigade's MBLT-3 were awarded": the unit the others are of is
    // not what acts; the person named before them is.)
    if (type === 'unit' && othersOf(unit, m)) continue;
    // ("a year after Wilczyński's state visit to Bucharest": the possessor of a noun cue is its agent, after a preposition too.)
    const cuePossessor = toks[m.j]?.lower === "'s" && lowerWordsIn(toks, m.j + 1, c) && c - m.j <= 3;
    if (!type || (prepObject(unit, m) && !cuePossessor) || ofLowerNoun(unit, m)) continue;
    // ("General X, Chief of Staff of the Japan Self-Defense Forces (JSDF), visited": an acronym in brackets after a body
    // nested in a post is that body again, and the scan goes on to the post's holder.)
    if (toks[m.i - 1]?.text === '(' && toks[m.j]?.text === ')' && toks[m.j + 1]?.text === ',' && m.i - 1 > floor && unit.mentions.some((x) => x.j === m.i - 1 && x.nested)) continue;
    // ("Defence Minister X (DP) on Thursday travelled to Rukla": a party in brackets after a person's name is no subject.)
    // (Not "the Freedom and Direct Democracy (SPD) party criticised": the letters of a party named before its head.)
    if (toks[m.i - 1]?.text === '(' && toks[m.j]?.text === ')' && type !== 'person' && m.i - 1 > floor && !(toks[m.j + 1]?.kind === 'w' && !toks[m.j + 1]!.cap && getLexicon().orgLower.has(toks[m.j + 1]!.lower)) && inClause.some((x) => x.j === m.i - 1 && o.typeOf(x) === 'person')) continue;
    // "Tesfai Gebremeskel of Eritrea signed": the state names whose the person is.
    if (personOfState(unit, ms, ms.indexOf(m)) >= 0) continue;
    // "The command and joint staff of the Regional Group of Forces (RGF) of Belarus and Russia held X": the force acts.
    if (type === 'state' && statesOfBody(unit, ms, ms.indexOf(m), o)) continue;
    // "Colonel X of the Indian Army was awarded": the body a person is "of" is no subject.
    if (bodyOfPerson(unit, ms, m)) continue;
    // "Panzerbrigade 45, the German Army brigade stationed in Lithuania,": the participle tells of the name the apposition describes.
    const described = type === 'organization' ? participleInApposition(unit, ms, m, c, o) : undefined;
    if (described) return { mentions: [described] };
    // ("The 60th Senegalese contingent of ECOMIG, made up of 650 soldiers, has been deployed": what a unit opening the
    // clause is "of" is no subject; the unit is.)
    if (type !== 'unit' && o.accept('unit') && ofBefore(unit, ms, m) && unitOpens(ms, cs, m, o)) continue;
    if (!o.accept(type)) {
      // "The 12th Armoured Brigade, the British Army brigade, took part": a body inside an apposition describes the name before it.
      const close = appositionCloseAfter(toks, m.j, c);
      const holder = close >= 0 ? appositionHolder(unit, ms, close, o) : undefined;
      if (holder) return { mentions: [holder] };
      // "a memorandum ... between the Ministry of Defence of X and the Ministry of Y was signed": the parties named in the text's title are no subject.
      // ("The contingent of 92 members of the SAF ... has been in Latvia": nor is a body after "of" in a clause a unit opens.)
      if (AGENTS.has(type) && !m.demonym && !betweenParty(toks, k) && !(ofBefore(unit, ms, m) && unitOpens(ms, cs, m, o))) break;
      continue;
    }
    const idx = ms.indexOf(m);
    return { mentions: [m, ...coordinatedBefore(unit, ms, idx, o.accept, o.typeOf)] };
  }
  // "X, who praised ...": the antecedent of the relative pronoun ("The regiment, whose engineers arrived, is commanded by Y" too).
  if (cs > 0 && ['who', 'which', 'whose'].includes(toks[cs - 1]!.lower)) {
    // "the Drivers' Union, whose secretary-general, X, accused": the name apposed to the possessed noun acts.
    if (toks[cs - 1]!.lower === 'whose' && toks[c - 1]?.text === ',') {
      const apposed = apposedBefore(toks, ms, cs, c);
      if (apposed) return o.accept(o.typeOf(apposed) ?? 'event') ? { mentions: [apposed] } : { mentions: [] };
    }
    // ("Chile's defence attaché, Colonel X, whose country has sent officers to Cyprus": the state of the post's holder.)
    if (toks[cs - 1]!.lower === 'whose' && toks[cs]?.lower === 'country') {
      const holder = namedEndingAt(unit.mentions, cs - 2);
      const code = holder?.type === 'person' ? holder.title?.stateCode : undefined;
      const state = code ? ms.find((m) => m.code === code && o.typeOf(m) === 'state') : undefined;
      return state && o.accept('state') ? { mentions: [state] } : { mentions: [] };
    }
    // "commander of the Libyan Army's 444th Combat Brigade, which has been deployed": the name right
    // before the comma, even when a title's apposition holds it.
    let adjacent = namedEndingAt(unit.mentions, cs - 2);
    // ("General X, chairman of Pakistan's Joint Chiefs of Staff Committee, who is on a visit to China": "who" is the post's holder.)
    // ("Captain X of the Defence League's Tartu District, who received Y": the person the body is "of".)
    if (adjacent && adjacent.type !== 'person' && toks[cs - 1]!.lower === 'who') adjacent = holderBeforePost(unit, adjacent) ?? personBeforeOf(unit, adjacent) ?? adjacent;
    // ("the sixth session of the Botswana-South Africa Bi-National Commission, which was established by the two countries":
    // a body closing a gathering's phrase, when the clause cannot tell of the gathering.)
    if (adjacent && adjacent.type === 'event' && adjacent.via === 'phrase' && !o.accept('event')) {
      const body = unit.mentions.find((x) => x !== adjacent && x.j === cs - 2 && x.entity !== undefined && x.via === 'name' && o.accept(o.typeOf(x) ?? 'event'));
      if (body) adjacent = body;
    }
    const adjacentType = adjacent && o.typeOf(adjacent);
    // "the patrol vessel X of the Portuguese Navy, which has been stationed in Y": a unit "of" a service is what the clause tells of.
    const ofService = adjacent && adjacent.type === 'organization' ? unitOfService(unit, ms, adjacent, o) : undefined;
    if (ofService) return { mentions: [ofService] };
    // "the Agreement on Maritime Security in the Mozambique Channel, which ... was signed": the name a place phrase follows.
    // ("the Joint Arctic Command in Nuuk, which is headed by X": so is a body a city follows, a capital read as its state.)
    const modified = adjacent && adjacentType && (!o.accept(adjacentType) || adjacent.type === 'place') && prepObject(unit, adjacent) ? modifiedByPhrase(unit, ms, adjacent, o) : undefined;
    if (modified) return { mentions: [modified] };
    // A name right before the relative pronoun that cannot be the subject: the clause has none ("UDC, which has governed").
    if (adjacent && !adjacent.nested && adjacentType && !o.accept(adjacentType)) return { mentions: [] };
    // ("signed the ... plan for 2060, which provides for courses for Armenian officers": a common noun or a number before
    // the comma, which no mention ends at, is the antecedent; no name further back is.)
    // (Not an apposition's noun, "UNHCR, the UN refugee agency, which", nor one a possessive ties to its owner, "its
    // military academies, which".)
    if (!adjacent && toks[cs - 1]!.lower === 'which' && unnamedAntecedent(unit, cs - 2) && !appositionHolder(unit, ms, cs - 2, o)) return { mentions: [] };
    let ante = adjacent && adjacentType && o.accept(adjacentType) ? adjacent : lastEndingBy(ms, cs - 2);
    // "UNHCR, the UN refugee agency, which has helped Colombia": the name the apposition describes.
    if (ante && toks[cs - 2]?.text === ',') ante = appositionHolder(unit, ms, cs - 2, o) ?? ante;
    const type = ante && o.typeOf(ante);
    // "Sweden and Denmark, which had sent divers": a coordinated antecedent is every conjunct.
    // ("A and his counterpart, B, who arrived": a name apposed between commas is the antecedent alone.)
    // ("A and France's regiment, which has been stationed in X": a singular verb tells of the last conjunct alone.)
    // ("A and France's minister, B, who held talks on Monday": a clause of meeting, with no one met named, tells of both.)
    // ("the PLA Navy's 1st Marine Brigade and the guided-missile frigate Liuzhou, which docked at Ream": a ship named
    // after its noun is the antecedent alone.)
    const shipNamed = ante !== undefined && getLexicon().shipNouns.has(toks[(ante.lead ?? ante.i) - 1]?.lower ?? '');
    // ("Carbajal and the ROKN's Chief of Naval Operations, Admiral Pyo, who arrived in Lima on Tuesday, signed": a verb right
    // after the comma closing the relative clause is the main clause's, whose subject is the whole list.)
    const mainVerb = toks[c - 1]?.text === ',' && c - 1 > cs;
    const apposed = ante !== undefined && !mainVerb && (apposedName(toks, ante) || SINGULAR_VERBS.has(toks[cs]?.lower ?? '') || shipNamed) && !mutualClause(toks, cs);
    if (ante && type && o.accept(type)) return { mentions: apposed ? [ante] : [ante, ...coordinatedBefore(unit, ms, ms.indexOf(ante), o.accept, o.typeOf)] };
  }
  return { mentions: [] };
}

/** ms[idx] is a state among those coordinated after "of" that follows a named unit or body ("X (RGF) of Belarus and Russia"). */
function statesOfBody(unit: SentenceUnit, ms: Mention[], idx: number, o: LeftOpts): boolean {
  const toks = unit.toks;
  let first = ms[idx]!.lead ?? ms[idx]!.i;
  for (const x of coordinatedBefore(unit, ms, idx, o.accept, o.typeOf)) first = Math.min(first, x.lead ?? x.i);
  let p = first - 1;
  if (toks[p]?.lower === 'the') p--;
  if (toks[p]?.lower !== 'of') return false;
  let end = p;
  if (toks[end - 1]?.text === ')' && toks[end - 3]?.text === '(') end -= 3;
  return ms.some((x) => x.j === end && (o.typeOf(x) === 'unit' || o.typeOf(x) === 'organization') && !x.demonym);
}

/** "X of the Y's Z": the person X named right before "of" and the body (or its possessor) `m`. */
function personBeforeOf(unit: SentenceUnit, m: Mention): Mention | undefined {
  const toks = unit.toks;
  let p = (m.lead ?? m.i) - 1;
  if (toks[p]?.lower === 'the') p--;
  if (possessiveEnd(toks[p]?.lower ?? '')) {
    const owner = unit.mentions.find((x) => x.j === p && !x.nested);
    if (!owner) return undefined;
    p = (owner.lead ?? owner.i) - 1;
    if (toks[p]?.lower === 'the') p--;
  }
  if (toks[p]?.lower !== 'of') return undefined;
  return unit.mentions.find((x) => x.type === 'person' && x.via === 'name' && x.j === p);
}

/** The named person whose apposed post ends with body `body` ("X, chairman of Y's Z," before "who"), if any. */
function holderBeforePost(unit: SentenceUnit, body: Mention): Mention | undefined {
  let comma = -1;
  for (let k = body.i - 1; k >= Math.max(0, body.i - 10); k--) {
    const t = unit.toks[k]!;
    if (t.text === ',') { comma = k; break; }
    if (t.kind === 'p' || (t.kind === 'w' && t.cap && !unit.mentions.some((m) => m.i <= k && m.j > k))) return undefined;
  }
  if (comma < 0) return undefined;
  return unit.mentions.find((m) => m.type === 'person' && m.via === 'name' && m.j === comma);
}

/** A relative clause at `cs` of meeting with no one named after it ("who held talks on Monday", "who met in Hanoi"). */
function mutualClause(toks: Tok[], cs: number): boolean {
  const w = toks[cs]?.lower;
  const after = w === 'held' && toks[cs + 1]?.lower === 'talks' ? cs + 2 : w === 'met' ? cs + 1 : -1;
  return after > 0 && toks[after]?.lower !== 'with' && !toks[after]?.cap;
}

/** Singular verbs opening a relative clause ("which has been stationed", "which is based"). */
const SINGULAR_VERBS = new Set(['has', 'is', 'was']);

/** Words after a reporting verb that open a phrase, not the reported clause. */
const AFTER_REPORT = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'while', 'following', 'from', 'with', 'without', 'upon', 'as', 'when', 'and', 'but', 'yesterday', 'today', 'earlier', 'later', 'late', 'last', 'this', 'then', 'also', 'again']);

/** A reporting verb at `k` with its clause after it ("said more than 4,000 refugees had returned"). */
function reportsClause(toks: Tok[], k: number): boolean {
  return REPORTING_VERBS.has(toks[k]!.lower) && toks[k + 1]?.kind === 'w' && !AFTER_REPORT.has(toks[k + 1]!.lower);
}

/** The last reporting verb with its clause after it in [from, to), or -1. */
function reportingVerbBefore(toks: Tok[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (reportsClause(toks, k)) return k;
  return -1;
}

/** The name of `m` stands after a comma, apposed to what comes before it ("his counterpart, Colonel General B"). */
function apposedName(toks: Tok[], m: Mention): boolean {
  const from = Math.min(m.lead ?? m.i, m.i);
  if (toks[from - 1]?.text === ',') return true;
  for (let k = from; k < m.i; k++) if (toks[k]!.text === ',') return true;
  return false;
}

export interface RightOpts {
  accept: Accept;
  typeOf: (m: Mention) => NodeType | undefined;
  /** Exclusive end token. */
  end: number;
  /** Most tokens between the start and the first object. */
  window: number;
  /** Stop at another cue before the object. */
  stopAt?: StopRule;
  /** "praised its crew": a unit's people after "its" stand for the unit "its" is. */
  unitPeople?: boolean;
}

/** The people of a unit ("its crew", "its soldiers"). */
export const UNIT_PEOPLE: ReadonlySet<string> = new Set(['crew', 'crews', 'soldiers', 'troops', 'sailors', 'personnel', 'servicemen', 'men', 'airmen', 'marines', 'paratroopers', 'peacekeepers']);

/** People nouns a demonym may modify before the person's name in apposition ("a Kuwaiti officer, Commodore X"). */
const PERSON_NOUNS = new Set(['officer', 'diplomat', 'official', 'general', 'admiral', 'commander', 'soldier', 'national', 'citizen', 'businessman', 'businesswoman', 'politician', 'lawmaker', 'journalist', 'engineer', 'expert', 'envoy', 'minister', 'academic', 'lawyer', 'judge']);

/** Tokens [from, to) are a people noun, a comma and at most two capitalised words (a rank). */
function personNounApposition(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  // ("the Kenyan defence minister, X": up to two lower-case words of a portfolio may come before the noun.)
  let p = from;
  while (p < from + 2 && !PERSON_NOUNS.has(toks[p]?.lower ?? '') && toks[p]?.kind === 'w' && !toks[p]!.cap) p++;
  if (!PERSON_NOUNS.has(toks[p]?.lower ?? '') || toks[p + 1]?.text !== ',') return false;
  return to >= p + 2 && to - (p + 2) <= 2 && capsBetween(toks, p + 2, to);
}

/**
 * "France's ambassador to Madagascar, Anne-Sophie Vauquelin": after the state ms[k] and "'s", a post of one or two
 * lower-case words "to" or "in" one name, a comma and a person; the index of that person, else -1.
 */
function postToHolder(unit: SentenceUnit, ms: Mention[], k: number): number {
  const toks = unit.toks;
  const lex = getLexicon();
  let p = ms[k]!.j + 1;
  const post = lex.titles.match(toks.slice(p, p + 3).map((t) => t.lower), 0);
  if (!post || post.value === 'rank' || toks[p]!.cap) return -1;
  p += post.length;
  if (toks[p]?.lower !== 'to' && toks[p]?.lower !== 'in') return -1;
  const place = ms[k + 1];
  const holder = ms[k + 2];
  if (!place || (place.lead ?? place.i) !== p + 1 || toks[place.j]?.text !== ',' || !holder || holder.type !== 'person' || (holder.lead ?? holder.i) > place.j + 3) return -1;
  return holder.i > place.j ? k + 2 : -1;
}

/**
 * "the commander of the Ugandan contingent in AUSSOM, Brig Gen X": the holder set off after a lower-case post's phrase
 * that mention `k` opens (after "the POST of (the)"), as an index into `ms`, or -1.
 */
function holderPastPostPhrase(unit: SentenceUnit, ms: Mention[], k: number): number {
  const toks = unit.toks;
  let p = (ms[k]!.lead ?? ms[k]!.i) - 1;
  if (tokAt(toks, p)?.lower === 'the') p--;
  if (tokAt(toks, p)?.lower !== 'of' || !APPOSED_POSTS.has(tokAt(toks, p - 1)?.lower ?? '') || tokAt(toks, p - 1)!.cap || tokAt(toks, p - 2)?.lower !== 'the') return -1;
  let q = ms[k]!.j;
  while (q < ms[k]!.j + 16 && toks[q] && toks[q]!.text !== ',' && (toks[q]!.kind !== 'p' || toks[q]!.text === '(' || toks[q]!.text === ')')) q++;
  if (toks[q]?.text !== ',') return -1;
  for (let h = k + 1; h < ms.length && ms[h]!.i <= q + 4; h++) if (ms[h]!.type === 'person' && ms[h]!.i > q && (ms[h]!.lead ?? ms[h]!.i) <= q + 1 && !ms[h]!.nested) return h;
  return -1;
}

/** The mention at `at` follows "run/operated/... by (the)". */
function participleAgent(toks: SentenceUnit['toks'], at: number): boolean {
  let p = at - 1;
  if (toks[p]?.lower === 'the') p--;
  if (toks[p]?.lower !== 'by') return false;
  const v = toks[p - 1]?.lower ?? '';
  return v === 'run' || v === 'built' || v === 'owned' || v === 'operated' || v === 'managed' || v === 'funded' || v === 'organised' || v === 'organized';
}

/** Tokens of [from, to) inside brackets, brackets included ("(IEC)" counts 3). */
function bracketed(toks: SentenceUnit['toks'], from: number, to: number): number {
  let n = 0;
  let open = -1;
  for (let k = from; k < to; k++) {
    if (toks[k]!.text === '(') open = k;
    else if (toks[k]!.text === ')' && open >= 0) { n += k - open + 1; open = -1; }
  }
  return n;
}

/** Tokens [from, to) are at most three capitalised words (a rank or title between a demonym and a name). */
function capsBetween(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!toks[k]!.cap) return false;
  return true;
}

/**
 * Index of the first of `more` (coordinated after `m`) followed by its own verb, which opens a new clause;
 * -1 if none. (A function of its own: an arrow in rightArgs' loop reading `m` would make V8 allocate a
 * context at every mention the loop passes.)
 */
function ownClauseAt(unit: SentenceUnit, more: Mention[], m: Mention): number {
  return more.findIndex((x) => finiteAfter(unit.toks[x.j]) && (FINITE.has(unit.toks[x.j]!.lower) || unit.toks.slice(m.j, x.i).some((t) => t.text === ',')));
}

/** The mention is a name in brackets on its own ("(MONUSCO)"). */
function bracketedAcronym(toks: readonly Tok[], m: Mention): boolean {
  return tokAt(toks, m.i - 1)?.text === '(' && toks[m.j]?.text === ')';
}

/** `m` opens ", (the) X said|reported" that ends the sentence (perhaps with a day: "said on Tuesday."). */
function closingAttribution(toks: SentenceUnit['toks'], m: Mention): boolean {
  const lead = m.lead ?? m.i;
  const before = toks[lead - 1]?.lower === 'the' ? lead - 2 : lead - 1;
  if (toks[before]?.text !== ',' || !ATTRIBUTION_VERBS.has(toks[m.j]?.lower ?? '')) return false;
  const next = toks[m.j + 1];
  return !next || next.text === '.' || ((next.lower === 'on' || next.lower === 'in') && toks.slice(m.j + 2, m.j + 6).some((t) => t.text === '.') && !toks.slice(m.j + 2).some((t) => t.text === ','));
}

/** Index of the first relative pronoun right after "a|the|its ... (word) noun" in [from, to) ("to a region that ..."), or -1. */
function unnamedRelativeAt(toks: readonly Tok[], from: number, to: number): number {
  for (let k = from + 2; k < Math.min(to, toks.length); k++) {
    const w = toks[k]!.lower;
    if (w !== 'that' && w !== 'which' && w !== 'who' && w !== 'whom') continue;
    const noun = toks[k - 1]!;
    if (noun.kind !== 'w' || noun.cap) continue;
    if (OBJECT_DETERMINERS.has(toks[k - 2]!.lower) || (k - 3 >= from && OBJECT_DETERMINERS.has(toks[k - 3]!.lower) && toks[k - 2]!.kind === 'w' && !toks[k - 2]!.cap)) return k;
  }
  return -1;
}

/** ms[k] is the body in "the <post> of (the) <body>, <holder>" and the holder, titled of that body, follows. */
function postBeforeHolder(unit: SentenceUnit, ms: Mention[], k: number): boolean {
  const m = ms[k]!;
  const next = ms[k + 1];
  if (!next || next.type !== 'person' || next.title?.affiliation !== m.id || unit.toks[(next.lead ?? next.i) - 1]?.text !== ',' || (next.lead ?? next.i) - 1 !== m.j) return false;
  let p = (m.lead ?? m.i) - 1;
  if (tokAt(unit.toks, p)?.lower === 'the') p--;
  return tokAt(unit.toks, p)?.lower === 'of' && APPOSED_POSTS.has(tokAt(unit.toks, p - 1)?.lower ?? '') && tokAt(unit.toks, p - 2)?.lower === 'the';
}

/**
 * ", with" between `from` and `at`, then a gerund before any punctuation but commas: an absolute clause ("..., with X
 * accusing Y", "..., with its spokesman, X, calling Y").
 */
function absoluteWithBetween(toks: readonly Tok[], from: number, at: number): boolean {
  for (let k = from + 1; k < at; k++) {
    if (toks[k]!.lower !== 'with' || toks[k - 1]!.text !== ',') continue;
    for (let q = at; q < Math.min(toks.length, at + 12) && (toks[q]!.kind !== 'p' || toks[q]!.text === ','); q++) if (toks[q]!.kind === 'w' && !toks[q]!.cap && toks[q]!.lower.endsWith('ing')) return true;
  }
  return false;
}

/** After the possessor `m`: one or two lower-case words, a comma and the unit `next` ("the RBNF's flagship, the frigate RBNS Sabha"). */
function possessedShipApposed(unit: SentenceUnit, m: Mention, next: Mention): boolean {
  const toks = unit.toks;
  let k = m.j + 1;
  while (k < m.j + 3 && toks[k]?.kind === 'w' && !toks[k]!.cap) k++;
  if (k === m.j + 1 || toks[k]?.text !== ',' || next.i <= k || (next.lead ?? next.i) > k + 4) return false;
  return next.type === 'unit';
}

/** Nouns of a settlement that a place's name may modify ("the Ha'apai capital", "the Tigray city"). */
const SETTLEMENT_NOUNS = new Set(['capital', 'city', 'town', 'port', 'village']);

/** Object mentions starting at token `from` (first fitting mention, with coordination). */
/** Words of the posts (title mentions) within [from, to) beyond the first of each: a post counts as one word. */
function postWords(unit: SentenceUnit, from: number, to: number): number {
  let n = 0;
  let end = from;
  for (const m of unit.mentions) {
    if (m.via !== 'title' || m.i < end || m.j > to) continue;
    n += m.j - m.i - 1;
    end = m.j;
  }
  return n;
}

export function rightArgs(unit: SentenceUnit, ms: Mention[], from: number, o: RightOpts): Mention[] {
  let skipped = 0;
  let namedWords = 0;
  let lastSkippedEnd = 0;
  let passedOver = 0;
  // No token of [from, clearTo) stops the search: each mention tests only the tokens past the
  // last one tested (the tests are pure), not every token from `from` again.
  let clearTo = from;
  // (Where a relative clause on an unnamed object opens: looked for once, when a mention lies past the first words.)
  let relStop: number | undefined;
  for (let idx = 0; idx < ms.length; idx++) {
    const m = ms[idx]!;
    const at = Math.max(from, m.lead ?? m.i);
    if (m.i < from) continue;
    if (at >= o.end) break;
    if (at - from > o.window) {
      const words = at - from - bracketed(unit.toks, from, at) - passedOver;
      // (Before the holder of a post set off by a comma, a name passed over counts as one word:
      // "met the force commander of the United Nations Mission in the DRC (MONUSCO), General X".)
      // ("received by the First Secretary of the Communist Party of Cuba and President of the Republic, X": so does each
      // post set off before its holder.)
      if (words > o.window && !(words - namedWords <= o.window && unit.toks[at - 1]?.text === ',' && o.typeOf(m) === 'person') && !(unit.toks[at - 1]?.text === ',' && o.typeOf(m) === 'person' && words - postWords(unit, from, at - 1) <= o.window)) break;
    }
    if (o.stopAt) {
      // (Up to where the mention's construction opens: "boarding, search and rescue and pollution control drills".)
      while (clearTo < at && !o.stopAt.stops(clearTo)) clearTo++;
      if (clearTo < at) break;
    }
    // "an agreement that creates joint patrols, the Ministry of the Interior reported.": the source of a closing attribution is no object.
    if (closingAttribution(unit.toks, m)) break;
    // ("returning to a region that Austrian soldiers know well": nor is a name inside a relative clause on an unnamed object.)
    if (at > from + 2) {
      relStop ??= unnamedRelativeAt(unit.toks, from, o.end);
      if (relStop >= 0 && relStop < at) break;
    }
    // ("criticized the activity, with spokesperson X accusing Manila of ...": a name in an absolute "with" clause is its own subject.)
    if (at > from + 1 && absoluteWithBetween(unit.toks, from, at)) break;
    // "visited a shelter run by the Red Cross in X": the agent of a participle clause is no object.
    if (at > from && participleAgent(unit.toks, at)) continue;
    // "a visit to the 45th Brigade, the Bundeswehr's first combat brigade": the possessor in an apposition describing an
    // object passed over is no object either.
    if (skipped > 0 && unit.toks[m.j]?.lower === "'s" && unit.toks[(m.lead ?? m.i) - 1]?.lower === 'the' && unit.toks[(m.lead ?? m.i) - 2]?.text === ',' && unit.toks[m.j + 1]?.kind === 'w' && !unit.toks[m.j + 1]!.cap) continue;
    // "sent its army's search unit to X": a possessive "its" opens the object, it is not the object.
    // ("sent 300 soldiers of its 9th Battalion to X": so does one before a number.)
    if (m.via === 'pronoun' && m.surface.toLowerCase() === 'its' && unit.toks[m.j] && unit.toks[m.j]!.kind !== 'p' && !unit.toks[m.j]!.cap && !(o.unitPeople && UNIT_PEOPLE.has(unit.toks[m.j]!.lower))) continue;
    const type = o.typeOf(m);
    // "praised the commander of the Libyan Coast Guard, Brigadier General X": the body of a post set off before its
    // holder is no object; the holder is.
    if (type && type !== 'person' && o.accept('person') && postBeforeHolder(unit, ms, idx)) continue;
    // ("presided over by the commander of the Ugandan contingent in AUSSOM, Brig Gen X": so is a name in the post's phrase.)
    if (type && type !== 'person' && o.accept('person')) {
      const holder = holderPastPostPhrase(unit, ms, idx);
      // (The post's phrase counts as one word of the window.)
      if (holder > idx) { passedOver += (ms[holder]!.lead ?? ms[holder]!.i) - (m.lead ?? m.i) - 1; idx = holder - 1; continue; }
    }
    if (!type || !o.accept(type)) {
      // ("met the force commander of the UN Mission in the DRC (MONUSCO), General X": an acronym in brackets repeats the name before it.)
      if (!bracketedAcronym(unit.toks, m) && ++skipped > 2) break;
      if (m.i >= lastSkippedEnd) namedWords += m.j - m.i - 1;
      lastSkippedEnd = Math.max(lastSkippedEnd, m.j);
      continue;
    }
    // ("attended by France's ambassador to Madagascar, Anne-Sophie Vauquelin": the holder of a state's post to a place.)
    if (type === 'state' && unit.toks[m.j]?.lower === "'s") {
      const holder = postToHolder(unit, ms, idx);
      if (holder > idx && o.accept('person')) { idx = holder - 1; continue; }
    }
    // "commanded by Chadian General X": a demonym right before a name modifies it.
    const named = m.demonym || type === 'state' ? ms[idx + 1] : undefined;
    // "deployed to Bahrain's Isa Air Base": the possessed place, not its state.
    const possessed = !!named && unit.toks[m.j]?.lower === "'s" && (named.lead ?? named.i) === m.j + 1 && o.typeOf(named) === 'place' && FACILITIES.has(unit.toks[named.j - 1]!.lower);
    // ("involved the Omani corvette Al Shamikh": a demonym and a ship's description open the ship's name.)
    // ("served with the Armenian peacekeeping contingent in Kosovo": a demonym on an unnamed body of troops, then where it served.)
    if (named && (possessed || capsBetween(unit.toks, m.j, named.lead ?? named.i) || personNounApposition(unit.toks, m.j, named.lead ?? named.i) || (m.demonym && (shipDescriptionGap(unit, m.j, named.lead ?? named.i) || (afterWith(unit.toks, m.i) && troopsInGap(unit, m.j, named.lead ?? named.i))))) && o.accept(o.typeOf(named) ?? 'event')) continue;
    // ("visited the Ground Self-Defense Force's Camp Ishigaki": for a verb going to places, not helping units, the place a
    // body owns, not the body.)
    const owned = (type === 'organization' || type === 'unit') && unit.toks[m.j]?.lower === "'s" && !o.accept('unit') ? ms[idx + 1] : undefined;
    if (owned && (owned.lead ?? owned.i) === m.j + 1 && o.typeOf(owned) === 'place' && o.accept('place')) continue;
    // ("toured the RBNF's flagship, the frigate RBNS Sabha, at Mina Salman port": nor is the owner of a ship named in apposition.)
    if (owned && o.accept('place') && !o.accept('unit') && possessedShipApposed(unit, m, owned)) {
      // (The possessor, the ship's noun and the apposed ship count as one word of the window.)
      passedOver += owned.j - m.i - 1;
      continue;
    }
    // ("visited the Ha'apai capital, Pangai,": the place named after a settlement noun that a name modifies.)
    const settled = SETTLEMENT_NOUNS.has(unit.toks[m.j]?.lower ?? '') && unit.toks[m.j + 1]?.text === ',' ? ms[idx + 1] : undefined;
    if (settled && (settled.lead ?? settled.i) === m.j + 2 && o.typeOf(settled) === 'place' && o.accept('place')) continue;
    // "sent tanks to Lithuania, and Italy sent helicopters": an item followed by its own verb opens a new clause.
    const more = coordinatedAfter(unit, ms, idx, o.accept, o.typeOf);
    const cut = ownClauseAt(unit, more, m);
    return [m, ...(cut < 0 ? more : more.slice(0, cut))];
  }
  return [];
}

// Relation stage: walk the cue words of a sentence (cues.ts) and build relation candidates
// between their subjects and objects, keeping only what the ontology allows (allowsEdge).
// Handles passive voice ("was formed ... by", "was met by"), reciprocal talks, hosts and
// guests, award recipients, negation ("did not sign", "denied sending"), and marks tokens a
// relation has consumed so a cue inside another cue's argument ("orders of") does not fire.
import { allowsEdge, EDGE_TYPE_SPECS, type EdgeType, type NodeType } from '../ontology.js';
import { newCandidate, redirectCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { unnamed } from './unnamed.js';
import { argMentions, argsOf, coordinatedAfter, leftArgs, rightArgs, shipDescriptionGap, UNIT_PEOPLE, type Arg, type LeftOpts, type StopRule } from './args.js';
import { companionsAfter, isCompanionType, pastApposedPost } from './companions.js';
import { absoluteWith, AUX, betweenAfter, clauseEnd, clauseStart, OBJECT_DETERMINERS } from './clauses.js';
import { afterWith, isPossessive, itemAt, lowerWordsIn, pastBracket, possessiveEnd, tokAt } from './tokens.js';
import { CUE_WORD, cuesFor, EVENT_PARTS, NEGATOR, passiveVariant, PROVIDES, RELIEF_GOODS, SENT_GROUPS, SPEECH_VERBS, type Cue } from './cues.js';
import { HOSTING } from './phrases.js';
import { wordClass } from './word-classes.js';
import { madeSovereignState, type DocEntities } from './resolve.js';
import { getLexicon, type Lexicon } from './lexicon.js';
import { apposedHolderOfPost, awardBefore, CO_VERB, delegationHead, groupFrom, groupOf, LED_BY, LED_GROUPS, OWNER_PRONOUNS, reducedAntecedent, teamAfter } from './cue-frames.js';
import { eventAfterDuring, semicolonItems } from './participation.js';
import { ARMED_SERVICE_HEADS } from './names.js';

const NOMINAL = new Set(['assistance', 'aid', 'gratitude', 'tribute', 'support', 'donation', 'donations']);
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'official', 'state', 'working', 'first', 'last', 'recent', 'brief', 'surprise', 'planned', 'previous', 'historic', 'rare', 'private', 'secret']);
const HAVE = new Set(['have', 'has', 'had']);
/** Verbs that send someone with a purpose ("sent divers to help Finland"). */
const SENDING = new Set(['sent', 'send', 'sends', 'sending', 'dispatched', 'dispatch', 'dispatches', 'deployed', 'deploy', 'deploys', 'deploying', 'rushed', 'flew', 'moved']);
const PASSIVE_SKIP = new Set(['also', 'then', 'later', 'earlier', 'previously', 'recently', 'already', 'jointly', 'posthumously', 'officially', 'formally', 'reportedly', 'personally', 'warmly', 'not']);

export interface RelationInput {
  d: DocEntities;
  unit: SentenceUnit;
  /** Entity index of the sentence's speaker (for "I" / "we" in quotations). */
  speaker?: number;
  maxRelations: number;
}

/** Cue nouns a copula may precede ("are parties to", "are signatories to"). */
const NOMINAL_CUES = new Set(['party', 'parties', 'signatory', 'signatories']);

function isPassive(unit: SentenceUnit, c: number): boolean {
  const w = unit.toks[c]!.lower;
  // ("are parties to the R-ARCSS": a noun after a copula is no participle.)
  if (w.endsWith('ing') || NOMINAL_CUES.has(w)) return false;
  let p = c - 1;
  while (p >= 0 && PASSIVE_SKIP.has(unit.toks[p]!.lower)) p--;
  if (p >= 0 && AUX.has(unit.toks[p]!.lower)) return true;
  // "tanks supplied by Germany": a participle followed by its agent.
  // ("a ceremony presided over by X": a particle may come between.)
  if ((w.endsWith('ed') || w.endsWith('en')) && (unit.toks[c + 1]?.lower === 'by' || (unit.toks[c + 1]?.lower === 'over' && unit.toks[c + 2]?.lower === 'by'))) return true;
  // "a border security memorandum signed in Amman in March 2026 by X": a participle after a thing's name, its agent after place and date.
  if (w.endsWith('ed') && unit.mentions.some((m) => m.j === c && (m.type === 'agreement' || m.type === 'event'))) {
    // ("signed in Cotonou by their Chiefs of Defence Staff": an unnamed group of theirs names no signer.)
    for (let k = c + 1; k < Math.min(unit.toks.length, c + 11) && unit.toks[k]!.kind !== 'p'; k++) if (unit.toks[k]!.lower === 'by') return !OWNER_PRONOUNS.has(unit.toks[k + 1]?.lower ?? '');
  }
  // "a new unit set up in September by X": a participle after a common noun, its agent after a place or date.
  if ((w.endsWith('ed') || w === 'set') && commonNounAt(unit.toks, c - 1)) {
    for (let k = c + 1; k < Math.min(unit.toks.length, c + 8) && unit.toks[k]!.kind !== 'p'; k++) if (unit.toks[k]!.lower === 'by') return !(unit.toks[k + 1]?.lower.endsWith('ing') ?? false);
  }
  // Reduced relative: "Mercosur, founded in 1991 by Brazil ...".
  // ("The Minister, X, condemned the attacks carried out by JNIM": not the agent of another participle between.)
  if ((unit.toks[p]?.text === ',' || unit.toks[p]?.text === ')') && w.endsWith('ed')) {
    for (let k = c + 1; k < Math.min(unit.toks.length, c + 7); k++) if (unit.toks[k]!.lower === 'by') return !otherParticipleBefore(unit.toks, c, k);
  }
  return false;
}

/** A participle other than the one at `c` stands right before the "by" at `k` ("attacks carried out by"). */
function otherParticipleBefore(toks: SentenceUnit['toks'], c: number, k: number): boolean {
  const q = toks[k - 1]?.lower === 'out' || toks[k - 1]?.lower === 'up' ? k - 2 : k - 1;
  return q > c && toks[q]!.lower.endsWith('ed');
}

/** Unit and body nouns a participle may describe ("a new unit set up by", "a joint force created by"). */
const DESCRIBED_NOUNS = new Set(['unit', 'force', 'body', 'battalion', 'brigade', 'group', 'company', 'command', 'centre', 'center', 'agency', 'committee', 'commission', 'mission', 'formation', 'contingent', 'team']);

/**
 * Token `k` is a lower-case unit or body noun of an indefinite phrase ("a new unit" in "a new unit set up by"), and no
 * object follows the participle after it ("the brigade repelled an assault by" is active).
 */
function commonNounAt(toks: SentenceUnit['toks'], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'w' || t.cap || !DESCRIBED_NOUNS.has(t.lower) || OBJECT_DETERMINERS.has(toks[k + 2]?.lower ?? '')) return false;
  for (let q = k - 1; q >= Math.max(0, k - 3); q--) if (toks[q]!.lower === 'a' || toks[q]!.lower === 'an') return true;
  return false;
}

function lowerAt(unit: SentenceUnit, k: number): string {
  return tokAt(unit.toks, k)?.lower ?? '';
}

const SHAPE_ADVERBS = new Set(['also', 'all', 'both']);
const CARRY_STOPS = new Set(['to', 'for', ',', '.', 'and', '']);

/** An event named between tokens `from` and `to` (the object of a verb before what the verb's window found). */
function eventBefore(ms: Mention[], from: number, to: number, typeOf: (m: Mention) => NodeType | undefined): boolean {
  for (const m of ms) if (m.i >= from && m.j <= to && typeOf(m) === 'event') return true;
  return false;
}

/** "side by side", "together" or "alongside" right after the cue at `c`. */
function togetherAfter(toks: SentenceUnit['toks'], c: number): boolean {
  const w = toks[c + 1]?.lower;
  return w === 'together' || w === 'alongside' || (w === 'side' && toks[c + 2]?.lower === 'by' && toks[c + 3]?.lower === 'side');
}

/** Tokens [from, to) are "a" or "an", lower-case words ending in a unit's head, and "of" or "of the". */
function unnamedPartBefore(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  if (toks[from]?.lower !== 'a' && toks[from]?.lower !== 'an') return false;
  const of = toks[to - 1]?.lower === 'the' ? to - 2 : to - 1;
  if (toks[of]?.lower !== 'of' || of - from < 2 || of - from > 5 || !lowerWordsIn(toks, from + 1, of)) return false;
  return getLexicon().unitHeads.has(toks[of - 1]!.lower);
}

/** Words for troops counted after a verb of involving ("about 2,100 soldiers"). */
const COUNTED_TROOPS = new Set(['soldiers', 'troops', 'personnel', 'servicemen', 'service members', 'sailors', 'marines', 'airmen', 'participants']);
/** Words for some of them before "of" ("members of the X Brigade"). */
const MEMBERS_OF = new Set(['members', 'soldiers', 'troops', 'personnel', 'units', 'elements', 'sailors', 'marines']);

/** After "about 2,100 soldiers, among them members of" / ", including troops from" at `from`: the index past it, else `from`. */
function troopsDrawnFrom(toks: SentenceUnit['toks'], from: number): number {
  let k = from;
  while (k < from + 3 && toks[k] && !COUNTED_TROOPS.has(toks[k]!.lower) && (toks[k]!.kind === 'n' || (toks[k]!.kind === 'w' && !toks[k]!.cap))) k++;
  if (!COUNTED_TROOPS.has(toks[k]?.lower ?? '') || toks[k + 1]?.text !== ',') return from;
  let q = k + 2;
  if (toks[q]?.lower === 'among' && toks[q + 1]?.lower === 'them') q += 2;
  else if (toks[q]?.lower === 'including') q++;
  else return from;
  if (MEMBERS_OF.has(toks[q]?.lower ?? '') && (toks[q + 1]?.lower === 'of' || toks[q + 1]?.lower === 'from')) q += 2;
  return q;
}

/** Verbs of taking others' place after "to" ("sent to replace soldiers withdrawn by X"). */
const REPLACING = new Set(['replace', 'relieve']);

/** Forms of "offer" before a noun of help ("offered help", "offered their assistance"). */
const OFFERS = new Set(['offered', 'offer', 'offers', 'offering']);

/** Relief goods are what the verb at `c` sends, before the destination at `to` ("flown food and medicine to"). */
function reliefSent(toks: SentenceUnit['toks'], c: number, to: number): boolean {
  // (Goods as a head, not "the first relief flight".)
  for (let k = c + 1; k < to && k < c + 6; k++) if (RELIEF_GOODS.includes(toks[k]!.lower) && !nounAfter(toks[k + 1])) return true;
  return false;
}

/** Lower-case nouns of a group of people sent or led ("relief teams", "rescue units", "forces"). */
const GROUPS_LED = new Set(['team', 'teams', 'forces', 'troops', 'unit', 'units', 'soldiers', 'contingent', 'contingents', 'detachment', 'detachments', 'patrol', 'patrols', 'crews', 'convoy', 'convoys', 'personnel', 'squads', 'columns', 'elements']);

/** A group noun follows a name ending before `j`, within two lower-case words ("RBA relief teams", "NATO forces"): the name is its modifier. */
function nounAfterName(toks: SentenceUnit['toks'], j: number): boolean {
  for (let k = j; k < j + 2; k++) {
    const t = toks[k];
    if (!t || t.kind !== 'w' || t.cap) return false;
    if (GROUPS_LED.has(t.lower)) return true;
  }
  return false;
}

/** Words after a name that open no noun it could modify ("MINUSCA since February", "KFOR in Kosovo"). */
const NOT_NOUNS = new Set(['since', 'in', 'at', 'on', 'for', 'from', 'to', 'and', 'or', 'until', 'with', 'during', 'which', 'who', 'that', 'after', 'before', 'by', 'as', 'of', 'under', 'near', 'between', 'when', 'while', 'where', 'last', 'this', 'next', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will']);

/** "the UN mission there, MINUSCA": the name apposed after a lower-case noun the first object describes; none if not apposed. */
function wholeNamedAfterNoun(toks: SentenceUnit['toks'], ms: Mention[], rightMs: Mention[]): Mention[] {
  let k = rightMs[0]!.j;
  while (k < rightMs[0]!.j + 3 && toks[k]?.kind === 'w' && /^\p{Ll}+$/u.test(toks[k]!.text) && !NOT_NOUNS.has(toks[k]!.lower)) k++;
  if (k === rightMs[0]!.j) return rightMs;
  const apposed = toks[k]?.text === ',' ? ms.find((m) => m.i === k + 1 && !m.nested) : undefined;
  return apposed ? [apposed] : [];
}

/** A named unit or organization starts at token `k` ("the 5th Brigade", "a Joint Border Committee"). */
function namedBodyAt(unit: SentenceUnit, k: number): boolean {
  const w = unit.toks[k - 1]?.lower;
  if (w !== 'the' && w !== 'a' && w !== 'an') return false;
  return unit.mentions.some((m) => (m.lead ?? m.i) === k && m.via === 'name' && (m.type === 'unit' || m.type === 'organization'));
}

/** "the mission" at `k`, after "the": an unnamed body referring back to one named before. */
function definiteBodyAt(unit: SentenceUnit, k: number): boolean {
  return unit.toks[k - 1]?.lower === 'the' && unit.mentions.some((m) => m.i === k && m.via === 'definite' && m.entity !== undefined && (m.type === 'unit' || m.type === 'organization'));
}

/** "a new mechanized brigade, the 174th Brigade": an indefinite lower-case phrase at `k` and a named body after its comma. */
function describedBodyAt(unit: SentenceUnit, k: number): boolean {
  const w = unit.toks[k]?.lower;
  if (w !== 'a' && w !== 'an') return false;
  let q = k + 1;
  while (q < k + 6 && unit.toks[q]?.kind === 'w' && !unit.toks[q]!.cap) q++;
  return q > k + 1 && unit.toks[q]?.text === ',' && namedBodyAt(unit, q + 2);
}

/** "the foreign minister" at token `p`, lower case and with no name after it: a post-holder the text does not name. */
function unsentPostAt(unit: SentenceUnit, p: number): boolean {
  let k = lowerAt(unit, p) === 'the' || lowerAt(unit, p) === 'its' || lowerAt(unit, p) === 'his' || lowerAt(unit, p) === 'her' ? p + 1 : p;
  const t = unit.toks[k];
  if (!t || t.kind !== 'w' || t.cap) return false;
  const lex = getLexicon();
  // ("the foreign minister": past the portfolio's words.)
  for (let n = 0; n < 2 && lex.portfolio.has(lowerAt(unit, k)) && !lex.functionWords.has(lowerAt(unit, k)); n++) k++;
  const len = lex.titles.match(unit.toks.slice(k, k + 5).map((x) => x.lower), 0)?.length ?? 0;
  const next = unit.toks[k + len];
  return len > 0 && !(next?.cap || (next?.text === ',' && unit.toks[k + len + 1]?.cap));
}

function matchesShape(unit: SentenceUnit, c: number, cue: Cue): number {
  // "were also present at": an adverb between the auxiliary and the cue.
  if (cue.after && !cue.after.includes(lowerAt(unit, c - 1)) && !(SHAPE_ADVERBS.has(lowerAt(unit, c - 1)) && cue.after.includes(lowerAt(unit, c - 2)))) return -1;
  if (cue.twoBefore && !cue.twoBefore.includes(lowerAt(unit, c - 2))) return -1;
  // "formed the 5th Rescue Battalion": an article before a named unit or body is no reason to stop.
  // ("has formed a new mechanized brigade, the 174th Separate Mechanized Brigade": nor is a described one named after a comma.)
  // ("ECOWAS created the mission in January 2017": nor is a body named before and referred to again.)
  if (cue.notBefore?.includes(lowerAt(unit, c + 1)) && !namedBodyAt(unit, c + 2) && !describedBodyAt(unit, c + 1) && !definiteBodyAt(unit, c + 2)) return -1;
  if (cue.notAfter?.includes(lowerAt(unit, c - 1))) return -1;
  // ("has been in Latvia since January", not "had been deployed to": the preposition right after the trigger.)
  if (cue.prepNext && !cue.preps?.includes(lowerAt(unit, c + 1))) return -1;
  // "the newly formed 1st Combined Engineer Battalion": an attributive participle states no founder.
  if (lowerAt(unit, c - 1) === 'newly') return -1;
  let p = c + 1;
  if (cue.carries) {
    // "sent aid to", "sent two transport planes carrying 40 tons of food to": within twelve words, before the preposition.
    let k = p;
    while (k < p + 12 && !cue.carries.includes(lowerAt(unit, k)) && !CARRY_STOPS.has(lowerAt(unit, k))) k++;
    if (!cue.carries.includes(lowerAt(unit, k))) return -1;
    p = k + 1;
  }
  if (cue.sendsNot) {
    for (let k = p; k < p + 8 && !CARRY_STOPS.has(lowerAt(unit, k)); k++) if (cue.sendsNot.includes(lowerAt(unit, k))) return -1;
    // ("for sending the foreign minister rather than the army chief to Brasília": an unnamed post-holder is sent, not the sender.)
    if (cue.types[0] === 'DEPLOYED_TO' && unsentPostAt(unit, p)) return -1;
  }
  if (cue.then) {
    for (const w of cue.then) {
      if (lowerAt(unit, p) !== w) return -1;
      p++;
    }
    // ("called on other officers to follow him", "called on the army to respect the vote": urged, not visited.)
    if (cue.then[0] === 'on' && cue.types[0] === 'MET_WITH' && urgedAfter(unit, p)) return -1;
  }
  return p;
}

/** Verbs of a meeting's purpose after "called on X to" ("to discuss ties"): a visit, not an appeal. */
const CALL_PURPOSES = new Set(['discuss', 'exchange', 'review', 'brief', 'hold', 'talk', 'congratulate', 'thank', 'pay', 'bid', 'present', 'deliver', 'convey']);

/** "called on X to <verb>" from token `p` (within eight words, no punctuation): an appeal to do something. */
function urgedAfter(unit: SentenceUnit, p: number): boolean {
  const toks = unit.toks;
  for (let k = p; k < toks.length - 1 && k < p + 8; k++) {
    const t = toks[k]!;
    if (t.kind === 'p' && t.text !== "'" && t.text !== '-') return false;
    if (t.lower !== 'to') continue;
    const v = toks[k + 1]!;
    return v.kind === 'w' && !v.cap && !OBJECT_DETERMINERS.has(v.lower) && !CALL_PURPOSES.has(v.lower);
  }
  return false;
}

/** Forms of "rule" before "out" ("ruled out sending troops"). */
const RULING = new Set(['ruled', 'rules', 'rule', 'ruling']);

function negated(unit: SentenceUnit, from: number, c: number, covered: Uint8Array): boolean {
  // A coordinated verb or a clause after a semicolon starts a new scope: "denied X and accused Y" accuses,
  // "did not travel to X, as had been planned; he last visited Y" visits.
  let start = Math.max(0, from);
  for (let k = c - 1; k > start; k--) if (unit.toks[k]!.lower === 'and' || unit.toks[k]!.lower === 'but' || unit.toks[k]!.text === ';') { start = k; break; }
  // "denied the report the following day, accusing Manila of ...": a participle after a comma says something of its own.
  if (unit.toks[c - 1]?.text === ',' && unit.toks[c]!.lower.endsWith('ing') && unit.toks[c - 2]?.kind === 'w') start = Math.max(start, c - 1);
  // ("denied the report, with spokesman X accusing Manila": so does an absolute "with" phrase.)
  if (unit.toks[c]!.lower.endsWith('ing')) for (let k = c - 1; k > start && k >= c - 8; k--) if (unit.toks[k]!.lower === 'with' && unit.toks[k - 1]?.text === ',') { start = k; break; }
  // (Without a negator in the sentence the scan finds none.)
  for (let k = start; k < c && (unit.classes & NEGATOR) !== 0; k++) {
    // "Burkina Faso, which was not invited to the exercise, accused Ghana": a relative clause has its own negation.
    const close = relativeClose(unit.toks, k, c);
    if (close > k) { k = close; continue; }
    if (!covered[k] && (unit.toks[k]!.classes & NEGATOR) !== 0) return true;
  }
  // What someone is invited or asked to do is not done: "Croatia, which had been invited to send observers, ...".
  // (The cue may be the object of that verb: "invited to send observers".)
  for (const k of [c - 1, c - 2]) if (unit.toks[k]?.lower === 'to' && REQUESTED.has(unit.toks[k - 1]?.lower ?? '')) return true;
  // ("X ruled out sending Slovak soldiers to Ukraine": what is ruled out is not done.)
  for (let k = Math.max(start, c - 4); k < c; k++) if (unit.toks[k]!.lower === 'out' && RULING.has(unit.toks[k - 1]?.lower ?? '')) return true;
  // A "whether" clause states nothing: "Officials did not say whether China, which borders Kazakhstan, had been invited".
  if (unit.toks[from - 1]?.lower === 'whether') return true;
  // An accusation's content is alleged, not stated: "accused Rwanda of arming the M23".
  if (unit.toks[c - 1]?.lower === 'of') {
    for (let k = Math.max(0, c - 8); k < c - 1; k++) if (ALLEGING.has(unit.toks[k]!.lower)) return true;
  }
  // Plans are not facts: "The ships will leave for Mumbai", "the brigade will be deployed to X".
  if (planned(unit.toks, c)) return true;
  // Nor obligations: "The agreement still has to be approved by the Diet and ratified by the Philippine Senate".
  if (obligedPassive(unit.toks, c)) return true;
  // An invitation or a request is no fact yet: "invited the crown prince to visit Seoul", "urged Rwanda to withdraw".
  if (unit.toks[c - 1]?.lower === 'to') {
    for (let k = c - 2; k >= Math.max(start, c - 10) && unit.toks[k]!.text !== ';'; k--) if (INVITING.has(unit.toks[k]!.lower)) return true;
  }
  // Counterfactual plans: "had been expected to travel", "had planned to attend" did not happen.
  for (let k = Math.max(start, 1); k < c && (unit.classes & COUNTERFACTUAL_WORD) !== 0; k++) {
    if ((unit.toks[k]!.classes & COUNTERFACTUAL_WORD) !== 0 && (unit.toks[k - 1]!.lower === 'had' || (unit.toks[k - 1]!.lower === 'been' && unit.toks[k - 2]?.lower === 'had'))) return true;
  }
  return false;
}

// ("accepted an invitation to visit Athens in the autumn": the nouns too.)
const INVITING = new Set(['invited', 'invites', 'invite', 'inviting', 'urged', 'urges', 'urge', 'asked', 'asks', 'encouraged', 'encourages', 'requested', 'requests', 'invitation', 'invitations', 'request']);
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", 'would']);
const BETWEEN_AUXILIARY_AND_VERB = new Set(['also', 'then', 'jointly', 'soon', 'later', 'be', 'formally', 'officially', 'again', 'personally', 'now', 'first', 'keep', 'continue']);

/** Verbs a noun cue takes ("make port calls"). */
const LIGHT_VERBS = new Set(['make', 'pay', 'made', 'paid']);
/** Articles before a noun cue's modifiers ("a state visit", "an official visit"). */
const ARTICLE_WORDS = new Set(['a', 'an']);
/** Noun cues a light verb takes ("make port calls", "pay a state visit"). */
const LIGHT_NOUN_CUES = new Set(['call', 'calls', 'visit']);

/**
 * ("will make port calls at Alexandria", "is due to pay a port call", "will pay a state visit to Poland"): the light verb
 * of the noun cue at `c`, past up to three lower-case modifiers and an article; else `c` itself.
 */
function lightVerbBefore(toks: SentenceUnit['toks'], c: number): number {
  let q = c - 1;
  while (q > c - 4 && toks[q]?.kind === 'w' && !toks[q]!.cap && !ARTICLE_WORDS.has(toks[q]!.lower) && !LIGHT_VERBS.has(toks[q]!.lower)) q--;
  if (ARTICLE_WORDS.has(toks[q]?.lower ?? '')) q--;
  return LIGHT_VERBS.has(toks[q]?.lower ?? '') ? q : c;
}
const PLANNED = new Set(['scheduled', 'due', 'expected', 'set', 'slated']);
const PRESENT_BE = new Set(['is', 'are', "'s"]);

/**
 * The cue at `c` is a plan: governed by a future auxiliary or a present plan (futureAuxiliary), or a gerund after
 * "before" or "after" in a clause that is ("will visit X on Friday before returning to New Delhi").
 */
export function planned(toks: SentenceUnit['toks'], c: number): boolean {
  if (futureAuxiliary(toks, c)) return true;
  if ((toks[c - 1]?.lower === 'before' || toks[c - 1]?.lower === 'after') && toks[c]!.lower.endsWith('ing')) {
    for (let k = c - 2; k > 0 && toks[k]!.text !== ';'; k--) if (futureAuxiliary(toks, k)) return true;
  }
  return false;
}

/** The cue at `c` is governed by "will" / "shall" ("will also be deployed") or a present plan ("is scheduled to visit", "are due to return"). */
function futureAuxiliary(toks: SentenceUnit['toks'], c: number): boolean {
  let k = LIGHT_NOUN_CUES.has(toks[c]!.lower) ? lightVerbBefore(toks, c) - 1 : c - 1;
  // ("the brigade will take part in X": past the verb of a noun cue.)
  if (toks[c]!.lower === 'part' && toks[k]?.lower === 'take') k--;
  while (k >= 0 && BETWEEN_AUXILIARY_AND_VERB.has(toks[k]!.lower)) k--;
  if (k >= 2 && toks[k]!.lower === 'to' && PLANNED.has(toks[k - 1]!.lower) && (PRESENT_BE.has(toks[k - 2]!.lower) || (toks[k - 2]!.lower === 'also' && PRESENT_BE.has(toks[k - 3]?.lower ?? '')))) return true;
  return k >= 0 && FUTURE_AUXILIARIES.has(toks[k]!.lower);
}

/** Words before "to be" that make a passive an obligation still to be met ("has to be ratified"). */
const OBLIGING = new Set(['has', 'have', 'needs', 'need']);

/** The passive participle at `c` depends on "has to be" / "must be" earlier in its clause ("has to be approved by X and ratified by Y"). */
function obligedPassive(toks: SentenceUnit['toks'], c: number): boolean {
  for (let k = c - 1; k >= Math.max(1, c - 12); k--) {
    const t = toks[k]!;
    if (t.kind === 'p') return false;
    if (t.lower !== 'be') continue;
    const w = toks[k - 1]!.lower;
    return w === 'must' || (w === 'to' && OBLIGING.has(toks[k - 2]?.lower ?? ''));
  }
  return false;
}

/** The comma closing a ", which/who ... ," clause that opens at token `k` and closes before `c`, or -1. */
function relativeClose(toks: SentenceUnit['toks'], k: number, c: number): number {
  if (toks[k]!.text !== ',' || !['which', 'who', 'whose'].includes(toks[k + 1]?.lower ?? '')) return -1;
  for (let q = k + 2; q < c; q++) if (toks[q]!.text === ',') return q;
  return -1;
}

/** Group nouns whose "from X" / "of X" names who they stand for. */
const ORIGIN_GROUPS: ReadonlySet<string> = new Set(SENT_GROUPS);

/** The mention before ", which" / "that" opening the clause whose subject is `subj` (undefined if none fits). */
function objectRelativeAntecedent(toks: SentenceUnit['toks'], ms: Mention[], subj: Mention | undefined, accept: (t: NodeType) => boolean, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  if (!subj) return undefined;
  // ("which the African Union Peace and Security Council established": past the subject's article.)
  let rel = (subj.lead ?? subj.i) - 1;
  if (toks[rel]?.lower === 'the') rel--;
  const w = toks[rel]?.lower;
  // ("under the bilateral security treaty the two countries signed in 2017": a relative with no pronoun, right after
  // the agreement.)
  if (w !== 'which' && w !== 'that') return ms.find((m) => m.j === rel + 1 && typeOf(m) === 'agreement' && accept('agreement'));
  const end = toks[rel - 1]?.text === ',' ? rel - 1 : rel;
  const named = ms.find((m) => m.j === end && accept(typeOf(m) ?? 'event'));
  if (named || w !== 'that') return named;
  // ("the memorandum of understanding on security cooperation against the PKK that Ankara and Baghdad signed": past the
  // text's subject, with no comma or verb in it.)
  for (let k = end - 1; k >= Math.max(0, end - 10); k--) {
    const t = toks[k]!;
    if (t.kind === 'p' || AUX.has(t.lower)) return undefined;
    const m = ms.find((x) => x.j === k && TOPIC_PREPS.has(t.lower) && typeOf(x) === 'agreement' && accept('agreement'));
    if (m) return m;
  }
  return undefined;
}

/** Prepositions opening what a signed text is about ("a memorandum on security cooperation", "an agreement against X"). */
const TOPIC_PREPS = new Set(['on', 'for', 'against', 'between', 'concerning', 'regarding']);

/**
 * "the deployment of the Swiss Armed Forces' SWISSCOY contingent in Kosovo": after the noun at `c`, the unit after "of"
 * (the possessed one past a possessor) and the place or state right after "in" / "to" past it.
 */
function deploymentOf(toks: SentenceUnit['toks'], ms: Mention[], c: number, typeOf: Frame['typeOf']): { unit: Mention; where: Mention } | undefined {
  if (toks[c]!.lower !== 'deployment' || toks[c + 1]?.lower !== 'of') return undefined;
  let at = toks[c + 2]?.lower === 'the' ? c + 3 : c + 2;
  const owner = ms.find((m) => (m.lead ?? m.i) === at && possessiveEnd(toks[m.j]?.lower ?? ''));
  if (owner) at = owner.j + 1;
  const unit = ms.find((m) => (m.lead ?? m.i) === at && typeOf(m) === 'unit');
  if (!unit) return undefined;
  // ("the SWISSCOY contingent in Kosovo": past a lower-case head after the name.)
  const e = toks[unit.j]?.kind === 'w' && !toks[unit.j]!.cap && (toks[unit.j + 1]?.lower === 'in' || toks[unit.j + 1]?.lower === 'to') ? unit.j + 1 : unit.j;
  if (toks[e]?.lower !== 'in' && toks[e]?.lower !== 'to') return undefined;
  const where = ms.find((m) => m.i === e + 1 && (typeOf(m) === 'place' || typeOf(m) === 'state'));
  return where ? { unit, where } : undefined;
}

/** Participles of a request or an invitation before "to" and a verb ("invited to send observers"). */
const REQUESTED = new Set(['invited', 'asked', 'urged', 'requested', 'encouraged', 'called']);

/** Verbs of leaving a place for another ("left X on Sunday for Y"). */
const LEAVING = new Set(['left', 'leave', 'leaves', 'leaving', 'departed']);

/**
 * The end of the clause after a relative clause on the object that opens at `end` ("decorated Corporal X, who was
 * killed in March, with the medal"), else `end`.
 */
function relativeSkipped(toks: SentenceUnit['toks'], end: number): number {
  if (toks[end]?.text !== ',' || (toks[end + 1]?.lower !== 'who' && toks[end + 1]?.lower !== 'whose')) return end;
  let q = end + 2;
  while (q < toks.length && toks[q]!.kind !== 'p') q++;
  return toks[q]?.text === ',' ? clauseEnd(toks, q + 1) : end;
}

/** Participles of a gift whose agent follows ("donated by Australia"). */
const GIFT_PARTICIPLES = new Set(['donated', 'gifted', 'given', 'provided', 'supplied', 'funded', 'financed']);

/** The state, body or unit after "to" right after a giver ending at `j` ("by Australia to the RSIPF's Maritime Unit"), if any. */
function recipientAfterGiver(toks: SentenceUnit['toks'], ms: Mention[], j: number, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  if (toks[j]?.lower !== 'to') return undefined;
  const at = toks[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  let m = ms.find((x) => (x.lead ?? x.i) === at && !x.nested);
  // (A possessor's body: the one possessed.)
  if (m && toks[m.j]?.lower === "'s") m = possessedBody(toks, ms, m.j, typeOf) ?? m;
  const t = m ? typeOf(m) : undefined;
  return t === 'state' || t === 'organization' || t === 'unit' ? m : undefined;
}

/** The state or body after "by" within five words of the recipient at `from` ("gifted to Tonga by Australia"), if any. */
function agentAfterRecipient(toks: SentenceUnit['toks'], ms: Mention[], from: number, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  for (let k = from + 1; k < Math.min(toks.length, from + 6); k++) {
    if (toks[k]!.kind === 'p') return undefined;
    if (toks[k]!.lower !== 'by') continue;
    const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const m = ms.find((x) => (x.lead ?? x.i) === at);
    const t = m ? typeOf(m) : undefined;
    return t === 'state' || t === 'organization' || t === 'unit' ? m : undefined;
  }
  return undefined;
}

/** Verbs naming a thing in "what it called X", "what they described as X". */
const CALLING = new Set(['called', 'calls', 'termed', 'described', 'dubbed', 'branded']);

/** Past "what it|they|he|she called (as)" at `k` ("condemned what it called NATO's militarisation"), else `k`. */
function pastWhatItCalled(toks: SentenceUnit['toks'], k: number): number {
  if (toks[k]?.lower !== 'what' || !CALLING.has(toks[k + 2]?.lower ?? '') || !['it', 'they', 'he', 'she'].includes(toks[k + 1]?.lower ?? '')) return k;
  return toks[k + 3]?.lower === 'as' ? k + 4 : k + 3;
}

/** The mention of `ms` that comes first in the sentence. */
function firstInText(ms: readonly Mention[]): Mention | undefined {
  let first: Mention | undefined;
  for (const m of ms) if (!first || (m.lead ?? m.i) < (first.lead ?? first.i)) first = m;
  return first;
}

/** A comma stands between tokens `from` and `to`. */
function commaBetween(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (toks[k]!.text === ',') return true;
  return false;
}

/** Words that close a passive agent phrase ("by President X with the Order ..."). */
const AGENT_ENDS = new Set(['with', 'for', 'on', 'upon', 'in', 'at', 'during']);

const ALLEGING = new Set(['accused', 'accuses', 'accuse', 'accusing', 'suspected', 'suspects', 'charged', 'alleged']);
const COUNTERFACTUAL = new Set(['expected', 'planned', 'hoped', 'intended', 'scheduled', 'due', 'supposed']);
/** Tok.classes bit of COUNTERFACTUAL (negated tests every token before a cue). */
const COUNTERFACTUAL_WORD = wordClass(COUNTERFACTUAL);

interface CueTypes {
  subj: ReadonlySet<NodeType>;
  obj: ReadonlySet<NodeType>;
  /** Membership tests of subj and obj, made once per cue (no closure per cue occurrence). */
  subjHas: (t: NodeType) => boolean;
  objHas: (t: NodeType) => boolean;
}
let cueTypeCache: Map<Cue, CueTypes> | undefined;

/** Node types a cue accepts as subject and object (computed once per cue). */
function cueTypes(cue: Cue): CueTypes {
  cueTypeCache ??= new Map();
  let ct = cueTypeCache.get(cue);
  if (!ct) {
    const subj = new Set(cue.types.flatMap((t) => (cue.sourceIsObject ? EDGE_TYPE_SPECS[t].range : EDGE_TYPE_SPECS[t].domain)));
    const obj = new Set(cue.types.flatMap((t) => (cue.sourceIsObject ? EDGE_TYPE_SPECS[t].domain : EDGE_TYPE_SPECS[t].range)));
    // A state's armed service may be the subject; it then acts for its state (ownerStateArg).
    if (!cue.sourceIsObject && cue.types.some((t) => t === 'DEPLOYED_TO' || t === 'FOUGHT_AGAINST')) subj.add('organization');
    if (cue.recipient) obj.add('person').add('unit');
    ct = { subj, obj, subjHas: (t) => subj.has(t), objHas: (t) => obj.has(t) };
    cueTypeCache.set(cue, ct);
  }
  return ct;
}

/** First edge type of the cue the ontology allows between these node types. */
function typeFor(cue: Cue, s: NodeType, t: NodeType): EdgeType | undefined {
  return cue.types.find((ty) => allowsEdge(ty, s, t));
}

/** Lookups shared by every cue of a document (made once per document). */
interface Frame {
  typeOfEntity: (i: number) => NodeType;
  typeOf: (m: Mention) => NodeType | undefined;
  /** Subject type: a capital standing for its state is a state. */
  subjectType: (m: Mention) => NodeType | undefined;
  subjectArgs: (m: Mention) => Arg[];
  /** argsOf(m, typeOfEntity). */
  entityArgs: (m: Mention) => Arg[];
}

function pushAll(out: Arg[], xs: Arg[]): void {
  for (const x of xs) out.push(x);
}

/** The arguments of each mention, in order (flatMap without the intermediate call per element). */
function flatArgs(ms: Mention[], f: (m: Mention) => Arg[]): Arg[] {
  if (ms.length === 1) return f(ms[0]!);
  const out: Arg[] = [];
  for (const m of ms) pushAll(out, f(m));
  return out;
}

/** Prepositions before a place that make it the city itself ("in Brussels", "from Nouméa"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'via', 'outside', 'inside', 'around', 'across', 'through', 'toward', 'towards', 'of', 'between', 'over', 'for', 'on']);

/** A capital standing for its state as an actor: "Warsaw warned", "Kigali denied". */
function metonym(d: DocEntities, m: Mention, typeOf: (m: Mention) => NodeType | undefined): number | undefined {
  if (m.entity === undefined || typeOf(m) !== 'place') return undefined;
  const e = d.list[m.entity]!;
  if (!e.code || m.via !== 'gaz') return undefined;
  const known = d.find('state:', e.code);
  if (known) return known.index;
  // ("Moscow has repeatedly criticised ...": the state a capital stands for, named nowhere else in the document;
  // not a capital after a preposition, "the summit in Brussels", "flew from Nouméa", which is the city.)
  if (PLACE_PREPOSITIONS.has(d.units[m.sent]?.toks[m.i - 1]?.lower ?? '')) return undefined;
  return madeSovereignState(d, e.code, m.start)?.index;
}

/**
 * The frame of the document being read (documents are read one at a time). A WeakMap keyed by
 * the document would keep every short-lived document alive through young-generation GCs.
 */
let lastFrame: { d: DocEntities; frame: Frame } | undefined;

function frameOf(d: DocEntities): Frame {
  if (lastFrame?.d !== d) lastFrame = { d, frame: makeFrame(d) };
  return lastFrame.frame;
}

function makeFrame(d: DocEntities): Frame {
  const typeOfEntity = d.typeOfEntity;
  const typeOf = d.typeOfMention;
  return {
    typeOfEntity, typeOf,
    subjectType: unnamed((m: Mention) => (metonym(d, m, typeOf) !== undefined ? 'state' : typeOf(m))),
    entityArgs: unnamed((m: Mention) => argsOf(m, typeOfEntity)),
    subjectArgs: unnamed((m: Mention): Arg[] => {
      const st = metonym(d, m, typeOf);
      return st === undefined ? argsOf(m, typeOfEntity) : [{ entity: st, type: 'state', mention: m }];
    }),
  };
}

/** Infinitival cue ("to help"): the subject search stops at another cue. */
class OtherCueStop implements StopRule {
  constructor(private readonly cueAt: Uint8Array, private readonly c: number, private readonly toks: SentenceUnit['toks']) {}
  stops(k: number): boolean {
    // "Russia sent troops to help X": the subject of a sending verb is the subject of its purpose.
    return k !== this.c && this.cueAt[k] === 1 && !SENDING.has(this.toks[k]!.lower);
  }
}

/** Where the object search of a cue stops: another cue (for far targets, only a finite verb after the cue). */
/** Nouns of a stay abroad that an object may open with ("for a six-month tour in X"). */
const TOUR_NOUNS = new Set(['tour', 'deployment', 'rotation', 'mission', 'trip']);

/** Token `k` is a noun after "for a|an|the" and at most two lower-case modifiers ("for a twelve-month tour"; not "from a deployment"). */
function forDeterminedNoun(toks: SentenceUnit['toks'], k: number): boolean {
  for (let q = k - 1; q >= Math.max(1, k - 3); q--) {
    const t = toks[q]!;
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'the') return toks[q - 1]!.lower === 'for';
    if (t.kind !== 'w' || t.cap) return false;
  }
  return false;
}

/** Prepositions of concession: what follows is set against the act, never its object ("despite Chinese warnings"). */
const CONCESSIONS = new Set(['despite', 'notwithstanding']);

class ObjectStop implements StopRule {
  constructor(private readonly cueAt: Uint8Array, private readonly toks: SentenceUnit['toks'], private readonly c: number,
    private readonly far: boolean, private readonly directObject: boolean) {}
  stops(k: number): boolean {
    const toks = this.toks;
    // "set up in 2019 and which served with the UN force": a second relative clause is no object.
    if (k > this.c && (toks[k]!.lower === 'which' || toks[k]!.lower === 'who') && (toks[k - 1]?.lower === 'and' || toks[k - 1]?.text === ',')) return true;
    // ("have moved their routes away from Central America": what is moved away from is no destination.)
    if (k > this.c && toks[k]!.lower === 'away' && toks[k + 1]?.lower === 'from') return true;
    // ("for sending their ships despite repeated Chinese warnings": what a concession names is no object or destination.)
    if (k > this.c && CONCESSIONS.has(toks[k]!.lower)) return true;
    if (this.far) {
      // "sent divers to help Finland": an infinitive after the cue starts another action.
      if (k > this.c && toks[k - 1]?.lower === 'to' && (toks[k]!.classes & CUE_WORD) !== 0 && !bareVerbAfter(toks, k)) return true;
      // ("the RFMF unit that serves with the MFO, left Nadi for ...": a verb after a comma is the main clause's.)
      // ("deployed its newly formed 5th Battalion to X": an attributive participle after "newly" is no verb.)
      return this.cueAt[k] === 1 && k > this.c && toks[k - 1]?.lower !== 'newly' && (/ed$/.test(toks[k]!.lower) || AUX.has(toks[k - 1]?.lower ?? '') || HAVE.has(toks[k - 1]?.lower ?? '') || toks[k - 1]?.text === ',');
    }
    // "signed the minutes of the meeting and a memorandum": a cue noun after a determiner is part of the object.
    // "received a military delegation led by X": a participle after a noun describes the object.
    // ("attended by delegations from Senegal and Mali": a group whose origin follows names the agents.)
    if (this.cueAt[k] === 1 && ORIGIN_GROUPS.has(toks[k]!.lower) && (toks[k + 1]?.lower === 'from' || toks[k + 1]?.lower === 'of')) return false;
    // ("left Nadi on Saturday for a twelve-month tour in the Sinai Peninsula": the tour is what they left for; where it is goes on.)
    if (this.cueAt[k] === 1 && TOUR_NOUNS.has(toks[k]!.lower) && forDeterminedNoun(toks, k)) return false;
    // ("met with a delegation led by X": so does one after a preposition's object.)
    if (this.cueAt[k] === 1 && k > this.c + 2 && toks[k + 1]?.lower === 'by' && LED_GROUPS.has(toks[k - 1]?.lower ?? '')) return false;
    if (this.cueAt[k] === 1) return !(this.directObject && k > this.c + 2 && OBJECT_DETERMINERS.has(toks[k - 1]?.lower ?? '') && !/ed$/.test(toks[k]!.lower));
    // ("accusing the army of bombing villages in Jebel Marra": the charge after "of" and a gerund is no object.)
    if (this.directObject && k > this.c + 1 && toks[k]!.lower === 'of' && toks[k + 1]?.kind === 'w' && !toks[k + 1]!.cap && toks[k + 1]!.lower.endsWith('ing')) return true;
    return this.directObject && SPEECH_VERBS.has(toks[k]!.lower);
  }
}

/** The "by" right after a relative clause set off by commas within a few words after `from` (", where X has its seat, by"), or -1. */
function agentPastRelative(toks: SentenceUnit['toks'], from: number): number {
  for (let k = from; k < Math.min(toks.length, from + 8); k++) {
    if (toks[k]!.text !== ',' || !RELATIVE_OPENERS.has(toks[k + 1]?.lower ?? '')) continue;
    for (let c = k + 2; c < Math.min(toks.length, k + 16); c++) {
      const t = toks[c]!;
      if (t.text === ',') return toks[c + 1]?.lower === 'by' ? c + 1 : -1;
      if (t.kind === 'p') return -1;
    }
    return -1;
  }
  return -1;
}

const RELATIVE_OPENERS = new Set(['where', 'which', 'when']);

/** Groups after a demonym that arrive as visitors, not as a deployment ("the Russian delegation, which arrived in Yangon"). */
const CIVILIAN_GROUPS = new Set(['delegation', 'delegations', 'officials', 'ministers', 'leader', 'leaders', 'president', 'envoy', 'diplomats', 'team', 'journalists', 'tourists', 'businessmen', 'side']);

const PLACE_PREPS = new Set(['in', 'at', 'near', 'inside']);

/** "The 150 Kyrgyz servicemen, commanded by X": commanding troops of a state is not leading the state. */
const COMMANDING = new Set(['commanded', 'commands', 'command', 'commanding']);

/** A demonym subject that does not make its state act: "the Russian delegation, which arrived", "Kyrgyz servicemen, commanded by X". */
function demonymNotActing(cue: Cue, toks: SentenceUnit['toks'], c: number, m: Mention): boolean {
  // ("The Singapore ships were led by X": a state's name before a group noun is a modifier like a demonym.)
  if (!m.demonym) return m.type === 'state' && cue.types.includes('LEADER_OF') && LED_BY.has(toks[c]!.lower) && STATE_GROUPS.has(toks[m.j]?.lower ?? '');
  // "The Indian task group was led by X", "Its Gambian counterpart is led by Y": what is led is the group, not the state.
  const ledGroup = cue.types.includes('LEADER_OF') && LED_BY.has(toks[c]!.lower) && toks[m.j]?.kind === 'w' && !toks[m.j]!.cap;
  return (cue.types.includes('DEPLOYED_TO') && CIVILIAN_GROUPS.has(toks[m.j]?.lower ?? '')) || COMMANDING.has(toks[c]!.lower) || ledGroup;
}

/** Groups a state's name may modify ("the Luxembourg platoon", "the Singapore ships"). */
const STATE_GROUPS = new Set(['platoon', 'platoons', 'contingent', 'contingents', 'detachment', 'battalion', 'company', 'companies', 'troops', 'soldiers', 'team', 'teams', 'ships', 'warships', 'vessels', 'delegation', 'squad', 'unit', 'units', 'force', 'forces', 'crew', 'crews', 'peacekeepers']);

/** Fight words that also modify nouns ("battle tanks", "attack helicopters", "fighting vehicles"). */
const MODIFIER_FIGHT = new Set(['battle', 'attack', 'fighting', 'strike', 'war']);

/** Help words that also modify nouns ("rescue boats", "aid convoy"). */
const MODIFIER_HELP = new Set(['rescue', 'aid', 'support', 'relief', 'assistance', 'help', 'supply', 'supplies']);

/** A lower-case content word ("boats", "workers"): not a function word, determiner or preposition. */
function nounAfter(t: SentenceUnit['toks'][number] | undefined): boolean {
  return !!t && t.kind === 'w' && !t.cap && !OBJECT_DETERMINERS.has(t.lower) && !FUNCTION_AFTER_CUE.has(t.lower) && !['the', 'them', 'him', 'her', 'it', 'us', 'local', 'efforts'].includes(t.lower) && !/(?:ly|ing)$/.test(t.lower);
}

/** "to help restore the region": the cue word at `k` is followed by a bare verb, not by its object. */
function bareVerbAfter(toks: SentenceUnit['toks'], k: number): boolean {
  const n = toks[k + 1];
  return !!n && n.kind === 'w' && !n.cap && !OBJECT_DETERMINERS.has(n.lower) && !FUNCTION_AFTER_CUE.has(n.lower);
}
const FUNCTION_AFTER_CUE = new Set(['to', 'in', 'with', 'for', 'on', 'at', 'from', 'by', 'and', 'or', 'of', 'over', 'out', 'up']);

const MEETING_HEADS = new Set(['talks', 'meeting', 'meetings', 'negotiations', 'summit']);
const HOLD = new Set(['held', 'hold', 'holds', 'holding', 'had']);

/** "held a separate bilateral meeting": a form of "hold" shortly before token `i`. */
function heldBefore(toks: SentenceUnit['toks'], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (HOLD.has(toks[k]!.lower)) return true;
  return false;
}

/** Nouns after a demonym that keep it from being an adversary or a destination ("near the Jordanian border", "American interests"). */
const NON_ACTORS = new Set(['border', 'borders', 'frontier', 'interests', 'interest', 'claims', 'media', 'press']);

/** Relation candidates stated by the cue words of one sentence. */
export function cueRelations(inp: RelationInput): Candidate[] {
  const { d, unit } = inp;
  // (A sentence without a cue word states no cued relation.)
  if ((unit.classes & CUE_WORD) === 0) return [];
  const toks = unit.toks;
  const covered = new Uint8Array(toks.length);
  for (const m of unit.mentions) {
    // ("The contingent, known as Battle Group Rwenzori,": the name given, kept as the phrase's, holds no cue word.)
    if (m.knownAs !== undefined) {
      const at = toks.findIndex((t, k) => k >= m.j && t.lower === 'as' && toks[k - 1]?.lower === 'known');
      for (let k = at + 1; at > 0 && k < toks.length && toks[k]!.cap; k++) covered[k] = 1;
    }
    // ("met the battle group's commander": a word before an unnamed unit's head is part of the unit's noun.)
    if (m.via === 'definite' && m.type === 'unit') for (let k = m.i; k < m.j - 1; k++) covered[k] = 1;
    if (m.via === 'pronoun' || m.via === 'definite') continue;
    for (let k = m.i; k < m.j; k++) covered[k] = 1;
    // "held a separate bilateral meeting": the head of a meeting phrase still states that they met.
    // "talks in Cairo between A and B": so does one held between people.
    if (m.type === 'event' && MEETING_HEADS.has(toks[m.j - 1]!.lower) && (heldBefore(toks, m.i) || betweenAfter(toks, m.j) >= 0)) covered[m.j - 1] = 0;
  }
  const cueAt = new Uint8Array(toks.length);
  // A cue fires at an uncovered cue word (fires, below); cueAt marks those not right after "to";
  // without any (any) there is nothing to do. (One scan sets both.)
  let any = false;
  for (let k = 0; k < toks.length; k++) {
    if (!fires(toks, covered, k)) continue;
    any = true;
    if (tokAt(toks, k - 1)?.lower !== 'to') cueAt[k] = 1;
  }
  if (!any) return [];
  const ms = argMentions(unit);
  const fr = frameOf(d);
  const consumed = new Uint8Array(toks.length);
  const out: Candidate[] = [];
  for (let c = 0; c < toks.length && out.length < inp.maxRelations; c++) {
    if (!fires(toks, covered, c) || consumed[c]) continue;
    for (const cue of cuesFor(toks[c]!.lower)) {
      const after = matchesShape(unit, c, cue);
      if (after < 0) continue;
      const made = applyCue(inp, cue, c, after, ms, fr, cueAt, covered, consumed);
      if (made.length) {
        for (const x of made) out.push(x);
        break;
      }
    }
  }
  repelledAttackers(toks, out);
  return out.length > inp.maxRelations ? out.slice(0, inp.maxRelations) : out;
}

/** Words of an attack whose attackers a later "were repelled" turns back. */
const ATTACK_WORDS = new Set(['attacked', 'raided', 'ambushed', 'stormed', 'assaulted']);

/**
 * "fighters of X attacked the battle group's base ... but were repelled": those attacked fought back against the
 * attackers (the attack's edge reversed, besides the attack itself).
 */
function repelledAttackers(toks: SentenceUnit['toks'], out: Candidate[]): void {
  let k = 1;
  while (k < toks.length && !((toks[k]!.lower === 'repelled' || toks[k]!.lower === 'repulsed') && (toks[k - 1]!.lower === 'were' || toks[k - 1]!.lower === 'was'))) k++;
  if (k >= toks.length) return;
  const n = out.length;
  for (let x = 0; x < n; x++) {
    const a = out[x]!;
    if (a.type !== 'FOUGHT_AGAINST' || a.negated || a.cue >= k || !ATTACK_WORDS.has(toks[a.cue]!.lower)) continue;
    if (!out.some((b) => b.type === 'FOUGHT_AGAINST' && b.source === a.target && b.target === a.source)) out.push(redirectCandidate(a, a.target, a.source));
  }
}

/**
 * A cue fires at token `k`: an uncovered cue word. (Asked again where needed rather than kept in a list
 * per sentence: covered does not change once cueRelations has set it.)
 */
function fires(toks: SentenceUnit['toks'], covered: Uint8Array, k: number): boolean {
  return !covered[k] && (toks[k]!.classes & CUE_WORD) !== 0;
}

/** "has led the AU's executive arm": a possessor is not what is led. */
function possessorOf(cue: Cue, toks: SentenceUnit['toks'], m: Mention): boolean {
  return cue.types.includes('LEADER_OF') && toks[m.j]?.lower === "'s";
}

/** The person named after ", " that closes lower-case post words from `from` ("'s interim prime minister, X"). */
function apposedPostHolder(toks: SentenceUnit['toks'], ms: Mention[], from: number): Mention | undefined {
  let k = from;
  while (k < from + 5 && toks[k]?.kind === 'w' && !toks[k]!.cap) k++;
  if (k === from || toks[k]?.text !== ',') return undefined;
  return ms.find((x) => (x.lead ?? x.i) === k + 1 && x.type === 'person' && x.via === 'name' && x.title !== undefined && x.title.kind !== 'rank');
}

function possessivePronoun(m: Mention): boolean {
  return m.via === 'pronoun' && /^its$/i.test(m.surface);
}

interface CandidateBase { sent: number; cue: number; dated: boolean; negated?: boolean }

function pushEdge(out: Candidate[], base: CandidateBase, type: EdgeType | undefined, s: Arg, t: Arg): void {
  if (!type || s.entity === t.entity || !allowsEdge(type, s.type, t.type)) return;
  out.push(newCandidate(type, s.entity, t.entity, base.sent, base.cue, base.dated, base.negated || undefined));
}

/** After "from X to", where "from" comes within twelve words of `after` and "to" within six of it: the token after "to", or -1. */
function destinationAfterOrigin(toks: SentenceUnit['toks'], after: number, end: number): number {
  for (let k = after; k < Math.min(end, after + 12); k++) {
    if (toks[k]!.lower !== 'from') continue;
    for (let t = k + 2; t < Math.min(end, k + 7); t++) {
      if (toks[t]!.kind === 'p') return -1;
      if (toks[t]!.lower === 'to') return t + 1;
    }
    return -1;
  }
  return -1;
}

/**
 * "deployed two companies of the 1st Malawi Rifles, based at Cobbe Barracks in Zomba, to Nsanje": the token after the
 * ", to" that closes a participle describing what is sent (set off by commas, within ten words of `after`), or -1.
 */
function destinationPastParticiple(toks: SentenceUnit['toks'], after: number, end: number): number {
  for (let k = after; k < Math.min(end, after + 14); k++) {
    if (toks[k]!.text !== ',') continue;
    // ("sent 80 agents of its Rapid Action Group (GAR), an elite unit based in Logroño, to Ceuta": a description ending in one.)
    const at = describedParticiple(toks, k + 1);
    if (at < 0 || (at === k + 1 ? k >= after + 10 : false)) continue;
    for (let t = at + 1; t < Math.min(toks.length, at + 11); t++) {
      if (toks[t]!.text === ',' && toks[t + 1]?.lower === 'to') return t + 2;
      if (toks[t]!.kind === 'p' && toks[t]!.text !== ',') break;
    }
    return -1;
  }
  return -1;
}

/** At `p`, a describing participle ("based"), or one after "a"/"an" and up to three lower-case words ("an elite unit based"): its index, else -1. */
function describedParticiple(toks: SentenceUnit['toks'], p: number): number {
  if (DESCRIBING_PARTICIPLES.has(toks[p]?.lower ?? '')) return p;
  if (toks[p]?.lower !== 'a' && toks[p]?.lower !== 'an') return -1;
  for (let q = p + 1; q < p + 5; q++) {
    const t = toks[q];
    if (!t || t.kind !== 'w' || t.cap) return -1;
    if (DESCRIBING_PARTICIPLES.has(t.lower)) return q > p + 1 ? q : -1;
  }
  return -1;
}

/**
 * The antecedent of a relative clause whose first subject starts at `firstSubj`: the last mention
 * before it followed by "that" / "which" and of a type the cue accepts, if close enough.
 */
function relativeAntecedent(toks: SentenceUnit['toks'], ms: Mention[], firstSubj: number, accept: (t: NodeType) => boolean, typeOf: Frame['typeOf']): Mention | undefined {
  let ante: Mention | undefined;
  let where: Mention | undefined;
  for (let x = ms.length - 1; x >= 0 && !ante; x--) {
    const m = ms[x]!;
    if (m.j > firstSubj) continue;
    const q = pastAntecedent(toks, m);
    const w = toks[q]?.text === ',' ? toks[q + 1]?.lower ?? '' : toks[q]?.lower ?? '';
    if ((w === 'that' || w === 'which') && accept(typeOf(m) ?? 'event')) ante = m;
    // ("the Binational Border Intelligence Center in Ciudad del Este, which the two governments created": the body the place follows.)
    else if ((w === 'that' || w === 'which') && typeOf(m) === 'place' && PLACE_PREPS.has(toks[m.i - 1]?.lower ?? '')) {
      const body = ms.find((y) => y.j === m.i - 1 && accept(typeOf(y) ?? 'event'));
      if (body) {
        ante = body;
        where = m;
      }
    }
  }
  if (!ante) return describedAntecedent(toks, ms, firstSubj, accept, typeOf);
  // ("that the national railway company X and Y set up": lower-case descriptors may stand before the first founder.)
  const past = pastAntecedent(toks, where ?? ante);
  const gap = firstSubj - past;
  return gap <= 3 || (gap <= 7 && toks.slice(past + 2, firstSubj).every((t) => t.kind === 'w' && !t.cap)) || subjectOpening(toks, past + 2, firstSubj) ? ante : undefined;
}

/**
 * The tokens [from, to) before a relative clause's first subject open that subject: a state's possessive ("which
 * Algeria's X and ..."), a group set off before the names ("which the two defence ministers, X and Y, signed"), or
 * both ("which the two defence ministers, Algeria's X and Tunisia's Y, signed").
 */
function subjectOpening(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  let end = to;
  if (isPossessive(toks[end - 1]) && toks[end - 2]?.cap) {
    end -= 2;
    while (end > from && toks[end - 1]!.cap && toks[end - 1]!.kind === 'w') end--;
  }
  if (end === from) return end < to;
  return toks[end - 1]?.text === ',' && end - 1 > from && toks.slice(from, end - 1).every((t) => t.kind === 'w' && !t.cap);
}

/**
 * "the Reciprocal Access Agreement (RAA) covering the Self-Defense Forces and the Armed Forces of the Philippines, which
 * Japan and the Philippines signed": past a participle phrase describing it, the thing the relative clause (its pronoun
 * right before `firstSubj`, after a comma) tells of; undefined when another fitting name comes between.
 */
function describedAntecedent(toks: SentenceUnit['toks'], ms: Mention[], firstSubj: number, accept: (t: NodeType) => boolean, typeOf: Frame['typeOf']): Mention | undefined {
  const rel = firstSubj - 1;
  if ((toks[rel]?.lower !== 'which' && toks[rel]?.lower !== 'that') || toks[rel - 1]?.text !== ',') return undefined;
  for (let x = ms.length - 1; x >= 0; x--) {
    const m = ms[x]!;
    if (m.j >= rel) continue;
    if (m.j < rel - 16) return undefined;
    if (!accept(typeOf(m) ?? 'event')) continue;
    const q = pastBracket(toks, m.j);
    const w = toks[q];
    if (!w || w.kind !== 'w' || w.cap || !w.lower.endsWith('ing')) return undefined;
    for (let k = q; k < rel - 1; k++) if (toks[k]!.kind === 'p' && toks[k]!.text !== '(' && toks[k]!.text !== ')') return undefined;
    return m;
  }
  return undefined;
}

/**
 * Where a relative clause may open after `m`: past an acronym in brackets ("the United Nations Interim Force
 * in Lebanon (UNIFIL), which ...") and an indefinite apposition ("the Termez Cargo Center, a company that UTY
 * and the ARA set up").
 */
function pastAntecedent(toks: SentenceUnit['toks'], m: Mention): number {
  return describedBy(toks, pastLowerComplement(toks, pastBracket(toks, m.j)));
}

/** ("the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management, which": past a lower-case "on" phrase
 * of up to four words ending at a comma before "which" or "that"), else `k`. */
function pastLowerComplement(toks: SentenceUnit['toks'], k: number): number {
  if (toks[k]?.lower !== 'on' && toks[k]?.lower !== 'for') return k;
  let q = k + 1;
  while (q < k + 5 && toks[q]?.kind === 'w' && !toks[q]!.cap) q++;
  return q > k + 1 && toks[q]?.text === ',' && (toks[q + 1]?.lower === 'which' || toks[q + 1]?.lower === 'that') ? q : k;
}

/** The first mention that starts (at its lead word) at token `k` and is a person. */
/** Words of a date phrase after a place ("in late June last year", "on May 3"). */
const DATE_PHRASE_WORDS = new Set(['in', 'on', 'late', 'early', 'mid', 'last', 'this', 'next', 'year', 'month', 'week', 'the', 'of']);

/** The token after a date phrase starting at `k` ("in late June last year"), or `k` when none starts there. */
function pastDatePhrase(toks: SentenceUnit['toks'], k: number): number {
  if (toks[k]?.lower !== 'in' && toks[k]?.lower !== 'on') return k;
  const lex = getLexicon();
  let q = k + 1, dated = false;
  while (q < k + 8 && toks[q] && (DATE_PHRASE_WORDS.has(toks[q]!.lower) || lex.months.has(toks[q]!.lower) || toks[q]!.kind === 'n')) {
    if (lex.months.has(toks[q]!.lower) || toks[q]!.kind === 'n') dated = true;
    q++;
  }
  return dated ? q : k;
}

/** "Navy Captain X" at `k`: the token where the rank opens, when a body's name, a rank and a named person follow; else `k`. */
function pastServiceBeforeRank(lex: Lexicon, toks: SentenceUnit['toks'], ms: Mention[], k: number, typeOf: Frame['typeOf']): number {
  const body = ms.find((m) => m.i === k && !m.nested && typeOf(m) === 'organization');
  if (!body) return k;
  // (The few words after the body only: no copy of the sentence's words.)
  const rank = lex.titles.match(toks.slice(body.j, body.j + 5).map((t) => t.lower), 0);
  if (rank?.value !== 'rank') return k;
  return ms.some((m) => m.i === body.j + rank.length && typeOf(m) === 'person') ? body.j : k;
}

function personLedAt(ms: Mention[], k: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (const m of ms) if ((m.lead ?? m.i) === k && typeOf(m) === 'person') return m;
  return undefined;
}

/** The first person named by name that starts (at its lead word) at token `k`. */
function namedPersonLedAt(ms: Mention[], k: number): Mention | undefined {
  for (const m of ms) if ((m.lead ?? m.i) === k && m.type === 'person' && m.via === 'name') return m;
  return undefined;
}

/** Some mention other than a pronoun starts (at its lead word) at token `k`. */
function nonPronounLedAt(ms: Mention[], k: number): boolean {
  for (const m of ms) if ((m.lead ?? m.i) === k && m.via !== 'pronoun') return true;
  return false;
}

/**
 * "by the prime ministers of Lithuania and Latvia, A and B": the first person's token when the agents open with a plural
 * post of states and the holders follow, else -1.
 */
function firstHolderAfterPluralPost(lex: Lexicon, toks: SentenceUnit['toks'], from: number, ms: Mention[], typeOf: Frame['typeOf']): number {
  let k = toks[from]?.lower === 'the' ? from + 1 : from;
  while (k < from + 4 && toks[k + 1]?.kind === 'w' && !toks[k + 1]!.cap && toks[k + 1]!.lower !== 'of') k++;
  const w = toks[k]?.lower ?? '';
  if (toks[k + 1]?.lower !== 'of' || !w.endsWith('s') || !lex.titles.match([w.slice(0, -1)], 0)) return -1;
  for (const m of ms) if (m.i > k && typeOf(m) === 'person' && toks[m.i - 1]?.text === ',') return m.i;
  return -1;
}

/** The units after the first that continue its list ("its 5th and 9th Infantry Brigades"). */
function listedUnits(unit: SentenceUnit, units: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let n = 1; n < units.length; n++) {
    if (!unitListGap(unit, units[n - 1]!.j, units[n]!.lead ?? units[n]!.i)) break;
    out.push(units[n]!);
  }
  return out;
}

/**
 * Tokens [from, to) join two units of a list: "and", ",", ", and", then, before a ship, an article and up to three
 * lower-case words ending in a ship noun ("the frigate X and the anti-submarine corvette Y").
 */
function unitListGap(unit: SentenceUnit, from: number, to: number): boolean {
  const toks = unit.toks;
  let k = from;
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower === 'and') k++;
  if (k === from || k > to) return false;
  if (k === to) return true;
  if (toks[k]!.lower === 'the') k++;
  return shipDescriptionGap(unit, k, to);
}

/** Participles describing a unit sent, set off by commas ("X, based at Y, to Z"). */
const DESCRIBING_PARTICIPLES = new Set(['based', 'stationed', 'headquartered', 'garrisoned', 'located']);

/** A sum of money opening an object ("40 million dollars", "$500 million", "NZ$4 million", "US$"). */
const SUM_START = /^(?:\d|\$|[A-Z]{1,3}\$)/;

/** Nouns a "crossing" modifies ("crossing point", "border crossing station"). */
const CROSSING_NOUNS = new Set(['point', 'points', 'station', 'stations', 'post', 'posts', 'site', 'sites']);


/** A unit's mention carries an owner of its own: a demonym or possessive right before it ("the Omani corvette X", "Oman's X"). */
function ownedElsewhere(toks: SentenceUnit['toks'], m: Mention): boolean {
  for (let k = (m.lead ?? m.i) - 1; k >= Math.max(0, (m.lead ?? m.i) - 4); k--) {
    const t = toks[k]!;
    if (t.lower === 'the' || t.lower === 'and' || t.text === ',') return false;
    if (t.cap || t.lower === "'s") return true;
  }
  return false;
}

/** The event after "for" / "for the" within six tokens after `j` and before `end` ("to Trincomalee for the five-day exercise"). */
function eventForAfter(toks: SentenceUnit['toks'], ms: Mention[], j: number, end: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (const m of ms) {
    const at = m.lead ?? m.i;
    if (at < j || at > j + 6 || at >= end || typeOf(m) !== 'event') continue;
    let k = at - 1;
    while (k > j && toks[k]!.kind === 'w' && !toks[k]!.cap && toks[k]!.lower !== 'for') k--;
    if (toks[k]?.lower === 'for' && k >= j && !toks.slice(j, k).some((t) => t.text === ',')) return m;
  }
  return undefined;
}

/** The place whose mention starts at token `k`. */
function placeLedAt(ms: Mention[], k: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (const m of ms) if ((m.lead ?? m.i) === k && typeOf(m) === 'place') return m;
  return undefined;
}

/** The direct object led at `k` is a state or person the cue does not take. */
function foreignObjectAt(ms: Mention[], k: number, accept: (t: NodeType) => boolean, typeOf: Frame['typeOf']): boolean {
  for (const m of ms) {
    if ((m.lead ?? m.i) !== k || m.via === 'pronoun') continue;
    const t = typeOf(m);
    if (t && !accept(t) && (t === 'state' || t === 'person')) return true;
  }
  return false;
}

/** Some person's mention ends right before token `k`. */
function personEndsAt(ms: Mention[], k: number): boolean {
  for (const m of ms) if (m.type === 'person' && m.j === k) return true;
  return false;
}

/** The first mention ending right before token `k` whose type `accept` admits. */
function acceptedEndingAt(ms: Mention[], k: number, accept: (t: NodeType) => boolean, typeOf: Frame['typeOf']): Mention | undefined {
  for (const m of ms) if (m.j === k && accept(typeOf(m) ?? 'event')) return m;
  return undefined;
}

/** The last mention of a unit that ends at or before token `k`. */
function lastUnitEndingBy(ms: Mention[], k: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (let x = ms.length - 1; x >= 0; x--) if (ms[x]!.j <= k && typeOf(ms[x]!) === 'unit') return ms[x];
  return undefined;
}

/** The mentions of units (not pronouns) starting after token `from` and before `to`. */
function unitsWithin(ms: Mention[], from: number, to: number, typeOf: Frame['typeOf']): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (m.i > from && m.i < to && m.via !== 'pronoun' && typeOf(m) === 'unit') out.push(m);
  return out;
}

/** "has been serving with Standing NATO Mine Countermeasures Group 2 and is at X": a formation served with is not the unit sent. */
function servedWith(toks: SentenceUnit['toks'], m: Mention): boolean {
  return afterWith(toks, m.lead ?? m.i);
}

/** The first person after token `after` and before `end` whose mention (at its lead word) follows "with". */
function personWithBetween(toks: SentenceUnit['toks'], ms: Mention[], after: number, end: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (const m of ms) if (m.i > after && m.i < end && toks[(m.lead ?? m.i) - 1]?.lower === 'with' && typeOf(m) === 'person') return m;
  return undefined;
}

function isBody(m: Mention, typeOf: Frame['typeOf']): boolean {
  return typeOf(m) === 'unit' || typeOf(m) === 'organization';
}

/** The unit after "with (the)" at token `k` ("with the Navy's 3rd Brigade": the possessed unit). */
function unitWith(toks: SentenceUnit['toks'], ms: Mention[], k: number, typeOf: Frame['typeOf']): Mention | undefined {
  if (toks[k]?.lower !== 'with') return undefined;
  const q = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  let u = bodyAt(ms, q, typeOf);
  if (u && toks[u.j]?.lower === "'s") u = possessedBody(toks, ms, u.j, typeOf);
  return u && typeOf(u) === 'unit' ? u : undefined;
}

/** The first unit or organization starting at token `k`. */
function bodyAt(ms: Mention[], k: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (const x of ms) if (x.i === k && isBody(x, typeOf)) return x;
  return undefined;
}

/** The unit or organization possessed by "'s" at token `s`: right after it, or after one lower-case word. */
function possessedBody(toks: SentenceUnit['toks'], ms: Mention[], s: number, typeOf: Frame['typeOf']): Mention | undefined {
  for (const x of ms) if ((x.i === s + 1 || (x.i === s + 2 && toks[s + 1]!.kind === 'w' && !toks[s + 1]!.cap)) && isBody(x, typeOf)) return x;
  return undefined;
}

/** Some group anaphor that names no one known starts at token `k` or right after it. */
function unknownGroupAt(ms: Mention[], k: number): boolean {
  for (const m of ms) if (m.via === 'group' && !m.group?.length && (m.i === k || m.i === k + 1)) return true;
  return false;
}

/** Some title mention lies inside tokens (from, to]. */
function titleWithin(ms: Mention[], from: number, to: number): boolean {
  for (const m of ms) if (m.i > from && m.j <= to && m.via === 'title') return true;
  return false;
}

/** The mentions that are not groups of another (groupOf). */
function withoutGroups(toks: SentenceUnit['toks'], ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (!groupOf(toks, m)) out.push(m);
  return out;
}

/** The subjects that act (demonymNotActing). */
function actingSubjects(cue: Cue, toks: SentenceUnit['toks'], c: number, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (!demonymNotActing(cue, toks, c, m)) out.push(m);
  return out;
}

/** The arguments whose mention starts before token `from` or after `to`. */
function argsOutside(args: Arg[], from: number, to: number): Arg[] {
  const out: Arg[] = [];
  for (const a of args) if (a.mention.i < from || a.mention.i > to) out.push(a);
  return out;
}

/** Some argument's mention starts after token `from` and before `to`. */
function someArgWithin(args: Arg[], from: number, to: number): boolean {
  for (const a of args) if (a.mention.i > from && a.mention.i < to) return true;
  return false;
}

function applyCue(
  inp: RelationInput, cue: Cue, c: number, after: number, ms: Mention[], fr: Frame, cueAt: Uint8Array, covered: Uint8Array, consumed: Uint8Array,
): Candidate[] {
  const { unit } = inp;
  const { typeOf, typeOfEntity } = fr;
  const toks = unit.toks;
  const passive = isPassive(unit, c);
  if (passive) cue = passiveVariant(cue);
  // "X co-chaired with Minister Y the seventh meeting": Y shares the subject, the object follows Y.
  const partner = toks[after]?.lower === 'with' && CO_VERB.test(toks[c]!.lower) ? personLedAt(ms, after + 1, typeOf) : undefined;
  if (partner) after = partner.j;
  const infinitival = toks[c - 1]?.lower === 'to';
  // "rescue boats", "aid workers", "support staff": a help word modifying a noun states no help.
  if (cue.types[0] === 'ASSISTED' && MODIFIER_HELP.has(toks[c]!.lower) && nounAfter(toks[c + 1])) return [];
  // ("an accord on border cooperation providing for joint patrols": what an agreement provides for is its terms, no help.)
  if (cue.types[0] === 'ASSISTED' && PROVIDES.has(toks[c]!.lower) && toks[c + 1]?.lower === 'for' && ms.some((m) => m.j === c && typeOf(m) === 'agreement')) return [];
  // "X, a fund set up by Y": the apposition is read as structure (partOfAppositions), not as a clause.
  if (cue.types[0] === 'FORMED_BY' && tokAt(toks, c - 3)?.text === ',' && (tokAt(toks, c - 2)?.lower === 'a' || tokAt(toks, c - 2)?.lower === 'an') && tokAt(toks, c - 1)?.kind === 'w' && !tokAt(toks, c - 1)!.cap) return [];
  // "main battle tanks", "a fighting vehicle", "attack helicopters": a fight word modifying a noun states no fight.
  if (cue.types[0] === 'FOUGHT_AGAINST' && MODIFIER_FIGHT.has(toks[c]!.lower) && nounAfter(toks[c + 1])) return [];
  // "sent engineers to help restore the region": the help is the restoring; the sending says where they went.
  if (infinitival && cue.types[0] === 'ASSISTED' && bareVerbAfter(toks, c)) return [];
  // ("Chile and Colombia have also offered help": help offered is not given.)
  if (cue.types[0] === 'ASSISTED' && (OFFERS.has(toks[c - 1]?.lower ?? '') || (OFFERS.has(toks[c - 2]?.lower ?? '') && toks[c - 1]!.kind === 'w' && !toks[c - 1]!.cap))) return [];
  // ("the main crossing point between the two countries": a crossing modifying a noun is a place, no one crossing.)
  if (toks[c]!.lower === 'crossing' && CROSSING_NOUNS.has(toks[after]?.lower ?? '')) return [];
  // ("flew home to France": a homecoming (homecoming.ts), no visit or deployment.)
  if (toks[after]?.lower === 'home' && (cue.types[0] === 'VISITED' || cue.types[0] === 'DEPLOYED_TO')) return [];
  let end = clauseEnd(toks, c);
  // Object start: after a preposition of the cue, or right after it.
  let from = -1;
  let byAgent = false;
  // A direct object right after the verb wins over a later preposition ("supported Azerbaijan in its war").
  const det = OBJECT_DETERMINERS.has(toks[after]?.lower ?? '') ? after + 1 : after;
  const directFirst = cue.direct && !passive && nonPronounLedAt(ms, det);
  // ("handed over 200 tonnes of rice and 100 tents to X": what is handed over may take more words.)
  // ("held talks on Thursday at the ministry's headquarters in Cholargos with X", "met on Friday in the provincial capital Xam Neua with Y": so may when and where they met.)
  // ("handed over two patrol boats, the NRTL Aitana and the NRTL Laline, to X": the things handed over may be named in apposition.)
  // ("provided 40 million dollars in Foreign Military Financing to the Argentine Air Force": a sum given reaches past
  // what it is in, to the one who gets it.)
  const sum = cue.types[0] === 'ASSISTED' && SUM_START.test(toks[after]?.text ?? '');
  // ("gifted a sixth patrol boat, HMPNGS Kumul, to the PNGDF's Maritime Element": a gift named at length before its recipient.)
  const gift = cue.farTarget === true && cue.types[0] === 'ASSISTED';
  // ("are training alongside the 13th Foreign Legion Demi-Brigade (13e DBLE) in the exercise X": past those alongside.)
  // ("left Piarco International Airport on Sunday for Barbados": past the place left and when.)
  const leaving = LEAVING.has(toks[c]!.lower) && toks[after]?.cap === true;
  // ("flew from Hosea Kutako International Airport to Bangui": past where the move started.)
  const fromPlace = toks[after]?.lower === 'from' && toks[after + 1]?.cap === true && (cue.types.includes('DEPLOYED_TO') || cue.types.includes('VISITED'));
  // ("was raised to the rank of Officer in the same order": past the grade given.)
  const grade = cue.types[0] === 'RECEIVED_AWARD' && toks[after]?.lower === 'to' && toks[after + 2]?.lower === 'rank';
  // ("fighting on Sunday in the coastal town of Zawiya, 45 kilometres west of Tripoli, between A and B": where and when
  // may come before the parties.)
  const between = cue.reciprocal === true && cue.preps?.[0] === 'between';
  const prepWindow = (cue.then?.[0] === 'over' && cue.types[0] === 'ASSISTED') || sum || between ? 20 : cue.reciprocal || gift || leaving || fromPlace || grade || toks[after]?.lower === 'alongside' ? 12 : 5;
  // ("said the deployment followed incursions into the area": a noun of sending ends at a past verb after it.)
  const sendingNoun = cue.farTarget === true && !gift && toks[c]!.lower.endsWith('ment') && NOUN_MARKERS.has(toks[c - 1]?.lower ?? '');
  let replacing = false;
  for (let k = after; !directFirst && k < Math.min(end, after + prepWindow); k++) {
    const w = toks[k]!.lower;
    if (sendingNoun && k > after && w.endsWith('ed') && toks[k]!.kind === 'w' && !toks[k]!.cap) break;
    // ("thanked Croatia for its help, the government in Zagreb said": a comma right after a noun cue closes it.)
    if (k === after && w === ',' && NOUN_MARKERS.has(toks[c - 1]?.lower ?? '')) break;
    // ("thanked Chile for that help and invited X to visit Buenos Aires": another verb after "and" opens another predicate.)
    if (w === 'and' && toks[k + 1]?.kind === 'w' && !toks[k + 1]!.cap && /[^e]ed$/.test(toks[k + 1]!.lower)) break;
    if (sum && w !== 'to' && w !== 'for') continue;
    // ("handed over RSIPV Tulagi, a patrol boat donated by Australia to the RSIPF's unit": the "to" after another
    // participle of giving and its agent is that gift's.)
    if (k > after && cue.types[0] === 'ASSISTED' && GIFT_PARTICIPLES.has(w) && toks[k + 1]?.lower === 'by') break;
    // ("RVS Namaka, which Australia donated on May 3 ..., escorted the longliner to Luganville": a gift's window ends with its clause.)
    if (gift && w === ',' && toks[k + 1]?.kind === 'w' && !toks[k + 1]!.cap && !cue.preps?.includes(toks[k + 1]!.lower)) break;
    // ("returned home in March after six months in Somalia": home is where they came to; a later place is no target,
    // unless right after it or after "to"; "returned home" itself is read in homecoming.ts.)
    if (w === 'home' && cue.preps?.includes(w)) {
      from = toks[k + 1]?.lower === 'to' ? k + 2 : ms.some((m) => m.i === k + 1) ? k + 1 : -1;
      break;
    }
    // ("sent its first contingent to replace soldiers withdrawn by Croatia and Japan": sent to take others' place, not to a place.)
    if (w === 'to' && REPLACING.has(toks[k + 1]?.lower ?? '')) { replacing = true; break; }
    if (cue.preps?.includes(w) && !(passive && toks[k + 1]?.lower === 'by')) { from = k + 1; break; }
    if (passive && w === 'by') { from = k + 1; byAgent = true; break; }
  }
  // ("patrol boats gifted to Tonga by Australia": a passive gift's giver after its recipient.)
  // (A participle after a plain noun, "boats gifted to", is read as active; its "by" tells the giver all the same.)
  const giver = (passive || toks[c]!.lower.endsWith('ed')) && !byAgent && from >= 0 && cue.types[0] === 'ASSISTED' ? agentAfterRecipient(toks, ms, from, typeOf) : undefined;
  // "redeployed its 3402nd Brigade on Monday from Rutshuru to Kibumba", "deployed two companies of X, based at Y, to Z":
  // the destination further on, after the origin or past a participle describing what is sent.
  if (from < 0 && !passive && cue.farTarget && cue.preps?.includes('to') && !gift) {
    from = destinationPastParticiple(toks, after, end);
    if (from < 0) from = destinationAfterOrigin(toks, after, end);
  }
  // "was signed at a ceremony in the Presidential Palace by X and Y": the agent after place phrases.
  // ("was received at the General Headquarters of the UAE Armed Forces in Abu Dhabi by the Chief of Staff": longer
  // ones, with no punctuation between.)
  if (from < 0 && passive && !directFirst) {
    for (let k = after + 5; k < Math.min(end, after + 16); k++) {
      if (cueAt[k] === 1 || (k >= after + 12 && toks[k]!.kind === 'p')) break;
      if (toks[k]!.lower === 'by') { from = k + 1; byAgent = true; break; }
    }
  }
  // "The arrangement was signed in Warsaw, where Frontex has its headquarters, by A and B": the agent past a relative clause.
  if (from < 0 && passive && !directFirst) {
    const by = agentPastRelative(toks, after);
    if (by > 0) {
      from = by + 1;
      byAgent = true;
      end = clauseEnd(toks, by);
    }
  }
  // ("is commanded by Navy Captain X": a service's name before a rank and a name says whose officer the agent is.)
  if (byAgent) from = pastServiceBeforeRank(inp.d.lex, toks, ms, from, typeOf);
  // "The exercise is directed by the commander of the 36th Army, Lieutenant General X": the agent is X.
  if (byAgent && cue.types[0] === 'ATTENDED') from = pastApposedPost(unit, ms, from, end, typeOf);
  // ("a new unit set up in September by the mission's head, Maj Gen X": so is a founder, when a person holds the post.)
  if (byAgent && cue.types[0] === 'FORMED_BY') {
    const holder = pastApposedPost(unit, ms, from, end, typeOf);
    if (holder !== from && ms.some((m) => (m.lead ?? m.i) === holder && typeOf(m) === 'person')) from = holder;
  }
  // "the Russia-DPRK talks" is a noun use; "Hassan al-Rashid met" is not (a hyphenated name ends there).
  // ("ZAMBATT-30 received the UN Medal": a name numbered after a hyphen is no pair of parties.)
  const hyphenated = /-/.test(toks[c - 1]?.lower ?? '') && !/-\d+$/.test(toks[c - 1]!.lower) && !personEndsAt(ms, c);
  // ("the heads of state signed": "state" there ends a noun phrase, not a modifier as in "state visit".)
  const ofState = toks[c - 1]?.lower === 'state' && toks[c - 2]?.lower === 'of';
  // ("he last visited Asuncion", "first visited": an order word before a past tense is an adverb, not a noun's modifier.)
  const adverbial = (toks[c - 1]?.lower === 'last' || toks[c - 1]?.lower === 'first') && toks[c]!.lower.endsWith('ed');
  // ("thanked Chile for that help and invited X to visit Y": a demonstrative before a cue that is no past form makes it a noun.)
  const demonstrative = (toks[c - 1]?.lower === 'that' || toks[c - 1]?.lower === 'this') && toks[c - 2]?.lower === 'for' && !toks[c]!.lower.endsWith('ed');
  const nounUse = (NOUN_MARKERS.has(toks[c - 1]?.lower ?? '') && !ofState && !adverbial) || hyphenated || toks[c - 1]?.lower === "'s" || demonstrative;
  let directObject = false;
  // (What is gifted is no recipient: a gift with no "to" names none.)
  // ("said the deployment followed raids by Venezuelan gangs": a noun of sending with no preposition after it names no destination.)
  if (from < 0 && ((cue.direct && !nounUse) || (cue.farTarget && !gift && !nounUse && !replacing) || cue.recipient)) {
    from = after;
    directObject = !cue.farTarget;
    // ("condemned what it called NATO's militarisation of Bulgaria": the object past the subject's words for it.)
    from = pastWhatItCalled(toks, from);
    // ("The exercise involves about 2,100 soldiers, among them members of the X Brigade and the Y Regiment": the units the
    // troops are drawn from.)
    if (cue.sourceIsObject && cue.types[0] === 'ATTENDED') from = troopsDrawnFrom(toks, from);
  }
  const swap = passive && !cue.recipient && (byAgent || (cue.farTarget === true && cue.sourceIsObject === true) || cue.types.includes('SIGNED'));
  const ct = cueTypes(cue);
  const leftAccept = swap || (cue.recipient && passive) ? ct.objHas : ct.subjHas;
  const rightAccept = swap ? ct.subjHas : ct.objHas;
  // ("with the help of Y" helps the clause's subject, however far back: no window.)
  const nominal = (NOMINAL.has(toks[c]!.lower) || nounUse) && (cue.types.includes('ASSISTED') || cue.types.includes('PRAISED')) && !cue.twoBefore;
  const nounVisit = nounUse && cue.types.includes('VISITED');
  const leftOpts: LeftOpts = {
    // (Only a unit is deployed where it has been: "the minister has been in Moscow since Monday" is a stay.)
    accept: cue.subjects ? (t: NodeType) => cue.subjects!.includes(t) : leftAccept, typeOf: fr.subjectType, speaker: inp.speaker,
    stopAt: infinitival ? new OtherCueStop(cueAt, c, toks) : undefined, window: nominal ? 9 : undefined,
  };
  // "the Joint Battalion (BCMG), created in March by X": a reduced relative's antecedent is the name before its comma, whatever governs it.
  const antecedent = passive && toks[c - 1]?.text === ',' ? reducedAntecedent(unit, ms, c, leftAccept, typeOf) : undefined;
  // ("for the brigade's part in the exercise": the possessor of a noun cue is its subject.)
  // ("told The Gleaner on his return to Kingston": the one "his" stands for returns.)
  const returning = (toks[c - 1]?.lower === 'his' || toks[c - 1]?.lower === 'her') && (toks[c - 2]?.lower === 'on' || toks[c - 2]?.lower === 'upon') && cue.types[0] === 'RETURNED_TO';
  const possessor = toks[c - 1]?.lower === "'s" && cue.after?.includes("'s") ? ms.find((m) => m.j === c - 1) : returning ? ms.find((m) => m.i === c - 1 && m.via === 'pronoun') : undefined;
  let left = possessor ? { mentions: [possessor] } : antecedent ? { mentions: [antecedent] } : leftArgs(unit, ms, c, leftOpts);
  // ("Assault groups of the brigade ... cleared the last Russian positions on Tuesday evening, supported by drone operators
  // of X": help set off after a clause ending in no name is given to the clause's subject, the first body it names.)
  if (!antecedent && !possessor && passive && cue.types[0] === 'ASSISTED' && toks[c - 1]?.text === ',' && toks[c - 2]?.kind === 'w' && !toks[c - 2]!.cap && !ms.some((m) => m.j === c - 1)) {
    const subject = ms.find((m) => !m.nested && m.i < c && (m.type === 'unit' || m.type === 'organization') && leftAccept(typeOf(m) ?? 'event'));
    if (subject) left = { mentions: [subject] };
  }
  // "dealt with the defence cooperation agreement signed by the two countries": a participle right after a
  // noun is said of that noun, even one governed by a preposition.
  if (!left.mentions.length && byAgent && !AUX.has(toks[c - 1]?.lower ?? '')) {
    const noun = acceptedEndingAt(ms, c, leftAccept, typeOf);
    if (noun) left = { mentions: [noun] };
  }
  // "a delegation of the WPK led by X", "the FSLN delegation headed by Y": the group is led, not the body it comes from.
  // ("a delegation of the Guinean Armed Forces led by their Chief of General Staff, X": X leads the forces, "their" says so.)
  // ("a delegation of the Armed Forces led by their Chief of General Staff, X": its head leads it; "Observers from the
  // CSTO, led by its Deputy Secretary General, X": one of its officials leads only the group drawn from it.)
  const ownersOfficial = OWNER_PRONOUNS.has(toks[c + 2]?.lower ?? '') && inp.d.lex.titles.match(toks.slice(c + 3, c + 9).map((t) => t.lower), 0)?.value === 'official';
  if (passive && LED_BY.has(toks[c]!.lower) && (!OWNER_PRONOUNS.has(toks[c + 2]?.lower ?? '') || (ownersOfficial && left.mentions.some((m) => groupFrom(toks, m))))) left = { ...left, mentions: withoutGroups(toks, left.mentions) };
  // ("set up by the two countries in 1995, ..., X added": an agent group that names no one known is still the agent.)
  const unknownAgents = byAgent && unknownGroupAt(unit.mentions, from);
  // In a passive the agents after "by" are subjects: a capital stands for its state ("signed by Tehran and Caracas").
  let rightMs = from < 0 || unknownAgents ? [] : rightArgs(unit, ms, from, {
    accept: rightAccept, typeOf: swap && byAgent ? fr.subjectType : typeOf, end,
    window: cue.farTarget ? 40 : directObject ? 10 : 12,
    stopAt: new ObjectStop(cueAt, toks, c, cue.farTarget === true, directObject), unitPeople: cue.types[0] === 'PRAISED' || cue.types[0] === 'CRITICIZED',
  });
  // ("Slovakia, which formed Czechoslovakia until 1993, ... NATO": a state or person founded is no founding, and no later name is.)
  if (directFirst && cue.sourceIsObject && rightMs.length && foreignObjectAt(ms, det, rightAccept, typeOf)) rightMs = [];
  // ("chaired a tripartite meeting with Lebanese Army officers": a gathering chaired is no body led.)
  if (directObject && cue.types[0] === 'LEADER_OF' && rightMs.length && eventBefore(ms, after, rightMs[0]!.i, typeOf)) rightMs = [];
  // ("commanded a motorized rifle regiment of the 1st Army Corps": what was led is the unnamed part, not the body it is of.)
  if (directObject && cue.types[0] === 'LEADER_OF' && rightMs.length && unnamedPartBefore(toks, c + 1, rightMs[0]!.lead ?? rightMs[0]!.i)) rightMs = [];
  // ("had led RBA relief teams", "led NATO forces in Kosovo": a body naming what was led, before a lower-case noun, was not led itself.)
  if (directObject && cue.types[0] === 'LEADER_OF' && rightMs.length && nounAfterName(toks, rightMs[0]!.j)) rightMs = [];
  // ("deployed ... as part of the UN mission there, MINUSCA": a name before a lower-case noun only describes the whole,
  // which the name set off after it names.)
  if (cue.types.includes('PART_OF') && toks[c - 1]?.lower === 'as' && rightMs.length) rightMs = wholeNamedAfterNoun(toks, ms, rightMs);
  // ("visited the Turkish contingent serving with KFOR at Sultan Murat Barracks": where the troops visited serve was visited.)
  // ("visited the headquarters of the Navy's Second Fleet Command in Surabaya": the place a formation's site is in, when
  // the formation is no body one visits.)
  if (cue.types[0] === 'VISITED' && directObject && rightMs.every((m) => m.demonym || typeOf(m) === 'unit' || toks[m.j]?.lower === "'s")) {
    const where = visitedSitePlace(toks, ms, after, typeOf);
    if (where) rightMs = [where];
  }
  // "was attended by A, the III MEF commander; B, the regiment's commanding officer; and C": the items after the semicolons too.
  if (byAgent && cue.types[0] === 'ATTENDED' && rightMs.length) for (const m of semicolonItems(unit, ms, from, typeOf)) if (!rightMs.includes(m)) rightMs.push(m);
  // "the Gulf of Fonseca Maritime Treaty, which the two countries signed in 2025": the object of an object relative is its antecedent.
  // ("AUSSOM, which the AU Peace and Security Council established in August 2024, replaced ...": so is what was founded,
  // and a name after the relative clause's closing comma belongs to the main clause.)
  const objectAfterVerb = cue.types[0] === 'SIGNED' ? directObject : cue.types[0] === 'FORMED_BY' && from === after;
  if (objectAfterVerb && !passive && (!rightMs.length || commaBetween(toks, c, rightMs[0]!.i))) {
    // (The clause's first subject: "that Turkey and Iraq signed" lists Iraq first.)
    const antecedent = objectRelativeAntecedent(toks, ms, firstInText(left.mentions), rightAccept, typeOf);
    if (antecedent) rightMs = [antecedent];
  }
  let subjArgs: Arg[] = left.speaker && inp.speaker !== undefined
    ? [{ entity: inp.speaker, type: typeOfEntity(inp.speaker), mention: unit.mentions[0]! }]
    : flatArgs(actingSubjects(cue, toks, c, left.mentions), fr.subjectArgs);
  if (giver) subjArgs = argsOf(giver, typeOfEntity);
  // ("a Guardian-class patrol boat donated by Australia to the RSIPF's Maritime Unit": a passive gift's recipient after
  // its giver, not the thing given.)
  const recipient = swap && byAgent && gift && rightMs.length ? recipientAfterGiver(toks, ms, rightMs[rightMs.length - 1]!.j, typeOf) : undefined;
  if (recipient) subjArgs = argsOf(recipient, typeOfEntity);
  // ("Engineers of the PNGDF have completed a road between A and Kikori in Gulf Province with the support of the ADF":
  // the places the work reached are not who was helped; the clause's subject is.)
  if (cue.types[0] === 'ASSISTED' && cue.sourceIsObject && toks[c - 2]?.lower === 'with' && subjArgs.length && subjArgs.every((a) => a.type === 'place')) {
    const from0 = clauseStart(toks, c);
    const doer = ms.find((m) => m.i >= from0 && m.j <= c - 2 && typeOf(m) !== undefined && typeOf(m) !== 'place' && leftAccept(typeOf(m)!));
    if (doer) subjArgs = argsOf(doer, typeOfEntity);
  }
  // "The final stage of the exercise was observed by X", "The final stage was observed by X": a stage of an event is the event.
  if (!subjArgs.length && passive && byAgent && cue.types[0] === 'ATTENDED') subjArgs = stagedEvent(inp.d, unit, ms, c);
  if (partner) pushAll(subjArgs, argsOf(partner, typeOfEntity));
  // "to co-chair the 24th session with Namibian Defence Minister Y": a partner named after the object shares the subject.
  else if (CO_VERB.test(toks[c]!.lower) && subjArgs.length) {
    const later = personWithBetween(toks, ms, after, end, typeOf);
    if (later) pushAll(subjArgs, argsOf(later, typeOfEntity));
  }
  // "are taking part in the X exercise with the Philippine Marine Corps' 3rd Marine Brigade": a unit trained with attends too.
  else if (cue.types[0] === 'ATTENDED' && !passive && subjArgs.length && rightMs.length === 1 && typeOf(rightMs[0]!) === 'event') {
    const fellow = unitWith(toks, ms, rightMs[0]!.j, typeOf);
    if (fellow) pushAll(subjArgs, argsOf(fellow, typeOfEntity));
  }
  // ("agreed to extend the deployment of the Swiss Armed Forces' SWISSCOY contingent in Kosovo": the unit after "of" is
  // deployed where the phrase after it says.)
  const deployed = cue.types[0] === 'DEPLOYED_TO' ? deploymentOf(toks, ms, c, typeOf) : undefined;
  if (deployed) {
    subjArgs = argsOf(deployed.unit, typeOfEntity);
    rightMs = [deployed.where];
  }
  // "led the Vietnamese delegation", "visited Russian troops": a demonym modifies the real object.
  const noDemonym = cue.types.includes('LEADER_OF') || cue.types.includes('VISITED');
  // "thanked Wellington for its help": a capital praised or criticised stands for its state.
  const stanceObject = cue.types.includes('PRAISED') || cue.types.includes('CRITICIZED');
  const objectArgs = stanceObject || (swap && byAgent) ? fr.subjectArgs : fr.entityArgs;
  let objArgs: Arg[] = [];
  // ("attended by the prime ministers of Lithuania and Latvia, A and B": the people attend, not the states of their posts.)
  const postStates = byAgent && cue.types[0] === 'ATTENDED' ? firstHolderAfterPluralPost(inp.d.lex, toks, from, ms, typeOf) : -1;
  for (const m of rightMs) {
    if (m.i < postStates && typeOf(m) === 'state') continue;
    // "heads Sudan's Sovereignty Council": the possessed body is what is led, not its possessor.
    if (possessorOf(cue, toks, m)) {
      const owned = bodyAt(ms, m.j + 1, typeOf);
      if (owned && rightAccept(typeOf(owned)!) && !rightMs.includes(owned)) pushAll(objArgs, objectArgs(owned));
      continue;
    }
    // ("who leads the Luxembourg platoon": a state's name before a group noun modifies it.)
    // ("praised its crew": the people of a unit stand for it, when praised or criticised.)
    const itsPeople = stanceObject && possessivePronoun(m) && UNIT_PEOPLE.has(toks[m.j]?.lower ?? '') && typeOf(m) === 'unit';
    if ((noDemonym && (m.demonym || (m.type === 'state' && STATE_GROUPS.has(toks[m.j]?.lower ?? '')))) || (possessivePronoun(m) && !itsPeople)) continue;
    // ("who led the army delegation", "led the FSLN team": the delegation is led, not the body it comes from.)
    if (cue.types[0] === 'LEADER_OF' && !passive && teamAfter(toks, m.j)) continue;
    // "a company that KTZ and ASCO established in 2025, runs it": what is founded is never a later pronoun.
    if (cue.sourceIsObject && m.via === 'pronoun' && !directObject) continue;
    // "the task force that was set up in Bhutan in 1961": where a body was founded is no founder.
    if (cue.sourceIsObject && passive && !byAgent && PLACE_PREPS.has(toks[(m.lead ?? m.i) - 1]?.lower ?? '')) continue;
    // "fought fighters near the Jordanian border", "serving American interests": a demonym before a thing is no adversary or destination.
    if (m.demonym && (cue.types.includes('FOUGHT_AGAINST') || cue.types.includes('DEPLOYED_TO')) && NON_ACTORS.has(toks[m.j]?.lower ?? '')) continue;
    // ("sending troops to the northern Philippine island of Luzon": the place named after "of" is the destination.)
    const namedPlace = m.demonym && cue.types.includes('DEPLOYED_TO') && toks[m.j + 1]?.lower === 'of' ? placeLedAt(ms, m.j + 2, typeOf) : undefined;
    if (namedPlace) {
      if (!rightMs.includes(namedPlace)) pushAll(objArgs, objectArgs(namedPlace));
      continue;
    }
    // "an assault by Cambodia's 42nd Infantry Brigade": the possessed unit or body, not its state.
    // ("the Estonian Navy's new Coastal Defence Battalion": a lower-case modifier may stand between.)
    const possessed = toks[m.j]?.lower === "'s" ? possessedBody(toks, ms, m.j, typeOf) : undefined;
    if (possessed && rightAccept(typeOf(possessed)!)) {
      pushAll(objArgs, objectArgs(possessed));
      continue;
    }
    // ("visited the soldiers of the Bundeswehr's 45th Armoured Brigade": the body owning what is meant is no object either.)
    if (possessed && typeOf(m) !== 'state') {
      // ("visited the Swiss Armed Forces' SWISSCOY contingent in Kosovo": where the possessed unit is was visited.)
      // (The acronym of "the SWISSCOY contingent" is the unit's name: its lower-case head comes before the "in".)
      const headAfter = toks[possessed.j]?.kind === 'w' && !toks[possessed.j]!.cap && PEOPLE_GROUP_HEADS.has(toks[possessed.j]!.lower) ? 1 : 0;
      const where = cue.types[0] === 'VISITED' ? placeAfter(toks, ms, possessed.j + headAfter, typeOf) : undefined;
      if (where && rightAccept(typeOf(where)!)) pushAll(objArgs, objectArgs(where));
      continue;
    }
    // ("visited the RSAF's helicopter training detachment at the Oakey Army Aviation Centre": a body's unnamed part at a
    // place; the place was visited, not the body.)
    if (cue.types[0] === 'VISITED' && toks[m.j]?.lower === "'s" && typeOf(m) !== 'state') {
      let q = m.j + 1;
      while (q < m.j + 5 && toks[q]?.kind === 'w' && !toks[q]!.cap && toks[q]!.lower !== 'at' && toks[q]!.lower !== 'in') q++;
      const at = (toks[q]?.lower === 'at' || toks[q]?.lower === 'in') && q > m.j + 1 ? (toks[q + 1]?.lower === 'the' ? q + 2 : q + 1) : -1;
      const site = at > 0 ? ms.find((x) => x.i === at && !x.nested) : undefined;
      if (site) {
        if (typeOf(site) === 'place' && rightAccept('place')) pushAll(objArgs, objectArgs(site));
        continue;
      }
    }
    // "attended by Haiti's interim prime minister, X": the person holding the possessed post.
    const holder = toks[m.j]?.lower === "'s" ? apposedPostHolder(toks, ms, m.j + 1) : undefined;
    if (holder && rightAccept('person')) {
      if (!rightMs.includes(holder)) pushAll(objArgs, objectArgs(holder));
      // ("signed by Peru's defence minister, X, and her Ecuadorian counterpart, Y": the list goes on after the holder.)
      if (passive && byAgent) for (const y of coordinatedAfter(unit, ms, ms.indexOf(holder), rightAccept, typeOf)) if (!rightMs.includes(y)) pushAll(objArgs, objectArgs(y));
      continue;
    }
    // "led the Thai delegation": leading a delegation is no leadership of its state.
    if (m.via === 'group' && cue.types.includes('LEADER_OF')) continue;
    pushAll(objArgs, objectArgs(m));
  }
  // "held talks on Thursday, with the Chief of Defence, X, and Y also taking part": those taking part attend; they are not met.
  if (cue.types[0] === 'MET_WITH' && objArgs.length) {
    for (let at = c + 1; at < toks.length; at++) {
      const closer = absoluteWith(toks, at);
      if (closer > 0) objArgs = argsOutside(objArgs, at, closer);
    }
  }
  // "condemned an attack by the Houthi militia on ...": whoever did the condemned act is criticised.
  if (cue.types[0] === 'CRITICIZED' && directObject && !objArgs.length) {
    const agent = actAgent(toks, ms, after, end);
    if (agent && rightAccept(typeOf(agent) ?? 'event')) objArgs = objectArgs(agent);
  }
  // "visited Danish soldiers at the Ādaži military base": the place where the troops visited are is visited.
  if (cue.types[0] === 'VISITED' && directObject && !objArgs.length) {
    const place = troopsAt(inp.d.lex.peopleNouns, toks, ms, after, end, typeOf);
    if (place) objArgs = argsOf(place, typeOfEntity);
  }
  // "received on Monday in his office a delegation of the X led by their Chief of Staff, General Y": Y is met.
  // "received at his office in Yarzeh the Head of Mission of the X, Major General Y": the post's holder is met.
  if (cue.types[0] === 'MET_WITH' && directObject && !objArgs.some((a) => a.type === 'person' && a.mention.via !== 'pronoun')) {
    const head = delegationHead(unit, ms, after, end, typeOf) ?? apposedHolderOfPost(unit, ms, after, end);
    if (head) objArgs = argsOf(head, typeOfEntity);
  }
  if (cue.recipient) {
    // (An award named at length counts as one word of the reach: "conferred the Darjah Paduka Keberanian Laila Terbilang
    // Yang Amat Gemilang Darjah Pertama (DPKT) on the Chief of Defence Force of the SAF, X".)
    let reach = 25;
    for (const m of ms) if (m.i >= after && m.i < after + reach && typeOf(m) === 'award') reach += m.j - m.i - 1;
    let stop = Math.min(relativeSkipped(toks, end), after + reach);
    for (let k = after; k < stop; k++) {
      // ("decorated Corporal X, who was killed in an ambush in March, with the Medal for Gallantry": past a relative
      // clause on the recipient, closed by a comma.)
      if (toks[k]!.text === ',' && (toks[k + 1]?.lower === 'who' || toks[k + 1]?.lower === 'whose')) {
        let q = k + 2;
        while (q < stop && toks[q]!.kind !== 'p') q++;
        if (toks[q]?.text === ',') {
          k = q;
          continue;
        }
      }
      if (cueAt[k] === 1) stop = k;
      // ("decorated X with the Order of Y, and Nthako thanked him": past the award, ", and" opens another clause.)
      if (toks[k]!.text === ',' && toks[k + 1]?.lower === 'and' && ms.some((m) => m.i >= after && m.j <= k && typeOf(m) === 'award')) stop = k;
    }
    // ("was conferred with the Order of the Sun by Shilongo", "was decorated by President X with Y": the agent after "by" confers, it receives nothing.)
    let agentFrom = -1, agentTo = -1;
    for (let k = after; passive && k < stop; k++) {
      if (toks[k]!.lower !== 'by') continue;
      agentFrom = k;
      agentTo = k + 1;
      while (agentTo < stop && toks[agentTo]!.text !== ',' && !AGENT_ENDS.has(toks[agentTo]!.lower)) agentTo++;
      // ("by the President of the Hellenic Republic, Eleni Stratou": a post's holder after its comma is the agent too.)
      const holder = toks[agentTo]?.text === ',' ? namedPersonLedAt(ms, agentTo + 1) : undefined;
      if (holder && titleWithin(unit.mentions, agentFrom, agentTo)) agentTo = holder.j;
      break;
    }
    // ("decorated X, commander of the brigade's 223 Tank Battalion, with the DSS": a possessor receives nothing.)
    objArgs = [];
    for (const m of ms) {
      // ("presented the UNDOF Medal to the battalion's peacekeepers": a unit's people stand for the unit.)
      const unitsPeople = toks[m.j]?.lower === "'s" && typeOf(m) === 'unit' && UNIT_PEOPLE.has(toks[m.j + 1]?.lower ?? '');
      if (m.i >= after && m.i < stop && !(m.i > agentFrom && m.i < agentTo) && !possessivePronoun(m) && (toks[m.j]?.lower !== "'s" || unitsPeople) && rightAccept(typeOf(m) ?? 'event')) pushAll(objArgs, argsOf(m, typeOfEntity));
    }
  }
  // Relative clause: "the treaty that / which X and Y signed", "the brigade, which the Bundeswehr set up", "the session, which the two officers co-chaired".
  // "the TJTF, which Nigeria, Benin and Togo set up in June under a memorandum": in an object relative the antecedent is the object, whatever follows.
  const firstLeft = firstStart(left.mentions);
  const objectRelative = cue.sourceIsObject === true && firstLeft > 0 && (toks[firstLeft - 1]?.lower === 'which' || toks[firstLeft - 1]?.lower === 'that');
  // ("The patrol vessel PS Topaz, which she commands, returned": so does what one leads.)
  if ((!objArgs.length || objectRelative) && (cue.types.includes('SIGNED') || cue.types[0] === 'ATTENDED' || cue.types[0] === 'LEADER_OF' || cue.sourceIsObject) && left.mentions.length) {
    const ante = relativeAntecedent(toks, ms, firstLeft, rightAccept, typeOf);
    if (ante) objArgs = argsOf(ante, typeOfEntity);
  }
  // "a state visit to Vietnam by President X": the agent follows.
  if (nounVisit && rightMs.length) {
    // ("a visit to San José in late June last year by the head of X, General Y": past the visit's date.)
    const k = pastDatePhrase(toks, rightMs[rightMs.length - 1]!.j);
    if (toks[k]?.lower === 'by') {
      // ("by the head of US Southern Command, General X": the person named after the post.)
      const agent = personLedAt(ms, pastApposedPost(unit, ms, k + 1, toks.length, typeOf), typeOf);
      if (agent) subjArgs = argsOf(agent, typeOfEntity);
    }
  }
  // ("during a two-day visit by Ramsaroop to the Brazilian capital": the agent right after the noun.)
  if (nounVisit && toks[c + 1]?.lower === 'by') {
    const agent = personLedAt(ms, pastApposedPost(unit, ms, c + 2, toks.length, typeOf), typeOf);
    if (agent) subjArgs = argsOf(agent, typeOfEntity);
  }
  // "redeployed it to ...": the unit named before in the sentence.
  if (cue.types.includes('DEPLOYED_TO') && ['it', 'them'].includes(toks[c + 1]?.lower ?? '')) {
    const unitBefore = lastUnitEndingBy(ms, c, typeOf);
    if (unitBefore) subjArgs = argsOf(unitBefore, typeOfEntity);
  }
  // ("trained alongside Russian troops in late June last year, during the Slavic Brotherhood exercise": the event named
  // after "during" further on, before one named earlier.)
  if (!objArgs.length && cue.implicitEvent && subjArgs.length) {
    const during = eventAfterDuring(toks, ms, c, (m) => typeOf(m) === 'event');
    if (during) objArgs = argsOf(during, typeOfEntity);
  }
  // ("Canada, which has trained Antigua and Barbuda Coast Guard boat crews since 2068": not one who trained others.)
  if (!objArgs.length && cue.implicitEvent && subjArgs.length && !partOfNoEvent(toks, c) && !trainedOthers(toks, c)) {
    const ev = inp.d.eventBefore(toks[c]!.start);
    if (ev && (!cue.implicitHeads || cue.implicitHeads.includes(ev.head ?? ''))) objArgs = [{ entity: ev.index, type: 'event', mention: left.mentions[0]! }];
  }
  // ("X, who also attended, praised Y": attending with nothing named in a relative clause is attending the event just named.)
  if (!objArgs.length && subjArgs.length && toks[c]!.lower === 'attended' && toks[c + 1]?.text === ',' && (toks[c - 1]?.lower === 'who' || (toks[c - 1]?.lower === 'also' && toks[c - 2]?.lower === 'who'))) {
    const ev = inp.d.eventBefore(toks[c]!.start);
    if (ev) objArgs = [{ entity: ev.index, type: 'event', mention: left.mentions[0]! }];
  }
  // "watched the final phase from a command post": a stage of the event just named.
  if (!objArgs.length && subjArgs.length && cue.direct && cue.types[0] === 'ATTENDED' && stageObject(toks, c + 1)) {
    const ev = inp.d.eventBefore(toks[c]!.start);
    if (ev) objArgs = [{ entity: ev.index, type: 'event', mention: left.mentions[0]! }];
  }
  // ("The programme was drawn up under the defence cooperation agreement signed by Cyprus and France": a participle right
  // after an agreement names what was signed, not the clause's subject.)
  if (passive && cue.types[0] === 'SIGNED' && toks[c - 1]?.kind === 'w') {
    const signed = ms.find((m) => m.j === c && typeOf(m) === 'agreement');
    if (signed && !subjArgs.some((a) => a.mention === signed)) subjArgs = argsOf(signed, typeOfEntity);
  }
  // ("The live-fire phase was directed by X, and observed by Y and Z": the agents of a stage of the event just named attend it.)
  if (passive && cue.types[0] === 'ATTENDED' && objArgs.length && !subjArgs.some((a) => a.type === 'event') && stageObject(toks, 0)) {
    const ev = inp.d.eventBefore(toks[c]!.start);
    if (ev) subjArgs = [{ entity: ev.index, type: 'event', mention: objArgs[0]!.mention }];
  }
  if (cue.objectHeads) objArgs = eventsWithHeads(inp.d, objArgs, cue.objectHeads);
  const neg = negated(unit, Math.min(clauseStart(toks, c), left.mentions[0]?.i ?? c), c, covered);
  const base: CandidateBase = neg ? { sent: unit.index, cue: c, dated: true, negated: true } : { sent: unit.index, cue: c, dated: true };
  const out: Candidate[] = [];
  if (cue.recipient) {
    // "X was awarded the order"; "the title was conferred on X": a passive subject may be the award itself.
    const passivePeople = passive ? subjArgs.filter((a) => a.type !== 'award') : [];
    // ("Corporal X was also decorated, for helping ...": a bare passive of decorating is given the award named last.)
    // ("Among those decorated was the battalion's commander, X": so are the people named after it.)
    const among = toks[c]!.lower === 'decorated' && toks[c - 1]?.lower === 'those' && toks[c - 2]?.lower === 'among' && ['was', 'were'].includes(toks[c + 1]?.lower ?? '');
    const people = passive && passivePeople.length ? passivePeople : objArgs.filter((a) => a.type !== 'award' && (!among || a.type === 'person'));
    const given = ((passive && passivePeople.length && toks[c]!.lower === 'decorated') || (among && people.length)) && !objArgs.some((a) => a.type === 'award') ? inp.d.recent(toks[c]!.start, (e) => e.type === 'award') : undefined;
    const award = objArgs.find((a) => a.type === 'award') ?? (passive ? subjArgs.find((a) => a.type === 'award') : undefined) ?? (given ? { entity: given.index, type: 'award' as const, mention: people[0]!.mention } : undefined);
    // "conferred the Order of X on A and the Medal of Y on B": each recipient gets the award named before it.
    const awards = objArgs.filter((a) => a.type === 'award');
    const paired = awards.length > 1 && someArgWithin(people, awards[0]!.mention.i, awards[awards.length - 1]!.mention.i);
    if (award) for (const p of people) pushEdge(out, base, 'RECEIVED_AWARD', p, paired ? awardBefore(awards, p) : award);
  } else if (cue.reciprocal && (!objArgs.length || toks[from - 1]?.lower === 'between')) {
    // "X and Y held talks", "talks between X and Y", "X and Y clashed": pairwise among the parties.
    // ("after clashes between Libyan armed groups": a "between" naming no party leaves the subject out too.)
    // ("Estonian and Latvian troops fought side by side against X": those who fought together fought no one among them.)
    const parties = objArgs.length ? objArgs : toks[c + 1]?.lower === 'between' || togetherAfter(toks, c) ? [] : subjArgs;
    if (cue.types.includes('MET_WITH')) {
      const people = parties.filter((a) => a.type === 'person');
      for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) pushEdge(out, base, 'MET_WITH', people[i]!, people[j]!);
    } else {
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const a = parties[i]!;
          const b = parties[j]!;
          pushEdge(out, base, typeFor(cue, a.type, b.type), a, b);
          pushEdge(out, base, typeFor(cue, b.type, a.type), b, a);
        }
      }
    }
  } else {
    const subj = swap ? objArgs : subjArgs;
    const obj = swap ? subjArgs : objArgs;
    // ("The 34th Military Region deployed its 3402nd Brigade": not "its", which stands for the subject.)
    const units = cue.types.includes('DEPLOYED_TO') ? unitsWithin(ms, c, rightMs[0]?.i ?? c, typeOf).filter((m) => !servedWith(toks, m)) : [];
    // (The unit's argument is the same for every pair: made once.)
    const unitSrc = units.length && subj.length && obj.length ? argsOf(units[0]!, typeOfEntity)[0] : undefined;
    // ("deployed its 5th and 9th Infantry Brigades to X": every unit of the list is sent.)
    const moreUnits = unitSrc ? listedUnits(unit, units) : [];
    for (const s0 of subj) {
      for (const o of obj) {
        const src = cue.sourceIsObject ? o : s0;
        const tgt = cue.sourceIsObject ? s0 : o;
        // ("served with the Armenian peacekeeping contingent in Kosovo": whose troops were served with is not where.)
        if (cue.types[0] === 'DEPLOYED_TO' && tgt.mention.demonym && servedWith(toks, tgt.mention)) continue;
        let s = unitSrc ?? src;
        // "The New Zealand Defence Force will send engineers to X": a state's armed service acts for the state
        // where the ontology admits no organization (DEPLOYED_TO, FOUGHT_AGAINST, ATTENDED).
        if (s.type === 'organization' && !typeFor(cue, s.type, tgt.type)) {
          const owner = ownerStateArg(inp.d, s);
          if (owner) s = owner;
        }
        // ("Peruvian Army helicopters have also flown food and medicine to families in X": relief goods sent help there.)
        const sentType = typeFor(cue, s.type, tgt.type);
        if (sentType === 'DEPLOYED_TO' && reliefSent(toks, c, tgt.mention.i)) {
          pushEdge(out, base, 'ASSISTED', src.type === 'organization' || src.type === 'unit' ? src : s, tgt);
          continue;
        }
        pushEdge(out, base, sentType, s, tgt);
        // "Guatemala sent its army's Rescue Unit to X": the sending state is deployed there too.
        if (unitSrc && src.type === 'state' && src.entity !== unitSrc.entity) pushEdge(out, base, typeFor(cue, src.type, tgt.type), src, tgt);
        for (const u of moreUnits) for (const a of argsOf(u, typeOfEntity)) pushEdge(out, base, typeFor(cue, a.type, tgt.type), a, tgt);
      }
    }
    if (unitSrc && cue.types[0] === 'DEPLOYED_TO' && !swap) {
      const sent = [unitSrc, ...moreUnits.flatMap((u) => argsOf(u, typeOfEntity))];
      // "The Indian Navy deployed the frigate X to Y": a ship or unit an armed service sends without "its" is its own.
      const sender = subj.length === 1 && subj[0]!.type === 'organization' ? inp.d.list[subj[0]!.entity] : undefined;
      if (sender && ARMED_SERVICE_HEADS.has(sender.head ?? '')) {
        for (const u of sent) if (!ownedElsewhere(toks, u.mention)) pushEdge(out, { ...base, dated: false }, 'PART_OF', u, subj[0]!);
      }
      // "deployed X and Y to Trincomalee for the five-day exercise": the units sent for an event take part in it.
      const last = rightMs[rightMs.length - 1];
      const ev = last ? eventForAfter(toks, ms, last.j, end, typeOf) : undefined;
      if (ev) for (const e of argsOf(ev, typeOfEntity)) for (const u of sent) pushEdge(out, base, 'ATTENDED', u, e);
    }
    if (cue.beneficiary) addBeneficiaries(unit, ms, objArgs, typeOf, typeOfEntity, out, base);
    // "Exercise X, a two-week exercise hosted by Antigua and Barbuda": a state hosting an event, in a sentence that names
    // no place, is where the event takes place.
    if (swap && byAgent && HOSTING.has(toks[c]!.lower) && !ms.some((m) => typeOf(m) === 'place')) {
      for (const s0 of subj) if (s0.type === 'state') for (const o of obj) if (o.type === 'event') pushEdge(out, { ...base, dated: false }, 'LOCATED_IN', o, s0);
    }
    // "was signed for the kingdom by the Chief of Staff, General X, and for Pakistan by Y": every agent signs.
    if (swap && byAgent && cue.types[0] === 'SIGNED' && subjArgs.length) {
      for (const p of moreAgents(unit, ms, from, end, typeOf)) {
        for (const signer of argsOf(p, typeOfEntity)) for (const a of subjArgs) pushEdge(out, base, 'SIGNED', signer, a);
      }
    }
    // "X attended the parade, together with Y and Z": the companions do the same.
    if (!swap && !cue.sourceIsObject && rightMs.length && out.length && cue.types.some(isCompanionType)) {
      for (const comp of companionsAfter(unit, ms, rightMs[rightMs.length - 1]!.j, end, leftAccept, typeOf)) {
        for (const s of argsOf(comp, typeOfEntity)) for (const o of obj) pushEdge(out, base, typeFor(cue, s.type, o.type), s, o);
      }
    }
    // "hosted X and Y for their first meeting": the guests meet each other too.
    const guests = cue.types.includes('MET_WITH') ? objArgs.filter((a) => a.type === 'person') : [];
    const lastGuest = itemAt(rightMs, rightMs.length - 1);
    if (guests.length >= 2 && lastGuest && toks.slice(lastGuest.j, lastGuest.j + 6).some((t) => t.lower === 'their')) {
      for (let i = 0; i < guests.length; i++) for (let j = i + 1; j < guests.length; j++) pushEdge(out, base, 'MET_WITH', guests[i]!, guests[j]!);
    }
  }
  if (out.length && rightMs.length) {
    const last = rightMs[rightMs.length - 1]!;
    // ("was signed by X, who had arrived in Tripoli on Monday, and by Y": a relative clause between the objects keeps its own cues.)
    for (let k = c; k < last.j; k++) {
      if (toks[k]!.text === ',' && RELATIVE_WHO.has(toks[k + 1]?.lower ?? '')) {
        let e = k + 2;
        while (e < last.j && toks[e]!.text !== ',') e++;
        if (e < last.j) {
          k = e - 1;
          continue;
        }
      }
      consumed[k] = 1;
    }
  }
  return out;
}

const RELATIVE_WHO = new Set(['who', 'which']);

/** The smallest start (lead or first token) of the mentions, or -1 when there are none. */
function firstStart(ms: Mention[]): number {
  if (!ms.length) return -1;
  let first = Infinity;
  for (const m of ms) first = Math.min(first, m.lead ?? m.i);
  return first;
}

/** "an attack by X", "the shelling of Y by X": after `from`, an indefinite or definite act and its agent after "by". */
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function actAgent(toks: SentenceUnit['toks'], ms: Mention[], from: number, end: number): Mention | undefined {
  if (!OBJECT_DETERMINERS.has(toks[from]?.lower ?? '')) return undefined;
  let k = from + 1;
  // ("condemned the November 11 attack by ISWAP": past the act's date.)
  while (k < Math.min(end, from + 6) && ((toks[k]!.kind === 'w' && !toks[k]!.cap) || MONTH_WORD.test(toks[k]!.text) || /^\d{1,2}$/.test(toks[k]!.text)) && toks[k]!.lower !== 'by') k++;
  if (k === from + 1 || toks[k]?.lower !== 'by') return undefined;
  const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  return ms.find((m) => (m.lead ?? m.i) === at && m.j <= end);
}

/**
 * "Danish soldiers at the Ādaži military base", "the troops in Camp X": after `from`, a group of people (a
 * determiner, a demonym or two lower-case words may come first) and a place after "at" / "in": that place.
 */
function troopsAt(peopleNouns: ReadonlySet<string>, toks: SentenceUnit['toks'], ms: Mention[], from: number, end: number, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  let k = from;
  // ("visited the Barbadian contingent in Portsmouth": or a lower-case group noun.)
  const people = (w: string): boolean => peopleNouns.has(w) || PEOPLE_GROUP_HEADS.has(w);
  while (k < Math.min(end, from + 4) && !people(toks[k]!.lower)) {
    const t = toks[k]!;
    const demonym = ms.some((m) => m.i === k && m.demonym);
    if (t.kind !== 'w' || (t.cap && !demonym)) return undefined;
    k++;
  }
  if (!people(toks[k]?.lower ?? '')) return undefined;
  const where = placeAfter(toks, ms, k + 1, typeOf);
  return where && where.j <= end ? where : undefined;
}

/** Lower-case heads after a unit's own name ("the SWISSCOY contingent"). */
const PEOPLE_GROUP_HEADS = new Set(['contingent', 'detachment', 'battalion', 'brigade', 'troops', 'soldiers', 'personnel']);

/** A place or state after "in" / "at" (and "the") at token `k`: where what ends at `k` stands ("troops in Kosovo"). */
/** Sites of a body visited with the body named after "of" ("the headquarters of X in Y"). */
const SITES_OF = new Set(['headquarters', 'base', 'barracks', 'positions', 'premises', 'facilities', 'compound', 'garrison']);

/** Participles of troops' service that may follow a group noun ("the contingent serving with KFOR"). */
const SERVING = new Set(['serving', 'stationed', 'deployed', 'based']);

/**
 * "the Turkish contingent serving with the NATO-led Kosovo Force (KFOR) at Sultan Murat Barracks": from token `k`, up to
 * four words (an article, a demonym, modifiers) to a troops' noun, a participle of service (or "the headquarters of")
 * and, within fourteen tokens without a comma, the place after "at" or "in".
 */
function visitedSitePlace(toks: SentenceUnit['toks'], ms: Mention[], k: number, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  let q = k;
  // ("visited the headquarters of the Navy's Second Fleet Command (Koarmada II) in Surabaya": or a body's site, "of" it.)
  const site = toks[k]?.lower === 'the' && SITES_OF.has(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'of';
  if (site) q = k + 1;
  else {
    while (q < k + 4 && toks[q]?.kind === 'w' && !PEOPLE_GROUP_HEADS.has(toks[q]!.lower)) q++;
    if (!PEOPLE_GROUP_HEADS.has(toks[q]?.lower ?? '') || !SERVING.has(toks[q + 1]?.lower ?? '')) return undefined;
  }
  for (let r = q + 2; r < Math.min(toks.length, q + 16); r++) {
    if (toks[r]!.text === ',') return undefined;
    const place = placeAfter(toks, ms, r, typeOf);
    if (place) return place;
  }
  return undefined;
}

function placeAfter(toks: SentenceUnit['toks'], ms: Mention[], k: number, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  if (toks[k]?.lower !== 'at' && toks[k]?.lower !== 'in') return undefined;
  const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  return ms.find((m) => (m.lead ?? m.i) === at && (typeOf(m) === 'place' || typeOf(m) === 'state'));
}

/** After ", a|an <up to three lower-case words>" at `k`: the index of what follows them (a "that"/"which"), else `k`. */
function describedBy(toks: SentenceUnit['toks'], k: number): number {
  if (toks[k]?.text !== ',' || !['a', 'an', 'the'].includes(toks[k + 1]?.lower ?? '')) return k;
  let q = k + 2;
  while (q < k + 5 && toks[q]?.kind === 'w' && !toks[q]!.cap && toks[q]!.lower !== 'that' && toks[q]!.lower !== 'which') q++;
  return toks[q]?.lower === 'that' || toks[q]?.lower === 'which' ? q : k;
}

/** People after later "by"s of a passive clause (first "by" at `from - 1`): "..., and for Pakistan by Y". */
function moreAgents(unit: SentenceUnit, ms: Mention[], from: number, end: number, typeOf: (m: Mention) => NodeType | undefined): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  for (let k = from; k < end; k++) {
    if (toks[k]!.lower === 'presence') break;
    if (toks[k]!.lower !== 'by') continue;
    // "at a ceremony attended by X", "presided over by Y": another participle's agent signs nothing.
    const before = toks[k - 1]!;
    if (k > from && before.kind === 'w' && !before.cap && ((/ed$/.test(before.lower) && !cuesFor(before.lower).some((q) => q.types[0] === 'SIGNED')) || before.lower === 'over')) continue;
    const p = ms.find((m) => m.i > k && m.i - k <= 14 && typeOf(m) === 'person' && m.via !== 'pronoun');
    if (p && !ms.some((m) => m.i > k && m.i < p.i && typeOf(m) === 'person')) out.push(p);
  }
  // "by the Chief of the General Staff ..., General X": the first "by" names its person after the title.
  const first = ms.find((m) => m.i >= from && m.i - from <= 14 && typeOf(m) === 'person' && m.via === 'name');
  if (first && !out.includes(first) && !toks.slice(from, first.i).some((t) => t.lower === 'by')) out.push(first);
  return out;
}

/** The state owning an organization argument, as an argument. */
function ownerStateArg(d: DocEntities, a: Arg): Arg | undefined {
  const code = d.list[a.entity]!.ownerState;
  const st = code ? d.find('state:', code) : undefined;
  return st ? { entity: st.index, type: 'state', mention: a.mention } : undefined;
}

/** "hosted a ceremony for X": X attends the event too. */
function addBeneficiaries(
  unit: SentenceUnit, ms: Mention[], objArgs: Arg[], typeOf: (m: Mention) => NodeType | undefined,
  typeOfEntity: (i: number) => NodeType, out: Candidate[], base: CandidateBase,
): void {
  const ev = objArgs.find((a) => a.type === 'event');
  if (!ev) return;
  const k = ev.mention.j;
  if (unit.toks[k]?.lower !== 'for') return;
  const guest = ms.find((m) => m.i > k && m.i <= k + 3 && typeOf(m) === 'person');
  if (guest) for (const g of argsOf(guest, typeOfEntity)) pushEdge(out, base, 'ATTENDED', g, ev);
}

/** The arguments but events whose head is not one of `heads` (a capitalised name without a head stays). */
function eventsWithHeads(d: DocEntities, args: Arg[], heads: readonly string[]): Arg[] {
  return args.filter((a) => {
    if (a.type !== 'event') return true;
    const e = d.list[a.entity]!;
    return e.head === undefined ? /^\p{Lu}/u.test(e.label) : heads.includes(e.head);
  });
}


const TRAINING_VERBS = new Set(['trained', 'trains', 'drilled']);
/** Words after a verb of training that leave it without an object ("trained together", "trained in the desert"). */
const UNTRAINED_OBJECTS = new Set(['in', 'during', 'with', 'alongside', 'together', 'jointly', 'at', 'on', 'for', 'near', 'off', 'across', 'side', 'under', 'there', 'here', 'hard', 'intensively', 'extensively', 'daily', 'regularly', 'and', 'as', 'from', 'since', 'until', 'throughout', 'over', 'to', 'before', 'after']);

/** Words that make a perfect training a habit over a span ("have trained together regularly since then"). */
const HABITUAL = new Set(['since', 'regularly', 'often', 'annually', 'routinely', 'repeatedly']);

/**
 * The verb of training at `c` has an object: someone trained others ("has trained boat crews", "trained 200 recruits");
 * or, in the perfect, it tells a habit over a span, no one exercise ("have trained together regularly since then").
 */
function trainedOthers(toks: SentenceUnit['toks'], c: number): boolean {
  if (!TRAINING_VERBS.has(toks[c]!.lower)) return false;
  const perfect = toks[c - 1]?.lower === 'have' || toks[c - 1]?.lower === 'has' || toks[c - 1]?.lower === 'had';
  if (perfect) for (let k = c + 1; k < c + 8 && toks[k] && toks[k]!.kind !== 'p'; k++) if (HABITUAL.has(toks[k]!.lower)) return true;
  const next = toks[c + 1];
  return !!next && (next.kind === 'n' || (next.kind === 'w' && !UNTRAINED_OBJECTS.has(next.lower)));
}

/** From `k`: "the (one or two lower-case words) <stage noun>" not followed by "of" ("the final phase"). */
function stageObject(toks: SentenceUnit['toks'], k: number): boolean {
  if (toks[k]?.lower !== 'the') return false;
  for (let q = k + 1; q < k + 4; q++) {
    const t = toks[q];
    if (!t || t.kind !== 'w' || t.cap) return false;
    if (EVENT_PARTS.has(t.lower)) return q > k + 1 && toks[q + 1]?.lower !== 'of';
    // ("watched the landing from the amphibious assault ship Dokdo": an action of the exercise, with or without a modifier.)
    if (EXERCISE_ACTIONS.has(t.lower)) return toks[q + 1]?.lower !== 'of';
  }
  return false;
}

/** Actions an exercise is made of ("the landing", "the live-fire demonstration", "the parachute drop"). */
const EXERCISE_ACTIONS = new Set(['landing', 'landings', 'demonstration', 'drop', 'assault', 'firing', 'firings']);

/**
 * The event a passive clause's subject is a stage of: "the final stage of the exercise" (the event named after
 * "of"), or "the final stage" / "The landing" (an action of an exercise) alone (the event the document mentioned
 * last).
 */
function stagedEvent(d: DocEntities, unit: SentenceUnit, ms: Mention[], c: number): Arg[] {
  const toks = unit.toks;
  const from = clauseStart(toks, c);
  let k = from;
  if (toks[k]?.lower !== 'the') return [];
  k++;
  const stage = (w: string): boolean => EVENT_PARTS.has(w) || EXERCISE_ACTIONS.has(w);
  while (k < c && toks[k]!.kind === 'w' && !toks[k]!.cap && !stage(toks[k]!.lower)) k++;
  if (!stage(toks[k]?.lower ?? '') || k > from + 3) return [];
  if (toks[k + 1]?.lower === 'of') {
    const at = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const named = ms.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && d.list[m.entity]!.type === 'event');
    return named ? argsOf(named, d.typeOfEntity) : [];
  }
  if (!AUX.has(toks[k + 1]?.lower ?? '')) return [];
  const ev = d.eventBefore(toks[c]!.start);
  return ev ? [{ entity: ev.index, type: 'event', mention: unit.mentions[0]! }] : [];
}

/**
 * "The Royal Tongan Marines took part alongside ...": a bare "took part" / "taking part" is in the event just named; not
 * "as part of", "took part in" a thing that is no event, nor a plan ("are expected to take part").
 */
function partOfNoEvent(toks: SentenceUnit['toks'], c: number): boolean {
  if (toks[c]!.lower !== 'part') return false;
  const next = toks[c + 1]?.lower;
  return next === 'in' || next === 'of' || (toks[c - 1]!.lower !== 'took' && toks[c - 1]!.lower !== 'taking');
}

// Relation stage, participation read off sentence frames rather than a verb: a fronted
// "At / During / On the sidelines of EVENT, X ..." makes the clause's subject an attendee;
// "... in the presence of X and Y" makes X and Y attendees of the sentence's event (or of
// the ceremony just mentioned when the sentence reports a signing); "talks between A and B",
// "X was represented by Y", "took part in EVENT, including Z" name attendees too; and a visit
// to a capital is a visit to its state. Signings are in signing.ts.
import { newCandidate, redirectCandidate, type Candidate, type EntityRec, type Mention, type SentenceUnit } from './model.js';
import type { NodeType } from '../ontology.js';
import { argMentions, argsOf, coordinatedAfter, coordinatedBefore, leftArgs, relativeSetOffBefore, shipDescriptionGap } from './args.js';
import { absoluteWith, AUX, betweenAfter, clauseEnd, clauseStart, COPULAS, delegationsAfter, DISCUSSIONS, RELATIVE_PRONOUNS, relativeAfterComma } from './clauses.js';
import { negatedBetween, SPEECH_VERBS } from './cues.js';
import { personState } from './anaphora.js';
import { subjectStates } from './facts.js';
import { wordClass } from './word-classes.js';
import { getLexicon } from './lexicon.js';
import { IRREGULAR_PAST } from './runs.js';
import { pastShortBracket } from './tokens.js';
import type { DocEntities } from './resolve.js';
import { semicolonList } from './list-items.js';
import { EXERCISE_HEADS } from './mention-passes.js';
import { SETTLEMENTS } from './structure.js';

const FRONTED = new Set(['at', 'during']);
const FRONTED_PARTICIPLES = new Set(['addressing', 'attending', 'speaking', 'opening', 'closing', 'chairing', 'reviewing', 'inspecting']);
const ATTENDEES = new Set(['person', 'unit', 'state']);
const SIGN_WORDS = new Set(['signed', 'signing', 'inked', 'concluded']);
const CEREMONIAL = new Set(['ceremony', 'signing']);
/** Nouns of a speech given at an event ("In a speech at the ceremony, X said"). */
const SPEECH_NOUNS = new Set(['speech', 'address', 'statement', 'remarks']);
const SPEECH_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'the']);

/** Leading "At the EVENT," / "On the sidelines of the EVENT,": index of the comma and the event mention. */
function frontedEvent(d: DocEntities, unit: SentenceUnit, ms: Mention[]): { comma: number; event: Mention } | undefined {
  const toks = unit.toks;
  let k = 0;
  if (toks[0]?.lower === 'on' && toks[1]?.lower === 'the' && toks[2]?.lower === 'sidelines' && toks[3]?.lower === 'of') k = 4;
  else if (FRONTED.has(toks[0]?.lower ?? '')) k = 1;
  // "Addressing a welcoming parade at X on Monday, the Minister ...", "Speaking at the summit, X ...".
  else if (FRONTED_PARTICIPLES.has(toks[0]?.lower ?? '')) {
    k = FRONTED.has(toks[1]?.lower ?? '') ? 2 : 1;
    // ("Addressing the troops at a send-off parade at Burma Camp on Sunday, the CDS said": those addressed, then the event.)
    const people = toks[k]?.lower === 'the' ? k + 1 : k;
    if (getLexicon().peopleNouns.has(toks[people]?.lower ?? '') && FRONTED.has(toks[people + 1]?.lower ?? '')) k = people + 2;
  }
  // ("In a speech at the exercise's closing ceremony on Sunday, X thanked": a speech given at the event.)
  else if (toks[0]?.lower === 'in' && SPEECH_DETERMINERS.has(toks[1]?.lower ?? '') && SPEECH_NOUNS.has(toks[2]?.lower ?? '') && toks[3]?.lower === 'at') k = 4;
  else return undefined;
  let event = ms.find((m) => (m.lead ?? m.i) >= k && (m.lead ?? m.i) <= k + 1 && m.entity !== undefined && d.list[m.entity]!.type === 'event');
  // ("at the exercise's closing ceremony": the event the first one possesses.)
  if (event && toks[event.j]?.lower === "'s") event = ms.find((m) => m.i === event!.j + 1 && m.entity !== undefined && d.list[m.entity]!.type === 'event') ?? event;
  if (!event) return undefined;
  const comma = commaAfterSetting(toks, event.j);
  return comma < 0 ? undefined : { comma, event };
}

/** "(the) new battalion's commander," from `k`: words and a possessive, then a post and a comma; the comma's index, else -1. */
function lowerPostEnd(toks: SentenceUnit['toks'], k: number): number {
  const lex = getLexicon();
  for (let q = k; q < k + 6 && toks[q]; q++) {
    const t = toks[q]!;
    // ("the Ikazuchi's commanding officer,": or a two-word post.)
    if (t.text === ',') return q > k && (lex.titles.match([toks[q - 1]!.lower], 0) || (q > k + 1 && lex.titles.match([toks[q - 2]!.lower, toks[q - 1]!.lower], 0)?.length === 2)) ? q : -1;
    if (t.kind === 'p' && t.text !== "'s") return -1;
  }
  return -1;
}

/** Lower-case words of a place or time after a fronted event ("At a ceremony in Rudninkai on Friday evening,"). */
const SETTING_WORDS = new Set(['in', 'on', 'at', 'near', 'the', 'of', 'last', 'this', 'morning', 'evening', 'afternoon', 'night', 'early', 'late', 'week', 'month', 'year', 'aboard', 'board', 'onboard']);

/** Index of the comma closing a fronted event phrase and its place and time, or -1. */
function commaAfterSetting(toks: SentenceUnit['toks'], j: number): number {
  for (let k = j; k < Math.min(toks.length, j + 20); k++) {
    const t = toks[k]!;
    if (t.text === ',') return k;
    // ("at UN Position 7-1 in the village of Adshit al-Qusayr,": a hyphen inside a name or a number.)
    if (t.text === '-' && (toks[k - 1]?.cap || toks[k - 1]?.kind === 'n')) continue;
    // ("at Kenneth Kaunda International Airport (KKIA) in Lusaka,": a name's acronym in brackets.)
    if (t.text === '(' && toks[k - 1]?.cap && toks[k + 1]?.cap && toks[k + 2]?.text === ')') { k += 2; continue; }
    // ("in the village of Adshit al-Qusayr": a settlement noun before its name.)
    if (t.kind === 'w' && !t.cap && toks[k - 1]?.lower === 'the' && toks[k + 1]?.lower === 'of' && toks[k + 2]?.cap && SETTLEMENTS.has(t.lower)) continue;
    // ("Addressing the parade aboard the frigate PNS X,": the ship it was held on, named after a ship noun.)
    if (t.kind === 'p' || (t.kind === 'w' && !t.cap && !SETTING_WORDS.has(t.lower) && !getLexicon().shipNouns.has(t.lower) && !lowerPlaceWord(toks, k, j))) return -1;
  }
  return -1;
}

/**
 * ("At a ceremony at the Akouédo military camp,"): token `k` is a lower-case word of a place named after a capitalised
 * word, its head ("camp") or a modifier before the head ("military").
 */
function lowerPlaceWord(toks: SentenceUnit['toks'], k: number, j: number): boolean {
  const lex = getLexicon();
  const w = toks[k]!.lower;
  const prev = toks[k - 1];
  if (k <= j || !prev) return false;
  // ("at the airport in Lusaka": a place's head after its article.)
  if (lex.placeLower.has(w)) return prev.cap || lex.placeLowerMods.has(prev.lower) || prev.lower === 'the';
  return prev.cap && lex.placeLowerMods.has(w) && lex.placeLower.has(toks[k + 1]?.lower ?? '');
}

function attendeeType(d: DocEntities, m: Mention): string | undefined {
  const e = m.group?.length ? d.list[m.group[0]!] : m.entity === undefined ? undefined : d.list[m.entity];
  return e && ATTENDEES.has(e.type) ? e.type : undefined;
}

function accept(t: string): boolean {
  return t === 'person' || t === 'unit';
}

/** `m` (or each member of a group) attended `event`. */
function addAttendance(out: Candidate[], d: DocEntities, unit: SentenceUnit, m: Mention, event: number, cue: number): void {
  for (const a of argsOf(m, d.typeOfEntity)) {
    if (!ATTENDEES.has(a.type) || a.entity === event) continue;
    out.push(newCandidate('ATTENDED', a.entity, event, unit.index, cue, true));
  }
}

/** "a two-week field exercise of the SADC Standby Force": the formation whose exercise it is takes part in it. */
function exerciseOfUnit(d: DocEntities, unit: SentenceUnit, out: Candidate[]): void {
  const toks = unit.toks;
  for (const m of unit.mentions) {
    if (m.entity === undefined || m.nested || d.list[m.entity]!.type !== 'event') continue;
    // (The formation's name closes the event's: "exercise of the SADC Standby Force".)
    const owner = unit.mentions.find((x) => x.j === m.j && x.i > m.i && x.entity !== undefined && d.typeOfMention(x) === 'unit');
    if (!owner) continue;
    const of = toks[owner.i - 1]?.lower === 'the' ? owner.i - 2 : owner.i - 1;
    if (toks[of]?.lower === 'of' && EXERCISE_HEADS.has(toks[of - 1]?.lower ?? '')) addAttendance(out, d, unit, owner, m.entity, of);
  }
}

/** ATTENDED candidates from fronted event phrases, "in the presence of" and "with the participation of". */
export function participation(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  const out: Candidate[] = [];
  exerciseOfUnit(d, unit, out);
  const frames = (unit.classes & FRAME_WORD) === 0 ? 0 : frameWords(toks);
  if (!frames) return out;
  const ms = argMentions(unit);
  if (!ms.length) return out;
  const typeOf = d.typeOfMention;
  const fronted = frontedEvent(d, unit, ms);
  if (fronted) {
    let idx = ms.findIndex((m) => m.i > fronted.comma && attendeeType(d, m) !== undefined);
    // ("Opening the summit on Friday, the Minister of Foreign Affairs, X, condemned": the holder set off after the post.)
    // ("..., the new battalion's commander, Lieutenant Colonel X, took over": past a possessor before the post.)
    // ("Addressing the ceremony, AUSSOM's Force Commander, Lieutenant General X of Uganda, praised": or a post its body's
    // possessive opens, right after the comma.)
    const post = toks[fronted.comma + 1]?.lower === 'the'
      // ("Reviewing the parade, the Chief of the Defence Staff (CDS), Lieutenant General X, charged": past the post's acronym.)
      ? unit.mentions.find((m) => m.via === 'title' && m.i >= fronted.comma + 2 && m.i <= fronted.comma + 5 && toks[pastShortBracket(toks, m.j)]?.text === ',' && !toks.slice(fronted.comma + 2, m.i).some((t) => t.kind === 'p' && t.text !== "'s"))
      : unit.mentions.find((m) => m.via === 'title' && m.i === fronted.comma + 1 && toks[m.j]?.text === ',' && toks.slice(m.i, m.j).some((t) => t.lower === "'s"));
    const postEnd = post ? pastShortBracket(toks, post.j) : toks[fronted.comma + 1]?.lower === 'the' ? lowerPostEnd(toks, fronted.comma + 2) : -1;
    const holder = postEnd >= 0 ? ms.findIndex((m) => (m.lead ?? m.i) > postEnd && (m.lead ?? m.i) <= postEnd + 4 && typeOf(m) === 'person') : -1;
    if (holder >= 0) idx = holder;
    const subj = ms[idx];
    // The subject follows the comma directly (allowing a title before the name).
    // ("Speaking at the parade on Friday, defence and veterans affairs minister X told": or past a lower-case post's words.)
    const lowerPost = !!subj?.title && (subj.lead ?? subj.i) - fronted.comma <= 7 && toks.slice(fronted.comma + 1, subj.lead ?? subj.i).every((t) => t.kind === 'w' && !t.cap);
    if (subj && ((subj.lead ?? subj.i) - fronted.comma <= 4 || idx === holder || lowerPost) && accept(typeOf(subj) ?? '')) {
      for (const m of [subj, ...coordinatedAfter(unit, ms, idx, accept, typeOf)]) addAttendance(out, d, unit, m, fronted.event.entity!, fronted.comma);
    }
    // ("At a ceremony at the Akouédo camp, the soldiers received the Medal from the general": the one it was received from attends.)
    // ("..., X took over responsibility for the area from Y": so does the one something was taken over from.)
    for (let k = fronted.comma + 1; k + 1 < toks.length; k++) {
      if (!RECEIVING.has(toks[k]!.lower) && !(TAKING_COMMAND.has(toks[k]!.lower) && (toks[k + 1]!.lower === 'over' || toks[k + 1]!.lower === 'command'))) continue;
      for (let q = k + 1; q < toks.length && q < k + 12 && toks[q]!.kind !== 'p'; q++) {
        if (toks[q]!.lower !== 'from') continue;
        for (const m of peopleFrom(unit, ms, toks[q + 1]?.lower === 'the' ? q + 2 : q + 1, typeOf)) addAttendance(out, d, unit, m, fronted.event.entity!, q);
        break;
      }
      break;
    }
  }
  // (Each frame below needs one of its words in the sentence: the others are not scanned for.)
  if (frames & CLOSER) withTakingPart(d, unit, ms, out);
  if (frames & AT) atEventSubjects(d, unit, ms, fronted?.event, out);
  if (frames & BETWEEN) betweenParties(d, unit, ms, out);
  if (frames & (REPRESENTED | FIELDED)) representatives(d, unit, ms, out);
  if (frames & (INCLUDING | AMONG)) includedParticipants(d, unit, ms, out);
  if (frames & (AMONG | PARTICIPANTS)) amongParticipants(d, unit, ms, out);
  invertedParticipants(d, unit, ms, out);
  if (frames & ATTENDED_BY) attendedByList(d, unit, ms, out);
  if (frames & ALONGSIDE) alongsideParticipants(d, unit, ms, out);
  if (frames & (ATTENDED_BY | TOOK_PART | CLOSER)) alsoAttended(d, unit, ms, out);
  if (frames & CO_CHAIR) coChairs(d, unit, ms, out);
  if (frames & LED) ledDelegations(d, unit, ms, out);
  if (frames & (FIELDED | TOOK_PART)) fieldedUnits(d, unit, ms, out);
  if (frames & BEGAN_WITH) beganWith(d, unit, ms, out);
  if (frames & JOINED) joinedBy(d, unit, ms, out);
  if (frames & HOSTED) hostedFor(d, unit, ms, out);
  if (frames & (CAME_FOR | JOINED)) cameFor(d, unit, ms, out);
  if (frames & PRESENCE) for (let k = 0; k + 3 < toks.length; k++) {
    // "in the presence of X", "with the participation of X, Y and Z".
    const frame = toks[k]!.lower === 'in' ? 'presence' : toks[k]!.lower === 'with' ? 'participation' : '';
    if (!frame || toks[k + 1]!.lower !== 'the' || toks[k + 2]!.lower !== frame || toks[k + 3]!.lower !== 'of') continue;
    const event = presenceEvent(d, unit, ms);
    if (event === undefined) break;
    const end = clauseEnd(toks, k + 3);
    let idx = ms.findIndex((m) => m.i >= k + 4 && (m.lead ?? m.i) <= k + 6 && m.i < end);
    // ("in the presence of Ecuador's Interior Minister, X, ...": the holder of the post set off by its comma.)
    if (idx < 0) idx = postHolderAfter(toks, ms, k + 4, typeOf);
    const first = ms[idx];
    // (States take part in an exercise; a presence is a person's or a unit's.)
    const ok = frame === 'participation' ? attendeeOrState : accept;
    // ("with the participation of the UAE Presidential Guard and France's 5th Cuirassiers Regiment": a body in the list
    // attends nothing itself, but the list goes on past it.)
    const listed = (t: NodeType): boolean => ok(t) || (frame === 'participation' && t === 'organization');
    if (!first || !listed(typeOf(first) ?? 'event')) break;
    for (const m of [first, ...coordinatedAfter(unit, ms, idx, listed, typeOf)]) if (ok(typeOf(m) ?? 'event')) addAttendance(out, d, unit, m, event, k + 2);
    break;
  }
  return out;
}

/** "held talks on Thursday, with the Chief of Defence, X, and Y also taking part": X and Y attend the sentence's event. */
function withTakingPart(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (let w = 1; w < toks.length; w++) {
    const closer = absoluteWith(toks, w);
    if (closer < 0) continue;
    const event = ms.find((m) => m.j <= w && m.entity !== undefined && d.list[m.entity]!.type === 'event');
    if (!event) return;
    for (const m of ms) if (m.i > w && m.j <= closer && !m.nested && attendeeOrState(d.typeOfMention(m) ?? 'event') && !ownedBy(toks, m)) addAttendance(out, d, unit, m, event.entity!, closer);
    // ("... taking part alongside the US Coast Guard cutter Mohawk": those alongside them take part too.)
    const along = toks[closer + 2]?.lower === 'alongside' ? closer + 2 : toks[closer + 1]?.lower === 'alongside' ? closer + 1 : -1;
    if (along > 0) {
      const end = clauseEnd(toks, along);
      for (const m of ms) if (m.i > along && m.j <= end && !m.nested && attendeeOrState(d.typeOfMention(m) ?? 'event') && !ownedBy(toks, m)) addAttendance(out, d, unit, m, event.entity!, along);
    }
    return;
  }
}

/** `m` names a possessor or an owner of something after it ("Poland's ambassador"), not an attendee. */
function ownedBy(toks: SentenceUnit['toks'], m: Mention): boolean {
  return toks[m.j]?.lower === "'s" || (toks[m.i - 1]?.lower === 'to' || toks[m.i - 1]?.lower === 'of');
}

export const PARTICIPANT_NOUNS = new Set(['participants', 'attendees', 'guests', 'delegates', 'invitees']);

/** Bits of the frame words a sentence holds (frameWords): which frames can match, each needing its own. */
const AT = 1, BETWEEN = 2, REPRESENTED = 4, INCLUDING = 8, AMONG = 16, PARTICIPANTS = 32, PRESENCE = 64, CLOSER = 128, OTHER = 256, ATTENDED_BY = 512, ALONGSIDE = 1024, TOOK_PART = 2048, CO_CHAIR = 4096, LED = 8192, FIELDED = 16384, BEGAN_WITH = 32768, JOINED = 65536, HOSTED = 131072, CAME_FOR = 262144;

/** Verbs of coming somewhere, joining others there or calling a body together, for a gathering ("arrived in Abidjan for the summit", "convened the council for a meeting"). */
const COMING = new Set(['arrived', 'arrives', 'travelled', 'traveled', 'flew', 'flown', 'came', 'gathered', 'joined', 'convened']);

/** Words one of which every participation frame needs: a fronted "at / during / on the sidelines of"
 * (first token), "at EVENT", "in the presence of", or a participant noun; with the bit of each. */
const FRAME_WORDS = new Map<string, number>([
  ['attended', ATTENDED_BY], ['at', AT], ['told', AT], ['tells', AT], ['during', OTHER], ['on', OTHER], ['presence', PRESENCE], ['participation', PRESENCE], ['among', AMONG], ['between', BETWEEN],
  ['represented', REPRESENTED], ['including', INCLUDING], ['addressing', OTHER], ['opening', OTHER], ['closing', OTHER], ['chairing', OTHER], ['reviewing', OTHER], ['inspecting', OTHER], ['those', AMONG], ['alongside', ALONGSIDE], ['part', TOOK_PART],
  // The closers of an absolute "with" phrase (absoluteWith).
  ['present', CLOSER], ['attending', CLOSER], ['taking', CLOSER], ['participating', CLOSER], ['gracing', OTHER], ['attendance', OTHER],
  ['co-chaired', CO_CHAIR], ['co-chairs', CO_CHAIR], ['co-chair', CO_CHAIR], ['led', LED], ['headed', LED],
  ['fielded', FIELDED], ['fields', FIELDED], ['contributed', FIELDED], ['sent', FIELDED], ['contingent', FIELDED],
  ['began', BEGAN_WITH], ['started', BEGAN_WITH], ['opened', BEGAN_WITH], ['kicked', BEGAN_WITH], ['joined', JOINED],
  ['hosted', HOSTED], ['hosts', HOSTED],
  // ("joined" has its own bit, JOINED; cameFor runs for either.)
  ...[...COMING].filter((w) => w !== 'joined').map((w): [string, number] => [w, CAME_FOR]),
  ...[...PARTICIPANT_NOUNS].map((w): [string, number] => [w, PARTICIPANTS]),
]);
/** Tok.classes bit of the frame words (frameWords tests every token of a sentence). */
const FRAME_WORD = wordClass(FRAME_WORDS.keys());

/** Cheap pre-filter: the bits of the frame words in the sentence (0: no participation frame can match). */
function frameWords(toks: SentenceUnit['toks']): number {
  let bits = 0;
  for (let k = 0; k < toks.length; k++) if ((toks[k]!.classes & FRAME_WORD) !== 0) bits |= FRAME_WORDS.get(toks[k]!.lower)!;
  return bits;
}
/** Words after "among those" that make them attendees: "taking part", "attending", "present". */
const PARTICIPATING = new Set(['taking', 'attending', 'present', 'participating', 'invited', 'who', 'gathered', 'assembled']);
const INCLUDED = new Set(['included', 'include', 'includes']);

/** "X, the Saudi frigate Y and the Chinese frigate Z": the ships listed after ship `first`, each after its own ship word. */
function listedShipsAfter(d: DocEntities, unit: SentenceUnit, ms: Mention[], first: number): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  let cur = ms[first]!;
  if (d.typeOfMention(cur) !== 'unit') return out;
  for (;;) {
    let k = cur.j;
    if (toks[k]?.text === ',') k++;
    if (toks[k]?.lower === 'and') k++;
    if (k === cur.j || toks[k]?.lower !== 'the') return out;
    const next = ms.find((m) => m.i > k && m.i <= k + 4 && d.typeOfMention(m) === 'unit' && d.lex.shipNouns.has(toks[m.i - 1]?.lower ?? ''));
    if (!next || toks.slice(k + 1, next.i - 1).some((t) => t.kind !== 'w')) return out;
    out.push(next);
    cur = next;
  }
}

/** A ship named right after its ship word ("the Turkish Navy corvette TCG X", "the Greek frigate X"). */
function namedAfterShipWord(d: DocEntities, toks: SentenceUnit['toks'], m: Mention): boolean {
  return d.typeOfMention(m) === 'unit' && d.lex.shipNouns.has(toks[m.i - 1]?.lower ?? '');
}

/** "the [foreign ships] taking part": the participating word after at most two more lower-case words from `k` (else -1). */
function participatingAfter(toks: SentenceUnit['toks'], k: number): number {
  for (let q = k; q < k + 3; q++) {
    const t = toks[q];
    if (!t || t.kind !== 'w' || t.cap) return -1;
    if (q > k && PARTICIPATING.has(t.lower)) return q;
  }
  return -1;
}

function attendeeOrState(t: NodeType): boolean {
  return t === 'person' || t === 'unit' || t === 'state';
}

/**
 * "Among the foreign guests at Ušće were": the event last named in a sentence that named the place the guests were at
 * (after participant noun `cue`), else undefined.
 */
function eventAtPlace(d: DocEntities, unit: SentenceUnit, ms: Mention[], cue: number): number | undefined {
  if (unit.toks[cue + 1]?.lower !== 'at') return undefined;
  const at = unit.toks[cue + 2]?.lower === 'the' ? cue + 3 : cue + 2;
  const place = ms.find((m) => m.i === at && m.entity !== undefined && d.typeOfMention(m) === 'place')?.entity;
  if (place === undefined || !d.units) return undefined;
  for (let u = unit.index - 1; u >= 0; u--) {
    const before = d.units[u];
    if (!before?.mentions.some((m) => m.entity === place)) continue;
    const ev = [...before.mentions].reverse().find((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event');
    if (ev) return ev.entity;
  }
  return undefined;
}

/**
 * "foreign guests at Ušće were", "guests at the parade were": a participant noun from token `k` (past one lower-case
 * modifier) and "at" a place or an event, then a copula; the token after the copula, else -1.
 */
function guestsAt(unit: SentenceUnit, ms: Mention[], k: number): number {
  const toks = unit.toks;
  const noun = PARTICIPANT_NOUNS.has(toks[k]?.lower ?? '') ? k : toks[k]?.kind === 'w' && !toks[k]!.cap && PARTICIPANT_NOUNS.has(toks[k + 1]?.lower ?? '') ? k + 1 : -1;
  if (noun < 0 || toks[noun + 1]?.lower !== 'at') return -1;
  const at = toks[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
  // ("Among the guests at the opening was X": a stage of the event just named.)
  if (OPENINGS.has(toks[at]?.lower ?? '') && COPULAS.has(toks[at + 1]?.lower ?? '')) return at + 2;
  const where = ms.find((m) => m.i === at && !m.nested);
  return where && COPULAS.has(toks[where.j]?.lower ?? '') ? where.j + 1 : -1;
}

/** Stages of an event guests are "at" ("Among the guests at the opening was X"). */
const OPENINGS = new Set(['opening', 'closing', 'launch', 'start']);

/** "Among the participants were X, Y and Z", "Participants included X": each attends the event named in the sentence, else the last one. */
function amongParticipants(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  let after = -1;
  let cue = -1;
  for (let k = 0; k + 2 < toks.length && after < 0; k++) {
    if (toks[k]!.lower === 'among' && toks[k + 1]!.lower === 'the' && PARTICIPANT_NOUNS.has(toks[k + 2]!.lower) && COPULAS.has(toks[k + 3]?.lower ?? '')) { cue = k + 2; after = k + 4; }
    // ("Among the foreign guests at Ušće were A and B": one modifier before the noun, and where they were after it.)
    else if (toks[k]!.lower === 'among' && toks[k + 1]!.lower === 'the' && guestsAt(unit, ms, k + 2) > 0) { cue = PARTICIPANT_NOUNS.has(toks[k + 2]!.lower) ? k + 2 : k + 3; after = guestsAt(unit, ms, k + 2); }
    else if (toks[k]!.lower === 'among' && (toks[k + 1]!.lower === 'those' ? PARTICIPATING.has(toks[k + 2]!.lower) : toks[k + 1]!.lower === 'the' && participatingAfter(toks, k + 2) > 0)) {
      // "Among those taking part in the Kathmandu summit were X, Y and Z", "Among the leaders attending were X",
      // "Among the foreign ships taking part were X": the copula within the next words.
      // ("Among the leaders gathered at the Hôtel Ivoire, in the city's Cocody district, were X": past a place set off by commas.)
      const from = toks[k + 1]!.lower === 'those' ? k + 2 : participatingAfter(toks, k + 2);
      for (let c = from + 1; c < Math.min(toks.length - 1, k + 20); c++) {
        if (toks[c]!.kind === 'p' && toks[c]!.text !== ',') break;
        if (COPULAS.has(toks[c]!.lower)) { cue = from; after = c + 1; break; }
      }
    } else if (PARTICIPANT_NOUNS.has(toks[k]!.lower) && ['included', 'include', 'includes'].includes(toks[k + 1]!.lower)) { cue = k; after = k + 2; }
    // "Those present included X", "Those in attendance were X; Y; and Z".
    else if (toks[k]!.lower === 'those' && (k === 0 || toks[k - 1]!.kind === 'p')) {
      const w = toks[k + 1]!.lower === 'in' && toks[k + 2]!.lower === 'attendance' ? k + 2 : PARTICIPATING.has(toks[k + 1]!.lower) && toks[k + 1]!.lower !== 'who' ? k + 1 : -1;
      if (w > 0 && (INCLUDED.has(toks[w + 1]?.lower ?? '') || COPULAS.has(toks[w + 1]?.lower ?? ''))) { cue = w; after = w + 2; }
    }
  }
  if (after < 0 || negatedBetween(toks, clauseStart(toks, cue), cue)) return;
  const own = ms.find((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event');
  const event = own?.entity ?? eventAtPlace(d, unit, ms, cue) ?? d.eventBefore(toks[cue]!.start)?.index;
  if (event === undefined) return;
  const typeOf = d.typeOfMention;
  // The first attendee follows the copula (a long title may come first: "Nepal's Minister of Energy, Water ... X").
  // ("were the Turkish Navy corvette TCG X": a ship after its service and ship word.)
  let idx = ms.findIndex((m) => m.i >= after && ((m.lead ?? m.i) <= after + 2 || ((m.lead ?? m.i) <= after + 5 && namedAfterShipWord(d, toks, m))) && attendeeOrState(typeOf(m) ?? 'event'));
  // ("are the Qatari corvette Al Zubarah, the Italian Navy frigate X": the ship a demonym and a ship word open, not the state.)
  if (idx >= 0 && ms[idx]!.demonym && ms[idx + 1] && typeOf(ms[idx + 1]!) === 'unit' && shipDescriptionGap(unit, ms[idx]!.j, ms[idx + 1]!.lead ?? ms[idx + 1]!.i)) idx++;
  // ("Among the guests was Chile's defence attaché in Buenos Aires, Colonel X": the holder of the possessed post.)
  const holder = possessedPostHolder(toks, ms, idx, typeOf);
  const first = holder >= 0 ? holder : idx >= 0 ? idx : postHolderAfter(unit.toks, ms, after, typeOf);
  if (first < 0) return;
  const items = new Set([ms[first]!, ...coordinatedAfter(unit, ms, first, attendeeOrState, typeOf), ...listedShipsAfter(d, unit, ms, first), ...semicolonItems(unit, ms, after, typeOf), ...delegationLeadersAfter(unit, ms, after, typeOf)]);
  for (const m of items) addAttendance(out, d, unit, m, event, cue);
}

/** "..., and a visiting delegation of the Qatar Armed Forces headed by their Chief of Staff, X": the leaders of delegations listed from `after`. */
function delegationLeadersAfter(unit: SentenceUnit, ms: Mention[], after: number, typeOf: DocEntities['typeOfMention']): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  for (let k = after + 1; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'by' || (toks[k - 1]!.lower !== 'headed' && toks[k - 1]!.lower !== 'led')) continue;
    let delegation = false;
    for (let q = k - 2; q > after && q > k - 12; q--) if (toks[q]!.lower === 'delegation') delegation = true;
    if (!delegation) continue;
    const at = toks[k + 1]?.lower === 'their' || toks[k + 1]?.lower === 'its' ? k + 2 : k + 1;
    for (const m of peopleFrom(unit, ms, at, typeOf)) out.push(m);
  }
  return out;
}

/** "Those in attendance included A, post; B; C; and the Commander of X, D": each item after a semicolon, from token `after` on (only in a list closed by "; and"). */
export function semicolonItems(unit: SentenceUnit, ms: Mention[], after: number, typeOf: DocEntities['typeOfMention']): Mention[] {
  if (!semicolonList(unit)) return [];
  const toks = unit.toks;
  const items: Mention[] = [];
  for (let k = after; k < toks.length; k++) {
    if (toks[k]!.text !== ';') continue;
    const item = listedAttendee(toks, ms, toks[k + 1]?.lower === 'and' ? k + 2 : k + 1, typeOf);
    if (item >= 0) items.push(ms[item]!);
  }
  return items;
}

/** Verbs of taking part that "alongside" may follow ("took part in X alongside Y", "flew alongside"). */
const ALONGSIDE_VERBS = new Set(['part', 'participated', 'participating', 'joined', 'flew', 'trained', 'training', 'sailed', 'exercised', 'competed']);
/** What may stand between "alongside" and the states or units it names ("alongside ships from France"). */
const ALONGSIDE_NOUNS = new Set(['ships', 'warships', 'vessels', 'troops', 'forces', 'units', 'aircraft', 'jets', 'sailors', 'soldiers', 'personnel', 'navies', 'contingents', 'teams', 'delegations']);

/**
 * "Congo took part in the Grand African Nemo exercise alongside France and several coastal states", "... alongside
 * ships from France, Togo and Benin": those named after "alongside" take part in the event too (the one of the
 * sentence, else the last one named).
 */
function alongsideParticipants(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  const k = toks.findIndex((t) => t.lower === 'alongside');
  if (k < 0 || !toks.slice(Math.max(0, k - 16), k).some((t) => ALONGSIDE_VERBS.has(t.lower)) || negatedBetween(toks, clauseStart(toks, k), k)) return;
  // ("are training alongside X in the exercise Y": or the one named after those alongside, in the same clause.)
  const own = ms.find((m) => m.j <= k && m.entity !== undefined && d.list[m.entity]!.type === 'event') ?? eventAfterAlongside(d, unit, ms, k) ?? eventAfterDuring(toks, ms, k, (m) => m.entity !== undefined && d.list[m.entity]!.type === 'event');
  const event = own?.entity ?? d.eventBefore(toks[k]!.start)?.index;
  if (event === undefined) return;
  let from = k + 1;
  if (ALONGSIDE_NOUNS.has(toks[from]?.lower ?? '') && (toks[from + 1]?.lower === 'from' || toks[from + 1]?.lower === 'of')) from += 2;
  const typeOf = d.typeOfMention;
  // ("alongside soldiers of the Indian Army's 31st Armoured Division": a body's possessive may open the unit.)
  let first = ms.findIndex((m) => (m.lead ?? m.i) >= from && (m.lead ?? m.i) <= from + 1 && (attendeeOrState(typeOf(m) ?? 'event') || (typeOf(m) === 'organization' && toks[m.j]?.lower === "'s")));
  if (first < 0) return;
  // ("alongside Lithuania's Iron Wolf Mechanised Infantry Brigade": the possessed unit, not its possessor.)
  if (toks[ms[first]!.j]?.lower === "'s") {
    const owned = ms.findIndex((m) => m.i === ms[first]!.j + 1 && attendeeOrState(typeOf(m) ?? 'event'));
    if (owned >= 0) first = owned;
    else if (!attendeeOrState(typeOf(ms[first]!) ?? 'event')) return;
  }
  for (const m of [ms[first]!, ...coordinatedAfter(unit, ms, first, attendeeOrState, typeOf)]) addAttendance(out, d, unit, m, event, k);
}

/**
 * "trained alongside Russian troops in late June last year, during the Slavic Brotherhood exercise": the event named right
 * after "during" within 16 tokens after `c`, before the sentence or a semicolon ends.
 */
export function eventAfterDuring(toks: SentenceUnit['toks'], ms: Mention[], c: number, isEvent: (m: Mention) => boolean): Mention | undefined {
  for (let k = c + 1; k < toks.length && k <= c + 16; k++) {
    const w = toks[k]!.lower;
    if (w === ';' || w === '.') return undefined;
    if (w !== 'during') continue;
    const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    for (const m of ms) if ((m.lead ?? m.i) === at && !m.nested && isEvent(m)) return m;
    return undefined;
  }
  return undefined;
}

/** "alongside X in the exercise Y": the event named after "in" within the clause of "alongside" at `k`. */
function eventAfterAlongside(d: DocEntities, unit: SentenceUnit, ms: Mention[], k: number): Mention | undefined {
  const end = clauseEnd(unit.toks, k);
  return ms.find((m) => m.i > k + 1 && m.i < end && m.entity !== undefined && d.list[m.entity]!.type === 'event' && eventAfterIn(unit.toks, m));
}

/** Event mention `m` follows "in" (past "the" and one event noun: "in the exercise Hinode 2044"). */
function eventAfterIn(toks: SentenceUnit['toks'], m: Mention): boolean {
  let p = (m.lead ?? m.i) - 1;
  if (toks[p]?.kind === 'w' && !toks[p]!.cap && toks[p]!.lower !== 'in' && toks[p]!.lower !== 'the') p--;
  if (toks[p]?.lower === 'the') p--;
  return toks[p]?.lower === 'in';
}

/** Words opening a phrase set off after "took part," that names no event of its own ("with X acting as host", "while Y watched"). */
const ABSOLUTE_OPENERS = new Set(['with', 'while', 'whereas', 'alongside']);

/**
 * "The Secretary General of the Pacific Islands Forum Secretariat, X, also attended.", "A and B also took part.": "also
 * attended" or "took part" closing the sentence; its subject attends the last event named.
 */
function alsoAttended(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  // The verb closes the sentence: its last word is the sentence's last but the full stop.
  const last = toks[toks.length - 1]?.text === '.' ? toks.length - 2 : toks.length - 1;
  if (last < 1) return;
  // ("Lithuania's Iron Wolf Brigade and the 15th Mechanised Brigade also took part.": so does "took part" closing it.)
  let verb = toks[last]!.lower === 'attended' && toks[last - 1]!.lower === 'also' ? last : toks[last]!.lower === 'part' && toks[last - 1]!.lower === 'took' ? last - 1 : -1;
  // ("Troops from A and B took part, with the Dominica Police Force acting as host.": so does "took part" before an absolute phrase.)
  if (verb < 0) for (let k = 1; k + 3 < toks.length; k++) if (toks[k]!.lower === 'took' && toks[k + 1]!.lower === 'part' && toks[k + 2]!.text === ',' && ABSOLUTE_OPENERS.has(toks[k + 3]!.lower)) { verb = k; break; }
  // ("A and B were also present.": so does "also present".)
  if (verb < 0 && toks[last]!.lower === 'present' && toks[last - 1]!.lower === 'also' && (toks[last - 2]?.lower === 'were' || toks[last - 2]?.lower === 'was')) verb = last;
  // ("Panzerbrigade 45 ... also took part with a battle group.": so does "also took part" with what it took part with.)
  if (verb < 0) for (let k = 1; k + 2 < toks.length; k++) if (toks[k]!.lower === 'took' && toks[k - 1]!.lower === 'also' && toks[k + 1]!.lower === 'part' && toks[k + 2]!.lower === 'with') { verb = k; break; }
  // ("US Ambassador X, who was also present, congratulated the RBDF": a relative clause of presence set off after a name.)
  const presentWho = verb < 0 ? presentRelative(toks) : -1;
  if (presentWho >= 0) {
    const event = d.eventBefore(toks[presentWho]!.start)?.index;
    const who = ms.find((m) => m.j === presentWho && d.typeOfMention(m) === 'person');
    if (event !== undefined && who) addAttendance(out, d, unit, who, event, presentWho);
    return;
  }
  if (verb < 0 || negatedBetween(toks, clauseStart(toks, verb), verb)) return;
  const event = d.eventBefore(toks[verb]!.start)?.index;
  if (event === undefined) return;
  const subjects = leftArgs(unit, ms, verb, { accept: attendeeOrState, typeOf: d.typeOfMention }).mentions;
  for (const m of subjects) addAttendance(out, d, unit, m, event, verb);
  // ("The High Commissioner to Bangladesh, A, and the Defence Adviser at the High Commission in Dhaka, Commodore B, were
  // also present": every holder named after a post set off by commas before the verb.)
  if (subjects.length === 1 && toks[verb]!.lower === 'present') for (const m of postHoldersBefore(unit, ms, verb)) if (!subjects.includes(m)) addAttendance(out, d, unit, m, event, verb);
}

/** The comma before ", who was (also) present," set off by commas, or -1. */
function presentRelative(toks: SentenceUnit['toks']): number {
  for (let k = 1; k + 4 < toks.length; k++) {
    if (toks[k]!.text !== ',' || toks[k + 1]!.lower !== 'who' || (toks[k + 2]!.lower !== 'was' && toks[k + 2]!.lower !== 'were')) continue;
    const at = toks[k + 3]!.lower === 'also' ? k + 4 : k + 3;
    if (toks[at]?.lower === 'present' && toks[at + 1]?.text === ',') return k;
  }
  return -1;
}

/** People named after a post set off by a comma ("the X to Y, A,"), before token `end`, in a sentence that opens with such a post. */
function postHoldersBefore(unit: SentenceUnit, ms: Mention[], end: number): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  for (const m of ms) {
    const lead = m.lead ?? m.i;
    if (m.j >= end || m.type !== 'person' || m.via !== 'name' || toks[lead - 1]?.text !== ',' || toks[m.j]?.text !== ',') continue;
    if (!unit.mentions.some((x) => x.via === 'title' && x.j <= lead - 1 && x.j >= lead - 12 && x.title && x.title.kind !== 'rank')) continue;
    out.push(m);
  }
  return out;
}

/**
 * "The signing ceremony was attended by the Chairman of the Joint Chiefs of Staff of the JAF, Major General A, and
 * the Commander of the Iraqi Border Guard Forces, Lieutenant General B", "They were also attended by ...": every
 * attendee of the list after "attended by", however long the posts set off before each name, attends the subject
 * event (the event named before the verb, else the last event of the text).
 */
function attendedByList(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'attended' || toks[k + 1]!.lower !== 'by') continue;
    const aux = toks[k - 1]!.lower === 'also' ? k - 2 : k - 1;
    if (!AUX.has(toks[aux]?.lower ?? '')) return;
    const from = clauseStart(toks, aux);
    if (negatedBetween(toks, from, k)) return;
    const own = ms.find((m) => m.j <= aux && m.i >= from && m.entity !== undefined && d.list[m.entity]!.type === 'event');
    const event = own?.entity ?? d.eventBefore(toks[k]!.start)?.index;
    if (event === undefined) return;
    const typeOf = d.typeOfMention;
    let first = listedAttendee(toks, ms, k + 2, typeOf);
    // Each further attendee after ", and (by)" or "and", past its own post.
    while (first >= 0) {
      const m = ms[first]!;
      addAttendance(out, d, unit, m, event, k);
      let next = m.j;
      if (toks[next]?.text === ',') next++;
      // (", who arrived on Monday with Y": a relative clause, no further item.)
      if (toks[next]?.lower !== 'and' && (toks[next - 1]?.text !== ',' || !(toks[next]?.cap || toks[next]?.lower === 'the'))) break;
      if (toks[next]?.lower === 'and') next++;
      if (toks[next]?.lower === 'by') next++;
      first = listedAttendee(toks, ms, next, typeOf);
    }
    return;
  }
}

/** The attendee a list item at `from` names: one right there (not a possessor: "Togo's Ambassador, X"), else the holder of the post there. */
function listedAttendee(toks: SentenceUnit['toks'], ms: Mention[], from: number, typeOf: (m: Mention) => NodeType | undefined): number {
  const at = ms.findIndex((x) => x.i >= from && (x.lead ?? x.i) <= from + 2 && attendeeOrState(typeOf(x) ?? 'event') && toks[x.j]?.lower !== "'s");
  return at >= 0 ? at : postHolderAfter(toks, ms, from, typeOf);
}

/**
 * "were the Commandant of the Indian Military Training Team (IMTRAT), Major General X": the first person named
 * after a post at `from`, set off by the post's one comma (index into `ms`, or -1).
 */
/** The holder (index in `ms`) of a lower-case post that the possessor ms[idx] opens ("Japan's ambassador to the Philippines, X"), else -1. */
function possessedPostHolder(toks: SentenceUnit['toks'], ms: Mention[], idx: number, typeOf: (m: Mention) => NodeType | undefined): number {
  const m = idx >= 0 ? ms[idx] : undefined;
  return m && toks[m.j]?.lower === "'s" && toks[m.j + 1]?.kind === 'w' && !toks[m.j + 1]!.cap ? postHolderAfter(toks, ms, m.j + 1, typeOf) : -1;
}

function postHolderAfter(toks: SentenceUnit['toks'], ms: Mention[], from: number, typeOf: (m: Mention) => NodeType | undefined): number {
  let commas = 0;
  let end = Math.min(toks.length, from + 20);
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    // ("the commander of the 4th Brigade, to which the battalion belongs, Brigadier General X": past a relative clause
    // set off inside the post.)
    const relative = t.text === ',' && commas === 0 ? relativeClauseEnd(toks, k) : -1;
    if (relative > 0) {
      end = Math.min(toks.length, relative + 6);
      k = relative;
      commas++;
      continue;
    }
    // ("the Minister of Police, National Security and Correctional Services, X": a comma between a post's portfolios.)
    if (t.text === ',' && toks[k - 1]?.cap && toks[k + 1]?.cap && getLexicon().portfolio.has(toks[k + 1]!.lower) && toks[k + 2]?.cap) continue;
    if (t.text === ',' && ++commas > 1) return -1;
    if (t.text === ';' || t.text === '.') return -1;
    const at = ms.findIndex((m) => (m.lead ?? m.i) === k && typeOf(m) === 'person');
    if (at >= 0) return at;
  }
  return -1;
}

/** The comma closing a relative clause (not a "who" one) opened after the comma at `k` (", to which ...,"), or -1. */
function relativeClauseEnd(toks: SentenceUnit['toks'], k: number): number {
  const q = relativeAfterComma(toks, k);
  if (q < 0 || toks[q]!.lower === 'who') return -1;
  for (let e = q + 1; e < Math.min(toks.length, q + 12); e++) {
    if (toks[e]!.text === ',') return e;
    if (toks[e]!.text === ';' || toks[e]!.text === '.') return -1;
  }
  return -1;
}

/** Openings of an inverted participation clause: "(Also) present at", "Attending", "Taking part in", "Participating in", "Gracing". */
function invertedOpening(toks: SentenceUnit['toks']): number {
  let k = toks[0]?.lower === 'also' ? 1 : 0;
  // ("Among those on parade were A and B", "Among those present were ...": a share of the ones there.)
  if (toks[0]?.lower === 'among' && toks[1]?.lower === 'those') k = 2;
  const w = toks[k]?.lower;
  if (w === 'present' || w === 'attending' || w === 'participating') return k;
  if (w === 'taking' && toks[k + 1]?.lower === 'part') return k;
  // "Gracing the occasion were President X, ...": West African copy's way of naming the guests.
  if (w === 'gracing') return k;
  // ("Also on parade were 140 soldiers of the 1st Army Brigade": taking part in the parade.)
  if (w === 'on' && toks[k + 1]?.lower === 'parade' && COPULAS.has(toks[k + 2]?.lower ?? '')) return k;
  // ("Also in attendance was US Army Brigadier General X": present.)
  if (w === 'in' && toks[k + 1]?.lower === 'attendance' && COPULAS.has(toks[k + 2]?.lower ?? '')) return k;
  return -1;
}

/** Groups one side of a meeting sends ("the Kyrgyz delegation", "the Tajik side"). */
const SIDES = new Set(['delegation', 'side']);
/** Words that may open the clause a side is the subject of ("..., while the Tajik side was headed by X"). */
const SIDE_CLAUSE_OPENERS = new Set([',', 'while', 'whereas', 'and', 'but']);

/**
 * "The Kyrgyz delegation was led by Deputy Chairman X, while the Tajik side was headed by Y": the head of each side
 * of a meeting attends it (the event the sentence names, else the last one named). The side is the clause's
 * subject: "received a delegation led by X" is a visit, not this frame.
 */
function ledDelegations(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (let k = 3; k + 1 < toks.length; k++) {
    if ((toks[k]!.lower !== 'led' && toks[k]!.lower !== 'headed') || toks[k + 1]!.lower !== 'by') continue;
    const aux = toks[k - 1]!.lower;
    if ((aux !== 'was' && aux !== 'were') || !SIDES.has(toks[k - 2]!.lower)) continue;
    // "The [Kyrgyz | Malaysian military] delegation": a determiner a few words back opens the clause.
    let the = k - 3;
    while (the > k - 6 && the >= 0 && toks[the]!.lower !== 'the') the--;
    if (the < 0 || toks[the]!.lower !== 'the' || (the > 0 && !SIDE_CLAUSE_OPENERS.has(toks[the - 1]!.lower))) continue;
    if (negatedBetween(toks, clauseStart(toks, k), k)) continue;
    const own = ms.find((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event');
    const event = own?.entity ?? d.eventBefore(toks[the]!.start)?.index;
    if (event === undefined) return;
    const head = postHolderAfter(toks, ms, k + 2, d.typeOfMention);
    if (head >= 0) addAttendance(out, d, unit, ms[head]!, event, k);
  }
}

/**
 * The event those "also present" attend, named before `at`: the one named last, unless a ceremony was named shortly
 * before it ("The closing ceremony ... was attended by X, who watched a hostage-rescue drill. Also present were": the
 * ceremony, not a drill watched during it).
 */
function presentAt(d: DocEntities, at: number): number | undefined {
  const last = d.eventBefore(at);
  if (!last || CEREMONIAL.has(last.head ?? '')) return last?.index;
  const ceremony = d.eventBefore(at, (e) => CEREMONIAL.has(e.head ?? '') && e.last >= at - 300);
  return (ceremony ?? last).index;
}

/**
 * "Also present at the ceremony were A, B and C", "Taking part in the exercise, which opened on
 * July 19, were X, Y and Z": the people, units and states after the copula attend the event named
 * before it, else the one the document named last.
 */
/**
 * "Also present were the commander of X, Captain A, the Royal Navy's liaison officer at Stirling, Commander B, and WA
 * Premier C": after the first attendee `first`, each person named with a rank or post set off by a comma or "and", to
 * the sentence's end or a relative clause.
 */
function apposedHoldersAfter(unit: SentenceUnit, ms: Mention[], first: number, typeOf: DocEntities['typeOfMention']): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  for (let n = first + 1; n < ms.length; n++) {
    const m = ms[n]!;
    const lead = m.lead ?? m.i;
    if (toks.slice(ms[first]!.j, lead).some((t) => t.text === ';' || t.lower === 'who' || t.lower === 'which' || t.lower === 'where')) break;
    if (m.via !== 'name' || m.nested || !m.title || typeOf(m) !== 'person') continue;
    if (toks[lead - 1]?.text === ',' || toks[lead - 1]?.lower === 'and') out.push(m);
  }
  return out;
}

function invertedParticipants(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  const cue = invertedOpening(toks);
  if (cue < 0) return;
  let cop = -1;
  for (let k = cue + 1; k < Math.min(toks.length, cue + 30) && cop < 0; k++) {
    const t = toks[k]!;
    if (t.text === ';' || t.text === '.') return;
    // A relative clause between commas ("the exercise, which opened on July 19, were") is skipped.
    if (t.text === ',' && (toks[k + 1]?.lower === 'which' || toks[k + 1]?.lower === 'who')) {
      let c = k + 1;
      while (c < toks.length && toks[c]!.text !== ',') c++;
      k = c;
      continue;
    }
    if (COPULAS.has(t.lower)) cop = k;
  }
  if (cop < 0 || negatedBetween(toks, 0, cop)) return;
  const own = ms.find((m) => m.i > cue && m.j <= cop && m.entity !== undefined && d.list[m.entity]!.type === 'event');
  // ("on parade": the parade named before.)
  const parade = toks[cue]!.lower === 'on' ? d.eventBefore(toks[cue]!.start, (e) => e.head === 'parade') : undefined;
  const event = own?.entity ?? parade?.index ?? presentAt(d, toks[cue]!.start);
  if (event === undefined) return;
  const typeOf = d.typeOfMention;
  // ("Taking part were the Greek frigate X, the French frigate Y ...": the ship after its demonym and ship word.)
  const ship = ms.findIndex((m) => m.i > cop && m.i <= cop + 5 && namedAfterShipWord(d, toks, m));
  let idx = ship >= 0 ? ship : ms.findIndex((m) => m.i > cop && (m.lead ?? m.i) <= cop + 3 && attendeeOrState(typeOf(m) ?? 'event'));
  // ("Also in attendance was US Army Brigadier General X": a demonym opening a person's description is not who attends.)
  if (idx >= 0 && (ms[idx]!.demonym || (typeOf(ms[idx]!) === 'state' && toks[ms[idx]!.j]?.cap))) {
    const person = ms.findIndex((m) => m.i > ms[idx]!.i && m.i <= cop + 7 && typeOf(m) === 'person');
    if (person >= 0) idx = person;
  }
  // ("Also present were Japan's ambassador to the Philippines, X, and ...": the holder of the possessed post.)
  const holder = possessedPostHolder(toks, ms, idx, typeOf);
  const first = holder >= 0 ? holder : idx >= 0 ? idx : postHolderAfter(toks, ms, cop + 1, typeOf);
  if (first >= 0) {
    // ("Also present were A, post; B, post; and C": each item after a semicolon too.)
    for (const m of new Set([ms[first]!, ...coordinatedAfter(unit, ms, first, attendeeOrState, typeOf), ...listedShipsAfter(d, unit, ms, first), ...semicolonItems(unit, ms, cop + 1, typeOf), ...apposedHoldersAfter(unit, ms, first, typeOf)])) addAttendance(out, d, unit, m, event, cue);
    return;
  }
  // "Taking part were six F-16 fighters from the RSAF's 140 Squadron and four jets from 149 Squadron, which ...":
  // the units the listed craft and troops come from, up to a relative clause.
  let end = clauseEnd(toks, cop);
  for (let k = cop + 1; k < end; k++) if (toks[k]!.text === ',' && RELATIVE_PRONOUNS.has(toks[k + 1]?.lower ?? '')) end = k;
  for (const m of ms) {
    if (m.i > cop && m.j <= end && typeOf(m) === 'unit' && toks[m.j]?.lower !== "'s") addAttendance(out, d, unit, m, event, cue);
  }
  // "Taking part are about 2,000 servicemen from Kazakhstan, Kyrgyzstan and Tajikistan": the states the troops come from.
  for (let k = cop + 1; k < end; k++) {
    if (toks[k]!.lower !== 'from' || !d.lex.peopleNouns.has(toks[k - 1]?.lower ?? '')) continue;
    const at = ms.findIndex((m) => m.i === k + 1 && typeOf(m) === 'state' && !m.demonym);
    if (at < 0) break;
    for (const m of [ms[at]!, ...coordinatedAfter(unit, ms, at, (t) => t === 'state', typeOf)]) if (m.j <= end && !m.demonym) addAttendance(out, d, unit, m, event, cue);
    break;
  }
}

const AT_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its']);

/** Words before "at EVENT" that say the presence did not (yet) happen. */
const UNREALISED = new Set(['expected', 'invited', 'due', 'scheduled', 'supposed', 'planned', 'hoped', 'awaited', 'anticipated']);

function personType(t: NodeType): boolean {
  return t === 'person';
}

// ("X swore in Y as Chief of the Joint Staff at a ceremony": so is one who installs another in a post.)
const AWARD_VERBS = new Set(['conferred', 'presented', 'decorated', 'awarded', 'bestowed', 'pinned', 'confers', 'presents', 'decorates', 'awards', 'swore', 'swears', 'installed', 'invested', 'handed', 'hands']);

/** Verbs of receiving something from someone at a gathering ("received the Medal from the general"). */
const RECEIVING = new Set(['received', 'receive', 'receives', 'accepted']);

/** Award verbs that take "in" before the one installed ("swore in Y"). */
const SWEARING = new Set(['swore', 'swears']);

/** Index of an active award verb in [from, to) ("Lika decorated the squadron ... at a ceremony"), or -1. */
function awardVerbBefore(toks: SentenceUnit['toks'], from: number, to: number): number {
  for (let k = from; k < to; k++) if (AWARD_VERBS.has(toks[k]!.lower) && !AUX.has(toks[k - 1]?.lower ?? '')) return k;
  return -1;
}

/** Index of the last active past-tense verb in [from, to) ("commissioned", not "was held"), or -1. */
function activeVerbBefore(toks: SentenceUnit['toks'], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    const t = toks[k]!;
    // ("X took command of the River Patrol Command on Friday at a ceremony": an irregular past too.)
    if (t.kind === 'w' && !t.cap && ((t.lower.length > 4 && t.lower.endsWith('ed')) || IRREGULAR_PAST.has(t.lower)) && !AUX.has(toks[k - 1]?.lower ?? '') && toks[k - 1]?.text !== ',') return k;
  }
  return -1;
}

/** "X presented the order to Y at a ceremony", "X spoke at the summit": the clause subject attends the event. */
function atEventSubjects(d: DocEntities, unit: SentenceUnit, ms: Mention[], fronted: Mention | undefined, out: Candidate[]): void {
  const toks = unit.toks;
  const typeOf = d.typeOfMention;
  for (const ev of ms) {
    if (ev === fronted || ev.entity === undefined || d.list[ev.entity]!.type !== 'event') continue;
    let p = (ev.lead ?? ev.i) - 1;
    while (p > 0 && (AT_DETERMINERS.has(toks[p]!.lower) || (toks[p]!.kind === 'w' && !toks[p]!.cap && toks[p - 1] && AT_DETERMINERS.has(toks[p - 1]!.lower)))) p--;
    // ("The Chief of the Naval Staff, Vice Admiral X, told the summit that ...": who addresses a gathering attends it.)
    // (Dated as the gathering is: the dates of what was told are not.)
    if (TOLD.has(toks[p]?.lower ?? '') && p === (ev.lead ?? ev.i) - 2) {
      if (negatedBetween(toks, clauseStart(toks, p), p)) continue;
      for (const m of leftArgs(unit, ms, p, { accept: personType, typeOf }).mentions) {
        for (const a of argsOf(m, d.typeOfEntity)) if (a.type === 'person') out.push(newCandidate('ATTENDED', a.entity, ev.entity, unit.index, p, false));
      }
      continue;
    }
    // ("X presented awards to 42 soldiers during an investiture ceremony": "during" as "at".)
    if (toks[p]?.lower !== 'at' && toks[p]?.lower !== 'during') continue;
    // "who had been expected at the signing": awaited there, not seen there.
    if (UNREALISED.has(toks[p - 1]?.lower ?? '')) continue;
    // "The troops were inspected at a farewell parade ... by A and B": the agents of the passive attend.
    for (const m of passiveAgentsAfter(unit, ms, p, ev.j, typeOf)) addAttendance(out, d, unit, m, ev.entity, p);
    // ("saw off the battalion, which is bound for South Sudan, at a send-off ceremony": the clause before the relative clause.)
    const rel = toks[p - 1]?.text === ',' ? relativeSetOffBefore(toks, p - 1) : -1;
    const pl = rel > 0 ? rel : p;
    // ("the new contingent was sent off by Defense Minister X at a send-off ceremony": the agent of a passive before "at".)
    for (const m of passiveAgentsBefore(unit, ms, clauseStart(toks, p), p, typeOf)) addAttendance(out, d, unit, m, ev.entity, p);
    // ("The cargo was handed over to the Minister of the Armed Forces, General X, at a ceremony": who it was handed to attends.)
    const to = thingHandedTo(toks, clauseStart(toks, pl), pl);
    if (to >= 0 && !negatedBetween(toks, clauseStart(toks, pl), pl)) for (const m of peopleFrom(unit, ms, to + 1, typeOf)) if (m.j <= pl) addAttendance(out, d, unit, m, ev.entity, p);
    const left = leftArgs(unit, ms, pl, { accept: personType, typeOf });
    // "X conferred the Order on Y at a ceremony": the one who confers attends, whoever was named last before "at".
    // ("X commissioned PNS Y at an impressive ceremony": past the clause's object, the subject of its verb.)
    let verb = awardVerbBefore(toks, clauseStart(toks, pl), pl);
    // ("relieved X on Wednesday and swore in Y in his place at a ceremony": the one sworn in attends, not one named before.)
    const sworn = verb >= 0 && SWEARING.has(toks[verb]!.lower) && toks[verb + 1]?.lower === 'in' ? peopleFrom(unit, ms, verb + 2, typeOf) : [];
    if (sworn.length && sworn[0]!.i < pl) left.mentions = sworn.filter((m) => m.i < pl);
    if (verb < 0 && !left.mentions.length) verb = activeVerbBefore(toks, clauseStart(toks, pl), pl);
    if (verb >= 0) for (const m of leftArgs(unit, ms, verb, { accept: personType, typeOf }).mentions) if (!left.mentions.includes(m)) left.mentions.push(m);
    // ("X took command of Namibia's peacekeepers from Y at a ceremony": the one handing command over attends too.)
    const from = commandFrom(toks, clauseStart(toks, pl), pl);
    if (from >= 0 && left.mentions.length) for (const m of peopleFrom(unit, ms, from + 1, typeOf)) if (m.i < pl && !left.mentions.includes(m)) left.mentions.push(m);
    if (!left.mentions.length || negatedBetween(toks, clauseStart(toks, pl), pl)) continue;
    for (const m of left.mentions) {
      for (const a of argsOf(m, d.typeOfEntity)) {
        if (a.type === 'person') out.push(newCandidate('ATTENDED', a.entity, ev.entity, unit.index, p, true));
      }
    }
  }
}

/** Participles of something passed to someone ("was handed over to X", "were presented to Y"). */
const HANDED = new Set(['handed', 'presented', 'delivered', 'given', 'transferred', 'donated']);

/** Index of the "to" after "was handed (over) to" in [from, to), or after an active "handed (back) OBJECT to" (activeHandedTo), or -1. */
function thingHandedTo(toks: SentenceUnit['toks'], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (!HANDED.has(toks[k]!.lower)) continue;
    if (BE_FORMS.has(toks[k - 1]!.lower)) continue;
    if (!PASSIVE_AUX.has(toks[k - 1]!.lower)) return activeHandedTo(toks, k, to);
    const at = toks[k + 1]!.lower === 'over' ? k + 2 : k + 1;
    return toks[at]?.lower === 'to' ? at : -1;
  }
  return -1;
}

/** Forms of "be" before a participle that no passive auxiliary list holds ("will be presented to the troops"). */
const BE_FORMS = new Set(['be', 'been', 'being']);

/**
 * ("The soldiers handed back the national flag to President X at a ceremony": in the active, the "to" after the thing
 * handed, a few lower-case words on.) Index of that "to" before `to`, or -1.
 */
function activeHandedTo(toks: SentenceUnit['toks'], k: number, to: number): number {
  let q = toks[k + 1]?.lower === 'over' || toks[k + 1]?.lower === 'back' ? k + 2 : k + 1;
  for (const end = Math.min(to, q + 5); q < end && toks[q]!.kind === 'w' && !toks[q]!.cap && toks[q]!.lower !== 'to'; q++);
  return toks[q]?.lower === 'to' && q < to ? q : -1;
}

/** Index of the "from" after "took command" or "assumed command" in [from, to) ("took command of X from Y"), or -1. */
function commandFrom(toks: SentenceUnit['toks'], from: number, to: number): number {
  let command = -1;
  for (let k = from + 1; k < to; k++) {
    if (toks[k]!.lower === 'command' && TAKING_COMMAND.has(toks[k - 1]!.lower)) command = k;
    else if (command >= 0 && toks[k]!.lower === 'from') return k;
  }
  return -1;
}
const TAKING_COMMAND = new Set(['took', 'assumed', 'takes', 'assumes']);

/** Verbs of telling a gathering something ("told the summit that ..."). */
const TOLD = new Set(['told', 'tells']);

/** Words that open another clause before a passive's agent could come. */
const CLAUSE_WORDS = new Set(['which', 'who', 'where', 'when', 'and', 'but', 'while', 'after', 'before', 'said']);
/** Particles of a phrasal participle before "at" ("seen off", "sent off"). */
const PARTICLES = new Set(['off', 'out', 'up']);
/** Auxiliaries of a passive participle. */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'being']);

/** "were inspected at EVENT ... by A and B": the people after "by" when the verb right before "at" is a passive participle. */
function passiveAgentsAfter(unit: SentenceUnit, ms: Mention[], at: number, from: number, typeOf: DocEntities['typeOfMention']): Mention[] {
  const toks = unit.toks;
  // ("The ships were seen off at a ceremony ... by A and B": past a particle of the participle.)
  const v = PARTICLES.has(toks[at - 1]?.lower ?? '') ? at - 1 : at;
  if (!PASSIVE_AUX.has(toks[v - 2]?.lower ?? '') || !/(?:ed|en)$/.test(toks[v - 1]?.lower ?? '')) return [];
  // (Past the event's place and time, set off by commas: "at X in Athlone, Co Westmeath, on Saturday by A".)
  for (let k = from; k < toks.length && k < from + 24; k++) {
    if (toks[k]!.text === ';' || toks[k]!.text === '"' || (toks[k]!.kind === 'w' && CLAUSE_WORDS.has(toks[k]!.lower))) break;
    if (toks[k]!.lower === 'by') return peopleFrom(unit, ms, k + 1, typeOf);
  }
  return [];
}

/** "was sent off by A (and B) at EVENT": the people after a passive participle's "by" in [from, at), ending right before "at". */
function passiveAgentsBefore(unit: SentenceUnit, ms: Mention[], from: number, at: number, typeOf: DocEntities['typeOfMention']): Mention[] {
  const toks = unit.toks;
  for (let k = at - 2; k > from + 1; k--) {
    if (toks[k]!.lower !== 'by') continue;
    const v = PARTICLES.has(toks[k - 1]!.lower) ? k - 1 : k;
    if (!PASSIVE_AUX.has(toks[v - 2]?.lower ?? '') || !/(?:ed|en|nt)$/.test(toks[v - 1]?.lower ?? '')) return [];
    const people = peopleFrom(unit, ms, k + 1, typeOf);
    return people.length && people[people.length - 1]!.j === at ? people : [];
  }
  return [];
}

/** The people named from token `from` on (an agent after "by"): the first, within two words or past a long post, and those coordinated with it. */
function peopleFrom(unit: SentenceUnit, ms: Mention[], from: number, typeOf: DocEntities['typeOfMention']): Mention[] {
  const near = ms.findIndex((m) => (m.lead ?? m.i) >= from && (m.lead ?? m.i) <= from + 1 && typeOf(m) === 'person');
  // ("by the Tánaiste and Minister for Defence, X": a long post may come first.)
  const idx = near >= 0 ? near : postHolderAfter(unit.toks, ms, from, typeOf);
  return idx < 0 ? [] : [ms[idx]!, ...coordinatedAfter(unit, ms, idx, personType, typeOf)];
}

/** "talks in Naypyitaw between A and B", "the summit between President X and President Y": the people between whom an event was held attend it. */
function betweenParties(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  const typeOf = d.typeOfMention;
  for (const ev of ms) {
    if (ev.entity === undefined || d.list[ev.entity]!.type !== 'event') continue;
    const p = betweenAfter(toks, ev.j);
    if (p < 0) continue;
    // ("The investiture came shortly after a bilateral summit between A and B": the parties are the nearer event's.)
    if (ms.some((m) => m.i >= ev.j && m.j <= p && m.entity !== undefined && m.entity !== ev.entity && d.list[m.entity]!.type === 'event')) continue;
    const discussion = DISCUSSIONS.has(d.list[ev.entity]!.head ?? '');
    // "Talks between the delegation of the WPK headed by X and the delegation of the LPRP": the delegations' leaders.
    // ("between the WPK delegation headed by X and the FSLN delegation headed by Y": a body may name the delegation.)
    if (delegationsAfter(toks, p)) {
      const end = clauseEnd(toks, p);
      const leaders = ms.filter((m) => m.i > p && m.i < end && typeOf(m) === 'person' && (m.leadsGroup !== undefined || (m.via === 'guest' && m.head === 'delegation')));
      for (const m of leaders) addAttendance(out, d, unit, m, ev.entity, p);
      if (discussion) metEachOther(out, unit, leaders, p);
      continue;
    }
    const idx = ms.findIndex((m) => (m.lead ?? m.i) >= p + 1 && (m.lead ?? m.i) <= p + 2);
    if (idx < 0 || typeOf(ms[idx]!) !== 'person') continue;
    const parties = [ms[idx]!, ...coordinatedAfter(unit, ms, idx, personType, typeOf)];
    for (const m of parties) addAttendance(out, d, unit, m, ev.entity, p);
    if (discussion) metEachOther(out, unit, parties, p);
  }
}


/** "The meeting was co-chaired by A and her counterpart, B", "A and B co-chaired the talks": the co-chairs met. */
function coChairs(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  const c = toks.findIndex((t) => t.lower === 'co-chaired' || t.lower === 'co-chairs' || t.lower === 'co-chair');
  if (c < 0 || negatedBetween(toks, clauseStart(toks, c), c)) return;
  const typeOf = d.typeOfMention;
  const people = toks[c + 1]?.lower === 'by' ? peopleFrom(unit, ms, c + 2, typeOf) : leftArgs(unit, ms, c, { accept: personType, typeOf }).mentions;
  if (people.length >= 2) metEachOther(out, unit, people, c);
}

/** MET_WITH between every two of the people named as the parties of talks. */
function metEachOther(out: Candidate[], unit: SentenceUnit, people: Mention[], cue: number): void {
  const ids = [...new Set(people.map((m) => m.entity).filter((e): e is number => e !== undefined))];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push(newCandidate('MET_WITH', ids[i]!, ids[j]!, unit.index, cue, true));
}

/** "Trinidad and Tobago was represented by Foreign Minister X": X attends the event of the sentence, else the one named last. */
function representatives(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  const typeOf = d.typeOfMention;
  for (let k = 1; k + 1 < toks.length; k++) {
    const sent = toks[k]!.lower === 'sent';
    // ("South Africa is represented at Cabo Ledo by soldiers of X": past where.)
    let by = k + 1;
    if (!sent && (toks[by]!.lower === 'at' || toks[by]!.lower === 'in')) while (by < k + 7 && toks[by] && toks[by]!.kind !== 'p' && toks[by]!.lower !== 'by') by++;
    if (!sent && (toks[k]!.lower !== 'represented' || toks[by]?.lower !== 'by' || !COPULAS.has(toks[k - 1]!.lower))) continue;
    // ("Serbia and Slovenia sent state secretaries A and B": states that send officials, to no place.)
    if (sent && (subjectStates(d, unit, k).length === 0 || toks.slice(k + 1, clauseEnd(toks, k)).some((t) => t.lower === 'to' || t.lower === 'into'))) continue;
    if (negatedBetween(toks, clauseStart(toks, k), k)) return;
    const idx = ms.findIndex((m) => (m.lead ?? m.i) === postHolderAt(toks, sent ? k + 1 : by + 1));
    const own = ms.find((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event');
    const event = own?.entity ?? d.eventBefore(toks[k]!.start)?.index;
    if (event === undefined) return;
    if (idx >= 0 && typeOf(ms[idx]!) === 'person') {
      for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, personType, typeOf)]) addAttendance(out, d, unit, m, event, k);
      // ("..., while Bosnia and Herzegovina sent Deputy Defence Minister X": another clause may name more.)
      continue;
    }
    // "Russia is represented by soldiers of the 201st Military Base, ..., and by paratroopers of the 31st Brigade":
    // the units whose troops represent it attend.
    for (const m of troopsUnitsFrom(d, unit, ms, sent ? k + 2 : by + 1)) addAttendance(out, d, unit, m, event, k);
    return;
  }
}

/**
 * Where the people named after a verb of representing start: past "their" and a lower-case plural post
 * ("by their defence ministers, A, B and C", "sent state secretaries A and B"), else `at` itself.
 */
function postHolderAt(toks: SentenceUnit['toks'], at: number): number {
  let q = at;
  if (toks[q]?.lower === 'their' || toks[q]?.lower === 'its') q++;
  const from = q;
  while (q < at + 5 && toks[q]?.kind === 'w' && !toks[q]!.cap) q++;
  if (q === from || !toks[q - 1]!.lower.endsWith('s')) return at;
  return toks[q]?.text === ',' ? q + 1 : q;
}

/** The units after token `from` whose troops are named ("by soldiers of the X", "and by paratroopers of the Y"), to the clause's end. */
function troopsUnitsFrom(d: DocEntities, unit: SentenceUnit, ms: Mention[], from: number): Mention[] {
  const toks = unit.toks;
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.i < from || m.entity === undefined || d.list[m.entity]!.type !== 'unit') continue;
    if (toks.slice(from, m.i).some((t) => t.text === ';' || t.text === '.' || t.lower === 'while')) break;
    let p = (m.lead ?? m.i) - 1;
    if (toks[p]?.lower === 'the' || toks[p]?.lower === 'its') p--;
    if (toks[p]?.lower !== 'of' && toks[p]?.lower !== 'from') continue;
    if (!d.lex.troopAnaphors.has(toks[p - 1]?.lower ?? '') && !PEOPLE_AFTER_BY.has(toks[p - 1]?.lower ?? '')) continue;
    // (Right after "by" or "and by": not a unit named inside a relative clause.)
    if (toks[p - 2]?.lower !== 'by') continue;
    out.push(m);
  }
  return out;
}

/** Groups of people standing for a unit after "represented by" besides the troop nouns ("by a company of the X"). */
const PEOPLE_AFTER_BY = new Set(['personnel', 'servicemen', 'units', 'elements', 'company', 'companies', 'detachment', 'platoon', 'crews', 'contingent', 'members', 'cadets', 'officers']);

/**
 * The event named last before a sentence that names none, when its last mention lies within `reach` characters of the
 * sentence's start (the sentence before or the one before that), else undefined.
 */
function eventJustBefore(d: DocEntities, unit: SentenceUnit, ms: Mention[], reach: number): EntityRec | undefined {
  if (ms.some((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event')) return undefined;
  const at = unit.toks[0]!.start;
  const ev = d.eventBefore(at);
  return ev && at - ev.last <= reach ? ev : undefined;
}

/** Heads of the gatherings at which things are handed over. */
const HANDOVER_GATHERINGS = new Set(['ceremony', 'handover', 'event', 'reception', 'parade']);

/**
 * "... received two patrol boats at a ceremony in Caldera. The boats were handed over by US Ambassador A to Minister B",
 * "The vessel was received by Minister A from High Commissioner B": right after a sentence about a ceremony, the people
 * who handed things over or received them, and those on the other side, attend it.
 */
export function handedOverBy(d: DocEntities, unit: SentenceUnit): Candidate[] {
  // (A substring test: most sentences hand nothing over, and no frame bit is left for it.)
  const received = unit.text.includes('received by');
  // ("The medals were pinned on by Defence Minister X" after a parade: the one who decorated attends too.)
  const pinned = unit.text.includes(' on by ') || unit.text.includes('presented by');
  if (!received && !pinned && !unit.text.includes('handed over by')) return [];
  const toks = unit.toks;
  const ms = argMentions(unit);
  const out: Candidate[] = [];
  const ev = eventJustBefore(d, unit, ms, 400);
  if (!ev || !HANDOVER_GATHERINGS.has(ev.head ?? '')) return out;
  for (let k = 1; k + 2 < toks.length; k++) {
    // ("The vessel was received by the Minister of Police, X, from Australia's High Commissioner, Y": or received by one
    // from another.)
    const over = (toks[k]!.lower === 'handed' && toks[k + 1]!.lower === 'over') || (pinned && PINNING.has(toks[k]!.lower) && toks[k + 1]!.lower === 'on');
    if (pinned && toks[k]!.lower === 'presented' && toks[k + 1]!.lower === 'by' && COPULAS.has(toks[k - 1]!.lower)) {
      for (const m of peopleFrom(unit, ms, toks[k + 2]?.lower === 'the' ? k + 3 : k + 2, d.typeOfMention)) addAttendance(out, d, unit, m, ev.index, k);
      break;
    }
    // ("The vessel was formally handed over by ...": past an adverb.)
    if (!(over || (received && toks[k]!.lower === 'received')) || !(COPULAS.has(toks[k - 1]!.lower) || (toks[k - 1]!.lower.endsWith('ly') && COPULAS.has(toks[k - 2]?.lower ?? '')))) continue;
    const by = over ? k + 2 : k + 1;
    if (toks[by]?.lower !== 'by') continue;
    const agents = peopleFrom(unit, ms, toks[by + 1]?.lower === 'the' ? by + 2 : by + 1, d.typeOfMention);
    const last = agents[agents.length - 1];
    let to = last ? last.j : -1;
    // (Past the agent's apposition closed by a comma: "by the Minister of Police, X, from ...".)
    if (toks[to]?.text === ',') to++;
    const other = over ? 'to' : 'from';
    if (toks[to]?.lower !== other) {
      if (!over) continue;
    } else for (const m of peopleFrom(unit, ms, toks[to + 1]?.lower === 'the' ? to + 2 : to + 1, d.typeOfMention)) addAttendance(out, d, unit, m, ev.index, k);
    for (const m of agents) addAttendance(out, d, unit, m, ev.index, k);
    break;
  }
  return out;
}

/** Verbs of decorating with "on" before their agent ("The medals were pinned on by X"). */
const PINNING = new Set(['pinned', 'put']);

/** Heads of the events units are fielded for ("the exercise", "the drills"). */
const DRILL_HEADS = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'games', 'patrol']);

/**
 * "The Sri Lanka Navy fielded its offshore patrol vessel X and two fast attack craft of the Y", "Kazakhstan sent a
 * company of its 36th Brigade, while ...", "The Australian contingent comes mainly from the 3rd Brigade": units fielded,
 * sent with no destination or a contingent comes from, or named after a bare "took part", right after a sentence
 * about an exercise, take part in it.
 */
function fieldedUnits(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  // (Named in the last sentence or two: some 500 characters.)
  const ev = eventJustBefore(d, unit, ms, 500);
  if (!ev || !DRILL_HEADS.has(ev.head ?? '')) return;
  for (let k = 1; k < toks.length; k++) {
    // ("About 1,800 troops took part, most of them paratroopers of X and of Y": those named after a bare "took part".)
    const tookPart = toks[k]!.lower === 'part' && toks[k - 1]!.lower === 'took' && toks[k + 1]?.text === ',';
    if (!FIELDING.has(toks[k]!.lower) && !contingentFrom(toks, k) && !tookPart) continue;
    if (negatedBetween(toks, clauseStart(toks, k), k)) continue;
    let end = tookPart ? k + 2 : k + 1;
    let sent = true;
    while (end < toks.length && toks[end]!.text !== ';' && toks[end]!.text !== '.' && !(toks[end]!.text === ',' && (toks[end + 1]?.lower === 'while' || toks[end + 1]?.lower === 'which' || toks[end + 1]?.lower === 'who'))) {
      // (A destination makes it a deployment: "sent troops to X".)
      if (toks[end]!.lower === 'to' || toks[end]!.lower === 'into') sent = false;
      end++;
    }
    if (!sent) continue;
    for (const m of ms) {
      if (m.i <= k || m.i >= end || m.entity === undefined || d.list[m.entity]!.type !== 'unit') continue;
      out.push(newCandidate('ATTENDED', m.entity, ev.index, unit.index, k, true));
    }
    // ("Portugal contributed nine vessels, ..., while Spain, France and Morocco sent the other 17": the states that
    // field them take part too.)
    if (!FIELDING.has(toks[k]!.lower)) continue;
    const subj = ms.findIndex((m) => m.j === k && m.entity !== undefined && !m.demonym && fielder(d.list[m.entity]!.type));
    if (subj < 0) continue;
    for (const m of [ms[subj]!, ...coordinatedBefore(unit, ms, subj, fielder, d.typeOfMention)]) {
      if (m.entity !== undefined) out.push(newCandidate('ATTENDED', m.entity, ev.index, unit.index, k, true));
    }
  }
}

/**
 * "... where they watched the final phase of the exercise aboard the Magen. They were joined by the commander of the
 * Israeli Navy, Vice Admiral A, and ... B": those joining the people of the sentence before attend its event too.
 */
function joinedBy(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  if (toks[0]?.lower !== 'they' || !COPULAS.has(toks[1]?.lower ?? '') || toks[2]?.lower !== 'joined' || toks[3]?.lower !== 'by') return;
  const ev = eventJustBefore(d, unit, ms, 400);
  if (!ev) return;
  // ("They are joined by a company of the Belgian Special Operations Regiment's 2nd Commando Battalion": or a unit.)
  const idx = ms.findIndex((m) => (m.lead ?? m.i) >= 4 && (m.lead ?? m.i) <= 16 && joinerType(d.typeOfMention(m) ?? 'event') && !possessorOfUnit(toks, ms, m));
  if (idx < 0) return;
  for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, joinerType, d.typeOfMention)]) addAttendance(out, d, unit, m, ev.index, 2);
}

function joinerType(t: NodeType): boolean {
  return t === 'person' || t === 'unit';
}

/** `m` possesses a unit named right after it ("the Belgian Special Operations Regiment's 2nd Commando Battalion"). */
function possessorOfUnit(toks: SentenceUnit['toks'], ms: Mention[], m: Mention): boolean {
  return toks[m.j]?.lower === "'s" && ms.some((x) => x.i === m.j + 1 && x.type === 'unit');
}

/**
 * "President X on Thursday hosted the leaders of A and B at the National Palace for the first Y Summit": the host takes
 * part in the gathering hosted for, which takes place where the guests were hosted.
 */
function hostedFor(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  const k = toks.findIndex((t) => t.lower === 'hosted' || t.lower === 'hosts');
  if (k < 1 || negatedBetween(toks, clauseStart(toks, k), k)) return;
  const host = personJustBefore(d, ms, k);
  if (!host) return;
  const end = Math.min(toks.length, k + 24);
  for (let f = k + 2; f < end; f++) {
    if (toks[f]!.text === '.' || toks[f]!.text === ';') return;
    if (toks[f]!.lower !== 'for') continue;
    const ev = eventAfterFor(d, toks, ms, f);
    if (!ev) return;
    addAttendance(out, d, unit, host, ev.entity!, k);
    // ("hosted his French and German counterparts, A and B, for talks": the guests named take part too.)
    for (const m of ms) if (m.i > k && m.j < f && m.via === 'name' && !m.nested && d.typeOfMention(m) === 'person') addAttendance(out, d, unit, m, ev.entity!, k);
    // ("at the National Palace for": where the guests were hosted.)
    const place = ms.find((m) => m.j === f && m.entity !== undefined && d.typeOfMention(m) === 'place' && (toks[m.i - 1]?.lower === 'at' || (toks[m.i - 1]?.lower === 'the' && toks[m.i - 2]?.lower === 'at')));
    if (place) out.push(newCandidate('LOCATED_IN', ev.entity!, place.entity!, unit.index, f, false));
    return;
  }
}

/** The last person named (not nested) ending at most four tokens before verb `k` ("President X on Monday hosted"). */
function personJustBefore(d: DocEntities, ms: Mention[], k: number): Mention | undefined {
  for (let x = ms.length - 1; x >= 0; x--) {
    const m = ms[x]!;
    if (m.j <= k && m.j >= k - 4 && d.typeOfMention(m) === 'person' && !m.nested) return m;
  }
  return undefined;
}

/**
 * "Rear Admiral X, the commander of the FAZSOI, who had flown in from Saint-Denis for the handover": the person an
 * apposition set off by commas describes, before ", who (had)" and the verb at `k`.
 */
function apposedWho(d: DocEntities, toks: SentenceUnit['toks'], ms: Mention[], k: number): Mention | undefined {
  let w = k - 1;
  if (toks[w]?.lower === 'had' || toks[w]?.lower === 'has' || toks[w]?.lower === 'have') w--;
  if (toks[w]?.lower !== 'who' || toks[w - 1]?.text !== ',' || toks[w - 2]?.lower === undefined) return undefined;
  let open = w - 2;
  while (open > 0 && open > w - 14 && toks[open]!.text !== ',') open--;
  if (toks[open]?.text !== ',' || (toks[open + 1]?.lower !== 'the' && toks[open + 1]?.lower !== 'a')) return undefined;
  return ms.find((m) => m.j === open && !m.nested && d.typeOfMention(m) === 'person');
}

/** The event named right after "for" at `f` ("for the summit", "for talks"), past an article. */
function eventAfterFor(d: DocEntities, toks: SentenceUnit['toks'], ms: Mention[], f: number): Mention | undefined {
  const at = toks[f + 1]?.lower === 'the' || toks[f + 1]?.lower === 'a' ? f + 2 : f + 1;
  return ms.find((m) => m.i >= at && m.i <= at + 1 && m.entity !== undefined && d.typeOfMention(m) === 'event');
}


/**
 * "Prime Minister X joined some 40 heads of state and government in Abidjan on the weekend for the 32nd Summit of La
 * Francophonie", "X arrived in Y on Monday for the summit": who came for a gathering takes part in it.
 */
function cameFor(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (let k = 1; k < toks.length; k++) {
    if (!COMING.has(toks[k]!.lower) || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    const who = personJustBefore(d, ms, k) ?? apposedWho(d, toks, ms, k);
    if (!who) continue;
    const end = Math.min(toks.length, k + 20);
    for (let f = k + 1; f < end; f++) {
      if (toks[f]!.text === '.' || toks[f]!.text === ';' || (toks[f]!.text === ',' && toks[f + 1]?.lower !== 'on')) break;
      if (toks[f]!.lower !== 'for') continue;
      const ev = eventAfterFor(d, toks, ms, f);
      if (ev) addAttendance(out, d, unit, who, ev.entity!, k);
      break;
    }
  }
}

/** Verbs an exercise begins with ("which began on Wednesday ... with X and Y"). */
const BEGINNING = new Set(['began', 'started', 'opened', 'kicked']);

/**
 * "the Kamandag 17 exercise, which began on Wednesday in Zambales province with the US Marine Corps' 12th Marine
 * Littoral Regiment and the Philippine Marine Corps": the units an exercise begins with take part in it.
 */
function beganWith(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!BEGINNING.has(toks[k]!.lower)) continue;
    // The exercise: the antecedent of ", which began", or the subject right before the verb.
    let at = k - 1;
    if (toks[at]?.lower === 'which' && toks[at - 1]?.text === ',') at -= 2;
    else if (toks[at]?.lower === 'which') at -= 1;
    const ev = ms.find((m) => m.j === at + 1 && m.entity !== undefined && DRILL_HEADS.has(d.list[m.entity]!.head ?? ''));
    if (!ev || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    let w = k + 1;
    while (w < toks.length && w < k + 12 && toks[w]!.lower !== 'with' && toks[w]!.text !== ',' && toks[w]!.text !== '.' && toks[w]!.text !== ';') w++;
    if (toks[w]?.lower !== 'with') continue;
    const q = toks[w + 1]?.lower === 'the' ? w + 2 : w + 1;
    let idx = ms.findIndex((m) => m.i === q);
    if (idx < 0) continue;
    // ("with the US Marine Corps' 12th Marine Littoral Regiment": the possessed unit, not its possessor.)
    if (toks[ms[idx]!.j]?.lower === "'s" || toks[ms[idx]!.j]?.text === "'" || toks[ms[idx]!.j]?.text === '’') {
      const possessed = ms.findIndex((m) => m.i > ms[idx]!.j && m.i <= ms[idx]!.j + 2);
      if (possessed < 0) continue;
      idx = possessed;
    }
    if (d.typeOfMention(ms[idx]!) !== 'unit') continue;
    for (const m of [ms[idx]!, ...coordinatedAfter(unit, ms, idx, unitOnly, d.typeOfMention)]) addAttendance(out, d, unit, m, ev.entity!, k);
  }
}

function unitOnly(t: NodeType): boolean {
  return t === 'unit';
}

/** Who fields ships or troops for an exercise, taking part in it: a state (a service's fielding is its units'). */
function fielder(t: NodeType): boolean {
  return t === 'state';
}

/** Verbs of fielding units for an exercise. */
const FIELDING = new Set(['fielded', 'fields', 'contributed', 'sent']);

/** "The Australian contingent comes (mainly) from X", "is drawn from": a contingent's origin verb at `k`. */
function contingentFrom(toks: SentenceUnit['toks'], k: number): boolean {
  const w = toks[k]!.lower;
  const comesFrom = w === 'comes' && (toks[k + 1]?.lower === 'from' || toks[k + 2]?.lower === 'from');
  const drawnFrom = w === 'drawn' && toks[k + 1]?.lower === 'from';
  if (!comesFrom && !drawnFrom) return false;
  for (let q = k - 1; q >= Math.max(0, k - 3); q--) if (toks[q]!.lower === 'contingent') return true;
  return false;
}

/** Verbs of taking part whose event object an "including ..." list extends. */
const TAKING_PART = new Set(['part', 'participated', 'participate', 'participating', 'attended', 'attend', 'joined']);

/**
 * "Some 400 personnel took part in the exercise, ..., including a boarding team from the JCG's
 * Special Security Team and the PCG's Special Operations Force": the bodies, units and states
 * listed after "including" take part in the event.
 */
function includedParticipants(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  // "..., including X", "Some 4,500 soldiers are taking part, among them A, B and C".
  const inc = toks.findIndex((t, k) => t.lower === 'including' || (t.lower === 'among' && toks[k + 1]?.lower === 'them' && toks[k - 1]?.text === ','));
  if (inc < 2) return;
  let verb = -1;
  for (let k = 0; k < inc; k++) if (TAKING_PART.has(toks[k]!.lower)) verb = k;
  if (verb < 0 || negatedBetween(toks, clauseStart(toks, verb), verb)) return;
  const named = ms.find((m) => m.i > verb && m.i < inc && m.entity !== undefined && d.list[m.entity]!.type === 'event');
  // ("are taking part, among them ...": the event named before, when the sentence names none.)
  const before = !named && toks[inc]!.lower === 'among' && !ms.some((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event') ? d.eventBefore(toks[0]!.start) : undefined;
  const evEntity = named?.entity ?? before?.index;
  const evEnd = named ? named.j : inc;
  // The list follows the event's own phrase, not a later clause ("..., said the deployment ..., including").
  if (evEntity === undefined || inc - evEnd > 12 || toks.slice(evEnd, inc).some((t) => SPEECH_VERBS.has(t.lower))) return;
  const end = Math.min(toks.length, inc + 24);
  for (const m of ms) {
    if (m.i <= inc || m.i >= end || m.entity === undefined || toks[m.j]?.lower === "'s") continue;
    if (toks.slice(inc, m.i).some((t) => t.text === ';' || t.text === '.')) break;
    const type = d.list[m.entity]!.type;
    if ((type === 'unit' || type === 'state') && !m.demonym) out.push(newCandidate('ATTENDED', m.entity, evEntity, unit.index, inc, true));
  }
}


/** The event of a "presence" sentence: one named in it, else the document's one ceremony when a signing is reported. */
function presenceEvent(d: DocEntities, unit: SentenceUnit, ms: Mention[]): number | undefined {
  const own = ms.find((m) => m.entity !== undefined && d.list[m.entity]!.type === 'event');
  if (own) return own.entity;
  // ("... at a ceremony in Nuuk. Kirkegaard handed over the command's flag in the presence of X": the ceremony just named.)
  const just = eventJustBefore(d, unit, ms, 400);
  if (just && CEREMONIAL.has(just.head ?? '')) return just.index;
  if (!unit.toks.some((t) => SIGN_WORDS.has(t.lower))) return undefined;
  const ceremonies = d.list.filter((e) => e.type === 'event' && CEREMONIAL.has(e.head ?? '') && e.mentions > 0);
  return ceremonies.length === 1 ? ceremonies[0]!.index : undefined;
}

/** "X arrived in Islamabad": a visit to a capital is a visit to its state (unless it is the visitor's own). */
export function visitedStates(d: DocEntities, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'VISITED' || c.negated) continue;
    const place = d.list[c.target]!;
    const visitor = d.list[c.source]!;
    if (place.type !== 'place' || !place.code || visitor.type !== 'person') continue;
    const state = d.find('state:', place.code);
    if (!state || personState(d, visitor) === place.code) continue;
    if (cands.some((x) => x.type === 'VISITED' && x.source === c.source && x.target === state.index) || extra.some((x) => x.source === c.source && x.target === state.index)) continue;
    extra.push(redirectCandidate(c, c.source, state.index));
  }
  return extra.length ? [...cands, ...extra] : cands;
}

// Relation stage, training given: "Brazil has trained more than 150 GDF officers", "thanked Sri Lanka for
// training more than 200 MNDF officers", "IMTRAT trains RBA and Royal Body Guard officers": the trainer
// assisted the body (or, for "Nicaraguan officers", the state) whose people it trained.
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { allowsEdge, type NodeType } from '../ontology.js';
import { argMentions, argsOf, HELP_NOUNS, leftArgs } from './args.js';
import { clauseStart } from './clauses.js';
import { negatedBetween } from './cues.js';
import type { DocEntities } from './resolve.js';
import { wordClass } from './word-classes.js';

const TRAIN_FORMS = new Set(['trained', 'trains', 'training', 'train']);
/** Nouns of a gift, which donationsGiven (donations.ts) starts from. */
export const GIFT_NOUNS: ReadonlySet<string> = new Set(['donation', 'donations', 'gift', 'gifts', 'grant']);
/**
 * Tok.classes bit of the words trainingGiven, returnedHome (homecoming.ts) and donationsGiven (donations.ts) start
 * from: TRAIN_FORMS, "home" and GIFT_NOUNS. All are rare, so they share one bit (all 31 are taken); each pass still
 * looks for its own word.
 */
export const TRAIN_HOME_OR_GIFT = wordClass([...TRAIN_FORMS, 'home', ...GIFT_NOUNS]);
/** Words of a quantity between the verb and the trainees ("more than 200", "some 40", "hundreds of"). */
const QUANTITY = new Set(['more', 'than', 'some', 'about', 'over', 'nearly', 'almost', 'around', 'hundreds', 'thousands', 'dozens', 'of', 'up', 'to', 'at', 'least']);
/** Words for a group of trainees ("a first group of 12 operators", "a new class of cadets"). */
const TRAINEE_GROUPS = new Set(['group', 'batch', 'class', 'cohort', 'course']);
/** Order words before such a group ("a first group"). */
const ORDER_WORDS = new Set(['first', 'second', 'third', 'fourth', 'new', 'further', 'last', 'final']);
/** Words before the verb that make the training a plan or a purpose, not a fact. */
const NOT_YET = new Set(['will', 'would', 'to', 'shall', 'could', 'can', 'may']);

function trainer(t: NodeType): boolean {
  return t === 'state' || t === 'organization' || t === 'unit';
}

/** The mentions naming whose people are trained, from token `p` (a people noun must follow them), else none. */
function trainees(d: DocEntities, unit: SentenceUnit, p: number): Mention[] {
  const toks = unit.toks;
  // ("whose officers have trained at Emirati military schools": "at" opens a count only in "at least".)
  // ("had trained a first group of 12 Togolese operators": past a group word and its "of".)
  if ((toks[p]?.lower === 'a' || toks[p]?.lower === 'the') && TRAINEE_GROUPS.has(toks[p + (ORDER_WORDS.has(toks[p + 1]?.lower ?? '') ? 2 : 1)]?.lower ?? '')) {
    p += ORDER_WORDS.has(toks[p + 1]!.lower) ? 3 : 2;
    if (toks[p]?.lower === 'of') p++;
  }
  while (p < toks.length && ((QUANTITY.has(toks[p]!.lower) && (toks[p]!.lower !== 'at' || toks[p + 1]?.lower === 'least')) || toks[p]!.kind === 'n')) p++;
  // ("whose instructors have trained the 31st Rapid Reaction Brigade of the FARDC": a unit trained whole.)
  if (toks[p]?.lower === 'the') {
    const whole = unit.mentions.find((x) => x.i === p + 1 && x.entity !== undefined && !x.nested);
    if (whole && d.typeOfMention(whole) === 'unit' && !d.lex.peopleNouns.has(toks[whole.j]?.lower ?? '')) return [whole];
  }
  // ("for training more than 3,000 soldiers of the Somali National Army": the body the people are of.)
  if (d.lex.peopleNouns.has(toks[p]?.lower ?? '') && toks[p + 1]?.lower === 'of') {
    const at = toks[p + 2]?.lower === 'the' ? p + 3 : p + 2;
    const body = unit.mentions.find((x) => x.i === at && x.entity !== undefined && !x.nested);
    const t = body ? d.typeOfMention(body) : undefined;
    return body && (t === 'organization' || t === 'unit' || t === 'state') ? [body] : [];
  }
  const out: Mention[] = [];
  for (;;) {
    const m = unit.mentions.find((x) => x.i === p && x.entity !== undefined && !x.nested);
    if (!m) break;
    const t = d.typeOfMention(m);
    if (t !== 'state' && t !== 'organization' && t !== 'unit') break;
    out.push(m);
    p = m.j;
    if (toks[p]?.lower === 'and' && unit.mentions.some((x) => x.i === p + 1 && !x.nested)) { p++; continue; }
    break;
  }
  // ("more than 1,200 Sri Lankan naval personnel": a service adjective after a demonym names that state's service, when
  // the document names it.)
  const service = SERVICE_ADJECTIVES.get(toks[p]?.lower ?? '');
  if (service && out.length === 1 && d.lex.peopleNouns.has(toks[p + 1]?.lower ?? '')) {
    const code = d.list[out[0]!.entity!]!.code;
    const body = code ? d.list.find((e) => e.type === 'organization' && e.ownerState === code && e.head === service && e.mentions > 0) : undefined;
    return body ? [{ ...out[0]!, entity: body.index }] : out;
  }
  // ("some 40 Swiss air-defence specialists": one lower-case word of their trade may come before the people noun.)
  const trade = toks[p]?.kind === 'w' && !toks[p]!.cap && !d.lex.peopleNouns.has(toks[p]!.lower) && d.lex.peopleNouns.has(toks[p + 1]?.lower ?? '') ? p + 1 : p;
  return out.length && d.lex.peopleNouns.has(toks[trade]?.lower ?? '') ? out : [];
}

/** Adjectives of an armed service before a people noun, with the service's head ("naval personnel" → navy). */
const SERVICE_ADJECTIVES = new Map([['naval', 'navy'], ['army', 'army'], ['police', 'police']]);

/** Forms of "be" before a passive participle ("was trained", "is being trained"). */
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** People who do the training on a body's behalf ("by instructors of the X"). */
const TRAINERS = new Set(['instructors', 'trainers', 'officers', 'specialists', 'experts', 'advisers', 'advisors', 'teams', 'personnel', 'soldiers', 'troops']);

/** After a passive "trained" (from `p`, within ten words, before a comma): "by (instructors of) (the) X" → X, a state or body. */
function trainerAfterBy(d: DocEntities, unit: SentenceUnit, p: number): Mention | undefined {
  const toks = unit.toks;
  for (let k = p; k < Math.min(toks.length, p + 10); k++) {
    if (toks[k]!.kind === 'p') return undefined;
    if (toks[k]!.lower !== 'by') continue;
    let q = k + 1;
    if (TRAINERS.has(toks[q]?.lower ?? '') && toks[q + 1]?.lower === 'of') q += 2;
    else if (TRAINERS.has(toks[q + 1]?.lower ?? '') && toks[q + 2]?.lower === 'from') return undefined;
    if (toks[q]?.lower === 'the') q++;
    const m = unit.mentions.find((x) => (x.lead ?? x.i) === q && x.entity !== undefined && !x.nested);
    if (!m || !trainer(d.typeOfMention(m) ?? 'event')) return undefined;
    // ("by the Polish 12th Division": past a demonym before the body's name.)
    return m.demonym ? unit.mentions.find((x) => x.i === m.j && x.entity !== undefined && trainer(d.typeOfMention(x) ?? 'event')) : m;
  }
  return undefined;
}

/** ASSISTED candidates from a trainer and the trainees' body or state. */
export function trainingGiven(d: DocEntities, unit: SentenceUnit): Candidate[] {
  // (Cheap pre-filters: most sentences train nobody. Without a TRAIN_FORMS token the loop below finds nothing; the
  // substring test, which stops at every "t", is left for the few sentences with one (or with "home"), and still
  // passes over a capitalised "Trained" as it always has.)
  if ((unit.classes & TRAIN_HOME_OR_GIFT) === 0 || !unit.text.includes('train')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 2 < toks.length; k++) {
    // ("Brazil will also train Argentine crews": past an adverb too.)
    if (!TRAIN_FORMS.has(toks[k]!.lower) || NOT_YET.has(toks[k - 1]!.lower) || (toks[k - 1]!.lower.endsWith('ly') || toks[k - 1]!.lower === 'also') && NOT_YET.has(toks[k - 2]?.lower ?? '')) continue;
    // "The brigade ... is being trained at X by instructors of the Polish 12th Mechanised Division".
    if (toks[k]!.lower === 'trained' && PASSIVE_BE.has(toks[k - 1]!.lower)) {
      out = trainedBy(d, unit, k, out);
      continue;
    }
    const who = trainees(d, unit, k + 1);
    if (!who.length) continue;
    if (negatedBetween(toks, clauseStart(toks, k), k)) continue;
    // "thanked Sri Lanka for training ...": the one thanked trains.
    // ("expressed gratitude to the French side for training Armenian officers": a state's "side" is the state.)
    const sideAt = toks[k - 2]?.lower === 'side' ? k - 2 : -1;
    const thanked = toks[k - 1]!.lower === 'for' ? unit.mentions.find((m) => (m.j === k - 1 || (m.j === sideAt && m.demonym)) && m.entity !== undefined && !m.nested) : undefined;
    // ("Soldiers of X have been training the battalion": a progressive "training" has its subject, a noun "training" none.)
    const progressive = toks[k]!.lower === 'training' && PASSIVE_BE.has(toks[k - 1]!.lower) && toks[k - 1]!.lower !== 'being' && toks[k - 1]!.lower !== 'be';
    // ("praised Pakistan's role in training Kuwaiti pilots": whose help in training it is trains.)
    const helpIn = toks[k - 1]!.lower === 'in' && HELP_NOUNS.has(toks[k - 2]?.lower ?? '');
    const subjects = thanked ? [thanked] : toks[k]!.lower === 'training' && !progressive && !helpIn ? [] : leftArgs(unit, argMentions(unit), k, { accept: trainer, typeOf: d.typeOfMention }).mentions;
    for (const s of subjects) for (const a of argsOf(s, d.typeOfEntity)) for (const m of who) out = assisted(d, unit, k, a.entity, m.entity!, out);
  }
  return out ?? [];
}

/** "The brigade ... is being trained ... by instructors of X": the trainer after "by" assisted the subject of passive `k`. */
function trainedBy(d: DocEntities, unit: SentenceUnit, k: number, out: Candidate[] | undefined): Candidate[] | undefined {
  const toks = unit.toks;
  const by = trainerAfterBy(d, unit, k + 1);
  const from = clauseStart(toks, k);
  if (!by || negatedBetween(toks, from, k)) return out;
  // ("and its crew of 60 was trained by the French Navy": the owner "its" stands for was trained, not a name before.)
  const its = toks[from]?.lower === 'its' || toks[from]?.lower === 'their' ? unit.mentions.find((m) => m.i === from && m.via === 'pronoun' && m.entity !== undefined) : undefined;
  const subjects = its ? [its] : leftArgs(unit, argMentions(unit), k, { accept: trainer, typeOf: d.typeOfMention }).mentions;
  for (const s of subjects) {
    // ("Somalia's elite commandos, who were trained by Turkey": the possessor is not who was trained.)
    if (toks[s.j]?.lower === "'s") continue;
    for (const a of argsOf(s, d.typeOfEntity)) for (const t of argsOf(by, d.typeOfEntity)) out = assisted(d, unit, k, t.entity, a.entity, out);
  }
  return out;
}

/** An ASSISTED candidate from trainer to trainee (entity indexes) at cue `k`, when they differ and the ontology allows it. */
function assisted(d: DocEntities, unit: SentenceUnit, k: number, from: number, to: number, out: Candidate[] | undefined): Candidate[] | undefined {
  if (from === to || !allowsEdge('ASSISTED', d.list[from]!.type, d.list[to]!.type)) return out;
  (out ??= []).push(newCandidate('ASSISTED', from, to, unit.index, k, true));
  return out;
}

// Mention stage, part 4: lower-case phrases. Agreements ("a comprehensive strategic partnership
// agreement", "an intergovernmental agreement on ..."), events ("an official welcome ceremony",
// "the second round of the strategic dialogue", "a meeting of foreign ministers of ..."), and
// anaphors: pronouns, "the regiment" / "the treaty" / "the resort", "the minister", "the two
// leaders", "his guest". Each recogniser is a step of recognise(), tried in its order.
import type { NodeType } from '../ontology.js';
import { newTitle, type Mention } from './model.js';
import { addMention, AMOUNT_WORDS, LASTING, normAlias, shipWordAt, spanText, SPELLED_ACTIVITIES, type Builder } from './mention-kit.js';
import { tokAt, wordAt, type Tok } from './tokens.js';
import { STATE_FORMS, titleAt } from './runs.js';
import { ROTATION_SIDES } from './names.js';
import { absoluteWith, betweenAfter, delegationsAfter, DISCUSSIONS, REPORTING_VERBS } from './clauses.js';
import { getLexicon, type Lexicon } from './lexicon.js';
import { wordClass } from './word-classes.js';
import { wordTable } from './word-table.js';
import { PROVIDES } from './cues.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);
const STOP = new Set([',', ';', '.', ':', '(', ')', '"', '“', '”', '—', '–', 'which', 'that', 'who', 'whom', 'where', 'when', 'while', 'took', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'held', 'began', 'opened', 'ended', 'be', 'been', 'said', 'on', 'at', 'in', 'during', 'after', 'before', 'with', 'by', 'from', 'since', 'as']);
/** A measure written as one token before a noun ("87-metre", "3,000-tonne"). */
/** A ship class named for its first ship ("Halifax-class", "Type-23-class"). */
const SHIP_CLASS = /^\p{Lu}[\p{L}\d-]*-class$/u;
const MEASURE = /^\d[\d,.]*-\p{L}+$/u;
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'next', 'latest', 'final', 'last', 'new']);
const NEVER_EVENT = new Set(['talks', 'negotiations', 'consultations', 'visit', 'tour', 'war']);
/** Heads that name an event only with a venue and parties: "two days of talks in Cairo between A and B". */
const QUANTIFIERS = new Set(['dozen', 'dozens', 'several', 'many', 'numerous', 'some', 'multiple', 'regular', 'annual', 'frequent', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'more', 'other', 'previous', 'past', 'such', 'similar', 'these', 'those', 'all', 'any', 'no']);
const VERB_LIKE = new Set(['held', 'made', 'took', 'gave', 'began', 'saw', 'met', 'led', 'sent', 'won', 'lost', 'set', 'put', 'got', 'brought', 'built', 'kept', 'left', 'ran', 'spent', 'told', 'said', 'signed', 'hold', 'holds', 'make', 'take', 'give', 'sign', 'attend', 'attended', 'host', 'hosted', 'join', 'joined', 'conduct', 'conducted', 'stage', 'staged', 'wrapped', 'up', 'called', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had']);
const GROUP_HEADS = wordTable<NodeType>({ leaders: 'person', ministers: 'person', presidents: 'person', counterparts: 'person', officials: 'person', countries: 'state', sides: 'state', states: 'state', nations: 'state', governments: 'state', neighbours: 'state', neighbors: 'state', men: 'person', women: 'person', officers: 'person', generals: 'person', admirals: 'person', commanders: 'person', chiefs: 'person', armies: 'organization', navies: 'organization', guards: 'organization', ministries: 'organization', operators: 'organization', companies: 'organization', agencies: 'organization', parties: 'organization', ships: 'unit', vessels: 'unit', commands: 'unit', brigades: 'unit', battalions: 'unit', regiments: 'unit', divisions: 'unit', warships: 'unit', frigates: 'unit', corvettes: 'unit', destroyers: 'unit', submarines: 'unit', documents: 'agreement', agreements: 'agreement', accords: 'agreement' });

type Recogniser = (b: Builder, k: number) => number;

function free(b: Builder, k: number): boolean {
  const t = b.toks[k];
  return !!t && b.covered[k] === 0 && t.kind === 'w' && !t.cap;
}

/** "Greek-led", "NATO-led": a capitalised compound of who leads, which modifies the head after it. */
function ledCompound(b: Builder, k: number): boolean {
  const t = b.toks[k]!;
  return b.covered[k] === 0 && t.kind === 'w' && t.lower.endsWith('-led');
}

/** Lower-case modifiers before `k` (adjectives and nouns, no function words). */
function modifiersBefore(b: Builder, k: number, max: number): number {
  let m = k;
  while (m - 1 >= 0 && k - m < max && (free(b, m - 1) || ledCompound(b, m - 1))) {
    const w = b.lowers[m - 1]!;
    // ("the Greek-led exercise": a compound of who leads it modifies the head, unlike other words in -ed.)
    if (DETERMINERS.has(w) || w === "'s" || b.lex.functionWords.has(w) || VERB_LIKE.has(w) || QUANTIFIERS.has(w) || AMOUNT_WORDS.has(w) || (/(?:est|ly|ed)$/.test(w) && !w.endsWith('-led')) || /\d/.test(w) || b.lex.eventBlocked.has(w)) break;
    m--;
  }
  return m;
}

/** End of an "of / on / between ..." complement after `k`, or k + 1 when there is none. */
function dateWord(b: Builder, k: number): boolean {
  const t = b.toks[k];
  // ("the celebration of the 169th National Day", "of the 50th anniversary": an ordinal before a name or an anniversary counts editions, no day.)
  if (t?.kind === 'n' && ORDINAL_FIGURES.test(t.text) && (b.toks[k + 1]?.cap || b.lowers[k + 1] === 'anniversary')) return false;
  return !!t && (t.kind === 'n' || b.lex.monthsOrWeekdays.has(t.lower) || ['today', 'yesterday', 'tomorrow', 'monday', 'friday'].includes(t.lower));
}

/** An ordinal in figures ("169th", "50th"). */
const ORDINAL_FIGURES = /^\d+(?:st|nd|rd|th)$/;

/** A name found earlier that starts at token `k` and spans more than one token. */
function nameAt(b: Builder, k: number): Mention | undefined {
  for (const m of b.mentions) if (m.i === k && m.j > k + 1 && m.via === 'name') return m;
  return undefined;
}

const PARTICIPLE_PREPS = new Set(['in', 'by', 'at', 'on', 'last', 'this', 'earlier', 'with']);

/** Nouns of "on the sidelines / margins of X", an adverbial of place. */
const SIDELINES = new Set(['sidelines', 'margins', 'margin', 'sideline']);

/** Auxiliaries and verbs that open a second predicate after "and" ("... and did not attend", "and was"). */
const AND_VERBS = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'said', 'says']);

/** Words a describing present participle takes right after it ("providing for", "allowing the", "setting up"). */
const ING_OBJECTS = new Set(['for', 'the', 'a', 'an', 'up', 'out', 'to', 'that', 'its', 'their']);

/** Where something is said after "on" ("on social media", "on television"). */
const MEDIA = new Set(['social media', 'television', 'radio', 'twitter', 'facebook', 'instagram', 'telegram', 'x', 'tv', 'state television', 'national television', 'state radio', 'national radio']);

function complementAfter(b: Builder, k: number, preps: readonly string[]): number {
  if (!preps.includes(b.lowers[k + 1] ?? '')) return k + 1;
  if (dateWord(b, k + 2) || (b.lowers[k + 2] === 'the' && dateWord(b, k + 3))) return k + 1;
  // ("signed a memorandum on the sidelines of the summit": where it was signed, not what it is about.)
  if (b.lowers[k + 2] === 'the' && SIDELINES.has(b.lowers[k + 3] ?? '')) return k + 1;
  // ("praised the pact on social media", "announced the deal on television": where it was said, not what it is about.)
  if (b.lowers[k + 1] === 'on' && (MEDIA.has(b.lowers[k + 2] ?? '') || MEDIA.has(`${b.lowers[k + 2]} ${b.lowers[k + 3]}`))) return k + 1;
  let e = k + 2;
  while (e < b.toks.length && e - k < 16) {
    const t = b.toks[e]!;
    // "the closing ceremony of the Golden Dragon 2027 joint military exercise between A and B": a named
    // event closes the complement, and a year inside it is no date.
    // "the third session of the Mali-Guinea Joint Commission on Defence and Security": a name goes in whole.
    const named = nameAt(b, e);
    if (named) {
      e = named.j;
      if (named.type === 'event') break;
      // ("the exercise of the Collective Rapid Reaction Forces of the CSTO opens on Monday": a verb after the name ends it.)
      const after = b.toks[e];
      if (after && after.kind === 'w' && !after.cap && !b.lex.functionWords.has(after.lower) && after.lower !== 'joint') break;
      continue;
    }
    // ("an agreement on cooperation in combating terrorism": "in" before a gerund goes on with what it is about.)
    const inGerund = t.lower === 'in' && e > k + 2 && /\p{L}{3}ing$/u.test(b.lowers[e + 1] ?? '') && !b.toks[e + 1]!.cap;
    if ((STOP.has(t.lower) && !inGerund) || (t.kind === 'p' && t.text !== '-' && t.text !== "'") || dateWord(b, e)) break;
    // ("a meeting of EU defence ministers and did not attend": a verb after "and" opens another predicate.)
    if (t.lower === 'and' && (/ed$/.test(b.lowers[e + 1] ?? '') || AND_VERBS.has(b.lowers[e + 1] ?? ''))) break;
    // ("an agreement on exchange and cooperation between the WPK and the LPRP": the parties after what it is about are not its name.)
    if (t.lower === 'between' && e > k + 2 && preps.includes('between')) break;
    // "a memorandum of understanding signed in Cotonou": a participle and its phrase describe the thing, they do not name it.
    if (e > k + 2 && t.kind === 'w' && !t.cap && /ed$/.test(t.lower) && PARTICIPLE_PREPS.has(b.lowers[e + 1] ?? '')) break;
    // ("an accord on border cooperation providing for joint patrols": nor does a present participle after a noun.)
    if (e > k + 2 && t.kind === 'w' && !t.cap && /\p{L}{3}ing$/u.test(t.lower) && !b.lex.functionWords.has(b.lowers[e - 1]!) && ING_OBJECTS.has(b.lowers[e + 1] ?? '')) break;
    e++;
  }
  // "a plan of bilateral military cooperation for 2027": no preposition left dangling before the date.
  while (e > k + 2 && b.lex.functionWords.has(b.lowers[e - 1]!)) e--;
  return e > k + 2 ? e : k + 1;
}

function phraseMention(b: Builder, m: number, k: number, e: number, type: NodeType, head: string, definite: boolean): Mention | undefined {
  const core = normAlias(spanText(b, m, e));
  const aliases = [spanText(b, m, k + 1), head];
  if (e > k + 1) aliases.push(spanText(b, k, e));
  return addMention(b, m, e, type, definite ? 'definite' : 'phrase', { head, core, aliases });
}

const HYPOTHETICAL = new Set(['separate', 'possible', 'potential', 'future', 'eventual', 'hypothetical', 'broader', 'wider', 'any', 'such']);
const e0 = (_b: Builder, k: number): number => k + 1;

const JOINT_TEXTS = new Set(['statement', 'communique', 'communiqué']);
const SIGNING = new Set(['signed', 'sign', 'signs', 'signing', 'inked', 'concluded', 'ratified']);

/** Texts that are agreements only when signed ("a plan", "a programme", "a roadmap"). */
export const SIGNED_TEXTS: ReadonlySet<string> = new Set(['plan', 'programme', 'program', 'roadmap']);

/** "a contract that Beijing and Islamabad signed": a relative clause right after `k` whose verb (within eight words) is "signed". */
function signedInRelative(b: Builder, k: number): boolean {
  let p = k + 1;
  if (b.lowers[p] === ',') p++;
  if (b.lowers[p] !== 'that' && b.lowers[p] !== 'which') return false;
  for (let q = p + 1; q < Math.min(b.toks.length, p + 9); q++) {
    if (b.lowers[q] === 'signed') return true;
    if (b.toks[q]!.kind === 'p') return false;
  }
  return false;
}

/** "a plan of bilateral military cooperation for 2029 was signed by": "was signed" within the next words of the phrase. */
function signedLater(b: Builder, k: number): boolean {
  if (b.lowers[k - 1] !== 'a' && b.lowers[k - 1] !== 'the') return false;
  for (let p = k + 1; p < Math.min(b.toks.length - 1, k + 10); p++) {
    if (b.toks[p]!.kind === 'p') return false;
    if ((b.lowers[p] === 'was' || b.lowers[p] === 'were') && b.lowers[p + 1] === 'signed') return true;
  }
  return false;
}

/** Verbs of being present at a signing ("witnessed the signing of", "hosted the signing of"). */
const PRESENT_AT = new Set(['witnessed', 'attended', 'hosted', 'witness', 'attend', 'host']);

/** An agreement word at `p` or after at most three lower-case modifiers from `p` on ("a defence cooperation agreement"). */
function agreementWordFrom(b: Builder, p: number): boolean {
  for (let q = p; q < Math.min(b.toks.length, p + 4); q++) {
    if (b.lex.agreementLower.has(b.lowers[q]!)) return true;
    if (b.toks[q]!.kind !== 'w' || b.toks[q]!.cap || b.lex.functionWords.has(b.lowers[q]!)) return false;
  }
  return false;
}

/** A signing verb and an article shortly before `k`, with only lower-case modifiers between. */
function signedJustBefore(b: Builder, k: number): boolean {
  for (let p = k - 1; p >= Math.max(0, k - 5); p--) {
    const w = b.lowers[p]!;
    if ((w === 'a' || w === 'an' || w === 'the') && SIGNING.has(wordAt(b.lowers, p - 1) ?? '')) return true;
    // ("signed the 2055 cooperation plan": the year a plan is for may open it.)
    // ("signed the Armenian-Greek military cooperation plan": a compound of the two sides may open it.)
    const sides = b.toks[p]!.cap && b.toks[p]!.kind === 'w' && b.covered[p] === 0 && b.toks[p]!.text.includes('-');
    if (!free(b, p) && !sides && !(YEAR_NUMBER.test(w) && (b.lowers[p - 1] === 'the' || b.lowers[p - 1] === 'a'))) return false;
  }
  return false;
}

/** A year written in figures ("the 2055 cooperation plan"). */
const YEAR_NUMBER = /^(?:19|20)\d\d$/;

/** Words of an amount of money or a duration ("9 trillion-won (US$6.5 billion)", "a $2 billion, 10-year"). */
// ("a Dh1.4 billion contract", "RM2.1 billion": a currency's letters before the figure.)
const AMOUNT = /^(?:[\d.,]+|[a-z]{1,3}\d[\d.,]*|(?:us|a|c|nz|hk)?\$[\d.,]*|€[\d.,]*|[\w.]+-(?:won|dollar|euro|yuan|yen|rupee|pound|ruble|rouble|year|month|day)|us|billion|million|trillion|thousand|bn|mn|[()$€,.])$/;

/** "signed a 9 trillion-won (US$6.5 billion) contract": a signing verb and an article before an amount before `k`. */
function signedAmountBefore(b: Builder, k: number): boolean {
  let p = k - 1;
  while (p > Math.max(0, k - 11) && AMOUNT.test(b.lowers[p]!)) p--;
  return p < k - 1 && (wordAt(b.lowers, p) === 'a' || wordAt(b.lowers, p) === 'an') && SIGNING.has(wordAt(b.lowers, p - 1) ?? '');
}

const agreement: Recogniser = (b, k) => {
  const w = b.lowers[k]!;
  // "a joint statement", "the joint communique": a text both sides adopt.
  // Only "a joint statement": "the joint statement" refers back to a text not named as an agreement.
  const joint = JOINT_TEXTS.has(w) && b.lowers[k - 1] === 'joint' && (b.lowers[k - 2] === 'a' || b.lowers[k - 2] === 'new');
  // "signed a plan of bilateral military cooperation", "signed a joint action programme": what is signed is an agreement.
  // "the 20-year cooperation plan signed by Tehran and Caracas": or a participle after it.
  const signedPlan = SIGNED_TEXTS.has(w) && (signedJustBefore(b, k) || (b.lowers[k + 1] === 'signed' && ['by', 'in', 'on', 'last', 'at'].includes(b.lowers[k + 2] ?? '')) || signedLater(b, k));
  if (w === 'letter') return letterOfIntent(b, k);
  // "The text was signed in the dam's control room by A and B": the text signed is the agreement named before.
  if (w === 'text') return b.lowers[k - 1] === 'the' && free(b, k) && (b.lowers[k + 1] === 'was' || b.lowers[k + 1] === 'were') && b.lowers[k + 2] === 'signed' ? (definite(b, k, 'agreement', 'text'), k + 1) : k;
  // "criticised the programme": a signed plan or programme named before (resolved only to one of that kind).
  if (SIGNED_TEXTS.has(w) && b.lowers[k - 1] === 'the' && free(b, k) && !b.toks[k + 1]?.cap && b.lowers[k + 1] !== 'of' && b.lowers[k + 1] !== 'to' && b.lowers[k + 1] !== 'for') return (definite(b, k, 'agreement', w), k + 1);
  if (!free(b, k) || (!b.lex.agreementLower.has(w) && w !== 'document' && !joint && !signedPlan)) return k;
  if (w === 'document') return DETERMINERS.has(b.lowers[k - 1] ?? '') && b.lowers[k - 1] !== 'a' ? (definite(b, k, 'agreement', 'document'), k + 1) : k;
  let m = modifiersBefore(b, k, 4);
  // "a trade and energy accord"
  if (m < k && b.lowers[m - 1] === 'and') {
    const m2 = modifiersBefore(b, m - 1, 2);
    if (m2 < m - 1) m = m2;
  }
  // "a status of forces agreement" (SOFA): the name's own "of".
  if (m === k - 1 && b.lowers[m] === 'forces' && b.lowers[m - 1] === 'of' && b.lowers[m - 2] === 'status' && free(b, m - 2)) m -= 2;
  for (let q = m; q < k; q++) if (HYPOTHETICAL.has(b.lowers[q]!)) return e0(b, k);
  while (m < k && b.lex.agreementBlocked.has(b.lowers[m]!)) m++;
  // ("a memorandum of understanding (MoU) on defence industry cooperation", "the memorandum of understanding on defence
  // cooperation that ...": what a memorandum of understanding is about, past its own "of" and its acronym in brackets.)
  const understanding = w === 'memorandum' && b.lowers[k + 1] === 'of' && b.lowers[k + 2] === 'understanding' ? mouComplement(b, k + 2) : undefined;
  if (understanding) {
    const mention = phraseMention(b, m, k, understanding.e, 'agreement', w, false);
    if (mention) mention.aliases.push(spanText(b, m, k + 3));
    if (mention && understanding.bracket > 0) {
      mention.label = `${spanText(b, m, understanding.bracket)} ${spanText(b, understanding.bracket + 3, understanding.e)}`;
      mention.aliases.push(mention.label, b.toks[understanding.bracket + 1]!.text);
    }
    return understanding.e;
  }
  const e = complementAfter(b, k, w === 'memorandum' || signedPlan ? ['on', 'of', 'between'] : ['on', 'between', 'for', 'to']);
  // ("She also objected to the Chilean agreement": a state's demonym before a definite agreement tells which one, the
  // agreement is what is meant.)
  const demonym = m === k && e === k + 1 && b.lowers[k - 2] === 'the' ? b.mentions.find((x) => x.i === k - 1 && x.j === k && x.demonym) : undefined;
  if (demonym) {
    demonym.nested = true;
    definite(b, k, 'agreement', w);
    return k + 1;
  }
  if (m === k && e === k + 1) {
    if (['the', 'this', 'that'].includes(b.lowers[k - 1] ?? '') || /est$/.test(b.lowers[k - 1] ?? '') || b.lowers[k - 1] === 'new') definite(b, k, 'agreement', w);
    // "Latvia and Denmark signed an agreement on Monday": what was signed is an agreement, named or not.
    // ("follows a memorandum signed by X": so is one a participle says was signed.)
    // ("under a contract that Beijing and Islamabad signed in 2015": or a relative clause.)
    else if ((b.lowers[k - 1] === 'an' || b.lowers[k - 1] === 'a') && (SIGNING.has(b.lowers[k - 2] ?? '') || b.lowers[k + 1] === 'signed' || signedInRelative(b, k))) phraseMention(b, k, k, k + 1, 'agreement', w, false);
    // "signed a 9 trillion-won (US$6.5 billion) contract": an amount may stand between the article and the head.
    else if (signedAmountBefore(b, k)) phraseMention(b, k, k, k + 1, 'agreement', w, false);
    return k + 1;
  }
  const mention = phraseMention(b, m, k, e, 'agreement', w, false);
  if (mention) mention.aliases.push(...agreementVariants(b, m, k, e));
  return e;
};

/** After "understanding" at `u`: the end of what the memorandum is about (past an acronym in brackets at `bracket`), if named. */
function mouComplement(b: Builder, u: number): { e: number; bracket: number } | undefined {
  const bracket = b.toks[u + 1]?.text === '(' && b.toks[u + 2]?.cap && b.toks[u + 3]?.text === ')' ? u + 1 : -1;
  const at = bracket > 0 ? u + 3 : u;
  const e = complementAfter(b, at, ['on', 'between', 'for', 'to']);
  return e > at + 1 ? { e, bracket } : undefined;
}

/** "signed a letter of intent on the joint purchase of radars": a letter of intent is an agreement, named by its "on" phrase. */
function letterOfIntent(b: Builder, k: number): number {
  if (b.lowers[k + 1] !== 'of' || b.lowers[k + 2] !== 'intent' || !free(b, k) || !free(b, k + 2)) return k;
  const e = complementAfter(b, k + 2, ['on', 'between', 'for', 'to']);
  const prev = b.lowers[k - 1] ?? '';
  // ("the letter of intent" refers back to one named before.)
  if (e === k + 3 && (prev === 'the' || prev === 'this')) addMention(b, k, e, 'agreement', 'definite', { head: 'letter of intent' });
  else if (prev === 'a' || prev === 'an' || SIGNING.has(prev) || e > k + 3) {
    addMention(b, k, e, 'agreement', 'phrase', { head: 'letter of intent', core: normAlias(spanText(b, k, e)), aliases: [spanText(b, k, k + 3), spanText(b, k, e)] });
  }
  return e;
}

function agreementVariants(b: Builder, m: number, k: number, e: number): string[] {
  const out: string[] = [];
  const head = b.toks[k]!.text;
  const head1 = head.charAt(0).toUpperCase() + head.slice(1);
  if (m < k && e === k + 1) out.push(`${head1} on ${spanText(b, m, k)}`);
  if (e > k + 1) out.push(`${head1} ${spanText(b, k + 1, e)}`);
  return out;
}

function definite(b: Builder, k: number, type: NodeType, head: string): void {
  addMention(b, k, k + 1, type, 'definite', { head });
}

/** "were attended", "were also attended" from token `p`. */
function attendedNext(lowers: readonly string[], p: number): boolean {
  // ("The talks, attended by A and B, focused on": a reduced relative of attending.)
  if (lowers[p] === ',' && (lowers[p + 1] === 'attended' || (lowers[p + 1] === 'also' && lowers[p + 2] === 'attended'))) return true;
  // ("The talks, held on Saturday at the CGA headquarters in Taipei, were also attended by": past a participle clause.)
  if (lowers[p] === ',' && (lowers[p + 1] === 'held' || lowers[p + 1] === 'which')) {
    let q = p + 2;
    while (q < p + 20 && q < lowers.length && lowers[q] !== ',') q++;
    if (lowers[q] === ',') p = q + 1;
  }
  if (lowers[p] !== 'were' && lowers[p] !== 'was' && lowers[p] !== 'are' && lowers[p] !== 'is') return false;
  const q = lowers[p + 1] === 'also' ? p + 2 : p + 1;
  // ("the talks are chaired jointly by A and B": so are talks someone chairs.)
  // ("The talks were led by A and his counterpart, B": or leads.)
  return lowers[q] === 'attended' || ((lowers[q] === 'chaired' || lowers[q] === 'co-chaired' || lowers[q] === 'led') && (lowers[q + 1] === 'by' || lowers[q + 2] === 'by'));
}

/** ", held at X", ", held on Monday in X" from token `p`: a participle telling where a gathering took place. */
export function heldAtNext(toks: readonly Tok[], p: number): boolean {
  if (toks[p]?.lower !== ',' || toks[p + 1]?.lower !== 'held') return false;
  for (let q = p + 2; q < p + 6 && q < toks.length; q++) if (toks[q]!.lower === 'at' || toks[q]!.lower === 'in') return true;
  return false;
}

const PERIODS = new Set(['year', 'month', 'week']);

/** Verbs of hosting ("hosted X for talks", "an exercise hosted by Y"). */
export const HOSTING: ReadonlySet<string> = new Set(['hosted', 'hosts', 'hosting']);

/** Verbs that open or resume talks ("opened talks on X"). */
const OPENING_VERBS = new Set(['opened', 'began', 'resumed', 'launched', 'open', 'begin', 'resume']);

/** Nouns after an event word that make the phrase a place ("the parade ground", "the exercise area"). */
/** Lower-case words (up to eight, "and" among them) before an event head at `k` open with ", a" right after a named event. */
function longDescriptionOfEvent(b: Builder, k: number): boolean {
  let p = k - 1;
  while (p > k - 9 && p > 1 && !b.toks[p]!.cap && b.toks[p]!.kind !== 'p' && b.lowers[p] !== 'a' && b.lowers[p] !== 'an') p--;
  if ((b.lowers[p] !== 'a' && b.lowers[p] !== 'an') || b.toks[p - 1]?.text !== ',') return false;
  return b.mentions.some((x) => x.j === p - 1 && x.type === 'event');
}

/** "one of the (its, their) ..." or "among the ..." ending right before the phrase opening at `m`. */
function oneOfKind(b: Builder, m: number): boolean {
  // (Past lower-case words the phrase left out: "one of the largest exercises".)
  const from = m;
  while (m > 1 && m > from - 3 && b.toks[m - 1]!.kind === 'w' && !b.toks[m - 1]!.cap && !['the', 'its', 'their'].includes(b.lowers[m - 1]!)) m--;
  const det = wordAt(b.lowers, m - 1) ?? '';
  if (det !== 'the' && det !== 'its' && det !== 'their') return false;
  return (wordAt(b.lowers, m - 2) === 'of' && wordAt(b.lowers, m - 3) === 'one') || wordAt(b.lowers, m - 2) === 'among';
}

/** Event heads that name an event only after "a" ("a two-day naval drill"). */
const SINGLE_DRILLS = new Set(['drill']);

const EVENT_GROUNDS = new Set(['ground', 'grounds', 'square', 'area', 'field', 'range', 'site', 'venue', 'hall']);

/** Forms of "provide" before "for" and an agreement's terms ("which provides for joint exercises"). */
const PROVIDES_FOR = new Set([...PROVIDES, 'provide', 'envisages', 'envisaging', 'envisions']);

/** An event head at `k` is among the terms an agreement provides for ("provides for joint exercises", "envisages regular drills"). */
function termsBefore(b: Builder, k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
    const w = b.lowers[q]!;
    if (w === 'for' && PROVIDES_FOR.has(b.lowers[q - 1] ?? '')) return true;
    if (PROVIDES_FOR.has(w) && w.startsWith('envis')) return true;
    if (b.toks[q]!.kind !== 'w' || b.toks[q]!.cap) return false;
  }
  return false;
}

const event: Recogniser = (b, k) => {
  const w = b.lowers[k]!;
  // "Talks between A and B took place ...": a discussion may open the sentence.
  if (k === 0 && DISCUSSIONS.has(w) && b.covered[0] === 0 && heldBetween(b, k)) return discussion(b, k);
  if (!free(b, k)) return k;
  // ("joined a CTF 152 patrol in the central Arabian Gulf", "a NATO patrol": a force's patrol joined is an event, the
  // force's name opening its words; "the offshore patrol vessel" only describes a ship.)
  if (w === 'patrol') {
    const force = b.mentions.find((m) => m.j === k && (m.type === 'unit' || m.type === 'organization') && !m.nested);
    const next = b.toks[k + 1];
    // (Only one joined or conducted: "ambushed a Tunisian army patrol" is an attack on troops, "help the Coast Guard
    // patrol the waters" a verb.)
    const joined = PATROL_VERBS.has(b.lowers[force ? force.i - 2 : -1] ?? '');
    if (force && joined && (b.lowers[force.i - 1] === 'a' || b.lowers[force.i - 1] === 'the') && !(next?.kind === 'w' && !b.lex.functionWords.has(next.lower))) {
      phraseMention(b, force.i, k, k + 1, 'event', w, false);
      return k + 1;
    }
  }
  // ("opened the X Centre at Y. Attending the opening were A and B": an opening some attended is a gathering.)
  if (w === 'opening' && b.lowers[k - 1] === 'the' && (b.lowers[k - 2] === 'attending' || (b.lowers[k - 2] === 'at' && b.lowers[k - 3] === 'present')) && k <= 4) return (definite(b, k, 'event', w), k + 1);
  // ("The activity, which began on Saturday, also involves X": the activity an acronym spelled before.)
  if (!b.lex.eventHeads.has(w)) return (wordAt(b.lowers, k - 1) === 'the' || wordAt(b.lowers, k - 1) === 'this') && b.known.spelledActivity(w) ? (definite(b, k, 'event', w), k + 1) : k;
  // "The talks were also attended by X": talks someone attends are an event (the talks named before, or new).
  // ("Also present at the talks were A and B": so are talks someone was present at.)
  // ("The talks, held at the ministry's headquarters in Kuwait City, dealt with": or talks whose venue is told.)
  if (NEVER_EVENT.has(w) && DISCUSSIONS.has(w) && wordAt(b.lowers, k - 1) === 'the' && (attendedNext(b.lowers, k + 1) || heldAtNext(b.toks, k + 1) || (wordAt(b.lowers, k - 2) === 'at' && wordAt(b.lowers, k - 3) === 'present'))) return (definite(b, k, 'event', w), k + 1);
  // ("the two ministers held talks that were also attended by X": talks a relative clause says someone attended.)
  // ("held talks in Brasília that were also attended by X": past where.)
  let rel = k + 1;
  if (b.lowers[rel] === 'in' && b.toks[rel + 1]?.cap) for (rel += 1; rel < k + 5 && b.toks[rel]?.cap && b.toks[rel]!.kind === 'w'; rel++);
  if (NEVER_EVENT.has(w) && DISCUSSIONS.has(w) && (b.lowers[rel] === 'that' || b.lowers[rel] === 'which') && attendedNext(b.lowers, rel + 1)) {
    phraseMention(b, k, k, k + 1, 'event', w, false);
    return k + 1;
  }
  // ("Taking part in the extended-format talks were A and B": talks someone took part in, a describing word between.)
  const the = wordAt(b.lowers, k - 1) === 'the' ? k - 1 : wordAt(b.lowers, k - 2) === 'the' && free(b, k - 1) ? k - 2 : -1;
  if (NEVER_EVENT.has(w) && DISCUSSIONS.has(w) && the > 1 && wordAt(b.lowers, the - 1) === 'in' && wordAt(b.lowers, the - 2) === 'part' && the - 2 <= 1) return (definite(b, k, 'event', w), k + 1);
  // ("held talks on Thursday, with X and Y also taking part": so are talks others took part in.)
  if (NEVER_EVENT.has(w) && DISCUSSIONS.has(w) && b.lowers.some((x, p) => p > k && x === 'with' && absoluteWith(b.toks, p) > 0)) return (definite(b, k, 'event', w), k + 1);
  // ("Delegations from Sudan and South Sudan opened talks on the final status of Abyei": talks someone opens are an event.)
  if (NEVER_EVENT.has(w) && DISCUSSIONS.has(w) && OPENING_VERBS.has(wordAt(b.lowers, k - 1) ?? '')) {
    const e = complementAfter(b, k, ['on']);
    phraseMention(b, k, k, e, 'event', w, false);
    return e;
  }
  // ("X hosted his French and German counterparts, A and B, for talks in the Weimar Triangle format": talks someone is
  // hosted for are an event.)
  if (NEVER_EVENT.has(w) && DISCUSSIONS.has(w) && wordAt(b.lowers, k - 1) === 'for' && b.lowers.some((x, p) => p < k && HOSTING.has(x))) {
    const e = complementAfter(b, k, ['in', 'on']);
    phraseMention(b, k, k, e, 'event', w, false);
    return e;
  }
  if (NEVER_EVENT.has(w)) return DISCUSSIONS.has(w) && heldBetween(b, k) ? discussion(b, k) : k;
  if (b.lex.eventBlocked.has(b.lowers[k - 1] ?? '')) return k + 1;
  // ("the programme, which provides for joint exercises": what an agreement provides for is its terms, no event held.)
  if (termsBefore(b, k)) return k + 1;
  // "on the parade ground", "the exercise area": an event word naming a place.
  if (EVENT_GROUNDS.has(b.lowers[k + 1] ?? '')) return k + 1;
  // "took part in last year's drills": an earlier edition, not the event of the dispatch.
  if (b.lowers[k - 1] === "'s" && PERIODS.has(b.lowers[k - 2] ?? '') && (b.lowers[k - 3] === 'last' || b.lowers[k - 3] === 'previous')) return k + 1;
  // "the signing ceremony": the next event head owns the phrase.
  if (b.lex.eventHeads.has(b.lowers[k + 1] ?? '') && free(b, k + 1)) return k;
  // ("signed the handover protocol": so does an agreement's head right after it.)
  if (b.lex.agreementLower.has(b.lowers[k + 1] ?? '') && free(b, k + 1)) return k + 1;
  // "witnessed the signing of a memorandum between A, B and C": what was signed is the thing named, not an event.
  // ("the signing of the Luanda Agreement by A and B": so is a named one.)
  // ("the signing of a defence cooperation agreement by A and B": past lower-case modifiers too.)
  if (w === 'signing' && b.lowers[k + 1] === 'of' && ['a', 'an', 'the'].includes(b.lowers[k + 2] ?? '') && (agreementWordFrom(b, k + 3) || b.mentions.some((x) => x.i === k + 3 && x.type === 'agreement'))) {
    // ("They then witnessed the signing of ...": the signing itself is a gathering those present attend.)
    if (b.lowers[k - 1] === 'the' && PRESENT_AT.has(b.lowers[k - 2] ?? '')) phraseMention(b, k, k, k + 1, 'event', w, false);
    return k + 1;
  }
  // ("At the same ceremony, X decorated Y": the gathering named before.)
  if (b.lowers[k - 1] === 'same' && b.lowers[k - 2] === 'the' && free(b, k - 1)) return (addMention(b, k - 1, k + 1, 'event', 'definite', { head: w }), k + 1);
  let m = modifiersBefore(b, k, 3);
  // ("at a change of command ceremony", "a transfer of authority parade": a compound with its own "of" describes the head.)
  if (m < k && b.lowers[m - 1] === 'of' && CHANGE_WORDS.has(b.lowers[m - 2] ?? '') && free(b, m - 2)) m -= 2;
  const e = complementAfter(b, k, ['of']);
  // "the second round of the strategic dialogue"
  let round = false;
  const d = b.lowers[m - 1] === 'the' ? m - 1 : m;
  if (wordAt(b.lowers, d - 1) === 'of' && wordAt(b.lowers, d - 2) === 'round' && (ORDINAL_WORDS.has(wordAt(b.lowers, d - 3) ?? '') || /^\d+(st|nd|rd|th)$/.test(wordAt(b.lowers, d - 3) ?? ''))) {
    m = d - 3;
    round = true;
  }
  const bare = m === k && e === k + 1;
  // ("a force that can lead an exercise like this": an event of a kind, no event held.)
  if (bare && (b.lowers[k - 1] === 'a' || b.lowers[k - 1] === 'an') && b.lowers[k + 1] === 'like' && DEMONSTRATIVES.has(b.lowers[k + 2] ?? '')) return k + 1;
  // "witnessed the signing", "the talks": a definite bare head refers back to an event already named (never starts one).
  if (bare && b.lex.eventNeverAlone.has(w)) {
    if (b.lowers[k - 1] === 'the' || b.lowers[k - 1] === 'this') definite(b, k, 'event', w);
    // ("convened the National Security Council for a meeting attended by A and B": a gathering someone attends is one.)
    else if ((b.lowers[k - 1] === 'a' || b.lowers[k - 1] === 'an') && b.lowers[k + 1] === 'attended' && b.lowers[k + 2] === 'by') phraseMention(b, k, k, k + 1, 'event', w, false);
    return k + 1;
  }
  // "a meeting of the government" is no named gathering; "a meeting of foreign ministers of the SCO" is.
  if (b.lex.eventNeverAlone.has(w) && m === k && !round && !b.toks.slice(k + 1, e).some((t) => t.cap)) return e;
  // ("the 15-day drill, which ends with a maritime phase": a length in figures refers back too.)
  if (bare && SINGLE_DRILLS.has(w) && wordAt(b.lowers, k - 2) === 'the' && b.toks[k - 1]?.kind === 'n' && LASTING.test(b.lowers[k - 1]!)) {
    phraseMention(b, k - 1, k, e, 'event', w, false);
    return e;
  }
  // "the 24th session of the Joint Permanent Commission": a numbered gathering is one (a count, "three meetings", is not).
  if (!round && b.toks[m - 1]?.kind === 'n' && /^\d+(?:st|nd|rd|th)$/.test(b.lowers[m - 1]!) && b.lowers[m - 2] === 'the' && e > k + 1) m--;
  // "the annual conference of the PICP": one edition of a yearly gathering (not "annual meetings").
  if (wordAt(b.lowers, m - 1) === 'annual' && (wordAt(b.lowers, m - 2) === 'the' || wordAt(b.lowers, m - 2) === 'this') && !w.endsWith('s')) m--;
  // ("is one of the longest-running bilateral exercises of the SAF": one of a kind is no event named.)
  else if (w.endsWith('s') && oneOfKind(b, m)) return e;
  else if (QUANTIFIERS.has(wordAt(b.lowers, m - 1) ?? '') || QUANTIFIERS.has(wordAt(b.lowers, m - 2) ?? '') || tokAt(b.toks, m - 1)?.kind === 'n') return e;
  // "the Collective Security Treaty Organization (CSTO) exercise Interaction-2028": a body's exercise, past its acronym.
  const bodyBefore = bare && b.toks[k - 1]?.text === ')' && b.toks[k - 3]?.text === '(' && b.mentions.some((x) => x.j === k - 3 && x.type === 'organization');
  if (bare && !bodyBefore && !['the', 'a', 'an', 'this'].includes(b.lowers[k - 1] ?? '')) return k + 1;
  const definiteBare = bare && !bodyBefore && b.lowers[k - 1] !== 'a' && b.lowers[k - 1] !== 'an';
  // "Exercise Sentinel Savanna, a ten-day joint exercise": the description of the event just named.
  const art = b.lowers[m - 1] === 'a' || b.lowers[m - 1] === 'an' ? m - 1 : -1;
  if (art > 0 && b.toks[art - 1]?.text === ',' && b.mentions.some((x) => x.j === art - 1 && x.type === 'event')) return e;
  // ("Delegates to the party's 8th Congress elected X, at the end of a three-day meeting at Y": a gathering's length after
  // "the end of", "after" or "during" tells of the one the sentence named.)
  if (art > 0 && LASTING.test(b.lowers[art + 1] ?? '') && LENGTH_OPENERS.has(b.lowers[art - 1] ?? '') && b.mentions.some((x) => x.j <= art && x.type === 'event' && x.via === 'name')) return e;
  // ("Exercise Calypso Shield, a ten-day regional disaster-response and security exercise": past more modifiers too.)
  if (art < 0 && longDescriptionOfEvent(b, k)) return e;
  // "staged a two-day naval drill near X": one drill is a new event only after "a"; "the drill" refers back to an exercise named before.
  if (SINGLE_DRILLS.has(w) && art < 0) {
    if (definiteBare && b.lowers[k - 1] === 'the') definite(b, k, 'event', w);
    // ("The ten-day drill, which began on June 3," refers back to the exercise too.)
    else if (m === k - 1 && wordAt(b.lowers, k - 2) === 'the' && LASTING.test(b.lowers[k - 1]!)) phraseMention(b, m, k, e, 'event', w, false);
    return e;
  }
  const mention = phraseMention(b, m, k, e, 'event', w, definiteBare);
  if (mention && round) mention.aliases.push(spanText(b, m + 3, e));
  if (mention && art > 0) mention.aliases.push(...indefiniteNames(b, art, e));
  // ("took part in boarding, search and rescue and pollution control drills": the kinds listed before open the phrase.)
  if (mention && PLURAL_DRILLS.has(w)) {
    const from = drillKindsFrom(b, m);
    if (from < m) mention.lead = from;
  }
  return e;
};

/**
 * What the text calls an event first named with "a" (`art`) and ending before `e`: "a parade", and with the place it
 * was held at when a name follows "in" or "at" ("a parade in Abyei", "a ceremony at the Alfeite naval base"), so that
 * two parades of one dispatch keep names that tell them apart.
 */
function indefiniteNames(b: Builder, art: number, e: number): string[] {
  const names = [spanText(b, art, e)];
  if (b.lowers[e] !== 'in' && b.lowers[e] !== 'at') return names;
  const from = b.lowers[e + 1] === 'the' ? e + 2 : e + 1;
  const where = b.mentions.find((x) => x.i === from && x.via === 'name' && (x.type === 'place' || x.type === 'organization'));
  if (where) names.push(spanText(b, art, where.j));
  return names;
}

/** Verbs (and "in") before a force's patrol that make it one held ("joined a CTF 152 patrol", "took part in a NATO patrol"). */
const PATROL_VERBS = new Set(['joined', 'joins', 'join', 'joining', 'led', 'leads', 'conducted', 'conducts', 'completed', 'began', 'started', 'in']);

/** Demonstratives after "like" that make a kind of what comes before ("an exercise like this"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** A unit's strength written before its noun ("110-strong", "1,200-strong"). */
const STRENGTH = /^\d[\d,]*-strong$/;

/** Words before "a" and a gathering's length that refer back to the gathering ("at the end of a three-day meeting"). */
const LENGTH_OPENERS = new Set(['of', 'after', 'during']);

/** Plural heads of drills that a list of their kinds may open ("boarding, search and rescue and pollution control drills"). */
const PLURAL_DRILLS = new Set(['drills', 'exercises', 'manoeuvres', 'maneuvers']);

/** Where a list of lower-case kinds (commas and "and" among them, up to eight tokens) right after "in" ends at `m`, else `m`. */
function drillKindsFrom(b: Builder, m: number): number {
  let p = m;
  let joined = false;
  while (p > m - 8 && p > 1 && (b.toks[p - 1]!.kind === 'w' || b.toks[p - 1]!.text === ',')) {
    const t = b.toks[p - 1]!;
    if (t.cap || (t.kind === 'w' && b.lex.functionWords.has(t.lower) && t.lower !== 'and') || t.lower === 'in') break;
    if (t.lower === 'and' || t.text === ',') joined = true;
    p--;
  }
  return joined && b.lowers[p - 1] === 'in' && b.lowers[p] !== 'and' && b.toks[p]?.text !== ',' ? p : m;
}

/**
 * "talks in Naypyitaw between A and B", "indirect talks in Muscat late last month between A and
 * B", "talks between A and B": discussions with a "between" naming people (or a venue before
 * it) are a gathering of their own. Bare "held talks with X" stays a meeting, not an event.
 */
function heldBetween(b: Builder, k: number): boolean {
  const p = betweenAfter(b.toks, k + 1);
  if (p < 0) return false;
  let venue = false;
  for (let q = k + 1; q < p; q++) if ((b.lowers[q] === 'in' || b.lowers[q] === 'at') && b.toks[q + 1]?.cap) venue = true;
  const person = b.mentions.some((m) => m.type === 'person' && (m.lead ?? m.i) >= p + 1 && (m.lead ?? m.i) <= p + 2);
  // "between the two leaders", "between the two ministers".
  const people = b.lowers[p + 1] === 'the' && GROUP_NUMBERS[b.lowers[p + 2] ?? ''] !== undefined && GROUP_HEADS[b.lowers[p + 3] ?? ''] === 'person';
  // "between the delegation of the WPK headed by X and ...".
  const delegations = delegationsAfter(b.toks, p);
  return venue || person || people || delegations;
}

function discussion(b: Builder, k: number): number {
  const m = modifiersBefore(b, k, 2);
  if (QUANTIFIERS.has(wordAt(b.lowers, m - 1) ?? '') && wordAt(b.lowers, m - 1) !== 'two') return k + 1;
  for (let q = m; q < k; q++) if (HYPOTHETICAL.has(b.lowers[q]!)) return k + 1;
  phraseMention(b, m, k, k + 1, 'event', b.lowers[k]!, false);
  return k + 1;
}

/** Prepositions before "the West African country" that make it a destination or scene. */
const COUNTRY_PREPS = new Set(['to', 'in', 'into', 'across', 'throughout']);
/** Lower-case words of a country's kind ("the island country", "the landlocked country"). */
const COUNTRY_KINDS = new Set(['island', 'landlocked', 'coastal', 'oil-rich']);

/**
 * "deployed a team of instructors to the West African country": a country named by its region or kind after a
 * preposition is the state named last (resolved in anaphora.ts). Only with a regional or kind word: a bare "the
 * country" is left alone.
 */
const regionCountry: Recogniser = (b, k) => {
  // ("SAPMIL was deployed to the kingdom", "the kingdom's army": a lower-case form of state is a state named before.)
  if (STATE_FORMS.has(b.lowers[k] ?? '') && !b.toks[k]!.cap && wordAt(b.lowers, k - 1) === 'the' && (COUNTRY_PREPS.has(wordAt(b.lowers, k - 2) ?? '') || b.lowers[k + 1] === "'s") && b.lowers[k + 1] !== 'of' && free(b, k)) {
    addMention(b, k - 1, k + 1, 'state', 'pronoun', { head: `the ${b.lowers[k]}` });
    return k + 1;
  }
  if (b.lowers[k] !== 'country' || !free(b, k)) return k;
  const two = b.toks[k - 2]?.cap ? `${b.lowers[k - 2]} ${b.lowers[k - 1]}` : '';
  const q = b.lex.regional.has(two) ? k - 2 : COUNTRY_KINDS.has(b.lowers[k - 1] ?? '') || (b.toks[k - 1]?.cap && b.lex.regional.has(b.lowers[k - 1] ?? '')) ? k - 1 : k;
  if (q === k || b.lowers[q - 1] !== 'the' || !COUNTRY_PREPS.has(b.lowers[q - 2] ?? '')) return k;
  addMention(b, q - 1, k + 1, 'state', 'pronoun', { head: 'the country' });
  return k + 1;
};

/** "his country", "her country": the state of the person last named (resolved in anaphora.ts). */
const ownCountry: Recogniser = (b, k) => {
  const w = b.lowers[k];
  if ((w !== 'his' && w !== 'her' && w !== 'our') || b.lowers[k + 1] !== 'country' || !free(b, k) || !free(b, k + 1)) return k;
  // ("a working visit to our country, ADI learnt": in home copy, "our country" is the dateline's state.)
  addMention(b, k, k + 2, 'state', 'pronoun', { head: w === 'our' ? 'our country' : 'country' });
  return k + 2;
};

/** Styles of address that stand alone for the person they address ("His Majesty thanked India"). */
const STYLES_ALONE = new Set(['majesty', 'highness']);

const pronoun: Recogniser = (b, k) => {
  // "HE Sheikh Saoud": the capitalised honorific is no pronoun.
  // ("The two ministers held a meeting, where they signed X": "they" after a group of people in the sentence.)
  // ("A and B met in X, where they signed Y": or after two people named in the sentence.)
  // ("In April, they took part in X" after "The battalion's soldiers were deployed": or opening a clause, for troops
  // the sentence before opened with; anaphora.ts decides.)
  // ("Soldiers of the X deployed to Y, where they helped Z": or opening a relative clause after a unit's troops.)
  const they = b.lowers[k] === 'they' && (b.mentions.some((x) => x.via === 'group' && x.type === 'person' && x.j <= k) || b.mentions.filter((x) => x.type === 'person' && x.j <= k).length >= 2 || k === 0 || (b.toks[k - 1]?.text === ',' && !b.mentions.some((x) => x.j <= k)) ||
    ((b.lowers[k - 1] === 'where' || b.lowers[k - 1] === 'when') && b.toks[k - 2]?.text === ',' && b.mentions.some((x) => x.type === 'unit' && x.j <= k)));
  if (b.covered[k] || !(b.lex.personPronouns.has(b.lowers[k]!) || they) || b.toks[k]!.upper) return k;
  // ("His Highness Sheikh X": a capitalised form of address is no pronoun either.)
  // ("In his address, His Majesty thanked India": unless it stands alone for the one it addresses.)
  const address = b.toks[k]!.cap ? titleAt(b, k)?.length ?? 0 : 0;
  if (address === 2 && b.toks[k + 1]?.cap && STYLES_ALONE.has(b.lowers[k + 1]!) && !b.toks[k + 2]?.cap) {
    // (Opening the sentence, the style alone was read as a name: "His Majesty thanked India".)
    const named = b.covered[k + 1] ? b.mentions.findIndex((x) => x.i === k + 1 && x.j === k + 2 && x.type === 'person' && x.via === 'name') : -1;
    if (b.covered[k + 1] && named < 0) return k;
    if (named >= 0) b.mentions.splice(named, 1);
    addMention(b, k, k + 2, 'person', 'pronoun', { head: `${b.lowers[k]} ${b.lowers[k + 1]}` });
    return k + 2;
  }
  if (address > 1) return k;
  addMention(b, k, k + 1, 'person', 'pronoun');
  return k + 1;
};

/** "they signed", "they also signed" from token `k` on in the sentence. */
function theySignLater(lowers: readonly string[], k: number): boolean {
  for (let p = k; p + 1 < lowers.length; p++) {
    if (lowers[p] !== 'they') continue;
    const q = BEFORE_SIGNED.has(lowers[p + 1]!) ? p + 2 : p + 1;
    if (lowers[q] === 'signed') return true;
  }
  return false;
}

/** "heads of state", "heads of government" starting at token `k`. */
export function headsOfStateAt(lowers: readonly string[], k: number): boolean {
  return k >= 0 && lowers[k] === 'heads' && lowers[k + 1] === 'of' && (lowers[k + 2] === 'state' || lowers[k + 2] === 'government');
}

/** Words between "the two heads of state" and "signed". */
const BEFORE_SIGNED = new Set(['had', 'have', 'then', 'also', 'jointly']);

/** Verbs after which a bare "the two" is a pair of people ("and the two signed a letter of intent"). */
const PAIR_VERBS = new Set(['signed', 'agreed', 'discussed', 'held', 'met', 'exchanged', 'reviewed', 'witnessed', 'inspected', 'attended', 'visited', 'laid', 'also', 'later', 'then', 'jointly']);

const group: Recogniser = (b, k) => {
  const w = b.lowers[k]!;
  if (w === 'two' && b.lowers[k - 1] === 'the' && PAIR_VERBS.has(b.lowers[k + 1] ?? '') && free(b, k - 1) && free(b, k)) {
    addMention(b, k - 1, k + 1, 'person', 'group', { head: 'two', groupSize: 2 });
    return k + 1;
  }
  // "the two heads of state": the leaders.
  // (Only as signers, "the two heads of state had signed": elsewhere the phrase is often a collective.)
  // ("The two heads of state held talks, after which they signed X": so are they when "they" sign later in the sentence.)
  const heads = headsOfStateAt(b.lowers, k) && (b.lowers[k + 3] === 'signed' || (BEFORE_SIGNED.has(b.lowers[k + 3] ?? '') && b.lowers[k + 4] === 'signed') || theySignLater(b.lowers, k + 3));
  const type = heads ? 'person' : GROUP_HEADS[w];
  // ("the two Heads of State": capitalised as a post.)
  if (!type || !(free(b, k) || (heads && b.covered[k] === 0))) return k;
  // "the two naval chiefs", "the two defence ministers": lower-case modifiers between the number and a head of people.
  let at = k;
  // ("the three military-led states", "the two neighbouring countries": states too.)
  // ("the two coast guards", "the two defence ministries": bodies too.)
  while ((type === 'person' || type === 'state' || type === 'organization') && at > k - 2 && b.toks[at - 1]?.kind === 'w' && !b.toks[at - 1]!.cap && GROUP_NUMBERS[b.lowers[at - 1]!] === undefined && !b.lex.functionWords.has(b.lowers[at - 1]!) && free(b, at - 1)) at--;
  if (GROUP_NUMBERS[b.lowers[at - 1] ?? ''] === undefined) at = k;
  // ("after the three countries' military leaders signed X": the leaders of counted states act for their states.)
  if (type === 'person') {
    const own = statesOwning(b, k);
    if (own) {
      addMention(b, own.from, k + 1, 'state', 'group', { head: own.head, groupSize: own.n });
      return k + 1;
    }
  }
  const prev = b.lowers[at - 1] ?? '';
  const prev2 = wordAt(b.lowers, at - 2);
  const n = GROUP_NUMBERS[prev];
  // "the two leaders", "his two counterparts".
  const counted = n !== undefined && (prev2 === 'the' || prev2 === 'both' || prev2 === 'all' || prev2 === 'his' || prev2 === 'her' || prev2 === 'their');
  // ("The documents were signed by A and B": the agreements just named, signed together.)
  const signedDocuments = type === 'agreement' && (b.lowers[k + 1] === 'were' || b.lowers[k + 1] === 'was') && b.lowers[k + 2] === 'signed';
  if (!(counted || (prev === 'both' && at === k) || (prev === 'the' && at === k && (heads || w === 'leaders' || w === 'ministers' || w === 'sides' || signedDocuments)))) return k;
  if (type === 'agreement' && !signedDocuments && !counted) return k;
  const from = counted ? at - 2 : at - 1;
  const end = heads ? k + 3 : k + 1;
  addMention(b, from, end, type, 'group', { head: heads ? 'leaders' : w, groupSize: n ?? 2 });
  return end;
};

const GROUP_NUMBERS = wordTable<number>({ two: 2, three: 3, four: 4, five: 5, six: 6 });

/**
 * "the three countries' (military) leaders" ending at people head `k`: the counted states' plural possessive, up to two
 * lower-case words before the head; its first token, head and count.
 */
function statesOwning(b: Builder, k: number): { from: number; head: string; n: number } | undefined {
  for (let p = k - 1; p >= k - 3 && p >= 2; p--) {
    const w = b.lowers[p]!;
    if (w.endsWith("'") && w.length > 2) {
      const head = w.slice(0, -1);
      const n = GROUP_NUMBERS[b.lowers[p - 1] ?? ''];
      if (GROUP_HEADS[head] !== 'state' || n === undefined || b.lowers[p - 2] !== 'the' || !free(b, p) || !free(b, p - 1)) return undefined;
      return { from: p - 2, head, n };
    }
    if (b.toks[p]!.kind !== 'w' || b.toks[p]!.cap || !free(b, p)) return undefined;
  }
  return undefined;
}

const neuter: Recogniser = (b, k) => {
  const w = b.lowers[k];
  if ((w !== 'it' && w !== 'its') || b.covered[k]) return k;
  if (w === 'its' && b.toks[k + 1]?.cap) return k + 1;
  addMention(b, k, k + 1, 'organization', 'pronoun', { head: 'it' });
  return k + 1;
};

/** Lower-case words between the article and "delegation" ("a Swedish government delegation", "a high-level military delegation"). */
const DELEGATION_KINDS = new Set(['government', 'governmental', 'military', 'parliamentary', 'official', 'high-level', 'ministerial', 'defence', 'defense', 'business', 'trade']);

/**
 * "Prime Minister X arrived in Vilnius on Tuesday at the head of a Swedish government delegation": the clause's subject,
 * the one person named before "at the head of", leads the delegation (of the state its demonym names).
 */
function headOfDelegation(b: Builder, k: number): void {
  let q = k - 1;
  while (q > 0 && DELEGATION_KINDS.has(b.lowers[q]!)) q--;
  const demonym = b.mentions.find((m) => m.j === q + 1 && m.type === 'state' && m.demonym);
  if (demonym) q = demonym.i - 1;
  if ((b.lowers[q] !== 'a' && b.lowers[q] !== 'an') || b.lowers[q - 1] !== 'of' || b.lowers[q - 2] !== 'head' || b.lowers[q - 3] !== 'the' || b.lowers[q - 4] !== 'at') return;
  const people = b.mentions.filter((m) => m.type === 'person' && m.via === 'name' && !m.nested && m.j <= q - 4);
  if (people.length !== 1) return;
  people[0]!.leadsGroup = demonym?.id ?? -1;
}

/**
 * "a delegation of the LPRP led by X": marks X as the delegation's leader. "The delegation arrived",
 * "the delegation of the LPRP" (no leader named after it): a person anaphor for the leader named before.
 */
/** Verbs of a delegation's moves ("The Vietnamese delegation arrived in X"). */
const DELEGATION_MOVES = new Set(['arrived', 'visited', 'toured', 'travelled', 'traveled', 'left', 'returned', 'flew', 'went']);

const delegation: Recogniser = (b, k) => {
  if (b.lowers[k] !== 'delegation' || !free(b, k)) return k;
  let body: Mention | undefined;
  let e = k + 1;
  // ("A delegation from the Kurdistan Region's Ministry of Peshmerga Affairs (MoPA), headed by": or "from" it.)
  if (b.lowers[e] === 'of' || b.lowers[e] === 'from') {
    body = b.mentions.find((m) => ((m.lead ?? m.i) === e + 1 || m.i === e + 1 || ((m.i === e + 2 || m.lead === e + 2) && b.lowers[e + 1] === 'the')) && (m.type === 'organization' || m.type === 'state') && !m.nested);
    if (!body) return k + 1;
    // ("a delegation of the Georgian Parliament's Defence and Security Committee led by": the possessed body.)
    if (b.lowers[body.j] === "'s") body = b.mentions.find((m) => m.i === body!.j + 1 && m.type === 'organization') ?? body;
    e = body.j;
    // ("a delegation of the Russian Ministry for Civil Defense, Emergencies and Disaster Relief (EMERCOM), headed by":
    // past the body's acronym and a comma.)
    if (b.toks[e]?.text === '(' && b.toks[e + 2]?.text === ')') e += 3;
  }
  if (b.toks[e]?.text === ',' && (b.lowers[e + 1] === 'led' || b.lowers[e + 1] === 'headed')) e++;
  if ((b.lowers[e] === 'led' || b.lowers[e] === 'headed') && b.lowers[e + 1] === 'by') {
    // ("received a Mauritanian delegation led by the Minister of Defence, X": the demonym's state is the one X serves.)
    body ??= b.mentions.find((m) => m.j === k && m.demonym && m.type === 'state' && !m.nested);
    let at = e + 2;
    // ("led by its chairman, X": past the body's post set off before its holder.)
    if (b.lowers[at] === 'its' || b.lowers[at] === 'their') {
      const post = b.lex.titles.match(b.lowers, at + 1);
      if (post && post.value !== 'rank' && b.toks[at + 1 + post.length]?.text === ',') at += 2 + post.length;
    }
    const first = at;
    while (at < first + 4 && b.lex.titles.match(b.lowers, at)?.value === 'rank') at++;
    // ("led by the Deputy Chief of the General Staff ..., General X": a holder whose post, after "the", leads it.)
    let leader = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && ((m.lead ?? m.i) === first || m.i === at || (m.lead === first + 1 && b.lowers[first] === 'the')));
    // ("led by the Chief of the General Staff of the Portuguese Armed Forces, Admiral X": the holder set off after the post.)
    const post = leader ? undefined : b.mentions.find((m) => m.via === 'title' && (m.i === first || (m.i === first + 1 && b.lowers[first] === 'the')));
    // ("led by Deputy Minister of National Defence and Chief of the LPA General Staff, X": or after a second post joined by "and".)
    const end = post && b.lowers[post.j] === 'and' ? b.mentions.find((m) => m.via === 'title' && m.i === post.j + 1)?.j ?? post.j : post?.j ?? -1;
    if (post && b.toks[end]?.text === ',') leader = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) > end && (m.lead ?? m.i) <= end + 4);
    if (leader) leader.leadsGroup = body?.id ?? -1;
    return k + 1;
  }
  // ("X arrived in Vilnius at the head of a Swedish government delegation": the subject leads the state's delegation.)
  if (!body && b.lowers[k - 1] !== 'the') headOfDelegation(b, k);
  // ("The Vietnamese delegation arrived in the Lao capital": a demonym between "the" and "delegation".)
  // (Only as the subject of a move: "The Russian delegation included X" names its members, not its head.)
  const demonym = !body && b.lowers[k - 2] === 'the' && DELEGATION_MOVES.has(b.lowers[k + 1] ?? '') ? b.mentions.find((m) => m.j === k && m.i === k - 1 && m.demonym && !m.nested) : undefined;
  // (The demonym stays a mention of its own: "The Russian delegation included Foreign Minister X" makes X Russia's.)
  if (demonym) {
    addMention(b, k - 2, k + 1, 'person', 'guest', { head: 'delegation' });
    return e;
  }
  if (b.lowers[k - 1] !== 'the') return k + 1;
  addMention(b, k - 1, k + 1, 'person', 'guest', { head: 'delegation', owner: body?.id });
  if (body) body.nested = true;
  return e;
};

/** Common nouns that refer back to a decoration named before ("received the same medal"). */
const AWARD_ANAPHORS = new Set(['medal', 'decoration', 'order']);

/** "The regiment received the same medal on September 13 last year": the award named before. */
const awardAnaphor: Recogniser = (b, k) => {
  if (!AWARD_ANAPHORS.has(b.lowers[k]!) || !free(b, k)) return k;
  const same = b.lowers[k - 1] === 'same' && free(b, k - 1);
  // ("raised to the rank of Officer in the same order": an order only as "the same order"; "the order" may be a command.)
  if (b.lowers[k] === 'order' && !same) return k;
  const from = same ? k - 1 : k;
  if (b.lowers[from - 1] !== 'the' || b.toks[k + 1]?.cap) return k;
  addMention(b, from, k + 1, 'award', 'definite', { head: b.lowers[k]! });
  return k + 1;
};

const guest: Recogniser = (b, k) => {
  // ("after which the guests visited the Alley of Martyrs": the visiting delegation, through its leader.)
  if (b.lowers[k] === 'guests' && free(b, k) && b.lowers[k - 1] === 'the') {
    addMention(b, k - 1, k + 1, 'person', 'guest', { head: 'delegation' });
    return k + 1;
  }
  if (b.lowers[k] !== 'guest' || !free(b, k) || !['his', 'her', 'the', 'their'].includes(b.lowers[k - 1] ?? '')) return k;
  addMention(b, k - 1, k + 1, 'person', 'guest', { head: b.lowers[k - 1] });
  return k + 1;
};

/** Words opening what someone is thanked or praised for ("for his work", "for the arrival"), not a portfolio. */
const REASON_OPENERS = new Set(['his', 'her', 'their', 'its', 'a', 'an', 'what', 'this', 'that']);

/**
 * "praised by the minister for his work", "for the arrival of the vessels": at token `k` after "for", a reason, not
 * a lower-case portfolio ("the minister for foreign affairs", "for the armed forces").
 */
function reasonAfter(b: Builder, k: number): boolean {
  const w = b.lowers[k];
  if (w === undefined) return false;
  if (REASON_OPENERS.has(w) || (w.endsWith('ing') && w.length > 5)) return true;
  const next = b.lowers[k + 1];
  return w === 'the' && next !== undefined && !b.toks[k + 1]!.cap && !b.lex.portfolio.has(next) && b.toks[k + 1]!.kind.startsWith('w');
}

const roleAnaphor: Recogniser = (b, k) => {
  // ("the corps commander told troops": a unit or body word may stand between "the" and the post.)
  const bodyWord = b.lowers[k - 2] === 'the' && free(b, k - 1) && (b.lex.unitHeads.has(b.lowers[k - 1]!) || b.lex.orgHeads.has(b.lowers[k - 1]!)) && postAnaphorAfter(b, k);
  // ("praised the outgoing commander", "The new commander previously served": a side of a change of command.)
  const side = b.lowers[k - 2] === 'the' && HANDOVER_SIDES.has(b.lowers[k - 1] ?? '');
  // ("Speaking at the parade, the RFMF commander praised X": or a body's acronym, whose post it is.)
  // (Not before a preposition, which may lead to the holder set off after it: "the FARDC spokesman in North Kivu, X".)
  const acronym = b.lowers[k - 2] === 'the' && b.toks[k - 1]?.upper && postAnaphorAfter(b, k) && !b.lex.functionWords.has(b.lowers[k + 1] ?? '') ? b.mentions.find((m) => m.i === k - 1 && m.j === k && m.via === 'name' && (m.type === 'organization' || m.type === 'unit')) : undefined;
  if (!free(b, k) || (b.lowers[k - 1] !== 'the' && !bodyWord && !side && !acronym)) return k;
  let t = titleAt(b, k);
  // ("The deputy minister thanked Italy": a demoting word before a post is one post with it.)
  const demoted = t && b.lex.demoting.has(b.lowers.slice(k, k + t.length).join(' ')) ? titleAt(b, k + t.length) : undefined;
  if (t && demoted && demoted.value !== 'rank' && free(b, k + t.length)) t = { length: t.length + demoted.length, value: demoted.value };
  // ("the prime minister": a two-word title, all lower case.)
  // ("The admiral thanked Japan": a one-word rank, when a verb or punctuation follows; not "the general public".)
  // ("The head of state thanked X": a three-word post, "head of state" or "head of government", lower case.)
  const headOf = t?.length === 3 && b.lowers[k] === 'head' && b.lowers[k + 1] === 'of' && !b.toks[k + 2]!.cap;
  // ("received the Medal from the general in the presence of": after "from" or "by", a preposition may follow.)
  const agentRank = (b.lowers[k - 2] === 'from' || b.lowers[k - 2] === 'by') && b.lowers[k - 1] === 'the' && RANK_AGENT_FOLLOWERS.has(b.lowers[k + 1] ?? '');
  if (!t || (t.value === 'rank' && !(t.length === 1 && !bodyWord && (rankAnaphorEnds(b.toks[k + 1]) || agentRank))) || (t.length > (demoted ? 3 : 2) && !headOf) || (t.length === 2 && (b.toks[k + 1]!.cap || !free(b, k + 1)))) return k;
  const e = k + t.length;
  const next = b.toks[e];
  if (next && (next.cap || next.lower === 'of' || (next.lower === 'for' && !reasonAfter(b, e + 1)) || next.lower === "'s")) return k;
  if (acronym) acronym.nested = true;
  addMention(b, bodyWord ? k - 1 : k, e, 'person', 'title', { title: newTitle(spanText(b, k, e), b.lowers.slice(k, e).join(' '), t.value, { affiliation: acronym?.id }) });
  return e;
};

/** Words for a side of a change of command before a post ("the outgoing commander", "the new commander"). */
export const HANDOVER_SIDES = new Set([...ROTATION_SIDES, 'new']);

/** A count of members before a body word ("the 55-member bloc", "the 27-nation union"). */
const MEMBER_COUNT = /^\d+-(?:member|nation|country|state)$/;

/** Body heads "the new X" refers back to when one was just formed ("the new staff", "the new agency"). */
const NEW_BODIES = new Set(['staff', 'command', 'agency', 'committee', 'commission', 'body', 'centre', 'center', 'force']);

/** Unit words that name one formation ("the Liberian brigade"), unlike "the Rwandan contingent" or "the Philippine vessel". */
const FORMATIONS = new Set(['brigade', 'battalion', 'regiment', 'division', 'squadron', 'corps', 'fleet', 'flotilla', 'detachment', 'wing', 'battery']);

/** Two-word unit nouns by their last word: "task force", "battle group". */
const COMPOUND_UNIT_FIRST = new Map([['force', 'task'], ['group', 'battle'], ['region', 'military'], ['district', 'military']]);

/** Settlements a definite noun may refer back to ("the border city", "the town"). */
const SETTLEMENT_NOUNS = new Set(['city', 'town']);
/** Words that may stand between "the" and a settlement noun ("the border city", "the coastal town"). */
const SETTLEMENT_MODIFIERS = new Set(['border', 'coastal', 'port', 'northern', 'southern', 'eastern', 'western', 'frontier', 'garrison', 'desert', 'mountain', 'historic']);

/** "travelled to the border city on Thursday": a definite settlement noun, not followed by a name or "of". */
function settlementAnaphor(b: Builder, k: number): number {
  const w = b.lowers[k]!;
  const before = wordAt(b.lowers, k - 1);
  const s0 = before === 'the' ? k - 1 : SETTLEMENT_MODIFIERS.has(before ?? '') && wordAt(b.lowers, k - 2) === 'the' && free(b, k - 1) ? k - 2 : -1;
  const next = b.toks[k + 1];
  if (s0 < 0 || (next && (next.cap || next.lower === 'of' || next.lower === "'s" || (next.kind === 'w' && !b.lex.functionWords.has(next.lower))))) return k;
  addMention(b, s0 + 1, k + 1, 'place', 'definite', { head: w });
  return k + 1;
}

/** Armed services named by two words, the second their head ("the air force", "the coast guard"): the head of each. */
export const TWO_WORD_SERVICES = new Map([['air force', 'force'], ['coast guard', 'guard'], ['border guard', 'guard'], ['national guard', 'guard'], ['marine corps', 'corps']]);

/** Words after "the admiral" / "the general" that show it stands for a person ("The admiral thanked"). */
const RANK_ANAPHOR_VERBS = new Set(['said', 'says', 'told', 'met', 'is', 'was', 'has', 'had', 'also', 'added', 'who', 'later', 'then']);

/** Token `t` after a lone rank shows the rank stands for a person: punctuation, a past-tense verb or an auxiliary. */
/** Prepositions that may follow "from the general" / "by the admiral" standing for a person. */
const RANK_AGENT_FOLLOWERS = new Set(['in', 'at', 'on', 'during']);

function rankAnaphorEnds(t: Tok | undefined): boolean {
  if (!t) return true;
  if (t.kind === 'p') return t.text !== '(' && t.text !== '-';
  return t.kind === 'w' && !t.cap && (t.lower.endsWith('ed') || RANK_ANAPHOR_VERBS.has(t.lower));
}

/** A one-word post at `k` that no name or comma follows ("the corps commander told"), or false. */
function postAnaphorAfter(b: Builder, k: number): boolean {
  const post = b.lex.titles.match(b.lowers, k);
  if (!post || post.length !== 1 || post.value === 'rank') return false;
  const after = b.toks[k + 1];
  return !!after && !after.cap && after.text !== ',' && after.lower !== 'of' && after.lower !== "'s";
}

/** Nouns of a change that "of" joins to what changes ("change of command", "transfer of authority"). */
const CHANGE_WORDS = new Set(['change', 'transfer', 'handover', 'hand-over']);

const definiteHead: Recogniser = (b, k) => {
  const w = b.lowers[k]!;
  if (!free(b, k)) return k;
  if (SETTLEMENT_NOUNS.has(w)) return settlementAnaphor(b, k);
  const { lex } = b;
  // "the operation": the named operation before ("Operation Nakamal"), never a new event.
  const compoundFirst = COMPOUND_UNIT_FIRST.get(w) === b.lowers[k - 1] && free(b, k - 1);
  const compound = compoundFirst && b.lowers[k - 2] === 'the';
  // ("praised the outgoing battle group": a side of a rotation before the two words.)
  const sideCompound = compoundFirst && ROTATION_SIDES.has(b.lowers[k - 2] ?? '') && b.lowers[k - 3] === 'the' && free(b, k - 2);
  // ("The engineers were deployed to X": the people of the unit named last stand for it.)
  // ("The crew of the vessel X": not when the people are said to be someone's.)
  // ("The Russian paratroopers returned": a demonym may stand between, telling which state's unit.)
  // ("The outgoing troops, who flew home": or a side of a rotation.)
  // ("the division's commander, General X, said his troops had helped": a commander's troops, the unit named last.)
  const commandersTroops = (b.lowers[k - 1] === 'his' || b.lowers[k - 1] === 'her') && (w === 'troops' || w === 'soldiers');
  // ("The 320 engineers, who arrived in Hola": or a count.)
  const counted = b.toks[k - 1]?.kind === 'n' && /^\d[\d,]*$/.test(b.toks[k - 1]!.text) && b.covered[k - 1] === 0;
  // ("praised the Danab commandos": or the first word of a unit's name, resolved only to a unit so named.)
  const unitWord = lex.troopAnaphors.has(w) && b.lowers[k - 2] === 'the' && b.toks[k - 1]?.kind === 'w' && b.toks[k - 1]!.cap && !b.toks[k - 1]!.upper && b.covered[k - 1] === 0 && !lex.functionWords.has(b.lowers[k - 1]!) ? b.lowers[k - 1]! : undefined;
  const at = !lex.troopAnaphors.has(w) ? -1 : b.lowers[k - 1] === 'the' || commandersTroops ? k - 1 : b.lowers[k - 2] === 'the' && (b.mentions.some((m) => m.i === k - 1 && m.j === k && m.demonym) || (ROTATION_SIDES.has(b.lowers[k - 1]!) && free(b, k - 1)) || counted || unitWord !== undefined) ? k - 2 : -1;
  // ("Thapaliya praised the Irish soldiers": with a demonym, also as the object of a verb in the past.)
  // ("Holm praised the soldiers for taking on ...": or without one.)
  const pastVerb = at > 0 && b.toks[at - 1]!.kind === 'w' && !b.toks[at - 1]!.cap && b.lowers[at - 1]!.endsWith('ed');
  // ("He said the troops were supported by X": or the subject of a reported clause.)
  const reported = at > 0 && REPORTING_VERBS.has(b.lowers[at - 1] ?? '');
  // ("Al Mandhari praised the professionalism of the Indian crew": or what about them a past verb's object is.)
  const qualityOf = at > 3 && b.lowers[at - 1] === 'of' && b.lowers[at - 3] === 'the' && b.toks[at - 2]!.kind === 'w' && !b.toks[at - 2]!.cap && b.toks[at - 4]!.kind === 'w' && !b.toks[at - 4]!.cap && b.lowers[at - 4]!.endsWith('ed');
  const troops = at >= 0 && (at === 0 || b.toks[at - 1]?.kind === 'p' || b.lowers[at - 1] === 'and' || pastVerb || qualityOf || commandersTroops || reported) && b.lowers[k + 1] !== 'of' && b.lowers[k + 1] !== 'from';
  // ("The 110-strong hospital, led by X": a unit's strength before a word of what it is, a field hospital too.)
  const strength = b.lowers[k - 2] === 'the' && STRENGTH.test(b.lowers[k - 1] ?? '') && b.covered[k - 1] === 0;
  const fieldHospital = w === 'hospital' && b.lowers[k - 2] === 'the' && (strength || (b.lowers[k - 1] === 'field' && free(b, k - 1)));
  // ("where the team's commandant, Major General X, briefed him": a team possessing a post is the named team told of before.)
  const postTeam = w === 'team' && b.lowers[k - 1] === 'the' && b.lowers[k + 1] === "'s";
  const type: NodeType | undefined = compound || sideCompound || troops || fieldHospital || postTeam ? 'unit' : lex.unitHeads.has(w) || lex.unitAnaphors.has(w) ? 'unit' : lex.orgHeads.has(w) ? 'organization' : lex.placeLower.has(w) ? 'place' : lex.eventPrefix.has(w) && lex.eventNeverAlone.has(w) ? 'event' : undefined;
  if (!type) return k;
  const prev = b.lowers[k - 1];
  // ("Fighter jets of the air force's 119th Squadron": a two-word service named by its head refers back to that service.)
  // ("the coast guard's Region 1 Command": so does "coast guard", "border guard", "marine corps".)
  // ("INS Sunayna and the coast guard ship CGS Huravee": or before a ship word and the ship's name.)
  if (TWO_WORD_SERVICES.has(`${prev} ${w}`) && b.lowers[k - 2] === 'the' && (b.lowers[k + 1] === "'s" || (shipWordAt(lex, b.lowers[k + 1] ?? '') !== undefined && !!b.toks[k + 2]?.cap)) && free(b, k - 1)) {
    addMention(b, k - 1, k + 1, 'organization', 'definite', { head: `${prev} ${w}` });
    return k + 1;
  }
  // "the 38th brigade": an ordinal names which unit of that kind.
  const ordinal = type === 'unit' && /^\d+(?:st|nd|rd|th)$/.test(prev ?? '') && (b.lowers[k - 2] === 'the' || b.lowers[k - 2] === 'its');
  // "the Liberian brigade": a demonym before a unit word refers back to that state's unit ("The Indian warship": or ship).
  // ("The Brunei ship was deployed": or the state's own name before a ship word.)
  const demonym = type === 'unit' && (FORMATIONS.has(w) || lex.shipNouns.has(w)) && wordAt(b.lowers, k - 2) === 'the' ? b.mentions.find((m) => m.j === k && m.i === k - 1 && m.type === 'state' && (m.demonym || lex.shipNouns.has(w))) : undefined;
  // (A formation's demonym is no state's mention even where no phrase is made: "the Ghanaian battalion commander, X".)
  if (demonym && !lex.shipNouns.has(w)) demonym.nested = true;
  // "Petrovic's brigade": the unit its commander leads.
  const commanders = type === 'unit' && FORMATIONS.has(w) && prev === "'s" && b.mentions.some((m) => m.j === k - 1 && m.type === 'person' && m.via === 'name');
  // "the offshore patrol vessel": lower-case modifiers before a ship word.
  let s0 = k;
  // ("The 87-metre vessel": a measure before them too.)
  // ("The Halifax-class frigate": and a class named for its first ship.)
  if (lex.shipNouns.has(w)) while (s0 > k - 3 && !lex.functionWords.has(b.lowers[s0 - 1] ?? '') && (free(b, s0 - 1) || (b.covered[s0 - 1] === 0 && (MEASURE.test(b.toks[s0 - 1]?.text ?? '') || SHIP_CLASS.test(b.toks[s0 - 1]?.text ?? ''))))) s0--;
  // "visited the training ground": a lower-case modifier of a place word (the named place before).
  if (type === 'place' && lex.placeLowerMods.has(prev ?? '') && b.lowers[k - 2] === 'the' && free(b, k - 1)) s0 = k - 1;
  // "the task force", "the battle group": a two-word unit noun (the named formation before).
  if (compound) s0 = k - 1;
  if (sideCompound) s0 = k - 2;
  if (type === 'unit' && (strength || fieldHospital)) s0 = k - 1;
  // ("praised the bravery of the national army": the state's army named before, "Somali National Army".)
  if ((w === 'army' || w === 'police') && prev === 'national' && b.lowers[k - 2] === 'the' && free(b, k - 1)) s0 = k - 1;
  // ("criticised the federal government for what he called a slow response": the home state's government.)
  if (w === 'government' && (prev === 'federal' || prev === 'central' || prev === 'national') && b.lowers[k - 2] === 'the' && free(b, k - 1)) s0 = k - 1;
  // ("is the first woman to head the armed forces": the state's armed forces named before, "the Armed Forces".)
  if (w === 'forces' && prev === 'armed' && b.lowers[k - 2] === 'the' && free(b, k - 1)) s0 = k - 1;
  // ("appointed commander of the new brigade": the one just formed; "The new contingent, which was deployed to X": the one a rotation brought.)
  // ("The new staff answers to Admiral Benelux": a body just formed too.)
  // ("The outgoing contingent was led by X": the one a rotation relieves.)
  if ((prev === 'new' || prev === 'outgoing' || prev === 'incoming') && b.lowers[k - 2] === 'the' && ((type === 'unit' && (FORMATIONS.has(w) || w === 'contingent')) || (type === 'organization' && NEW_BODIES.has(w))) && free(b, k - 1)) s0 = k - 1;
  // ("took over the rotating chairmanship of the 55-member bloc": a count of members before a body word.)
  if (s0 === k && type === 'organization' && MEMBER_COUNT.test(prev ?? '') && b.lowers[k - 2] === 'the' && b.covered[k - 1] === 0) s0 = k - 1;
  // ("The joint military commission was set up by ...": lower-case words of a body's name before its head; resolved
  // only to a body whose name has them.)
  let named: string | undefined;
  // (Not before a noun it modifies: "the littoral mission vessel RSS Independence".)
  // ("..., the defence ministry said": nor is a verb of saying.)
  const nounAfter = b.toks[k + 1]?.kind === 'w' && !b.toks[k + 1]!.cap && !lex.functionWords.has(b.lowers[k + 1]!) && !b.lowers[k + 1]!.endsWith('ed') && !REPORTING_VERBS.has(b.lowers[k + 1]!);
  // (Nor a word for people, "the border troops of both countries", nor before an "of" saying whose it is.)
  if (s0 === k && type === 'organization' && lex.orgHeads.has(w) && !nounAfter && !lex.peopleNouns.has(w) && b.lowers[k + 1] !== 'of') {
    let q = k;
    while (q > k - 3 && free(b, q - 1) && !lex.functionWords.has(b.lowers[q - 1]!) && !/\d/.test(b.lowers[q - 1]!)) q--;
    if (q < k && b.lowers[q - 1] === 'the') {
      s0 = q;
      named = b.lowers.slice(q, k + 1).join(' ');
      // ("the defence ministry said": a ministry of portfolio words is a state's body, read as its name would be.)
      const mods = b.lowers.slice(q, k);
      if ((w === 'ministry' || w === 'department') && mods.every((x) => lex.portfolio.has(x))) {
        const field = mods.join(' ').replace(/^(foreign|internal|home)$/, '$1 affairs').replace(/^interior$/, 'internal affairs');
        addMention(b, q, k + 1, 'organization', 'name', { head: w, core: `${w} of ${field}` });
        return k + 1;
      }
    }
  }
  const modified = s0 < k && b.lowers[s0 - 1] === 'the';
  if (prev !== 'the' && prev !== 'this' && !ordinal && !demonym && !commanders && !modified && !(troops && at === k - 2) && !(troops && commandersTroops)) return k;
  const next = b.toks[k + 1];
  // ("positions vacated by the Ghanaian battalion of UNIFIL": a state's formation in a named force is a unit of its own.)
  if (demonym && FORMATIONS.has(w) && next?.lower === 'of' && b.mentions.some((m) => m.i === k + 2 && (m.type === 'organization' || m.type === 'unit') && m.via === 'name')) {
    demonym.nested = true;
    addMention(b, k - 1, k + 1, 'unit', 'phrase', { head: w });
    return k + 1;
  }
  if (next && (next.cap || (next.lower === 'of' && b.toks[k + 2]?.cap))) return k;
  // ("met at the government buildings": a body word modifying a place noun names no body.)
  if (next && BODY_SEATS.has(next.lower)) return k;
  // ("Rajbiraj, the district headquarters of Saptari": an area word before "headquarters" names no area.)
  if (next && type === 'place' && next.lower === 'headquarters') return k;
  // "the force commander of MONUSCO": the head word opens a post of two words or more.
  if (next && next.kind === 'w' && (lex.titles.match(b.lowers, k)?.length ?? 0) > 1) return k;
  // ("the corps commander told troops": a unit or body word before a post with no name after it modifies a role anaphor.)
  if (next && next.kind === 'w' && type !== 'place' && type !== 'event' && postAnaphorAfter(b, k + 1)) return k;
  // "hosting the operation's command centre": the operation only owns what is hosted.
  if (type === 'event' && next?.lower === "'s") return k;
  // (A ship word's demonym is the phrase's own only once the phrase is made: "the Chinese destroyer Baotou" makes none.)
  if (demonym) demonym.nested = true;
  addMention(b, ordinal ? k - 1 : modified ? s0 : k, k + 1, type, 'definite', { head: w, core: ordinal ? prev : named ?? (troops ? unitWord : undefined) });
  return k + 1;
};

/**
 * The token after the phrase the first recogniser that matches at `k` finds (`k` when none does).
 * (Called one by one, not in a loop over a list of them: a loop makes one call site for ten
 * functions, which V8 neither inlines nor calls directly.)
 */
function recognise(b: Builder, k: number): number {
  let next: number;
  if ((next = agreement(b, k)) > k) return next;
  if ((next = event(b, k)) > k) return next;
  if ((next = group(b, k)) > k) return next;
  if ((next = delegation(b, k)) > k) return next;
  if ((next = guest(b, k)) > k) return next;
  if ((next = awardAnaphor(b, k)) > k) return next;
  if ((next = roleAnaphor(b, k)) > k) return next;
  if ((next = definiteHead(b, k)) > k) return next;
  if ((next = ownCountry(b, k)) > k) return next;
  if ((next = regionCountry(b, k)) > k) return next;
  if ((next = pronoun(b, k)) > k) return next;
  if ((next = neuter(b, k)) > k) return next;
  return k;
}

/** Place nouns a body word may modify ("the government buildings", "the ministry compound"). */
const BODY_SEATS = new Set(['buildings', 'building', 'house', 'offices', 'office', 'complex', 'compound', 'quarter', 'quarters', 'palace', 'premises']);

/** Words that can end or start a lower-case phrase: anything else is skipped fast. */
function phraseTriggers(lex: Lexicon): string[] {
  return [
    ...lex.agreementLower, 'document', 'text', 'letter', 'two', ...JOINT_TEXTS, ...SIGNED_TEXTS, ...lex.eventHeads, ...Object.keys(GROUP_HEADS), 'heads', 'guest', 'guests', 'delegation', ...AWARD_ANAPHORS, 'they', ...lex.personPronouns, 'our', 'it', 'its', 'country', ...STATE_FORMS, ...SPELLED_ACTIVITIES,
    ...lex.unitHeads, ...lex.unitAnaphors, ...lex.troopAnaphors, ...lex.orgHeads, ...lex.placeLower, ...lex.eventPrefix, ...SETTLEMENT_NOUNS, 'hospital', 'patrol', 'opening', 'team',
  ];
}

/** Tok.classes bit of the phrase triggers (findPhrases tests every uncovered token). */
const PHRASE_TRIGGER = wordClass(() => phraseTriggers(getLexicon()));

/** Runs every lower-case recogniser over the tokens not already inside a mention. */
export function findPhrases(b: Builder): void {
  for (let k = 0; k < b.toks.length; k++) {
    if (b.covered[k]) continue;
    // (A post after "the" or after "the" and one word: "the corps commander".)
    if ((b.toks[k]!.classes & PHRASE_TRIGGER) === 0 && !((wordAt(b.lowers, k - 1) === 'the' || wordAt(b.lowers, k - 2) === 'the') && titleAt(b, k))) continue;
    const next = recognise(b, k);
    if (next > k) k = next - 1;
  }
}

// Clause boundaries inside a sentence, by punctuation and subordinating words: the window in
// which a cue word looks for its subject and object, a pronoun for its antecedent, a date for
// the relation it governs.
import type { Tok } from './tokens.js';
import { wordClass } from './word-classes.js';

const OPENERS = new Set(['which', 'who', 'whom', 'where', 'when', 'while', 'whereas', 'although', 'because', 'whose']);
/** Tok.classes bit of OPENERS (clauseStart tests every token before `k`; a sentence's classes hold it when it has one). */
export const OPENER = wordClass(OPENERS);

/**
 * A hard clause break: the token text is one of ';', ':', '—', '–' (by character codes, not a set of
 * the four strings: the clause scans ask it of every punctuation token they pass).
 */
function isHard(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013;
}

/** Determiners that open a clause's object ("sent the divers", "visited its base"). */
export const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Auxiliaries of a passive ("was signed", "were decorated", "got deployed"). */
export const AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get']);

/** Past auxiliaries right before a passive verb ("..., were decorated", "X was received by"). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were']);

/** Present and past forms of "be" after a subject ("X is in Y", "they were"). */
export const COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

/** Words opening a relative clause after a comma (", which ...", ", where ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'where', 'whose']);

/** Prepositions a relative clause may open with (", to which the battalion belongs,"). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'in', 'under', 'within', 'from']);

/** The relative pronoun of a clause opened after the comma at `comma` (", which", ", to which"), or -1. */
export function relativeAfterComma(toks: readonly Tok[], comma: number): number {
  const w = toks[comma + 1]?.lower ?? '';
  if (RELATIVE_PRONOUNS.has(w)) return comma + 1;
  return RELATIVE_PREPOSITIONS.has(w) && toks[comma + 2]?.lower === 'which' ? comma + 2 : -1;
}

/** First token index of the clause that contains token `k`. */
export function clauseStart(toks: Tok[], k: number): number {
  for (let p = k - 1; p >= 0; p--) {
    const t = toks[p]!;
    // HARD marks and the comma are punctuation tokens, OPENERS are words: test the kind first.
    if (t.kind === 'p') {
      if (isHard(t.text)) return p + 1;
      if (t.text === ',' && (toks[p + 1]?.lower === 'and' || toks[p + 1]?.lower === 'but') && !toks[p + 2]?.cap) return p + 2;
    } else if ((t.classes & OPENER) !== 0 && (toks[p - 1]?.text === ',' || p === 0)) return p + 1;
  }
  return 0;
}

/** Exclusive end token index of the clause that contains token `k`. */
export function clauseEnd(toks: Tok[], k: number): number {
  for (let p = k + 1; p < toks.length; p++) {
    const t = toks[p]!;
    if (t.kind !== 'p') continue;
    if (isHard(t.text)) return p;
    if (t.text !== ',') continue;
    if (((toks[p + 1]?.classes ?? 0) & OPENER) !== 0) return p;
    // (", and to Colonel B": a repeated "to" before a name goes on with the list.)
    if ((toks[p + 1]?.lower === 'and' || toks[p + 1]?.lower === 'but') && !toks[p + 2]?.cap && !(toks[p + 2]?.lower === 'to' && toks[p + 3]?.cap)) return p;
    // (/ing$/ as endsWith.)
    if ((toks[p + 1]?.lower ?? '').endsWith('ing') && toks[p + 1]!.kind === 'w') return p;
  }
  return toks.length;
}

/** Verbs that report a clause after them ("said the troops had returned", "He said the troops were supported by X"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'stated', 'noted', 'explained', 'insisted', 'recalled', 'announced']);

/** Words closing an absolute "with" phrase ("with A and B also taking part", "with X present"). */
const ABSOLUTE_CLOSERS = new Set(['taking', 'participating', 'attending', 'present']);

/** ", with A, and B, also taking part": index of the closing word of an absolute "with" phrase opened at `w`, or -1. */
export function absoluteWith(toks: Tok[], w: number): number {
  if (toks[w]?.lower !== 'with' || toks[w - 1]?.text !== ',') return -1;
  for (let k = w + 2; k < Math.min(toks.length, w + 40); k++) {
    const t = toks[k]!;
    if (isHard(t.text)) return -1;
    if (!ABSOLUTE_CLOSERS.has(t.lower)) continue;
    const e = t.lower === 'taking' ? (toks[k + 1]?.lower === 'part' ? k + 2 : -1) : k + 1;
    // ("with ships from A and B taking part alongside the cutter X": or before those taking part with them.)
    if (e > 0 && (e >= toks.length || toks[e]!.kind === 'p' || toks[e]!.lower === 'alongside')) return k;
    return -1;
  }
  return -1;
}

/** Index of "between" within `span` tokens from `j` in the same phrase (no punctuation but a hyphen or apostrophe before it), or -1. */
export function betweenAfter(toks: Tok[], j: number, span = 10): number {
  for (let k = j; k < Math.min(toks.length, j + span); k++) {
    if (toks[k]!.lower === 'between') return k;
    if (toks[k]!.kind === 'p' && toks[k]!.text !== '-' && toks[k]!.text !== "'") return -1;
  }
  return -1;
}

/** Heads of events whose parties meet each other ("talks between A and B"). */
export const DISCUSSIONS: ReadonlySet<string> = new Set(['talks', 'negotiations', 'consultations']);

/** "between the delegation of W ...", "between the WPK delegation ...": the parties after "between" (token `p`) are delegations. */
export function delegationsAfter(toks: readonly Pick<Tok, 'lower'>[], p: number): boolean {
  if (toks[p + 1]?.lower !== 'the') return false;
  for (let n = 2; n <= 4; n++) if (toks[p + n]?.lower === 'delegation' || toks[p + n]?.lower === 'delegations') return true;
  return false;
}

/** First words of a fronted phrase of time or place ("Later on Tuesday,", "On Monday,", "Also on Friday,", "Earlier this week,"). */
const FRONTED_OPENERS = new Set(['on', 'in', 'at', 'also', 'earlier', 'later', 'last', 'this', 'during', 'after', 'before', 'afterwards', 'meanwhile', 'separately', 'elsewhere', 'yesterday', 'today']);

/**
 * "Later on Tuesday, the minister was received", "On Friday, a delegation ... arrived": the comma closing a short
 * fronted phrase of time or place (up to six words or numbers) that opens the sentence, else -1.
 */
export function frontedPhraseComma(toks: readonly Tok[]): number {
  if (!FRONTED_OPENERS.has(toks[0]?.lower ?? '')) return -1;
  for (let k = 1; k < 7; k++) {
    const t = toks[k];
    if (!t || (t.kind !== 'w' && t.kind !== 'n' && t.text !== ',')) return -1;
    if (t.text === ',') return k;
  }
  return -1;
}


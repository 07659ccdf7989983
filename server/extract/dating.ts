// Date stage: the date expressions of a sentence (findDates, resolved against the document
// date and, for "the next day", the last date mentioned before), and the date that governs a
// relation: the nearest date in the cue's clause, else the only date of the sentence, else the
// running date of the paragraph. "a three-day visit" stretches a one-day date over three days.
import type { DateInterval } from '../ontology.js';
import { findDates } from './dates.js';
import type { Candidate, SentenceUnit } from './model.js';
import { clauseEnd, clauseStart, PASSIVE_AUX, RELATIVE_PRONOUNS as RELATIVES, REPORTING_VERBS } from './clauses.js';
import { ARTICLES, lowerWordsIn, tokAt } from './tokens.js';
import { wordTable } from './word-table.js';
import { getLexicon } from './lexicon.js';

/** A resolved date expression of a sentence with its token range. */
export interface DateSpan {
  i: number;
  j: number;
  text: string;
  start: string;
  end: string;
  /** "later that evening" with no day to refer to: a date is stated but unknown (start and end are empty). */
  vague?: true;
  /** "for fighting last summer's wildfires": the date only qualifies a thing, it dates no clause, event or paragraph. */
  ofThing: boolean;
  /** Said inside a quotation in a sentence that goes on outside it: it dates only what the quotation tells. */
  quoted?: true;
}

/** The dates of `dates` that may date what is told outside quotations. */
export function unquotedDates(dates: DateSpan[]): DateSpan[] {
  return dates.some((x) => x.quoted) ? dates.filter((x) => !x.quoted) : dates;
}

const NUMBER_WORDS = wordTable<number>({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });

/**
 * Cheap pre-filter: a sentence without any of these words or a digit holds no date expression.
 * (The digit is tested on its own first: a plain scan that settles most sentences.)
 * (The word boundary before the words is tested once, outside the alternation, rather than once per
 * branch: the same sentences pass, and a sentence without a date word is scanned about twice as fast.)
 */
const HAS_DIGIT = /\d/;
const MAY_HOLD_DATE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn|fall|winter|today|tonight|yesterday|tomorrow|days?|weeks?|weekend|months?|years?|eve|morning|afternoon|evening|night|ago|decades?|century|quarter|half|dawn|dusk|noon|midnight)\b/i;

/**
 * Date expressions of one sentence mapped onto its tokens. `plainText`: the document has no markup,
 * so the sentence's text is the one its tokens were read from.
 */
export function sentenceDates(unit: SentenceUnit, docDate: string | undefined, reference: string | undefined, plainText = false): DateSpan[] {
  if (!HAS_DIGIT.test(unit.text) && !MAY_HOLD_DATE.test(unit.text)) return [];
  // (The date tokenizer takes the lower case and word classes of the words the main tokenizer made too.)
  const words = { toks: unit.toks, offset: unit.start, sameText: plainText };
  const found = findDates(unit.text, docDate, reference ? { reference, words } : { words });
  const out: DateSpan[] = [];
  for (const f of found) {
    if (!f.interval && f.kind !== 'anaphoric') continue;
    const a = unit.start + f.start;
    const b = unit.start + f.end;
    const i = unit.toks.findIndex((t) => t.end > a);
    let j = i;
    while (j < unit.toks.length && unit.toks[j]!.start < b) j++;
    if (i < 0) continue;
    // ("criticised Dacian Fall 2049": the words of a name that opens before them are no date.)
    if (insideName(unit, i, j)) continue;
    // ("took part in this year's Trident, which began on Oct 22": a year owning an event's name tells which edition, not the day.)
    // (", the AFP said yesterday.": the day a closing attribution was made dates no fact of the sentence.)
    // ("X said yesterday that the militants stormed the base": the day of the saying dates nothing it reports.)
    const ofThing = possessiveOfThing(unit.toks, j) || sinceClause(unit.toks, i) || editionYear(unit.toks, i, j) || closingAttribution(unit.toks, i, j) || saidThat(unit.toks, i, j);
    const span: DateSpan = f.interval ? { i, j, text: f.text, start: f.interval.start, end: f.interval.end, ofThing } : { i, j, text: f.text, start: '', end: '', vague: true, ofThing };
    // ('"... and I would do it again tomorrow," he told X after the ceremony': said inside a quotation, in a sentence that
    // goes on outside it.)
    if (unit.toks[i]!.quoted && unit.toks.some((t) => !t.quoted && t.kind === 'w')) span.quoted = true;
    out.push(span);
  }
  return out;
}

/**
 * The date at tokens [i, j) closes the sentence right after a reporting verb whose subject a comma sets off
 * (", the Armed Forces of the Philippines (AFP) said yesterday.", ", PCG spokesman X told reporters on Monday."
 * is not read: only the verb and the date).
 */
function closingAttribution(toks: SentenceUnit['toks'], i: number, j: number): boolean {
  if (j < toks.length - 1 || (j === toks.length - 1 && toks[j]!.text !== '.')) return false;
  const verb = toks[i - 1]?.lower === 'on' ? i - 2 : i - 1;
  if (!REPORTING_VERBS.has(toks[verb]?.lower ?? '')) return false;
  // (The subject: up to twelve words and brackets back to the comma, none of them a verb's "that" or another clause's comma.)
  for (let k = verb - 1; k >= Math.max(1, verb - 12); k--) {
    const t = toks[k]!;
    if (t.text === ',') return k < verb - 1;
    if (t.kind === 'p' && t.text !== '(' && t.text !== ')') return false;
    if (t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return false;
  }
  return false;
}

/** The date at tokens [i, j) comes between a reporting verb and its "that" ("said yesterday that", "said on Monday that"). */
function saidThat(toks: SentenceUnit['toks'], i: number, j: number): boolean {
  const verb = toks[i - 1]?.lower === 'on' ? i - 2 : i - 1;
  return toks[j]?.lower === 'that' && REPORTING_VERBS.has(toks[verb]?.lower ?? '');
}

/** The date at tokens [i, j) starts inside a name mention that starts before it ("Dacian Fall 2049"). */
function insideName(unit: SentenceUnit, i: number, j: number): boolean {
  for (const m of unit.mentions) if (m.via === 'name' && m.i < i && m.j > i) return true;
  // ("the exercise Dacian Fall 2049": or a code name no mention of its own holds, a capitalised word before a capitalised date.)
  const before = unit.toks[i - 1];
  return i > 1 && j > i + 1 && !!before && before.kind === 'w' && before.cap && unit.toks[i]!.cap && !getLexicon().functionWords.has(before.lower) && !getLexicon().months.has(before.lower);
}

export function addDays(iso: string, n: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** "a three-day visit" right after the cue: days it lasts, or 1. */
function durationDays(unit: SentenceUnit, cue: number): number {
  for (let k = Math.max(0, cue - 3); k < cue; k++) {
    const n = daysOf(unit.toks[k]!.lower);
    if (n >= 0) return n || 1;
  }
  // ("began a two-day passing exercise": what began lasts that long.)
  if (BEGINNING.has(unit.toks[cue]?.lower ?? '') && unit.toks[cue + 1]?.lower === 'a') {
    const n = daysOf(unit.toks[cue + 2]?.lower ?? '');
    if (n >= 0) return n || 1;
  }
  return 1;
}

/** The number of days an "N-day" word says ("two-day" 2, "10-day" 10; 0 when the number is not read), or -1 for another word. */
function daysOf(w: string): number {
  // (Most words asked about do not end in "-day": a suffix test settles them without the regex.)
  if (!w.endsWith('-day')) return -1;
  const m = /^(\w+)-day$/.exec(w);
  return m ? countOf(m[1]!) : -1;
}

/** A number word or numeral ("nine", "10"), or 0. */
function countOf(w: string): number {
  return NUMBER_WORDS[w] ?? (Number(w) || 0);
}

/**
 * Words that say a gathering or a visit ended on the day named ("at the close of", "at the end of", "which ended on").
 * ("wrapped up X, a five-day exercise, on Tuesday" dates the wrapping up alone, unless "after nine days of drills" says
 * how long it ran.)
 */
const ENDING = new Set(['ended', 'ends', 'end', 'close', 'closed', 'closing', 'concluded', 'wrapped']);

/**
 * The length in days of a gathering the sentence says ended on its date: "at the close of a two-day meeting", "a
 * two-day security meeting ..., which ended on Tuesday", "wrapped up ... on Thursday, after nine days of drills"; 0 if none.
 */
export function endedGathering(unit: SentenceUnit): number {
  const toks = unit.toks;
  let days = 0;
  let ended = false;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (ENDING.has(w)) ended = true;
    if (!days) days = Math.max(0, daysOf(w));
    // ("after nine days of drills")
    if (w === 'after' && toks[k + 2]?.lower === 'days' && !days) {
      days = countOf(toks[k + 1]!.lower);
      if (days) ended = true;
    }
  }
  return ended ? days : 0;
}

/** Verbs that start a gathering whose length follows ("began a two-day exercise"). */
const BEGINNING = new Set(['began', 'begin', 'begins', 'started', 'start', 'starts', 'launched', 'opened', 'held', 'hold', 'holds', 'staged', 'conducted']);

/** A date after "by" or "until" ("by June"): a deadline; after "since" ("has trained ... since 2020"): the start of a state, no happening. */
function deadline(unit: SentenceUnit, d: DateSpan): boolean {
  const w = tokAt(unit.toks, d.i - 1)?.lower;
  // ("since 2020, when Turkiye supported Azerbaijan": the year a "when" clause tells of is that clause's date.)
  if ((w === 'since' || /^since\b/i.test(d.text)) && !(unit.toks[d.j]?.text === ',' && unit.toks[d.j + 1]?.lower === 'when')) return true;
  return (w === 'by' || w === 'until') && !/^(?:by|until)\b/i.test(d.text);
}

/**
 * "the largest edition of the exercise since it began in 2012", "her first visit since taking office in February": a date
 * inside a "since" clause of a pronoun or gerund tells when a state of things began; it dates no clause, event or
 * paragraph of the dispatch.
 * ("since 2021" right before the date is a deadline of its clause, read there.)
 */
function sinceClause(toks: SentenceUnit['toks'], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const t = toks[k]!;
    if (t.kind !== 'w') return false;
    // (Only a clause of a pronoun or a gerund: "since Turkey invaded Cyprus in 1974" tells of a happening of its own.)
    if (t.lower === 'since') return SINCE_SUBJECTS.has(toks[k + 1]!.lower) || (toks[k + 1]!.lower.endsWith('ing') && !toks[k + 1]!.cap);
  }
  return false;
}

const SINCE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/** "for fighting last summer's wildfires": a date possessing a noun that is no gathering dates that noun, not the clause. */
/** "this year's Trident, which began on Oct 22": a year ("this/last/next year") possessing a name that a day dates after a comma. */
function editionYear(toks: SentenceUnit['toks'], i: number, j: number): boolean {
  if (toks[j]?.lower !== "'s" || toks[j - 1]?.lower !== 'year' || j - i !== 2 || !toks[j + 1]?.cap) return false;
  let k = j + 1;
  while (k < j + 5 && toks[k]?.cap) k++;
  return toks[k]?.text === ',' && toks[k + 1]?.lower === 'which' && BEGINNING.has(toks[k + 2]?.lower ?? '');
}

function possessiveOfThing(toks: SentenceUnit['toks'], j: number): boolean {
  if (toks[j]?.lower !== "'s") return false;
  const heads = getLexicon().eventHeads;
  for (let k = j + 1; k < Math.min(toks.length, j + 4); k++) {
    const t = toks[k]!;
    if (t.kind !== 'w') return true;
    if (heads.has(t.lower) || t.cap) return false;
  }
  return true;
}

/** The date governing a candidate relation, if any. */

/** "signed a memorandum, under which officers will attend courses from September": a relative clause opens between the cue and the date. */
function relativeBetween(unit: SentenceUnit, cue: number, at: number): boolean {
  const toks = unit.toks;
  for (let k = cue + 1; k < at - 1; k++) {
    if (toks[k]!.text !== ',') continue;
    const w = toks[k + 1]!.lower;
    if (RELATIVES.has(w) || w === 'whereby' || ((w === 'under' || w === 'by' || w === 'in') && toks[k + 2]?.lower === 'which') || foundingSetOff(toks, k)) return true;
  }
  return false;
}

/** Verbs of a body's founding ("which was established in 2017", "a body set up by the two countries in 2012"). */
const FOUNDING = new Set(['established', 'created', 'formed', 'founded', 'launched', 'set', 'inaugurated']);

/**
 * The comma at `k` opens a founding said of what comes before it: ", which was established ...", ", a body set up by
 * ...". A date in it is the founding's ("a session of the X Commission, which was established in 2017").
 */
export function foundingSetOff(toks: SentenceUnit['toks'], k: number): boolean {
  if (toks[k]?.text !== ',') return false;
  const w = toks[k + 1]?.lower ?? '';
  if (w === 'which' || w === 'that') return FOUNDING.has(toks[PASSIVE_AUX.has(toks[k + 2]?.lower ?? '') ? k + 3 : k + 2]?.lower ?? '');
  return (w === 'a' || w === 'an') && toks[k + 2]?.kind === 'w' && !toks[k + 2]!.cap && FOUNDING.has(toks[k + 3]?.lower ?? '');
}

/** The relative clause opening at comma `from` closes with the next comma, and only "on"/"in" comes between it and the date at `at`. */
function resumedAfterRelative(unit: SentenceUnit, from: number, at: number): boolean {
  const toks = unit.toks;
  let close = -1;
  for (let k = from + 2; k < at; k++) {
    if (toks[k]!.kind === 'p' && toks[k]!.text !== ',') return false;
    if (toks[k]!.text === ',') {
      if (close >= 0) return false;
      close = k;
    }
  }
  return close >= 0 && (at === close + 1 || (at === close + 2 && (toks[close + 1]!.lower === 'on' || toks[close + 1]!.lower === 'in')));
}

/** "was presented with X for leading the defence of Y in early March": the date lies in a "for" + gerund phrase after the cue. */
export function reasonBetween(unit: SentenceUnit, cue: number, at: number): boolean {
  const toks = unit.toks;
  for (let k = cue + 1; k < at - 1; k++) {
    if (toks[k]!.lower !== 'for' || toks[k + 1]!.kind !== 'w' || toks[k + 1]!.cap) continue;
    if (toks[k + 1]!.lower.endsWith('ing')) return true;
    // ("praised X for his leadership during the floods that struck Y in late November": a date told in a relative
    // clause on the reason; not "for their support during a visit to X on Thursday", the thanks' own date.)
    if (REASON_OWNERS.has(toks[k + 1]!.lower) && lowerWordsIn(toks, k + 2, k + 3)) {
      for (let q = k + 3; q < at; q++) if (REASON_EVENT_WORDS.has(toks[q]!.lower)) return true;
      // ("praised the contingent for its role in calming tensions in the north last summer": or in a gerund after the
      // reason's noun and a preposition.)
      if ((toks[k + 3]?.lower === 'in' || toks[k + 3]?.lower === 'of') && toks[k + 4]?.kind === 'w' && toks[k + 4]!.lower.endsWith('ing') && k + 4 < at) return true;
    }
    // ("thanked Viet Nam for the 5,000 tons of rice it donated to Cuba in January": or in a clause with a subject
    // pronoun and a verb of its own.)
    for (let q = k + 2; q < at - 1; q++) if (CLAUSE_SUBJECTS.has(toks[q]!.lower) && toks[q + 1]!.kind === 'w' && !toks[q + 1]!.cap && toks[q + 1]!.lower.endsWith('ed')) return true;
  }
  return false;
}

/** Pronouns that open a clause of their own inside a reason ("the rice it donated in January"). */
const CLAUSE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/** Possessives opening a reason after "for" ("for his leadership"). */
const REASON_OWNERS = new Set(['his', 'her', 'its', 'their']);
/** Relatives past which a date in a reason tells of the reason's own event ("the floods that struck Y in May"). */
const REASON_EVENT_WORDS = new Set(['that', 'which']);

/** "The troops, who had arrived at X on July 15, returned on Monday": the date lies in a relative clause closed before the cue. */
export function relativeBefore(unit: SentenceUnit, cue: number, at: number): boolean {
  const toks = unit.toks;
  if (at >= cue) return false;
  let open = -1;
  let apposition = false;
  for (let k = at - 1; k >= Math.max(0, at - 16); k--) {
    if (toks[k]!.text !== ',') continue;
    // ("The contingent, which was deployed to X, the mission's headquarters, in early November, is": the comma
    // right before the date's phrase closes an apposition inside the clause.)
    if (k >= at - 2) continue;
    if (RELATIVES.has(toks[k + 1]?.lower ?? '')) open = k;
    // ("The deal, the second contract under an agreement the two countries signed in 2022, was signed": an apposition
    // to the subject, closed right before the verb.)
    else if (k > 0 && ARTICLES.has(toks[k + 1]?.lower ?? '')) { open = k; apposition = true; }
    break;
  }
  if (open < 0) return false;
  // ("where on Monday she and Tonga's minister, X, signed Y": a relative clause closes at a comma only after a verb of its own.)
  for (let k = at + 1; k < cue; k++) if (toks[k]!.text === ',') return apposition ? VERB_AFTER_APPOSITION.has(toks[k + 1]?.lower ?? '') || /ed$/.test(toks[k + 1]?.lower ?? '') : verbBetween(toks, open + 2, k);
  return false;
}

/** Words that open the main verb right after an apposition to the subject ("The deal, ..., was signed"). */
const VERB_AFTER_APPOSITION = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would']);

/**
 * The dates of [cs, ce), the cue's clause, that date the cue: no deadline, none behind a relative clause
 * or a "for" + gerund phrase, none qualifying a thing. (A loop, not a filter with a closure: this runs
 * for every dated candidate.)
 */
function datesInClause(unit: SentenceUnit, cue: number, dates: DateSpan[], cs: number, ce: number): DateSpan[] {
  const out: DateSpan[] = [];
  for (const d of dates) {
    if (d.i >= cs && d.j <= ce && !deadline(unit, d) && !relativeBetween(unit, cue, d.i) && !relativeBefore(unit, cue, d.i) && !reasonBetween(unit, cue, d.i) && !d.ofThing) out.push(d);
  }
  return out;
}

/** The date nearest the cue (the first of equals), like reducing with a <= comparison of distances. */
function nearestTo(pool: DateSpan[], cue: number): DateSpan {
  let best = pool[0]!;
  // (At equal distance the date after the cue: "established in 2015 under an agreement signed by them in December 2014".)
  for (let k = 1; k < pool.length; k++) {
    const d = Math.abs(pool[k]!.i - cue), b = Math.abs(best.i - cue);
    if (b > d || (b === d && best.i < cue && pool[k]!.i > cue)) best = pool[k]!;
  }
  return best;
}

/** Verbs of a relative clause that tell when a gathering was held ("which was held from August 26 to September 8"). */
const HELD_VERBS = new Set(['held', 'staged', 'conducted', 'ran', 'took']);

/**
 * "took part in this year's Super Garuda Shield, which was held from August 26 to September 8": a year qualifying an
 * event gives way to the dates its relative clause says it was held.
 */
export function heldDates(unit: SentenceUnit, dates: DateSpan[], best: DateSpan): DateSpan {
  if (unit.toks[best.j]?.lower !== "'s" || !/\byear$/i.test(best.text)) return best;
  for (const d of dates) {
    if (d === best || d.i <= best.j || d.vague || d.start < best.start || d.end > best.end) continue;
    let relative = false;
    for (let k = best.j; k < d.i && k < best.j + 12; k++) {
      if (unit.toks[k]!.text === ',' && unit.toks[k + 1]?.lower === 'which') relative = true;
      else if (relative && HELD_VERBS.has(unit.toks[k]!.lower)) return d;
    }
  }
  return best;
}

/** Lower-case words of a subject and a date with no verb ("on Monday she and Tonga's minister"). */
const NO_VERB_WORDS = new Set(['on', 'in', 'at', 'the', 'a', 'an', 'and', 'of', 'for', "'s", 'she', 'he', 'they', 'it', 'we', 'last', 'this', 'next', 'both', 'two', 'its', 'his', 'her', 'their']);

/**
 * Tokens [from, to) hold a verb: some lower-case word besides those of a subject and a date ("who flew to X on
 * Saturday" does; "where on Monday she and Tonga's Deputy Prime Minister" does not).
 */
function verbBetween(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind === 'w' && !t.cap && !NO_VERB_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The clause starting at `cs` opens with ", where" ("met on Friday in X, where they signed Y"). */
function whereClause(unit: SentenceUnit, cs: number): boolean {
  for (let k = cs - 1; k < cs + 2; k++) if (unit.toks[k]?.lower === 'where' && unit.toks[k - 1]?.text === ',') return true;
  return false;
}

/** "met on Friday in Foz do Iguacu, where they signed X, which sets ... until 2050": the dates of the clause the place is in, before the "where". */
function placeClauseDates(unit: SentenceUnit, dates: DateSpan[], cs: number): DateSpan[] {
  const out: DateSpan[] = [];
  for (const d of dates) if (d.j <= cs && !deadline(unit, d) && !d.ofThing && !relativeBefore(unit, cs, d.i)) out.push(d);
  return out;
}

/** Nouns of hostile acts, and the participles that say an act was done ("carried out", "committed"). */
const ACT_NOUNS = new Set(['attack', 'attacks', 'assault', 'bombing', 'bombings', 'raid', 'raids', 'ambush', 'killing', 'killings', 'massacre', 'shelling', 'strike', 'strikes', 'incursion', 'incursions']);
const ACT_DONE = new Set(['carried', 'committed', 'launched', 'staged', 'perpetrated']);

/** Date `d` tells when an act was done: right before the act's noun, or after "carried out" / "committed" just before it. */
function actDate(toks: SentenceUnit['toks'], d: DateSpan): boolean {
  if (ACT_NOUNS.has(toks[d.j]?.lower ?? '')) return true;
  const before = toks[d.i - 1]?.lower === 'out' ? d.i - 2 : d.i - 1;
  return ACT_DONE.has(toks[before]?.lower ?? '') || (ACT_DONE.has(toks[before - 1]?.lower ?? '') && toks[before]?.lower === 'out');
}

export function dateFor(c: Candidate, unit: SentenceUnit, all: DateSpan[], paragraphDate: DateInterval | undefined): DateInterval | undefined {
  if (!c.dated) return undefined;
  // (A fact told outside a quotation takes no date said inside it.)
  const told = unit.toks[c.cue]?.quoted ? all : unquotedDates(all);
  // ("condemned the November 11 attack by ISWAP", "condemned the attacks carried out this year by JNIM": the day of the
  // act condemned or praised is not the day of the words.)
  const dates = (c.type === 'CRITICIZED' || c.type === 'PRAISED') && told.some((d) => d.i > c.cue && actDate(unit.toks, d)) ? told.filter((d) => !(d.i > c.cue && actDate(unit.toks, d))) : told;
  if (dates.length) {
    const cs = clauseStart(unit.toks, c.cue);
    const ce = clauseEnd(unit.toks, c.cue);
    // "commits them to reopening the bridge by June": a deadline is not when the thing happened.
    const inClause = datesInClause(unit, c.cue, dates, cs, ce);
    // "sent engineers to X, which was hit by floods in July": a date in a relative clause after the cue's clause dates that clause only.
    const relativeAfter = ce < unit.toks.length && unit.toks[ce]?.text === ',' && RELATIVES.has(unit.toks[ce + 1]?.lower ?? '');
    const only = dates[0]!;
    // ("returned to Ulyanovsk, where their brigade is based, on June 28": a date right after the relative clause closes is the main clause's.)
    const resumed = relativeAfter && dates.length === 1 && resumedAfterRelative(unit, ce, only.i);
    // ("Ecuador and Peru fought a war in 1995, and the two countries signed the Act, which settled the dispute, in October
    // 1998": so is one among others.)
    const resumedOne = !inClause.length && relativeAfter && dates.length > 1 ? dates.find((x) => x.i > ce && resumedAfterRelative(unit, ce, x.i) && !x.ofThing) : undefined;
    // ("On Thursday, A and B, who arrived in Lima on Tuesday, signed X": a verb right after the comma closing a relative
    // clause is the main clause's, dated outside the relative clause.)
    // ("where on Monday she and Tonga's minister, X, signed Y": not when the comma only closes an apposition, with no verb before it.)
    // ("On Friday, soldiers of X, which returned home last month, were decorated": an auxiliary may come between.)
    const closing = unit.toks[c.cue - 1]?.text === ',' ? c.cue - 1 : PASSIVE_AUX.has(unit.toks[c.cue - 1]?.lower ?? '') && unit.toks[c.cue - 2]?.text === ',' ? c.cue - 2 : -1;
    const mainAfterRelative = closing > 0 && RELATIVES.has(unit.toks[cs - 1]?.lower ?? '') && unit.toks[cs - 2]?.text === ',' && verbBetween(unit.toks, cs, closing);
    const outer = mainAfterRelative ? dates.filter((x) => (x.j <= cs - 2 || x.i > c.cue) && !x.ofThing && !deadline(unit, x)) : [];
    // ("served as a hospital ship in 1982, when Argentina fought Britain, ... was rebuilt in 2007": a "when" clause right
    // after a date happened then.)
    const whenAt = mainAfterRelative ? -1 : whenBefore(unit.toks, c.cue);
    const when = whenAt > 0 ? dates.find((x) => x.j === whenAt && !x.vague) : undefined;
    const pool = mainAfterRelative ? outer : when ? [when] : inClause.length ? inClause : resumedOne ? [resumedOne] : whereClause(unit, cs) ? placeClauseDates(unit, dates, cs) : dates.length === 1 && (resumed || (!(relativeAfter && only.i >= ce) && !relativeBetween(unit, c.cue, only.i))) && !deadline(unit, only) && !only.ofThing && !relativeBefore(unit, c.cue, only.i) && !reasonBetween(unit, c.cue, only.i) ? dates : [];
    if (pool.length) {
      // ("graduated from the university in 2029 and served with the contingent in Kosovo in 2033": a verb after "and" takes a
      // date after it, before one the first verb had.)
      // (Only for where someone went: "praised X on Thursday and thanked Y for its help ... last year" thanked on Thursday.)
      const after = unit.toks[c.cue - 1]?.lower === 'and' && MOVES.has(c.type) && unit.toks[c.cue]!.lower.endsWith('ed') ? pool.filter((x) => x.i > c.cue) : [];
      const best = heldDates(unit, dates, nearestTo(after.length && after.length < pool.length ? after : pool, c.cue));
      if (best.vague) return undefined;
      // "at the close of a two-day meeting ... on Wednesday", "which ended on Tuesday": the gathering ran up to that day.
      // ("was made a Commander ... on Thursday, at the end of a four-day visit to France": so did a visit.)
      const ending = (c.type === 'ATTENDED' || c.type === 'VISITED') && best.start === best.end ? endedGathering(unit) : 0;
      if (ending > 1) return { start: addDays(best.start, 1 - ending), end: best.end, text: best.text };
      // ("were awarded the medal yesterday, five days after returning home": the gerund's day, counted back from the clause's.)
      const before = daysBeforeClause(unit, c.cue);
      if (before > 0 && best.start === best.end && best.i < c.cue - 3) return { start: addDays(best.start, -before), end: addDays(best.start, -before), text: best.text };
      const days = durationDays(unit, c.cue);
      const end = days > 1 && best.start === best.end ? addDays(best.start, days - 1) : best.end;
      return { start: best.start, end, text: best.text };
    }
  }
  // ("X left on Friday. The battalion is commanded by Colonel Y": a state told in the present runs on no earlier date.)
  return PRESENT_AUXILIARIES.has(unit.toks[c.cue - 1]?.lower ?? '') ? undefined : paragraphDate;
}

/** "five days after returning home": the count of days before a gerund cue at `c` that follows "N days after", else 0. */
function daysBeforeClause(unit: SentenceUnit, c: number): number {
  const toks = unit.toks;
  if (toks[c - 1]?.lower !== 'after' || toks[c - 2]?.lower !== 'days' || !toks[c]!.lower.endsWith('ing')) return 0;
  return countOf(toks[c - 3]?.lower ?? '');
}

/** The comma before the "when" opening the clause of the cue at `c` (no punctuation between), or -1. */
function whenBefore(toks: SentenceUnit['toks'], c: number): number {
  for (let k = c - 1; k > 1 && k > c - 12; k--) {
    if (toks[k]!.kind === 'p') return -1;
    if (toks[k]!.lower === 'when') return toks[k - 1]!.text === ',' ? k - 1 : -1;
  }
  return -1;
}


/** Relations of going somewhere, dated by a date after a coordinated verb. */
const MOVES = new Set(['DEPLOYED_TO', 'VISITED', 'RETURNED_TO']);

/** Auxiliaries of a present passive before a cue ("is commanded by", "are based in"). */
const PRESENT_AUXILIARIES = new Set(['is', 'are']);

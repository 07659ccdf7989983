// Small per-sentence steps of the pipeline that need more than one stage's output: counts
// ("1,000 combat engineers"), event dates, shared attendance ("X held talks with Y as part of
// EVENT": Y attends too) and the speaker of quoted sentences that name theirs later.
import type { DateInterval } from '../ontology.js';
import type { Lexicon } from './lexicon.js';
import { redirectCandidate, type Candidate, type EntityRec, type Mention, type SentenceUnit } from './model.js';
import { addDays, endedGathering, foundingSetOff, heldDates, reasonBetween, relativeBefore, type DateSpan } from './dating.js';
import { AUX } from './clauses.js';
import type { DocEntities } from './resolve.js';
import { personState } from './anaphora.js';
import type { Tok } from './tokens.js';

const COUNTED = new Set(['DEPLOYED_TO', 'ASSISTED', 'RETURNED_TO', 'FOUGHT_AGAINST']);

/** "1,000 combat engineers" after the cue: 1000. */
export function countFor(lex: Lexicon, unit: SentenceUnit, c: Candidate): number | undefined {
  if (!COUNTED.has(c.type) || c.cue < 0) return undefined;
  const toks = unit.toks;
  for (let k = Math.max(0, c.cue - 6); k < Math.min(toks.length, c.cue + 8); k++) {
    const t = toks[k]!;
    if (t.kind !== 'n' || /(st|nd|rd|th)$/.test(t.lower)) continue;
    for (let q = k + 1; q <= k + 3 && q < toks.length; q++) {
      if (lex.peopleNouns.has(toks[q]!.lower)) {
        const n = Number(t.text.replace(/,/g, ''));
        return Number.isFinite(n) && n > 0 ? n : undefined;
      }
    }
  }
  return undefined;
}

/** Events first seen in this sentence take its date (nearest to the mention) or the paragraph's. */
export function dateEvents(d: DocEntities, unit: SentenceUnit, dates: DateSpan[], paragraphDate: DateInterval | undefined): void {
  for (const m of unit.mentions) {
    if (m.entity === undefined) continue;
    const e = d.list[m.entity]!;
    if (e.type !== 'event') continue;
    if (e.date) {
      startedEarlier(unit, m, e, dates);
      heldWithin(unit, m, e, dates);
    } else dateEvent(unit, m, e, dates, paragraphDate);
  }
}

/**
 * "took part in the Iron Gap exercise last week ... The drills, held from November 6 to November 10, ...": days an event
 * is said to be held, inside the span it had, are its days.
 */
function heldWithin(unit: SentenceUnit, m: Mention, e: EntityRec, dates: DateSpan[]): void {
  const toks = unit.toks;
  if (toks[m.j]?.text !== ',' || (toks[m.j + 1]?.lower !== 'held' && !(toks[m.j + 1]?.lower === 'which' && toks[m.j + 3]?.lower === 'held'))) return;
  const date = e.date!;
  const held = dates.find((x) => x.i > m.j + 1 && x.i <= m.j + 6 && !x.vague && x.start !== x.end);
  if (held && held.start >= date.start && held.end <= date.end && (held.start !== date.start || held.end !== date.end)) e.date = { start: held.start, end: held.end, text: held.text };
}

/** ", which began" follows mention `m`. */
function beganClauseAfter(toks: SentenceUnit['toks'], m: Mention): boolean {
  return toks[m.j]?.text === ',' && toks[m.j + 1]?.lower === 'which' && BEGAN.has(toks[m.j + 2]?.lower ?? '');
}

/** Days of a gathering that are its last ("The final day was attended by X"). */
const LAST_DAYS = /\b(?:final|closing|last) day\b/i;

/**
 * The date of an attendance of a gathering with a span of days: the whole span in the sentence that says
 * when it began ("The exercise, which began on September 24, involved X"), its last day when the sentence
 * is about its final day; undefined to keep the date found otherwise.
 */
export function attendedSpanDate(unit: SentenceUnit, target: number, span: DateInterval, ownDate: boolean): DateInterval | undefined {
  if (span.start === span.end) return undefined;
  // (Not when the sentence dates the day itself: "followed the final day of the exercise on Tuesday".)
  if (!ownDate && LAST_DAYS.test(unit.text)) return { start: span.end, end: span.end, text: span.text };
  for (const m of unit.mentions) if (m.entity === target && beganClauseAfter(unit.toks, m)) return span;
  return undefined;
}

/** Verbs of a gathering's start ("which began on June 3"). */
const BEGAN = new Set(['began', 'started', 'opened', 'commenced']);

/**
 * "completed Amber Gate on Thursday. The two-week exercise, which began on June 2, ...": a dated event said
 * to have begun before that date ran from its start to that date (a start alone after the event's name,
 * within a relative clause, stretches the date the event already has).
 */
function startedEarlier(unit: SentenceUnit, m: Mention, e: EntityRec, dates: DateSpan[]): void {
  const toks = unit.toks;
  if (!beganClauseAfter(toks, m)) return;
  const start = dates.find((x) => x.i > m.j + 2 && x.i <= m.j + 5 && !x.vague);
  const date = e.date!;
  if (start && start.start === start.end && start.start < date.start) e.date = { start: start.start, end: date.end, text: date.text };
}

/**
 * The date at token `i` follows "until" / "till" ("will keep 2,500 soldiers there until the end of 2032"): a limit
 * in time, which dates neither what is said after it nor an event of its clause.
 */
export function untilDate(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1]?.lower === 'the' ? toks[i - 2] : toks[i - 1];
  return before?.lower === 'until' || before?.lower === 'till';
}

/**
 * dateEvents at mention `m` of undated event `e`. (A function of its own: its arrows read `m`, and in the
 * loop V8 would allocate a context for it at every mention.)
 */
function dateEvent(unit: SentenceUnit, m: Mention, e: EntityRec, dates: DateSpan[], paragraphDate: DateInterval | undefined): void {
  // "X, who arrived on Tuesday, later co-chaired the meeting": a date in a relative clause closed before the event is not its date.
  // ("The drill was observed by X, who had arrived the previous evening": nor one in a relative clause after it on someone else.)
  // ("are taking part in the drill ... until August 1": the limit of a state of things dates no event.)
  // ("Speaking at the ceremony, X thanked Viet Nam for the rice it donated in January": nor the date of a reason's own event.)
  const own = dates.filter((x) => !relativeBefore(unit, m.i, x.i) && !x.ofThing && !personRelativeBetween(unit, m.j, x.i) && !untilDate(unit.toks, x.i) && !otherRelativeBetween(unit, m, x.i) && !reasonBetween(unit, m.j, x.i));
  if (own.length) {
    // ("Adriatic Shield 2048, the largest naval exercise held in the Adriatic this year, ended on Friday": a year that
    // qualifies a superlative gives way to a day.)
    const days = own.length > 1 ? own.filter((x) => !THIS_YEAR.test(x.text)) : own;
    const near = days.length ? days : own;
    const best = heldDates(unit, dates, near.reduce((a, b) => (Math.abs(a.i - m.i) <= Math.abs(b.i - m.i) ? a : b)));
    if (best.vague) return;
    // ("at the close of a two-day meeting ... on Wednesday": it ran up to that day.)
    const ending = best.start === best.end ? endedGathering(unit) : 0;
    e.date = ending > 1 ? { start: addDays(best.start, 1 - ending), end: best.end, text: best.text } : { start: best.start, end: best.end, text: best.text };
  } else if (paragraphDate && !dates.length) e.date = paragraphDate;
}

/** A relative year ("this year"): the span of a whole year. */
const THIS_YEAR = /^(?:this|last|next) year$/i;

/**
 * A ", which" / ", where" clause on a later name opens between event `m` and token `to` ("observed Kasangga Sakura 2027,
 * the first exercise held under the RAA, which the two countries signed in July 2024"): its dates are not the event's.
 */
function otherRelativeBetween(unit: SentenceUnit, m: Mention, to: number): boolean {
  const toks = unit.toks;
  for (let k = m.j + 1; k < to - 1; k++) {
    if (toks[k]!.text !== ',' || (toks[k + 1]!.lower !== 'which' && toks[k + 1]!.lower !== 'where')) continue;
    // ("a two-day meeting ... in Elegu, Amuru District, which ended on Tuesday": a clause telling of a gathering's days is the event's.)
    if (GATHERING_VERBS.has(toks[k + 2]?.lower ?? '') || (AUX.has(toks[k + 2]?.lower ?? '') && toks[k + 3]?.lower === 'held')) continue;
    const ante = toks[k - 1]?.text === ')' ? pastBracketBack(toks, k - 1) : k;
    if (ante !== m.j) return true;
  }
  // ("a session of the Qatar-Turkey Combined Joint Force Command, which was established by the two countries in 2017",
  // "a meeting of the X Committee, a body set up by the two countries in 2012,": a founding right after the gathering's
  // name tells of the body closing it, not of the gathering.)
  if (m.j + 1 >= to || !foundingSetOff(toks, m.j)) return false;
  // (Only a date inside it: "..., which was held in Tunis on Wednesday and Thursday" after it dates the gathering.)
  for (let k = m.j + 1; k < to; k++) if (toks[k]!.text === ',') return false;
  return true;
}

/** Verbs of a gathering's course ("which ended on Tuesday"; "which was held in Tunis" is read with AUX). */
const GATHERING_VERBS = new Set([...BEGAN, 'ended', 'closed', 'concluded', 'ran', 'lasted', 'runs', 'ends', 'begins']);

/** Index of the "(" that opens the bracket closing at `close`, else `close` + 1. */
function pastBracketBack(toks: readonly Tok[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 6); k--) if (toks[k]!.text === '(') return k;
  return close + 1;
}

/** A ", who" clause (on a person) opens between tokens `from` and `to`. */
function personRelativeBetween(unit: SentenceUnit, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (unit.toks[k]!.text === ',' && unit.toks[k + 1]!.lower === 'who') return true;
  return false;
}

/** Whether an ATTENDED candidate has `source` attend `target`. (A plain loop: shareAttendance's arrows would cost a context at every pair.) */
function attends(cands: Candidate[], source: number, target: number): boolean {
  for (const x of cands) if (x.type === 'ATTENDED' && x.source === source && x.target === target) return true;
  return false;
}

/** Words that set a meeting at another time than the event: "attended the ceremony after holding talks with X". */
const OTHER_TIME = new Set(['after', 'before', 'following', 'ahead']);

/** A word of OTHER_TIME stands between the cues at `a` and `b` (either order). */
function otherTimeBetween(unit: SentenceUnit, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (OTHER_TIME.has(unit.toks[k]!.lower)) return true;
  return false;
}

/**
 * The cue at `a` is in a ", who" clause that closes before the cue at `b` ("X, who visited the exercise on Friday, met
 * Y at a command post": the meeting is told of apart from the visit).
 */
function whoClauseBefore(unit: SentenceUnit, a: number, b: number): boolean {
  if (b <= a) return false;
  let k = a - 1;
  while (k > 0 && unit.toks[k]!.text !== ',' && unit.toks[k]!.lower !== 'who') k--;
  if (unit.toks[k]?.lower !== 'who' || unit.toks[k - 1]?.text !== ',') return false;
  for (let q = a + 1; q < b; q++) if (unit.toks[q]!.text === ',') return true;
  return false;
}

/**
 * People who met someone attending an event in the same sentence attend it too; not when the meeting is set at
 * another time ("also attended the ceremony after holding talks with Defense Minister X": X did not).
 */
export function shareAttendance(unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const a of cands) {
    if (a.type !== 'ATTENDED' || a.negated) continue;
    for (const m of cands) {
      if (m.type !== 'MET_WITH' || m.negated || (a.cue >= 0 && m.cue >= 0 && (otherTimeBetween(unit, a.cue, m.cue) || (a.sent === unit.index && m.sent === unit.index && whoClauseBefore(unit, a.cue, m.cue))))) continue;
      const other = m.source === a.source ? m.target : m.target === a.source ? m.source : undefined;
      if (other !== undefined && !attends(cands, other, a.target)) {
        extra.push(redirectCandidate(a, other, a.target));
      }
    }
  }
  return extra.length ? cands.concat(extra) : cands;
}

/** Speaker of each sentence; a quotation without one takes the speaker named when it closes. */
export function quoteSpeakers(units: SentenceUnit[], speakers: Array<number | undefined>): Array<number | undefined> {
  const out = [...speakers];
  for (let i = 0; i < units.length; i++) {
    if (out[i] !== undefined) continue;
    const first = units[i]!.toks.find((t) => t.kind === 'w');
    if (!first?.quoted) continue;
    for (let k = i + 1; k < Math.min(units.length, i + 4); k++) {
      const f = units[k]!.toks.find((t) => t.kind === 'w');
      if (!f?.quoted) break;
      if (speakers[k] !== undefined) {
        out[i] = speakers[k];
        break;
      }
    }
  }
  return out;
}

let wordPatterns: Map<string, RegExp> | undefined;

/** `\bWORD\b` for a literal word (compiled once per word; the pattern has no g flag, so test() keeps no state). */
function wordPattern(w: string): RegExp {
  wordPatterns ??= new Map();
  let re = wordPatterns.get(w);
  if (!re) {
    if (wordPatterns.size > 5_000) wordPatterns.clear();
    re = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    wordPatterns.set(w, re);
  }
  return re;
}

/** Points every candidate's ends at the entities they were merged into. */
function redirectAll(cands: Candidate[], redirect: ReadonlyMap<number, number>): void {
  if (!redirect.size) return;
  for (const c of cands) {
    c.source = redirect.get(c.source) ?? c.source;
    c.target = redirect.get(c.target) ?? c.target;
  }
}

/** The aliases of `s` besides its label, without a leading "the", when there are some and each is one word. */
function singleWordAliases(s: EntityRec): string[] | undefined {
  const words: string[] = [];
  for (const a of s.aliases) {
    if (a === s.label) continue;
    const w = a.replace(/^the\s+/i, '');
    if (/\s/.test(w)) return undefined;
    words.push(w);
  }
  return words.length ? words : undefined;
}

/** The aliases with a space of each state, by entity index. */
function multiWordAliases(states: EntityRec[]): Map<number, string[]> {
  const long = new Map<number, string[]>();
  for (const t of states) long.set(t.index, [...t.aliases].filter((a) => a.includes(' ')));
  return long;
}

/**
 * A state named only by a bare word of another state's name ("Congo" beside "Democratic Republic of Congo") is that
 * state, unless that word is its own one-word common name ("Sudan" beside "South Sudan").
 */
export function mergeAmbiguousStates(d: DocEntities, cands: Candidate[]): void {
  const states = d.list.filter((e) => e.type === 'state' && e.mentions > 0);
  if (states.length < 2) return;
  const redirect = new Map<number, number>();
  // Multi-word aliases of each state, collected once, before any state takes another's aliases
  // (when the first state named only by single words comes up: most documents have none).
  let long: Map<number, string[]> | undefined;
  for (const s of states) {
    // ("Sudanese troops" beside "South Sudanese": a state whose own common name is one word, Sudan or Guinea, is
    // named by it, not ambiguously: only "Congo", of the Republic of the Congo, may stand for another.)
    if (!s.label.includes(' ')) continue;
    const words = singleWordAliases(s);
    if (!words) continue;
    long ??= multiWordAliases(states);
    const host = hostState(states, s, words, redirect, long);
    if (!host) continue;
    redirect.set(s.index, host.index);
    for (const a of s.aliases) host.aliases.add(a);
    host.mentions += s.mentions;
    s.mentions = 0;
  }
  redirectAll(cands, redirect);
}

/** A body named with its owner: a state's ("Defence Forces of Kenya"), or a formation of a body ("Unified Force of the Alliance of Sahel States"). */
function ownedName(e: EntityRec): boolean {
  return e.ownerState !== undefined || e.type === 'unit';
}

/**
 * The bodies but `e` whose lower-case label (in `lower`) holds `bare`. (Called from mergeBareBodies'
 * loop: an arrow there reading the loop's variables would make V8 allocate a context at every body.)
 */
function namesakes(bodies: EntityRec[], lower: string[], e: EntityRec, bare: string): EntityRec[] {
  return bodies.filter((t, q) => t !== e && lower[q]!.includes(bare));
}

/**
 * The first state but `s`, not redirected, with a multi-word alias (in `long`) holding one of `words`
 * as a word. (Called from mergeAmbiguousStates' loop: arrows there reading the loop's variables would
 * make V8 allocate a context at every state.)
 */
function hostState(states: EntityRec[], s: EntityRec, words: string[], redirect: Map<number, number>, long: Map<number, string[]>): EntityRec | undefined {
  return states.find((t) => t !== s && !redirect.has(t.index) && long.get(t.index)!.some((a) => words.some((w) => a.includes(w) && wordPattern(w).test(a))));
}

/**
 * "the Chief of the Defence Forces (CDF)" ... "The Kenya Defence Forces (KDF)": a body named without its
 * owner is the one body of that name a state owns in the same document (only when exactly one does).
 * ("the Unified Force" after "the Unified Force of the Alliance of Sahel States": so is a unit named without its body.)
 */
export function mergeBareBodies(d: DocEntities, cands: Candidate[]): void {
  const bodies = d.list.filter((e) => (e.type === 'organization' || e.type === 'unit') && e.mentions > 0);
  if (bodies.length < 2) return;
  // Owned bodies by the words before their first " of " ("defence forces" for "Defence Forces of Kenya"), so that the
  // search over every name below runs only for a bare name that has such a namesake (not once per body: documents
  // with thousands of names). (Without any, nothing merges: most documents have none, and then only the owned
  // bodies' labels are lower-cased.)
  let owned: Set<string> | undefined;
  for (const e of bodies) {
    if (!ownedName(e)) continue;
    const low = e.label.toLowerCase();
    const at = low.indexOf(' of ');
    if (at > 0) (owned ??= new Set()).add(low.slice(0, at));
  }
  if (!owned) return;
  const lower = bodies.map((e) => e.label.toLowerCase());
  const redirect = new Map<number, number>();
  for (let n = 0; n < bodies.length; n++) {
    const e = bodies[n]!;
    if (e.ownerState || !/\s/.test(e.label) || / of /i.test(e.label) || !owned.has(lower[n]!)) continue;
    // ("the National Army" beside "the Libyan National Army" and "the People's National Army" stays apart.)
    const bare = lower[n]!;
    const named = namesakes(bodies, lower, e, bare);
    const host = named.length === 1 ? named[0]! : undefined;
    if (!host || host.type !== e.type || !ownedName(host) || !lower[bodies.indexOf(host)]!.startsWith(`${bare} of `)) continue;
    redirect.set(e.index, host.index);
    for (const a of e.aliases) host.aliases.add(a);
    host.mentions += e.mentions;
    e.mentions = 0;
  }
  redirectAll(cands, redirect);
}

/**
 * "... who until last year commanded the Almirante Viel. ... The Almirante Viel, Chile's first domestically built
 * icebreaker, returned": a name guessed a person's (no title, no post) before a later sentence shows it is a ship's
 * is that ship. (Its candidates, made for a person, are dropped: a ship's relations are not a person's.)
 */
export function mergeShipNamesakes(d: DocEntities, placed: Array<{ cand: Candidate }>): void {
  let ships: Map<string, EntityRec> | undefined;
  for (const e of d.list) if (e.type === 'unit' && e.mentions > 0 && e.head === undefined) for (const a of e.aliases) (ships ??= new Map()).set(a, e);
  if (!ships) return;
  const redirect = new Map<number, number>();
  for (const e of d.list) {
    if (e.type !== 'person' || e.mentions === 0 || e.titles.length || e.leads.size || e.serves.size) continue;
    const host = ships.get(e.label);
    if (!host || e.aliases.size !== 1) continue;
    redirect.set(e.index, host.index);
    host.mentions += e.mentions;
    e.mentions = 0;
  }
  if (!redirect.size) return;
  for (let k = placed.length - 1; k >= 0; k--) if (redirect.has(placed[k]!.cand.source) || redirect.has(placed[k]!.cand.target)) placed.splice(k, 1);
}

/** "Thai Prime Minister X ... warned that Bangkok will not hesitate": a person's praise or criticism of their own state is a misreading. */
export function ownStateStance(d: DocEntities, c: Candidate): boolean {
  if (c.type !== 'CRITICIZED' && c.type !== 'PRAISED') return false;
  const source = d.list[c.source]!;
  const target = d.list[c.target]!;
  if (source.type !== 'person' || target.type !== 'state' || !target.code) return false;
  return personState(d, source) === target.code;
}

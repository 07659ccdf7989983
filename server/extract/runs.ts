// Mention stage, part 1: collect runs of name-like tokens in a sentence (capitalised words,
// gazetteer phrases, titles, name-internal connectors such as "of the", "on", "'s", particles,
// and a trailing lower-case facility noun as in "Knevichi airfield") and segment each run.
import { getLexicon, type Lexicon, type GazEntry } from './lexicon.js';
import { wordClass } from './word-classes.js';
import { itemAt, tokAt, wordAt, type Tok } from './tokens.js';

export type SegKind = 'gaz' | 'title' | 'poss' | 'conn' | 'word' | 'lowhead';

/** A piece of a run: token range [i, j) of the sentence. */
export interface Seg {
  kind: SegKind;
  i: number;
  j: number;
  gaz?: GazEntry;
  title?: 'leader' | 'official' | 'rank';
}

/**
 * A segment, always in one object shape (gaz and title present, undefined when unset): the run
 * interpreters read seg.kind / seg.i / seg.j on every segment, and segments of three shapes made
 * those reads polymorphic.
 */
export function seg(kind: SegKind, i: number, j: number, gaz?: GazEntry, title?: Seg['title']): Seg {
  return { kind, i, j, gaz, title };
}

export interface Run {
  i: number;
  j: number;
  segs: Seg[];
}

/** Read-only view of the sentence for the run collector. */
export interface RunInput {
  lex: Lexicon;
  toks: Tok[];
  lowers: string[];
  /** Gazetteer matches per token, filled on first look (null: none). */
  gazMemo?: Array<{ length: number; value: GazEntry } | null | undefined>;
  /** Title matches per token, filled on first look (null: none). */
  titleMemo?: Array<{ length: number; value: TitleWord } | null | undefined>;
}

type TitleWord = 'leader' | 'official' | 'rank';

/** Longest title phrase starting at token `p` (memoised per sentence when the input has a memo). */
export function titleAt(inp: RunInput, p: number): { length: number; value: TitleWord } | undefined {
  const memo = inp.titleMemo;
  if (!memo || p < 0 || p >= memo.length) return matchTitle(inp, p);
  const hit = memo[p];
  if (hit !== undefined) return hit ?? undefined;
  const found = matchTitle(inp, p);
  memo[p] = found ?? null;
  return found;
}

/** "St", "Saint" before a saint's name whose possessive a place's name holds ("St Ann's Fort"). */
const SAINTS = new Set(['st', 'saint', 'ste', 'sainte']);

/** Posts a naval rank may follow before the name ("Spokesman Commander X"). */
const SPOKES_POSTS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'attaché', 'attache', 'aide']);

/** Titles that are also given names ("Emir Hadžiosmanović", "Sultan Bekov"). */
const NAME_TITLES = new Set(['emir', 'amir', 'sultan']);

/** Tok.classes bits of the words a title or a gazetteer phrase can start with: most tokens start neither. */
export const TITLE_START = wordClass(() => getLexicon().titles.firstWords());
const GAZ_START = wordClass(() => getLexicon().gazetteer.firstWords());

function matchTitle(inp: RunInput, p: number): { length: number; value: TitleWord } | undefined {
  const t = inp.toks[p];
  if (!t || (t.classes & TITLE_START) === 0) return undefined;
  let found = inp.lex.titles.match(inp.lowers, p);
  // "the Chairman of the Joint Chiefs of Staff Committee of Pakistan": a longer title whose last words open a body's name is the shorter one before it.
  if (found && found.length > 1 && inp.toks[p + found.length]?.cap && inp.lex.orgHeads.has(inp.lowers[p + found.length]!)) found = shorterTitle(inp, p, found.length);
  // "Bosnia's Minister of Security, Emir Hadžiosmanović": after a capitalised role and a comma, a name.
  if (found && found.length === 1 && NAME_TITLES.has(inp.lowers[p]!) && inp.toks[p - 1]?.text === ',' && inp.toks[p - 2]?.cap && inp.toks[p + 1]?.cap) return undefined;
  // ("Navy Media Spokesman Commander X": "Commander" between another post and a name is the naval rank.)
  if (found && found.length === 1 && inp.lowers[p] === 'commander' && inp.toks[p + 1]?.cap && inp.toks[p - 1]?.cap && SPOKES_POSTS.has(inp.lowers[p - 1]!)) return { length: 1, value: 'rank' };
  return found;
}

/** The longest title at `p` shorter than `len` words. */
function shorterTitle(inp: RunInput, p: number, len: number): { length: number; value: TitleWord } | undefined {
  for (let l = len - 1; l >= 1; l--) {
    const found = inp.lex.titles.match(inp.lowers.slice(p, p + l), 0);
    if (found?.length === l) return found;
  }
  return undefined;
}

// ("the 12th-13th Line Battalion": two merged units keep both numbers.)
const ORDINAL = /^\d+(?:st|nd|rd|th)(?:-\d+(?:st|nd|rd|th))?$/;
/** Lower-case words allowed inside a gazetteer phrase ("Republic of the Congo"). */
const GAZ_INNER = new Set(['of', 'the', 'and', "'s", 'da', 'de', 'du', 'la']);
/** Words before a month name that make it a date ("in May", "early June"). */
const MONTH_DATE_PREVS = new Set(['in', 'on', 'since', 'until', 'early', 'late', 'mid', 'of', 'by', 'last', 'next', 'this', 'from', 'till', 'through', 'between', 'and']);
const YEAR = /^(?:19|20)\d\d$/;
/** A year with the edition of that year ("Iron Wolf 2028-II", "Saber Strike 2027-B"). */
const EDITION_YEAR = /^(?:19|20)\d\d-(?:[IVX]{1,4}|[A-Z]|\d{1,2})$/;

/**
 * A year or a year with its edition (YEAR, EDITION_YEAR). Both open with "19" or "20", so a token not
 * opening with 1 or 2 (almost every token the run collector reaches) is settled without the two regexes.
 */
function isYearOrEdition(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x31 || c === 0x32) && (YEAR.test(text) || EDITION_YEAR.test(text));
}
const DATE_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;
const PLACE_PREPS = new Set(['in', 'at', 'to', 'from', 'into', 'near', 'around', 'across', 'outside', 'inside', 'towards', 'toward', 'via', 'of', 'over', 'off', 'through', 'along']);

/** True for an ordinal number token such as "528th". */
export function isOrdinal(t: Tok | undefined): boolean {
  return !!t && t.kind === 'n' && ORDINAL.test(t.lower);
}

/** Gazetteer phrase at `p` whose content words are all capitalised. */
export function gazAt(inp: RunInput, p: number): { length: number; value: GazEntry } | undefined {
  const memo = inp.gazMemo?.[p];
  if (memo !== undefined) return memo ?? undefined;
  const found = gazLookup(inp, p);
  if (inp.gazMemo && p >= 0) inp.gazMemo[p] = found ?? null;
  return found;
}

function gazLookup(inp: RunInput, p: number): { length: number; value: GazEntry } | undefined {
  const t = inp.toks[p];
  if (!t || !t.cap || (t.classes & GAZ_START) === 0) return undefined;
  const m = inp.lex.gazetteer.match(inp.lowers, p);
  if (!m) return undefined;
  // ("ministry spokesman Rok Zalokar": "ROK" names South Korea only in capitals.)
  if (m.length === 1 && !t.upper && inp.lex.capsOnly.has(t.lower)) return undefined;
  // "US$6.5 billion", "HK$": a currency sign after a country code makes it a currency.
  if (inp.toks[p + m.length]?.text === '$' && inp.toks[p + m.length]!.start === inp.toks[p + m.length - 1]!.end) return undefined;
  for (let k = p; k < p + m.length; k++) {
    const w = inp.toks[k]!;
    if (!w.cap && !GAZ_INNER.has(w.lower)) return undefined;
  }
  // ("traffickers moved away from Central America", "South America": "America" after a side or "Latin" names a region.)
  // ("the Central American Integration System", "Latin American states": so does "American" after them.)
  if (m.length === 1 && (t.lower === 'america' || t.lower === 'american') && inp.toks[p - 1]?.cap && AMERICAS.has(inp.lowers[p - 1]!)) return undefined;
  // A state name that is really the start of a longer capitalised name ("Georgia Tech") still counts.
  return m;
}

/** Words closing a sea's name ("Indian Ocean", "Red Sea"). */
const SEA_WORDS = new Set(['ocean', 'sea']);

/** Heads that close a whole body's name before "and" ("the European Union and United Nations"; not "Command and Staff College"). */
const CLOSING_BODY_HEADS = new Set(['union', 'nations', 'league', 'alliance', 'organisation', 'organization', 'community', 'bank', 'fund']);

/** Words before "America" that make it a region of the Americas, not the United States. */
const AMERICAS = new Set(['central', 'latin', 'south', 'north']);

/** Epithets that follow a ruler's name after "the", in names of people and of ships named for them ("Peter the Great"). */
const EPITHETS = new Set(['Great', 'Elder', 'Younger']);

/** Tok.classes bit of the lexicon's month and weekday names (isMonthDate is asked for every capitalised word). */
const MONTH_OR_WEEKDAY = wordClass(() => getLexicon().monthsOrWeekdays);

function isMonthDate(inp: RunInput, p: number): boolean {
  const { lex, toks } = inp;
  const t = toks[p]!;
  if ((t.classes & MONTH_OR_WEEKDAY) === 0) return false;
  const next = toks[p + 1];
  const prev = toks[p - 1];
  if (lex.weekdays.has(t.lower)) return true;
  if (next && next.kind === 'n' && DATE_NUMBER.test(next.lower)) return true;
  // ("based in Mar del Plata": a month's short form before a name particle and a capitalised word opens a name.)
  if (t.lower.length <= 4 && next?.kind === 'w' && lex.particles.has(next.lower) && toks[p + 2]?.cap) return false;
  if (prev && (prev.kind === 'n' || MONTH_DATE_PREVS.has(prev.lower))) return true;
  // "Polish President Jan Sokołowski": a month's short form before a capitalised word is a first name.
  if (t.lower.length <= 4 && next?.kind === 'w' && next.cap) return false;
  return t.lower !== 'may' && t.lower !== 'march';
}

function firstWordIndex(toks: Tok[]): number {
  return toks.findIndex((t) => t.kind === 'w');
}

/**
 * Tok.classes bits of the lexicon's function words and portfolio words: skipStart is asked for the
 * first token of every run and lowerPortfolioBeforeTitle for every lower-case word a run meets.
 */
const FUNCTION_WORD = wordClass(() => getLexicon().functionWords);
const PORTFOLIO_WORD = wordClass(() => getLexicon().portfolio);

/** Verbs of command passing from one commander to the next ("Command of X passed from A to B", "handed over command of X"). */
export const COMMAND_PASSING: ReadonlySet<string> = new Set(['handed', 'hands', 'hand', 'handing', 'passed', 'passes', 'pass', 'passing', 'transferred', 'transfers', 'transfer', 'changed']);
/** Forms of "take" before "over (from)" ("took over from", "have taken over from"). */
export const TAKE_FORMS: ReadonlySet<string> = new Set(['took', 'taken', 'take', 'takes', 'taking']);

/** "Command of X passed ... from A to B": a verb of passing from token `from` on, before "to" and the sentence's end. */
export function commandPassesFrom(toks: readonly Tok[], from: number): boolean {
  for (let k = from; k < toks.length && k < from + 20; k++) {
    if (toks[k]!.lower === 'to' || toks[k]!.text === '.' || toks[k]!.text === ';') return false;
    if (COMMAND_PASSING.has(toks[k]!.lower)) return true;
  }
  return false;
}

/** Participles of going, meeting or speaking that open a sentence before a name ("Visiting Laamu Atoll on Monday, X praised"). */
const PARTICIPLE_OPENERS = new Set(['visiting', 'touring', 'inspecting', 'addressing', 'meeting', 'receiving', 'welcoming', 'hosting', 'attending', 'leaving', 'arriving', 'reaching', 'returning', 'travelling', 'traveling', 'thanking', 'praising', 'quoting', 'citing', 'accompanying', 'joining', 'entering']);

/** Capitalised function word that does not begin a name ("The", "On", sentence-initial "No"). */
function skipStart(inp: RunInput, p: number, first: number): boolean {
  const { lex, toks } = inp;
  const t = toks[p]!;
  // "Marines of the Russian Navy took part": a plural people noun opening the sentence before "of" / "from" is no name.
  if (p === first && lex.peopleNouns.has(t.lower) && (toks[p + 1]?.lower === 'of' || toks[p + 1]?.lower === 'from')) return true;
  // ("Command of NATO's Multinational Battle Group in Romania passed on Thursday from A to B": command handed over is no body.)
  if (p === first && t.lower === 'command' && toks[p + 1]?.lower === 'of' && commandPassesFrom(toks, p + 2)) return true;
  // ("Visiting Laamu Atoll on Monday, the High Commissioner ...": a participle opening the sentence is no part of the name after it.)
  if (p === first && PARTICIPLE_OPENERS.has(t.lower) && toks[p + 1]?.cap) return true;
  if ((t.classes & FUNCTION_WORD) === 0) return false;
  if (gazAt(inp, p)) return false;
  if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return true;
  // "His Highness Sheikh X, President of the UAE, received ...": a form of address opening the sentence begins a name.
  if (p === first) {
    const address = titleAt(inp, p);
    if (address && address.length > 1 && address.value === 'rank' && toks[p + address.length]?.cap) return false;
  }
  // "signed a Statement of Intent": an agreement head inside the sentence begins a name.
  if (p !== first && lex.agreementHeads.has(t.lower)) return false;
  const next = toks[p + 1];
  return p === first || !next || !next.cap;
}

/** The run so far names an agreement ("Statement of Partnership" before "on ..."). */
function hasAgreementHead(segs: Seg[], lowers: string[], lex: Lexicon): boolean {
  for (const s of segs) if (s.kind === 'word' && lex.agreementHeads.has(lowers[s.j - 1]!)) return true;
  return false;
}

/** After "<body head> of STATE", an "and STATE" that ends the name: the body belongs to both states. */
function jointBodyOfStates(inp: RunInput, segs: Seg[], p: number): boolean {
  const n = segs.length;
  const last = itemAt(segs, n - 1), conn = itemAt(segs, n - 2), head = itemAt(segs, n - 3);
  if (last?.kind !== 'gaz' || last.gaz?.kind !== 'state' || conn?.kind !== 'conn' || inp.lowers[conn.i] !== 'of' || head?.kind !== 'word') return false;
  if (!inp.lex.orgHeads.has(inp.lowers[head.j - 1]!)) return false;
  const next = gazAt(inp, p + 1);
  if (!next || next.value.kind !== 'state') return false;
  const after = inp.toks[p + 1 + next.length];
  return !after || (!after.cap && after.lower !== "'s");
}

/**
 * "the first Caribbean and Central American Security Summit": one capitalised word after a lower-case one, "and" at `p`,
 * then capitalised words closed by the head of a gathering or a body (no more than five in all).
 */
function coordinatedRegionsName(inp: RunInput, segs: Seg[], p: number): boolean {
  const first = segs[0];
  if (segs.length !== 1 || !first || first.j !== p || first.j - first.i !== 1) return false;
  const before = inp.toks[first.i - 1];
  // (Not an acronym, a name of its own: "the RBA and Royal Body Guard".)
  if (!before || before.kind !== 'w' || before.cap || inp.toks[first.i]!.upper) return false;
  let q = p + 1;
  while (q < p + 6 && inp.toks[q]?.kind === 'w' && inp.toks[q]!.cap) q++;
  if (q - p < 3) return false;
  const head = inp.lowers[q - 1]!;
  return inp.lex.eventHeads.has(head) || inp.lex.orgHeads.has(head);
}

/**
 * "the Serbian government's Office for Kosovo and Metohija": at "and" (token `p`), a body's head, "for" or "of", a gazetteer
 * place, then one capitalised word that is no gazetteer entry or title, and no capitalised word after it.
 */
function placePairInComplement(inp: RunInput, segs: Seg[], p: number): boolean {
  const last = segs[segs.length - 1];
  const conn = segs[segs.length - 2];
  const head = segs[segs.length - 3];
  if (segs.length !== 3 || last?.kind !== 'gaz' || last.j !== p || conn?.kind !== 'conn' || head?.kind !== 'word') return false;
  const w = inp.lowers[conn.i];
  if ((w !== 'for' && w !== 'of') || !inp.lex.orgHeads.has(inp.lowers[head.j - 1]!)) return false;
  const next = inp.toks[p + 1];
  return !!next && next.kind === 'w' && next.cap && !next.upper && !inp.toks[p + 2]?.cap && !gazAt(inp, p + 1) && !titleAt(inp, p + 1);
}

/** "the Federation of Fishermen of Puno": a second "of" inside an organization's name, before one last word. */
function secondOfInOrgName(inp: RunInput, segs: Seg[], after: number): boolean {
  const first = segs[0];
  if (!first || first.kind !== 'word' || !inp.lex.orgHeads.has(inp.lowers[first.j - 1]!) || !segs.some((s) => s.kind === 'conn' && inp.lowers[s.i] === 'of')) return false;
  const next = inp.toks[after + 1];
  return !next || !next.cap;
}

/** One to three capitalised words from `p` end the name ("for Security,", "for Military Valour"). */
function nameEndsAt(toks: Tok[], p: number): boolean {
  let q = p;
  while (q < p + 4 && toks[q]?.cap) q++;
  return q > p && q < p + 4;
}

/** "Group for the Support of Islam and Muslims (JNIM)": capitalised words from `p` run up to an acronym in brackets. */
function acronymClosesName(toks: Tok[], p: number): boolean {
  let q = p;
  while (q < p + 6 && (toks[q]?.cap || toks[q]?.lower === 'and' || toks[q]?.lower === 'of' || toks[q]?.lower === 'the')) q++;
  return q > p && toks[q]?.text === '(' && !!toks[q + 1]?.upper && toks[q + 2]?.text === ')';
}

/** Plurals of post holders that "of" and their post may follow in a gathering's name ("Heads of Government Meeting"). */
export const POST_HOLDERS: ReadonlySet<string> = new Set(['heads', 'chiefs', 'ministers']);

/** One to three capitalised words from `p`, the last a gathering's head ("Government Meeting"), end the name. */
function gatheringHeadAhead(inp: RunInput, p: number): boolean {
  const { toks, lowers, lex } = inp;
  for (let q = p; q < p + 3 && toks[q]?.cap && toks[q]!.kind === 'w'; q++) {
    if (toks[q + 1]?.cap && toks[q + 1]!.kind === 'w') continue;
    return lex.eventHeads.has(lowers[q]!);
  }
  return false;
}

/**
 * Capitalised words from `p` close with an acronym in brackets whose first letter opens the name (at `from`) and whose
 * last letter is the initial of the name's last word ("... Co-operation in Europe (OSCE)").
 */
function acronymSpansIn(toks: Tok[], from: number, p: number): boolean {
  if (!acronymClosesName(toks, p)) return false;
  let q = p;
  while (toks[q]?.text !== '(') q++;
  const acronym = toks[q + 1]!.text;
  return acronym[0] === toks[from]!.text[0] && acronym[acronym.length - 1] === toks[q - 1]!.text[0];
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹']);

let headWords: Set<string> | undefined;
let headWordsLex: Lexicon | undefined;

/** A head word of any kind: one lookup in the union of the ten sets (built once per lexicon) instead of up to ten. */
function isHeadWord(lex: Lexicon, w: string): boolean {
  if (headWordsLex !== lex || headWords === undefined) {
    headWords = new Set();
    for (const s of [lex.orgHeads, lex.unitHeads, lex.unitNamed, lex.agreementHeads, lex.awardPrefix, lex.awardSuffix, lex.orgPrefix, lex.placePrefix, lex.placeHeads, lex.eventHeads, lex.eventNamedOnly]) for (const x of s) headWords.add(x);
    headWordsLex = lex;
  }
  return headWords.has(w);
}

/** Heads of a department that a list of portfolios may name ("the Ministry for Civil Defense, Emergencies and Disaster Relief"). */
const DEPARTMENTS = new Set(['ministry', 'department', 'committee', 'commission', 'subcommittee']);

/**
 * From the comma at `p` in a post's or a department's complement: groups of capitalised words (no state, title or
 * head word), parted by commas, the first with a portfolio word, then "and" and a capitalised word. The index of
 * the "and", or -1 ("Minister of Police, National Security and Correctional Services"; not "the Ministry of
 * Defence, General X and ...", "the Ministry of Defence, Russia and China").
 */
function portfolioListAnd(inp: RunInput, p: number): number {
  const { toks, lex } = inp;
  let portfolio = false;
  let group = 0;
  for (let q = p + 1; q < toks.length && q < p + 14; q++) {
    const t = toks[q]!;
    if (t.text === ',') {
      if (!portfolio) return -1;
      group++;
      continue;
    }
    if (t.lower === 'and') {
      const next = toks[q + 1];
      return portfolio && next?.cap && next.kind === 'w' && !titleAt(inp, q + 1) && !stateAt(inp, q + 1) && !isHeadWord(lex, next.lower) ? q : -1;
    }
    if (t.kind !== 'w' || !t.cap || titleAt(inp, q) || stateAt(inp, q) || isHeadWord(lex, t.lower)) return -1;
    if (group === 0 && lex.portfolio.has(t.lower)) portfolio = true;
  }
  return -1;
}

/** Heads that end a formation's name ("1st Army Brigade"): an "and" after them starts another name. */
const FORMATION_ENDS = new Set(['brigade', 'battalion', 'regiment', 'division', 'squadron', 'flotilla', 'detachment', 'company']);

/** Abstract nouns of portfolios, programmes and treaties ("cooperation", "security", "friendship"), unlike surnames such as "Power". */
export const ABSTRACT_NOUN = /(?:tion|ity|ance|ence|ment|ship|ness|ics)$/;

/**
 * After the comma at `p`, a list of capitalised abstract items ("Good Neighbourliness and Cooperation"), each with a
 * word of an abstract noun's ending, closed by "and" and one such item before a lower-case word: the "and", or -1.
 */
function abstractListAnd(inp: RunInput, p: number): number {
  const { toks, lex } = inp;
  let abstract = false;
  let and = -1;
  for (let q = p + 1; q < toks.length && q < p + 12; q++) {
    const t = toks[q]!;
    if (t.text === ',' || t.lower === 'and') {
      if (!abstract || and >= 0) return -1;
      if (t.lower === 'and') and = q;
      abstract = false;
      continue;
    }
    if (t.kind !== 'w' || !t.cap) return and >= 0 && abstract ? and : -1;
    if (titleAt(inp, q) || stateAt(inp, q) || isHeadWord(lex, t.lower)) return -1;
    if (ABSTRACT_NOUN.test(t.lower) || lex.portfolio.has(t.lower)) abstract = true;
  }
  return -1;
}

function capAfter(toks: Tok[], p: number): number {
  // ("US Ambassador to The Bahamas X": a capitalised article before a name is the article, unless a place's name opens with it, "The Hague".)
  if (toks[p]?.text === 'The' && p > 0 && toks[p + 1]?.cap && toks[p + 1]!.kind === 'w' && !getLexicon().gazetteer.match(toks.slice(p, p + 4).map((t) => t.lower), 0)) return p + 1;
  if (toks[p]?.cap) return p;
  if (isOrdinal(toks[p]) && toks[p + 1]?.cap) return p;
  if (toks[p]?.lower === 'the' && toks[p + 1]?.cap) return p + 1;
  if (toks[p]?.lower === 'the' && isOrdinal(toks[p + 1]) && toks[p + 2]?.cap) return p + 1;
  return -1;
}

/** Collects the runs of one sentence, left to right, each token in at most one run. */
export function collectRuns(inp: RunInput): Run[] {
  const { toks } = inp;
  const runs: Run[] = [];
  const first = firstWordIndex(toks);
  let k = 0;
  while (k < toks.length) {
    const t = toks[k]!;
    // ("$NZ4 million": a currency code after a currency sign is no name.)
    if (t.kind !== 'w' || !t.cap || skipStart(inp, k, first) || isMonthDate(inp, k) || CURRENCY_SIGNS.has(tokAt(toks, k - 1)?.text ?? '')) {
      // "quoting spokesman Hamid Rezaei", "said army spokesman Col. X": a lower-case title right before a name opens its run.
      // ("read out by presidential spokeswoman X": with a word that makes the post the government's.)
      const qualified = t.kind === 'w' && !t.cap && LOWER_POST_QUALIFIERS.has(t.lower) && toks[k + 1]?.kind === 'w' && !toks[k + 1]!.cap && toks[k + 2]?.cap && !DESCRIBING.has(toks[k - 1]?.lower ?? '') && lowerTitleStart(inp, k + 1);
      if (t.kind === 'w' && !t.cap && (qualified || (toks[k + 1]?.cap && lowerTitleStart(inp, k)))) {
        const run = collectOne(inp, k);
        if (run.segs.length > 1) {
          runs.push(run);
          k = Math.max(run.j, k + 1);
          continue;
        }
      }
      k++;
      continue;
    }
    const run = collectOne(inp, k);
    if (run.segs.length) runs.push(run);
    k = Math.max(run.j, k + 1);
  }
  return runs;
}

/** "in the Field of", "in the Sphere of": words that keep an agreement's subject inside its name. */
const FIELD_WORDS = new Set(['field', 'fields', 'sphere', 'spheres', 'area', 'areas', 'domain']);

/** Honorifics written in capitals ("HE" is "he" only in lower case). */
const HONORIFIC_CAPS = new Set(['HE', 'H.E.', 'HH', 'H.H.', 'HRH', 'H.R.H.', 'HM', 'H.M.']);

/** Words before a lower-case title that make it a description ("the spokesman", "his adviser"), not a name's title. */
const DESCRIBING = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'whose', 'as', 'new']);

/** Lower-case words that make the post right after them the government's ("government spokesman X", "presidential spokeswoman Y"). */
const LOWER_POST_QUALIFIERS = new Set(['government', 'presidential']);

/** Token `k` is a lower-case title (not a rank) ending right before a capitalised word. */
function lowerTitleStart(inp: RunInput, k: number): boolean {
  const prev = inp.toks[k - 1];
  if (prev && (DESCRIBING.has(prev.lower) || (prev.kind === 'w' && prev.cap))) return false;
  const title = titleAt(inp, k);
  if (!title || title.value === 'rank' || title.length !== 1) return false;
  return true;
}

/** Forms of state that, capitalised after "the", name the dispatch's own state when its official name has that form ("a visit to the Kingdom"). */
/** Words between a possessive and the possessed name ("the Navy's new Coastal Defence Battalion"). */
const POSSESSED_MODIFIERS = new Set(['new', 'newly', 'elite', 'main', 'only', 'first', 'second', 'third']);

export const STATE_FORMS = new Set(['kingdom', 'sultanate', 'emirate', 'principality']);

function collectOne(inp: RunInput, k: number): Run {
  const { lex, toks, lowers } = inp;
  const segs: Seg[] = [];
  let p = k;
  let inComplement = false;
  let betweenAgreement = false;
  let namedComplement = false;
  let memorialName = false;
  // ("the medal For Distinction in Military Service": a name opened by "For" after an award word is an award's "for".)
  let awardFor = lowers[k] === 'for' && k > 0 && lex.awardPrefix.has(lowers[k - 1]!);
  // The "and" closing a list of portfolios (portfolioListAnd), once its first comma is taken.
  let listAnd = -1;
  // "Order of the Torch of Kilimanjaro": an award name keeps its nested "of" complements.
  const awardName = lex.awardPrefix.has(lowers[k]!) && lowers[k] !== 'title';
  const quoted = toks[k]!.quoted;
  while (p < toks.length) {
    const t = toks[p]!;
    if (t.quoted !== quoted && t.kind !== 'p') break;
    // ("Abu Dhabi-based EDGE Group": where a body is based is no part of its name.)
    if (t.kind === 'w' && t.lower.endsWith('-based')) break;
    const g = gazAt(inp, p);
    if (g) {
      segs.push(seg('gaz', p, p + g.length, g.value));
      p += g.length;
      continue;
    }
    // ("presidential spokeswoman X": a run opened at the lower-case word of whose post it is, see collectRuns.)
    if (p === k && t.kind === 'w' && !t.cap && LOWER_POST_QUALIFIERS.has(t.lower)) {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    // "HE Sheikh Saoud", "H.E. Mr X", "HH the Amir": capitalised honorifics are forms of address, like ranks.
    if (t.upper && HONORIFIC_CAPS.has(t.text)) {
      segs.push(seg('title', p, p + 1, undefined, 'rank'));
      p++;
      continue;
    }
    // "Lieutenant-General (Ret) X": a retired officer keeps the rank; the bracket belongs to it.
    // ("Staff Major General (Sea) X", "Colonel (Pilot) Y": or a qualifier of the rank, one capitalised word.)
    if (t.text === '(' && (RETIRED.has(lowers[p + 1] ?? '') || /^\p{Lu}\p{Ll}+$/u.test(toks[p + 1]?.text ?? '')) && toks[p + 2]?.text === ')' && segs[segs.length - 1]?.kind === 'title' && segs[segs.length - 1]!.title === 'rank' && toks[p + 3]?.cap) {
      segs[segs.length - 1]!.j = p + 3;
      p += 3;
      continue;
    }
    // "His Excellency the Most Honourable Sir X": "the" between two forms of address joins them.
    if (t.lower === 'the' && segs[segs.length - 1]?.kind === 'title' && segs[segs.length - 1]!.title === 'rank' && toks[p + 1]?.cap) {
      const next = titleAt(inp, p + 1);
      if (next && next.value === 'rank' && toks[p + 1 + next.length]?.cap) {
        segs.push(seg('title', p, p + 1 + next.length, undefined, 'rank'));
        p += 1 + next.length;
        continue;
      }
    }
    // ("by the Commander of the QENF, Staff Major General X": "Staff" opening a rank, in Gulf and Egyptian usage, is the
    // rank's own word; not after a post's "of" or a capitalised word: "Chief of Staff Major General Y".)
    if (t.lower === 'staff' && t.cap && segs.length === 0 && (p === 0 || toks[p - 1]!.kind === 'p' || (!toks[p - 1]!.cap && lowers[p - 1] !== 'of'))) {
      const rank = titleAt(inp, p + 1);
      if (rank && rank.value === 'rank' && (toks[p + 1 + rank.length]?.cap || toks[p + 1 + rank.length]?.text === '(')) {
        segs.push(seg('title', p, p + 1 + rank.length, undefined, 'rank'));
        p += 1 + rank.length;
        continue;
      }
    }
    const title = titleAt(inp, p);
    if (title && titleAllowed(inp, p, title.length, segs)) {
      segs.push(seg('title', p, p + title.length, undefined, title.value));
      p += title.length;
      continue;
    }
    // "the Air Force's No. 6 Squadron": "No." opens the unit's own number, after this run.
    if (t.text === 'No' && toks[p + 1]?.text === '.' && toks[p + 2]?.kind === 'n' && segs.length) break;
    // "the Order For Service to the Motherland": a capitalised "For" in an award's name joins like "for".
    if (awardName && t.text === 'For' && segs.length && toks[p + 1]?.cap) {
      inComplement = true;
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // ("the Order of May for Military Merit": a month after "of" in an award's name is part of it.)
    if (t.kind === 'w' && t.cap && (!isMonthDate(inp, p) || (awardName && lowers[p - 1] === 'of' && segs.length > 0 && !/^\d/.test(toks[p + 1]?.text ?? '')))) {
      segs.push(seg('word', p, p + 1));
      p++;
      // "French Ambassador to the Sultanate Hélène Marchetti": "the Kingdom", "the Sultanate" alone name a state; a name after it is another.
      if (wordAt(lowers, p - 2) === 'the' && STATE_FORMS.has(t.lower) && toks[p]?.cap && toks[p]!.kind === 'w') break;
      continue;
    }
    // "Military Region 4", "Sector 2", "Task Force 58": a number after a command's head names which one.
    // ("Panzerbrigade 45", "Jägerbataillon 292": so does a compound of a unit head.)
    // ("the coast guard's Region 1 Command": or one before a command's head.)
    // ("Exercise Amber Sky 38": so does one closing a name an event word opens.)
    const eventNumber = segs.length >= 2 && segs[0]!.kind === 'word' && lex.eventPrefix.has(lowers[segs[0]!.i]!) && !toks[p + 1]?.cap && !/^(?:of|on|in|to|from)$/.test(lowers[p - 1] ?? '');
    // ("at UN Position 7-1": a position's number may hold a hyphen.)
    const positionNumber = POSITION_HEADS.has(lowers[p - 1] ?? '') && toks[p - 1]!.cap && /^\d{1,3}(?:-\d{1,3}[a-z]?)?$/i.test(t.text);
    if (t.kind === 'n' && (/^\d{1,3}$/.test(t.text) || positionNumber) && segs[segs.length - 1]?.kind === 'word' && (NUMBERED_HEADS.has(lowers[p - 1]!) || COMPOUND_UNIT.test(lowers[p - 1]!) || eventNumber || positionNumber) && (!toks[p + 1]?.cap || lowers[p + 1] === 'command')) {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    // "Greek government spokesman X", "Kenyan army spokesman X": lower-case portfolio words between a demonym and a title.
    if (lowerPortfolioBeforeTitle(inp, p, segs)) {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    if (isOrdinal(t) && segs[segs.length - 1]?.kind === 'conn' && toks[p + 1]?.cap) {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // ("a parade at St Ann's Fort", "St John's College": a saint's possessive inside a name is part of it.)
    if (t.lower === "'s" && segs[segs.length - 1]?.kind === 'word' && SAINTS.has(lowers[p - 2] ?? '') && toks[p + 1]?.cap && toks[p + 1]!.kind === 'w') {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    // "Tonga's health ministry": a possessive before a lower-case ministry.
    // "Egypt's water minister Hesham Farouk": a possessive before lower-case portfolio words and a title.
    if (t.lower === "'s" && segs[segs.length - 1]?.kind === 'gaz' && (lowHeadAt(inp, p + 1, [...segs, seg('poss', p, p + 1)]) > p + 1 || lowerPortfolioBeforeTitle(inp, p + 1, [...segs, seg('poss', p, p + 1)]))) {
      segs.push(seg('poss', p, p + 1));
      p++;
      continue;
    }
    // "Afghanistan's acting Minister of Public Works, X": an interim word between the possessor and the title.
    if (t.lower === "'s" && INTERIM.has(lowers[p + 1] ?? '') && toks[p + 2]?.cap && titleAt(inp, p + 2) && segs.length) {
      segs.push(seg('poss', p, p + 2));
      p += 2;
      continue;
    }
    // "the Estonian Navy's new Coastal Defence Battalion": a modifier of the possessed name stands between.
    if (t.lower === "'s" && POSSESSED_MODIFIERS.has(lowers[p + 1] ?? '') && !toks[p + 1]!.cap && toks[p + 2]?.cap && toks[p + 2]!.kind === 'w' && segs.length && !titleAt(inp, p + 2)) {
      segs.push(seg('poss', p, p + 2));
      p += 2;
      continue;
    }
    // "Commander of the Bangladesh Army's 9th Infantry Division": an ordinal opening the possessed unit's name
    // in a post's complement (elsewhere the unit's own run starts at the ordinal).
    if (t.lower === "'s" && isOrdinal(toks[p + 1]) && toks[p + 2]?.cap && toks[p + 2]!.kind === 'w' && inComplement && segs.some((s) => s.kind === 'title') && !titleAt(inp, p + 2)) {
      segs.push(seg('poss', p, p + 2));
      p += 2;
      continue;
    }
    if (t.lower === "'s" && toks[p + 1]?.cap && segs.length) {
      segs.push(seg('poss', p, p + 1));
      p++;
      continue;
    }
    // "the National Assembly's defence committee": a body's possessive before a lower-case committee of its own.
    if (t.lower === "'s" && segs[segs.length - 1]?.kind === 'word' && lex.orgHeads.has(lowers[segs[segs.length - 1]!.j - 1]!) && committeeAfter(inp, p + 1) > p + 1) {
      segs.push(seg('poss', p, p + 1));
      p++;
      continue;
    }
    // "Hedgehog 2025 exercise", "Zapad 2021 drills": a year inside the proper name of an event.
    // "Golden Dragon 2027 joint military exercise": lower-case modifiers may come before the event word.
    // "Exercise Elang Indopura 2027": a year closes a name opened by an event word.
    // "the Nile Eagles 4 joint exercise": so does a series number before the event word.
    if (t.kind === 'n' && /^\d{1,2}$/.test(t.text) && segs[segs.length - 1]?.kind === 'word' && eventWordAhead(inp, p + 1)) {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    // "the Castilla 16 Infantry Regiment", "the Saboya 6 Regiment": a number inside a unit's name, before its capitalised head.
    if (t.kind === 'n' && /^\d{1,3}$/.test(t.text) && segs[segs.length - 1]?.kind === 'word' && unitHeadAhead(inp, p + 1)) {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    if (isYearOrEdition(t.text) && segs[segs.length - 1]?.kind === 'word' && (eventWordAhead(inp, p + 1) || (!!toks[p + 1]?.cap && lex.eventHeads.has(lowers[p + 1]!)) || (lex.eventPrefix.has(lowers[segs[0]!.i]!) && segs.length >= 2))) {
      segs.push(seg('word', p, p + 1));
      p++;
      continue;
    }
    // "the Caribbean and Central American Security Summit": two regions joined in the name of a gathering or a body.
    if (t.lower === 'and' && coordinatedRegionsName(inp, segs, p)) {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // "the Office for Kosovo and Metohija": a body's place complement goes on over "and" and one more unknown word.
    if (t.lower === 'and' && placePairInComplement(inp, segs, p)) {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // ("the National Order of 27 June": an order named after a day goes on over the day.)
    if (t.lower === 'of' && segs.length && segs[segs.length - 1]!.kind === 'word' && (lex.awardSuffix.has(lowers[segs[segs.length - 1]!.j - 1]!) || lex.awardPrefix.has(lowers[segs[segs.length - 1]!.j - 1]!)) && toks[p + 1]?.kind === 'n' && /^\d{1,2}$/.test(toks[p + 1]!.text) && lex.months.has(lowers[p + 2] ?? '')) {
      segs.push(seg('conn', p, p + 1), seg('word', p + 1, p + 3));
      p += 3;
      continue;
    }
    // "the Supreme Interstate Council of Uzbekistan and Azerbaijan": a body of two states named together.
    if (t.lower === 'and' && jointBodyOfStates(inp, segs, p)) {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    const lw = lastWord(segs, lowers);
    const after = capAfter(toks, p + 1);
    // "the Mail & Guardian", "Standard & Poor's": an ampersand between capitalised words joins one name.
    if (t.text === '&' && segs[segs.length - 1]!.kind === 'word' && toks[p + 1]?.cap && toks[p + 1]!.kind === 'w') {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // "Minister Delegate in charge of the National Defence Administration X": "in charge of" opens the post's complement.
    // ("the Minister Delegate at the Presidency in charge of Defence, X": or after the post's first complement.)
    if (t.lower === 'in' && lowers[p + 1] === 'charge' && lowers[p + 2] === 'of' && (segs[segs.length - 1]!.kind === 'title' || (segs[0]!.kind === 'title' && segs.some((s) => s.kind === 'conn'))) && capAfter(toks, p + 3) > 0) {
      segs.push(seg('conn', p, capAfter(toks, p + 3)));
      inComplement = true;
      p = capAfter(toks, p + 3);
      continue;
    }
    // "Flag Officer Commanding the Indian Navy's Eastern Fleet": the post's body follows "commanding" without an "of".
    if (t.lower === 'the' && lw === 'commanding' && segs[segs.length - 1]!.kind === 'title' && capAfter(toks, p) > p) {
      segs.push(seg('conn', p, capAfter(toks, p)));
      p = capAfter(toks, p);
      continue;
    }
    if (lw && after > 0) {
      const prevSeg = segs[segs.length - 1]!;
      const ok =
        // "the Agreement on the Joint Development of the Trans-Caspian International Transport Route": an agreement's subject may have its own "of".
        // (The head-word test, ten set lookups, only runs before an "of".)
        (t.lower === 'of' && (prevSeg.kind === 'title' || isHeadWord(lex, lw) || (segs.length === 1 && prevSeg.kind === 'word' && awardEndsAhead(inp, after)) || (inComplement && !!gazAt(inp, after)) || (inComplement && awardName) || (namedComplement && inComplement && acronymClosesName(toks, after)) || (namedComplement && FIELD_WORDS.has(lw)) || (namedComplement && inComplement && hasAgreementHead(segs, lowers, lex)) || secondOfInOrgName(inp, segs, after) || (inComplement && prevSeg.kind === 'word' && segs[0]!.kind === 'title' && orgHeadAhead(inp, after)))) ||
        // ("the 86th Infantry Group on the Golan Heights": a numbered formation's name takes no "on" phrase.)
        // ("conferred the Golden Order for Services on Pfeiffer": not after an award's "for", where "on" names who gets it.)
        (t.lower === 'on' && !awardFor && (lex.agreementHeads.has(lw) || lex.orgHeads.has(lw) || lex.eventHeads.has(lw) || (namedComplement && inComplement && hasAgreementHead(segs, lowers, lex))) && !ORDINAL.test(lowers[segs[0]!.i - 1] ?? '')) ||
        // "Order of Merit for Security", "Medal for Valour": an award name goes on after "for".
        (t.lower === 'for' && (lex.orgHeads.has(lw) || prevSeg.kind === 'title' || ((awardName || AWARD_FOR.has(lw)) && nameEndsAt(toks, after)))) ||
        // ("Support Group for Repatriates and Refugees (GARR)": any head word, when the name runs on to its acronym.)
        (t.lower === 'for' && after === p + 1 && isHeadWord(lex, lw) && acronymClosesName(toks, after)) ||
        // "Deputy Minister of Interior Affairs for Security X": a portfolio narrowed by "for" another.
        (t.lower === 'for' && inComplement && after === p + 1 && lex.portfolio.has(lw) && lex.portfolio.has(lowers[after]!) && segs.some((s) => s.kind === 'title')) ||
        // "the Order for Merits to Lithuania": an award "for" something may go on "to" a state.
        (t.lower === 'to' && awardFor && after === p + 1 && stateAt(inp, after) && !segs.some((s) => s.kind === 'conn' && lowers[s.i] === 'to')) ||
        // "the Monument to the Heroes of the Black Army", "the Memorial to the Fallen": a memorial is named by whom it honours.
        (t.lower === 'to' && MEMORIALS.has(lw) && !inComplement && lowers[p + 1] === 'the') ||
        (t.lower === 'of' && memorialName && inComplement) ||
        // ("Solomon Islands High Commissioner to Australia X": a high commissioner is an envoy too.)
        (t.lower === 'to' && prevSeg.kind === 'title' && (/ambassador|envoy|representative|consul/.test(lw) || (lw === 'commissioner' && lowers[p - 2] === 'high'))) ||
        // "ASEAN Special Envoy on Myanmar X": an envoy's brief after "on".
        (t.lower === 'on' && prevSeg.kind === 'title' && /envoy|representative|rapporteur|adviser|advisor/.test(lw) && after === p + 1) ||
        // "the Order for Service to the Motherland": so does its "to" after a "for".
        (t.lower === 'to' && awardName && lowers[p + 1] === 'the' && !titleAt(inp, after) && !orgHeadAhead(inp, after) && segs.some((s) => s.kind === 'conn' && lowers[s.i] === 'for') && !segs.some((s) => s.kind === 'conn' && lowers[s.i] === 'to') && nameEndsAt(toks, after)) ||
        // ("the Medal for Merit in Defence and Security": an award "for" merit may go on "in" a field of a portfolio, no place.)
        (t.lower === 'in' && awardFor && after === p + 1 && lex.portfolio.has(lowers[after]!) && !segs.some((s) => s.kind === 'conn' && lowers[s.i] === 'in')) ||
        // ("the Order of Prince Yaroslav the Wise": an epithet after the name an award bears.)
        (t.lower === 'the' && awardName && inComplement && after === p + 1 && prevSeg.kind === 'word' && toks[after]!.cap && !toks[after + 1]?.cap) ||
        // ("the Gold Medal of the Armed Forces in the Service of the Fatherland": or "in the Service of" whom it honours.)
        (t.lower === 'in' && (awardName || segs.some((s) => s.kind === 'word' && AWARD_FOR.has(lowers[s.j - 1]!))) && inComplement && lowers[p + 1] === 'the' && lowers[after] === 'service' && lowers[after + 1] === 'of' && !segs.some((s) => s.kind === 'conn' && lowers[s.i] === 'in')) ||
        // ("the Bundeswehr Cross of Honour in Gold": an award's grade in a metal.)
        (t.lower === 'in' && after === p + 1 && METAL_GRADES.has(lowers[after]!) && !toks[after + 1]?.cap && segs.some((s) => s.kind === 'word' && (AWARD_FOR.has(lowers[s.j - 1]!) || lex.awardPrefix.has(lowers[s.i]!)))) ||
        // "Secretary at the Ministry of Energy, Water Resources and Irrigation X".
        // ("received the Indonesian general at the General Command": not after a rank, which no body completes.)
        (t.lower === 'at' && prevSeg.kind === 'title' && prevSeg.title !== 'rank' && orgHeadAhead(inp, after)) ||
        (t.lower === 'between' && lex.agreementHeads.has(lw)) ||
        // ("the Commonwealth Heads of Government Meeting", "the Chiefs of Defence Conference": a gathering of holders of a post.)
        (t.lower === 'of' && POST_HOLDERS.has(lw) && after === p + 1 && gatheringHeadAhead(inp, after)) ||
        // ("the Organization for Security and Co-operation in Europe (OSCE)": a body's "in" phrase its acronym spells.)
        (t.lower === 'in' && namedComplement && after === p + 1 && acronymSpansIn(toks, segs[0]!.i, after)) ||
        // "Agreement ... on Cooperation in the Field of Defence".
        (t.lower === 'in' && namedComplement && inComplement && FIELD_WORDS.has(lowers[after] ?? '') && hasAgreementHead(segs, lowers, lex));
      if (ok) {
        if (t.lower === 'between') betweenAgreement = true;
        if (t.lower === 'to' && MEMORIALS.has(lw)) memorialName = true;
        if (t.lower === 'for' && (awardName || AWARD_FOR.has(lw))) awardFor = true;
        if (lex.agreementHeads.has(lw) || lex.orgHeads.has(lw) || lex.awardPrefix.has(lw)) namedComplement = true;
        inComplement = true;
        segs.push(seg('conn', p, after));
        p = after;
        continue;
      }
      // ("the Commander of the Naval Forces, Staff Major General X": not a comma before a rank "Staff" opens.)
      const staffRank = t.text === ',' && lowers[p + 1] === 'staff' && titleAt(inp, p + 2)?.value === 'rank';
      // "Minister of Energy, Water Resources and Irrigation X": a comma between portfolio words of a title's complement.
      if (t.text === ',' && !staffRank && inComplement && after === p + 1 && lex.portfolio.has(lw) && lex.portfolio.has(lowers[p + 1]!) && segs.some((s) => s.kind === 'title')) {
        segs.push(seg('conn', p, p + 1));
        p++;
        continue;
      }
      // "Minister of Police, National Security and Correctional Services X", "the Ministry for Civil Defense,
      // Emergencies and Disaster Relief (EMERCOM)": a list of portfolios names one post or one department.
      // ("the Treaty of Friendship, Good Neighbourliness and Cooperation": so does a list of what a treaty is of.)
      if (t.text === ',' && !staffRank && inComplement && after === p + 1 && (p < listAnd || (segs.some((s) => s.kind === 'title' || DEPARTMENTS.has(lowers[s.i]!)) && (listAnd = portfolioListAnd(inp, p)) > 0) || (lex.agreementHeads.has(lowers[segs[0]!.i]!) && (listAnd = abstractListAnd(inp, p)) > 0))) {
        segs.push(seg('conn', p, p + 1));
        p++;
        continue;
      }
      if (p === listAnd) {
        segs.push(seg('conn', p, p + 1));
        p++;
        continue;
      }
      // "the Unmanned Systems Exhibition and Conference": two event heads joined name one gathering.
      if (t.lower === 'and' && after === p + 1 && prevSeg.kind === 'word' && toks[p - 1]!.cap && lex.eventHeads.has(lowers[p - 1]!) && toks[p + 1]?.cap && lex.eventHeads.has(lowers[p + 1]!) && !lex.eventHeads.has(lowers[p + 2] ?? '') && !toks[p + 2]?.cap) {
        segs.push(seg('conn', p, p + 1));
        p++;
        continue;
      }
      if (t.lower === 'and' && after === p + 1) {
        // ("Minister of Defence and Veterans' Affairs": a plural's apostrophe before "Affairs" stays on its word.)
        const nextLower = lowers[p + 1]!.replace(/'$/, '');
        const nextTitle = titleAt(inp, p + 1);
        // ("Deputy Minister of National Defence and Chief of the LPA General Staff, X": not a second post with its own "of"
        // complement, which is another body's.)
        const ownPost = !!nextTitle && nextTitle.value !== 'rank' && lowers[p + 1 + nextTitle.length] === 'of' && segs[0]!.kind === 'title' && segs.some((s) => s.kind === 'conn' && lowers[s.i] === 'of');
        const portfolioPair = lex.portfolio.has(lw) && (lex.portfolio.has(nextLower) || !!nextTitle);
        const titlePair = prevSeg.kind === 'title' && (lex.portfolio.has(nextLower) || !!nextTitle);
        if (!ownPost && (portfolioPair || titlePair || (betweenAgreement && gazAt(inp, p + 1)) || (namedComplement && !gazAt(inp, p + 1) && prevSeg.kind === 'word' && namedConjunct(inp, p + 1)) || (inComplement && lex.portfolio.has(lw) && lex.portfolio.has(nextLower)))) {
          segs.push(seg('conn', p, p + 1));
          p++;
          continue;
        }
      }
      // ("Lockheed Martin and General Dynamics": a title word after the "and" opens another name; "Minister X
      // and Hanwha Aerospace chief executive Y": so does a body after a titled name.)
      // ("trains RBA and Royal Body Guard officers": an acronym alone before "and" is a name of its own.)
      const soleAcronymBefore = segs.length === 1 && prevSeg.j - prevSeg.i === 1 && toks[prevSeg.i]!.upper;
      // ("the Serbian Army's 1st Army Brigade and River Flotilla": not after a formation's head, which ends its name.)
      // ("the King Abdullah II Design and Development Bureau": so in a body named after a monarch.)
      const royalNamed = segs[0]!.kind === 'title' && ROYAL_TITLES.has(lowers[segs[0]!.i]!) && segs.length >= 3 && institutionAhead(inp, p + 1);
      // ("the European Union and United Nations": nor after a body's head that closes a name of two words or more.)
      const closedBody = CLOSING_BODY_HEADS.has(lw) && p - segs[0]!.i >= 2;
      if (t.lower === 'and' && after === p + 1 && prevSeg.kind === 'word' && toks[p - 1]!.kind !== 'n' && !soleAcronymBefore && !FORMATION_ENDS.has(lw) && !closedBody && !gazAt(inp, p + 1) && !titleAt(inp, p + 1) && (inComplement || royalNamed || !segs.some((s) => s.kind === 'title')) && orgHeadAhead(inp, p + 1)) {
        segs.push(seg('conn', p, p + 1));
        p++;
        continue;
      }
      // ("the French Forces in the UAE": forces named for a state they serve in; "the UAE Armed Forces in Abu Dhabi" are not named for a city.)
      // ("NATO's Multinational Battle Group in Romania": so is a battle group, for a state.)
      const battleGroup = lw === 'group' && lowers[p - 2] === 'battle';
      // ("clashed with the Radaa Special Deterrence Force in the Tripoli suburb of Tajoura": not a place that only
      // qualifies the place noun after it.)
      if (t.lower === 'in' && (MISSION_HEADS.has(lw) || battleGroup) && gazAt(inp, after) && (!(STATIONED_FORCES.has(lw) || battleGroup) || gazAt(inp, after)!.value.kind === 'state') && !placeNounAfter(inp, after + gazAt(inp, after)!.length)) {
        segs.push(seg('conn', p, after));
        p = after;
        continue;
      }
      if (t.kind === 'w' && !t.cap && lex.particles.has(t.lower) && toks[p + 1]?.cap) {
        segs.push(seg('conn', p, p + 1));
        p++;
        continue;
      }
    }
    // "Santiago de Cuba": a capital's name, a particle and a state's name are one city's name.
    const lastSeg = segs[segs.length - 1];
    // ("Santiago de Chile" is Chile's capital, named so: it stays the capital.)
    const particleState = lastSeg?.kind === 'gaz' && lastSeg.gaz?.kind === 'capital' && segs.length === 1 && t.kind === 'w' && !t.cap && lex.particles.has(t.lower) ? gazAt(inp, p + 1)?.value : undefined;
    if (particleState?.kind === 'state' && particleState.ref !== lastSeg!.gaz!.ref) {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // ("the destroyer ROKS Jeongjo the Great", "Peter the Great": an epithet after "the" ends the name.)
    if (lw && lastSeg?.kind === 'word' && t.lower === 'the' && EPITHETS.has(toks[p + 1]?.text ?? '') && !toks[p + 2]?.cap) {
      segs.push(seg('conn', p, p + 1), seg('word', p + 1, p + 2));
      p += 2;
      continue;
    }
    // "Palacio de las Garzas": two particles inside a name.
    if (lw && t.kind === 'w' && !t.cap && lex.particles.has(t.lower) && toks[p + 1]?.kind === 'w' && !toks[p + 1]!.cap && lex.particles.has(lowers[p + 1]!) && toks[p + 2]?.cap) {
      segs.push(seg('conn', p, p + 2));
      p += 2;
      continue;
    }
    // "Ambassador of Kyrgyzstan to Belarus Kanybek Osmonaliev": the host state after the sending one.
    if (t.lower === 'to' && segs[segs.length - 1]?.kind === 'gaz' && toks[p + 1]?.cap && gazAt(inp, p + 1) && segs.some((s) => s.kind === 'title' && /ambassador|envoy|consul/.test(lowers[s.j - 1]!))) {
      segs.push(seg('conn', p, p + 1));
      p++;
      continue;
    }
    // "the Agreement between Moldova and Romania on Cooperation in the Field of Defence": the subject after the parties.
    if (betweenAgreement && t.lower === 'on' && segs[segs.length - 1]?.kind === 'gaz' && capAfter(toks, p + 1) > 0) {
      const a = capAfter(toks, p + 1);
      segs.push(seg('conn', p, a));
      namedComplement = true;
      inComplement = true;
      p = a;
      continue;
    }
    if (betweenAgreement && t.lower === 'and' && gazAt(inp, capAfter(toks, p + 1))) {
      const a = capAfter(toks, p + 1);
      segs.push(seg('conn', p, a));
      p = a;
      continue;
    }
    const low = lowHeadAt(inp, p, segs);
    if (low > p) {
      segs.push(seg('lowhead', p, low));
      p = low;
      // "Iranian foreign ministry spokesman X": a title and name may follow the ministry.
      if (MINISTRY.has(lowers[low - 1]!) && titleAt(inp, p)) continue;
    }
    break;
  }
  while (segs.length && (segs[segs.length - 1]!.kind === 'conn' || segs[segs.length - 1]!.kind === 'poss')) segs.pop();
  const j = segs.length ? segs[segs.length - 1]!.j : k;
  return { i: k, j, segs };
}

/** Heads of a state's forces named for the state they are stationed in ("the French Forces in Gabon"). */
const STATIONED_FORCES = new Set(['forces', 'elements', 'command']);
const MISSION_HEADS = new Set(['mission', 'operation', 'force', 'forces', 'elements', 'office', 'contingent', 'command', 'delegation']);

/** A capitalised organization (or agreement) head within the next few capitalised words ("Peace and Security Council", "Security and Policing Treaty"). */
/** Titles of monarchs that bodies and places are named after ("the King Abdullah II Design and Development Bureau"). */
export const ROYAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'sultan', 'emir', 'amir', 'sheikh']);
/** Heads of institutions named after someone. */
const INSTITUTION_HEADS = new Set(['bureau', 'centre', 'center', 'foundation', 'fund', 'institute', 'university', 'college', 'corporation', 'authority', 'academy', 'hospital', 'school']);

/** An institution's head within five capitalised words (or "and") from `p`. */
function institutionAhead(inp: RunInput, p: number): boolean {
  for (let k = p; k < p + 5 && k < inp.toks.length; k++) {
    const t = inp.toks[k]!;
    if (!t.cap && t.lower !== 'and') return false;
    if (t.cap && INSTITUTION_HEADS.has(t.lower)) return true;
  }
  return false;
}

function orgHeadAhead(inp: RunInput, p: number): boolean {
  for (let k = p; k < p + 5 && k < inp.toks.length; k++) {
    const t = inp.toks[k]!;
    if (!t.cap && t.lower !== 'and') return false;
    if (t.cap && (inp.lex.orgHeads.has(t.lower) || inp.lex.unitHeads.has(t.lower) || inp.lex.unitNamed.has(t.lower) || inp.lex.agreementHeads.has(t.lower))) return true;
  }
  return false;
}

/**
 * The name after "and" at `k` goes on the complement's name ("Ministry of Defence and Veterans Affairs"), unless it
 * is an acronym, a second party ("the Ministry of Defence Production and ASFAT").
 */
function namedConjunct(inp: RunInput, k: number): boolean {
  return !inp.toks[k]!.upper;
}

/** A lower-case portfolio word after a demonym, with (another portfolio word and) a title and a name after it. */
function lowerPortfolioBeforeTitle(inp: RunInput, p: number, segs: Seg[]): boolean {
  const { toks, lex, lowers } = inp;
  const t = toks[p]!;
  if (t.kind !== 'w' || t.cap || (t.classes & PORTFOLIO_WORD) === 0 || (t.classes & FUNCTION_WORD) !== 0) return false;
  const last = segs[segs.length - 1];
  const owner = last?.kind === 'poss' ? segs[segs.length - 2] : last;
  const afterGaz = owner?.kind === 'gaz' && (owner.gaz?.kind === 'demonym' || owner.gaz?.kind === 'state');
  const afterPortfolio = last?.kind === 'word' && !toks[last.i]!.cap && segs[segs.length - 2]?.kind === 'gaz';
  // "Democratic Alliance defence spokesperson X": so may a party's or a body's name.
  const afterBody = last?.kind === 'word' && toks[last.j - 1]!.cap && lex.orgHeads.has(lowers[last.j - 1]!);
  if (!afterGaz && !afterPortfolio && !afterBody) return false;
  const title = titleAt(inp, p + 1);
  if (title && title.value !== 'rank') return !!toks[p + 1 + title.length]?.cap;
  const second = titleAt(inp, p + 2);
  return afterGaz && lex.portfolio.has(lowers[p + 1] ?? '') && !lex.functionWords.has(lowers[p + 1] ?? '') && !toks[p + 1]!.cap && !!second && second.value !== 'rank' && !!toks[p + 2 + second.length]?.cap;
}

/** A title word may stand lower-case ("Kremlin aide Yury Ushakov", "the Russian leader"). */
function titleAllowed(inp: RunInput, p: number, len: number, segs: Seg[]): boolean {
  const { toks, lex, lowers } = inp;
  const t = toks[p]!;
  const next = toks[p + len];
  // "General Staff", "General Assembly": a rank word that begins an organization name.
  if (next && next.cap && lex.orgHeads.has(lowers[p + len]!)) return false;
  // "the General Intelligence Service", "the Cambodia-Thailand General Border Committee": so does one after "the" or inside a name, when a head ends the name soon.
  if ((wordAt(lowers, p - 1) === 'the' || (tokAt(toks, p - 1)?.cap && tokAt(toks, p - 1)!.kind === 'w')) && next?.cap && toks[p + len + 1]?.cap && (lex.orgHeads.has(lowers[p + len + 1]!) || (toks[p + len + 2]?.cap && lex.orgHeads.has(lowers[p + len + 2]!)))) return false;
  // "the Kenya Air Force Commander": "Force" closes the service's name, no "Force Commander" post.
  if (t.lower === 'force' && FORCE_NAMES.has(lowers[p - 1] ?? '') && tokAt(toks, p - 1)?.cap) return false;
  // "His Majesty's Armed Forces": a possessed honorific names a body.
  if ((t.lower === 'his' || t.lower === 'her') && lowers[p + len] === "'s") return false;
  // ("the Order of King Abdulaziz", "the Order of Queen Salote Tupou III": a title after an award's "of" names whom it honours.)
  const lastSeg = segs[segs.length - 1];
  if (lastSeg?.kind === 'conn' && lowers[lastSeg.i] === 'of' && lex.awardPrefix.has(lowers[segs[0]!.i]!) && next?.cap) return false;
  // "Lt Col Prince Gbatu": after a military rank, "Prince" is a given name.
  if ((t.lower === 'prince' || t.lower === 'princess') && segs[segs.length - 1]?.kind === 'title' && segs[segs.length - 1]!.title === 'rank') return false;
  // "Shahrin Azman bin Haji Tahir": an honorific after a patronymic particle is part of the father's name.
  if (PATRONYMIC.has(wordAt(lowers, p - 1) ?? '')) return false;
  // "Hassan Sheikh Mohamud", "Abdirahman Sheikh Nur Dirir": an honorific between the words of a name is one of them.
  // ("Minister of Foreign Affairs Sheikh Salem": not after the words of a portfolio.)
  if (MID_NAME_HONORIFICS.has(t.lower) && segs[segs.length - 1]?.kind === 'word' && tokAt(toks, p - 1)?.cap && !lex.portfolio.has(lowers[p - 1]!) && next?.cap && next.kind === 'w') return false;
  // "Juma Makame Haji": an honorific that is also a family name is one only before a name.
  if (len === 1 && FAMILY_HONORIFICS.has(t.lower) && !(next?.cap && next.kind === 'w')) return false;
  if (t.cap) return true;
  // A lower-case title opening a run ("spokesman Hamid Rezaei"): only right before the name.
  if (!segs.length) return !!next && next.cap && !next.quoted && lowerTitleStart(inp, p);
  const last = segs[segs.length - 1]!;
  if (next && next.cap && !next.quoted) return true;
  return last.kind === 'gaz' && (last.gaz?.kind === 'demonym' || last.gaz?.kind === 'state');
}

/** Lower-case last word of the run so far when it ends in a word or title segment. */
function lastWord(segs: Seg[], lowers: string[]): string | undefined {
  const s = segs[segs.length - 1];
  return s && (s.kind === 'word' || s.kind === 'title') ? lowers[s.j - 1] : undefined;
}

/** Lower-case word at `k` when it is an uncapitalised word token, else ''. */
function lowWordAt(inp: RunInput, k: number): string {
  const t = inp.toks[k];
  return t && t.kind === 'w' && !t.cap ? inp.lowers[k]! : '';
}

const INDEFINITE = new Set(['a', 'an']);
/** Words that name a force with "Force" after them ("Air Force", "Defence Force", "Task Force"). */
const FORCE_NAMES = new Set(['air', 'defence', 'defense', 'police', 'border', 'task', 'security', 'space', 'self-defense', 'self-defence']);
/** Particles that open a patronymic inside a name ("bin Haji Tahir"). */
const PATRONYMIC = new Set(['bin', 'binti', 'bte', 'ibn', 'bint']);
/** Honorifics that Somali and Arab names carry between a given name and the rest ("Hassan Sheikh Mohamud"). */
const MID_NAME_HONORIFICS = new Set(['sheikh', 'shaikh', 'sheik', 'sayyid', 'syed', 'sayed']);
/** Malay honorifics that are also family names. */
const FAMILY_HONORIFICS = new Set(['haji', 'hajah', 'datu', 'pehin', 'paduka', 'pahlawan']);
/** Every honorific a person's name may carry ("Sultan Haji X", "Sheikh Y"), for readers outside the runs. */
export const PERSON_HONORIFICS: ReadonlySet<string> = new Set([...MID_NAME_HONORIFICS, ...FAMILY_HONORIFICS]);
const RETIRED = new Set(['ret', 'retd', 'rtd', 'retired']);
/** Words for a post held for the time being ("Afghanistan's acting Minister", "Haiti's interim prime minister"). */
export const INTERIM: ReadonlySet<string> = new Set(['acting', 'interim', 'caretaker', 'transitional']);
/** A state's armed services, police and embassy in lower case, after a demonym or a possessive ("China's embassy"). */
export const LOWER_SERVICES = new Set(['army', 'navy', 'police', 'embassy', 'gendarmerie', 'armed forces', 'air force', 'coast guard', 'security forces', 'defence forces', 'defense forces', 'border guard', 'national guard']);

function otherHead(lex: Lexicon, w: string): boolean {
  // "the Baltic Energy Bridge agreement": a lower-case agreement head after a name names the agreement.
  // ("was awarded the Druk Thuksey medal": so does "medal" an award.)
  return lex.eventAfterName.has(w) || lex.orgLower.has(w) || lex.agreementLower.has(w) || w === 'medal';
}

/** Verbs of giving an award, before "the" or "with the" and an award's name. */
const AWARDING = new Set(['awarded', 'conferred', 'presented', 'received', 'bestowed', 'decorated', 'honoured', 'honored']);

/** An awarding verb stands before the name at `i` ("awarded the", "decorated with the"). */
function awardGivenBefore(inp: RunInput, i: number): boolean {
  const { lowers } = inp;
  if (lowers[i - 1] !== 'the') return false;
  return AWARDING.has(lowers[i - 2] ?? '') || (lowers[i - 2] === 'with' && AWARDING.has(lowers[i - 3] ?? ''));
}

/** Metals that grade an award ("Cross of Honour in Gold"). */
const METAL_GRADES = new Set(['gold', 'silver', 'bronze']);
/** Award heads that take a "for" complement wherever they stand in a name ("the Commander's Cross of the Order for Merits"). */
const AWARD_FOR = new Set(['order', 'medal', 'cross', 'star', 'badge', 'award', 'prize', 'trophy']);

/** Heads of a post troops hold, named with its number ("UN Position 7-1", "Observation Post 52"). */
export const POSITION_HEADS: ReadonlySet<string> = new Set(['position', 'post', 'outpost']);

/** A state's name (not "Lithuania's") starts at `p`. */
export function stateAt(inp: RunInput, p: number): boolean {
  const g = gazAt(inp, p);
  return !!g && g.value.kind === 'state' && inp.lowers[p + g.length] !== "'s";
}

/** Heads of a memorial's name, which may go on with "to the ..." ("the Monument to the Unknown Sailor"). */
const MEMORIALS = new Set(['monument', 'memorial', 'cenotaph']);
/** Heads of a lower-case ministry after a state ("the Omani foreign ministry"). */
export const MINISTRY = new Set(['ministry', 'ministries']);
/** One word compounding a unit head, as German and Dutch write them ("Panzerbrigade", "Jägerbataillon"). */
export const COMPOUND_UNIT = /^\p{L}{3,}(brigade|division|regiment|bataillon|battalion|geschwader)$/u;
/** Shortest word COMPOUND_UNIT matches: three letters and "brigade" (a letter is one or two UTF-16 units). */
export const COMPOUND_UNIT_MIN_LENGTH = 10;

const NUMBERED_HEADS = new Set(['region', 'sector', 'area', 'district', 'zone', 'force', 'group', 'squadron', 'fleet', 'flotilla', 'brigade', 'division', 'corps', 'command', 'regiment', 'battalion', 'wing', 'company', 'battery', 'detachment', 'rotation', 'contingent', 'hospital', 'unit', 'team', 'platoon']);

/** "the Feat of Arms Order": one or two capitalised words from `after`, then an award's last word ending the name. */
function awardEndsAhead(inp: RunInput, after: number): boolean {
  const { toks, lowers, lex } = inp;
  let q = after;
  while (q < after + 3 && toks[q]?.kind === 'w' && toks[q]!.cap) q++;
  return q >= after + 2 && lex.awardSuffix.has(lowers[q - 1]!) && !toks[q]?.cap && !isHeadWord(lex, lowers[after]!);
}

const STATE_PLACE_PREPS = new Set(['of', 'in', 'near', 'from']);

/** Lower-case nouns of a part of a city ("the Tripoli suburb of Tajoura"), besides the lexicon's place heads. */
const CITY_PARTS = new Set(['suburb', 'suburbs', 'outskirts', 'neighbourhood', 'neighborhood', 'quarter']);

/** A lower-case place noun stands at `p` ("the Tripoli suburb", "the Sirte district"). */
function placeNounAfter(inp: RunInput, p: number): boolean {
  const t = inp.toks[p];
  return !!t && t.kind === 'w' && !t.cap && (CITY_PARTS.has(t.lower) || inp.lex.placeLower.has(t.lower));
}

/** Head nouns of armed and police bodies in Spanish, Portuguese and French, which open the body's name ("Guardia Civil"). */
export const ROMANCE_HEADS = new Set(['guardia', 'policía', 'policia', 'polícia', 'armada', 'ejército', 'ejercito', 'exército', 'exercito', 'fuerza', 'fuerzas', 'força', 'forças', 'gendarmerie', 'garde', 'marinha', 'carabineros', 'prefectura', 'guarda']);
/** Lower-case words naming a party after its name ("the opposition Progressive Slovakia party"). */
export const PARTY_WORDS = new Set(['party', 'movement']);

/** End of a lower-case facility head after a name ("Knevichi airfield", "Yury Gagarin aircraft plant"), or `p`. */
function lowHeadAt(inp: RunInput, p: number, segs: Seg[]): number {
  const { lex } = inp;
  const last = segs[segs.length - 1];
  const w0 = lowWordAt(inp, p), w1 = lowWordAt(inp, p + 1), w2 = lowWordAt(inp, p + 2);
  // "the Omani foreign ministry", "Iran's defence ministry": portfolio words and "ministry" after a state.
  const state = last?.kind === 'poss' ? segs[segs.length - 2] : last;
  if (state?.kind === 'gaz' && (state.gaz?.kind === 'demonym' || state.gaz?.kind === 'state')) {
    if (lex.portfolio.has(w0) && !lex.functionWords.has(w0)) {
      if (MINISTRY.has(w1)) return p + 2;
      if (lex.portfolio.has(w1) && !lex.functionWords.has(w1) && MINISTRY.has(w2)) return p + 3;
    }
    // "the Mozambican armed forces (FADM)", "Iran's navy": a state's armed service written in lower case.
    if (state.gaz?.kind === 'demonym' || last?.kind === 'poss') {
      if (LOWER_SERVICES.has(w0)) return p + 1;
      if (LOWER_SERVICES.has(`${w0} ${w1}`)) return p + 2;
    }
  }
  // ("the National Assembly's defence committee": a committee after a body's possessive.)
  if (last?.kind === 'poss' && segs[segs.length - 2]?.kind === 'word') {
    const e = committeeAfter(inp, p);
    if (e > p) return e;
  }
  // "the opposition Progressive Slovakia party": a party named with a word and a state's name.
  if (last?.kind === 'gaz' && last.gaz?.kind === 'state' && PARTY_WORDS.has(w0) && segs[segs.length - 2]?.kind === 'word') return p + 1;
  if (!last || (last.kind !== 'word' && !(last.kind === 'gaz' && last.gaz?.kind === 'capital'))) return p;
  // ("the French Indian Ocean department", "the Indian Ocean island of Mayotte": a sea's name before a place word only
  // says where that place lies.)
  if (last.kind === 'word' && SEA_WORDS.has(inp.lowers[last.j - 1] ?? '') && lex.placeLower.has(w0)) return p;
  // "Sudan's North Darfur state", not "the Gulf state": a lower-case "state" needs a possessor.
  // ("off the coast of Rio Grande do Sul state", "in Kaduna state": after a place preposition it may stand alone.)
  if (w0 === 'state' && !segs.some((s) => s.kind === 'poss') && !STATE_PLACE_PREPS.has(inp.lowers[segs[0]!.i - 1] ?? '')) return p;
  // "an India–Japan pact": an indefinite name-and-agreement phrase is no agreement of its own.
  // ("won an Olympic medal": nor an award.)
  if ((lex.agreementLower.has(w0) || w0 === 'medal') && !lex.eventAfterName.has(w0) && !lex.orgLower.has(w0) && INDEFINITE.has(inp.lowers[segs[0]!.i - 1] ?? '')) return p;
  // ("presented the CSTO medal 'For Strengthening Combat Cooperation'" in quotes: the medal's own name follows.)
  if (w0 === 'medal' && /^["“«]$/.test(inp.toks[p + 1]?.text ?? '')) return p;
  // ("Australia's annual Indo-Pacific Endeavour deployment": a deployment is named by two words or more; "the Patriot
  // deployment" is of hardware.)
  if (w0 === 'deployment' && nameWords(segs, inp.toks) < 2) return p;
  // ("in the Tripoli district of Tajoura": a place noun with "of" and a name after it is the name's, not the place's before.)
  if (lex.placeLower.has(w0) && inp.lowers[p + 1] === 'of' && inp.toks[p + 2]?.cap && inp.lowers[segs[0]!.i - 1] === 'the' && segs.length === 1 && last.kind === 'gaz' && !stateAt(inp, p + 2)) return p;
  if (lex.placeLower.has(w0) || otherHead(lex, w0)) return p + 1;
  // ("was decorated with the Mardlik order", "was awarded the Shon-sharaf order": "order" names an award given.)
  if (w0 === 'order' && awardGivenBefore(inp, segs[0]!.i)) return p + 1;
  if (lex.placeLowerMods.has(w0)) {
    if (lex.placeLower.has(w1)) return p + 2;
    if (lex.placeLowerMods.has(w1) && lex.placeLower.has(w2)) return p + 3;
  }
  const modifier = lowModifier(lex, w0);
  if (modifier && (otherHead(lex, w1) || (lex.placeLower.has(w1) && w1 !== 'state'))) return p + 2;
  // "the Golden Dragon joint military exercise": two modifiers before an event word.
  if (modifier && lowModifier(lex, w1) && lex.eventAfterName.has(w2)) return p + 3;
  return p;
}

/** Heads of a body's committee written in lower case. */
const COMMITTEES = new Set(['committee', 'subcommittee', 'commission']);

/**
 * "defence committee", "defence and security committee" from token `p`: up to three lower-case portfolio words (joined
 * by "and") and a committee's head; the index after the head, else `p`.
 */
function committeeAfter(inp: RunInput, p: number): number {
  const { toks, lex, lowers } = inp;
  let q = p;
  while (q < p + 4 && toks[q]?.kind === 'w' && !toks[q]!.cap && ((lex.portfolio.has(lowers[q]!) && !lex.functionWords.has(lowers[q]!)) || (lowers[q] === 'and' && q > p))) q++;
  return q > p && lowers[q - 1] !== 'and' && COMMITTEES.has(lowers[q] ?? '') && !toks[q]!.cap ? q + 1 : p;
}

/** Words of the run's name segments ("Indo-Pacific Endeavour": two). */
function nameWords(segs: Seg[], toks: readonly Tok[]): number {
  let n = 0;
  for (const s of segs) if (s.kind === 'word') for (let k = s.i; k < s.j; k++) if (toks[k]!.kind === 'w') n++;
  return n;
}

/** A lower-case word that can modify a head after a name ("joint", "military"), not a verb form or plural. */
function lowModifier(lex: Lexicon, w: string): boolean {
  return !!w && !lex.functionWords.has(w) && !(w.endsWith('ed') || w.endsWith('ly') || w.endsWith('s') || w.endsWith('id')) && !IRREGULAR_PAST.has(w);
}

/** Irregular past forms, verbs and never modifiers ("The Navy held drills" names no event "Navy held drills"). */
export const IRREGULAR_PAST = new Set(['held', 'led', 'met', 'took', 'made', 'gave', 'won', 'sent', 'began', 'saw', 'left', 'put', 'got', 'brought', 'built', 'kept', 'ran', 'spent', 'told', 'fought', 'flew', 'drew', 'hit', 'shot', 'struck', 'sought', 'oversaw', 'undertook', 'underwent']);

/** An event word at `k`, after at most two lower-case modifiers ("exercise", "joint military exercise"). */
/** A capitalised unit head within the three capitalised words from token `k` ("16 Infantry Regiment"). */
function unitHeadAhead(inp: RunInput, k: number): boolean {
  for (let q = k; q < k + 3; q++) {
    const t = inp.toks[q];
    if (!t || t.kind !== 'w' || !t.cap) return false;
    if (inp.lex.unitHeads.has(t.lower)) return true;
  }
  return false;
}

function eventWordAhead(inp: RunInput, k: number): boolean {
  const { lex } = inp;
  const w0 = lowWordAt(inp, k), w1 = lowWordAt(inp, k + 1), w2 = lowWordAt(inp, k + 2);
  if (lex.eventAfterName.has(w0)) return true;
  if (!lowModifier(lex, w0)) return false;
  return lex.eventAfterName.has(w1) || (lowModifier(lex, w1) && lex.eventAfterName.has(w2));
}

/** Lower-case sides of a place ("the eastern Mediterranean", "the northern Gulf"). */
export const SIDES = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** Lower-case nouns of a seat or a settlement a place is named after ("the county headquarters, Hola", "Rajbiraj, the district headquarters"). */
export const SEAT_NOUNS: ReadonlySet<string> = new Set(['headquarters', 'capital', 'seat', 'center', 'centre', 'town', 'city', 'port', 'village']);

/** Words of nearness before a place's name ("in nearby Jhansi", "at the nearby Shoalwater Bay Training Area"). */
export const NEARNESS: ReadonlySet<string> = new Set(['nearby', 'neighbouring', 'neighboring', 'adjacent']);

/** True when the token before `i` (skipping "the", or "the" and a side, or a word of nearness) is a place preposition. */
export function afterPlacePrep(toks: Tok[], i: number): boolean {
  let p = i - 1;
  // ("in the eastern Mediterranean": past a side of the place.)
  if (SIDES.has(tokAt(toks, p)?.lower ?? '') && tokAt(toks, p - 1)?.lower === 'the') p--;
  if (tokAt(toks, p)?.lower === 'the') p--;
  // ("which is based in nearby Jhansi": past a word of nearness.)
  else if (NEARNESS.has(tokAt(toks, p)?.lower ?? '')) p--;
  const prep = tokAt(toks, p);
  // ("arrived in the county headquarters, Hola,": a name set off after a seat noun a place preposition governs.)
  if (prep?.text === ',' && SEAT_NOUNS.has(tokAt(toks, p - 1)?.lower ?? '')) {
    let q = p - 2;
    while (q > p - 5 && tokAt(toks, q)?.kind === 'w' && !tokAt(toks, q)!.cap && tokAt(toks, q)!.lower !== 'the') q--;
    if (tokAt(toks, q)?.lower === 'the' && PLACE_PREPS.has(tokAt(toks, q - 1)?.lower ?? '') && tokAt(toks, q - 1)?.lower !== 'of') return true;
  }
  // "before leaving for Luang Prabang": "for" after a verb of departure names a destination.
  // "set out for Nuevo Rocafuerte": a particle may come between.
  if (prep?.lower === 'for' && (DEPARTING.has(tokAt(toks, p - 1)?.lower ?? '') || (tokAt(toks, p - 1)?.lower === 'out' && DEPARTING.has(tokAt(toks, p - 2)?.lower ?? '')) || departedFrom(toks, p))) return true;
  // ("at Souda Bay on Crete": "on" after a place's name names the island it is on.)
  if (prep?.lower === 'on' && p === i - 1 && tokAt(toks, p - 1)?.cap && PLACE_ON_HEADS.has(tokAt(toks, p - 1)!.lower)) return true;
  return !!prep && PLACE_PREPS.has(prep.lower) && prep.lower !== 'of';
}

/** Heads of a place's name that "on" and an island may follow ("Souda Bay on Crete", "Kadena Air Base on Okinawa"). */
const PLACE_ON_HEADS = new Set(['bay', 'base', 'port', 'harbour', 'harbor', 'airport', 'airfield', 'station', 'camp', 'town', 'village', 'city']);

/** "left Melsbroek on Saturday for Kindu": a verb of departure, its origin and when, then "for" at `p`. */
function departedFrom(toks: Tok[], p: number): boolean {
  for (let q = p - 2; q >= Math.max(0, p - 7); q--) {
    const t = toks[q]!;
    if (t.kind === 'p') return false;
    if (DEPARTING.has(t.lower)) return t.lower !== 'set' && t.lower !== 'bound' && toks[q + 1]!.cap;
  }
  return false;
}

const DEPARTING = new Set(['leave', 'leaves', 'leaving', 'left', 'depart', 'departs', 'departing', 'departed', 'bound', 'headed', 'heading', 'sailed', 'sailing', 'set', 'flew', 'flying']);

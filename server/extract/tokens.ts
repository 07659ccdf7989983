// Extractor stage helper: one regex scan turns a sentence into word / number / punctuation tokens
// with document offsets, capitalisation flags and whether each token sits inside a quotation.
// Possessive `'s` / `’s` is its own token; hyphenated (or en-dashed: "Laos–Vietnam") and apostrophised names stay whole.
import { asciiHashStep, asciiWordAt, asciiWordClasses, asciiWordLower, classesOf } from './word-classes.js';

/** One token of a sentence; `start`/`end` are offsets in the document text. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'w' | 'n' | 'p';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (acronyms, datelines). */
  upper: boolean;
  /** Inside a quotation ("..." or “...”). */
  quoted: boolean;
  /** Bits of the word classes `lower` belongs to (word-classes.ts). */
  classes: number;
}

/** The token pattern (exported for the test that checks the hand-read tokens of tokenEnd against it). */
export const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|Prof|Cmdr|Cdr|St|Jr|Sr|Gov|Sen|Rep|Rev|Mt|Ft)\.(?=\s)|(?:\p{Lu}|Ma)\.(?=\s+\p{Lu}\p{Ll})|\p{N}+(?:[.,]\p{N}+)+(?:st|nd|rd|th)?|(?:['’](?=Ma\p{Ll}))?[\p{L}\p{M}\p{N}]+(?:(?:[-'’](?!s(?![\p{L}\p{N}]))|–(?=\p{Lu})|\.(?=\p{Ll}{2,4}(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|['’]s(?![\p{L}\p{N}])|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;
const DIGIT_START = /^\p{N}/u;

const ARTICLE_NAME = /^(?:(?:al|el|ad|ar|as|at|az|ash|an|ud|ul|ibn|bin|wal)-|d['’])\p{Lu}/u;

const TYPOGRAPHIC = /[’‘`“”«»]/;


/** Normalises typographic apostrophes and quotes for comparisons. */
/** The articles, lower case ("a", "an", "the"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Quotation marks (straight and curly), as around a unit's nickname ('"Scorpion"'). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

export function plain(s: string): string {
  return TYPOGRAPHIC.test(s) ? s.replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"') : s;
}

/** "Laos–Vietnam": an en dash joining two names reads as a hyphen (a lone dash stays as it is). */
const joinedDash = (s: string): string => (s.length > 1 && s.includes('–') ? s.replace(/–/g, '-') : s);

/** Lower case of a token: ASCII without upper-case letters is returned as is. */
function lowerOf(t: string): string {
  let upper = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return joinedDash(plain(t)).toLowerCase();
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? t.toLowerCase() : t;
}

/** Token kind from its first character (ASCII fast path, Unicode classes otherwise). */
function kindOf(t: string): Tok['kind'] {
  const c = t.charCodeAt(0);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'w';
    if (c >= 0x30 && c <= 0x39) return 'n';
    return t.length > 1 ? 'w' : 'p';
  }
  return LETTER_START.test(t) ? 'w' : DIGIT_START.test(t) ? 'n' : t.length > 1 ? 'w' : 'p';
}

/** Quotation state carried from one sentence to the next. */
export interface QuoteState {
  quoted: boolean;
}

/** ECMAScript white space and line terminators (what the token pattern's `\S` leaves out). */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The token pattern, sticky: matches the one token starting at its lastIndex. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Whether ASCII character `c` after a run of ASCII letters and digits ends the token there, whatever
 * the run: no alternative of TOKEN_RE reads on past it. A period may make the run an abbreviation
 * ("Gen.", "U.S."), a hyphen or an apostrophe may join another word, a non-ASCII character may be a
 * letter, a mark or a typographic apostrophe; after digits, a comma or a period may join more
 * digits ("2,622").
 */
function endsRun(c: number, digits: boolean): boolean {
  return c < 0x80 && c !== 0x2e && c !== 0x2d && c !== 0x27 && !(digits && c === 0x2c);
}

/** Longest word TOKEN_RE reads with the period after it as an abbreviation ("Prof.", "Capt.", "Cmdr."). */
const ABBREVIATION_MAX = 4;

/**
 * Whether the period (or, after digits, the comma) at `q` ends the run of ASCII letters and digits
 * `p`..`q` though endsRun could not tell without the run, so that the commonest such case, a sentence's
 * last word ("said.", "Nairobi.", "in 2024."), and a number before a comma ("March 5, 2024") are read
 * here and not by the pattern. Only these alternatives of TOKEN_RE read past a run at a period: an
 * acronym ("U.S.": one upper-case letter before it), an abbreviation (an upper-case word of at most
 * ABBREVIATION_MAX letters, or "Ma"), an initial (one upper-case letter) and a number with separators
 * ("2.5", "2,622": a digit first and a digit after it) and a name with a domain ("NEWS.am": two to four lower-case
 * letters after the period, then no letter or digit). So, unless a lower-case letter follows, a run that starts with a lower-case letter,
 * or with an upper-case one and is longer than any abbreviation, ends at a period; a run that starts
 * with a digit ends at a period or a comma that no ASCII digit follows (anything else non-ASCII might
 * be another digit: left to the pattern).
 */
function endsBeforeSeparator(text: string, p: number, q: number): boolean {
  const sep = text.charCodeAt(q);
  const first = text.charCodeAt(p);
  if (first <= 0x39) {
    if (sep !== 0x2e && sep !== 0x2c) return false;
    if (q + 1 >= text.length) return true;
    const next = text.charCodeAt(q + 1);
    return next < 0x80 && !(next >= 0x30 && next <= 0x39);
  }
  // ("NEWS.am reports", "Civil.ge": a period with a lower-case domain right after it joins the name; left to the pattern.)
  const next = text.charCodeAt(q + 1);
  return sep === 0x2e && (first >= 0x61 || q - p > ABBREVIATION_MAX) && !(next >= 0x61 && next <= 0x7a);
}

/**
 * Whether a possessive "'s" or "’s" at `q` ends the run of ASCII letters and digits before it ("Kenya's"):
 * TOKEN_RE joins the word after an apostrophe only when that word is not an "s" that no letter or
 * digit follows, and reads an apostrophe into the token only when no letter or digit follows it. So with
 * "s" after the apostrophe and then the end, or an ASCII character other than a letter or digit (anything
 * non-ASCII might be a letter: left to the pattern), the token is the run.
 */
function endsBeforePossessive(text: string, q: number): boolean {
  const apostrophe = text.charCodeAt(q);
  if ((apostrophe !== 0x27 && apostrophe !== 0x2019) || text.charCodeAt(q + 1) !== 0x73) return false;
  if (q + 2 >= text.length) return true;
  const after = text.charCodeAt(q + 2);
  return after < 0x80 && !isAsciiAlnum(after);
}

/**
 * The token at `p` when it is a run of ASCII letters and digits that a space or plain punctuation
 * ends (endsRun), the commonest token, whatever TOKEN_RE would read there; else undefined. The scan
 * that finds the run's end also tells its case, so the token is made without a second scan (mk's).
 */
function asciiRunTok(text: string, p: number, offset: number, quoted: boolean): Tok | undefined {
  const c = text.charCodeAt(p);
  if (!isAsciiAlnum(c)) return undefined;
  let hasUpper = false, hasLower = false;
  // (The hash of the run's lower case, for its class: asciiWordAt.)
  let h = 0;
  let q = p;
  for (; q < text.length; q++) {
    const d = text.charCodeAt(q);
    if (d >= 0x61 && d <= 0x7a) hasLower = true;
    else if (d >= 0x41 && d <= 0x5a) hasUpper = true;
    else if (d < 0x30 || d > 0x39) break;
    h = asciiHashStep(h, d >= 0x41 && d <= 0x5a ? d + 0x20 : d);
  }
  if (q < text.length && !endsRun(text.charCodeAt(q), c <= 0x39) && !endsBeforeSeparator(text, p, q) && !endsBeforePossessive(text, q)) return undefined;
  // A classed word takes the table's lower case (no toLowerCase), and written in lower case, its
  // text too (no slice); any other run has no class.
  const w = asciiWordAt(text, p, q, h);
  const t = w >= 0 && !hasUpper ? asciiWordLower(w) : text.slice(p, q);
  // (As mk: a word starts with a letter, a number with a digit; a run has no hyphen, so no Arabic article.)
  const kind = c <= 0x39 ? 'n' : 'w';
  const cap = c >= 0x41 && c <= 0x5a;
  const lower = w >= 0 ? asciiWordLower(w) : hasUpper ? t.toLowerCase() : t;
  return { text: t, lower, start: p + offset, end: q + offset, kind, cap, upper: cap && t.length > 1 && !hasLower, quoted, classes: w >= 0 ? asciiWordClasses(w) : 0 };
}

/**
 * End of the token TOKEN_RE matches at `p` (a non-space character that starts no ASCII run, see
 * asciiRunTok). One ASCII punctuation mark (which starts no alternative but `\S`) is read by hand;
 * every other token (non-ASCII, apostrophes, hyphens, abbreviations, numbers with separators) is
 * matched by the pattern itself.
 */
function tokenEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c < 0x80 && c !== 0x27 && !isAsciiAlnum(c)) return p + 1;
  TOKEN_AT.lastIndex = p;
  TOKEN_AT.test(text);
  return TOKEN_AT.lastIndex;
}

/** Tokenizes `text` (a sentence) whose first character sits at document offset `offset`. */
export function tokenize(text: string, offset = 0, state: QuoteState = { quoted: false }): Tok[] {
  const out: Tok[] = [];
  let quoted = state.quoted;
  // Since `\S` is the last alternative of the token pattern, every token starts at the first
  // non-space character after the previous one.
  const n = text.length;
  let at = 0;
  // Whether some word ends in an apostrophe: only then can a plural possessive need splitting.
  let apostrophe = false;
  // Whether a bracket opens on a non-ASCII word: only then can it be a gloss in another script.
  let gloss = false;
  for (;;) {
    while (at < n && isJsSpace(text.charCodeAt(at))) at++;
    if (at >= n) break;
    const run = asciiRunTok(text, at, offset, quoted);
    if (run !== undefined) {
      out.push(run);
      at = run.end - offset;
      continue;
    }
    const end = tokenEnd(text, at);
    const t = text.slice(at, end);
    const start = at + offset;
    at = end;
    // (Quotation marks are one character long: the length is tested before the five comparisons.)
    if (t.length === 1 && (t === '"' || t === '“' || t === '”' || t === '«' || t === '»')) {
      const opening: boolean = t === '“' || t === '«' || (t === '"' && !quoted);
      out.push(mk(t, start, 'p', quoted || opening));
      quoted = opening;
      continue;
    }
    const last = t.charCodeAt(t.length - 1);
    if (last === 0x27 || last === 0x2019) apostrophe = true;
    if (t.charCodeAt(0) > 0x7f && out[out.length - 1]?.text === '(') gloss = true;
    out.push(mk(t, start, kindOf(t), quoted));
  }
  state.quoted = quoted;
  const toks = gloss ? dropGlosses(out) : out;
  return apostrophe ? splitPluralPossessives(toks) : toks;
}

/** Letters and marks of a script other than Latin only ("天龍", "Кирилл", "·" between the parts of a name). */
const NON_LATIN_WORD = /^(?!.*\p{Script=Latin})[\p{L}\p{M}·]+$/u;

/**
 * "the Tien Lung (天龍) exercise", "Chien Wei-lun (簡偉倫), who": a bracket holding only words of another script
 * after a word glosses it in the original; it is read as not there (the other tokens keep their offsets).
 */
function dropGlosses(out: Tok[]): Tok[] {
  let res: Tok[] | undefined;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.text === '(' && i > 0 && out[i - 1]!.kind === 'w') {
      let k = i + 1;
      while (k < out.length && k - i <= 6 && out[k]!.kind === 'w' && NON_LATIN_WORD.test(out[k]!.text)) k++;
      if (k > i + 1 && out[k]?.text === ')') {
        res ??= out.slice(0, i);
        i = k;
        continue;
      }
    }
    res?.push(t);
  }
  return res ?? out;
}

/** Heads a plural possessive belongs to as part of one name ("the Defence Ministers' Meeting", "the Chiefs' Council", "Veterans' Affairs"). */
const NAMED_BY_PLURAL = new Set(['affairs', 'meeting', 'conference', 'summit', 'forum', 'council', 'committee', 'association', 'union', 'congress', 'day', 'retreat', 'dialogue']);

/**
 * "the Serbian Armed Forces' 72nd Brigade": a capitalised plural's trailing apostrophe before a
 * name or a number is a possessive, its own token read like "'s" (lower "'s", text as written).
 * ("the corps' 71 Mountain Division": so is the apostrophe of "corps", a unit word ending in s.)
 */
function splitPluralPossessives(out: Tok[]): Tok[] {
  let res: Tok[] | undefined;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1];
    const last = t.text.charCodeAt(t.text.length - 1);
    const split = (last === 0x27 || last === 0x2019) && (t.cap || t.lower.slice(0, -1) === 'corps') && t.text.length > 2 && !!next && (next.cap || next.kind === 'n' || (next.kind === 'w' && t.cap)) && t.lower.charCodeAt(t.lower.length - 2) === 0x73 && !NAMED_BY_PLURAL.has(next.lower);
    if (!split && !res) continue;
    res ??= out.slice(0, i);
    if (!split) {
      res.push(t);
      continue;
    }
    const word = t.text.slice(0, -1);
    res.push(mk(word, t.start, 'w', t.quoted));
    res.push({ text: t.text.slice(-1), lower: "'s", start: t.end - 1, end: t.end, kind: 'w', cap: false, upper: false, quoted: t.quoted, classes: classesOf("'s") });
  }
  return res ?? out;
}

function mk(t: string, start: number, kind: Tok['kind'], quoted: boolean): Tok {
  // ASCII fast path: one scan gives the lower case and the upper-case test (no regex per token).
  let hasUpper = false, hasLower = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return mkUnicode(t, start, kind, quoted);
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
    else if (c >= 0x61 && c <= 0x7a) hasLower = true;
  }
  const c = t.charCodeAt(0);
  // ("'Mamosa Letšela": a Sesotho name's leading apostrophe before "Ma" is part of the capitalised name.)
  const cap = kind === 'w' && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a && mayBeArticleName(t) && ARTICLE_NAME.test(t)) || (c === 0x27 && t.charCodeAt(1) === 0x4d));
  const lower = hasUpper ? t.toLowerCase() : t;
  return { text: t, lower, start, end: start + t.length, kind, cap, upper: cap && t.length > 1 && !hasLower, quoted, classes: classesOf(lower) };
}

/** "al-", "ibn-": the hyphen of an Arabic article is the third or fourth character; "d'" the apostrophe the second. */
function mayBeArticleName(t: string): boolean {
  // ("d'Ivoire": a French elided article before a capital, too.)
  return t.length > 3 && (t.charCodeAt(2) === 0x2d || t.charCodeAt(3) === 0x2d || (t.charCodeAt(0) === 0x64 && (t.charCodeAt(1) === 0x27 || t.charCodeAt(1) === 0x2019)));
}

/** Tokens with characters outside ASCII (or a backtick): Unicode classes. */
function mkUnicode(t: string, start: number, kind: Tok['kind'], quoted: boolean): Tok {
  const c = t.charCodeAt(0);
  // "al-Rashid", "el-Sisi": an Arabic article joined to a capitalised name is part of the name.
  const cap = kind === 'w' && (c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a && t.length > 3 && ARTICLE_NAME.test(t)) || (c === 0x27 && t.charCodeAt(1) === 0x4d) : UPPER_START.test(t) || (c === 0x2019 && t.charCodeAt(1) === 0x4d));
  const lower = lowerOf(t);
  return {
    text: t,
    lower,
    start,
    end: start + t.length,
    kind,
    cap,
    upper: cap && t.length > 1 && !HAS_LOWER.test(t),
    quoted,
    classes: classesOf(lower),
  };
}

/**
 * Token `k` of a sentence, undefined before its first token (and past its last). The scans that
 * look back from a sentence's first token read through here: in V8, `toks[-1]` is no out-of-bounds
 * element read but a named-property lookup ("-1") on the array and its prototypes, several times slower.
 */
export function tokAt(toks: readonly Tok[], k: number): Tok | undefined {
  return k >= 0 ? toks[k] : undefined;
}

/** Tokens [from, to) are all lower-case words (none when from >= to). */
export function lowerWordsIn(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.kind !== 'w' || toks[k]!.cap) return false;
  return true;
}

/** Token `i` follows "with" or "with the" ("served with the contingent"). */
export function afterWith(toks: readonly Tok[], i: number): boolean {
  // ("with the Canadian-led NATO battle group": past a compound of who leads it.)
  const q = toks[i - 1]?.lower.endsWith('-led') ? i - 1 : i;
  const p = toks[q - 1]?.lower === 'the' ? q - 2 : q - 1;
  return tokAt(toks, p)?.lower === 'with';
}

/** Lower-case word `k` of a sentence's words (Builder.lowers), undefined before the first: as tokAt. */
export function wordAt(lowers: readonly string[], k: number): string | undefined {
  return k >= 0 ? lowers[k] : undefined;
}

/**
 * Item `k` of a per-sentence list (segments, mentions), undefined before the first: as tokAt. (A
 * site that reads index -1 even once turns megamorphic, and stays slower for every later read.)
 */
export function itemAt<T>(xs: readonly T[], k: number): T | undefined {
  return k >= 0 ? xs[k] : undefined;
}

/** True for the possessive token `'s` / `’s`. */
export function isPossessive(t: Tok | undefined): boolean {
  return !!t && (t.lower === "'s");
}

/** A token's lower case is a possessive ending: "'s" (also for "’s" and "Forces'") or a bare "'" ("the FAES' Second Brigade"). */
export function possessiveEnd(lower: string): boolean {
  return lower === "'s" || lower === "'";
}

/** Token index past a bracketed short name at `k` ("(DRC)", "(CSTO)"), else `k`. */
export function pastBracket(toks: readonly Tok[], k: number): number {
  return toks[k]?.text === '(' && toks[k + 2]?.text === ')' ? k + 3 : k;
}

/** Past a bracket of one to `most` tokens (three unless told) opening at `k` ("(WNC)", "(I 19)"); `k` itself when none opens there. */
export function pastShortBracket(toks: readonly Tok[], k: number, most = 3): number {
  if (toks[k]?.text !== '(') return k;
  for (let q = k + 2; q <= k + most + 1; q++) if (toks[q]?.text === ')') return q + 1;
  return k;
}

/** Past a quoted nickname of one to three words opening at `k` ('"Scorpion"'), else `k`. */
export function pastNickname(toks: readonly Tok[], k: number): number {
  if (!QUOTE_MARKS.has(toks[k]?.text ?? '') || toks[k + 1]?.kind !== 'w' || !toks[k + 1]!.cap) return k;
  for (let q = k + 2; q <= k + 4; q++) {
    const t = toks[q];
    if (t && QUOTE_MARKS.has(t.text)) return q + 1;
    if (!t || t.kind !== 'w' || !t.cap) return k;
  }
  return k;
}

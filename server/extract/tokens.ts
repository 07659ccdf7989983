// Extractor stage helper: one regex scan turns a sentence into word / number / punctuation tokens
// with document offsets, capitalisation flags and whether each token sits inside a quotation.
// Possessive `'s` / `’s` is its own token; hyphenated (or en-dashed: "Laos–Vietnam") and apostrophised names stay whole.

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
}

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|Prof|Cmdr|Cdr|St|Jr|Sr|Gov|Sen|Rep|Rev|Mt|Ft)\.(?=\s)|(?:\p{Lu}|Ma)\.(?=\s+\p{Lu}\p{Ll})|\p{N}+(?:[.,]\p{N}+)+(?:st|nd|rd|th)?|[\p{L}\p{M}\p{N}]+(?:(?:[-'’](?!s(?![\p{L}\p{N}]))|–(?=\p{Lu}))[\p{L}\p{M}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|['’]s(?![\p{L}\p{N}])|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;
const DIGIT_START = /^\p{N}/u;

const ARTICLE_NAME = /^(?:al|el|ad|ar|as|at|az|ash|an|ud|ul|ibn|bin)-\p{Lu}/u;

const TYPOGRAPHIC = /[’‘`“”«»]/;


/** Normalises typographic apostrophes and quotes for comparisons. */
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

/** Tokenizes `text` (a sentence) whose first character sits at document offset `offset`. */
export function tokenize(text: string, offset = 0, state: QuoteState = { quoted: false }): Tok[] {
  const out: Tok[] = [];
  let quoted = state.quoted;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    if (t === '"' || t === '“' || t === '”' || t === '«' || t === '»') {
      const opening: boolean = t === '“' || t === '«' || (t === '"' && !quoted);
      out.push(mk(t, m.index + offset, 'p', quoted || opening));
      quoted = opening;
      continue;
    }
    const kind = kindOf(t);
    out.push(mk(t, m.index + offset, kind, quoted));
  }
  state.quoted = quoted;
  return out;
}

function mk(t: string, start: number, kind: Tok['kind'], quoted: boolean): Tok {
  const c = t.charCodeAt(0);
  // "al-Rashid", "el-Sisi": an Arabic article joined to a capitalised name is part of the name.
  const cap = kind === 'w' && (c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a && t.length > 3 && ARTICLE_NAME.test(t)) : UPPER_START.test(t));
  return {
    text: t,
    lower: lowerOf(t),
    start,
    end: start + t.length,
    kind,
    cap,
    upper: cap && t.length > 1 && !HAS_LOWER.test(t),
    quoted,
  };
}

/** True for the possessive token `'s` / `’s`. */
export function isPossessive(t: Tok | undefined): boolean {
  return !!t && (t.lower === "'s");
}

// Word classes as bits on each token: a stage that tests every token of a sentence against one of
// its word sets registers the set here (once, when its module loads) and tests a bit of
// Tok.classes instead. The tokenizer looks a token's lower case up once, where each stage's scan
// would look the same string up again in its own set.
//
// Classes are registered at module load, before any text is tokenized (every registering module is
// a static import of the pipeline), so every token carries the bits of every class; registering one
// after the first token was classed throws. A class drawn from the lexicon is registered as a
// function, called when the first token is classed (the lexicon is built on first use).

type Words = Iterable<string> | (() => Iterable<string>);

const bits = new Map<string, number>();
let next = 0;
/** Classes whose words are read when the first token is classed. */
let pending: Array<{ bit: number; words: () => Iterable<string> }> | undefined = [];

/** Registers a word class (lower-case words, or a function giving them) and returns its bit. */
export function wordClass(words: Words): number {
  if (!pending) throw new Error('wordClass: registered after the first token was classed');
  if (next >= 31) throw new Error('wordClass: more than 31 word classes');
  const bit = 1 << next++;
  if (typeof words === 'function') pending.push({ bit, words });
  else add(words, bit);
  return bit;
}

function add(words: Iterable<string>, bit: number): void {
  for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
}

/** The class bits of a lower-case word (0 when it is in no class). */
export function classesOf(lower: string): number {
  if (pending) settle();
  // (Most words the tokenizer classes here are one ASCII character, punctuation: read from a table.)
  if (lower.length === 1) {
    const c = lower.charCodeAt(0);
    if (c < 0x80) return asciiCharClasses[c]!;
  }
  return bits.get(lower) ?? 0;
}

/** classesOf of each one-character ASCII string, by character code (filled when the classes are settled). */
const asciiCharClasses = new Int32Array(0x80);

function settle(): void {
  const classes = pending!;
  pending = undefined;
  for (const c of classes) add(c.words(), c.bit);
  // (No class is added after this: wordClass throws once the first token is classed.)
  for (let c = 0; c < 0x80; c++) asciiCharClasses[c] = bits.get(String.fromCharCode(c)) ?? 0;
}

// The classed words of ASCII letters and digits, in an open-addressing table keyed by a hash the
// tokenizer takes while it reads a token (asciiHashStep over the token's lower-case character
// codes): the commonest token, a run of ASCII letters and digits, is classed without a string
// sliced, lower-cased and hashed for a Map lookup, and a classed word's lower case is the table's
// string (one string per word, whose hash V8 has cached for the later set lookups of the stages).

/** The hash of a word's lower case: asciiHashStep over its character codes, from 0. */
export function asciiHashStep(h: number, lowerCode: number): number {
  return (Math.imul(h, 31) + lowerCode) | 0;
}

interface AsciiTable {
  mask: number;
  /** Slot → word index + 1 (0: empty). */
  slots: Int32Array;
  hashes: Int32Array;
  lowers: string[];
  classes: Int32Array;
}

let asciiTable: AsciiTable | undefined;

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 13)) & mask;
}

function isAsciiAlnumWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** The table of every classed word of lower-case ASCII letters and digits (the only ones such a run can be). */
function buildAsciiTable(): AsciiTable {
  if (pending) settle();
  const words = [...bits.keys()].filter(isAsciiAlnumWord);
  let size = 16;
  while (size < words.length * 3) size <<= 1;
  const t: AsciiTable = { mask: size - 1, slots: new Int32Array(size), hashes: new Int32Array(words.length), lowers: words, classes: new Int32Array(words.length) };
  words.forEach((w, k) => {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = asciiHashStep(h, w.charCodeAt(i));
    t.hashes[k] = h;
    t.classes[k] = bits.get(w)!;
    let s = slotOf(h, t.mask);
    while (t.slots[s] !== 0) s = (s + 1) & t.mask;
    t.slots[s] = k + 1;
  });
  return t;
}

/** Whether text[from, to) (ASCII letters and digits) lower-cased is `lower`. */
function sameLower(text: string, from: number, to: number, lower: string): boolean {
  if (lower.length !== to - from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== lower.charCodeAt(i - from)) return false;
  }
  return true;
}

/**
 * The classed word that text[from, to), a run of ASCII letters and digits whose lower case hashes
 * to `h`, is in lower case: its index for asciiWordLower / asciiWordClasses, or -1 when the run is
 * in no class (classesOf of its lower case is 0).
 */
export function asciiWordAt(text: string, from: number, to: number, h: number): number {
  const t = (asciiTable ??= buildAsciiTable());
  for (let s = slotOf(h, t.mask); ; s = (s + 1) & t.mask) {
    const k = t.slots[s]! - 1;
    if (k < 0) return -1;
    if (t.hashes[k] === h && sameLower(text, from, to, t.lowers[k]!)) return k;
  }
}

/** The lower case of classed ASCII word `k` (asciiWordAt). */
export function asciiWordLower(k: number): string {
  return asciiTable!.lowers[k]!;
}

/** The class bits of classed ASCII word `k` (asciiWordAt): classesOf of its lower case. */
export function asciiWordClasses(k: number): number {
  return asciiTable!.classes[k]!;
}

/**
 * The union of the class bits of a sentence's tokens, taken once per sentence: a pass that needs
 * a word of some class skips a sentence whose union lacks that class's bit, instead of scanning
 * every token for a word that is not there.
 */
export function classesIn(toks: readonly { classes: number }[]): number {
  let union = 0;
  for (const t of toks) union |= t.classes;
  return union;
}

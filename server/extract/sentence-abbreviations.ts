// Abbreviations for the sentence splitter: does a period followed by white space and a
// capitalised word end the sentence? General English/wire-style lists, no corpus names.

/** Titles and words that precede a name or a noun: never the end of a sentence. */
const NEVER_END = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'rev', 'hon', 'gen', 'col', 'lt', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'pres', 'amb', 'supt', 'insp',
  'mt', 'ft', 'vs', 'v', 'cf', 'approx', 'ca', 'viz', 'gens', 'lieut', 'fr', 'sec', 'dep',
]);

/** Abbreviations followed by a number (`No. 4`, `Art. 5`, `Dec. 12`): not an end before a digit. */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'arts', 'vol', 'vols', 'p', 'pp', 'para', 'paras', 'ch', 'chap', 'fig', 'figs', 'op',
  'tel', 'ref', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that may also close a sentence: they end it only before a typical sentence opener. */
const MAY_END = new Set([
  'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'bros', 'llc', 'plc', 'esq', 'st', 'ave', 'rd', 'blvd', 'dept', 'univ',
  'etc', 'al', 'mln', 'bln', 'mn', 'bn', 'km', 'sq', 'govt',
  // "Ma. Teresa" (Filipino Maria), but also the surname Ma at the end of a sentence.
  'ma',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they signal the end. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before',
  'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'earlier', 'later', 'according', 'as', 'if',
  'when', 'while', 'since', 'during', 'some', 'many', 'most', 'all', 'both', 'no', 'one', 'two', 'last',
  'also', 'moreover', 'nevertheless', 'still', 'then', 'thus', 'what', 'who', 'where', 'why', 'how',
]);

/** The length of the longest word in NEVER_END, BEFORE_NUMBER and MAY_END. */
const LONGEST_ABBREVIATION = Math.max(...[...NEVER_END, ...BEFORE_NUMBER, ...MAY_END].map((w) => w.length));

/**
 * A letter: a character whose lower and upper case differ. An ASCII one is told by its code (A-Z,
 * a-z: the ASCII characters with two cases) without making both case strings, as this runs for
 * every character before a period.
 */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28 || c === 0x5b;
}

/** The word starting at `from` (after opening quotes/brackets), lower-cased. */
function wordAt(text: string, from: number, to: number): string {
  let i = from;
  while (i < to && isOpener(text.charCodeAt(i))) i++;
  let j = i;
  while (j < to && j - i < 30 && isLetter(text.charAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * For a period at `punct` (sentence begun at `start`) followed by white space and a non-lower-case
 * character at `next`: true when the period ends the sentence, false when it closes an abbreviation
 * (`Gen.`, `U.S.`, `Dec. 12`, `No. 4`) or an initial (`J. Smith`).
 */
export function periodEndsSentence(text: string, start: number, punct: number, next: number, to: number): boolean {
  let t = punct;
  // (plainWord: the token is ASCII letters only, no period; most are, and one longer than every
  // abbreviation ends the sentence without the slice, the lower case and the set lookups.)
  let plainWord = true;
  while (t > start && punct - t < 30) {
    const c = text.charCodeAt(t - 1);
    if (c < 0x80 && c !== 0x2e) {
      if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) break;
    } else {
      const ch = text.charAt(t - 1);
      if (ch !== '.' && !isLetter(ch)) break;
      plainWord = false;
    }
    t--;
  }
  if (plainWord && punct - t > LONGEST_ABBREVIATION) return true;
  const token = text.slice(t, punct);
  if (token === '') return true;
  const lower = token.toLowerCase();
  const nextChar = text.charCodeAt(next);
  const beforeDigit = nextChar >= 0x30 && nextChar <= 0x39;
  if (token.includes('.')) return OPENERS.has(wordAt(text, next, to)); // U.S., U.K., e.g, a.m, D.C.
  if (token.length === 1 && token === token.toUpperCase()) return OPENERS.has(wordAt(text, next, to)); // initial: J. Smith
  if (NEVER_END.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower)) return !beforeDigit;
  if (MAY_END.has(lower)) return OPENERS.has(wordAt(text, next, to));
  return true;
}

// Acronyms set off by commas: "The Western Naval Command, WNC, of the Nigerian Navy, NN, has arrested",
// "the Chief of the Naval Staff, CNS, Vice Admiral X". Some presses (Nigerian papers above all) write
// with commas what others put in brackets. When the capitals spell the words right before the comma,
// the working copy reads ", WNC," as " (WNC)" (the same length, so every offset still points into the
// original text and evidence is untouched), and the later stages read the bracketed style they know.
// One scan for ", " with indexOf; no regular expression over the whole text.

/** Longest acronym read this way. */
const MAX_ACRONYM = 6;
/** How many words before the comma an acronym may spell. */
const MAX_WORDS = 8;
/** Lower-case words an acronym may skip or take one letter from ("Chief of the Naval Staff" → CNS, "Economic Community of West African States" → ECOWAS). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'des', 'la', 'el', 'y', 'et']);

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isWordChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x27 || c === 0x2019 || c > 0xbf;
}

/** The words right before `end` (nearest last), up to MAX_WORDS, stopping at punctuation. */
function wordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let i = end;
  while (words.length < MAX_WORDS) {
    let j = i;
    while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    words.push(text.slice(j, i));
    if (j === 0 || text.charCodeAt(j - 1) !== 0x20) break;
    i = j - 1;
  }
  return words;
}

/**
 * True when `acronym` is spelt by leading letters of `words` (in reading order) from the first word on:
 * each capitalised word gives one or more of its first letters, a connector gives none or its first.
 */
function spells(acronym: string, words: string[], w: number, a: number): boolean {
  if (a === acronym.length) return w === words.length;
  if (w === words.length) return false;
  const word = words[w]!;
  const connector = CONNECTORS.has(word);
  if (!connector && !isUpperAscii(word.charCodeAt(0))) return false;
  if (connector && spells(acronym, words, w + 1, a)) return true;
  const upper = word.toUpperCase();
  const most = connector ? 1 : Math.min(upper.length, acronym.length - a);
  for (let k = 1; k <= most; k++) {
    if (upper.charCodeAt(k - 1) !== acronym.charCodeAt(a + k - 1)) break;
    if (spells(acronym, words, w + 1, a + k)) return true;
  }
  return false;
}

/** True when the acronym spells the last two or more words before the comma, starting at a capitalised word. */
function spellsWordsBefore(text: string, comma: number, acronym: string): boolean {
  const before = wordsBefore(text, comma);
  // (Two words at least: one word's first letters are no acronym of it, "in Lagos, LA,".)
  for (let n = 2; n <= before.length; n++) {
    const first = before[n - 1]!;
    if (!isUpperAscii(first.charCodeAt(0)) || first.charCodeAt(0) !== acronym.charCodeAt(0)) continue;
    if (spells(acronym, before.slice(0, n).reverse(), 0, 0)) return true;
  }
  return false;
}

/** The working copy with every comma-set acronym that spells the name before it bracketed instead. */
export function bracketCommaAcronyms(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  for (let i = text.indexOf(', '); i !== -1; i = text.indexOf(', ', i + 2)) {
    const start = i + 2;
    let end = start;
    while (end < text.length && end - start <= MAX_ACRONYM && isUpperAscii(text.charCodeAt(end))) end++;
    const length = end - start;
    if (length < 2 || length > MAX_ACRONYM || text.charCodeAt(end) !== 0x2c) continue;
    const next = text.charCodeAt(end + 1);
    if (next !== 0x20 && next !== 0x0a) continue;
    const acronym = text.slice(start, end);
    if (!spellsWordsBefore(text, i, acronym)) continue;
    (out ??= []).push(text.slice(copied, i), ' (', acronym, ')');
    copied = end + 1;
    i = end - 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

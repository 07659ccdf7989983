// Dateline recognition at the start of a dispatch body: `SEOUL, December 13. /TASS/.`,
// `LONDON, Dec 3 (Reuters) -`, `SEOUL (AP) —`, `BEIJING, Dec. 3 /Xinhua/ --`, `MOSCOW, 13 December -`.
// The patterns run on a bounded prefix (DATELINE_WINDOW characters), so they cannot blow up.
import type { Dateline } from '../ontology.js';

/** How far into the body a dateline may reach. */
export const DATELINE_WINDOW = 240;

// A city: up to six words, each capitalised or a lower-case connector (Komsomolsk-on-Amur, Rio de Janeiro).
const CITY = String.raw`(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ ](?:\p{Lu}[\p{L}\p{M}'’.\-]*|on|de|la|le|del|da|do|al|el|am|upon|sur|du|di)){0,5})`;
const MONTH = String.raw`\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}{3,9}\.?`;
const DAY_DATE = String.raw`(?:(?:${MONTH})\s+\d{1,2}|\d{1,2}\s+(?:${MONTH}))(?:,?\s+\d{4})?`;
// (An agency's own name may hold a slash between letters: `/RFE/RL/.`.)
const AGENCY = String.raw`(?:/\s*([^/\n]{1,40}?(?:/(?=\p{L})[^/\n]{1,20}?)?)\s*/|\(\s*([^()\n]{1,40}?)\s*\))`;
const SEPARATOR = String.raw`(?:\.|--?|—|–|:)`;

/** `FARAFENNI, Gambia, March 4.`: the country after the city (not captured; the city is the place). */
const COUNTRY = String.raw`(?:,\s*\p{Lu}[\p{L}\p{M}]+(?:[ ]\p{Lu}[\p{L}\p{M}]+){0,3}(?=\s*,))?`;
/** City, optional country, optional date, agency in slashes or brackets, optional separator. */
const WITH_AGENCY = new RegExp(String.raw`^${CITY}${COUNTRY}\s*(?:,\s*(${DAY_DATE}))?\s*\.?\s*${AGENCY}\s*${SEPARATOR}?`, 'u');
/** An all-capitals city with a date and/or a dash, without an agency: `MOSCOW, December 3 —`. */
const WITHOUT_AGENCY = new RegExp(String.raw`^${CITY}\s*(?:(?:,\s*(${DAY_DATE})\s*${SEPARATOR})|(?:--?|—|–))`, 'u');

const LOWER_CONNECTORS = new Set(['on', 'de', 'la', 'le', 'del', 'da', 'do', 'al', 'el', 'am', 'upon', 'sur', 'du', 'di', 'of', 'the']);

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

let titleMemo: Map<string, string> | undefined;

/** `SEOUL` → `Seoul`, `KOMSOMOLSK-ON-AMUR` → `Komsomolsk-on-Amur`, `ST. PETERSBURG` → `St. Petersburg`. */
export function titleCase(name: string): string {
  if (!isAllCaps(name)) return name;
  titleMemo ??= new Map();
  let v = titleMemo.get(name);
  if (v === undefined) {
    if (titleMemo.size > 5_000) titleMemo.clear();
    titleMemo.set(name, (v = computeTitleCase(name)));
  }
  return v;
}

function computeTitleCase(name: string): string {
  let index = 0;
  // ("İZMİR": a dotted capital I lowers to "i" and a combining dot, which stays out of the word; "İzmir" keeps its capital.)
  return name.replace(/[\p{L}\p{M}]+/gu, (written, offset: number) => {
    const first = index++ === 0;
    const word = written.toLowerCase().replace(/i\u0307/g, 'i');
    if (!first && LOWER_CONNECTORS.has(word)) return word;
    // ("ST JOHN'S" → "St John's": the possessive's "s" after an apostrophe stays lower-case.)
    if (word === 's' && /['’]$/.test(name.slice(0, offset))) return word;
    const initial = written.charAt(0);
    return (initial === '\u0130' ? initial : word.charAt(0).toUpperCase()) + word.slice(1);
  });
}

export interface DatelineMatch {
  dateline: Dateline;
  /** Characters consumed from the start of the searched text, trailing white space included. */
  length: number;
  /** The date as written in the dateline (`December 13`), if any. */
  dateText?: string;
}

/** Recognises a dateline at the very start of `text` (no leading white space expected). */
export function matchDateline(text: string): DatelineMatch | undefined {
  const window = text.slice(0, DATELINE_WINDOW);
  const withAgency = WITH_AGENCY.exec(window);
  let length: number;
  let dateline: Dateline;
  let dateText: string | undefined;
  if (withAgency) {
    const agency = (withAgency[3] ?? withAgency[4] ?? '').trim();
    const city = withAgency[1]!.trim();
    // `Kim Jong Un (KJU) said` must not pass for a dateline: a bracketed agency needs a
    // separator after it or an all-capitals city.
    const bracketed = withAgency[4] !== undefined;
    const lastChar = withAgency[0].trimEnd().slice(-1);
    if (bracketed && !isAllCaps(city) && !/[.\-—–:]/.test(lastChar)) return undefined;
    if (!/\p{L}/u.test(agency)) return undefined;
    dateline = { place: titleCase(city), agency };
    dateText = withAgency[2];
    length = withAgency[0].length;
  } else {
    const plain = WITHOUT_AGENCY.exec(window);
    if (!plain || !isAllCaps(plain[1]!) || plain[1]!.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
    dateline = { place: titleCase(plain[1]!.trim()) };
    dateText = plain[2];
    length = plain[0].length;
  }
  while (length < text.length && /\s/.test(text.charAt(length))) length++;
  return dateText === undefined ? { dateline, length } : { dateline, length, dateText };
}

// Which surface names may identify a node across documents ("strong" aliases) and which may not
// ("weak": a surname alone, "the ministry", "ceremony"). Weak aliases are kept on the node for
// display and search but never used to attach another document's mention to it.
import type { DateInterval, NodeType } from '../ontology.js';
import { getLexicon } from '../extract/lexicon.js';
import { nameKey } from '../extract/name-key.js';

/** One surface name of a node with its matching key and whether it may match across documents. */
export interface AliasRecord {
  alias: string;
  key: string;
  strong: boolean;
}

/** Words that name a kind of thing rather than a particular one, and function words. */
const GENERIC_WORDS = new Set(
  (
    'the a an this that these those its their his her our your my of and for in on at to by with ' +
    'between among concerning regarding about ' +
    'new same said such other first second last latest recent former current joint ' +
    'ceremony ceremonies event meeting meetings talks summit parade visit trip programme program ' +
    'exercise exercises drill drills conference session forum rally reception welcome welcoming ' +
    'regiment battalion brigade division corps army armies unit units troops forces force ' +
    'contingent detachment group fleet navy squadron company platoon servicemen soldiers ' +
    'ministry department government party council committee commission agency office service ' +
    'administration authorities authority parliament assembly bureau board directorate ' +
    'state states country countries nation nations republic region regions city province area ' +
    'district capital village town border territory oblast krai ' +
    'treaty agreement agreements accord pact memorandum deal contract document ' +
    'award awards medal medals order orders title titles prize decoration ' +
    'leader president minister chairman chairwoman spokesman spokeswoman spokesperson official ' +
    'officials secretary head commander general chief deputy envoy ambassador premier ' +
    'mr mrs ms miss dr sir madam lord comrade marshal colonel lieutenant major captain'
  ).split(' '),
);

/** Titles and honorifics that do not count as part of a person's name. */
const HONORIFICS = new Set(
  'mr mrs ms miss dr sir madam lord comrade marshal colonel lieutenant major captain general president minister chairman secretary leader premier prime deputy ambassador spokesman'.split(' '),
);

/** True when the token looks like part of a proper name: capitalised, a number, or caseless script. */
function isNameToken(token: string): boolean {
  const first = token.match(/[\p{L}\p{N}]/u)?.[0];
  if (first === undefined) return false;
  if (/\p{N}/u.test(first)) return true;
  if (first.toLowerCase() === first.toUpperCase()) return true; // script without case
  return first === first.toUpperCase() && !GENERIC_WORDS.has(normalToken(token));
}

function normalToken(token: string): string {
  return token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Tokens of `alias` that belong to a name (not titles, function words or generic nouns). */
export function nameTokens(alias: string): string[] {
  return alias
    .split(/\s+/)
    .filter((token) => token !== '' && isNameToken(token) && !HONORIFICS.has(normalToken(token)));
}

let portfolio: ReadonlySet<string> | undefined;

/** Portfolio words that name a region, not a field: "Arctic Council", "Gulf Cooperation Council" are one body each. */
const REGION_WORDS = new Set(['africa', 'europe', 'european', 'asia', 'americas', 'eurasia', 'middle', 'east', 'latin', 'america', 'pacific', 'arctic', 'balkans', 'caucasus', 'sahel', 'gulf']);

/** A word of a state body's name that names no state: a portfolio ("Defence") or "Staff". */
function bodyWord(token: string): boolean {
  portfolio ??= getLexicon().portfolio;
  return token === 'staff' || (portfolio.has(token) && !REGION_WORDS.has(token));
}

/** A year in a name ("summit in Pyongyang, 19 June 2024"): the name carries its own date. */
const YEAR = /\b(1[89]|20)\d\d\b/;

/** Whether a name contains a year. */
export function namesYear(alias: string): boolean {
  return YEAR.test(alias);
}

/**
 * The distinctive words of an agreement's name, matching keys sorted: "Treaty on Comprehensive
 * Strategic Partnership", "comprehensive strategic partnership agreement" → the same bag.
 * Agreement names vary in word order and case far more than other names.
 */
export function contentWords(alias: string): string[] {
  const words = alias
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word !== '' && !GENERIC_WORDS.has(normalToken(word)))
    .map((word) => nameKey(word) || word.toLowerCase())
    .filter((word) => word !== '');
  return [...new Set(words)].sort();
}

/** True when an alias of a node of `type` may identify it across documents. */
export function isStrongAlias(type: NodeType, alias: string, eventDate?: DateInterval): boolean {
  const tokens = nameTokens(alias);
  if (type === 'agreement') return tokens.length > 0 || contentWords(alias).length >= 2;
  if (tokens.length === 0) return false;
  if (type === 'person') return tokens.length >= 2;
  // "Defence Ministry", "General Staff": every state has one; only a state's name makes it one body.
  if (type === 'organization' && tokens.every((t) => bodyWord(normalToken(t)))) return false;
  if (type === 'event') return eventDate !== undefined || YEAR.test(alias);
  return true;
}

/** The matching key of a name: nameKey without a leading "the"; names in other scripts as is. */
export function matchKey(alias: string): string {
  const stripped = alias.trim().replace(/^the\s+/i, '');
  const key = nameKey(stripped);
  if (key !== '' || !/[\p{L}\p{N}]/u.test(stripped)) return key;
  return stripped.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The matching key of an alias: matchKey (agreements: their content words), qualified by the date for events not naming a year. */
export function aliasKey(type: NodeType, alias: string, eventDate?: DateInterval): string {
  if (type === 'agreement') return contentWords(alias).join(' ');
  const key = matchKey(alias);
  if (type === 'event' && eventDate !== undefined && key !== '' && !YEAR.test(alias)) {
    return `${key}@${eventDate.start}/${eventDate.end}`;
  }
  return key;
}

/**
 * An alias with no proper name whose words all occur in the label ("ceremony", "the strategic
 * dialogue" for "first round of the strategic dialogue"): a back-reference, not a name. Kept as
 * an alias it would name every ceremony or dialogue at once.
 */
function isGenericShortening(alias: string, labelWords: ReadonlySet<string>): boolean {
  if (nameTokens(alias).length > 0) return false;
  const words = nameWordKeys(alias);
  return words.length > 0 && words.every((w) => labelWords.has(w));
}

/**
 * The label and aliases of an entity as alias records, label first, without duplicates, and
 * without generic shortenings of the label (see isGenericShortening).
 */
export function aliasRecords(
  type: NodeType,
  label: string,
  aliases: readonly string[],
  eventDate?: DateInterval,
): AliasRecord[] {
  const seen = new Set<string>();
  const records: AliasRecord[] = [];
  let labelWords: Set<string> | undefined;
  for (const raw of [label, ...aliases]) {
    const alias = raw.trim();
    if (alias === '' || seen.has(alias)) continue;
    seen.add(alias);
    const key = aliasKey(type, alias, eventDate);
    if (key === '') continue;
    const strong = isStrongAlias(type, alias, eventDate);
    if (!strong && records.length > 0) {
      labelWords ??= new Set(nameWordKeys(records[0]!.alias));
      if (isGenericShortening(alias, labelWords)) continue;
    }
    records.push({ alias, key, strong });
  }
  return records;
}

/** Words left out of a name's token set (function words and possessive endings). */
const FUNCTION_WORDS = new Set('the a an of and for in on at to by with'.split(' '));

/** A strong name broken down for head + modifier subsumption (see subsumes). */
export interface NameShape {
  /** Head noun: last word before the first "of" ("Commission" of "Central Military Commission of the Party"). */
  head: string;
  /** Matching keys of its words, without function words. */
  tokens: string[];
  /** Tokens of the part before the first "of". */
  headPhrase: Set<string>;
  /** Tokens after the first "of" (the owner or place the name is qualified by). */
  complement: Set<string>;
  /** Tokens whose word is a generic noun ("party", "council"). */
  generic: Set<string>;
  /** It has a name word with letters (not only numbers, titles and generic nouns). */
  proper: boolean;
}

function tokenKey(word: string): string {
  const bare = word.replace(/['’]s$/i, '').replace(/['’]$/, '');
  return nameKey(bare) || bare.toLowerCase();
}

/** The matching keys of a name's words (without function words), as nameShape counts them. */
export function nameWordKeys(alias: string): string[] {
  return alias.split(/[\s,]+/).filter((w) => w !== '' && !FUNCTION_WORDS.has(w.toLowerCase())).map(tokenKey).filter((k) => k !== '');
}

/** The shape of a name for subsumption, or undefined when it has fewer than two words. */
export function nameShape(alias: string): NameShape | undefined {
  const words = alias.trim().replace(/^the\s+/i, '').split(/[\s,]+/).filter((w) => w !== '');
  const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
  const before = ofAt < 0 ? words : words.slice(0, ofAt);
  const after = ofAt < 0 ? [] : words.slice(ofAt + 1);
  const keys = (list: string[]) => list.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map(tokenKey).filter((k) => k !== '');
  const headPhrase = keys(before);
  const complement = keys(after);
  const tokens = [...new Set([...headPhrase, ...complement])];
  if (tokens.length < 2 || headPhrase.length === 0) return undefined;
  const generic = new Set(words.filter((w) => GENERIC_WORDS.has(normalToken(w))).map(tokenKey));
  const proper = nameTokens(alias).some((t) => /\p{L}/u.test(t) && !/^\d/.test(t));
  return { head: headPhrase[headPhrase.length - 1]!, tokens, headPhrase: new Set(headPhrase), complement: new Set(complement), generic, proper };
}

/**
 * Whether the shorter name `short` is a head + modifier variant of the longer `long` (both of one
 * node type): same head noun, every word of `short` in `long`, `short` has a proper name word,
 * and the words only `long` has do not name a state (`stateTokens`), unless `short` names the
 * owner that the state qualifies by its head noun. "Sunan airport" ⊂ "Sunan International Airport",
 * "Party Central Military Commission" ⊂ "Central Military Commission of the Workers' Party of
 * Korea"; not "Ministry of Defence" ⊂ "Ministry of Defence of Russia" (which state's?).
 */
export function subsumes(short: NameShape, long: NameShape, stateTokens: ReadonlySet<string>): boolean {
  if (short.head !== long.head || !short.proper || short.tokens.length >= long.tokens.length) return false;
  const longTokens = new Set(long.tokens);
  if (!short.tokens.every((t) => longTokens.has(t))) return false;
  const shortTokens = new Set(short.tokens);
  const dropped = long.tokens.filter((t) => !shortTokens.has(t));
  if (!dropped.some((t) => stateTokens.has(t))) return true;
  return short.tokens.some((t) => short.generic.has(t) && long.complement.has(t) && !long.headPhrase.has(t));
}

let stateWords: Set<string> | undefined;

/**
 * Word keys (nameWordKeys) of the common names of the world's states, from the extractor's
 * country list ("korea", "russia", "north"...): words whose loss makes a short name ambiguous.
 */
export function stateWordKeys(): ReadonlySet<string> {
  if (stateWords === undefined) {
    stateWords = new Set();
    for (const state of getLexicon().states.values()) for (const key of nameWordKeys(state.common)) stateWords.add(key);
  }
  return stateWords;
}

/** All-capital tokens of 2–6 letters in a name of several words ("WPK" in "Central Military Commission of the WPK"). */
export function acronymTokens(alias: string): string[] {
  const words = alias.trim().split(/\s+/);
  if (words.length < 2) return [];
  return words.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '')).filter((w) => /^\p{Lu}{2,6}$/u.test(w));
}

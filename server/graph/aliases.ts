// Which surface names may identify a node across documents ("strong" aliases) and which may not
// ("weak": a surname alone, "the ministry", "ceremony"). Weak aliases are kept on the node for
// display and search but never used to attach another document's mention to it.
import type { DateInterval, NodeType } from '../ontology.js';
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

/** The label and aliases of an entity as alias records, label first, without duplicates. */
export function aliasRecords(
  type: NodeType,
  label: string,
  aliases: readonly string[],
  eventDate?: DateInterval,
): AliasRecord[] {
  const seen = new Set<string>();
  const records: AliasRecord[] = [];
  for (const raw of [label, ...aliases]) {
    const alias = raw.trim();
    if (alias === '' || seen.has(alias)) continue;
    seen.add(alias);
    const key = aliasKey(type, alias, eventDate);
    if (key === '') continue;
    records.push({ alias, key, strong: isStrongAlias(type, alias, eventDate) });
  }
  return records;
}

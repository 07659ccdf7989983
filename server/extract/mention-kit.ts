// Mention stage, shared kit: the per-sentence builder that recognisers write mentions and
// structural facts into, with the document-level lookups they may consult (names seen so far).
import type { NodeType } from '../ontology.js';
import type { Lexicon } from './lexicon.js';
import type { Fact, Mention, MentionVia, TitleInfo } from './model.js';
import type { RunInput } from './runs.js';
import { ARTICLES, type Tok } from './tokens.js';
import { classesIn } from './word-classes.js';

/** What earlier sentences of the document taught us. */
/** Last words of a joint activity whose acronym names it as an event ("maritime cooperative activity (MCA)", "coordinated patrol (CORPAT)"). */
export const SPELLED_ACTIVITIES: ReadonlySet<string> = new Set(['activity', 'activities', 'patrol', 'patrols', 'sail', 'training']);

export interface Known {
  /** The name-key of a token that is part of a known person's name. */
  personToken(key: string): boolean;
  /** Entity type of a known alias (lower case, no article). */
  aliasType(norm: string): NodeType | undefined;
  /** Whether aliasType is 'unit' for some alias already (false: it is 'unit' for none). */
  knowsUnitAlias(): boolean;
  /** The post an acronym was given for earlier ("Chief of Defence Force (CDF)"), if any. */
  postOfAcronym(acronym: string): TitleInfo | undefined;
  /** Remembers the post an acronym stands for. */
  learnPostAcronym(acronym: string, post: TitleInfo): void;
  /** Whether the acronym (lower case) was spelled out by lower-case words before ("littoral combat ship (LCS)"). */
  commonAcronym(lower: string): boolean;
  /** Remembers an acronym of lower-case words. */
  learnCommonAcronym(lower: string): void;
  /** Whether an activity its acronym spelled was named as an event with this last word ("cooperative activity (MCA)"). */
  spelledActivity(head: string): boolean;
  /** Remembers the last word of such an activity, so that "the activity" refers back to it. */
  learnSpelledActivity(head: string): void;
}

export interface Builder extends RunInput {
  text: string;
  sent: number;
  mentions: Mention[];
  facts: Fact[];
  known: Known;
  ids: { next: number };
  /** Tokens already inside a mention span (lower-case phrase recognisers skip them). */
  covered: Uint8Array;
  maxMentions: number;
  /** The union of the word-class bits of toks (classesIn in word-classes.ts). */
  classes: number;
  /** Mentions dropped because the sentence hit maxMentions. */
  dropped: number;
  /** The last post apposed to a named person ("A, Chairman of the Council"): whose it is, and the token after it. */
  apposedPost?: { holder: Mention; end: number };
  /** A post named without its holder right before "and" ("The Chairman of the X and ..."): the role anaphor, its body, the token after it. */
  pendingPost?: { post: Mention; affiliation: Mention; end: number };
}

/** Builds the builder for one sentence. */
export function makeBuilder(lex: Lexicon, text: string, sent: number, toks: Tok[], known: Known, ids: { next: number }, maxMentions: number): Builder {
  const lowers: string[] = [];
  for (const t of toks) lowers.push(t.lower);
  return {
    lex, text, sent, toks, known, ids, maxMentions,
    lowers,
    gazMemo: new Array(toks.length),
    titleMemo: new Array(toks.length),
    mentions: [],
    facts: [],
    covered: new Uint8Array(toks.length),
    classes: classesIn(toks),
    dropped: 0,
  };
}

/** Surface text of tokens [i, j). */
export function spanText(b: Builder, i: number, j: number): string {
  const s = b.text.slice(b.toks[i]!.start, b.toks[j - 1]!.end);
  // (A gloss in another script that the tokens leave out is left out of the name: "Tien Lung (天龍) exercise".)
  return s.includes('(') ? s.replace(GLOSS_IN_SPAN, '') : s;
}

/** A bracketed gloss in another script inside a span (tokens.ts dropGlosses). */
const GLOSS_IN_SPAN = /\s+\((?:(?!\p{Script=Latin})[\p{L}\p{M}·\s])+\)(?=\s)/gu;

let aliasMemo: Map<string, string> | undefined;

/** Lower-case article-free form used as an alias key. */
export function normAlias(s: string): string {
  const plain = plainAlias(s);
  if (plain !== undefined) return plain;
  aliasMemo ??= new Map();
  let k = aliasMemo.get(s);
  if (k === undefined) {
    if (aliasMemo.size > 50_000) aliasMemo.clear();
    aliasMemo.set(s, (k = computeNormAlias(s)));
  }
  return k;
}

/**
 * computeNormAlias of the commonest form, printable ASCII without backticks and with single spaces
 * between words only (nothing for the quote, space and trim steps to change), by plain string
 * operations; undefined for any other string.
 */
function plainAlias(s: string): string | undefined {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x60) return undefined;
    if (c === 0x20 && (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 0x20)) return undefined;
  }
  let k = s.toLowerCase();
  if (k.startsWith('the ')) k = k.slice(4);
  else if (k.startsWith('a ')) k = k.slice(2);
  else if (k.startsWith('an ')) k = k.slice(3);
  return k.endsWith("'s") ? k.slice(0, -2) : k;
}

function computeNormAlias(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(/^(the|a|an) /, '').replace(/'s$/, '');
}

/** A length in time written before a head ("ten-day", "two-week", "48-hour"). */
export const LASTING = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)-(?:day|week|month|hour)$/;

/** Adds a mention over tokens [i, j) unless the sentence is full; returns it. */
export function addMention(b: Builder, i: number, j: number, type: NodeType, via: MentionVia, extra: MentionExtras = {}): Mention | undefined {
  if (b.mentions.length >= b.maxMentions) {
    b.dropped++;
    return undefined;
  }
  const surface = spanText(b, i, j);
  const m = newMention(b.ids.next++, b.sent, i, j, b.toks[i]!.start, b.toks[j - 1]!.end, surface, type, via, extra);
  b.mentions.push(m);
  for (let k = i; k < j; k++) b.covered[k] = 1;
  return m;
}

/**
 * Widens (or moves) a mention to tokens [i, j) in place, so that facts and titles that refer to it by id stay
 * valid; its surface follows, its core and aliases are left to the caller.
 */
export function respanMention(b: Builder, m: Mention, i: number, j: number): void {
  m.i = i;
  m.j = j;
  m.start = b.toks[i]!.start;
  m.end = b.toks[j - 1]!.end;
  m.surface = spanText(b, i, j);
}

/** What a recogniser may tell about a mention besides its span, type and route. */
export type MentionExtras = Partial<Pick<Mention, 'code' | 'head' | 'core' | 'label' | 'aliases' | 'demonym' | 'lead' | 'nested' | 'title' | 'groupSize' | 'owner'>>;

/**
 * A mention with every optional field present (undefined when unknown): one object shape for
 * all mentions keeps the property reads of the later stages monomorphic.
 */
function newMention(id: number, sent: number, i: number, j: number, start: number, end: number, surface: string, type: NodeType, via: MentionVia, extra: MentionExtras): Mention {
  return {
    id, sent, i, j, start, end, surface, type, via,
    code: extra.code, ownerState: undefined, stateUnknown: undefined, head: extra.head, core: extra.core, label: extra.label,
    aliases: extra.aliases ? [surface, ...extra.aliases] : [surface],
    owner: extra.owner, demonym: extra.demonym, lead: extra.lead, nested: extra.nested, title: extra.title,
    groupSize: extra.groupSize, leadsGroup: undefined, entity: undefined, group: undefined,
  };
}

/** Words of tokens [i, j) joined by single spaces, as written. */
export function wordsText(b: Builder, i: number, j: number): string {
  const out: string[] = [];
  for (let k = i; k < j; k++) {
    const t = b.toks[k]!;
    if (t.lower === "'s" && out.length) out[out.length - 1] += t.text;
    else out.push(t.text);
  }
  return out.join(' ');
}

/** Endings of words that may follow the apposition's noun without being a noun themselves ("a unit active in"). */
const ADJECTIVAL = /(?:al|ed|ing|ese|ian|ic|ary|ive)$/;
const PARTICIPLES = new Set(['set', 'run', 'built', 'known', 'led', 'owned', 'made', 'held']);
/** "Mocímboa da Praia, a port town in Cabo Delgado": nouns of settlements and areas. */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'port', 'settlement', 'hamlet', 'district', 'province', 'region', 'island', 'oasis', 'enclave', 'suburb', 'neighbourhood', 'neighborhood', 'capital']);
const ORG_NOUNS = new Set(['subsidiary', 'arm', 'organisation', 'organization', 'charity', 'foundation', 'party', 'union', 'consortium', 'ngo', 'institute', 'association', 'venture', 'fund']);

/**
 * The type an apposition at token `j` (", a|an|the ... NOUN") gives the name before it: "Europol,
 * the European Union's law enforcement agency" → organization, "X, a regional unit" → unit. The
 * noun must end its phrase ("a party member" names no party).
 */
/** The "'s" closing one or two capitalised words from `i` ("al-Shabaab's", "the group's" is not), or -1. */
function possessorEnd(b: Builder, i: number): number {
  for (let k = i; k < i + 3; k++) {
    const t = b.toks[k];
    if (!t) return -1;
    if (t.lower === "'s" && k > i) return k;
    if (t.kind !== 'w' || !t.cap) return -1;
  }
  return -1;
}

export function appositionType(b: Builder, j: number): NodeType | undefined {
  if (b.toks[j]?.text !== ',') return undefined;
  // ("Jaysh al-Usra, al-Shabaab's armed wing,": or after a possessor's name.)
  const poss = ARTICLES.has(b.lowers[j + 1] ?? '') ? j + 1 : possessorEnd(b, j + 1);
  if (poss < 0) return undefined;
  for (let k = poss + 1; k < Math.min(b.toks.length, poss + 8); k++) {
    const t = b.toks[k]!;
    if (t.kind === 'p') return undefined;
    if (t.cap || t.kind !== 'w' || t.lower === "'s") continue;
    const w = t.lower;
    // ("Caspian Shield-2032, a week of joint naval drills": past a span or a series "of".)
    if (SPAN_OF.has(w) && b.lowers[k + 1] === 'of') {
      k++;
      continue;
    }
    const type = b.lex.unitAnaphors.has(w) && !b.lex.shipNouns.has(w) ? 'unit' : b.lex.orgDescriptors.has(w) || b.lex.orgLower.has(w) || ORG_NOUNS.has(w) ? 'organization'
      : PLACE_NOUNS.has(w) ? 'place' : b.lex.eventHeads.has(w) || b.lex.eventAfterName.has(w) ? 'event' : undefined;
    if (type) {
      // "a port town": the noun must end its phrase; a later noun may still be the head.
      const next = b.toks[k + 1];
      // ("returning to Rawalpindi, the Pakistani military's media wing, Inter-Services Public Relations (ISPR), said": a
      // description set off before a name is that name's.)
      if (next?.text === ',' && b.toks[k + 2]?.cap && b.toks[k + 2]!.kind === 'w' && !b.lex.functionWords.has(b.toks[k + 2]!.lower) && b.toks[k + 3]?.cap) return undefined;
      if (!next || next.kind === 'p' || b.lex.functionWords.has(next.lower) || ADJECTIVAL.test(next.lower) || PARTICIPLES.has(next.lower)) return type;
      continue;
    }
    // ("Kasangga Sakura 2027, the first large-scale exercise held under ...": an order word describes too.)
    if (b.lex.functionWords.has(w) && !ORDER_WORDS.has(w)) return undefined;
  }
  return undefined;
}

/** Nouns of a span or a series before "of" in a description ("a week of drills", "a series of exercises"). */
const SPAN_OF = new Set(['week', 'weeks', 'fortnight', 'month', 'days', 'series', 'round', 'cycle']);

/** Words of order or size that may open an apposition's description ("the first", "the largest", "the latest"). */
const ORDER_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'latest', 'largest', 'biggest', 'last', 'next', 'annual']);


/** Lower-case heads of a body or formation a name set off after them may be ("the EU's peacekeeping mission in Bosnia, EUFOR Althea,"). */
const NAMED_AFTER_BODY_HEADS = new Map<string, 'organization' | 'unit' | 'event'>([['mission', 'organization'], ['force', 'unit'], ['contingent', 'unit'], ['agency', 'organization'], ['movement', 'organization'], ['militia', 'organization'], ['coalition', 'organization'],
  // ("the brigade's unmanned systems battalion, Nichni Ptakhy, whose ...")
  ['battalion', 'unit'], ['regiment', 'unit'], ['squadron', 'unit'], ['detachment', 'unit'],
  // ("the European Union's naval operation in the Red Sea, EUNAVFOR Aspides.": an operation is an event.)
  ['operation', 'event']]);

/** Words before "wing" that make it a fighting formation ("armed wing", "military wing"). */
const ARMED_WINGS = new Set(['armed', 'military', 'militant', 'paramilitary']);

/** End of "N" or "N/ACRONYM" after an acronym's name ending at `j` ("AUTCON 1/UNDOF", "CTF 151"), else `j`. */
export function numberedTail(b: Builder, j: number): number {
  const n = b.toks[j];
  if (!n || n.kind !== 'n' || !/^\d{1,3}$/.test(n.text) || b.covered[j]) return j;
  return b.toks[j + 1]?.text === '/' && b.toks[j + 2]?.upper && !b.covered[j + 2] ? j + 3 : j + 1;
}

/** An ordinal written in figures ("55th"). */
const ORDINAL_WORD = /^\d+(?:st|nd|rd|th)$/;

/**
 * The type of the definite lower-case body head a name at token `i` is set off after by a comma ("the EU's
 * peacekeeping mission in Bosnia and Herzegovina, EUFOR Althea"), with the place it serves in between.
 */
export function bodyHeadBefore(b: Builder, i: number): { type: 'organization' | 'unit' | 'event'; head: string; at: number } | undefined {
  if (i < 2 || b.toks[i - 1]!.text !== ',') return undefined;
  let k = i - 2;
  const place = b.mentions.find((x) => x.j === k + 1 && (x.type === 'place' || x.type === 'state') && !x.nested);
  if (place && place.i >= 2 && b.lowers[place.i - 1] === 'in') k = place.i - 2;
  // ("the EU's naval operation in the Red Sea, EUNAVFOR Aspides": past the place's article too.)
  else if (place && place.i >= 3 && b.lowers[place.i - 1] === 'the' && b.lowers[place.i - 2] === 'in') k = place.i - 3;
  // ("its 55th contingent for the Kosovo Force (KFOR), AUCON 55/KFOR,": past the body it serves, and its acronym.)
  const end = b.toks[k]?.text === ')' && b.toks[k - 2]?.text === '(' ? k - 2 : k + 1;
  const served = end !== k + 1 || !place ? b.mentions.find((x) => x.j === end && (x.type === 'organization' || x.type === 'unit') && !x.nested) : undefined;
  if (served) {
    const at = b.lowers[served.i - 1] === 'the' ? served.i - 2 : served.i - 1;
    if (b.lowers[at] === 'for' || b.lowers[at] === 'with') k = at - 1;
  }
  const t = b.toks[k];
  // ("al-Shabaab's armed wing, Jaysh al-Usra,": an armed wing is a formation, a media or political wing a body.)
  const wing = t?.lower === 'wing' ? (ARMED_WINGS.has(b.lowers[k - 1] ?? '') ? 'unit' : 'organization') : undefined;
  const type = t && t.kind === 'w' && !t.cap ? wing ?? NAMED_AFTER_BODY_HEADS.get(t.lower) : undefined;
  if (!type) return undefined;
  // ("the mission ..., X,": the head is definite, or a state's or a body's.)
  let q = k - 1;
  // ("the Austrian Armed Forces' new UNDOF contingent, AUTCON 1/UNDOF,": past an acronym, to a possessive "'".)
  const opens = (w: string): boolean => w === 'the' || w === "'s" || w === "'" || w === '’';
  // ("its 55th contingent ...": an ordinal may come between; with one, a possessive pronoun opens it too.)
  while (q > k - 4 && q > 0 && (b.toks[q]!.kind === 'w' || ORDINAL_WORD.test(b.lowers[q]!)) && (!b.toks[q]!.cap || b.toks[q]!.upper) && !opens(b.lowers[q]!) && b.lowers[q] !== 'its' && b.lowers[q] !== 'their') q--;
  const owned = (b.lowers[q] === 'its' || b.lowers[q] === 'their') && ORDINAL_WORD.test(b.lowers[q + 1] ?? '');
  return opens(b.lowers[q] ?? '') || owned ? { type, head: t.lower, at: k } : undefined;
}

/** Tokens a list of ship names may span back to its ship word ("the corvettes INS Magen and INS Oz, the submarine"). */
const SHIP_LIST_REACH = 16;

/**
 * The warship word a name at token `i` is named after, singular ("frigate"): right before it ("the frigate X"), or
 * in the plural opening the list of names it is in ("the Greek frigates Hydra and Kimon"); `plural` tells which.
 */
export function shipWordBefore(lex: Lexicon, toks: readonly Tok[], i: number): { kind: string; plural: boolean } | undefined {
  let k = i - 1;
  for (let n = 0; n < SHIP_LIST_REACH && k >= 0; n++, k--) {
    const t = toks[k]!;
    if (!((t.kind === 'w' && t.cap) || t.text === ',' || t.lower === 'and')) break;
  }
  const ship = shipWordAt(lex, toks[k]?.lower ?? '');
  // (A singular ship word names only the name right after it.)
  return ship && (ship.plural || k === i - 1) ? ship : undefined;
}

/** Word `w` as a warship word, singular ("frigate") or plural ("frigates"): its singular and which it is. */
export function shipWordAt(lex: Lexicon, w: string): { kind: string; plural: boolean } | undefined {
  if (lex.shipNouns.has(w)) return { kind: w, plural: false };
  const one = w.endsWith('s') ? w.slice(0, -1) : '';
  return lex.shipNouns.has(one) ? { kind: one, plural: true } : undefined;
}

/**
 * Words of an amount of money after a figure, its size or its currency ("RM2.1 billion", "the 300 million euro deal"):
 * no part of a name or of a thing's description.
 */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'bn', 'mn', 'euro', 'dollar', 'pound', 'yuan', 'yen', 'rupee', 'ringgit', 'peso', 'rouble', 'ruble']);

/** "HMJS", "HMBS", "HMNZS": His or Her Majesty's ... Ship, whatever the navy. */
const HER_MAJESTYS_SHIP = /^HM[A-Z]{1,4}S$/;

/** A warship prefix ("INS", "TTS", any "HM...S"), as written before a ship's name. */
export function warshipPrefix(lex: Lexicon, text: string): boolean {
  return text.length <= lex.shipPrefixMax && (lex.shipPrefixes.has(text) || HER_MAJESTYS_SHIP.test(text));
}

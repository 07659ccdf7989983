// The extractor's gazetteer: general vocabulary from data/gazetteer/*.json plus countries,
// official names, safe abbreviations, demonyms and capitals built from the `world-countries`
// package. Built once, lazily, on first use (never at import time).
import countries from 'world-countries';
import titles from '../../data/gazetteer/titles.json' with { type: 'json' };
import heads from '../../data/gazetteer/heads.json' with { type: 'json' };
import institutions from '../../data/gazetteer/institutions.json' with { type: 'json' };
import agencies from '../../data/gazetteer/agencies.json' with { type: 'json' };
import words from '../../data/gazetteer/words.json' with { type: 'json' };
import { PhraseTrie } from './phrase-trie.js';

/** A sovereign state (or a place, for dependent territories) from the country list. */
export interface StateInfo {
  code: string;
  common: string;
  official: string;
  capitals: string[];
  sovereign: boolean;
  /** The form of state it is called by when its official name does not say it ("the Sultanate" for Brunei). */
  monarchy: string | undefined;
  /** A territory's sovereign state (Greenland: Denmark), from the gazetteer's table. */
  sovereignState?: string;
}

/** What a gazetteer phrase names. */
export type GazKind = 'state' | 'demonym' | 'capital' | 'institution' | 'territory';

export interface GazEntry {
  kind: GazKind;
  /** State code (cca3) for state / demonym / capital / territory; label for institutions. */
  ref: string;
}

export interface Lexicon {
  gazetteer: PhraseTrie<GazEntry>;
  /** Lower case of the one-word state names written in capitals ("rok", "prc"): they name the state only in capitals. */
  capsOnly: Set<string>;
  titles: PhraseTrie<'leader' | 'official' | 'rank'>;
  states: Map<string, StateInfo>;
  /** Capital label → state code. */
  capitalOf: Map<string, string>;
  /** Capital keyed by capitalKey ("hanoi" for "Hà Nội") → state code. */
  capitalByKey: Map<string, string>;
  /** Home state (cca3) of a national news agency, by lower-case name ("tass" → RUS). */
  agencyHome: Map<string, string>;
  /** Lower case of international agencies and outlets (Reuters, AFP): no home copy, no home state from their dateline city. */
  internationalAgencies: Set<string>;
  portfolio: Set<string>;
  demoting: Set<string>;
  roleSpellings: Map<string, string>;
  orgHeads: Set<string>;
  orgNeedsMore: Set<string>;
  unitHeads: Set<string>;
  unitAlways: Set<string>;
  /** Unit heads that make a multi-word capitalised name a unit without an ordinal ("Norrbotten Regiment"). */
  unitNamed: Set<string>;
  /** Last words of capitalised names that are no person ("Independence Day", "October Revolution"). */
  nonNameHeads: Set<string>;
  /** First words of capitalised names that are no person ("Cyclone Winston", "Operation X"). */
  nonNamePrefixes: Set<string>;
  /** Words opening the name of an event ("Operation Nakamal", "Exercise Cope Thunder"). */
  /** Heads of events only named, never in lower case ("the Battle of Alto de la Alianza"; "a fierce battle" is none). */
  eventNamedOnly: Set<string>;
  eventPrefix: Set<string>;
  placeHeads: Set<string>;
  placeLower: Set<string>;
  placeLowerMods: Set<string>;
  placePrefix: Set<string>;
  /** Heads naming a body only with a complement after them ("House of Representatives", not "State House"). */
  orgPrefix: Set<string>;
  placeOfNouns: Set<string>;
  agreementHeads: Set<string>;
  agreementLower: Set<string>;
  agreementBlocked: Set<string>;
  eventHeads: Set<string>;
  eventNeverAlone: Set<string>;
  eventBlocked: Set<string>;
  awardPrefix: Set<string>;
  awardSuffix: Set<string>;
  /** Award words that open a name with no "of" in languages that put the head first ("Darjah", "Pingat", "Orden"). */
  awardInitial: Set<string>;
  shipNouns: Set<string>;
  /** Warship name prefixes, case as written ("HMS", "INS", "SLNS"), and the length of the longest. */
  shipPrefixes: Set<string>;
  shipPrefixMax: number;
  /** Civilian vessels ("the tanker X"): their names are none of the node types. */
  civilianShipNouns: Set<string>;
  peopleNouns: Set<string>;
  functionWords: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  /** months and weekdays together: one lookup rules out both (most capitalised words are neither). */
  monthsOrWeekdays: Set<string>;
  particles: Set<string>;
  personPronouns: Set<string>;
  firstPerson: Set<string>;
  groupNouns: Set<string>;
  unitAnaphors: Set<string>;
  /** People nouns that, after "the", refer back to the unit named last ("the troops", "the engineers"). */
  troopAnaphors: Set<string>;
  orgLower: Set<string>;
  orgDescriptors: Set<string>;
  eventAfterName: Set<string>;
  regional: Set<string>;
  compass: Set<string>;
  /** Lower case of an intergovernmental body's short name or full name (shortNames in institutions.json) to the other. */
  bodyShortNames: Map<string, string>;
}

/** Both directions of the short-name table, keyed by lower case (the "note" entry left out). */
function shortNamePairs(table: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [short, full] of Object.entries(table)) {
    if (short === 'note') continue;
    out.set(short.toLowerCase(), full);
    if (!out.has(full.toLowerCase())) out.set(full.toLowerCase(), short);
  }
  return out;
}

let cached: Lexicon | undefined;

/** The lexicon, built on first call and shared afterwards. */
export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;

/** Alternative spellings that are common English words ("Island" for Iceland) name no state. */
const COMMON_WORDS = new Set(['island', 'islands', 'state', 'republic', 'kingdom', 'union', 'federation']);

/** "Republic of Turkey" → "Turkey": the name after a form of state in an official name or spelling. */
const FORM_OF_STATE = /^(?:(?:Democratic|Federal|Socialist|Islamic|People's|United|Plurinational|Bolivarian|Oriental|Cooperative|Co-operative|Independent|Federative|Hashemite) )*(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Grand Duchy|Federation|Emirate) of (?:the )?(.+)$/;

/**
 * Short names the package gives only inside a longer one ("Republic of Turkey" → "Turkey",
 * "Republic of Cabo Verde" → "Cabo Verde"), kept when they name one country and no country
 * already uses them.
 */
function shortNamesFromOfficial(): Array<[string, string]> {
  const known = new Set<string>();
  for (const c of countries) for (const n of [c.name.common, c.name.official, ...c.altSpellings]) known.add(n.toLowerCase());
  const found = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const n of [c.name.official, ...c.altSpellings]) {
      const short = FORM_OF_STATE.exec(n)?.[1];
      if (!short || known.has(short.toLowerCase()) || !LATIN.test(short) || /[(),]/.test(short)) continue;
      if (!found.has(short)) found.set(short, new Set());
      found.get(short)!.add(c.cca3);
    }
  }
  return [...found].filter(([, codes]) => codes.size === 1).map(([name, codes]) => [name, [...codes][0]!]);
}

/** Letters that keep no base letter under NFD decomposition. */
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae' };

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** `s` without diacritics ("Chişinău" → "Chisinau"). */
export function foldDiacritics(s: string): string {
  // (ASCII has no diacritics and is its own NFD form: returned as is, without the three scans.)
  if (isAscii(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ıłŁøØđĐßæÆ]/g, (c) => UNDECOMPOSED[c]!);
}

/** A capital's name without case, diacritics, spaces or hyphens: "Hà Nội" and "Hanoi" are one key. */
function capitalKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[\s-]+/g, '');
}

/** The state whose capital `name` is, also when written with diacritics or split words ("HÀ NỘI"). */
export function capitalState(lex: Lexicon, name: string): string | undefined {
  return lex.capitalOf.get(name.toLowerCase()) ?? lex.capitalByKey.get(capitalKey(name));
}

function buildLexicon(): Lexicon {
  const gazetteer = new PhraseTrie<GazEntry>();
  // ("ROK" is South Korea, "Rok" a first name: a state's name in capitals names it only in capitals.)
  const capsOnly = new Set<string>();
  const addState = (name: string, entry: GazEntry): void => {
    gazetteer.add(name, entry);
    if (/^[A-Z]{2,6}$/.test(name)) capsOnly.add(name.toLowerCase());
  };
  const states = new Map<string, StateInfo>();
  const capitalOf = new Map<string, string>();
  const partial = new Set<string>(words.partialStates);
  for (const c of countries) {
    const sovereign = c.independent === true || partial.has(c.cca3);
    const info: StateInfo = { code: c.cca3, common: c.name.common, official: c.name.official, capitals: c.capital, sovereign, monarchy: (words.monarchyForms as Record<string, string>)[c.cca3] };
    if (!sovereign) info.sovereignState = (words.territorySovereigns as Record<string, string>)[c.cca3];
    states.set(c.cca3, info);
    const kind: GazKind = sovereign ? 'state' : 'territory';
    // An alternative spelling that is the demonym ("Thai", "Togolese") is added as the demonym below.
    const demonyms = new Set(Object.values(c.demonyms?.eng ?? {}));
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter((a) => !COMMON_WORDS.has(a.toLowerCase()) && !demonyms.has(a))]);
    // "Saint Lucia" is also written "St Lucia" and "St. Lucia".
    for (const n of [...names]) if (n.startsWith('Saint ')) names.add(`St ${n.slice(6)}`).add(`St. ${n.slice(6)}`);
    // "Việt Nam", "México", "Perú": the country's own name when it is one of its names with diacritics.
    const plain = new Set([...names].map((n) => n.toLowerCase()));
    for (const native of Object.values(c.name.native ?? {})) {
      for (const n of [native.common, native.official]) if (n !== foldDiacritics(n) && plain.has(foldDiacritics(n).toLowerCase())) names.add(n);
    }
    for (const n of names) {
      if (!LATIN.test(n) || n.includes(',') || /^[A-Z]{2}$/.test(n)) continue;
      addState(n, { kind, ref: c.cca3 });
      // "Cote d'Ivoire" for "Côte d'Ivoire": the name without its diacritics too.
      const plainName = foldDiacritics(n);
      if (plainName !== n) addState(plainName, { kind, ref: c.cca3 });
    }
    // "Kingston" is Jamaica's capital and Norfolk Island's: a sovereign state's capital is not given to a territory.
    const addCapital = (name: string): void => {
      const had = capitalOf.get(name.toLowerCase());
      if (had !== undefined && !sovereign && states.get(had)?.sovereign) return;
      addState(name, { kind: 'capital', ref: c.cca3 });
      capitalOf.set(name.toLowerCase(), c.cca3);
    };
    for (const cap of c.capital) {
      if (!LATIN.test(cap)) continue;
      addCapital(cap);
      // "Chisinau" for "Chişinău", "Asuncion" for "Asunción".
      const plainCap = foldDiacritics(cap);
      if (plainCap !== cap) addCapital(plainCap);
      // "Washington D.C.": the city is usually written without its district.
      const city = cap.replace(/,?\s+(?:\p{Lu}\.){1,3}$/u, '').split(',')[0]!.trim();
      if (city !== cap && city.length >= 4) addCapital(city);
      // "St John's" and "St. John's" for "Saint John's", "Saint George's" and "St George's" for "St. George's".
      const saint = /^(?:Saint|St\.?) (?=\p{Lu})/u.exec(cap);
      if (saint) for (const form of ['Saint ', 'St ', 'St. ']) if (form !== saint[0]) addCapital(form + cap.slice(saint[0].length));
    }
  }
  for (const [name, code] of shortNamesFromOfficial()) addState(name, { kind: states.get(code)!.sovereign ? 'state' : 'territory', ref: code });
  // The gazetteer's own demonyms first: they settle one shared by two states ("Dominican": the Dominican Republic).
  for (const [name, code] of Object.entries(words.demonymExtras)) {
    if (name !== 'note' && states.has(code)) addState(name, { kind: 'demonym', ref: code });
  }
  // Demonyms: sovereign states first ("French" is France, not the French Southern Lands).
  for (const sovereignPass of [true, false]) {
    for (const c of countries) {
      if ((states.get(c.cca3)!.sovereign) !== sovereignPass) continue;
      for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) addState(d, { kind: 'demonym', ref: c.cca3 });
    }
  }
  // States that no longer exist ("the Soviet Union", "Yugoslav"): labelled with their first name.
  for (const [code, entry] of Object.entries(words.formerStates)) {
    if (typeof entry === 'string') continue;
    states.set(code, { code, common: entry.names[0]!, official: entry.names[0]!, capitals: [], sovereign: true, monarchy: undefined });
    for (const n of entry.names) addState(n, { kind: 'state', ref: code });
    for (const d of entry.demonyms) addState(d, { kind: 'demonym', ref: code });
  }
  for (const [name, code] of Object.entries(words.stateExtras)) {
    if (name !== 'note' && states.has(code)) addState(name, { kind: 'state', ref: code });
  }
  for (const name of institutions.organization) gazetteer.add(name, { kind: 'institution', ref: name });

  const titleTrie = new PhraseTrie<'leader' | 'official' | 'rank'>();
  for (const t of titles.ranks) titleTrie.add(t, 'rank');
  for (const t of titles.officialHeads) titleTrie.add(t, 'official');
  for (const t of titles.leaderHeads) titleTrie.add(t, 'leader');

  return {
    gazetteer,
    capsOnly,
    titles: titleTrie,
    states,
    capitalOf,
    capitalByKey: new Map([...capitalOf].map(([name, code]) => [capitalKey(name), code])),
    agencyHome: new Map(Object.entries(agencies.home as Record<string, string>).map(([name, code]) => [foldDiacritics(name.toLowerCase()), code])),
    internationalAgencies: new Set((agencies.international as string[]).map((name) => foldDiacritics(name.toLowerCase()))),
    portfolio: set(titles.portfolioWords),
    demoting: set(titles.demotingPrefixes),
    roleSpellings: new Map(Object.entries(titles.roleSpellings)),
    orgHeads: set(heads.organization),
    orgNeedsMore: set(heads.orgNeedsComplementOrModifier),
    unitHeads: set(heads.unit),
    unitAlways: set(heads.unitAlways),
    unitNamed: set(heads.unitNamed),
    nonNameHeads: set(heads.nonNameHeads),
    nonNamePrefixes: set(heads.nonNamePrefixes),
    eventNamedOnly: set(heads.eventNamedOnly),
    eventPrefix: set(heads.eventPrefix),
    placeHeads: set(heads.place),
    placeLower: set(heads.placeLower),
    placeLowerMods: set(heads.placeLowerModifiers),
    placePrefix: set(heads.placePrefix),
    orgPrefix: set(heads.orgPrefix),
    placeOfNouns: set(heads.placeOfNouns),
    agreementHeads: set(heads.agreement),
    agreementLower: set(heads.agreementLower),
    agreementBlocked: set(heads.agreementModifiersBlocked),
    eventHeads: set(heads.event),
    eventNeverAlone: set(heads.eventNeverAlone),
    eventBlocked: set(heads.eventBlockedModifiers),
    awardPrefix: set(heads.awardPrefix),
    awardSuffix: set(heads.awardSuffix),
    awardInitial: set(heads.awardInitial),
    shipNouns: set(heads.shipNouns),
    shipPrefixes: new Set(heads.shipPrefixes),
    shipPrefixMax: Math.max(0, ...heads.shipPrefixes.map((p: string) => p.length)),
    civilianShipNouns: set(heads.civilianShipNouns),
    peopleNouns: set(heads.peopleNouns),
    functionWords: set(words.function),
    months: set(words.months),
    weekdays: set(words.weekdays),
    monthsOrWeekdays: set([...words.months, ...words.weekdays]),
    particles: set(words.nameParticles),
    personPronouns: set(words.personPronouns),
    firstPerson: set(words.firstPersonPronouns),
    groupNouns: set(words.groupNouns),
    unitAnaphors: set(heads.unitAnaphors),
    troopAnaphors: set(heads.troopAnaphors),
    orgLower: set(heads.orgLower),
    orgDescriptors: set(heads.orgDescriptors),
    eventAfterName: set(heads.eventLowerAfterName),
    regional: set(words.regionalAdjectives),
    bodyShortNames: shortNamePairs(institutions.shortNames),
    compass: set(words.compassWords),
  };
}

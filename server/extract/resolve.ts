// Entity stage: resolve each mention to a document entity, sentence by sentence. Names match by
// type and key (transliteration-tolerant for people: nameKey), surnames and first names match
// the person last seen with them, acronyms and possessive / demonym forms of organizations meet
// their "X of Y" form; anaphors (pronouns, "the Russian leader", "the regiment", "the two
// leaders", "his guest") take the most recent fitting entity.
import { INSTITUTION_PREFIXES, SETTLEMENT_BEFORE, stateBodyLabel } from './names.js';
import { isStateBodyCore, SERVICE_STAFFS } from './state-bodies.js';
import { NODE_TYPES, type NodeType } from '../ontology.js';
import type { Lexicon } from './lexicon.js';
import type { Known } from './mention-kit.js';
import { isOrdinal, LOWER_SERVICES, STATE_FORMS } from './runs.js';
import { ORDINAL_WORDS } from './mention-passes.js';
import { LASTING, normAlias, shipWordBefore } from './mention-kit.js';
import { MentionsById, NO_INDEXES, type EntityRec, type Mention, type SentenceUnit, type TitleInfo } from './model.js';
import { nameKey } from './name-key.js';
import { ARTICLES, isJsSpace, itemAt, pastBracket, pastNickname, possessiveEnd } from './tokens.js';
import { resolveAnaphor } from './anaphora.js';
import { unnamed } from './unnamed.js';

/** True when replace(/\s+/g, ' ').trim() would change `a`: white space other than single inner spaces. */
function messySpace(a: string): boolean {
  const n = a.length;
  if (n === 0) return false;
  if (a.charCodeAt(0) === 0x20 || a.charCodeAt(n - 1) === 0x20) return true;
  for (let i = 0; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c === 0x20) {
      if (a.charCodeAt(i + 1) === 0x20) return true;
    } else if ((c >= 0x09 && c <= 0x0d) || (c >= 0x80 && WIDE_SPACE.test(a.charAt(i)))) return true;
  }
  return false;
}

const WIDE_SPACE = /\s/;

/** A DocEntities key: its namespace ("org:", "owned:") and the rest. */
export interface EntityKey {
  ns: string;
  rest: string;
}

/** The joined form of a key ("org:ministry of defence|FR"), for a key that holds another. */
function joinedKey(k: EntityKey): string {
  return `${k.ns}${k.rest}`;
}

/** Namespace of the names of each type ("event:"), one string each, so its hash is computed once. */
const NAME_NS = namespaces(':');
/** Namespace of the aliases of each type ("person|"). */
const ALIAS_NS = namespaces('|');

function namespaces(separator: ':' | '|'): Record<NodeType, string> {
  return Object.fromEntries(NODE_TYPES.map((t) => [t, `${t}${separator}`])) as Record<NodeType, string>;
}

/** What a new entity may start with besides its type and label. */
export type EntityInit = Partial<Pick<EntityRec, 'head' | 'code' | 'core' | 'phrase'>>;

/**
 * An entity record with every optional field present (undefined when unknown): one object shape
 * for all entities keeps the property reads of the later stages monomorphic.
 */
function newEntity(index: number, type: NodeType, label: string, init: EntityInit): EntityRec {
  return {
    index, type, label, aliases: new Set(), mentions: 0, last: -1,
    head: init.head, code: init.code, ownerState: undefined, core: init.core, nameTokens: undefined,
    titles: [], leads: NO_INDEXES, serves: NO_INDEXES, date: undefined, phrase: init.phrase, place: undefined,
  };
}

/** All entities of one document and the indexes used to find them. */
export class DocEntities implements Known {
  readonly list: EntityRec[] = [];
  /** Coordinated lists seen so far ("France, Germany and Poland"), for "the three countries". */
  readonly lists: Array<{ members: number[]; at: number }> = [];
  /**
   * Entity indexes by key, a key being a namespace ("state:", "org:", "person|": a word and a ':' or
   * '|') and the rest ("FR", "ministry of defence|FR"): one map per namespace. Callers pass the two
   * parts instead of joining them, so a lookup hashes only the rest (often a memoised string whose
   * hash is already cached) and never builds, flattens and hashes a joined key. As no namespace
   * word holds ':' or '|', the pair names the same entry the joined string would.
   */
  private readonly byKey = new Map<string, Map<string, number>>();
  private readonly personTokens = new Map<string, number[]>();
  private readonly aliasTypes = new Map<string, NodeType>();
  /** Some value of aliasTypes is 'unit' (set with it in addAlias; nothing deletes from aliasTypes). */
  private unitAliasKnown = false;
  /** Posts given an acronym in the text ("Chief of Defence Force (CDF)"), by acronym. */
  private readonly postAcronyms = new Map<string, TitleInfo>();
  /** Acronyms of common nouns the document spelled out ("littoral combat ship (LCS)"), lower case. */
  private commonAcronyms: Set<string> | undefined = undefined;
  /** Last words of activities the document named by their acronym ("maritime cooperative activity (MCA)": "activity"). */
  private spelledActivities: Set<string> | undefined = undefined;

  /** Leaders of delegations in reading order: the person, the body the delegation comes from (entity index, -1 none). */
  readonly groupLeaders: Array<{ person: number; body: number }> = [];

  /** State codes of units named right after a state's demonym or possessive ("Russia's 31st Brigade", "the Polish 16th Division"), by entity index. */
  readonly unitStates = new Map<number, string>();

  /** Ship words warships were named after ("the frigates Hydra and Kimon": "frigate"), by entity index. */
  readonly shipKinds = new Map<number, string>();

  /** State code of the dispatch's home (dateline) state, when known: "the government" in home copy is its. */
  homeState: string | undefined = undefined;
  /** The document's sentences as they are read (index = a mention's `sent`), for the words around a mention. */
  units: readonly SentenceUnit[] = [];

  constructor(readonly lex: Lexicon, readonly maxEntities: number) {}

  /** Node type of an entity index (one function per document, shared by the relation stages). */
  readonly typeOfEntity = unnamed((i: number): NodeType => this.list[i]!.type);

  /** Node type a mention resolved to (a group anaphor: its first member), if resolved. */
  readonly typeOfMention = unnamed((m: Mention): NodeType | undefined =>
    m.group?.length ? this.list[m.group[0]!]!.type : m.entity === undefined ? undefined : this.list[m.entity]!.type);

  personToken(lower: string): boolean {
    return this.personTokens.has(nameKey(lower));
  }

  aliasType(norm: string): NodeType | undefined {
    return this.aliasTypes.get(norm);
  }

  knowsUnitAlias(): boolean {
    return this.unitAliasKnown;
  }

  postOfAcronym(acronym: string): TitleInfo | undefined {
    return this.postAcronyms.get(acronym);
  }

  learnPostAcronym(acronym: string, post: TitleInfo): void {
    if (!this.postAcronyms.has(acronym)) this.postAcronyms.set(acronym, post);
  }

  commonAcronym(lower: string): boolean {
    return this.commonAcronyms?.has(lower) ?? false;
  }

  learnCommonAcronym(lower: string): void {
    (this.commonAcronyms ??= new Set()).add(lower);
  }

  spelledActivity(head: string): boolean {
    return this.spelledActivities?.has(head) ?? false;
  }

  learnSpelledActivity(head: string): void {
    (this.spelledActivities ??= new Set()).add(head);
  }

  /** The entries of namespace `ns` (made on first use). */
  private keysIn(ns: string): Map<string, number> {
    let keys = this.byKey.get(ns);
    if (keys === undefined) this.byKey.set(ns, (keys = new Map()));
    return keys;
  }

  /** Entity by key (namespace `ns`, then `rest`), or a new one (undefined when the document is full). */
  obtain(ns: string, rest: string, type: NodeType, label: string, init: EntityInit = {}): EntityRec | undefined {
    const keys = this.keysIn(ns);
    const found = keys.get(rest);
    if (found !== undefined) return this.list[found];
    if (this.list.length >= this.maxEntities) return undefined;
    const e = newEntity(this.list.length, type, label, init);
    this.list.push(e);
    keys.set(rest, e.index);
    return e;
  }

  find(ns: string, rest: string): EntityRec | undefined {
    const i = this.byKey.get(ns)?.get(rest);
    return i === undefined ? undefined : this.list[i];
  }

  link(ns: string, rest: string, e: EntityRec): void {
    const keys = this.keysIn(ns);
    if (!keys.has(rest)) keys.set(rest, e.index);
  }

  /** Points the key at `e` even when it named another entity before (the one named last wins). */
  relink(ns: string, rest: string, e: EntityRec): void {
    this.keysIn(ns).set(rest, e.index);
  }

  /** Positions of event mentions in document order, for "those present" long after resolution. */
  readonly eventMentions: Array<{ at: number; entity: number }> = [];

  /** The event mentioned last before character offset `at` (of those `pred` accepts, when given). */
  eventBefore(at: number, pred?: (e: EntityRec) => boolean): EntityRec | undefined {
    let best: { at: number; entity: number } | undefined;
    for (const x of this.eventMentions) if (x.at < at && (!best || x.at >= best.at) && (!pred || pred(this.list[x.entity]!))) best = x;
    return best ? this.list[best.entity] : undefined;
  }

  /** Records a mention of `e`: aliases, recency, indexes. */
  touch(e: EntityRec, m: Mention | undefined, aliases: string[], at: number): void {
    this.count(e, at);
    for (const a of aliases) this.addAlias(e, a);
    if (m) m.entity = e.index;
  }

  /**
   * touch with the aliases `first`, then `more`, then `last` if given: what a named mention brings,
   * without a list of them made for every mention.
   */
  touchNamed(e: EntityRec, m: Mention, first: string, more: readonly string[], last: string | undefined, at: number): void {
    this.count(e, at);
    this.addAlias(e, first);
    for (const a of more) this.addAlias(e, a);
    if (last !== undefined) this.addAlias(e, last);
    m.entity = e.index;
  }

  /** Counts a mention of `e` at offset `at`. */
  private count(e: EntityRec, at: number): void {
    e.mentions++;
    e.last = Math.max(e.last, at);
    if (e.type === 'event' && at >= 0) this.eventMentions.push({ at, entity: e.index });
  }

  /** Adds alias `a` of `e` (spaces tidied), and links its key to `e`. */
  private addAlias(e: EntityRec, a: string): void {
    if (e.aliases.has(a)) return;
    const clean = messySpace(a) ? a.replace(/\s+/g, ' ').trim() : a;
    if (!clean || e.aliases.has(clean)) return;
    e.aliases.add(clean);
    const n = normAlias(clean);
    if (!this.aliasTypes.has(n)) {
      this.aliasTypes.set(n, e.type);
      if (e.type === 'unit') this.unitAliasKnown = true;
    }
    this.link(ALIAS_NS[e.type], n, e);
    // ("the exercise Naseem Al Bahr 2080 ... Naseem Al Bahr, which means": an edition's name without its year names it too.)
    if (e.type === 'event') {
      const edition = EDITION_NAME.exec(clean);
      if (edition) this.addAlias(e, edition[1]!);
    }
  }

  /** Registers the name tokens of a person. */
  indexPerson(e: EntityRec, tokens: string[]): void {
    e.nameTokens = tokens;
    for (const t of tokens) {
      const list = this.personTokens.get(t) ?? [];
      if (!list.includes(e.index)) list.push(e.index);
      this.personTokens.set(t, list);
    }
  }

  personsWithToken(key: string): EntityRec[] {
    return (this.personTokens.get(key) ?? []).map((i) => this.list[i]!);
  }

  /** Most recent entity (before offset `at`) satisfying `pred`. */
  recent(at: number, pred: (e: EntityRec) => boolean, exclude?: ReadonlySet<number>): EntityRec | undefined {
    let best: EntityRec | undefined;
    for (const e of this.list) {
      if (e.last < 0 || e.last >= at || (best && e.last <= best.last) || exclude?.has(e.index)) continue;
      if (pred(e)) best = e;
    }
    return best;
  }

  /** The one entity `pred` holds for, or undefined when none or more than one does. */
  only(pred: (e: EntityRec) => boolean): EntityRec | undefined {
    let found: EntityRec | undefined;
    for (const e of this.list) {
      if (!pred(e)) continue;
      if (found) return undefined;
      found = e;
    }
    return found;
  }
}

const GENERIC_PLACE_WORDS = /\b(international|state|national|central|the|naval|military|air)\b/g;

/** The kind of armed service a body's name ends in ("National Air Force" → "air force"), if one. */
function serviceKind(label: string): string | undefined {
  const m = /\b(air force|navy|army|coast guard)$/i.exec(label);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** A settlement noun before "of" and a town's name ("the town of Batken"); not "the capital of X", mostly a state's or a region's name. */
function townBefore(w: string): boolean {
  return w !== 'capital' && SETTLEMENT_BEFORE.has(w);
}

/** An area's head closing a place's name ("Kunene region", "Cabo Delgado province"). */
const AREA_HEADS = /\s(?:region|province|district|state|county|prefecture|governorate|oblast)$/i;

const ADMIN_HEADS = /\s+(region|oblast|province|territory|krai|kray|district|state|county|prefecture|governorate|autonomous republic|autonomous region|autonomous okrug|sector|front|direction|axis|crossing|border crossing|air base|airbase|training area|training ground|base|river|area)$/i;

/** The state whose demonym or possessive stands right before unit mention `m` ("Russia's", "the Polish"), or whose service it is "of" after its nickname, if any. */
function stateBefore(d: DocEntities, unit: SentenceUnit, m: Mention): string | undefined {
  const at = m.lead ?? m.i;
  for (const x of unit.mentions) {
    const possessor = x.j === at - 1 && possessiveEnd(unit.toks[x.j]?.lower ?? '');
    if (x.entity === undefined || x === m || (x.j !== at && x.j !== m.i && !possessor)) continue;
    const e = d.list[x.entity];
    if (e?.type === 'state') return e.code;
    // ("the Irish Defence Forces' 89th Infantry Group": a state's service possessing the unit.)
    if (possessor && e?.type === 'organization' && e.ownerState) return e.ownerState;
  }
  // ("the 25th Special Purpose Brigade "Scorpion" of the Kyrgyz Armed Forces": a state's service the unit is "of", past
  // a quoted nickname.)
  const of = pastNickname(unit.toks, m.j);
  if (of > m.j && unit.toks[of]?.lower === 'of') {
    const at2 = unit.toks[of + 1]?.lower === 'the' ? of + 2 : of + 1;
    // (Resolved later in the sentence: the state named inside the service's name.)
    const service = unit.mentions.find((x) => x.i === at2 && x.type === 'organization');
    const state = service ? service.ownerState ?? unit.mentions.find((x) => x.type === 'state' && x.code && x.i >= service.i && x.j <= service.j)?.code : undefined;
    if (state) return state;
  }
  // ("the Royal Australian Navy destroyer HMAS Sydney": a service named with its state right before a ship noun.)
  const noun = unit.toks[at - 1];
  if (noun && noun.kind === 'w' && !noun.cap && d.lex.shipNouns.has(noun.lower)) {
    const service = unit.mentions.find((x) => x.j === at - 1 && x.entity !== undefined && d.list[x.entity]!.type === 'organization');
    if (service) {
      const e = d.list[service.entity!]!;
      if (e.ownerState) return e.ownerState;
      // ("Royal Australian Navy": else the state or demonym inside the service's name.)
      const words = unit.toks.slice(service.i, service.j).map((t) => t.lower);
      for (let k = 0; k < words.length; k++) {
        const g = d.lex.gazetteer.match(words, k);
        if (g && (g.value.kind === 'state' || g.value.kind === 'demonym')) return g.value.ref;
      }
    }
  }
  return undefined;
}

/** `surface` without its area head is a capital's name in the gazetteer ("Vientiane province"). */
function capitalArea(d: DocEntities, surface: string): boolean {
  const words = surface.replace(/^the\s+/i, '').replace(ADMIN_HEADS, '').toLowerCase().split(/\s+/);
  const m = d.lex.gazetteer.match(words, 0);
  return !!m && m.length === words.length && m.value.kind === 'capital';
}

let placeKeys: Map<string, string> | undefined;

/** Key of a place: its capitalised name words and its head ("Wonsan Kalma coastal resort" = "Wonsan Kalma resort"). */
export function placeKey(surface: string): string {
  placeKeys ??= new Map();
  let k = placeKeys.get(surface);
  if (k === undefined) {
    if (placeKeys.size > 20_000) placeKeys.clear();
    placeKeys.set(surface, (k = computePlaceKey(surface)));
  }
  return k;
}

function computePlaceKey(surface: string): string {
  const words = surface.replace(/^the\s+/i, '').split(/\s+/);
  const kept = words.filter((w, i) => i === words.length - 1 || /^\p{Lu}/u.test(w));
  return nameKey(normAlias(kept.join(' ')).replace(GENERIC_PLACE_WORDS, ' '));
}

/** Characters back from a definite event phrase within which a bare event of its head is the same one. */
const BARE_EVENT_REACH = 400;

/** "The five-day exercise", "the two-week drills": a definite event described by how long it lasts is one named before. */

let initialsMemo: Map<string, string> | undefined;

/** Initials of the capitalised words of a name ("the African Union" → "AU"), memoised. */
export function initialsOf(surface: string): string {
  const ascii = asciiInitials(surface);
  if (ascii !== undefined) return ascii;
  initialsMemo ??= new Map();
  let v = initialsMemo.get(surface);
  if (v === undefined) {
    if (initialsMemo.size > 20_000) initialsMemo.clear();
    v = surface.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    initialsMemo.set(surface, v);
  }
  return v;
}

/**
 * The entity of sovereign state `code`, made (and first mentioned at `at`) when the text names it nowhere yet: a capital
 * acting for its state, or visited, stands for a state the document never names.
 */
export function madeSovereignState(d: DocEntities, code: string, at: number): EntityRec | undefined {
  const st = d.lex.states.get(code);
  if (!st?.sovereign) return undefined;
  const made = d.obtain('state:', st.code, 'state', st.common, { code: st.code });
  if (made) d.touch(made, undefined, [], at);
  return made;
}

/** initialsOf with an "O" for every "of" between the words ("Voice of America" → "VOA"). */
export function initialsWithOf(surface: string): string {
  let out = '';
  for (const w of surface.replace(/^the\s+/i, '').split(/\s+/)) {
    if (w === 'of') out += 'O';
    else if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * initialsOf an ASCII name in one scan (no memo lookup, regexes or word arrays): a leading "the" and
 * white space dropped, then the first letter of each word that starts with a capital. Undefined for
 * a name with other characters.
 */
function asciiInitials(s: string): string | undefined {
  let i = 0;
  if (s.length > 3 && (s.charCodeAt(0) | 0x20) === 0x74 && (s.charCodeAt(1) | 0x20) === 0x68 && (s.charCodeAt(2) | 0x20) === 0x65 && isAsciiSpace(s.charCodeAt(3))) {
    i = 4;
    while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  let out = '';
  let wordStart = true;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if (isAsciiSpace(c)) {
      wordStart = true;
      continue;
    }
    if (wordStart && c >= 0x41 && c <= 0x5a) out += s[i];
    wordStart = false;
  }
  return out;
}

/**
 * Whether spelledInitials can say more than initialsOf: only a word in capitals of two letters or more
 * adds to the initials, so an ASCII name without two capitals in a row cannot (its spelled initials
 * are its initials). Any name with other characters is left to spelledInitials.
 */
function mayHoldCapitalsWord(s: string): boolean {
  let capBefore = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return true;
    const cap = c >= 0x41 && c <= 0x5a;
    if (cap && capBefore) return true;
    capBefore = cap;
  }
  return false;
}

/** Initials of a name in which a word in capitals gives all its letters ("PNG Defence Force": "PNGDF"). */
function spelledInitials(surface: string): string {
  let out = '';
  for (const w of surface.replace(/^the\s+/i, '').split(/\s+/)) {
    if (/^\p{Lu}{2,}$/u.test(w)) out += w;
    else if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out;
}

let placeBases: Map<string, string | undefined> | undefined;

/** Name of a place without its administrative head ("Nakhchivan Autonomous Republic" → "nakhchivan"), memoised. */
/** "RNOV Al Rasikh, a corvette of the Royal Navy of Oman": the state of the service an apposition says a unit is of. */
function serviceOfApposition(unit: SentenceUnit, m: Mention): string | undefined {
  const toks = unit.toks;
  if (toks[m.j]?.text !== ',' || (toks[m.j + 1]?.lower !== 'a' && toks[m.j + 1]?.lower !== 'an')) return undefined;
  for (let k = m.j + 2; k < Math.min(toks.length, m.j + 7); k++) {
    if (toks[k]!.kind === 'p') return undefined;
    if (toks[k]!.lower !== 'of') continue;
    const at = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return unit.mentions.find((x) => x.i === at && x.type === 'organization' && x.ownerState !== undefined)?.ownerState;
  }
  return undefined;
}

function placeBase(surface: string): string | undefined {
  placeBases ??= new Map();
  if (placeBases.has(surface)) return placeBases.get(surface);
  if (placeBases.size > 20_000) placeBases.clear();
  const v = computePlaceBase(surface);
  placeBases.set(surface, v);
  return v;
}

function computePlaceBase(surface: string): string | undefined {
  const s = surface.replace(/^the\s+/i, '');
  return ADMIN_HEADS.test(s) ? nameKey(s.replace(ADMIN_HEADS, '')) : undefined;
}

function personWords(surface: string, lex: Lexicon): string[] {
  return surface.split(/\s+/).filter((w) => !lex.particles.has(w.toLowerCase())).map((w) => nameKey(w)).filter(Boolean);
}

const personKeys = new WeakMap<Lexicon, Map<string, { words: string[]; full: string }>>();

/** Name-key words of a person's surface and their join, memoised per lexicon (never mutated by callers). */
function personKey(surface: string, lex: Lexicon): { words: string[]; full: string } {
  let memo = personKeys.get(lex);
  if (!memo) personKeys.set(lex, (memo = new Map()));
  let v = memo.get(surface);
  if (!v) {
    if (memo.size > 20_000) memo.clear();
    const words = personWords(surface, lex);
    v = { words, full: words.join(' ') };
    memo.set(surface, v);
  }
  return v;
}

/** The entity mentioned last (the first of equals), like [...es].sort((a, b) => b.last - a.last)[0]. */
function latest(es: EntityRec[]): EntityRec | undefined {
  let best: EntityRec | undefined;
  for (const e of es) if (!best || e.last > best.last) best = e;
  return best;
}

/**
 * label.split(/\s+/).length without the array (resolvePerson asks it of every person mention that adds name
 * tokens): one more than the number of runs of white space, leading and trailing runs included.
 */
function splitWordCount(label: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < label.length; i++) {
    const space = isJsSpace(label.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

function resolvePerson(d: DocEntities, m: Mention): EntityRec | undefined {
  const { words, full } = personKey(m.surface, d.lex);
  let e = d.find('person:', full);
  if (!e && words.length === 1) {
    e = latest(d.personsWithToken(words[0]!));
  }
  if (!e && words.length > 1) {
    // "Sarr Diallo" after "Ibrahima Sarr Diallo": every word of a known longer name.
    e = latest(d.personsWithToken(words[words.length - 1]!).filter((c) => (c.nameTokens?.length ?? 0) > words.length && words.every((w) => c.nameTokens!.includes(w))));
  }
  if (!e && words.length > 1) {
    // A person first seen by one name ("Putin said") meets the full name later.
    const cands = d.personsWithToken(words[words.length - 1]!).filter((c) => (c.nameTokens ?? []).every((t) => words.includes(t)));
    e = cands[0];
    if (e) {
      e.label = m.surface;
      d.link('person:', full, e);
    }
  }
  e ??= d.obtain('person:', full, 'person', m.surface);
  if (e && (!e.nameTokens || e.nameTokens.length < words.length)) {
    d.indexPerson(e, words);
    if (words.length > splitWordCount(e.label)) e.label = m.surface;
  }
  return e;
}

/** Style words opening the name of a state's institution ("Royal", "National"). */
const STYLE_WORDS = new RegExp(`^(?:(?:${[...INSTITUTION_PREFIXES].join('|')})\\s+)+(?=\\S)`);

/** Whether `s` starts with an ASCII digit. */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** The key of a named mention (namespace and rest, as DocEntities takes them) and the label of its entity. */
function keyOf(m: Mention, sentMentions: MentionsById, d: DocEntities): { ns: string; rest: string; label: string } {
  switch (m.type) {
    case 'state': {
      const st = d.lex.states.get(m.code ?? '');
      return { ns: 'state:', rest: `${m.code}`, label: st?.common ?? m.surface };
    }
    case 'organization': {
      const owner = m.owner !== undefined ? sentMentions.get(m.owner) : undefined;
      const ownerCode = owner?.type === 'state' ? owner.code : undefined;
      // "the Omani navy" is the "Royal Navy of Oman": a state's institution without its style words.
      const core = m.core ?? normAlias(m.surface);
      if (!ownerCode) {
        // "the Royal Brunei Navy" is "the Bruneian navy": a state's name inside its service's styled name.
        const styled = core.replace(STYLE_WORDS, '');
        if (styled !== core) {
          const words = styled.split(' ');
          const g = d.lex.gazetteer.match(words, 0);
          // ("the Royal Australian Navy" is "the Australian navy": or its demonym.)
          const rest = g && (g.value.kind === 'state' || g.value.kind === 'demonym') ? words.slice(g.length).join(' ') : '';
          if (g && LOWER_SERVICES.has(rest)) return { ns: 'org:', rest: `${rest}|${g.value.ref}`, label: m.label ?? m.surface.replace(/^the\s+/i, '') };
        }
      }
      // "the Central Committee of the LPRP" is not "the Central Committee of the CPV": a body of a body keys by its owner.
      const ownerRef = owner?.type === 'organization' ? `|of:${ownerEntity(d, owner, sentMentions)?.index ?? joinedKey(keyOf(owner, sentMentions, d))}` : '';
      // ("the UAE Naval Forces" and "the UAE Navy": a state's naval forces are its navy.)
      const own = ownerCode ? core.replace(STYLE_WORDS, '') : core;
      return { ns: 'org:', rest: `${ownerCode && own === 'naval forces' ? 'navy' : own}|${ownerCode ?? ''}${ownerRef}`, label: m.label ?? m.surface.replace(/^the\s+/i, '') };
    }
    case 'place':
      if (m.via === 'capital' || (m.via === 'gaz' && m.code)) {
        const label = m.label ?? m.surface;
        return { ns: 'place:', rest: placeKey(label), label };
      }
      return { ns: 'place:', rest: placeKey(m.surface), label: m.surface.replace(/^the\s+/i, '') };
    case 'unit': {
      // ("the 1st Battalion, The Jamaica Regiment" is not "the 1st Battalion, 296th Infantry Regiment": named with its regiment, the whole name keys.)
      // (The pattern only for a name that starts with a digit, as it must: most unit names start with a letter.)
      const ord = !startsWithDigit(m.surface) || m.surface.includes(',') ? null : /^(\d+(?:st|nd|rd|th))\s+(\S+)/i.exec(m.surface);
      // ("the 10th Mechanized Engineer Company" is not "the 10th Mechanized Brigade": a third word or more that is a
      // formation's head keys too.)
      const words = ord ? m.surface.toLowerCase().split(/\s+/) : [];
      const head = words.length >= 3 && d.lex.unitHeads.has(words[words.length - 1]!) ? ` ${words[words.length - 1]}` : '';
      return { ns: 'unit:', rest: ord ? `${ord[1]!.toLowerCase()} ${ord[2]!.toLowerCase()}${head}` : normAlias(m.surface), label: m.label ?? m.surface.replace(/^the\s+/i, '') };
    }
    default:
      return { ns: NAME_NS[m.type], rest: m.core ?? normAlias(m.surface), label: m.label ?? m.surface.replace(/^(the|a|an)\s+/i, '') };
  }
}

/** "General Staff of the Armed Forces" → the key of "Armed Forces General Staff": capitalised words on both sides of one "of". */
const OF_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}) of (?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})$/u;

function invertedName(surface: string): string | undefined {
  if (!surface.includes(' of ')) return undefined;
  const x = OF_NAME.exec(surface);
  return x ? normAlias(`${x[2]} ${x[1]}`) : undefined;
}

/** Event heads of a part of an exercise ("a live-fire drill" during one). */
const DRILLS = new Set(['drill', 'drills']);
/** Heads of exercises and operations ("the drills", "the war games", "the operation"). */
export const EXERCISE: ReadonlySet<string> = new Set(['exercise', 'exercises', 'drills', 'drill', 'manoeuvres', 'maneuvers', 'games', 'war games', 'operation']);
// ("talks" held between named people are that occasion, never a later named forum or summit.)
const GATHERING = new Set(['summit', 'meeting', 'meetings', 'forum', 'conference', 'session']);

function sameClass(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a === b || (EXERCISE.has(a) && EXERCISE.has(b)) || (GATHERING.has(a) && GATHERING.has(b));
}

/** Phrase mention `m` opens with an ordinal ("38th ordinary session", "fifth summit"): a counted gathering. */
function countedStart(unit: SentenceUnit, m: Mention): boolean {
  const t = unit.toks[m.i];
  return isOrdinal(t) || ORDINAL_WORDS.has(t?.lower ?? '');
}

/** Agreements of a kind only a name of the same kind names ("a military cooperation plan" is no later "Treaty of X"). */
const OWN_KIND_AGREEMENTS = new Set(['plan', 'programme', 'program', 'roadmap', 'contract', 'statement', 'declaration', 'communique', 'communiqué']);

/** The one unnamed agreement / event of the last `reach` sentences that a new name may name. */
/** Sentences back a phrase is named by "The exercise, X," (the definite noun set off before the name). */
const PHRASE_NAMED_REACH = 12;

/** "The exercise, Lucayan Sentinel 2064, began": the name is set off after "the" and its own head noun. */
function definiteBefore(unit: SentenceUnit, m: Mention): boolean {
  const toks = unit.toks;
  return toks[m.i - 1]?.text === ',' && !!m.head && toks[m.i - 2]?.lower === m.head && toks[m.i - 3]?.lower === 'the';
}

function namedPhrase(d: DocEntities, m: Mention, reach = 2): EntityRec | undefined {
  const cands = d.list.filter((e) => e.type === m.type && e.phrase && !e.phrase.named && m.sent - e.phrase.sent <= reach &&
    // "signed a protocol ..., giving shape to the Strategic Mutual Defence Agreement": in the phrase's own sentence a name of another kind is another agreement.
    (m.type === 'agreement' ? (m.sent !== e.phrase.sent && !OWN_KIND_AGREEMENTS.has(e.head ?? '')) || e.head === m.head : sameClass(e.head, m.head)));
  if (cands.length !== 1) return undefined;
  const e = cands[0]!;
  e.phrase!.named = true;
  e.label = m.label ?? m.surface.replace(/^the\s+/i, '');
  const { ns, rest } = keyOf(m, new MentionsById([]), d);
  d.link(ns, rest, e);
  return e;
}

/**
 * "the Algerian-Libyan Joint Border Security Committee ... The Joint Committee": a shorter name whose
 * words all stand, in order, in the name of one body with the same head named before.
 */
function shortenedName(d: DocEntities, m: Mention): EntityRec | undefined {
  if (!m.head) return undefined;
  // (The name's words are read at the first body with its head: most names asked about have none before them.)
  let words: string[] | undefined;
  let found: EntityRec | undefined;
  for (const e of d.list) {
    if (e.type !== 'organization' || e.head !== m.head || e.last < 0) continue;
    words ??= m.surface.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    if (words.length < 2) return undefined;
    const long = e.label.toLowerCase().split(/[\s-]+/);
    if (long.length <= words.length) continue;
    let p = 0;
    for (const w of long) if (w === words[p]) p++;
    if (p < words.length) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/** Organization mention `m` is the body of a post's title that holds it ("the Commander of the Defence League"). */
function postOf(unit: SentenceUnit, m: Mention): boolean {
  for (const x of unit.mentions) if (x.via === 'title' && x.type === 'person' && x.i < m.i && x.j === m.j) return true;
  return false;
}

/** Resolves the mentions of one sentence in order; anaphors look back over what is resolved. */
/** Heads of a state's whole armed force when named ("Uganda People's Defence Force", "Armed Forces of Liberia"). */
const FORCE_HEADS = new Set(['force', 'forces']);

/** A state's whole force by name: "... Defence Force", "Armed Forces of ...". */
export function defenceForce(name: string, head: string | undefined): boolean {
  return FORCE_HEADS.has(head ?? '') && /\b(?:defen[cs]e|armed)\b/i.test(name);
}

/** A state's army written in lower case ("the Ugandan army", "Liberia's army"), not a named "Ghana Army". */
function plainArmy(names: Iterable<string>, head: string | undefined): boolean {
  if (head !== 'army') return false;
  let lower = false;
  for (const n of names) {
    if (/\bArmy\b/.test(n) && !/^Army of /.test(n)) return false;
    if (/\barmy$/.test(n)) lower = true;
  }
  return lower;
}

/**
 * "the Ugandan army" and "the Uganda People's Defence Force (UPDF)": a state's army in lower case and
 * the one named defence force of that state are one body, whichever comes first.
 */
function nationalForce(d: DocEntities, m: Mention): EntityRec | undefined {
  const lower = plainArmy([m.surface], m.head);
  const named = !lower && defenceForce(m.surface, m.head);
  if (!lower && !named) return undefined;
  const hits = d.list.filter((e) => e.type === 'organization' && e.ownerState === m.ownerState && e.mentions > 0 && (lower ? defenceForce(e.label, e.head) : plainArmy(e.aliases, e.head)));
  if (hits.length !== 1) return undefined;
  const e = hits[0]!;
  if (named) { e.label = m.surface.replace(/^the\s+/i, ''); e.head = m.head; }
  return e;
}

/** "the 5th Division" after "its 5th Infantry Division": the one unit with that number and head. */
function shortenedUnit(d: DocEntities, m: Mention): EntityRec | undefined {
  // (Both readings below find one of the document's units: with none yet, the name's words need not be read.)
  if (!d.list.some(isUnitEntity)) return undefined;
  const surface = m.surface.replace(/^the\s+/i, '');
  const words = surface.toLowerCase().split(/\s+/);
  // "the Iron Wolf brigade" after "the Lithuanian Iron Wolf Mechanised Infantry Brigade": the name's words and its head.
  if (words.length >= 2 && /\s\p{Ll}+$/u.test(surface)) return namedUnitByWords(d, words);
  // ("the US Fifth Fleet ... The Fifth Fleet": the one unit named with a state's name or demonym before these words.)
  if (words.length >= 2 && !/^\d/.test(words[0]!)) {
    const stated = stateNamedUnit(d, words);
    if (stated) return stated;
  }
  if (words.length !== 2 || !/^\d+(?:st|nd|rd|th)$/.test(words[0]!)) return undefined;
  let hit: EntityRec | undefined;
  for (const e of d.list) {
    if (e.type !== 'unit' || !(numberedAs(e.label, words) || [...e.aliases].some((a) => numberedAs(a, words)))) continue;
    if (hit) return undefined;
    hit = e;
  }
  return hit;
}

/** The one unit whose name is a state's name or demonym and then exactly `words` ("US Fifth Fleet" for ["fifth", "fleet"]). */
function stateNamedUnit(d: DocEntities, words: string[]): EntityRec | undefined {
  let hit: EntityRec | undefined;
  for (const e of d.list) {
    if (e.type !== 'unit') continue;
    const w = e.label.toLowerCase().split(/\s+/);
    const extra = w.length - words.length;
    if (extra < 1 || extra > 3 || words.some((x, k) => w[extra + k] !== x)) continue;
    const prefix = d.lex.gazetteer.match(w, 0);
    if (!prefix || prefix.length !== extra || (prefix.value.kind !== 'state' && prefix.value.kind !== 'demonym')) continue;
    if (hit && hit !== e) return undefined;
    hit = e;
  }
  return hit;
}

function isUnitEntity(e: EntityRec): boolean {
  return e.type === 'unit';
}

/** A longer unit name with that ordinal and head ("14th Infantry Battalion" for ["14th", "battalion"]). */
function numberedAs(name: string, words: string[]): boolean {
  const w = name.toLowerCase().split(/\s+/);
  return w.length > 2 && w[0] === words[0] && w[w.length - 1] === words[1];
}

/**
 * "the Patriot deal" after "an agreement on the joint procurement of Patriot air defence systems", "the surveillance
 * agreement" after "an agreement on Adriatic surveillance": the one agreement whose name holds the words before the head
 * (capitalised, or any after "the").
 */
function nicknamedAgreement(d: DocEntities, m: Mention, definite: boolean): EntityRec | undefined {
  const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2 || words.length > 4 || !/^\p{Ll}+$/u.test(words[words.length - 1]!)) return undefined;
  const names = words.slice(0, -1);
  if (!names.every((w) => /^\p{Lu}/u.test(w) || definite)) return undefined;
  const head = words[words.length - 1]!.toLowerCase();
  let hit: EntityRec | undefined;
  for (const e of d.list) {
    // ("the defence cooperation programme for 2076 ... under the defence cooperation agreement signed in 2017": a plan or
    // programme is not the agreement it was drawn up under.)
    if (e.type !== 'agreement' || e.mentions === 0 || (e.head !== head && (OWN_KIND_AGREEMENTS.has(e.head ?? '') || OWN_KIND_AGREEMENTS.has(head)))) continue;
    const label = ` ${e.label.toLowerCase()} `;
    if (!names.every((w) => label.includes(` ${w.toLowerCase()} `))) continue;
    if (hit) return undefined;
    hit = e;
  }
  return hit ?? (definite ? describedAgreement(d, names) : undefined);
}

/**
 * "signed an agreement under which India will extend the coastal radar network ... The radar agreement": the one bare
 * agreement ("an agreement") whose own sentence holds the words before the head.
 */
function describedAgreement(d: DocEntities, names: string[]): EntityRec | undefined {
  let hit: EntityRec | undefined;
  for (const e of d.list) {
    if (e.type !== 'agreement' || e.mentions === 0 || !e.phrase || e.phrase.named || e.label.includes(' ')) continue;
    const toks = d.units[e.phrase.sent]?.toks;
    if (!toks || !names.every((w) => toks.some((t) => t.lower === w.toLowerCase()))) continue;
    if (hit) return undefined;
    hit = e;
  }
  return hit;
}

/** The one unit whose name holds `words` (but the last) together and ends in the last (its head). */
function namedUnitByWords(d: DocEntities, words: string[]): EntityRec | undefined {
  const name = ` ${words.slice(0, -1).join(' ')} `;
  const head = words[words.length - 1]!;
  let hit: EntityRec | undefined;
  for (const e of d.list) {
    if (e.type !== 'unit') continue;
    const label = ` ${e.label.toLowerCase()} `;
    // ("the Iron Wolf brigade" after "the Mechanised Infantry Brigade Iron Wolf": the head may come before the name.)
    if (!label.includes(name) || !(label.endsWith(` ${head} `) || label.endsWith(`${head}${name}`)) || label === ` ${words.join(' ')} `) continue;
    if (hit) return undefined;
    hit = e;
  }
  return hit;
}

const NO_ALIASES: readonly string[] = [];

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Two capital letters or more and nothing else (ALL_CAPITALS), tested on every alias of a name: an
 * ASCII alias is settled by a scan of its character codes, any other by the regex.
 */
function isAllCapitals(a: string): boolean {
  if (a.length < 2) return false;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c > 0x7f) return ALL_CAPITALS.test(a);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** Plural armed services after a list of demonyms, by their singular ("the Indian and Australian navies"). */
const PLURAL_SERVICES = new Map([['navies', 'navy'], ['armies', 'army']]);

/**
 * "the Indian and Australian navies" after the demonym ending at `j`: the singular of the plural service closing a
 * list of demonyms that holds "and" (other demonyms, commas and "and" between), else undefined.
 */
function pluralServiceAfter(unit: SentenceUnit, j: number): string | undefined {
  const toks = unit.toks;
  let listed = false;
  for (let k = j; k < toks.length && k < j + 8; k++) {
    const t = toks[k]!;
    const service = PLURAL_SERVICES.get(t.lower);
    if (service) return listed || (toks[j - 2]?.lower === 'and' || toks[j - 2]?.text === ',') ? service : undefined;
    if (t.lower === 'and' || t.text === ',') listed = true;
    else if (!(t.kind === 'w' && t.cap)) return undefined;
  }
  return undefined;
}

/** State `code`'s service `head` named in a list of demonyms: the one named before, else a new one. */
function listedService(d: DocEntities, head: string, code: string): EntityRec | undefined {
  const label = stateBodyLabel(d.lex, head, code);
  if (!label) return undefined;
  const e = d.obtain('org:', `${head}|${code}`, 'organization', label, { head });
  if (e) e.ownerState = code;
  return e;
}

export function resolveSentence(d: DocEntities, unit: SentenceUnit, prev?: SentenceUnit): void {
  const byId = new MentionsById(unit.mentions);
  const deferred: Mention[] = [];
  for (const m of unit.mentions) {
    if ((m.via === 'pronoun' || m.via === 'title') && m.nested) continue;
    if (m.via === 'name' && m.type === 'person') {
      const e = resolvePerson(d, m);
      if (e) d.touchNamed(e, m, m.surface, NO_ALIASES, undefined, m.start);
      if (e && m.title && !e.titles.includes(m.title)) e.titles.push(m.title);
      continue;
    }
    // ("praised the Indian and Australian navies": each demonym of a list before a plural service names its state's service.)
    const service = m.demonym && m.code ? pluralServiceAfter(unit, m.j) : undefined;
    const body = service ? listedService(d, service, m.code!) : undefined;
    if (body) {
      m.type = 'organization';
      m.head = service;
      d.touch(body, m, [], m.start);
      continue;
    }
    // "an official visit to the Kingdom" in Saudi, Moroccan or Bahraini copy: the home state by its form of state.
    const home = m.via === 'name' && m.j - m.i === 1 ? homeByForm(d, m) : undefined;
    if (home) {
      m.type = 'state';
      m.code = home.code;
      d.touch(home, m, [], m.start);
      continue;
    }
    if (m.via === 'name' || m.via === 'gaz' || m.via === 'phrase' || m.via === 'capital') {
      const { ns, rest: named, label } = keyOf(m, byId, d);
      // "at a ceremony in the Ruhyyet Palace": an indefinite event phrase introduces a new event.
      const fresh = m.via === 'phrase' && m.type === 'event' && (unit.toks[m.i - 1]?.lower === 'a' || unit.toks[m.i - 1]?.lower === 'an');
      const rest = fresh ? `${named}#${m.start}` : named;
      let e = d.find(ns, rest);
      // ("Adriatic Shield 2048 ... On Thursday, the minister watched a live-fire drill": a drill of the exercise just named.)
      // ("took part in boarding and pollution control drills during the exercise": so are drills named with no article.)
      const bare = m.via === 'phrase' && m.type === 'event' && !ARTICLES.has(unit.toks[m.i - 1]?.lower ?? '');
      if (!e && (fresh || bare) && describedExercise(unit, m) && DRILLS.has(m.head ?? '')) e = d.recent(m.start, (x) => namedExercise(x) && m.start - x.last < 2 * BARE_EVENT_REACH);
      const stateBody = m.type === 'organization' && m.core !== undefined && isStateBodyCore(m.core) ? m.core : undefined;
      if (!e && stateBody) e = stateBodyEntity(d, m, stateBody, label, itsState(d, unit, m));
      // (A state's body is told apart by its state, never by a bare alias such as "General Staff".)
      if (!e && !stateBody && !fresh) for (const a of m.aliases) if ((a === m.surface || isAllCapitals(a)) && (e = d.find(ALIAS_NS[m.type], normAlias(a)))) break;
      if (!e && m.type === 'organization' && m.core && m.owner === undefined) e = d.find('orgcore:', m.core);
      // ("the Armed Forces General Staff (EMGFA) ... the Chief of the General Staff of the Armed Forces": the body's words turned about "of".)
      const inverted = m.type === 'organization' && m.via === 'name' ? invertedName(m.surface) : undefined;
      if (!e && inverted) e = d.find(ALIAS_NS.organization, inverted);
      const acronym = m.type === 'organization' && ACRONYM.test(m.surface);
      const initials = m.type === 'organization' && m.surface.includes(' ') ? initialsOf(m.surface) : '';
      // "the Special Service Group (SSG) ..., the SSG's 3rd Battalion": an acronym read as an organization may be a unit's.
      if (!e && acronym) e = d.find('initials:', m.surface) ?? d.find('unit|', normAlias(m.surface));
      // ("told the M&G": initials joined by an ampersand.)
      if (!e && m.type === 'organization' && AMPERSAND_INITIALS.test(m.surface)) e = d.find('initials:', m.surface);
      if (!e && initials.length >= 2) {
        // "the AU" first, "the African Union" later: the expansion names the acronym's entity.
        e = d.find('acr:', initials);
        // ("the Gambia Armed Forces (GAF) ... the Ghana Armed Forces": not an acronym another full name already expands.)
        if (e && /\s/.test(e.label)) e = undefined;
        if (e && e.label.length < label.length) e.label = label;
      }
      // "at a ceremony at Port Victoria. The handover ceremony was attended by": a definite event phrase names the bare event just introduced.
      // ("the commissioning ceremony of the new operations centre": a complement makes it another one.)
      // (Only close by: within a few hundred characters.)
      if (!e && m.type === 'event' && m.via === 'phrase' && m.head && unit.toks[m.i - 1]?.lower === 'the' && !m.surface.includes(' of ')) e = recentBareEvent(d, m);
      if (!e && m.type === 'event' && m.via === 'phrase' && unit.toks[m.i - 1]?.lower === 'the' && LASTING.test(unit.toks[m.i]?.lower ?? '')) e = recentLastingEvent(d, m);
      // "Exercise Samudera Laila 2029 ... The bilateral exercise, held from November 9 to 13,": a described exercise opening a sentence is the one just named.
      // ("India's ministry criticized the naval drills": anywhere in the sentence.)
      if (!e && m.type === 'event' && m.via === 'phrase' && unit.toks[m.i - 1]?.lower === 'the' && describedExercise(unit, m)) e = recentNamedExercise(d, m);
      if (!e && m.type === 'place' && m.via === 'name') e = d.find('placebase:', nameKey(m.surface.replace(/^the\s+/i, '')));
      // ("the Hoang Sa archipelago, as Hanoi calls the Paracels": a place by another name it was given before; "the
      // Spratlys" after "the Spratly Islands".)
      if (!e && m.type === 'place' && (m.aliases.length > 1 || (m.via === 'name' && m.surface.endsWith('s')))) {
        for (const a of m.aliases) if ((e = d.find('placename:', nameKey(a.replace(/^the\s+/i, ''))))) break;
      }
      // ("the Kunene and Omusati regions" after "the Kunene River": a name given an area's head is not the river or base of that name.)
      // ("the Kyrgyz town of Batken ... Batken region": nor the town of that name.)
      if (e && m.type === 'place' && m.aliases.some((a) => AREA_HEADS.test(a) && (e!.head ? !a.toLowerCase().endsWith(` ${e!.head}`) : d.find('settlement:', placeBase(a) ?? '') === e))) e = undefined;
      const baseName = m.type === 'place' ? placeBase(m.surface) : undefined;
      // ("Vientiane province" is not the city of Vientiane: a capital's name with an area's head names the area.)
      // ("the Kyrgyz town of Batken ... Batken region": nor is a town's name called a settlement before.)
      if (!e && baseName && !capitalArea(d, m.surface) && !(AREA_HEADS.test(m.surface) && d.find('settlement:', baseName))) e = d.find('placename:', baseName);
      // "signed a defence pact ... The Reciprocal Access Agreement was signed": a name right after a phrase is its name.
      if (!e && m.type === 'agreement') e = nicknamedAgreement(d, m, unit.toks[m.i - 1]?.lower === 'the');
      // ("signed a Treaty on Allied Relations": a name brought in with "a" is a new one, not the name of the phrase before.)
      if (!e && m.via === 'name' && (m.type === 'agreement' || m.type === 'event') && unit.toks[m.i - 1]?.lower !== 'a' && unit.toks[m.i - 1]?.lower !== 'an') e = namedPhrase(d, m, definiteBefore(unit, m) ? PHRASE_NAMED_REACH : 2);
      // ("closing a two-day summit in the Ethiopian capital ... At the opening of the 38th ordinary session of the Assembly of
      // the African Union": a counted session of a body names the gathering just introduced, as a name does.)
      if (!e && m.via === 'phrase' && m.type === 'event' && unit.toks[m.i - 1]?.lower === 'the' && countedStart(unit, m) && m.surface.includes(' of ')) e = namedPhrase(d, m, 3);
      const owned = m.type === 'organization' && m.via === 'name' ? acronymOwned(d, m, byId) : [];
      for (const k of owned) e ??= d.find(k.ns, k.rest);
      // ("the Commander of the Defence League" after "the Estonian Defence League": also the body a post is of.)
      if (!e && m.type === 'organization' && m.via === 'name' && (!m.nested || postOf(unit, m))) e = shortenedName(d, m);
      // "the National Army ... the Army's 18th Mechanised Cavalry Group": a body's head alone is the body with that head named before.
      if (!e && m.type === 'organization' && m.via === 'name' && m.j === m.i + 1 && unit.toks[m.i - 1]?.lower === 'the' && d.lex.orgHeads.has(unit.toks[m.i]!.lower)) e = recentBodyHeaded(d, m.start, unit.toks[m.i]!.lower);
      if (!e && m.type === 'unit' && m.via === 'name') e = shortenedUnit(d, m);
      if (!e && m.type === 'organization' && m.ownerState) e = nationalForce(d, m);
      e ??= d.obtain(ns, rest, m.type, label, { head: m.head, code: m.code, core: m.core, phrase: m.via === 'phrase' ? { sent: m.sent, named: false } : undefined });
      if (!e) continue;
      if (m.type === 'organization' && m.core && m.owner === undefined) d.link('orgcore:', m.core, e);
      if (inverted && e.type === 'organization') d.link(ALIAS_NS.organization, inverted, e);
      // ("who led the outgoing Garuda Contingent XXIV-J ... the outgoing contingent's soldiers": the side a name was given.)
      if (m.type === 'unit' && m.via === 'name' && e.head && (unit.toks[m.i - 1]?.lower === 'outgoing' || unit.toks[m.i - 1]?.lower === 'incoming')) e.aliases.add(`${unit.toks[m.i - 1]!.lower} ${e.head}`);
      // ("the FAA's National Air Force ... Angolan air force helicopters": a service a state's armed forces possess is that
      // state's service of its kind, when none other is.)
      if (m.type === 'organization' && m.owner !== undefined && e.type === 'organization') {
        const ownerE = ownerEntity(d, byId.get(m.owner)!, byId);
        const kind = ownerE?.type === 'organization' && ownerE.ownerState ? serviceKind(e.label) : undefined;
        if (kind && !d.find('org:', `${kind}|${ownerE!.ownerState}`)) d.link('org:', `${kind}|${ownerE!.ownerState}`, e);
      }
      for (const k of owned) d.link(k.ns, k.rest, e);
      // (Keyed by the owner's entity once both are known, for a later "LPRP Central Committee".)
      if (m.type === 'organization') {
        for (const x of unit.mentions) if (x.owner === m.id && x.type === 'organization' && x.core && x.entity !== undefined) d.link('owned:', `${x.core}|${e.index}`, d.list[x.entity]!);
      }
      if (initials.length >= 2 && initials.length <= 6) d.link('initials:', initials, e);
      // ("the PNG Defence Force ... the PNGDF": an acronym inside the name gives all its letters.)
      // (Only a name with a word in capitals spells more than its initials: most names skip the split and regexes.)
      const spelled = initials.length >= 2 && mayHoldCapitalsWord(m.surface) ? spelledInitials(m.surface) : '';
      if (spelled.length > initials.length && spelled.length <= 7) d.link('initials:', spelled, e);
      // ("Voice of America ... VOA", "Department of Defense ... DOD": an "of" may give its letter too.)
      if (initials.length >= 2 && m.type === 'organization' && m.surface.includes(' of ')) {
        const withOf = initialsWithOf(m.surface);
        if (withOf.length > initials.length && withOf.length <= 6) d.link('initials:', withOf, e);
      }
      // ("the Maritime Self-Defense Force ... the MSDF": a hyphenated word gives a letter for each capitalised part.)
      if (initials.length >= 2 && m.surface.includes('-')) {
        const hyphened = initialsOf(m.surface.replace(/-(?=\p{Lu})/gu, ' '));
        if (hyphened.length > initials.length && hyphened.length <= 6) d.link('initials:', hyphened, e);
      }
      // ("Papua New Guinea ... PNG Prime Minister X": a state of three or more words named by its initials.)
      if (m.type === 'state' && e.type === 'state') {
        const own = initialsOf(e.label);
        if (own.length >= 3 && own.length <= 4) d.link('initials:', own, e);
      }
      if (acronym) d.link('acr:', m.surface, e);
      if (m.code && !e.code) e.code = m.code;
      if (m.ownerState && !e.ownerState) e.ownerState = m.ownerState;
      if (stateBody && e.ownerState) d.relink('orgstate:', stateBody, e);
      if (baseName) d.link('placebase:', baseName, e);
      if (m.type === 'place' && !baseName) d.link('placename:', nameKey(m.surface.replace(/^the\s+/i, '')), e);
      if (m.type === 'place' && !baseName && unit.toks[m.i - 1]?.lower === 'of' && townBefore(unit.toks[m.i - 2]?.lower ?? '')) d.link('settlement:', nameKey(m.surface.replace(/^the\s+/i, '')), e);
      // ("the Paracel Islands ... the Paracels": a group of islands by its name in the plural.)
      if (m.type === 'place' && m.via === 'name' && m.surface.endsWith(' Islands')) d.link('placename:', nameKey(`${m.surface.replace(/^the\s+/i, '').slice(0, -8)}s`), e);
      if (m.type === 'unit' && !d.shipKinds.has(e.index)) {
        const ship = shipWordBefore(d.lex, unit.toks, m.lead ?? m.i);
        if (ship) d.shipKinds.set(e.index, ship.kind);
      }
      if (m.type === 'unit' && !d.unitStates.has(e.index)) {
        const code = stateBefore(d, unit, m) ?? serviceOfApposition(unit, m);
        if (code) d.unitStates.set(e.index, code);
      }
      if (m.label && e.label !== m.label && m.type === 'organization') e.label = m.label;
      // (The surface, the aliases and a state's label, in that order.)
      d.touchNamed(e, m, m.surface, m.aliases, m.type === 'state' ? label : undefined, m.start);
      continue;
    }
    // "the delegation of the LPRP": after the body's own mention.
    if (m.via === 'guest' && m.owner !== undefined) deferred.push(m);
    else resolveAnaphor(d, unit, m, byId, prev);
    // ("The contingent, known as Battle Group Rwenzori," with no contingent named before: the phrase names a new one.)
    if (m.entity === undefined && m.knownAs !== undefined) {
      const { ns, rest, label } = keyOf({ ...m, via: 'name', surface: m.knownAs, core: normAlias(m.knownAs) }, byId, d);
      const e = d.obtain(ns, rest, m.type, label, { head: m.head });
      if (e) d.touchNamed(e, m, m.knownAs, NO_ALIASES, undefined, m.start);
    }
  }
  for (const m of deferred) resolveAnaphor(d, unit, m, byId, prev);
  for (const m of unit.mentions) {
    if (m.leadsGroup === undefined || m.entity === undefined) continue;
    const body = m.leadsGroup >= 0 ? byId.get(m.leadsGroup)?.entity ?? -1 : -1;
    if (!hasGroupLeader(d, m.entity, body)) d.groupLeaders.push({ person: m.entity, body });
  }
  recordLists(d, unit);
}

// (resolveSentence's loop asks the helpers below instead of passing arrows that read its loop variable:
// V8 would allocate a context for that variable at every mention, whether or not an arrow is made.)

/** The bare event (labelled by its head only) named close before event phrase `m`, with the same head. */
function recentBareEvent(d: DocEntities, m: Mention): EntityRec | undefined {
  return d.recent(m.start, (x) => x.type === 'event' && x.head === m.head && x.label.toLowerCase() === m.head && m.start - x.last < BARE_EVENT_REACH);
}

/** The event named last before event phrase `m` whose head is of the same class. */
function recentLastingEvent(d: DocEntities, m: Mention): EntityRec | undefined {
  return d.recent(m.start, (x) => x.type === 'event' && sameClass(x.head, m.head));
}

/** Words that make "the ... exercise" another one than the last named ("the next exercise", "the first exercise"). */
const OTHER_EDITION = new Set(['next', 'last', 'previous', 'first', 'second', 'third', 'new', 'other', 'upcoming', 'future', 'similar', 'earlier', 'later', 'former', 'final']);

/** "the bilateral exercise", "the joint naval drills": one or two lower-case describing words and an exercise head. */
function describedExercise(unit: SentenceUnit, m: Mention): boolean {
  if (!EXERCISE.has(m.head ?? '') || m.j - m.i < 2 || m.j - m.i > 3) return false;
  for (let k = m.i; k < m.j - 1; k++) {
    const t = unit.toks[k]!;
    if (t.kind !== 'w' || t.cap || OTHER_EDITION.has(t.lower)) return false;
  }
  return true;
}

/** The exercise named (by a name) last before event phrase `m`, within a few sentences. */
function recentNamedExercise(d: DocEntities, m: Mention): EntityRec | undefined {
  const near = d.recent(m.start, (x) => namedExercise(x) && m.start - x.last < 2 * BARE_EVENT_REACH);
  if (near) return near;
  // ("India criticized the naval drills" paragraphs after "Sea Guardian-2032, a joint exercise": the only one named.)
  return d.only(namedExercise);
}

function namedExercise(x: EntityRec): boolean {
  return x.type === 'event' && EXERCISE.has(x.head ?? '') && x.label.toLowerCase() !== x.head;
}

/** The body named last before offset `at` whose head is `head`. */
function recentBodyHeaded(d: DocEntities, at: number, head: string): EntityRec | undefined {
  return d.recent(at, (x) => x.type === 'organization' && x.head === head);
}

/**
 * Whether `person` is recorded as leading a group of `body` (a plain loop: an arrow reading
 * resolveSentence's loop variable would make V8 allocate a context for it at every mention).
 */
function hasGroupLeader(d: DocEntities, person: number, body: number): boolean {
  for (const g of d.groupLeaders) if (g.person === person && g.body === body) return true;
  return false;
}

/** A capitalised name and a year after a space or a hyphen ("Naseem Al Bahr 2080", "Sea Guardian-2032"): the name. */
const EDITION_NAME = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4})[ -](?:19|20)\d\d$/u;

/** "the Kingdom" in home copy of the Kingdom of Saudi Arabia: the home state (an entity, made if not yet named). */
function homeByForm(d: DocEntities, m: Mention): EntityRec | undefined {
  const w = m.surface.toLowerCase();
  if (!STATE_FORMS.has(w) || !d.homeState) return undefined;
  const st = d.lex.states.get(d.homeState);
  if (!st || (st.monarchy !== w && !st.official.toLowerCase().split(' ').includes(w))) return undefined;
  return d.find('state:', st.code) ?? d.obtain('state:', st.code, 'state', st.common, { code: st.code });
}

/** The organization an acronym names in this document, if any ("LPRP" after "the Lao People's Revolutionary Party (LPRP)"). */
export function acronymEntity(d: DocEntities, acronym: string): EntityRec | undefined {
  const e = d.find('acr:', acronym) ?? d.find('organization|', normAlias(acronym));
  return e?.type === 'organization' ? e : undefined;
}

/** An acronym of two to six capitals ("LPRP"), alone or opening / closing a name. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const AMPERSAND_INITIALS = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;
const ACRONYM_EDGE = /^(?:the\s+)?\p{Lu}{2,6}\s|\s\p{Lu}{2,6}$/u;

/** The entity of an owning organization's mention, resolved or already known (by its key or its acronym). */
function ownerEntity(d: DocEntities, owner: Mention, byId: MentionsById): EntityRec | undefined {
  if (owner.entity !== undefined) return d.list[owner.entity];
  const { ns, rest } = keyOf(owner, byId, d);
  return d.find(ns, rest) ?? (ACRONYM.test(owner.surface) ? acronymEntity(d, owner.surface) : d.find('organization|', normAlias(owner.surface)));
}

/**
 * "the Central Committee of the LPRP" and "the LPRP Central Committee": one body of one party. The key both
 * share (the body's words and the owner's entity) when the owner is an organization named by an acronym
 * or already known; else undefined.
 */
function acronymOwned(d: DocEntities, m: Mention, byId: MentionsById): EntityKey[] {
  const owner = m.owner !== undefined ? byId.get(m.owner) : undefined;
  if (owner) {
    if (owner.type !== 'organization' || !m.core) return [];
    const e = ownerEntity(d, owner, byId);
    return e ? [{ ns: 'owned:', rest: `${m.core}|${e.index}` }] : [];
  }
  // (Cheap gate: an acronym word opens or closes the name.)
  if (!ACRONYM_EDGE.test(m.surface)) return [];
  const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2) return [];
  // "the Central Committee of the WPK" (the acronym read as no body of its own here).
  const n = words.length;
  if (n >= 3 && ACRONYM.test(words[n - 1]!) && (words[n - 2] === 'of' || (words[n - 2] === 'the' && words[n - 3] === 'of'))) {
    const rest = normAlias(words.slice(0, words[n - 2] === 'the' ? n - 3 : n - 2).join(' '));
    return [{ ns: 'ownedacr:', rest: `${rest}|${words[n - 1]}` }];
  }
  if (!ACRONYM.test(words[0]!)) return [];
  const rest = normAlias(words.slice(1).join(' '));
  const e = acronymEntity(d, words[0]!);
  const keys: EntityKey[] = [{ ns: 'ownedacr:', rest: `${rest}|${words[0]}` }];
  if (e) keys.push({ ns: 'owned:', rest: `${rest}|${e.index}` });
  return keys;
}

/**
 * A state's body named by `core` ("ministry of defence", "general staff", "naval staff"): the bare one
 * named before, else the state's body this document named last, else the home state's ("the Defence
 * Ministry" in home copy); "Chief of Naval Staff" heads the navy of the post's state. Undefined when
 * the body is an owned one not yet seen (resolved by its key as any name).
 */
/** "Armenia ... refused to take part, its Defense Ministry said": the state opening the sentence that "its" before `m` stands for. */
function itsState(d: DocEntities, unit: SentenceUnit, m: Mention): string | undefined {
  if (unit.toks[m.i - 1]?.lower !== 'its' || m.owner !== undefined || m.ownerState) return undefined;
  const first = unit.mentions.find((x) => !x.nested && x.entity !== undefined);
  const e = first && first.i <= 1 && first.j < m.i ? d.list[first.entity!] : undefined;
  return e?.type === 'state' ? e.code : undefined;
}

function stateBodyEntity(d: DocEntities, m: Mention, core: string, label: string, its?: string): EntityRec | undefined {
  if (its) {
    const rest = `${core}|${its}`;
    const e = d.find('org:', rest) ?? d.obtain('org:', rest, 'organization', stateBodyLabel(d.lex, core, its) ?? label, { head: m.head, core: m.core });
    if (e) e.ownerState ??= its;
    return e;
  }
  const bare = m.owner === undefined && !m.ownerState && !m.stateUnknown;
  if (bare) {
    const e = d.find('orgcore:', core) ?? d.find('orgstate:', core) ?? bodyOfNamedBefore(d, core);
    if (e) return e;
  }
  const service = SERVICE_STAFFS.get(core);
  const code = service ? m.ownerState ?? (m.stateUnknown ? undefined : d.homeState) : bare ? d.homeState : undefined;
  // ("KARACHI. The Pakistan Navy's exercise ... Chief of the Naval Staff X": no home state known, the navy named first.)
  if (!code && service && bare) return firstService(d, service);
  if (!code) return undefined;
  const body = service ?? core;
  const rest = `${body}|${code}`;
  const e = d.find('org:', rest) ?? d.obtain('org:', rest, 'organization', stateBodyLabel(d.lex, body, code) ?? label, service ? { head: service, core: service } : { head: m.head, core: m.core });
  if (e) e.ownerState ??= code;
  return e;
}

/**
 * "the Chief of the General Staff of the Armed Forces ... first deputy chief of the General Staff": the one body named
 * before as `core` "of" something, when only one was.
 */
function bodyOfNamedBefore(d: DocEntities, core: string): EntityRec | undefined {
  const prefix = `${core} of `;
  return d.only((e) => e.type === 'organization' && e.mentions > 0 && e.label.toLowerCase().startsWith(prefix));
}

/** The first armed service with that head ("navy") the document named: in home copy, the home state's own. */
function firstService(d: DocEntities, service: string): EntityRec | undefined {
  for (const e of d.list) if (e.type === 'organization' && e.head === service && e.mentions > 0 && e.ownerState !== undefined) return e;
  return undefined;
}

/** Records a run of coordinated mentions when it names two or more entities. */
function flushList(d: DocEntities, run: Mention[]): void {
  if (run.length < 2) return;
  const members = [...new Set(run.map((m) => m.entity!))];
  if (members.length >= 2) d.lists.push({ members, at: run[run.length - 1]!.start });
}

/** Records coordinated mentions of one type ("X, Y and Z", "X and his counterpart Y"). */
function recordLists(d: DocEntities, unit: SentenceUnit): void {
  let run: Mention[] = [];
  for (const m of unit.mentions) {
    if (m.nested || m.entity === undefined || m.via === 'pronoun') continue;
    const last = itemAt(run, run.length - 1);
    // "the Democratic Republic of Congo (DRC)": the bracketed short name is the same item.
    if (last && m.entity === last.entity && unit.toks[m.i - 1]?.text === '(' && m.i === last.j + 1) continue;
    if (last) {
      // "the Democratic Republic of Congo (DRC) and Rwanda": past an acronym.
      const from = pastBracket(unit.toks, last.j);
      const to = m.lead ?? m.i;
      let gapOk = to > from && to - from <= 2;
      for (let k = from; gapOk && k < to; k++) gapOk = unit.toks[k]!.lower === ',' || unit.toks[k]!.lower === 'and';
      const sameType = d.list[last.entity!]!.type === d.list[m.entity!]!.type;
      if (sameType && gapOk) {
        run.push(m);
        continue;
      }
      flushList(d, run);
      run = [];
    }
    run.push(m);
  }
  flushList(d, run);
}

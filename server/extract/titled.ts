// Mention stage, part 3: runs that carry a title. "[affiliation] [portfolio words] TITLE
// [of|to complement] [rank] NAME": "Russian Defence Minister Sergey Shoigu", "Kremlin aide Yury
// Ushakov", "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov", "Russian
// Ambassador to the DPRK Alexander Matsegora". Gives the person (or a role anaphor when no name
// follows: "the Russian leader") with its title, and a LEADER_OF / OFFICIAL_OF fact.
import { newTitle, type Mention, type TitleInfo } from './model.js';
import { addMention, normAlias, wordsText, type Builder } from './mention-kit.js';
import { tokAt, wordAt } from './tokens.js';
import { teamAfter } from './cue-frames.js';
import { gazMention, INSTITUTION_HEADS, interpretPlain, stateBodyLabel, SYSTEM_BODIES } from './names.js';
import { isOrdinal, ROMANCE_HEADS, STATE_FORMS, titleAt, type Run, type Seg } from './runs.js';

/**
 * Abstract plural nouns of a post's portfolio ("Investments", "Communications"), never a name: one of these
 * endings after at least four letters (isAbstractPlural).
 */
const ABSTRACT_PLURAL_ENDING = /(?:tions|ments|ities|ances|ences)$/;
import { canonicalRole, DEPUTY_ROLE, POLICE, titleKind } from './roles.js';
import { isStateBodyCore, SERVICE_STAFFS } from './state-bodies.js';

const MINISTERS = /\bminister(?: of state)?$/;

/** Possessives that name whose post it is ("their Chief of General Staff"). */
const POST_POSSESSIVES = new Set(['their', 'its', 'his', 'her']);

/** Words of a politician's standing that may open a post capitalised ("Independent deputy X"). */
const STANDING_WORDS = new Set(['independent', 'opposition', 'ruling', 'veteran', 'senior', 'junior']);

/** Ranks that name an officer on their own ("the Saudi general"). */
const RANK_ANAPHORS = new Set(['general', 'admiral', 'colonel', 'commodore', 'brigadier', 'marshal']);
const PREDICATE_VERBS = new Set(['became', 'become', 'becomes', 'appointed', 'named', 'elected', 'as', 'is', 'was', 'remains', 'remained', 'serves', 'served', 'reappointed', 'promoted']);

/** "named X as the new Chief of Y", "became the new commander": a predicate verb before "(the|a) new" and the post at `i`. */
function newPostAfterPredicate(b: Builder, i: number): boolean {
  if (b.lowers[i - 1] !== 'new') return false;
  const k = ['the', 'a', 'an'].includes(b.lowers[i - 2] ?? '') ? i - 3 : i - 2;
  return PREDICATE_VERBS.has(b.lowers[k] ?? '');
}

function isPortfolioWord(b: Builder, s: Seg | undefined): boolean {
  if (!s) return false;
  if (s.kind === 'word') return b.lex.portfolio.has(b.lowers[s.i]!);
  return s.kind === 'conn' && (b.lowers[s.i] === 'and' || b.lowers[s.i] === ',');
}

/** Armed services whose named areas are commands ("Chattogram Naval Area", "the Western Military District"). */
const COMMAND_AREA_SERVICES = new Set(['naval', 'military', 'army', 'navy', 'air', 'defence', 'defense']);

/** Token `k` is a place head after a service word: an area that is a command, which a commander heads. */
function commandArea(b: Builder, k: number): boolean {
  return b.lex.placeHeads.has(b.lowers[k]!) && COMMAND_AREA_SERVICES.has(b.lowers[k - 1] ?? '') && b.toks[k - 1]!.cap;
}

/** "Commander of the 9th Infantry Division": a unit head after an ordinal names a unit, whatever its other words. */
function numberedUnit(b: Builder, segs: Seg[], a: number, s: Seg): boolean {
  const first = segs[a]!;
  return b.lex.unitHeads.has(b.lowers[s.j - 1]!) && (isOrdinal(b.toks[first.i - 1]) || (first.kind === 'conn' && isOrdinal(b.toks[first.i])));
}

/** Services a post may name bare, without article or state ("Chief of Navy", "Chief of Army"). */
const BARE_SERVICES = new Set(['army', 'navy']);

/** "Chief of Navy Rear-Admiral X": a bare service in the complement refers to the service named before (as "the Navy" does). */
function bareService(b: Builder, sub: Seg[]): Mention | undefined {
  const s0 = sub[0]!;
  if (sub.length !== 1 || s0.kind !== 'word' || s0.j - s0.i !== 1 || !BARE_SERVICES.has(b.lowers[s0.i]!) || b.lowers[s0.i - 1] !== 'of') return undefined;
  return addMention(b, s0.i, s0.j, 'organization', 'definite', { head: b.lowers[s0.i]! });
}

/** True when a segment of [from, to) ends in an abstract plural ("Armaments", "Investments"). */
function abstractPluralIn(b: Builder, segs: Seg[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isAbstractPlural(b.lowers[segs[k]!.j - 1]!)) return true;
  return false;
}

/**
 * A word (a token's lower case: no line breaks) of nine characters or more with an ABSTRACT_PLURAL_ENDING.
 * (The length is tested first: the pattern once read /.{4}(?:tions|...)$/, which the regex engine tried
 * at every position of every word, about fifteen times slower; it matched the same words.)
 */
function isAbstractPlural(w: string): boolean {
  return w.length >= 9 && ABSTRACT_PLURAL_ENDING.test(w);
}

/** Roman numerals that number a second or third post of one portfolio ("Minister of Finance II"). */
const POST_NUMERALS = /^(?:II|III|IV)$/;

/** Services named lower-case before a lower-case post ("army spokesman X"). */
const LOWER_SERVICE_BODIES = new Set(['army', 'navy', 'police']);

/** Titles whose holder is elected for a constituency named before the title ("Lamu East MP"). */
const CONSTITUENCY_TITLES = new Set(['mp', 'member of parliament']);
/** Head words that close a party's name: before an MP's title ("Nationalist Party MP X"), after a standing word opening it ("Opposition Social Democratic Party"). */
export const PARTY_NAME_ENDS: ReadonlySet<string> = new Set(['party', 'alliance', 'front', 'movement', 'congress', 'union', 'coalition']);

/** A segment that is a rank or a form of address ("Major General", "Dato Seri", "Haji"). */
function isRankSeg(s: Seg): boolean {
  return s.kind === 'title' && s.title === 'rank';
}

// (The helpers below read segments in place: interpretTitled runs for every titled name, and copies
// of segment or word lists made only to test or join them were a measurable share of its time.)

/** True when every segment of [from, to) is a rank (like segs.slice(from, to).every(isRankSeg)). */
function allRanks(segs: Seg[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isRankSeg(segs[k]!)) return false;
  return true;
}

/** The kinds of the title segments of [from, to), in order. */
function titleKinds(segs: Seg[], from: number, to: number): Array<'leader' | 'official' | 'rank'> {
  const kinds: Array<'leader' | 'official' | 'rank'> = [];
  for (let k = from; k < to; k++) if (segs[k]!.kind === 'title') kinds.push(segs[k]!.title!);
  return kinds;
}

/** The lower-case words of tokens [i, j) joined by spaces (a one-word segment's word as it is). */
function lowersJoined(b: Builder, i: number, j: number): string {
  return j === i + 1 ? b.lowers[i]! : b.lowers.slice(i, j).join(' ');
}

/**
 * The role's text: the text of each part [i, j) cut at `lastRole` (empty parts left out), joined by
 * spaces, without trailing white space and commas.
 */
function roleTextOf(b: Builder, roleParts: Array<[number, number]>, lastRole: number): string {
  let text = '';
  for (const [i, j] of roleParts) {
    const e = Math.min(j, lastRole);
    if (e <= i) continue;
    const part = b.text.slice(b.toks[i]!.start, b.toks[e - 1]!.end);
    if (part) text = text ? `${text} ${part}` : part;
  }
  // ("Minister of Defence and Military Production, General X": not the comma before the rank.)
  return text.replace(/[\s,]+$/, '');
}

/** Heads of gatherings that name a standing body when a post is of them ("Secretary General of the Pacific Islands Forum"). */
const BODY_GATHERINGS = new Set(['forum']);

/** End (exclusive segment index) of a complement starting at segment `a`. */
/** Area heads a body's possessive makes its formations ("the JMSDF's Yokosuka District"). */
const OWNED_AREAS = new Set(['district', 'zone', 'sector', 'region']);

function complementEnd(b: Builder, segs: Seg[], a: number): { end: number; entity: boolean } {
  // "Minister of Police, National Security and Correctional Services X": a list of portfolios is the portfolio whole.
  const listed = portfolioListEnd(b, segs, a);
  if (listed > a) return { end: listed, entity: false };
  let lastOrg = -1;
  for (let k = a; k < segs.length; k++) {
    const s = segs[k]!;
    if (s.kind === 'title') break;
    // ("the Speaker of the House of Representatives, X": a body's prefix word before its own "of" opens the body.)
    const prefixOf = s.kind === 'word' && s.j - s.i === 1 && b.lex.orgPrefix.has(b.lowers[s.i]!) && segs[k + 1]?.kind === 'conn' && b.lowers[segs[k + 1]!.i] === 'of';
    // ("the Commandant of the JMSDF's Yokosuka District, X": an area a body's possessive owns is the body's formation.)
    const ownedArea = s.kind === 'word' && OWNED_AREAS.has(b.lowers[s.j - 1]!) && segs.slice(a, k).some((x) => x.kind === 'poss');
    if (prefixOf || ownedArea || s.kind === 'word' && (b.lex.orgHeads.has(b.lowers[s.j - 1]!) || INSTITUTION_HEADS.has(b.lowers[s.j - 1]!) || BODY_GATHERINGS.has(b.lowers[s.j - 1]!) || b.lex.unitNamed.has(b.lowers[s.j - 1]!) || b.lex.unitAlways.has(b.lowers[s.j - 1]!) || commandArea(b, s.j - 1) || (b.lowers[s.j - 1] === 'system' && SYSTEM_BODIES.has(b.lowers[s.j - 2] ?? '')) || numberedUnit(b, segs, a, s))) lastOrg = k;
  }
  if (lastOrg >= a) {
    // The organization's own "of STATE": "Security Council of the United Arab Emirates".
    let end = lastOrg + 1;
    // ("the Commander of the LPA's Military Region 2, Major General X": a number closing the body's name is its own.)
    if (segs[end]?.kind === 'word' && segs[end]!.j - segs[end]!.i === 1 && /^\d{1,3}$/.test(b.toks[segs[end]!.i]!.text)) end++;
    // ("the Director General of the Guardia Civil, X": a Romance head opens the body's name; its words follow it.)
    if (segs[lastOrg]!.j - segs[lastOrg]!.i === 1 && ROMANCE_HEADS.has(b.lowers[segs[lastOrg]!.i]!)) while (end < segs.length && end < lastOrg + 3 && segs[end]!.kind === 'word' && segs[end]!.j - segs[end]!.i === 1) end++;
    // "the United Nations Interim Force in Lebanon": a mission's "in STATE" too.
    const conn = segs[end]?.kind === 'conn' ? b.lowers[segs[end]!.i] : '';
    // "the Workers' Party of Korea": a one-word place closing the run is the name's own, too.
    // ("the Prime Minister of the Government of National Unity (GNU), X": so are words closing a post set off before its holder.)
    const setOff = conn === 'of' ? setOffLastWords(b, segs, end + 1) : 0;
    if (setOff) end += 1 + setOff;
    // ("the Chairman of the State Committee for National Security (GKNB)": what a body is "for", capitalised, is its name's own.)
    else if (conn === 'for' && end + 1 < segs.length && segs.slice(end + 1).every((x) => x.kind === 'word')) end = segs.length;
    // ("the Secretary General of the Economic Community of West African States (ECOWAS), X": a body of states named by their region.)
    else if (conn === 'of' && statesOfRegionEnd(b, segs, end + 1) > 0) end = statesOfRegionEnd(b, segs, end + 1);
    else if ((conn === 'of' || (conn === 'in' && segs[end + 1]?.kind === 'gaz')) && (segs[end + 1]?.kind === 'gaz' || soleAcronym(b, segs, end + 1) || (conn === 'of' && soleLastWord(b, segs, end + 1)))) end += 2;
    return { end, entity: true };
  }
  if (segs[a]?.kind === 'gaz') return { end: a + 1, entity: true };
  // ("Pakistan's Ambassador to the Kingdom X": "the Kingdom", "the Sultanate" alone name a state, the home state in its
  // own copy.)
  if (segs[a]?.kind === 'word' && segs[a]!.j - segs[a]!.i === 1 && STATE_FORMS.has(b.lowers[segs[a]!.i]!) && b.lowers[segs[a]!.i - 1] === 'the' && a + 1 === segs.length) return { end: a + 1, entity: true };
  // ("the Theatre Commander of Operation Hadin Kai (OPHK), X": a named operation with a commander of its own.)
  if (segs[a]?.kind === 'word' && b.lowers[segs[a]!.i] === 'operation' && b.toks[segs[a]!.i]!.cap && segs[a - 2]?.kind === 'title' && /commander$/.test(lowersJoined(b, segs[a - 2]!.i, segs[a - 2]!.j))) {
    let end = a + 1;
    while (segs[end]?.kind === 'word') end++;
    if (segs[end - 1]!.j - segs[a]!.i >= 2) return { end, entity: true };
  }
  // ("Inspector General of Police X": the police alone names a body.)
  // (Not a minister's: "Minister of Police" is a portfolio.)
  if (segs[a]?.kind === 'word' && segs[a]!.j === segs[a]!.i + 1 && b.lowers[segs[a]!.i] === 'police' && b.lowers[segs[a]!.i - 1] === 'of' && segs[a - 2]?.kind === 'title' && !MINISTERS.test(lowersJoined(b, segs[a - 2]!.i, segs[a - 2]!.j))) return { end: a + 1, entity: true };
  // "President of the Republic Hédi Ben Amor": the republic is the state itself, the name follows.
  if (segs[a]?.kind === 'word' && segs[a]!.j - segs[a]!.i === 1 && b.lowers[segs[a]!.i] === 'republic' && b.lowers[segs[a]!.i - 1] === 'the') return { end: a + 1, entity: false };
  // "Secretary General of the MRU": an acronym names the body.
  if (soleAcronym(b, segs, a)) return { end: a + 1, entity: true };
  let k = a;
  // "Minister for Pacific Island Affairs": capitalised words ending in "Affairs" are the portfolio, whatever they are (and more may follow).
  // ("Minister of Defence and Veterans' Affairs, X": over "and" between them.)
  for (let q = a; q < segs.length && q < a + 4 && (segs[q]!.kind === 'word' || (q > a && b.lowers[segs[q]!.i] === 'and')); q++) if (b.lowers[segs[q]!.j - 1] === 'affairs') { k = q + 1; break; }
  while (k < segs.length && isPortfolioWord(b, segs[k])) k++;
  // "the Minister of Defence II, X": a numbered second post of the same portfolio ends the run.
  if (k > a && k === segs.length - 1 && segs[k]!.kind === 'word' && segs[k]!.j - segs[k]!.i === 1 && POST_NUMERALS.test(b.toks[segs[k]!.i]!.text)) k++;
  return { end: k, entity: false };
}

/** Posts of an envoy, whose brief after "for" is an area ("Special Envoy for the Great Lakes Region"). */
const ENVOY_POSTS = /\b(?:representative|envoy|coordinator)$/;

/** End (exclusive segment index) of an area's name from segment `a`: words, and "of" before a gazetteer name ("the Horn of Africa"). */
function areaEnd(b: Builder, segs: Seg[], a: number): number {
  let q = a;
  while (segs[q]?.kind === 'word' || (segs[q]?.kind === 'gaz' && q > a) || (q > a && segs[q]?.kind === 'conn' && b.lowers[segs[q]!.i] === 'of' && segs[q + 1]?.kind === 'gaz')) q++;
  return q;
}

/** Endings of nouns that name portfolios ("Correctional Services", "Regional Integration", "Infrastructure"), unlike given names. */
const PORTFOLIO_ENDINGS = /(ion|ment|ity|ices|ies|ure|ness|ism|ship|al|cs)$/;

/**
 * End (exclusive segment index) of a list of portfolios from segment `a`: words, a comma the run took (runs.ts
 * takes one only before such a list), more words, "and", then the words of the last portfolio, which are portfolio
 * words or have a portfolio noun's ending, or all the run's last words when nothing follows them
 * ("Minister of Foreign Affairs, African Integration and Guineans Abroad, X"). `a` itself when there is no list.
 */
function portfolioListEnd(b: Builder, segs: Seg[], a: number): number {
  let q = a;
  let comma = false;
  while (q < segs.length && (segs[q]!.kind === 'word' || (segs[q]!.kind === 'conn' && b.lowers[segs[q]!.i] === ','))) {
    if (segs[q]!.kind === 'conn') comma = true;
    q++;
  }
  if (!comma || q === a || segs[q]?.kind !== 'conn' || b.lowers[segs[q]!.i] !== 'and') return a;
  const from = ++q;
  while (q < segs.length && segs[q]!.kind === 'word' && segs[q]!.j - segs[q]!.i === 1 && (b.lex.portfolio.has(b.lowers[segs[q]!.i]!) || PORTFOLIO_ENDINGS.test(b.lowers[segs[q]!.i]!))) q++;
  if (q > from) return q;
  let end = from;
  while (end < segs.length && segs[end]!.kind === 'word') end++;
  return end === segs.length && end > from && end - from <= 3 ? end : a;
}

/** Segment `a` is one acronym not followed by another capitalised word ("of the MRU", not "of the KPA Ri Yong Gil"). */
function soleAcronym(b: Builder, segs: Seg[], a: number): boolean {
  const s0 = segs[a];
  return s0?.kind === 'word' && s0.j - s0.i === 1 && b.toks[s0.i]!.upper && !/\d/.test(b.toks[s0.i]!.text) && segs[a + 1]?.kind !== 'word';
}

/** Segment `a` is one capitalised word that ends the run or its first post ("of Korea", "of Korea and President of ..."; not "of Korea Kim Jong Un"). */
/** Plural nouns closing the name of a body of states ("of West African States", "of Southeast Asian Nations"). */
const STATES_PLURALS = new Set(['states', 'nations', 'countries']);

/** From segment `a`, up to three capitalised words or gazetteer names ending in a plural of states: the end (exclusive), else 0. */
function statesOfRegionEnd(b: Builder, segs: Seg[], a: number): number {
  for (let k = a; k < segs.length && k < a + 3; k++) {
    const s = segs[k]!;
    if (s.kind !== 'word' && s.kind !== 'gaz') return 0;
    if (STATES_PLURALS.has(b.lowers[s.j - 1]!) && b.toks[s.j - 1]!.cap) return k + 1;
  }
  return 0;
}

function soleLastWord(b: Builder, segs: Seg[], a: number): boolean {
  const s0 = segs[a];
  const next = segs[a + 1];
  const ends = !next || (next.kind === 'conn' && b.lowers[next.i] === 'and' && segs[a + 2]?.kind === 'title');
  return s0?.kind === 'word' && s0.j - s0.i === 1 && ends && /^\p{Lu}\p{Ll}+$/u.test(b.toks[s0.i]!.text);
}

/**
 * Segments from `a` are the run's last two or three words, capitalised, before a comma or a bracket, none a known person's,
 * the first a portfolio word and the last none ("of National Unity, X"): their count, else 0.
 */
function setOffLastWords(b: Builder, segs: Seg[], a: number): number {
  const n = segs.length - a;
  if (n < 2 || n > 3) return 0;
  const after = b.toks[segs[segs.length - 1]!.j]?.text;
  if (after !== ',' && after !== '(') return 0;
  for (let q = a; q < segs.length; q++) {
    const s = segs[q]!;
    if (s.kind !== 'word' || s.j - s.i !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(b.toks[s.i]!.text) || b.known.personToken(b.lowers[s.i]!)) return 0;
  }
  // (Opened by a portfolio word, closed by none: "of National Unity", not "of Ministers Ermek X" nor the portfolio "of National Defence".)
  return isPortfolioWord(b, segs[a]) && !isPortfolioWord(b, segs[segs.length - 1]) ? n : 0;
}

/**
 * "X, General Secretary of the LPRP Central Committee and President of the Lao PDR": where the run's first
 * post has its body and "and" opens a second post, the segment index of that "and" (else -1).
 */
function secondPostAt(b: Builder, segs: Seg[], f: number): number {
  let complemented = false;
  for (let k = f + 1; k < segs.length - 1; k++) {
    const s = segs[k]!;
    if (s.kind !== 'conn') continue;
    const w = b.lowers[s.i]!;
    if (w === 'of' || w === 'to') complemented = true;
    else if (w === 'and' && complemented && segs[k + 1]!.kind === 'title' && segs[k + 1]!.title !== 'rank') return k;
  }
  return -1;
}

/**
 * "Commander Chattogram Naval Area Rear Admiral X": a post, the body it commands named bare (its last word a body head,
 * "Naval Area" a service's area among them), then the holder's rank and name. The body is read from its words and the
 * holder, with the rank, holds the post of it. True when the run was read so.
 */
function postBodyRankName(b: Builder, run: Run): boolean {
  const segs = run.segs;
  const post = segs[0]!;
  if (post.kind !== 'title' || post.title === 'rank' || segs.length < 4) return false;
  let r = 1;
  while (r < segs.length && segs[r]!.kind === 'word') r++;
  const rank = segs[r];
  if (r === 1 || !rank || rank.kind !== 'title' || rank.title !== 'rank' || r + 1 >= segs.length || !segs.slice(r + 1).every((s) => s.kind === 'word')) return false;
  const last = segs[r - 1]!.j - 1;
  if (!(b.lex.orgHeads.has(b.lowers[last]!) || b.lex.unitNamed.has(b.lowers[last]!) || b.lex.unitAlways.has(b.lowers[last]!) || commandArea(b, last))) return false;
  const body = interpretPlain(b, segs.slice(1, r), { force: b.lex.unitNamed.has(b.lowers[last]!) || b.lex.unitAlways.has(b.lowers[last]!) ? 'unit' : 'organization' });
  if (!body) return false;
  const roleText = b.text.slice(b.toks[post.i]!.start, b.toks[post.j - 1]!.end);
  const from = segs[r + 1]!.i;
  const to = segs[segs.length - 1]!.j;
  const title = newTitle(canonicalRole(b.lex, roleText), lowersJoined(b, post.i, post.j), titleKind(b.lex, roleText, [post.title!]) === 'official' ? 'official' : 'leader', { affiliation: body.id, rank: lowersJoined(b, rank.i, rank.j) });
  const person = addMention(b, from, to, 'person', 'name', { title, lead: post.i });
  if (person) b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: person.id, target: body.id, role: title.role });
  return true;
}

/** Interprets a run with at least one title segment. `holder`: the person a second post in the same apposition belongs to. */
export function interpretTitled(b: Builder, run: Run, holder?: Mention): void {
  const segs = run.segs;
  if (!holder && postBodyRankName(b, run)) return;
  if (!holder && officeOfPost(b, run)) return;
  // ("Opposition MP for Malekula Johnson Waiwo Rarua": a member's constituency, one word (two after a compass point),
  // then the name; the constituency is a place.)
  const mp = segs.findIndex((s) => s.kind === 'title' && CONSTITUENCY_TITLES.has(lowersJoined(b, s.i, s.j)));
  if (!holder && mp >= 0 && segs[mp + 1]?.kind === 'conn' && b.lowers[segs[mp + 1]!.i] === 'for' && segs[mp + 1]!.j === segs[mp + 1]!.i + 1) {
    const rest = segs.slice(mp + 2);
    const cw = b.lex.compass.has(b.lowers[rest[0]?.i ?? -1] ?? '') ? 2 : 1;
    if (rest.length >= cw + 2 && rest.every((s) => s.kind === 'word' && s.j === s.i + 1)) {
      addMention(b, rest[0]!.i, rest[cw - 1]!.j, 'place', 'name', { core: normAlias(wordsText(b, rest[0]!.i, rest[cw - 1]!.j)) });
      interpretTitled(b, { ...run, segs: [...segs.slice(0, mp + 1), ...rest.slice(cw)] });
      return;
    }
  }
  let f = segs.findIndex((s) => s.kind === 'title');
  // "A, member of the Political Bureau and secretary of the WPK Central Committee": the second post is A's too.
  const second = holder ? -1 : secondPostAt(b, segs, f);
  // "A, Chairman of the Council and President of Belarus": the same, when "and" ended the first run.
  if (!holder && f === 0 && wordAt(b.lowers, run.i - 1) === 'and' && b.apposedPost?.end === run.i - 1 && segs[0]!.title !== 'rank') holder = b.apposedPost.holder;
  if (second > 0 && b.toks[run.i - 1]?.text === ',') {
    const named = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && m.j === run.i - 1);
    if (named && (!named.title || named.title.kind === 'rank')) {
      interpretTitled(b, { ...run, segs: segs.slice(0, second), j: segs[second - 1]!.j });
      if (named.title && named.title.kind !== 'rank') interpretTitled(b, { ...run, segs: segs.slice(second + 1), i: segs[second + 1]!.i }, named);
      return;
    }
  }
  // "His Majesty King X", "HE the Minister": a form of address before the post is no part of it.
  while (f >= 0 && segs[f]!.title === 'rank' && segs[f + 1]?.kind === 'title' && segs[f + 1]!.title !== 'rank') f++;
  let tStart = f;
  // ("the Borno State Governor, X": "State" closing a place's name before the post is no portfolio.)
  while (tStart > 0 && isPortfolioWord(b, segs[tStart - 1]) && !(b.lowers[segs[tStart - 1]!.j - 1] === 'state' && segs[tStart - 1]!.j - segs[tStart - 1]!.i === 1 && segs[tStart - 2]?.kind === 'word' && b.toks[segs[tStart - 2]!.j - 1]!.cap)) tStart--;
  // ("Chinese Ministry of National Defense spokesman X": portfolio words after a body's "of" end the body's name, they begin no post.)
  if (tStart < f && tStart >= 2 && segs[tStart - 1]!.kind === 'conn' && (b.lowers[segs[tStart - 1]!.i] === 'of' || b.lowers[segs[tStart - 1]!.i] === 'for') && segs[tStart - 2]!.kind === 'word' && b.lex.orgHeads.has(b.lowers[segs[tStart - 2]!.j - 1]!)) tStart = f;
  if (tStart > 0 && segs[tStart]?.kind === 'conn') tStart++;
  let p = f;
  let lastTitle = f;
  let skippedTitle = -1;
  let fieldOf = false;
  let complement: Mention | undefined;
  const roleParts: Array<[number, number]> = [];
  let roleFrom = segs[tStart]!.i;
  while (p < segs.length) {
    const s = segs[p]!;
    if (s.kind === 'title') {
      lastTitle = p;
      p++;
      continue;
    }
    if (isPortfolioWord(b, s) && (segs[p + 1]?.kind === 'title' || isPortfolioWord(b, segs[p + 1]))) {
      p++;
      continue;
    }
    // ("the Special Envoy of the Secretary-General of the League of Arab States": the post of a post-holder of a body is the body's.)
    if (s.kind === 'conn' && b.lowers[s.i] === 'of' && segs[p + 1]?.kind === 'title' && segs[p + 1]!.title !== 'rank' && segs[p + 2]?.kind === 'conn' && b.lowers[segs[p + 2]!.i] === 'of' && segs[p + 3]?.kind !== 'title') {
      skippedTitle = p + 1;
      p += 2;
      continue;
    }
    // ("Assistant Chief of General Staff for Operations and Plans Major General X": "and" joins what a post is for, up to a rank.)
    if (s.kind === 'word' && s.j === s.i + 1 && segs[p - 1]?.kind === 'conn' && b.lowers[segs[p - 1]!.i] === 'and' && segs[p - 3]?.kind === 'conn' && b.lowers[segs[p - 3]!.i] === 'for' && segs[p + 1]?.kind === 'title') {
      p++;
      continue;
    }
    if (s.kind === 'conn' && b.lowers[s.i] !== 'and') {
      let c = complementEnd(b, segs, p + 1);
      // ("the African Union's High Representative for the Horn of Africa, X": an envoy's area after "for", whatever its words.)
      if (c.end <= p + 1 && b.lowers[s.i] === 'for' && ENVOY_POSTS.test(lowersJoined(b, segs[lastTitle]!.i, segs[lastTitle]!.j))) c = { end: areaEnd(b, segs, p + 1), entity: false };
      if (c.end <= p + 1) break;
      const word = b.lowers[s.i]!;
      // "Minister of the Armed Forces": a minister's portfolio, not the body the minister belongs to.
      // "Minister of State for the Armed Forces": what a minister is "for" is the portfolio too.
      const minister = c.entity && MINISTERS.test(lowersJoined(b, segs[lastTitle]!.i, segs[lastTitle]!.j));
      const portfolio = minister && (word === 'for' || segs.slice(p + 1, c.end).every((x) => x.kind === 'word' && b.lowers.slice(x.i, x.j).every((w) => b.lex.portfolio.has(w))));
      if (c.entity && !portfolio) {
        // (An ordinal opening the complement is read from before it: "of the 9th Infantry Division".)
        const sub = segs.slice(segs[p + 1]!.kind === 'conn' && isOrdinal(b.toks[segs[p + 1]!.i]) ? p + 2 : p + 1, c.end);
        // ("Inspector General of Police X": the police force the text names, read as "the police".)
        const police = !minister && sub.length === 1 && sub[0]!.kind === 'word' && sub[0]!.j === sub[0]!.i + 1 && b.lowers[sub[0]!.i] === 'police' ? addMention(b, sub[0]!.i, sub[0]!.j, 'organization', 'definite', { head: 'police' }) : undefined;
        const m = police ?? (sub.length === 1 && sub[0]!.kind === 'gaz' ? gazMention(b, sub[0]!) : bareService(b, sub) ?? interpretPlain(b, sub));
        if (m) m.nested = true;
        // ("Ambassador to Chad", "Special Envoy on Myanmar": where or what the post is about, not whose it is.)
        // ("WFP Country Director for Malawi": with a body named before the post, a state after "for" is its area.)
        const area = word === 'for' && m?.type === 'state' && tStart > 0;
        if (word !== 'to' && word !== 'on' && !area) {
          // ("Director of the National Defence Academy of Viet Nam": an institution with a head of its own is a body.)
          if (m && m.type === 'place' && INSTITUTION_HEADS.has(m.head ?? '')) m.type = 'organization';
          // ("Secretary General of the Pacific Islands Forum": a forum with a post of its own is a body.)
          // ("the Theatre Commander of Operation Hadin Kai (OPHK), Major General X": so is an operation with a commander of its own.)
          if (m && m.type === 'event' && (BODY_GATHERINGS.has(m.head ?? b.lowers[m.j - 1]!) || (b.lowers[m.i] === 'operation' && b.toks[m.i]!.cap && /commander$/.test(lowersJoined(b, segs[lastTitle]!.i, segs[lastTitle]!.j))))) m.type = 'organization';
          complement ??= m;
          if (roleFrom >= 0) roleParts.push([roleFrom, s.i]);
          roleFrom = -1;
        }
      }
      // ("the SANDF's Chief of Joint Operations": a field after "of" instead of a body.)
      // (Not a service's own: "the ROKN's Chief of Naval Operations" heads the navy.)
      if (!c.entity && word === 'of' && lastTitle === p - 1 && !b.lowers.slice(s.j, segs[c.end - 1]!.j).some((w) => SERVICE_FIELDS.has(w))) fieldOf = true;
      p = c.end;
      if (roleFrom < 0 && segs[p]?.kind === 'title') roleFrom = segs[p]!.i;
      continue;
    }
    // "Flag Officer Commanding Western Fleet": the body right after a post ending in "commanding".
    if (s.kind === 'word' && p === lastTitle + 1 && b.lowers[segs[lastTitle]!.j - 1] === 'commanding') {
      const c = complementEnd(b, segs, p);
      if (!c.entity || c.end <= p) break;
      const m = interpretPlain(b, segs.slice(p, c.end));
      if (m) m.nested = true;
      complement ??= m;
      if (roleFrom >= 0) roleParts.push([roleFrom, s.i]);
      roleFrom = -1;
      p = c.end;
      continue;
    }
    break;
  }
  // "Yang Berhormat Pehin Datu Lailaraja Dato Paduka Haji Zulkiflee": words between forms of address name the titles themselves.
  if (p > f && allRanks(segs, f, p)) {
    let q = p;
    while (segs[q]?.kind === 'word') q++;
    let r = q;
    while (r < segs.length && isRankSeg(segs[r]!)) r++;
    if (q > p && r > q && segs[r]?.kind === 'word') {
      lastTitle = r - 1;
      p = r;
    }
  }
  const titleEndTok = segs[p - 1]!.j;
  if (roleFrom >= 0) roleParts.push([roleFrom, titleEndTok]);
  // Ranks after the last real title are not part of the role.
  const lastRole = lastNonRank(segs, f, p);
  const roleText = roleTextOf(b, roleParts, lastRole);
  let headIdx = lastTitle;
  while (headIdx > f && (segs[headIdx]!.kind !== 'title' || segs[headIdx]!.title === 'rank')) headIdx--;
  const headSeg = segs[headIdx]!;
  const head = lowersJoined(b, headSeg.i, headSeg.j);
  // (The post-holder an envoy is "of" gives no kind: "the Special Envoy of the Secretary-General" is an official.)
  const kinds = titleKinds(segs, f, p).filter((_, n) => skippedTitle < 0 || n !== titleKinds(segs, f, skippedTitle).length);
  let kind = titleKind(b.lex, roleText, kinds);
  // Affiliation before the title.
  let affiliation: Mention | undefined = complement;
  let serviceState: string | undefined;
  // ("Lamu East MP X": the words before a member of parliament's title name the constituency, neither the post's body nor an entity.)
  // ("Independent deputy X": a word of political standing before the post names no body.)
  // ("Nationalist Party MP X": not when a party's head word closes them.)
  const partyBefore = tStart > 0 && segs[tStart - 1]!.kind === 'word' && PARTY_NAME_ENDS.has(b.lowers[segs[tStart - 1]!.j - 1]!);
  const pre = (CONSTITUENCY_TITLES.has(head) && !partyBefore) || (tStart === 1 && segs[0]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 && STANDING_WORDS.has(b.lowers[segs[0]!.i]!)) ? [] : segs.slice(0, tStart);
  const soleHead = pre.length === 1 && pre[0]!.kind === 'word' ? b.lowers[pre[0]!.i]! : '';
  const service = soleHead ? undefined : stateServiceBefore(b, pre, segs[f]!.i);
  // ("Union Minister for Defence General X": a union government's minister, in Myanmar and India, names no body "Union".)
  if (soleHead && (b.lex.unitHeads.has(soleHead) || b.lex.orgHeads.has(soleHead)) && !(soleHead === 'union' && head.startsWith('minister'))) {
    // "Brigade commander Col. X": the brigade just named.
    const type = b.lex.unitHeads.has(soleHead) && !b.lex.orgHeads.has(soleHead) ? 'unit' : 'organization';
    affiliation = addMention(b, pre[0]!.i, pre[0]!.j, type, 'definite', { head: soleHead, nested: true });
  } else if (service) {
    // ("Azerbaijan's Land Forces Commander, X": the state's service, named between its possessive and the post.)
    affiliation = service;
    serviceState = service.ownerState;
  } else if (pre.length) {
    const last = pre[pre.length - 1]!;
    const possAt = pre.findIndex((s) => s.kind === 'poss');
    const owner = last.kind === 'poss' ? possessingForum(b, pre) ?? bodyOwner(b, pre.slice(0, -1), head) : possAt > 0 && pre.slice(possAt + 1).every((s) => s.kind === 'gaz') ? bodyOwner(b, pre.slice(0, possAt), head) : interpretPlain(b, pre, { affiliation: true });
    if (!affiliation && owner && (owner.type === 'state' || owner.type === 'organization' || owner.type === 'unit')) {
      affiliation = owner;
      owner.nested = true;
    }
    // "Turkish Chief of General Staff X": the state's own general staff.
    // ("Pakistan's Chief of the Naval Staff, Admiral X": so is a possessor's.)
    if (owner?.type === 'state' && complement && (pre.length === 1 || (pre.length === 2 && pre[1]!.kind === 'poss'))) ownStateBody(b, complement, owner);
  } else if (!affiliation && !b.toks[run.i]!.cap && LOWER_SERVICE_BODIES.has(b.lowers[run.i - 1] ?? '') && !(run.i > 2 && tokAt(b.toks, run.i - 2)?.cap)) {
    // ("but army spokesman Brigadier General X denied": a lower-case service before a lower-case post is the service just named.)
    affiliation = addMention(b, run.i - 1, run.i, 'organization', 'definite', { head: b.lowers[run.i - 1]!, nested: true });
  } else if (!affiliation && b.toks[bracketEnd(b, run.i) - 1]?.text === ')' && b.toks[bracketEnd(b, run.i) - 3]?.text === '(') {
    // "Royal Solomon Islands Police Force (RSIPF) Commissioner X": the body before its acronym.
    // ("Opposition Social Democratic Party (SDP) defence spokesman X": past a lower-case portfolio.)
    const body = b.mentions.find((m) => m.j === bracketEnd(b, run.i) - 3 && (m.type === 'organization' || m.type === 'unit'));
    if (body) affiliation = body;
    // ("United National Congress (UNC) deputy political leader X": a deputy's post, whose head does not lead.)
    if (body && kind === 'leader' && b.lowers.slice(bracketEnd(b, run.i), run.i).some((w) => b.lex.demoting.has(w))) kind = 'official';
  }
  // ("The SANDF's Chief of Joint Operations, X", "Kenya's Chief of Logistics": the chief of a field of a body or state serves it; he does not lead it.)
  if (kind === 'leader' && fieldOf && affiliation && FIELD_CHIEFS.has(head)) kind = 'official';
  // "led by their Chief of General Staff, X": whose staff the possessor says, not the dateline.
  if (complement && !complement.ownerState && POST_POSSESSIVES.has(wordAt(b.lowers, run.i - 1) ?? '')) complement.stateUnknown = true;
  // "Police Commissioner X", "the commissioner of the Constabulary": a police force's commissioner heads it.
  if (kind === 'official' && head === 'commissioner' && affiliation && POLICE.test(affiliation.surface) && !DEPUTY_ROLE.test(roleText)) kind = 'leader';
  const before = wordAt(b.lowers, run.i - 1);
  // The rank right before the name, kept for "the Senior General" later.
  const rankSeg = segs[p - 1]?.kind === 'title' && segs[p - 1]!.title === 'rank' && p - 1 > headIdx ? segs[p - 1]! : undefined;
  // ("the head of the RSF's negotiating team", "head of the FSLN delegation": who heads a body's team serves the body, not leads it.)
  if (kind === 'leader' && affiliation && affiliation.type !== 'state' && teamAfter(b.toks, run.j)) kind = 'official';
  const title = newTitle(canonicalRole(b.lex, roleText), head, kind, {
    rank: rankSeg ? lowersJoined(b, rankSeg.i, rankSeg.j) : undefined,
    affiliation: affiliation?.id,
    // ("China's Foreign Ministry criticized it, with spokesperson X warning ...": a lower-case post after ", with" is the body's.)
    // ("the mission's Force Commander, Major General X": a lower-case body word's possessive, as "its".)
    its: before === 'its' || before === 'their' || (before === "'s" && wordAt(b.lowers, run.i - 3) === 'the' && b.toks[run.i]!.cap && !b.toks[run.i - 2]!.cap && (b.lex.orgHeads.has(b.lowers[run.i - 2]!) || b.lex.unitHeads.has(b.lowers[run.i - 2]!))) || (before === 'with' && b.toks[run.i - 2]?.text === ',' && !b.toks[run.i]!.cap) || undefined,
    stateCode: affiliation?.type === 'state' ? affiliation.code : serviceState,
  });
  // (Not when a name follows the post: "A, Chairman of the Council and President B".)
  if (holder && segs[p]?.kind !== 'word') {
    if (affiliation && kind !== 'rank') pushRoleFact(b, holder, affiliation, title);
    if (p < segs.length) interpretPlain(b, segs.slice(p));
    return;
  }
  // The name after the title.
  let q = p;
  // ("Inspector General of the Kenya Police Service Douglas Wafula Simiyu": a first name that is also a capital's.)
  if (segs[q]?.kind === 'gaz' && segs[q]!.gaz?.kind === 'capital' && segs[q + 1]?.kind === 'word') q++;
  while (q < segs.length && (segs[q]!.kind === 'word' || (segs[q]!.kind === 'conn' && b.lex.particles.has(b.lowers[segs[q]!.i]!)))) q++;
  // "the Secretary General for Defence Investments and Armaments, X": an abstract plural ends the post; it names nobody.
  if (q > p && abstractPluralIn(b, segs, p, q)) q = p;
  // ("called on the Commander Karachi, Rear Admiral X": one word after a post, and a rank set off after it, name where the
  // post is held, not its holder.)
  // (No mention of the post either: the holder after the comma is the one met or named.)
  if (q === p + 1 && q === segs.length && segs[p]!.j - segs[p]!.i === 1 && kind !== 'rank' && b.toks[segs[p]!.j]?.text === ',' && titleAt(b, segs[p]!.j + 1)?.value === 'rank') return;
  if (q > p && kind !== 'rank' || (q > p && kinds.length)) {
    const person = addMention(b, segs[p]!.i, segs[q - 1]!.j, 'person', 'name', { title, lead: run.i });
    // "former Malawian vice-president X": no post now.
    if (person && affiliation && kind !== 'rank' && before !== 'former') pushRoleFact(b, person, affiliation, title);
    // "The Chairman of the X and Commander-in-Chief of the Y, General Z": the first post, written before "and", is Z's too.
    const pending = b.pendingPost;
    if (person && pending && pending.end === run.i - 1) {
      pushRoleFact(b, person, pending.affiliation, pending.post.title!);
      b.mentions.splice(b.mentions.indexOf(pending.post), 1);
      person.lead = pending.post.i;
      b.pendingPost = undefined;
    }
    if (q < segs.length) interpretPlain(b, segs.slice(q));
    return;
  }
  // "Khabil Narwani, Secretary of the Security Council of X, attended": the title follows the name.
  // (Not when a ranked name follows the post, past its body's acronym: "A, Chief of the Kenya Defence Forces (KDF) General B".)
  if (b.toks[run.i - 1]?.text === ',' && kind !== 'rank' && !rankedNameAfter(b, titleEndTok)) {
    const named = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && m.j === run.i - 1);
    if (named && (!named.title || named.title.kind === 'rank') && !titledBefore(b, named)) {
      // ("General X, Chief of Staff of the Joint Staff ...": the rank is kept for "the Japanese general" later.)
      if (named.title && title.rank === undefined) title.rank = named.title.head;
      named.title = title;
      if (affiliation) pushRoleFact(b, named, affiliation, title);
      b.apposedPost = { holder: named, end: titleEndTok };
      if (p < segs.length) interpretPlain(b, segs.slice(p));
      return;
    }
  }
  // ("Accompanying Ms X was the TPDF Chief of Defence Forces, General Y": not when the holder is set off after the post.)
  // ("Among the guests was Namibia's Minister of Defence, Ndapewa Shivute": or a name of two capitalised words closed after them.)
  const namedAfter = (k: number): boolean => !!b.toks[k]?.cap && b.toks[k]!.kind === 'w' && !b.lex.functionWords.has(b.lowers[k]!) && !!b.toks[k + 1]?.cap && b.toks[k + 1]!.kind === 'w' && (b.toks[k + 2]?.kind === 'p' || b.toks[k + 2] === undefined);
  const holderAfter = b.toks[titleEndTok]?.text === ',' && (titleAt(b, titleEndTok + 1)?.value === 'rank' || namedAfter(titleEndTok + 1));
  const predicate = !holderAfter && (PREDICATE_VERBS.has(before ?? '') || PREDICATE_VERBS.has(wordAt(b.lowers, run.i - 2) ?? '') || newPostAfterPredicate(b, run.i));
  // "the Saudi general": a rank after "the" and a demonym refers back to the officer.
  // "The Senior General expressed thanks": a capitalised rank alone after "the" refers back to the officer too.
  const rankAlone = before === 'the' && RANK_ANAPHORS.has(head.split(/[\s-]/).pop()!) && (segs[0]!.kind === 'gaz' || (segs.length === 1 && b.toks[segs[0]!.i]!.cap));
  if (kind !== 'rank' || rankAlone) {
    const post = addMention(b, segs[0]!.i, titleEndTok, 'person', 'title', { title: newTitle(title.role, title.head, title.kind, { affiliation: title.affiliation, its: title.its, stateCode: title.stateCode, predicate: predicate || undefined }) });
    if (post && affiliation && b.lowers[titleEndTok] === 'and' && p === segs.length) b.pendingPost = { post, affiliation, end: titleEndTok };
  }
  if (p < segs.length) interpretPlain(b, segs.slice(p));
}

/** Token after a bracket that may close before a post at `i`, past lower-case portfolio words ("(SDP) defence spokesman"). */
function bracketEnd(b: Builder, i: number): number {
  let k = i;
  while (k > i - 3 && b.toks[k - 1]?.kind === 'w' && !b.toks[k - 1]!.cap && b.lex.portfolio.has(b.lowers[k - 1]!)) k--;
  return k;
}

/** Leading posts that name a field of their body after "of" ("Chief of Joint Operations", "Director of Operations"). */
const FIELD_CHIEFS = new Set(['chief', 'head', 'director', 'commander']);

/** Words of a field that is a whole service's ("Chief of Naval Operations", "Chief of Defence Staff"): a service's words, "general", "marine". */
const SERVICE_FIELDS = new Set([...COMMAND_AREA_SERVICES, 'general', 'marine']);

/** Heads of the bodies that serve a post-holder and are named after the post ("the Office of the President"). */
const POST_OFFICES = new Set(['office', 'secretariat', 'chancellery', 'administration']);

/**
 * "the Office of the President reported", "the Office of the National Security Adviser": an office named after the post
 * it serves, with no name after the post, is a body (owned by the state named after the post); nobody holds the post here.
 */
function officeOfPost(b: Builder, run: Run): boolean {
  const segs = run.segs;
  if (segs.length < 3 || segs[0]!.kind !== 'word' || !POST_OFFICES.has(b.lowers[segs[0]!.j - 1]!) || segs[1]!.kind !== 'conn' || b.lowers[segs[1]!.i] !== 'of') return false;
  let k = 2;
  while (k < segs.length && isPortfolioWord(b, segs[k])) k++;
  if (segs[k]?.kind !== 'title' || segs[k]!.title === 'rank') return false;
  k++;
  const state = segs[k]?.kind === 'conn' && b.lowers[segs[k]!.i] === 'of' && segs[k + 1]?.kind === 'gaz' && segs[k + 1]!.gaz?.kind === 'state' && k + 2 === segs.length ? segs[k + 1] : undefined;
  if (k !== segs.length && !state) return false;
  const m = addMention(b, run.i, run.j, 'organization', 'name', { head: b.lowers[segs[0]!.j - 1]! });
  const owner = state ? gazMention(b, state) : undefined;
  if (m && owner?.code) {
    owner.nested = true;
    m.owner = owner.id;
    m.ownerState = owner.code;
  }
  return true;
}

/** A rank and a capitalised name stand at `k`, past a short bracket ("(KDF) General Nicholas ..."). */
function rankedNameAfter(b: Builder, k: number): boolean {
  const at = b.toks[k]?.text === '(' && b.toks[k + 2]?.text === ')' ? k + 3 : k;
  const rank = titleAt(b, at);
  return rank?.value === 'rank' && !!b.toks[at + rank.length]?.cap;
}

/** Heads of posts only a body has: a company's or an agency's, never a person's ("Putin's spokesman" is). */
const BODY_POSTS = new Set(['director', 'director-general', 'director general', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'chief executive', 'managing director', 'general manager', 'secretary-general', 'secretary general', 'executive director', 'president', 'vice-president', 'vice president']);

/** The possessor of a title ("Itaipu Binacional's [Brazilian] director-general"): a name guessed a person is the body whose post it is. */
/** Armed services a post may be named with after a state's possessive ("Azerbaijan's Land Forces Commander"). */
const POST_SERVICES = new Set(['army', 'navy', 'air force', 'land forces', 'naval forces', 'ground forces', 'air forces', 'coast guard', 'national guard', 'marine corps']);

/**
 * "Azerbaijan's Land Forces Commander": a state, its possessive and a service's name before the post (segments `pre`,
 * the post's head at token `headAt`): the service, owned by the state.
 */
function stateServiceBefore(b: Builder, pre: Seg[], headAt: number): Mention | undefined {
  // ("Turkish Land Forces Commander General X": or the state's demonym.)
  // (Only when the post's words hold the service: "Russian Navy Commander" names the navy as any name.)
  const from = pre[0]?.gaz?.kind === 'demonym' ? 1 : 2;
  if (pre.length < from || pre.length > (from === 1 ? 1 : 4) || pre[0]!.kind !== 'gaz' || pre[0]!.gaz?.kind !== (from === 1 ? 'demonym' : 'state') || (from === 2 && pre[1]!.kind !== 'poss') || pre.slice(from).some((x) => x.kind !== 'word')) return undefined;
  // (The service's words may have been read as the post's portfolio: up to the post's head then.)
  const i = pre[from - 1]!.j;
  const j = pre.length > from ? pre[pre.length - 1]!.j : headAt;
  if (j <= i) return undefined;
  const core = lowersJoined(b, i, j);
  if (!POST_SERVICES.has(core)) return undefined;
  const state = b.mentions.find((m) => m.i === pre[0]!.i && m.type === 'state') ?? gazMention(b, pre[0]!);
  const m = addMention(b, i, j, 'organization', 'name', { head: b.lowers[j - 1]!, core, nested: true });
  if (m && state?.code) {
    m.owner = state.id;
    m.ownerState = state.code;
    m.label = stateBodyLabel(b.lex, core, state.code) ?? m.label;
    m.core = normAlias(m.label ?? core);
    if (from === 1) m.aliases.push(wordsText(b, pre[0]!.i, j));
  }
  return m;
}

/** "the Forum's Secretary General, X": a forum alone before the possessive of a post, a body named before. */
function possessingForum(b: Builder, pre: Seg[]): Mention | undefined {
  const s0 = pre[0]!;
  if (pre.length !== 2 || s0.kind !== 'word' || s0.j - s0.i !== 1 || !BODY_GATHERINGS.has(b.lowers[s0.i]!)) return undefined;
  return addMention(b, s0.i, s0.j, 'organization', 'definite', { head: b.lowers[s0.i]! });
}

function bodyOwner(b: Builder, segs: Seg[], head: string): Mention | undefined {
  const owner = interpretPlain(b, segs);
  if (owner?.type === 'person' && owner.via === 'name' && !owner.title && BODY_POSTS.has(head) && !b.known.aliasType(owner.core ?? normAlias(owner.surface)) &&
    !segs.some((s) => b.known.personToken(b.lowers[s.i]!))) owner.type = 'organization';
  return owner;
}

/** "Guyana's President, Dr X, Jamaica's Prime Minister, Y": X is the apposition of the title before it. */
function titledBefore(b: Builder, named: Mention): boolean {
  let k = named.i - 1;
  while (k > 0 && b.lex.titles.match(b.lowers, k)?.value === 'rank' && b.toks[k - 1]?.text !== ',') k--;
  if (b.lex.titles.match(b.lowers, k)?.value === 'rank') k--;
  return tokAt(b.toks, k)?.text === ',' && b.mentions.some((m) => m.via === 'title' && m.j === k && m.title?.affiliation !== undefined);
}

function lastNonRank(segs: Seg[], f: number, p: number): number {
  let end = segs[p - 1]!.j;
  for (let k = p - 1; k >= f; k--) {
    const s = segs[k]!;
    if (s.kind === 'title' && s.title === 'rank' && k > f) end = s.i;
    else break;
  }
  return end;
}

/** "Turkish Chief of General Staff": a state body named in the title without its state is the affiliation's. */
function ownStateBody(b: Builder, body: Mention, state: Mention): void {
  if (body.type !== 'organization' || body.owner !== undefined || !body.core || !isStateBodyCore(body.core) || !state.code) return;
  body.owner = state.id;
  body.ownerState = state.code;
  body.label = stateBodyLabel(b.lex, SERVICE_STAFFS.get(body.core) ?? body.core, state.code) ?? body.label;
  state.nested = true;
}

/** LEADER_OF or OFFICIAL_OF from a title, when the affiliation allows it. */
export function pushRoleFact(b: Builder, person: Mention, affiliation: Mention, title: TitleInfo): void {
  const type = title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF';
  if (type === 'OFFICIAL_OF' && affiliation.type === 'unit') return;
  b.facts.push({ type, source: person.id, target: affiliation.id, role: title.role });
}

// Entity stage, titles and structural facts: give each titled person their affiliation when
// the title did not name it ("its Secretary X" → the organization just named; "The Russian
// delegation included Foreign Minister X" → the state named before), record titles on the
// person, and turn the facts of a sentence into relation candidates between entities.
import { allowsEdge } from '../ontology.js';
import { addLed, addServed, newCandidate, newTitle, type Candidate, type EntityRec, type Mention, type SentenceUnit, type TitleInfo } from './model.js';
import { acronymEntity, madeSovereignState, type DocEntities } from './resolve.js';
import { cityStates } from './cities.js';
import { canonicalRole, HOUSE_MEMBERS, STATE_TITLES, titleKind } from './roles.js';
import { clauseStart, PASSIVE_AUX } from './clauses.js';
import { lowerWordsIn, pastBracket } from './tokens.js';
import { unnamed } from './unnamed.js';
import { wordClass } from './word-classes.js';
import { getLexicon } from './lexicon.js';
import { PARTY_ADJECTIVES, stateBodyLabel } from './names.js';
import { LOWER_SERVICES } from './runs.js';
import { stateOfPerson } from './anaphora.js';

function nearestBefore(unit: SentenceUnit, m: Mention, pred: (x: Mention) => boolean): Mention | undefined {
  const ms = unit.mentions;
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k]!;
    if (x.j <= m.i && x.entity !== undefined && pred(x)) return x;
  }
  return undefined;
}

/** "his Indonesian counterpart, X, ... called on President Y": the demonym of a counterpart's post sets the scene's state. */
function counterpartDemonym(unit: SentenceUnit, x: Mention): boolean {
  return unit.mentions.some((p) => p.type === 'person' && p.lead !== undefined && p.lead <= x.i && x.j <= p.i && unit.toks.slice(x.j, p.i).some((t) => t.lower === 'counterpart'));
}

/** "Prime Minister Philip Rolle of The Bahamas": the state named right after the name. */
function stateAfterName(d: DocEntities, unit: SentenceUnit, m: Mention, t: TitleInfo): Mention | undefined {
  if (unit.toks[m.j]?.lower !== 'of') return undefined;
  let at = unit.toks[m.j + 1]?.lower === 'the' ? m.j + 2 : m.j + 1;
  // ("Senator X of the opposition Y Party (PLRA)": a legislator's party.)
  const member = HOUSE_MEMBERS.has(t.head);
  if (member && PARTY_ADJECTIVES.has(unit.toks[at]?.lower ?? '')) at++;
  // ("Opposition spokesman X of the People's National Party": any post's party, named as one.)
  // ("Prime Minister X of the Government of National Unity (GNU)": a government named as a body.)
  return unit.mentions.find((x) => x.i === at && x.entity !== undefined && !x.demonym && (d.list[x.entity]!.type === 'state' || (d.list[x.entity]!.type === 'organization' && (member || d.list[x.entity]!.head === 'party' || (d.list[x.entity]!.head === 'government' && x.via === 'name')))));
}

/** "Trinidad and Tobago, whose ..., was represented by Foreign Minister X", "while Y sent Deputy Minister Z": the state that opens the sentence or the verb's clause. */
function representedState(d: DocEntities, unit: SentenceUnit, m: Mention): Mention | undefined {
  const toks = unit.toks;
  const lead = m.lead ?? m.i;
  const v = fieldingVerb(toks, lead);
  if (v < 0) return undefined;
  // ("while Bosnia and Herzegovina sent Deputy Defence Minister X": the one state that opens the verb's clause.)
  const states = subjectStates(d, unit, v);
  if (states.length === 1) return unit.mentions.find((x) => x.entity === states[0] && x.i < v);
  if (toks[v]!.lower !== 'represented') return undefined;
  const first = unit.mentions.find((x) => x.entity !== undefined && !x.nested);
  return first && first.i <= 1 && d.list[first.entity!]!.type === 'state' && !first.demonym ? first : undefined;
}

/**
 * "a delegation of the Islamic Emirate of Afghanistan led by Deputy Minister X": the state whose delegation X leads.
 * ("a delegation of the Russian Ministry of Defence, headed by Deputy Minister X": or the body, whom X serves.)
 */
function delegationState(d: DocEntities, unit: SentenceUnit, m: Mention): Mention | undefined {
  if (m.leadsGroup === undefined || m.leadsGroup < 0) return undefined;
  const body = unit.mentions.find((x) => x.id === m.leadsGroup);
  const type = body?.entity !== undefined ? d.list[body.entity]!.type : undefined;
  // (Not a member of the house a body belongs to: "a delegation of the Defence Commission ..., headed by its chairman, deputy X".)
  // ("a delegation of the Lao People's Army led by Deputy Minister of National Defence X": a minister serves his state, not the
  // army that sent the delegation.)
  if (type === 'organization' && MINISTER_ROLE.test(m.title?.role ?? '') && FORCE_NAME.test(d.list[body!.entity!]!.label)) return undefined;
  return type === 'state' || (type === 'organization' && !HOUSE_MEMBERS.has(m.title?.head ?? '')) ? body : undefined;
}


/** "signed for Pakistan by X", "for Kinshasa by X": the mention X signs for, if any. */
function signedFor(unit: SentenceUnit, m: Mention): Mention | undefined {
  const toks = unit.toks;
  const lead = m.lead ?? m.i;
  if (toks[lead - 1]?.lower !== 'by') return undefined;
  return unit.mentions.find((y) => y.j === lead - 1 && y.entity !== undefined && !y.demonym && toks[y.i - 1]?.lower === 'for');
}

/** "signed for Pakistan by Defence Secretary X": the state X signs for. */
function signedForState(d: DocEntities, unit: SentenceUnit, m: Mention): Mention | undefined {
  const x = signedFor(unit, m);
  return x && d.list[x.entity!]!.type === 'state' ? x : undefined;
}

/** "signed for Kinshasa by Defence Minister X": the state of the capital X signs for. */
function signedForCapital(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const x = signedFor(unit, m);
  const e = x ? d.list[x.entity!]! : undefined;
  return e && e.type === 'place' && e.code && d.lex.capitalOf.get(e.label.toLowerCase()) === e.code ? d.find('state:', e.code) : undefined;
}

/** "In Tehran, X said": the state of a capital fronting the sentence, for a person named after its comma. */
function settingState(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const code = settingCode(d, unit, m);
  return code ? d.find('state:', code) : undefined;
}

/** The state or territory code of the capital a fronted "In CAPITAL," sets the clause of `m` in, if any. */
function settingCode(d: DocEntities, unit: SentenceUnit, m: Mention): string | undefined {
  const toks = unit.toks;
  if (toks[0]?.lower !== 'in' || (m.lead ?? m.i) < 3) return undefined;
  const place = unit.mentions.find((x) => x.i === 1 && x.entity !== undefined);
  // Anyone named in the clause the place opens ("In Tripoli, the head of the GNU, Prime Minister X, thanked ...").
  if (!place || toks[place.j]?.text !== ',' || clauseStart(toks, m.lead ?? m.i) > 0) return undefined;
  const e = d.list[place.entity!]!;
  return e.type === 'place' ? e.code : undefined;
}

/** Seats of a post-holder, named after the holder's possessive ("the Prime Minister's official residence"). */
const SEATS = new Set(['residence', 'palace', 'office', 'offices', 'home', 'compound']);

/**
 * "soldiers stormed Prime Minister X's official residence in Maseru": the seat of a post in a city or state names the
 * post's state (made when not named yet).
 */
function residenceState(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  if (toks[m.j]?.lower !== "'s") return undefined;
  let k = m.j + 1;
  while (k < m.j + 3 && toks[k]?.kind === 'w' && !toks[k]!.cap && !SEATS.has(toks[k]!.lower)) k++;
  if (!SEATS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'in') return undefined;
  const place = unit.mentions.find((x) => x.i === k + 2 && x.entity !== undefined);
  return place ? stateOfPlace(d, place, true) : undefined;
}

/** What one conveys from a post-holder ("conveyed the greetings of Prime Minister X", "handed over a letter from President Y"). */
const CONVEYED = new Set(['greetings', 'regards', 'message', 'letter', 'wishes']);

/**
 * "General X, who arrived in the Kingdom on Tuesday, ... conveyed the greetings of Prime Minister Y": a post-holder whose
 * greetings, message or letter someone brings is of the bringer's state (the first person of the sentence tied to one).
 */
function conveyedFromState(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  const at = m.lead ?? m.i;
  const k = toks[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  if ((toks[k]?.lower !== 'of' && toks[k]?.lower !== 'from') || !CONVEYED.has(toks[k - 1]?.lower ?? '')) return undefined;
  let first: string | undefined;
  let firstAt = k;
  for (const x of unit.mentions) {
    const e = x.i < firstAt && x.entity !== undefined ? d.list[x.entity]! : undefined;
    const code = e?.type === 'person' ? stateOfPerson(d, e) ?? titleStateIn(unit, x) : undefined;
    if (code) [first, firstAt] = [code, x.i];
  }
  return first ? d.find('state:', first) : undefined;
}

/** The state of the body a person's title in this sentence names ("Turkey's Chief of General Staff, General X"). */
function titleStateIn(unit: SentenceUnit, m: Mention): string | undefined {
  const t = m.title;
  if (!t || t.kind === 'rank') return undefined;
  if (t.stateCode) return t.stateCode;
  const body = t.affiliation !== undefined ? unit.mentions.find((x) => x.id === t.affiliation) : undefined;
  return body?.type === 'state' ? body.code : body?.ownerState;
}

/** Verbs of a journey to a place ("who had flown to Tirana"). */
const JOURNEYED = new Set(['flown', 'flew', 'travelled', 'traveled']);

/**
 * "X, who is visiting Manila, met President Y", "X, who arrived in Tunis on Tuesday, was received by President Y": a
 * post named bare after a visit or an arrival in a place or state in the same sentence is the host's, not the dateline's.
 */
function visitedState(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  const at = m.lead ?? m.i;
  for (let k = 0; k < at - 2; k++) {
    // ("The Libyan minister, who arrived in Tunis on Tuesday, was received by President Y": an arrival too.)
    // ("Cantamessa, who had flown to Tirana on Sunday evening, also held talks with Prime Minister Y": a journey there too.)
    const arrived = ((toks[k]!.lower === 'arrived' || toks[k]!.lower === 'arriving') && toks[k + 1]?.lower === 'in') || (JOURNEYED.has(toks[k]!.lower) && toks[k + 1]?.lower === 'to');
    if (toks[k]!.lower !== 'visiting' && !arrived) continue;
    const p = arrived ? k + 1 : k;
    const q = toks[p + 1]?.lower === 'the' ? p + 2 : p + 1;
    const place = unit.mentions.find((x) => x.i === q && x.entity !== undefined && x.j < at);
    // (A capital's state named nowhere yet is made: the visit to it is a visit to the state too.)
    return place ? stateOfPlace(d, place, true) : undefined;
  }
  return undefined;
}

/** The state mention `place` names, or the state of the capital it names (made, when `make`, if named nowhere yet). */
function stateOfPlace(d: DocEntities, place: Mention, make: boolean): EntityRec | undefined {
  const e = d.list[place.entity!]!;
  if (e.type === 'state') return e;
  if (e.type !== 'place' || !e.code) return undefined;
  return d.find('state:', e.code) ?? (make ? madeSovereignState(d, e.code, place.start) : undefined);
}

/** Forms of "call" before "on" and a host ("called on President Y"). */
const CALLED = new Set(['called', 'calls', 'call']);

/** Verbs of hosting a visitor before "by" and the host ("was later received by Prime Minister Y"). */
const HOSTED_BY = new Set(['received', 'welcomed', 'hosted', 'greeted']);

/**
 * "Minister X arrived in Sofia on Monday for a visit to Bulgaria ... X ... was later received by Prime Minister Y":
 * the host of the sentence's subject, whom an earlier sentence told arrived in or visited a state other than the
 * dateline's, is that state's.
 */
function visitorsHost(d: DocEntities, unit: SentenceUnit, m: Mention, datelineState: string | undefined): EntityRec | undefined {
  const toks = unit.toks;
  const at = m.lead ?? m.i;
  // ("Earlier on Tuesday, Rawatkar called on President X": the one called on hosts the caller.)
  const calledOn = toks[at - 1]?.lower === 'on' && CALLED.has(toks[at - 2]?.lower ?? '');
  if (toks[at - 1]?.lower !== 'by' && !calledOn) return undefined;
  // ("was received at El Mouradia Palace by President X": past where the visitor was received.)
  let verb = at - 2;
  while (!calledOn && verb > at - 9 && verb > 0 && !HOSTED_BY.has(toks[verb]!.lower) && toks[verb]!.text !== ',') verb--;
  if (!calledOn && !HOSTED_BY.has(toks[verb]?.lower ?? '')) return undefined;
  // The visitor opens the sentence ("X, who arrived on Monday, was received by"), or, after a fronted phrase, stands
  // right before the passive's auxiliary ("On Tuesday, Ben Rejeb was received") or before "called on".
  const first = unit.mentions.find((x) => !x.nested && x.entity !== undefined && x.type === 'person');
  const subject = first && (first.lead ?? first.i) <= 1 ? first : unit.mentions.find((x) => !x.nested && x.entity !== undefined && x.type === 'person' && (calledOn ? x.j === verb : x.j === verb - 1 && PASSIVE_AUX.has(toks[verb - 1]?.lower ?? '')));
  if (!subject || subject === m) return undefined;
  for (let u = 0; u < unit.index; u++) {
    const before = d.units[u];
    if (!before) continue;
    for (const x of before.mentions) {
      if (x.entity !== subject.entity) continue;
      const state = stateVisitedAfter(d, before, x.j, datelineState);
      if (state && state.code !== datelineState) return state;
    }
  }
  return undefined;
}

/** "arrived in Sofia", "for a visit to Bulgaria" within the words after token `from`: the state arrived in or visited. */
function stateVisitedAfter(d: DocEntities, unit: SentenceUnit, from: number, home?: string): EntityRec | undefined {
  const toks = unit.toks;
  // ("returned to Tunis on Wednesday evening from a three-day working visit to Algeria": up to sixteen words on.)
  for (let k = from; k < Math.min(toks.length - 1, from + 16); k++) {
    const w = toks[k]!.lower;
    const arrived = (w === 'arrived' && toks[k + 1]?.lower === 'in') || (w === 'visit' && toks[k + 1]?.lower === 'to');
    if (!arrived) continue;
    const q = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const place = unit.mentions.find((x) => (x.i === q || x.i === k + 2) && x.entity !== undefined);
    // ("during Ahn's four-day visit to the country": a bare "the country" is the last state other than the home one.)
    if (!place && home && toks[q]?.lower === 'country' && toks[q - 1]?.lower === 'the') return d.recent(toks[q]!.start, (e) => e.type === 'state' && e.code !== home);
    return place ? stateOfPlace(d, place, false) : undefined;
  }
  return undefined;
}

/** ", who (had) arrived in X" or ", who is visiting X" right after the person `m`, X in state `code`: they are a visitor to it. */
function visitorAfter(d: DocEntities, unit: SentenceUnit, m: Mention, code: string | undefined): boolean {
  const toks = unit.toks;
  if (code && TRAVEL_VERBS.has(toks[m.j]?.lower ?? '')) return cameToHome(d, unit, m.j + 1, code);
  if (!code || toks[m.j]?.text !== ',' || toks[m.j + 1]?.lower !== 'who') return false;
  let k = m.j + 2;
  if (toks[k]?.lower === 'had' || toks[k]?.lower === 'has' || toks[k]?.lower === 'is' || toks[k]?.lower === 'was') k++;
  const arrived = toks[k]?.lower === 'arrived' && (toks[k + 1]?.lower === 'in' || toks[k + 1]?.lower === 'at');
  if (!arrived && toks[k]?.lower !== 'visiting') return false;
  const at = arrived ? k + 2 : k + 1;
  const place = unit.mentions.find((x) => (x.i === at || (x.i === at + 1 && toks[at]?.lower === 'the')) && x.entity !== undefined);
  const e = place ? d.list[place.entity!] : undefined;
  return !!e && (e.type === 'state' || e.type === 'place') && e.code === code;
}

/** Verbs of joining others somewhere, right after a holder's name ("Prime Minister X joined ... in Abidjan"); a minister
 * travelling within the home state ("travelled to the border city") is still its minister. */
const TRAVEL_VERBS = new Set(['joined']);

/** "joined some 40 heads of state in Abidjan on the weekend": "in" or "to" a place of state `code` within ten words from `k`. */
function cameToHome(d: DocEntities, unit: SentenceUnit, k: number, code: string): boolean {
  const toks = unit.toks;
  for (let q = k; q < k + 10 && q < toks.length && toks[q]!.kind !== 'p'; q++) {
    if (toks[q]!.lower !== 'in' && toks[q]!.lower !== 'to') continue;
    const at = toks[q + 1]?.lower === 'the' ? q + 2 : q + 1;
    const place = unit.mentions.find((x) => x.i === at && x.entity !== undefined);
    const e = place ? d.list[place.entity!] : undefined;
    // (A city that is no capital is of the state the gazetteer of cities gives it first.)
    if (e && (e.type === 'state' || e.type === 'place') && (e.code === code || (e.type === 'place' && !e.code && cityStates(e.label)[0] === code))) return true;
  }
  return false;
}

/**
 * "the Portuguese Minister of Foreign Affairs, A, and the Minister of National Defence, B": a minister's post named
 * without a state, coordinated right after another minister of a state, is of that state (its mention).
 */
function coordinatedPostState(unit: SentenceUnit, m: Mention): Mention | undefined {
  const toks = unit.toks;
  let k = (m.lead ?? m.i) - 1;
  // (Past the post set off before the name: "the Minister of National Defence, B".)
  const post = toks[k]?.text === ',' ? unit.mentions.find((x) => x.j === k && x.via === 'title') : undefined;
  if (post) k = post.i - 1;
  if (toks[k]?.lower !== 'the') return undefined;
  k--;
  if (toks[k]?.lower !== 'and') return undefined;
  if (toks[k - 1]?.text === ',') k--;
  const prev = unit.mentions.find((x) => x.j === k && x.type === 'person' && x.via === 'name' && x.title?.stateCode !== undefined && x.title.affiliation !== undefined);
  if (!prev || !MINISTER_ROLE.test(m.title?.role ?? '') || !MINISTER_ROLE.test(prev.title!.role)) return undefined;
  return unit.mentions.find((x) => x.id === prev.title!.affiliation && x.type === 'state');
}

/** Secretaries of a state's departments ("Foreign Secretary" in London, Delhi or Dhaka), unlike a party's secretary. */
const STATE_SECRETARIES = /^(?:foreign|home|defen[cs]e|interior|finance|cabinet|foreign affairs) secretary$/i;
/** "Transportation Secretary", "Energy and Mines Secretary", "Secretary of National Defense": a department's secretary named by its portfolio words only. */
// ("Defence Cabinet Secretary", Kenyan style: the portfolio words before "Cabinet Secretary".)
function portfolioSecretary(d: DocEntities, role: string): boolean {
  const words = role.toLowerCase().split(' ');
  // ("the Secretary of National Defense, General X", Mexican style: the portfolio words after "of".)
  if (words.length >= 3 && words.length <= 5 && words[0] === 'secretary' && words[1] === 'of') return words.slice(2).every((w) => w === 'and' || d.lex.portfolio.has(w));
  if (words.length > 2 && words[words.length - 2] === 'cabinet') words.splice(words.length - 2, 1);
  if (words.length < 2 || words.length > 4 || words[words.length - 1] !== 'secretary') return false;
  for (let k = 0; k < words.length - 1; k++) if (words[k] !== 'and' && !d.lex.portfolio.has(words[k]!)) return false;
  return true;
}

/** Posts of a government itself ("Government spokesman X"): in home copy, the dateline state's. */
const GOVERNMENT_POSTS = /^(?:government|presidential) spokes(?:man|woman|person)$/i;
/** A government minister's post by its canonical role ("Minister of the Interior", "Interior Minister"), not a church's or a party's. */
const MINISTER_ROLE = /^minister[- ]delegate\b|^(?:(?:deputy|vice|first|acting) )?minister (?:of|for) (?!(?:the )?(?:church|party|religion)\b)|^[a-z]+(?: [a-z]+)? minister$/i;
const PREPS = new Set(['to', 'in', 'into', 'from', 'of', 'at', 'with', 'by', 'for', 'on', 'against', 'toward', 'towards']);

/** "former" (or "ex-") opens the titled name of `m`. */
function formerTitle(unit: SentenceUnit, m: Mention): boolean {
  for (let k = (m.lead ?? m.i) - 1; k >= Math.max(0, (m.lead ?? m.i) - 2); k--) {
    const w = unit.toks[k]!.lower;
    if (w === 'former' || w === 'ex' || w === 'late') return true;
    if (!unit.toks[k]!.cap) break;
  }
  return false;
}

/**
 * "Foreign ministers A of Djibouti and B of Eritrea": a plural role word before a list of
 * "NAME of STATE" gives each person that post in their state.
 */
const COUNTRY_NOUNS = new Set(['countries', 'states', 'nations', 'governments']);
/** Plurals of the words titles start with ("ministers"): a sentence with none has no plural role word. */
const PLURAL_TITLE_START = wordClass(() => [...getLexicon().titles.firstWords()].map(pluralOf));

/** The plural of a post's word ("ministers", "secretaries"). */
function pluralOf(w: string): string {
  return /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
}

/** The singular of a plural post's word: "secretaries" → "secretary", "ministers" → "minister". */
function singularOf(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
}

function pluralRoleList(d: DocEntities, unit: SentenceUnit): void {
  if ((unit.classes & PLURAL_TITLE_START) === 0) return;
  const toks = unit.toks;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    // (A plural role word, tested first: the list checks below look at several tokens.)
    if (w.length < 5 || !w.endsWith('s')) continue;
    k = pluralRoleAt(d, unit, k, w);
  }
}

/**
 * pluralRoleList at the plural word `w` at token `k`: the facts of the list after it; returns the token the
 * scan goes on after. (A function of its own: the arrows below, reading variables of a loop turn, would
 * make V8 allocate a context at every token of the scan.)
 */
function pluralRoleAt(d: DocEntities, unit: SentenceUnit, k: number, w: string): number {
  const toks = unit.toks;
  // "Foreign ministers A of X", "the interior ministers, A of X and Y's B".
  // "the foreign ministers of the three countries, Cyprus's A, Greece's B and Egypt's C".
  const ofCountries = toks[k + 1]?.lower === 'of' && toks[k + 2]?.lower === 'the' && COUNTRY_NOUNS.has(toks[k + 4]?.lower ?? '') && toks[k + 5]?.text === ',';
  const listAt = ofCountries ? k + 6 : toks[k + 1]?.text === ',' ? k + 2 : k + 1;
  if (!toks[listAt]?.cap && toks[k + 1]?.lower !== 'of') return k;
  // ("the prime ministers of A and B": a post of two words, "prime minister", says what they are.)
  const two = k > 0 ? d.lex.titles.match([toks[k - 1]!.lower, singularOf(w)], 0) : undefined;
  const title = two?.length === 2 ? two : d.lex.titles.match([singularOf(w)], 0);
  if (!title || title.value === 'rank') return k;
  let from = k;
  while (from > 0 && d.lex.portfolio.has(toks[from - 1]!.lower) && !d.lex.functionWords.has(toks[from - 1]!.lower)) from--;
  const roleText = `${unit.text.slice(toks[from]!.start - unit.start, toks[k]!.start - unit.start)}${singularOf(w)}`;
  const role = canonicalRole(d.lex, roleText);
  const kind = titleKind(d.lex, roleText, [title.value]);
  if (respectively(d, unit, k, kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', role, singularOf(w))) return k;
  if (fieldedByStates(d, unit, two?.length === 2 ? Math.min(from, k - 1) : from, listAt, kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', role, singularOf(w))) return k;
  if (!toks[listAt]?.cap) return k;
  let q = listAt;
  const isState = unnamed((m: Mention): boolean => namedState(d, m));
  for (let n = 0; n < 6; n++) {
    // "Senegal's Ousmane Diatta": the state first, as a possessor.
    const possessor = unit.mentions.find((m) => m.i === q && isState(m) && toks[m.j]?.lower === "'s");
    const person = unit.mentions.find((m) => m.i === (possessor ? possessor.j + 1 : q) && m.type === 'person' && m.entity !== undefined && !m.title);
    if (!person) break;
    let state = possessor;
    if (!state) {
      if (toks[person.j]?.lower !== 'of') break;
      const at = toks[person.j + 1]?.lower === 'the' ? person.j + 2 : person.j + 1;
      state = unit.mentions.find((m) => m.i === at && isState(m));
    }
    if (!state) break;
    unit.facts.push({ type: kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: person.id, target: state.id, role });
    q = Math.max(state.j, person.j);
    if (toks[q]?.text === ',') q++;
    if (toks[q]?.lower === 'and') q++;
  }
  return q;
}

/** A state named as such ("Rwanda", "the DRC"), not by its demonym. */
function namedState(d: DocEntities, m: Mention): boolean {
  return m.entity !== undefined && d.list[m.entity]!.type === 'state' && !m.demonym;
}

/**
 * "The Presidents of the DRC and Rwanda, A and B", "the foreign ministers of the two countries, A and
 * B": a plural post of listed states, then as many people, pairs them in order.
 */
function respectively(d: DocEntities, unit: SentenceUnit, k: number, type: 'LEADER_OF' | 'OFFICIAL_OF', role: string, head: string): boolean {
  const toks = unit.toks;
  if (toks[k + 1]?.lower !== 'of') return false;
  const isState = unnamed((m: Mention): boolean => namedState(d, m));
  const states: number[] = [];
  let q = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  const group = unit.mentions.find((m) => (m.lead ?? m.i) <= q && m.i >= k + 2 && m.via === 'group' && m.group && m.group.length >= 2 && d.list[m.group[0]!]!.type === 'state');
  if (group) {
    // (In the order the document first named them.)
    states.push(...[...group.group!].sort((a, b) => a - b));
    q = group.j;
  } else {
    for (let n = 0; n < 6; n++) {
      if (toks[q]?.lower === 'the') q++;
      const st = unit.mentions.find((m) => m.i === q && isState(m));
      if (!st) break;
      states.push(st.entity!);
      q = st.j;
      // "the Democratic Republic of Congo (DRC) and Rwanda": past an acronym.
      q = pastBracket(toks, q);
      if (toks[q]?.text === ',' && toks[q + 1]?.lower !== 'and' && unit.mentions.some((m) => m.i === q + 1 && isState(m))) q++;
      else if (toks[q]?.lower === 'and') q++;
      else break;
    }
  }
  if (states.length < 2 || toks[q]?.text !== ',') return false;
  return pairPeopleWithStates(d, unit, states, q + 1, type, role, head);
}

/**
 * As many named people as `states` from token `at` ("A, B and C"), each given the post in the state of the same rank; false
 * (and no facts) when fewer people are named there.
 */
function pairPeopleWithStates(d: DocEntities, unit: SentenceUnit, states: number[], at: number, type: 'LEADER_OF' | 'OFFICIAL_OF', role: string, head: string): boolean {
  const toks = unit.toks;
  const people: Mention[] = [];
  let q = at;
  for (let n = 0; n < states.length; n++) {
    const person = unit.mentions.find((m) => (m.lead ?? m.i) === q && m.type === 'person' && m.via === 'name' && m.entity !== undefined);
    if (!person) return false;
    people.push(person);
    q = person.j;
    if (toks[q]?.text === ',') q++;
    if (toks[q]?.lower === 'and') q++;
  }
  people.forEach((p, n) => {
    unit.facts.push({ type, source: p.id, target: states[n]!, targetEntity: true, role });
    // Recorded on the person, so that a later bare "President X" is not given the dateline's state.
    d.list[p.entity!]!.titles.push(newTitle(role, head, type === 'LEADER_OF' ? 'leader' : 'official', { stateCode: d.list[states[n]!]!.code }));
  });
  return true;
}

/**
 * The token a state subject's verb of fielding officials ends on before a post starting at `from` ("Albania and Croatia
 * were represented by their defence ministers", "Serbia and Slovenia sent state secretaries", "X sent Deputy Minister
 * Y"): the index of "sent" or "represented", else -1.
 */
function fieldingVerb(toks: SentenceUnit['toks'], from: number): number {
  let p = from - 1;
  if (toks[p]?.lower === 'their' || toks[p]?.lower === 'its') p--;
  if (toks[p]?.lower === 'sent') return p;
  return toks[p]?.lower === 'by' && toks[p - 1]?.lower === 'represented' ? p - 1 : -1;
}

/**
 * The named states that open the clause of the verb at `v` and are its subject, in order ("Serbia and Slovenia, which
 * have observer status, sent"): past a relative clause between them and the verb; empty when the clause opens otherwise.
 */
export function subjectStates(d: DocEntities, unit: SentenceUnit, v: number): number[] {
  const toks = unit.toks;
  let end = v;
  if (toks[end - 1]?.lower === 'were' || toks[end - 1]?.lower === 'was') end--;
  let cs = clauseStart(toks, end);
  // (", which have observer status,": the relative clause's own start; the subject ends at its comma.)
  if (cs > 1 && toks[cs - 2]?.text === ',' && (toks[cs - 1]?.lower === 'which' || toks[cs - 1]?.lower === 'who') && toks[end - 1]?.text === ',') {
    end = cs - 2;
    cs = clauseStart(toks, end);
  }
  const isState = unnamed((m: Mention): boolean => namedState(d, m));
  const states: number[] = [];
  let q = cs;
  while (q < end) {
    if (toks[q]?.lower === 'the') q++;
    const st = unit.mentions.find((m) => m.i === q && isState(m));
    if (!st) return [];
    states.push(st.entity!);
    q = st.j;
    if (toks[q]?.text === ',' && toks[q + 1]?.lower !== 'and' && q + 1 < end) q++;
    else if (toks[q]?.lower === 'and' || (toks[q]?.text === ',' && toks[q + 1]?.lower === 'and')) q += toks[q]!.text === ',' ? 2 : 1;
    else break;
  }
  return q === end ? states : [];
}

/**
 * "Albania, Croatia and North Macedonia were represented by their defence ministers, A, B and C respectively",
 * "Serbia and Slovenia sent state secretaries A and B": a plural post (from token `from`, its people from `listAt`)
 * fielded by the states that open the clause pairs them in order with as many people.
 */
function fieldedByStates(d: DocEntities, unit: SentenceUnit, from: number, listAt: number, type: 'LEADER_OF' | 'OFFICIAL_OF', role: string, head: string): boolean {
  const toks = unit.toks;
  const v = fieldingVerb(toks, from);
  if (v < 0) return false;
  const states = subjectStates(d, unit, v);
  return states.length >= 2 && pairPeopleWithStates(d, unit, states, listAt, type, role, head);
}

/**
 * "the minehunter Korčula, whose commanding officer is Lieutenant Commander X,": the person a post of the body or unit
 * just named is said to be holds that post.
 */
function whosePostIs(d: DocEntities, unit: SentenceUnit): void {
  const toks = unit.toks;
  const lowers = toks.map((t) => t.lower);
  for (let k = 1; k + 3 < toks.length; k++) {
    if (lowers[k] !== 'whose' || toks[k - 1]!.text !== ',') continue;
    const title = d.lex.titles.match(lowers, k + 1);
    if (!title || title.value === 'rank') continue;
    const v = k + 1 + title.length;
    if (lowers[v] !== 'is' && lowers[v] !== 'was') continue;
    const person = unit.mentions.find((m) => (m.lead ?? m.i) === v + 1 && m.type === 'person' && m.via === 'name' && m.entity !== undefined);
    const body = unit.mentions.find((m) => m.j === k - 1 && !m.nested && m.entity !== undefined && (d.list[m.entity]!.type === 'unit' || d.list[m.entity]!.type === 'organization'));
    if (!person || !body) continue;
    const roleText = unit.text.slice(toks[k + 1]!.start - unit.start, toks[v - 1]!.end - unit.start);
    unit.facts.push({ type: title.value === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: person.id, target: body.id, role: canonicalRole(d.lex, roleText) });
  }
}

/** Participles that open a sentence with who leads its subject ("Led by Colonel X, the battalion ..."). */
const LEADING_PARTICIPLES = new Set(['led', 'commanded', 'headed']);

/** "Led by Lieutenant Colonel X, the battalion flew to Y": the person named after the fronted participle leads the unit after the comma. */
function frontedLedBy(d: DocEntities, unit: SentenceUnit): void {
  const toks = unit.toks;
  if (!LEADING_PARTICIPLES.has(toks[0]?.lower ?? '') || toks[1]?.lower !== 'by') return;
  const person = unit.mentions.find((m) => (m.lead ?? m.i) === 2 && m.type === 'person' && m.entity !== undefined);
  if (!person || toks[person.j]?.text !== ',') return;
  const at = toks[person.j + 1]?.lower === 'the' ? person.j + 2 : person.j + 1;
  const led = unit.mentions.find((m) => (m.lead ?? m.i) <= at && m.i >= person.j + 1 && m.entity !== undefined && d.list[m.entity]!.type === 'unit');
  if (led) unit.facts.push({ type: 'LEADER_OF', source: person.id, target: led.id });
}

/** Completes titles of the sentence's people and records them on the entities. */
/** Groups of officials that visit or are received (not troops, whom their own minister may welcome home). */
const OFFICIAL_GROUPS = new Set(['ministers', 'officials', 'delegates', 'diplomats', 'leaders', 'guests', 'visitors', 'counterparts', 'envoys', 'lawmakers', 'parliamentarians']);

/** "the Chilean ministers were received by President X": a demonym before a group of officials describes that group, not X. */
function officialsAfter(unit: SentenceUnit, x: Mention, m: Mention): boolean {
  const group = unit.toks[x.j]?.lower ?? '';
  if (OFFICIAL_GROUPS.has(group)) return true;
  // ("The Sierra Leonean delegation ... was received by the Prime Minister, X": the delegation's host is not of its state;
  // "The Russian delegation included Foreign Minister X": its member is.)
  if (group !== 'delegation' && group !== 'delegations') return false;
  for (let k = x.j + 1; k < m.i; k++) if (unit.toks[k]!.lower === 'by') return true;
  return false;
}

/**
 * The same armed service as the one the model's post belongs to ("the Ghana Navy"), of the state the counterpart's
 * demonym names (mention id `stateId`): the counterpart holds that post there.
 */
/** The armed forces as a whole of the state a counterpart's demonym (mention `stateId`) names, when the text named them. */
function counterpartForces(d: DocEntities, unit: SentenceUnit, stateId: number): EntityRec | undefined {
  const state = unit.mentions.find((x) => x.id === stateId)?.entity;
  const code = state === undefined ? undefined : d.list[state]!.type === 'state' ? d.list[state]!.code : undefined;
  return code ? homeForces(d, code) : undefined;
}

function counterpartService(d: DocEntities, unit: SentenceUnit, model: Mention | undefined, stateId: number): EntityRec | undefined {
  const modelBody = model?.title?.affiliation;
  if (modelBody === undefined) return undefined;
  const body = unit.mentions.find((x) => x.id === modelBody)?.entity;
  const state = unit.mentions.find((x) => x.id === stateId)?.entity;
  if (body === undefined || state === undefined) return undefined;
  const b = d.list[body]!;
  const code = d.list[state]!.type === 'state' ? d.list[state]!.code : undefined;
  if (b.type !== 'organization' || !b.ownerState || !code || code === b.ownerState || !b.core || !LOWER_SERVICES.has(b.core)) return undefined;
  const label = stateBodyLabel(d.lex, b.core, code) ?? b.label;
  const e = d.obtain('org:', `${b.core}|${code}`, 'organization', label, { head: b.head, core: b.core });
  if (!e) return undefined;
  e.ownerState ??= code;
  // (Named by no mention of its own: the post names it, at the counterpart's place in the text.)
  if (e.mentions === 0) d.touch(e, undefined, [label], model!.start);
  return e;
}

/** The sentence-opening "Her" of "Her commander, Captain Y," before person `m`, when anaphora read it as a ship (a unit). */
function shipPossessor(unit: SentenceUnit, m: Mention): Mention | undefined {
  const lead = m.lead ?? m.i;
  if (unit.toks[lead - 1]?.text !== ',') return undefined;
  const her = unit.mentions[0]?.i === 0 ? unit.mentions[0] : unit.mentions.find((x) => x.i === 0);
  if (her && her.via === 'pronoun' && her.type === 'unit' && her.entity !== undefined) return lowerWordsIn(unit.toks, 1, lead - 1) ? her : undefined;
  // ("The frigate returned to base on January 28, and its commanding officer, Commander X, was promoted": "its" opening a
  // clause after ", and" is the sentence's subject, a ship or unit opening the sentence.)
  const its = unit.mentions.find((x) => x.via === 'pronoun' && x.i > 2 && x.i < lead && unit.toks[x.i - 1]!.lower === 'and' && unit.toks[x.i - 2]!.text === ',');
  if (!its || (its.surface.toLowerCase() !== 'its' && its.surface.toLowerCase() !== 'her') || !lowerWordsIn(unit.toks, its.j, lead - 1)) return undefined;
  const subject = unit.mentions.find((x) => x.i <= 1 && !x.nested && x.entity !== undefined);
  return subject?.type === 'unit' && subject.j < its.i ? subject : undefined;
}

export function settleTitles(d: DocEntities, unit: SentenceUnit, datelineState?: string, later?: Array<{ unit: SentenceUnit; mention: Mention }>): void {
  for (const m of unit.mentions) if (m.title && m.entity !== undefined) settleTitle(d, unit, m, m.title, d.list[m.entity]!, datelineState, later);
  pluralRoleList(d, unit);
  if (unit.text.includes(' whose ')) whosePostIs(d, unit);
  frontedLedBy(d, unit);
  // Role anaphors resolved to a person: "the Russian leader" → LEADER_OF Russia.
  for (const m of unit.mentions) {
    const t = m.title;
    if (!t || m.via !== 'title' || m.entity === undefined || t.affiliation === undefined || t.kind === 'rank') continue;
    if (!t.stateCode && !t.predicate) continue;
    // ("the Turkish commander was received": a commander of some Turkish force, not a leader of the state.)
    if (t.stateCode && !t.predicate && t.head === 'commander') continue;
    unit.facts.push({ type: t.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: m.id, target: t.affiliation, role: t.role });
  }
}

/** True when title `t` is a leader's post of a unit named in `unit` ("Commander of the 8th Armoured Brigade"). */
function leadsUnit(d: DocEntities, unit: SentenceUnit, t: TitleInfo): boolean {
  if (t.kind !== 'leader' || t.affiliation === undefined) return false;
  const body = unit.mentions.find((x) => x.id === t.affiliation);
  return body !== undefined && d.typeOfMention(body) === 'unit';
}

/**
 * settleTitles at titled mention `m` (title `t`, entity `e`). (A function of its own: an arrow below reads
 * `m`, and in the loop V8 would allocate a context for it at every mention.)
 */
function settleTitle(d: DocEntities, unit: SentenceUnit, m: Mention, t: TitleInfo, e: EntityRec, datelineState: string | undefined, later: Array<{ unit: SentenceUnit; mention: Mention }> | undefined): void {
  if (t.head === 'counterpart') {
    // "his Japanese counterpart X": the same post as the person just named, for another state.
    const model = nearestBefore(unit, m, (x) => x.type === 'person' && !!x.title && x.title.kind !== 'rank' && x.title.head !== 'counterpart');
    const mt = model?.title ?? d.list[nearestBefore(unit, m, (x) => x.type === 'person')?.entity ?? -1]?.titles.find((x) => x.kind !== 'rank');
    if (!mt) return;
    Object.assign(t, { role: mt.role, head: mt.head, kind: mt.kind });
    // ("The Commander of the Ghana Navy ... his Togolese counterpart, X": X commands Togo's navy.)
    const service = t.affiliation !== undefined ? counterpartService(d, unit, model, t.affiliation) : undefined;
    // ("the Chief of Defence Staff, General A, and his Senegalese counterpart, General B": B heads that state's forces.)
    const forces = !service && t.affiliation !== undefined && DEFENCE_CHIEFS.test(t.role) ? counterpartForces(d, unit, t.affiliation) : undefined;
    if (forces) unit.facts.push({ type: 'LEADER_OF', source: m.id, target: forces.index, targetEntity: true, role: t.role });
    else if (service) unit.facts.push({ type: t.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: m.id, target: service.index, targetEntity: true, role: t.role });
    // ("his Algerian counterpart, General X, Chief of Staff of the ANP": a post set off after the name says what the
    // counterpart heads; the state is no more than its owner.)
    // ("Colonel X, Commander of the 8th Armoured Brigade, ... and his Indian counterpart, Brigadier Y": the counterpart of a
    // unit's commander commands a unit of that state, not the state.)
    else if (t.affiliation !== undefined && !ownPostAfter(unit, m, t.affiliation) && !leadsUnit(d, unit, mt)) unit.facts.push({ type: t.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: m.id, target: t.affiliation, role: t.role });
  }
  if (!e.titles.includes(t)) e.titles.push(t);
  // ("the Minister Delegate at the Presidency in charge of Defence, X": a body of the post that names no entity says no state.)
  if (t.affiliation !== undefined && t.kind !== 'rank' && m.via === 'name' && unboundBody(unit, t.affiliation)) t.affiliation = undefined;
  if (t.kind === 'rank' || t.affiliation !== undefined || m.via !== 'name') return;
  // "former Malawian vice-president X": a past post ties X to no state now; "Argentine opposition lawmaker X": nor does opposition.
  if (formerTitle(unit, m) || unit.toks[(m.lead ?? m.i) - 1]?.lower === 'opposition') return;
  // "The frigate X docked in Durres. Her commander, Captain Y, ...": the ship anaphora read "Her" as.
  const ship = shipPossessor(unit, m);
  const aff = ship ?? (t.its
    // ("a delegation of the Qatar Armed Forces headed by their Chief of Staff, X": the forces, not the state inside their name.)
    ? nearestBefore(unit, m, (x) => { const ty = d.list[x.entity!]!.type; return ty === 'organization' || (ty === 'state' && !x.demonym && !x.nested); })
    : representedState(d, unit, m) ?? signedForState(d, unit, m) ?? delegationState(d, unit, m) ?? nearestBefore(unit, m, (x) => x.demonym === true && (!x.nested || counterpartDemonym(unit, x)) && !PREPS.has(unit.toks[x.i - 1]?.lower ?? '') && !officialsAfter(unit, x, m)) ?? stateAfterName(d, unit, m, t) ?? coordinatedPostState(unit, m));
  if (aff) {
    t.affiliation = aff.id;
    if (d.list[aff.entity!]!.type === 'state') t.stateCode = d.list[aff.entity!]!.code;
    unit.facts.push({ type: t.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: m.id, target: aff.id, role: t.role });
    return;
  }
  // ("the Kurdistan Region's Minister of Peshmerga Affairs, X": a post a region or a body possesses is no state's.)
  if (possessedByNonState(d, unit, m, t)) return;
  // "the Chief of Defence Staff, Lieutenant General X" in home copy: he heads the dateline state's forces the text named.
  const forces = datelineState && DEFENCE_CHIEFS.test(t.role) ? homeForces(d, datelineState) : undefined;
  if (forces) {
    unit.facts.push({ type: 'LEADER_OF', source: m.id, target: forces.index, targetEntity: true, role: t.role });
    return;
  }
  // ("the Chief of Defence, General X" in home copy naming no armed forces as a whole yet: the forces named later, else
  // the state; settled at the end of the document.)
  if (datelineState && DEFENCE_CHIEFS.test(t.role) && later && !visitorAfter(d, unit, m, datelineState) && !settingState(d, unit, m)) {
    later.push({ unit, mention: m });
    return;
  }
  // "In Tehran, foreign ministry spokesman X said": an official in a sentence set in a capital is that state's.
  const setting = settingState(d, unit, m) ?? signedForCapital(d, unit, m) ?? residenceState(d, unit, m) ?? conveyedFromState(d, unit, m);
  // Wire style: an unqualified "President X" in a dispatch datelined in a capital is that country's.
  // ("President Condé" after "his Guinean counterpart, General Sékouba Condé": a person already of another state is not the dateline's.)
  const homeTitle = !!datelineState && (STATE_TITLES.test(t.head) || STATE_SECRETARIES.test(t.role) || portfolioSecretary(d, t.role) || MINISTER_ROLE.test(t.role) || GOVERNMENT_POSTS.test(t.role)) && !e.titles.some((x) => x.stateCode !== undefined && x.stateCode !== datelineState);
  // ("Minister X, who arrived in Hanoi on Monday for a four-day visit": a visitor to the dateline's state is not its minister.)
  const visitor = visitorAfter(d, unit, m, datelineState);
  // ("In Nuuk, Premier X" in a dispatch from Reykjavik: a post in a sentence set in another state's or territory's capital
  // is not the dateline's, even when that state is not named.)
  const code = setting ? undefined : settingCode(d, unit, m);
  const elsewhere = code !== undefined && code !== datelineState;
  const home = visitor || elsewhere ? undefined : setting ?? (homeTitle ? visitedState(d, unit, m) ?? visitorsHost(d, unit, m, datelineState) ?? d.find('state:', datelineState) : undefined);
  // ("Minister of Peshmerga Affairs X" after "the Kurdistan Region's Ministry of Peshmerga Affairs", no state named: the
  // ministry of the post's portfolio.)
  const ministry = home || visitor ? undefined : ministryOfPost(d, t.role);
  if (ministry) {
    unit.facts.push({ type: 'OFFICIAL_OF', source: m.id, target: ministry.index, targetEntity: true, role: t.role });
    return;
  }
  // The dateline's state named only later in the text: settled at the end of the document.
  if (!home && homeTitle && !visitor && !elsewhere && later) later.push({ unit, mention: m });
  if (home) {
    t.stateCode = home.code;
    unit.facts.push({ type: t.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: m.id, target: home.index, targetEntity: true, role: t.role });
  }
}

/** Person `m` holds, by a fact of its sentence, a post of another mention than `affiliation`. */
function ownPostAfter(unit: SentenceUnit, m: Mention, affiliation: number): boolean {
  for (const f of unit.facts) if (f.source === m.id && !f.targetEntity && f.target !== affiliation && (f.type === 'LEADER_OF' || f.type === 'OFFICIAL_OF')) return true;
  return false;
}

/** The mention `id` of the sentence is a definite seat of power ("the Presidency") that resolved to no entity. */
function unboundBody(unit: SentenceUnit, id: number): boolean {
  const x = unit.mentions.find((y) => y.id === id);
  return !!x && x.entity === undefined && x.via === 'definite' && x.type === 'organization' && SEATS_OF_POWER.has(x.head ?? '');
}

/** Bodies at the head of a state a post may be "at" ("the Minister Delegate at the Presidency"). */
const SEATS_OF_POWER = new Set(['presidency', 'government', 'cabinet']);

/** The ministry named so far whose name is the post's ("Ministry of Peshmerga Affairs" for "Minister of Peshmerga Affairs"). */
function ministryOfPost(d: DocEntities, role: string): EntityRec | undefined {
  const at = role.search(/^minister (?:of|for) /i);
  if (at < 0) return undefined;
  const name = `ministry ${role.slice(9).toLowerCase()}`;
  return d.list.find((e) => e.type === 'organization' && e.mentions > 0 && [...e.aliases].some((a) => a.toLowerCase().endsWith(name)));
}

/** The post of `m` (or of the post's mention set off before it) opens with the possessive of a place or a body. */
function possessedByNonState(d: DocEntities, unit: SentenceUnit, m: Mention, t: TitleInfo): boolean {
  const post = unit.toks[m.i - 1]?.text === ',' ? unit.mentions.find((x) => x !== m && x.title === t && x.j === m.i - 1) : undefined;
  const start = post ? post.i : m.lead ?? m.i;
  const owner = unit.mentions.find((x) => x.i === start && x.entity !== undefined && unit.toks[x.j]?.lower === "'s");
  const type = owner ? d.list[owner.entity!]!.type : undefined;
  return type === 'place' || type === 'organization';
}

/** Posts that head a state's armed forces as a whole. */
// ("Chairman of the Joint Chiefs of Staff Major General X": the head of a joint staff heads the forces too.)
const DEFENCE_CHIEFS = /^(?:chief of (?:the )?(?:defen[cs]e(?: staff| forces?)?|general staff)|chairman of (?:the )?joint chiefs of staff)$/i;
/** Names of a state's armed forces as a whole. */
const WHOLE_FORCES = /\b(?:armed|defen[cs]e) forces?\b|\bdefen[cs]e (?:force|command)\b/i;

/** The one body named so far that is the whole armed forces of state `code`, if exactly one. */
function homeForces(d: DocEntities, code: string): EntityRec | undefined {
  // ("Defence Command Denmark": a name that ends with its state's.)
  const common = d.lex.states.get(code)?.common;
  // ("Danish Defence": a demonym and "Defence" alone.)
  return d.only((e) => e.type === 'organization' && (WHOLE_FORCES.test(e.label) || e.head === 'defence') &&
    (e.ownerState === code || (e.ownerState === undefined && common !== undefined && e.label.endsWith(` ${common}`))));
}

/** Posts left for the dateline's state (see settleTitles) whose state the text named later: their facts now. */
export function settleLaterTitles(d: DocEntities, later: Array<{ unit: SentenceUnit; mention: Mention }>, datelineState: string | undefined): SentenceUnit[] {
  const home = datelineState ? d.find('state:', datelineState) : undefined;
  if (!home) return [];
  const changed: SentenceUnit[] = [];
  for (const { unit, mention } of later) {
    const t = mention.title!;
    if (t.stateCode !== undefined) continue;
    t.stateCode = home.code;
    const forces = DEFENCE_CHIEFS.test(t.role) && home.code ? homeForces(d, home.code) : undefined;
    unit.facts.push({ type: t.kind === 'leader' || forces ? 'LEADER_OF' : 'OFFICIAL_OF', source: mention.id, target: (forces ?? home).index, targetEntity: true, role: t.role });
    if (!changed.includes(unit)) changed.push(unit);
  }
  return changed;
}

/** A chief of (the) defence staff: OFFICIAL_OF a state, not LEADER_OF it. */
const DEFENCE_STAFF_CHIEF = /^chief of (?:the )?defen[cs]e staff$/i;

/** The sentence's facts as candidates between entities (only what the ontology allows). */
export function factCandidates(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.facts.length) return [];
  const byId = new Map<number, Mention>();
  for (const m of unit.mentions) byId.set(m.id, m);
  const out: Candidate[] = [];
  for (const f of unit.facts) {
    const s = f.sourceEntity ? f.source : byId.get(f.source)?.entity;
    const t = f.targetEntity ? f.target : byId.get(f.target)?.entity;
    if (s === undefined || t === undefined || s === t) continue;
    const se = d.list[s]!;
    const te = d.list[t]!;
    // "the Chief of the Defence Staff of the French Republic": the chief leads the armed forces and serves the state.
    const type = f.type === 'LEADER_OF' && te.type === 'state' && DEFENCE_STAFF_CHIEF.test(f.role ?? '') ? 'OFFICIAL_OF' : f.type;
    if (!allowsEdge(type, se.type, te.type)) continue;
    if (type === 'LEADER_OF') addLed(se, t);
    if (type === 'OFFICIAL_OF') addServed(se, t);
    out.push(newCandidate(type, s, t, unit.index, byId.get(f.source)?.i ?? 0, false, undefined, f.role || undefined));
    // "Chief of the General Staff of the Burundi National Defence Force": the chief of a force's general staff heads the force too.
    const force = type === 'LEADER_OF' && te.type === 'organization' && GENERAL_STAFF.test(te.label) ? staffOwner(d, unit, byId, f.target) : undefined;
    if (force !== undefined && force !== s) {
      addLed(se, force);
      out.push(newCandidate('LEADER_OF', s, force, unit.index, byId.get(f.source)?.i ?? 0, false, undefined, f.role || undefined));
    }
  }
  return out;
}

/** An organ named with a body's acronym before the acronym named the body ("the SADC Ministerial Committee"). */
export interface PendingOrgan {
  unit: number;
  entity: number;
  cue: number;
  acronym: string;
}

/** PART_OF candidates, by sentence, of the pending organs whose body the text named by the end. */
export function laterOrganOwners(d: DocEntities, pending: PendingOrgan[]): Array<{ unit: number; cand: Candidate }> {
  const out: Array<{ unit: number; cand: Candidate }> = [];
  for (const p of pending) {
    const owner = acronymEntity(d, p.acronym);
    if (owner && owner.index !== p.entity) out.push({ unit: p.unit, cand: newCandidate('PART_OF', p.entity, owner.index, p.unit, p.cue, false) });
  }
  return out;
}

/** A general staff's name ("General Staff of the FARDC", "General Staff of the Armed Forces"). */
const GENERAL_STAFF = /^(?:the )?general staff\b/i;

/** The force (organization or unit) a general staff's mention is part of, by the sentence's PART_OF facts. */
function staffOwner(d: DocEntities, unit: SentenceUnit, byId: Map<number, Mention>, staff: number): number | undefined {
  for (const f of unit.facts) {
    if (f.type !== 'PART_OF' || f.source !== staff || f.sourceEntity) continue;
    const t = f.targetEntity ? f.target : byId.get(f.target)?.entity;
    const type = t === undefined ? undefined : d.list[t]!.type;
    if (type === 'organization' || type === 'unit') return t;
  }
  return undefined;
}

/** Names of armed or police forces, whose acronym may open the names of their branches. */
const FORCE_NAME = /\b(?:forces?|army|navy|military|gendarmerie|police|guard|constabulary|marines?)\b/i;
/** Names after a force's acronym that are no branch of it. */
/** "the SADC Ministerial Committee of the Organ", "the ECOWAS Commission": a body's own organs, named with its acronym first. */
/** ("the CSTO Joint Staff", "the AU Secretariat": a staff or secretariat closing the name is an organ too, not "the X Staff College".) */
const ORGAN_NAME = /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:(?:committee|council|commission|organ|tribunal|parliament)\b|(?:staff|secretariat)$)/iu;

const NOT_BRANCHES = /^\s+(?:news|tv|radio|online|general staff)\b/i;
/** An acronym closing a name after "of (the)" ("Naval Component of the F-FDTL"). */
const CLOSING_ACRONYM = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{Lu}-]{1,8}\p{Lu})$/u;
/** An acronym of two to six capitals opening a longer name ("JDF Coast Guard"). */
const OPENING_ACRONYM = /^(\p{Lu}{2,6})\s+\S/u;

/**
 * "the JDF Coast Guard", "the AFM Maritime Squadron", "the SADC Ministerial Committee": a body or unit whose name
 * opens with the acronym of a force named before, or an organ named so after any body, is part of it.
 */
export function acronymOwnerFacts(d: DocEntities, unit: SentenceUnit, pending: PendingOrgan[]): void {
  for (const m of unit.mentions) {
    if ((m.type !== 'organization' && m.type !== 'unit') || m.via !== 'name' || m.entity === undefined || m.owner !== undefined) continue;
    // "the Naval Component of the F-FDTL", "the Collective Rapid Reaction Forces of the CSTO": a body of the one the acronym names.
    const closing = CLOSING_ACRONYM.exec(m.surface)?.[1];
    const acronym = closing ?? OPENING_ACRONYM.exec(m.surface)?.[1];
    if (!acronym) continue;
    const organ = !closing && ORGAN_NAME.test(m.surface.slice(acronym.length));
    const owner = acronymEntity(d, acronym);
    // (An organ may come before its body's acronym alone: "the SADC Ministerial Committee ... SADC Executive Secretary X".)
    if (!owner && organ && !d.list[m.entity]!.aliases.has(acronym)) pending.push({ unit: unit.index, entity: m.entity, cue: m.i, acronym });
    if (!owner || owner.index === m.entity || d.list[m.entity]!.aliases.has(acronym) || (!closing && !FORCE_NAME.test(owner.label) && !organ)) continue;
    // ("ERR News" is the broadcaster's service; "the FAA General Staff" commands the force it is named for.)
    if (NOT_BRANCHES.test(m.surface.slice(acronym.length))) continue;
    unit.facts.push({ type: 'PART_OF', source: m.id, target: owner.index, targetEntity: true });
  }
}

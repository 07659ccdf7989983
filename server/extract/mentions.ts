// Mention stage: find every mention of a sentence. Capitalised runs first (with titles,
// gazetteer phrases and head nouns), then lower-case phrases and anaphors, then the passes of
// mention-passes.ts and the appositions. Mentions come back sorted by position.
import { newTitle, type Mention } from './model.js';
import { addMention, makeBuilder, normAlias, numberedTail, respanMention, shipWordAt, shipWordBefore, spanText, SPELLED_ACTIVITIES, warshipPrefix, wordsText, type Builder, type Known } from './mention-kit.js';
import { getLexicon, type Lexicon } from './lexicon.js';
import { ARMED_SERVICE_HEADS, headedBodyWithComplement, interpretPlain, isHeadWord } from './names.js';
import { findPhrases, headsOfStateAt } from './phrases.js';
import { findAppositions } from './appositions.js';
import { collectRuns, isOrdinal, POSITION_HEADS, ROYAL_TITLES, seg, type Run, type Seg } from './runs.js';
import { AREA_PLURAL, areaListEnd, areaListOwners, areaSingular, isAreaPlural } from './area-lists.js';
import { codeNames, sharedHeadOrdinals, isNamedUnit, quotedEventNames, commaRegimentUnits, embassyHosts, honorificUnitNames, ordinalUnits, servicesShips, airDefenceArms, possessedAcrossModifiers, serviceMembersOfUnit, itsUnits, unitNicknames, knownAsNames, RARE_NAMING_WORD, ownStatePostApposition, companyShortNames, phraseAcronyms, placeShortNames, exerciseShortNames, unitShortNames, quotedNicknames, retypeByApposition, namesAfterBodyHeads, countedGatheringNames, apposedShipNames, headquartersAt, spelledShipPrefix, awardGrades, apposedEventNames, acronymBranches, bracketedShortNames, slashedOrdinalUnits, headAfterAcronym, ordinalAcronymUnits, numberedDesignators, hyphenatedStates } from './mention-passes.js';
import { bracketedParties } from './bracketed-parties.js';
import { bodiesOfGatherings } from './gathering-bodies.js';
import { interpretTitled } from './titled.js';
import { tokAt, wordAt, type Tok } from './tokens.js';
import { wordClass } from './word-classes.js';

const GRADE_WORDS = new Set(['grade', 'rank', 'class', 'degree']);

/** "the Order of X in the grade of Grand Officer": the capitalised words after "grade of" name a grade, not a person. */
function gradeName(b: Builder, i: number): boolean {
  return wordAt(b.lowers, i - 1) === 'of' && GRADE_WORDS.has(wordAt(b.lowers, i - 2) ?? '') && (wordAt(b.lowers, i - 3) === 'the' || wordAt(b.lowers, i - 3) === 'a') && !b.toks[i - 2]!.cap;
}

/** Result of the mention stage for one sentence. */
export type SentenceMentions = Pick<Builder, 'mentions' | 'facts' | 'dropped' | 'classes'>;

/** "ISPR" for "Inter-Services Public Relations": the acronym's letters are the initials of the name's words. */
function initialsMatch(acronym: string, name: string): boolean {
  if (acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return false;
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === acronym;
}

const SPELLED_JOINS = new Set(['for', 'of', 'and', 'the']);

/**
 * The organization whose content words' initials give `acronym`, ending where `last` ends and
 * starting up to eight words before it over capitalised words and "for / of / and / the"; the
 * mentions inside it give way.
 */
function spelledName(b: Builder, last: { i: number; j: number }, acronym: string, from = last.i): Mention | undefined {
  if (acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return undefined;
  for (let i = from; i >= Math.max(0, last.i - 8); i--) {
    const t = b.toks[i]!;
    // ("the People's National Congress Reform (PNCR)": past a possessive inside the name.)
    if (t.lower === "'s" && i < from && b.toks[i - 1]?.cap) continue;
    if (!(t.kind === 'w' && (t.cap || SPELLED_JOINS.has(t.lower)))) return undefined;
    if (!t.cap) continue;
    const words = b.toks.slice(i, last.j).filter((w) => w.cap).map((w) => w.text[0]).join('').toUpperCase();
    if (words !== acronym) continue;
    b.mentions = b.mentions.filter((m) => m.i < i || m.j > last.j);
    // ("British Army Training Unit Kenya (BATUK)": a unit's head word makes it a unit.)
    let type: 'organization' | 'unit' = 'organization';
    for (let k = i + 1; k < last.j; k++) if (b.lex.unitHeads.has(b.lowers[k]!) && b.toks[k]!.cap) type = 'unit';
    return addMention(b, i, last.j, type, 'name', { core: normAlias(wordsText(b, i, last.j)) });
  }
  return undefined;
}

/** "CARICOM ... the Caribbean Community": a body's usual short name and its full name (lexicon.bodyShortNames) are each other's alias. */
function bodyShortNames(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || m.via !== 'name') continue;
    const other = b.lex.bodyShortNames.get(m.surface.replace(/^the\s+/i, '').toLowerCase());
    if (other && !m.aliases.includes(other)) m.aliases.push(other);
  }
}

/**
 * "the AHA Centre, the ASEAN Coordinating Centre for Humanitarian Assistance,": a body named by an acronym and a head,
 * set off by the name the acronym's letters spell (in order) with the same head, is one body: the long name is its alias.
 */
function apposedExpansions(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || m.via !== 'name' || m.nested || m.j - m.i !== 2 || !b.toks[m.i]!.upper || b.toks[m.j]?.text !== ',' || b.lowers[m.j + 1] !== 'the') continue;
    const long = b.mentions.find((x) => x.i === m.j + 2 && x.type === 'organization' && x.via === 'name' && !x.nested);
    const head = b.lowers[m.i + 1]!;
    if (!long || !b.lowers.slice(long.i, long.j).includes(head)) continue;
    const initials = b.toks.slice(long.i, long.j).filter((t) => t.cap).map((t) => t.text[0]).join('').toUpperCase();
    if (initials[0] === b.toks[m.i]!.text[0] && spelledInOrder(b.toks[m.i]!.text, initials)) m.aliases.push(long.surface);
  }
}

/** The letters of `acronym` appear, in order, among `initials`, the first and last ones included. */
function spelledInOrder(acronym: string, initials: string): boolean {
  if (acronym[acronym.length - 1] !== initials[initials.length - 1]) return false;
  let at = 0;
  for (const ch of acronym) {
    at = initials.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The token at `open` is an acronym of three or more capitals, right after a capitalised word and its bracket. */
function longAcronymAfterName(b: Builder, open: number): boolean {
  const acronym = b.toks[open]!.text;
  return acronym.length >= 3 && /^\p{Lu}+$/u.test(acronym) && !!b.toks[open - 2]?.cap;
}

/**
 * The body's mention goes on to the bracket before the acronym at `open`, which becomes its alias: mentions inside
 * the widened span from `k` are dropped and its tokens covered (the body's facts keep their ends).
 */
function widenToAcronym(b: Builder, body: Mention, k: number, open: number): void {
  b.mentions = b.mentions.filter((m) => m === body || m.i < k || m.j > open - 1);
  respanMention(b, body, body.i, open - 1);
  body.core = normAlias(wordsText(b, body.i, body.j));
  body.aliases = [body.surface, ...body.aliases, b.toks[open]!.text];
  for (let x = k; x <= open; x++) b.covered[x] = 1;
}

/**
 * "the Federal Department of Defence, Civil Protection and Sport (DDPS)": a body whose name lists its fields
 * with commas and "and" before its acronym goes on to the bracket, when the acronym's letters are the initials
 * of the words through the list (in order, the last word's included) and not of the name before the comma.
 * `open` is the acronym's token; the body's mention is widened in place (its facts keep their ends).
 */
function commaListName(b: Builder, open: number): boolean {
  const acronym = b.toks[open]!.text;
  if (!longAcronymAfterName(b, open)) return false;
  let k = open - 2;
  let sawAnd = false;
  while (k > open - 12 && k > 0) {
    const t = b.toks[k]!;
    if (t.text === ',') break;
    if (t.lower === 'and') sawAnd = true;
    else if (!(t.kind === 'w' && t.cap)) return false;
    k--;
  }
  if (!sawAnd || b.toks[k]?.text !== ',') return false;
  const body = b.mentions.find((m) => m.j === k && m.type === 'organization' && m.via === 'name' && !m.nested);
  if (!body || initialsMatch(acronym, body.surface)) return false;
  const initials = b.toks.slice(body.i, open - 1).filter((t) => t.cap).map((t) => t.text[0]).join('').toUpperCase();
  if (!spelledInOrder(acronym, initials)) return false;
  widenToAcronym(b, body, k, open);
  return true;
}

/** The lower-case words ending at token `last`, none a head word, have the letters of `acronym` as their initials ("littoral combat ship" LCS). */
function lowerWordsSpell(b: Builder, last: number, acronym: string): boolean {
  const n = acronym.length;
  if (n < 2 || n > 5 || !/^[A-Z]+$/.test(acronym) || last - n + 1 < 0) return false;
  const lex = b.lex;
  for (let k = 0; k < n; k++) {
    const t = b.toks[last - n + 1 + k]!;
    if (t.kind !== 'w' || t.cap || t.lower[0] !== acronym[k]!.toLowerCase()) return false;
    // ("a memorandum of understanding (MOU)": not when a word heads something the phrase names.)
    if (lex.agreementLower.has(t.lower) || lex.orgHeads.has(t.lower) || lex.unitHeads.has(t.lower) || lex.eventHeads.has(t.lower) || lex.placeHeads.has(t.lower)) return false;
  }
  return true;
}

/** Words opening what a body's name says it deals with ("Committee of the Organ on Politics, Defence and Security Cooperation"). */
const FIELD_OPENERS = new Set(['on', 'for']);

/**
 * "the SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation (MCO)": a body whose
 * acronym spells its own name goes on over what it deals with ("on" and capitalised words, commas, "and") to the
 * bracket; `open` is the acronym's token. The body's mention is widened in place (its facts keep their ends).
 */
function fieldListName(b: Builder, open: number): boolean {
  const acronym = b.toks[open]!.text;
  if (!longAcronymAfterName(b, open)) return false;
  let k = open - 2;
  while (k > open - 14 && k > 0) {
    const t = b.toks[k]!;
    if (t.text !== ',' && t.lower !== 'and' && !(t.kind === 'w' && t.cap)) break;
    k--;
  }
  if (!FIELD_OPENERS.has(b.lowers[k]!)) return false;
  const body = b.mentions.find((m) => m.j === k && m.type === 'organization' && m.via === 'name' && !m.nested);
  if (!body) return false;
  const initials = b.toks.slice(body.i, body.j).filter((t) => t.cap).map((t) => t.text[0]).join('').toUpperCase();
  if (!spelledInOrder(acronym, initials)) return false;
  widenToAcronym(b, body, k, open);
  return true;
}

/** A Roman numeral of two or more letters ("II", "XVIII"). */
const ROMAN = /^[IVXL]{2,6}$/;

/**
 * A capitalised plural word for a group of people before "of" names no body; what follows it does: "About 1,300
 * Marines of the 4th Marine Regiment" (a troops word, the unit read from the rest of the run), "set up by the
 * Governments of Vietnam and Laos" (the states, which stand after the run). True when the run was read so.
 */
function groupWordBeforeOf(b: Builder, run: Run): boolean {
  if (run.j === run.i + 1 && b.lowers[run.i] === 'governments' && b.lowers[run.j] === 'of') {
    b.covered[run.i] = 1;
    return true;
  }
  const [troops, of] = run.segs;
  if (troops?.kind !== 'word' || troops.j !== troops.i + 1 || !b.lex.troopAnaphors.has(b.lowers[troops.i]!) || of?.kind !== 'conn' || b.lowers[of.i] !== 'of' || run.segs.length <= 2) return false;
  b.covered[troops.i] = 1;
  // (An ordinal opening the rest is read from before the name, as after "the": "the 4th Marine Regiment".)
  const rest = run.segs[2]!.kind === 'conn' && isOrdinal(b.toks[run.segs[2]!.i]) ? run.segs.slice(3) : run.segs.slice(2);
  if (rest.length) interpretPlain(b, rest);
  return true;
}

/** A year written out ("2028"). */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "CTF 151 was set up by the CMF" after "Combined Task Force 151 (CTF 151)", "AUTCON 1/UNDOF is commanded by X" after
 * "the new UNDOF contingent, AUTCON 1/UNDOF,": an acronym and number (and "/ACRONYM") named before as one.
 */
function knownNumberedAcronym(b: Builder, run: Run): boolean {
  // ("42 SAR, which is commanded by X" after "... (42 SAR)": or the number first.)
  if (run.j - run.i === 1 && b.toks[run.i]!.upper && b.toks[run.i - 1]?.kind === 'n' && !b.covered[run.i - 1]) {
    const core = `${b.lowers[run.i - 1]} ${b.lowers[run.i]}`;
    const type = b.known.aliasType(core);
    if (type === 'unit') return addMention(b, run.i - 1, run.j, type, 'name', { core }) !== undefined;
  }
  if (run.j - run.i !== 1 || !b.toks[run.i]!.upper || b.toks[run.j]?.kind !== 'n') return false;
  const end = numberedTail(b, run.j);
  for (const e of end > run.j + 1 ? [end, run.j + 1] : [run.j + 1]) {
    const core = e === run.j + 1 ? `${b.lowers[run.i]} ${b.lowers[run.j]}` : normAlias(spanText(b, run.i, e));
    const type = b.known.aliasType(core);
    if (!type) continue;
    addMention(b, run.i, e, type, 'name', { core });
    return true;
  }
  return false;
}

/**
 * "the 42nd Battalion, Singapore Armoured Regiment (42 SAR)": a unit's short name with its number first, when the
 * number is the one the unit's name opens with.
 */
function numberBeforeAcronym(b: Builder, run: Run): boolean {
  const n = run.i - 1;
  if (!b.toks[run.i]!.upper || b.toks[n]?.kind !== 'n' || tokAt(b.toks, n - 1)?.text !== '(' || b.toks[run.j]?.text !== ')') return false;
  // (Nested in a post too: "Commander of the 8th Singapore Armoured Brigade (8 SAB)".)
  const unit = b.mentions.find((m) => m.j === n - 1 && m.type === 'unit');
  if (!unit) return false;
  const numberOf = (m: Mention) => b.lowers[m.i]!.replace(/(?:st|nd|rd|th)$/, '');
  // (The battalion of "42nd Battalion, Singapore Armoured Regiment" is named before the comma.)
  const first = b.toks[unit.i - 1]?.text === ',' ? b.mentions.find((m) => m.j === unit.i - 1 && m.type === 'unit' && !m.nested) : undefined;
  if (numberOf(unit) !== b.lowers[n] && (!first || numberOf(first) !== b.lowers[n])) return false;
  unit.aliases.push(spanText(b, n, run.j));
  b.covered[n] = 1;
  b.covered[run.i] = 1;
  return true;
}

/** From token `i` to a closing bracket within six tokens: capitalised words, numerals and at least one slash ("Kodam IX/Udayana"). */
function slashShortName(b: Builder, i: number): boolean {
  let slash = false;
  for (let k = i; k < Math.min(b.toks.length, i + 7); k++) {
    const t = b.toks[k]!;
    if (t.text === ')') return slash && k > i + 1;
    if (t.text === '/') slash = true;
    else if (!t.cap && t.kind !== 'n') return false;
  }
  return false;
}

function acronymOf(b: Builder, run: Run): boolean {
  // ("the Udayana Military Regional Command (Kodam IX/Udayana)": a short name with a slash in brackets after a body.)
  if (tokAt(b.toks, run.i - 1)?.text === '(' && slashShortName(b, run.i)) {
    const body = b.mentions.find((m) => m.j === run.i - 1 && (m.type === 'organization' || m.type === 'unit') && !m.nested);
    if (body) {
      let e = run.i;
      while (b.toks[e]!.text !== ')') e++;
      body.aliases.push(spanText(b, run.i, e));
      for (let k = run.i; k < e; k++) b.covered[k] = 1;
      return true;
    }
  }
  // "the III Marine Expeditionary Force (III MEF)": a numbered formation's acronym keeps its Roman numeral.
  if (run.j - run.i === 2 && ROMAN.test(b.toks[run.i]!.text) && b.toks[run.i + 1]!.upper && tokAt(b.toks, run.i - 1)?.text === '(' && b.toks[run.j]?.text === ')') {
    const unit = b.mentions.find((m) => m.j === run.i - 1 && m.type === 'unit' && !m.nested && b.toks[m.i]!.text === b.toks[run.i]!.text);
    if (!unit) return false;
    unit.aliases.push(spanText(b, run.i, run.j));
    b.covered[run.i] = 1;
    b.covered[run.i + 1] = 1;
    return true;
  }
  // ("the 2nd Foreign Infantry Regiment (2e REI)": or its ordinal in figures, in the unit's own language.)
  if (run.j - run.i === 1 && b.toks[run.i]!.upper && /^\d{1,3}(?:e|er|re|st|nd|rd|th)$/i.test(tokAt(b.toks, run.i - 1)?.text ?? '') && tokAt(b.toks, run.i - 2)?.text === '(' && b.toks[run.j]?.text === ')') {
    const unit = b.mentions.find((m) => m.j === run.i - 2 && m.type === 'unit' && !m.nested);
    if (!unit) return false;
    unit.aliases.push(spanText(b, run.i - 1, run.j));
    b.covered[run.i - 1] = 1;
    b.covered[run.i] = 1;
    return true;
  }
  // "the Unmanned Systems Exhibition and Conference (UMEX 2028)": an event's short name with its year.
  const y = run.j - run.i === 2 ? run.j - 1 : run.j;
  if (y === run.i + 1 && b.toks[run.i]!.upper && YEAR.test(b.toks[y]?.text ?? '') && tokAt(b.toks, run.i - 1)?.text === '(' && b.toks[y + 1]?.text === ')') {
    const event = b.mentions.find((m) => m.j === run.i - 1 && m.type === 'event' && !m.nested);
    if (!event) return false;
    event.aliases.push(spanText(b, run.i, y + 1), b.toks[run.i]!.text);
    b.covered[run.i] = 1;
    b.covered[y] = 1;
    return true;
  }
  if (run.j - run.i === 1 && numberBeforeAcronym(b, run)) return true;
  if (run.j - run.i !== 1 || !b.toks[run.i]!.cap) return false;
  // "the 11th Tanzanian Battalion (TANZBATT 11)": a unit's short name with its number.
  // ("the Commander of Combined Task Force 152 (CTF 152)": one nested in a post too, when the numbers agree.)
  if (b.toks[run.i]!.upper && tokAt(b.toks, run.i - 1)?.text === '(' && b.toks[run.j]?.kind === 'n' && b.toks[run.j + 1]?.text === ')') {
    const unit = b.mentions.find((m) => m.j === run.i - 1 && m.type === 'unit' && (!m.nested || b.toks[m.j - 1]!.text === b.toks[run.j]!.text));
    if (!unit) return false;
    unit.aliases.push(spanText(b, run.i, run.j + 1));
    b.covered[run.i] = 1;
    b.covered[run.j] = 1;
    return true;
  }
  if (tokAt(b.toks, run.i - 1)?.text !== '(' || b.toks[run.j]?.text !== ')') return false;
  let prev = [...b.mentions].reverse().find((m) => !m.nested);
  // "... Resources Corp. (KOMIR)": the abbreviation's full stop may come between.
  const gap = b.toks[run.i - 2]?.text === '.' && prev?.j === run.i - 2 ? 1 : 0;
  // "the British Army Training Unit Kenya (BATUK)": a name may end in the state it serves in when the acronym spells it all.
  if (prev && prev.type === 'state' && !gap && prev.j === run.i - 1 && prev.i > 0) {
    // (Only a name that starts before the state: "the Democratic Republic of Congo (DRC)" is the state's own acronym.)
    const spelled = spelledName(b, prev, b.toks[run.i]!.text, prev.i - 1);
    if (spelled) {
      spelled.aliases.push(b.toks[run.i]!.text);
      b.covered[run.i] = 1;
      return true;
    }
  }
  if (!gap && (commaListName(b, run.i) || fieldListName(b, run.i))) return true;
  // "The Inspector General of the Royal Armed Forces (FAR) and ...": a body nested in a phrase that ends with it
  // takes the acronym when no mention outside it ends there.
  const nestedBody = !prev || prev.j !== run.i - 1 - gap ? b.mentions.find((m) => m.nested && m.j === run.i - 1 && m.type === 'organization' && m.via === 'name') : undefined;
  if (nestedBody && !gap) {
    nestedBody.aliases.push(b.toks[run.i]!.text);
    b.covered[run.i] = 1;
    return true;
  }
  if (!prev || prev.j !== run.i - 1 - gap || prev.type === 'state') {
    // "Independent Patriots for Change (IPC)": no mention ends before the bracket, but the words spell it.
    const last = run.i - 2;
    // ("the long-delayed littoral combat ship (LCS) programme": lower-case words spell an acronym of a common noun, no name.)
    if (!gap && !b.toks[last]?.cap && lowerWordsSpell(b, last, b.toks[run.i]!.text)) {
      // ("a five-day multilateral maritime cooperative activity (MMCA)": words of an activity the acronym spells name an event.)
      const n = b.toks[run.i]!.text.length;
      if (SPELLED_ACTIVITIES.has(b.lowers[last]!) && !b.covered.subarray(last - n + 1, last + 1).some((c) => c !== 0)) {
        addMention(b, last - n + 1, last + 1, 'event', 'phrase', { head: b.lowers[last]!, aliases: [b.toks[run.i]!.text] });
        b.known.learnSpelledActivity(b.lowers[last]!);
        b.covered[run.i] = 1;
        return true;
      }
      b.known.learnCommonAcronym(b.lowers[run.i]!);
      b.covered[run.i] = 1;
      return true;
    }
    if (gap || !b.toks[last]?.cap || b.covered[last]) return false;
    const spelled = spelledName(b, { i: last, j: last + 1 }, b.toks[run.i]!.text);
    if (!spelled) return false;
    spelled.aliases.push(b.toks[run.i]!.text);
    b.covered[run.i] = 1;
    return true;
  }
  // "the Chief of Staff of the People's National Army (ANP)": the acronym is the body the post belongs to.
  // (Not "the Chief of the Defence Forces (CDF)": an acronym spelling the whole post is the post's.)
  if (prev.via === 'title' && prev.title?.affiliation !== undefined && !initialsMatch(b.toks[run.i]!.text, prev.surface)) {
    const body = b.mentions.find((m) => m.id === prev!.title!.affiliation && m.j === prev!.j);
    if (body && body.type !== 'state') prev = body;
  }
  // "the 21st Battalion of the Mozambican armed forces (FADM)": the acronym stands for the body named last.
  const owner = prev.owner === undefined ? undefined : b.mentions.find((m) => m.id === prev!.owner);
  // ("the 1st Battalion of the National Disaster Response Force (NDRF)": a unit named last when the acronym spells it.)
  if (owner && owner.j === prev.j && (owner.type === 'organization' || (owner.type === 'unit' && initialsMatch(b.toks[run.i]!.text, owner.surface))) && !initialsMatch(b.toks[run.i]!.text, prev.surface)) prev = owner;
  // "The Chief of Defence Staff (CDS), Gen. X": the acronym of a post is no body; it is skipped.
  if (prev.via === 'title') {
    if (prev.title && b.toks[run.i]!.upper) b.known.learnPostAcronym(b.toks[run.i]!.text, prev.title);
    b.covered[run.i] = 1;
    return true;
  }
  // "Inter-Services Public Relations (ISPR)": a name with its own acronym is an organization, not a person.
  if (prev.type === 'person') {
    // "Umbrella for Democratic Change (UDC)": the acronym spells a longer name through "for" / "of".
    const longer = initialsMatch(b.toks[run.i]!.text, prev.surface) ? undefined : spelledName(b, prev, b.toks[run.i]!.text);
    if (longer) {
      longer.aliases.push(b.toks[run.i]!.text);
      b.covered[run.i] = 1;
      return true;
    }
    if (!initialsMatch(b.toks[run.i]!.text, prev.surface)) return false;
    prev.type = 'organization';
    prev.title = undefined;
  }
  prev.aliases.push(b.toks[run.i]!.text);
  b.covered[run.i] = 1;
  return true;
}

/** ("KRI Sultan Iskandar Muda-367 ... the Sultan Iskandar Muda": a ship's name from `i` to `j` without the hull number joined to its last word.) */
function unnumberedShip(b: Builder, i: number, j: number): string[] {
  const joined = /^(\p{Lu}[\p{L}'’.]*)-\d{2,4}$/u.exec(b.toks[j - 1]!.text);
  return joined && j - i >= 2 ? [`${spanText(b, i, j - 1)} ${joined[1]}`] : [];
}

/** Titles opening a ship's name after its prefix, which the ship's short name drops ("ARA Almirante Irízar": "the Irízar"). */
const SHIP_NAME_TITLES = new Set(['almirante', 'capitán', 'capitan', 'comandante', 'general', 'presidente', 'teniente', 'coronel', 'contralmirante', 'vicealmirante', 'comodoro', 'sargento', 'admiral', 'commandant', 'president', 'amiral', 'capitaine', 'comandant', 'ammiraglio', 'generale', 'almirant', 'kapitan']);

/** Grades of orders of chivalry and merit, before "of the Order of X" ("Commander", "Grand Officer", "Knight"). */
const ORDER_GRADES = new Set(['commander', 'officer', 'member', 'companion', 'knight', 'dame', 'chevalier', 'grand officer', 'grand commander', 'knight commander', 'dame commander', 'knight grand cross', 'grand cordon', 'grand cross', 'grand collar', 'grand officier', 'commandeur', 'cavaliere', 'grand ribbon']);

/** "Commander of the Order of the Phoenix": the order named after a grade is the award; the grade is no post. */
function orderGrade(b: Builder, run: Run): boolean {
  const [grade, conn] = run.segs;
  if (!grade || grade.kind === 'gaz' || conn?.kind !== 'conn' || b.lowers[conn.i] !== 'of') return false;
  // ("Commander of the National Order of Niger": up to two words may come before the order's head.)
  let q = 2;
  while (q < 4 && run.segs[q]?.kind === 'word' && !b.lex.awardPrefix.has(b.lowers[run.segs[q]!.i]!)) q++;
  const order = run.segs[q];
  if (order?.kind !== 'word' || !ORDER_GRADES.has(b.lowers.slice(grade.i, grade.j).join(' ')) || !b.lex.awardPrefix.has(b.lowers[order.i]!)) return false;
  interpretPlain(b, run.segs.slice(2));
  return true;
}

/** "The visiting CDF": an acronym given earlier for a post ("Chief of Defence Force (CDF)") names the post again. */
function postAcronym(b: Builder, run: Run): boolean {
  if (run.j - run.i !== 1 || !b.toks[run.i]!.upper) return false;
  const post = b.known.postOfAcronym(b.toks[run.i]!.text);
  if (!post) return false;
  addMention(b, run.i, run.j, 'person', 'title', { title: newTitle(post.role, post.head, post.kind) });
  return true;
}

/**
 * "the UN refugee agency UNHCR": the name owning the descriptor ("UN" + "refugee agency") was read
 * as that name with the descriptor as an alias; the body named after it is what the descriptor
 * describes, so the descriptor becomes the body's alias and the owner's mention goes.
 */
function describedBody(b: Builder, named: Mention): void {
  const k = b.mentions.findIndex((x) => x !== named && x.type === 'organization' && x.j < named.i && x.via === 'name' && x.aliases.includes(spanText(b, x.i, named.i)));
  if (k < 0) return;
  const owner = b.mentions[k]!;
  named.aliases.push(spanText(b, owner.i, named.i));
  if (b.facts.some((f) => f.source === owner.id || f.target === owner.id)) return;
  b.mentions.splice(k, 1);
}


/** Last words of the two-word entries of a set of nouns ("oil tanker" → "tanker"), built once per set. */
const lastWordsOf = new WeakMap<ReadonlySet<string>, Set<string>>();

/** `prev` alone, or "`prev2` `prev`", is one of `nouns` ("the tanker X", "the oil tanker X"); no string is built unless it can match. */
function hasNoun(nouns: ReadonlySet<string>, prev2: string, prev: string): boolean {
  if (nouns.has(prev)) return true;
  let last = lastWordsOf.get(nouns);
  if (!last) {
    last = new Set();
    for (const n of nouns) if (n.includes(' ')) last.add(n.slice(n.lastIndexOf(' ') + 1));
    lastWordsOf.set(nouns, last);
  }
  return last.has(prev) && nouns.has(`${prev2} ${prev}`);
}

/**
 * Tok.classes bit of the words hasNoun can be true for with the three noun sets interpretRun asks
 * about: a word of a set, or the last word of one of its two-word entries.
 */
const RUN_NOUN = wordClass(() => {
  const lex = getLexicon();
  return [lex.civilianShipNouns, lex.shipNouns, lex.orgDescriptors].flatMap((nouns) => [...nouns].flatMap((n) => [n, n.slice(n.lastIndexOf(' ') + 1)]));
});

/** `run` is an item of a list of names opened by a plural warship noun ("the frigates Carlo Bergamini, Kimon and Kotor"). */
function shipListed(b: Builder, run: Run): boolean {
  if (run.segs.some((s) => s.kind === 'gaz' && s.gaz!.kind !== 'capital')) return false;
  const ship = shipWordBefore(b.lex, b.toks, run.i);
  return ship !== undefined && ship.plural && !b.lex.civilianShipNouns.has(ship.kind);
}

/** A hull classification symbol: letters, a hyphen, a number ("AGB-47", "FFG-62", "F-105"). */
const HULL_CODE = /^[A-Z]{1,4}-\d{1,4}$/;

/**
 * "commissioned its second polar icebreaker, the AGB-47 Piloto Pardo,": a hull code before a name set off after a
 * warship noun names the ship (named without its code too). (Aircraft codes, "the F-16 Fighting Falcon", have no
 * warship noun before them.)
 */
function hullCodedShip(b: Builder, run: Run): boolean {
  if (run.j - run.i < 2 || !HULL_CODE.test(b.toks[run.i]!.text) || !run.segs.every((s) => s.kind === 'word' || s.kind === 'conn')) return false;
  if (wordAt(b.lowers, run.i - 1) !== 'the' || tokAt(b.toks, run.i - 2)?.text !== ',') return false;
  const noun = wordAt(b.lowers, run.i - 3) ?? '';
  if (!b.lex.shipNouns.has(noun) || b.lex.civilianShipNouns.has(noun)) return false;
  for (let k = run.i; k < run.j; k++) b.covered[k] = 1;
  return addMention(b, run.i, run.j, 'unit', 'name', { core: normAlias(wordsText(b, run.i, run.j)), aliases: [spanText(b, run.i + 1, run.j)] }) !== undefined;
}

/** Verbs that give a ship its (new) name. */
const RENAMING = new Set(['renamed', 'rechristened', 'christened', 'commissioned']);

/**
 * "Brajković told Jutarnji list" after the dateline's "/Jutarnji list/": a name the document knows (a body's) that goes
 * on with a lower-case word is that name whole.
 */
function knownWithLowerWord(b: Builder, run: Run): boolean {
  const next = b.toks[run.j];
  if (!next || next.kind !== 'w' || next.cap || run.j - run.i > 3 || !/^\p{Ll}+$/u.test(next.text) || b.lex.functionWords.has(next.lower)) return false;
  const core = normAlias(wordsText(b, run.i, run.j + 1));
  if (b.known.aliasType(core) !== 'organization') return false;
  return addMention(b, run.i, run.j + 1, 'organization', 'name', { core }) !== undefined;
}

function interpretRun(b: Builder, run: Run): void {
  if (acronymOf(b, run)) return;
  if (knownNumberedAcronym(b, run)) return;
  if (postAcronym(b, run)) return;
  const prev = wordAt(b.lowers, run.i - 1) ?? '';
  const prev2 = wordAt(b.lowers, run.i - 2) ?? '';
  // (Without a token before the run, prev is '' and hasNoun is asked as it is.)
  const prevTok = tokAt(b.toks, run.i - 1);
  const nounBefore = prevTok === undefined || (prevTok.classes & RUN_NOUN) !== 0;
  if (knownWithLowerWord(b, run)) return;

  // "the two Heads of State": a plural post, no name (read as a group of people in phrases.ts).
  if (run.j === run.i + 1 && (headsOfStateAt(b.lowers, run.i) || headsOfStateAt(b.lowers, run.i - 2))) return;
  // "the tanker Kaspian Dawn": a civilian ship's name is no entity.
  if (nounBefore && hasNoun(b.lex.civilianShipNouns, prev2, prev)) {
    for (let k = run.i; k < run.j; k++) b.covered[k] = 1;
    return;
  }
  // "INS Kolkata", "HMS Prince of Wales": a warship prefix names a ship (any "HM...S": "HMJS Port Royal").
  // ("PNS Tippu Sultan", "PNS Admiral X": title words inside its name too, not a post right after the letters: "the RSS
  // Executive Director, Colonel X".)
  // ("the HMAS Cairns naval base": a shore base named like a ship is a place.)
  const opening = b.toks[run.i]!.text;
  // ("The Regional Security System (RSS) ... The RSS Council of Ministers": not a body's known acronym before a body's head.)
  const bodysAcronym = b.known.aliasType(opening.toLowerCase()) === 'organization' && b.lowers.slice(run.i + 1, run.j).some((w) => b.lex.orgHeads.has(w));
  const prefixed = run.j - run.i >= 2 && warshipPrefix(b.lex, opening) && !bodysAcronym && b.toks[run.i + 1]!.cap && run.segs.every((s, x) => s.kind === 'word' || s.kind === 'conn' || s.kind === 'gaz' || (s.kind === 'title' && (x > 1 || s.title === 'rank')));
  if (prefixed) {
    // ("BRP Teresa Magbanua ... the Teresa Magbanua": the ship is named without its prefix too.)
    // ("ARA Almirante Irízar ... The Irízar": past a title opening the name, too.)
    const titled = run.j - run.i >= 3 && SHIP_NAME_TITLES.has(b.lowers[run.i + 1]!) ? [spanText(b, run.i + 2, run.j)] : [];
    // ("KRI Sultan Iskandar Muda-367 ... the Sultan Iskandar Muda": and without the hull number joined to its last word.)
    addMention(b, run.i, run.j, 'unit', 'name', { core: normAlias(wordsText(b, run.i, run.j)), aliases: [spanText(b, run.i + 1, run.j), ...titled, ...unnumberedShip(b, run.i + 1, run.j)] });
    return;
  }
  if (hullCodedShip(b, run)) return;
  if (stationAfterService(b, run)) return;
  if (numberedPosition(b, run)) return;
  const hull = tokAt(b.toks, run.j);
  const hullNumbered = run.j === run.i + 1 && b.toks[run.i]!.upper && hull?.kind === 'n' && /^\d{2,5}$/.test(hull.text);
  // ("The ship, renamed CSB 8021, entered service": a ship given letters and a hull number as its new name.)
  if (hullNumbered && RENAMING.has(prev)) {
    addMention(b, run.i, run.j + 1, 'unit', 'name', { core: normAlias(wordsText(b, run.i, run.j + 1)) });
    return;
  }
  // ("sent the frigates Carlo Bergamini, Kimon and Kotor": names listed after a plural ship noun are ships.)
  if ((prev === ',' || prev === 'and' || shipWordAt(b.lex, prev)?.plural === true) && shipListed(b, run)) {
    interpretPlain(b, run.segs, { force: 'unit' });
    return;
  }
  if (nounBefore && hasNoun(b.lex.shipNouns, prev2, prev)) {
    // ("the Vietnamese cutter CSB 8001": a ship named by letters and a hull number.)
    if (hullNumbered) {
      addMention(b, run.i, run.j + 1, 'unit', 'name', { core: normAlias(wordsText(b, run.i, run.j + 1)) });
      return;
    }
    // ("the Guardian-class patrol boat RSIPV Auki ... The Auki": a prefix in capitals, known or not, and the ship's own name.)
    const m = interpretPlain(b, run.segs, { force: 'unit' });
    if (m && m.i === run.i && m.j === run.j && run.j - run.i >= 2 && run.j - run.i <= 4 && /^\p{Lu}{3,6}$/u.test(b.toks[run.i]!.text) && b.toks[run.i + 1]!.cap && !b.toks[run.i + 1]!.upper) m.aliases.push(spanText(b, run.i + 1, run.j), ...unnumberedShip(b, run.i + 1, run.j));
    return;
  }
  // "was awarded the medal For Strengthening Military Cooperation": a lower-case award word before a capitalised "For" name.
  if (b.toks[run.i]!.text === 'For' && AWARD_WORDS.has(prev) && run.j - run.i >= 2 && !run.segs.some((s) => s.kind === 'gaz' || s.kind === 'title')) {
    const m = addMention(b, run.i - 1, run.j, 'award', 'name', { head: prev });
    if (m) m.label = `${prev.charAt(0).toUpperCase()}${prev.slice(1)} ${spanText(b, run.i, run.j)}`;
    return;
  }
  if (givenAsAward(b, run, prev, prev2)) return;
  // ("Urdaneta, who leads Vente Venezuela": capitalised words and a state's name last, led or founded, name a movement.)
  const last = run.segs[run.segs.length - 1]!;
  if (LEADING_VERBS.has(prev) && run.segs.length >= 2 && last.kind === 'gaz' && last.gaz?.kind === 'state' && run.segs.slice(0, -1).every((s) => s.kind === 'word')) {
    addMention(b, run.i, run.j, 'organization', 'name', { core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  // ("soldiers of the 44th Light Motorised Battalion from Jindřichův Hradec": where a unit comes from is a place.)
  if (prev === 'from' && run.segs.every((s) => s.kind === 'word') && b.mentions.some((x) => x.j === run.i - 1 && x.type === 'unit')) {
    interpretPlain(b, run.segs, { force: 'place' });
    return;
  }
  if (awardOfPost(b, run, prev)) return;
  if (groupWordBeforeOf(b, run)) return;
  // "the Bundeswehr's 45th Armoured Brigade", "the Bundeswehr's first combat brigade": an unknown name owning a unit is a body.
  if (ownsNumberedUnit(b, run)) {
    interpretPlain(b, run.segs.filter((s) => s.kind !== 'poss'), { force: 'organization' });
    return;
  }
  const listed = prev === 'and' && b.mentions.some((m) => m.j === run.i - 1 && m.type === 'place' && m.aliases.some((a) => / of /.test(a)));
  if (listed && !run.segs.some((s) => s.kind === 'gaz' || s.kind === 'title')) {
    // "the eastern cities of Goma and Bukavu"
    interpretPlain(b, run.segs, { force: 'place' });
    return;
  }
  // "the Mail & Guardian", "Standard & Poor's": words joined by an ampersand name one body.
  if (run.segs.some((s) => s.kind === 'conn' && b.toks[s.i]!.text === '&') && run.segs.every((s) => s.kind === 'word' || s.kind === 'conn')) {
    addMention(b, run.i, run.j, 'organization', 'name', { core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  // "Spanish companies such as Navantia and Indra": names listed after a plural of bodies and "such as" are bodies.
  if (!run.segs.some((s) => s.kind === 'gaz' || s.kind === 'title') && bodiesSuchAs(b, run.i)) {
    interpretPlain(b, run.segs, { force: 'organization' });
    return;
  }
  // "the Dhemaji and Lakhimpur districts of Assam": names listed before a plural area noun are places.
  // (No list closes without a plural area noun in the sentence: AREA_PLURAL.)
  const area = (b.classes & AREA_PLURAL) === 0 || run.segs.some((s) => s.kind === 'gaz' || s.kind === 'title') ? -1 : areaListEnd(b, run.i, run.j);
  if (area > 0) {
    const m = interpretPlain(b, run.segs, { force: 'place' });
    if (m) m.aliases.push(`${m.surface} ${areaSingular(b, area)}`);
    return;
  }
  // ("the town of Mocímboa da Praia": a known name inside it, after a particle, is still part of the place's name.)
  // ("Rajbiraj, the district headquarters of Saptari": so is the seat of an area.)
  const seatOf = prev2 === 'headquarters' && AREA_SEATS.has(b.lowers[run.i - 3] ?? '');
  if (prev === 'of' && (b.lex.placeOfNouns.has(prev2) || seatOf) && run.segs[0]!.kind === 'word' && !run.segs.some((s) => s.kind === 'title' || (s.kind === 'gaz' && b.lex.particles.has(b.lowers[s.i - 1] ?? '') === false))) {
    const m = interpretPlain(b, run.segs, { force: 'place' });
    // ("the Dhemaji and Lakhimpur districts of Assam": what owns a list of named areas is no district itself.)
    if (m && !(isAreaPlural(prev2) && b.toks[run.i - 3]?.cap)) {
      if (!seatOf) m.aliases.push(`${prev2} of ${m.surface}`);
      // "the Azerbaijani city of Shusha": the demonym names the state it lies in.
      // ("the Latvian port city of Liepaja": past a lower-case word before the place noun.)
      // (Not a direction: "in Tongan waters north of Vava'u".)
      const demonym = b.mentions.find((x) => x.type === 'state' && (x.j === run.i - 2 || (x.j === run.i - 3 && b.toks[run.i - 3]!.kind === 'w' && !b.toks[run.i - 3]!.cap && !b.lex.compass.has(prev2))));
      if (demonym) b.facts.push({ type: 'LOCATED_IN', source: m.id, target: demonym.id });
      // ("in the Tripoli suburb of Tajoura": a place named before the place noun holds it.)
      const holder = demonym ? undefined : b.mentions.find((x) => x.type === 'place' && !x.nested && x.j === run.i - 2 && b.lowers[x.i - 1] === 'the');
      if (holder) b.facts.push({ type: 'LOCATED_IN', source: m.id, target: holder.id });
    }
    return;
  }
  // "signed the Portugal–Angola Framework Programme for Defence Cooperation": what is signed is an agreement.
  // ("signed the 2061 Military Cooperation Plan between ...": a year may open its name.)
  const articled = (prev === 'the' || prev === 'a' || prev === 'an') && SIGN_VERBS.has(prev2);
  const yearLed = !articled && /^\d{4}$/.test(prev) && b.lowers[run.i - 2] === 'the' && SIGN_VERBS.has(b.lowers[run.i - 3] ?? '');
  // ("signed the Military Cooperation Plan": a plan's name is no body's name, but signed it is an agreement.)
  if ((articled || yearLed) && SIGNABLE_HEADS.has(b.lowers[run.j - 1]!) && run.segs.every((x) => x.kind === 'word' || x.kind === 'conn')) {
    const i = yearLed ? run.i - 1 : run.i;
    addMention(b, i, run.j, 'agreement', 'name', { head: b.lowers[run.j - 1]!, core: normAlias(wordsText(b, i, run.j)) });
    return;
  }
  if (articled) {
    const m = interpretPlain(b, run.segs);
    if (!m || m.type !== 'organization' || m.i !== run.i || m.via !== 'name' || !SIGNABLE_HEADS.has(m.head ?? '')) return;
    // ("... for Defence Cooperation 2028–2030": the years it covers are part of its name.)
    let j = m.j;
    if (/^\d{4}$/.test(b.toks[j]?.text ?? '')) j += /^[-–]$/.test(b.toks[j + 1]?.text ?? '') && /^\d{4}$/.test(b.toks[j + 2]?.text ?? '') ? 3 : 1;
    b.mentions.splice(b.mentions.indexOf(m), 1);
    addMention(b, m.i, j, 'agreement', 'name', { head: m.head, core: normAlias(wordsText(b, m.i, j)) });
    return;
  }
  // "conferred the Nishan-e-Imtiaz on X": what is conferred is an award.
  if (prev === 'the' && AWARD_VERBS.has(prev2)) {
    const m = interpretPlain(b, run.segs);
    if (m && m.type !== 'award' && m.type !== 'state' && m.head === undefined && m.i === run.i) m.type = 'award';
    return;
  }
  const descriptor = nounBefore && hasNoun(b.lex.orgDescriptors, prev2, prev);
  // ("the railway company Kazakhstan Temir Zholy": a state's name may open the company's name.)
  const stateOpened = run.segs.length > 1 && run.segs[0]!.kind === 'gaz' && run.segs.slice(1).every((s) => s.kind === 'word' || s.kind === 'conn');
  if (descriptor && (stateOpened || run.segs.every((s) => s.kind === 'word' || s.kind === 'conn'))) {
    const segs = stateOpened ? [seg('word', run.segs[0]!.i, run.segs[0]!.j), ...run.segs.slice(1)] : run.segs;
    // ("the rights organization Support Group for Repatriates and Refugees": a name with a head and a complement of its own reads as usual.)
    const m = interpretPlain(b, segs, headedBodyWithComplement(b, segs) ? {} : { force: 'organization' });
    if (m) describedBody(b, m);
    return;
  }
  // "the Chief of Defence Forces Commendation": a name ending in an award word is the award, whatever titles it holds.
  const lastSeg = run.segs[run.segs.length - 1];
  // ("the Executive Director's Shield", "the Commandant's Cup": a trophy word after a post's possessive.)
  const trophy = lastSeg?.kind === 'word' && TROPHIES.has(b.lowers[lastSeg.j - 1]!) && run.segs[run.segs.length - 2]?.kind === 'poss';
  if (lastSeg?.kind === 'word' && run.segs.some((s) => s.kind === 'title') && (b.lex.awardSuffix.has(b.lowers[lastSeg.j - 1]!) || trophy) && (prev === 'the' || prev === 'a')) {
    addMention(b, run.i, run.j, 'award', 'name', { head: b.lowers[run.j - 1]!, core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  // "the Sir Dawda Jawara International Conference Centre", "King Fahd University": a place or body named after someone.
  // "the Comandante Germán Pomares Humanitarian Rescue Battalion": so are units named after one.
  const namedAfterHead = lastSeg?.kind === 'word' && (NAMED_AFTER_HEADS.has(b.lowers[lastSeg.j - 1]!) || NAMED_UNITS.has(b.lowers[lastSeg.j - 1]!));
  // ("the Spanish Army's King Alfonso XIII Legion Brigade": after its owner's possessive.)
  const poss = run.segs.findIndex((s) => s.kind === 'poss');
  const ownedAfter = poss < 0 || (poss > 0 && run.segs.slice(0, poss).every((s) => s.kind !== 'title') && run.segs[poss + 1]?.kind === 'title' && run.segs.length - poss > 2);
  // ("the King Abdullah II Design and Development Bureau": an "and" inside a body named after a monarch.)
  const royal = run.segs[0]!.kind === 'title' && ROYAL_TITLES.has(b.lowers[run.segs[0]!.i]!);
  if (run.segs.length > 1 && run.segs.some((s) => s.kind === 'title') && namedAfterHead && lastSeg.j - run.segs[1]!.i >= 2 && ownedAfter && !run.segs.some((s) => s.kind === 'conn' && !b.lex.particles.has(b.lowers[s.i]!) && !(royal && b.lowers[s.i] === 'and'))) {
    interpretPlain(b, run.segs.map((s) => (s.kind === 'title' ? seg('word', s.i, s.j) : s)));
    return;
  }
  // "made a Commander of the Order of the Phoenix": a grade of an order names the order given.
  if (orderGrade(b, run)) return;
  // "Port Sultan Qaboos", "Fort President Y": a place prefix before a titled name names a place after the person.
  const first = run.segs[0];
  if (first?.kind === 'word' && first.j - first.i === 1 && b.lex.placePrefix.has(b.lowers[first.i]!) && run.segs[1]?.kind === 'title' && run.segs.length > 2 && run.segs.every((s) => s.kind === 'word' || s.kind === 'title')) {
    addMention(b, run.i, run.j, 'place', 'name', { core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  // "the Saudi general": a demonym and a rank after "the" refer back to an officer.
  const rankAnaphor = prev === 'the' && lastSeg?.kind === 'title' && lastSeg.title === 'rank' && ((run.segs.length === 2 && run.segs[0]!.kind === 'gaz') || run.segs.length === 1);
  // "Mongolian Brigadier General X": a demonym and a rank before a name are the officer's (the person's mention leads from the demonym).
  const demonymRank = run.segs.length > 2 && run.segs[0]!.kind === 'gaz' && run.segs[0]!.gaz?.kind === 'demonym' && run.segs[1]!.kind === 'title' && run.segs[1]!.title === 'rank' &&
    run.segs.slice(2).every((s) => s.kind === 'word' && !b.lowers.slice(s.i, s.j).some((w) => b.lex.orgHeads.has(w) || b.lex.unitHeads.has(w) || b.lex.placeHeads.has(w) || b.lex.eventHeads.has(w)));
  // ("deployed to the Constable Pynt airstrip": a name before a lower-case place head is the place's, a rank's words too.)
  if (prev === 'the' && run.segs[0]?.kind === 'title' && run.segs[0]!.title === 'rank' && run.segs.length > 2 && lastSeg?.kind === 'lowhead' && b.lex.placeLower.has(wordsText(b, lastSeg.i, lastSeg.j).toLowerCase()) && run.segs.slice(1, -1).every((s) => s.kind === 'word')) {
    addMention(b, run.i, run.j, 'place', 'name', { core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  // ("the Pakistan Navy's PNS Tippu Sultan": a prefixed ship after its owner's possessive holds no post, whatever its words.)
  const ownedShip = run.segs.findIndex((s, x) => s.kind === 'poss' && run.segs[x + 1]?.kind === 'word' && warshipPrefix(b.lex, b.toks[run.segs[x + 1]!.i]!.text) && !!b.toks[run.segs[x + 1]!.i + 1]?.cap && !(run.segs[x + 2]?.kind === 'title' && run.segs[x + 2]!.title !== 'rank'));
  if (ownedShip > 0) {
    interpretPlain(b, run.segs);
    return;
  }
  if (run.segs.some((s) => s.kind === 'title' && s.title !== 'rank') || (run.segs[0]?.kind === 'title' && run.segs.length > 1) || rankAnaphor || demonymRank) {
    // ("the minesweeper Lieutenant Lupu Dinescu ... The Lieutenant Lupu Dinescu, which is commanded by": a ship named
    // after an officer, named whole before, is that ship again.)
    if (run.segs[0]?.kind === 'title' && knownShipNamedAfter(b, run)) return;
    // ("under its Official Security Assistance programme": a name before a scheme's noun holds no post.)
    if (run.segs[0]?.kind === 'title' && SCHEME_NOUNS.has(b.lowers[run.j] ?? '')) return;
    interpretTitled(b, run);
    return;
  }
  // ("Royal Navy Commodore Rupert Kingsmill", "US Army Colonel X": a service's name before a rank is the service, the rest the officer.)
  const rankAt = serviceBeforeRank(b, run);
  if (rankAt > 0) {
    interpretPlain(b, run.segs.slice(0, rankAt));
    interpretTitled(b, { ...run, segs: run.segs.slice(rankAt), i: run.segs[rankAt]!.i });
    // (The officer's words open at the service: "Led by Navy Lieutenant Colonel X, the contingent".)
    const officer = b.mentions.find((m) => m.type === 'person' && m.j === run.j && m.i > run.i);
    if (officer) officer.lead = run.i;
    return;
  }
  // ("the Italian Consulate General in Ankawa": "General" after "Consulate" ends a mission's name, no rank.)
  if (lastSeg?.kind === 'title' && lastSeg.j === run.j && b.lowers[lastSeg.i] === 'general' && b.lowers[lastSeg.i - 1] === 'consulate') {
    addMention(b, run.i, run.j, 'organization', 'name', { head: 'consulate', core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  interpretPlain(b, run.segs);
}

/**
 * Index of the first of the ranks in a run of two or more name words ending in a service's last word, then ranks only,
 * then the name ("Royal Navy Commodore Rupert Kingsmill"); else -1.
 */
function serviceBeforeRank(b: Builder, run: Run): number {
  const segs = run.segs;
  const r = segs.findIndex((s) => s.kind === 'title');
  // ("Navy Lieutenant Colonel X" in home copy: a service's one word too.)
  const oneWord = r === 1 && segs[0]!.kind === 'word' && segs[0]!.j === segs[0]!.i + 1 && segs.length > 3;
  if (r < 1 || segs[r]!.title !== 'rank' || (segs[r - 1]!.i - run.i + (segs[r - 1]!.j - segs[r - 1]!.i) < 2 && !oneWord)) return -1;
  if (!segs.slice(0, r).every((s) => s.kind === 'word' || s.kind === 'gaz') || !ARMED_SERVICE_HEADS.has(b.lowers[segs[r - 1]!.j - 1]!)) return -1;
  const rest = segs.slice(r);
  return rest[rest.length - 1]!.kind === 'word' && rest.every((s) => s.kind === 'word' || (s.kind === 'title' && s.title === 'rank')) ? r : -1;
}

/** A titled run whose whole text names a unit of the document already (a ship named after an officer): mentioned as it. */
function knownShipNamedAfter(b: Builder, run: Run): boolean {
  // (Before the document names a unit, no alias is one: a third of the calls, spared building and normalising the text.)
  if (!b.known.knowsUnitAlias()) return false;
  const core = normAlias(wordsText(b, run.i, run.j));
  if (b.known.aliasType(core) !== 'unit') return false;
  addMention(b, run.i, run.j, 'unit', 'name', { core });
  return true;
}

/** Plurals of bodies a "such as" list names ("companies such as X and Y"). */
const BODY_PLURALS = new Set(['companies', 'firms', 'organisations', 'organizations', 'agencies', 'manufacturers', 'contractors', 'shipyards', 'banks', 'groups', 'corporations', 'charities', 'ngos']);

/** The run at `i` is an item of a list opened by "BODIES such as" ("companies such as Navantia and Indra"), "BODIES, among them" or "BODIES including". */
function bodiesSuchAs(b: Builder, i: number): boolean {
  let k = i - 1;
  while (k > 2 && k > i - 12 && (b.toks[k]!.cap || b.toks[k]!.text === ',' || b.lowers[k] === 'and')) k--;
  // (wordAt: k may be below 2, and a negative index read turns the site megamorphic.)
  const w = wordAt(b.lowers, k);
  if (w === 'as') return wordAt(b.lowers, k - 1) === 'such' && BODY_PLURALS.has(wordAt(b.lowers, k - 2) ?? '');
  // ("41 Turkish companies, among them Aselsan and Baykar", "firms including X and Y": so do "among them" and "including".)
  if (w === 'them') return wordAt(b.lowers, k - 1) === 'among' && wordAt(b.lowers, k - 2) === ',' && BODY_PLURALS.has(wordAt(b.lowers, k - 3) ?? '');
  if (w === 'including') return BODY_PLURALS.has(wordAt(b.lowers, k - 1) ?? '') || (wordAt(b.lowers, k - 1) === ',' && BODY_PLURALS.has(wordAt(b.lowers, k - 2) ?? ''));
  return false;
}

const SIGN_VERBS = new Set(['signed', 'sign', 'signs', 'inked', 'ratified', 'initialled', 'initialed']);
/** Lower-case nouns of a scheme or fund named by the capitalised words before them ("Official Security Assistance programme"). */
const SCHEME_NOUNS = new Set(['programme', 'program', 'scheme', 'fund', 'initiative', 'project']);
/** Heads of bodies that are also documents when signed ("Framework Programme", "Action Plan", "Charter"). */
const SIGNABLE_HEADS = new Set(['programme', 'program', 'plan', 'roadmap', 'framework', 'initiative', 'mechanism', 'partnership']);

const AWARD_VERBS = new Set(['conferred', 'confers', 'confer', 'bestowed', 'bestows', 'bestow']);
/** Verbs after which "the NAME" is what is given: "presented the Bronze Lion to X", "awarded the Y". */
const GIVING_VERBS = new Set(['conferred', 'bestowed', 'awarded', 'presented']);
/** Verbs after which "with the NAME" is what is given: "was presented with the Nkwe ya Boronse". */
const GIVEN_WITH = new Set(['presented', 'decorated', 'honoured', 'honored']);

/** A verb of GIVEN_WITH ends at `k`, or one adverb after it does ("was decorated separately with the"). */
function givenWithBefore(b: Builder, k: number): boolean {
  const w = b.lowers[k] ?? '';
  if (GIVEN_WITH.has(w)) return true;
  return (w === 'also' || (w.length > 4 && w.endsWith('ly'))) && GIVEN_WITH.has(b.lowers[k - 1] ?? '');
}

/**
 * "was presented with the Nkwe ya Boronse", "presented the Bronze Lion to X", "the honorary title of Thiri
 * Pyanchi": an unknown plain name in the place of the thing given is an award (a short lower-case particle
 * of a foreign award name joins it).
 */
function givenAsAward(b: Builder, run: Run, prev: string, prev2: string): boolean {
  const frame = (prev === 'the' && (GIVING_VERBS.has(prev2) || (prev2 === 'with' && givenWithBefore(b, run.i - 3)) || givenToName(b, run.i - 2))) || (prev === 'of' && prev2 === 'title');
  if (!frame || !run.segs.every((s) => s.kind === 'word' || s.kind === 'conn')) return false;
  // ("presented the Tu-160 bombers": a model designator; "the Moran of the Order of X": a grade of the award after it.)
  if (b.toks.slice(run.i, run.j).some((t) => /\d/.test(t.text)) || b.lowers[run.j] === 'of') return false;
  if (b.known.aliasType(normAlias(wordsText(b, run.i, run.j))) !== undefined) return false;
  let j = run.j;
  while (b.toks[j]?.kind === 'w' && !b.toks[j]!.cap && b.lowers[j]!.length <= 3 && !b.lex.functionWords.has(b.lowers[j]!) && b.toks[j + 1]?.cap) {
    j++;
    while (b.toks[j]?.cap && b.toks[j]!.kind === 'w') j++;
  }
  // ("presented the Patriot system": a name before a noun modifies it.)
  const next = b.toks[j];
  if (next && next.kind === 'w' && !next.cap && !b.lex.functionWords.has(next.lower)) return false;
  for (let k = run.i; k < j; k++) b.covered[k] = 1;
  addMention(b, run.i, j, 'award', 'name', { core: normAlias(wordsText(b, run.i, j)) });
  return true;
}

/**
 * "received the Cross of Merit of the Minister of Defence", "the Medal of the President of the Republic": an award's
 * name goes on over the post that gives it.
 */
function awardOfPost(b: Builder, run: Run, prev: string): boolean {
  if (prev !== 'the' || !b.lex.awardPrefix.has(b.lowers[run.i]!) || b.lowers[run.i + 1] !== 'of' || !run.segs.some((s) => s.kind === 'title' && s.i > run.i)) return false;
  for (let k = run.i; k < run.j; k++) b.covered[k] = 1;
  addMention(b, run.i, run.j, 'award', 'name', { head: b.lowers[run.i]!, core: normAlias(wordsText(b, run.i, run.j)) });
  return true;
}

/** "awarded Morinaga the Bintang Yudha Dharma Utama": one to three capitalised words ending at `k` right after "awarded". */
function givenToName(b: Builder, k: number): boolean {
  let h = k;
  while (h > k - 3 && h >= 0 && b.toks[h]!.kind === 'w' && b.toks[h]!.cap) h--;
  return h < k && h >= 0 && (b.lowers[h] === 'awarded' || b.lowers[h] === 'conferred');
}

/** "at UN Position 7-1", "Observation Post 52": a post troops hold, named with its number, is a place. */
function numberedPosition(b: Builder, run: Run): boolean {
  const last = b.toks[run.j - 1]!;
  if (run.j - run.i < 2 || last.kind !== 'n' || !POSITION_HEADS.has(b.lowers[run.j - 2]!) || !b.toks[run.j - 2]!.cap || !run.segs.every((s) => s.kind === 'word')) return false;
  return addMention(b, run.i, run.j, 'place', 'name', { core: normAlias(wordsText(b, run.i, run.j)) }) !== undefined;
}

/** Services whose letters open the name of one of their stations ("RAF Lakenheath", "CFB Esquimalt", "NAS Sigonella"). */
const STATION_SERVICES = new Set(['RAF', 'RNAS', 'CFB', 'NAS', 'MCAS', 'RAAF', 'RNZAF']);

/**
 * "returned to RAF Lakenheath in England": a service's letters and one or two capitalised words (no head, no known
 * person, not modifying a noun: "RAF Typhoon jets") name a station, a place.
 */
function stationAfterService(b: Builder, run: Run): boolean {
  if (run.j - run.i < 2 || run.j - run.i > 3 || !STATION_SERVICES.has(b.toks[run.i]!.text) || !run.segs.every((s) => s.kind === 'word')) return false;
  for (let k = run.i + 1; k < run.j; k++) {
    const t = b.toks[k]!;
    if (!t.cap || t.upper || isHeadWord(b, t.lower) || b.known.personToken(t.lower)) return false;
  }
  const next = b.toks[run.j];
  if (next && next.kind === 'w' && !next.cap && !b.lex.functionWords.has(next.lower) && !REPORTING.has(next.lower)) return false;
  return addMention(b, run.i, run.j, 'place', 'name', { core: normAlias(wordsText(b, run.i, run.j)) }) !== undefined;
}

const REPORTING = new Set(['said', 'says', 'is', 'was', 'has', 'had']);

/** Heads of places and bodies often named after a person with a title. */
const NAMED_AFTER_HEADS = new Set(['bureau', 'centre', 'center', 'mausoleum', 'memorial', 'monument', 'tomb', 'cemetery', 'airport', 'university', 'school', 'college', 'hospital', 'stadium', 'institute', 'academy', 'library', 'museum', 'hall', 'bridge', 'avenue', 'street', 'boulevard', 'square', 'station', 'port', 'base', 'barracks', 'palace', 'park', 'foundation', 'highway', 'island', 'land', 'causeway', 'bay', 'sound', 'strait', 'channel', 'canal', 'dam', 'glacier', 'peninsula', 'city', 'complex']);

/** Unit heads a name after a titled person may end in. */
const NAMED_UNITS = new Set(['battalion', 'brigade', 'regiment', 'division', 'squadron', 'company', 'detachment', 'corps']);

const AWARD_WORDS = new Set(['title', 'order', 'medal', 'award', 'prize', 'honour', 'honor', 'distinction', 'decoration']);

/**
 * quotedAward starts from one of AWARD_WORDS (before the quotation mark), mottoAward from one of the lexicon's
 * award suffixes (closing the motto): one class for both, which most sentences have no word of.
 */
const AWARD_WORD = wordClass(() => [...AWARD_WORDS, ...getLexicon().awardSuffix, ...getLexicon().awardInitial]);

/** "the honorary title “For Courage and Bravery”": a quoted capitalised name after an award word. */
function quotedAward(b: Builder): void {
  // (A sentence without an award word is skipped by its class bit, not scanned for quotation marks.)
  if ((b.classes & AWARD_WORD) === 0) return;
  for (let k = 0; k + 2 < b.toks.length; k++) {
    const q = b.toks[k]!;
    // (Quotation marks are punctuation tokens: the kind is tested first.)
    if (q.kind !== 'p' || (q.text !== '“' && q.text !== '"' && q.text !== '«') || !AWARD_WORDS.has(wordAt(b.lowers, k - 1) ?? '')) continue;
    let e = k + 1;
    while (e < b.toks.length && e - k < 10 && !['”', '"', '»'].includes(b.toks[e]!.text)) e++;
    if (e >= b.toks.length || e === k + 1 || !b.toks[k + 1]!.cap) continue;
    for (let i = k + 1; i < e; i++) b.covered[i] = 1;
    // 'the Order "Augusto C. Sandino"': a capitalised award word before the quote is part of the name.
    const named = b.toks[k - 1]!.cap && !b.covered[k - 1];
    // ('the National Order "Faithful Service"': with the capitalised words that open the award word's name.)
    let s = k - 1;
    while (named && s > 0 && s > k - 3 && b.toks[s - 1]!.kind === 'w' && b.toks[s - 1]!.cap && !b.covered[s - 1] && !b.lex.functionWords.has(b.lowers[s - 1]!) && !b.known.personToken(b.lowers[s - 1]!)) s--;
    if (named) for (let i = s; i < k; i++) b.covered[i] = 1;
    const m = addMention(b, named ? s : k + 1, named ? e + 1 : e, 'award', 'name', { core: b.lowers.slice(k + 1, e).join(' ') });
    if (m && named) m.aliases.push(`${b.toks[k - 1]!.text} ${spanText(b, k + 1, e)}`);
    k = e;
  }
}

/** Lower-case words inside a head-first award name ("Medalla de la Paz", "Ordre du Mérite"). */
const AWARD_NAME_PARTICLES = new Set(['de', 'del', 'la', 'los', 'las', 'da', 'do', 'dos', 'das', 'des', 'du', 'di', 'della', 'al', 'el']);

/**
 * "received the Darjah Seri Paduka Mahkota Brunei Yang Amat Mulia Darjah Pertama (SPMB)", "the Pingat Bakti Laila
 * Ikhlas (PBLI)", "the Orden del Libertador San Martín": an award named head first, in a language that puts the head
 * before its words, is one name up to the first word in lower case (particles aside) or a bracket, honorifics and
 * place names inside it included; its acronym in brackets is its alias.
 */
function headFirstAwards(b: Builder): void {
  if ((b.classes & AWARD_WORD) === 0) return;
  const toks = b.toks;
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (!t.cap || t.kind !== 'w' || !b.lex.awardInitial.has(t.lower) || b.covered[k] || toks[k - 1]?.cap) continue;
    let e = k + 1;
    while (e < toks.length && toks[e]!.kind === 'w' && (toks[e]!.cap || (AWARD_NAME_PARTICLES.has(toks[e]!.lower) && toks[e + 1]?.cap))) e++;
    // (A name of at least two words: "Darjah" alone names nothing.)
    if (e - k < 2) continue;
    for (let x = k; x < e; x++) b.covered[x] = 1;
    const m = addMention(b, k, e, 'award', 'name', { core: b.lowers.slice(k, e).join(' ') });
    if (m && toks[e]?.text === '(' && toks[e + 1]?.upper && toks[e + 2]?.text === ')') {
      m.aliases.push(toks[e + 1]!.text);
      b.covered[e + 1] = 1;
    }
    k = e;
  }
}

/**
 * "was conferred the honorary rank of General of the Nepali Army": an honorary rank given is an award, named with
 * the body whose rank it is (also known by the rank's own name).
 */
function honoraryRanks(b: Builder): void {
  // (Only a sentence with "honorary" in it: the class bit, not a string compare at every token.)
  if ((b.classes & RARE_NAMING_WORD) === 0) return;
  for (let k = 0; k + 3 < b.toks.length; k++) {
    if (b.lowers[k] !== 'honorary' || (b.lowers[k + 1] !== 'rank' && b.lowers[k + 1] !== 'title') || b.lowers[k + 2] !== 'of' || !b.toks[k + 3]!.cap) continue;
    let p = k + 3;
    while (p < b.toks.length && b.toks[p]!.cap && b.toks[p]!.kind === 'w') p++;
    // ("... of General of the Nepali Army": the body the rank is of.)
    const body = b.lowers[p] === 'of' ? (b.lowers[p + 1] === 'the' ? p + 2 : p + 1) : -1;
    if (body > 0 && b.toks[body]?.cap) {
      p = body;
      while (p < b.toks.length && b.toks[p]!.cap && b.toks[p]!.kind === 'w') p++;
    }
    if (b.covered.subarray(k, p).some((c) => c !== 0)) continue;
    addMention(b, k, p, 'award', 'name', { core: normAlias(wordsText(b, k, p)), aliases: [spanText(b, k + 3, p)] });
    k = p;
  }
}

/**
 * Trophy words that name an award after a post holder's possessive ("the Executive Director's Shield"); "trophy" itself
 * is one of the lexicon's award suffixes, which name an award anywhere.
 */
const TROPHIES = new Set(['shield', 'cup', 'plaque', 'baton', 'sword', 'pennant']);

/** Words that may stand inside an award's name between capitalised words ("For Service to the Fatherland Order"). */
const AWARD_INNER = new Set(['to', 'the', 'of', 'and', 'in']);

/** "was awarded the For Service to the Fatherland Order": an award named by its motto, then its kind. */
function mottoAward(b: Builder): void {
  // (A sentence without an award word is skipped by its class bit, not scanned for "For".)
  if ((b.classes & AWARD_WORD) === 0) return;
  for (let k = 1; k + 2 < b.toks.length; k++) {
    // ("For" is capitalised: the flag is tested first.)
    if (!b.toks[k]!.cap || b.toks[k]!.text !== 'For' || b.lowers[k - 1] !== 'the' || b.covered[k]) continue;
    let end = -1;
    for (let e = k + 1; e < Math.min(b.toks.length, k + 12); e++) {
      const t = b.toks[e]!;
      if (t.kind !== 'w' || !(t.cap || AWARD_INNER.has(t.lower))) break;
      if (t.cap && b.lex.awardSuffix.has(t.lower)) end = e + 1;
    }
    if (end < 0) continue;
    for (let i = k; i < end; i++) b.covered[i] = 1;
    addMention(b, k, end, 'award', 'name', { head: b.lowers[end - 1]!, core: b.lowers.slice(k, end).join(' ') });
    k = end;
  }
}

const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)?$/;

/** The one segment of `segs` that is no possessive, if there is exactly one (asked of every run: no filtered copy). */
function onlyNonPossessive(segs: readonly Seg[]): Seg | undefined {
  let found: Seg | undefined;
  for (const s of segs) {
    if (s.kind === 'poss') continue;
    if (found !== undefined) return undefined;
    found = s;
  }
  return found;
}

/** The run is one unknown capitalised word whose possessive "'s" is followed by a numbered, capitalised unit ("Bundeswehr's 45th Armoured Brigade"). */
function ownsNumberedUnit(b: Builder, run: Run): boolean {
  const word = onlyNonPossessive(run.segs);
  if (word === undefined || word.kind !== 'word' || word.j - word.i !== 1 || b.known.aliasType(b.lowers[run.i]!)) return false;
  const poss = b.lowers[word.j] === "'s" ? word.j : -1;
  if (poss < 0 || b.lowers[run.i - 1] !== 'the') return false;
  const num = b.toks[poss + 1];
  // ("the Bundeswehr's first combat brigade": or lower-case words ending in a unit's head.)
  for (let k = poss + 1; k < Math.min(b.toks.length, poss + 5) && b.toks[k]!.kind === 'w' && !b.toks[k]!.cap; k++) if (b.lex.unitHeads.has(b.lowers[k]!)) return true;
  if (!num || num.kind !== 'n' || !ORDINAL_NUMBER.test(num.lower)) return false;
  for (let k = poss + 2; k < Math.min(b.toks.length, poss + 6) && b.toks[k]!.cap; k++) if (b.lex.unitHeads.has(b.lowers[k]!)) return true;
  return false;
}

/** Words of an area before "headquarters of" that make its name a place ("the district headquarters of Saptari"). */
const AREA_SEATS = new Set(['district', 'provincial', 'regional', 'administrative', 'county', 'state']);

/** Verbs whose object, named with a state's name last, is a body ("leads Vente Venezuela", "founded Primero Justicia"). */
const LEADING_VERBS = new Set(['leads', 'led', 'heads', 'headed', 'chairs', 'chaired', 'founded']);

/** All mentions and structural facts of one sentence. */
export function findMentions(lex: Lexicon, text: string, sent: number, toks: Tok[], known: Known, ids: { next: number }, maxMentions: number): SentenceMentions {
  const b = makeBuilder(lex, text, sent, toks, known, ids, maxMentions);
  quotedAward(b);
  headFirstAwards(b);
  honoraryRanks(b);
  mottoAward(b);
  ordinalUnits(b);
  sharedHeadOrdinals(b);
  for (const run of collectRuns(b)) {
    if (b.covered[run.i] || gradeName(b, run.i)) continue;
    if (b.mentions.length >= maxMentions) {
      b.dropped++;
      continue;
    }
    interpretRun(b, run);
  }
  spelledShipPrefix(b);
  findPhrases(b);
  codeNames(b);
  quotedEventNames(b);
  // The passes under `if (namedUnit)` each start from a named unit (type 'unit', via 'name'), and do nothing
  // in a sentence without one. None of the passes from here to itsUnits makes a mention or turns one into a
  // named unit (they add aliases, respan, remove), so a sentence with no named unit now (most) has none in any
  // of them and skips them all on this one test.
  const namedUnit = b.mentions.some(isNamedUnit);
  if (namedUnit) quotedNicknames(b);
  phraseAcronyms(b);
  knownAsNames(b);
  apposedExpansions(b);
  bodyShortNames(b);
  companyShortNames(b);
  if (namedUnit) {
    honorificUnitNames(b);
    commaRegimentUnits(b);
    unitShortNames(b);
  }
  placeShortNames(b);
  exerciseShortNames(b);
  embassyHosts(b);
  if (namedUnit) servicesShips(b);
  airDefenceArms(b);
  if (namedUnit) {
    possessedAcrossModifiers(b);
    serviceMembersOfUnit(b);
    itsUnits(b);
  }
  unitNicknames(b);
  areaListOwners(b);
  acronymBranches(b);
  numberedDesignators(b);
  findAppositions(b);
  ownStatePostApposition(b);
  retypeByApposition(b);
  headquartersAt(b);
  namesAfterBodyHeads(b);
  countedGatheringNames(b);
  apposedShipNames(b);
  awardGrades(b);
  apposedEventNames(b);
  bracketedShortNames(b);
  if (namedUnit) slashedOrdinalUnits(b);
  headAfterAcronym(b);
  ordinalAcronymUnits(b);
  hyphenatedStates(b);
  bracketedParties(b);
  bodiesOfGatherings(b);
  // (Mostly found in order already: the sort, stable, would leave them as they are.)
  if (!inMentionOrder(b.mentions)) b.mentions.sort(mentionOrder);
  markNested(b.mentions);
  return b;
}

/** Reading order of mentions: by start, the longer first. */
function mentionOrder(x: Mention, y: Mention): number {
  return x.start - y.start || y.end - x.end;
}

function inMentionOrder(ms: readonly Mention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (mentionOrder(ms[k - 1]!, ms[k]!) > 0) return false;
  return true;
}

/** Flags mentions lying inside an earlier, longer one. */
function markNested(ms: Mention[]): void {
  let outerEnd = -1;
  for (const m of ms) {
    if (m.end <= outerEnd && !(m.via === 'capital')) m.nested = true;
    outerEnd = Math.max(outerEnd, m.end);
  }
}

// Mention stage, part 6: passes over a sentence's finished mention list. Code names and names
// after an exercise word name the event ("the exercise, codenamed X"); a quoted nickname belongs
// to the unit before it; an acronym in brackets after a lower-case phrase is the phrase's alias;
// and a name guessed a person is retyped by the apposition after it.
import { addMention, appositionType, bodyHeadBefore, normAlias, respanMention, shipWordAt, spanText, warshipPrefix, type Builder } from './mention-kit.js';
import { ARTICLES, pastShortBracket, tokAt, wordAt } from './tokens.js';
import { beforeUnitModifiers } from './unit-modifiers.js';
import { newTitle, type Mention, type TitleInfo } from './model.js';
import { isOrdinal } from './runs.js';
import { wordClass } from './word-classes.js';
import { ATTRIBUTION_VERBS } from './cues.js';
import { getLexicon } from './lexicon.js';
import { PARTY_NAME_ENDS, pushRoleFact } from './titled.js';
import { INSTITUTION_HEADS, PARTY_ADJECTIVES } from './names.js';

const CODENAMED = new Set(['codenamed', 'code-named', 'dubbed', 'christened']);
const NAMED_EXERCISES = new Set(['exercise', 'exercises', 'drills', 'manoeuvres', 'maneuvers']);
/** Words after a name set off after an exercise word that tell where it was held: the name is the exercise's. */
const SET_OFF_NAME_NEXT = new Set(['near', 'in', 'at', 'off', 'on', 'across', 'around']);
const OPEN_QUOTES = new Set(['"', '“', '«']);
const CLOSE_QUOTES = new Set(['"', '”', '»']);

/**
 * 'the 25th Special Purpose Brigade "Scorpion" of the Kyrgyz Armed Forces': a quoted nickname after a
 * unit is part of its name, and the body after "of" owns the unit (and is no actor of its own there).
 */
export function quotedNicknames(b: Builder): void {
  for (const m of [...b.mentions]) if (m.type === 'unit' && m.via === 'name' && OPEN_QUOTES.has(b.toks[m.j]?.text ?? '')) quotedNickname(b, m);
}

// (Here and below, a pass's loop tests the cheap conditions and leaves the work at a candidate to a
// function of its own: arrows reading a loop variable would make V8 allocate a context for it at
// every mention of every sentence, whether or not an arrow is ever made.)

/** quotedNicknames at unit `m`, which a quotation mark follows. */
function quotedNickname(b: Builder, m: Mention): void {
  let e = m.j + 1;
  // ('the Combined Peace Force "Cruz del Sur"': a name particle inside the quoted name.)
  while (e < b.toks.length && e - m.j <= 5 && (b.toks[e]!.cap || (e > m.j + 1 && b.lex.particles.has(b.lowers[e]!) && b.toks[e + 1]?.cap))) e++;
  if (e === m.j + 1 || !CLOSE_QUOTES.has(b.toks[e]?.text ?? '')) return;
  // (The quoted name alone names the unit too: "Cruz del Sur is the best proof".)
  m.aliases.push(spanText(b, m.i, e + 1), `${m.surface} ${spanText(b, m.j + 1, e)}`, spanText(b, m.j + 1, e));
  b.mentions = b.mentions.filter((x) => x.i <= m.j || x.j > e + 1);
  if (b.lowers[e + 1] !== 'of') return;
  const at = b.lowers[e + 2] === 'the' ? e + 3 : e + 2;
  const owner = b.mentions.find((x) => x.i === at && (x.type === 'organization' || x.type === 'unit' || x.type === 'state'));
  if (!owner) return;
  owner.nested = true;
  b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
}

/** Lower-case unit heads a numbered unit may be named with ("the 57th contingent"). */
const ORDINAL_UNIT_HEADS = new Set(['contingent', 'battalion', 'brigade', 'regiment', 'squadron', 'detachment', 'rotation']);
/** ordinalUnits and acronymContingents name a unit only at one of these heads: a sentence without one is skipped. */
const ORDINAL_UNIT_HEAD = wordClass(ORDINAL_UNIT_HEADS);
const NUMBERED_ALONE = new Set(['contingent', 'rotation']);
const UNIT_OWNERS = new Set(['the', "'s", 'its', 'their']);

/**
 * "the Bundesheer's 56th UNIFIL contingent (AUTCON 56)", "The 57th contingent": an ordinal, at most two capitalised
 * words and a lower-case unit head name a unit (found before the capitalised runs, which then skip its words); an
 * acronym in brackets after it, with or without its number, is its alias.
 */
export function ordinalUnits(b: Builder): void {
  if ((b.classes & ORDINAL_UNIT_HEAD) === 0) return;
  const toks = b.toks;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!isOrdinal(toks[k]) || !UNIT_OWNERS.has(b.lowers[k - 1]!) || b.covered[k]) continue;
    let h = k + 1;
    while (h < k + 3 && toks[h]?.kind === 'w' && toks[h]!.cap && !b.lex.unitHeads.has(b.lowers[h]!) && !b.lex.orgHeads.has(b.lowers[h]!)) h++;
    const head = toks[h];
    if (!head || head.kind !== 'w' || head.cap || !ORDINAL_UNIT_HEADS.has(head.lower)) continue;
    // ("the 5th brigade" after "the 5th Special Operations Brigade" is that brigade: left to the anaphora; contingents and rotations are numbered so.)
    if (h === k + 1 && !NUMBERED_ALONE.has(head.lower)) continue;
    for (let x = k; x <= h; x++) b.covered[x] = 1;
    const m = addMention(b, k, h + 1, 'unit', 'name', { head: head.lower, core: b.lowers.slice(k, h + 1).join(' ') });
    let close = h + 3;
    if (toks[close]?.kind === 'n') close++;
    if (m && toks[h + 1]?.text === '(' && toks[h + 2]?.upper && toks[close]?.text === ')') {
      m.aliases.push(spanText(b, h + 2, close));
      for (let x = h + 1; x <= close; x++) b.covered[x] = 1;
    }
    k = h;
  }
  acronymContingents(b);
}

/**
 * "its 5th and 9th Infantry Brigades", "the 1st, 2nd and 3rd Battalions": ordinals sharing one capitalised plural unit
 * head are one unit each ("5th Infantry Brigade", "9th Infantry Brigade"); found before the capitalised runs.
 */
export function sharedHeadOrdinals(b: Builder): void {
  const toks = b.toks;
  for (let k = 0; k + 3 < toks.length; k++) {
    const w = b.lowers[k + 1];
    if ((w !== 'and' && w !== ',') || !isOrdinal(toks[k]) || b.covered[k]) continue;
    const ords = [k];
    let q = k + 1;
    let closed = false;
    while (ords.length < 6) {
      const and = b.lowers[q] === 'and' ? q : b.lowers[q] === ',' && b.lowers[q + 1] === 'and' ? q + 1 : -1;
      if (and >= 0 && isOrdinal(toks[and + 1])) {
        ords.push(and + 1);
        q = and + 2;
        closed = true;
        break;
      }
      if (b.lowers[q] !== ',' || !isOrdinal(toks[q + 1])) break;
      ords.push(q + 1);
      q += 2;
    }
    if (!closed) continue;
    let h = q;
    while (h < q + 3 && toks[h]?.kind === 'w' && toks[h]!.cap && !pluralUnitHead(b, h)) h++;
    const head = pluralUnitHead(b, h);
    if (!head) {
      k = q - 1;
      continue;
    }
    const words = q < h ? `${spanText(b, q, h)} ` : '';
    const headText = toks[h]!.text.endsWith('ies') ? `${toks[h]!.text.slice(0, -3)}y` : toks[h]!.text.slice(0, -1);
    for (const o of ords) {
      const name = `${toks[o]!.text} ${words}${headText}`;
      const last = o === ords[ords.length - 1];
      const m = addMention(b, o, last ? h + 1 : o + 1, 'unit', 'name', { head, core: normAlias(name), label: name });
      // (Named as one unit: the shared words and head are its name, whatever span it covers.)
      if (m) {
        m.surface = name;
        m.aliases = [name];
      }
    }
    for (let x = k; x <= h; x++) b.covered[x] = 1;
    k = h;
  }
}

/** The singular of a capitalised plural unit head at token `h` ("Brigades" → "brigade"), if it is one. */
function pluralUnitHead(b: Builder, h: number): string | undefined {
  const t = b.toks[h];
  if (!t || t.kind !== 'w' || !t.cap || !t.lower.endsWith('s')) return undefined;
  const one = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1);
  return b.lex.unitHeads.has(one) ? one : undefined;
}

/** Lower-case heads after which an acronym names a deployed unit ("the SWISSCOY contingent"). */
const ACRONYM_UNIT_HEADS = new Set(['contingent', 'detachment']);

/**
 * "the Swiss Armed Forces' SWISSCOY contingent", "its KENBATT contingent": an acronym between an owner word
 * and a lower-case contingent names the unit (the acronym, and with its head); its words are taken before the
 * capitalised runs, so that the possessor stays a name of its own.
 */
function acronymContingents(b: Builder): void {
  const toks = b.toks;
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (!t.upper || t.kind !== 'w' || t.text.length < 3 || !UNIT_OWNERS.has(b.lowers[k - 1]!) || b.covered[k]) continue;
    const head = toks[k + 1]!;
    if (head.kind !== 'w' || head.cap || !ACRONYM_UNIT_HEADS.has(head.lower)) continue;
    b.covered[k] = 1;
    b.covered[k + 1] = 1;
    const m = addMention(b, k, k + 1, 'unit', 'name', { head: head.lower, core: b.lowers[k]! });
    if (m) m.aliases.push(spanText(b, k, k + 2));
  }
}

/**
 * "the Buin 1st Infantry Regiment of the Chilean Army", "the Patricios 1st Infantry Regiment": a one- or two-word
 * honorific name right before a numbered unit is part of the unit's name (the name read alone is dropped).
 */
export function honorificUnitNames(b: Builder): void {
  for (const u of [...b.mentions]) if (u.type === 'unit' && u.via === 'name' && isOrdinal(b.toks[u.i])) honorificUnitName(b, u);
}

/** honorificUnitNames at numbered unit `u`. */
function honorificUnitName(b: Builder, u: Mention): void {
  const n = b.mentions.find((x) => x.j === u.i && x.via === 'name' && !x.demonym && x.type !== 'state' && x.j - x.i <= 2 && b.toks[x.i]!.cap);
  if (!n || !ARTICLE_OR_POSSESSIVE.has(b.lowers[n.i - 1] ?? '')) return;
  b.mentions = b.mentions.filter((x) => x !== n);
  respanMention(b, u, n.i, u.j);
  u.core = normAlias(u.surface);
  u.aliases = [u.surface, ...u.aliases.filter((a) => a !== u.surface)];
}

const ARTICLE_OR_POSSESSIVE = new Set(['the', "'s"]);

/** Sub-units numbered within a regiment or a service ("the 2nd Battalion, Royal Australian Regiment"). */
const NUMBERED_SUBUNITS = new Set(['battalion', 'company', 'squadron', 'battery']);
/** Heads of the regiment or service a numbered sub-unit's name goes on with after its comma. */
const REGIMENTAL_HEADS = new Set(['regiment', 'régiment', 'guards', 'rifles', 'fusiliers', 'grenadiers', 'highlanders', 'dragoons', 'hussars', 'lancers', 'commando', 'corps', 'forces', 'infantry']);

/**
 * "the 2nd Battalion, Fiji Infantry Regiment", "1st Battalion, the Royal Anglian Regiment": in Commonwealth usage a
 * numbered battalion is named with its regiment after a comma; the two are one unit's name.
 */
export function commaRegimentUnits(b: Builder): void {
  for (const m of b.mentions) if (m.type === 'unit' && m.via === 'name' && NUMBERED_SUBUNITS.has(b.lowers[m.j - 1]!) && (isOrdinal(b.toks[m.i]) || isOrdinal(tokAt(b.toks, m.i - 1))) && b.toks[m.j]?.text === ',') commaRegimentUnit(b, m);
}

/** commaRegimentUnits at numbered sub-unit `m`, which a comma follows. */
function commaRegimentUnit(b: Builder, m: Mention): void {
  const at = b.lowers[m.j + 1] === 'the' ? m.j + 2 : m.j + 1;
  // ("1st Battalion, The Rifles": a regiment named by its head alone after a capitalised "The".)
  const regiment = b.mentions.find((x) => x.i === at && x !== m && (x.type === 'unit' || x.type === 'organization') && (x.via === 'name' || (x.via === 'definite' && b.toks[m.j + 1]?.text === 'The')) && REGIMENTAL_HEADS.has(b.lowers[x.j - 1]!) && b.toks[x.j - 1]!.cap);
  // ("the 2nd Battalion, Princess Patricia's Canadian Light Infantry (2 PPCLI)": or whatever capitalised words a
  // short name in brackets, opened by the battalion's number, closes.)
  const end = regiment ? regiment.j : numberedShortNameAt(b, m, at);
  if (end < 0) return;
  const bracket = !regiment && b.toks[end]?.text === '(' ? spanText(b, end + 1, pastShortBracket(b.toks, end) - 1) : undefined;
  b.mentions = b.mentions.filter((x) => x === m || x.i < m.j || x.i >= (bracket ? pastShortBracket(b.toks, end) : end) || (x.type === 'state' && regiment !== undefined));
  respanMention(b, m, m.i, end);
  m.core = normAlias(m.surface);
  // ("..., Singapore Armoured Regiment (42 SAR)": the short name in brackets after it is the whole unit's.)
  m.aliases = [m.surface, ...m.aliases, ...(regiment ? regiment.aliases.filter((a) => a !== regiment.surface) : []), ...(bracket ? [bracket] : [])];
  if (bracket) for (let k = end; k < pastShortBracket(b.toks, end); k++) b.covered[k] = 1;
}

/**
 * End of the regiment's words from `at` when a bracket right after them holds a short name opened by the number of the
 * sub-unit `m` ("2nd Battalion, ... (2 PPCLI)", "(1 R22eR)"): capitalised words, "'s" and "and" only; else -1.
 */
function numberedShortNameAt(b: Builder, m: Mention, at: number): number {
  const number = /^(\d+)/.exec(b.toks[m.i]!.text)?.[1] ?? /^(\d+)/.exec(tokAt(b.toks, m.i - 1)?.text ?? '')?.[1];
  if (!number) return -1;
  let k = at;
  while (k < at + 7 && b.toks[k] && (b.toks[k]!.cap || b.lowers[k] === "'s" || b.lowers[k] === "'" || (b.toks[k]!.kind === 'n' && k > at))) k++;
  if (k === at || b.toks[k]?.text !== '(') return -1;
  const short = b.toks[k + 1]?.text ?? '';
  return (short === number || short.startsWith(number)) && pastShortBracket(b.toks, k) > k ? k : -1;
}

/**
 * "the 15th Separate Motor Rifle Brigade of the Central Military District of Russia": a unit named with
 * the body it belongs to is also named without it ("the 15th Separate Motor Rifle Brigade").
 */
export function unitShortNames(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'unit' || m.via !== 'name') continue;
    // ("the 4th Marine Regiment ... The 4th Marines": a numbered Marine regiment is named by its Marines too.)
    if (m.j - m.i === 3 && b.toks[m.i]!.kind === 'n' && b.lowers[m.i + 1] === 'marine' && b.lowers[m.i + 2] === 'regiment') m.aliases.push(`${b.toks[m.i]!.text} Marines`);
    const of = b.lowers.indexOf('of', m.i + 1);
    // ("Brigade North of the Norwegian Army" is "Brigade North" too.)
    if (of < 0 || of >= m.j - 1 || of - m.i < 2) continue;
    const headed = b.lex.unitHeads.has(b.lowers[of - 1]!) || (COMPASS_POINTS.has(b.lowers[of - 1]!) && b.lex.unitHeads.has(b.lowers[of - 2] ?? ''));
    if (!headed) continue;
    m.aliases.push(spanText(b, m.i, of));
  }
}

const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);

/** Lower-case heads of administrative areas a place is also named without ("Kampong Speu province" is "Kampong Speu"). */
const AREA_HEADS = new Set(['province', 'region', 'district', 'county', 'governorate', 'prefecture', 'oblast', 'department', 'municipality', 'state']);

/** Lower-case heads of a site named by its name alone too ("the Cabo Ledo training range ... at Cabo Ledo"). */
const LOWER_SITE_HEADS = new Set(['range', 'area', 'base', 'centre', 'center']);

/** "Kampong Speu province", "Ishigaki Island": the area is also named without its head. */
export function placeShortNames(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'place' || m.via !== 'name' || m.j - m.i < 2) continue;
    const head = b.lowers[m.j - 1]!;
    // "Ishigaki Island" is "Ishigaki" too (an area's capitalised head as well, never a city's: "Kuwait City").
    // ("the Litani River ... south of the Litani": a river too.)
    // ("Amami-Oshima island": a lower-case island too.)
    // ("the Golan Heights ... on the Golan": heights too.)
    const named = b.toks[m.j - 1]!.cap ? (AREA_HEADS.has(head) || head === 'island' || head === 'river' || head === 'heights') && head !== 'state' : AREA_HEADS.has(head) || head === 'island' || LOWER_SITE_HEADS.has(head);
    if (!named) continue;
    if (b.lowers[m.j - 2] === 'of') continue;
    // ("Vientiane province": not a capital's name, which names the city.)
    if (m.j - m.i === 2 && b.lex.gazetteer.match([b.lowers[m.i]!], 0)?.value.kind === 'capital') continue;
    // ("the Cabo Ledo training range": past every lower-case word of the head.)
    let end = m.j - 1;
    while (!b.toks[m.j - 1]!.cap && end > m.i + 1 && !b.toks[end - 1]!.cap) end--;
    m.aliases.push(spanText(b, m.i, end));
  }
}

/** Lower-case heads an exercise's name may go without ("the Super Garuda Shield exercise" is "Super Garuda Shield"). */
export const EXERCISE_HEADS: ReadonlySet<string> = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'wargames']);

/** "the Super Garuda Shield exercise ... this year's Super Garuda Shield": a named exercise is also named without its head. */
export function exerciseShortNames(b: Builder): void {
  for (const m of b.mentions) {
    leadingHeadShortName(b, m);
    if (m.type !== 'event' || m.via !== 'name' || m.j - m.i < 2 || b.toks[m.j - 1]!.cap || !EXERCISE_HEADS.has(b.lowers[m.j - 1]!)) continue;
    let capped = true;
    // ("the NATO exercise": not when an acronym or a name known otherwise qualifies the head.)
    for (let k = m.i; k < m.j - 1 && capped; k++) capped = (b.toks[k]!.cap && !b.toks[k]!.upper) || b.toks[k]!.kind === 'n';
    const short = spanText(b, m.i, m.j - 1);
    if (capped && b.known.aliasType(normAlias(short)) === undefined && !b.mentions.some((x) => x !== m && x.i >= m.i && x.j < m.j)) m.aliases.push(short);
  }
}

/** Capitalised heads opening an exercise's or operation's name ("Exercise Bold Kurukshetra"). */
const LEADING_EVENT_HEADS = new Set(['exercise', 'operation']);

/** "began Exercise Bold Kurukshetra ... Bold Kurukshetra was first held in 2005": a name opened by its head goes without it too. */
function leadingHeadShortName(b: Builder, m: Mention): void {
  if (m.type !== 'event' || m.via !== 'name' || m.j - m.i < 2 || !b.toks[m.i]!.cap || !LEADING_EVENT_HEADS.has(b.lowers[m.i]!)) return;
  for (let k = m.i + 1; k < m.j; k++) if (!((b.toks[k]!.cap && !b.toks[k]!.upper) || b.toks[k]!.kind === 'n')) return;
  const short = spanText(b, m.i + 1, m.j);
  if (b.known.aliasType(normAlias(short)) === undefined && !m.aliases.includes(short)) m.aliases.push(short);
}

/** "Russia's embassy in Ottawa", "the Japanese Embassy in Ulaanbaatar": an embassy is also named with the city that hosts it. */
export function embassyHosts(b: Builder): void {
  for (const m of b.mentions) if (m.type === 'organization' && b.lowers[m.j - 1] === 'embassy' && b.lowers[m.j] === 'in') embassyHost(b, m);
}

/** embassyHosts at embassy `m`, which "in" follows. */
function embassyHost(b: Builder, m: Mention): void {
  const host = b.mentions.find((x) => x.i === m.j + 1 && x.type === 'place' && !x.nested);
  if (!host) return;
  // ("Russia's embassy" is read as "embassy" owned by the state before it: the name starts at the state.)
  const owner = b.mentions.find((x) => x.type === 'state' && (x.j === m.i || (x.j === m.i - 1 && b.lowers[m.i - 1] === "'s")));
  m.aliases.push(spanText(b, owner ? owner.i : m.i, host.j));
}

const CORPORATE_SUFFIXES = new Set(['co', 'corp', 'inc', 'ltd', 'plc', 'llc']);

/** Words closing a company group's name after its capitalised brand ("EDGE Group", "ADNOC Holding"). */
const GROUP_SUFFIXES = new Set(['group', 'holding', 'holdings']);

/**
 * "Hyundai Rotem Co.": a company is also named without its legal suffix ("Hyundai Rotem will deliver").
 * ("EDGE Group ... EDGE, which was formed": or a brand in capitals without "Group".)
 */
export function companyShortNames(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || m.via !== 'name' || m.j - m.i < 2) continue;
    const last = b.lowers[m.j - 1]!;
    if (CORPORATE_SUFFIXES.has(last) || (GROUP_SUFFIXES.has(last) && m.j - m.i === 2 && b.toks[m.i]!.upper && b.toks[m.i]!.text.length > 2)) m.aliases.push(spanText(b, m.i, m.j - 1));
  }
}

/** "the exercise, codenamed Kaiyo Bayanihan 2026": the code name (with its year) is the event's name, not a name of its own. */
export function codeNames(b: Builder): void {
  // "the CSTO joint exercise Interaction-2027": capitalised words right after an exercise word name it.
  for (const x of b.mentions) {
    if (x.type !== 'event' || !NAMED_EXERCISES.has(b.lowers[x.j - 1] ?? '') || !b.toks[x.j]?.cap || stateAt(b, x.j)) continue;
    let e = x.j;
    while (e < b.toks.length && e - x.j < 3 && b.toks[e]!.cap && b.toks[e]!.kind === 'w') e++;
    // "the joint exercise Northern Lynx 2028": with its year ("the winter exercise Polar Lynx 29": or its edition's number).
    if (/^(?:19|20)\d\d$/.test(b.toks[e]?.text ?? '') || (e > x.j && b.toks[e]?.kind === 'n' && /^\d{1,3}$/.test(b.toks[e]!.text))) e++;
    x.aliases.push(spanText(b, x.j, e));
    b.mentions = keptBesideCodeName(b.mentions, x, e);
    // "(CSTO) exercise Interaction-2028", "the joint exercise Northern Lynx 2028": a head with no name of its own is labelled by its code name.
    if (x.j - x.i === 1 || (x.via === 'phrase' && wordAt(b.lowers, x.i - 1) !== 'the')) x.label = spanText(b, x.j, e);
    // ("took part in the winter exercise Polar Lynx 29": a definite phrase with a code name after it names that event, not one before.)
    else if (x.via === 'definite' || x.via === 'phrase') {
      const described = x.surface;
      x.via = 'name';
      respanMention(b, x, x.j, e);
      x.label = x.surface;
      x.core = normAlias(x.surface);
      x.aliases = [x.surface, ...x.aliases.filter((a) => a !== x.surface && a !== described)];
    }
    for (let k = x.j; k < e; k++) b.covered[k] = 1;
  }
  // "completed a four-day exercise, Raudne Rebane, near Rakvere": a name set off by commas after an exercise word, then
  // where it was held, is its code name.
  for (const x of b.mentions) {
    if (x.type !== 'event' || !NAMED_EXERCISES.has(b.lowers[x.j - 1] ?? '') || b.toks[x.j]?.text !== ',') continue;
    const name = b.mentions.find((y) => y.i === x.j + 1 && y.via === 'name' && !y.title && (y.type === 'person' || y.type === 'event'));
    if (!name || name.j - name.i > 3 || b.toks[name.j]?.text !== ',' || !SET_OFF_NAME_NEXT.has(b.lowers[name.j + 1] ?? '')) continue;
    x.aliases.push(name.surface);
    if (x.via === 'phrase' && wordAt(b.lowers, x.i - 1) !== 'the') x.label = name.surface;
    b.mentions = b.mentions.filter((y) => y !== name);
    break;
  }
  // (A code name follows a CODENAMED word: a sentence without one is skipped by its class bit.)
  if ((b.classes & RARE_NAMING_WORD) === 0) return;
  for (let k = 0; k < b.mentions.length; k++) {
    const m = b.mentions[k]!;
    // ("The operation, called Paraná Seguro, was": "called" set off by a comma too.)
    if (m.via !== 'name' || !(CODENAMED.has(wordAt(b.lowers, m.i - 1) ?? '') || (b.lowers[m.i - 1] === 'called' && b.toks[m.i - 2]?.text === ','))) continue;
    const ev = eventShortlyBefore(b, m.i);
    if (!ev) continue;
    const j = /^(?:19|20)\d\d$/.test(b.toks[m.j]?.text ?? '') ? m.j + 1 : m.j;
    ev.aliases.push(spanText(b, m.i, j));
    b.mentions.splice(k--, 1);
  }
  // ("The operation, codenamed Claw-Shield, began": a code name of one word that no pass took for a name.)
  for (let k = 1; k + 1 < b.toks.length; k++) {
    if (!CODENAMED.has(b.lowers[k]!) || !b.toks[k + 1]!.cap || b.toks[k + 1]!.kind !== 'w' || b.covered[k + 1] || b.mentions.some((x) => x.i <= k + 1 && x.j > k + 1)) continue;
    const ev = eventShortlyBefore(b, k + 1);
    if (!ev) continue;
    let e = k + 1;
    while (e < b.toks.length && e - k <= 3 && b.toks[e]!.cap && b.toks[e]!.kind === 'w' && !b.covered[e]) e++;
    if (/^(?:19|20)\d\d$/.test(b.toks[e]?.text ?? '')) e++;
    ev.aliases.push(spanText(b, k + 1, e));
    for (let q = k + 1; q < e; q++) b.covered[q] = 1;
  }
}

/** A state mention starting at token `i`. */
function stateAt(b: Builder, i: number): boolean {
  return b.mentions.some((y) => y.i === i && y.type === 'state');
}

/** Mentions but those inside the code name (tokens [x.j, e)) of event `x`. */
function keptBesideCodeName(ms: Mention[], x: Mention, e: number): Mention[] {
  return ms.filter((y) => y === x || y.j <= x.j || y.i >= e);
}

/** The first event ending at most three tokens before token `i`. */
function eventShortlyBefore(b: Builder, i: number): Mention | undefined {
  return b.mentions.find((x) => x.type === 'event' && x.j < i && i - x.j <= 3);
}

/**
 * 'held their first "Nile Eagles" joint air exercise': a quoted name right before an event phrase is the event's
 * name (the name is no mention of its own).
 */
export function quotedEventNames(b: Builder): void {
  for (const x of b.mentions) {
    if (x.type !== 'event' || x.via !== 'phrase') continue;
    if (CLOSE_QUOTES.has(tokAt(b.toks, x.i - 1)?.text ?? '')) quotedEventName(b, x);
    else if (OPEN_QUOTES.has(b.toks[x.j]?.text ?? '')) quotedNameAfterEvent(b, x);
  }
}

/** 'the joint exercise "Desert Crescent 2034"': a quoted name (with its year) right after an event phrase is the event's name. */
function quotedNameAfterEvent(b: Builder, x: Mention): void {
  let close = x.j + 1;
  while (close < x.j + 8 && close < b.toks.length && !CLOSE_QUOTES.has(b.toks[close]!.text)) close++;
  if (!CLOSE_QUOTES.has(b.toks[close]?.text ?? '') || close === x.j + 1) return;
  for (let k = x.j + 1; k < close; k++) if (!b.toks[k]!.cap && b.toks[k]!.kind !== 'n' && b.toks[k]!.text !== '-') return;
  const name = b.mentions.find((m) => m.via === 'name' && m.i === x.j + 1 && m.j <= close);
  if (!name) return;
  const text = spanText(b, x.j + 1, close);
  x.label = text;
  x.core = normAlias(text);
  x.aliases = [text, ...x.aliases.filter((a) => a !== x.surface)];
  b.mentions = b.mentions.filter((m) => m !== name);
}

/** quotedEventNames at event phrase `x`, after a closing quotation mark. */
function quotedEventName(b: Builder, x: Mention): void {
  const name = b.mentions.find((m) => m.via === 'name' && m.j === x.i - 1 && OPEN_QUOTES.has(b.toks[m.i - 1]?.text ?? ''));
  if (!name) return;
  // (Keyed and known by its name, not by the phrase: not the "joint air exercise" named before.)
  x.label = name.surface;
  x.core = normAlias(name.surface);
  x.aliases = [name.surface, ...x.aliases.filter((a) => a !== x.surface)];
  b.mentions = b.mentions.filter((m) => m !== name);
}

/** Initials of `words`: every word's, or only those of the words that are not function words. */
function phraseInitials(b: Builder, words: string[]): string[] {
  const all = words.map((w) => w[0] ?? '').join('').toUpperCase();
  const content = words.filter((w) => !b.lex.functionWords.has(w)).map((w) => w[0] ?? '').join('').toUpperCase();
  return [all, content];
}

/** The first phrase mention (no person) ending at token `j`. */
function phraseEndingAt(b: Builder, j: number): Mention | undefined {
  return b.mentions.find((m) => m.via === 'phrase' && m.j === j && m.type !== 'person');
}

/**
 * "a memorandum of understanding (MoU)": an acronym in brackets right after a lower-case phrase
 * (found after the capitalised runs) is that phrase's alias, not a name of its own.
 */
export function phraseAcronyms(b: Builder): void {
  for (let k = 0; k < b.mentions.length; k++) {
    const a = b.mentions[k]!;
    if (a.via !== 'name' || a.j - a.i !== 1 || tokAt(b.toks, a.i - 1)?.text !== '(' || b.toks[a.j]?.text !== ')') continue;
    const acronym = b.toks[a.i]!.text;
    if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,6}$/u.test(acronym) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
    const phrase = phraseEndingAt(b, a.i - 1);
    if (!phrase) continue;
    const words = b.lowers.slice(phrase.i, phrase.j).filter((w) => !['the', 'a', 'an'].includes(w));
    if (!phraseInitials(b, words).includes(acronym.toUpperCase())) continue;
    phrase.aliases.push(acronym);
    b.mentions.splice(k--, 1);
  }
}

/**
 * "Jaysh Ayman, an al-Shabaab unit", "Kypros Link S.A., a company set up in 2023": an unknown name
 * guessed to be a person is what the apposition after it says it is.
 */
/** Prepositions opening a sentence before a person's name and a comma ("Under Galeano, the flotilla ..."). */
const PERSON_FRONTING_PREPS = new Set(['under', 'like', 'unlike', 'for', 'with']);

/** People a standing body has ("Foreign ministers of the Pacific Islands Forum", "leaders of the Forum"). */
const MEMBER_PEOPLE = new Set(['ministers', 'leaders', 'members', 'heads', 'chairs', 'envoys']);

/** "Foreign ministers of the Pacific Islands Forum (PIF)": a forum that has ministers or members is a body, not a gathering. */
function memberedForums(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'event' || m.via !== 'name' || b.lowers[m.j - 1] !== 'forum') continue;
    const of = b.lowers[m.i - 1] === 'the' ? m.i - 2 : m.i - 1;
    if (b.lowers[of] === 'of' && MEMBER_PEOPLE.has(b.lowers[of - 1] ?? '')) m.type = 'organization';
  }
}

/** Heads of places that are bodies when a post is held in them: institutions and centres ("the commandant of the Military Training Centre"). */
const POST_HELD_PLACES = new Set([...INSTITUTION_HEADS, 'centre', 'center']);

/** "the commandant of the Military Training Centre in Tencholing, Colonel X": a centre or school with a post of its own is a body. */
function placesWithPosts(b: Builder): void {
  for (const m of b.mentions) {
    const at = m.type === 'person' && m.title && m.title.kind !== 'rank' ? m.title.affiliation : undefined;
    if (at === undefined) continue;
    const body = b.mentions.find((x) => x.id === at);
    if (body?.type === 'place' && body.via === 'name' && POST_HELD_PLACES.has(body.head ?? '')) body.type = 'organization';
  }
}

/** "Opposition Social Democratic Party (SDP) defence spokesman X": a capitalised standing word opening a party's name is not the name's. */
function partyStanding(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || m.via !== 'name' || m.j - m.i < 3 || !PARTY_ADJECTIVES.has(b.lowers[m.i]!) || !PARTY_NAME_ENDS.has(b.lowers[m.j - 1]!)) continue;
    const whole = m.surface;
    respanMention(b, m, m.i + 1, m.j);
    m.core = normAlias(m.surface);
    m.label = undefined;
    m.aliases = m.aliases.map((a) => (a === whole ? m.surface : a));
  }
}

/** Prepositions that make a name another noun's complement ("a conference for the Lebanese Army"). */
const COMPLEMENT_PREPS = new Set(['for', 'of', 'to', 'with', 'by', 'from']);

/** Words after "held" that tell where or when a meeting was ("held in Tumbes", "held last November"). */
const HELD_WHERE = new Set(['in', 'at', 'on', 'last', 'this', 'earlier']);

/** "negotiated at the Peru-Ecuador Binational Cabinet held in Tumbes last November": a body's name that was held is a meeting. */
function heldBodies(b: Builder): void {
  for (const m of b.mentions) {
    // (Not a body a gathering is for: "a donor conference for the Lebanese Army held in Paris".)
    if (m.type === 'organization' && m.via === 'name' && !m.nested && b.lowers[m.j] === 'held' && HELD_WHERE.has(b.lowers[m.j + 1] ?? '') && b.lowers[m.i - 1] === 'the' && !COMPLEMENT_PREPS.has(b.lowers[m.i - 2] ?? '')) m.type = 'event';
  }
}

/**
 * "intercepted by HMJS Nanny of the Maroons, the Coast Guard's largest vessel": "of the" and a headless name closing the
 * clause after a prefixed ship's name are the ship's name ("HMS Dragon of the Royal Navy" keeps its navy apart).
 */
function shipNamesOfThe(b: Builder): void {
  for (let x = 0; x < b.mentions.length; x++) {
    const ship = b.mentions[x]!;
    if (ship.type !== 'unit' || ship.via !== 'name' || !warshipPrefix(b.lex, b.toks[ship.i]!.text) || b.lowers[ship.j] !== 'of' || b.lowers[ship.j + 1] !== 'the') continue;
    const k = b.mentions.findIndex((m) => m.i === ship.j + 2 && m.via === 'name' && m.type === 'organization' && m.head === undefined && m.owner === undefined);
    const tail = k >= 0 ? b.mentions[k]! : undefined;
    if (!tail || (b.toks[tail.j] && b.toks[tail.j]!.kind !== 'p')) continue;
    respanMention(b, ship, ship.i, tail.j);
    ship.core = normAlias(ship.surface);
    ship.label = undefined;
    ship.aliases = [ship.surface];
    for (let q = ship.i; q < ship.j; q++) b.covered[q] = 1;
    b.mentions.splice(k, 1);
    if (k < x) x--;
  }
}

export function retypeByApposition(b: Builder): void {
  partyStanding(b);
  shipNamesOfThe(b);
  heldBodies(b);
  numberedEventNames(b);
  memberedForums(b);
  describedEvents(b);
  bodiesOfPosts(b);
  placesWithPosts(b);
  for (const m of b.mentions) {
    // A guessed person, or a headless name guessed a place ("took part in Baltic Sentry, a NATO patrol operation").
    // Or a body whose head may name a formation too ("the Morava-Vardar Company, a joint medical unit").
    const ambiguous = m.type === 'organization' && (m.head === 'company' || m.head === 'group' || m.head === 'marines');
    // ("the European Peace Facility, a fund set up by ...": a facility may be a body.)
    const facility = m.type === 'place' && (m.head === 'facility' || m.head === 'centre' || m.head === 'center');
    // ("KAZBAT, the Kazakh Armed Forces' peacekeeping battalion": an acronym guessed a body may name a formation.)
    const acronym = m.type === 'organization' && m.head === undefined && m.j === m.i + 1 && b.toks[m.i]!.upper;
    // ("at HMJS Cagway, the Coast Guard's base in Port Royal": a shore base named like a ship may be a place.)
    const shore = m.type === 'unit' && m.j - m.i >= 2 && (b.lex.shipPrefixes.has(b.toks[m.i]!.text) || b.toks[m.i]!.upper);
    const guessed = (m.type === 'person' && !m.title) || (m.type === 'place' && m.head === undefined && m.core !== undefined) || ambiguous || facility || acronym || shore;
    if (!guessed || m.via !== 'name') continue;
    // ("Under Galeano, the flotilla carried out ...": a name in a fronted phrase, and the clause's subject after its comma.)
    if (m.type === 'person' && m.i === 1 && PERSON_FRONTING_PREPS.has(b.lowers[0]!)) continue;
    // ("Led by Navy Lieutenant Colonel X, the contingent handed over": nor the agent of a fronted participle.)
    if (m.type === 'person' && b.lowers[1] === 'by' && b.lowers[0]!.endsWith('ed') && m.i <= 7) continue;
    // ("completed Desert Knight 2028, a two-week bilateral exercise": an event's name may carry its year.)
    const year = b.toks[m.j]?.kind === 'n' && /^(?:19|20)\d\d$/.test(b.toks[m.j]!.text) ? 1 : 0;
    // ("its Rapid Action Group (GAR), an elite unit based in X": past the name's acronym in brackets.)
    const bracketed = !year && b.toks[m.j]?.text === '(' && b.toks[m.j + 1]?.upper && b.toks[m.j + 2]?.text === ')' ? 3 : 0;
    // ("arrived at HMAS Stirling on Garden Island": so is one reached "at" that lies on or in a place.)
    const placedBase = shore && b.lowers[m.i - 1] === 'at' && (b.lowers[m.j] === 'on' || b.lowers[m.j] === 'in') && b.mentions.some((x) => x.i === m.j + 1 && (x.type === 'place' || x.type === 'state'));
    const type = shore ? (shoreBaseAfter(b, m.j) || placedBase ? 'place' : undefined) : appositionType(b, m.j + year + bracketed);
    if (!type || (year && type !== 'event') || (m.type === 'place' && type !== 'event' && !(facility && type === 'organization')) || ((ambiguous || acronym) && type !== 'unit') || (shore && type !== 'place')) continue;
    m.type = type;
    if (year) {
      respanMention(b, m, m.i, m.j + 1);
      m.core = normAlias(m.surface);
      b.covered[m.j - 1] = 1;
    }
    if (type === 'event') {
      // The description is this event, not a second one.
      const k = eventDescribing(b, m);
      if (k >= 0) {
        m.aliases.push(b.mentions[k]!.surface);
        m.head = b.mentions[k]!.head;
        b.mentions.splice(k, 1);
      }
    }
  }
}

/** Nouns of a shore establishment ("the Coast Guard's base in Port Royal"). */
const SHORE_NOUNS = new Set(['base', 'station', 'dockyard', 'depot', 'headquarters', 'establishment']);

/** ", the <possessor's> <words> base in|at ..." or ", a naval base" set off at `j`: the name before is a shore base. */
function shoreBaseAfter(b: Builder, j: number): boolean {
  if (b.toks[j]?.text !== ',' || !['the', 'a', 'an'].includes(b.lowers[j + 1] ?? '')) return false;
  for (let k = j + 2; k < b.toks.length && k < j + 9; k++) {
    const t = b.toks[k]!;
    if (t.kind === 'p') return false;
    if (SHORE_NOUNS.has(t.lower)) {
      const next = b.toks[k + 1];
      return !next || next.kind === 'p' || next.lower === 'in' || next.lower === 'at' || next.lower === 'on' || next.lower === 'near';
    }
  }
  return false;
}

/** Posts held in a body, written before "of" and the body's name ("the president of Hyundai Rotem"). */
const POSTS_OF_BODIES = new Set(['president', 'chairman', 'chairwoman', 'chairperson', 'head', 'chief', 'director', 'ceo', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'founder', 'secretary-general']);

/** "the president of Hyundai Rotem, Seong Jae-won": a name guessed a person after a post and "of" is the body the post is in. */
function bodiesOfPosts(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'person' || m.via !== 'name' || m.title || wordAt(b.lowers, m.i - 1) !== 'of' || !POSTS_OF_BODIES.has(wordAt(b.lowers, m.i - 2) ?? '')) continue;
    if (b.toks[m.i - 2]!.cap || wordAt(b.lowers, m.i - 3) !== 'the') continue;
    m.type = 'organization';
  }
  // "Viv Ansanm spokesman Gérald Saint-Fleur": a name guessed a person right before a lower-case post and the
  // person holding it is the body the post is in.
  for (const m of b.mentions) {
    if (m.type !== 'person' || m.via !== 'name' || m.title || !POSTS_OF_BODIES.has(b.lowers[m.j] ?? '') || b.toks[m.j]!.cap) continue;
    const holder = b.mentions.find((x) => x.type === 'person' && x.via === 'name' && x.lead === m.i && x.i === m.j + 1);
    if (!holder) continue;
    m.type = 'organization';
    if (holder.title && holder.title.affiliation === undefined && holder.title.kind !== 'rank') {
      holder.title.affiliation = m.id;
      pushRoleFact(b, holder, m, holder.title);
    }
  }
}

/** Post words before "of the ... mission" whose holder a name set off after the body is ("the head of the OAS mission, X"). */
const BODY_POSTS = new Set(['head', 'chief', 'leader', 'commander', 'director', 'chairman', 'chairwoman', 'chairperson', 'president', 'spokesman', 'spokeswoman', 'spokesperson']);

/** "the head of the OAS electoral observation mission" ending at body head `at`: a post of the body opens the phrase. */
function postOfBodyHead(b: Builder, at: number): boolean {
  for (let q = at - 1; q > at - 9 && q > 1; q--) {
    if (b.lowers[q] !== 'the') continue;
    return b.lowers[q - 1] === 'of' && BODY_POSTS.has(b.lowers[q - 2] ?? '');
  }
  return false;
}

/**
 * "the EU's peacekeeping mission in Bosnia and Herzegovina, EUFOR Althea, to X": a name guessed a person, set off by
 * commas right after "the ... mission" (with the place it serves in), is that body.
 */
export function namesAfterBodyHeads(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'person' || m.via !== 'name' || m.title || b.toks[m.j]?.text !== ',') continue;
    const named = bodyHeadBefore(b, m.i);
    if (!named || postOfBodyHead(b, named.at)) continue;
    m.type = named.type;
    m.head = named.head;
    // ("the brigade's unmanned systems battalion, X,": the possessor owns the unit.)
    if (named.type !== 'unit') continue;
    let q = m.i - 3;
    while (q > m.i - 7 && q > 0 && b.lowers[q] !== "'s" && b.toks[q]!.kind === 'w' && !b.toks[q]!.cap) q--;
    const owner = b.lowers[q] === "'s" ? b.mentions.find((x) => x.j === q && (x.type === 'unit' || x.type === 'organization')) : undefined;
    if (owner && !partOfFact(b, m)) b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
  }
}

/** "took delivery of its fourth Belharra-class frigate, the Themistoklis,": a name apposed to a warship noun is the ship. */
export function apposedShipNames(b: Builder): void {
  // (Every reading needs a ship noun three words before the name: a sentence without one is skipped by its class bit.)
  if ((b.classes & SHIP_WORD) === 0) return;
  for (const m of b.mentions) {
    if (m.via === 'name' && m.type === 'person' && !m.title && shipDescribedAfter(b, m.j)) {
      m.type = 'unit';
      continue;
    }
    if (m.via !== 'name' || m.type === 'state' || m.j - m.i > 3 || wordAt(b.lowers, m.i - 1) !== 'the' || tokAt(b.toks, m.i - 2)?.text !== ',') continue;
    const noun = wordAt(b.lowers, m.i - 3) ?? '';
    if (!b.lex.shipNouns.has(noun) || b.lex.civilianShipNouns.has(noun)) continue;
    // ("will serve as the task force's flagship, the Ministry of Defence said": a body closing the sentence as its source.)
    // ("The ship, the NCG's fourth patrol vessel,": nor a possessor opening the apposition.)
    if (b.lex.orgHeads.has(m.head ?? '') || ATTRIBUTION_VERBS.has(wordAt(b.lowers, m.j) ?? '') || wordAt(b.lowers, m.j) === "'s") continue;
    // (A ship typed by its own name, "the AGB-47 Piloto Pardo", is still owned by the service "its" stands for.)
    m.type = 'unit';
    // ("The Hellenic Navy took delivery of its fourth frigate, the X": the service "its" stands for owns it.)
    let q = m.i - 4;
    while (q > m.i - 8 && q >= 0 && b.lowers[q] !== 'its' && b.toks[q]!.kind !== 'p') q--;
    if (wordAt(b.lowers, q) !== 'its') continue;
    let owner: Mention | undefined;
    for (const x of b.mentions) if (x.j <= q && !x.nested && x.type === 'organization') owner = x;
    if (owner && !partOfFact(b, m)) b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
  }
}

/**
 * "The Almirante Viel, Chile's first domestically built icebreaker, returned": a description set off after a name
 * (an article or a possessive, lower-case words, a warship noun closing it) says the name is a ship's.
 */
function shipDescribedAfter(b: Builder, j: number): boolean {
  if (b.toks[j]?.text !== ',') return false;
  let k = j + 1;
  const open = b.lowers[k];
  if (open === 'the' || open === 'a' || open === 'an' || open === 'its') k++;
  else if (b.toks[k]?.cap && b.lowers[k + 1] === "'s") k += 2;
  else return false;
  for (const end = Math.min(b.toks.length, k + 6); k < end; k++) {
    const t = b.toks[k]!;
    if (t.kind !== 'w' || t.cap) return false;
    if (b.lex.shipNouns.has(t.lower)) return !b.lex.civilianShipNouns.has(t.lower) && (b.toks[k + 1]?.text === ',' || b.toks[k + 1]?.text === '.');
  }
  return false;
}

/**
 * "hosted his counterpart at the Nepali Army Headquarters in Bhadrakali": a headquarters named as where something
 * happens, and placed in a named place, is a place (the building, not the command).
 */
export function headquartersAt(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || m.via !== 'name' || m.head !== 'headquarters' || b.lowers[m.j] !== 'in' || !b.toks[m.j + 1]?.cap) continue;
    // ("received at the General Headquarters of the UAE Armed Forces in Abu Dhabi": a headquarters "of" a force is its command.)
    if (b.lowers.slice(m.i, m.j).includes('of')) continue;
    const k = wordAt(b.lowers, m.i - 1) === 'the' ? m.i - 2 : m.i - 1;
    if (wordAt(b.lowers, k) === 'at') m.type = 'place';
  }
}

/** Gatherings counted by an ordinal ("the fourteenth meeting of its kind", "the 5th session"). */
const COUNTED_GATHERINGS = new Set(['meeting', 'session', 'summit', 'edition', 'round', 'sitting', 'conference']);
export const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']);

/**
 * "for the Ecuador-Colombia Binational Cabinet, the fourteenth meeting of its kind": a body's name set off by a
 * counted gathering names that gathering (the phrase is the event's, not a second one).
 */
export function countedGatheringNames(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || m.via !== 'name' || b.toks[m.j]?.text !== ',' || b.lowers[m.j + 1] !== 'the') continue;
    const o = b.toks[m.j + 2];
    if (!o || !(ORDINAL_WORDS.has(o.lower) || isOrdinal(o))) continue;
    const x = b.mentions.findIndex((y) => y.type === 'event' && y.i >= m.j + 2 && y.i <= m.j + 3 && COUNTED_GATHERINGS.has(y.head ?? ''));
    if (x < 0) continue;
    m.type = 'event';
    m.head = b.mentions[x]!.head;
    m.aliases.push(b.mentions[x]!.surface);
    b.mentions.splice(x, 1);
  }
}

/** Index of the first other event starting within five tokens after `m`, or -1. */
function eventDescribing(b: Builder, m: Mention): number {
  return b.mentions.findIndex((x) => x !== m && x.type === 'event' && x.i > m.j && x.i <= m.j + 5);
}

/**
 * "concluded Al-Murjan 21, a two-week joint naval exercise", "Sea Wolf 2029, a joint drill": capitalised words and an
 * edition number or year in apposition to an event phrase name that event (whatever the words were read as alone).
 */
function numberedEventNames(b: Builder): void {
  for (let x = b.mentions.length - 1; x >= 0; x--) {
    const ev = b.mentions[x]!;
    if (ev.type !== 'event' || ev.via === 'name') continue;
    const art = apposedArticle(b, ev.i);
    if (art < 0) continue;
    const num = art - 2;
    if (b.toks[num]?.kind !== 'n' || !/^\d{1,4}$/.test(b.toks[num]!.text) || !b.toks[num - 1]?.cap) continue;
    let s = num - 1;
    while (s > num - 4 && b.toks[s - 1]?.cap && b.toks[s - 1]!.kind === 'w') s--;
    // (Not a sentence-opening word alone, nor words another name owns: "Saudi Arabia's ...".)
    if (s === 0 || b.lowers[s - 1] === "'s" || b.mentions.some((m) => m.i < s && m.j > s)) continue;
    const named = b.mentions.filter((m) => m.i >= s && m.j <= num + 1);
    if (named.some((m) => m.type === 'state' || m.type === 'person' && !!m.title)) continue;
    for (const m of named) b.mentions.splice(b.mentions.indexOf(m), 1);
    b.mentions.splice(b.mentions.indexOf(ev), 1);
    // (Not the name without its number: "the next edition of Desert Knight" is another event.)
    addMention(b, s, num + 1, 'event', 'name', { head: ev.head, core: normAlias(spanText(b, s, num + 1)), aliases: [ev.surface] });
  }
}

/**
 * The article opening an apposition that ends in the event phrase starting at token `i`: right before it ("Al-Murjan
 * 21, a joint exercise") or past up to four lower-case words ("Ssangyong 39, the largest edition of the exercise"); -1.
 */
function apposedArticle(b: Builder, i: number): number {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = b.toks[k]!;
    if (t.kind !== 'w' || t.cap) return -1;
    if (ARTICLES.has(t.lower) && b.toks[k - 1]!.text === ',') return k;
  }
  return -1;
}

/**
 * "Operation Nanook-Nunalivut, Canada's largest Arctic military exercise in a decade, ended": a named event's
 * apposition (after an article or a state's possessive) describes it; the event phrase in it is no second event.
 */
function describedEvents(b: Builder): void {
  for (const m of b.mentions) if (m.type === 'event' && m.via === 'name') describedEvent(b, m);
}

/** describedEvents at named event `m`. */
function describedEvent(b: Builder, m: Mention): void {
  // ("Al-Murjan, first held in 2001, is the longest-running bilateral naval exercise": a copula says it too.)
  let k = copulaAfter(b, m.j);
  if (k < 0) {
    if (b.toks[m.j]?.text !== ',') return;
    k = m.j + 1;
  }
  if (b.lowers[k + 1] === "'s" && b.mentions.some((x) => x.i === k && x.j === k + 1 && x.type === 'state')) k += 2;
  else if (b.lowers[k] !== 'a' && b.lowers[k] !== 'an' && b.lowers[k] !== 'the') return;
  const x = b.mentions.findIndex((y) => y.type === 'event' && y !== m && y.i > m.j && y.i <= k + 4 && !hasPunctuation(b, m.j + 1, y.i));
  if (x < 0) {
    // ("Interaction-2029, a command-staff exercise of the CSTO,": the head word says what the event is, read later as a phrase.)
    if (m.head === undefined) m.head = describingHead(b, k + 1);
    return;
  }
  m.aliases.push(b.mentions[x]!.surface);
  // ("Operation X, the largest exercise": "the exercise" names it later; an operation's prefix tells less.)
  if (m.head === undefined || m.head === 'operation') m.head = b.mentions[x]!.head;
  b.mentions.splice(x, 1);
}

/** An event head among the lower-case words from token `k` up to the next punctuation or "of" (at most four), or undefined. */
function describingHead(b: Builder, k: number): string | undefined {
  for (let q = k; q < k + 4 && q < b.toks.length; q++) {
    const t = b.toks[q]!;
    if (t.kind !== 'w' || t.cap || t.lower === 'of') return undefined;
    if (b.lex.eventHeads.has(t.lower) && (b.toks[q + 1]?.kind !== 'w' || b.toks[q + 1]!.lower === 'of' || b.lex.functionWords.has(b.toks[q + 1]!.lower))) return t.lower;
  }
  return undefined;
}

/** The token after "is" / "was" that follows the name ending at `j` (past one aside between commas), or -1. */
function copulaAfter(b: Builder, j: number): number {
  let k = j;
  if (b.toks[k]?.text === ',') {
    let c = k + 1;
    while (c < k + 10 && c < b.toks.length && b.toks[c]!.kind !== 'p') c++;
    if (b.toks[c]?.text !== ',') return -1;
    k = c + 1;
  }
  return b.lowers[k] === 'is' || b.lowers[k] === 'was' ? k + 1 : -1;
}

function hasPunctuation(b: Builder, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (b.toks[k]!.kind === 'p') return true;
  return false;
}

/**
 * Rare words that gate a pass each, sharing one class bit (a sentence with any of them runs all three):
 * "known" (knownAsNames), "honorary" (honoraryRanks in mentions.ts) and the CODENAMED words (codeNames'
 * code-name loop).
 */
export const RARE_NAMING_WORD = wordClass(['known', 'calls', 'called', 'honorary', ...CODENAMED]);

/**
 * "The pact, known as the RAA,", "Operation X, also known as Operation Y": the name after "known as"
 * is another name of the thing before, when that is a definite noun or the name is an acronym or of
 * the same type ("the Agreement on the ... Route, also known as the Middle Corridor" names the route).
 */
export function knownAsNames(b: Builder): void {
  // (Every reading needs "known" before the name: a sentence without it is skipped by its class bit.)
  if ((b.classes & RARE_NAMING_WORD) === 0) return;
  for (const n of [...b.mentions]) if (n.via === 'name' && n.type !== 'person' && n.type !== 'state') knownAsName(b, n);
}

/** knownAsNames at name `n`. */
function knownAsName(b: Builder, n: Mention): void {
  let k = n.i - 1;
  if (wordAt(b.lowers, k) === 'the') k--;
  const called = wordAt(b.lowers, k) === 'calls';
  const comma = called ? calledBy(b, k) : knownAs(b, k);
  if (comma < 0 || b.toks[comma]?.text !== ',') return;
  const named = b.mentions.find((m) => m.j === comma && m !== n && m.type !== 'person' && m.type !== 'state');
  if (!named || !(called || named.via === 'definite' || named.type === n.type || /^\p{Lu}{2,}$/u.test(n.surface))) return;
  named.aliases.push(n.surface);
  if (named.via === 'definite' && named.type === n.type) named.knownAs = n.surface;
  b.mentions = b.mentions.filter((m) => m.i < n.i || m.j > n.j || m === named);
}

/**
 * "The Paracels, which China calls the Xisha Islands,", "the Hoang Sa archipelago, as Hanoi calls the Paracels": the
 * comma before "which" / "as" and the state or capital that calls it so ("calls" at `k`), or -1.
 */
function calledBy(b: Builder, k: number): number {
  const caller = b.mentions.find((m) => m.j === k && (m.type === 'state' || m.type === 'place'));
  const w = caller ? wordAt(b.lowers, caller.i - 1) : undefined;
  return caller && (w === 'which' || w === 'as') ? caller.i - 2 : -1;
}

/** "known as" ending at `k` ("as"), with what may come between ("known in German as", "also known locally as"): the comma before it, or -1. */
function knownAs(b: Builder, k: number): number {
  if (wordAt(b.lowers, k) !== 'as') return -1;
  // ("The brigade, known in German as Panzerbrigade 45,", "known locally as X": the language or the place it is so called.)
  if (wordAt(b.lowers, k - 1) === 'known') k -= 2;
  else if ((wordAt(b.lowers, k - 1) === 'locally' || wordAt(b.lowers, k - 1) === 'officially') && wordAt(b.lowers, k - 2) === 'known') k -= 3;
  else if (tokAt(b.toks, k - 1)?.cap && wordAt(b.lowers, k - 2) === 'in' && wordAt(b.lowers, k - 3) === 'known') k -= 4;
  else return -1;
  return b.lowers[k] === 'also' ? k - 1 : k;
}

/** Nouns by which home copy names its own state ("the President of the Republic"). */
const OWN_STATE_NOUNS = new Set(['republic', 'union', 'federation', 'kingdom', 'nation', 'state', 'country']);

/**
 * "the President of the Republic, Mr Jean-Claude Rivière, received ...": a post ending in "of the
 * Republic" (home copy's own state) is apposed to the name after the comma, which takes the post.
 */
export function ownStatePostApposition(b: Builder): void {
  for (const t of b.mentions) if (t.via === 'title' && t.title && t.title.kind !== 'rank' && t.title.affiliation === undefined) ownStatePost(b, t, t.title);
}

/** ownStatePostApposition at post `t` with `title`, its title (no affiliation). */
function ownStatePost(b: Builder, t: Mention, title: TitleInfo): void {
  const k = t.j;
  if (b.lowers[k] !== 'of' || b.lowers[k + 1] !== 'the' || !OWN_STATE_NOUNS.has(b.lowers[k + 2] ?? '') || b.toks[k + 2]?.cap !== true || b.toks[k + 3]?.text !== ',') return;
  const person = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) === k + 4);
  if (!person || (person.title && person.title.kind !== 'rank')) return;
  person.title = newTitle(title.role, title.head, title.kind, { rank: person.title?.head });
  t.nested = true;
}

/**
 * spelledShipPrefix starts from a ship word ('ship', 'vessel'), apposedShipNames from one of the lexicon's ship
 * nouns ("frigate", "corvette"): one class for both, which most sentences have no word of.
 */
const SHIP_WORD = wordClass(() => ['ship', 'vessel', ...getLexicon().shipNouns]);

/** "Sri Lanka Navy Ship (SLNS) Vijayabahu": a spelled-out warship prefix, its acronym and the ship's name are one ship. */
export function spelledShipPrefix(b: Builder): void {
  if ((b.classes & SHIP_WORD) === 0) return;
  for (let k = 1; k + 3 < b.toks.length; k++) {
    if (b.toks[k]!.text !== '(' || (b.lowers[k - 1] !== 'ship' && b.lowers[k - 1] !== 'vessel')) continue;
    const x = b.mentions.find((y) => y.j === k && y.type === 'organization' && y.via === 'name');
    const acr = b.toks[k + 1];
    if (!x || !acr?.upper || b.toks[k + 2]?.text !== ')') continue;
    const named = b.mentions.find((y) => y.i === x.j + 3 && y.via === 'name');
    if (!named) continue;
    const label = `${acr.text} ${named.surface}`;
    b.mentions = b.mentions.filter((y) => y.j <= x.i || y.i >= named.j);
    const m = addMention(b, x.i, named.j, 'unit', 'name', { core: normAlias(label), label, aliases: [label, named.surface] });
    if (m) for (let k = x.i; k < named.j; k++) b.covered[k] = 1;
    return;
  }
}

/**
 * "The Royal Netherlands Navy frigate HNLMS Tromp", "the RSN frigates RSS Formidable and RSS Stalwart": a service
 * named before a ship word owns the ships named after it (the ships coordinated with the first one too).
 */
export function servicesShips(b: Builder): void {
  // (Most sentences name no unit: no list to filter and sort then.)
  if (!b.mentions.some(isNamedUnit)) return;
  const ships = b.mentions.filter(isNamedUnit).sort((x, y) => x.i - y.i);
  let last: { ship: Mention; owner: Mention } | undefined;
  for (const m of ships) {
    // ("frigate INS Shivalik and corvette INS Kadmatt": a ship coordinated with one its service owns.)
    if (last && coordinatedShip(b, last.ship, m)) {
      b.facts.push({ type: 'PART_OF', source: m.id, target: last.owner.id });
      last = { ship: m, owner: last.owner };
      continue;
    }
    // ("Two Jamaica Defence Force (JDF) Coast Guard vessels, HMJS Middlesex and HMJS Surrey,": the service's ships set off
    // by a comma after a plural ship word.)
    const setOff = b.toks[m.i - 1]?.text === ',' && shipWordAt(b.lex, b.lowers[m.i - 2] ?? '')?.plural === true ? serviceEndingAt(b, m.i - 2, m.i - 2) : undefined;
    if (setOff) {
      b.facts.push({ type: 'PART_OF', source: m.id, target: setOff.id });
      last = { ship: m, owner: setOff };
      continue;
    }
    let k = m.i - 1;
    while (k > m.i - 3 && b.toks[k]?.kind === 'w' && !b.toks[k]!.cap && !shipNoun(b, k)) k--;
    if (!shipNoun(b, k)) continue;
    // ("The Italian Navy patrol vessel X": lower-case words before the ship word describe the ship.)
    let o = k;
    while (o > k - 3 && b.toks[o - 1]?.kind === 'w' && !b.toks[o - 1]!.cap && !b.lex.functionWords.has(b.lowers[o - 1]!)) o--;
    // ("the RSN frigates X and Y and the littoral mission vessel Z": the next ship word of the list has the same service.)
    const listed = last && b.lowers[o - 1] === 'the' && b.lowers[o - 2] === 'and' && last.ship.j === o - 2 ? last.owner : undefined;
    // ("Two Italian Navy ships, the patrol vessel X and ...": the ships of a service, then each set off after a comma.)
    const apposed = b.lowers[o - 1] === 'the' && b.toks[o - 2]?.text === ',' && shipNoun(b, o - 3) ? serviceEndingAt(b, o - 3, o - 3) : undefined;
    // ("INS Sunayna and the coast guard ship CGS Huravee": a service of its own before the ship word comes first.)
    const owner = serviceEndingAt(b, k, o) ?? listed ?? apposed;
    if (!owner) continue;
    b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
    last = { ship: m, owner };
  }
}

/**
 * "the Indonesian Navy's First Fleet Command (Koarmada I)": a name guessed a person, alone in brackets right after a
 * body's or unit's name, is that name's short form (an alias), no one.
 */
export function bracketedShortNames(b: Builder): void {
  for (let n = 0; n < b.mentions.length; n++) {
    const x = b.mentions[n]!;
    if (x.type !== 'person' || x.via !== 'name' || x.title || b.toks[x.i - 1]?.text !== '(' || b.toks[x.j]?.text !== ')') continue;
    const named = b.mentions.find((y) => y.j === x.i - 1 && (y.type === 'organization' || y.type === 'unit') && y.via === 'name' && !y.nested);
    if (!named) continue;
    named.aliases.push(x.surface);
    b.mentions.splice(n--, 1);
  }
  // ("the Malaysia-Indonesia General Border Committee (GBC Malindo)": an acronym and a word in brackets, read as no
  // name, is the body's short form too.)
  for (let k = 1; k + 3 < b.toks.length; k++) {
    if (b.toks[k]!.text !== '(' || !b.toks[k + 1]!.upper || b.toks[k + 1]!.kind !== 'w' || !b.toks[k + 2]!.cap || b.toks[k + 2]!.kind !== 'w' || b.toks[k + 3]!.text !== ')' || b.covered[k + 1] || b.covered[k + 2]) continue;
    const named = b.mentions.find((y) => y.j === k && (y.type === 'organization' || y.type === 'unit') && y.via === 'name');
    if (named) named.aliases.push(spanText(b, k + 1, k + 3));
  }
}

/**
 * "the UAE Air Force and Air Defence": an air force named with its air-defence arm is one service; the
 * mention spans both (the later words name no one).
 */
export function airDefenceArms(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'organization' || b.lowers[m.j - 1] !== 'force' || b.lowers[m.j - 2] !== 'air' || b.lowers[m.j] !== 'and' || b.lowers[m.j + 1] !== 'air') continue;
    const defence = b.toks[m.j + 2];
    if (!defence?.cap || (defence.lower !== 'defence' && defence.lower !== 'defense')) continue;
    const from = m.j;
    // ("the Commander of the UAE Air Force and Air Defence, X": so does the post whose complement it closes.)
    for (const x of b.mentions) if (x.j === from && x.i < m.i && x.via === 'title') respanMention(b, x, x.i, from + 3);
    respanMention(b, m, m.i, from + 3);
    for (let k = from; k < m.j; k++) b.covered[k] = 1;
    m.aliases.push(m.surface);
  }
}

/**
 * "The IAF sent jets of its No 17 Squadron": a unit owned by "its" is part of the body or unit named last before it
 * in the sentence (no state between).
 */
export function itsUnits(b: Builder): void {
  let prev: Mention | undefined;
  for (const m of b.mentions) {
    // ("its 5th and 9th Infantry Brigades": a unit listed right after one of its units is its too.)
    const listed = prev?.owner !== undefined && m.type === 'unit' && m.via === 'name' && m.owner === undefined && (b.lowers[m.i - 1] === 'and' || b.lowers[m.i - 1] === ',') && prev.j === m.i - 1;
    if (listed && !partOfFact(b, m)) {
      m.owner = prev!.owner;
      b.facts.push({ type: 'PART_OF', source: m.id, target: prev!.owner! });
    }
    prev = m;
    // ("its newly formed 5th Border Security Battalion": past describing words.)
    const its = m.type === 'unit' && m.via === 'name' && m.owner === undefined ? beforeUnitModifiers(b.toks, m.i) : -1;
    if (its < 0 || b.lowers[its] !== 'its') continue;
    let owner: Mention | undefined;
    // (Not yet sorted: a unit found before the capitalised runs comes first; every mention ending by "its" is read.)
    for (const x of b.mentions) {
      if (x.j > its || x.nested) continue;
      if (x.type === 'organization' || x.type === 'unit') owner = x;
      else if (x.type === 'state' || x.type === 'person') owner = undefined;
    }
    if (!owner || partOfFact(b, m)) continue;
    m.owner = owner.id;
    b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
  }
}

/** A unit mention read from a name (the mentions the unit passes start from: findMentions tests for one). */
export function isNamedUnit(m: Mention): boolean {
  return m.type === 'unit' && m.via === 'name';
}

/** A PART_OF fact with source `m` in the sentence. */
function partOfFact(b: Builder, m: Mention): boolean {
  return b.facts.some((f) => f.type === 'PART_OF' && f.source === m.id);
}

/**
 * "its No 17 Squadron, the Golden Arrows,": a capitalised plural in apposition to a unit, guessed a person, is the
 * unit's nickname.
 */
export function unitNicknames(b: Builder): void {
  for (let k = b.mentions.length - 1; k >= 0; k--) {
    const m = b.mentions[k]!;
    if (m.type !== 'person' || m.via !== 'name' || m.title || wordAt(b.lowers, m.i - 1) !== 'the' || tokAt(b.toks, m.i - 2)?.text !== ',' || b.toks[m.j]?.kind !== 'p') continue;
    if (!/\p{Ll}s$/u.test(b.toks[m.j - 1]!.text)) continue;
    const unit = unitEndingAt(b, m.i - 2);
    if (!unit) continue;
    unit.aliases.push(m.surface);
    b.mentions.splice(k, 1);
  }
}

/** The first unit ending at token `j` (not nested). */
function unitEndingAt(b: Builder, j: number): Mention | undefined {
  return b.mentions.find((x) => x.j === j && x.type === 'unit' && !x.nested);
}

/**
 * "the Indian Army's Tezpur-based 4 Corps", "the Navy's elite 3rd Marine Brigade": a possessor before one or two
 * describing words owns the named unit after them (right after the possessive, the run reads it already).
 */
export function possessedAcrossModifiers(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'unit' || m.via !== 'name' || m.owner !== undefined) continue;
    let k = beforeUnitModifiers(b.toks, m.i);
    // ("the Republic of Singapore Air Force's (RSAF) 130 Squadron": past the possessor's acronym in brackets.)
    // ("the Army Strategic Reserve Command's (Kostrad) 9th Combat Engineer Battalion": or its short name.)
    if (k === m.i - 1 && tokAt(b.toks, k)?.text === ')' && tokAt(b.toks, k - 2)?.text === '(' && b.toks[k - 1]!.cap && b.lowers[k - 3] === "'s") k -= 3;
    // ("the RMN's KD Perak": a ship named with its prefix right after a body's possessive, which no run reads.)
    const direct = k === m.i - 1 && b.lowers[k] === "'s" && b.lex.shipPrefixes.has(b.toks[m.i]!.text);
    if ((k === m.i - 1 && !direct) || b.lowers[k] !== "'s") continue;
    const owner = possessorEndingAt(b, k);
    if (!owner || partOfFact(b, m) || (direct && owner.type === 'state')) continue;
    m.owner = owner.id;
    b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
  }
}

/**
 * "Royal Marines of 42 Commando": the members of a service of marines named with their unit; the unit is part of the
 * service.
 */
export function serviceMembersOfUnit(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'unit' || m.via !== 'name' || m.owner !== undefined || wordAt(b.lowers, m.i - 1) !== 'of') continue;
    const service = b.mentions.find((x) => x.j === m.i - 1 && x.type === 'organization' && !x.nested && b.lowers[x.j - 1] === 'marines');
    if (!service || partOfFact(b, m)) continue;
    m.owner = service.id;
    b.facts.push({ type: 'PART_OF', source: m.id, target: service.id });
  }
}

/** The first body, unit or state ending at token `j` (not nested). */
function possessorEndingAt(b: Builder, j: number): Mention | undefined {
  return b.mentions.find((x) => x.j === j && !x.nested && (x.type === 'organization' || x.type === 'unit' || x.type === 'state'));
}

/** The first organization ending at token `k` or `o` (not nested): a ship's service. */
function serviceEndingAt(b: Builder, k: number, o: number): Mention | undefined {
  // ("The Royal Malaysian Navy (RMN) frigate KD Lekiu": past the service's acronym in brackets.)
  const bracketed = b.toks[o - 1]?.text === ')' && b.toks[o - 3]?.text === '(' ? o - 3 : -1;
  return b.mentions.find((x) => (x.j === k || x.j === o || x.j === bracketed) && x.type === 'organization' && !x.nested);
}

/** A ship word at `k`, or its plural ("frigates"). */
function shipNoun(b: Builder, k: number): boolean {
  return shipWordAt(b.lex, b.lowers[k] ?? '') !== undefined;
}

/** `m` follows `ship` after "and" or a comma, and at most a lower-case ship word ("X and corvette Y", "X, Y"). */
function coordinatedShip(b: Builder, ship: Mention, m: Mention): boolean {
  const gap = m.i - ship.j;
  if (gap < 1 || gap > 3 || (b.lowers[ship.j] !== 'and' && b.lowers[ship.j] !== ',')) return false;
  if (gap === 1) return true;
  if (b.lowers[ship.j] === ',' && b.lowers[ship.j + 1] === 'and' && gap === 2) return true;
  return !b.toks[m.i - 1]!.cap && shipNoun(b, m.i - 1);
}

/** An award's name and its class or degree after it ("Al-Istiqlal Order of the First Class"): the name without it, group 1. */
const AWARD_CLASS = /^(?:the\s+)?(.+?)\s+of\s+the\s+(?:First|Second|Third|Fourth|Fifth|1st|2nd|3rd|4th|5th)\s+(?:Class|Degree|Grade)$/;

/** Capitalised grade words an award's name may go on with after "with" ("with Swords", "with Oak Leaves", "with Diamonds"). */
const AWARD_GRADE_MAX = 3;

/**
 * "the Cross of Merit with Swords", "the Order of Courage with Oak Leaves": capitalised words after "with" right after an
 * award's name are its grade, part of the name (the name without them an alias).
 */
export function awardGrades(b: Builder): void {
  for (const m of b.mentions) {
    // ("the Al-Istiqlal Order of the First Class": the order without its class is a name of it too.)
    if (m.type === 'award' && m.via === 'name') {
      const graded = AWARD_CLASS.exec(m.surface);
      if (graded && !m.aliases.includes(graded[1]!)) m.aliases.push(graded[1]!);
    }
    if (m.type !== 'award' || m.via !== 'name' || b.lowers[m.j] !== 'with') continue;
    let k = m.j + 1;
    while (k < m.j + 1 + AWARD_GRADE_MAX && b.toks[k]?.cap && b.toks[k]!.kind === 'w' && !b.toks[k]!.upper) k++;
    if (k === m.j + 1 || !/s$/.test(b.lowers[k - 1]!)) continue;
    // ("with Oak Leaves": a name guessed a person's inside the grade words gives way.)
    const inside = b.mentions.filter((x) => x !== m && x.i < k && x.j > m.j);
    if (inside.some((x) => x.i <= m.j || x.j > k || x.type !== 'person' || x.title !== undefined)) continue;
    if (inside.length) b.mentions = b.mentions.filter((x) => !inside.includes(x));
    const short = m.surface;
    respanMention(b, m, m.i, k);
    m.core = normAlias(m.surface);
    m.aliases = [m.surface, ...m.aliases.filter((a) => a !== short), short];
    for (let q = m.i; q < k; q++) b.covered[q] = 1;
  }
}

/**
 * "ended a five-day exercise, Interaction-2038, at X", "a week-long joint exercise, Amber Sky-38,": capitalised words
 * with a number (up to four tokens) set off by commas after a described gathering are its name; the description an alias.
 */
export function apposedEventNames(b: Builder): void {
  // (Most sentences hold no described event set off by a comma: nothing to copy the list for.)
  if (!b.mentions.some((m) => m.type === 'event' && m.via !== 'name' && b.toks[m.j]?.text === ',')) return;
  for (const m of [...b.mentions]) {
    if (m.type !== 'event' || m.via === 'name' || b.toks[m.j]?.text !== ',' || !b.lex.eventHeads.has(b.lowers[m.j - 1]!)) continue;
    const k = m.j + 1;
    let q = k;
    while (q < k + 4 && b.toks[q] && (b.toks[q]!.cap || (q > k && b.toks[q]!.kind === 'n'))) q++;
    const end = b.toks[q]?.text;
    if (q === k || (end !== ',' && end !== '.') || !/\d/.test(b.toks[q - 1]!.text)) continue;
    const inside = b.mentions.filter((x) => x !== m && x.i < q && x.j > k);
    if (inside.some((x) => x.i < k || x.j > q || x.type === 'state' || x.title !== undefined)) continue;
    b.mentions = b.mentions.filter((x) => x !== m && !inside.includes(x));
    const named = addMention(b, k, q, 'event', 'name', { head: m.head, core: normAlias(spanText(b, k, q)) });
    if (!named) continue;
    named.aliases.push(m.surface.replace(/^(?:the|a|an)\s+/i, ''));
    for (let p = k; p < q; p++) b.covered[p] = 1;
  }
}

/**
 * "The Jamaica Defence Force (JDF) Coast Guard": a body's name right after another body's name and acronym is a branch
 * of it, called by the acronym and its own name ("JDF Coast Guard").
 */
export function acronymBranches(b: Builder): void {
  for (const m of b.mentions) {
    if ((m.type !== 'organization' && m.type !== 'unit') || m.via !== 'name' || m.owner !== undefined || m.head === undefined) continue;
    if (tokAt(b.toks, m.i - 1)?.text !== ')' || tokAt(b.toks, m.i - 3)?.text !== '(') continue;
    const acronym = b.toks[m.i - 2]!;
    if (!acronym.upper || acronym.kind !== 'w') continue;
    const body = b.mentions.find((x) => x.j === m.i - 3 && (x.type === 'organization' || x.type === 'unit') && !x.nested && x.aliases.includes(acronym.text));
    if (!body) continue;
    const label = `${acronym.text} ${m.surface}`;
    m.label = label;
    m.core = normAlias(label);
    m.aliases.push(label, spanText(b, body.i, m.j));
    m.owner = body.id;
    b.facts.push({ type: 'PART_OF', source: m.id, target: body.id });
  }
}

/**
 * "the 8th/9th Battalion, Royal Australian Regiment": a unit named by two ordinals joined by a slash (an amalgamated
 * battalion) begins at the first.
 */
export function slashedOrdinalUnits(b: Builder): void {
  for (const m of b.mentions) {
    if (m.type !== 'unit' || m.via !== 'name' || m.i < 2 || !isOrdinal(b.toks[m.i]) || b.toks[m.i - 1]!.text !== '/' || !isOrdinal(b.toks[m.i - 2])) continue;
    respanMention(b, m, m.i - 2, m.j);
    m.core = normAlias(m.surface);
    b.covered[m.i] = b.covered[m.i + 1] = 1;
  }
}

/** Lower-case heads after a name's acronym that say what it names ("the X (MSS) mission"), with their types. */
const HEADS_AFTER_ACRONYM: ReadonlyMap<string, 'organization' | 'event'> = new Map([['mission', 'organization'], ['operation', 'event']]);

/**
 * "colleagues who have served in the Multinational Security Support (MSS) mission": a headless name, its acronym in
 * brackets, then a lower-case head: the head says what the name names (a mission is a body, not a place).
 */
export function headAfterAcronym(b: Builder): void {
  for (const m of b.mentions) {
    if (m.via !== 'name' || m.head !== undefined || (m.type !== 'place' && m.type !== 'person') || b.toks[m.j]?.text !== '(' || b.toks[m.j + 2]?.text !== ')') continue;
    const type = HEADS_AFTER_ACRONYM.get(b.lowers[m.j + 3] ?? '');
    if (type && !b.toks[m.j + 4]?.cap) m.type = type;
  }
}

/**
 * "The 23rd FND, which had been in Bangui": an ordinal before an acronym names one unit of a numbered series (another
 * than "the 24th National Deployed Force (FND)"), so the ordinal joins the name and the name is a unit.
 */
export function ordinalAcronymUnits(b: Builder): void {
  for (const m of b.mentions) {
    if (m.via !== 'name' || m.nested || m.j !== m.i + 1 || (m.type !== 'organization' && m.type !== 'unit') || !b.toks[m.i]!.upper || m.i < 1) continue;
    const o = m.i - 1;
    if (!isOrdinal(b.toks[o]) || (o > 0 && !UNIT_OWNERS.has(b.lowers[o - 1]!) && b.toks[o - 1]!.kind !== 'p')) continue;
    respanMention(b, m, o, m.j);
    b.covered[o] = 1;
    m.type = 'unit';
    m.core = b.lowers.slice(o, m.j).join(' ');
    // (Not known by the acronym alone, which names the unit whose expansion it follows.)
    m.aliases = [];
  }
}

/** A unit's designator written as a number and capitals ("1KR", "3RAR", "2SIR"). */
const NUMBERED_DESIGNATOR = /^\d{1,3}[A-Z]{2,5}$/;

/**
 * The end of a unit's designator opening at token `k`, or -1: a number and capitals in one token ("1KR"), or a battalion
 * number, a slash, a regiment number and the regiment's acronym ("2/1 RNZIR").
 */
function designatorEnd(b: Builder, k: number): number {
  const toks = b.toks;
  const t = toks[k]!;
  if (t.kind !== 'n') return -1;
  if (NUMBERED_DESIGNATOR.test(t.text)) return b.covered[k] ? -1 : k + 1;
  if (toks[k + 1]?.text !== '/' || toks[k + 2]?.kind !== 'n' || !toks[k + 3]?.upper || toks[k + 3]!.kind !== 'w') return -1;
  return /^\d{1,2}$/.test(t.text) && /^\d{1,2}$/.test(toks[k + 2]!.text) ? k + 4 : -1;
}

/**
 * "soldiers of 1 Kenya Rifles (1KR) ... 1KR, which is part of Sector 2", "the 2nd/1st Battalion, Royal New Zealand
 * Infantry Regiment (2/1 RNZIR) ... The commanding officer of 2/1 RNZIR": a designator in brackets after a unit's name
 * is its short form, and names the unit again wherever the document uses it (a regiment's acronym inside a slashed one
 * names no body of its own).
 */
export function numberedDesignators(b: Builder): void {
  const toks = b.toks;
  for (let k = 0; k < toks.length; k++) {
    const end = designatorEnd(b, k);
    if (end < 0) continue;
    const text = spanText(b, k, end);
    const bracketed = toks[k - 1]?.text === '(' && toks[end]?.text === ')';
    const named = bracketed ? b.mentions.find((y) => y.j === k - 1 && y.type === 'unit' && y.via === 'name') : undefined;
    if (named) named.aliases.push(text);
    else if (bracketed || b.known.aliasType(normAlias(text)) !== 'unit') continue;
    const inner = end > k + 1 ? b.mentions.findIndex((m) => m.i === end - 1 && m.j === end) : -1;
    if (inner >= 0) b.mentions.splice(inner, 1);
    for (let x = k; x < end; x++) b.covered[x] = 1;
    if (!named) addMention(b, k, end, 'unit', 'name', { core: normAlias(text) });
    k = end - 1;
  }
}

/**
 * "The Cambodia-Thailand General Border Committee, which was set up by the two countries", "the Lithuanian-Polish-
 * Ukrainian Brigade": the states a hyphenated compound of country names or demonyms opening a name spells are named
 * there (nested mentions over the compound), so that "the two countries" can stand for them.
 */
export function hyphenatedStates(b: Builder): void {
  const toks = b.toks;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'w' || !t.cap || !t.text.includes('-') || !b.covered[k]) continue;
    const parts = t.lower.split('-');
    if (parts.length < 2 || parts.length > 4) continue;
    const codes: string[] = [];
    const demonyms: boolean[] = [];
    for (const p of parts) {
      const g = b.lex.gazetteer.match([p], 0);
      if (!g || g.length !== 1 || (g.value.kind !== 'state' && g.value.kind !== 'demonym') || b.lex.states.get(g.value.ref)?.sovereign === false) break;
      codes.push(g.value.ref);
      demonyms.push(g.value.kind === 'demonym');
    }
    if (codes.length !== parts.length || new Set(codes).size !== codes.length) continue;
    // (Only inside a name: the compound opens a body's or unit's name, not "the Cambodia-Thailand border".)
    if (!b.mentions.some((m) => m.i === k && m.j > k + 1 && (m.type === 'organization' || m.type === 'unit' || m.type === 'event' || m.type === 'agreement'))) continue;
    const words = t.text.split('-');
    for (let n = 0; n < codes.length; n++) {
      const m = addMention(b, k, k + 1, 'state', 'gaz', { code: codes[n], nested: true, demonym: demonyms[n] || undefined });
      // (Each names its own state: the compound is no alias of either.)
      if (m) {
        m.surface = words[n]!;
        m.aliases = [words[n]!];
      }
    }
  }
}

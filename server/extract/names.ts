// Mention stage, part 2: interpret a run of capitalised tokens without a title. A head noun
// types the name ("... Agency" organization, "... Region" place, ordinal + "Regiment" unit,
// "Treaty on ..." agreement, "Hero of ..." award); possessors, demonyms and "of X" complements
// become owners (PART_OF / LOCATED_IN facts); runs without a head split into gazetteer phrases
// and person names. Names typed by their first word ("Lake X", "Operation X", "Annex B") are in
// prefixed-names.ts.
import type { NodeType } from '../ontology.js';
import { foldDiacritics, getLexicon, type Lexicon } from './lexicon.js';
import { newTitle, type Mention } from './model.js';
import { addMention, AMOUNT_WORDS, appositionType, bodyHeadBefore, normAlias, numberedTail, spanText, warshipPrefix, wordsText, type Builder } from './mention-kit.js';
import { ABSTRACT_NOUN, afterPlacePrep, COMPOUND_UNIT, COMPOUND_UNIT_MIN_LENGTH, isOrdinal, LOWER_SERVICES, MINISTRY, PARTY_WORDS, POST_HOLDERS, ROMANCE_HEADS, seg, SIDES, stateAt, type Seg } from './runs.js';
import { unnamed } from './unnamed.js';
import { itemAt, tokAt, wordAt } from './tokens.js';
import { wordClass } from './word-classes.js';
import { canonicalRole, consulGeneralAt, HOUSE_MEMBERS } from './roles.js';
import { designatedAgreementOrEvent, eventPrefixedRun, placePrefixedChunk, placePrefixedRun } from './prefixed-names.js';

const SPEECH = new Set(['said', 'says', 'told', 'stressed', 'noted', 'added', 'warned', 'announced', 'stated', 'declared', 'wrote', 'emphasized', 'emphasised', 'explained', 'recalled', 'insisted', 'replied', 'urged', 'called']);
const NAME_MAX = 5;
const AGREEMENT_ABBREVIATIONS = new Set(['mou', 'moa', 'mous']);
const ARTICLE_PLACES = new Set(['la', 'el', 'las', 'los']);
const COMPOUND_ADJECTIVE = /-(?:linked|backed|led|based|allied|affiliated|owned|run|funded|inspired|born|made|built|brokered|sponsored|aligned|controlled)$/;

/**
 * A compound adjective ("iran-backed", "kabul-based"). (The regex is unanchored at its start, so it is
 * tried at every position of the word; most words hold no hyphen and are settled by a plain search.)
 */
function isCompoundAdjective(lower: string): boolean {
  return lower.includes('-') && COMPOUND_ADJECTIVE.test(lower);
}
/** Lower-case nouns of routes and structures a name can modify ("the X railway"). */
/**
 * "Black Hawk helicopters", "16 Piranha IIIC armoured personnel carriers", "two Black Hawks", "UH-60M Black Hawks":
 * a name before a hardware noun (a few lower-case modifiers between), or a plural name after a count, an owner or a
 * model code, names a model, not a person.
 */
function namesHardware(b: Builder, i: number, j: number): boolean {
  for (let k = j; k < j + 4 && b.toks[k]?.kind === 'w' && !b.toks[k]!.cap && !b.lex.functionWords.has(b.lowers[k]!); k++) {
    if (EQUIPMENT_NOUNS.has(b.lowers[k]!)) return true;
  }
  const last = b.toks[j - 1]!.text;
  if (!/\p{Ll}s$/u.test(last) || /(?:ss|us|is)$/.test(last)) return false;
  const prev = tokAt(b.toks, i - 1);
  return !!prev && (prev.kind === 'n' || HARDWARE_COUNTS.has(b.lowers[i - 1]!) || (/\d/.test(prev.text) && /\p{Lu}/u.test(prev.text)));
}

/** Hardware a maker's or model name is put before ("Black Hawk helicopters", "Piranha IIIC armoured personnel carriers"). */
const EQUIPMENT_NOUNS = new Set(['helicopter', 'helicopters', 'aircraft', 'airplane', 'airplanes', 'plane', 'planes', 'jet', 'jets', 'fighter', 'fighters', 'bomber', 'bombers', 'drone', 'drones', 'tank', 'tanks', 'carrier', 'carriers', 'vehicle', 'vehicles', 'missile', 'missiles', 'rocket', 'rockets', 'launcher', 'launchers', 'howitzer', 'howitzers', 'rifle', 'rifles', 'gun', 'guns', 'truck', 'trucks', 'radar', 'radars', 'system', 'systems', 'boat', 'boats', 'engine', 'engines', 'ammunition', 'munitions', 'shells', 'interceptors']);
/** Counts and owners before a plural name of hardware ("two Black Hawks", "its own Black Hawks"). */
const HARDWARE_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'dozen', 'several', 'more', 'own', 'additional', 'new', 'used', 'second-hand', 'refurbished', 'modernised', 'modernized', 'upgraded']);
const ROUTE_NOUNS = new Set(['railway', 'railways', 'railroad', 'rail', 'pipeline', 'pipelines', 'line', 'road', 'highway', 'motorway', 'expressway', 'corridor', 'canal', 'tunnel', 'cable', 'cables', 'link', 'interconnector', 'route', 'bridge', 'dam']);
/** "visited Torkham": an unknown single name right after a visit verb is a place. */
/** Kinds of equipment a model designator names ("K2 main battle tanks", "F-16 fighters", "C-130 transport aircraft"). */
const EQUIPMENT = new Set(['tank', 'tanks', 'fighter', 'fighters', 'jet', 'jets', 'aircraft', 'plane', 'planes', 'helicopter', 'helicopters', 'howitzer', 'howitzers', 'missile', 'missiles', 'drone', 'drones', 'rifle', 'rifles', 'vehicle', 'vehicles', 'launcher', 'launchers', 'system', 'systems', 'bomber', 'bombers', 'trainer', 'trainers', 'frigate', 'frigates', 'corvette', 'corvettes', 'submarine', 'submarines', 'boat', 'boats', 'gun', 'guns', 'radar', 'radars', 'interceptor', 'interceptors', 'transport', 'transports', 'engine', 'engines']);

const VISIT_VERBS = new Set(['visited', 'visit', 'visits', 'visiting', 'toured', 'tour', 'left', 'leaving', 'departed']);
/** "deployed to Keur Ayip", "flew to X": after these verbs "to" names a destination, not a recipient. */
const MOTION_TO = new Set(['deployed', 'redeployed', 'sent', 'dispatched', 'flew', 'flown', 'fly', 'flies', 'travel', 'travels', 'travelling', 'traveling', 'travelled', 'traveled', 'return', 'returns', 'returning', 'returned', 'moved', 'relocated', 'transferred', 'evacuated', 'airlifted', 'shipped', 'drove', 'driven', 'went', 'came', 'marched', 'withdrew', 'withdrawn', 'headed', 'sailed', 'rushed', 'posted', 'stationed']);

/** Verbs that move what they take ("deployed two ranger companies to X"), unlike "sent a letter to X". */
const MOVING_OBJECT = new Set(['deployed', 'redeployed', 'dispatched', 'relocated', 'transferred', 'evacuated', 'airlifted', 'stationed', 'moved']);

/** "deployed to X", "deployed two ranger companies to X": a verb of motion right before the "to" at `p`, or one that moves its object at most five words before, no punctuation between. */
function movedTo(b: Builder, p: number): boolean {
  if (MOTION_TO.has(b.lowers[p - 1] ?? '')) return true;
  // ("the battalion flew from Bandung to Sumbawa Besar": a move from one named place to another.)
  let q = p - 1;
  while (q > p - 4 && b.toks[q]?.cap) q--;
  if (q < p - 1 && b.lowers[q] === 'from' && MOTION_TO.has(b.lowers[q - 1] ?? '')) return true;
  for (let k = p - 2; k >= 0 && k >= p - 6; k--) {
    if (b.toks[k]!.kind === 'p') return false;
    if (MOVING_OBJECT.has(b.lowers[k]!)) return true;
  }
  return false;
}

/** Plural lower-case place heads that follow coordinated names ("the San Miguel and Putumayo rivers"). */
const PLURAL_PLACE_HEADS = new Set(['rivers', 'islands', 'lakes', 'mountains', 'provinces', 'regions', 'districts', 'valleys', 'straits']);

/** A plural place head right after token `j`, or after "and" and one to three capitalised words. */
function pluralPlaceHeadAfter(b: Builder, j: number): boolean {
  let k = j;
  if (b.lowers[k] === 'and') {
    k++;
    const from = k;
    while (k < from + 3 && b.toks[k]?.cap && b.toks[k]!.kind === 'w') k++;
    if (k === from) return false;
  }
  const t = b.toks[k];
  return !!t && t.kind === 'w' && !t.cap && PLURAL_PLACE_HEADS.has(t.lower);
}

/** A Roman numeral of an award's grade ("III class", "II degree"). */
const ROMAN_GRADE = /^(?:I{1,3}|IV|V)$/;

/** Missions abroad named with the city they stand in ("the US Embassy in Awkar"). */
const HOSTED_BODIES = new Set(['embassy', 'consulate', 'consulate-general', 'mission', 'office', 'headquarters']);

/** Last words of the services whose possessed acronym-prefixed names are ships ("the Ghana Navy's GNS X"). */
const SHIP_OWNERS = new Set(['navy', 'guard', 'fleet', 'flotilla']);

/** Options of a plain interpretation. */
export interface PlainOpts {
  /** Unknown single words become organizations (words before a title: "Gazprom CEO"). */
  affiliation?: boolean;
  /** Force a type for a headless name ("village of X" → place, "frigate X" → unit). */
  force?: NodeType;
}

/**
 * Tok.classes bit of every word headType can type (the union of the sets it asks): findHead asks for
 * every word of a run, mostly names that are no head, which the bit settles without the dozen lookups.
 */
const HEAD_WORD = wordClass(() => {
  const lex = getLexicon();
  return [
    'base', ...NUMBERED_GATHERINGS, ...lex.eventNamedOnly, ...lex.unitHeads, ...lex.agreementHeads, ...lex.awardPrefix, ...lex.orgPrefix, ...lex.awardSuffix,
    ...lex.unitAlways, ...lex.unitNamed, ...lex.eventHeads, ...lex.eventAfterName, ...lex.orgHeads, ...lex.orgLower,
    ...lex.placeHeads, ...lex.placeLower, ...lex.placePrefix,
  ];
});

/** Words after "Civil" that name an emergency service ("Civil Defence", "Civil Protection"). */
const CIVIL_SERVICES = new Set(['defence', 'defense', 'protection']);

/** headType of the word at token `k`. */
function headTypeAt(b: Builder, k: number, ordinal: boolean, first: boolean, hasComplement: boolean): NodeType | undefined {
  // ("the Syria Civil Defence", "Cuba's Civil Protection": a civil-defence service is a body.)
  // (Not a portfolio inside a ministry's name: "the Ministry of Climate Crisis and Civil Protection".)
  if (b.lowers[k - 1] === 'civil' && CIVIL_SERVICES.has(b.lowers[k]!) && b.lowers[k - 2] !== 'and' && b.lowers[k - 2] !== 'of') return 'organization';
  if ((b.toks[k]!.classes & HEAD_WORD) === 0) {
    // ("the Sudan People's Liberation Movement-North (SPLM-N)": a head with a compass point joined by a hyphen.)
    const w = b.lowers[k]!;
    // ("the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)": or a movement's wing in opposition.)
    if (!first && w.endsWith(IN_OPPOSITION) && w.length > IN_OPPOSITION.length) return headType(b, w.slice(0, -IN_OPPOSITION.length), ordinal, first, hasComplement);
    const dash = w.length > 8 && !first ? w.lastIndexOf('-') : -1;
    return dash > 0 && HYPHEN_COMPASS.has(w.slice(dash + 1)) ? headType(b, w.slice(0, dash), ordinal, first, hasComplement) : undefined;
  }
  return headType(b, b.lowers[k]!, ordinal, first, hasComplement);
}

/** Heads of political movements and parties, which a state's name opening their name does not own ("Sudan Liberation Movement"). */
const MOVEMENT_HEADS = new Set(['movement', 'party', 'front', 'alliance', 'congress', 'league', 'coalition']);

/** Heads of a company's name ("Limited", "Ltd", "Inc"). */
const COMPANY_HEADS = new Set(['limited', 'ltd', 'inc', 'plc', 'llc', 'corporation', 'corp', 'holdings']);

/** Sides naming a regional command ("Southern Command", "North-Western Command"; a "Central Command" is a leadership). */
const REGIONAL_SIDES = new Set([...SIDES].filter((w) => w !== 'central'));

/** Armed people of a group ("fighters of Al-Shabaab", "Boko Haram fighters"). */
const ARMED_PEOPLE = ['fighters', 'militants', 'gunmen', 'insurgents', 'rebels'];
/** People of a group, before "of" and its name ("members of Hezbollah", "fighters of Al-Shabaab"). */
const GROUP_PEOPLE = new Set(['members', 'supporters', 'activists', 'cadres', 'leaders', ...ARMED_PEOPLE]);

/**
 * Verbs of praise and blame ("praised the Ghanaians"; "criticised the ministry for sending ...", read in args.ts): whose
 * object is praised or blamed, a people or someone who did something.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(['criticised', 'criticized', 'criticise', 'criticize', 'praised', 'praise', 'thanked', 'thank', 'commended', 'lauded', 'hailed', 'congratulated', 'blamed', 'condemned', 'denounced', 'accused', 'faulted', 'slammed', 'rebuked']);

/** An armed group's fighters and what it holds ("Boko Haram camps", "al-Shabaab fighters"). */
const GROUP_HOLDINGS = new Set([...ARMED_PEOPLE, 'jihadists', 'terrorists', 'camps', 'positions', 'hideouts', 'strongholds']);

/** Nouns of fighting between parties ("a war between Israel and Hezbollah"). */
const WARS = new Set(['war', 'conflict', 'fighting', 'clashes', 'hostilities', 'ceasefire', 'truce']);

/** "WAR between STATE and" ends right before token `i` (the state one mention, "the" optional). */
function warPartyAfterState(b: Builder, i: number): boolean {
  const state = b.mentions.find((m) => m.j === i - 1 && m.type === 'state' && !m.demonym);
  if (!state) return false;
  const between = b.lowers[state.i - 1] === 'the' ? state.i - 2 : state.i - 1;
  return b.lowers[between] === 'between' && WARS.has(b.lowers[between - 1] ?? '');
}

/** Nouns of acts done to a territory, before "of" and its name ("the annexation of Crimea"). */
const TERRITORIAL_ACTS = new Set(['annexation', 'occupation', 'liberation', 'siege', 'recapture', 'encirclement', 'blockade', 'shelling', 'bombardment', 'evacuation']);

/** A coast guard's name or letters ("the Philippine Coast Guard", "PCG", "USCG"). */
const COAST_GUARD = /coast guard|^[A-Z]*CG$/i;

/** The suffix of a movement's wing in opposition ("Movement-in-Opposition"). */
const IN_OPPOSITION = '-in-opposition';

/** Compass points a head may carry after a hyphen ("Movement-North"). */
const HYPHEN_COMPASS = new Set(['north', 'south', 'east', 'west']);

/** Heads of gatherings that a name before them makes an event of its own, though alone they only refer back. */
const NAMED_MEETINGS = new Set(['meeting', 'dialogue']);

/** Type named by a head word, or undefined. */
export function headType(b: Builder, w: string, ordinal: boolean, first: boolean, hasComplement: boolean): NodeType | undefined {
  const { lex } = b;
  if (ordinal && lex.unitHeads.has(w)) return 'unit';
  // "Russia's 201st Military Base": a numbered base is a garrison formation, not a site.
  // ("the RAAF's 2 Flying Training School": so is a numbered school.)
  if (ordinal && (w === 'base' || w === 'school')) return 'unit';
  // "the SWAPO Party's 8th Congress", "the 13th Party Congress": a numbered congress is a gathering.
  if (ordinal && NUMBERED_GATHERINGS.has(w)) return 'event';
  if (lex.agreementHeads.has(w)) return 'agreement';
  if (first && hasComplement && lex.awardPrefix.has(w)) return 'award';
  if (hasComplement && lex.orgPrefix.has(w)) return 'organization';
  if (lex.awardSuffix.has(w) && !first) return 'award';
  if (lex.unitAlways.has(w) || (!first && lex.unitNamed.has(w))) return 'unit';
  // ("the ASEAN Defence Ministers Meeting", "the Shangri-La Dialogue": a meeting or dialogue with a name before it.)
  if ((lex.eventHeads.has(w) && !lex.eventNeverAlone.has(w)) || lex.eventAfterName.has(w) || lex.eventNamedOnly.has(w) || (!first && NAMED_MEETINGS.has(w))) return 'event';
  // "the Mozambique Channel": a water body, not a broadcaster.
  if (WATER_HEADS.has(w) && lex.placeHeads.has(w)) return 'place';
  // ("the Joint Chiefs of Staff" is a body; "their Chiefs of Defence Staff" are people: "chiefs" needs a word before it.)
  if ((lex.orgHeads.has(w) && !(first && w === 'chiefs')) || lex.orgLower.has(w)) return 'organization';
  if (lex.placeHeads.has(w) || lex.placeLower.has(w)) return 'place';
  if (first && hasComplement && lex.placePrefix.has(w)) return 'place';
  return undefined;
}

/** After `j`: "and the <up to three lower-case words or demonyms, a body's descriptor last> <Capitalised name>". */
function coordinatedWithDescribedBody(b: Builder, j: number): boolean {
  if (b.lowers[j] !== 'and' || b.lowers[j + 1] !== 'the') return false;
  for (let k = j + 2; k < j + 6; k++) {
    const t = b.toks[k];
    if (!t || t.kind !== 'w') return false;
    if (b.lex.orgDescriptors.has(t.lower)) return k > j + 2 && !!b.toks[k + 1]?.cap && b.toks[k + 1]!.kind === 'w';
    if (t.cap && b.lex.gazetteer.match([t.lower], 0)?.value.kind !== 'demonym') return false;
  }
  return false;
}

/** Acronyms of common nouns and units of measure, never a body's name. */
const COMMON_ACRONYMS = new Set(['gdp', 'gnp', 'gni', 'ceo', 'cfo', 'gmt', 'utc', 'vat', 'ppe', 'ied', 'ieds', 'lng', 'gps', 'km', 'kg', 'mw', 'gw', 'sms', 'faq', 'hiv', 'aids', 'dna', 'vip', 'vips', 'pow', 'pows', 'mp', 'mps']);

/** A word opening with an Arabic article joined by a hyphen ("al-Shabaab", "Al-Qaeda"). */
const ARTICLE_LED = /^(?:al|el|an|ad|ar|as|ash|at|az)-\p{Lu}/iu;

/** Nouns after a movement's name that say what it or its people are ("an al-Qaeda affiliate", "the al-Shabaab group"). */
const MOVEMENT_NOUNS = new Set(['affiliate', 'group', 'fighters', 'militants', 'cell', 'branch', 'franchise', 'wing', 'leader', 'commander', 'insurgents', 'attack', 'attacks']);

/** After a movement's name at `j`, "in the Islamic Maghreb (AQIM)": the end of its branch's name, else `j`. */
function regionalBranchEnd(b: Builder, j: number): number {
  if (b.lowers[j] !== 'in') return j;
  let k = b.lowers[j + 1] === 'the' ? j + 2 : j + 1;
  const first = k;
  while (b.toks[k]?.cap && b.toks[k]!.kind === 'w') k++;
  return k > first && b.toks[k]?.text === '(' && b.toks[k + 1]?.upper && b.toks[k + 2]?.text === ')' ? k : j;
}

/** Words before a state's name that name a region of it ("Lower Austria", "Upper Egypt", "Alto Paraguay"). */
/** At token `j`, a kind of hardware ("systems"), or "and", one more model in capitals and the kind ("IRIS-T and NASAMS systems"). */
function hardwareAfter(b: Builder, j: number): boolean {
  if (EQUIPMENT.has(b.lowers[j] ?? '')) return true;
  return (b.lowers[j] === 'and' || b.lowers[j] === 'or') && !!b.toks[j + 1]?.upper && EQUIPMENT.has(b.lowers[j + 2] ?? '');
}

/** At token `j`, the rest of an amount: its decimals ("RM2" ".1 billion"), its size or currency ("RM300 million"). */
function amountAfter(b: Builder, j: number): boolean {
  if (b.toks[j]?.text === '.' && b.toks[j + 1]?.kind === 'n' && b.toks[j + 1]!.start === b.toks[j]!.end) return true;
  return AMOUNT_WORDS.has(b.lowers[j] ?? '');
}

/** Acronyms of a troop contingent: a state's or a mission's letters and BATT or BAT (battalion), CON (contingent), COY (company),
 * ENGR (engineers), MED (medical), AVN (aviation), SIG (signals), with a rotation's number or not ("NAMCOY-4", "BANENGR-7"). */
const TROOP_ACRONYM = /^[A-Z]{3,}(?:BATT?|CON|COY|ENGR|MED|AVN|SIG)(?:-\d{1,3})?$/;

/** The unit head a troop acronym's ending abbreviates (TROOP_ACRONYM). */
function troopAcronymHead(acronym: string): string {
  // ("NAMCOY-4": past a rotation's number.)
  const letters = acronym.replace(/-\d+$/, '');
  return letters.endsWith('BATT') || letters.endsWith('BAT') ? 'battalion' : letters.endsWith('COY') || letters.endsWith('ENGR') ? 'company' : 'contingent';
}

const UPPER_LOWER = new Set(['upper', 'lower', 'alto', 'alta', 'bajo', 'baja']);

/** A lower-case gathering word follows the run ("... Commission meeting", "... Council session"). */
function countsEventAfter(b: Builder, segs: Seg[]): boolean {
  const next = b.toks[segs[segs.length - 1]!.j];
  return !!next && next.kind === 'w' && !next.cap && b.lex.eventHeads.has(next.lower) && !b.lex.unitHeads.has(b.lowers[segs[segs.length - 1]!.j - 1]!);
}

/** What an "Exchange of ..." agreement exchanges. */
const EXCHANGED_TEXTS = new Set(['letters', 'notes']);

/**
 * "the Gulf of Fonseca Maritime Treaty" (a place's name with its complement, then an agreement head), "the Exchange of
 * Letters" / "of Notes": the whole run names an agreement.
 */
function namedAgreementRun(b: Builder, segs: Seg[]): boolean {
  const first = segs[0]!, last = segs[segs.length - 1]!;
  if (segs.length < 3 || first.kind !== 'word' || last.kind !== 'word' || segs[1]!.kind !== 'conn' || b.lowers[segs[1]!.i] !== 'of') return false;
  const w0 = b.lowers[first.i]!, wl = b.lowers[last.j - 1]!;
  if (segs.length === 3 && w0 === 'exchange' && first.j - first.i === 1 && last.j - last.i === 1 && EXCHANGED_TEXTS.has(wl)) return true;
  return b.lex.placePrefix.has(w0) && b.lex.agreementHeads.has(wl);
}

/** Adjectives only a political party takes before its name. */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(['opposition', 'ruling', 'governing']);

/** Heads that name a gathering when numbered. */
const NUMBERED_GATHERINGS = new Set(['congress', 'plenum', 'conference', 'session', 'summit', 'meeting', 'forum']);

/** Words that open the name of a state's institution before the state's name ("Royal Thai Navy"). */
export const INSTITUTION_PREFIXES: ReadonlySet<string> = new Set(['royal', 'imperial', 'federal', 'national', 'people\'s', 'islamic', 'emiri', 'amiri']);
/** Words before "System" that make it a body ("the Regional Security System", "the Central American Integration System"). */
export const SYSTEM_BODIES: ReadonlySet<string> = new Set(['security', 'integration', 'reserve', 'health']);
/** A head whose type the word before it changes: the type it must have had (any when absent, 'none' for no type) and the new one. */
/** `before`: the word before the head, or the two words before it ("special forces"). */
interface ModifiedHead { heads: ReadonlySet<string>; before: ReadonlySet<string>; from?: NodeType | 'none'; to: NodeType }

const MODIFIED_HEADS: readonly ModifiedHead[] = [
  // "Military Region 4", "the 2nd Army Area": a region of an army is a command, a unit.
  // ("the Eastern Military District": a military district is a command body over formations.)
  { heads: new Set(['district']), before: new Set(['military']), from: 'place', to: 'organization' },
  { heads: new Set(['region', 'area', 'district', 'zone', 'command']), before: new Set(['military', 'army', 'naval', 'navy', 'defence', 'defense']), from: 'place', to: 'unit' },
  // "Tapachula Convention Centre", "the Expo Center", "the Techo Military Training Centre": a venue, not a body.
  { heads: new Set(['centre', 'center']), before: new Set(['convention', 'exhibition', 'conference', 'congress', 'expo', 'trade', 'shopping', 'press', 'cultural', 'sports', 'business', 'events', 'international', 'training']), from: 'organization', to: 'place' },
  // "Caspian Container Line", "a shipping line": a carrier, not a boundary ("the Blue Line").
  { heads: new Set(['line']), before: new Set(['container', 'shipping', 'cargo', 'ferry', 'cruise', 'bus', 'express', 'freight', 'steamship', 'air']), from: 'place', to: 'organization' },
  // ("Jordanian Military Field Hospital Chad/2": a field hospital is a deployed formation, not a building.)
  { heads: new Set(['hospital']), before: new Set(['field']), from: 'place', to: 'unit' },
  // "the Cambodian Red Cross", "the Red Crescent": the movement, not an award.
  { heads: new Set(['cross', 'crescent']), before: new Set(['red']), to: 'organization' },
  // "the MNDF's Special Forces": special forces are a formation, not an armed service.
  { heads: new Set(['forces']), before: new Set(['special']), to: 'unit' },
  // "the Special Forces Group", "Commando Group": a group of forces is a formation.
  // ("the Navy's new Boquerón River Patrol Group", "Standing NATO Maritime Group 1": so is a patrol, maritime or escort group.)
  { heads: new Set(['group']), before: new Set(['forces', 'commando', 'tactical', 'task', 'strike', 'battle', 'patrol', 'maritime', 'amphibious', 'escort', 'combat', 'assault']), to: 'unit' },
  // "First Fleet Command", "Army Strategic Reserve Command": a command of a fleet or a reserve is a formation.
  // ("the National Guard's Special Forces Command": so is a command of special forces.)
  // ("the Paraguayan Navy's River Patrol Command", "the Maritime Drone Command": so is a patrol, a border or a maritime command.)
  { heads: new Set(['command']), before: new Set(['special forces', 'fleet', 'reserve', 'strike', 'operations', 'operational', 'naval', 'task', 'patrol', 'border', 'drone', 'coastal', 'riverine', 'maritime']), to: 'unit' },
  // "Engineering Company 7", "the Artillery Battery": a company of an arm of service is a formation.
  { heads: new Set(['company', 'battery']), before: new Set(['engineering', 'engineer', 'engineers', 'infantry', 'rifle', 'artillery', 'sapper', 'sappers', 'tank', 'signal', 'signals', 'medical', 'reconnaissance', 'mortar', 'commando', 'parachute', 'airborne', 'marine', 'guards', 'military', 'police', 'demining', 'transport', 'logistics', 'mechanised', 'mechanized', 'motorised', 'motorized', 'missile', 'air']), from: 'organization', to: 'unit' },
  // "the Irish Air Corps", "the Marine Corps": a corps that is a whole armed service is a body, like an air force.
  { heads: new Set(['corps']), before: new Set(['air', 'marine']), to: 'organization' },
  // "the FAR's Western Army", "the Separate Combined Arms Army": a regional or combined-arms army is a formation, not a service.
  { heads: new Set(['army']), before: new Set(['western', 'eastern', 'northern', 'southern', 'combined arms', 'field', 'tank']), from: 'organization', to: 'unit' },
  // "Brigade North of the Norwegian Army", "Task Force West": a point of the compass after a unit word names a formation.
  { heads: new Set(['north', 'south', 'east', 'west']), before: new Set(['brigade', 'division', 'regiment', 'battalion', 'group', 'force', 'fleet', 'corps', 'command', 'squadron', 'wing', 'sector']), from: 'place', to: 'unit' },
  // "the Korea-Philippines Marine Exercise Program (KPMEP) 28-1": a programme of exercises is the exercise held.
  { heads: new Set(['program', 'programme']), before: new Set(['exercise', 'exercises']), to: 'event' },
  // "the Regional Security System", "the Central American Integration System": a system of security or integration is a
  // body (an air defence system is none).
  { heads: new Set(['system']), before: SYSTEM_BODIES, from: 'none', to: 'organization' },
  // "the Argentine Naval Prefecture": a naval prefecture is a coast guard, a body, not an area.
  { heads: new Set(['prefecture']), before: new Set(['naval']), from: 'place', to: 'organization' },
  // "the United Nations": "Nations" after "United" heads an organization.
  { heads: new Set(['nations']), before: new Set(['united']), from: 'none', to: 'organization' },
];

/** Every head word of MODIFIED_HEADS: most heads have no rule, and one lookup tells (not one per rule). */
const MODIFIABLE_HEADS: ReadonlySet<string> = new Set(MODIFIED_HEADS.flatMap((r) => [...r.heads]));

/** The type of a name with head word `head` after the words `before2 before`, given the head's own type. */
function modifiedHead(head: string, before: string, before2: string, type: NodeType | undefined): NodeType | undefined {
  if (!MODIFIABLE_HEADS.has(head)) return type;
  // ("the coast guard's Region 1 Command", "Naval Region 2 Command": a numbered command is a formation.)
  if (head === 'command' && /^\d{1,3}$/.test(before)) return 'unit';
  for (const r of MODIFIED_HEADS) {
    if (!r.heads.has(head) || (r.from !== undefined && r.from !== (type ?? 'none'))) continue;
    if (r.before.has(before) || (before !== '' && r.before.has(`${before2} ${before}`))) return r.to;
  }
  return type;
}
/** Heads of formations a compass word may be joined to ("Force-West", "Division-North"). */
const COMPASS_FORMATIONS = new Set(['force', 'division', 'brigade', 'command', 'group', 'sector', 'corps']);

/** "force-west", "command-north": a formation's head, a hyphen, then a compass word (at the last hyphen). */
function isCompassFormation(word: string): boolean {
  // (includes first: most words have no hyphen, and lastIndexOf is a slower call than includes.)
  if (!word.includes('-')) return false;
  const dash = word.lastIndexOf('-');
  return dash > 0 && COMPASS.has(word.slice(dash + 1)) && COMPASS_FORMATIONS.has(word.slice(0, dash));
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'centre', 'center', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
const isConn = (s: Seg | undefined): boolean => s?.kind === 'conn';
export const WATER_HEADS: ReadonlySet<string> = new Set(['ocean', 'sea', 'gulf', 'bay', 'strait', 'straits', 'channel']);
/** Words before "Force" that make it an armed service or agency, not a formation. */
/** Heads of armed services and formations that own units. */
const ARMED_HEADS = new Set(['army', 'navy', 'force', 'forces', 'corps', 'marines', 'guard', 'command', 'division', 'brigade']);
// ("the Armed Force of El Salvador": the armed service in the singular.)
const SERVICE_FORCES = new Set(['armed', 'air', 'space', 'police', 'border', 'defence', 'defense', 'self-defence', 'self-defense', 'security', 'labour', 'labor', 'work', 'home', 'ground', 'naval', 'land']);

/** Common words that qualify a post without naming a body ("Opposition leader X", "Government spokesman Y"). */
const POST_QUALIFIERS = new Set(['opposition', 'government', 'presidential', 'ruling', 'party', 'state', 'senior', 'former', 'acting', 'interim', 'federal', 'union', 'provincial', 'caretaker', 'cabinet']);

/** Words before "Force" that make it a formation given a name of its own ("Task Force X", "Combined Peace Force X"). */
const FORMATION_FORCES = new Set(['task', 'peace', 'peacekeeping', 'joint', 'combined', 'multinational', 'expeditionary', 'rapid', 'reaction']);

/** A word that heads names of bodies, units, places or events. */
export function isHeadWord(b: Builder, w: string): boolean {
  return b.lex.orgHeads.has(w) || b.lex.unitHeads.has(w) || b.lex.placeHeads.has(w) || b.lex.eventHeads.has(w);
}

/** A number or a Roman numeral among the name's tokens [i, j) ("1st", "203", "V"). */
function numberedName(b: Builder, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (b.toks[k]!.kind === 'n' || /^\d/.test(b.toks[k]!.text) || /^[IVXL]{1,5}$/.test(b.toks[k]!.text)) return true;
  return false;
}

/** The unit head a compound ends in ("panzerbrigade": "brigade"; "jägerbataillon": "battalion"), else the word itself. */
function compoundHead(w: string): string {
  // (Once per named mention: most heads are too short to be a compound, and a length test is cheaper than the pattern.)
  if (w.length < COMPOUND_UNIT_MIN_LENGTH) return w;
  const m = COMPOUND_UNIT.exec(w);
  return m ? (m[1] === 'bataillon' ? 'battalion' : m[1]!) : w;
}

/** A Roman numeral or number naming one of a series, with an optional code: "XXIII-T", "58", "II". */
const DESIGNATOR = /^(?:[IVXLC]{1,7}|\d{1,4})(?:-[A-Z0-9]{1,3})?$/;

function isDesignator(b: Builder, s: Seg): boolean {
  return s.kind === 'word' && s.j - s.i === 1 && DESIGNATOR.test(b.toks[s.i]!.text) && !b.lex.orgHeads.has(b.lowers[s.i]!);
}

const JOINT_WORDS = new Set(['joint', 'multinational', 'combined', 'international']);

/** A word of the name before segment `h` says the body is formed by several parties ("Joint Border Force"). */
function jointName(b: Builder, segs: Seg[], h: number): boolean {
  for (let k = segs[0]!.i; k < segs[h]!.j; k++) if (JOINT_WORDS.has(b.lowers[k]!) || statePair(b, b.lowers[k]!)) return true;
  return false;
}

/** "chad-niger", "russia-belarus": two or more gazetteer names joined by hyphens. */
function statePair(b: Builder, w: string): boolean {
  if (!w.includes('-')) return false;
  const parts = w.split('-');
  return parts.length >= 2 && parts.every((p) => !!p && b.lex.gazetteer.match([p], 0));
}

/** The name starts with "United Nations" or "UN". */
function unitedNations(b: Builder, segs: Seg[]): boolean {
  const i = segs[0]!.i;
  return b.toks[i]?.text === 'UN' || (b.toks[i]?.text === 'United' && b.toks[i + 1]?.text === 'Nations');
}

/** Index of the head segment: last word before the first connector, or a prefix head. */
/** What a legislative "House of ..." holds ("House of Representatives", "House of Lords"). */
const CHAMBERS = new Set(['representatives', 'lords', 'commons', 'councillors', 'councilors', 'delegates', 'deputies', 'assembly', 'peoples', 'nationalities', 'federation', 'keys', 'elders', 'senators', 'people', 'nations']);

/** The run names a body by a head word of its own that a complement follows ("Support Group for Repatriates and Refugees"). */
export function headedBodyWithComplement(b: Builder, segs: Seg[]): boolean {
  if (!segs.some((s) => isConn(s) && !b.lex.particles.has(b.lowers[s.i]!))) return false;
  const head = findHead(b, segs, false);
  return head !== undefined && (head.type === 'organization' || head.type === 'unit');
}

/**
 * "Jordanian Military Field Hospital Chad/2", "replaces Chad/1": a rotation of a unit named for the state it serves in,
 * a slash and the rotation's number right after the state's name (with the unit's head before it, or alone).
 */
/** Words of the service a base or station belongs to, before its head ("Canadian Forces Base", "Naval Air Station"). */
const BASE_SERVICE_WORDS = new Set(['forces', 'force', 'air', 'naval', 'joint', 'army', 'navy', 'marine', 'corps', 'royal', 'military']);
/** Heads of a base or station named after them ("Canadian Forces Base Bagotville", "Forces Station Alert"). */
const BASE_FIRST_HEADS = new Set(['base', 'station']);

/**
 * "Canadian Forces Base Bagotville", "Canadian Forces Station Alert": a service's base named with its head first, then
 * one or two capitalised words; a demonym opening it is the service's state.
 */
function serviceBaseNamed(b: Builder, segs: Seg[]): Mention | undefined {
  const words: number[] = [];
  for (const sg of segs) for (let k = sg.i; k < sg.j; k++) words.push(k);
  if (segs[0]!.kind === 'gaz' && segs[0]!.gaz?.kind === 'demonym') words.splice(0, segs[0]!.j - segs[0]!.i);
  else if (segs[0]!.kind !== 'word') return undefined;
  if (segs.slice(1).some((sg) => sg.kind !== 'word')) return undefined;
  const h = words.findIndex((k) => BASE_FIRST_HEADS.has(b.lowers[k]!));
  const rest = words.length - h - 1;
  if (h < 1 || rest < 1 || rest > 2 || !words.slice(0, h).every((k) => BASE_SERVICE_WORDS.has(b.lowers[k]!))) return undefined;
  if (!words.slice(h + 1).every((k) => b.toks[k]!.cap && !b.toks[k]!.upper && headTypeAt(b, k, false, false, false) === undefined)) return undefined;
  const i0 = segs[0]!.i, j = segs[segs.length - 1]!.j;
  const m = addMention(b, i0, j, 'place', 'name', { head: b.lowers[words[h]!], core: normAlias(spanText(b, i0, j)) });
  if (m && segs[0]!.kind === 'gaz') {
    const owner = gazMention(b, segs[0]!);
    if (owner) owner.nested = true;
  }
  return m;
}

function stateRotationUnit(b: Builder, segs: Seg[]): Mention | undefined {
  const last = segs[segs.length - 1]!;
  const slash = b.toks[last.j], n = b.toks[last.j + 1];
  if (last.kind !== 'gaz' || last.gaz?.kind !== 'state' || slash?.text !== '/' || n?.kind !== 'n' || !/^\d{1,2}$/.test(n.text) || slash.start !== b.toks[last.j - 1]!.end || n.start !== slash.end) return undefined;
  const i0 = segs[0]!.i;
  if (segs.length > 1) {
    const before = segs[segs.length - 2]!;
    const w = b.lowers[before.j - 1]!;
    if (before.kind !== 'word' || !(b.lex.unitHeads.has(w) || (w === 'hospital' && b.lowers[before.j - 2] === 'field'))) return undefined;
  }
  const m = addMention(b, i0, last.j + 2, 'unit', 'name', { head: segs.length > 1 ? b.lowers[last.i - 1] : 'rotation', core: normAlias(spanText(b, i0, last.j + 2)), aliases: [spanText(b, last.i, last.j + 2)] });
  // ("Jordanian ...": the demonym opening the name says whose unit it is.)
  if (m && segs[0]!.kind === 'gaz' && segs.length > 1) {
    const owner = gazMention(b, segs[0]!);
    if (owner) owner.nested = true;
  }
  return m;
}

function findHead(b: Builder, segs: Seg[], ordinal: boolean): { h: number; type: NodeType } | undefined {
  // ("the Armed Forces of the Philippines' Western Command": a possessive after an armed service's complement owns the
  // name after it, whose own complement, if any, is looked for past the possessive; not "the Border Guard Troops of
  // Armenia's National Security Service", whose complement is the possessed body.)
  let lastPoss = -1;
  for (let x = segs.length - 2; x > 0; x--) if (segs[x]!.kind === 'poss') { lastPoss = x; break; }
  const isComplementConn = (s: Seg, x: number): boolean => x > lastPoss && isConn(s) && !b.lex.particles.has(b.lowers[s.i]!) && b.lowers[s.i] !== 'and';
  const ofAt = segs.findIndex((s) => isConn(s) && b.lowers[s.i] === 'of');
  const possAfterComplement = lastPoss > 0 && ofAt > 0 && ofAt < lastPoss && segs[lastPoss - 1]!.kind === 'gaz' && segs[ofAt - 1]!.kind === 'word' && ARMED_SERVICE_HEADS.has(b.lowers[segs[ofAt - 1]!.j - 1]!);
  if (!possAfterComplement) lastPoss = -1;
  let firstConn = segs.findIndex(isComplementConn);
  if (firstConn < 0) firstConn = segs.length;
  const hasComplement = firstConn < segs.length;
  // "Brigade North", "Division Alpha": a unit head first, then one word naming it (a compass
  // word or no head at all: "Division Street" stays a street).
  if (!hasComplement && segs.length === 2 && segs[0]!.kind === 'word' && segs[1]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 && segs[1]!.j - segs[1]!.i === 1 && b.lex.unitNamed.has(b.lowers[segs[0]!.i]!)) {
    const second = b.lowers[segs[1]!.i]!;
    if (COMPASS.has(second) || headTypeAt(b, segs[1]!.i, false, false, false) === undefined) return { h: 0, type: 'unit' };
  }
  // "the Mechanised Infantry Brigade Iron Wolf", "Brigade Iron Wolf": a unit head after its arms of service, then the
  // one or two words of the name it was given.
  // ("the Lithuanian Mechanised Infantry Brigade Iron Wolf": after its state's demonym.)
  const off = segs[0]!.kind === 'gaz' && segs[0]!.gaz?.kind === 'demonym' ? 1 : 0;
  if (!hasComplement && segs.length - off >= 3 && segs.length <= 7 && segs.every((s, x) => x < off || (s.kind === 'word' && s.j - s.i === 1))) {
    const h = segs.length - 2 - (headTypeAt(b, segs[segs.length - 2]!.i, false, false, false) === undefined && !b.lex.unitNamed.has(b.lowers[segs[segs.length - 2]!.i]!) ? 1 : 0);
    if (h >= off && b.lex.unitNamed.has(b.lowers[segs[h]!.i]!) && segs.slice(h + 1).every((s) => headTypeAt(b, s.i, false, false, false) === undefined && !b.lex.unitNamed.has(b.lowers[s.i]!))) return { h, type: 'unit' };
  }
  // ("Battle Group Rwenzori": a battle group, then the one or two words of the name it was given.)
  if (!hasComplement && segs.length >= 3 && segs.length <= 4 && segs.every((s) => s.kind === 'word' && s.j - s.i === 1) && b.lowers[segs[0]!.i] === 'battle' && b.lowers[segs[1]!.i] === 'group' && segs.slice(2).every((s) => headTypeAt(b, s.i, false, false, false) === undefined && !b.lex.unitNamed.has(b.lowers[s.i]!))) return { h: 1, type: 'unit' };
  // "Submarine Rotational Force-West", "Joint Task Force-East": a formation's head joined to a compass word ends the name.
  const lastWord = segs[segs.length - 1]?.kind === 'word' ? b.lowers[segs[segs.length - 1]!.j - 1]! : '';
  if (!hasComplement && segs.length > 1 && isCompassFormation(lastWord)) return { h: segs.length - 1, type: 'unit' };
  // "Multinational Division North-East": a unit head, then a compass word ending the name.
  const lastSeg = segs[segs.length - 1];
  if (!hasComplement && segs.length > 2 && lastSeg?.kind === 'word' && lastSeg.j - lastSeg.i === 1 && COMPASS.has(b.lowers[lastSeg.i]!.replace('-', '')) && segs[segs.length - 2]?.kind === 'word' && b.lex.unitNamed.has(b.lowers[segs[segs.length - 2]!.j - 1]!)) return { h: segs.length - 2, type: 'unit' };
  // "Border Guard Bangladesh", "Police Scotland": an organization head followed by its state's name.
  const beforeLast = itemAt(segs, segs.length - 2);
  if (!hasComplement && lastSeg?.kind === 'gaz' && lastSeg.gaz?.kind === 'state' && beforeLast?.kind === 'word' && b.lex.orgHeads.has(b.lowers[beforeLast.j - 1]!) && !b.lex.unitHeads.has(b.lowers[beforeLast.j - 1]!)) {
    return { h: segs.length - 2, type: 'organization' };
  }
  // "NATO's Multinational Brigade Latvia", "British Army Training Unit Kenya": a named formation followed by the state it serves in.
  if (!hasComplement && segs.length > 2 && lastSeg?.kind === 'gaz' && lastSeg.gaz?.kind === 'state' && beforeLast?.kind === 'word' && beforeLast.j - beforeLast.i === 1 && b.lex.unitNamed.has(b.lowers[beforeLast.i]!)) {
    return { h: segs.length - 2, type: 'unit' };
  }
  // "the Combined Peace Force Cruz del Sur", "Task Force Tecún Umán": a formation's force, then the name it was given.
  const f = segs.findIndex((x) => x.kind === 'word' && x.j - x.i === 1 && b.lowers[x.i] === 'force');
  if (!hasComplement && f > 0 && f < segs.length - 1 && segs.length - f <= 4 && FORMATION_FORCES.has(b.lowers[segs[f - 1]!.j - 1]!) && segs[f - 1]!.kind === 'word'
    && segs.slice(f + 1).every((x) => (x.kind === 'word' && !isHeadWord(b, b.lowers[x.j - 1]!)) || (x.kind === 'conn' && b.lex.particles.has(b.lowers[x.i]!)))) {
    return { h: f, type: 'unit' };
  }
  // "Garuda Contingent XXIII-T", "Task Force 58": a designator after the head names which one.
  let last = firstConn - 1;
  while (last > 0 && !hasComplement && isDesignator(b, segs[last]!)) last--;
  // "Panzerbrigade 45", "Jägerbataillon 292": a compound of a unit head, numbered.
  if (last < firstConn - 1 && segs[last]!.kind === 'word' && COMPOUND_UNIT.test(b.lowers[segs[last]!.j - 1]!)) return { h: last, type: 'unit' };
  for (let h = last; h >= 0; h--) {
    const s = segs[h]!;
    if (s.kind !== 'word' && s.kind !== 'lowhead') break;
    // "Colombia's Antioquia department": a lower-case place head after a name is a place ("department", "district").
    // ("the Philippine Legion of Honor": an award's first word after its state's demonym still names an award.)
    const afterDemonym = h === 1 && hasComplement && segs[0]!.gaz?.kind === 'demonym' && b.lex.awardPrefix.has(b.lowers[s.i]!);
    let type = s.kind === 'lowhead' && b.lex.placeLower.has(b.lowers[s.j - 1]!) ? 'place' : headTypeAt(b, s.j - 1, ordinal, (h === 0 || afterDemonym) && !ordinal, hasComplement && h === last);
    // The word before the head ("air" in a lower-case "air force" after "French").
    const before = s.j - s.i > 1 ? b.lowers[s.j - 2]! : h > 0 ? b.lowers[segs[h - 1]!.j - 1] ?? '' : '';
    // ("a NATO battle group": an indefinite lower-case head names no formation of its own; the body before it stays.)
    const opener = wordAt(b.lowers, segs[0]!.i - 1);
    const indefinite = s.kind === 'lowhead' && (opener === 'a' || opener === 'an');
    if (!indefinite) type = modifiedHead(b.lowers[s.j - 1]!, before, wordAt(b.lowers, s.j - 3) ?? '', type);
    // ("Caspian Line, a joint venture": without "the", a named line is a carrier's.)
    if (type === 'place' && b.lowers[s.j - 1] === 'line' && b.lowers[segs[0]!.i - 1] !== 'the') type = 'organization';
    // "the Defence Ministers' Meeting": a gathering of the people named in the plural possessive.
    if (!type && /s['’]$/.test(before) && b.lex.eventHeads.has(b.lowers[s.j - 1]!)) type = 'event';
    // "EAC Regional Force", "Joint Task Force": a named force is a formation; "Air Force", "Border Force" are services.
    // A United Nations force ("United Nations Interim Force in Lebanon") is a body of the UN: an organization.
    // "Chad-Niger Joint Border Force": a joint or multinational force is a formation, whatever it guards.
    if (type === 'organization' && b.lowers[s.j - 1] === 'force' && h > 0 && (!SERVICE_FORCES.has(before) || jointName(b, segs, h)) && !unitedNations(b, segs)) type = 'unit';
    // ("Standing NATO Maritime Group 1": a group with a number after its head is a formation.)
    if (type === 'organization' && b.lowers[s.j - 1] === 'group' && b.toks[s.j]?.kind === 'n') type = 'unit';
    // "the Regional Group of Forces", "the Southern Group of Troops": a group of forces is a formation.
    if (type === 'organization' && b.lowers[s.j - 1] === 'group' && hasComplement && h === firstConn - 1 && ['forces', 'troops'].includes(b.lowers[segs[firstConn + 1]?.i ?? -1] ?? '')) type = 'unit';
    // "the Central House of Officers", "the House of Culture": a house is a venue unless a chamber sits in it.
    if (type === 'organization' && b.lowers[s.j - 1] === 'house' && hasComplement && !CHAMBERS.has(b.lowers[segs[firstConn + 1]?.i ?? -1] ?? '')) type = 'place';
    // "the Islamic Revolutionary Guard Corps", "the Specialized Land Border Security Corps": a corps with no number
    // is a service or an agency; "the 1st Army Corps", "V Corps", "203 Mansoori Corps" are formations.
    if (type === 'unit' && !ordinal && h === segs.length - 1 && b.lowers[s.j - 1] === 'corps' && !numberedName(b, segs[0]!.i, s.j)) type = 'organization';
    // "Royal Marines of 42 Commando", "the Special Marines": a named corps of marines, not numbered, is a service.
    if (!type && !ordinal && h > 0 && h === last && s.kind === 'word' && b.lowers[s.j - 1] === 'marines') type = 'organization';
    if (type && (h === last || (h === 0 && hasComplement))) return { h, type };
    if (h === last && type === undefined && h === 0) break;
  }

  if (hasComplement && segs[0]?.kind === 'word') {
    const type = headTypeAt(b, segs[0].i, ordinal, true, true);
    if (type) return { h: 0, type };
  }
  return undefined;
}

/**
 * "the Guardia Civil", "the Policía Nacional", "the Armada de Chile": Romance word order puts the head noun first; the
 * run (two to five words) names a body, owned by the state named after "de".
 */
function romanceHeadFirst(b: Builder, segs: Seg[]): Mention | undefined {
  const s0 = segs[0]!;
  if (s0.kind !== 'word') return undefined;
  // ("the opposition Union Nationale", "Front Populaire": a body's head word before a Romance adjective heads it.)
  const adjectived = b.lex.orgHeads.has(b.lowers[s0.i]!) && segs[segs.length - 1]!.j > s0.i + 1 && ROMANCE_ADJECTIVE.test(b.lowers[s0.i + 1]!) && b.toks[s0.i + 1]!.cap;
  if (!ROMANCE_HEADS.has(b.lowers[s0.i]!) && !adjectived) return undefined;
  const j = segs[segs.length - 1]!.j;
  if (j - s0.i < 2 || j - s0.i > 5) return undefined;
  // ("the Guardia Civil's Maritime Service": the possessed body is the run's head; the owner is read as such.)
  for (let k = s0.i; k < j; k++) if (b.lowers[k] === "'s") return undefined;
  const last = segs[segs.length - 1]!;
  const owner = last.kind === 'gaz' && last.gaz?.kind === 'state' && segs.length >= 3 && segs[segs.length - 2]!.kind === 'conn' ? gazMention(b, last) : undefined;
  const m = addMention(b, s0.i, j, 'organization', 'name', { head: b.lowers[s0.i]!, core: normAlias(wordsText(b, s0.i, j)) });
  if (m && owner) {
    owner.nested = true;
    b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
  }
  return m;
}

/** Endings of Romance adjectives after a body's head word ("Nationale", "Populaire", "Progressiste", "Démocratique"). */
const ROMANCE_ADJECTIVE = /\p{L}{3}(?:ale|aire|iste|ique|ienne|aise)$/u;

/** Romance definite articles that open a party's or a movement's name ("La France Insoumise"). */
const ROMANCE_ARTICLES = new Set(['la', 'le', 'les', 'el', 'il', 'lo']);

/** A run of a capitalised Romance article, a state's name and one or two more words, as one organization ("La France Insoumise"). */
function romanceArticleName(b: Builder, segs: Seg[]): Mention | undefined {
  const s0 = segs[0]!;
  if (segs.length < 3 || s0.kind !== 'word' || s0.j - s0.i !== 1 || !b.toks[s0.i]!.cap || !ROMANCE_ARTICLES.has(b.lowers[s0.i]!)) return undefined;
  if (segs[1]!.kind !== 'gaz' || segs[1]!.gaz?.kind !== 'state' || segs.length > 3 || segs[2]!.kind !== 'word' || segs[2]!.j - segs[2]!.i > 2) return undefined;
  const j = segs[2]!.j;
  return addMention(b, s0.i, j, 'organization', 'name', { core: normAlias(wordsText(b, s0.i, j)) });
}

/** Interprets a plain run; returns the main mention (the head entity, or the last name). */
/** Words before a storm's given name ("Hurricane Noemi", "Cyclone Winston"). */
const STORM_WORDS = new Set(['hurricane', 'cyclone', 'typhoon', 'storm']);

/** "the Commonwealth Heads of Government Meeting", "the Chiefs of Defence Conference": a gathering of a post's holders, one event. */
function postHoldersGathering(b: Builder, segs: Seg[]): Mention | undefined {
  const last = segs[segs.length - 1]!;
  if (segs.length < 3 || last.kind !== 'word' || !b.lex.eventHeads.has(b.lowers[last.j - 1]!)) return undefined;
  const of = segs.findIndex((s) => s.kind === 'conn' && b.lowers[s.i] === 'of' && s.j === s.i + 1);
  if (of < 1 || !POST_HOLDERS.has(b.lowers[segs[of - 1]!.j - 1]!) || !segs.slice(of + 1).every((s) => s.kind === 'word')) return undefined;
  const i = segs[0]!.i;
  return addMention(b, i, last.j, 'event', 'name', { head: b.lowers[last.j - 1]!, core: normAlias(wordsText(b, i, last.j)) });
}

export function interpretPlain(b: Builder, segs: Seg[], opts: PlainOpts = {}): Mention | undefined {
  if (!segs.length) return undefined;
  // "the Iran-backed group", "a Kabul-based charity": a place-led compound adjective names nothing itself.
  if (!opts.force && segs[0]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 && isCompoundAdjective(b.lowers[segs[0]!.i]!) && segs.every((s, x) => x === 0 || s.kind === 'lowhead')) return undefined;
  // ("the Russian-led CSTO", "the Saudi-led coalition's X": the compound adjective describes the name after it.)
  if (!opts.force && segs.length >= 2 && segs[0]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 && isCompoundAdjective(b.lowers[segs[0]!.i]!) && segs[1]!.kind !== 'lowhead' && !LOWER_BODY_HEADS.has(b.lowers[segs[segs.length - 1]!.j] ?? '')) return interpretPlain(b, segs.slice(1), opts);
  // ("Shivute told Jornal de Angola": a run with a state's name inside, known whole as a body's name, is that body.)
  // (Not a headed name, read with its own head and owner: "the Ministry of Defence of Turkmenistan".)
  if (!opts.force && segs.length >= 3 && segs.some((s) => s.kind === 'gaz') && !b.lowers.slice(segs[0]!.i, segs[segs.length - 1]!.j).some((w) => b.lex.orgHeads.has(w) || b.lex.unitHeads.has(w))) {
    const whole = segs[segs.length - 1]!.j;
    const norm = normAlias(wordsText(b, segs[0]!.i, whole));
    if (b.known.aliasType(norm) === 'organization') return addMention(b, segs[0]!.i, whole, 'organization', 'name', { core: norm });
  }
  // ("La France Insoumise criticised the ministry": a Romance article, a state's name and a word are a movement's name.)
  const articled = romanceArticleName(b, segs);
  if (articled) return articled;
  const i0 = segs[0]!.i;
  // ("the Trinidad and Tobago Coast Guard's TTS Port of Spain": a prefixed ship after its owner's possessive.)
  if (!opts.force && b.lowers[i0 - 1] === "'s" && segs[0]!.kind === 'word' && warshipPrefix(b.lex, b.toks[i0]!.text) && b.toks[i0 + 1]?.cap && segs.every((s, x) => s.kind === 'word' || s.kind === 'conn' || s.kind === 'gaz' || (s.kind === 'title' && (x > 1 || s.title === 'rank')))) {
    const j = segs[segs.length - 1]!.j;
    if (j - i0 >= 2) return addMention(b, i0, j, 'unit', 'name', { core: normAlias(wordsText(b, i0, j)), aliases: [spanText(b, i0 + 1, j)] });
  }
  // "the 528th Regiment", "No. 40 Squadron": a number before the run names which unit it is.
  const numberLead = numberedBefore(b, i0, segs);
  const numbered = numberLead > 0;
  // ("the 9th Ethiopia-Kenya Joint Border Commission meeting": the ordinal counts the meeting after the name, not the body.)
  const ordinal = (isOrdinal(tokAt(b.toks, i0 - 1)) && !countsEventAfter(b, segs)) || numbered;
  if (!opts.force) {
    const event = eventPrefixedRun(b, segs) ?? postHoldersGathering(b, segs);
    if (event) return event;
  }
  // "Santiago de Cuba": a capital's name, a particle and another state's name are a city's name.
  if (!opts.force && segs.length === 3 && segs[0]!.gaz?.kind === 'capital' && segs[1]!.kind === 'conn' && b.lex.particles.has(b.lowers[segs[1]!.i]!) && segs[2]!.kind === 'gaz' && segs[2]!.gaz?.kind === 'state') {
    return addMention(b, i0, segs[2]!.j, 'place', 'name', { core: normAlias(wordsText(b, i0, segs[2]!.j)) });
  }
  // "Götzendorf, Lower Austria", "Upper Egypt": "Upper" or "Lower" before a state's name names a region of it.
  if (!opts.force && segs.length === 2 && segs[1]!.kind === 'gaz' && segs[1]!.gaz?.kind === 'state' && segs[0]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 && UPPER_LOWER.has(b.lowers[i0]!)) {
    const region = addMention(b, i0, segs[1]!.j, 'place', 'name', { core: normAlias(wordsText(b, i0, segs[1]!.j)) });
    const state = gazMention(b, segs[1]!);
    if (region && state) {
      state.nested = true;
      b.facts.push({ type: 'LOCATED_IN', source: region.id, target: state.id });
    }
    return region;
  }
  // "a tour in Lower Juba": "Upper" or "Lower" before a capital's name names a region, not the capital.
  if (!opts.force && segs.length === 2 && segs[1]!.kind === 'gaz' && segs[1]!.gaz?.kind === 'capital' && segs[1]!.j - segs[1]!.i === 1 && segs[0]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 && UPPER_LOWER.has(b.lowers[i0]!)) {
    return addMention(b, i0, segs[1]!.j, 'place', 'name', { core: normAlias(wordsText(b, i0, segs[1]!.j)) });
  }
  // "Amnesty International Nigeria", "Transparency International Kenya": a body's national section, named with its state.
  const lastSeg = segs[segs.length - 1]!;
  if (!opts.force && segs.length >= 2 && lastSeg.kind === 'gaz' && lastSeg.gaz?.kind === 'state' && segs[segs.length - 2]!.kind === 'word' && b.lowers[segs[segs.length - 2]!.j - 1] === 'international') {
    return addMention(b, i0, lastSeg.j, 'organization', 'name', { core: normAlias(wordsText(b, i0, lastSeg.j)) });
  }
  // "Danish Defence said", "Belgian Defence named": a demonym and a capitalised "Defence" alone name the state's defence
  // establishment, its armed forces as a whole.
  if (!opts.force && segs.length === 2 && segs[0]!.kind === 'gaz' && segs[0]!.gaz?.kind === 'demonym' && segs[1]!.kind === 'word' && segs[1]!.j === segs[1]!.i + 1 && DEFENCE_WORDS.has(b.lowers[segs[1]!.i]!) && !b.toks[segs[1]!.j]?.cap && b.lowers[segs[1]!.j] !== "'s") {
    const m = addMention(b, i0, segs[1]!.j, 'organization', 'name', { head: 'defence', core: normAlias(wordsText(b, i0, segs[1]!.j)) });
    const state = gazMention(b, segs[0]!);
    if (state) state.nested = true;
    if (m) {
      m.ownerState = segs[0]!.gaz.ref;
      if (state) m.owner = state.id;
    }
    return m;
  }
  // "the opposition Progressive Slovakia party": a party named with a word and a state's name (the state is no party).
  if (!opts.force && segs.length >= 3 && lastSeg.kind === 'lowhead' && PARTY_WORDS.has(b.lowers[lastSeg.j - 1]!) && segs[segs.length - 2]!.kind === 'gaz' && segs[segs.length - 2]!.gaz?.kind === 'state' && segs[segs.length - 3]!.kind === 'word') {
    const j = segs[segs.length - 2]!.j;
    const m = addMention(b, i0, j, 'organization', 'name', { head: b.lowers[lastSeg.j - 1]!, core: normAlias(wordsText(b, i0, j)) });
    if (m) m.aliases.push(spanText(b, i0, lastSeg.j));
    return m;
  }
  if (!opts.force && namedAgreementRun(b, segs)) {
    const j = segs[segs.length - 1]!.j;
    const m = addMention(b, i0, j, 'agreement', 'name', { head: b.lowers[j - 1]!, core: normAlias(wordsText(b, i0, j)) });
    if (m) addAgreementVariants(m);
    return m;
  }
  const romance = opts.force ? undefined : romanceHeadFirst(b, segs);
  if (romance) return romance;
  // "the task force's Sector 3", "Sector 2 of the MNJTF": a numbered sector a body owns is a formation of it (and one
  // coordinated with such a sector: "Sector 3, based in Monguno, and Sector 2").
  // ("troops of its Sector 2", "two more battalions to Sector 3 in Monguno": a numbered sector, capitalised, is a
  // mission's formation wherever it is named.)
  if (!opts.force && segs.length === 2 && b.toks[i0]!.text === 'Sector' && /^\d{1,2}$/.test(b.toks[segs[1]!.i]!.text) && segs[1]!.j === segs[1]!.i + 1) {
    return addMention(b, i0, segs[1]!.j, 'unit', 'name', { head: 'sector', core: normAlias(wordsText(b, i0, segs[1]!.j)) });
  }
  // "the Islamic State West Africa Province (ISWAP)": a province of a movement that calls itself a state is a branch of it,
  // a body, not an area.
  // ("claimed by Islamic State", "Islamic State fighters": the movement itself, a body too.)
  // ("The Islamic State's Somalia Province": the movement owns the branch.)
  if (!opts.force && b.lowers[i0] === 'islamic' && b.lowers[i0 + 1] === 'state' && b.lowers[i0 + 2] === "'s" && b.lowers[segs[segs.length - 1]!.j - 1] === 'province') {
    const j = segs[segs.length - 1]!.j;
    const movement = addMention(b, i0, i0 + 2, 'organization', 'name', { core: 'islamic state' });
    const branch = addMention(b, i0 + 3, j, 'organization', 'name', { head: 'province', core: normAlias(wordsText(b, i0 + 3, j)) });
    if (movement && branch) b.facts.push({ type: 'PART_OF', source: branch.id, target: movement.id });
    return branch;
  }
  if (!opts.force && b.lowers[i0] === 'islamic' && b.lowers[i0 + 1] === 'state' && segs.every((s) => s.kind === 'word' || s.kind === 'gaz')) {
    const j = segs[segs.length - 1]!.j;
    const province = b.lowers[j - 1] === 'province' && j - i0 >= 3;
    if (province || j - i0 === 2) return addMention(b, i0, j, 'organization', 'name', { head: province ? 'province' : undefined, core: normAlias(wordsText(b, i0, j)) });
  }
  const rotation = opts.force ? undefined : stateRotationUnit(b, segs) ?? serviceBaseNamed(b, segs);
  if (rotation) return rotation;
  const head = opts.force ? undefined : findHead(b, segs, ordinal);
  if (head) return headed(b, segs, head.h, head.type, ordinal, numbered ? numberLead : 1);
  if (!opts.force) {
    const place = placePrefixedRun(b, segs);
    if (place) return place;
    const owned = headlessPossessed(b, segs);
    if (owned) return owned;
  }
  let main: Mention | undefined;
  let chunk: Seg[] = [];
  // "Bolivia's Isla del Sol": a state possessing a headless place holds it.
  let possessor: Mention | undefined;
  // unnamed: a named arrow here would be wrapped by keepNames (an Object.defineProperty per run).
  const flush = unnamed((): void => {
    if (!chunk.length) return;
    let m = nameChunk(b, chunk, opts);
    if (m?.type === 'place' && possessor?.type === 'state' && segs[segs.indexOf(chunk[0]!) - 1]?.kind === 'poss') b.facts.push({ type: 'LOCATED_IN', source: m.id, target: possessor.id });
    // "in Finnish Lapland": a name after a demonym after a place preposition is a place of that state.
    const i = chunk[0]!.i;
    const j = chunk[chunk.length - 1]!.j;
    const last = b.lowers[j - 1]!;
    if (!m && possessor?.demonym && possessor.j === i && j - i <= 2 && afterPlacePrep(b.toks, possessor.i) && placeEnds(b, j) && !b.lex.orgHeads.has(last) && !b.lex.unitHeads.has(last) && !b.toks[j]?.cap) {
      m = addMention(b, i, j, 'place', 'name', { core: normAlias(wordsText(b, i, j)) });
      if (m) b.facts.push({ type: 'LOCATED_IN', source: m.id, target: possessor.id });
    }
    main = m ?? main;
    chunk = [];
  });
  for (const s of segs) {
    if (s.kind === 'title' && opts.force) chunk.push(s);
    else if (s.kind === 'gaz' && chunk.length && chunk[chunk.length - 1]!.kind === 'conn' && s.gaz!.kind !== 'state') chunk.push(seg('word', s.i, s.j));
    // ("Mocímboa da Praia": a city name after a name particle is part of the name.)
    else if (s.kind === 'gaz') {
      flush();
      possessor = gazMention(b, s);
      main = possessor ?? main;
    } else if (s.kind === 'word' || (s.kind === 'conn' && chunk.length && b.lex.particles.has(b.lowers[s.i]!))) chunk.push(s);
    else flush();
  }
  flush();
  return main;
}

/**
 * "the Kenya Army's KENBATT", "the Swiss Armed Forces' SWISSCOY contingent": a possessor with a head of its own
 * before a name without one is a name of its own; a unit it owns (named by an earlier pass when its words are
 * covered) is part of it.
 */
function headlessPossessed(b: Builder, segs: Seg[]): Mention | undefined {
  const poss = segs.findIndex((s) => s.kind === 'poss');
  if (poss <= 0 || poss === segs.length - 1 || !findHead(b, segs.slice(0, poss), false)) return undefined;
  const owner = interpretPlain(b, segs.slice(0, poss));
  const rest = segs.slice(poss + 1);
  const owned = b.covered[rest[0]!.i] ? b.mentions.find((m) => m.i === rest[0]!.i && m.type === 'unit') : interpretPlain(b, rest);
  if (owner && owned?.type === 'unit' && (owner.type === 'organization' || owner.type === 'unit')) b.facts.push({ type: 'PART_OF', source: owned.id, target: owner.id });
  return owned ?? owner;
}

/** Currency words: "U.S. dollars", "Hong Kong dollar" name money, not a state. */
const CURRENCY = new Set(['dollar', 'dollars', 'euro', 'euros', 'yuan', 'renminbi', 'rouble', 'roubles', 'ruble', 'rubles', 'pound', 'pounds', 'yen', 'rupee', 'rupees', 'franc', 'francs', 'won', 'peso', 'pesos', 'riyal', 'riyals', 'dirham', 'dirhams', 'shilling', 'shillings', 'rand', 'lira', 'dinar', 'dinars']);

/** A gazetteer phrase as a mention: state, capital (place), territory (place), institution. */
export function gazMention(b: Builder, s: Seg): Mention | undefined {
  const g = s.gaz!;
  if (CURRENCY.has(b.lowers[s.j] ?? '') && (g.kind === 'state' || g.kind === 'demonym' || g.kind === 'territory')) return undefined;
  const nested = b.covered[s.i] === 1;
  if (g.kind === 'institution') return addMention(b, s.i, s.j, 'organization', 'gaz', { core: normAlias(g.ref), nested });
  if (g.kind === 'capital' || g.kind === 'territory') return addMention(b, s.i, s.j, 'place', 'gaz', { code: g.ref, nested });
  // ("a Danish show on Greenlandic soil", "Puerto Rican officials": a territory's demonym names no state.)
  if (g.kind === 'demonym' && b.lex.states.get(g.ref)?.sovereign === false) return undefined;
  const m = addMention(b, s.i, s.j, 'state', 'gaz', { code: g.ref, nested, demonym: g.kind === 'demonym' || undefined });
  if (m && g.kind === 'demonym' && b.lowers[s.j] === 'capital') {
    const info = b.lex.states.get(g.ref);
    const cap = info?.capitals[0];
    if (cap) {
      const c = addMention(b, s.i, s.j + 1, 'place', 'capital', { code: g.ref, label: cap, core: cap.toLowerCase() });
      if (c) b.facts.push({ type: 'LOCATED_IN', source: c.id, target: m.id });
    }
  }
  return m;
}

const PLURAL_ROLES = new Set(['ministers', 'officials', 'leaders', 'diplomats', 'lawmakers', 'envoys', 'delegates', 'commanders', 'generals', 'admirals', 'presidents', 'negotiators', 'spokesmen', 'ambassadors', 'senators', 'legislators', 'authorities', 'officers']);

const PERSON_VERBS = new Set(['met', 'meets', 'received', 'receives', 'thanked', 'thanks', 'praised', 'congratulated', 'told', 'hosted', 'greeted', 'welcomed', 'accused', 'criticized', 'criticised', 'condemned', 'replaced', 'succeeded', 'phoned', 'called', 'warned', 'visited', 'attended', 'signed', 'arrived', 'awarded', 'decorated', 'appointed', 'dismissed', 'fired', 'invited']);

/** An unknown single capitalised word acting as a person: "Putin criticized", "Putin and Kim attended", "thanked Putin". */
function actsAsPerson(b: Builder, i: number, j: number): boolean {
  const next = b.lowers[j] ?? '';
  if (PERSON_VERBS.has(next)) return true;
  // "Mwansa, who arrived in Dar es Salaam on Sunday, held talks": a relative "who" after the name says it is a person's.
  if (next === ',' && b.lowers[j + 1] === 'who') return true;
  if (next === 'and' && b.toks[j + 1]?.cap && PERSON_VERBS.has(b.lowers[j + 2] ?? '')) return true;
  if (wordAt(b.lowers, i - 1) === 'and' && tokAt(b.toks, i - 2)?.cap && PERSON_VERBS.has(next)) return true;
  const prev = wordAt(b.lowers, i - 1) ?? '';
  return ['met', 'thanked', 'congratulated', 'received', 'hosted', 'greeted', 'replaced', 'succeeded', 'told', 'phoned'].includes(prev) && !b.toks[j]?.cap;
}

/** Settlement nouns a place's name may follow without "of" ("the provincial capital Xam Neua", "the port city Gwadar"). */
export const SETTLEMENT_BEFORE: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'village', 'port']);

/** Nouns of the people living in a place ("residents of X"). */
const RESIDENTS = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'townsfolk']);

const ENVOY_WORDS = new Set(['ambassador', 'envoy', 'consul', 'representative', 'attache', 'attaché', "d'affaires", 'd’affaires']);

/** The envoy's post ends at token `k` ("ambassador", "Consul General", "consul-general"). */
function envoyEndsAt(b: Builder, k: number): boolean {
  const w = b.lowers[k] ?? '';
  return ENVOY_WORDS.has(w) || consulGeneralAt(b.lowers, k);
}

/** The word after a guessed place is punctuation or a function word ("in Rajasthan early", not "in the X format"). */
/** "Naqoura, Alma al-Shaab and Dhayra": the name at `i` follows ", " or "and" after a place named by name. */
function listedAfterPlace(b: Builder, i: number, j: number): boolean {
  const prev = wordAt(b.lowers, i - 1);
  // After a comma the list must go on ("In Tehran, Araghchi criticised" is no list).
  // ("were held in Apapa, Lagos.": or a one-word name ends the sentence; "the head of the X office in Taipei, Teodoro Magsino." names its holder.)
  // ("In Belgrade, Dragan Stojiljković, director of the Office, criticized": nor one set off before a post, its holder.)
  const listed = prev === 'and' || (prev === ',' && (b.lowers[j] === 'and' || (b.lowers[j] === ',' && !postAt(b, j + 1)) || (j === i + 1 && j === b.toks.length - 1 && b.toks[j]!.text === '.')));
  // ("Russia's ambassador in Helsinki, X, criticised": the name after an envoy's post is its holder.)
  // ("The governor of Laos' Houaphanh province, X, met": nor after a post of the place.)
  return listed && b.mentions.some((m) => m.j === i - 1 && m.type === 'place' && (m.via === 'name' || m.via === 'gaz') && !(prev === ',' && envoyPlace(b, m)) && !(prev === ',' && postOfPlace(b, m)) && !(prev === ',' && postAreasClosed(b, m)));
}

/** The place `m` closes an envoy's post: "ambassador in Helsinki", "the Indian Ambassador to the Sultanate". */
function envoyPlace(b: Builder, m: Mention): boolean {
  const q = b.lowers[m.i - 1] === 'the' ? m.i - 2 : m.i - 1;
  return (b.lowers[q] === 'in' || b.lowers[q] === 'to') && envoyEndsAt(b, q - 1);
}

/** A post (not a rank) starts at token `k`, after "the" or not ("director of", "the head of"). */
function postAt(b: Builder, k: number): boolean {
  const t = b.lex.titles.match(b.lowers, b.lowers[k] === 'the' ? k + 1 : k);
  return !!t && t.value !== 'rank';
}

/** "Special Representative for the Caucasus and Central Asia, X": place `m` closes, after "and", the areas of a post set off before its holder. */
function postAreasClosed(b: Builder, m: Mention): boolean {
  const lead = m.lead ?? m.i;
  const at = b.lowers[lead - 1] === 'the' ? lead - 1 : lead;
  return b.lowers[at - 1] === 'and' && b.mentions.some((x) => x.via === 'title' && x.j === at - 1 && (x.surface.includes(' for ') || x.surface.includes(' of ')));
}

/** Place `m` (or its possessor) is the complement of a post: "the governor of (Laos') X province". */
function postOfPlace(b: Builder, m: Mention): boolean {
  let s = m.i;
  if (b.lowers[s - 1] === "'s") s = b.mentions.find((x) => x.j === s - 1)?.i ?? s;
  if (b.lowers[s - 1] === 'the') s--;
  if (b.lowers[s - 1] !== 'of') return false;
  const w = b.toks[s - 2];
  // ("the Governor of the Eastern Province, X": capitalised too.)
  return !!w && w.kind === 'w' && b.lex.titles.match(b.lowers, s - 2)?.length === 1;
}

function placeEnds(b: Builder, j: number): boolean {
  const t = b.toks[j];
  // ("for the Caucasus and Central Asia, Kristiina X, who attended": ", who" follows a person, never a place.)
  if (t?.text === ',' && b.lowers[j + 1] === 'who') return false;
  // "a ceremony in Stara Zagora marking the start", "at Vailima attended by": a participle may follow a place.
  // ("arrived in Chattogram aboard the Kadmatt": or a preposition of how one travelled.)
  return !t || t.kind === 'p' || b.lex.functionWords.has(t.lower) || TRAVEL_PREPS.has(t.lower) || t.cap || (t.kind === 'w' && /.{3}(?:ing|ed)$/.test(t.lower));
}

/** Prepositions of how or by what way one travelled, which may follow a place ("in X aboard the Y", "to X via Y"). */
const TRAVEL_PREPS = new Set(['aboard', 'via', 'onboard']);

/** "in Greece" (not "in Greece's ...") follows token `j - 1`. */
function placedInState(b: Builder, j: number): boolean {
  return b.lowers[j] === 'in' && (stateAt(b, j + 1) || areaAt(b, j + 1));
}

/** Heads of a state's administrative areas ("Kharkiv Oblast", "the Kharkiv region"). */
const ADMIN_AREAS = new Set(['oblast', 'region', 'province', 'governorate', 'prefecture', 'county', 'district', 'raion', 'voivodeship', 'krai', 'department', 'canton']);

/** "Kharkiv Oblast", "the Abai region" from token `k`: one to three capitalised words and an area's head. */
function areaAt(b: Builder, k: number): boolean {
  const q = b.lowers[k] === 'the' ? k + 1 : k;
  let e = q;
  while (e < q + 3 && b.toks[e]?.kind === 'w' && b.toks[e]!.cap) e++;
  if (e === q) return false;
  return (e - q >= 2 && ADMIN_AREAS.has(b.lowers[e - 1]!)) || (ADMIN_AREAS.has(b.lowers[e] ?? '') && !b.toks[e]!.cap);
}

/** Words of a name that are no particle ("Sayyid Nasr bin Hilal Al Said" has five: "bin" and "Al" join). */
function nameWords(b: Builder, i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) if (!b.lex.particles.has(b.lowers[k]!)) n++;
  return n;
}

function nameChunk(b: Builder, chunk: Seg[], opts: PlainOpts): Mention | undefined {
  const i = chunk[0]!.i;
  const j = chunk[chunk.length - 1]!.j;
  const n = j - i;
  const text = wordsText(b, i, j);
  const norm = normAlias(text);
  const known = b.known.aliasType(norm);
  const { lex } = b;
  if (opts.force) return addMention(b, i, j, opts.force, 'name', { core: norm });
  // ("The meeting, held at ... Meeting separately with X, Y discussed": a participle opening the sentence is no name known.)
  if (known && !(n === 1 && i === 0 && b.lowers[i]!.endsWith('ing') && b.toks[j]?.kind === 'w' && !b.toks[j]!.cap)) return addMention(b, i, j, known, 'name', { core: norm });
  // "the Ha'apai capital, Pangai": a region named before "capital", and the capital named after it.
  // ("in Pemba, the provincial capital, Mugwaneza said": not a person's name known before.)
  if ((b.lowers[j] === 'capital' && wordAt(b.lowers, i - 1) === 'the') || (wordAt(b.lowers, i - 1) === ',' && wordAt(b.lowers, i - 2) === 'capital' && wordAt(b.lowers, i - 4) === 'the' && !b.known.personToken(b.lowers[i]!))) return addMention(b, i, j, 'place', 'name', { core: norm });
  // ("along the Sarawak border", "the Kashmir frontier": a name before a boundary noun is the place it bounds.)
  if (BOUNDARY_NOUNS.has(b.lowers[j] ?? '') && wordAt(b.lowers, i - 1) === 'the' && !(b.toks[j + 1]?.kind === 'w' && !b.lex.functionWords.has(b.lowers[j + 1]!)) && !b.known.personToken(b.lowers[i]!)) return addMention(b, i, j, 'place', 'name', { core: norm });
  // ("in the provincial capital Xam Neua", "the port city Gwadar": a name right after a settlement noun is that place.)
  if (SETTLEMENT_BEFORE.has(wordAt(b.lowers, i - 1) ?? '') && (wordAt(b.lowers, i - 2) === 'the' || wordAt(b.lowers, i - 3) === 'the') && !b.known.personToken(b.lowers[i]!)) return addMention(b, i, j, 'place', 'name', { core: norm });
  if (lex.regional.has(norm)) return undefined;
  // ("decorated him with the insignia of Grand Officer of the National Order": an order's grade names nobody.)
  if (ORDER_GRADE_NAMES.has(norm) && b.lowers[j] === 'of') return undefined;
  // ("the Vasco da Gama-class frigate", "a Type 23-class frigate": a ship's class names no one.)
  if (CLASS_SUFFIX.test(b.lowers[j - 1]!) || CLASS_SUFFIX.test(b.lowers[j] ?? '') || (b.toks[j]?.kind === 'n' && CLASS_SUFFIX.test(b.lowers[j + 1] ?? ''))) return undefined;
  // "the Order of Bohdan Khmelnytsky, III class": an award's grade names nothing.
  if (n === 1 && ROMAN_GRADE.test(b.toks[i]!.text) && (b.lowers[j] === 'class' || b.lowers[j] === 'degree')) return undefined;
  // "along the San Miguel and Putumayo rivers": names before a plural place head are places.
  if (pluralPlaceHeadAfter(b, j)) return addMention(b, i, j, 'place', 'name', { core: norm });
  const t = b.toks[i]!;
  const prev = wordAt(b.lowers, i - 1) ?? '';
  // ("has led the BIR's Operation Alpha against Boko Haram", "the fight against Boko Haram": what an operation or a fight
  // is against is a body, not a person.)
  if (prev === 'against' && !b.known.personToken(t.lower) && foughtBefore(b, i - 1)) return addMention(b, i, j, 'organization', 'name', { core: norm });
  // "Ministers met ...", "Officials said": a plural role word at the start of a sentence is no name.
  if (n === 1 && i === 0 && (PLURAL_ROLES.has(t.lower) || lex.peopleNouns.has(t.lower))) return undefined;
  // "Ministers Ana Reyes and Tomas Vidal": the plural role word is no part of the first name.
  if (n > 1 && PLURAL_ROLES.has(t.lower)) {
    const first = chunk[0]!;
    const rest = first.j - first.i > 1 ? [{ ...first, i: first.i + 1 }, ...chunk.slice(1)] : chunk.slice(1);
    return rest.length ? nameChunk(b, rest, opts) : undefined;
  }
  // "Raffo told Télam", "Saba reported": a national news agency's name (accents aside) is the agency.
  // (Keyed without accents, like the dateline's "/TELAM/".)
  if (n === 1) {
    const plainName = /^[\x00-\x7f]*$/.test(t.lower) ? t.lower : foldDiacritics(t.lower);
    if (lex.agencyHome.has(plainName)) return addMention(b, i, j, 'organization', 'name', { core: plainName });
  }
  // "the Iranians were handed over": people of a state, not a name.
  if (n === 1 && t.lower.endsWith('s')) {
    const people = lex.gazetteer.match([t.lower.slice(0, -1)], 0);
    if (people?.value.kind === 'demonym') {
      // ("who praised the Ghanaians for their professionalism": the people praised or criticised stand for their state.)
      if (prev === 'the' && STANCE_VERBS.has(wordAt(b.lowers, i - 2) ?? '') && lex.states.get(people.value.ref)?.sovereign) return addMention(b, i, j, 'state', 'gaz', { code: people.value.ref, demonym: true });
      return undefined;
    }
  }
  if (n === 1) {
    // "US$6.5 billion": a currency, not a name.
    if (b.toks[j]?.text === '$' && b.toks[j]!.start === t.end) return undefined;
    // "180 more K2 main battle tanks", "F-16 fighters": a model designator before the thing it names.
    if (/\d/.test(t.text) && [j, j + 1, j + 2].some((q) => EQUIPMENT.has(b.lowers[q] ?? '') && b.toks.slice(j, q).every((x) => x.kind === 'w' && !x.cap))) return undefined;
    // "The MoU was signed": an abbreviated memorandum refers back to the agreement.
    if (AGREEMENT_ABBREVIATIONS.has(t.lower) && prev !== '(') return addMention(b, i, j, 'agreement', 'definite', { head: 'memorandum' });
    if (b.known.personToken(t.lower)) return addMention(b, i, j, 'person', 'name');
    // ("signed by Minister Anjali Ramsaroop ... during a visit by Ramsaroop": a surname of a person named earlier in the sentence.)
    if (!t.upper && sentencePersonWord(b, t.lower, i)) return addMention(b, i, j, 'person', 'name');
    // ("of its GDP", "a CEO", "at 0900 GMT": acronyms of common nouns name no body.)
    if (t.upper && (COMMON_ACRONYMS.has(t.lower) || b.known.commonAcronym(t.lower))) return undefined;
    // ("the new UNDOF contingent, AUTCON 1/UNDOF,": a number, or a number, a slash and an acronym, after an acronym
    // set off after a unit's head.)
    const jn = t.upper ? numberedTail(b, j) : j;
    const named = jn > j && b.toks[jn]?.text === ',' ? bodyHeadBefore(b, i) : undefined;
    if (named) return namedAfterHead(b, named, i, jn) ?? addMention(b, i, jn, named.type, 'name', { core: normAlias(spanText(b, i, jn)), head: named.head, aliases: rotationAlias(b, named.at) });
    // ("The 2e REI returned": an acronym after its ordinal in figures, as named in brackets before.)
    // ("... (2 PPCLI) ... 2 PPCLI will return": or after its number.)
    const ordinal = t.upper && /^\d{1,3}(?:e|er|re)?$/i.test(tokAt(b.toks, i - 1)?.text ?? '') && !b.covered[i - 1] ? b.known.aliasType(normAlias(spanText(b, i - 1, j))) : undefined;
    if (ordinal) return addMention(b, i - 1, j, ordinal, 'name', { core: normAlias(spanText(b, i - 1, j)) });
    // ("GHANBATT 23 will take over from GHANBATT 22", "KENBATT": a troop acronym, "-BATT", "-CON", "-COY", and its rotation's number name a unit.)
    // ("The battalion is commanded by X" after it: the head its letters abbreviate.)
    // ("the crews of the IRIS-T and NASAMS systems": a model's letters before the kind of hardware name no body.)
    if (t.upper && hardwareAfter(b, j)) return undefined;
    if (t.upper && TROOP_ACRONYM.test(t.text)) return addMention(b, i, jn, 'unit', 'name', { core: normAlias(spanText(b, i, jn)), head: troopAcronymHead(t.text) });
    if (t.upper && !/\d/.test(t.text)) return addMention(b, i, j, 'organization', 'name', { core: norm });
    // ("The RM2.1 billion contract": a currency's letters before an amount name no body.)
    if (/^\p{Lu}+\d+$/u.test(t.text)) return amountAfter(b, j) ? undefined : addMention(b, i, j, 'organization', 'name', { core: norm });
    // ("Opposition deputy X", "Government spokesman Y": a capitalised common word before a post names no body.)
    if (opts.affiliation) return POST_QUALIFIERS.has(t.lower) ? undefined : addMention(b, i, j, 'organization', 'name', { core: norm });
    // "Europol, the European Union's law enforcement agency, ...": the apposition types the name.
    // ("Jägerbataillon 17 in Straß, a battalion of X": not a place where a unit named before it is; the apposition is the unit's.)
    const inUnitsPlace = prev === 'in' && b.mentions.some((m) => m.j === i - 1 && (m.type === 'unit' || m.type === 'organization'));
    const appos = appositionType(b, j);
    if (appos && !inUnitsPlace) return addMention(b, i, j, appos, 'name', { core: norm });
    if (appos) return addMention(b, i, j, 'place', 'name', { core: norm });
    // "the Party leader", "the Army chief": a role anaphor of the person who holds that post.
    const roleAfter = prev === 'the' && lex.orgHeads.has(t.lower) && !b.toks[j]?.cap ? lex.titles.match(b.lowers, j) : undefined;
    if (roleAfter && roleAfter.value === 'leader') {
      const org = addMention(b, i, j, 'organization', 'definite', { head: t.lower });
      if (org) org.nested = true;
      const head = b.lowers.slice(j, j + roleAfter.length).join(' ');
      return addMention(b, i, j + roleAfter.length, 'person', 'title', { title: newTitle(canonicalRole(lex, head), head, 'leader', { affiliation: org?.id }) });
    }
    if ((prev === 'the') && (lex.orgHeads.has(t.lower) || lex.unitHeads.has(t.lower)) && !b.toks[j]?.cap) {
      return addMention(b, i, j, lex.unitHeads.has(t.lower) && !lex.orgHeads.has(t.lower) ? 'unit' : 'organization', 'definite', { head: t.lower });
    }
    // ("the Ilbirs special forces battalion": a lone name before words of a unit's kind and its head.)
    const unitNamed = describedUnitAfter(b, chunk, i, j);
    if (unitNamed) return unitNamed;
    // "the Conference condemned": a lone event head names no person.
    if (/\d/.test(t.text) || lex.placeHeads.has(t.lower) || lex.orgHeads.has(t.lower) || lex.eventHeads.has(t.lower) || lex.compass.has(t.lower)) return undefined;
    // "The Presidents said", "the Constitution", "the Opposition": a lone common word is no name.
    if (commonWord(b, i)) return undefined;
    // ("recaptured the town of Awdheegle ... from al-Shabaab": what a place is taken from is a foe, a body.)
    if (prev === 'from' && takenBefore(b, i)) return addMention(b, i, j, 'organization', 'name', { core: norm });
    // ("helped villagers near Quneitra repair channels": after "near" or "around", whatever follows.)
    if ((afterPlacePrep(b.toks, i) || VISIT_VERBS.has(prev)) && (placeEnds(b, j) || prev === 'near' || prev === 'around')) return addMention(b, i, j, 'place', 'name', { core: norm });
    // "Residents of Balykchy told reporters": those living in a place name it after "of".
    if (prev === 'of' && RESIDENTS.has(wordAt(b.lowers, i - 2) ?? '')) return addMention(b, i, j, 'place', 'name', { core: norm });
    // ("members of Hezbollah had been seen near the positions": those a group's people are of is a body.)
    if (prev === 'of' && n === 1 && GROUP_PEOPLE.has(wordAt(b.lowers, i - 2) ?? '') && !t.upper) return addMention(b, i, j, 'organization', 'name', { core: norm });
    // ("a month-long war between Israel and Hezbollah": the other party of a war between a state and a lone name is a body.)
    if (prev === 'and' && n === 1 && warPartyAfterState(b, i)) return addMention(b, i, j, 'organization', 'name', { core: norm });
    // ("in response to Russia's annexation of Crimea", "the siege of Mariupol": what is annexed or besieged is a place.)
    if (prev === 'of' && TERRITORIAL_ACTS.has(wordAt(b.lowers, i - 2) ?? '') && placeEnds(b, j)) return addMention(b, i, j, 'place', 'name', { core: norm });
    // "deployed to Debdeb and Tinfouye": a lone unknown name coordinated with a place just named is a place.
    if (listedAfterPlace(b, i, j) && placeEnds(b, j)) return addMention(b, i, j, 'place', 'name', { core: norm });
    // "links Komotini in Greece", "and of Aktau in Kazakhstan": a lone unknown name placed in a state is a place.
    if (placedInState(b, j)) return addMention(b, i, j, 'place', 'name', { core: norm });
    // "the US Embassy in Awkar said": where an embassy or consulate stands is a place.
    if (prev === 'in' && HOSTED_BODIES.has(wordAt(b.lowers, i - 2) ?? '')) return addMention(b, i, j, 'place', 'name', { core: norm });
    // "Roscosmos and the Kazakh space agency Kazcosmos signed": coordinated with a body described as such, a body too.
    if (coordinatedWithDescribedBody(b, j)) return addMention(b, i, j, 'organization', 'name', { core: norm });
    if (SPEECH.has(b.lowers[j] ?? '') || actsAsPerson(b, i, j)) return addMention(b, i, j, 'person', 'name');
    const next = b.toks[j];
    const modifies = !!next && next.kind === 'w' && !next.cap && !lex.functionWords.has(next.lower) && !next.lower.endsWith('ly');
    if (prev === 'the' && !modifies && next?.lower !== 'and' && next?.lower !== 'or') return addMention(b, i, j, 'organization', 'name', { core: norm });
    // "the military wing of al-Shabaab", "the fight against al-Qaeda": a lone name opening with an Arabic article, no
    // person's name of the text and set in no place, is a movement's.
    // ("al-Qaeda in the Islamic Maghreb (AQIM)": its branch, named with its region and an acronym, is one name.)
    // ("al-Shabaab's armed wing": possessed too.)
    // ("a senior al-Shabaab commander": or before a post in it.)
    if (ARTICLE_LED.test(t.text) && !t.text.startsWith('A') && (!modifies || MOVEMENT_NOUNS.has(next!.lower) || next!.lower === "'s" || lex.titles.match(b.lowers, j)?.value === 'leader' || lex.titles.match(b.lowers, j)?.value === 'official')) {
      const k = regionalBranchEnd(b, j);
      return addMention(b, i, k, 'organization', 'name', { core: k > j ? normAlias(wordsText(b, i, k)) : norm });
    }
    return undefined;
  }
  // "under the Barrio Adentro mission", "the Blue Pacific initiative": a name before a lower-case head of a body's work
  // names that body, not a person.
  if (wordAt(b.lowers, i - 1) === 'the' && LOWER_BODY_HEADS.has(b.lowers[j] ?? '') && b.toks[j]?.kind === 'w' && !b.toks[j]!.cap && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) {
    return addMention(b, i, j + 1, 'organization', 'name', { head: b.lowers[j]!, core: norm, aliases: [spanText(b, i, j)] });
  }
  // "commander of the Iron Wolf brigade": a name before a lower-case unit head names a unit.
  // ("the ELN's Domingo Laín Sáenz front": a guerrilla front named after its owner is a unit too.)
  if (((wordAt(b.lowers, i - 1) === 'the' && lex.unitHeads.has(b.lowers[j] ?? '') && lex.unitAnaphors.has(b.lowers[j] ?? '')) || (wordAt(b.lowers, i - 1) === "'s" && (lex.unitAnaphors.has(b.lowers[j] ?? '') || b.lowers[j] === 'front'))) && b.toks[j]?.kind === 'w' && !b.toks[j]!.cap && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) {
    return addMention(b, i, j + 1, 'unit', 'name', { head: b.lowers[j]!, core: `${norm} ${b.lowers[j]}` });
  }
  const described = describedUnitAfter(b, chunk, i, j);
  if (described) return described;
  // "criticised Brave Griffin 28": a name and a number that name a known event.
  if (b.toks[j]?.kind === 'n' && b.known.aliasType(`${norm} ${b.lowers[j]}`) === 'event') return addMention(b, i, j + 1, 'event', 'name', { core: `${norm} ${b.lowers[j]}` });
  // "concluded Sea Guardian-2032, a five-day joint exercise": an event's name joined to its year, as its apposition says.
  // ("Last year's edition, Brotherhood Shield-2051, was held": or set off after an event's word.)
  const eventBefore = b.toks[i - 1]?.text === ',' && (b.lex.eventHeads.has(b.lowers[i - 2] ?? '') || b.lowers[i - 2] === 'edition');
  if (YEAR_JOINED.test(b.toks[j - 1]!.text) && nameWords(b, i, j) <= NAME_MAX && (eventBefore || appositionType(b, j) === 'event')) return addMention(b, i, j, 'event', 'name', { core: norm });
  if (nameWords(b, i, j) > NAME_MAX || chunk.some((s) => /\d/.test(b.toks[s.i]!.text))) return undefined;
  // "Amnesty International", "Transparency International": a name ending in "International" is a body.
  if (b.lowers[j - 1] === 'international' && !lex.portfolio.has(b.lowers[i]!)) return addMention(b, i, j, 'organization', 'name', { core: norm });
  // "an Islamic State-linked insurgency": a compound adjective names nobody.
  if (isCompoundAdjective(b.lowers[j - 1]!)) return undefined;
  if (chunk.every((s) => lex.functionWords.has(b.lowers[s.i]!) || lex.months.has(b.lowers[s.i]!) || lex.regional.has(b.lowers[s.i]!))) return undefined;
  if (lex.compass.has(t.lower)) return addMention(b, i, j, 'place', 'name', { core: norm });
  const designated = designatedAgreementOrEvent(b, i, j, norm);
  if (designated) return designated;
  // "Hurricane Noemi", "Tropical Storm Ana": a named storm is an event, named by its own name too ("when Noemi struck").
  // (Not "Storm" before a noun it modifies: "Storm Shadow missiles".)
  const storm = STORM_WORDS.has(t.lower) ? i + 1 : t.lower === 'tropical' && b.lowers[i + 1] === 'storm' ? i + 2 : -1;
  const modifier = t.lower === 'storm' && b.toks[j]?.kind === 'w' && !b.toks[j]!.cap && !lex.functionWords.has(b.lowers[j]!);
  if (storm > 0 && j - storm >= 1 && j - storm <= 2 && !modifier) {
    return addMention(b, i, j, 'event', 'name', { head: 'storm', core: norm, aliases: [spanText(b, storm, j)] });
  }
  // "Independence Day", "Cyclone Winston", "Defence Affairs": capitalised, but no person.
  if (lex.nonNameHeads.has(b.lowers[j - 1]!) || lex.nonNamePrefixes.has(t.lower) || chunk.every((s) => lex.portfolio.has(b.lowers[s.i]!))) return undefined;
  const place = placePrefixedChunk(b, chunk, norm);
  if (place) return place;
  // "BRP Teresa Magbanua": an unknown acronym prefixing a name (vessel prefixes) names no person.
  // ("PNS Ghazanfar, the Pakistan Navy's fourth corvette": unless an apposition says what it is.)
  // ("the Ghana Navy's GNS Yaa Asantewaa": or a navy possesses it.)
  // ("EUFOR Althea was launched by the EU": a known body's acronym and one name word are that body's full name.)
  if (t.upper && b.known.aliasType(t.lower) === 'organization' && acronymOfName(b, i, j).length) return addMention(b, i, j, 'organization', 'name', { core: norm, aliases: [t.text] });
  if (t.upper && !b.known.aliasType(t.lower)) {
    // ("the EU's peacekeeping mission in Bosnia, EUFOR Althea,": the body the head before it names.)
    // ("... with the EU's peacekeeping force in Bosnia, EUFOR Althea.": or ends the sentence.)
    const named = b.toks[j]?.text === ',' || b.toks[j]?.text === '.' || j === b.toks.length ? bodyHeadBefore(b, i) : undefined;
    if (named) {
      const prior = namedAfterHead(b, named, i, j);
      if (prior) return prior;
      const body = bodysForce(b, named);
      const m = addMention(b, i, j, body ? 'organization' : named.type, 'name', { core: norm, head: named.head, aliases: [...(rotationAlias(b, named.at) ?? []), ...acronymOfName(b, i, j)] });
      if (m && body) b.facts.push({ type: 'PART_OF', source: m.id, target: body.id });
      return m;
    }
    const appos = appositionType(b, j);
    // ("the RMN's KD Perak": a warship prefix after a body's acronym.)
    const owned = b.lowers[i - 1] === "'s" && (SHIP_OWNERS.has(b.lowers[i - 2] ?? '') || (b.lex.shipPrefixes.has(t.text) && !!b.toks[i - 2]?.upper));
    // ("took delivery of its new patrol vessel, RSIPV Savo,": or a ship noun stands before it.)
    const shipBefore = b.toks[i - 1]?.text === ',' && lex.shipNouns.has(b.lowers[i - 2] ?? '');
    // ("the Commander of NNS Beecroft, Commodore X": a warship's prefix and name after "of".)
    const prefixedShip = b.lowers[i - 1] === 'of' && b.lex.shipPrefixes.has(t.text) && j - i >= 2;
    return appos === 'unit' || owned || shipBefore || prefixedShip ? addMention(b, i, j, 'unit', 'name', { core: norm, aliases: (b.lex.shipPrefixes.has(t.text) || shipBefore) && j - i >= 2 ? [spanText(b, i + 1, j)] : undefined }) : undefined;
  }
  const nextTok = b.toks[j];
  const modifiesNoun = !!nextTok && nextTok.kind === 'w' && !nextTok.cap && !lex.functionWords.has(nextTok.lower) && !nextTok.lower.endsWith('ly');
  if (afterPlacePrep(b.toks, i) && modifiesNoun && !/.{3}(?:ing|ed)$/.test(nextTok.lower)) return undefined;
  // "the Vientiane–Vung Ang railway", "the Yamal pipeline": a name before a route or structure names no person.
  if (modifiesNoun && ROUTE_NOUNS.has(nextTok.lower)) return undefined;
  if (namesHardware(b, i, j)) return undefined;
  // "to La Ceiba", "to El Alto": a Spanish article opens a place name even after "to".
  // "the towns of Naqoura, Alma al-Shaab and Dhayra": a name listed after a place is a place.
  if (listedAfterPlace(b, i, j) && placeEnds(b, j) && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'place', 'name', { core: norm });
  // "the US Embassy in Awkar said": where an embassy or consulate stands is a place.
  if (prev === 'in' && HOSTED_BODIES.has(b.lowers[i - 2] ?? '') && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'place', 'name', { core: norm });
  // "links Stara Zagora in Bulgaria": a short name placed in a state is a place.
  if (j - i <= 2 && placedInState(b, j) && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'place', 'name', { core: norm });
  // "visited Novo Selo on Wednesday": after a verb of visiting too.
  if ((afterPlacePrep(b.toks, i) || VISIT_VERBS.has(prev)) && (prev !== 'to' || ARTICLE_PLACES.has(t.lower) || movedTo(b, i - 1)) && b.lowers[i - 2] !== 'to' && placeEnds(b, j) && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) {
    return addMention(b, i, j, 'place', 'name', { core: norm });
  }
  // "to Vanua Levu, which was hit by floods", "in X, where ...": a relative "which/where" names no person.
  if (afterPlacePrep(b.toks, i) && b.toks[j]?.text === ',' && (b.lowers[j + 1] === 'which' || b.lowers[j + 1] === 'where') && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) {
    return addMention(b, i, j, 'place', 'name', { core: norm });
  }
  // "Yugoimport SDPR", "Hanwha Ocean DSME": a name ending in an acronym (not a Roman numeral) is a body's.
  const lastTok = b.toks[j - 1]!;
  if (lastTok.upper && lastTok.text.length >= 2 && !/\d/.test(lastTok.text) && !ROMAN.test(lastTok.text) && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'organization', 'name', { core: norm });
  // "Naval Component", "Ninth Plenary Session", "Border Security Cooperation": a word no name holds names nobody.
  // ("the Naval Service Diving Section, a unit of ...": unless an apposition says what it is.)
  // ("Lawrence Smith", "Prudence Dube": a first word ending like an abstract noun may be a given name.)
  if (chunk.some((s, x) => notNameWord(b, b.lowers[s.j - 1]!, x === chunk.length - 1 || !GIVEN_NAME_ENDING.test(b.lowers[s.j - 1]!))) && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) {
    const appos = appositionType(b, j);
    if (appos) return addMention(b, i, j, appos, 'name', { core: norm });
    // ("the Nordic Defence Cooperation (Nordefco)", "the X Initiative, which was established by A and B": a name given an
    // acronym of its own, or said to be founded, is a body's.)
    if (b.lowers[i - 1] === 'the' && j - i >= 2 && ((b.toks[j]?.text === '(' && b.toks[j + 2]?.text === ')' && b.toks[j + 1]!.cap) || foundedAfter(b, j))) return addMention(b, i, j, 'organization', 'name', { core: norm });
    return undefined;
  }
  // ("a ministry spokesman told Rudaw English": a known body's one-word name opening a two-word name is that body, by
  // the name of one of its services.)
  if (j - i === 2 && b.known.aliasType(t.lower) === 'organization' && !b.known.personToken(b.lowers[i + 1]!) && !b.known.personToken(t.lower)) return addMention(b, i, j, 'organization', 'name', { core: normAlias(t.text) });
  // ("with the opposition Cabildo Abierto voting against": a name "the opposition" or "the ruling" puts before it is a party's.)
  if (PARTY_ADJECTIVES.has(prev) && b.lowers[i - 2] === 'the' && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'organization', 'name', { core: norm });
  // ("Frente Amplio lawmaker X criticized": a name before a legislator's post and a name is the legislator's party.)
  if (HOUSE_MEMBERS.has(b.lowers[j] ?? '') && b.toks[j + 1]?.cap && j - i >= 2 && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'organization', 'name', { core: norm });
  // "El Obeid", "El Palito", "La Ceiba": a name opening with a Romance article is a place (mostly), never a person.
  if (ARTICLE_PLACES.has(t.lower) && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'place', 'name', { core: norm });
  // "the Korps Commandotroepen (KCT)": a name with an acronym of its own is a body's, not a person's.
  if (b.toks[j]?.text === '(' && b.toks[j + 2]?.text === ')' && b.toks[j + 1]!.upper && b.toks[j + 1]!.text.length >= 2 && b.lowers[i - 1] === 'the') return addMention(b, i, j, 'organization', 'name', { core: norm });
  // ("an offensive against ISWAP and Boko Haram camps", "Boko Haram fighters": a name before a group's people or holdings is the group's.)
  if (GROUP_HOLDINGS.has(b.lowers[j] ?? '') && !chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return addMention(b, i, j, 'organization', 'name', { core: norm });
  return addMention(b, i, j, 'person', 'name');
}

/** Words before "Guard" naming a head of state's guard ("Republican Guard", "Presidential Guard"). */
const HEAD_OF_STATE_GUARDS = new Set(['republican', 'presidential']);

/** "the Ilbirs special forces battalion": a name after "the", up to two lower-case words and a unit's head noun, as a unit (else undefined). */
function describedUnitAfter(b: Builder, chunk: Seg[], i: number, j: number): Mention | undefined {
  const { lex } = b;
  if (wordAt(b.lowers, i - 1) !== 'the' || chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return undefined;
  let h = j;
  while (h < j + 2 && b.toks[h]?.kind === 'w' && !b.toks[h]!.cap && !lex.functionWords.has(b.lowers[h]!) && !lex.unitHeads.has(b.lowers[h]!)) h++;
  // ("praised the Sassari brigade" after "the Sassari Mechanized Brigade": or the head right after the name.)
  if (!lex.unitHeads.has(b.lowers[h] ?? '') || !lex.unitAnaphors.has(b.lowers[h] ?? '') || b.toks[h]!.kind !== 'w' || b.toks[h]!.cap || (h === j && b.toks[h + 1]?.cap)) return undefined;
  // ("near Darak, in the Logone-et-Chari division": a division right after a name "in the" governs is an area.)
  if (h === j && b.lowers[h] === 'division' && wordAt(b.lowers, i - 2) === 'in') return addMention(b, i, h + 1, 'place', 'name', { head: 'division', core: normAlias(wordsText(b, i, h + 1)), aliases: [spanText(b, i, j)] });
  return addMention(b, i, h + 1, 'unit', 'name', { head: b.lowers[h]!, core: normAlias(wordsText(b, i, h + 1)), aliases: [spanText(b, i, j)] });
}

/** A person named by name earlier in the sentence (before token `i`) has `w` as a word of two or more of their name. */
function sentencePersonWord(b: Builder, w: string, i: number): boolean {
  for (const m of b.mentions) {
    if (m.type !== 'person' || m.via !== 'name' || m.j >= i || m.j - m.i < 2) continue;
    for (let k = m.i + 1; k < m.j; k++) if (b.lowers[k] === w) return true;
  }
  return false;
}

/** Nouns of a fight or an armed operation, which "against" a name may follow. */
const FIGHT_NOUNS = new Set(['operation', 'operations', 'offensive', 'fight', 'war', 'campaign', 'struggle', 'battle', 'battles', 'attacks', 'strikes', 'raids', 'insurgency', 'counter-insurgency', 'counterinsurgency', 'fighting', 'clashes']);

/** A fight noun or an event's name ends right before the "against" at `k`. */
function foughtBefore(b: Builder, k: number): boolean {
  return FIGHT_NOUNS.has(b.lowers[k - 1] ?? '') || b.mentions.some((m) => m.j === k && m.type === 'event');
}

/** Verbs of taking a place in a fight ("recaptured the town of X from Y"). */
const TAKING = new Set(['recaptured', 'retook', 'captured', 'seized', 'liberated', 'wrested', 'recaptures', 'retakes', 'captures', 'seizes', 'liberates', 'recapture', 'retake', 'capture', 'seize', 'liberate']);

/** A verb of taking stands before the "from" at `i - 1` in its clause (within fourteen words, past a place's name). */
function takenBefore(b: Builder, i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 16); k--) {
    const t = b.toks[k]!;
    if (t.kind === 'p' && t.text !== ',' && t.text !== '-') return false;
    if (TAKING.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of a boundary a place's name may come before ("the Sarawak border"). */
const BOUNDARY_NOUNS = new Set(['border', 'frontier', 'coast', 'coastline']);

/** Grades of an order of merit written as names ("Grand Officer of the National Order"). */
const ORDER_GRADE_NAMES = new Set(['grand officer', 'grand cross', 'knight grand cross', 'knight commander', 'dame commander', 'grand commander', 'chevalier', 'grand officier', 'commandeur', 'grand cordon', 'grand ribbon']);

/** A ship class joined to its name ("Vasco da Gama-class", "23-class"). */
const CLASS_SUFFIX = /-class$/;

/** "Defence" spelled either way. */
const DEFENCE_WORDS = new Set(['defence', 'defense']);
/** Lower-case heads after a name that make it a body ("the Barrio Adentro mission"). */
const LOWER_BODY_HEADS = new Set(['mission', 'programme', 'program', 'initiative']);

/** ", which was established by", "(X), set up by", "created in 2003 by": a founding said of the name ending at `j`. */
function foundedAfter(b: Builder, j: number): boolean {
  let k = j;
  if (b.toks[k]?.text === '(' && b.toks[k + 2]?.text === ')') k += 3;
  if (b.toks[k]?.text !== ',') return false;
  k++;
  if (b.lowers[k] === 'which' || b.lowers[k] === 'that') k++;
  if (b.lowers[k] === 'was' || b.lowers[k] === 'were') k++;
  return FOUNDED.has(b.lowers[k] ?? '');
}

/** Participles of founding a body ("was established", "set up"; anaphora.ts reads "The X mechanism was established" with them too). */
export const FOUNDED: ReadonlySet<string> = new Set(['established', 'founded', 'created', 'set', 'formed', 'launched']);

const ROMAN = /^[IVXLC]+$/;
/** A capitalised word joined to a year by a hyphen ("Guardian-2032"). */
const YEAR_JOINED = /^\p{Lu}\p{L}*-(?:19|20)\d\d$/u;
const SPELLED_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Endings of abstract nouns that given names share ("Lawrence", "Florence", "Constance"). */
const GIVEN_NAME_ENDING = /(?:ance|ence)$/;

/** The single word at `i` is a title (or its plural), a portfolio or head word, or a long abstract noun. */
function commonWord(b: Builder, i: number): boolean {
  const { lex } = b;
  const w = b.lowers[i]!;
  // ("the Order", "the Medal": the award named in full around it.)
  if (lex.awardPrefix.has(w) || lex.awardSuffix.has(w)) return false;
  // ("Villagers in Houaphanh's Xiengkhor district have complained": the people of a place are no name.)
  // ("According to the Decree, ...": nor is a word that never ends a name.)
  if (PLURAL_ROLES.has(w) || lex.portfolio.has(w) || notNameWord(b, w) || lex.unitAnaphors.has(w) || RESIDENTS.has(w) || lex.nonNameHeads.has(w)) return true;
  const title = lex.titles.match(b.lowers, i);
  if (title && title.length === 1) return true;
  if (!w.endsWith('s') && !w.includes('-')) return false;
  const singular = w.replace(/-/g, ' ').replace(/^co /, '').replace(/(?:es|s)$/, '');
  return singular !== w && (lex.titles.match([singular], 0)?.length === 1 || lex.titles.match([w.replace(/s$/, '')], 0)?.length === 1);
}

/** A word that heads or qualifies a body, event, agreement or award, or (`abstract`) an abstract noun: never part of a person's name. */
function notNameWord(b: Builder, w: string, abstract = true): boolean {
  const { lex } = b;
  return lex.orgHeads.has(w) || lex.eventHeads.has(w) || lex.agreementHeads.has(w) || lex.awardSuffix.has(w) || SPELLED_ORDINALS.has(w) || (abstract && w.length > 6 && ABSTRACT_NOUN.test(w));
}

/** "the Swedish Army's Norrbotten Regiment": a possessor ending in an organization or unit head owns the name. */
function ownerHead(b: Builder, w: string): boolean {
  return (b.lex.orgHeads.has(w) || b.lex.unitHeads.has(w)) && !b.lex.placeHeads.has(w);
}

/** Heads of the names of newspapers and broadcasters ("Asahi Shimbun", "Financial Times", "Kyodo News"). */
const OUTLET_HEADS = new Set(['news', 'times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'shimbun', 'ilbo', 'zeitung', 'courier', 'observer', 'chronicle', 'television', 'radio', 'broadcasting']);

/** Name start: walk left from the head over words and name-internal possessives. */
function nameStart(b: Builder, segs: Seg[], h: number): number {
  let s = h;
  // ("Taoyuan's Guanyin District": what owns an administrative area is another place, not part of its name.)
  const area = OWNED_AREAS.has(b.lowers[segs[h]!.j - 1]!);
  while (s > 0) {
    const prev = segs[s - 1]!;
    if (prev.kind === 'word') s--;
    else if (prev.kind === 'conn' && (b.lex.particles.has(b.lowers[prev.i]!) || (b.lowers[prev.i] === 'and' && segs[s - 2]?.kind === 'word'))) s--;
    // (An acronym possessor is a body that owns the name: "the JCG's Special Security Team".)
    else if (prev.kind === 'poss' && !area && segs[s - 2]?.kind === 'word' && !b.known.aliasType(b.lowers[segs[s - 2]!.i]!) && !ownerHead(b, b.lowers[segs[s - 2]!.j - 1]!) && !(segs[s - 2]!.j - segs[s - 2]!.i === 1 && b.toks[segs[s - 2]!.i]!.upper) && !romanceOwner(b, prev.i)) s--;
    else break;
  }
  return s;
}

/** "the Guardia Civil's Maritime Service": a Romance head opens the one or two words before the possessive at `poss`. */
function romanceOwner(b: Builder, poss: number): boolean {
  return ROMANCE_HEADS.has(b.lowers[poss - 2] ?? '') || ROMANCE_HEADS.has(b.lowers[poss - 3] ?? '');
}

/** Words telling which side of a rotation a unit is on ("the outgoing contingent"). */
export const ROTATION_SIDES = new Set(['outgoing', 'incoming', 'returning']);

/** "the outgoing contingent, AUCON 54/KFOR,": the head with its rotation word, an alias "the outgoing contingent" finds later. */
function rotationAlias(b: Builder, at: number): string[] | undefined {
  return ROTATION_SIDES.has(b.lowers[at - 1] ?? '') ? [`${b.lowers[at - 1]} ${b.lowers[at]}`] : undefined;
}

/** "EUFOR Althea": a name of an acronym and one capitalised word, which the acronym names alone too ([the acronym]), else []. */
function acronymOfName(b: Builder, i: number, j: number): string[] {
  const w = b.toks[i + 1];
  return j - i === 2 && b.toks[i]!.upper && b.toks[i]!.text.length >= 3 && !!w && w.kind === 'w' && w.cap && !w.upper ? [b.toks[i]!.text] : [];
}

/**
 * "the European Union's peacekeeping force, EUFOR Althea": the body that possesses a force named after its head; the
 * force is that body's (an organization, part of it), not a unit of a state.
 */
function bodysForce(b: Builder, named: { head: string; at: number }): Mention | undefined {
  if (named.head !== 'force') return undefined;
  for (let q = named.at - 1; q >= named.at - 4 && q > 0; q--) {
    if (b.lowers[q] === "'s") return b.mentions.find((x) => x.j === q && x.type === 'organization');
  }
  return undefined;
}

/**
 * "its 55th contingent for the Kosovo Force (KFOR), AUCON 55/KFOR,": the name set off after a head that a mention of
 * its own ends with ("55th contingent") is that mention's name too (an alias; the tokens i..j are covered).
 */
function namedAfterHead(b: Builder, named: { type: NodeType; at: number }, i: number, j: number): Mention | undefined {
  const prior = b.mentions.find((x) => x.j === named.at + 1 && x.type === named.type && !x.nested);
  if (!prior) return undefined;
  prior.aliases.push(spanText(b, i, j));
  for (let x = i; x < j; x++) b.covered[x] = 1;
  return prior;
}

/** Heads of administrative areas whose possessor is the place they lie in ("Taoyuan's Guanyin District"). */
const OWNED_AREAS = new Set(['district', 'county', 'province', 'region', 'governorate', 'prefecture', 'municipality', 'township', 'subdistrict', 'regency']);

/** Where the complement names an owner: the segments after a connector form a state or an organization. */
function complementOwner(b: Builder, segs: Seg[], from: number, type: NodeType): { at: number } | undefined {
  // ("the Ministry of the Armed Forces": what a ministry is first "of" is its portfolio, owned by a state only; "the
  // Ministry of Defence of the Government of National Unity": a second "of" may name its owner.)
  let ministry = MINISTRY.has(b.lowers[segs[from - 1]!.j - 1]!);
  for (let c = from; c < segs.length; c++) {
    if (!isConn(segs[c]) || b.lowers[segs[c]!.i] === 'and' || b.lowers[segs[c]!.i] === 'between') continue;
    if (!['of', 'the'].includes(b.lowers[segs[c]!.i]!)) continue;
    const rest = segs.slice(c + 1);
    if (rest.length === 1 && rest[0]!.kind === 'gaz') return { at: c };
    if (ministry && b.lowers[segs[c]!.i] === 'of') {
      ministry = false;
      continue;
    }
    // ("the Joint Chiefs of Staff Committee": chiefs "of staff" are a post's words, no owner.)
    if (b.lowers[segs[c]!.i] === 'of' && b.lowers[segs[c - 1]!.j - 1] === 'chiefs' && b.lowers[segs[c + 1]?.i ?? -1] === 'staff') continue;
    // "the 3310th Regiment of the FARDC": a body's acronym named before owns the unit.
    if (type === 'unit' && rest.length === 1 && rest[0]!.j - rest[0]!.i === 1 && b.toks[rest[0]!.i]!.upper && b.known.aliasType(b.lowers[rest[0]!.i]!) === 'organization') return { at: c };
    // ("the 1st Mechanised Battalion of the 61st Stryama Mechanised Brigade": a numbered unit of a numbered unit.)
    const numbered = type === 'unit' && rest.length > 1 && isConn(rest[0]) && rest[0]!.j - rest[0]!.i === 1 && isOrdinal(b.toks[rest[0]!.i]);
    const owner = numbered ? findHead(b, rest.slice(1), true)?.type : rest.length > 1 ? findHead(b, rest, false)?.type : undefined;
    // "the 1st Battalion of the Royal Malay Regiment": a unit of a larger unit, too.
    if (owner === 'organization' || (owner === 'unit' && type === 'unit')) return { at: c };
  }
  return undefined;
}

/** "No. 40" right before token `i0`. */
/** Unit heads a bare number before names ("332 Squadron", "40 Commando"). */
/** Words before "School" in a numbered training unit's name ("2 Flying Training School", "1 Recruit Training School"). */
const TRAINING_WORDS = new Set(['training', 'flying', 'instruction', 'recruit']);
const NUMBERED_UNITS = new Set(['squadron', 'wing', 'regiment', 'battalion', 'brigade', 'group', 'flotilla', 'commando', 'division', 'company', 'battery', 'flight', 'corps', 'rifles']);

/** Tokens of a number naming the unit before the run: 3 for "No. 40", 2 for "No 40", 1 for "332 Squadron", else 0. */
function numberedBefore(b: Builder, i0: number, segs: Seg[]): number {
  const n = tokAt(b.toks, i0 - 1);
  if (!n || n.kind !== 'n' || !/^\d{1,4}$/.test(n.text)) return 0;
  if (b.toks[i0 - 2]?.text === '.' && b.toks[i0 - 3]?.text === 'No') return 3;
  // ("No 17 Squadron": British style writes it without the full stop.)
  if (b.toks[i0 - 2]?.text === 'No' && NUMBERED_UNITS.has(b.lowers[i0]!)) return 2;
  const head = segs[0]!.kind === 'word' && segs[0]!.j - segs[0]!.i === 1 ? b.lowers[segs[0]!.i]! : '';
  // Not a count ("sent 40 Squadron aircraft" is rare; "40 soldiers" is lower case anyway).
  if (NUMBERED_UNITS.has(head) && !/\d/.test(b.toks[i0 - 2]?.text ?? '')) return 1;
  // "22 Armoured Brigade", "223 Tank Battalion": one or two words of arm or kind before the head (never a year).
  // ("6 South African Infantry Battalion": a demonym may open it; "3 Kenya Rifles": a state's name too.)
  const stateFirst = segs[0]!.kind === 'gaz' && ((segs[0]!.gaz?.kind === 'demonym' && segs.length >= 3) || (segs[0]!.gaz?.kind === 'state' && segs.length >= 2));
  const demonymFirst = stateFirst;
  const words = segs.every((s, x) => s.kind === 'word' || (x === 0 && demonymFirst)) ? segs[segs.length - 1]!.j - i0 - (demonymFirst ? segs[0]!.j - segs[0]!.i - 1 : 0) : 0;
  const last = b.lowers[segs[segs.length - 1]!.j - 1]!;
  // ("2 Flying Training School": a numbered school of an air force or army is a unit too.)
  return words >= 2 && words <= 3 && (NUMBERED_UNITS.has(last) || (last === 'school' && TRAINING_WORDS.has(b.lowers[segs[segs.length - 1]!.j - 2]!))) && /^\d{1,3}$/.test(n.text) && !/\d/.test(b.toks[i0 - 2]?.text ?? '') ? 1 : 0;
}

/** Heads of institutions named for their state ("the Sri Lanka Military Academy"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['academy', 'school', 'college', 'university', 'institute', 'facility', 'hospital']);

/** First words of an armed service that awards its own decorations. */
const AWARDING_SERVICES = new Set(['army', 'armed', 'navy', 'air', 'naval', 'police', 'defence', 'defense']);

/** Heads of armed services that own formations named after an area ("the Army's South Litani Sector"). */
/** Last words of an armed service's name ("Nepali Army", "Royal Navy", "Indian Air Force", "Marine Corps", "Gendarmerie"). */
export const ARMED_SERVICE_HEADS: ReadonlySet<string> = new Set(['army', 'navy', 'forces', 'force', 'guard', 'gendarmerie', 'corps', 'marines']);

/** `lead`: tokens before the run that belong to an ordinal name (1 for "528th", 3 for "No. 40"). */
function headed(b: Builder, segs: Seg[], h: number, type: NodeType, ordinal: boolean, lead = 1): Mention | undefined {
  const { lowers, lex } = b;
  // ("Sarker told The Daily Star" in Daily Star copy: a whole name the document knows keeps its type, whatever its head says.)
  if (!ordinal && segs.every((x) => x.kind === 'word')) {
    const whole = normAlias(wordsText(b, segs[0]!.i, segs[segs.length - 1]!.j));
    const known = b.known.aliasType(whole);
    if (known && known !== type) return addMention(b, segs[0]!.i, segs[segs.length - 1]!.j, known, 'name', { core: whole });
  }
  let s = nameStart(b, segs, h);
  let owner: Mention | undefined;
  let ownerPossessive = false;
  const before = itemAt(segs, s - 1);
  // ("the Lake Victoria Security Agreement": an agreement or event named for a place so prefixed, too.)
  const prefixedPlace = (type === 'agreement' || type === 'event') && itemAt(segs, s - 2)?.kind === 'word' && lex.placePrefix.has(b.lowers[segs[s - 2]!.j - 1]!);
  if (before?.kind === 'gaz' && (type === 'place' || type === 'organization' || type === 'unit' || prefixedPlace) && itemAt(segs, s - 2)?.kind === 'word' && (type === 'place' || INSTITUTION_PREFIXES.has(b.lowers[segs[s - 2]!.i]!) || lex.placePrefix.has(b.lowers[segs[s - 2]!.j - 1]!) || UPPER_LOWER.has(b.lowers[segs[s - 2]!.j - 1]!))) {
    // A gazetteer word inside a name: "South China Sea", "Royal New Zealand Air Force".
    // ("the Upper Paraguay River Flotilla": a region named for a state names the unit.)
    // ("the Lake Chad Basin Commission": a place named with a state's name names the body.)
    s = nameStart(b, segs, s - 2);
  } else if (before?.kind === 'gaz' && (type === 'organization' || type === 'place' || type === 'unit' || type === 'event' || (type === 'agreement' && (before.gaz?.kind === 'capital' || before.gaz?.kind === 'territory' || (before.gaz?.kind === 'state' && b.lowers[before.i - 1] === 'the'))))) {
    // "the Nicosia Declaration", "the Minsk Agreement": a city names the agreement; so does a state after "the" ("the Kuwait Declaration").
    // ("The Guam International Agreement": or a territory.)
    s--;
    // ("the Caribbean and Central American Security Summit": a gathering's name goes on before the demonym.)
    if (type === 'event' && segs[s - 1]?.kind === 'word' && segs[s - 2]?.kind === 'conn' && lowers[segs[s - 2]!.i] === 'and') s = nameStart(b, segs, s);
    // ("the Kosovo Turkish Battalion Task Force": a state's name before the demonym of the formation's own state names
    // where it serves, inside the name.)
    else if (type === 'unit' && segs[s]?.kind === 'gaz' && segs[s]!.gaz?.kind === 'demonym' && segs[s - 1]?.kind === 'gaz' && segs[s - 1]!.gaz?.kind === 'state' && segs[s - 1]!.j === segs[s]!.i && segs[s - 1]!.gaz!.ref !== segs[s]!.gaz!.ref) s--;
  } else if (before?.kind === 'gaz' && type === 'award' && (before.gaz?.kind === 'demonym' || before.gaz?.kind === 'state') && AWARDING_SERVICES.has(lowers[segs[s]!.i]!)) {
    // "the Mexican Army Distinguished Service Medal", "the Turkish Armed Forces Legion of Merit": a service's own award keeps its demonym.
    // ("the Malawi Defence Force Medal for Gallantry": or its state's name.)
    s--;
  } else if (before?.kind === 'poss' && s >= 2) {
    ownerPossessive = true;
    const possessor = segs.slice(0, s - 1);
    // ("Taoyuan's Guanyin District": an unknown name owning an area is a place.)
    owner = interpretPlain(b, possessor) ?? (type === 'place' && possessor.every((x) => x.kind === 'word') ? interpretPlain(b, possessor, { force: 'place' }) : undefined);
  }
  const prefixGaz = segs[s]?.kind === 'gaz' ? segs[s]! : undefined;
  if (!ownerPossessive && s > 0 && !prefixGaz) interpretPlain(b, segs.slice(0, s));
  if (!ownerPossessive && s > 0 && prefixGaz && s > 0) interpretPlain(b, segs.slice(0, s));
  // Complement and its owner.
  let end = segs.length;
  // "the Gulf of Finland", "the Strait of Gibraltar": a place word's complement is part of its name, not its owner.
  // "the House of Representatives": so is the complement of a body's prefix word.
  const ofName = h === s && segs[h]!.j - segs[h]!.i === 1 && ((type === 'place' && lex.placePrefix.has(lowers[segs[h]!.i]!)) || (type === 'organization' && lex.orgPrefix.has(lowers[segs[h]!.i]!)));
  const ownable = (type === 'organization' || type === 'unit' || type === 'place') && !ofName;
  const comp = ownable && h + 1 < segs.length ? complementOwner(b, segs, h + 1, type) : undefined;
  let compSegs: Seg[] = [];
  if (comp) {
    compSegs = segs.slice(comp.at + 1);
    if (type === 'place') end = comp.at;
  }
  // ("the Republican Guard (GR), the presidential guard": a head of state's guard is a formation, not a service.)
  if (type === 'organization' && (lowers[segs[h]!.j - 1] === 'guard' || lowers[segs[h]!.j - 1] === 'guards') && HEAD_OF_STATE_GUARDS.has(lowers[segs[h]!.j - 2] ?? '')) type = 'unit';
  // ("the Mbuzi group, a unit of the ISMP,": a group an apposition calls a unit is a formation, named with "group".)
  if (type === 'organization' && segs[end - 1]!.kind === 'lowhead' && lowers[segs[end - 1]!.j - 1] === 'group' && appositionType(b, segs[end - 1]!.j) === 'unit') type = 'unit';
  if (type === 'organization' && segs[end - 1]!.kind === 'lowhead' && end - 1 > s && !MINISTRY.has(lowers[segs[end - 1]!.j - 1]!) && !LOWER_SERVICES.has(wordsText(b, segs[end - 1]!.i, segs[end - 1]!.j).toLowerCase())) end--;
  // ("the Bangladesh Army's 9th Infantry Division": the ordinal after the possessive opens the name.)
  const possessedOrdinal = ownerPossessive && isOrdinal(b.toks[segs[s]!.i - 1]);
  const i = ordinal && s === 0 ? segs[0]!.i - lead : possessedOrdinal ? segs[s]!.i - 1 : segs[s]!.i;
  const j = segs[end - 1]!.j;
  // ("Panzerbrigade 45" is a brigade: "the German brigade" may refer to it.)
  const headWord = compoundHead(lowers[segs[h]!.j - 1]!);
  // ("the commander of the Croatian Navy's Flotilla": a unit head alone after a service's possessive names the service's
  // unit, keyed with its owner: another service's "Flotilla" is another unit.)
  if (j - i === 1 && !ordinal && type === 'unit' && owner?.type === 'organization' && segs[h]!.kind === 'word' && !lex.orgHeads.has(lowers[i]!)) {
    const word = b.toks[i]!.text;
    const m = addMention(b, i, j, 'unit', 'name', { head: lowers[i]!, core: normAlias(`${owner.surface} ${lowers[i]}`), label: word, aliases: [word, `${owner.surface} ${word}`] });
    if (m) b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
    return m;
  }
  if (j - i === 1 && !ordinal && segs[h]!.kind !== 'lowhead') return interpretPlainNoHead(b, segs);
  const coreFrom = prefixGaz ? segs[s + 1]!.i : segs[s]!.i;
  const coreTo = comp ? segs[comp.at]!.i : segs[segs.length - 1]!.j;
  // "the opposition Rally of Democratic Forces": what is in opposition or rules is a party, not a gathering.
  if (type === 'event' && PARTY_ADJECTIVES.has(lowers[i - 1] ?? '')) type = 'organization';
  // ("the commander of the Lebanese Army's South Litani Sector": an armed service's sector is its formation there.)
  if (type === 'place' && headWord === 'sector' && owner?.type === 'organization' && ARMED_SERVICE_HEADS.has(owner.head ?? '')) type = 'unit';
  // ("the commander of the ANT's 5th Defence and Security Zone": so is a body's numbered zone or sector.)
  // ("who had commanded the FAR's Southern Zone": or named zone.)
  // ("the Commandant of the JMSDF's Yokosuka District": or a district a body's possessive owns.)
  const bodysPossessive = !owner && b.lowers[i - 1] === "'s" && b.mentions.some((x) => x.j === i - 1 && x.type === 'organization');
  if (type === 'place' && (headWord === 'zone' || headWord === 'sector') && (owner?.type === 'organization' || bodysPossessive)) type = 'unit';
  // (A coast guard's district is a body of its own: "the PCG's Northeastern Luzon District".)
  const districtOwner = owner ?? (bodysPossessive ? b.mentions.find((x) => x.j === i - 1 && x.type === 'organization') : undefined);
  if (type === 'place' && headWord === 'district' && (bodysPossessive || (owner?.type === 'organization' && ownerPossessive))) type = COAST_GUARD.test(districtOwner?.surface ?? '') ? 'organization' : 'unit';
  // ("The Royal Tongan Marines, HMAF's infantry unit, ... the commanding officer of the Royal Tongan Marines": a body's
  // name known as a formation's stays one.)
  if (type === 'organization' && b.known.aliasType(normAlias(wordsText(b, i, j))) === 'unit') type = 'unit';
  // ("In a Facebook post on Monday, X thanked": a post one writes, not a post one mans.)
  if (type === 'place' && headWord === 'post' && j - i === 2 && (lowers[i - 1] === 'a' || lowers[i - 1] === 'an')) return undefined;
  const core = canonicalCore(b, coreFrom, Math.min(coreTo, j), type);
  const m = addMention(b, i, j, type, 'name', { head: headWord, core });
  if (!m) return undefined;
  // "the SWAPO Party": an acronym with the word "Party" is the acronym's party.
  if (type === 'organization' && headWord === 'party' && j - i === 2 && b.toks[i]!.upper) m.aliases.push(b.toks[i]!.text);
  // ("to join the British-led NATO battle group": a formation named by a body's acronym and a lower-case head is the body's.)
  if (type === 'unit' && !owner && !comp && segs[h]!.kind === 'lowhead' && h === s + 1 && segs[s]!.kind === 'word' && segs[s]!.j === segs[s]!.i + 1 && b.toks[segs[s]!.i]!.upper) {
    const body = interpretPlain(b, [segs[s]!]);
    if (body?.type === 'organization') {
      body.nested = true;
      b.facts.push({ type: 'PART_OF', source: m.id, target: body.id });
    } else if (body) b.mentions = b.mentions.filter((x) => x !== body);
  }
  // ("the western Indian Ocean", "the Philippine Sea": a demonym naming a sea names no state.)
  if (prefixGaz && !(type === 'place' && WATER_HEADS.has(headWord ?? '') && prefixGaz.gaz?.kind === 'demonym')) {
    const g = gazMention(b, prefixGaz);
    if (g) {
      g.nested = true;
      owner ??= g;
    }
  }
  if (compSegs.length) {
    // (An ordinal opening the owner is read before its name, as at a run's start.)
    const ownerSegs = compSegs.length > 1 && isConn(compSegs[0]) && isOrdinal(b.toks[compSegs[0]!.i]) ? compSegs.slice(1) : compSegs;
    const o = ownerSegs.length === 1 && ownerSegs[0]!.kind === 'gaz' ? gazMention(b, ownerSegs[0]!) : interpretPlain(b, ownerSegs);
    if (o) {
      o.nested = type !== 'place';
      owner = o;
    }
  } else if (!ofName) {
    // ("the Organization of American States", "the League of Arab States": a demonym describing a word of the name
    // after it names no state.)
    const rest = segs.slice(h + 1);
    for (let n = 0; n < rest.length; n++) {
      const seg = rest[n]!;
      if (seg.kind !== 'gaz' || (seg.gaz?.kind === 'demonym' && rest[n + 1]?.kind === 'word' && b.toks[rest[n + 1]!.i]!.cap)) continue;
      const g = gazMention(b, seg);
      if (g) g.nested = true;
    }
  }
  const capitalPrefix = owner?.type === 'place' && !ownerPossessive && !compSegs.length;
  if (owner && !capitalPrefix) {
    m.owner = owner.id;
    // "the Pakistan Army's Special Service Group": a group of an army, navy or air force is a formation.
    // ("the Egyptian Army's Sa'ka Forces": so are its named forces, possessed.)
    // ("the Brazilian Army's Northern Military Command": so is a command an armed service possesses.)
    // (An army's, not a theatre's: "the PLA's Southern Theatre Command" is a body of its own.)
    const armyCommand = headWord === 'command' && owner.head === 'army' && !/\btheat(?:re|er)\b/i.test(m.surface);
    if (m.type === 'organization' && (headWord === 'group' || ((headWord === 'forces' || armyCommand) && ownerPossessive)) && (owner.type === 'organization' || owner.type === 'unit') && ARMED_HEADS.has(owner.head ?? '')) m.type = 'unit';
    // ("the ENDF's Southern Command": a regional command a body's possessive owns, its head unknown, is a formation too.)
    if (m.type === 'organization' && headWord === 'command' && ownerPossessive && owner.type === 'organization' && REGIONAL_SIDES.has(b.lowers[m.j - 2] ?? '')) m.type = 'unit';
    // "Indian Ocean", "Arabian Sea": a water body named with a demonym lies in no state.
    // ("the Senegal River", "the Paraguay River": nor does a river or a lake named after a state, which it borders too.)
    const sharedWater = type === 'place' && owner.type === 'state' && !!prefixGaz && (WATER_HEADS.has(headWord) || headWord === 'river' || headWord === 'lake');
    // ("the Indian Military Academy", "the French Naval Academy": an institution named for its state says nothing of where it is.)
    // ("Burma Camp in Accra": nor does a site placed in another named place right after its name.)
    const namedInstitution = type === 'place' && owner.type === 'state' && !!prefixGaz && (INSTITUTION_HEADS.has(headWord) || (b.lowers[m.j] === 'in' && !!b.toks[m.j + 1]?.cap));
    if ((type === 'place' || type === 'event') && (owner.type === 'place' || owner.type === 'state') && !sharedWater && !namedInstitution) b.facts.push({ type: 'LOCATED_IN', source: m.id, target: owner.id });
    // ("Burma Camp in Accra", "the Congo River": a state's name that only names the place mentions no state.)
    else if (type === 'place' && owner.type === 'state' && prefixGaz && owner.i === prefixGaz.i && !ownerPossessive) b.mentions = b.mentions.filter((x) => x !== owner);
    // "Security Council of Russia", "Russia's Security Council": PART_OF; a name that merely starts
    // with a state or demonym ("Russian Navy", "Czechia National News Agency") states no structure.
    // Only the possessive is stated structure towards a state ("Russia's Security Council"); "X of STATE" names it.
    // ("Japan's Asahi Shimbun", "Britain's Financial Times": a newspaper or broadcaster is its state's, not part of it.)
    // ("the Sudan Liberation Movement", "the Sudan People's Liberation Movement-North": nor is a movement or a party.)
    // ("Bharat Dynamics Limited", "Kenya Shipyards Ltd": nor a company named with its state's word, whose name is its own.)
    const outlet = type === 'organization' && owner.type === 'state' && (OUTLET_HEADS.has(headWord) || (!ownerPossessive && (MOVEMENT_HEADS.has(headWord.replace(/-(?:north|south|east|west|in-opposition)$/, '')) || COMPANY_HEADS.has(headWord))));
    const statedOwner = (ownerPossessive || owner.type !== 'state') && !outlet;
    if (statedOwner && (type === 'organization' || type === 'unit') && (owner.type === 'state' || owner.type === 'organization' || owner.type === 'unit')) {
      b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
    }
    if (type === 'organization' && owner.type === 'state' && !outlet) {
      if (owner.code) m.ownerState = owner.code;
      // ("the French Forces in the UAE": a body named for where it serves keeps its own words as its label.)
      if (owner.code && !core.includes(' in ')) m.label = stateBodyLabel(b.lex, core, owner.code) ?? m.label;
      if (ownerPossessive) m.aliases.push(spanText(b, owner.i, j));
    }
    if (type === 'place' && ownerPossessive) m.aliases.push(spanText(b, owner.i, j));
  }
  if (lex.agreementHeads.has(headWord)) addAgreementVariants(m);
  if (type === 'award') {
    const order = /^(?:the\s+)?(?:grand\s+)?(?:collar|cross|star|sash|class)\s+of\s+(?:the\s+)?(.+)$/i.exec(m.surface);
    if (order) m.aliases.push(order[1]!);
    // ("the Drastamat Kanayan Medal of the Ministry of Defense": the body that gives a named medal is no part of its name.)
    const issued = /^(?:the\s+)?(\p{Lu}\S* (?:\S+ )*?(?:Medal|Order|Cross|Star|Badge)) of the (?:Ministry|Minister|General Staff|Chief)\b/u.exec(m.surface);
    if (issued && !/^(?:Medal|Order|Cross|Star|Badge|Honou?rary|Grand|Gold|Silver|Bronze)\b/.test(issued[1]!)) m.aliases.push(issued[1]!);
  }
  // "the Brave Griffin 28 exercise" is "Brave Griffin 28" too.
  if (type === 'event' && !b.toks[j - 1]!.cap && j - i >= 3 && b.toks[j - 2]!.kind === 'n' && b.toks[i]!.cap) m.aliases.push(spanText(b, i, j - 1));
  if (type === 'organization' && segs[segs.length - 1]!.kind === 'lowhead' && j < segs[segs.length - 1]!.j) {
    m.aliases.push(spanText(b, i, segs[segs.length - 1]!.j));
  }
  return m;
}

function interpretPlainNoHead(b: Builder, segs: Seg[]): Mention | undefined {
  if (segs.length === 1 && segs[0]!.kind === 'word') return nameChunk(b, segs, {});
  return undefined;
}

/** "Defence Ministry" → "ministry of defence"; other names lower-cased as written. */
function canonicalCore(b: Builder, i: number, j: number, type: NodeType): string {
  const words: string[] = [];
  for (let k = i; k < j; k++) {
    const w = b.lowers[k]!;
    if (w === 'the' && k === i) continue;
    // "Workers' Party": a bare apostrophe stays one ("workers'"), not "workers's".
    if (w === "'s" && words.length) words[words.length - 1] += b.toks[k]!.text.length === 1 ? "'" : "'s";
    // ("Ministry of Energy, Water Resources and Irrigation": a comma keeps to its word.)
    else if (w === ',' && words.length) words[words.length - 1] += ',';
    else words.push(w);
  }
  if (type === 'organization' && words.length >= 2 && !words.includes('of')) {
    const last = words[words.length - 1]!;
    const mods = words.slice(0, -1);
    if (['ministry', 'department', 'committee', 'commission', 'office', 'agency'].includes(last) && mods.every((w) => b.lex.portfolio.has(w))) {
      const field = mods.join(' ').replace(/^(foreign|internal|home)$/, '$1 affairs').replace(/^interior$/, 'internal affairs');
      return `${last} of ${field}`;
    }
  }
  return words.join(' ');
}

/** "Ministry of Defence of Belarus": a state's body labelled with its state (undefined for an unknown code). */
export function stateBodyLabel(lex: Lexicon, core: string, code: string): string | undefined {
  const st = lex.states.get(code);
  return st ? `${titleCore(core)} of ${st.common}` : undefined;
}

let titleCoreMemo: Map<string, string> | undefined;

/** "ministry of defence" → "Ministry of Defence". */
export function titleCore(core: string): string {
  titleCoreMemo ??= new Map();
  let v = titleCoreMemo.get(core);
  if (v === undefined) {
    if (titleCoreMemo.size > 20_000) titleCoreMemo.clear();
    titleCoreMemo.set(core, (v = computeTitleCore(core)));
  }
  return v;
}

function computeTitleCore(core: string): string {
  return core.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase()).replace(/\b(Of|The|And|On|For)\b/g, (w) => w.toLowerCase());
}

/** "Treaty on X" ↔ "X Treaty": both spellings as aliases. */
function addAgreementVariants(m: Mention): void {
  const s = m.surface.replace(/^the\s+/i, '');
  const on = /^(Treaty|Agreement|Accord|Pact|Convention|Memorandum) (?:on|of) (.+?)(?: between .*)?$/.exec(s);
  if (on) {
    m.aliases.push(`${on[1]} on ${on[2]}`, `${on[2]} ${on[1]}`);
    m.core = `${on[1]!.toLowerCase()} on ${on[2]!.toLowerCase()}`;
  }
}

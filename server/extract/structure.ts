// Relation stage, structure: relations read off the arrangement of mentions rather than a
// verb. "X in / , in / in the centre of Y" (place LOCATED_IN), "EVENT ... held in / at P",
// "in the region, the village of X" (apposition), and praise by a speaker ("X said ... had
// shown courage and heroism").
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { PRAISE_NOUNS, SPEECH_VERB } from './cues.js';
import { clauseEnd, clauseStart, OBJECT_DETERMINERS } from './clauses.js';
import { pastBracket, pastShortBracket, possessiveEnd, tokAt, type Tok } from './tokens.js';
import { allowsEdge, type NodeType } from '../ontology.js';
import type { DocEntities } from './resolve.js';
import { argMentions, argsOf, coordinatedAfter } from './args.js';
import { unnamed } from './unnamed.js';
import { beforeUnitModifiers } from './unit-modifiers.js';
import { NEARNESS, SEAT_NOUNS, SIDES } from './runs.js';
import { WATER_HEADS } from './names.js';

/** The argument mentions of `unit` (see argMentions in args.ts) that name one entity; groups without one are left out. */
function resolvedArgMentions(unit: SentenceUnit): Mention[] {
  const out: Mention[] = [];
  for (const m of unit.mentions) if (!m.nested && m.entity !== undefined) out.push(m);
  return out;
}

const AREA_HEADS = /\s(?:province|region|state|county|district|governorate|oblast|prefecture|department|velayat|krai)$/i;
const AREA_WORDS = new Set(['centre', 'center', 'heart', 'north', 'south', 'east', 'west', 'outskirts', 'suburbs', 'suburb', 'vicinity', 'northeast', 'northwest', 'southeast', 'southwest', 'middle']);

/** Words after "X, STATE," that end the place phrase rather than continue a list. */
const LOCATIVE_TAIL = new Set(['in', 'on', 'at', 'last', 'this', 'next', 'where', 'which', 'said', 'and', 'to', 'for', 'from', 'after', 'before', 'during', 'alongside', 'with', 'near', 'off', 'while', 'when', 'as', 'by', 'under', 'between']);


/** Tokens between two mentions fit "in", "in the", ", in the", "of the", "in the centre of". */
const SIDE_ADJECTIVES = new Set([...SIDES, 'north', 'south', 'east', 'west', 'downtown']);

function locativeGap(words: string[], a: Mention, b: Mention, unit: SentenceUnit): boolean {
  // "the Bangladesh Naval Academy (BNA) in Patenga": past the first place's acronym.
  if (words[0] === '(' && words[2] === ')' && words[3] === 'in' && unit.toks[a.j + 1]?.upper) words = words.slice(3);
  const g = words.filter((w) => w !== 'the');
  if (g.length === 1 && g[0] === 'in') return true;
  // "Pituffik Space Base in northwestern Greenland".
  if (g.length === 2 && g[0] === 'in' && SIDE_ADJECTIVES.has(g[1]!)) return true;
  if (g.length === 2 && g[0] === ',' && g[1] === 'in') return true;
  // ("Niamtougou air base, in the country's northern Kara region", "Keşan, in the northwestern province of Edirne": past
  // the country's possessive, a side and an area noun.)
  if (g.length > 2 && g.length <= 6 && g[0] === ',' && g[1] === 'in' && g.slice(2).every((w) => SIDE_ADJECTIVES.has(w) || w === 'country' || w === "'s" || w === 'of' || AREA_OF.has(w)) && g.slice(2).some((w) => SIDE_ADJECTIVES.has(w))) return true;
  if (g.length === 1 && g[0] === 'of' && a.type === 'place') return true;
  // ("the Timbuktu Triangle area of southern Borno State": past a side of the place.)
  if (g.length === 2 && g[0] === 'of' && SIDE_ADJECTIVES.has(g[1]!) && a.type === 'place') return true;
  // ("left Camp Stephenson at Timehri": a camp named as such "at" the place it stands in.)
  if (g.length === 1 && g[0] === 'at' && a.type === 'place' && a.via === 'name' && unit.toks[a.i]?.lower === 'camp' && b.type === 'place') return true;
  // ("Camp Faouar on the Golan Heights", "Marine Corps Base Camp Blaz on Guam": a place on an island or a height.)
  if (g.length === 1 && g[0] === 'on' && a.type === 'place') return true;
  // ("the Ksar Sghir naval base, on the Strait of Gibraltar, where": so set off by commas.)
  if (g.length === 2 && g[0] === ',' && g[1] === 'on' && a.type === 'place' && b.type === 'place' && (unit.toks[b.j]?.text === ',' || unit.toks[b.j]?.text === '.')) return true;
  // ("at UN Position 7-1 in the village of Adshit al-Qusayr": or a settlement named after its noun.)
  if (g.length === 3 && g[0] === 'in' && (AREA_WORDS.has(g[1]!) || SETTLEMENTS.has(g[1]!)) && g[2] === 'of') return true;
  // ("Rawalpindi, the Pakistani military's media wing": not a demonym opening a description.)
  if (g.length === 1 && g[0] === ',' && b.type === 'state' && !['and', ','].includes(unit.toks[b.j]?.lower ?? '') && !(b.demonym && words.length > 1)) return true;
  // "in Chiang Khan District, Loei Province, on Monday", "in San Antonio, Zambales province,": a named area after a comma holds the place (not in a list).
  if (g.length === 1 && g[0] === ',' && b.type === 'place' && AREA_HEADS.test(b.surface) && unit.toks[b.j]?.lower !== 'and' && !(unit.toks[b.j]?.text === ',' && unit.toks[b.j + 1]?.cap)) return true;
  // ("at the Presidential Villa, Abuja, for": a capital set off after a named site holds it.)
  if (g.length === 1 && g[0] === ',' && a.via === 'name' && b.type === 'place' && b.via === 'gaz' && (unit.toks[b.j]?.text === '.' || (unit.toks[b.j]?.text === ',' && unit.toks[b.j + 1]?.kind === 'w' && !unit.toks[b.j + 1]!.cap && unit.toks[b.j + 1]!.lower !== 'and'))) return true;
  // "Quelimane, the capital of Zambezia", "Pont-Sondé, a town in the Artibonite region": the apposition's place holds it.
  if (g.length === 3 && g[0] === ',' && (g[1] === 'capital' || g[1] === 'seat') && g[2] === 'of') return true;
  // ("Pedro Juan Caballero, capital of the department of Amambay": past the area noun.)
  if (g.length === 5 && g[0] === ',' && (g[1] === 'capital' || g[1] === 'seat') && g[2] === 'of' && AREA_OF.has(g[3]!) && g[4] === 'of') return true;
  // ("Kapan, the administrative center of Armenia's Syunik Province", "X, the largest city of Y": one describing word first.)
  if (g.length === 4 && g[0] === ',' && g[3] === 'of' && SEAT_NOUNS.has(g[2]!) && !SEAT_NOUNS.has(g[1]!) && /^[a-z]+$/.test(g[1]!)) return true;
  // ("Ankawa, a district of Erbil,": or "of" it.)
  if (g.length === 4 && g[0] === ',' && (g[1] === 'a' || g[1] === 'an') && SETTLEMENTS.has(g[2]!) && (g[3] === 'in' || g[3] === 'of')) return true;
  // "in Honiara, Solomon Islands, in September": a closing comma before a lower-case word is no list.
  if (g.length === 1 && g[0] === ',' && b.type === 'state' && unit.toks[b.j]?.text === ',' && LOCATIVE_TAIL.has(unit.toks[b.j + 1]?.lower ?? '')) return true;
  // ("a refit in Cairns, Australia, the navy said": nor one before a name that is no place, or before "the".)
  if (g.length === 1 && g[0] === ',' && b.type === 'state' && a.type === 'place' && unit.toks[b.j]?.text === ',' && unit.toks[a.i - 1]?.lower === 'in' && !unit.mentions.some((x) => x.i === b.j + 1 && (x.type === 'place' || x.type === 'state')) && unit.toks[b.j + 1]?.lower !== 'and') return true;
  return false;
}

/** Area adjectives before "capital" ("the provincial capital, Vinh"), each with the heads of the areas it names. */
const CAPITAL_AREAS: ReadonlyMap<string, readonly string[]> = new Map([
  ['provincial', ['province']], ['regional', ['region']], ['state', ['state']], ['district', ['district']], ['county', ['county']], ['departmental', ['department']],
]);

/**
 * "travelled to the central province of Nghe An, where it visited ... the provincial capital, Vinh": the capital named after
 * "the provincial capital" lies in the province named last before it in the sentence.
 */
function provincialCapitals(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (const m of ms) {
    const at = toks[m.i - 1]?.text === ',' ? m.i - 2 : m.i - 1;
    const heads = toks[at]?.lower === 'capital' && toks[at - 2]?.lower === 'the' ? CAPITAL_AREAS.get(toks[at - 1]?.lower ?? '') : undefined;
    if (!heads || typeOfMention(d, m) !== 'place') continue;
    const area = [...ms].reverse().find((x) => x.j <= at - 2 && typeOfMention(d, x) === 'place' && areaNamed(d, unit, x, heads));
    if (area) pushLocated(out, unit, m, area);
  }
}

/** Place mention `x` is an area with one of `heads` ("the province of Nghe An", "Nghe An province", head "province"). */
function areaNamed(d: DocEntities, unit: SentenceUnit, x: Mention, heads: readonly string[]): boolean {
  const e = d.list[x.entity!]!;
  if (heads.includes(e.head ?? '') || heads.includes(unit.toks[x.j]?.lower ?? '')) return true;
  const of = unit.toks[x.i - 1]?.lower === 'of' ? unit.toks[x.i - 2]?.lower ?? '' : '';
  return heads.includes(of);
}

function typeOfMention(d: DocEntities, m: Mention): string {
  return d.list[m.entity!]!.type;
}

function isPlaceOrEvent(type: string): boolean {
  return type === 'place' || type === 'event';
}

function pushLocated(out: Candidate[], unit: SentenceUnit, a: Mention, b: Mention): void {
  if (a.entity === b.entity) return;
  out.push(newCandidate('LOCATED_IN', a.entity!, b.entity!, unit.index, a.j, false));
}


/** Nouns for a part of a gathering ("the next phase of the operation"). */
// ("The next edition of the exercise will be held in X": a later edition or iteration too.)
const PHASES = new Set(['phase', 'stage', 'round', 'leg', 'edition', 'iteration']);
/** Words that put such a part still to come. */
const LATER = new Set(['next', 'later', 'following', 'coming']);

/** "the next phase of (the) EVENT" ends right before token `i`. */
function laterPhaseOf(toks: SentenceUnit['toks'], i: number): boolean {
  const k = toks[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  return toks[k]?.lower === 'of' && PHASES.has(toks[k - 1]?.lower ?? '') && LATER.has(toks[k - 2]?.lower ?? '');
}

/**
 * "In Birao, the peacekeepers of ZAMBATT-30 were awarded the UN Medal at a parade on Saturday": a place fronted by "In"
 * and a comma is where a gathering the sentence puts "at" took place, when nothing else places it.
 */
function frontedPlaceOfEvents(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  if (toks[0]?.lower !== 'in') return;
  const place = ms.find((m) => m.i === 1 && toks[m.j]?.text === ',' && typeOfMention(d, m) === 'place');
  if (!place) return;
  for (const e of ms) {
    if (e.i <= place.j || typeOfMention(d, e) !== 'event' || eventPrep(unit, e) !== 'at' || e.via === 'name') continue;
    if (out.some((c) => c.type === 'LOCATED_IN' && c.source === e.entity)) continue;
    pushLocated(out, unit, e, place);
  }
}

/** LOCATED_IN facts from adjacency, event locations and appositions. */
/** Auxiliaries of the future. */
const WILL = new Set(['will', 'shall']);

/** Event mention `e` is indefinite ("a parade") in a clause that "will" opens before it. */
function plannedGathering(toks: SentenceUnit['toks'], e: Mention): boolean {
  // ("The next RSS exercise is scheduled to be held in Saint Lucia": the next edition is not held yet.)
  if (toks[e.i - 1]?.lower === 'next' || toks[e.i]?.lower === 'next') return true;
  const article = toks[e.i]?.lower;
  if (article !== 'a' && article !== 'an' && toks[e.i - 1]?.lower !== 'a' && toks[e.i - 1]?.lower !== 'an') return false;
  for (let k = e.i - 1; k >= 0 && k >= e.i - 12; k--) {
    if (toks[k]!.kind === 'p') return false;
    if (WILL.has(toks[k]!.lower)) return true;
  }
  return false;
}

/** Last words of places things are held on ("the Smârdan range", "the Pabradė training ground"). */
const GROUNDS = new Set(['range', 'ranges', 'ground', 'grounds', 'polygon', 'plain', 'plains', 'plateau', 'peninsula']);

/** Verbs of what a name means ("which means \"sea breeze\" in Arabic"). */
const NAME_MEANING = new Set(['means', 'meant', 'meaning', 'translates']);

/** A place named at token `p` whose last word is a ground (GROUNDS). */
function groundAt(d: DocEntities, ms: Mention[], unit: SentenceUnit, p: number): boolean {
  const m = ms.find((x) => x.i === p && !x.nested && x.entity !== undefined);
  return !!m && d.list[m.entity!]!.type === 'place' && GROUNDS.has(unit.toks[m.j - 1]!.lower);
}

export function locatedIn(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const ms = resolvedArgMentions(unit);
  // (Every reading below starts from a place or an event: a sentence naming neither has nothing to place.)
  if (!ms.some((m) => isPlaceOrEvent(typeOfMention(d, m)))) return [];
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    if (typeOfMention(d, a) !== 'place' || (typeOfMention(d, b) !== 'place' && typeOfMention(d, b) !== 'state')) continue;
    // A capital lies in its own state only ("talks with Kinshasa in Doha").
    const ea = d.list[a.entity!]!;
    if (a.via === 'gaz' && ea.code && !(typeOfMention(d, b) === 'state' && d.list[b.entity!]!.code === ea.code)) continue;
    const words = unit.toks.slice(a.j, b.i).map((t) => t.lower);
    if (!locativeGap(words, a, b, unit)) continue;
    // "Bosso, in Niger's Diffa region": the possessed place holds it (and the state holds that place).
    const held = unit.toks[b.j]?.lower === "'s" ? typedAt(d, ms, b.j + 1, 'place') : undefined;
    // "in Madiun, East Java, Singapore's Ministry of Defence said": a possessor of anything but a place is no location.
    if (!held && unit.toks[b.j]?.lower === "'s") continue;
    // ("at Rovajärvi in Finnish Lapland": the place a demonym qualifies, not its state.)
    const next = ms[k + 2];
    const qualified = b.demonym && next && next.i === b.j && typeOfMention(d, next) === 'place' ? next : undefined;
    pushLocated(out, unit, a, held ?? qualified ?? b);
    // "to Debdeb and Tinfouye, in Illizi province", "the towns of A, B and C in the Tyre district": every place of the list lies there.
    if (words[0] !== ',' && !(words[0] === 'in' && unit.toks[a.i - 1]?.lower === 'and')) continue;
    for (let q = k - 1; q >= 0; q--) {
      const c = ms[q]!;
      const gap = unit.toks.slice(c.j, ms[q + 1]!.i).map((t) => t.lower);
      if (typeOfMention(d, c) !== 'place' || !(gap.length === 1 && (gap[0] === 'and' || gap[0] === ','))) break;
      pushLocated(out, unit, c, b);
    }
  }
  provincialCapitals(d, unit, ms, out);
  for (const e of ms) {
    if (typeOfMention(d, e) !== 'event') continue;
    // ("The next phase of the operation will take place in X": where a later phase is held is not where the whole was.)
    if (laterPhaseOf(unit.toks, e.i)) continue;
    // ("The soldiers will receive the medal at a parade in Brussels in May": where a gathering still to come will be is no fact.)
    if (plannedGathering(unit.toks, e)) continue;
    const before = eventPrep(unit, e);
    // "After the parade, X held talks at Y": the place belongs to the main clause, not the fronted event
    // (unless a relative clause right after the event places it: "during the exercise, which was hosted at X").
    // Mid-sentence ("was arranged during indirect talks in Muscat"), a place right after the event is its own.
    // ("agreed ... after a security meeting between the X and the Y in Elegu": its parties may come between.)
    const temporal = TEMPORAL_PREPS.has(before) && (e.i <= 4 || !['in', 'at', 'between'].includes(unit.toks[e.j]?.lower ?? ''));
    // ("the 18th session of the X Commission (JPCDS), which was held in Harare": past the acronym closing the event's name.)
    const close = unit.toks[e.j]?.text === '(' ? pastBracket(unit.toks, e.j) : e.j;
    if (temporal && !(unit.toks[close]?.text === ',' && unit.toks[close + 1]?.lower === 'which')) continue;
    // "met in the city of Arusha for an extraordinary summit": the meeting place is the event's.
    // ("joined Japanese warships for a maritime cooperative activity in the South China Sea": with no place before it,
    // the place right after the event is its own.)
    if (before === 'for') {
      const host = placeBefore(d, unit, ms, e);
      if (host) pushLocated(out, unit, e, host);
      if (host || (unit.toks[e.j]?.lower !== 'in' && unit.toks[e.j]?.text !== '(')) continue;
    }
    // "the exercise between the X (XX) and the Y (YY) at Z": the parties may come between the event and its place.
    let end = Math.min(clauseEnd(unit.toks, e.i), e.j + (unit.toks[e.j]?.lower === 'between' ? 36 : 10));
    // "the exercise, which ended in southern Estonia": a relative clause right after the event describes it.
    // ("which was held from August 26 to September 8 in Baturaja": past the dates too.)
    if ((end === e.j || close > e.j) && unit.toks[close]?.text === ',' && unit.toks[close + 1]?.lower === 'which') end = Math.min(clauseEnd(unit.toks, close + 1), close + 15);
    // "Operation X, Canada's largest Arctic military exercise in a decade, ended at Y": past a long apposition.
    const apposed = appositionClose(unit.toks, close);
    if (apposed > 0) end = Math.max(end, Math.min(clauseEnd(unit.toks, apposed + 1), apposed + 11));
    for (let k = e.j; k < end; k++) {
      const w = unit.toks[k]!.lower;
      // ("The operation closed with Escudo Fronterizo 2042, a joint exercise at the X crossing": a place after another
      // event named on the way is that event's.)
      if (k > e.j && otherEventAt(d, ms, k, e)) break;
      // ("also watched the parade and visited the battle group in Tapa": a place after a second verb is that verb's.)
      // ("HMS Medway, which took part in the exercise's maritime phase, arrived in Bridgetown": so after a relative clause's comma.)
      if ((w === 'and' || (w === ',' && relativeSince(unit.toks, Math.max(1, e.i - 12), k))) && unit.toks[k + 1]?.kind === 'w' && !unit.toks[k + 1]!.cap && unit.toks[k + 1]!.lower.endsWith('ed')) break;
      // ('"Eunomia shows that Cyprus is not alone in the eastern Mediterranean"': a clause a verb says of the event, and
      // "Naseem Al Bahr, which means \"sea breeze\" in Arabic": what its name means, place nothing.)
      if ((w === 'that' && k > e.j && unit.toks[k - 1]!.kind === 'w' && !unit.toks[k - 1]!.cap && unit.toks[k - 1]!.lower.endsWith('s')) || NAME_MEANING.has(w)) break;
      // "at the parade for leading the defence of a base near Sake": a reason phrase's places are not the event's.
      if (w === 'for' && unit.toks[k + 1]?.kind === 'w' && unit.toks[k + 1]!.lower.endsWith('ing')) break;
      // ("followed the operation on Saturday from a forward command post in X": where it was watched from is not where it was.)
      if (w === 'from' && OBJECT_DETERMINERS.has(unit.toks[k + 1]?.lower ?? '')) break;
      // "the exercise on the islands of Naissaar and Prangli": islands named after "on".
      const islands = w === 'on' && unit.toks[k + 1]?.lower === 'the' && /^islands?$/.test(unit.toks[k + 2]?.lower ?? '') && unit.toks[k + 3]?.lower === 'of';
      // "an exercise near Marneuli": near places the event too.
      // ("drills on the Caspian Sea", "off the coast of Rio Grande do Sul": at sea too.)
      const atSea = (w === 'on' && waterAt(d, ms, unit.toks[k + 1]?.lower === 'the' ? k + 2 : k + 1)) || (w === 'off' && unit.toks[k + 1]?.lower === 'the' && COASTS.has(unit.toks[k + 2]?.lower ?? '') && unit.toks[k + 3]?.lower === 'of');
      // ("an exercise held on the Smârdan range in Galați county": a range or ground an exercise is held on.)
      const onGround = w === 'on' && groundAt(d, ms, unit, unit.toks[k + 1]?.lower === 'the' ? k + 2 : k + 1);
      if (w !== 'in' && w !== 'at' && w !== 'near' && !atSea && !islands && !onGround) continue;
      let p = islands ? k + 4 : unit.toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      // "ended in southern Estonia": a regional adjective before the place.
      // ("at the Central House of Officers": not when the adjective begins a name.)
      // ("held every year at the nearby Shoalwater Bay Training Area": or a word of nearness.)
      if ((d.lex.regional.has(unit.toks[p]?.lower ?? '') || d.lex.compass.has(unit.toks[p]?.lower ?? '') || NEARNESS.has(unit.toks[p]?.lower ?? '')) && !firstAt(ms, p)) p++;
      // ("held in the provinces of Zambales and Aurora": the places after a lower-case place noun and "of", every one.)
      // ("in the coastal city of Da Nang": past one lower-case word before a settlement noun and "of".)
      if (unit.toks[p]?.kind === 'w' && !unit.toks[p]!.cap && SETTLEMENTS.has(unit.toks[p + 1]?.lower ?? '') && unit.toks[p + 2]?.lower === 'of') p++;
      const noun = unit.toks[p]?.lower ?? '';
      const ofNoun = !islands && unit.toks[p + 1]?.lower === 'of' && !firstAt(ms, p) && (d.lex.placeLower.has(noun) || SETTLEMENTS.has(noun) || COASTS.has(noun) || (noun.endsWith('s') && d.lex.placeLower.has(noun.slice(0, -1))));
      if (ofNoun) p += 2;
      let target = firstAt(ms, p);
      // "in Azerbaijan's Nakhchivan Autonomous Republic": the possessed place.
      if (target && unit.toks[target.j]?.lower === "'s") target = firstAt(ms, target.j + 1) ?? target;
      // "in Finnish Lapland", "in the Pakistani city of Jhelum": the place a demonym qualifies, not its state.
      if (target?.demonym) target = demonymPlace(d, unit, ms, target) ?? target;
      if (target && (typeOfMention(d, target) === 'place' || typeOfMention(d, target) === 'state')) {
        pushLocated(out, unit, e, target);
        // "in Troms and in Finnish Lapland": a second place coordinated with its own preposition.
        const t2 = unit.toks;
        if (t2[target.j]?.lower === 'and' && (t2[target.j + 1]?.lower === 'in' || islands || (ofNoun && noun.endsWith('s')))) {
          const second = coordinatedPlace(d, ms, target.j);
          if (second) pushLocated(out, unit, e, second);
        } else if (t2[target.j]?.lower === 'and' && typeOfMention(d, target) === 'place') {
          // ("the African Lion exercise in Agadir and Tan-Tan": a second place right after "and", ending the phrase.)
          const second = typedAt(d, ms, target.j + 1, 'place');
          const after = t2[second?.j ?? -1];
          if (second && (!after || after.kind === 'p' || TEMPORAL_OR_PLACE_PREPS.has(after.lower))) pushLocated(out, unit, e, second);
        }
        break;
      }
    }
  }
  frontedPlaceOfEvents(d, unit, ms, out);
  // "in the region, the village of Gornal"
  for (const m of ms) {
    const t = unit.toks;
    // ("Quelimane, the capital of Zambezia": the other way round.)
    if (typeOfMention(d, m) !== 'place' || t[m.i - 1]?.lower !== 'of' || t[m.i - 3]?.lower !== 'the' || t[m.i - 4]?.text !== ',' || t[m.i - 2]?.lower === 'capital' || t[m.i - 2]?.lower === 'seat') continue;
    const host = placeEndingAt(d, ms, m.i - 4);
    if (host && (t[host.i - 1]?.lower === 'in' || t[host.i - 2]?.lower === 'in')) pushLocated(out, unit, m, host);
  }
  // "in Togo's northern Savanes region": a place after a state's possessive and a describing word lies in that state.
  for (const m of ms) {
    const t = unit.toks;
    // ("in Mozambique's troubled Cabo Delgado province": any one lower-case describing word.)
    const word = t[m.i - 1];
    if (typeOfMention(d, m) !== 'place' || !word || word.kind !== 'w' || word.cap || t[m.i - 2]?.lower !== "'s") continue;
    const state = ms.find((x) => x.j === m.i - 2 && typeOfMention(d, x) === 'state');
    if (state) pushLocated(out, unit, m, state);
  }
  // "the Ha'apai capital, Pangai": the place named after a region's capital lies in that region.
  // "Nouadhibou, Mauritania's second city", "Yongsan, central Seoul": an apposition places it.
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const t = unit.toks;
    if (typeOfMention(d, m) !== 'place') continue;
    if (t[m.j]?.lower === 'capital' && t[m.j + 1]?.text === ',' && t[m.i - 1]?.lower === 'the') {
      const city = typedAt(d, ms, m.j + 2, 'place');
      if (city) pushLocated(out, unit, city, m);
    }
    if (t[m.j]?.text !== ',') continue;
    let q = m.j + 1;
    if (SIDE_ADJECTIVES.has(t[q]?.lower ?? '')) {
      const host = typedAt(d, ms, q + 1, 'place', 'state');
      if (host) pushLocated(out, unit, m, host);
      continue;
    }
    const st = typedAt(d, ms, q, 'state');
    if (!st || t[st.j]?.lower !== "'s") continue;
    q = st.j + 1;
    while (q < st.j + 4 && t[q]?.kind === 'w' && !t[q]!.cap && !SETTLEMENTS.has(t[q]!.lower)) q++;
    if (SETTLEMENTS.has(t[q]?.lower ?? '')) pushLocated(out, unit, m, st);
  }
  // "Durres, in central Albania,", "Boa Vista, in the state of Roraima", "Wewak, on Papua New Guinea's north coast,",
  // "Ciudad Hidalgo, Chiapas, the ministry said": a place set off after a place is where it lies.
  for (const m of ms) {
    // ("arrived in Visakhapatnam on India's east coast on Friday": a country's stretch right after the place, with no comma.)
    const stretch = unit.toks[m.j]?.lower === 'on' && typeOfMention(d, m) === 'place' ? stretchOwner(d, unit, ms, m.j + 1) : undefined;
    if (stretch && stretch !== m) pushLocated(out, unit, m, stretch);
    if (typeOfMention(d, m) !== 'place' || unit.toks[m.j]?.text !== ',') continue;
    const host = appositionHost(d, unit, ms, m.j + 1);
    if (host && host !== m) pushLocated(out, unit, m, host);
  }
  // "the Aiwan-e-Sadr, the presidential palace in Islamabad": the apposition places it.
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const t = unit.toks;
    if (typeOfMention(d, m) !== 'place' || t[m.j]?.text !== ',' || !['the', 'a', 'an'].includes(t[m.j + 1]?.lower ?? '')) continue;
    let q = m.j + 2;
    // ("HMJS Cagway, the Coast Guard's base in Port Royal": past a possessor's name.)
    while (q < m.j + 6 && t[q]?.kind === 'w' && (!t[q]!.cap || t[q + 1]?.lower === "'s" || t[q + 1]?.cap) && t[q]!.lower !== 'in' && t[q]!.lower !== 'on' && t[q]!.lower !== 'of') q++;
    if (q === m.j + 2) continue;
    const noun = t[q - 1]!.lower;
    // ("Camp Blizard, the ABDF's headquarters on the Crabbs Peninsula": or on the island or peninsula it is on.)
    const on = t[q]?.lower === 'on';
    if ((t[q]?.lower === 'in' || on) && (d.lex.placeHeads.has(noun) || d.lex.placeLower.has(noun))) {
      // ("Kauda, the movement's headquarters in the Nuba Mountains": past the place's article.)
      const host = typedAt(d, ms, t[q + 1]?.lower === 'the' ? q + 2 : q + 1, 'place', on ? 'place' : 'state');
      if (host) pushLocated(out, unit, m, host);
      continue;
    }
    // ("Mamoré, the worst-hit province of Beni": an area noun and "of", past describing words; "Mamoré and Yacuma,
    // the two worst-hit provinces of Beni": in the plural, every place of the list it is set off after.)
    if (t[q]?.lower !== 'of' || q === m.j + 3) continue;
    const plural = noun.endsWith('s') && AREA_OF.has(noun.slice(0, -1));
    if (!AREA_OF.has(noun) && !plural) continue;
    const host = typedAt(d, ms, q + 1, 'place');
    if (!host) continue;
    const members = plural ? placeListEndingAt(d, ms, unit.toks, m) : [m];
    if (members.length > 1 === plural) for (const x of members) pushLocated(out, unit, x, host);
  }
  return out;
}

// (locatedIn's loops look mentions up with the plain loops below, not with arrows: an arrow reading a
// loop variable would make V8 allocate a context for it at every turn, whether or not it is made.)

/** The first mention starting at token `i`. */
function firstAt(ms: readonly Mention[], i: number): Mention | undefined {
  for (const x of ms) if (x.i === i) return x;
  return undefined;
}

/** The first mention starting at token `i` whose type is `type` (or `or`). */
function typedAt(d: DocEntities, ms: readonly Mention[], i: number, type: NodeType, or?: NodeType): Mention | undefined {
  for (const x of ms) {
    if (x.i !== i) continue;
    const t = typeOfMention(d, x);
    if (t === type || (or !== undefined && t === or)) return x;
  }
  return undefined;
}

/** The first place ending at token `j`. */
function placeEndingAt(d: DocEntities, ms: readonly Mention[], j: number): Mention | undefined {
  for (const x of ms) if (x.j === j && typeOfMention(d, x) === 'place') return x;
  return undefined;
}

/** "Mamoré and Yacuma" ending with place `m`: the places of the list, `m` last (just `m` when no list ends with it). */
function placeListEndingAt(d: DocEntities, ms: readonly Mention[], t: readonly Tok[], m: Mention): Mention[] {
  const out = [m];
  let p = m.i;
  while (t[p - 1]?.lower === 'and' || t[p - 1]?.text === ',') {
    const x = placeEndingAt(d, ms, p - 1);
    if (!x) break;
    out.unshift(x);
    p = x.i;
  }
  return out;
}

/** "in Troms and in Finnish Lapland": the first place (not nested) starting within four tokens after `j`, where "and" follows a place. */
function coordinatedPlace(d: DocEntities, ms: readonly Mention[], j: number): Mention | undefined {
  for (const m of ms) if ((m.lead ?? m.i) >= j + 1 && m.i <= j + 4 && typeOfMention(d, m) === 'place' && !m.nested) return m;
  return undefined;
}

/** The comma closing an apposition that opens with an article or a possessive at the comma `c` ("X, the largest drill in years, ended"), or -1. */
function appositionClose(toks: readonly Tok[], c: number): number {
  if (toks[c]?.text !== ',') return -1;
  const first = toks[c + 1]?.lower ?? '';
  if (first !== 'a' && first !== 'an' && first !== 'the' && toks[c + 2]?.lower !== "'s") return -1;
  for (let k = c + 2; k < toks.length && k < c + 20; k++) {
    if (toks[k]!.text === ',') return k;
    // ("Interaction-2071, an exercise of the CSTO held at the Edelweiss training ground in X.": or the sentence's end,
    // not far off.)
    if (toks[k]!.text === '.' && k === toks.length - 1) return k;
    if (k === c + 19 && toks.length - 1 <= c + 26 && toks.slice(k, -1).every((t) => t.kind !== 'p')) return toks.length - 1;
    // ("Exercise X, the annual exercise of the Regional Security System (RSS), ended in Y": past an acronym's brackets.)
    if (toks[k]!.text === '(' && toks[k + 2]?.text === ')' && toks[k + 1]?.kind === 'w') {
      k += 2;
      continue;
    }
    if (toks[k]!.kind === 'p') return -1;
  }
  return -1;
}

/** Lower-case nouns of a settlement or area a demonym may qualify before "of NAME" ("the Pakistani city of Jhelum"). */
const DEMONYM_PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'island', 'enclave', 'exclave', 'province', 'region', 'district', 'state', 'capital', 'border', 'resort', 'base']);

/** The place right after a demonym ("Finnish Lapland"), or named after its place noun ("the Pakistani city of Jhelum"). */
function demonymPlace(d: DocEntities, unit: SentenceUnit, ms: Mention[], dem: Mention): Mention | undefined {
  const t = unit.toks;
  let at = dem.j;
  if (DEMONYM_PLACE_NOUNS.has(t[at]?.lower ?? '') && t[at + 1]?.lower === 'of') at += 2;
  const m = ms.find((x) => x.i === at);
  return m && typeOfMention(d, m) === 'place' ? m : undefined;
}

/** Words after "PLACE, HOST," that show HOST was an apposition, not a list item ("Ciudad Hidalgo, Chiapas, the ministry said"). */
const BARE_HOST_NEXT = new Set(['the', 'a', 'an', 'where', 'on', 'in', 'at', 'near', 'said', 'says', 'told', 'during', 'after', 'before', 'by', 'with', 'between', 'from', 'until', 'since']);
/** Area nouns of "in the state of X", "in the province of X". */
const AREA_OF = new Set(['state', 'province', 'region', 'department', 'governorate', 'district', 'county', 'prefecture', 'oblast', 'wilaya', 'canton', 'municipality', 'parish', 'commune', 'krai', 'velayat', 'emirate']);
/** Stretches of a country named after its possessive ("on Papua New Guinea's north coast"). */
const STRETCHES = new Set(['coast', 'border', 'shore', 'tip', 'edge', 'part', 'side', 'frontier']);

/** The place or state mention starting at token `k`. */
function placeOrStateAt(d: DocEntities, ms: Mention[], k: number): Mention | undefined {
  for (const x of ms) if (x.i === k && !x.nested && (typeOfMention(d, x) === 'place' || typeOfMention(d, x) === 'state')) return x;
  return undefined;
}

/** The place or state at token `k` whose possessive names a stretch of it ("India's east coast"), if any. */
function stretchOwner(d: DocEntities, unit: SentenceUnit, ms: Mention[], k: number): Mention | undefined {
  const host = placeOrStateAt(d, ms, k);
  return host && stretchAfter(unit.toks, host) >= 0 ? host : undefined;
}

/** The stretch noun after `host`'s possessive and up to two lower-case words ("Papua New Guinea's north coast"), else -1. */
function stretchAfter(t: SentenceUnit['toks'], host: Mention): number {
  if (t[host.j]?.lower !== "'s") return -1;
  let e = host.j + 1;
  while (e < host.j + 4 && t[e]?.kind === 'w' && !t[e]!.cap && !STRETCHES.has(t[e]!.lower)) e++;
  return STRETCHES.has(t[e]?.lower ?? '') ? e : -1;
}

/** Token `k` ends an apposition: the sentence's end, or a comma not opening another list item. */
function closesApposition(t: SentenceUnit['toks'], k: number): boolean {
  return !t[k] || t[k]!.text === '.' || (t[k]!.text === ',' && t[k + 1]?.lower !== 'and' && t[k + 1]?.lower !== 'or' && !t[k + 1]?.cap);
}

/** The place or state that an apposition opening at token `q` names as the host ("in central Albania,", "Chiapas,"). */
function appositionHost(d: DocEntities, unit: SentenceUnit, ms: Mention[], q: number): Mention | undefined {
  const t = unit.toks;
  let w = t[q]?.lower;
  // "Bahía Negra, a river town in the department of Alto Paraguay,": past a settlement noun and its describing words.
  if (w === 'a' || w === 'an') {
    let k = q + 1;
    while (k < q + 3 && t[k]?.kind === 'w' && !t[k]!.cap && !SETTLEMENTS.has(t[k]!.lower)) k++;
    if (!SETTLEMENTS.has(t[k]?.lower ?? '') || t[k + 1]?.lower !== 'in') return undefined;
    q = k + 1;
    w = 'in';
  }
  if (w === 'in' || w === 'on') {
    let k = q + 1;
    if (t[k]?.lower === 'the' && AREA_OF.has(t[k + 1]?.lower ?? '') && t[k + 2]?.lower === 'of') k += 3;
    // ("Kindu, in the Congolese province of Maniema,": past the state's demonym too.)
    else if (t[k]?.lower === 'the' && t[k + 1]?.cap && AREA_OF.has(t[k + 2]?.lower ?? '') && t[k + 3]?.lower === 'of') k += 4;
    else if (t[k]?.lower === 'the') k++;
    if (SIDE_ADJECTIVES.has(t[k]?.lower ?? '')) k++;
    const host = placeOrStateAt(d, ms, k);
    if (!host) return undefined;
    // "on Papua New Guinea's north coast": the country whose stretch it is.
    if (t[host.j]?.lower === "'s") {
      const e = stretchAfter(t, host);
      return e >= 0 && closesApposition(t, e + 1) ? host : undefined;
    }
    return w === 'in' && closesApposition(t, host.j) ? host : undefined;
  }
  // "Ciudad Hidalgo, Chiapas, the Secretariat said": a bare place between commas.
  const host = placeOrStateAt(d, ms, q);
  if (!host || typeOfMention(d, host) !== 'place') return undefined;
  // (Not a list of places: "Goma, Bukavu, which ...", "Goma, Bukavu and Uvira".)
  const end = t[host.j];
  return !end || end.text === '.' || (end.text === ',' && BARE_HOST_NEXT.has(t[host.j + 1]?.lower ?? '')) ? host : undefined;
}

/** Nouns of settlements in "X, Mauritania's second city". */
/** A place named as a water body starts at token `i` ("the Caspian Sea", "the Gulf of Guinea"). */
function waterAt(d: DocEntities, ms: readonly Mention[], i: number): boolean {
  const m = firstAt(ms, i);
  return !!m && typeOfMention(d, m) === 'place' && m.surface.toLowerCase().split(/\s+/).some((w) => WATER_HEADS.has(w));
}

/** Nouns of a shore or sea named by the place after "of" ("off the coast of Rio Grande do Sul", "in the waters of Laamu Atoll"). */
const COASTS = new Set(['coast', 'coasts', 'shore', 'shores', 'waters']);
export const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'port', 'capital', 'village', 'region', 'province', 'district', 'island', 'settlement', 'hamlet', 'suburb', 'municipality', 'county', 'commune']);

/** Lower-case words for a company or group, between its state's demonym and its name ("the French group Safran"). */
/** Lower-case words for a group that may come before its name ("the terrorist group al-Shabaab"). */
const ARMED_GROUP_WORDS = new Set(['group', 'movement', 'organisation', 'organization', 'militia', 'network', 'gang']);
const GROUP_WORDS = new Set(['group', 'company', 'firm', 'conglomerate', 'manufacturer', 'holding', 'corporation']);

/** Nouns of an apposition that make its head a part of the body after "of" / "under": "X, a subsidiary of Y". */
const PART_NOUNS = new Set(['subsidiary', 'laboratory', 'ship', 'vessel', 'unit', 'subunit', 'branch', 'division', 'arm', 'affiliate', 'department', 'agency', 'body', 'wing', 'component', 'subdivision', 'directorate', 'service', 'formation', 'detachment', 'institution', 'organ', 'element', 'cell', 'faction',
  'regiment', 'brigade', 'battalion', 'squadron', 'flotilla', 'battery', 'contingent', 'company']);

/** Order words before a body's name and a formation noun in an apposition ("the latest RFMF contingent"). */
const ROTATION_ORDER = new Set(['latest', 'newest', 'new', 'next', 'current', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'previous']);

/** Part nouns that name a formation ("the German Army brigade"), for a unit's apposition after "the". */
const UNIT_PART_NOUNS = new Set(['unit', 'regiment', 'brigade', 'battalion', 'squadron', 'flotilla', 'battery', 'contingent', 'detachment', 'formation', 'division', 'wing']);

/** Where the part noun stands after a body's name, past up to two lower-case modifiers ("a British Army infantry regiment"); -1 if none. */
function partNounAfter(toks: SentenceUnit['toks'], j: number, shipNouns?: ReadonlySet<string>): number {
  // ("the Botswana Defence Force (BDF) contingent": past the body's acronym.)
  const from = pastBracket(toks, j);
  for (let k = from; k < from + 3; k++) {
    const t = toks[k];
    if (!t || t.kind !== 'w' || t.cap) return -1;
    if (PART_NOUNS.has(t.lower) || shipNouns?.has(t.lower)) return k;
  }
  return -1;
}
const PART_PREPS = new Set(['of', 'under', 'within']);

const FORMED_PARTICIPLES = new Set(['established', 'created', 'founded', 'formed', 'set']);

/** Verbs that take a ship or unit into a service ("commissioned X into the Ghana Navy"). */
const INTO_VERBS = new Set(['commissioned', 'commissions', 'commission', 'inducted', 'inducts', 'integrated', 'incorporated', 'accepted']);

/** The service unit `a` is "commissioned ... into", with the verb at most eight words before it. */
function commissionedInto(d: DocEntities, unit: SentenceUnit, ms: Mention[], a: Mention): Mention | undefined {
  const toks = unit.toks;
  let q = pastBracket(toks, a.j);
  if (toks[q]?.text === ',') q++;
  if (toks[q]?.lower !== 'into') return undefined;
  if (!toks.slice(Math.max(0, a.i - 8), a.i).some((t) => INTO_VERBS.has(t.lower))) return undefined;
  const at = toks[q + 1]?.lower === 'the' ? q + 2 : q + 1;
  return ms.find((m) => (m.lead ?? m.i) === at && m.entity !== a.entity && toks[m.j]?.lower !== "'s" && ['organization', 'unit'].includes(typeOfMention(d, m)));
}

/**
 * Unit `a` set off after "its (lower-case words) <ship or unit noun>," ("commissioned on Wednesday its fifth offshore
 * patrol vessel, ARA X"): the organization or unit that opens the clause of "its", which owns the unit; after
 * "X's (words) <noun>,", X.
 */
/** Words making a possessed ship a sibling of the possessor, not its part ("its sister ship"). */
const SIBLINGS = new Set(['sister', 'twin']);

function itsApposedOwner(d: DocEntities, unit: SentenceUnit, ms: Mention[], a: Mention): Mention | undefined {
  const toks = unit.toks;
  let lead = a.lead ?? a.i;
  // ("the RBNF's flagship, the frigate RBNS Sabha": past the ship's own noun, after its article, in the apposition.)
  if (toks[lead - 1]?.kind === 'w' && d.lex.shipNouns.has(toks[lead - 1]!.lower)) {
    let q = lead - 2;
    while (q > lead - 4 && toks[q]?.kind === 'w' && !toks[q]!.cap && toks[q]!.lower !== 'the' && toks[q]!.lower !== 'a') q--;
    if ((toks[q]?.lower === 'the' || toks[q]?.lower === 'a') && toks[q - 1]?.text === ',') lead = q;
  }
  const noun = toks[lead - 2]?.lower ?? '';
  if (toks[lead - 1]?.text !== ',' || !(d.lex.shipNouns.has(noun) || UNIT_PART_NOUNS.has(noun))) return undefined;
  let k = lead - 3;
  while (k > lead - 8 && k > 0 && toks[k]!.kind !== 'p' && (!toks[k]!.cap || toks[k]!.upper) && toks[k]!.lower !== 'its' && !possessiveEnd(toks[k]!.lower)) k--;
  // ("the Austrian Armed Forces' new UNDOF contingent, AUTCON 1/UNDOF,": the possessor owns it.)
  // ("the Ngahau Koula's sister ship, VOEA Ngahau Siliva", "its sister ship, RNOV Al Shamikh": a ship's sister is no part of it.)
  for (let q = k + 1; q < lead - 1; q++) if (SIBLINGS.has(toks[q]!.lower)) return undefined;
  if (possessiveEnd(toks[k]?.lower ?? '')) {
    const owner = ms.find((m) => m.j === k && m.entity !== a.entity && !m.demonym);
    return owner && ['organization', 'unit'].includes(typeOfMention(d, owner)) ? owner : undefined;
  }
  if (toks[k]?.lower !== 'its') return undefined;
  const from = clauseStart(toks, k);
  const first = ms.find((m) => (m.lead ?? m.i) >= from && m.j <= k);
  return first && !first.demonym && toks[first.j]?.lower !== "'s" && first.entity !== a.entity && ['organization', 'unit'].includes(typeOfMention(d, first)) ? first : undefined;
}

/** A relative clause opens (", which", ", who") in tokens [from, to). */
function relativeSince(toks: SentenceUnit['toks'], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if ((toks[q]!.lower === 'which' || toks[q]!.lower === 'who') && toks[q - 1]?.text === ',') return true;
  return false;
}

/** A mention of an event other than `e`'s starts at token `k`. */
function otherEventAt(d: DocEntities, ms: Mention[], k: number, e: Mention): boolean {
  for (const m of ms) if (m.i === k && m.entity !== e.entity && typeOfMention(d, m) === 'event') return true;
  return false;
}

/** Lower-case words from `k` ending in a part noun that closes the phrase ("law enforcement agency,"). */
function possessedPart(toks: SentenceUnit['toks'], k: number, shipNouns?: ReadonlySet<string>): boolean {
  for (let q = k; q < k + 4; q++) {
    const t = toks[q];
    // ("PNS Ghazanfar, the Pakistan Navy's fourth Babur-class corvette": a ship's class may stand before its noun.)
    if (!t || t.kind !== 'w' || (t.cap && !(shipNouns && /-class$/.test(t.lower)))) return false;
    // ("the German Army's first combat brigade to be stationed abroad": or a clause describing it follows.)
    // ("FOMAC, the bloc's standby force,": a force a body possesses is its part too.)
    if (PART_NOUNS.has(t.lower) || t.lower === 'force' || shipNouns?.has(t.lower)) return !toks[q + 1] || toks[q + 1]!.kind === 'p' || PART_CLOSERS.has(toks[q + 1]!.lower);
  }
  return false;
}

/** Words that may follow a part noun closing an apposition ("the army's first brigade to be stationed abroad", "that ...", "the NCG's fourth patrol vessel built in India"). */
const PART_CLOSERS = new Set(['to', 'that', 'which', 'stationed', 'based', 'deployed', 'built', 'acquired', 'commissioned', 'delivered']);

/** After "X, a|an|the" at `q`: lower-case words, a participle of founding ("set up") and "by Y (and Z)": Y and Z. */
function formedByApposition(d: DocEntities, unit: SentenceUnit, a: Mention, q: number): Mention[] {
  const toks = unit.toks;
  let k = q;
  // ("a Barbados-based defence and security alliance formed in 1982 by": past where it is based and a few more words.)
  while (k < q + 6 && toks[k]?.kind === 'w' && (!toks[k]!.cap || (k === q && toks[k]!.lower.endsWith('-based'))) && !FORMED_PARTICIPLES.has(toks[k]!.lower)) k++;
  if (k === q || !FORMED_PARTICIPLES.has(toks[k]?.lower ?? '')) return [];
  if (toks[k]!.lower === 'set') k++;
  let by = k + 1;
  // "set up in 2023 by Y": a date may come first.
  for (let n = 0; n < 4 && toks[by] && toks[by]!.lower !== 'by' && toks[by]!.kind !== 'p'; n++) by++;
  if (toks[by]?.lower !== 'by') return [];
  // "set up by the two governments": a group names each founder.
  const ms = argMentions(unit);
  let first = ms.findIndex((m) => (m.lead ?? m.i) >= by + 1 && (m.lead ?? m.i) <= by + 2);
  if (first < 0) return [];
  // "by Greece's Independent Power Transmission Operator": the possessed body.
  if (toks[ms[first]!.j]?.lower === "'s" && ms[first + 1]?.i === ms[first]!.j + 1) first++;
  const ta = typeOfMention(d, a) as NodeType;
  const accept = unnamed((t: NodeType) => allowsEdge('FORMED_BY', ta, t));
  const typeOf = unnamed((m: Mention): NodeType => d.typeOfMention(m) ?? 'event');
  const items = [ms[first]!, ...coordinatedAfter(unit, ms, first, accept, typeOf)];
  return items.filter((m) => m.entity !== a.entity && accept(typeOf(m)) && toks[m.j]?.lower !== "'s");
}

/** "commander of the Libyan Army's 444th Brigade": a unit possessed by a body inside a title's complement is part of it too. */
function nestedPossessedUnits(d: DocEntities, unit: SentenceUnit, out: Candidate[]): void {
  const toks = unit.toks;
  for (const a of unit.mentions) if (a.nested && a.entity !== undefined && d.list[a.entity]!.type === 'unit' && toks[a.i - 1]?.lower === "'s") nestedPossessedUnit(d, unit, a, out);
}

// (Loops over a sentence's mentions test the cheap conditions and leave the work at a candidate to a
// function of its own: arrows reading the loop variable would make V8 allocate a context for it at
// every mention.)

/** nestedPossessedUnits at nested unit `a`, after a possessive. */
function nestedPossessedUnit(d: DocEntities, unit: SentenceUnit, a: Mention, out: Candidate[]): void {
  const owner = unit.mentions.find((m) => m.j === a.i - 1 && m.entity !== undefined && m.entity !== a.entity && ['organization', 'unit'].includes(d.list[m.entity]!.type));
  if (owner) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, a.i, false));
}

/** Index of the "'s" before lower-case words ending in a ship noun right before `i` ("Navy's inspection ship X"), else -1. */
function shipNounPossessive(d: DocEntities, toks: SentenceUnit['toks'], i: number): number {
  if (!d.lex.shipNouns.has(toks[i - 1]?.lower ?? '')) return -1;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (toks[k]!.lower === "'s") return k;
    if (SIBLINGS.has(toks[k]!.lower)) return -1;
    if (toks[k]!.kind !== 'w' || toks[k]!.cap) return -1;
  }
  return -1;
}

/** Verbs of belonging after "to which X" ("Escort Flotilla 4, to which the Takanami belongs"). */
const BELONGS = new Set(['belongs', 'belong', 'belonged']);

/** "Escort Flotilla 4, to which the destroyer Takanami belongs": the unit or body in the relative clause is part of the antecedent. */
function belongsToWhich(d: DocEntities, unit: SentenceUnit, ms: Mention[], out: Candidate[]): void {
  const toks = unit.toks;
  for (let k = 1; k + 3 < toks.length; k++) {
    if (toks[k]!.lower !== 'to' || toks[k + 1]!.lower !== 'which' || toks[k - 1]!.text !== ',') continue;
    // (The antecedent may close a post: "commander of the MSDF's Escort Flotilla 4, to which ...".)
    // ("the 8th Singapore Armoured Brigade (8 SAB), to which ...": past its short name of a few tokens.)
    const whole = unit.mentions.find((m) => m.entity !== undefined && pastShortBracket(toks, m.j) === k - 1 && ['organization', 'unit'].includes(typeOfMention(d, m)));
    const part = ms.find((m) => m.i > k + 1 && m.i <= k + 5 && ['organization', 'unit'].includes(typeOfMention(d, m)));
    if (!whole || !part || part.entity === whole.entity || !BELONGS.has(toks[part.j]?.lower ?? '')) continue;
    if (allowsEdge('PART_OF', typeOfMention(d, part) as NodeType, typeOfMention(d, whole) as NodeType)) out.push(newCandidate('PART_OF', part.entity!, whole.entity!, unit.index, part.j, false));
  }
}

/** "X, a subsidiary of Y", "X, a unit under the Y", "X, part of Y", "X, under the Y,": X PART_OF Y. */
export function partOfAppositions(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const ms = resolvedArgMentions(unit);
  const out: Candidate[] = [];
  nestedPossessedUnits(d, unit, out);
  // ("a meeting of the Tunisian-Libyan Joint Security Committee, a body set up by the two countries in 2012": a body
  // closing a gathering's phrase is what an apposition after the phrase describes.)
  const closing = unit.mentions.filter((x) => x.nested && x.via === 'name' && x.entity !== undefined && ms.some((e) => e.j === x.j && e.type === 'event' && e.via === 'phrase'));
  for (const a of closing.length ? [...ms, ...closing] : ms) {
    const ta = typeOfMention(d, a) as NodeType;
    if (ta === 'organization' || ta === 'unit') {
      partOfApposition(d, unit, ms, a, ta, out);
      if (a.via === 'name') describedBeforeName(d, unit, ms, a, ta, out);
    }
  }
  belongsToWhich(d, unit, ms, out);
  return out;
}

/** Nouns of what a body runs, in a description set off before its name ("the UN mission in the Central African Republic, MINUSCA"). */
const RUN_BY_BODY = new Set(['mission', 'operation', 'force', 'agency', 'arm', 'branch', 'wing', 'body']);

/**
 * "the UN mission in the Central African Republic, MINUSCA", "the European Union's peacekeeping mission, EUFOR Althea":
 * a name set off after a description of a body's mission is part of the body. `a` is the name, of type `ta`.
 */
function describedBeforeName(d: DocEntities, unit: SentenceUnit, ms: Mention[], a: Mention, ta: NodeType, out: Candidate[]): void {
  const toks = unit.toks;
  const lead = a.lead ?? a.i;
  if (toks[lead - 1]?.text !== ',') return;
  let noun = -1;
  let q = lead - 2;
  // (Past where the mission serves: "in the Central African Republic".)
  const where = ms.find((m) => m.j === q + 1 && (typeOfMention(d, m) === 'place' || typeOfMention(d, m) === 'state'));
  if (where) {
    q = (where.lead ?? where.i) - 1;
    if (toks[q]?.lower === 'the') q--;
    if (toks[q]?.lower !== 'in') return;
    q--;
  }
  if (!RUN_BY_BODY.has(toks[q]?.lower ?? '')) return;
  noun = q;
  q--;
  while (q > noun - 3 && toks[q]?.kind === 'w' && !toks[q]!.cap && toks[q]!.lower !== 'the' && toks[q]!.lower !== "'s") q--;
  const owner = ms.find((m) => m.j === (toks[q]?.lower === "'s" ? q : q + 1) && m.entity !== a.entity && !m.demonym && typeOfMention(d, m) === 'organization');
  if (!owner || toks[(owner.lead ?? owner.i) - 1]?.lower !== 'the' || !allowsEdge('PART_OF', ta, 'organization')) return;
  out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, noun, false));
}

/** partOfAppositions at body or unit `a` (of type `ta`). */
function partOfApposition(d: DocEntities, unit: SentenceUnit, ms: Mention[], a: Mention, ta: NodeType, out: Candidate[]): void {
  const toks = unit.toks;
  // "The Defense Force said its 22nd Division repelled the attack": the unit is the first body's.
  // "its Teknaf-based 2nd Battalion", "its newly formed 5th Battalion": describing words may come between.
  // ("Armenia ... refused to take part, its Defense Ministry said": a body after "its" too.)
  const modStart = ta === 'unit' ? beforeUnitModifiers(toks, a.i) : (a.lead ?? a.i) - 1;
  const itsAt = tokAt(toks, modStart)?.lower === 'its' ? modStart : -1;
  if (itsAt >= 0) {
    // ("Sudan's army said its 5th Division": the body before its state.)
    const before = unnamed((m: Mention, types: string[]): boolean => m.j < a.i && m.entity !== a.entity && types.includes(typeOfMention(d, m)));
    // (A body's "its": only the state or body opening the sentence, never one named in a clause between.)
    // ("South Africa is represented by X, while Malawi has sent a company of its 2nd Malawi Rifles": a unit's "its" after
    // ", while" is the body or state opening that clause.)
    const from = ta === 'unit' && toks[clauseStart(toks, itsAt) - 1]?.lower === 'while' ? clauseStart(toks, itsAt) : 0;
    const inClause = unnamed((m: Mention, types: string[]): boolean => m.i >= from && before(m, types));
    const owner = ta === 'unit' ? ms.find((m) => inClause(m, ['organization', 'unit'])) ?? ms.find((m) => inClause(m, ['state'])) : ms.find((m) => m.i <= 1 && before(m, ['state', 'organization']));
    if (owner && allowsEdge('PART_OF', ta, typeOfMention(d, owner) as NodeType)) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, a.i, false));
    return;
  }
  // "the Indian Army's 3rd Battalion", "the JCG's 11th Regional Headquarters": a unit or body possessed by a body is part of it.
  // "the Ethiopian National Defense Force (ENDF)'s 44th Battalion": its acronym may come between.
  // "the French Navy's patrol vessel Champlain": past the ship noun.
  let possAt = tokAt(toks, a.i - 1)?.lower === "'s" ? a.i - 1 : ta === 'unit' ? shipNounPossessive(d, toks, a.i) : -1;
  // ("the Serbian Army's 1st Army Brigade and River Flotilla": a unit coordinated with a possessed one shares its possessor.)
  if (possAt < 0 && ta === 'unit' && tokAt(toks, a.i - 1)?.lower === 'and') {
    const first = ms.find((m) => m.j === a.i - 1 && typeOfMention(d, m) === 'unit');
    if (first && tokAt(toks, first.i - 1)?.lower === "'s") possAt = first.i - 1;
  }
  if ((ta === 'unit' || ta === 'organization') && possAt >= 0) {
    const end = toks[possAt - 1]?.text === ')' && toks[possAt - 3]?.text === '(' ? possAt - 3 : possAt;
    const owner = ms.find((m) => m.j === end && m.entity !== a.entity && ['organization', 'unit'].includes(typeOfMention(d, m)));
    if (owner) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, a.i, false));
  }
  // "the Guyana Defence Force (GDF), whose 2nd Infantry Battalion was deployed": the body just named owns the unit.
  if (ta === 'unit' && toks[a.i - 1]?.lower === 'whose' && toks[a.i - 2]?.text === ',') {
    const close = toks[a.i - 3]?.text === ')' && toks[a.i - 5]?.text === '(' ? a.i - 5 : a.i - 2;
    const owner = ms.find((m) => m.j === close && m.entity !== a.entity && ['organization', 'unit'].includes(typeOfMention(d, m)));
    if (owner) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, a.i, false));
  }
  // "commissioned a new offshore patrol vessel, GNS Ankobra, into the Ghana Navy": a ship taken into a service is part of it.
  if (ta === 'unit') {
    const into = commissionedInto(d, unit, ms, a);
    if (into) out.push(newCandidate('PART_OF', a.entity!, into.entity!, unit.index, a.j, false));
  }
  // "The Argentine Navy commissioned on Wednesday its fifth offshore patrol vessel, ARA X": the clause's subject owns it.
  if (ta === 'unit') {
    const owner = itsApposedOwner(d, unit, ms, a);
    if (owner) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, a.i, false));
  }
  // "Brigade 70 of the RCAF": a unit of a named body or larger unit is part of it.
  // ("the Western Naval Command (WNC) of the Nigerian Navy", "the Norrbotten Regiment (I 19) of the Swedish Army": past the unit's short name.)
  const ofAt = ta === 'unit' ? pastShortBracket(toks, a.j) : -1;
  if (ofAt >= 0 && toks[ofAt]?.lower === 'of') {
    const at = toks[ofAt + 1]?.lower === 'the' ? ofAt + 2 : ofAt + 1;
    // ("the patrol vessel X of the Guardia Civil's Maritime Service": the possessed body, not the possessor.)
    const possessor = ms.find((m) => m.i === at && !m.demonym && toks[m.j]?.lower === "'s");
    const from = possessor ? possessor.j + 1 : at;
    const owner = ms.find((m) => m.i === from && m.entity !== a.entity && !m.demonym && toks[m.j]?.lower !== "'s" && ['organization', 'unit'].includes(typeOfMention(d, m)));
    if (owner) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, ofAt, false));
  }
  // ("to set up a Cyber Command within the Kenya Defence Forces": a body or unit within another is part of it.)
  if ((ta === 'unit' || ta === 'organization') && toks[a.j]?.lower === 'within') {
    const at = toks[a.j + 1]?.lower === 'the' ? a.j + 2 : a.j + 1;
    const whole = ms.find((m) => (m.lead ?? m.i) === at && m.entity !== a.entity && !m.demonym && toks[m.j]?.lower !== "'s" && ['organization', 'unit'].includes(typeOfMention(d, m)));
    if (whole && allowsEdge('PART_OF', ta, typeOfMention(d, whole) as NodeType)) out.push(newCandidate('PART_OF', a.entity!, whole.entity!, unit.index, a.j, false));
  }
  // "A Nepal Army unit, the Shree Gorakh Bahadur Battalion": the body named in the description before.
  const lead = a.lead ?? a.i;
  const art = tokAt(toks, lead - 1)?.lower === 'the' ? lead - 1 : lead;
  if (tokAt(toks, art - 1)?.text === ',' && PART_NOUNS.has(tokAt(toks, art - 2)?.lower ?? '')) {
    // ("has created a new Kenya Navy unit, the Offshore Protection Squadron": "new" may come between.)
    const articled = (m: Mention): boolean => { const q = (m.lead ?? m.i) - (toks[(m.lead ?? m.i) - 1]?.lower === 'new' ? 2 : 1); return toks[q]?.lower === 'a' || toks[q]?.lower === 'an'; };
    const whole = ms.find((m) => m.j === art - 2 && m.entity !== a.entity && ['organization', 'unit'].includes(typeOfMention(d, m)) && articled(m));
    if (whole && allowsEdge('PART_OF', ta, typeOfMention(d, whole) as NodeType)) out.push(newCandidate('PART_OF', a.entity!, whole.entity!, unit.index, a.i, false));
  }
  // "the Korea International Cooperation Agency (KOICA), the development arm of ...": past the acronym.
  let aj = pastShortBracket(toks, a.j);
  // ("Jägerbataillon 17 in Straß, a battalion of the 7th Jäger Brigade": past where the unit is.)
  if (ta === 'unit' && toks[aj]?.lower === 'in') {
    const where = ms.find((m) => m.i === aj + 1 && typeOfMention(d, m) === 'place');
    if (where) aj = where.j;
  }
  if (toks[aj]?.text !== ',') return;
  let p = aj + 1;
  // ("the Tongan Navy, which is the maritime wing of HMAF": a relative clause saying what the body is.)
  if (toks[p]?.lower === 'which' && (toks[p + 1]?.lower === 'is' || toks[p + 1]?.lower === 'are') && ['a', 'an', 'the'].includes(toks[p + 2]?.lower ?? '')) p += 2;
  const w = toks[p]?.lower;
  // "Armoured Infantry Battalion 122, one of the brigade's combat battalions,": one of a possessor's formations.
  if (w === 'one' && toks[p + 1]?.lower === 'of') {
    const q = toks[p + 2]?.lower === 'the' ? p + 3 : p + 2;
    // ("one of the Turkish Naval Forces' four Ada-class corvettes": a plural's possessive too.)
    const owner = ms.find((m) => (m.lead ?? m.i) === q && possessiveEnd(toks[m.j]?.lower ?? '') && m.entity !== a.entity && ['organization', 'unit'].includes(typeOfMention(d, m)));
    if (owner && pluralFormationAt(toks, owner.j + 1) >= 0 && allowsEdge('PART_OF', ta, typeOfMention(d, owner) as NodeType)) out.push(newCandidate('PART_OF', a.entity!, owner.entity!, unit.index, a.j, false));
    // ("CTF 150, one of the five task forces of the Combined Maritime Forces (CMF)": the body after "of".)
    const plural = owner ? -1 : pluralFormationAt(toks, q, 4);
    if (plural >= 0 && toks[plural + 1]?.lower === 'of') {
      const at = toks[plural + 2]?.lower === 'the' ? plural + 3 : plural + 2;
      // ("the Bahrain-based Combined Maritime Forces": past a place-based compound.)
      const whole = ms.find((m) => ((m.lead ?? m.i) === at || (m.i === at + 1 && toks[at]!.lower.endsWith('-based'))) && m.entity !== a.entity && !m.demonym && ['organization', 'unit'].includes(typeOfMention(d, m)));
      if (whole && allowsEdge('PART_OF', ta, typeOfMention(d, whole) as NodeType)) out.push(newCandidate('PART_OF', a.entity!, whole.entity!, unit.index, a.j, false));
    }
    return;
  }
  // "X, a UN agency": the body named before the part noun.
  // "Europol, the European Union's law enforcement agency": the possessing body.
  // ("the BRP Cabra, a Philippine Coast Guard (PCG) patrol boat": a ship's kind is a part noun of a ship.)
  const named = (w === 'a' || w === 'an') ? ms.find((m) => { const k = m.i === p + 1 ? partNounAfter(toks, m.j, ta === 'unit' ? d.lex.shipNouns : undefined) : -1; return k >= 0 && !PART_PREPS.has(toks[k + 1]?.lower ?? ''); })
    // ("Jaysh al-Usra, al-Shabaab's armed wing,": a possessor's name may open it too.)
    : toks[p]?.cap && toks[p]!.kind === 'w' ? ms.find((m) => m.i === p && !m.demonym && toks[m.j]?.lower === "'s" && typeOfMention(d, m) !== 'state' && possessedPart(toks, m.j + 1))
    : w === 'the' ? ms.find((m) => (m.lead ?? m.i) === p + 1 && toks[m.j]?.lower === "'s" && possessedPart(toks, m.j + 1, ta === 'unit' ? d.lex.shipNouns : undefined))
      // ("Panzerbrigade 45, the German Army brigade stationed in Lithuania": a body's name before the part noun, as after "a".)
      // ("Fiji Battalion 39, the latest RFMF contingent to serve with UNDOF": past an order word.)
      ?? ms.find((m) => (m.lead ?? m.i) === (ROTATION_ORDER.has(toks[p + 1]?.lower ?? '') ? p + 2 : p + 1) && !m.demonym && ta === 'unit' && typeOfMention(d, m) === 'organization' && UNIT_PART_NOUNS.has(toks[partNounAfter(toks, m.j)]?.lower ?? '') && !PART_PREPS.has(toks[partNounAfter(toks, m.j) + 1]?.lower ?? ''))
    : undefined;
  if (named) {
    if (named.entity !== a.entity && typeOfMention(d, named) !== 'state' && allowsEdge('PART_OF', ta, typeOfMention(d, named) as NodeType)) out.push(newCandidate('PART_OF', a.entity!, named.entity!, unit.index, a.j, false));
    return;
  }
  if (w === 'a' || w === 'an' || w === 'the') {
    // "X, a body established by Egypt and Sudan in 1960": formed by each of them.
    const by = formedByApposition(d, unit, a, p + 1);
    if (by.length) {
      for (const m of by) for (const f of argsOf(m, d.typeOfEntity)) if (f.entity !== a.entity) out.push(newCandidate('FORMED_BY', a.entity!, f.entity, unit.index, a.j, true));
      return;
    }
    let q = p + 1;
    // ("a Bengaluru-based laboratory of the DRDO": a place-based compound is one more describing word.)
    // ("RNOV Al Rasikh, a corvette of the Royal Navy of Oman": a ship's kind is a part noun of a ship.)
    const part = (w: string): boolean => PART_NOUNS.has(w) || (ta === 'unit' && d.lex.shipNouns.has(w));
    // ("a 156-member contingent of the Sri Lanka Army": so is a counted compound.)
    while (q < p + 5 && (toks[q]?.kind === 'w' || (toks[q]?.kind === 'n' && /^\d[\d,]*-\p{L}+$/u.test(toks[q]!.text))) && (!toks[q]!.cap || toks[q]!.lower.endsWith('-based')) && !part(toks[q]!.lower)) q++;
    if (!part(toks[q]?.lower ?? '') || !PART_PREPS.has(toks[q + 1]?.lower ?? '')) return;
    p = q + 2;
  } else if (w === 'part' && toks[p + 1]?.lower === 'of') p += 2;
  else if (w === 'under' && toks[p + 1]?.lower === 'the') p += 1;
  else return;
  if (toks[p]?.lower === 'the') p++;
  // ("the armed wing of the terrorist group al-Shabaab": past the lower-case words for what kind of group it is.)
  if (!ms.some((m) => (m.lead ?? m.i) === p)) {
    let q = p;
    while (q < p + 2 && toks[q]?.kind === 'w' && !toks[q]!.cap) q++;
    if (q > p && ARMED_GROUP_WORDS.has(toks[q - 1]!.lower)) p = q;
  }
  let b = ms.find((m) => (m.lead ?? m.i) === p);
  // "a subsidiary of Morocco's National Ports Agency": the possessed body, not the possessor.
  if (b && toks[b.j]?.lower === "'s") b = ms.find((m) => m.i === b!.j + 1);
  // ("the engine-making arm of the French group Safran": past a demonym and a lower-case word for the body.)
  if (b?.demonym && toks[b.j]?.kind === 'w' && !toks[b.j]!.cap && GROUP_WORDS.has(toks[b.j]!.lower)) b = ms.find((m) => (m.lead ?? m.i) === b!.j + 1) ?? b;
  // "the media wing of the Pakistani armed forces": a demonym modifies the body, it is not the body.
  if (!b || b.entity === a.entity || b.demonym) return;
  // ("the JAF's 71st Battalion, a company of the Egyptian Army's Unit 777 and a detachment of ...": an item of a list, no apposition.)
  if (toks[pastBracket(toks, b.j)]?.lower === 'and' && (toks[pastBracket(toks, b.j) + 1]?.lower === 'a' || toks[pastBracket(toks, b.j) + 1]?.lower === 'an')) return;
  if (!allowsEdge('PART_OF', ta, typeOfMention(d, b) as NodeType)) return;
  out.push(newCandidate('PART_OF', a.entity!, b.entity!, unit.index, a.j, false));
}

/** Up to two lower-case words from `k`, then a plural formation noun ("combat battalions", "squadrons"). */
function pluralFormationAt(toks: SentenceUnit['toks'], k: number, reach = 3): number {
  // ("one of the brigade's two armoured infantry battalions": past a count.)
  if (toks[k]?.kind === 'n' || COUNT_WORDS.has(toks[k]?.lower ?? '')) k++;
  for (let q = k; q < k + reach; q++) {
    const t = toks[q];
    // ("four Ada-class corvettes": a capitalised class of ship is a describing word too.)
    if (!t || (t.kind !== 'w' && t.kind !== 'n') || (t.cap && !t.lower.endsWith('-class'))) return -1;
    if (PLURAL_FORMATIONS.has(t.lower) || (t.lower === 'forces' && toks[q - 1]?.lower === 'task')) return q;
  }
  return -1;
}
/** Small counts written out ("the brigade's two battalions"). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many']);
const PLURAL_FORMATIONS = new Set(['battalions', 'brigades', 'regiments', 'squadrons', 'companies', 'divisions', 'units', 'flotillas', 'ships', 'vessels', 'boats', 'craft', 'cutters', 'frigates', 'corvettes', 'destroyers', 'submarines', 'wings', 'batteries', 'detachments', 'groups', 'commands']);

/** Words that may follow a place list closing an event's place ("in Agadir and Tan-Tan on Monday"). */
const TEMPORAL_OR_PLACE_PREPS = new Set(['on', 'in', 'last', 'this', 'from', 'until', 'during', 'since', 'earlier', 'later']);

const TEMPORAL_PREPS = new Set(['after', 'before', 'following', 'since', 'until', 'during']);
const EVENT_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'its', 'their']);

/** The preposition governing an event mention ("after the parade" → "after"), skipping determiners and modifiers. */
function eventPrep(unit: SentenceUnit, e: Mention): string {
  let p = (e.lead ?? e.i) - 1;
  while (p >= 0 && p > e.i - 4 && (EVENT_DETERMINERS.has(unit.toks[p]!.lower) || (unit.toks[p]!.kind === 'w' && !unit.toks[p]!.cap && /-/.test(unit.toks[p]!.lower)))) p--;
  return tokAt(unit.toks, p)?.lower ?? '';
}

/** "met in X ... for a summit": the place after "in" / "at" earlier in the same clause. */
function placeBefore(d: DocEntities, unit: SentenceUnit, ms: Mention[], e: Mention): Mention | undefined {
  const from = clauseStart(unit.toks, e.i);
  let found: Mention | undefined;
  for (const m of ms) {
    if (m.j > e.i || m.i < from) continue;
    const t = typeOfMention(d, m);
    if (t !== 'place') continue;
    const w = unit.toks[m.i - 1]?.lower === 'the' ? unit.toks[m.i - 2]?.lower : unit.toks[m.i - 1]?.lower;
    const ofPlace = w === 'of' && ['city', 'town', 'capital', 'port', 'resort'].includes(unit.toks[m.i - 2]?.lower ?? '');
    if (w === 'in' || w === 'at' || ofPlace) found = m;
  }
  return found;
}

/** "X said that servicemen of Y had shown heroism": X PRAISED Y. */
export function praiseBySpeaker(d: DocEntities, unit: SentenceUnit, speaker: number | undefined): Candidate[] {
  if (speaker === undefined || (unit.classes & SPEECH_VERB) === 0) return [];
  const toks = unit.toks;
  let speech = -1;
  for (let k = 0; k < toks.length; k++) if ((toks[k]!.classes & SPEECH_VERB) !== 0) { speech = k; break; }
  if (speech < 0) return [];
  // (k is the function's, not the loop's: the arrows below read it, and a loop-scoped k would make V8
  // allocate a context for it at every token.)
  let k = speech + 1;
  for (; k < toks.length; k++) {
    if (!PRAISE_NOUNS.has(toks[k]!.lower)) continue;
    // (Made at the first praise noun only, the one the loop returns at.)
    const ms = resolvedArgMentions(unit);
    const own = new Set<number>([speaker, ...d.list[speaker]!.leads, ...d.list[speaker]!.serves]);
    const ofTarget = toks[k + 1]?.lower === 'of' ? ms.find((m) => m.i === k + 2 || m.i === k + 3) : undefined;
    const first = ms.find((m) => m.i > speech && m.i < k);
    const target = ofTarget ?? first;
    if (!target || own.has(target.entity!)) return [];
    const ty = d.list[target.entity!]!.type;
    if (ty !== 'state' && ty !== 'unit' && ty !== 'organization' && ty !== 'person') return [];
    return [newCandidate('PRAISED', speaker, target.entity!, unit.index, k, true)];
  }
  return [];
}

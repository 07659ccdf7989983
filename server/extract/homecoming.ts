// Relation stage, homecomings: "X returned home" names no place, but home is the state X serves
// (a person's post, a unit's or body's owner state), so X returned to that state.
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import type { NodeType } from '../ontology.js';
import { argMentions, argsOf, leftArgs } from './args.js';
import { clauseEnd, clauseStart, COPULAS } from './clauses.js';
import { negatedBetween } from './cues.js';
import { planned } from './relations.js';
import { nameCarriesState, personState } from './anaphora.js';
import { madeSovereignState, type DocEntities } from './resolve.js';
import { TRAIN_HOME_OR_GIFT } from './training.js';

const WELCOMED = new Set(['welcomed', 'welcome', 'welcomes', 'welcoming']);
/** Forms of "be" before a passive ("were welcomed home"). */
const PASSIVE_BE = new Set([...COPULAS, 'been', 'be']);
const RETURN_VERBS = new Set(['returned', 'return', 'returns', 'returning', 'flew', 'went', 'came', 'headed', 'sailed']);
/** returnedHome starts from "home" (most sentences have none): a bit shared with the training and gift words, which are rare too. */
const HOME = TRAIN_HOME_OR_GIFT;

function mover(t: NodeType): boolean {
  return t === 'person' || t === 'unit';
}

/** "The 200 Salvadoran soldiers of the X Contingent": the state of a demonym before the people noun "of" unit mention `m`. */
function troopsDemonym(d: DocEntities, unit: SentenceUnit, m: Mention): number | undefined {
  const toks = unit.toks;
  let k = m.i - 1;
  if (toks[k]?.lower === 'the') k--;
  if (toks[k]?.lower !== 'of' || !d.lex.peopleNouns.has(toks[k - 1]?.lower ?? '')) return undefined;
  const dem = unit.mentions.find((x) => x.j === k - 1 && x.demonym && x.entity !== undefined);
  return dem?.entity;
}

/** The state an entity calls home: a person's by post, a unit's or body's by its owner (`said`: a state the sentence gives its troops). */
function homeState(d: DocEntities, entity: number, said?: number): number | undefined {
  const e = d.list[entity]!;
  const code = e.type === 'person' ? personState(d, e) : e.ownerState;
  if (code) return d.find('state:', code)?.index;
  // "the 5th Infantry Battalion of the Senegalese Army": the one state the unit's name carries.
  if (e.type !== 'unit') return undefined;
  const named = d.list.filter((s) => s.type === 'state' && nameCarriesState(e, s));
  if (named.length) return named.length === 1 ? named[0]!.index : undefined;
  if (said !== undefined) return said;
  // ("paratroopers of 1 Parachute Battalion, who returned home" in South African copy: a unit of no state named is the home state's.)
  const own = d.unitStates.get(entity) ?? d.homeState;
  return own === undefined ? undefined : (d.find('state:', own) ?? madeSovereignState(d, own, e.last))?.index;
}

/** "The delegation returned home on March 9", "the battalion flew home": RETURNED_TO the subject's state (not "will fly home", a plan). */
export function returnedHome(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if ((unit.classes & HOME) === 0) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  // (c is the function's, not the loop's: an arrow below reads it, and a loop-scoped c would make V8
  // allocate a context for it at every token.)
  let c = 1;
  for (; c + 1 < toks.length; c++) {
    if (toks[c + 1]!.lower !== 'home') continue;
    // ("Fiji Battalion 46, whose soldiers were welcomed home at Nadi on Saturday": the ones welcomed home are back, at the
    // place named after "at" or "in", else in their state; read like a return below.)
    const welcomedBack = WELCOMED.has(toks[c]!.lower) && PASSIVE_BE.has(toks[c - 1]!.lower);
    // "has welcomed home 800 soldiers of 6 South African Infantry Battalion": the unit welcomed is back in its state.
    if (WELCOMED.has(toks[c]!.lower) && !welcomedBack) {
      const m = unit.mentions.find((x) => x.i > c + 1 && x.i <= c + 8 && x.entity !== undefined && !x.nested && d.typeOfMention(x) === 'unit');
      const home = m && homeState(d, m.entity!);
      if (m && home !== undefined && !unit.toks.slice(c + 2, m.i).some((t) => t.kind === 'p')) (out ??= []).push(newCandidate('RETURNED_TO', m.entity!, home, unit.index, c, true));
      continue;
    }
    if (!RETURN_VERBS.has(toks[c]!.lower) && !welcomedBack) continue;
    const from = clauseStart(toks, c);
    // ("BANENGR-13 is expected to return home by the middle of February", "will visit Geoje on Friday before returning
    // home": a plan, no return yet.)
    if (negatedBetween(toks, from, c) || planned(toks, c)) continue;
    // (The subject before the verb, or before "were" of the passive.)
    const left = leftArgs(unit, argMentions(unit), welcomedBack ? c - 1 : c, { accept: mover, typeOf: d.typeOfMention });
    // ("flew home to France", "were welcomed home at Nadi": the home named.)
    const prep = toks[c + 2]?.lower ?? '';
    const at = (welcomedBack ? prep === 'at' || prep === 'in' : prep === 'to') ? (toks[c + 3]?.lower === 'the' ? c + 4 : c + 3) : -1;
    const named = at < 0 ? undefined : unit.mentions.find((x) => x.i === at && x.entity !== undefined && (d.typeOfMention(x) === 'state' || d.typeOfMention(x) === 'place'));
    for (const m of left.mentions) {
      for (const a of argsOf(m, d.typeOfEntity)) {
        const home = named ? named.entity : a.type === 'person' || a.type === 'unit' ? homeState(d, a.entity, a.type === 'unit' && !welcomedBack ? troopsDemonym(d, unit, m) : undefined) : undefined;
        if (home !== undefined) (out ??= []).push(newCandidate('RETURNED_TO', a.entity, home, unit.index, c, true));
      }
    }
  }
  return out ?? [];
}

const TOURS = new Set(['deployment', 'rotation', 'tour', 'mission']);
const TOUR_PREPS = new Set(['to', 'in', 'at']);

/** Lengths of a tour ("four months with X"). */
const TOUR_LENGTHS = new Set(['months', 'weeks', 'days', 'years']);

/** Token `t` names a tour: a tour word, or a length followed by "with" or "in" ("four months with the EU's operation"). */
function tourWord(toks: SentenceUnit['toks'], t: number): boolean {
  const w = toks[t]?.lower ?? '';
  return TOURS.has(w) || (TOUR_LENGTHS.has(w) && (toks[t + 1]?.lower === 'with' || toks[t + 1]?.lower === 'in'));
}

/**
 * "the 1st Battalion, which returned last week from a six-month mission with EUFOR in Bosnia": a unit back from a tour,
 * with no place named as home, is back in its state (the dateline's, when the unit's own is unknown), and was deployed
 * where the tour was (undated: the return's date is not the deployment's).
 */
export function returnedFromTour(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let c = 1; c + 3 < toks.length; c++) {
    if (toks[c]!.lower !== 'returned') continue;
    // (Past when it was, "last week", "on Monday", to "from"; not "returned to X" nor "returned home".)
    let k = c + 1;
    while (k < c + 5 && toks[k] && toks[k]!.kind !== 'p' && toks[k]!.lower !== 'from' && toks[k]!.lower !== 'to' && toks[k]!.lower !== 'home') k++;
    if (toks[k]?.lower !== 'from') continue;
    // ("from a six-month mission", "from four months with the EU's naval operation").
    let t = k + 1;
    while (t < k + 5 && toks[t] && !tourWord(toks, t) && (toks[t]!.kind !== 'p' || toks[t]!.text === '-')) t++;
    if (!tourWord(toks, t)) continue;
    if (negatedBetween(toks, clauseStart(toks, c), c)) continue;
    const left = leftArgs(unit, argMentions(unit), c, { accept: (ty) => ty === 'unit', typeOf: d.typeOfMention });
    // ("with the European Union's force in Bosnia and Herzegovina": where the tour was, before the clause ends.)
    let place: number | undefined;
    for (let q = t + 1; q < Math.min(toks.length, t + 14) && (toks[q]!.kind !== 'p' || toks[q]!.text === "'s" || toks[q]!.text === '-'); q++) {
      if (!TOUR_PREPS.has(toks[q]!.lower)) continue;
      const at = toks[q + 1]?.lower === 'the' ? q + 2 : q + 1;
      const m = unit.mentions.find((x) => x.i === at && x.entity !== undefined && !x.nested && (d.typeOfMention(x) === 'place' || d.typeOfMention(x) === 'state'));
      if (m) place = m.entity;
      break;
    }
    // ("with the European Union's naval operation in the Red Sea, EUNAVFOR Aspides": the operation served in.)
    const end = clauseEnd(toks, t);
    const operation = unit.mentions.find((x) => x.i > t && x.i < end && x.entity !== undefined && d.typeOfMention(x) === 'event');
    for (const m of left.mentions) {
      for (const a of argsOf(m, d.typeOfEntity)) {
        if (a.type !== 'unit') continue;
        const home = homeState(d, a.entity) ?? (d.homeState ? d.find('state:', d.homeState)?.index : undefined);
        if (home !== undefined && home !== place) (out ??= []).push(newCandidate('RETURNED_TO', a.entity, home, unit.index, c, true));
        if (place !== undefined) (out ??= []).push(newCandidate('DEPLOYED_TO', a.entity, place, unit.index, c, false));
        if (operation) (out ??= []).push(newCandidate('ATTENDED', a.entity, operation.entity!, unit.index, c, false));
      }
    }
  }
  return out ?? [];
}

/**
 * "returned to Denmark after a six-month deployment to Iraq", "returned to Latvia on Monday from Lebanon, where they
 * had served": a unit back from a deployment was deployed there (undated: the return's date is not the deployment's).
 * ("returned to Bavaria in March from the NATO exercise X", "returned to Lima from the summit": a unit or a person back
 * from an event took part in it, undated too.)
 */
export function deployedBeforeReturn(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.type === 'RETURNED_TO')) return cands;
  let extra: Candidate[] | undefined;
  const toks = unit.toks;
  for (const c of cands) {
    if (c.type !== 'RETURNED_TO' || c.negated || c.sent !== unit.index) continue;
    const mover = d.list[c.source]!.type;
    if (mover !== 'unit' && mover !== 'person') continue;
    for (let k = c.cue + 1; k + 1 < toks.length && toks[k]!.text !== ';' && toks[k]!.text !== '.'; k++) {
      const w = toks[k]!.lower;
      // ("returned to Bavaria in March from the Norwegian-led NATO exercise Cold Response 2044": it took part in it.)
      const event = w === 'from' ? eventAfterFrom(d, unit, k) : undefined;
      if (event !== undefined) {
        if (!cands.some((x) => x.type === 'ATTENDED' && x.source === c.source && x.target === event)) (extra ??= []).push(newCandidate('ATTENDED', c.source, event, c.sent, c.cue, false));
        break;
      }
      if (mover !== 'unit') continue;
      let at = -1;
      // ("after a six-month rotation with KFOR at Camp Film City": the place may follow the mission's name.)
      if (TOURS.has(w)) {
        for (let q = k + 1; q < Math.min(toks.length - 1, k + 8) && toks[q]!.kind !== 'p'; q++) {
          if (TOUR_PREPS.has(toks[q]!.lower)) { at = q + 1; break; }
        }
      } else if (w === 'from' && !TOURS.has(toks[k + 1]?.lower ?? '')) at = k + 1;
      if (at < 0) continue;
      if (toks[at]?.lower === 'the') at++;
      const place = unit.mentions.find((m) => m.i === at && m.entity !== undefined && !m.nested && (d.typeOfMention(m) === 'place' || d.typeOfMention(m) === 'state'));
      if (!place || place.entity === c.target) continue;
      if (cands.some((x) => x.type === 'DEPLOYED_TO' && x.source === c.source && x.target === place.entity)) break;
      (extra ??= []).push(newCandidate('DEPLOYED_TO', c.source, place.entity!, c.sent, c.cue, false));
      break;
    }
  }
  return extra ? cands.concat(extra) : cands;
}

/** The event named after "from" at `k`, past its article and modifiers, before any punctuation ("from the NATO exercise X"). */
function eventAfterFrom(d: DocEntities, unit: SentenceUnit, k: number): number | undefined {
  const toks = unit.toks;
  for (const m of unit.mentions) {
    if (m.i <= k || m.i > k + 6 || m.entity === undefined || m.nested || d.typeOfMention(m) !== 'event') continue;
    if (toks.slice(k + 1, m.i).some((t) => t.kind === 'p' && t.text !== '-')) return undefined;
    return m.entity;
  }
  return undefined;
}

// Relation stage, garrisons named in a relative clause: "the UK Naval Support Facility in Mina Salman, where the
// Royal Navy's 9th Mine Countermeasures Squadron is based", "Bashiqa, north of Mosul, where Turkish troops have been
// stationed since 2015": what is stationed there is deployed to the place the clause hangs on.
import { OPENER } from './clauses.js';
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';

/** Participles of being stationed somewhere ("where Nepali troops have served since 1978" too). */
const STATIONED = new Set(['stationed', 'based', 'deployed', 'garrisoned', 'serving', 'served']);
/** Words that may come between the subject and the participle ("have been", "remain", "permanently"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'remain', 'remains', 'still', 'now', 'currently', 'permanently']);
/** Nouns of troops a demonym may qualify ("Turkish troops"). */
const TROOP_NOUNS = new Set(['troops', 'soldiers', 'forces', 'personnel', 'servicemen', 'marines', 'sailors', 'peacekeepers', 'airmen', 'paratroopers']);
/** Compass words of a bearing set off after a place ("Bashiqa, north of Mosul, where"). */
const BEARINGS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** The event a clause from token `from` on takes part in ("are taking part in X", "participated in X"), if any. */
function eventTakenPartIn(d: DocEntities, unit: SentenceUnit, from: number): number | undefined {
  const toks = unit.toks;
  for (let q = from; q < Math.min(toks.length - 1, from + 16); q++) {
    const t = toks[q]!;
    if (t.kind === 'p' && t.text !== "'" && t.text !== '’') return undefined;
    const partIn = (t.lower === 'part' && toks[q + 1]!.lower === 'in') || ((t.lower === 'participating' || t.lower === 'participate' || t.lower === 'participated') && toks[q + 1]!.lower === 'in');
    if (!partIn) continue;
    const at = toks[q + 2]?.lower === 'the' ? q + 3 : q + 2;
    const ev = unit.mentions.find((m) => (m.lead ?? m.i) === at && m.entity !== undefined && d.typeOfMention(m) === 'event');
    return ev?.entity;
  }
  return undefined;
}

/** The resolved, not nested mention of a place (or a state: "in Djibouti") ending at token `j` (exclusive), if any. */
function placeEndingAt(d: DocEntities, unit: SentenceUnit, j: number): Mention | undefined {
  for (const m of unit.mentions) if (m.j === j && !m.nested && m.entity !== undefined && (d.typeOfMention(m) === 'place' || d.typeOfMention(m) === 'state')) return m;
  return undefined;
}

/** The place the ", where" with its comma at token `comma` hangs on: the place before it, or before a bearing set off by commas. */
function antecedentPlace(d: DocEntities, unit: SentenceUnit, comma: number): Mention | undefined {
  const toks = unit.toks;
  const last = placeEndingAt(d, unit, comma);
  if (!last) return undefined;
  // ("Bashiqa, north of Mosul, where": the bearing's reference point is not where the troops are.)
  if (toks[last.i - 1]?.lower === 'of' && BEARINGS.has(toks[last.i - 2]?.lower ?? '') && toks[last.i - 3]?.text === ',') return placeEndingAt(d, unit, last.i - 3) ?? last;
  // ("the Tariq bin Ziyad military base in Doha, where": the clause is about the base the phrase names, not its city.)
  if (toks[last.i - 1]?.lower === 'in') return placeEndingAt(d, unit, last.i - 1) ?? last;
  // ("Fuerte Olimpo, the capital of the department of Alto Paraguay, where": the place the apposition describes.)
  for (let q = last.i - 1; q > 0 && q >= last.i - 10; q--) {
    if (toks[q]!.text !== ',') continue;
    const words = toks.slice(q + 2, last.i);
    if (toks[q + 1]?.lower === 'the' && words.some((t) => t.lower === 'of') && words.every((t) => t.kind === 'w' && !t.cap)) return placeEndingAt(d, unit, q) ?? last;
    break;
  }
  return last;
}

/** What the clause says is stationed: a unit, or a state through its troops ("Turkish troops", "Russia's troops"). */
function stationedSubject(d: DocEntities, unit: SentenceUnit, from: number, to: number): number | undefined {
  const toks = unit.toks;
  for (const m of unit.mentions) {
    if (m.i < from || m.j > to || m.entity === undefined) continue;
    const type = d.typeOfMention(m);
    if (type === 'unit' && !m.nested) return m.entity;
    if (type === 'state') {
      const next = toks[m.j]?.lower === "'s" ? toks[m.j + 1]?.lower : toks[m.j]?.lower;
      if (TROOP_NOUNS.has(next ?? '')) return m.entity;
    }
  }
  return undefined;
}

/** DEPLOYED_TO candidates from "PLACE, where X is stationed / based / deployed", added to `cands`. */
export function stationedWhere(d: DocEntities, unit: SentenceUnit, cands: Candidate[]): Candidate[] {
  // (Without a token "where", an OPENER word, the loop below finds nothing: a bit test spares most sentences the
  // substring search, which stops at every comma.)
  if ((unit.classes & OPENER) === 0 || !unit.text.includes(', where ')) return cands;
  const toks = unit.toks;
  let extra: Candidate[] | undefined;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.lower !== 'where' || toks[k - 1]!.text !== ',') continue;
    const place = antecedentPlace(d, unit, k - 1);
    if (!place) continue;
    // ("the Pabradė training area, where some 250 soldiers ... are taking part in the Iron Wolf exercise": the event
    // taken part in there takes place there.)
    const held = eventTakenPartIn(d, unit, k + 1);
    if (held !== undefined && d.typeOfMention(place) === 'place') (extra ??= []).push(newCandidate('LOCATED_IN', held, place.entity!, unit.index, k, false));
    let v = -1;
    for (let q = k + 2; q < Math.min(toks.length, k + 16); q++) {
      const t = toks[q]!;
      if (t.kind === 'p' && t.text !== "'" && t.text !== '’') break;
      if (STATIONED.has(t.lower) && AUXILIARIES.has(toks[q - 1]!.lower)) { v = q; break; }
    }
    // ("where Russia's 7th Military Base is stationed in Gudauta": a place of its own after the verb is the cue's to read.)
    if (v < 0 || toks[v + 1]?.lower === 'in' || toks[v + 1]?.lower === 'at') continue;
    const subject = stationedSubject(d, unit, k + 1, v);
    if (subject === undefined || subject === place.entity) continue;
    // ("where 90 soldiers ... are serving": a present state of things takes no date of the sentence's.)
    const present = toks[v]!.lower.endsWith('ing') && (toks[v - 1]!.lower === 'are' || toks[v - 1]!.lower === 'is');
    (extra ??= []).push(newCandidate('DEPLOYED_TO', subject, place.entity!, unit.index, v, !present));
  }
  if (!extra) return cands;
  // (The verb's other reading, "stationed since 2015 despite Iraqi demands", names no second place of the clause's subject.)
  const kept = cands.filter((c) => !(c.type === 'DEPLOYED_TO' && extra!.some((x) => x.cue === c.cue && x.source === c.source)));
  return kept.concat(extra);
}

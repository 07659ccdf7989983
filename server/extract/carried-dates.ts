// Dates a relation takes from elsewhere in the document when its own sentence dates nothing:
// "During the meeting, the two ministers signed X" (the meeting's date) and "Guyana and Brazil on
// Monday signed an agreement. The documents were signed by A and B." (the earlier signing's date).
import type { DateInterval } from '../ontology.js';
import type { Placed } from './assemble.js';
import type { SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import type { DateSpan } from './dating.js';

/** "During the meeting, ...": the date of the event named right after a sentence-opening "During (the)", if it has one. */
export function duringEventDate(d: DocEntities, unit: SentenceUnit): DateInterval | undefined {
  // ("At the meeting, CMAC and TMAC signed a memorandum": so does a fronted "At the" gathering.)
  const first = unit.toks[0]?.lower;
  if (first !== 'during' && !(first === 'at' && unit.toks[1]?.lower === 'the')) return withinEventDate(d, unit);
  const at = unit.toks[1]?.lower === 'the' ? 2 : 1;
  for (const m of unit.mentions) {
    if ((m.lead ?? m.i) !== at || m.entity === undefined) continue;
    const e = d.list[m.entity]!;
    return e.type === 'event' ? e.date : undefined;
  }
  return undefined;
}

/** Parts of a gathering after "at the" ("at the end of the talks", "at the close of the summit"). */
const GATHERING_PARTS = new Set(['end', 'close', 'conclusion', 'sidelines']);

/**
 * "Chou and Villacrusis signed a memorandum ... at the end of the talks": inside the sentence, a gathering whose
 * end, close or sidelines (or "during" which) the clause happened in dates it.
 */
function withinEventDate(d: DocEntities, unit: SentenceUnit): DateInterval | undefined {
  const toks = unit.toks;
  for (let k = 1; k + 3 < toks.length; k++) {
    const w = toks[k]!.lower;
    let at = -1;
    if (w === 'during') at = k + 1;
    else if ((w === 'at' || w === 'on') && toks[k + 1]!.lower === 'the' && GATHERING_PARTS.has(toks[k + 2]!.lower) && toks[k + 3]!.lower === 'of') at = k + 4;
    if (at < 0) continue;
    if (toks[at]?.lower === 'the') at++;
    for (const m of unit.mentions) {
      if ((m.lead ?? m.i) !== at || m.entity === undefined) continue;
      const e = d.list[m.entity]!;
      if (e.type === 'event' && e.date) return e.date;
    }
  }
  return undefined;
}

/** An undated signing of an agreement whose signing an earlier sentence dated takes that date ("The documents were signed by A and B"). */
export function carrySigningDates(placed: Placed[]): void {
  let dated: Map<number, { sent: number; date: DateInterval }> | undefined;
  for (const p of placed) {
    if (p.cand.type !== 'SIGNED' || p.cand.negated) continue;
    if (p.date) {
      dated ??= new Map();
      if (!dated.has(p.cand.target)) dated.set(p.cand.target, { sent: p.cand.sent, date: p.date });
      continue;
    }
    const earlier = p.cand.dated ? dated?.get(p.cand.target) : undefined;
    if (earlier && earlier.sent < p.cand.sent) p.date = earlier.date;
  }
}

/**
 * "under a protocol signed in Tunis on Wednesday ... The protocol, which the two defence ministers, A and B, signed at the
 * ministry, ...": the date a participle "signed" after an earlier mention of the agreement gives its signing, if any.
 */
export function participleSigningDate(units: readonly SentenceUnit[], dates: readonly DateSpan[][], agreement: number, before: number): DateInterval | undefined {
  for (let u = 0; u < before && u < units.length; u++) {
    const unit = units[u]!;
    for (const m of unit.mentions) {
      if (m.entity !== agreement || unit.toks[m.j]?.lower !== 'signed') continue;
      for (const x of dates[u]!) {
        if (x.i <= m.j || x.i > m.j + 8 || x.vague || x.ofThing) continue;
        let plain = true;
        for (let k = m.j + 1; k < x.i; k++) if (unit.toks[k]!.kind === 'p') plain = false;
        if (plain) return { start: x.start, end: x.end, text: x.text };
      }
    }
  }
  return undefined;
}

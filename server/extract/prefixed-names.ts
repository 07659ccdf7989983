// Mention stage, names typed by their first word rather than a head noun: a place word ("Lake
// Titicaca", "Isla del Sol", "Mount Kenya"), an event word ("Operation Nakamal", "Exercise Southern
// Star") or an agreement head with a designator ("Annex B", "Protocol II").
import type { Mention } from './model.js';
import { addMention, normAlias, wordsText, type Builder } from './mention-kit.js';
import type { Seg } from './runs.js';

/** A Roman numeral, a number or a single capital letter naming one of a series ("Annex B", "Protocol II"). */
const DESIGNATOR = /^(?:\p{Lu}|[IVX]+|\d+)$/u;

/** "Exercise Southern Star": an event prefix names the event, whatever head ends the run. */
export function eventPrefixedRun(b: Builder, segs: Seg[]): Mention | undefined {
  const i = segs[0]!.i;
  const j = segs[segs.length - 1]!.j;
  if (segs[0]!.kind !== 'word' || !b.lex.eventPrefix.has(b.lowers[i]!) || j - i < 2) return undefined;
  for (const s of segs) if (s.kind !== 'word' && s.kind !== 'gaz') return undefined;
  // ("Exercise Trident ... this year's Trident": the name without its event word names it too.)
  const bare = j - i === 2 && !/\d/.test(b.toks[i + 1]!.text) ? [wordsText(b, i, j), wordsText(b, i + 1, j)] : undefined;
  // ("the Theatre Commander of Operation Hadin Kai ... Operation Hadin Kai was established": a name known as a body's stays one.)
  const core = normAlias(wordsText(b, i, j));
  if (b.known.aliasType(core) === 'organization') return addMention(b, i, j, 'organization', 'name', { core });
  return addMention(b, i, j, 'event', 'name', { head: b.lowers[i]!, core: normAlias(wordsText(b, i, j)), aliases: bare });
}

/** Words of a service that open a base's name before "Base" ("Naval Base Kitsap", "Joint Base Lewis-McChord"). */
const BASE_OWNERS = new Set(['naval', 'air', 'joint', 'army', 'marine', 'navy', 'military']);

/** "Lake Titicaca", "Lake Chad", "Isla del Sol", "Mount Kenya": a place word opening a headless run makes it a place. */
export function placePrefixedRun(b: Builder, segs: Seg[]): Mention | undefined {
  const i = segs[0]!.i;
  const j = segs[segs.length - 1]!.j;
  // ("RAAF Base Tindal", "Naval Base Kitsap": a service's acronym or word, then "Base" and its name; "Tindal" names it too.)
  if (j - i >= 3 && j - i <= 5 && b.lowers[i + 1] === 'base' && (b.toks[i]!.upper || BASE_OWNERS.has(b.lowers[i]!)) && segs.every((s) => s.kind === 'word') && !/\d/.test(b.toks[i + 2]!.text)) {
    return addMention(b, i, j, 'place', 'name', { core: normAlias(wordsText(b, i, j)), aliases: [wordsText(b, i, j), wordsText(b, i + 2, j)] });
  }
  if (segs[0]!.kind !== 'word' || j - i < 2 || j - i > 4 || !b.lex.placePrefix.has(b.lowers[i]!)) return undefined;
  for (const s of segs) {
    if (s.kind === 'word' || s.kind === 'gaz' || (s.kind === 'conn' && b.lex.particles.has(b.lowers[s.i]!))) continue;
    return undefined;
  }
  for (let k = i + 1; k < j; k++) if (b.known.personToken(b.lowers[k]!) || /\d/.test(b.toks[k]!.text)) return undefined;
  return addMention(b, i, j, 'place', 'name', { core: normAlias(wordsText(b, i, j)), aliases: campAliases(b, i, j) });
}

/** "Camp Villaggio Italia ... the ceremony at Villaggio Italia": a camp is named without the word too. */
function campAliases(b: Builder, i: number, j: number): string[] | undefined {
  return b.lowers[i] === 'camp' && j - i >= 2 ? [wordsText(b, i, j), wordsText(b, i + 1, j)] : undefined;
}

/** A chunk of name words [i, j) opened by an agreement head and a designator, or by an event word. */
export function designatedAgreementOrEvent(b: Builder, i: number, j: number, norm: string): Mention | undefined {
  const first = b.lowers[i]!;
  // "Annex B", "Protocol II": a part of a treaty.
  if (b.lex.agreementHeads.has(first) && j - i === 2 && DESIGNATOR.test(b.toks[i + 1]!.text)) return addMention(b, i, j, 'agreement', 'name', { head: first, core: norm });
  // "Operation Nakamal", "Exercise Cope Thunder": a named operation or exercise.
  if (b.lex.eventPrefix.has(first)) return addMention(b, i, j, 'event', 'name', { head: first, core: norm });
  return undefined;
}

/** "Bolivia's Isla del Sol", "Lake Titicaca": a place word opening a chunk of name words that holds no known given name. */
export function placePrefixedChunk(b: Builder, chunk: Seg[], norm: string): Mention | undefined {
  const i = chunk[0]!.i;
  if (!b.lex.placePrefix.has(b.lowers[i]!) || chunk.some((s) => b.known.personToken(b.lowers[s.i]!))) return undefined;
  const j = chunk[chunk.length - 1]!.j;
  return addMention(b, i, j, 'place', 'name', { core: norm, aliases: campAliases(b, i, j) });
}

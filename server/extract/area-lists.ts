/**
 * "the Dhemaji and Lakhimpur districts of Assam", "the Kurram, Orakzai and Khyber districts": names coordinated
 * before a plural area noun are places, each also named with the noun ("Dhemaji district"), and lie in what the
 * "of" after the noun names.
 */
import type { Builder } from './mention-kit.js';
import type { Mention } from './model.js';
import { wordAt } from './tokens.js';
import { wordClass } from './word-classes.js';

/** Plural area nouns and their singular. */
const AREA_PLURALS = new Map([
  ['districts', 'district'], ['provinces', 'province'], ['regions', 'region'], ['counties', 'county'], ['governorates', 'governorate'],
  ['oblasts', 'oblast'], ['municipalities', 'municipality'], ['islands', 'island'], ['villages', 'village'], ['towns', 'town'],
  ['prefectures', 'prefecture'], ['departments', 'department'], ['cantons', 'canton'],
]);
/**
 * Tok.classes bit of the plural area nouns: a sentence without one (Builder.classes) has no area list,
 * so areaListEnd and areaListOwners find nothing there.
 */
export const AREA_PLURAL = wordClass(AREA_PLURALS.keys());
/** Tokens scanned after a name for the area noun closing its list. */
const LIST_REACH = 14;

/**
 * The index of the plural area noun closing a coordinated list of capitalised names that goes on at `from`
 * (right after one of its names), or -1. The list needs a coordinator: one between names, or one right before
 * the name at `nameAt`.
 */
export function areaListEnd(b: Builder, nameAt: number, from: number): number {
  let coordinated = wordAt(b.lowers, nameAt - 1) === 'and' || wordAt(b.lowers, nameAt - 1) === ',';
  for (let p = from; p < b.toks.length && p < from + LIST_REACH; p++) {
    const t = b.toks[p]!;
    if (t.kind === 'w' && !t.cap) {
      if (AREA_PLURALS.has(t.lower)) return coordinated && b.toks[p - 1]!.cap ? p : -1;
      if (t.lower !== 'and') return -1;
      coordinated = true;
    } else if (t.text === ',') {
      if (!b.toks[p + 1]?.cap && b.lowers[p + 1] !== 'and') return -1;
    } else if (!(t.kind === 'w' && t.cap)) return -1;
  }
  return -1;
}

/** A plural area noun ("districts"). */
export function isAreaPlural(lower: string): boolean {
  return AREA_PLURALS.has(lower);
}

/** The singular of the plural area noun at `p` ("district" for "districts"). */
export function areaSingular(b: Builder, p: number): string {
  return AREA_PLURALS.get(b.lowers[p]!) ?? b.lowers[p]!;
}

/**
 * The first place or state mention (not nested) starting at token `i`: what the "of" after an area
 * noun names. (A plain loop, not mentions.find with an arrow: an arrow reading the scan's loop
 * variable would make V8 allocate a context for that variable at every token scanned.)
 */
function listOwner(b: Builder, i: number): Mention | undefined {
  for (const x of b.mentions) if (x.i === i && !x.nested && (x.type === 'place' || x.type === 'state')) return x;
  return undefined;
}

/** "... districts of Assam": each listed place lies in the place or state named after "of". */
export function areaListOwners(b: Builder): void {
  if ((b.classes & AREA_PLURAL) === 0) return;
  for (let p = 1; p < b.toks.length - 2; p++) {
    if (!AREA_PLURALS.has(b.lowers[p]!) || b.lowers[p + 1] !== 'of' || !b.toks[p - 1]!.cap) continue;
    const owner = listOwner(b, p + 2);
    if (!owner) continue;
    for (const m of b.mentions) {
      if (m.type !== 'place' || m.j > p || m.j < p - LIST_REACH || areaListEnd(b, m.i, m.j) !== p) continue;
      b.facts.push({ type: 'LOCATED_IN', source: m.id, target: owner.id });
    }
  }
}

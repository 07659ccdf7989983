// Words that may stand between an owner ("the Army's", "its") and the unit it owns: "the Army's elite 4 Corps",
// "its newly formed 5th Border Security Battalion", "its Teknaf-based 2nd Battalion".
import type { Tok } from './tokens.js';

/** Describing words between a possessive and the unit it owns. */
const OWNED_UNIT_MODIFIERS = new Set(['elite', 'newly', 'new', 'newest', 'own', 'famed', 'storied', 'renowned', 'vaunted', 'formed', 'raised', 'reconstituted', 'created', 'established', 'activated']);
/** "Tezpur-based", "Kathmandu-headquartered": a place-led compound adjective. */
const BASED_ADJECTIVE = /^\S+-(?:based|headquartered|stationed|garrisoned)$/;

/** The index of the token before the (at most two) describing words that end right before token `i`. */
export function beforeUnitModifiers(toks: readonly Pick<Tok, 'kind' | 'lower'>[], i: number): number {
  let k = i - 1;
  while (k >= i - 2 && k >= 0 && toks[k]!.kind === 'w' && (OWNED_UNIT_MODIFIERS.has(toks[k]!.lower) || BASED_ADJECTIVE.test(toks[k]!.lower))) k--;
  return k;
}

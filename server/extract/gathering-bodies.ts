// Mention stage, the body a named gathering is of: "the 49th Ordinary Meeting of the Committee of Chiefs
// of Defence Staff, CCDS" names a meeting and the committee that met; the committee is a body of its own
// (nested in the event's name), and an acronym after the name that spells the body's words is the body's.
import type { Mention } from './model.js';
import { addMention, normAlias, wordsText, type Builder } from './mention-kit.js';

/** Heads of a gathering a body holds ("Meeting of the X", "Session of the X"). */
const SITTINGS = new Set(['meeting', 'session', 'assembly', 'plenum', 'congress', 'conference', 'summit']);

/** The initials of the capitalised words of tokens [i, j) ("Committee of Chiefs of Defence Staff" → "CCDS"). */
function initials(b: Builder, i: number, j: number): string {
  let out = '';
  for (let k = i; k < j; k++) if (b.toks[k]!.cap) out += b.toks[k]!.text[0]!.toUpperCase();
  return out;
}

/** bodiesOfGatherings at one named event `m`. */
function bodyOf(b: Builder, m: Mention): void {
  for (let k = m.i + 1; k + 2 < m.j; k++) {
    if (!SITTINGS.has(b.lowers[k]!) || !b.toks[k]!.cap || b.lowers[k + 1] !== 'of') continue;
    const from = b.lowers[k + 2] === 'the' ? k + 3 : k + 2;
    if (from >= m.j || !b.toks[from]!.cap) return;
    // (The body's name ends the event's, with a body's head among its last words: "Committee of Chiefs of Defence Staff".)
    let headAt = -1;
    for (let q = from; q < m.j; q++) if (b.toks[q]!.cap && b.lex.orgHeads.has(b.lowers[q]!)) { headAt = q; break; }
    if (headAt < 0 || b.mentions.some((x) => x !== m && x.i === from && x.j === m.j)) return;
    const acronym = m.aliases.find((a) => /^\p{Lu}{2,6}$/u.test(a) && a === initials(b, from, m.j));
    const body = addMention(b, from, m.j, 'organization', 'name', { head: b.lowers[headAt]!, core: normAlias(wordsText(b, from, m.j)), nested: true, aliases: acronym ? [acronym] : [] });
    if (body && acronym) m.aliases = m.aliases.filter((a) => a !== acronym);
    return;
  }
}

/** "the 49th Ordinary Meeting of the Committee of Chiefs of Defence Staff": the body a named sitting is of. */
export function bodiesOfGatherings(b: Builder): void {
  const events = b.mentions.filter((m) => m.type === 'event' && m.via === 'name' && m.j - m.i >= 4);
  for (const m of events) bodyOf(b, m);
}

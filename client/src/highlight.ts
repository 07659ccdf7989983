// Finds entity names inside an evidence sentence so both ends of a relation can be marked in it:
// case- and accent-insensitive, longest name first, whole words only.
import { normalize } from './search-index.js';

export interface Segment {
  text: string;
  /** Index of the name group this segment matched (0 = first entity, 1 = second), or null. */
  mark: number | null;
}

/** Folds one character for matching (accents off, lower case); keeps string length stable. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = normalize(ch);
    out += f.length === 1 ? f : ch.length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** Splits `sentence` into plain and marked segments for the names of each group. */
export function markNames(sentence: string, groups: string[][]): Segment[] {
  const folded = fold(sentence);
  if (folded.length !== sentence.length) return [{ text: sentence, mark: null }];
  const marks: (number | null)[] = new Array<number | null>(sentence.length).fill(null);
  const names = groups
    .flatMap((names, g) => names.filter((n) => n.trim().length >= 2).map((n) => ({ name: fold(n.trim()), g })))
    .sort((a, b) => b.name.length - a.name.length);
  for (const { name, g } of names) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(name, from);
      if (at < 0) break;
      const end = at + name.length;
      from = at + 1;
      if ((at > 0 && WORD.test(folded[at - 1]!)) || (end < folded.length && WORD.test(folded[end]!))) continue;
      if (marks.slice(at, end).some((m) => m !== null)) continue;
      marks.fill(g, at, end);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.mark === marks[i]) last.text += sentence[i];
    else segments.push({ text: sentence[i]!, mark: marks[i]! });
  }
  return segments;
}

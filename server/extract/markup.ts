// Offset-preserving markup blanking: HTML/XML tags, comments and character entities in a
// dispatch are replaced by spaces (entities by their character plus padding) so that later
// stages never read markup as words, while every offset still points into the original text.
// One linear pass; no regular expressions over the whole text.
import { wordTable } from './word-table.js';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
/** Longest run we accept as one tag; a longer `<...>` is left alone as plain text. */
const MAX_TAG = 4096;
/** Longest character entity (`&thetasym;` is 10). */
const MAX_ENTITY = 12;

const NAMED_ENTITIES = wordTable<string>({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
});

/** Elements whose whole content is blanked with the tags (never prose). */
const BLANK_CONTENT = ['script', 'style'];

function isTagStart(code: number): boolean {
  // `<` followed by a letter, `/`, `!` or `?` opens a tag; `a < b` and `x<5` do not.
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2f || code === 0x21 || code === 0x3f;
}

/** True when the text contains something that looks like a tag or an entity. */
export function hasMarkup(text: string): boolean {
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    if (isTagStart(text.charCodeAt(i + 1))) return true;
  }
  return text.includes('&') && /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i.test(text);
}

function decodeEntity(body: string): string | undefined {
  if (body.charCodeAt(0) === 0x23) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    const char = String.fromCodePoint(code);
    // Astral characters take two UTF-16 units; keep the replacement within the entity's width.
    return char.length === 1 ? char : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

/**
 * Returns a copy of `text` of the same length in which markup is blanked: tags, comments and the
 * content of script/style elements become spaces, `&entity;` becomes its character followed by
 * spaces. `text.length === result.length`, so offsets found in the result index `text` too.
 */
export function blankMarkup(text: string): string {
  if (!hasMarkup(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  let nextGt = -1;
  const memo = new Map<string, number>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === LT && isTagStart(text.charCodeAt(i + 1))) {
      let end: number;
      if (text.startsWith('<!--', i)) {
        const close = findAfter(text, '-->', i + 4, memo);
        end = close === -1 ? -1 : close + 3;
      } else {
        if (nextGt < i && nextGt !== -2) nextGt = text.indexOf('>', i);
        if (nextGt === -1) nextGt = -2; // no `>` anywhere after: nothing more can be a tag
        end = nextGt >= 0 && nextGt - i <= MAX_TAG ? nextGt + 1 : -1;
        if (end !== -1) end = extendBlankElement(text, i, end, memo);
      }
      if (end !== -1) {
        parts.push(text.slice(copied, i), ' '.repeat(end - i));
        copied = i = end;
        continue;
      }
    } else if (code === AMP) {
      const semi = text.indexOf(';', i + 1);
      if (semi !== -1 && semi - i <= MAX_ENTITY) {
        const char = decodeEntity(text.slice(i + 1, semi));
        if (char !== undefined) {
          parts.push(text.slice(copied, i), char, ' '.repeat(semi - i));
          copied = i = semi + 1;
          continue;
        }
      }
    }
    i++;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Next occurrence of `needle` (ASCII, matched case-insensitively) at or after `from`. `memo` keeps
 * the last answer per needle so that repeated searches stay linear over the whole text.
 */
function findAfter(text: string, needle: string, from: number, memo: Map<string, number>): number {
  const known = memo.get(needle);
  if (known !== undefined && (known === -1 || known >= from)) return known;
  const first = needle.charAt(0);
  let at = text.indexOf(first, from);
  while (at !== -1 && text.slice(at, at + needle.length).toLowerCase() !== needle) {
    at = text.indexOf(first, at + 1);
  }
  memo.set(needle, at);
  return at;
}

/** For `<script>`/`<style>` the blanked run extends to the matching close tag. */
function extendBlankElement(text: string, start: number, tagEnd: number, memo: Map<string, number>): number {
  for (const name of BLANK_CONTENT) {
    if (text.slice(start + 1, start + 1 + name.length).toLowerCase() !== name) continue;
    const after = text.charCodeAt(start + 1 + name.length);
    if (after !== GT && after !== 0x20 && after !== 0x2f) continue;
    const close = findAfter(text, `</${name}`, tagEnd, memo);
    if (close === -1) return tagEnd;
    const gt = text.indexOf('>', close);
    return gt === -1 ? tagEnd : gt + 1;
  }
  return tagEnd;
}

// Future cues for date resolution: does the clause before a date speak about the future?
// `He will visit on January 10` (future: a year-less date may lie ahead of the document date)
// versus `signed a pact on Tuesday that will allow ...` (the cue follows the date: past).
// A cue stays active for CUE_REACH tokens and is cancelled by a past-tense verb or a clause end.
import type { Token } from './dates-tokens.js';
import { wordClass } from './word-classes.js';

/** How many tokens after a cue a date may still depend on it. */
export const CUE_REACH = 10;

/** Words that announce the future by themselves. */
const FUTURE_WORDS = new Set(['will', 'shall', 'll', 'upcoming', 'forthcoming', 'scheduled', 'tomorrow']);

/** Words that announce the future when followed by `to` (`is due to`, `agreed to meet`). */
const BEFORE_TO = new Set([
  'is', 'are', 'due', 'set', 'going', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intended', 'expected',
  'agreed', 'agree', 'decided', 'promised', 'pledged', 'vowed', 'hopes', 'hoped', 'wants', 'aims', 'prepares', 'preparing',
  'invited', 'scheduled', 'ready',
]);

/** Irregular past forms that close a future cue (`-ed` forms are recognised by their ending). */
const PAST_WORDS = new Set([
  'said', 'met', 'held', 'went', 'came', 'took', 'made', 'gave', 'left', 'sent', 'flew', 'told', 'began', 'saw', 'became',
  'won', 'fought', 'led', 'paid', 'brought', 'spoke', 'wrote', 'was', 'were', 'had', 'did', 'ran', 'struck', 'arose', 'chose',
]);

/** Token.classes bits of the sets above (FutureCueScanner tests every word before a date). */
const FUTURE_WORD = wordClass(FUTURE_WORDS), BEFORE_TO_WORD = wordClass(BEFORE_TO), PAST_WORD = wordClass(PAST_WORDS);

function isPast(tok: Token, next: Token | undefined): boolean {
  if ((tok.classes & PAST_WORD) !== 0) return true;
  if (tok.low.length > 4 && tok.low.endsWith('ed') && !tok.low.endsWith('eed')) {
    return !((tok.classes & BEFORE_TO_WORD) !== 0 && next?.low === 'to') && tok.low !== 'scheduled';
  }
  return false;
}

/**
 * futureCues(t)[i] computed lazily: the scan advances only as far as asked, so asking at the
 * matched tokens of a sentence (in increasing order) costs one pass at most.
 */
export class FutureCueScanner {
  private pos = 0;
  private cue = -1;

  constructor(private readonly t: Token[]) {}

  /** Whether a future cue is active at token `at`. */
  at(at: number): boolean {
    if (at < this.pos) {
      this.pos = 0;
      this.cue = -1;
    }
    const t = this.t;
    for (; this.pos < at; this.pos++) {
      const i = this.pos;
      const tok = t[i]!;
      if (tok.kind === 'punct') {
        if (tok.low === ';' || tok.low === '.' || tok.low === '!' || tok.low === '?') this.cue = -1;
        continue;
      }
      if (tok.kind !== 'word') continue;
      if ((tok.classes & FUTURE_WORD) !== 0 || ((tok.classes & BEFORE_TO_WORD) !== 0 && t[i + 1]?.low === 'to')) this.cue = i;
      else if (isPast(tok, t[i + 1])) this.cue = -1;
    }
    return this.cue >= 0 && at - this.cue <= CUE_REACH;
  }
}

/**
 * "In September, the brigade will take part in ...": a date fronted at the start of a sentence (tokens [first, next),
 * after at most a preposition) and set off by a comma is in the future when the clause it opens is.
 */
export function frontedFuture(t: Token[], first: number, next: number): boolean {
  if (first > 1 || t[next]?.low !== ',') return false;
  for (let i = next + 1; i < t.length && i <= next + CUE_REACH; i++) {
    const tok = t[i]!;
    if (tok.kind === 'punct') return false;
    if (tok.kind !== 'word') continue;
    if ((tok.classes & FUTURE_WORD) !== 0 || ((tok.classes & BEFORE_TO_WORD) !== 0 && t[i + 1]?.low === 'to')) return true;
    if (isPast(tok, t[i + 1])) return false;
  }
  return false;
}

/** Whether a future cue is active at token `at`: futureCues(t)[at], scanning only the tokens before it. */
export function futureCueAt(t: Token[], at: number): boolean {
  return new FutureCueScanner(t).at(at);
}

/** For each token: is a future cue active there (within CUE_REACH tokens, same clause, no past verb since)? */
export function futureCues(t: Token[]): boolean[] {
  const active: boolean[] = new Array<boolean>(t.length).fill(false);
  let cue = -1;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (cue >= 0 && i - cue <= CUE_REACH) active[i] = true;
    if (tok.kind === 'punct') {
      if (tok.low === ';' || tok.low === '.' || tok.low === '!' || tok.low === '?') cue = -1;
      continue;
    }
    if (tok.kind !== 'word') continue;
    if (FUTURE_WORDS.has(tok.low) || (BEFORE_TO.has(tok.low) && t[i + 1]?.low === 'to')) cue = i;
    else if (isPast(tok, t[i + 1])) cue = -1;
  }
  return active;
}

// Attribution: who a sentence's claims come from. "according to X", "X quoted Y as saying"
// (Y), "X said / told reporters / reported / stressed", "said X", "in a statement published by
// X". Pronouns count once resolved ("he said" → the person). Returns the entity index.
import type { Mention, SentenceUnit } from './model.js';
import { SPEECH_VERBS } from './cues.js';
import { clauseStart } from './clauses.js';
import { wordClass } from './word-classes.js';
import type { DocEntities } from './resolve.js';
import { tokAt } from './tokens.js';

const SPEAKER_TYPES = new Set(['person', 'organization', 'state']);

function speakerMention(d: DocEntities, ms: Mention[], pick: (m: Mention) => boolean): Mention | undefined {
  return ms.find((m) => m.entity !== undefined && !m.nested && SPEAKER_TYPES.has(d.list[m.entity]!.type) && pick(m));
}

function speakerOk(d: DocEntities, m: Mention): boolean {
  return m.entity !== undefined && !m.nested && SPEAKER_TYPES.has(d.list[m.entity]!.type);
}

/** Last mention satisfying `pred` (like [...ms].reverse().find(pred), without the copy). */
function lastMention(ms: Mention[], pred: (m: Mention) => boolean): Mention | undefined {
  for (let k = ms.length - 1; k >= 0; k--) if (pred(ms[k]!)) return ms[k];
  return undefined;
}

/** Every word findSpeaker tests a token for: the reporting verbs, "according (to)", "quoted", "published / issued (by)". */
const ATTRIBUTING: ReadonlySet<string> = new Set([...SPEECH_VERBS, 'according', 'quoted', 'published', 'issued']);
/** Tok.classes bit of ATTRIBUTING. */
const ATTRIBUTING_WORD = wordClass(ATTRIBUTING);

/** Entity index of the speaker or outlet a sentence is attributed to, if it says so. */
export function findSpeaker(d: DocEntities, unit: SentenceUnit): number | undefined {
  // (A sentence without any of the words tested below names no speaker.)
  if ((unit.classes & ATTRIBUTING_WORD) === 0) return undefined;
  const toks = unit.toks;
  const ms = unit.mentions;
  let last: number | undefined;
  // (k is the function's, not the loop's: the arrows below read it, and a loop-scoped k would make V8
  // allocate a context for it at every token, the words the bit test passes over included.)
  let k = 0;
  for (; k < toks.length; k++) {
    // (One bit test passes over the words none of the tests below is about: most of them.)
    if ((toks[k]!.classes & ATTRIBUTING_WORD) === 0) continue;
    const w = toks[k]!.lower;
    if (toks[k]!.quoted && w !== '"' && w !== '”') continue;
    if (w === 'according' && toks[k + 1]?.lower === 'to') {
      const m = speakerMention(d, ms, (x) => x.i >= k + 2 && x.i <= k + 4);
      if (m) return m.entity;
    }
    if (w === 'quoted') {
      const near = ms.filter((x) => x.i > k && x.i <= k + 8);
      const m = speakerMention(d, near, (x) => d.list[x.entity!]!.type === 'person') ?? speakerMention(d, near, () => true);
      if (m) return m.entity;
    }
    if ((w === 'published' || w === 'issued') && toks[k + 1]?.lower === 'by') {
      const m = speakerMention(d, ms, (x) => x.i >= k + 2 && x.i <= k + 4);
      if (m) return m.entity;
    }
    if (SPEECH_VERBS.has(w) && w !== 'quoted' && w !== 'published') {
      const cs = clauseStart(toks, k);
      // "He stressed ... and said ...": a coordinated reporting verb keeps the first subject.
      const coordinated = tokAt(toks, k - 1)?.lower === 'and' || tokAt(toks, k - 2)?.lower === 'and';
      const before = coordinated
        ? ms.find((m) => m.i >= cs && m.j <= k && speakerOk(d, m))
        : lastMention(ms, (m) => m.j <= k && m.i >= Math.max(cs, k - 8) && speakerOk(d, m));
      // Inverted "..., said Peskov.": the name closes the clause.
      const after = before ? undefined : speakerMention(d, ms, (x) => (x.i === k + 1 || x.i === k + 2) && [',', '.', undefined].includes(toks[x.j]?.text));
      // The last reporting verb governs the sentence: "X received Y and told him ..., KCNA reported."
      last = before?.entity ?? after?.entity ?? last;
    }
  }
  return last;
}

// Relation stage, companions: "X took part in the exercise ..., together with paratroopers of A's
// 38th Brigade and B's 106th Division", "attended the closing ceremony ..., together with Y": those
// named after "together with" / "along with" take part in the same event as the clause's subject.
import { redirectCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { allowsEdge, type NodeType } from '../ontology.js';
import { argMentions, argsOf, coordinatedAfter } from './args.js';
import type { DocEntities } from './resolve.js';

/** Lower-case words a companion list may open with ("paratroopers of", "ships from", "troops of the"). */
const COMPANION_LEADS = new Set(['of', 'from', 'the']);

function companion(t: NodeType): boolean {
  return t === 'person' || t === 'unit' || t === 'organization' || t === 'state';
}

/** Index of "with" in a ", together with" / ", along with" after the cue at `c` and before `end`, or -1. */
function togetherAt(toks: SentenceUnit['toks'], c: number, end: number): number {
  for (let k = c + 1; k + 1 < end; k++) if ((toks[k]!.lower === 'together' || toks[k]!.lower === 'along') && toks[k + 1]!.lower === 'with' && toks[k - 1]!.text === ',') return k + 1;
  return -1;
}

/** The first companion after "with" at `w`: past lower-case nouns and "of"/"from", and from a possessor to what it possesses. */
function firstCompanion(d: DocEntities, unit: SentenceUnit, ms: Mention[], w: number): number {
  const toks = unit.toks;
  let k = w + 1;
  while (k < w + 5 && toks[k]?.kind === 'w' && !toks[k]!.cap && (COMPANION_LEADS.has(toks[k]!.lower) || !ms.some((m) => (m.lead ?? m.i) === k))) k++;
  let idx = ms.findIndex((m) => (m.lead ?? m.i) === k && m.via !== 'pronoun');
  // "Brunei's Deputy Minister of Defence, Haji Zulkifli Hamid": the person the post before the comma is apposed to.
  if (idx < 0) {
    const post = unit.mentions.find((m) => m.i === k && m.via === 'title');
    if (post && toks[post.j]?.text === ',') idx = ms.findIndex((m) => m.i === post.j + 1 && m.type === 'person' && m.title === post.title);
  }
  // "Belarus's 38th Separate Guards Air Assault Brigade": the possessed unit.
  while (idx >= 0 && toks[ms[idx]!.j]?.lower === "'s") {
    const next = ms.findIndex((m) => m.i > ms[idx]!.j && m.i <= ms[idx]!.j + 2);
    idx = next;
  }
  const t = idx >= 0 ? d.typeOfMention(ms[idx]!) : undefined;
  return t && companion(t) ? idx : -1;
}

/** ATTENDED candidates for those named after "together with" in a clause whose subject attends. */
export function togetherWith(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  let ms: Mention[] | undefined;
  for (const a of cands) {
    if (a.type !== 'ATTENDED' || a.negated || a.sent !== unit.index) continue;
    const w = togetherAt(toks, a.cue, toks.length);
    if (w < 0) continue;
    ms ??= argMentions(unit);
    const idx = firstCompanion(d, unit, ms, w);
    if (idx < 0) continue;
    const listed = [ms[idx]!, ...coordinatedAfter(unit, ms, idx, companion, d.typeOfMention)];
    for (const m of listed) {
      // "Belarus's brigade and Russia's division": each possessor gives way to what it possesses.
      const owned = toks[m.j]?.lower === "'s" ? ms.find((x) => x.i > m.j && x.i <= m.j + 2) : m;
      if (!owned) continue;
      for (const arg of argsOf(owned, d.typeOfEntity)) {
        if (arg.entity === a.source || !allowsEdge('ATTENDED', arg.type, 'event')) continue;
        const known = (x: Candidate) => x.type === 'ATTENDED' && x.source === arg.entity && x.target === a.target;
        if (cands.some(known) || out?.some(known)) continue;
        (out ??= []).push(redirectCandidate(a, arg.entity, a.target));
      }
    }
  }
  return out ?? [];
}

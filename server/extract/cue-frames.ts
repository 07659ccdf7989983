// Relation stage, argument frames of particular cues: the person leading a delegation ("a delegation
// of X led by Y": Y is met, and X is no body Y leads), the holder of a post apposed to a met person,
// the antecedent of a reduced relative after a bracketed acronym, partners of "co-" verbs and the
// pairing of awards with recipients. Used by relations.ts.
import type { NodeType } from '../ontology.js';
import type { Mention, SentenceUnit } from './model.js';
import type { Tok } from './tokens.js';
import type { Arg } from './args.js';

/** Groups a person leads in "a delegation led by X". */
export const LED_GROUPS = new Set(['delegation', 'delegations', 'team', 'mission', 'group', 'party', 'side', 'observers', 'monitors', 'inspectors']);

/** The name right before the comma at c - 1 (past a bracketed acronym), when its type fits. */
export function reducedAntecedent(unit: SentenceUnit, ms: Mention[], c: number, accept: (t: NodeType) => boolean, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  const toks = unit.toks;
  let end = c - 1;
  if (toks[end - 1]?.text === ')' && toks[end - 3]?.text === '(') end -= 3;
  const m = ms.find((x) => x.j === end);
  const t = m && typeOf(m);
  if (m && t && accept(t) && m.via === 'name') return m;
  // "A handover ceremony was held at X's headquarters in Sacheon, 300 kilometers south of Seoul, attended by A":
  // after place phrases, the event they place.
  if (m && (t === 'place' || t === 'state') && accept('event') && PLACE_PREPS.has(toks[m.i - 1]?.lower ?? '')) {
    for (let k = ms.indexOf(m) - 1; k >= 0 && ms[k]!.j > end - 25; k--) {
      const x = ms[k]!;
      const xt = typeOf(x);
      if (xt === 'event') return x;
      if (xt !== 'place' && xt !== 'state' && xt !== 'organization') break;
    }
  }
  return undefined;
}

const PLACE_PREPS = new Set(['in', 'at', 'of', 'near', 'outside']);

/** Verbs done jointly with a partner named after "with" ("co-chaired with X the meeting"). */
export const CO_VERB = /^co-(?:chair|host|sign|organi[sz]|preside)/;

/** The person a post named within ten words of `from` was apposed to ("the Head of Mission of the X, Major General Y"). */
export function apposedHolderOfPost(unit: SentenceUnit, ms: Mention[], from: number, end: number): Mention | undefined {
  const post = unit.mentions.find((m) => m.via === 'title' && m.title && m.i >= from && m.i <= from + 10 && m.i < end);
  return post ? ms.find((m) => m.type === 'person' && m.title === post.title && m.i > post.j && m.i < end) : undefined;
}

export const LED_BY = new Set(['led', 'headed']);
export const OWNER_PRONOUNS = new Set(['their', 'its']);
const HEAD_POSSESSIVES = new Set(['their', 'its', 'the']);

/** The person leading a delegation that is the object of a meeting verb ("a delegation of X led by (their title,) Y"), if any. */
export function delegationHead(unit: SentenceUnit, ms: Mention[], from: number, end: number, typeOf: (m: Mention) => NodeType | undefined): Mention | undefined {
  const toks = unit.toks;
  let group = -1;
  for (let k = from; k < Math.min(end, from + 9) && group < 0; k++) if (LED_GROUPS.has(toks[k]!.lower)) group = k;
  if (group < 0) return undefined;
  for (let k = group + 1; k < Math.min(end, group + 9); k++) {
    if (toks[k]!.kind === 'p' && toks[k]!.text !== '(' && toks[k]!.text !== ')') return undefined;
    if (!LED_BY.has(toks[k]!.lower) || toks[k + 1]?.lower !== 'by') continue;
    let at = k + 2;
    if (HEAD_POSSESSIVES.has(toks[at]?.lower ?? '')) at++;
    // The person named first after "by", allowing a post set off before the name
    // ("led by the Chief of General Staff of the National Defence Force (FDN), General X": a long post with its body's acronym).
    return ms.find((m) => (m.lead ?? m.i) >= at && m.i <= at + 18 && typeOf(m) === 'person' && !toks.slice(at, m.i).some((t) => t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')'));
  }
  return undefined;
}

/** Words that end the modifiers between a name and the group noun after it. */
const FUNCTION_LIKE = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'which', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'led', 'headed']);

/** The mention names the body a delegation or team comes from ("the FSLN delegation", "a delegation of the WPK"). */
export function groupOf(toks: SentenceUnit['toks'], m: Mention): boolean {
  // ("a Saudi military delegation headed by X": lower-case modifiers may come between.)
  let q = m.j;
  while (q < m.j + 2 && toks[q]?.kind === 'w' && !toks[q]!.cap && !LED_GROUPS.has(toks[q]!.lower) && /^[a-z-]+$/.test(toks[q]!.lower) && !FUNCTION_LIKE.has(toks[q]!.lower)) q++;
  if (LED_GROUPS.has(toks[q]?.lower ?? '')) return true;
  let p = (m.lead ?? m.i) - 1;
  if (toks[p]?.lower === 'the') p--;
  // ("A delegation from the Kurdistan Region's Ministry of Peshmerga Affairs, headed by X": or "from" it.)
  return (toks[p]?.lower === 'of' || toks[p]?.lower === 'from') && LED_GROUPS.has(toks[p - 1]?.lower ?? '');
}

/** The mention names the body a group of people is drawn "from" or "of" ("Observers from the CSTO"; not "the party of X"). */
export function groupFrom(toks: SentenceUnit['toks'], m: Mention): boolean {
  let p = (m.lead ?? m.i) - 1;
  if (toks[p]?.lower === 'the') p--;
  const group = toks[p - 1]?.lower ?? '';
  return (toks[p]?.lower === 'of' || toks[p]?.lower === 'from') && LED_GROUPS.has(group) && group !== 'party';
}

/** Groups sent by a body that are not the body ("the army delegation", "the RSF's negotiating team"; not "the Frelimo party"). */
const TEAMS = new Set(['delegation', 'delegations', 'team', 'side']);

/** A body's team or delegation follows token `j` ("'s negotiating team", "delegation"): who heads it serves the body, not leads it. */
export function teamAfter(toks: readonly Tok[], j: number): boolean {
  let k = toks[j]?.lower === "'s" ? j + 1 : j;
  for (let n = 0; n < 2 && toks[k]?.kind === 'w' && !toks[k]!.cap && !TEAMS.has(toks[k]!.lower) && !FUNCTION_LIKE.has(toks[k]!.lower); n++) k++;
  return TEAMS.has(toks[k]?.lower ?? '');
}

/** The award named last before the recipient's mention, else the first one. */
export function awardBefore(awards: Arg[], recipient: Arg): Arg {
  let best = awards[0]!;
  for (const a of awards) if (a.mention.i < recipient.mention.i) best = a;
  return best;
}

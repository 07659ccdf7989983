// Relation stage, list items: how a list of arguments reaches its next item past a post
// ("A and the Danish ambassador, B"; "A and the Chief of the Defence Force of the F-FDTL (F-FDTL), Major
// General B"), a person's "of STATE" ("Hassan Bouh of Djibouti") or a description ("X, a Finnish
// battlegroup from the Y"). Used by the coordination in args.ts.
import type { Mention, SentenceUnit } from './model.js';
import { pastBracket, pastNickname } from './tokens.js';
import { TITLE_START } from './runs.js';

/** "A and the Danish ambassador, B": the gap is "(,) and (the) <role words>," before a person whose title they gave. */
export function roleApposedGap(unit: SentenceUnit, from: number, cur: Mention): boolean {
  const toks = unit.toks;
  const to = cur.lead ?? cur.i;
  // ", and the Minister of External Affairs of the Republic of India, Mr B": a comma may open it, the post may be long.
  const f = toks[from]?.text === ',' ? from + 1 : from;
  if (cur.type !== 'person' || !cur.title || toks[f]?.lower !== 'and' || toks[to - 1]?.text !== ',' || to - f > 16) return false;
  for (let k = f + 1; k < to - 1; k++) {
    // ("and the Commander of the United States Southern Command (SOUTHCOM), General B": a body's acronym in brackets.)
    if (toks[k]!.text === '(' && toks[k + 1]?.upper && toks[k + 2]?.text === ')') k += 2;
    else if (toks[k]!.kind !== 'w') return false;
  }
  return true;
}

/** Index of the person named right before "of STATE" when ms[s] is that state ("Hassan Bouh of Djibouti"), else -1. */
export function personOfState(unit: SentenceUnit, ms: Mention[], s: number): number {
  const st = ms[s];
  if (!st || st.type !== 'state' || st.demonym || s < 1) return -1;
  let p = st.i - 1;
  if (unit.toks[p]?.lower === 'the') p--;
  if (unit.toks[p]?.lower !== 'of') return -1;
  const person = ms[s - 1]!;
  return person.type === 'person' && person.j === p ? s - 1 : -1;
}

/** Words opening a description apposed to a person ("A, the French defence minister, and B"). */
const APPOSED_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/** Words that end a post's description: a verb or a clause word ("the commander, who said", "the minister was"). */
const NOT_IN_POST = new Set(['which', 'who', 'whom', 'that', 'said', 'says', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'to', 'by', 'while', 'when', 'after', 'before']);

/**
 * Index of the titled person after a post that begins at "and" after `from` ("and the X of Y (Z), Rank B"):
 * up to 22 tokens of post words (names, "the", "of", brackets, lower-case words that are no verbs) and a comma.
 */
export function postThenHolder(unit: SentenceUnit, ms: Mention[], p: number, from: number): number {
  const toks = unit.toks;
  // ("attended by Prime Minister, A; Minister of Finance, B; and Chief of Staff, C": items set off by semicolons.)
  const semi = toks[from]?.text === ';' && semicolonList(unit);
  let a = toks[from]?.text === ',' || semi ? from + 1 : from;
  // ("A, the Secretary General for Defence Investments, B, and C": inside a list, a comma and "the" open the post too.)
  const inList = (toks[from]?.text === ',' && toks[a]?.lower === 'the') || semi;
  if (toks[a]?.lower === 'and') a++;
  else if (toks[a - 1]?.lower !== 'and' && !inList) return -1;
  for (let q = p; q < ms.length && q <= p + 6; q++) {
    const m = ms[q]!;
    const lead = m.lead ?? m.i;
    if (lead - a > 22) return -1;
    if (inList && toks[m.j]?.text !== ',' && toks[m.j]?.lower !== 'and' && !(semi && (toks[m.j]?.text === ';' || m.j >= toks.length - 1))) continue;
    // ("and France's Secretary of State for the Sea, X": the post may be a mention of its own, X untitled.)
    // ("and her Ivorian counterpart, X": or a counterpart.)
    if (m.type !== 'person' || toks[lead - 1]?.text !== ',' || (!m.title && toks[lead - 2]?.lower !== 'counterpart' && !unit.mentions.some((x) => x.via === 'title' && x.i >= a && x.j < lead))) continue;
    for (let k = a; k < lead - 1; k++) {
      const t = toks[k]!;
      if (t.kind === 'w' && !t.cap && (NOT_IN_POST.has(t.lower) || /(?:ed|ing)$/.test(t.lower))) return -1;
      if (t.text === ',' || t.text === ';') return -1;
    }
    return q;
  }
  return -1;
}

/** The sentence closes a list with "; and" ("A; B; and C"): its semicolons separate list items. */
export function semicolonList(unit: SentenceUnit): boolean {
  const toks = unit.toks;
  for (let k = 1; k + 1 < toks.length; k++) if (toks[k]!.text === ';' && toks[k + 1]!.lower === 'and') return true;
  return false;
}

/** Words after which a new clause, not the list, goes on (", after which the minister ..."). */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'when', 'while', 'whereas', 'after', 'before']);

export function opensClause(unit: SentenceUnit, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_OPENERS.has(unit.toks[k]!.lower)) return true;
  return false;
}

/** End of an item's own complement: the comma after ", Deputy Commander of the X," (a person's
 * apposed title) or the owner in "Brigade 70 of the RCAF" (a unit's body); else cur.j. */
/** The first comma before "and" in [from, to), no other punctuation before it, else -1. */
function commaAndWithin(toks: SentenceUnit['toks'], from: number, to: number): number {
  for (let k = from; k < toks.length && k < to; k++) {
    const t = toks[k]!;
    if (t.text === ',') return toks[k + 1]?.lower === 'and' ? k : -1;
    if (t.kind === 'p' && t.text !== '(' && t.text !== ')' && t.text !== "'" && t.text !== '-') return -1;
  }
  return -1;
}

export function itemEnd(unit: SentenceUnit, cur: Mention): number {
  // ("by the head of the Border Service of the State Committee for National Security (GKNB), Major General A, and ...": past the body's acronym.)
  if ((cur.type === 'organization' || cur.type === 'unit') && unit.toks[cur.j]?.text === '(' && unit.toks[cur.j + 2]?.text === ')' && unit.toks[cur.j + 1]!.upper) return cur.j + 3;
  // ("the frigate KRI Raden Eddy Martadinata (331), the Indian destroyer INS Kolkata and ...": past a ship's pennant number.)
  if (cur.type === 'unit' && unit.toks[cur.j]?.text === '(' && unit.toks[cur.j + 2]?.text === ')' && unit.toks[cur.j + 1]!.kind === 'n') return cur.j + 3;
  // ("the 25th Special Purpose Brigade "Scorpion" of the Kyrgyz Armed Forces and of X": past a quoted nickname too.)
  const nick = cur.type === 'unit' ? pastNickname(unit.toks, cur.j) : cur.j;
  if (cur.type === 'unit' && unit.toks[nick]?.lower === 'of') {
    const at = unit.toks[nick + 1]?.lower === 'the' ? nick + 2 : nick + 1;
    const owner = unit.mentions.find((m) => m.i === at && (!m.nested || nick > cur.j) && (m.type === 'organization' || m.type === 'unit') && unit.toks[m.j]?.lower !== "'s");
    return owner ? owner.j : cur.j;
  }
  // "Air Vice Marshal A of the Namibian Defence Force (NDF) and General B of ...": the body a person is "of" closes the item.
  if (cur.type === 'person' && unit.toks[cur.j]?.lower === 'of') {
    const at = unit.toks[cur.j + 1]?.lower === 'the' ? cur.j + 2 : cur.j + 1;
    const body = unit.mentions.find((m) => m.i === at && !m.nested && (m.type === 'organization' || m.type === 'unit' || m.type === 'state') && unit.toks[m.j]?.lower !== "'s");
    if (body) return pastBracket(unit.toks, body.j);
  }
  // ("by Minister A, who arrived in Ankara on Monday, and Minister B": a relative clause closed before ", and" is A's.)
  // ("thanked the United States, whose instructors trained the battalion before its deployment, and France": so is one
  // on a state or body, with "whose" or "which".)
  if (unit.toks[cur.j]?.text === ',' && (unit.toks[cur.j + 1]?.lower === 'who' || ((cur.type === 'state' || cur.type === 'organization') && (unit.toks[cur.j + 1]?.lower === 'whose' || unit.toks[cur.j + 1]?.lower === 'which')))) {
    for (let k = cur.j + 2; k < unit.toks.length && k < cur.j + 20; k++) {
      const t = unit.toks[k]!;
      if (t.text === ',' && unit.toks[k + 1]?.lower === 'and') return k;
      if (t.kind === 'p' && t.text !== ',') break;
    }
  }
  // ("by A, the French minister for the armed forces, and her Ivorian counterpart, B": an apposed description closed
  // before ", and" is A's.)
  // ("by A, Minister of State for Defence Affairs, and Kazakh Defence Minister B": so is a capitalised post.)
  const opener = unit.toks[cur.j + 1];
  if (cur.type === 'person' && unit.toks[cur.j]?.text === ',' && opener && (APPOSED_OPENERS.has(opener.lower) || (opener.cap && (opener.classes & TITLE_START) !== 0))) {
    for (let k = cur.j + 2; k < unit.toks.length && k < cur.j + 12; k++) {
      const t = unit.toks[k]!;
      if (t.text === ',' && unit.toks[k + 1]?.lower === 'and') return k;
      // ("awarded to A, a helicopter pilot who rescued 31 people from floods in Ma'an in November, and to B": past a
      // relative clause on the description.)
      if (t.lower === 'who' && k > cur.j + 2) {
        const and = commaAndWithin(unit.toks, k + 1, cur.j + 32);
        if (and > 0) return and;
      }
      // ("a Royal Jordanian Air Force (RJAF) helicopter pilot": past a body's acronym in brackets.)
      if (t.text === '(' && unit.toks[k + 2]?.text === ')') {
        k += 2;
        continue;
      }
      if ((t.kind === 'p' && t.text !== ',') || t.text === ',' || (t.kind === 'w' && !t.cap && NOT_IN_POST.has(t.lower))) break;
      if (unit.mentions.some((m) => m.i === k && m.type === 'person' && m.via === 'name')) break;
    }
  }
  const aff = cur.title?.affiliation;
  if (cur.type !== 'person' || aff === undefined || unit.toks[cur.j]?.text !== ',') return cur.j;
  const body = unit.mentions.find((m) => m.id === aff);
  if (!body || body.i <= cur.j || body.i - cur.j > 10 || unit.toks[body.j]?.text !== ',') return cur.j;
  return body.j;
}

/** "A and Chief of Staff of the Indonesian Air Force (KSAU) Air Chief Marshal B": the gap is "and", B's post (maybe its acronym) and B's rank. */
export function postOpens(unit: SentenceUnit, from: number, next: Mention): boolean {
  const toks = unit.toks;
  let p = toks[from]?.text === ',' ? from + 1 : from;
  if (toks[p]?.lower !== 'and' || next.type !== 'person' || next.lead === undefined) return false;
  p++;
  if (toks[p]?.lower === 'the') p++;
  const post = unit.mentions.find((m) => m.i === p && m.via === 'title' && m.title?.affiliation !== undefined && m.title.affiliation === next.title?.affiliation);
  if (!post) return false;
  const after = pastBracket(toks, post.j);
  return after === next.lead;
}

/** Index of the titled person after ms[p] whose post's body was named after `from` and before ms[p] (so ms[p] lies in the post's words), or -1. */
export function complementHolder(unit: SentenceUnit, ms: Mention[], p: number, from: number): number {
  for (let q = p + 1; q < ms.length && q <= p + 2; q++) {
    const m = ms[q]!;
    if (m.type !== 'person') continue;
    const aff = m.title?.affiliation;
    if (aff === undefined || unit.toks[(m.lead ?? m.i) - 1]?.text !== ',') return -1;
    const body = unit.mentions.find((x) => x.id === aff);
    return body && body.i > from && body.i <= ms[p]!.i && m.i - from <= 16 ? q : -1;
  }
  return -1;
}

/** Index of the person after a comma whose title belongs to the body ms[p] ("the commissioner of the X, B"), or -1. */
export function apposedHolder(unit: SentenceUnit, ms: Mention[], p: number): number {
  const q = titledPossessee(ms, p);
  return q > p && unit.toks[ms[q]!.i - 1]?.text === ',' ? q : -1;
}

/** Index of the person whose title belongs to the possessor ms[p] ("Denmark's Minister ..., B"), or -1. */
export function titledPossessee(ms: Mention[], p: number): number {
  const owner = ms[p]!;
  for (let q = p + 1; q < ms.length && q <= p + 4; q++) {
    const m = ms[q]!;
    if (m.i - owner.j > 14) break;
    if (m.type === 'person' && m.title?.affiliation === owner.id) return q;
  }
  return -1;
}

/** After ms[k]: ", a|an <lower-case words or demonyms> from|of (the) Y" → index of Y, else -1. */
export function describedItem(unit: SentenceUnit, ms: Mention[], k: number): number {
  const toks = unit.toks;
  const cur = ms[k]!;
  if (toks[cur.j]?.text !== ',' || (toks[cur.j + 1]?.lower !== 'a' && toks[cur.j + 1]?.lower !== 'an')) return -1;
  let idx = k + 1;
  for (let p = cur.j + 2; p < Math.min(toks.length, cur.j + 9); p++) {
    const t = toks[p]!;
    if (t.lower === 'from' || t.lower === 'of') {
      const at = toks[p + 1]?.lower === 'the' ? p + 2 : p + 1;
      while (idx < ms.length && ms[idx]!.i < at) idx++;
      const y = ms[idx];
      if (!y || (y.lead ?? y.i) !== at) return -1;
      // The item must itself be followed by the list's "and" or a comma.
      const after = toks[y.j]?.lower;
      return after === 'and' || after === ',' ? idx : -1;
    }
    const demonym = idx < ms.length && ms[idx]!.i === p && ms[idx]!.type === 'state';
    if (demonym) { p = ms[idx]!.j - 1; idx++; continue; }
    if (t.kind !== 'w' || t.cap) return -1;
  }
  return -1;
}

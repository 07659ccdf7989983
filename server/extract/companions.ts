// Relation stage, companions: "X took part in the exercise ..., together with paratroopers of A's
// 38th Brigade and B's 106th Division", "attended the closing ceremony ..., together with Y": those
// named after "together with" / "along with" take part in the same event as the clause's subject.
// Also the companions a cue's own relation extends to ("visited X, accompanied by Y": Y visits too),
// read by relations.ts through companionsAfter.
import { newCandidate, redirectCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { allowsEdge, type EdgeType, type NodeType } from '../ontology.js';
import { argMentions, argsOf, coordinatedAfter, rightArgs } from './args.js';
import type { DocEntities } from './resolve.js';
import { unnamed } from './unnamed.js';
import { SPEECH_VERBS } from './cues.js';

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

/** Index of "alongside" within ten words after the cue at `c`, no punctuation between, or -1. */
function alongsideAt(toks: SentenceUnit['toks'], c: number): number {
  for (let k = c + 1; k < Math.min(toks.length, c + 11); k++) {
    if (toks[k]!.kind === 'p' && toks[k]!.text !== '-') return -1;
    if (toks[k]!.lower === 'alongside') return k;
  }
  return -1;
}

/** Words that open a clause of their own: "attended the ceremony after holding talks with Minister X" (X did not attend). */
const CLAUSE_SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'following', 'since', 'during', 'having']);

/** Verbs of a visit whose "with" may name a companion ("flew to X with General Y"). */
const COMPANION_VISIT_VERBS = new Set(['visited', 'toured', 'flew', 'travelled', 'traveled', 'went', 'drove', 'sailed', 'inspected']);

/** Words after a visit's cue past which a "with" names no companion of the visit. */
const VISIT_COMPANION_STOPS = new Set(['and', 'for', 'talks', 'meeting', 'meetings', 'consultations']);

/** Index of a bare "with" after the cue at `c`, within its clause, right before a titled person's name, or -1. */
function withTitledPerson(unit: SentenceUnit, ms: Mention[], c: number, visit = false): number {
  const toks = unit.toks;
  for (let k = c + 1; k < Math.min(toks.length - 1, c + 12); k++) {
    if (toks[k]!.kind === 'p' || CLAUSE_SUBORDINATORS.has(toks[k]!.lower)) return -1;
    // ("visited Baku and held talks with his counterpart, X": a visit's companion is named before any other verb.)
    // ("arrived in Helsinki for talks with his counterpart, X": nor after a purpose.)
    if (visit && VISIT_COMPANION_STOPS.has(toks[k]!.lower)) return -1;
    if (toks[k]!.lower !== 'with') continue;
    if (ms.some((m) => m.type === 'person' && m.via === 'name' && m.lead === k + 1 && m.title !== undefined && m.title.kind !== 'rank')) return k;
    // ("flew to Quissanga with the Chief of the General Staff, Admiral X,": a post set off before the holder's name.)
    const post = unit.mentions.find((m) => (m.i === k + 1 || (m.i === k + 2 && toks[k + 1]!.lower === 'the')) && m.via === 'title');
    return post && toks[post.j]?.text === ',' && ms.some((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) === post.j + 1 && m.title === post.title) ? k : -1;
  }
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
    if (post && toks[post.j]?.text === ',') idx = ms.findIndex((m) => (m.lead ?? m.i) === post.j + 1 && m.type === 'person' && m.title === post.title);
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
    const visit = a.type === 'VISITED' && COMPANION_VISIT_VERBS.has(toks[a.cue]?.lower ?? '');
    if ((a.type !== 'ATTENDED' && !visit) || a.negated || a.sent !== unit.index) continue;
    ms ??= argMentions(unit);
    // ("flew to Quissanga with the army chief, General X": one a visitor travels with visits too.)
    let w = visit ? -1 : togetherAt(toks, a.cue, toks.length);
    // ("watched the landing from the ship Dokdo with Defense Minister X": a titled person after a bare "with" watches too.)
    if (w < 0) w = withTitledPerson(unit, ms, a.cue, visit);
    // ("The Marines took part alongside soldiers of the Australian Army's 6th Engineer Support Regiment": those alongside attend too.)
    if (w < 0 && !visit) w = alongsideAt(toks, a.cue);
    if (w < 0) continue;
    const idx = firstCompanion(d, unit, ms, w);
    if (idx < 0) continue;
    const listed = [ms[idx]!, ...coordinatedAfter(unit, ms, idx, companion, d.typeOfMention)];
    for (const m of listed) {
      // "Belarus's brigade and Russia's division": each possessor gives way to what it possesses.
      const owned = toks[m.j]?.lower === "'s" ? ms.find((x) => x.i > m.j && x.i <= m.j + 2) : m;
      if (!owned) continue;
      for (const arg of argsOf(owned, d.typeOfEntity)) {
        if (arg.entity === a.source || (visit ? arg.type !== 'person' : !allowsEdge('ATTENDED', arg.type, 'event'))) continue;
        const known = unnamed((x: Candidate) => x.type === a.type && x.source === arg.entity && x.target === a.target);
        if (cands.some(known) || out?.some(known)) continue;
        (out ??= []).push(redirectCandidate(a, arg.entity, a.target));
      }
    }
  }
  return out ?? [];
}

/** Words that open the members of a delegation or the parts of a body ("a delegation that included X and Y", "including X", "which comprises Y"). */
export const INCLUDED: ReadonlySet<string> = new Set(['included', 'includes', 'including', 'comprising', 'comprised', 'comprises']);

/**
 * "X arrived in Riga for a visit to Latvia at the head of a delegation that included the State Secretary, A, and the
 * Chief of the General Staff, B": the members of the delegation the subject leads visit where the subject does.
 */
export function delegationMembers(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  // (Most sentences tell of no visit: their words are not scanned.)
  if (!cands.some((a) => a.type === 'VISITED' && a.sent === unit.index)) return [];
  const toks = unit.toks;
  let k = -1;
  for (let q = 2; q < toks.length; q++) {
    if (!INCLUDED.has(toks[q]!.lower)) continue;
    const at = toks[q - 1]!.lower === 'that' || toks[q - 1]!.lower === 'which' ? q - 2 : q - 1;
    if (toks[at]?.lower === 'delegation' || (toks[at]?.text === ',' && toks[at - 1]?.lower === 'delegation')) k = q;
  }
  if (k < 0) return [];
  const members: number[] = [];
  for (const m of unit.mentions) {
    if (m.i <= k || m.nested || m.via !== 'name' || m.type !== 'person' || m.entity === undefined) continue;
    // (", the ministry said": the speaker closing the sentence is no member.)
    if (SPEECH_VERBS.has(toks[m.j]?.lower ?? '')) break;
    members.push(m.entity);
  }
  let out: Candidate[] | undefined;
  for (const a of cands) {
    if (a.type !== 'VISITED' || a.negated || a.sent !== unit.index || a.cue > k || d.list[a.source]!.type !== 'person') continue;
    for (const p of members) {
      if (p === a.source || cands.some((x) => x.type === 'VISITED' && x.source === p && x.target === a.target)) continue;
      (out ??= []).push(redirectCandidate(a, p, a.target));
    }
  }
  return out ?? [];
}

/**
 * "The parade was reviewed by President X, ..., who arrived at the stand with Defence Minister A and the Chief of the
 * General Staff, General B": those one arrived with attend what one attends.
 */
export function arrivedWith(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  if (!cands.some((a) => a.type === 'ATTENDED' && a.sent === unit.index)) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 2; k + 2 < toks.length; k++) {
    // (Arriving "at" the venue: "who arrived on Monday with Y" tells of a journey, not of the event.)
    if (toks[k]!.lower !== 'arrived' || toks[k - 1]!.lower !== 'who' || toks[k - 2]!.text !== ',' || toks[k + 1]?.lower !== 'at') continue;
    let w = k + 1;
    while (w < k + 6 && toks[w] && toks[w]!.lower !== 'with' && toks[w]!.kind !== 'p') w++;
    if (toks[w]?.lower !== 'with') continue;
    // (The person named last before the relative clause, past an apposition set off after the name.)
    let arriver: Mention | undefined;
    for (const m of unit.mentions) if (m.j <= k - 2 && m.entity !== undefined && !m.nested && m.via === 'name' && d.list[m.entity]!.type === 'person') arriver = m;
    if (!arriver) continue;
    const ms = argMentions(unit);
    const first = ms.findIndex((m) => m.i > w && m.i <= w + 8 && d.typeOfMention(m) === 'person');
    if (first < 0) continue;
    const accept = (t: NodeType): boolean => t === 'person';
    const people = [ms[first]!, ...coordinatedAfter(unit, ms, first, accept, d.typeOfMention)];
    for (const a of cands) {
      if (a.type !== 'ATTENDED' || a.negated || a.sent !== unit.index || a.source !== arriver.entity) continue;
      for (const p of people) {
        if (p.entity === undefined || p.entity === a.source || cands.some((x) => x.type === 'ATTENDED' && x.source === p.entity && x.target === a.target)) continue;
        (out ??= []).push(redirectCandidate(a, p.entity, a.target));
      }
    }
  }
  return out ?? [];
}

/** Participles and verbs of forming a body, after which "in X" tells where ("set up in Lithuania"). */
const FORMING = new Set(['set', 'formed', 'established', 'created', 'raised', 'activated', 'stood']);

/**
 * "the 45th Armored Brigade, which the Bundeswehr formally set up in Lithuania on April 1": a unit formed in a place or a
 * state is deployed there.
 */
export function formedIn(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  const toks = unit.toks;
  for (const a of cands) {
    if (a.type !== 'FORMED_BY' || a.negated || a.sent !== unit.index || d.list[a.source]!.type !== 'unit') continue;
    let k = a.cue;
    if (!FORMING.has(toks[k]?.lower ?? '')) continue;
    if (toks[k + 1]?.lower === 'up') k++;
    if (toks[k + 1]?.lower !== 'in') continue;
    const at = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const where = unit.mentions.find((m) => m.i === at && m.entity !== undefined && !m.nested && (d.list[m.entity]!.type === 'state' || d.list[m.entity]!.type === 'place'));
    if (where && !cands.some((x) => x.type === 'DEPLOYED_TO' && x.source === a.source && x.target === where.entity)) (out ??= []).push(newCandidate('DEPLOYED_TO', a.source, where.entity!, unit.index, a.cue, true));
  }
  return out ?? [];
}

/**
 * "About 1,200 Turkish soldiers, including commandos from the 3rd Commando Brigade of the Turkish Land Forces, were
 * deployed to Nakhchivan": a unit named in an ", including" apposition set off inside the subject is deployed too.
 */
export function includedUnitsDeployed(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (const a of cands) {
    if (a.type !== 'DEPLOYED_TO' || a.negated || a.sent !== unit.index || a.cue < 3) continue;
    // The apposition closes right before the verb group: ", including ..., were deployed".
    let close = a.cue - 1;
    while (close > 0 && (toks[close]!.lower === 'were' || toks[close]!.lower === 'was' || toks[close]!.lower === 'been' || toks[close]!.lower === 'have' || toks[close]!.lower === 'had')) close--;
    if (toks[close]?.text !== ',') continue;
    let open = close - 1;
    while (open > 0 && toks[open]!.text !== ',' && close - open < 20) open--;
    if (toks[open]?.text !== ',' || toks[open + 1]?.lower !== 'including') continue;
    for (const m of unit.mentions) {
      if (m.i <= open + 1 || m.j > close || m.nested || m.entity === undefined || d.typeOfMention(m) !== 'unit' || m.entity === a.source) continue;
      if (cands.some((x) => x.type === 'DEPLOYED_TO' && x.source === m.entity && x.target === a.target)) continue;
      (out ??= []).push(redirectCandidate(a, m.entity, a.target));
    }
  }
  return out ?? [];
}

/**
 * "As part of the operation, 2,500 soldiers of the 21st Infantry Brigade were deployed across Táchira state": units a
 * sentence opened by "As part of" an event deploys take part in that event.
 */
export function deployedAsPartOf(d: DocEntities, unit: SentenceUnit, cands: readonly Candidate[]): Candidate[] {
  const toks = unit.toks;
  if (toks[0]?.lower !== 'as' || toks[1]?.lower !== 'part' || toks[2]?.lower !== 'of') return [];
  const at = toks[3]?.lower === 'the' ? 4 : 3;
  const m = unit.mentions.find((x) => x.i === at && x.entity !== undefined && !x.nested);
  const event = m && d.list[m.entity!]!.type === 'event' && toks[m.j]?.text === ',' ? m.entity! : undefined;
  if (event === undefined) return [];
  let out: Candidate[] | undefined;
  for (const a of cands) {
    if (a.type !== 'DEPLOYED_TO' || a.negated || a.sent !== unit.index || d.list[a.source]!.type !== 'unit') continue;
    if (cands.some((x) => x.type === 'ATTENDED' && x.source === a.source && x.target === event) || out?.some((x) => x.source === a.source)) continue;
    (out ??= []).push(newCandidate('ATTENDED', a.source, event, a.sent, a.cue, a.dated));
  }
  return out ?? [];
}

const COMPANION_TYPES = new Set<EdgeType>(['ATTENDED', 'VISITED', 'SIGNED']);

/** Relations a companion shares with the clause's subject. */
export function isCompanionType(t: EdgeType): boolean {
  return COMPANION_TYPES.has(t);
}

/** Phrases that open a list of companions right after a clause's object ("..., accompanied by X"). */
const COMPANION_OPENERS: ReadonlyArray<readonly string[]> = [['together', 'with'], ['along', 'with'], ['accompanied', 'by'], ['as', 'well', 'as']];

/**
 * "along with the commander of the Y, Captain Z", "accompanied by the ENDF's Chief of General Staff, Field
 * Marshal Z": a post before a comma and a name; the named person is the argument, not the body of the post.
 * Returns where the arguments start (`q` when there is no such post).
 */
export function pastApposedPost(unit: SentenceUnit, ms: Mention[], q: number, end: number, typeOf: (m: Mention) => NodeType | undefined): number {
  const toks = unit.toks;
  if (toks[q]?.lower !== 'the' || toks[q + 1]?.kind !== 'w') return q;
  let r = q + 1;
  // ("the commander of the Indonesian Navy's First Fleet Command (Koarmada I), X": up to sixteen words, a short name in brackets among them.)
  while (r < end && r < q + 16 && toks[r]!.text !== ',') r++;
  const lower = !toks[q + 1]!.cap && toks[q + 2]?.lower === 'of';
  // ("the Commander of the Republic of Fiji Navy, the maritime arm of the RFMF, Captain X": past a description of the body.)
  if (toks[r]?.text === ',' && !lower && ['the', 'a', 'an'].includes(toks[r + 1]?.lower ?? '') && toks[r + 2]?.kind === 'w' && !toks[r + 2]!.cap) {
    let r2 = r + 2;
    while (r2 < end && r2 < r + 10 && toks[r2]!.text !== ',') r2++;
    const described = toks.slice(r + 2, r2).some((t) => t.lower === 'of');
    if (described && toks[r2]?.text === ',' && ms.some((m) => (m.lead ?? m.i) === r2 + 1 && typeOf(m) === 'person' && m.title !== undefined)) return r2 + 1;
  }
  return toks[r]?.text === ',' && (lower || ms.some((m) => (m.lead ?? m.i) === r + 1 && typeOf(m) === 'person' && m.title !== undefined)) ? r + 1 : q;
}

/** A companion opener ("together with", "along with", ...) starts at token `q`. */
function opensCompanions(toks: SentenceUnit['toks'], q: number): boolean {
  for (const lead of COMPANION_OPENERS) {
    let ok = true;
    for (let i = 0; i < lead.length; i++) if (toks[q + i]?.lower !== lead[i]) { ok = false; break; }
    if (ok) return true;
  }
  return false;
}

/** Mentions introduced by "together with" / "along with" / "accompanied by" at or after token `k` (with coordination). */
export function companionsAfter(unit: SentenceUnit, ms: Mention[], k: number, end: number, accept: (t: NodeType) => boolean, typeOf: (m: Mention) => NodeType | undefined): Mention[] {
  const toks = unit.toks;
  let p = k;
  // Skip commas and one short adjunct ("in Hanoi", "on Tuesday") before the companions.
  for (let guard = 0; guard < 3 && p < end; guard++) {
    if (toks[p]?.text === ',') { p++; continue; }
    if (!['on', 'in', 'at'].includes(toks[p]?.lower ?? '')) break;
    let q = p + 1;
    // (Up to a comma, or to "together with" right after the adjunct: "visited Rovaniemi on Wednesday together with X".)
    while (q < end && q < p + 5 && toks[q]?.text !== ',' && !opensCompanions(toks, q)) q++;
    p = q;
  }
  for (const lead of COMPANION_OPENERS) {
    let ok = true;
    for (let i = 0; i < lead.length; i++) if (toks[p + i]?.lower !== lead[i]) { ok = false; break; }
    if (!ok) continue;
    let q = p + lead.length;
    q = pastApposedPost(unit, ms, q, end, typeOf);
    return rightArgs(unit, ms, q, { accept, typeOf, end, window: 4, stopAt: undefined });
  }
  return [];
}

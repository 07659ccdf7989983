// Mention stage, part 5: titles that stand apart from the name. Appositions ("Chad's foreign
// minister, X", "the commander of the VCG, Lt. Gen. X", "The brigade's commander, X"),
// predicates ("elected X as chairperson of Y", "who became head of Y") and counterparts
// ("his Japanese counterpart, X": X holds the same post for Japan).
import { newTitle, type Mention, type TitleInfo } from './model.js';
import { addMention, respanMention, type Builder } from './mention-kit.js';
import { canonicalRole, consulGeneralAt, DEPUTY_ROLE, ENVOYS, POLICE, titleKind } from './roles.js';
import { INTERIM, LOWER_SERVICES, PERSON_HONORIFICS, TITLE_START, titleAt } from './runs.js';
import { pastBracket, pastShortBracket, tokAt, wordAt } from './tokens.js';
import { relativeAfterComma } from './clauses.js';
import { wordClass } from './word-classes.js';
import { teamAfter } from './cue-frames.js';

/** Posts only a state holds: its minister, president, prime minister or ambassador. */
const STATE_POSTS = /\b(?:minister|president|prime minister|premier|ambassador)\b/;

const APPOSITION_MODIFIERS = new Set(['current', 'incumbent', 'new', 'outgoing', 'rotating']);
/** Words of rank before a body's name and its post ("a senior Hamas commander"). */
const SENIORITY = new Set(['senior', 'top', 'leading', 'veteran', 'local', 'regional']);
const OWNER_ADJECTIVES = new Set(['ruling', 'governing', 'opposition', 'main']);
const PREDICATE_ADVERBS = new Set(['also', 'now', 'currently', 'still']);
const PREDICATE = new Set(['as', 'became', 'become', 'becomes', 'elected', 'appointed', 'named', 'is', 'was', 'remains', 'reappointed', 'new']);

function mentionEndingAt(b: Builder, j: number): Mention | undefined {
  return b.mentions.find((m) => m.j === j && m.type !== 'person' && !m.nested) ?? b.mentions.find((m) => m.j === j && m.type !== 'person');
}

/** "The Sinn Féin spokesman on defence, X": a name guessed a person, after "the" and right before a post, is the body (retyped). */
function guessedBodyEndingAt(b: Builder, j: number): Mention | undefined {
  const m = b.mentions.find((x) => x.j === j && x.type === 'person' && x.via === 'name' && !x.title && !x.nested && b.lowers[x.i - 1] === 'the');
  if (m) m.type = 'organization';
  return m;
}

/** The shortest body mention ending at token `j` ("LPRP" in "the Central Committee of the LPRP"). */
function innermostEndingAt(b: Builder, j: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of b.mentions) if (m.j === j && (m.type === 'organization' || m.type === 'unit' || m.type === 'state') && (!best || m.i > best.i)) best = m;
  return best;
}

function mentionStartingAt(b: Builder, i: number): Mention | undefined {
  return b.mentions.find((m) => (m.lead ?? m.i) === i && !m.nested) ?? b.mentions.find((m) => m.i === i);
}

/** Lower-case title at `k` (with portfolio words before it): its token range and kind. */
function lowerTitle(b: Builder, k: number): { a: number; e: number; kind: 'leader' | 'official' } | undefined {
  const t = b.toks[k];
  if (!t || t.cap || t.kind !== 'w' || b.covered[k]) return undefined;
  const m = titleAt(b, k);
  if (!m || m.value === 'rank') return undefined;
  let a = k;
  while (a > 0 && !b.toks[a - 1]!.cap && b.lex.portfolio.has(b.lowers[a - 1]!) && !['the', 'of', 'and', 'for', 'on'].includes(b.lowers[a - 1]!)) a--;
  return { a, e: k + m.length, kind: m.value };
}

/** A state's service in lower case ("army", "coast guard") ends right before token `a`. */
function lowerService(b: Builder, a: number): boolean {
  const last = b.toks[a - 1];
  if (!last || last.cap || last.kind !== 'w') return false;
  return LOWER_SERVICES.has(last.lower) || (a >= 2 && LOWER_SERVICES.has(`${b.lowers[a - 2]} ${last.lower}`));
}

/** Body `m` is a possessor of a body or unit named right after it ("the ENDF's Southern Command"). */
function possessesBody(b: Builder, m: Mention): boolean {
  return b.lowers[m.j] === "'s" && b.mentions.some((x) => x.i === m.j + 1 && (x.type === 'organization' || x.type === 'unit'));
}

/** Start of the coordinated clause holding token `k` (after ", while", ", but", ", whereas" or ";"), else 0. */
function coordinateClauseStart(b: Builder, k: number): number {
  for (let p = k - 1; p > 0; p--) {
    if (b.toks[p]!.text === ';') return p + 1;
    if (b.toks[p - 1]!.text === ',' && COORDINATORS.has(b.lowers[p]!)) return p + 1;
  }
  return 0;
}

const COORDINATORS = new Set(['while', 'whereas', 'but']);

/** Nouns that describe a body as a branch of another ("the maritime arm of the RFMF"). */
const BRANCH_NOUNS = new Set(['arm', 'branch', 'wing', 'component', 'part', 'unit', 'service']);

/**
 * `comma` follows a post's body; when ", the|a <lower-case words> of (the) BODY," comes next and a capitalised word
 * (the holder's rank or name) after it, the index of the second comma (else `comma`). A branch noun there makes
 * the post's body part of the one named ("the Republic of Fiji Navy, the maritime arm of the RFMF").
 */
function pastBodyDescription(b: Builder, owner: Mention, comma: number): number {
  const det = b.lowers[comma + 1];
  if (det !== 'the' && det !== 'a' && det !== 'an') return comma;
  let k = comma + 2;
  while (k < comma + 6 && b.toks[k]?.kind === 'w' && !b.toks[k]!.cap && b.lowers[k] !== 'of') k++;
  if (b.lowers[k] !== 'of' || k === comma + 2) return comma;
  const at = b.lowers[k + 1] === 'the' ? k + 2 : k + 1;
  const body = b.mentions.find((m) => m.i === at && (m.type === 'organization' || m.type === 'unit' || m.type === 'state'));
  if (!body || b.toks[body.j]?.text !== ',' || !b.toks[body.j + 1]?.cap) return comma;
  if (BRANCH_NOUNS.has(b.lowers[k - 1]!) && body.type !== 'state' && owner.type !== 'state') b.facts.push({ type: 'PART_OF', source: owner.id, target: body.id });
  return body.j;
}

/**
 * The comma closing a relative clause that opens at `comma` (", which flies Canadair aircraft from X,") when a
 * named person, maybe with a rank, follows it and closes the apposition; else `comma`.
 */
function pastBodyRelative(b: Builder, comma: number): number {
  // (", to which the battalion belongs,": after a preposition too.)
  const open = relativeAfterComma(b.toks, comma);
  if (open < 0 || (b.lowers[open] !== 'which' && b.lowers[open] !== 'whose')) return comma;
  for (let k = open + 1; k < Math.min(b.toks.length, comma + 24); k++) {
    const t = b.toks[k]!;
    if (t.kind === 'p' && t.text !== ',' && t.text !== '(' && t.text !== ')' && t.text !== '-') return comma;
    if (t.text !== ',') continue;
    const person = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) === k + 1);
    if (person && nameEndsApposition(b, person.j)) return k;
    // (", to which the Takanami belongs, called on X's flag officer, Y": a relative after a preposition ends at its comma.)
    if (open > comma + 1) return comma;
  }
  return comma;
}

/** Posts of a body's head that "of" and the body's one-word name may follow ("the head of Roscosmos, X"). */
const SOLE_BODY_POSTS = new Set(['head', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general', 'ceo', 'founder']);

/**
 * "the head of Roscosmos, Vladislav X", "the chairman of Kazcosmos, Y": one unknown capitalised word after a body's
 * post, set off before a capitalised holder, names that body (an organization mention made here).
 */
function soleBodyAfterPost(b: Builder, lt: { a: number; e: number }, at: number): Mention | undefined {
  const t = b.toks[at];
  if (lt.e - lt.a !== 1 || !SOLE_BODY_POSTS.has(b.lowers[lt.a]!) || !t || b.covered[at] || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || b.toks[at + 1]?.text !== ',' || !b.toks[at + 2]?.cap) return undefined;
  if (b.known.personToken(t.lower) || b.lex.gazetteer.match([t.lower], 0)) return undefined;
  return addMention(b, at, at + 1, 'organization', 'name', { core: t.lower });
}

/** Spokesmen's posts, and the bodies named bare before them ("ministry spokesman X"). */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const BARE_BODIES = new Set(['ministry', 'army', 'navy', 'police', 'military']);

function apposition(b: Builder, k: number): number {
  const lt = lowerTitle(b, k);
  if (!lt) return k;
  let { e } = lt;
  const { a } = lt;
  if (wordAt(b.lowers, a - 1) === 'former' || wordAt(b.lowers, a - 2) === 'former') return e;
  let owner: Mention | undefined;
  let bareBody = false;
  // "Haiti's interim prime minister, X": a modifier may stand between the possessor and the title.
  let pa = a;
  while (pa > a - 2 && (APPOSITION_MODIFIERS.has(b.lowers[pa - 1] ?? '') || INTERIM.has(b.lowers[pa - 1] ?? ''))) pa--;
  if (b.lowers[pa - 1] === "'s") owner = mentionEndingAt(b, pa - 1);
  // "The African Union Commission chairperson, X"
  if (!owner && b.toks[a - 1]?.cap) owner = mentionEndingAt(b, a) ?? guessedBodyEndingAt(b, a);
  // ("a Ministry of Defence (Mindef) spokesman, Colonel X": past the body's acronym in brackets.)
  if (!owner && b.toks[a - 1]?.text === ')' && b.toks[a - 3]?.text === '(' && b.toks[a - 2]?.cap) owner = mentionEndingAt(b, a - 3);
  // "The army chief, General X": a service named by a definite noun before the title.
  // ("the Ghanaian battalion commander, Lieutenant Colonel X": a demonym may stand between.)
  if (!owner && (b.lowers[a - 2] === 'the' || (b.lowers[a - 3] === 'the' && b.mentions.some((m) => m.i === a - 2 && m.j === a - 1 && m.demonym)))) {
    const body = mentionEndingAt(b, a);
    if (body && body.via === 'definite' && (body.type === 'organization' || body.type === 'unit')) owner = body;
  }
  // "..., ministry spokesman Brigadier General X said": a bare lower-case body before a spokesman's post is the one named before.
  if (!owner && SPOKES.has(b.lowers[a]!) && lt.e === a + 1 && BARE_BODIES.has(b.lowers[a - 1] ?? '') && !b.toks[a - 1]!.cap && (a === 1 || b.toks[a - 2]!.kind === 'p') && !b.covered[a - 1] && !b.mentions.some((x) => x.i <= a - 1 && x.j > a - 1)) {
    owner = addMention(b, a - 1, a, 'organization', 'definite', { head: b.lowers[a - 1]! });
    bareBody = !!owner;
  }
  // "Algeria's army chief, General X", "the Algerian navy commander, Admiral Y": a state's service in lower case before the title.
  if (!owner) {
    const body = mentionEndingAt(b, a);
    if (body && body.type === 'organization' && lowerService(b, a)) owner = body;
  }
  // "A, member of the Central Committee of the X and head of its Y": a second post in a body of the first post's.
  const secondPost = b.lowers[a - 1] === 'and' && b.apposedPost?.end === a - 1 ? b.apposedPost : undefined;
  let itsOwner: Mention | undefined;
  if (!owner && secondPost && b.lowers[e] === 'of' && b.lowers[e + 1] === 'its') {
    itsOwner = innermostEndingAt(b, secondPost.end);
    owner = itsOwner && b.mentions.find((m) => m.i === e + 2 && (m.type === 'organization' || m.type === 'unit'));
    if (owner) e = owner.j;
    else itsOwner = undefined;
  }
  // ("IGAD's special envoy for Sudan, X": a possessor's post for or to a state or place, past that state.)
  if (owner && (b.lowers[e] === 'for' || b.lowers[e] === 'to')) {
    const area = mentionStartingAt(b, b.lowers[e + 1] === 'the' ? e + 2 : e + 1);
    if (area && (area.type === 'state' || area.type === 'place') && b.toks[area.j]?.text === ',') e = area.j;
  }
  // ("X, deputy chief of mission at the Chinese Embassy in Tokyo": a post "at" a body is held in it.)
  if (!owner && b.lowers[e] === 'of' && b.lowers[e + 1] === 'mission' && b.lowers[e + 2] === 'at') e += 2;
  if (!owner && b.lowers[e] === 'at') {
    const body = mentionStartingAt(b, b.lowers[e + 1] === 'the' ? e + 2 : e + 1);
    if (body && body.type === 'organization' && b.lowers[body.j] !== "'s") {
      owner = body;
      e = body.j;
    }
  }
  if (!owner && (b.lowers[e] === 'of' || b.lowers[e] === 'for')) {
    let at = b.lowers[e + 1] === 'the' ? e + 2 : e + 1;
    // "chairman of the ruling Prosperity Party".
    if (OWNER_ADJECTIVES.has(b.lowers[at] ?? '')) at++;
    owner = mentionStartingAt(b, at) ?? soleBodyAfterPost(b, lt, at);
    // "deputy head of China's National Development and Reform Commission": the possessed body, not the possessor.
    if (owner && b.lowers[owner.j] === "'s") {
      const possessed = b.mentions.find((m) => m.i === owner!.j + 1 && m.type !== 'person' && m.type !== 'state');
      if (possessed) owner = possessed;
      // ("head of Australia's Defence Cooperation Program": a possessed name read as no body is still not the possessor.)
      else if (b.toks[owner.j + 1]?.cap) owner = undefined;
    }
    // ("director of the Serbian government's Office for Kosovo and Metohija": the body a demonym's common noun possesses.)
    if (owner?.demonym && b.toks[owner.j]?.kind === 'w' && !b.toks[owner.j]!.cap && b.lowers[owner.j + 1] === "'s") {
      const possessed = b.mentions.find((m) => m.i === owner!.j + 2 && (m.type === 'organization' || m.type === 'unit'));
      if (possessed) owner = possessed;
    }
    // "commander of the Greek contingent": a demonym before a common noun names no body led.
    if (owner?.demonym && b.toks[owner.j]?.kind === 'w' && !b.toks[owner.j]!.cap && b.lowers[owner.j] !== "'s") owner = undefined;
    if (owner && owner.type !== 'person') e = owner.j;
    else owner = undefined;
    // ("the commander of Military Region 4 of the Royal Cambodian Armed Forces (RCAF), X": past the body that owns it.)
    if (owner && (owner.type === 'unit' || owner.type === 'organization') && b.lowers[e] === 'of') {
      const parent = mentionStartingAt(b, b.lowers[e + 1] === 'the' ? e + 2 : e + 1);
      if (parent && (parent.type === 'organization' || parent.type === 'unit' || parent.type === 'state') && b.toks[pastBracket(b.toks, parent.j)]?.text === ',') e = parent.j;
    }
  }
  if (owner && owner.type === 'person') owner = undefined;
  // "its head Siti Rahayu said", "its spokesman, X": the first body named before "its" in the sentence.
  // ("The Houthis denied ..., and their spokesman, X, said": a plural body's.)
  const its = !owner && (b.lowers[a - 1] === 'its' || b.lowers[a - 1] === 'whose' || b.lowers[a - 1] === 'their');
  if (its && b.lowers[a - 1] !== 'whose') {
    // The first named body in reading order ("the headquarters of the X Party, ... its general secretary": the party).
    // Within the clause: "ZANU-PF's delegation was led by X, while the UDC sent its chairperson, Y".
    // ("the headquarters of the ENDF's Southern Command in Hawassa, where he was received by its commander": the body possessed, not its possessor.)
    const from = coordinateClauseStart(b, a);
    for (const m of b.mentions) if (m.j <= a - 1 && m.i >= from && !m.nested && m.via !== 'definite' && (m.type === 'organization' || m.type === 'unit') && (!owner || m.i < owner.i) && !possessesBody(b, m)) owner = m;
    // ("Bolivia ..., although its foreign minister, X, said": a state's minister, when no body is named before.)
    if (!owner && STATE_POSTS.test(b.lowers.slice(a, lt.e).join(' '))) {
      for (const m of b.mentions) if (m.j <= a - 1 && !m.nested && m.type === 'state' && !m.demonym && (!owner || m.i < owner.i)) owner = m;
    }
  }
  // "the State Investigation and Protection Agency (SIPA), whose director, X": the body just named.
  else if (its) {
    for (const m of b.mentions) if (m.j <= a - 1 && !m.nested && m.type !== 'place' && m.type !== 'event' && (!owner || m.j > owner.j)) owner = m;
    // ("the Committee on Defence and Security of the National Council of the Slovak Republic, whose chairman, X": the
    // body the "of" phrase completes, not the one in it.)
    const of = owner ? (b.lowers[owner.i - 1] === 'the' ? owner.i - 2 : owner.i - 1) : -1;
    const head = of > 0 && b.lowers[of] === 'of' ? b.mentions.find((m) => m.j === of && !m.nested && (m.type === 'organization' || m.type === 'unit')) : undefined;
    if (head) owner = head;
  }
  if (its && owner && owner.type !== 'organization' && owner.type !== 'unit' && owner.type !== 'state') owner = undefined;
  // "Mauritania's ambassador to Morocco, X": the host state comes between the title and the name.
  if (owner && (b.lowers[e] === 'to' || b.lowers[e] === 'in') && (ENVOYS.test(b.lowers[lt.e - 1]!) || consulGeneralAt(b.lowers, lt.e - 1))) {
    const host = mentionStartingAt(b, b.lowers[e + 1] === 'the' ? e + 2 : e + 1);
    if (host && b.toks[host.j]?.text === ',') e = host.j;
  }
  // "The Labour Party spokesman on defence, X": the post's portfolio after "on".
  if (owner && b.lowers[e] === 'on') {
    let q = e + 1;
    while (q < e + 5 && b.toks[q]?.kind === 'w' && (b.lex.portfolio.has(b.lowers[q]!) || b.lowers[q] === 'and')) q++;
    if (q > e + 1 && b.toks[q]?.text === ',') e = q;
  }
  const roleText = b.text.slice(b.toks[a]!.start, b.toks[lt.e - 1]!.end);
  const title = newTitle(canonicalRole(b.lex, roleText), b.lowers.slice(k, lt.e).join(' '), titleKind(b.lex, roleText, [lt.kind]) === 'official' ? 'official' : lt.kind);
  if (owner) {
    title.affiliation = owner.id;
    if (owner.type === 'state') title.stateCode = owner.code;
    if (title.head === 'commissioner' && POLICE.test(owner.surface) && !DEPUTY_ROLE.test(roleText)) title.kind = 'leader';
    // ("X, the head of the RSF's negotiating team": the team is headed, the body only served.)
    if (title.kind === 'leader' && owner.type !== 'state' && teamAfter(b.toks, owner.j)) title.kind = 'official';
  }
  // "the chairman of the Independent Electoral Commission (IEC), X": past the acronym.
  // ("the head of the Udayana Military Regional Command (Kodam IX/Udayana), X": or a short name of a few tokens.)
  if (owner) e = pastShortBracket(b.toks, e, 5);
  // "the head of the Observation Mission to The Gambia, X": the mission's destination comes between.
  if (owner && b.lowers[e] === 'to') {
    const dest = mentionStartingAt(b, b.lowers[e + 1] === 'the' ? e + 2 : e + 1);
    if (dest && (dest.type === 'state' || dest.type === 'place') && b.toks[dest.j]?.text === ',') e = dest.j;
  }
  // "the commander of the French Elements in Gabon (EFG), Colonel X": where the body serves, and its acronym, come between.
  if (owner && b.lowers[e] === 'in') {
    const where = mentionStartingAt(b, b.lowers[e + 1] === 'the' ? e + 2 : e + 1);
    const close = where && (where.type === 'state' || where.type === 'place') ? pastBracket(b.toks, where.j) : -1;
    if (close > 0 && b.toks[close]?.text === ',') e = close;
  }
  // "the Commander of the Republic of Fiji Navy, the maritime arm of the RFMF, Captain X": past a description of the body.
  if (owner && b.toks[e]?.text === ',') e = pastBodyDescription(b, owner, e);
  // "The commander of the Air Force's 383 Squadron, which flies Canadair aircraft from X, Wing Commander Y": past a relative clause on the body.
  if (owner && b.toks[e]?.text === ',') e = pastBodyRelative(b, e);
  // ("NEOS defence spokeswoman Lena Hochfilzer", "SP national councillor X": a body named right before a lower-case post,
  // the holder's name right after it.)
  // ("UNIFIL head and force commander Major General X": past a second lower-case post coordinated with the first.)
  const second = owner && owner.via === 'name' && owner.j === a && b.lowers[e] === 'and' ? lowerTitle(b, e + 1) : undefined;
  if (second && second.a === e + 1 && b.toks[second.e]?.cap) e = second.e;
  const namedBefore = !!owner && owner.via === 'name' && owner.j === a && b.toks[e]?.cap === true && (b.lex.titles.match(b.lowers, e) === undefined || b.lex.titles.match(b.lowers, e)?.value === 'rank');
  if (b.toks[e]?.text === ',' || its || bareBody || namedBefore) {
    const at = b.toks[e]?.text === ',' ? e + 1 : e;
    // "the commander of the RGF, Belarusian Lieutenant General X": a demonym before the rank.
    const demonym = b.mentions.find((m) => m.i === at && m.type === 'state' && m.demonym);
    const rankAt = demonym ? demonym.j : at;
    // "the spokesman for the Egyptian Armed Forces, Colonel X": a rank before the name.
    const rank = b.lex.titles.match(b.lowers, rankAt);
    const ranked = rank?.value === 'rank' ? rankAt + rank.length : at;
    const person = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && ((m.lead ?? m.i) === at || m.i === ranked || (owner && describedName(b, at, m))));
    if (person) {
      if (!person.title || person.title.kind === 'rank') person.title = keepRank(title, person.title);
      if (owner) b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: person.id, target: owner.id, role: title.role });
      return e;
    }
  }
  // "Holton Stanwell, commander of the 172nd Division, said": the title follows the name.
  // "Sandra Holder, the current chair of the Caribbean Community": with an article and a modifier.
  let ca = a;
  while (ca > a - 2 && APPOSITION_MODIFIERS.has(b.lowers[ca - 1] ?? '')) ca--;
  // ("Rear Admiral X, the Italian Coast Guard's commander in Sicily,": past the possessor of the post.)
  // (A command "in" a place is a regional one: its holder serves the body, not leads it.)
  if (owner && b.lowers[ca - 1] === "'s" && owner.j === ca - 1) {
    ca = owner.lead ?? owner.i;
    if (b.lowers[lt.e] === 'in' && title.kind === 'leader') title.kind = 'official';
  }
  // ("X, a senior al-Shabaab commander who ...": past the body named right before the post, and a word of rank.)
  else if (owner && owner.via === 'name' && owner.j === ca && owner.type !== 'state' && b.toks[ca - 1]?.cap) {
    ca = owner.lead ?? owner.i;
    if (SENIORITY.has(b.lowers[ca - 1] ?? '')) ca--;
  }
  // ("X, a member of the Central Military Commission,": an indefinite post too.)
  if ((b.lowers[ca - 1] === 'the' || b.lowers[ca - 1] === 'a' || b.lowers[ca - 1] === 'an') && b.toks[ca - 2]?.text === ',' && owner) {
    // ("X, a senior al-Shabaab commander": one of the body's commanders serves it, no more.)
    if (b.lowers[ca - 1] !== 'the' && title.kind === 'leader' && owner.type !== 'state') title.kind = 'official';
    ca--;
  }
  if (b.toks[ca - 1]?.text === ',' && (owner || lt.kind === 'leader')) {
    const named = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && m.j === ca - 1);
    if (named && (!named.title || named.title.kind === 'rank')) {
      named.title = keepRank(title, named.title);
      if (owner) owner.nested = true;
      if (owner) b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: named.id, target: owner.id, role: title.role });
      if (owner) b.apposedPost = { holder: named, end: e };
      return e;
    }
    // A titled name with a second post: "Barbadian Prime Minister X, the current chair of Y",
    // "Federal Councillor X, head of the Federal Department of Defence".
    if (named && owner) {
      owner.nested = true;
      b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: named.id, target: owner.id, role: title.role });
      return e;
    }
  }
  // "A, member of the Political Bureau and secretary of the Central Committee": a second post of the same person.
  if (owner && secondPost && ca === a) {
    owner.nested = true;
    b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: secondPost.holder.id, target: owner.id, role: title.role });
    if (itsOwner) b.facts.push({ type: 'PART_OF', source: owner.id, target: itsOwner.id });
    b.apposedPost = { holder: secondPost.holder, end: e };
    return e;
  }
  const before = b.lowers[a - 1] ?? '';
  let q = a - 1;
  if (['a', 'an', 'the'].includes(before)) q--;
  // "who is also / now / currently the president of Y".
  while (q > a - 4 && PREDICATE_ADVERBS.has(b.lowers[q] ?? '')) q--;
  const beforeDet = b.lowers[q] ?? '';
  if (owner && PREDICATE.has(beforeDet)) {
    addMention(b, a, lt.e, 'person', 'title', { title: newTitle(title.role, title.head, title.kind, { affiliation: title.affiliation, stateCode: title.stateCode, predicate: true }) });
  }
  return e;
}

const COUNTERPART_PREPS = new Set(['in', 'at', 'from', 'of']);

/** Tok.classes bit of "counterpart" and "counterparts", the words counterparts reads from. */
const COUNTERPART = wordClass(['counterpart', 'counterparts']);

function counterparts(b: Builder, k: number): number {
  const w = b.lowers[k];
  if ((w !== 'counterpart' && w !== 'counterparts') || b.covered[k]) return k;
  // Demonyms before: "his French and German counterparts".
  const states: Mention[] = [];
  let p = k - 1;
  while (p >= 0) {
    const m = b.mentions.find((x) => x.j === p + 1 && x.type === 'state');
    if (m) {
      states.unshift(m);
      p = m.i - 1;
      continue;
    }
    if (b.lowers[p] === 'and' || b.lowers[p] === ',') { p--; continue; }
    break;
  }
  // ("held talks with his counterpart, X": with no state named, X is still the one met, not "his".)
  if (!['his', 'her', 'their', 'its'].includes(b.lowers[p] ?? '') || (!states.length && w !== 'counterpart')) return k + 1;
  const people: Mention[] = [];
  let q = b.toks[k + 1]?.text === ',' ? k + 2 : k + 1;
  // "his Libyan counterpart in the Government of National Unity (GNU), X": past the body the counterpart serves.
  const body = COUNTERPART_PREPS.has(b.lowers[k + 1] ?? '') ? b.mentions.find((m) => m.type === 'organization' && (m.i === k + 2 || (m.i === k + 3 && b.lowers[k + 2] === 'the'))) : undefined;
  if (body) {
    const e = pastBracket(b.toks, body.j);
    if (b.toks[e]?.text === ',') {
      q = e + 1;
      body.nested = true;
    }
  }
  for (;;) {
    const person = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) === q);
    if (!person) break;
    people.push(person);
    if (b.lowers[person.j] === 'and' || b.lowers[person.j] === ',') q = person.j + 1;
    else break;
  }
  const pronoun = b.mentions.find((m) => m.i === p && m.via === 'pronoun');
  if (pronoun && people.length) pronoun.nested = true;
  people.forEach((person, n) => {
    const st = states.length ? states[Math.min(n, states.length - 1)]! : undefined;
    if (st) st.nested = true;
    // ("his Indian counterpart, General X ... The Indian general": the counterpart keeps the rank the name carried.)
    const rank = person.title?.kind === 'rank' ? person.title.head : undefined;
    person.title = newTitle('', 'counterpart', 'official', st ? { affiliation: st.id, stateCode: st.code || undefined, rank } : { rank });
    if (n === 0) person.lead = Math.min(person.lead ?? person.i, p);
  });
  return k + 1;
}

/** A post given to a name that carried only a rank keeps the rank ("the Minister of the FAR, General X": "the two generals"). */
function keepRank(post: TitleInfo, had: TitleInfo | undefined): TitleInfo {
  // (The same record, not a copy: a post's mention and its holder are matched by their title.)
  if (had && had.kind === 'rank' && post.rank === undefined) post.rank = had.head;
  return post;
}

/** "X, the UAE Minister of State for Defence": a capitalised title without a name, set off after a name, is that person's title. */
function titleAfterName(b: Builder): void {
  // A title between two names in a list ("A, Jamaica's Prime Minister, B") goes with the name after it: that loop first.
  // "the outgoing EAC Secretary General, Burundian diplomat Jean-Claude Niyonkuru,": the name follows the title.
  // ("its Secretary for Organisation, X": an "its" title is settled later, with the body named before.)
  for (const m of b.mentions) {
    if (m.via !== 'title' || !m.title || m.title.predicate || m.nested) continue;
    // ("Deputy Minister of National Defence and Chief of the LPA General Staff, X": or a post of no body named with a second
    // one after "and"; the name holds both.)
    if (m.title.affiliation !== undefined || m.title.its || (b.lowers[m.j] === 'and' && m.title.kind !== 'rank')) titleBeforeName(b, m, m.title, m.j);
    else shipPostBeforeName(b, m, m.title);
  }
  for (const m of b.mentions) if (m.via === 'title' && m.title && !m.title.predicate && !m.nested) titleAfterNamed(b, m, m.title);
}

// (titleAfterName's and stackedTitles' loops test the cheap conditions and leave the work at a post to a
// function of its own: arrows reading the loop variable would make V8 allocate a context for it at every
// mention of every sentence.)

/**
 * "the Commander of NNS Beecroft, Commodore X": a post whose run ended before "of" and a warship named with its prefix
 * (a run of its own): the ship is the post's body, and the name after the comma holds the post.
 */
function shipPostBeforeName(b: Builder, m: Mention, title: TitleInfo): void {
  if (b.lowers[m.j] !== 'of') return;
  const ship = b.mentions.find((x) => x.i === m.j + 1 && x.type === 'unit' && x.via === 'name' && b.lex.shipPrefixes.has(b.toks[x.i]!.text));
  if (ship) titleBeforeName(b, m, newTitle(title.role, title.head, title.kind, { affiliation: ship.id, stateCode: title.stateCode, rank: title.rank }), ship.j);
}

/** Nouns of a holder's act before "of the" and a post opening a sentence ("the decree of", "the invitation of"). */
const ACTS_OF = new Set(['decree', 'decrees', 'invitation', 'request', 'behalf', 'order', 'orders', 'instruction', 'instructions', 'initiative', 'directive', 'proposal']);

/** Words of a style of address after "His" or "Her" ("His Majesty", "Her Royal Highness", "His Excellency"). */
const STYLES = new Set(['majesty', 'highness', 'excellency']);

/** The length of a style of address at `k` ("His Majesty" 2, "His Royal Highness" 3), else 0. */
function styleLength(b: Builder, k: number): number {
  if (STYLES.has(b.lowers[k + 1] ?? '')) return 2;
  return b.lowers[k + 1] === 'royal' && b.lowers[k + 2] === 'highness' ? 3 : 0;
}

/** titleAfterName's first loop at post `m` (its title `title`, with a body or "its"), ending at token `end`: a name after it. */
function titleBeforeName(b: Builder, m: Mention, title: TitleInfo, end: number): void {
  // ("According to the decree of the President of Uzbekistan, X was awarded", "At the invitation of the President of
  // Kazakhstan, X arrived": a post in a fronted phrase of whose act it was is not the name's after its comma.)
  if (b.lowers[m.i - 1] === 'the' && b.lowers[m.i - 2] === 'of' && ACTS_OF.has(b.lowers[m.i - 3] ?? '') && m.i <= 7) return;
  // "Commander-in-Chief of the Bahrain Defence Force (BDF) Field Marshal X": past the body's acronym, with or without a comma.
  // "the Ambassador of Romania to Moldova, Mr X": past the envoy's host state.
  let mj = end;
  let hosted = false;
  // ("the Russian ambassador in Helsinki, X": or the city the envoy serves in; "to PNG", "to the EU": or the body.)
  // ("the Special Envoy of the League of Arab States for Libya, X": or what the envoy is sent for.)
  // ("the United Nations Resident Coordinator in Zambia, X": or the country a coordinator serves in.)
  const lastWord = title.head.slice(title.head.lastIndexOf(' ') + 1);
  if ((b.lowers[mj] === 'to' || b.lowers[mj] === 'in' || (b.lowers[mj] === 'for' && title.affiliation !== undefined)) && (ENVOYS.test(title.head) || ENVOYS.test(lastWord) || (b.lowers[mj] === 'in' && lastWord === 'coordinator'))) {
    const host = mentionStartingAt(b, b.lowers[mj + 1] === 'the' ? mj + 2 : mj + 1);
    if (host && (host.type === 'state' || host.type === 'place' || host.type === 'organization')) { mj = host.j; hosted = true; }
  }
  // ("Pakistan's Ambassador to the Kingdom Ayesha Rauf Qazilbash": a post that holds its host already.)
  if (!hosted && / to the \p{Lu}/u.test(m.surface) && (ENVOYS.test(title.head) || ENVOYS.test(lastWord))) hosted = true;
  // ("the Commander of the Republic of Fiji Navy, the maritime arm of the RFMF, Captain X": past a description of the body.)
  const body = b.toks[mj]?.text === ',' && title.affiliation !== undefined ? b.mentions.find((x) => x.id === title.affiliation) : undefined;
  if (body) mj = pastBodyDescription(b, body, mj);
  // ("the Commander of Combined Task Force 152 (CTF 152), Commodore X": an acronym with its number too.)
  const numbered = b.toks[mj]?.text === '(' && b.toks[mj + 2]?.kind === 'n' && b.toks[mj + 3]?.text === ')';
  const bracket = (b.toks[mj]?.text === '(' && b.toks[mj + 2]?.text === ')') || numbered;
  let c = numbered ? mj + 4 : bracket ? mj + 3 : mj;
  // ("the Chairman of the State Committee for National Security (GKNB) of Kyrgyzstan, Lieutenant General X": past the
  // body's state after its acronym.)
  if (bracket && b.lowers[c] === 'of' && b.toks[c + 4]) {
    const st = mentionStartingAt(b, b.lowers[c + 1] === 'the' ? c + 2 : c + 1);
    if (st?.type === 'state' && b.toks[st.j]?.text === ',') c = st.j;
  }
  // ("The Inspector General of the Royal Armed Forces (FAR) and Commander of the Southern Zone, Lieutenant General X":
  // a second post joined by "and" before the comma; the name holds both.)
  const second = b.lowers[c] === 'and' ? secondPost(b, c + 1) : undefined;
  if (second) c = second.end;
  // ("French Ambassador to the Sultanate Hélène Marchetti": after the host, the name may follow without a comma.)
  const direct = hosted && b.toks[c]?.cap === true;
  if (b.toks[c]?.text !== ',' && !bracket && !direct) return;
  let from = b.toks[c]?.text === ',' ? c : c - 1;
  // ("The President of Faso, Head of State, Captain X": past a second post of no body set off by commas, when this post
  // opens the stack.)
  const stacked = b.toks[c]?.text === ',' && b.toks[m.i - 1]?.text !== ',' ? b.mentions.find((x) => x.via === 'title' && x.i === c + 1 && x.title && x.title.kind !== 'rank' && x.title.affiliation === undefined && !x.title.its && b.toks[x.j]?.text === ',') : undefined;
  if (stacked) from = stacked.j;
  // ("the Commandant of the National Coast Guard, Commander X": a one-word post without a body before the name gives way.)
  // ("the Sultan of Brunei, His Majesty Sultan Haji X": or one whose own title repeats the post's word.)
  const named = b.mentions.find((x) => x.type === 'person' && x.via === 'name' && !x.nested && x.i > from && Math.min(x.lead ?? x.i, x.i) <= from + 6 && (!x.title || x.title.kind === 'rank' || bareOneWordTitle(x) || (x.title.head === title.head && x.title.affiliation === undefined)));
  if (!named) return;
  // Only a demonym, a rank ("Major General") and lower-case descriptors ("Burundian diplomat") may stand between.
  let ok = true;
  let described = false;
  for (let k = from + 1; k < (bareOneWordTitle(named) || (named.lead !== undefined && named.title?.kind === 'rank') ? named.lead! : named.i); k++) {
    const t = b.toks[k]!;
    // ("the Sultan of Brunei, His Majesty Sultan Haji X": past a style of address.)
    const style = b.lowers[k] === 'his' || b.lowers[k] === 'her' ? styleLength(b, k) : 0;
    if (style) { k += style - 1; continue; }
    // ("His Majesty Sultan Haji X": the post's own word again, and a personal honorific.)
    if (t.cap && b.lowers[k] === title.head) continue;
    if (PERSON_HONORIFICS.has(b.lowers[k]!) && t.cap && k > from + 1) continue;
    const demonym = stateOver(b, k);
    const rank = b.lex.titles.match(b.lowers, k)?.value === 'rank';
    if (rank) { k += (b.lex.titles.match(b.lowers, k)?.length ?? 1) - 1; continue; }
    // ("..., Royal Navy Commodore X": the officer's service before the rank.)
    const service = t.cap ? b.mentions.find((x) => x.i === k && x.type === 'organization' && !x.nested && b.lex.titles.match(b.lowers, x.j)?.value === 'rank') : undefined;
    if (service) { k = service.j - 1; continue; }
    if (!demonym && (t.cap || t.kind !== 'w')) { ok = false; break; }
    // ("The King, Supreme Commander of the Royal Armed Forces, has appointed General X": a verb between, the name is its object.)
    if (!demonym && (VERBS_BETWEEN.has(t.lower) || /[^e]ed$/.test(t.lower))) { ok = false; break; }
    if (!demonym) described = true;
  }
  if (!ok) return;
  // "A, the UAE Minister of State, met B": with words between, a name just before the title keeps it.
  const before = b.lowers[m.i - 1] === 'the' ? m.i - 2 : m.i - 1;
  if (described && b.toks[before]?.text === ',' && b.mentions.some((x) => x.type === 'person' && x.via === 'name' && x.j === before)) return;
  named.title = keepRank(title, named.title);
  m.nested = true;
  // ("A and Pakistan's Ambassador to the Kingdom B": with no comma between, the post opens B's words, as a rank does.)
  if (direct && b.toks[c]?.text !== ',' && named.i === c) named.lead = m.i;
  if (stacked) stacked.nested = true;
  if (title.affiliation !== undefined) b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: named.id, target: title.affiliation, role: title.role });
  if (second) {
    second.post.nested = true;
    const t2 = second.post.title!;
    const body2 = t2.affiliation ?? second.body;
    if (body2 !== undefined) b.facts.push({ type: t2.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: named.id, target: body2, role: t2.role });
  }
}

/**
 * A post opening at token `i` (after "and"), with what it is of ("Commander of the Southern Zone"): the post's mention
 * and the token after it, when a comma follows.
 */
function secondPost(b: Builder, i: number): { post: Mention; end: number; body: number | undefined } | undefined {
  const post = b.mentions.find((x) => x.via === 'title' && x.i === i && !x.nested && x.title !== undefined && x.title.kind !== 'rank');
  if (!post) return undefined;
  let end = post.j;
  let body: number | undefined;
  // ("Commander of the Fleet Command": a body or unit the post is of, when the post's reading left it out.)
  if (b.lowers[end] === 'of') {
    const of = mentionStartingAt(b, b.lowers[end + 1] === 'the' ? end + 2 : end + 1);
    if (of) end = of.j;
    if (of && (of.type === 'organization' || of.type === 'unit')) body = of.id;
  }
  return b.toks[end]?.text === ',' ? { post, end, body } : undefined;
}

/** titleAfterName's second loop at post `m` (its title `title`): a name before it. */
function titleAfterNamed(b: Builder, m: Mention, title: TitleInfo): void {
  let p = m.i - 1;
  // ("X, the President of Brunei and Supreme Commander of the RBAF,": a second post joined by "and" to the post set off
  // after the name.)
  if (wordAt(b.lowers, p) === 'and') {
    const first = b.mentions.find((x) => x.via === 'title' && x.j === p && x.title !== undefined && x.title.kind !== 'rank');
    if (!first) return;
    p = first.i - 1;
  }
  // ("X, the outgoing French defence attaché in Muscat,": a modifier before the post.)
  // (wordAt / tokAt: a mention opening the sentence puts p below 0, and a negative index read turns its site megamorphic.)
  if (APPOSITION_MODIFIERS.has(wordAt(b.lowers, p) ?? '') && wordAt(b.lowers, p - 1) === 'the') p--;
  if (wordAt(b.lowers, p) === 'the') p--;
  if (tokAt(b.toks, p)?.text !== ',') return;
  // ("General X, Politburo member, Deputy Secretary of the CMC and Minister of National Defence,": past a membership set
  // off before the post.)
  if (wordAt(b.lowers, p - 1) === 'member' && tokAt(b.toks, p - 2)?.cap && tokAt(b.toks, p - 3)?.text === ',') p -= 3;
  const named = b.mentions.find((x) => x.type === 'person' && x.via === 'name' && x.j === p && !x.nested);
  if (!named) return;
  // ("King X, Supreme Commander of the JAF,": a second post, of a body named, set off after a titled name is the
  // person's too; the title they were named with stays theirs.)
  const second = !!named.title && named.title.kind !== 'rank';
  // (Past the body's acronym: "Supreme Commander of the Royal Brunei Armed Forces (RBAF),".)
  const close = b.toks[m.j]?.text === '(' && b.toks[m.j + 2]?.text === ')' ? m.j + 3 : m.j;
  if (second && (title.affiliation === undefined || (b.toks[close]?.text !== ',' && b.toks[close]?.text !== '.'))) return;
  // ("Accompanied by the Chief of Defence, General X, the minister was received": a name set off after a post holds that
  // post; the one after it is another person's.)
  const lead = named.lead ?? named.i;
  if (b.toks[lead - 1]?.text === ',' && b.mentions.some((x) => x.via === 'title' && x.j === lead - 1 && x.title !== undefined && x.title.kind !== 'rank')) return;
  // The title must close the apposition: a comma, the sentence end or a verb after it.
  const after = b.toks[m.j];
  if (after && after.text !== ',' && after.text !== '.' && after.text !== ';' && after.cap) return;
  // ("the Minister of Defence, A, the Chief of Defence Staff, Lieutenant General B": the holder named after the post takes it.)
  if (after?.text === ',' && b.mentions.some((x) => x.type === 'person' && x.via === 'name' && (x.lead ?? x.i) === m.j + 1 && (!x.title || x.title.kind === 'rank'))) return;
  if (!second) named.title = keepRank(title, named.title);
  m.nested = true;
  if (title.affiliation !== undefined) b.facts.push({ type: title.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: named.id, target: title.affiliation, role: title.role });
}

/** Auxiliaries and verbs that, between a post and a name, make the name the verb's object. */
const VERBS_BETWEEN = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'met', 'received', 'named', 'said', 'told', 'sent', 'led']);

/** A state mention over token `k` (a demonym). */
function stateOver(b: Builder, k: number): boolean {
  return b.mentions.some((x) => x.type === 'state' && x.i <= k && k < x.j);
}

/** A name ending before token `j` closes its apposition: a comma after it, or the sentence's end ("attended by the Minister of the Interior, X."). */
function nameEndsApposition(b: Builder, j: number): boolean {
  const t = b.toks[j];
  return !t || t.text === ',' || t.text === ';' || (t.text === '.' && j >= b.toks.length - 2);
}

/**
 * A post at `i` can open a stack of posts before its holder's name: after "the", or at the start of the
 * sentence or of a list item ("Governor-General, His Excellency X,"; "attended by Prime Minister, X;
 * Minister of National Security, Y; and Chief of Defence Staff, Z").
 */
function stackOpens(b: Builder, i: number): boolean {
  const prev = b.lowers[i - 1];
  if (prev === undefined || prev === 'the' || prev === ';' || prev === ':' || prev === 'by') return true;
  return prev === 'and' && b.lowers[i - 2] === ';';
}

const STACK_WORDS = new Set(['and', 'of', 'for', 'the', ',', '&']);

/**
 * "The Prime Minister, Dr X,", "The Prime Minister, Minister of Defence and Home Affairs, Minister for
 * Rodrigues, Outer Islands and Territorial Integrity, Dr X,": a definite title with no body, maybe further
 * posts set off by commas, then the name. The name takes the first title; the further posts name nothing.
 */
function stackedTitles(b: Builder): void {
  for (const m of b.mentions) if (m.via === 'title' && m.title && m.title.kind !== 'rank' && m.title.affiliation === undefined && !m.title.its && !m.nested) stackedTitle(b, m, m.title);
}

/** stackedTitles at definite post `m` (its title `title`, with no body). */
function stackedTitle(b: Builder, m: Mention, title: TitleInfo): void {
  // ("the Chief of the Defence Staff (CDS), Lieutenant General X": past the post's acronym.)
  const close = b.toks[m.j]?.text === '(' && b.toks[m.j + 1]?.upper && b.toks[m.j + 2]?.text === ')' ? m.j + 3 : m.j;
  if (!stackOpens(b, m.i) || b.toks[close]?.text !== ',') return;
  let named: Mention | undefined;
  for (let k = close; k < Math.min(b.toks.length, close + 30); k++) {
    const t = b.toks[k]!;
    // ("Prime Minister, the Most Honourable X": a form of address may take "the".)
    const at = b.lowers[k + 1] === 'the' && b.toks[k + 2]?.cap ? k + 2 : k + 1;
    if (t.text === ',' && b.toks[at]?.cap) {
      const person = b.mentions.find((x) => x.type === 'person' && x.via === 'name' && (x.lead ?? x.i) === at && (x.i <= at + 2 || x.title?.kind === 'rank'));
      // (The name closes the apposition: a comma after it, or the sentence's end: "attended by the Minister of the Interior, X.")
      named = person && (!person.title || person.title.kind === 'rank') && nameEndsApposition(b, person.j) ? person : undefined;
      if (named) break;
      // ("the Minister of Defence, A, the Chief of Defence Staff, B": a name holding its post already ends the stack.)
      if (person) break;
    }
    if (!(t.cap || STACK_WORDS.has(t.lower))) break;
  }
  if (!named) return;
  const from = close;
  const to = named.lead ?? named.i;
  b.mentions = b.mentions.filter((x) => x === m || x === named || x.j <= from || x.i >= to);
  // The rank before the name is kept ("Colonel-Major X" is one of "the two officers").
  const rank = named.title?.kind === 'rank' ? named.title.head : undefined;
  named.title = rank ? newTitle(title.role, title.head, title.kind, { ...m.title, rank }) : title;
  m.nested = true;
}

/** A person's title is a single word right before the name, with no body ("Commander X"). */
function bareOneWordTitle(x: Mention): boolean {
  return !!x.title && x.title.affiliation === undefined && !x.title.its && x.lead === x.i - 1;
}

/** Words of order or time before a post given "as" ("as the division's first commander", "its new chief"). */
const POST_ORDER = new Set(['first', 'second', 'third', 'new', 'next', 'interim', 'acting']);

/** Verbs that give someone a post "as" it ("appointed X as the contingent's commander"). */
const APPOINTING = new Set(['appointed', 'named', 'designated']);

/**
 * "appointed Colonel X, a former commander of the battalion, as the contingent's commander": the person appointed holds
 * the post of the body possessed before it (past an apposition describing the person).
 */
function appointedAsPost(b: Builder): void {
  for (let k = 0; k < b.toks.length; k++) {
    if (!APPOINTING.has(b.lowers[k]!)) continue;
    const person = b.mentions.find((m) => m.type === 'person' && m.via === 'name' && (m.lead ?? m.i) > k && (m.lead ?? m.i) <= k + 4);
    if (!person) continue;
    let p = person.j;
    if (b.toks[p]?.text === ',') {
      let q = p + 1;
      while (q < p + 14 && q < b.toks.length && b.toks[q]!.text !== ',' && b.toks[q]!.kind !== 'p') q++;
      if (b.toks[q]?.text !== ',') continue;
      p = q + 1;
    }
    if (b.lowers[p] !== 'as') continue;
    const at = b.lowers[p + 1] === 'the' ? p + 2 : p + 1;
    const body = b.mentions.find((m) => m.i === at && (m.type === 'organization' || m.type === 'unit') && b.lowers[m.j] === "'s");
    // ("as the division's first commander": past a word of order or of time before the post.)
    const from = body && POST_ORDER.has(b.lowers[body.j + 1] ?? '') ? body.j + 2 : (body?.j ?? 0) + 1;
    const post = body ? b.lex.titles.match(b.lowers, from) : undefined;
    if (!body || !post || post.value === 'rank' || b.toks[from + post.length]?.cap) continue;
    const head = b.lowers.slice(from, from + post.length).join(' ');
    b.facts.push({ type: post.value === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: person.id, target: body.id, role: canonicalRole(b.lex, head) });
  }
}

/** Runs the apposition, predicate and counterpart recognisers over the sentence. */
export function findAppositions(b: Builder): void {
  // (An apposed post starts at a title word: in a sentence without one, only counterparts are looked for.)
  const titled = (b.classes & TITLE_START) !== 0;
  // (Likewise counterparts finds nothing in a sentence without "counterpart(s)": then the scan has nothing to do but the titles.)
  const counter = (b.classes & COUNTERPART) !== 0;
  for (let k = 0; (titled || counter) && k < b.toks.length; k++) {
    // (An apposed post starts at its own token's title word too: apposition finds nothing at any other token.)
    const next = Math.max(counter ? counterparts(b, k) : k, titled && (b.toks[k]!.classes & TITLE_START) !== 0 ? apposition(b, k) : k);
    if (next > k + 1) k = next - 1;
  }
  acronymedPostBodies(b);
  appointedAsPost(b);
  titleAfterName(b);
  stackedTitles(b);
  if (titled) bodyPostsAfterNames(b);
}

/**
 * "Lieutenant General X, the III MEF commander;", "Colonel Y, the regiment's commanding officer,": a body (or a unit
 * named before, "the regiment") and a lower-case post after it, set off after a name, are that person's post in the body.
 */
function bodyPostsAfterNames(b: Builder): void {
  for (const named of b.mentions) {
    if (named.type === 'person' && named.via === 'name' && !named.nested && b.toks[named.j]?.text === ',' && b.lowers[named.j + 1] === 'the' && !(named.title && named.title.kind !== 'rank')) bodyPostAfterName(b, named);
  }
}

/** bodyPostsAfterNames at person `named`, which ", the" follows. */
function bodyPostAfterName(b: Builder, named: Mention): void {
  const body = b.mentions.find((x) => x.i === named.j + 2 && (x.type === 'organization' || x.type === 'unit'));
  if (!body) return;
  const at = b.lowers[body.j] === "'s" ? body.j + 1 : body.j;
  const post = lowerTitle(b, at);
  if (!post || post.a !== at) return;
  const end = b.toks[post.e];
  if (end && end.text !== ',' && end.text !== ';' && end.text !== '.') return;
  const head = b.lowers.slice(post.a, post.e).join(' ');
  named.title = keepRank(newTitle(canonicalRole(b.lex, head), head, post.kind, { affiliation: body.id }), named.title);
  body.nested = true;
  b.facts.push({ type: post.kind === 'leader' ? 'LEADER_OF' : 'OFFICIAL_OF', source: named.id, target: body.id, role: named.title.role });
}

/**
 * "The Chief of Defence Force (CDF) of the Singapore Armed Forces", "the General Officer Commanding (GOC) 7 Division":
 * the post's own acronym comes between the post and its body; the post's mention goes on over the body, which it belongs to.
 */
function acronymedPostBodies(b: Builder): void {
  for (const m of b.mentions) {
    if (m.via !== 'title' || !m.title || m.title.kind === 'rank' || m.title.affiliation !== undefined || m.title.its || m.nested) continue;
    if (b.toks[m.j]?.text !== '(' || !b.toks[m.j + 1]?.upper || b.toks[m.j + 2]?.text !== ')') continue;
    const word = b.lowers[m.j + 3];
    // ("the General Officer Commanding (GOC) 7 Division": "commanding" takes its body without "of".)
    const commanding = b.lowers[m.j - 1] === 'commanding';
    if (word !== 'of' && word !== 'for' && !commanding) continue;
    const from = commanding && word !== 'of' ? m.j + 3 : m.j + 4;
    const body = mentionStartingAt(b, b.lowers[from] === 'the' ? from + 1 : from);
    if (!body || (body.type !== 'organization' && body.type !== 'unit' && body.type !== 'state')) continue;
    m.title.affiliation = body.id;
    if (body.type === 'state') m.title.stateCode = body.code;
    body.nested = true;
    respanMention(b, m, m.i, body.j);
  }
}

/** "..., former Cabo Verdean prime minister X": only "former", capitalised words and title words come between `at` and the name `m`. */
function describedName(b: Builder, at: number, m: Mention): boolean {
  if (m.i <= at || m.i - at > 7 || b.lowers[at] !== 'former') return false;
  let titled = false;
  for (let k = at + 1; k < m.i; k++) {
    const title = b.lex.titles.match(b.lowers, k);
    if (title) {
      titled = true;
      k += title.length - 1;
    } else if (!b.toks[k]!.cap) return false;
  }
  return titled;
}


// Mention stage: find every mention of a sentence. Capitalised runs first (with titles,
// gazetteer phrases and head nouns), then lower-case phrases and anaphors, then acronyms in
// brackets attached to the name before them. Mentions come back sorted by position.
import type { Mention } from './model.js';
import { addMention, appositionType, makeBuilder, normAlias, spanText, wordsText, type Builder, type Known } from './mention-kit.js';
import type { Lexicon } from './lexicon.js';
import { interpretPlain } from './names.js';
import { findPhrases } from './phrases.js';
import { findAppositions } from './appositions.js';
import { collectRuns, type Run } from './runs.js';
import { interpretTitled } from './titled.js';
import type { Tok } from './tokens.js';

/** Result of the mention stage for one sentence. */
export type SentenceMentions = Pick<Builder, 'mentions' | 'facts' | 'dropped'>;

/** "ISPR" for "Inter-Services Public Relations": the acronym's letters are the initials of the name's words. */
function initialsMatch(acronym: string, name: string): boolean {
  if (acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return false;
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === acronym;
}

const SPELLED_JOINS = new Set(['for', 'of', 'and', 'the']);

/**
 * The organization whose content words' initials give `acronym`, ending where `last` ends and
 * starting up to eight words before it over capitalised words and "for / of / and / the"; the
 * mentions inside it give way.
 */
function spelledName(b: Builder, last: { i: number; j: number }, acronym: string): Mention | undefined {
  if (acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return undefined;
  for (let i = last.i; i >= Math.max(0, last.i - 8); i--) {
    const t = b.toks[i]!;
    if (!(t.kind === 'w' && (t.cap || SPELLED_JOINS.has(t.lower)))) return undefined;
    if (!t.cap) continue;
    const words = b.toks.slice(i, last.j).filter((w) => w.cap).map((w) => w.text[0]).join('').toUpperCase();
    if (words !== acronym) continue;
    b.mentions = b.mentions.filter((m) => m.i < i || m.j > last.j);
    return addMention(b, i, last.j, 'organization', 'name', { core: normAlias(wordsText(b, i, last.j)) });
  }
  return undefined;
}

function acronymOf(b: Builder, run: Run): boolean {
  if (run.j - run.i !== 1 || !b.toks[run.i]!.cap) return false;
  if (b.toks[run.i - 1]?.text !== '(' || b.toks[run.j]?.text !== ')') return false;
  let prev = [...b.mentions].reverse().find((m) => !m.nested);
  // "... Resources Corp. (KOMIR)": the abbreviation's full stop may come between.
  const gap = b.toks[run.i - 2]?.text === '.' && prev?.j === run.i - 2 ? 1 : 0;
  if (!prev || prev.j !== run.i - 1 - gap || prev.type === 'state') {
    // "Independent Patriots for Change (IPC)": no mention ends before the bracket, but the words spell it.
    const last = run.i - 2;
    if (gap || !b.toks[last]?.cap || b.covered[last]) return false;
    const spelled = spelledName(b, { i: last, j: last + 1 }, b.toks[run.i]!.text);
    if (!spelled) return false;
    spelled.aliases.push(b.toks[run.i]!.text);
    b.covered[run.i] = 1;
    return true;
  }
  // "the Chief of Staff of the People's National Army (ANP)": the acronym is the body the post belongs to.
  if (prev.via === 'title' && prev.title?.affiliation !== undefined) {
    const body = b.mentions.find((m) => m.id === prev!.title!.affiliation && m.j === prev!.j);
    if (body && body.type !== 'state') prev = body;
  }
  // "the 21st Battalion of the Mozambican armed forces (FADM)": the acronym stands for the body named last.
  const owner = prev.owner === undefined ? undefined : b.mentions.find((m) => m.id === prev!.owner);
  if (owner && owner.j === prev.j && owner.type === 'organization' && !initialsMatch(b.toks[run.i]!.text, prev.surface)) prev = owner;
  // "Inter-Services Public Relations (ISPR)": a name with its own acronym is an organization, not a person.
  if (prev.type === 'person') {
    // "Umbrella for Democratic Change (UDC)": the acronym spells a longer name through "for" / "of".
    const longer = initialsMatch(b.toks[run.i]!.text, prev.surface) ? undefined : spelledName(b, prev, b.toks[run.i]!.text);
    if (longer) {
      longer.aliases.push(b.toks[run.i]!.text);
      b.covered[run.i] = 1;
      return true;
    }
    if (!initialsMatch(b.toks[run.i]!.text, prev.surface)) return false;
    prev.type = 'organization';
    prev.title = undefined;
  }
  prev.aliases.push(b.toks[run.i]!.text);
  b.covered[run.i] = 1;
  return true;
}

/**
 * "the UN refugee agency UNHCR": the name owning the descriptor ("UN" + "refugee agency") was read
 * as that name with the descriptor as an alias; the body named after it is what the descriptor
 * describes, so the descriptor becomes the body's alias and the owner's mention goes.
 */
function describedBody(b: Builder, named: Mention): void {
  const k = b.mentions.findIndex((x) => x !== named && x.type === 'organization' && x.j < named.i && x.via === 'name' && x.aliases.includes(spanText(b, x.i, named.i)));
  if (k < 0) return;
  const owner = b.mentions[k]!;
  named.aliases.push(spanText(b, owner.i, named.i));
  if (b.facts.some((f) => f.source === owner.id || f.target === owner.id)) return;
  b.mentions.splice(k, 1);
}

const NAMED_EXERCISES = new Set(['exercise', 'exercises', 'drills', 'manoeuvres', 'maneuvers']);
const CODENAMED = new Set(['codenamed', 'code-named', 'dubbed', 'christened']);

function interpretRun(b: Builder, run: Run): void {
  if (acronymOf(b, run)) return;
  const prev = b.lowers[run.i - 1] ?? '';
  const prev2 = b.lowers[run.i - 2] ?? '';

  // "the tanker Kaspian Dawn": a civilian ship's name is no entity.
  if (b.lex.civilianShipNouns.has(prev) || b.lex.civilianShipNouns.has(`${prev2} ${prev}`)) {
    for (let k = run.i; k < run.j; k++) b.covered[k] = 1;
    return;
  }
  if (b.lex.shipNouns.has(prev) || b.lex.shipNouns.has(`${prev2} ${prev}`)) {
    interpretPlain(b, run.segs, { force: 'unit' });
    return;
  }
  const listed = prev === 'and' && b.mentions.some((m) => m.j === run.i - 1 && m.type === 'place' && m.aliases.some((a) => / of /.test(a)));
  if (listed && !run.segs.some((s) => s.kind === 'gaz' || s.kind === 'title')) {
    // "the eastern cities of Goma and Bukavu"
    interpretPlain(b, run.segs, { force: 'place' });
    return;
  }
  if (prev === 'of' && b.lex.placeOfNouns.has(prev2) && !run.segs.some((s) => s.kind === 'gaz' || s.kind === 'title')) {
    const m = interpretPlain(b, run.segs, { force: 'place' });
    if (m) {
      m.aliases.push(`${prev2} of ${m.surface}`);
      // "the Azerbaijani city of Shusha": the demonym names the state it lies in.
      const demonym = b.mentions.find((x) => x.type === 'state' && x.j === run.i - 2);
      if (demonym) b.facts.push({ type: 'LOCATED_IN', source: m.id, target: demonym.id });
    }
    return;
  }
  // "conferred the Nishan-e-Imtiaz on X": what is conferred is an award.
  if (prev === 'the' && AWARD_VERBS.has(prev2)) {
    const m = interpretPlain(b, run.segs);
    if (m && m.type !== 'award' && m.type !== 'state' && m.head === undefined && m.i === run.i) m.type = 'award';
    return;
  }
  const descriptor = b.lex.orgDescriptors.has(prev) || b.lex.orgDescriptors.has(`${prev2} ${prev}`);
  if (descriptor && run.segs.every((s) => s.kind === 'word' || s.kind === 'conn')) {
    const m = interpretPlain(b, run.segs, { force: 'organization' });
    if (m) describedBody(b, m);
    return;
  }
  // "the Chief of Defence Forces Commendation": a name ending in an award word is the award, whatever titles it holds.
  const lastSeg = run.segs[run.segs.length - 1];
  if (lastSeg?.kind === 'word' && run.segs.some((s) => s.kind === 'title') && b.lex.awardSuffix.has(b.lowers[lastSeg.j - 1]!) && (prev === 'the' || prev === 'a')) {
    addMention(b, run.i, run.j, 'award', 'name', { head: b.lowers[run.j - 1]!, core: normAlias(wordsText(b, run.i, run.j)) });
    return;
  }
  // "the Sir Dawda Jawara International Conference Centre", "King Fahd University": a place or body named after someone.
  // "the Comandante Germán Pomares Humanitarian Rescue Battalion": so are units named after one.
  const namedAfterHead = lastSeg?.kind === 'word' && (NAMED_AFTER_HEADS.has(b.lowers[lastSeg.j - 1]!) || NAMED_UNITS.has(b.lowers[lastSeg.j - 1]!));
  if (run.segs.length > 1 && run.segs.some((s) => s.kind === 'title') && namedAfterHead && lastSeg.j - run.segs[1]!.i >= 2 && !run.segs.some((s) => s.kind === 'poss' || (s.kind === 'conn' && !b.lex.particles.has(b.lowers[s.i]!)))) {
    interpretPlain(b, run.segs.map((s) => (s.kind === 'title' ? { kind: 'word', i: s.i, j: s.j } : s)));
    return;
  }
  // "the Saudi general": a demonym and a rank after "the" refer back to an officer.
  const rankAnaphor = prev === 'the' && lastSeg?.kind === 'title' && lastSeg.title === 'rank' && ((run.segs.length === 2 && run.segs[0]!.kind === 'gaz') || run.segs.length === 1);
  if (run.segs.some((s) => s.kind === 'title' && s.title !== 'rank') || (run.segs[0]?.kind === 'title' && run.segs.length > 1) || rankAnaphor) {
    interpretTitled(b, run);
    return;
  }
  interpretPlain(b, run.segs);
}

const AWARD_VERBS = new Set(['conferred', 'confers', 'confer', 'bestowed', 'bestows', 'bestow']);

/** Heads of places and bodies often named after a person with a title. */
const NAMED_AFTER_HEADS = new Set(['centre', 'center', 'airport', 'university', 'school', 'college', 'hospital', 'stadium', 'institute', 'academy', 'library', 'museum', 'hall', 'bridge', 'avenue', 'street', 'boulevard', 'square', 'station', 'port', 'base', 'barracks', 'palace', 'park', 'foundation', 'highway']);

/** Unit heads a name after a titled person may end in. */
const NAMED_UNITS = new Set(['battalion', 'brigade', 'regiment', 'division', 'squadron', 'company', 'detachment', 'corps']);

const AWARD_WORDS = new Set(['title', 'order', 'medal', 'award', 'prize', 'honour', 'honor', 'distinction', 'decoration']);

/** "the honorary title “For Courage and Bravery”": a quoted capitalised name after an award word. */
function quotedAward(b: Builder): void {
  for (let k = 0; k + 2 < b.toks.length; k++) {
    const q = b.toks[k]!;
    if ((q.text !== '“' && q.text !== '"' && q.text !== '«') || !AWARD_WORDS.has(b.lowers[k - 1] ?? '')) continue;
    let e = k + 1;
    while (e < b.toks.length && e - k < 10 && !['”', '"', '»'].includes(b.toks[e]!.text)) e++;
    if (e >= b.toks.length || e === k + 1 || !b.toks[k + 1]!.cap) continue;
    for (let i = k + 1; i < e; i++) b.covered[i] = 1;
    // 'the Order "Augusto C. Sandino"': a capitalised award word before the quote is part of the name.
    const named = b.toks[k - 1]!.cap && !b.covered[k - 1];
    if (named) b.covered[k - 1] = 1;
    const m = addMention(b, named ? k - 1 : k + 1, named ? e + 1 : e, 'award', 'name', { core: b.lowers.slice(k + 1, e).join(' ') });
    if (m && named) m.aliases.push(`${b.toks[k - 1]!.text} ${spanText(b, k + 1, e)}`);
    k = e;
  }
}

/** All mentions and structural facts of one sentence. */
export function findMentions(lex: Lexicon, text: string, sent: number, toks: Tok[], known: Known, ids: { next: number }, maxMentions: number): SentenceMentions {
  const b = makeBuilder(lex, text, sent, toks, known, ids, maxMentions);
  quotedAward(b);
  for (const run of collectRuns(b)) {
    if (b.covered[run.i]) continue;
    if (b.mentions.length >= maxMentions) {
      b.dropped++;
      continue;
    }
    interpretRun(b, run);
  }
  findPhrases(b);
  codeNames(b);
  quotedNicknames(b);
  phraseAcronyms(b);
  findAppositions(b);
  retypeByApposition(b);
  b.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  markNested(b.mentions);
  return b;
}

const OPEN_QUOTES = new Set(['"', '“', '«']);
const CLOSE_QUOTES = new Set(['"', '”', '»']);

/**
 * 'the 25th Special Purpose Brigade "Scorpion" of the Kyrgyz Armed Forces': a quoted nickname after a
 * unit is part of its name, and the body after "of" owns the unit (and is no actor of its own there).
 */
function quotedNicknames(b: Builder): void {
  for (const m of [...b.mentions]) {
    if (m.type !== 'unit' || m.via !== 'name' || !OPEN_QUOTES.has(b.toks[m.j]?.text ?? '')) continue;
    let e = m.j + 1;
    while (e < b.toks.length && e - m.j <= 4 && b.toks[e]!.cap) e++;
    if (e === m.j + 1 || !CLOSE_QUOTES.has(b.toks[e]?.text ?? '')) continue;
    m.aliases.push(spanText(b, m.i, e + 1), `${m.surface} ${spanText(b, m.j + 1, e)}`);
    b.mentions = b.mentions.filter((x) => x.i <= m.j || x.j > e + 1);
    if (b.lowers[e + 1] !== 'of') continue;
    const at = b.lowers[e + 2] === 'the' ? e + 3 : e + 2;
    const owner = b.mentions.find((x) => x.i === at && (x.type === 'organization' || x.type === 'unit' || x.type === 'state'));
    if (!owner) continue;
    owner.nested = true;
    b.facts.push({ type: 'PART_OF', source: m.id, target: owner.id });
  }
}

/** "the exercise, codenamed Kaiyo Bayanihan 2026": the code name (with its year) is the event's name, not a name of its own. */
function codeNames(b: Builder): void {
  // "the CSTO joint exercise Interaction-2027": capitalised words right after an exercise word name it.
  for (const x of b.mentions) {
    if (x.type !== 'event' || !NAMED_EXERCISES.has(b.lowers[x.j - 1] ?? '') || !b.toks[x.j]?.cap || b.mentions.some((y) => y.i === x.j && y.type === 'state')) continue;
    let e = x.j;
    while (e < b.toks.length && e - x.j < 3 && b.toks[e]!.cap && b.toks[e]!.kind === 'w') e++;
    x.aliases.push(spanText(b, x.j, e));
    b.mentions = b.mentions.filter((y) => y === x || y.j <= x.j || y.i >= e);
    for (let k = x.j; k < e; k++) b.covered[k] = 1;
  }
  for (let k = 0; k < b.mentions.length; k++) {
    const m = b.mentions[k]!;
    if (m.via !== 'name' || !CODENAMED.has(b.lowers[m.i - 1] ?? '')) continue;
    const ev = b.mentions.find((x) => x.type === 'event' && x.j < m.i && m.i - x.j <= 3);
    if (!ev) continue;
    const j = /^(?:19|20)\d\d$/.test(b.toks[m.j]?.text ?? '') ? m.j + 1 : m.j;
    ev.aliases.push(spanText(b, m.i, j));
    b.mentions.splice(k--, 1);
  }
}

/** Initials of `words`: every word's, or only those of the words that are not function words. */
function phraseInitials(b: Builder, words: string[]): string[] {
  const all = words.map((w) => w[0] ?? '').join('').toUpperCase();
  const content = words.filter((w) => !b.lex.functionWords.has(w)).map((w) => w[0] ?? '').join('').toUpperCase();
  return [all, content];
}

/**
 * "a memorandum of understanding (MoU)": an acronym in brackets right after a lower-case phrase
 * (found after the capitalised runs) is that phrase's alias, not a name of its own.
 */
function phraseAcronyms(b: Builder): void {
  for (let k = 0; k < b.mentions.length; k++) {
    const a = b.mentions[k]!;
    if (a.via !== 'name' || a.j - a.i !== 1 || b.toks[a.i - 1]?.text !== '(' || b.toks[a.j]?.text !== ')') continue;
    const acronym = b.toks[a.i]!.text;
    if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,6}$/u.test(acronym) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
    const phrase = b.mentions.find((m) => m.via === 'phrase' && m.j === a.i - 1 && m.type !== 'person');
    if (!phrase) continue;
    const words = b.lowers.slice(phrase.i, phrase.j).filter((w) => !['the', 'a', 'an'].includes(w));
    if (!phraseInitials(b, words).includes(acronym.toUpperCase())) continue;
    phrase.aliases.push(acronym);
    b.mentions.splice(k--, 1);
  }
}

/**
 * "Jaysh Ayman, an al-Shabaab unit", "Kypros Link S.A., a company set up in 2023": an unknown name
 * guessed to be a person is what the apposition after it says it is.
 */
function retypeByApposition(b: Builder): void {
  for (const m of b.mentions) {
    // A guessed person, or a headless name guessed a place ("took part in Baltic Sentry, a NATO patrol operation").
    // Or a body whose head may name a formation too ("the Morava-Vardar Company, a joint medical unit").
    const ambiguous = m.type === 'organization' && (m.head === 'company' || m.head === 'group');
    const guessed = (m.type === 'person' && !m.title) || (m.type === 'place' && m.head === undefined && m.core !== undefined) || ambiguous;
    if (!guessed || m.via !== 'name') continue;
    const type = appositionType(b, m.j);
    if (!type || (m.type === 'place' && type !== 'event') || (ambiguous && type !== 'unit')) continue;
    m.type = type;
    if (type === 'event') {
      // The description is this event, not a second one.
      const k = b.mentions.findIndex((x) => x !== m && x.type === 'event' && x.i > m.j && x.i <= m.j + 5);
      if (k >= 0) {
        m.aliases.push(b.mentions[k]!.surface);
        m.head = b.mentions[k]!.head;
        b.mentions.splice(k, 1);
      }
    }
  }
}

/** Flags mentions lying inside an earlier, longer one. */
function markNested(ms: Mention[]): void {
  let outerEnd = -1;
  for (const m of ms) {
    if (m.end <= outerEnd && !(m.via === 'capital')) m.nested = true;
    outerEnd = Math.max(outerEnd, m.end);
  }
}

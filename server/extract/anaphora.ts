// Entity stage, anaphors: pronouns, role anaphors ("the Russian leader", "the minister",
// "who became Secretary of ..."), definite heads ("the regiment", "the treaty", "the resort"),
// groups ("the two leaders") and guests ("his guest"). Each takes the most recent fitting
// entity; an event named by a bare definite head with nothing before it starts a new event.
import { getLexicon } from './lexicon.js';
import type { EntityRec, Mention, MentionsById, SentenceUnit, TitleInfo } from './model.js';
import { defenceForce, type DocEntities, madeSovereignState } from './resolve.js';
import { absoluteWith, AUX, clauseStart, frontedPhraseComma } from './clauses.js';
import { EVENT_PARTS, SPEECH_VERBS } from './cues.js';
import { HANDOVER_SIDES, heldAtNext, SIGNED_TEXTS, TWO_WORD_SERVICES } from './phrases.js';
import { COMMAND_PASSING, STATE_FORMS, TAKE_FORMS } from './runs.js';
import { handedTo } from './command-handover.js';
import { ENVOYS, STATE_TITLES } from './roles.js';
import { FOUNDED, ROTATION_SIDES, stateBodyLabel } from './names.js';
import { unnamed } from './unnamed.js';
import { normAlias } from './mention-kit.js';
import { ARTICLES, tokAt } from './tokens.js';

const EVENT_CLASSES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['exercise', 'exercises', 'drills', 'drill', 'manoeuvres', 'maneuvers', 'games', 'war games']),
  new Set(['ceremony', 'signing', 'handover', 'investiture']),
  new Set(['summit', 'meeting', 'conference', 'forum', 'session', 'congress']),
];

/** Festive gatherings, and the generic words that refer back to any of them ("the celebration" for a parade). */
const FESTIVE = new Set(['parade', 'ceremony', 'reception', 'festival', 'celebration', 'celebrations', 'commemoration', 'gala', 'banquet', 'rally', 'inauguration', 'march']);
const FESTIVE_ANAPHORS = new Set(['celebration', 'celebrations', 'festivities', 'commemoration', 'event', 'occasion', 'festival']);

/** Two event heads of one kind ("the drills" for "a joint exercise", "the signing" for "a ceremony"). */
function sameEventClass(a: string | undefined, b: string): boolean {
  if (!a) return false;
  if (FESTIVE_ANAPHORS.has(b) && FESTIVE.has(a)) return true;
  return EVENT_CLASSES.some((c) => c.has(a) && c.has(b));
}

/** Generic words for an intergovernmental body, and the heads of such bodies' names. */
const BLOC_ANAPHORS = new Set(['bloc', 'alliance', 'grouping', 'organisation', 'organization', 'union', 'community']);
/** Names of multinational forces a mission may refer to ("United Nations Interim Force in Lebanon", "African Union Mission"). */
const MULTINATIONAL_FORCE = /\b(?:United Nations|UN|African Union|European Union|EU|NATO|Multinational|Interim|Regional)\b/;
/** Heads of parties' names other than "party" ("Red-Green Alliance", "National Rally", "Patriotic Front"). */
export const PARTY_NAME_HEADS: ReadonlySet<string> = new Set(['alliance', 'front', 'movement', 'coalition', 'rally']);
const BLOC_HEADS = new Set(['community', 'union', 'alliance', 'organization', 'organisation', 'bloc', 'association', 'league', 'forum', 'cooperation', 'council', 'commonwealth', 'group', 'partnership', 'pact', 'treaty organization']);

const LEADERISH = new Set(['leader', 'president', 'head of state', 'supreme leader', 'chairman', 'king', 'queen', 'emir', 'sultan', 'prime minister', 'premier', 'chancellor', 'general secretary', 'secretary general', 'secretary-general', 'first secretary', 'secretary', 'chairperson', 'chair', 'head']);

/** Posts "the head of state" and "the head of government" refer back to. */
const HEADS_OF = new Map([
  ['head of state', new Set(['president', 'king', 'queen', 'emir', 'amir', 'sultan', 'emperor', 'head of state'])],
  ['head of government', new Set(['prime minister', 'premier', 'chancellor', 'taoiseach', 'head of government'])],
]);

function titleFits(t: TitleInfo, want: TitleInfo): boolean {
  if (want.head === 'leader') return t.kind === 'leader' && LEADERISH.has(t.head);
  const heads = HEADS_OF.get(want.head);
  if (heads) return t.kind === 'leader' && heads.has(t.head);
  if (t.head === want.head || (t.rank !== undefined && t.rank === want.head)) return true;
  // ("the Australian general" for a lieutenant general, "the admiral" for a rear admiral.)
  if (t.rank !== undefined && t.rank.endsWith(` ${want.head}`)) return true;
  // ("the Lebanese Ambassador to Ghana, X, ... where the envoy thanked Ghana": an envoy is any head of a mission.)
  if (want.head === 'envoy') return ENVOYS.test(t.head);
  // ("Deputy Minister X ... The deputy minister thanked Italy": the post as written.)
  if (want.head.includes(' ') && t.role.toLowerCase() === want.head) return true;
  return want.head === 'minister' && /minister/.test(t.head);
}

/** State code a person is tied to by their titles. */
export function personState(d: DocEntities, e: EntityRec): string | undefined {
  for (const t of e.titles) if (t.stateCode) return t.stateCode;
  for (const i of [...e.leads, ...e.serves]) {
    const x = d.list[i];
    if (x?.type === 'state') return x.code;
  }
  return undefined;
}

/** The state a person's title ties them to, else the state of the body they lead or serve. */
export function stateOfPerson(d: DocEntities, e: EntityRec): string | undefined {
  return personState(d, e) ?? serviceState(d, e);
}

/**
 * State of the body a person leads or serves, for a person no title ties to a state: "the Chief of the Royal
 * Australian Navy, Vice Admiral X ... The Australian admiral" (a state's name or demonym in the navy's name).
 */
function serviceState(d: DocEntities, e: EntityRec): string | undefined {
  for (const i of [...e.leads, ...e.serves]) {
    const x = d.list[i];
    if (x?.type !== 'organization' && x?.type !== 'unit') continue;
    if (x.ownerState) return x.ownerState;
    const words = x.label.toLowerCase().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const hit = d.lex.gazetteer.match(words, k)?.value;
      if (hit && (hit.kind === 'state' || hit.kind === 'demonym')) return hit.ref;
    }
  }
  return undefined;
}

function clauseSubject(unit: SentenceUnit, m: Mention): number | undefined {
  let from = clauseStart(unit.toks, m.i);
  // ("the King decorated A with X, and Prime Minister B thanked him": a clause coordinated by ", and" has its own subject.)
  for (let k = from; k + 2 < m.i; k++) {
    if (unit.toks[k]!.text !== ',' || unit.toks[k + 1]!.lower !== 'and') continue;
    if (unit.mentions.some((x) => x.type === 'person' && x.entity !== undefined && !x.nested && (x.lead ?? x.i) >= k + 2 && (x.lead ?? x.i) <= k + 4 && x.j < m.i)) from = k + 2;
  }
  const first = unit.mentions.find((x) => x.type === 'person' && x.i >= from && x.i < m.i && x.entity !== undefined && !x.nested);
  if (first) return first.entity;
  // "..., Captain Ousmane Kabore, who made him a Commander": the relative's antecedent is the subject.
  for (let k = Math.max(1, from - 1); k < m.i; k++) {
    if (unit.toks[k]!.lower !== 'who' || unit.toks[k - 1]?.text !== ',') continue;
    return unit.mentions.find((x) => x.type === 'person' && x.j === k - 1 && x.entity !== undefined)?.entity;
  }
  return undefined;
}

/** "The engineers were deployed to X": the one unit named in this sentence or the one before (none when two were). */
/** Words naming a formation of several states. */
const MULTINATIONAL = /\b(?:multinational|multi-national|combined|international|coalition|allied)\b/i;

function troopsUnit(d: DocEntities, m: Mention, prev: SentenceUnit | undefined, unit?: SentenceUnit): EntityRec | undefined {
  const from = prev?.start ?? 0;
  // ("praised the crew for completing its certification" after the frigate joined a naval group: a crew is a ship's.)
  if (m.head === 'crew' || m.head === 'crews') {
    const ship = d.recent(m.start, (e) => e.type === 'unit' && d.shipKinds.has(e.index));
    if (ship) return ship;
  }
  let found: EntityRec | undefined;
  let several = false;
  for (const e of d.list) {
    if (e.type !== 'unit' || e.last < from || e.last >= m.start) continue;
    if (found) several = true;
    found ??= e;
  }
  // ("paratroopers of Russia's 31st Brigade and of the Kazakh 37th Brigade ... The Russian paratroopers": the one unit of
  // the state the demonym names.)
  const dem = unit?.mentions.find((x) => x.j === m.i && x.demonym && x.entity !== undefined);
  const state = dem ? d.list[dem.entity!] : undefined;
  // ("praised the engineers" after the 4th Engineer Company, the document's unit, and "the regiment" it was drawn from:
  // the unit of that kind named most.)
  const kindStem = !state ? troopStem(m.head ?? '') : undefined;
  const ofKind = kindStem ? mostNamed(d, m.start, (e) => e.type === 'unit' && nameHasStem(e.label, kindStem)) : undefined;
  if (ofKind) return ofKind;
  if (!state || state.type !== 'state') return several ? undefined : found ?? onlyUnitBefore(d, m.start);
  const near = d.list.filter((e) => e.type === 'unit' && e.last >= from && e.last < m.start);
  const ofState = unnamed((e: EntityRec): boolean => e.ownerState === state.code || d.unitStates.get(e.index) === state.code || nameCarriesState(e, state));
  const own = near.filter(ofState);
  // ("The Vietnamese engineers" after the state's field hospital and its "Engineering Unit Rotation 4": the unit whose
  // name says what its troops are.)
  const stem = troopStem(m.head ?? '');
  const otherStates = d.list.filter((x) => x.type === 'state' && x !== state && x.mentions > 0);
  const ofOther = (e: EntityRec): boolean => otherStates.some((x) => e.ownerState === x.code || d.unitStates.get(e.index) === x.code || nameCarriesState(e, x));
  // ("praised the Brazilian marines" after "the Portuguese Navy's 2nd Marine Battalion and ... the Brazilian Marine
  // Corps": not another state's unit; the state's own service of that kind.)
  const byKind = stem
    ? d.recent(m.start, (e) => e.type === 'unit' && nameHasStem(e.label, stem) && !ofOther(e)) ??
      d.recent(m.start, (e) => e.type === 'organization' && nameHasStem(e.label, stem) && (e.ownerState === state.code || nameCarriesState(e, state)))
    : undefined;
  if (byKind && own.length !== 1) return byKind;
  if (own.length) return own.length === 1 ? own[0] : undefined;
  // (Else the state's unit named last before, further back: "The Polish troops returned" after a German brigade.)
  const earlier = d.recent(m.start, (e) => e.type === 'unit' && ofState(e));
  if (earlier) return earlier;
  // (Else the one unit that carries no other state's name, and is no formation of several states: "the Chadian troops"
  // after "the Multinational Joint Task Force" are not the task force.)
  const rest = near.filter((e) => !ofOther(e) && !MULTINATIONAL.test(e.label));
  return rest.length === 1 ? rest[0] : undefined;
}

/** ("In October, the peacekeepers were awarded X" sentences after the one contingent was named): the only unit named before `at`. */
function onlyUnitBefore(d: DocEntities, at: number): EntityRec | undefined {
  return d.only((e) => e.type === 'unit' && e.mentions > 0 && e.last < at);
}

/** "engineer" for "engineers", "paratrooper" for "paratroopers": a troop noun's stem, when long enough to name a kind. */
function troopStem(noun: string): string | undefined {
  const stem = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return stem.length >= 5 ? stem : undefined;
}

/** A word of `label` opens with `stem` ("Engineering Unit Rotation 4" for "engineer"). */
function nameHasStem(label: string, stem: string): boolean {
  return label.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(stem));
}

function resolveRole(d: DocEntities, unit: SentenceUnit, m: Mention, opening?: EntityRec): EntityRec | undefined {
  const title = m.title;
  if (!title) return undefined;
  if (title.predicate) {
    const subj = [...unit.mentions].reverse().find((x) => x.type === 'person' && x.i < m.i && x.entity !== undefined && x.via !== 'title');
    return subj ? d.list[subj.entity!] : undefined;
  }
  // ("X handed over command of Y to Z ... praised the outgoing commander": the one who handed it over; "the new commander": Z.)
  const side = unit.toks[m.i - 1]?.lower ?? '';
  if (HANDOVER_SIDES.has(side) && unit.toks[m.i - 2]?.lower === 'the') {
    const handover = handoverSides(d, m.start);
    if (handover) return d.list[side === 'outgoing' ? handover.from : handover.to];
    // (With no change of command told, "the new commander" is whoever was named to the post; an outgoing one is unknown.)
    if (side === 'outgoing') return undefined;
  }
  const stateOf = (e: EntityRec): string | undefined => stateOfPerson(d, e);
  const fits = unnamed((e: EntityRec): boolean => {
    if (e.type !== 'person' || !e.titles.some((t) => titleFits(t, title))) return false;
    if (!title.stateCode) return true;
    const code = stateOf(e);
    // ("The President of the Republic, X" in copy datelined in Havana, Cuba named only later: "the Russian president" is not X.)
    if (code === undefined && d.homeState && d.homeState !== title.stateCode && e.titles.some((t) => t.kind !== 'rank' && !t.stateCode && t.affiliation === undefined && STATE_TITLES.test(t.head))) return false;
    return code === undefined || code === title.stateCode;
  });
  // "the Party leader": whoever leads or serves that organization.
  // ("The KFOR commander praised" after a quote of another commander: or that formation.)
  const affM = title.affiliation === undefined ? undefined : unit.mentions.find((x) => x.id === title.affiliation);
  const affE = affM && (affM.type === 'organization' || affM.type === 'unit') ? (affM.entity !== undefined ? d.list[affM.entity] : affM.via === 'definite' ? resolveDefinite(d, affM) : undefined) : undefined;
  if (affE) {
    const byOrg = d.recent(m.start, (e) => e.type === 'person' && (e.leads.has(affE.index) || e.serves.has(affE.index)));
    if (byOrg) return byOrg;
  }
  // ("Minister A, who visited X, signed Y with her Latvian counterpart, B. The minister thanked Latvia": opening the
  // sentence, the post is the one the sentence before opened with, when it fits, rather than the one named last.)
  // ("The Australian admiral": a post of a named state only when the person is known to be that state's.)
  if (opening && fits(opening) && (!title.stateCode || stateOf(opening) === title.stateCode)) return opening;
  const exact = d.recent(m.start, (e) => fits(e) && stateOf(e) === title.stateCode && !!title.stateCode);
  return exact ?? d.recent(m.start, fits);
}

// ("the treaty" is no generic word: it refers back to a treaty, not to the protocol mentioned more often.)
const GENERIC_AGREEMENT_HEADS = new Set(['agreement', 'accord', 'deal', 'pact', 'document', 'arrangement', 'text']);

/** "the agreement" after several: the most mentioned one so far (the dispatch's topic), the latest on a tie. */
function salientAgreement(d: DocEntities, at: number, head = ''): EntityRec | undefined {
  let best: EntityRec | undefined;
  let bestSameHead: EntityRec | undefined;
  let tied = false;
  for (const e of d.list) {
    if (e.type !== 'agreement' || e.last < 0 || e.last >= at) continue;
    tied = !!best && e.mentions === best.mentions ? true : best && e.mentions > best.mentions ? false : tied;
    if (!best || e.mentions > best.mentions || (e.mentions === best.mentions && e.last > best.last)) best = e;
    // "the protocol" after a protocol and an agreement: the one of that kind ("the agreement", "the deal" name any).
    if (head && !GENERIC_AGREEMENT_HEADS.has(head) && e.head === head && (!bestSameHead || e.mentions > bestSameHead.mentions || (e.mentions === bestSameHead.mentions && e.last > bestSameHead.last))) bestSameHead = e;
  }
  // ("the programme": only a programme signed before, never another kind of agreement.)
  // ("The text was signed" after "Annex C of the Itaipu Treaty": a bare "text" refers back only to one that stands out.)
  if (head === 'text' && tied) return undefined;
  return SIGNED_TEXTS.has(head) ? bestSameHead : bestSameHead ?? best;
}

/**
 * "Singapore's Chief of Navy, Rear-Admiral X" after "the Indonesian Navy": an armed service closing a post a state
 * possesses is that state's service (named or not yet), not the one named last.
 */
function possessedPostService(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const head = m.head ?? '';
  if (m.type !== 'organization' || !ARMED.has(head)) return undefined;
  const toks = unit.toks;
  let k = toks[m.i - 1]?.lower === 'the' ? m.i - 2 : m.i - 1;
  if (toks[k]?.lower !== 'of') return undefined;
  k--;
  while (k > 0 && k > m.i - 6 && toks[k]!.cap && toks[k]!.kind === 'w') k--;
  if (toks[k]?.lower !== "'s" || k === m.i - 2) return undefined;
  const owner = unit.mentions.find((x) => x.j === k && x.type === 'state' && x.code !== undefined);
  if (!owner) return undefined;
  const code = owner.code!;
  const label = stateBodyLabel(d.lex, head, code);
  return label ? stateService(d, head, code, label) : d.find('org:', `${head}|${code}`);
}

/** State `code`'s armed service with head `head` ("navy"): the one named before, else a new one labelled `label`. */
function stateService(d: DocEntities, head: string, code: string, label: string): EntityRec | undefined {
  const e = d.obtain('org:', `${head}|${code}`, 'organization', label, { head });
  if (e) e.ownerState = code;
  return e;
}

/** The government of state `code` ("Government of Ghana"), an organization of that state. */
function governmentOf(d: DocEntities, code: string): EntityRec | undefined {
  const label = stateBodyLabel(d.lex, 'government', code);
  return label ? stateService(d, 'government', code, label) : undefined;
}

/**
 * The last change of command told before offset `at` ("A handed over command of X to B"): the people on each side
 * (entity indexes), when both are named.
 */
function handoverSides(d: DocEntities, at: number): { from: number; to: number } | undefined {
  let found: { from: number; to: number } | undefined;
  for (const unit of d.units) {
    if (unit.start >= at) break;
    const toks = unit.toks;
    const person = (x: Mention): boolean => !x.nested && x.entity !== undefined && d.list[x.entity]!.type === 'person';
    for (let k = 2; k + 2 < toks.length; k++) {
      // ("during which Brigadier General A took over from Colonel B": the one taking over is the new commander.)
      if (toks[k]!.lower === 'from' && toks[k - 1]!.lower === 'over' && TAKE_FORMS.has(toks[k - 2]!.lower)) {
        const taker = [...unit.mentions].reverse().find((x) => x.j <= k - 2 && x.j >= k - 4 && person(x));
        const giver = unit.mentions.find((x) => x.i > k && (x.lead ?? x.i) <= k + 3 && person(x));
        if (giver && taker && giver.entity !== taker.entity) found = { from: giver.entity!, to: taker.entity! };
        continue;
      }
      if (toks[k]!.lower !== 'command' || toks[k - 1]!.lower !== 'over' || !COMMAND_PASSING.has(toks[k - 2]!.lower)) continue;
      const to = handedTo(toks, k + 1);
      if (to < 0) continue;
      const giver = unit.mentions.find((x) => x.j <= k - 2 && person(x));
      const taker = unit.mentions.find((x) => x.i > to && x.i <= to + 6 && person(x));
      if (giver && taker && giver.entity !== taker.entity) found = { from: giver.entity!, to: taker.entity! };
    }
  }
  return found;
}

/** Verbs of a unit relieving another, the relieved one after them ("relieved the 176th", "took over from the 176th"). */
const RELIEVING = new Set(['relieved', 'relieve', 'relieves', 'relieving', 'replaced', 'replace', 'replaces', 'replacing']);

/**
 * "The 177th Infantry Battalion has taken over from the 176th Infantry Battalion ... The outgoing troops": the unit a
 * handover before character offset `at` relieved (side "outgoing") or the one relieving it ("incoming"), else undefined.
 */
function rotationSide(d: DocEntities, side: string, at: number): EntityRec | undefined {
  for (const unit of d.units) {
    if (unit.start >= at) break;
    const toks = unit.toks;
    for (let k = 1; k + 1 < toks.length; k++) {
      const w = toks[k]!.lower;
      const from = w === 'over' && toks[k + 1]!.lower === 'from' && TAKE_FORMS.has(toks[k - 1]!.lower) ? k + 2 : RELIEVING.has(w) && toks[k - 1]!.lower !== 'was' && toks[k - 1]!.lower !== 'were' && toks[k - 1]!.lower !== 'been' ? k + 1 : -1;
      if (from < 0) continue;
      const q = toks[from]?.lower === 'the' ? from + 1 : from;
      // ("took over from Lieutenant Colonel Y of FIJIBATT 38": or the unit of the commander taken over from.)
      const handing = unit.mentions.find((x) => (x.lead ?? x.i) === q && x.entity !== undefined && d.list[x.entity]!.type === 'person');
      const of = handing && toks[handing.j]?.lower === 'of' ? (toks[handing.j + 1]?.lower === 'the' ? handing.j + 2 : handing.j + 1) : -1;
      const relieved = unit.mentions.find((x) => (x.i === q || x.i === of) && x.entity !== undefined && d.list[x.entity]!.type === 'unit');
      const relieving = unit.mentions.find((x) => x.i < k && !x.nested && x.entity !== undefined && d.list[x.entity]!.type === 'unit');
      // ("the returning soldiers": the side relieved, going home.)
      const found = side === 'incoming' ? relieving : relieved;
      if (found && relieved && (relieving || of >= 0)) return d.list[found.entity!];
    }
  }
  return undefined;
}

/** Whether the last mention of `e` is followed by a relative clause (", which returned home last month"). */
function describedWhereNamed(d: DocEntities, e: EntityRec): boolean {
  const unit = d.units.find((u) => u.start <= e.last && e.last < u.end);
  const m = unit?.mentions.find((x) => x.start === e.last && x.entity === e.index);
  if (!unit || !m) return false;
  return unit.toks[m.j]?.text === ',' && (unit.toks[m.j + 1]?.lower === 'which' || unit.toks[m.j + 1]?.lower === 'whose');
}

/** Of the entities named before offset `at` that `pred` accepts (none in `skip`), the one named most often, the latest on a tie. */
function mostNamed(d: DocEntities, at: number, pred: (e: EntityRec) => boolean, skip?: ReadonlySet<number>): EntityRec | undefined {
  let best: EntityRec | undefined;
  for (const e of d.list) {
    if (e.last < 0 || e.last >= at || skip?.has(e.index) || !pred(e)) continue;
    if (!best || e.mentions > best.mentions || (e.mentions === best.mentions && e.last > best.last)) best = e;
  }
  return best;
}

/** "Chief of Navy Vice Admiral X", "Chief of Army": a service right after a chief's "of", with no article, is the formal post of home copy. */
function formalServicePost(unit: SentenceUnit, m: Mention): boolean {
  return unit.toks[m.i - 1]?.lower === 'of' && unit.toks[m.i - 2]?.cap === true && (unit.toks[m.i - 2]!.lower === 'chief' || unit.toks[m.i - 2]!.lower === 'commander');
}

/** Heads of a police site named like a body ("Rove Police Headquarters", "Central Police Station"). */
const POLICE_SITES = /\b(?:headquarters|station|academy|college|school|post|barracks)$/i;

function resolveDefinite(d: DocEntities, m: Mention, scene?: string, attendedGathering = false, article = false): EntityRec | undefined {
  const head = m.head ?? '';
  if (m.type === 'agreement') return salientAgreement(d, m.start + 1, head);
  // ("received the same medal": the last award named with that word, any for "the decoration".)
  if (m.type === 'award') return d.recent(m.start + 1, (e) => e.type === 'award' && (head === 'decoration' || e.label.toLowerCase().includes(head)));
  // "the Army's new battalion" in Bolivian copy after "the Bolivian Army and the Peruvian Army": the home state's service.
  // ("the Comptroller General criticized the navy" in Peruvian copy after the Peruvian and the Chilean Navy: in lower case too.)
  if (m.type === 'organization' && d.homeState && ARMED.has(head)) {
    const home = d.recent(m.start + 1, (e) => e.type === 'organization' && e.head === head && e.ownerState === d.homeState);
    if (home) return home;
  }
  // ("Police Commissioner X" after "the Royal Solomon Islands Police Force": "police" alone is the police force named before.)
  if (m.type === 'organization' && head === 'police') {
    // ("... at the Rove Police Headquarters. Police Commissioner X": a police site is no force.)
    const force = d.recent(m.start + 1, (e) => e.type === 'organization' && /\bpolice\b/i.test(e.label) && !POLICE_SITES.test(e.label));
    if (force) return force;
  }
  // ("the joint military commission": the body whose name has those words, or none.)
  if (m.type === 'organization' && m.core && m.core.includes(' ')) return d.recent(m.start + 1, (e) => e.type === 'organization' && e.label.toLowerCase().includes(m.core!));
  // "the 38th brigade": the unit whose name starts with that ordinal.
  const ordinal = m.type === 'unit' && m.core && /^\d+(?:st|nd|rd|th)$/.test(m.core) ? m.core : undefined;
  // (Capitalised, with only another state's service named so far: the home state's, not yet named.)
  if (m.type === 'organization' && d.homeState && ARMED.has(head) && /^(?:the\s+)?\p{Lu}/u.test(m.surface)) {
    const other = d.recent(m.start + 1, (e) => e.type === 'organization' && e.head === head);
    // ("Army Commander-in-Chief X" without the article may be the scene's army, not the home one.)
    // (Without it, only when no service of that kind was named before: "BEIRUT ... Army Commander General X received".)
    const label = (article && (other === undefined || (other.ownerState && other.ownerState !== d.homeState))) || (!article && other === undefined) ? stateBodyLabel(d.lex, head, d.homeState) : undefined;
    if (label) return stateService(d, head, d.homeState, label);
  }
  // "the border city": the settlement named last (a place named without a head word, or a city or town).
  if (m.type === 'place' && (head === 'city' || head === 'town')) return d.recent(m.start + 1, (e) => e.type === 'place' && (e.head === undefined || e.head === head));
  // "appointed commander of the new brigade": the first of its kind the document named (the one formed), not the last.
  if (m.type === 'unit' && /^new /i.test(m.surface)) {
    for (const e of d.list) if (e.type === 'unit' && (e.head === head || (head === 'contingent' && CONTINGENT_HEADS.has(e.head ?? ''))) && e.mentions > 0 && e.last < m.start) return e;
    // ("the Garuda Contingent XXIV-K battalion ... the new battalion's commander": a contingent named first, sent as a battalion.)
    if (CONTINGENT_HEADS.has(head)) for (const e of d.list) if (e.type === 'unit' && e.head === 'contingent' && e.mentions > 0 && e.last < m.start) return e;
  }
  // ("The outgoing contingent was led by X": the one named as such, "the outgoing contingent, AUCON 54/KFOR".)
  const first = m.type === 'unit' ? m.surface.replace(/^the\s+/i, '').split(' ', 1)[0]!.toLowerCase() : '';
  const side = ROTATION_SIDES.has(first) ? first : undefined;
  // ("the 177th Battalion took over from the 176th ... the outgoing battalion": the side a handover told.)
  // (Else none: which side a unit named otherwise is on is not told.)
  if (side) return d.recent(m.start + 1, (e) => e.type === 'unit' && e.aliases.has(`${side} ${head}`)) ?? rotationSide(d, side, m.start);
  // ("its 55th contingent ... drawn from Jägerbataillon 17 ... the contingent's commander": a unit called a contingent
  // before any other body of troops.)
  if (m.type === 'unit' && head === 'contingent') {
    const called = d.recent(m.start + 1, (e) => e.type === 'unit' && e.head === 'contingent');
    if (called) return called;
  }
  // ("In Tirana, the opposition accused the government", "the government in Zagreb": the scene's, whatever government came before.)
  if (m.type === 'organization' && head === 'government' && scene) return governmentOf(d, scene);
  // ("joined the U.N.-backed Gang Suppression Force ... Task Force Tecún Umán ... The force ... is led by X": "the force"
  // is a force, not a task force, when one was named.)
  if (head === 'force' && /^(?:the\s+)?force$/i.test(m.surface)) {
    const force = d.recent(m.start + 1, (e) => (e.type === 'organization' || e.type === 'unit') && e.head === 'force' && !TASK_FORCE_NAMED.test(e.label) && e.mentions > 0);
    if (force && d.recent(m.start + 1, (e) => e.type === 'unit' && TASK_FORCE_NAMED.test(e.label))) {
      m.type = force.type;
      return force;
    }
  }
  const found = d.recent(m.start + 1, (e) => {
    if (e.type !== m.type) return false;
    if (ordinal) return e.label.toLowerCase().startsWith(`${ordinal} `);
    if (m.type === 'agreement') return true;
    // ("The ship, which is commanded by X" after the ship and "the Southern Naval Area": a ship noun refers to a unit named
    // without a head word, or headed by a ship noun, never to a formation with another head.)
    if (m.type === 'unit' && d.lex.shipNouns.has(head) && e.head !== undefined && !d.lex.shipNouns.has(e.head)) return false;
    // ("the missile boat X ... the destroyer USS Y ... The destroyer arrived": nor to a ship named after another ship word.)
    if (m.type === 'unit' && d.lex.shipNouns.has(head) && !ANY_SHIP.has(head) && (d.shipKinds.get(e.index) ?? head) !== head) return false;
    if (m.type === 'unit' && (d.lex.unitAnaphors.has(head) || d.lex.troopAnaphors.has(head)) && !d.lex.unitHeads.has(head)) return true;
    // ("the 87th Infantry Group ... The contingent": a contingent is any body of troops sent, whatever its name's head.)
    // ("Task Force Tholo, the BDF contingent ... the contingent": a task force named with its head first.)
    if (head === 'contingent' && (CONTINGENT_HEADS.has(e.head ?? '') || TASK_FORCE_NAMED.test(e.label))) return true;
    // ("the 425 Tactical Fighter Squadron landed at X ... The detachment is commanded by Y": the part of any formation
    // sent abroad, not a ship.)
    if (head === 'detachment' && m.type === 'unit' && !d.shipKinds.has(e.index) && !d.lex.shipNouns.has(e.head ?? '')) return true;
    // ("the 2nd Malawi Rifles ... the battalion had helped": a regiment named for its soldiers is a battalion or a regiment.)
    if (m.type === 'unit' && (head === 'battalion' || head === 'regiment') && SOLDIER_NAMED_UNITS.has(e.head ?? '')) return true;
    // ("the Red-Green Alliance criticised ... the party's spokesperson": a party named as an alliance, a front, a movement.)
    if (m.type === 'organization' && head === 'party' && PARTY_NAME_HEADS.has(e.head ?? '')) return true;
    // "the bloc", "the alliance": any intergovernmental body named before.
    // ("the AU's executive arm ... the 55-member bloc": a body first named by its acronym has its full name's last word as head.)
    if (m.type === 'organization' && BLOC_ANAPHORS.has(head) && BLOC_HEADS.has(e.head ?? lastWordOf(e.label))) return true;
    // ("the United Nations Interim Force in Lebanon (UNIFIL) ... the head of the mission": a multinational force is a mission.)
    if (m.type === 'organization' && head === 'mission' && e.head === 'force' && MULTINATIONAL_FORCE.test(e.label)) return true;
    // ("the air force's 119th Squadron": a service named "... Air Force", headed by "force".)
    // ("the coast guard's Region 1 Command": the same for the other two-word services.)
    const service = TWO_WORD_SERVICES.get(head);
    if (service !== undefined && e.head === service) return namesService(e, head);
    return e.head === head || (e.head !== undefined && e.head.endsWith(` ${head}`)) || (m.type === 'event' && sameEventClass(e.head, head));
  });
  // ("criticised the meeting" after "the annual ministerial meeting ... after the closing session": a part of a gathering
  // named since is not the gathering a head of its own refers to.)
  if (found && m.type === 'event' && found.head !== head && EVENT_PARTS.has(found.head ?? '')) {
    const whole = d.recent(m.start + 1, (e) => e.type === 'event' && e.head === head);
    if (whole) return whole;
  }
  // ("the Kosovo Turkish Battalion Task Force ... the battalion helped": with no unit of that head, the one whose name
  // holds the word.)
  if (!found && m.type === 'unit' && head && d.lex.unitHeads.has(head)) {
    const named = d.recent(m.start + 1, (e) => e.type === 'unit' && e.label.toLowerCase().split(' ').includes(head));
    if (named) return named;
  }
  // "the opposition criticised the government": in home copy, the dateline state's government.
  if (!found && m.type === 'organization' && head === 'government' && d.homeState) return governmentOf(d, d.homeState);
  // ("the Bulgarian Air Force's 3rd Air Base ... The base's commander": a base named as a formation.)
  // ("the Defence League's Pärnu District ... the district's commander": so is a district, any place word a formation's
  // name ends with, when no place of that word was named.)
  if (!found && m.type === 'place' && head) {
    const formation = d.recent(m.start + 1, (e) => (e.type === 'unit' || e.type === 'organization') && e.head === head);
    if (formation) m.type = formation.type;
    if (formation || head === 'base') return formation;
  }
  // "the force": a joint force is a unit, though "Force" heads services (organizations) too.
  // ("NNS Kada, a ship of the command" after "the Western Naval Command": so is a command or a group.)
  if (!found && m.type === 'organization' && UNIT_OR_BODY_HEADS.has(head)) {
    const unit = d.recent(m.start + 1, (e) => e.type === 'unit' && (e.head === head || (e.head ?? '').endsWith(` ${head}`)));
    if (unit) m.type = 'unit';
    return unit;
  }
  // "the army" after "Sudan's army": a head naming both formations and services refers back to the service.
  // Only when the text named one such service, so "the army" cannot be the wrong country's.
  // ("the corps" after "the Specialized Land Border Security Corps": an unnumbered corps is a body.)
  if (!found && m.type === 'unit' && (d.lex.orgHeads.has(head) || head === 'corps') && !ordinal) {
    let bodies = d.list.filter((e) => e.type === 'organization' && e.mentions > 0 && (e.head === head || (e.head ?? '').endsWith(` ${head}`)));
    // ("the army's 14th Infantry Division" after "the Sudanese Armed Forces (SAF)", no army named: the one state's whole force.)
    if (!bodies.length && head === 'army') bodies = d.list.filter((e) => e.type === 'organization' && e.mentions > 0 && defenceForce(e.label, e.head));
    if (bodies.length !== 1) return undefined;
    m.type = 'organization';
    return bodies[0];
  }
  // "The brigade" after the 45th Brigade, named thrice, and the Iron Wolf Brigade, named once in passing: the unit the
  // document is about, not the one last named.
  // ("The destroyer" after the destroyer USS X, named once, and the missile boat Y, named thrice: a ship of the same kind.)
  // (Not one described where it was named, "the Shree Singhanath Battalion, which returned home last month": a topic of its own.)
  if (found && m.type === 'unit' && !ordinal && found.mentions === 1 && !describedWhereNamed(d, found)) {
    const topic = d.list.find((e) => e !== found && e.type === 'unit' && e.mentions >= 3 && e.last < m.start && e.head === found.head && d.shipKinds.get(e.index) === d.shipKinds.get(found.index));
    if (topic) return topic;
  }
  if (found || m.type !== 'event') return found;
  // ("The operation, code-named Sarare Shield, was directed by X": a code name given to the first mention names the event.)
  const codeName = m.aliases.find((a) => /^\p{Lu}/u.test(a));
  if (codeName) return d.obtain('event:', `${head}#${m.start}`, 'event', codeName, { head });
  if (d.lex.eventNeverAlone.has(head) && !(attendedGathering && GATHERINGS.has(head))) return found;
  return d.obtain('event:', `${head}#${m.start}`, 'event', m.surface.replace(/^the\s+/i, ''), { head });
}

/** Gatherings that a sentence about who attended them names as events even when nothing named them before. */
const GATHERINGS = new Set(['meeting', 'talks', 'signing']);
/** Participles of leading a gathering before "by" ("The talks were led by A and B"). */
const LED_GATHERING = new Set(['led', 'chaired', 'co-chaired']);

/** "The meeting, held at X, was attended by A and B", "Also present at the talks were A and B": `m` opens a sentence telling who attended it. */
function attendedGathering(unit: SentenceUnit, m: Mention): boolean {
  const toks = unit.toks;
  if (tokAt(toks, m.i - 2)?.lower === 'at' && tokAt(toks, m.i - 3)?.lower === 'present') return true;
  // ("Attending the meeting were A and B", "Also attending the talks was X": a fronted attending.)
  if (tokAt(toks, m.i - 2)?.lower === 'attending' && m.i - 2 <= 1 && (toks[m.j]?.lower === 'were' || toks[m.j]?.lower === 'was')) return true;
  // ("Taking part in the extended-format talks were A and B": a fronted taking part.)
  for (let k = m.i - 2; k >= Math.max(1, m.i - 4); k--) if (toks[k]!.lower === 'in' && toks[k - 1]!.lower === 'part' && k <= 3) return true;
  // ("The talks were led by A and his counterpart, B": who led them attended them.)
  if (m.i <= 1 && (toks[m.j]?.lower === 'was' || toks[m.j]?.lower === 'were') && LED_GATHERING.has(toks[m.j + 1]?.lower ?? '') && toks[m.j + 2]?.lower === 'by') return true;
  // ("The signing was attended by A and B": a signing only when the attendance follows it at once.)
  if (m.head === 'signing') return (toks[m.j]?.lower === 'was' || toks[m.j]?.lower === 'were') && (toks[m.j + 1]?.lower === 'attended' || (toks[m.j + 1]?.lower === 'also' && toks[m.j + 2]?.lower === 'attended'));
  // "The two ministers held talks, with X and Y also taking part".
  if (toks.some((t, k) => t.lower === 'with' && k > m.j && absoluteWith(toks, k) > 0)) return true;
  // ("The meeting, held at the Ministry of Defence headquarters at Ulinzi House, reviewed": a gathering whose venue is told.)
  if (m.i <= 1 && heldAtNext(toks, m.j)) return true;
  return m.i <= 1 && toks.some((t, k) => t.lower === 'attended' && toks[k + 1]?.lower === 'by');
}

/** "In Moroni, the opposition ...": the state whose capital a fronted "In CAPITAL," names. */
function frontedCapitalState(unit: SentenceUnit): string | undefined {
  if (unit.toks[0]?.lower !== 'in') return undefined;
  const cap = unit.mentions.find((x) => x.i === 1 && x.type === 'place' && x.code !== undefined);
  return cap && unit.toks[cap.j]?.text === ',' ? cap.code : undefined;
}

/** The state mention right after "of" or "in" at token `k` ("of Ghana", "in the Gambia"), or a capital's after "in". */
function stateAfter(unit: SentenceUnit, k: number): string | undefined {
  const toks = unit.toks;
  if (toks[k]?.lower !== 'of' && toks[k]?.lower !== 'in') return undefined;
  const x = unit.mentions.find((y) => y.i === k + 1 || (y.i === k + 2 && toks[k + 1]!.lower === 'the'));
  return x && x.code !== undefined && (x.type === 'state' || (x.type === 'place' && toks[k]!.lower === 'in')) ? x.code : undefined;
}

/** "the government in Bangui", "In Moroni, ... the government": the state a government named without its name governs. */
function governedState(unit: SentenceUnit, m: Mention): string | undefined {
  return stateAfter(unit, m.j) ?? frontedCapitalState(unit);
}

/**
 * "were awarded the UNISFA Medal at a parade ... attended by the mission's Force Commander": "the mission" is one whose
 * acronym the sentence spells before it, even inside another name, over a mission named later in the text before.
 */
function missionSpelledBefore(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  if (m.type !== 'organization' || m.head !== 'mission') return undefined;
  const spelled = new Set<string>();
  for (let k = 0; k < m.i; k++) if (unit.toks[k]!.upper && unit.toks[k]!.text.length >= 3) spelled.add(unit.toks[k]!.text);
  if (spelled.size === 0) return undefined;
  return d.recent(m.start + 1, (e) => e.type === 'organization' && (e.head === 'mission' || (e.head === 'force' && MULTINATIONAL_FORCE.test(e.label))) && [...e.aliases].some((a) => spelled.has(a)));
}

/**
 * "The tripartite security mechanism was established in Tunis in May 2027 by Egypt, Libya and Tunisia": a body named
 * by lower-case words before its head, that refers back to no body, is a new one when the sentence tells its founding.
 */
function bodyFormedHere(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  if (m.type !== 'organization' || toks[m.i - 1]?.lower !== 'the' || m.j - m.i < 2 || !m.head) return undefined;
  for (let k = m.i; k < m.j; k++) if (toks[k]!.kind !== 'w' || toks[k]!.cap) return undefined;
  const be = toks[m.j]?.lower;
  const verb = toks[m.j + 1]?.lower ?? '';
  if ((be !== 'was' && be !== 'were') || !FOUNDED.has(verb) || (verb === 'set' && toks[m.j + 2]?.lower !== 'up')) return undefined;
  const label = toks.slice(m.i, m.j).map((t) => t.text).join(' ');
  return d.obtain('organization:', normAlias(label), 'organization', label, { head: m.head });
}

/** "thanked the Government and people of Ghana": a government and its people stand for their state. */
function governmentAndPeople(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  if (m.head !== 'government' || toks[m.j]?.lower !== 'and') return undefined;
  const k = m.j + (toks[m.j + 1]?.lower === 'the' ? 3 : 2);
  const code = toks[k - 1]?.lower === 'people' ? stateAfter(unit, k) : undefined;
  const state = code === undefined ? undefined : d.find('state:', code) ?? madeSovereignState(d, code, m.start);
  if (state) m.type = 'state';
  return state;
}

/** "Petrovic's brigade": the unit of that kind the possessor leads. */
function commandersUnit(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  if (unit.toks[m.i - 1]?.lower !== "'s") return undefined;
  const owner = unit.mentions.find((x) => x.j === m.i - 1 && x.entity !== undefined && d.list[x.entity]!.type === 'person');
  if (!owner) return undefined;
  const led = [...d.list[owner.entity!]!.leads].map((i) => d.list[i]!).filter((e) => e.type === 'unit' && (e.head === m.head || (e.head ?? '').endsWith(` ${m.head}`)));
  return led.length === 1 ? led[0] : undefined;
}

/**
 * "the Senegalese battalion" after "the 5th Infantry Battalion of the Senegalese Army, the 2nd Infantry
 * Battalion of the Gambia Armed Forces": the latest fitting unit whose name carries that state's name.
 */
function demonymUnit(d: DocEntities, unit: SentenceUnit, m: Mention, found: EntityRec): EntityRec | undefined {
  const dem = unit.mentions.find((x) => x.j === m.i && x.type === 'state' && x.entity !== undefined);
  if (!dem) return found;
  const state = d.list[dem.entity!]!;
  // ("The Australian ship" after "the Royal Australian Navy destroyer HMAS Sydney": or the state the unit was named with.)
  const namedWith = unnamed((e: EntityRec): boolean => d.unitStates.get(e.index) === state.code);
  const carries = unnamed((e: EntityRec): boolean => nameCarriesState(e, state) || namedWith(e));
  if (carries(found)) return found;
  const named = d.recent(m.start + 1, (e) => e.type === 'unit' && (e.head === found.head || namedWith(e)) && carries(e));
  if (named) return named;
  // "The Polish brigade" after "the Polish Army's 17th Mechanised Brigade ... the Karelia Brigade of the Finnish Army":
  // no unit carries the name, so the latest one that carries no other state's.
  const foreign = unnamed((e: EntityRec): boolean => d.list.some((x) => x.type === 'state' && x !== state && x.mentions > 0 && nameCarriesState(e, x)));
  if (!foreign(found)) return found;
  // ("The German brigade" when only a Lithuanian brigade was named: none.)
  return d.recent(m.start + 1, (e) => e.type === 'unit' && e.head === found.head && !foreign(e));
}

/** A name of `e` holds the two-word service head `phrase` ("... Air Force", "Vietnam Coast Guard"). */
function namesService(e: EntityRec, phrase: string): boolean {
  const w = ` ${phrase} `;
  return ` ${e.label.toLowerCase()} `.includes(w) || [...e.aliases].some((a) => ` ${a.toLowerCase()} `.includes(w));
}

/** A name of `e` holds a name of `state` as whole words ("5th Infantry Battalion of the Senegalese Army": Senegal). */
export function nameCarriesState(e: EntityRec, state: EntityRec): boolean {
  const names = [e.label, ...e.aliases].map((a) => ` ${a.toLowerCase()} `);
  for (const s of state.aliases) {
    const w = ` ${s.toLowerCase()} `;
    // ("Multinational Battle Group in Romania", "Interim Force in Lebanon": the state a body serves in is not its own.)
    if (names.some((n) => n.includes(w) && !n.includes(` in${w}`))) return true;
  }
  return false;
}

/** Verbs of signing a text in the passive ("It was signed", "it has been ratified"). */
const SIGNED_PASSIVES = new Set(['signed', 'ratified', 'initialled', 'initialed', 'countersigned']);

/** `m` is a sentence-opening "It" before a passive of signing ("It was signed", "It has been ratified"). */
function signedIt(unit: SentenceUnit, m: Mention): boolean {
  if (m.i !== 0 || m.surface !== 'It') return false;
  const toks = unit.toks;
  let k = m.j;
  if (toks[k]?.lower === 'has' || toks[k]?.lower === 'had') k++;
  if (!AUX.has(toks[k]?.lower ?? '')) return false;
  return SIGNED_PASSIVES.has(toks[k + 1]?.lower ?? '');
}

/** "it" / "its": the first unit, organization or state of this clause before it, else of the previous sentence. */
function resolveNeuter(d: DocEntities, unit: SentenceUnit, m: Mention, prev: SentenceUnit | undefined): EntityRec | undefined {
  const cs = clauseStart(unit.toks, m.i);
  // "CDEMA, a CARICOM institution, said it had helped": "it" after a speech verb is its speaker.
  const toks = unit.toks;
  const speechAt = SPEECH_VERBS.has(tokAt(toks, m.i - 1)?.lower ?? '') ? m.i - 1 : tokAt(toks, m.i - 1)?.lower === 'that' && SPEECH_VERBS.has(tokAt(toks, m.i - 2)?.lower ?? '') ? m.i - 2 : -1;
  if (speechAt > 0 && m.surface.toLowerCase() === 'it') {
    const from = clauseStart(toks, speechAt);
    const speaker = unit.mentions.find((x) => x.i >= from && x.j <= speechAt && neuterFits(d, x, m) && toks[x.j]?.lower !== "'s");
    if (speaker) return d.list[speaker.entity!];
  }
  // ("The brigade, which is part of X, has fought Russian troops around Y since it was redeployed": "it" opening a
  // clause of time or cause is the sentence's subject.)
  if (SUBORDINATORS.has(tokAt(toks, m.i - 1)?.lower ?? '') && m.surface.toLowerCase() === 'it') {
    const subject = openingSubject(d, unit);
    const first = unit.mentions.find((x) => !x.nested && x.entity !== undefined && d.list[x.entity] === subject);
    if (subject && first && first.j <= m.i && neuterFits(d, first, m)) return subject;
  }
  let local: Mention | undefined;
  for (const x of unit.mentions) if (x.j <= m.i && x.i >= cs && neuterFits(d, x, m)) local = x;
  if (local) return d.list[local.entity!];
  const here = unitOrNeuter(d, unit, m, m.i);
  if (here) return d.list[here.entity!];
  const there = prev ? unitOrNeuter(d, prev, m, Infinity) : undefined;
  return there ? d.list[there.entity!] : undefined;
}

/** Words opening a clause of time or cause ("since it was redeployed", "after it arrived"). */
const SUBORDINATORS = new Set(['since', 'after', 'before', 'when', 'because', 'until', 'while', 'once']);

/** Verbs whose object is a gathering ("who chaired it", "attended it"). */
const GATHERING_VERBS = new Set(['chaired', 'co-chaired', 'opened', 'closed', 'attended', 'addressed', 'hosted']);

/** "The meeting ... was opened by Minister X, who chaired it": "it" after a verb of gatherings is the event told of last. */
/** "The parade was reviewed by X. It was commanded by Y": a passive "It" opening a sentence after one that opened with an event. */
function eventOpeningIt(d: DocEntities, unit: SentenceUnit, m: Mention, prev: SentenceUnit | undefined): EntityRec | undefined {
  if (m.i !== 0 || !prev || (unit.toks[1]?.lower !== 'was' && unit.toks[1]?.lower !== 'is')) return undefined;
  const e = openingSubject(d, prev);
  return e?.type === 'event' ? e : undefined;
}

function gatheringIt(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  if (m.surface !== 'it' || !GATHERING_VERBS.has(tokAt(unit.toks, m.i - 1)?.lower ?? '')) return undefined;
  return d.eventBefore(m.start);
}

/** A resolved, not nested unit, organization or state other than `m` itself. */
function neuterFits(d: DocEntities, x: Mention, m: Mention): boolean {
  if (x.entity === undefined || x.nested || x === m) return false;
  const t = d.list[x.entity]!.type;
  return t === 'unit' || t === 'organization' || t === 'state';
}

/**
 * Among the mentions of `unit` ending by token `endBy`: the first unit, else the first fitting
 * mention; a possessor is passed over for what it possesses ("the JCG's 11th Regional
 * Headquarters ... Its commander": the headquarters).
 */
function unitOrNeuter(d: DocEntities, unit: SentenceUnit, m: Mention, endBy: number): Mention | undefined {
  let first: Mention | undefined;
  const xs = unit.mentions;
  for (const x of xs) {
    if (x.j > endBy || !neuterFits(d, x, m)) continue;
    if (unit.toks[x.j]?.lower === "'s" && xs.some((y) => y.i === x.j + 1 && y.j <= endBy && neuterFits(d, y, m))) continue;
    if (d.list[x.entity!]!.type === 'unit') return x;
    first ??= x;
  }
  return first;
}

/** The entities group phrase `m` ("the two countries") stands for; `sentenceStart` is where its sentence starts. */
function resolveGroup(d: DocEntities, m: Mention, sentenceStart: number): number[] {
  const size = m.groupSize ?? 2;
  const head = m.head ?? '';
  // "X hosted his two counterparts": the others, not the host just named.
  const host = head === 'counterparts' ? d.recent(m.start, (e) => e.type === 'person') : undefined;
  // ("The two regional commanders" after two generals holding commands, named after a minister and his counterpart
  // who are generals too: those whose post is a command, when there are as many.)
  const post = head === 'commanders' || head === 'chiefs' ? head.slice(0, -1) : undefined;
  const holds = post ? unnamed((e: EntityRec): boolean => e.type === 'person' && e.titles.some((t) => t.kind !== 'rank' && t.head.includes(post))) : undefined;
  const holders = holds ? recentGroup(d, m.start, holds, size, host) : [];
  const listed = d.lists.filter((l) => l.members.length === size && l.at < m.start && l.members.every((i) => groupFits(d, m, d.list[i]!))).pop();
  // (Unless as many others are named before it in its own sentence: "Singapore and Timor-Leste said ... Thai Foreign
  // Minister X and his Cambodian counterpart, Y, held talks on their border, where troops of the two countries fought".)
  if (listed && (holders.length < size || listed.members.every((i) => holds!(d.list[i]!))) && d.list.filter((e) => e.last >= sentenceStart && e.last > listed.at && e.last < m.start && !listed.members.includes(e.index) && groupFits(d, m, e)).length < size) return [...listed.members];
  if (holders.length >= size) return holders;
  const out = recentGroup(d, m.start, unnamed((e: EntityRec): boolean => groupFits(d, m, e)), size, host);
  return out.length >= 2 ? out : [];
}

/** Up to `size` entities fitting `pred`, the most recent before `at` first (never `host`). */
function recentGroup(d: DocEntities, at: number, pred: (e: EntityRec) => boolean, size: number, host: EntityRec | undefined): number[] {
  const out: number[] = [];
  const skip = new Set<number>(host ? [host.index] : []);
  while (out.length < size) {
    const e = d.recent(at, pred, skip);
    if (!e) break;
    out.push(e.index);
    skip.add(e.index);
  }
  return out;
}

/** Heads of the formations "the contingent" may stand for. */
/** The last word of a label, in lower case. */
function lastWordOf(label: string): string {
  return label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
}

/** A unit named "Task Force X". */
const TASK_FORCE_NAMED = /^task force\s/i;
const CONTINGENT_HEADS = new Set(['contingent', 'group', 'battalion', 'company', 'detachment', 'task force', 'unit', 'battlegroup', 'battle group', 'regiment', 'brigade']);

/** Heads of regiments named for their soldiers ("the 2nd Malawi Rifles", "the Royal Gurkha Rifles", "the Irish Guards"). */
const SOLDIER_NAMED_UNITS = new Set(['rifles', 'fusiliers', 'guards', 'rangers', 'grenadiers', 'highlanders', 'dragoons', 'hussars', 'lancers', 'chasseurs', 'zouaves', 'tirailleurs']);

/** Heads naming a body or a formation ("the force", "the command", "the group"): a definite one may stand for a unit. */
// ("officers of the guard" after "the Republican Guard": a guard named as a formation too.)
const UNIT_OR_BODY_HEADS = new Set(['force', 'command', 'group', 'guard']);

/** Heads of the political bodies "the two parties" may stand for ("the Sandinista National Liberation Front"). */
export const PARTY_HEADS: ReadonlySet<string> = new Set(['party', 'front', 'movement', 'congress', 'league', 'alliance']);

/** Heads of the bodies "the two armies" may stand for. */
const ARMED = new Set(['army', 'forces', 'force', 'navy', 'guard']);

/** "Secretary of National Defense", "Defence Secretary": a secretary heading a department is a minister too (not "Secretary of the Security Council"). */
const DEPARTMENT_SECRETARY = /^(?:secretary of (?!the\b)|(?:foreign|defen[cs]e|home|interior) secretary)/i;

/** Group words for ships ("Both ships", "the two frigates"). */
const SHIP_GROUPS = new Set(['ships', 'vessels', 'warships', 'frigates', 'corvettes', 'destroyers', 'submarines']);

/** Words for a ship of any kind ("the ship", "both vessels"). */
const ANY_SHIP = new Set(['ship', 'vessel', 'warship']);

function groupFits(d: DocEntities, m: Mention, e: EntityRec): boolean {
  const head = m.head ?? '';
  if (m.type === 'state') return e.type === 'state';
  if (m.type === 'agreement') return e.type === 'agreement';
  // "Both ships", "the two frigates": named warships (units without a formation's head noun).
  // ("The two commands took part", "both brigades": formations with that head.)
  // ("Both corvettes" after "the corvettes A and B, ..., and the frigates C and D": ships named after that word.)
  if (m.type === 'unit') return e.type === 'unit' && (SHIP_GROUPS.has(head) ? (e.head === undefined || getLexicon().shipNouns.has(e.head)) && (ANY_SHIP.has(head.slice(0, -1)) || (d.shipKinds.get(e.index) ?? head.slice(0, -1)) === head.slice(0, -1)) : e.head === head.slice(0, -1));
  // "the two armies", "the two operators": bodies of that kind.
  if (m.type === 'organization' && head === 'parties') return e.type === 'organization' && PARTY_HEADS.has(e.head ?? '');
  if (m.type === 'organization') return (e.type === 'organization' || e.type === 'unit') && (head === 'armies' ? ARMED.has(e.head ?? '') : head === 'companies' || head === 'operators' || head === 'agencies' || (e.head !== undefined && head.startsWith(e.head.slice(0, 3))));
  if (e.type !== 'person') return false;
  if (head === 'leaders') return e.titles.some((t) => t.kind === 'leader');
  if (head === 'ministers') return e.titles.some((t) => /minister|counterpart/.test(t.head) || (t.head === 'secretary' && DEPARTMENT_SECRETARY.test(t.role)));
  if (head === 'presidents') return e.titles.some((t) => t.head === 'president');
  if (head === 'counterparts' || head === 'officials') return e.titles.some((t) => t.kind !== 'rank');
  // "the two generals", "the two admirals": people of that rank (not "Colonel X", the attaché named between).
  if (head === 'generals' || head === 'admirals') return e.titles.some((t) => (t.rank ?? (t.kind === 'rank' ? t.head : '')).includes(head.slice(0, -1)));
  // "the two officers", "the two commanders": people holding a military rank or command.
  if (head === 'officers' || head === 'commanders' || head === 'chiefs') return e.titles.some((t) => t.kind === 'rank' || t.rank !== undefined || /commander|chief/.test(t.head));
  return true;
}

/** Only a name's titles and possessors come before token `i` ("Niger's Defence Minister, General X"): no fronted phrase. */
function opensSentence(unit: SentenceUnit, i: number): boolean {
  // ("Later on Tuesday, the minister was received": past a short fronted phrase of time.)
  const fronted = frontedPhraseComma(unit.toks);
  for (let k = fronted >= 0 && fronted < i ? fronted + 1 : 0; k < i; k++) {
    const t = unit.toks[k]!;
    if (!t.cap && t.lower !== 'the' && t.lower !== "'s" && t.text !== ',') return false;
  }
  return true;
}

/**
 * "X visited Bosso. He met General Y. He praised ...": a sentence opening with "he"/"she" continues
 * the previous sentence's subject when that sentence also opened with a person.
 */
function continuedSubject(d: DocEntities, unit: SentenceUnit, m: Mention, prev: SentenceUnit | undefined): EntityRec | undefined {
  const w = m.surface.toLowerCase();
  if ((w !== 'he' && w !== 'she') || !prev) return undefined;
  // ("At the base, she held talks with ...": past a short fronted phrase that names no person.)
  const fronted = frontedPhraseComma(unit.toks);
  const opens = fronted >= 0 && m.i === fronted + 1;
  // ("Earlier on Tuesday, accompanied by the Chief of Staff, General X, he visited Y": those who came along are no subject.)
  const along = companionsFronted(unit.toks, m.i);
  for (const x of unit.mentions) if (x.i < m.i && !x.nested && !(opens && x.type !== 'person') && !(along >= 0 && x.i >= along)) return undefined;
  const e = openingSubject(d, prev);
  return e?.type === 'person' ? e : undefined;
}

/** Participles of coming along that open a fronted phrase ("accompanied by X, he ..."). */
const ALONG_PARTICIPLES = new Set(['accompanied', 'flanked', 'escorted', 'joined']);

/** The people of a fronted "accompanied by ..." phrase that the comma right before subject pronoun `m` closes. */
function companionsOf(unit: SentenceUnit, m: Mention): Set<number> | undefined {
  const along = companionsFronted(unit.toks, m.i);
  if (along < 0) return undefined;
  let out: Set<number> | undefined;
  for (const x of unit.mentions) if (x.i >= along && x.j <= m.i && x.entity !== undefined && x.type === 'person') (out ??= new Set()).add(x.entity);
  return out;
}

/** Start of a fronted "accompanied by ..." phrase that a comma right before token `at` closes (opening the sentence or after a comma), else -1. */
function companionsFronted(toks: SentenceUnit['toks'], at: number): number {
  if (toks[at - 1]?.text !== ',') return -1;
  for (let p = 0; p < at - 3; p++) {
    if (ALONG_PARTICIPLES.has(toks[p]!.lower) && toks[p + 1]?.lower === 'by' && (p === 0 || toks[p - 1]!.text === ',')) return p;
  }
  return -1;
}

/**
 * "Presidents A of Brazil and B of Paraguay met in X, where they signed Y", "A met B in X, where they signed Y": the
 * people coordinated as the subject opening the sentence, or its subject and the one met, when "they" follows them
 * (at least two; else none).
 */
function coordinatedPeople(d: DocEntities, unit: SentenceUnit, m: Mention): number[] {
  const out: number[] = [];
  let prevEnd = -1;
  for (const x of unit.mentions) {
    if (x.nested || x.j > m.i) continue;
    const e = x.entity === undefined ? undefined : d.list[x.entity];
    if (!e) continue;
    if (e.type !== 'person') {
      // ("A of Brazil": a state right after "of" qualifies the person before it.)
      if (out.length && unit.toks[(x.lead ?? x.i) - 1]?.lower === 'of' && (x.lead ?? x.i) - 1 === prevEnd) { prevEnd = x.j; continue; }
      break;
    }
    const at = x.lead ?? x.i;
    if (!out.length) {
      if (!opensSentence(unit, at)) return [];
    } else {
      const gap = unit.toks.slice(prevEnd, at).map((t) => t.lower);
      if (!gap.length || gap.length > 3 || !gap.every((w) => PEOPLE_JOINERS.has(w))) break;
    }
    if (!out.includes(x.entity!)) out.push(x.entity!);
    prevEnd = x.j;
  }
  return out.length >= 2 ? out : [];
}

/** The unit sentence `prev` opens with as its subject ("The battalion's soldiers were deployed"), if any. */
function troopsOpening(d: DocEntities, prev: SentenceUnit): EntityRec | undefined {
  const e = openingSubject(d, prev);
  return e?.type === 'unit' ? e : undefined;
}

/** Words of a count of troops before their unit ("More than 250 soldiers from the", "Some 300 paratroopers of"). */
const TROOP_COUNT_WORDS = new Set(['more', 'than', 'some', 'about', 'around', 'nearly', 'over', 'almost', 'the', 'of', 'from', 'a', 'total', 'all']);

/** "More than 250 soldiers from the X returned ..., where they helped Y": the unit whose troops open the sentence, before token `to`. */
function troopsOpeningHere(d: DocEntities, unit: SentenceUnit, to: number): EntityRec | undefined {
  const first = unit.mentions.find((x) => !x.nested && x.entity !== undefined);
  if (!first || first.j > to || d.list[first.entity!]!.type !== 'unit') return undefined;
  const lead = first.lead ?? first.i;
  let troops = false;
  for (let k = 0; k < lead; k++) {
    const t = unit.toks[k]!;
    if (d.lex.peopleNouns.has(t.lower)) troops = true;
    else if (!(t.kind === 'n' || t.cap || TROOP_COUNT_WORDS.has(t.lower))) return undefined;
  }
  return troops || opensSentence(unit, lead) ? d.list[first.entity!] : undefined;
}

/** The entity of the first mention of sentence `prev`, when it opens the sentence (past a fronted phrase of time). */
function openingSubject(d: DocEntities, prev: SentenceUnit): EntityRec | undefined {
  // ("In Benghazi on Saturday, X met Y": past a short fronted phrase.)
  const fronted = frontedPhraseComma(prev.toks);
  const first = prev.mentions.find((x) => !x.nested && x.i > fronted);
  return first && first.entity !== undefined && opensSentence(prev, first.lead ?? first.i) ? d.list[first.entity] : undefined;
}

/** Words joining the people "they" may stand for ("A and B", "A met B", "A held talks with B"). */
const PEOPLE_JOINERS = new Set(['and', ',', 'met', 'with', 'held', 'talks']);

/** Prepositions that open a fronted phrase ("In his speech,", "During her visit,"). */
const FRONTING_PREPS = new Set(['in', 'during', 'at', 'after', 'before', 'on', 'throughout']);

/**
 * "In his speech, the minister said", "During her visit, Ms X met": the person mention opening the main clause
 * when `m` is a possessive "his"/"her" in a short fronted phrase that opens the sentence (else undefined).
 */
function frontedPossessor(unit: SentenceUnit, m: Mention): Mention | undefined {
  const w = m.surface.toLowerCase();
  if ((w !== 'his' && w !== 'her') || !FRONTING_PREPS.has(unit.toks[0]?.lower ?? '') || m.i > 3) return undefined;
  let comma = m.j;
  while (comma < m.j + 4 && unit.toks[comma]?.kind === 'w' && !unit.toks[comma]!.cap) comma++;
  if (unit.toks[comma]?.text !== ',') return undefined;
  const at = unit.toks[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
  return unit.mentions.find((x) => (x.lead ?? x.i) === at && x.type === 'person' && (x.via === 'name' || x.via === 'title'));
}

/**
 * "The Italian Navy frigate Carlo Bergamini docked in Durres. Her commander, Captain X, ...": a sentence-opening
 * possessive "her" after a sentence that names a warship and no person is the ship's.
 */
function shipOfHer(d: DocEntities, unit: SentenceUnit, m: Mention, prev: SentenceUnit | undefined): EntityRec | undefined {
  if (m.i !== 0 || !prev || m.surface !== 'Her' || unit.toks[1]?.kind !== 'w' || unit.toks[1]!.cap) return undefined;
  let ship: EntityRec | undefined;
  for (const x of prev.mentions) {
    if (x.type === 'person') return undefined;
    const e = x.entity === undefined ? undefined : d.list[x.entity]!;
    if (!e) continue;
    if (e.type === 'person') return undefined;
    if (!ship && e.type === 'unit' && (e.head === undefined ? d.shipKinds.has(e.index) : d.lex.shipNouns.has(e.head))) ship = e;
  }
  return ship;
}

/** "The delegation": the leader of the first delegation named; "the delegation of X": of X's delegation. */
function delegationLeader(d: DocEntities, m: Mention, byId: MentionsById): EntityRec | undefined {
  const body = m.owner !== undefined ? byId.get(m.owner)?.entity : undefined;
  const g = m.owner !== undefined ? d.groupLeaders.find((x) => x.body === body && body !== undefined) : d.groupLeaders[0];
  return g ? d.list[g.person] : undefined;
}

/** Heads of a monarch's title, for a style of address alone ("His Majesty thanked India"). */
const ROYAL_HEADS: ReadonlySet<string> = new Set(['king', 'queen', 'sultan', 'emir', 'amir', 'monarch', 'grand duke', 'prince']);

/** Resolves one anaphoric mention (sets `entity` or `group`). */
export function resolveAnaphor(d: DocEntities, unit: SentenceUnit, m: Mention, byId: MentionsById, prev?: SentenceUnit): void {
  let e: EntityRec | undefined;
  switch (m.via) {
    case 'pronoun': {
      if (m.head === 'our country') {
        e = d.homeState ? d.find('state:', d.homeState) : undefined;
        break;
      }
      // ("delivered drones to Togo and deployed instructors to the West African country": the state named last.)
      // ("deployed to the kingdom": the last state named that is one, else the home state when it is one.)
      if (m.head?.startsWith('the ') && STATE_FORMS.has(m.head.slice(4))) {
        e = stateOfForm(d, m.head.slice(4), m.start);
        break;
      }
      // ("His Majesty King X ... His Majesty thanked India": a style alone is the last one addressed so, or the last monarch.)
      if (m.head?.endsWith(' majesty') || m.head?.endsWith(' highness')) {
        const style = m.head;
        e = d.recent(m.start, (x) => x.type === 'person' && x.titles.some((t) => t.head === style || t.rank === style || ROYAL_HEADS.has(t.head)));
        break;
      }
      if (m.head === 'the country') {
        e = d.recent(m.start, (x) => x.type === 'state');
        break;
      }
      if (m.head === 'country') {
        const who = d.recent(m.start, (x) => x.type === 'person');
        const code = who ? personState(d, who) : undefined;
        e = code ? d.find('state:', code) : undefined;
        break;
      }
      // "The two ministers held a meeting, where they signed X": "they" is the group just named.
      if (m.surface.toLowerCase() === 'they') {
        const group = [...unit.mentions].reverse().find((x) => x.via === 'group' && x.j <= m.i && (x.group?.length ?? 0) >= 2 && d.list[x.group![0]!]!.type === 'person');
        if (group) m.group = [...group.group!];
        else {
          const people = coordinatedPeople(d, unit, m);
          if (people.length) m.group = people;
          else {
            // ("The battalion's soldiers were deployed to X in December. In April, they took part in Y": the troops
            // the sentence before opened with.)
            // ("Soldiers of the X returned after a deployment to Y, where they helped Z": the troops this sentence opened with.)
            const relative = (unit.toks[m.i - 1]?.lower === 'where' || unit.toks[m.i - 1]?.lower === 'when') && unit.toks[m.i - 2]?.text === ',';
            const troops = relative ? troopsOpeningHere(d, unit, m.i) : prev && (m.i === 0 || unit.toks[m.i - 1]?.text === ',') ? troopsOpening(d, prev) : undefined;
            if (troops) {
              m.type = 'unit';
              d.touch(troops, m, [], m.start);
            }
          }
        }
        return;
      }
      if (m.head === 'it') {
        // ("Four states signed the X Agreement ... It was signed on behalf of Y by Z": a signed "It" is the text signed last.)
        e = signedIt(unit, m) ? salientAgreement(d, m.start) : gatheringIt(d, unit, m) ?? eventOpeningIt(d, unit, m, prev) ?? resolveNeuter(d, unit, m, prev);
        if (e) m.type = e.type;
        break;
      }
      // "The frigate Carlo Bergamini docked in Durres. Her commander, ...": a ship the sentence before told of, naming no person.
      const ship = shipOfHer(d, unit, m, prev);
      if (ship) {
        e = ship;
        m.type = 'unit';
        break;
      }
      // "In his speech, the minister said ...": a possessive in a fronted phrase is the subject's after the comma.
      const ahead = frontedPossessor(unit, m);
      if (ahead) {
        e = ahead.entity !== undefined ? d.list[ahead.entity] : ahead.via === 'title' ? resolveRole(d, unit, ahead) : undefined;
        if (e) break;
      }
      // ("awarded her the Order of X": "her" before an article is an object too, never a possessive.)
      const objective = m.surface.toLowerCase() === 'him' || (m.surface.toLowerCase() === 'her' && (!unit.toks[m.j]?.kind.startsWith('w') || ARTICLES.has(unit.toks[m.j]!.lower)));
      // ("The opposition X criticised Ekomi on Thursday, accusing him of ...": after a participle set off, the person the
      // clause before named as its object.)
      const objectBefore = objective ? participleObject(d, unit, m) : undefined;
      if (objectBefore) {
        e = objectBefore;
        break;
      }
      // ("X paid a courtesy call on the Vice President, Y, at the Jubilee House, where he thanked Ghana": a subject pronoun
      // after ", where" is the main clause's subject.)
      const whereSubject = objective ? undefined : relativeAdverbSubject(d, unit, m);
      if (whereSubject) {
        e = whereSubject;
        break;
      }
      const subj = objective ? clauseSubject(unit, m) : undefined;
      // ("accompanied by General X, he visited Y": not one who came along.)
      const along = objective ? undefined : companionsOf(unit, m);
      e = (!objective ? continuedSubject(d, unit, m, prev) : undefined) ?? d.recent(m.start, (x) => x.type === 'person', subj === undefined ? along : new Set([subj]));
      break;
    }
    case 'title':
      e = resolveRole(d, unit, m, prev && !m.nested && m.i === 1 && unit.toks[0]!.lower === 'the' ? openingSubject(d, prev) : undefined);
      break;
    case 'definite':
      if (m.type === 'unit' && d.lex.troopAnaphors.has(m.head ?? '')) {
        // ("the Danab commandos" after "the SNA's Danab Brigade": the unit whose name opens with that word, or none.)
        if (m.core && unit.toks[m.i - 1]?.cap) {
          const word = m.core;
          e = d.recent(m.start, (x) => x.type === 'unit' && x.label.toLowerCase().startsWith(`${word} `));
          break;
        }
        const side = unit.toks[m.i - 1]?.lower ?? '';
        e = (ROTATION_SIDES.has(side) ? rotationSide(d, side, m.start) : undefined) ?? troopsUnit(d, m, prev, unit);
        break;
      }
      // ("the headquarters of Military Region 4 ... the region's commander": a region that has a commander is a formation.)
      if (m.type === 'place' && m.head === 'region' && unit.toks[m.j]?.lower === "'s" && d.lex.titles.match(unit.toks.slice(m.j + 1, m.j + 4).map((t) => t.lower), 0)) {
        const formation = d.recent(m.start + 1, (x) => (x.type === 'unit' || x.type === 'organization') && x.head === 'region');
        if (formation) {
          m.type = formation.type;
          e = formation;
          break;
        }
      }
      // ("will relieve GHANBATT 148 ... the outgoing battalion was awarded": a side of a rotation names the unit relieved or relieving.)
      if (m.type === 'unit' && ROTATION_SIDES.has(unit.toks[m.i - 1]?.lower ?? '') && unit.toks[m.i - 2]?.lower === 'the') {
        const sided = rotationSide(d, unit.toks[m.i - 1]!.lower, m.start);
        if (sided) {
          e = sided;
          break;
        }
      }
      e = possessedPostService(d, unit, m) ?? governmentAndPeople(d, unit, m) ?? missionSpelledBefore(d, unit, m) ?? resolveDefinite(d, m, m.head === 'government' ? governedState(unit, m) : undefined, attendedGathering(unit, m), unit.toks[m.i - 1]?.lower === 'the' || formalServicePost(unit, m));
      if (e && m.type === 'unit') e = commandersUnit(d, unit, m) ?? demonymUnit(d, unit, m, e);
      e ??= bodyFormedHere(d, unit, m);
      break;
    case 'group':
      m.group = resolveGroup(d, m, unit.start);
      for (const i of m.group) d.list[i]!.last = Math.max(d.list[i]!.last, m.start);
      return;
    case 'guest': {
      if (m.head === 'delegation') {
        e = delegationLeader(d, m, byId);
        break;
      }
      const owner = m.head === 'the' ? undefined : d.recent(m.start, (x) => x.type === 'person');
      const skip = owner ? new Set([owner.index]) : undefined;
      // "conferred the order on his guest": the guest comes from another state than the host.
      // (Tied to a state by a post or by the service the person heads: "Naval Forces Commander Admiral X".)
      const stateOf = (x: EntityRec): string | undefined => stateOfPerson(d, x);
      const home = owner ? stateOf(owner) : undefined;
      // ("Altınsoy presented his guest with the medal" after the visiting admiral and, later, his ambassador: the one the text
      // names most, the visit's guest.)
      const foreign = home ? mostNamed(d, m.start, (x) => x.type === 'person' && !!stateOf(x) && stateOf(x) !== home, skip) : undefined;
      e = foreign ?? d.recent(m.start, (x) => x.type === 'person', skip);
      break;
    }
    default:
      return;
  }
  // ("The pact, known as the RAA,": a name given to a definite noun is an alias of what it refers to.)
  // ("the Navy" in Portuguese copy: a capitalised service is a short name of the home state's service it stands for.)
  // ("the government", "the Czech government": what a state's government is called in the text.)
  const government = m.type === 'organization' && m.head === 'government' && e?.type === 'organization';
  const aliases = m.via !== 'definite' ? [] : m.type === 'event' || government || (m.type === 'organization' && ARMED.has(m.head ?? '') && e?.ownerState !== undefined && e.ownerState === d.homeState && /^(?:the\s+)?\p{Lu}/u.test(m.surface)) ? [m.surface.replace(/^the\s+/i, ''), ...m.aliases] : m.aliases.slice(1);
  if (e) d.touch(e, m, aliases, m.start);
}

/** Whether the state of `code` is a `form` ("kingdom"): its official name says so, or the lexicon's form of it does. */
function isOfForm(d: DocEntities, code: string | undefined, form: string): boolean {
  const st = code ? d.lex.states.get(code) : undefined;
  return !!st && (st.monarchy === form || st.official.toLowerCase().split(' ').includes(form));
}

/** "the kingdom": the state of that form named last before `at`, else the home state when it is one. */
function stateOfForm(d: DocEntities, form: string, at: number): EntityRec | undefined {
  const named = d.recent(at, (x) => x.type === 'state' && isOfForm(d, x.code, form));
  if (named) return named;
  if (isOfForm(d, d.homeState, form)) {
    const st = d.lex.states.get(d.homeState!)!;
    return d.find('state:', st.code) ?? d.obtain('state:', st.code, 'state', st.common, { code: st.code });
  }
  return d.recent(at, (x) => x.type === 'state' && isOfForm(d, x.code, form));
}

/** "X criticised Ekomi on Thursday, accusing him of ...": the person named after the verb of the clause before the participle. */
function participleObject(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  if (toks[m.i - 2]?.text !== ',' || !/\p{L}{3}ing$/u.test(toks[m.i - 1]?.lower ?? '')) return undefined;
  let last: Mention | undefined;
  for (const x of unit.mentions) {
    if (x.j > m.i - 2) break;
    if (x.entity !== undefined && x.via === 'name' && d.list[x.entity]!.type === 'person') last = x;
  }
  // (Not the clause's own subject: "X, speaking on Monday, ... him".)
  if (!last || last.i <= 1 || !toks.slice(0, last.i).some((t) => t.kind === 'w' && !t.cap && /ed$/.test(t.lower))) return undefined;
  return d.list[last.entity!];
}

/** "X paid a call on Y at Z, where he thanked W": the person opening the main clause before a subject pronoun after ", where" / ", when". */
function relativeAdverbSubject(d: DocEntities, unit: SentenceUnit, m: Mention): EntityRec | undefined {
  const toks = unit.toks;
  const w = m.surface.toLowerCase();
  if ((w !== 'he' && w !== 'she') || toks[m.i - 2]?.text !== ',' || (toks[m.i - 1]?.lower !== 'where' && toks[m.i - 1]?.lower !== 'when')) return undefined;
  const fronted = frontedPhraseComma(toks);
  // ("X was received by President Y at the palace, where she thanked Seoul": a passive's agent.)
  for (let k = 2; k < m.i; k++) {
    if (toks[k]!.lower !== 'by' || !/ed$/.test(toks[k - 1]!.lower) || (toks[k - 2]!.lower !== 'was' && toks[k - 2]!.lower !== 'were')) continue;
    const agent = unit.mentions.find((x) => (x.lead ?? x.i) > k && (x.lead ?? x.i) <= k + 2 && x.entity !== undefined && !x.nested);
    return agent && d.list[agent.entity!]!.type === 'person' ? d.list[agent.entity!] : undefined;
  }
  for (const x of unit.mentions) {
    if (x.i >= m.i) return undefined;
    if (x.nested || x.entity === undefined || x.i <= fronted) continue;
    // (The first mention of the main clause: a person, else no subject to give.)
    return d.list[x.entity]!.type === 'person' ? d.list[x.entity] : undefined;
  }
  return undefined;
}

// The extractor's public entry point: a pipeline of small pure stages, document → sentences →
// mentions → entities → relations → dates → assembled Extraction. Bounded on pathological
// input (mentions per sentence, entities and relations per document); what is cut is reported
// once per document in `problems`.
import type { DateInterval, DispatchInput, Extraction } from '../ontology.js';
import { carrySigningDates, duringEventDate, participleSigningDate } from './carried-dates.js';
import { parseDocument } from './document.js';
import { splitSentences } from './sentences.js';
import { capitalState, foldDiacritics, getLexicon, type Lexicon } from './lexicon.js';
import { tokenize, type Tok } from './tokens.js';
import { phraseWords } from './phrase-trie.js';
import { findMentions } from './mentions.js';
import { DocEntities, initialsOf, initialsWithOf, placeKey } from './resolve.js';
import { resolveSentence } from './resolve.js';
import { acronymOwnerFacts, factCandidates, laterOrganOwners, settleLaterTitles, settleTitles, type PendingOrgan } from './facts.js';
import { cueRelations, type RelationInput } from './relations.js';
import { locatedIn, partOfAppositions, praiseBySpeaker } from './structure.js';
import { handedOverBy, participation, visitedStates } from './participation.js';
import { deployedToHelp, bodySentToHelp, journeyTookTo, ledAdvanceParty, ledDelegationTo, visitedWhichHe, movedWithTroops, receivedVisitors, sentOnRequest, stayOnVisit } from './visit-stay.js';
import { trainingGiven } from './training.js';
import { donationsGiven, reliefToHome } from './donations.js';
import { stationedWhere } from './garrison-where.js';
import { bodyPrefixed } from './body-prefix.js';
import { contingentsFrom } from './contingents-from.js';
import { awardRecipients } from './award-recipients.js';
import { alsoSending } from './also-sending.js';
import { underOfficer } from './under-officer.js';
import { guestsAfter } from './guests-after.js';
import { includedParts } from './included-parts.js';
import { commandHandover, firstToLead, ledByState, reliefInPlace, takenOverIn } from './command-handover.js';
import { joinedGroup } from './joined-group.js';
import { ledGroupVisit } from './led-group-visit.js';
import { oneOfBodys } from './one-of.js';
import { partyMembers } from './party-members.js';
import { deployedBeforeReturn, returnedFromTour, returnedHome } from './homecoming.js';
import { amongSigners } from './among-signers.js';
import { troopsHeld } from './troops-held.js';
import { arrivedWith, delegationMembers, includedUnitsDeployed, deployedAsPartOf, formedIn, togetherWith } from './companions.js';
import { summonedEnvoys } from './summons.js';
import { frontedBacking, thankedSupport } from './thanked-support.js';
import { cityStates } from './cities.js';
import { betweenSigners, signedBetween, signedWith, signersAttend, signerStates, signingOfBetween, signingOfBy } from './signing.js';
import { findSpeaker } from './attribution.js';
import { dateFor, sentenceDates, unquotedDates, type DateSpan } from './dating.js';
import { attendedSpanDate, countFor, dateEvents, untilDate, mergeAmbiguousStates, mergeBareBodies, mergeShipNamesakes, ownStateStance, quoteSpeakers, shareAttendance } from './pipeline-steps.js';
import { assembleEntities, assembleRelations, type Placed } from './assemble.js';
import { resolveExtractOptions, type ExtractOptions } from './options.js';
import type { Candidate, Mention, SentenceUnit } from './model.js';
import { normAlias } from './mention-kit.js';

export { nameKey } from './name-key.js';
export { EXTRACT_DEFAULTS, type ExtractOptions } from './options.js';

/** Seeds the dateline's agency and place; `namedState` is datelineStateNamed of its place. */
/** Last words of outlets' names that name no outlet alone ("Gulf News", "Anadolu Agency"). */
const GENERIC_OUTLET_WORDS = new Set(['news', 'agency', 'press', 'service', 'radio', 'television', 'online', 'daily', 'today', 'network']);

function seedMeta(d: DocEntities, lex: Lexicon, dateline: { place?: string; agency?: string } | undefined, namedState: string | undefined): void {
  if (dateline?.agency) {
    // (Keyed without accents: "/TELAM/" in the dateline is the "Télam" of the text.)
    const core = foldDiacritics(normAlias(dateline.agency));
    const e = d.obtain('org:', `${core}|`, 'organization', dateline.agency, { core });
    if (e) d.touch(e, undefined, [dateline.agency], -1);
    // ("/Seychelles News Agency/ ... Esparon told SNA": the agency's initials name it too.)
    const initials = e && dateline.agency.includes(' ') ? initialsOf(dateline.agency) : '';
    if (e && initials.length >= 2) d.link('initials:', initials, e);
    // ("/Voice of America/ ... told VOA": with the letter of an "of".)
    const withOf = initials && dateline.agency.includes(' of ') ? initialsWithOf(dateline.agency) : '';
    if (e && withOf.length > initials.length && withOf.length <= 6) d.link('initials:', withOf, e);
    // ("/Mail & Guardian/ ... told the M&G": initials joined by the name's ampersand.)
    if (e && initials.length === 2 && /^\S+ & \S+$/.test(dateline.agency)) d.link('initials:', `${initials[0]}&${initials[1]}`, e);
    // ("/Kuwait News Agency/ ... told KUNA", "/Sudan News Agency/ ... SUNA": two letters of the first word, then the initials.)
    if (e && initials.length >= 3 && /^\p{Lu}\p{Ll}/u.test(dateline.agency)) d.link('initials:', `${dateline.agency.slice(0, 2).toUpperCase()}${initials.slice(1)}`, e);
    // ("/Daily Monitor/ ... told the Monitor", "/The Irish Times/ ... the Times reported": a newspaper by its last word.)
    const words = dateline.agency.split(/\s+/);
    const last = words.length >= 2 ? words[words.length - 1]! : '';
    if (e && /^\p{Lu}\p{Ll}{2,}$/u.test(last) && !GENERIC_OUTLET_WORDS.has(last.toLowerCase())) d.link('org:', `${foldDiacritics(normAlias(last))}|`, e);
    // ("/Vanuatu Daily Post/ ... told the Daily Post": the name without the state it opens with.)
    const state = e && words.length >= 3 ? lex.gazetteer.match(words.map((w) => w.toLowerCase()), 0) : undefined;
    if (e && state && (state.value.kind === 'state' || state.value.kind === 'demonym') && words.length - state.length >= 2) d.link('org:', `${foldDiacritics(normAlias(words.slice(state.length).join(' ')))}|`, e);
  }
  if (dateline?.place) {
    const label = dateline.place;
    // "KUWAIT, September 9.": a dateline naming a state (a city-state's usual dateline) is no place of its own.
    if (namedState) return;
    const code = capitalState(lex, label);
    const e = d.obtain('place:', placeKey(label), 'place', label, code ? { code } : {});
    if (e) d.touch(e, undefined, [label, label.toUpperCase()], -1);
  }
}

let namedStates: Map<string, string | null> | undefined;
let namedStatesLex: Lexicon | undefined;

/** The state a dateline names outright ("KUWAIT", "SINGAPORE"), if any. (Memoised per place: datelines repeat.) */
function datelineStateNamed(lex: Lexicon, place: string): string | undefined {
  if (namedStatesLex !== lex || !namedStates || namedStates.size > 5_000) {
    namedStates = new Map();
    namedStatesLex = lex;
  }
  let v = namedStates.get(place);
  if (v === undefined) {
    const words = phraseWords(place.toLowerCase());
    const hit = lex.gazetteer.match(words, 0);
    v = hit && hit.length === words.length && hit.value.kind === 'state' ? hit.value.ref : null;
    namedStates.set(place, v);
  }
  return v ?? undefined;
}

/**
 * "ROVANIEMI, June 9. /Yle/.": a dateline city that is no known capital is home copy of the agency's
 * state, when the agency is a national one (and the city is not a known place of another state).
 */
function agencyHomeOf(lex: Lexicon, dateline: { place?: string; agency?: string } | undefined): string | undefined {
  if (!dateline?.place || !dateline.agency) return undefined;
  const home = lex.agencyHome.get(foldDiacritics(dateline.agency.toLowerCase())) ?? stateInName(lex, dateline.agency);
  const elsewhere = lex.gazetteer.match(dateline.place.toLowerCase().split(/\s+/), 0);
  return home && !elsewhere ? home : undefined;
}

/** "/Vietnam News/", "/The Phnom Penh Post/": the state a newspaper's name names, or whose capital it names. */
function stateInName(lex: Lexicon, agency: string): string | undefined {
  const words = phraseWords(agency.toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const hit = lex.gazetteer.match(words, k);
    if (hit && (hit.value.kind === 'state' || hit.value.kind === 'capital')) return hit.value.ref;
  }
  return undefined;
}

/**
 * The state of the dispatch's dateline: the state it names (`namedState`), or the state whose capital it is; for a
 * territory's capital ("NUUK"), the territory's sovereign state.
 */
function datelineStateOf(lex: Lexicon, place: string | undefined, namedState: string | undefined): string | undefined {
  if (!place) return undefined;
  const code = namedState ?? capitalState(lex, place);
  const info = code ? lex.states.get(code) : undefined;
  return info && !info.sovereign ? info.sovereignState : code;
}

/**
 * "ENCARNACIÓN, August 16. /Última Hora/.": a dateline city that is no capital, of an outlet of no known state, is in
 * the state of the most populous city of that name (a territory's city in its sovereign's). An international
 * outlet's city tells none ("LOEI, November 2. /Reuters/."), nor does a dateline without an outlet.
 */
function datelineCityState(lex: Lexicon, dateline: { place?: string; agency?: string } | undefined, body: string): string | undefined {
  if (!dateline?.place || !dateline.agency || lex.internationalAgencies.has(foldDiacritics(dateline.agency.toLowerCase()))) return undefined;
  const code = namedCityState(lex, cityStates(dateline.place), body);
  const info = code ? lex.states.get(code) : undefined;
  return info && !info.sovereign ? info.sovereignState : code;
}

/**
 * "SANTA CRUZ, February 24. /El Deber/. ... the Bolivian Air Force ... at Bolivia's request": of the states
 * with a city of the dateline's name, the most populous city's when the text names that state at all, else
 * the one the text names most (by name, demonym or capital), else the most populous city's.
 */
function namedCityState(lex: Lexicon, codes: string[], body: string): string | undefined {
  if (codes.length < 2) return codes[0];
  const counts = new Map<string, number>();
  const words = foldDiacritics(body.toLowerCase()).split(/[^\p{L}-]+/u);
  for (let k = 0; k < words.length; k++) {
    const hit = lex.gazetteer.match(words, k);
    if (!hit || hit.value.kind === 'institution' || !codes.includes(hit.value.ref)) continue;
    counts.set(hit.value.ref, (counts.get(hit.value.ref) ?? 0) + 1);
    k += hit.length - 1;
  }
  if (counts.has(codes[0]!)) return codes[0];
  let best = codes[0];
  let most = 0;
  for (const code of codes) {
    const n = counts.get(code) ?? 0;
    if (n > most) [best, most] = [code, n];
  }
  return best;
}

/** True when text[from, to) holds a line feed (like text.slice(from, to).includes('\n'), without the copy). */
function hasLineFeed(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** The last date of a sentence that runs on (one that does not only qualify a thing), if any. */
function lastRunningDate(ds: DateSpan[], toks: readonly Tok[]): DateSpan | undefined {
  for (let k = ds.length - 1; k >= 0; k--) if (!ds[k]!.ofThing) return untilDate(toks, ds[k]!.i) ? undefined : ds[k];
  return undefined;
}

/**
 * The candidates of the lists in order, in a new array. (A push loop: concat with spread arguments
 * goes through a generic runtime path, slow for the few short, mostly empty lists met here.)
 */
function joined(first: Candidate[], ...rest: Candidate[][]): Candidate[] {
  const out = first.slice();
  for (const list of rest) for (const x of list) out.push(x);
  return out;
}

/** Extracts entities and relations from one dispatch; throws DocumentError on unusable text. */
/** An ASSISTED candidate from a body or unit to the state that owns it. */
function ownHelp(d: DocEntities, cand: Candidate): boolean {
  const target = d.list[cand.target]!;
  // ("sent ships with medical supplies after the eruption of the X volcano": a volcano is helped by nobody.)
  if (target.type === 'place' && target.head === 'volcano') return true;
  return target.type === 'state' && target.code !== undefined && d.list[cand.source]!.ownerState === target.code;
}

/** "criticised the government for signing the agreement": a state's government signs for the state. */
function governmentSigner(d: DocEntities, cand: Candidate): void {
  const source = d.list[cand.source]!;
  if (cand.type !== 'SIGNED' || source.type !== 'organization' || source.head !== 'government' || source.ownerState === undefined) return;
  const state = d.find('state:', source.ownerState);
  if (state) cand.source = state.index;
}

export function extractDocument(input: DispatchInput, options: Partial<ExtractOptions> = {}): Extraction {
  const opts = resolveExtractOptions(options);
  const doc = parseDocument(input);
  const lex = getLexicon();
  const problems = [...doc.problems];
  const d = new DocEntities(lex, opts.maxEntities);
  // (The dateline's place is looked up in the gazetteer once, for the seed and the dateline state.)
  const place = doc.meta.dateline?.place;
  const namedState = place ? datelineStateNamed(lex, place) : undefined;
  seedMeta(d, lex, doc.meta.dateline, namedState);
  const datelineState = datelineStateOf(lex, place, namedState) ?? agencyHomeOf(lex, doc.meta.dateline) ?? datelineCityState(lex, doc.meta.dateline, doc.plain.slice(doc.bodyStart));
  d.homeState = datelineState;
  const ids = { next: 0 };
  const units: SentenceUnit[] = [];
  d.units = units;
  const dates: DateSpan[][] = [];
  const facts: Candidate[][] = [];
  let reference = doc.meta.date;
  let droppedMentions = 0;
  let prevEnd = doc.bodyStart;
  const quotes = { quoted: false };
  const later: Array<{ unit: SentenceUnit; mention: Mention }> = [];
  const organs: PendingOrgan[] = [];
  const sentences = splitSentences(doc.plain, doc.bodyStart);
  // The tokens of every sentence first, in a loop of their own (the quotation state runs on from one
  // sentence to the next, and a line feed ends it): the tokenizer runs faster one sentence after
  // another than between the later stages, which push it out of the caches.
  const sentenceToks: Tok[][] = [];
  const newLines: boolean[] = [];
  for (const s of sentences) {
    const newLine = hasLineFeed(doc.text, prevEnd, s.start);
    if (newLine) quotes.quoted = false;
    // s.text is doc.plain.slice(s.start, s.end); without markup doc.text is the same string.
    sentenceToks.push(tokenize(s.text, s.start, quotes));
    newLines.push(newLine);
    prevEnd = s.end;
  }
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const toks = sentenceToks[k]!;
    const newLine = newLines[k]!;
    const found = findMentions(lex, doc.plain, units.length, toks, d, ids, opts.maxMentionsPerSentence);
    droppedMentions += found.dropped;
    const unit: SentenceUnit = {
      index: units.length, start: s.start, end: s.end, text: doc.plain === doc.text ? s.text : doc.text.slice(s.start, s.end), toks,
      paragraphStart: units.length === 0 || newLine,
      mentions: found.mentions, facts: found.facts, classes: found.classes,
    };
    resolveSentence(d, unit, units.length ? units[units.length - 1] : undefined);
    settleTitles(d, unit, datelineState, later);
    acronymOwnerFacts(d, unit, organs);
    facts.push(factCandidates(d, unit));
    units.push(unit);
  }
  // The dates of the sentences, in their order, in a loop of their own: they read only a sentence's
  // text and tokens (and the last date before it), and the date rules run faster one after another
  // than between the mention and resolution stages of each sentence, which push them out of the caches.
  for (const unit of units) {
    const ds = sentenceDates(unit, doc.meta.date, reference, doc.plain === doc.text);
    // "later that evening" refers to the last date mentioned only when that was one day ("in 2024" is not).
    if (ds.length) {
      const last = ds[ds.length - 1]!;
      reference = !last.vague && last.start === last.end ? last.start : undefined;
    }
    dates.push(ds);
  }
  for (const unit of settleLaterTitles(d, later, datelineState)) facts[unit.index] = factCandidates(d, unit);
  for (const o of laterOrganOwners(d, organs)) facts[o.unit]!.push(o.cand);
  if (droppedMentions) problems.push(`extractDocument: ${droppedMentions} mentions beyond ${opts.maxMentionsPerSentence} per sentence were skipped.`);
  if (d.list.length >= opts.maxEntities) problems.push(`extractDocument: entity limit ${opts.maxEntities} reached; later names were skipped.`);

  const speakers = quoteSpeakers(units, units.map((u) => findSpeaker(d, u)));
  const placed: Placed[] = [];
  let paragraphDate: DateInterval | undefined;
  let cutRelations = false;
  // (Where the deployment told of last went: "X are also sending troops" sends them there.)
  let lastDeployedTo: number | undefined;
  for (const unit of units) {
    if (unit.paragraphStart) paragraphDate = undefined;
    const ds = dates[unit.index]!;
    const speaker = speakers[unit.index];
    dateEvents(d, unit, unquotedDates(ds), paragraphDate);
    const relInput: RelationInput = { d, unit, speaker, maxRelations: opts.maxRelationsPerSentence };
    const cued = stationedWhere(d, unit, deployedBeforeReturn(d, unit, visitedStates(d, receivedVisitors(d, unit, betweenSigners(d, unit, signerStates(d, signedWith(d, unit, shareAttendance(unit, joined(cueRelations(relInput), praiseBySpeaker(d, unit, speaker), signingOfBy(d, unit))))))))));
    const cues = joined(cued, participation(d, unit), signingOfBetween(d, unit), signedBetween(d, unit, cued), returnedHome(d, unit), returnedFromTour(d, unit), thankedSupport(d, unit), stayOnVisit(d, unit), journeyTookTo(d, unit), ledDelegationTo(d, unit), ledAdvanceParty(d, unit), visitedWhichHe(d, unit), trainingGiven(d, unit), donationsGiven(d, unit), reliefToHome(d, unit), commandHandover(d, unit), joinedGroup(d, unit), ledGroupVisit(d, unit), oneOfBodys(d, unit), partyMembers(d, unit), firstToLead(d, unit), ledByState(d, unit), reliefInPlace(d, unit), takenOverIn(d, unit), contingentsFrom(d, unit), awardRecipients(d, unit), guestsAfter(d, unit), includedParts(d, unit), summonedEnvoys(d, unit), handedOverBy(d, unit), frontedBacking(d, unit), underOfficer(d, unit), amongSigners(d, unit), troopsHeld(d, unit));
    movedWithTroops(d, unit, cues);
    for (const c of deployedToHelp(d, unit, cues)) cues.push(c);
    for (const c of bodySentToHelp(d, unit)) cues.push(c);
    for (const c of sentOnRequest(d, unit)) cues.push(c);
    for (const c of togetherWith(d, unit, cues)) cues.push(c);
    for (const c of delegationMembers(d, unit, cues)) cues.push(c);
    for (const c of includedUnitsDeployed(d, unit, cues)) cues.push(c);
    for (const c of formedIn(d, unit, cues)) cues.push(c);
    for (const c of alsoSending(d, unit, cues, lastDeployedTo)) cues.push(c);
    for (const c of cues) if (c.type === 'DEPLOYED_TO' && !c.negated) lastDeployedTo = c.target;
    for (const c of arrivedWith(d, unit, cues)) cues.push(c);
    for (const c of deployedAsPartOf(d, unit, cues)) cues.push(c);
    const attributedTo = speaker === undefined ? undefined : d.list[speaker]!.label;
    const during = ds.length ? undefined : duringEventDate(d, unit);
    for (const cand of joined(facts[unit.index]!, locatedIn(d, unit), partOfAppositions(d, unit), bodyPrefixed(d, unit), cues)) {
      if (placed.length >= opts.maxRelations) { cutRelations = true; break; }
      // ("the Ministry of Defense of Armenia ... training for Armenian officers": a state's own body helps no state of its own.)
      if (cand.type === 'ASSISTED' && ownHelp(d, cand)) continue;
      governmentSigner(d, cand);
      // ("During the ceremony, ...", "At the meeting, ...": the gathering's date before the paragraph's.)
      let date = dateFor(cand, unit, ds, during ?? paragraphDate);
      const target = d.list[cand.target]!;
      // ("with X ... a week after Hurricane Melissa killed 19 people": a storm is an event nobody attends.)
      if (cand.type === 'ATTENDED' && target.type === 'event' && target.head === 'storm') continue;
      // (An undated sentence's attendance takes the gathering's own date before one carried from the paragraph.)
      // (Nor one carried from the paragraph that falls outside the gathering's own dates: dateFor hands back the
      // paragraph's date object itself when the sentence dates nothing of its own.)
      if (cand.type === 'ATTENDED' && target.date) {
        // ("The two-week exercise, which began on June 2, involved X": the span X took part in; "The final day was attended by Y": its last day.)
        const span = attendedSpanDate(unit, cand.target, target.date, !!date && date !== paragraphDate);
        if (span) date = span;
        else if (!date || (date === paragraphDate && !during && (date.start > target.date.end || date.end < target.date.start))) date = target.date;
      }
      // ("The protocol, which A and B signed at the ministry, ..." after "a protocol signed in Tunis on Wednesday": that day.)
      if (cand.type === 'SIGNED' && cand.dated && !cand.negated && (!date || date === paragraphDate)) date = participleSigningDate(units, dates, cand.target, unit.index) ?? date;
      const count = countFor(lex, unit, cand);
      if (count !== undefined) cand.count = count;
      placed.push({ cand, date, attributedTo: cand.dated ? attributedTo : undefined });
    }
    // ("for fighting last summer's wildfires": a date that only qualifies a thing does not run on.)
    const last = lastRunningDate(unquotedDates(ds), unit.toks);
    if (last) {
      paragraphDate = last.vague ? undefined : { start: last.start, end: last.end, text: last.text };
    } else if (during) paragraphDate = during;
  }
  // ("took part in the exercise last week ... The drills, held from November 6 to November 10": an attendance dated by a
  // wider span takes the days the gathering was held, once the text says them.)
  for (const p of placed) {
    const held = p.cand.type === 'ATTENDED' && p.date ? d.list[p.cand.target]!.date : undefined;
    if (held && p.date!.start <= held.start && p.date!.end >= held.end && (p.date!.start !== held.start || p.date!.end !== held.end) && held.start !== held.end) p.date = held;
  }
  for (const cand of signersAttend(d, units, placed.map((p) => p.cand))) {
    if (placed.length >= opts.maxRelations) { cutRelations = true; break; }
    const date = d.list[cand.target]!.date;
    placed.push({ cand, date, attributedTo: undefined });
  }
  carrySigningDates(placed);
  if (cutRelations) problems.push(`extractDocument: relation limit ${opts.maxRelations} reached; later relations were skipped.`);
  for (let k = placed.length - 1; k >= 0; k--) if (ownStateStance(d, placed[k]!.cand)) placed.splice(k, 1);
  mergeAmbiguousStates(d, placed.map((p) => p.cand));
  mergeBareBodies(d, placed.map((p) => p.cand));
  mergeShipNamesakes(d, placed);
  const { entities, ids: entityIds } = assembleEntities(d.list);
  const relations = assembleRelations(placed, units, doc.meta.id, doc.meta.date, entityIds, opts.includeNegated);
  return { document: doc.meta, entities, relations, problems };
}

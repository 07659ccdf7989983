// Relation stage, donations named as nouns: "accepted a donation from China of 120 military trucks ... for the RCAF",
// "received a donation of 40 trucks from Japan": the giver after "from" assisted the one the gift is for (after "for"
// or "to"), else the one who accepted or received it.
import { newCandidate, type Candidate, type Mention, type SentenceUnit } from './model.js';
import { allowsEdge, type NodeType } from '../ontology.js';
import { argMentions, argsOf, leftArgs } from './args.js';
import { clauseEnd, clauseStart } from './clauses.js';
import { negatedBetween, RELIEF_GOODS } from './cues.js';
import type { DocEntities } from './resolve.js';
import { GIFT_NOUNS, TRAIN_HOME_OR_GIFT } from './training.js';

/** Verbs of taking a gift: their subject is its recipient. */
const TAKING = new Set(['accepted', 'received', 'receives', 'accepts', 'welcomed']);

function party(t: NodeType | undefined): boolean {
  return t === 'state' || t === 'organization' || t === 'unit';
}

/** The state, body or unit named right after token `p` ("from China", "for the RCAF"), if any. */
function namedAfter(d: DocEntities, unit: SentenceUnit, p: number): Mention | undefined {
  const at = unit.toks[p + 1]?.lower === 'the' ? p + 2 : p + 1;
  const m = unit.mentions.find((x) => (x.lead ?? x.i) === at && x.entity !== undefined && !x.nested);
  return m && party(d.typeOfMention(m)) && !m.demonym ? m : undefined;
}

/** Words of help a package is made of ("aid package", "security assistance package"). */
const PACKAGE_KINDS = new Set(['aid', 'assistance', 'support', 'security', 'weapons', 'arms']);

/**
 * "announced Sweden's 31st military aid package for Ukraine": the state (or body) whose aid package it is, by its
 * possessive before the package's words, assisted the one it is for.
 */
function aidPackages(d: DocEntities, unit: SentenceUnit, out: Candidate[]): void {
  const toks = unit.toks;
  for (let k = 2; k + 2 < toks.length; k++) {
    if (toks[k]!.lower !== 'package' || !PACKAGE_KINDS.has(toks[k - 1]!.lower) || (toks[k + 1]!.lower !== 'for' && toks[k + 1]!.lower !== 'to')) continue;
    const recipient = namedAfter(d, unit, k + 1);
    // (Past lower-case words and an ordinal back to the giver's possessive.)
    let q = k - 1;
    while (q > k - 5 && q > 0 && ((toks[q]!.kind === 'w' && !toks[q]!.cap) || /^\d+(?:st|nd|rd|th)$/.test(toks[q]!.lower)) && toks[q]!.lower !== "'s") q--;
    const giver = toks[q]?.lower === "'s" ? unit.mentions.find((x) => x.j === q && x.entity !== undefined && !x.nested) : undefined;
    if (!recipient || !giver || giver.entity === recipient.entity || !party(d.typeOfMention(giver)) || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    if (allowsEdge('ASSISTED', d.list[giver.entity!]!.type, d.list[recipient.entity!]!.type)) out.push(newCandidate('ASSISTED', giver.entity!, recipient.entity!, unit.index, k, true));
  }
}

/** ASSISTED candidates from a gift noun with its giver after "from", and from a state's aid package for another. */
export function donationsGiven(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (unit.text.includes('package')) {
    const packages: Candidate[] = [];
    aidPackages(d, unit, packages);
    if (packages.length) return [...packages, ...giftsGiven(d, unit)];
  }
  return giftsGiven(d, unit);
}

/** ASSISTED candidates from a gift noun with its giver after "from". */
function giftsGiven(d: DocEntities, unit: SentenceUnit): Candidate[] {
  // (The class bit is shared with rarer words still: the loop looks for the gift nouns themselves.)
  if ((unit.classes & TRAIN_HOME_OR_GIFT) === 0) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!GIFT_NOUNS.has(toks[k]!.lower)) continue;
    const end = clauseEnd(toks, k);
    let giver: Mention | undefined;
    let recipient: Mention | undefined;
    for (let q = k + 1; q < end && q < k + 16; q++) {
      const w = toks[q]!.lower;
      if (w === 'from' && !giver) giver = namedAfter(d, unit, q);
      else if ((w === 'for' || w === 'to') && giver && !recipient) recipient = namedAfter(d, unit, q);
    }
    if (!giver || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    // ("accepted a donation from China ...": who took the gift, when no "for" names another.)
    let takers: Mention[] = recipient ? [recipient] : [];
    const verb = toks[k - 1]!.lower === 'a' || toks[k - 1]!.lower === 'the' ? k - 2 : -1;
    if (!recipient && verb > 0 && TAKING.has(toks[verb]!.lower)) takers = leftArgs(unit, argMentions(unit), verb, { accept: party, typeOf: d.typeOfMention }).mentions;
    for (const t of takers) {
      for (const a of argsOf(t, d.typeOfEntity)) {
        const g = giver.entity!;
        if (g === a.entity || !allowsEdge('ASSISTED', d.list[g]!.type, d.list[a.entity]!.type)) continue;
        (out ??= []).push(newCandidate('ASSISTED', g, a.entity, unit.index, k, true));
      }
    }
  }
  return out ?? [];
}

/** Verbs of sending help somewhere ("have flown in tents", "sent a field hospital team"). */
const SENDING = new Set(['sent', 'flown', 'flew', 'airlifted', 'shipped', 'dispatched', 'delivered', 'rushed']);
/** Nouns of relief a state sends after a disaster. */
const RELIEF = new Set([...RELIEF_GOODS, 'blankets', 'hospital', 'rescuers']);

/**
 * "Singapore and Australia have flown in tents and medical supplies", "Malaysia sent a field hospital team": relief a
 * foreign state sends with no recipient named helps the dateline's state, where the text is set.
 */
export function reliefToHome(d: DocEntities, unit: SentenceUnit): Candidate[] {
  const home = d.homeState ? d.find('state:', d.homeState) : undefined;
  if (!home) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!SENDING.has(toks[k]!.lower)) continue;
    const end = clauseEnd(toks, k);
    let relief = false;
    let named = false;
    for (let q = k + 1; q < end && q < k + 9; q++) {
      const w = toks[q]!.lower;
      if (w === 'to' || w === 'for') named = true;
      if (RELIEF.has(w)) relief = true;
    }
    if (!relief || named || negatedBetween(toks, clauseStart(toks, k), k)) continue;
    for (const m of leftArgs(unit, argMentions(unit), k, { accept: (t) => t === 'state', typeOf: d.typeOfMention }).mentions) {
      for (const a of argsOf(m, d.typeOfEntity)) {
        if (a.type === 'state' && a.entity !== home.index) (out ??= []).push(newCandidate('ASSISTED', a.entity, home.index, unit.index, k, false));
      }
    }
  }
  return out ?? [];
}

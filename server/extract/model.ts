// Working types of the extractor between the sentence stage and the assembled Extraction:
// mentions found in a sentence, structural facts read off their form, entity records of the
// document and relation candidates. Public output types live in ../ontology.ts.
import type { EdgeType, NodeType } from '../ontology.js';
import type { Tok } from './tokens.js';

/** How a mention was recognised (drives how it is resolved). */
export type MentionVia =
  | 'gaz' // gazetteer: state, demonym, capital, institution
  | 'name' // a capitalised name (person, organization, place, unit, agreement, award, event)
  | 'phrase' // a lower-case phrase with a head noun (agreement, event, facility)
  | 'title' // a role without a name: "the Russian leader", "the minister"
  | 'pronoun' // he / she / his / her
  | 'definite' // "the regiment", "the treaty", "the resort"
  | 'group' // "the two leaders", "the two ministers"
  | 'capital' // "the North Korean capital"
  | 'guest'; // "his guest", "the guest"

/** Title found with a person (or alone, for a role anaphor). */
export interface TitleInfo {
  /** Canonical role text: "Minister of Defence", "Spokesman", "Ambassador to the DPRK". */
  role: string;
  /** Lower-case head of the last title word: "minister", "leader", "spokesman". */
  head: string;
  kind: 'leader' | 'official' | 'rank';
  /** Mention id of the state / organization the post belongs to. */
  affiliation?: number;
  /** The affiliation is "its": the most recent organization or state. */
  its?: boolean;
  /** State code named by a demonym before the title ("the Russian leader"). */
  stateCode?: string;
  /** The title is a predicate ("who became Secretary of ..."): the person is the clause subject. */
  predicate?: boolean;
  /** Lower-case rank the person also holds ("senior general" in "Commander-in-Chief ... Senior General X"). */
  rank?: string;
}

/**
 * A title with every optional field present (undefined when unknown): one object shape for all
 * titles, whatever is known when it is made or learnt later.
 */
export function newTitle(role: string, head: string, kind: TitleInfo['kind'], more: Partial<Omit<TitleInfo, 'role' | 'head' | 'kind'>> = {}): TitleInfo {
  return { role, head, kind, affiliation: more.affiliation, its: more.its, stateCode: more.stateCode, predicate: more.predicate, rank: more.rank };
}

export interface Mention {
  id: number;
  sent: number;
  /** Token range [i, j) in the sentence. */
  i: number;
  j: number;
  start: number;
  end: number;
  surface: string;
  type: NodeType;
  via: MentionVia;
  /** State code (state, demonym, capital of, territory). */
  code?: string;
  /** Organization: code of the state that owns it ("New Zealand Defence Force", "Russia's Security Council"). */
  ownerState?: string;
  /** A state's body whose state a possessive names ("their Chief of General Staff"): not the dateline state's. */
  stateUnknown?: boolean;
  /** Lower-case head noun (organization, place, unit, agreement, event). */
  head?: string;
  /** Resolution key core (lower case, no article, no affiliation). */
  core?: string;
  /** Preferred canonical label. */
  label?: string;
  /** Surface forms to keep as aliases. */
  aliases: string[];
  /** A definite phrase's own name, given after "known as" ("The contingent, known as Battle Group Rwenzori"): named so when nothing before is what it refers to. */
  knownAs?: string;
  /** Mention id of the state / organization / place this one belongs to. */
  owner?: number;
  /** A state named by its demonym ("Russian"). */
  demonym?: boolean;
  /** First token of the whole construction ("North Korean leader" before the name). */
  lead?: number;
  /** Lies inside another mention's span. */
  nested?: boolean;
  title?: TitleInfo;
  /** Person named as a delegation's leader ("a delegation of the X led by Y"): the mention id of the body it comes from, -1 for none. */
  leadsGroup?: number;
  /** Number of persons a group anaphor stands for ("the two leaders"). */
  groupSize?: number;
  /** Entity index after resolution; group anaphors resolve to several. */
  entity?: number;
  group?: number[];
}

/** A relation read off the form of the text (titles, possessives, "X of Y", "X in Y"). */
export interface Fact {
  type: EdgeType;
  source: number;
  target: number;
  role?: string;
  /** Source or target given as an entity index directly rather than a mention id. */
  sourceEntity?: boolean;
  targetEntity?: boolean;
}

/** One analysed sentence. */
export interface SentenceUnit {
  index: number;
  start: number;
  end: number;
  text: string;
  toks: Tok[];
  /** First sentence of a paragraph. */
  paragraphStart: boolean;
  mentions: Mention[];
  facts: Fact[];
  /** The union of the word-class bits of toks (classesIn in word-classes.ts). */
  classes: number;
}

/**
 * The mentions of a sentence by id, indexed on the first lookup: most sentences resolve without
 * looking a mention up by id (only owners and group leaders are), so no map is built for them.
 */
export class MentionsById {
  private byId: Map<number, Mention> | undefined;
  constructor(private readonly mentions: readonly Mention[]) {}
  get(id: number): Mention | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const m of this.mentions) this.byId.set(m.id, m);
    }
    return this.byId.get(id);
  }
}

/** A document-level entity under construction. */
export interface EntityRec {
  index: number;
  type: NodeType;
  label: string;
  aliases: Set<string>;
  mentions: number;
  /** Last mention position (document offset), for recency. */
  last: number;
  head?: string;
  code?: string;
  /** Organization: code of the state that owns it. */
  ownerState?: string;
  core?: string;
  /** Person: lower-case name keys of the tokens of the full name. */
  nameTokens?: string[];
  /** Person: titles seen with them. */
  titles: TitleInfo[];
  /** Person: entity indices they lead / serve (NO_INDEXES until the first is added: addLed / addServed). */
  leads: ReadonlySet<number>;
  serves: ReadonlySet<number>;
  /** Event: date of the sentence that introduced it. */
  date?: { start: string; end: string; text: string };
  /** Agreement / event first named by a lower-case phrase, and the sentence it came from. */
  phrase?: { sent: number; named: boolean };
  /** Event: where it took place (entity index). */
  place?: number;
}

/**
 * A relation candidate with every optional field present (undefined when unset): one object
 * shape for all candidates, also after a count is added.
 */
export function newCandidate(type: EdgeType, source: number, target: number, sent: number, cue: number, dated: boolean, negated?: boolean, role?: string): Candidate {
  return { type, source, target, sent, cue, role, count: undefined, negated, attributedTo: undefined, dated };
}

/** `c` between other entities (a copy in the same shape, unlike a spread). */
export function redirectCandidate(c: Candidate, source: number, target: number): Candidate {
  return { type: c.type, source, target, sent: c.sent, cue: c.cue, role: c.role, count: c.count, negated: c.negated, attributedTo: c.attributedTo, dated: c.dated };
}

/** A relation before merging: entity indices and the sentence it came from. */
export interface Candidate {
  type: EdgeType;
  source: number;
  target: number;
  sent: number;
  /** Token index of the cue (for dating and negation), or -1 for structural facts. */
  cue: number;
  role?: string;
  count?: number;
  negated?: boolean;
  attributedTo?: string;
  /** Structural facts carry no date (static relations). */
  dated: boolean;
}

/**
 * The leads / serves of an entity that has none: one shared empty set, read-only by its type, so that
 * the two sets are made only for the few entities that lead or serve one (persons with a post).
 */
export const NO_INDEXES: ReadonlySet<number> = new Set<number>();

/** Records that `e` leads entity `i`. */
export function addLed(e: EntityRec, i: number): void {
  if (e.leads === NO_INDEXES) e.leads = new Set([i]);
  else (e.leads as Set<number>).add(i);
}

/** Records that `e` serves entity `i`. */
export function addServed(e: EntityRec, i: number): void {
  if (e.serves === NO_INDEXES) e.serves = new Set([i]);
  else (e.serves as Set<number>).add(i);
}

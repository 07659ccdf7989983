// Cross-document entity resolution (pure): maps each entity of one extraction to a node key,
// either an existing node that shares a strong alias key with it or a new deterministic key.
// Weak aliases (surname alone, generic nouns) never match across documents; entities that have
// only weak aliases get a key scoped to their document. Events match only with the same date.
// A shared alias must be anchored: one side's label is an alias of the other, or they share two
// names, or a long (3+ word) one, so that two councils both also called "Security Council"
// stay apart.
import type { DateInterval, Extraction, NodeType } from '../ontology.js';
import { acronymTokens, aliasKey, aliasRecords, isStrongAlias, nameShape, namesYear, type AliasRecord, type NameShape } from './aliases.js';
import { documentNodeKey, nodeKey, slugify } from './keys.js';

/** An existing node that shares strong alias keys with an entity. */
export interface Candidate {
  id: string;
  /** The asked keys it has as strong aliases. */
  matchedKeys: string[];
  /** The matching key of its label (when the label is a strong alias). */
  labelKey?: string;
  mentions: number;
}

/** What resolution needs to know about the nodes already stored. */
export interface ResolveLookup {
  /**
   * Existing nodes of `type` having at least one of `keys` as a strong alias key. It may leave
   * out nodes that match only one key, once, and are not in `keep`, as soon as it returns two
   * candidates anchored for `labelKey` (see isAnchored): such a node scores at most 1 and can
   * then no longer change the best match.
   */
  findByStrongKeys(type: NodeType, keys: readonly string[], labelKey?: string, keep?: ReadonlySet<string>): Candidate[];
  /** Whether a node with this key exists. */
  hasNode(key: string): boolean;
  /** Optional: the label of a stored node (lets acronyms in names be expanded, see expandAcronyms). */
  labelOf?(key: string): string | undefined;
  /**
   * Optional: nodes of `type` with a strong name that is a head + modifier variant of one of
   * `shapes`, or that has one of them as its variant (aliases.ts subsumes).
   */
  findSubsuming?(type: NodeType, shapes: readonly NameShape[]): string[];
  /**
   * Optional shortcut for numbering: some n ≥ 2 such that `base` and `base-2` … `base-(n-1)`
   * all exist, so the search for a free key can start there (without it: at 2).
   */
  firstSuffix?(base: string): number;
}

/**
 * Types whose names may meet a stored node's by head + modifier subsumption when no name is
 * shared ("Sunan airport" / "Sunan International Airport"). Never people (two people may share
 * all but one name), states (the gazetteer names them), events or agreements (dated, content-keyed).
 */
export const SUBSUMING_TYPES: ReadonlySet<NodeType> = new Set<NodeType>(['organization', 'unit', 'place']);

/** One entity of the extraction, resolved to a node. */
export interface ResolvedEntity {
  entityId: string;
  nodeKey: string;
  /** True when the node did not exist before this extraction. */
  isNew: boolean;
  type: NodeType;
  label: string;
  aliases: AliasRecord[];
  mentions: number;
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** Entity id of the extraction → node key. */
  nodeOf: Map<string, string>;
}

/** One entity's alias records and event date, as resolution uses them (see entityAliases). */
export interface EntityAliases {
  aliases: AliasRecord[];
  date?: DateInterval;
}

/**
 * The alias records (with matching keys) of every entity of `extraction`, in entity order: the
 * pure, per-document part of resolution, which ingestion computes in its worker threads.
 */
export function entityAliases(extraction: Extraction): EntityAliases[] {
  const eventDates = entityDates(extraction);
  return extraction.entities.map((entity) => {
    const date = entity.type === 'event' ? eventDates.get(entity.id) : undefined;
    return { aliases: aliasRecords(entity.type, entity.label, entity.aliases, date), ...(date !== undefined ? { date } : {}) };
  });
}

/**
 * Resolves every entity of `extraction` against the stored nodes described by `lookup`;
 * `prepared` is entityAliases(extraction) when already computed.
 */
export function resolveExtraction(extraction: Extraction, lookup: ResolveLookup, prepared?: readonly EntityAliases[]): Resolution {
  const perEntity = prepared !== undefined && prepared.length === extraction.entities.length ? prepared : entityAliases(extraction);
  const local = new Map<string, string>(); // `${type}\0${key}` → node key assigned in this run
  const assigned = new Set<string>();
  const entities: ResolvedEntity[] = [];
  const nodeOf = new Map<string, string>();

  for (const [i, entity] of extraction.entities.entries()) {
    const { date } = perEntity[i]!;
    const aliases = expandAcronyms(entity.type, perEntity[i]!.aliases, date, lookup);
    const strongKeys = [...new Set(aliases.filter((a) => a.strong).map((a) => a.key))];
    let key: string;
    if (strongKeys.length === 0) {
      key = documentNodeKey(entity.type, entity.label, extraction.document.id);
    } else {
      const labelKey = aliases[0]?.strong === true ? aliases[0].key : undefined;
      // Another entity of this document that names the node outright keeps it to itself.
      const namedByOther = (id: string): boolean =>
        extraction.entities.some((other, j) => j !== i && other.type === entity.type && strongMatch(other.type, perEntity[j]!.aliases, lookup) === id);
      key = bestCandidate(entity.type, strongKeys, labelKey, lookup, local) ??
        subsumingNode(entity.type, aliases, lookup, assigned, namedByOther) ??
        freshKey(entity.type, entity.label, date, lookup, assigned);
    }
    const isNew = !lookup.hasNode(key);
    assigned.add(key);
    for (const k of strongKeys) if (!local.has(`${entity.type}\0${k}`)) local.set(`${entity.type}\0${k}`, key);
    nodeOf.set(entity.id, key);
    entities.push({ entityId: entity.id, nodeKey: key, isNew, type: entity.type, label: entity.label, aliases, mentions: entity.mentions });
  }
  return { entities, nodeOf };
}

/** Whether a stored candidate shares enough names with the entity to be the same thing. */
export function isAnchored(candidate: Candidate, keys: readonly string[], labelKey: string | undefined): boolean {
  if (labelKey !== undefined && candidate.matchedKeys.includes(labelKey)) return true;
  if (candidate.labelKey !== undefined && keys.includes(candidate.labelKey)) return true;
  if (candidate.matchedKeys.length >= 2) return true;
  return candidate.matchedKeys.some((key) => key.split('@')[0]!.split(' ').length >= 3);
}

/** Best matching node: most shared strong keys; undefined when none or when two tie. */
function bestCandidate(
  type: NodeType,
  keys: readonly string[],
  labelKey: string | undefined,
  lookup: ResolveLookup,
  local: Map<string, string>,
): string | undefined {
  const scores = new Map<string, number>();
  const keep = new Set<string>();
  for (const k of keys) {
    const id = local.get(`${type}\0${k}`);
    if (id !== undefined) keep.add(id);
  }
  for (const c of lookup.findByStrongKeys(type, keys, labelKey, keep)) {
    if (isAnchored(c, keys, labelKey)) scores.set(c.id, c.matchedKeys.length);
  }
  for (const k of keys) {
    const id = local.get(`${type}\0${k}`);
    if (id !== undefined) scores.set(id, (scores.get(id) ?? 0) + 1);
  }
  // The one node with the most matches; equally good matches for two nodes mean the name is
  // ambiguous: attach it to neither.
  let best: string | undefined;
  let bestMatches = 0;
  let tied = false;
  for (const [id, matches] of scores) {
    if (matches > bestMatches) [best, bestMatches, tied] = [id, matches, false];
    else if (matches === bestMatches) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * The one stored node whose label is a head + modifier variant of the entity's label (or the
 * reverse), not already taken by another entity of this document; undefined when none or several.
 */
function subsumingNode(
  type: NodeType,
  aliases: readonly AliasRecord[],
  lookup: ResolveLookup,
  assigned: ReadonlySet<string>,
  namedByOther: (id: string) => boolean,
): string | undefined {
  if (!SUBSUMING_TYPES.has(type) || lookup.findSubsuming === undefined) return undefined;
  // The label only: a short alias ("Security Council") is too vague to be a variant of anything.
  const shape = aliases[0]?.strong === true ? nameShape(aliases[0].alias) : undefined;
  if (shape === undefined) return undefined;
  const ids = lookup.findSubsuming(type, [shape]).filter((id) => !assigned.has(id));
  return ids.length === 1 && !namedByOther(ids[0]!) ? ids[0] : undefined;
}

/** Types that acronyms inside names stand for ("of the WPK"). */
const ACRONYM_TYPES: readonly NodeType[] = ['organization', 'state'];

/**
 * The alias records plus, for each strong name with an acronym among other words ("Central
 * Military Commission of the WPK"), the name with the acronym written out as the label of the one
 * stored organization or state that has it as a name ("... of the Workers' Party of Korea"), so
 * that either form meets the other across documents.
 */
function expandAcronyms(type: NodeType, aliases: AliasRecord[], date: DateInterval | undefined, lookup: ResolveLookup): AliasRecord[] {
  if (lookup.labelOf === undefined || type === 'person') return aliases;
  let out = aliases;
  for (const record of aliases) {
    if (!record.strong) continue;
    for (const acronym of acronymTokens(record.alias)) {
      const label = acronymLabel(acronym, lookup);
      if (label === undefined) continue;
      const alias = record.alias.replace(new RegExp(`\\b${acronym}\\b`), label);
      if (out.some((a) => a.alias === alias)) continue;
      const key = aliasKey(type, alias, date);
      if (key === '') continue;
      if (out === aliases) out = [...aliases];
      out.push({ alias, key, strong: isStrongAlias(type, alias, date) });
    }
  }
  return out;
}

/** The label of the one stored organization or state named `acronym`, when that label is not itself the acronym. */
function acronymLabel(acronym: string, lookup: ResolveLookup): string | undefined {
  for (const type of ACRONYM_TYPES) {
    const key = aliasKey(type, acronym);
    const id = bestCandidate(type, [key], key, lookup, new Map());
    const label = id === undefined ? undefined : lookup.labelOf!(id);
    if (label !== undefined && label !== acronym && !acronymTokens(`x ${label}`).includes(acronym)) return label;
  }
  return undefined;
}

/** The stored node an entity's strong names match outright (as bestCandidate, ignoring this document). */
function strongMatch(type: NodeType, aliases: readonly AliasRecord[], lookup: ResolveLookup): string | undefined {
  const keys = [...new Set(aliases.filter((a) => a.strong).map((a) => a.key))];
  if (keys.length === 0) return undefined;
  const labelKey = aliases[0]?.strong === true ? aliases[0].key : undefined;
  return bestCandidate(type, keys, labelKey, lookup, new Map());
}

/** A node key not yet used: `type:slug` (events: with their date), else with `-2`, `-3`... */
function freshKey(
  type: NodeType,
  label: string,
  date: DateInterval | undefined,
  lookup: ResolveLookup,
  assigned: Set<string>,
): string {
  let base = nodeKey(type, label);
  if (type === 'event' && date !== undefined && !namesYear(label)) {
    base = `${type}:${slugify(`${label} ${date.start}`)}`;
  }
  if (!assigned.has(base) && !lookup.hasNode(base)) return base;
  let n = lookup.firstSuffix?.(base) ?? 2;
  let key = `${base}-${n}`;
  while (assigned.has(key) || lookup.hasNode(key)) key = `${base}-${++n}`;
  return key;
}

/** The narrowest date of the relations each entity takes part in. */
function entityDates(extraction: Extraction): Map<string, DateInterval> {
  const dates = new Map<string, DateInterval>();
  for (const relation of extraction.relations) {
    if (relation.date === undefined || relation.negated) continue;
    for (const id of [relation.source, relation.target]) {
      const current = dates.get(id);
      if (current === undefined || spanDays(relation.date) < spanDays(current)) dates.set(id, relation.date);
    }
  }
  return dates;
}

/** Length of an interval in days (an unparsable interval counts as infinitely wide). */
export function spanDays(date: DateInterval): number {
  const start = Date.parse(date.start);
  const end = Date.parse(date.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return Number.POSITIVE_INFINITY;
  return (end - start) / 86_400_000;
}

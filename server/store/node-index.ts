// In-memory index of the stored nodes that entity resolution consults for every document: each
// node's scalar attributes and strong aliases, the nodes behind each strong (type, key), and per
// key base the first numeric suffix not known to be taken. Built once from the tables (on the
// first write), then kept up to date by the writer: a document's changes are applied only after
// its transaction or savepoint succeeded, so a failed document leaves no trace here either.
import type { NodeAttributes, NodeType } from '../ontology.js';
import { nameShape, nameWordKeys, stateWordKeys, subsumes, type NameShape } from '../graph/aliases.js';
import { isAnchored, SUBSUMING_TYPES, type Candidate, type ResolveLookup } from '../graph/resolve.js';
import type { Statements } from './statements.js';

/** What the index keeps of one node. */
export interface IndexedNode {
  type: NodeType;
  label: string;
  description?: string;
  firstSeen?: string;
  lastSeen?: string;
  mentions: number;
  /** Strong aliases of the node → their matching key. */
  strong: Map<string, string>;
  /** Its other (weak) aliases. */
  weak: Set<string>;
}

/** One node written by a document: its merged attributes and the strong aliases it was given. */
export interface NodeChange {
  id: string;
  attributes: NodeAttributes;
  /** Type the strong aliases were written with (the entity's). */
  aliasType: NodeType;
  /** Strong aliases in write order → key (the first write of an alias wins, as in the table). */
  strong: Map<string, string>;
  /** Weak aliases written. */
  weak: Set<string>;
}

const postingKey = (type: NodeType, key: string): string => `${type}\0${key}`;
const shapeKey = (type: NodeType, head: string, word: string): string => `${type}\0${head}\0${word}`;
const setKey = (type: NodeType, words: readonly string[]): string => `${type}\0${[...words].sort().join(' ')}`;

/** One strong name of a node, broken down for subsumption. */
interface ShapeEntry {
  id: string;
  alias: string;
  shape: NameShape;
}

/** The nodes having one strong key: id → number of its strong aliases with that key. */
interface Posting {
  ids: Map<string, number>;
  /** Ids that have the key more than once. */
  repeated: Set<string>;
}

/** The stored nodes as resolution sees them, answering without SQL. */
export class NodeIndex implements ResolveLookup {
  private readonly nodes = new Map<string, IndexedNode>();
  /** `${type}\0${key}` → the nodes with that strong key. */
  private readonly postings = new Map<string, Posting>();
  /** Key base → a suffix n such that base and base-2 … base-(n-1) are all taken. */
  private readonly firstFree = new Map<string, number>();
  /** shapeKey(type, head, word) → the strong names (shapes) of nodes of SUBSUMING_TYPES with that head noun and word. */
  private readonly shapes = new Map<string, ShapeEntry[]>();
  /** setKey(type, words) → the strong names of nodes of SUBSUMING_TYPES with exactly those words. */
  private readonly shapeSets = new Map<string, ShapeEntry[]>();
  /** Word keys of state names: the country list's and those of stored state nodes (see subsumes). */
  private readonly stateTokens = new Set<string>(stateWordKeys());

  /** The index of everything stored, read with two table scans. */
  static load(statements: Statements): NodeIndex {
    const index = new NodeIndex();
    for (const row of statements.indexEntities.iterate()) {
      const node: IndexedNode = { type: row.type, label: row.label, mentions: row.mentions, strong: new Map(), weak: new Set() };
      if (row.description !== null) node.description = row.description;
      if (row.first_seen !== null) node.firstSeen = row.first_seen;
      if (row.last_seen !== null) node.lastSeen = row.last_seen;
      index.nodes.set(row.id, node);
    }
    for (const row of statements.indexAliases.iterate()) {
      const node = index.nodes.get(row.entity_id);
      if (node === undefined) continue;
      if (row.strong !== 0) index.addStrong(row.entity_id, node, row.type, row.alias, row.key);
      else node.weak.add(row.alias);
    }
    return index;
  }

  /** Number of nodes indexed. */
  get size(): number {
    return this.nodes.size;
  }

  /** Current attributes of a node (without aliases), or undefined. */
  attributes(id: string): NodeAttributes | undefined {
    const node = this.nodes.get(id);
    if (node === undefined) return undefined;
    const attributes: NodeAttributes = { type: node.type, label: node.label, aliases: [], mentions: node.mentions };
    if (node.description !== undefined) attributes.description = node.description;
    if (node.firstSeen !== undefined) attributes.firstSeen = node.firstSeen;
    if (node.lastSeen !== undefined) attributes.lastSeen = node.lastSeen;
    return attributes;
  }

  /** Whether the node has `alias`: 'strong', 'weak', or undefined when it has not. */
  aliasStrength(id: string, alias: string): 'strong' | 'weak' | undefined {
    const node = this.nodes.get(id);
    if (node === undefined) return undefined;
    return node.strong.has(alias) ? 'strong' : node.weak.has(alias) ? 'weak' : undefined;
  }

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  labelOf(key: string): string | undefined {
    return this.nodes.get(key)?.label;
  }

  /**
   * Every node of `type` having one of `keys` as a strong key, except that the longest list is
   * only read until two anchored candidates are found (see ResolveLookup.findByStrongKeys), so
   * that a name shared by thousands of nodes costs no more than one shared by three.
   */
  findByStrongKeys(type: NodeType, keys: readonly string[], labelKey?: string, keep?: ReadonlySet<string>): Candidate[] {
    const lists: [string, Posting][] = [];
    for (const key of keys) {
      const posting = this.postings.get(postingKey(type, key));
      if (posting !== undefined) lists.push([key, posting]);
    }
    lists.sort((a, b) => a[1].ids.size - b[1].ids.size);
    const found = new Map<string, Candidate>();
    const visit = (id: string): Candidate => {
      let candidate = found.get(id);
      if (candidate !== undefined) return candidate;
      const node = this.nodes.get(id)!;
      candidate = { id, matchedKeys: [], mentions: node.mentions };
      const nodeLabelKey = node.strong.get(node.label);
      if (nodeLabelKey !== undefined) candidate.labelKey = nodeLabelKey;
      for (const [key, posting] of lists) {
        for (let n = posting.ids.get(id) ?? 0; n > 0; n--) candidate.matchedKeys.push(key);
      }
      found.set(id, candidate);
      return candidate;
    };
    const last = lists.length - 1;
    for (let i = 0; i < last; i++) for (const id of lists[i]![1].ids.keys()) visit(id);
    if (last < 0) return [];
    // The nodes of the longest list not seen yet match its key once (if not repeated) and score
    // at most 1: once two anchored candidates are found, further ones cannot change the outcome.
    const [, longest] = lists[last]!;
    for (const id of longest.repeated) visit(id);
    if (keep !== undefined) for (const id of keep) if (longest.ids.has(id)) visit(id);
    let anchored = 0;
    for (const candidate of found.values()) if (isAnchored(candidate, keys, labelKey)) anchored++;
    for (const id of longest.ids.keys()) {
      if (anchored >= 2) break;
      if (found.has(id)) continue;
      if (isAnchored(visit(id), keys, labelKey)) anchored++;
    }
    return [...found.values()];
  }

  /**
   * Nodes of `type` whose label is a head + modifier variant of one of `shapes` or has one of
   * them as its variant (see subsumes). Reads at most `limit` names per (head noun, word).
   */
  findSubsuming(type: NodeType, shapes: readonly NameShape[], limit = 300): string[] {
    const found = new Set<string>();
    const consider = (entry: ShapeEntry, shape: NameShape): void => {
      if (found.has(entry.id) || this.nodes.get(entry.id)?.label !== entry.alias) return;
      if (subsumes(shape, entry.shape, this.stateTokens) || subsumes(entry.shape, shape, this.stateTokens)) found.add(entry.id);
    };
    for (const shape of shapes) {
      // Longer stored names hold every word of this one: the shortest list of one of its words has them all.
      let shortest: ShapeEntry[] | undefined;
      for (const token of shape.tokens) {
        if (token === shape.head) continue;
        const list = this.shapes.get(shapeKey(type, shape.head, token));
        if (list === undefined) {
          shortest = [];
          break;
        }
        if (shortest === undefined || list.length < shortest.length) shortest = list;
      }
      for (let i = 0; shortest !== undefined && i < shortest.length && i < limit; i++) consider(shortest[i]!, shape);
      // Shorter stored names are subsets of its words with the head: look each subset up.
      const others = shape.tokens.filter((t) => t !== shape.head).slice(0, 10);
      for (let mask = 1; mask < (1 << others.length) - 1; mask++) {
        const subset = [shape.head, ...others.filter((_, i) => (mask & (1 << i)) !== 0)];
        for (const entry of this.shapeSets.get(setKey(type, subset)) ?? []) consider(entry, shape);
      }
    }
    return [...found];
  }

  /** Lowest n ≥ 2 such that base and base-2 … base-(n-1) are all taken (nodes are never removed). */
  firstSuffix(base: string): number {
    let n = this.firstFree.get(base) ?? 2;
    while (this.nodes.has(`${base}-${n}`)) n++;
    this.firstFree.set(base, n);
    return n;
  }

  /** Applies the node writes of one document that has been stored. */
  apply(changes: Iterable<NodeChange>): void {
    for (const change of changes) {
      const a = change.attributes;
      let node = this.nodes.get(change.id);
      if (node === undefined) {
        node = { type: a.type, label: a.label, mentions: a.mentions, strong: new Map(), weak: new Set() };
        this.nodes.set(change.id, node);
      }
      node.label = a.label;
      node.mentions = a.mentions;
      if (a.description !== undefined) node.description = a.description;
      else delete node.description;
      if (a.firstSeen !== undefined) node.firstSeen = a.firstSeen;
      else delete node.firstSeen;
      if (a.lastSeen !== undefined) node.lastSeen = a.lastSeen;
      else delete node.lastSeen;
      for (const [alias, key] of change.strong) this.addStrong(change.id, node, change.aliasType, alias, key);
      for (const alias of change.weak) if (!node.strong.has(alias)) node.weak.add(alias);
    }
  }

  /** Records a strong alias of a node unless it has it already (the table keeps the first key). */
  private addStrong(id: string, node: IndexedNode, type: NodeType, alias: string, key: string): void {
    if (node.strong.has(alias)) return;
    node.strong.set(alias, key);
    node.weak.delete(alias);
    const name = postingKey(type, key);
    let posting = this.postings.get(name);
    if (posting === undefined) {
      posting = { ids: new Map(), repeated: new Set() };
      this.postings.set(name, posting);
    }
    const count = (posting.ids.get(id) ?? 0) + 1;
    posting.ids.set(id, count);
    if (count > 1) posting.repeated.add(id);
    if (type === 'state') for (const token of nameWordKeys(alias)) this.stateTokens.add(token);
    if (SUBSUMING_TYPES.has(type)) {
      const shape = nameShape(alias);
      if (shape === undefined) return;
      const entry: ShapeEntry = { id, alias, shape };
      const exact = setKey(type, shape.tokens);
      const same = this.shapeSets.get(exact);
      if (same === undefined) this.shapeSets.set(exact, [entry]);
      else same.push(entry);
      for (const token of shape.tokens) {
        if (token === shape.head) continue;
        const name = shapeKey(type, shape.head, token);
        const list = this.shapes.get(name);
        if (list === undefined) this.shapes.set(name, [entry]);
        else list.push(entry);
      }
    }
  }
}

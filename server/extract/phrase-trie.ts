// A token trie for multi-word phrases (country names, demonyms, titles): longest match at a
// token position in one walk, case-insensitive, apostrophes normalised. Built once per lexicon.
import { plain } from './tokens.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

/** Splits a phrase into the same word units the tokenizer produces (`'s` apart). */
export function phraseWords(phrase: string): string[] {
  return plain(phrase)
    .toLowerCase()
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  /** Adds `phrase`; the first value added for a phrase wins. */
  add(phrase: string, value: T): void {
    let node = this.root;
    for (const w of phraseWords(phrase)) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The words a phrase can start with (match finds nothing at any other word). */
  firstWords(): Iterable<string> {
    return this.root.next.keys();
  }

  /** Longest phrase starting at `words[i]`: its length in words and value. */
  match(words: readonly string[], i: number): { length: number; value: T } | undefined {
    // (Nothing starts before the first word. Reading words[-1] would also turn the element read
    // below megamorphic, for every later call: V8 looks a negative index up as a property name.)
    if (i < 0) return undefined;
    // (The best length and value are kept apart and one result object is made at the end.)
    let node: TrieNode<T> | undefined = this.root.next.get(words[i]!);
    let length = 0;
    let value: T | undefined;
    for (let k = i; node !== undefined; ) {
      if (node.value !== undefined) { length = k - i + 1; value = node.value; }
      if (++k >= words.length) break;
      node = node.next.get(words[k]!);
    }
    return value === undefined ? undefined : { length, value };
  }
}

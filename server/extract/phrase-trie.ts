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

  /** Longest phrase starting at `words[i]`: its length in words and value. */
  match(words: readonly string[], i: number): { length: number; value: T } | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: { length: number; value: T } | undefined;
    for (let k = i; k < words.length && node; k++) {
      node = node.next.get(words[k]!);
      if (node?.value !== undefined) best = { length: k - i + 1, value: node.value };
    }
    return best;
  }
}

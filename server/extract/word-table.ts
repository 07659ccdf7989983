// Word tables: plain lookups from a lower-case word to a value. Built without a prototype, so that a
// word such as "constructor" or "__proto__" in a dispatch finds nothing instead of Object's own members.

/** A lookup table from words to values that holds only the given entries. */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  const table = Object.create(null) as Record<string, T | undefined>;
  for (const [word, value] of Object.entries(entries)) table[word] = value;
  return Object.freeze(table);
}

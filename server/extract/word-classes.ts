// Word classes as bits on each token: a stage that tests every token of a sentence against one of
// its word sets registers the set here (once, when its module loads) and tests a bit of
// Tok.classes instead. The tokenizer looks a token's lower case up once, where each stage's scan
// would look the same string up again in its own set.
//
// Classes are registered at module load, before any text is tokenized (every registering module is
// a static import of the pipeline), so every token carries the bits of every class.

const bits = new Map<string, number>();
let next = 0;

/** Registers a word class (lower-case words) and returns its bit. */
export function wordClass(words: Iterable<string>): number {
  if (next >= 31) throw new Error('wordClass: more than 31 word classes');
  const bit = 1 << next++;
  for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  return bit;
}

/** The class bits of a lower-case word (0 when it is in no class). */
export function classesOf(lower: string): number {
  return bits.get(lower) ?? 0;
}

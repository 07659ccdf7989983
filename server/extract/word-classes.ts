// Word classes as bits on each token: a stage that tests every token of a sentence against one of
// its word sets registers the set here (once, when its module loads) and tests a bit of
// Tok.classes instead. The tokenizer looks a token's lower case up once, where each stage's scan
// would look the same string up again in its own set.
//
// Classes are registered at module load, before any text is tokenized (every registering module is
// a static import of the pipeline), so every token carries the bits of every class; registering one
// after the first token was classed throws. A class drawn from the lexicon is registered as a
// function, called when the first token is classed (the lexicon is built on first use).

type Words = Iterable<string> | (() => Iterable<string>);

const bits = new Map<string, number>();
let next = 0;
/** Classes whose words are read when the first token is classed. */
let pending: Array<{ bit: number; words: () => Iterable<string> }> | undefined = [];

/** Registers a word class (lower-case words, or a function giving them) and returns its bit. */
export function wordClass(words: Words): number {
  if (!pending) throw new Error('wordClass: registered after the first token was classed');
  if (next >= 31) throw new Error('wordClass: more than 31 word classes');
  const bit = 1 << next++;
  if (typeof words === 'function') pending.push({ bit, words });
  else add(words, bit);
  return bit;
}

function add(words: Iterable<string>, bit: number): void {
  for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
}

/** The class bits of a lower-case word (0 when it is in no class). */
export function classesOf(lower: string): number {
  if (pending) settle();
  return bits.get(lower) ?? 0;
}

function settle(): void {
  const classes = pending!;
  pending = undefined;
  for (const c of classes) add(c.words(), c.bit);
}

/**
 * The union of the class bits of a sentence's tokens, taken once per sentence: a pass that needs
 * a word of some class skips a sentence whose union lacks that class's bit, instead of scanning
 * every token for a word that is not there.
 */
export function classesIn(toks: readonly { classes: number }[]): number {
  let union = 0;
  for (const t of toks) union |= t.classes;
  return union;
}

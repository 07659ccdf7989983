// Options of the extractor: a documented interface, DEFAULTS, validation and resolution.
import { ValidationError } from '../errors.js';

export interface ExtractOptions {
  /** Most mentions kept per sentence (pathological input: thousands of names in one sentence). */
  maxMentionsPerSentence: number;
  /** Most entities kept per document. */
  maxEntities: number;
  /** Most relation candidates per sentence. */
  maxRelationsPerSentence: number;
  /** Most relations per document. */
  maxRelations: number;
  /** Keep relations stated as not having happened, flagged `negated: true`. */
  includeNegated: boolean;
}

export const EXTRACT_DEFAULTS: Readonly<ExtractOptions> = Object.freeze({
  maxMentionsPerSentence: 200,
  maxEntities: 5000,
  maxRelationsPerSentence: 60,
  maxRelations: 5000,
  includeNegated: false,
});

const POSITIVE: ReadonlyArray<keyof ExtractOptions> = ['maxMentionsPerSentence', 'maxEntities', 'maxRelationsPerSentence', 'maxRelations'];

/** Throws ValidationError when an option has the wrong form. */
export function validateExtractOptions(options: Partial<ExtractOptions>): void {
  for (const k of POSITIVE) {
    const v = options[k];
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < 1)) {
      throw new ValidationError(`extractDocument: option ${k} is ${String(v)}. Expected a positive integer.`);
    }
  }
  if (options.includeNegated !== undefined && typeof options.includeNegated !== 'boolean') {
    throw new ValidationError(`extractDocument: option includeNegated is ${String(options.includeNegated)}. Expected a boolean.`);
  }
}

/** Options with defaults filled in (validated); the frozen defaults themselves when none is given. */
export function resolveExtractOptions(options: Partial<ExtractOptions> = {}): Readonly<ExtractOptions> {
  validateExtractOptions(options);
  let given = false;
  for (const k in options) if (Object.hasOwn(options, k)) { given = true; break; }
  // A copy per call ({ ...EXTRACT_DEFAULTS }) gets a new object shape each in the bench process.
  if (!given) return EXTRACT_DEFAULTS;
  return { ...EXTRACT_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

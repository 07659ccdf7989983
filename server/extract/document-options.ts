// Options of parseDocument: the limits a dispatch must respect before extraction starts.
// One documented interface, its DEFAULTS, validateDocumentOptions() and resolveDocumentOptions().
import { ValidationError } from '../errors.js';

export interface DocumentOptions {
  /** Longest accepted text, in UTF-16 characters (JavaScript string length). */
  maxLength: number;
  /** Largest share of control characters (other than tab, newline, carriage return, form feed). */
  maxControlShare: number;
  /** Largest share of U+FFFD replacement characters (what invalid UTF-8 decodes to). */
  maxReplacementShare: number;
  /** Replacement characters always tolerated, whatever their share (a few stray bytes). */
  toleratedReplacements: number;
}

export const DOCUMENT_DEFAULTS: Readonly<DocumentOptions> = Object.freeze({
  maxLength: 5_000_000,
  maxControlShare: 0.01,
  maxReplacementShare: 0.02,
  toleratedReplacements: 3,
});

function checkShare(name: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ValidationError(`parseDocument: option ${name} is ${String(value)}. Expected a number from 0 to 1.`);
  }
}

function checkCount(name: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ValidationError(`parseDocument: option ${name} is ${String(value)}. Expected an integer >= ${min}.`);
  }
}

/** Throws ValidationError when a given option has the wrong type or range. */
export function validateDocumentOptions(options: Partial<DocumentOptions>): void {
  if (options.maxLength !== undefined) checkCount('maxLength', options.maxLength, 1);
  if (options.maxControlShare !== undefined) checkShare('maxControlShare', options.maxControlShare);
  if (options.maxReplacementShare !== undefined) checkShare('maxReplacementShare', options.maxReplacementShare);
  if (options.toleratedReplacements !== undefined) checkCount('toleratedReplacements', options.toleratedReplacements, 0);
}

/** Validated options with DEFAULTS filled in; the frozen defaults themselves when none is given. */
export function resolveDocumentOptions(options: Partial<DocumentOptions> = {}): Readonly<DocumentOptions> {
  validateDocumentOptions(options);
  // (Copying the frozen defaults ({ ...DOCUMENT_DEFAULTS }) is a slow runtime call, once per document.)
  if (options.maxLength === undefined && options.maxControlShare === undefined && options.maxReplacementShare === undefined && options.toleratedReplacements === undefined) return DOCUMENT_DEFAULTS;
  const resolved = { ...DOCUMENT_DEFAULTS };
  for (const key of Object.keys(DOCUMENT_DEFAULTS) as (keyof DocumentOptions)[]) {
    const value = options[key];
    if (value !== undefined) resolved[key] = value;
  }
  return resolved;
}

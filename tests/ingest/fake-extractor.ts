// Test stand-in for the extractor: one person named by the text's first two words, a state
// named by its last word, a LEADER_OF edge between them. "BROKEN" texts are unreadable.
import { createHash } from 'node:crypto';
import { DocumentError } from '../../server/errors.js';
import type { DispatchInput, Extraction } from '../../server/ontology.js';

/** A small deterministic Extraction of `input`. */
export function fakeExtract(input: DispatchInput): Extraction {
  if (input.text.includes('BROKEN')) throw new DocumentError(`extract: document "${input.id}" is broken.`);
  const words = input.text.trim().split(/\s+/);
  const id = input.id ?? createHash('sha256').update(input.text).digest('hex').slice(0, 12);
  const sentence = input.text;
  return {
    document: { id, hash: createHash('sha256').update(input.text).digest('hex'), length: input.text.length, ...(input.date !== undefined ? { date: input.date } : {}) },
    entities: [
      { id: 'p', type: 'person', label: `${words[0]} ${words[1]}`, aliases: [`${words[0]} ${words[1]}`], mentions: 1 },
      { id: 's', type: 'state', label: words[words.length - 1]!.replace(/\W+$/, ''), aliases: [], mentions: 1 },
    ],
    relations: [{ source: 'p', target: 's', type: 'LEADER_OF', evidence: [{ doc: id, sentence, start: 0, end: sentence.length }] }],
    problems: [],
  };
}

// The corpus generator's entry points: build the world of a seed and produce documents from it,
// or write them to a directory as .txt files (optionally with .gold.json) or as one JSONL file.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateDocument, type GeneratedDocument } from './document.js';
import { createRng } from './prng.js';
import { buildWorld, type World } from './world.js';

export type { GeneratedDocument, GoldDocument } from './document.js';

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Index of the first document (documents are independent of each other). */
  start?: number;
}

export const DEFAULT_SEED = 20251213;

const worlds = new Map<number, World>();

/** The world of a seed (built once per process and seed). */
export function worldOf(seed: number): World {
  let w = worlds.get(seed);
  if (!w) { w = buildWorld(createRng(seed)); worlds.set(seed, w); }
  return w;
}

/** Yields `count` generated documents; the same seed always gives the same documents. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const seed = options.seed ?? DEFAULT_SEED;
  const world = worldOf(seed);
  const start = options.start ?? 0;
  for (let i = start; i < start + options.count; i++) yield generateDocument(world, seed, i);
}

export interface WriteOptions extends CorpusOptions {
  out: string;
  format?: 'txt' | 'jsonl';
  /** Also write NAME.gold.json next to each NAME.txt (or gold.jsonl for the JSONL format). */
  gold?: boolean;
}

/** Writes a generated corpus to `out`; returns the number of documents and words written. */
export async function writeCorpus(options: WriteOptions): Promise<{ documents: number; words: number; files: string[] }> {
  mkdirSync(options.out, { recursive: true });
  let documents = 0, words = 0;
  const files: string[] = [];
  if ((options.format ?? 'txt') === 'txt') {
    for (const doc of generateCorpus(options)) {
      const file = join(options.out, `${doc.id}.txt`);
      writeFileSync(file, doc.text);
      if (options.gold) writeFileSync(join(options.out, `${doc.id}.gold.json`), JSON.stringify(doc.gold, null, 1) + '\n');
      files.push(file);
      documents++; words += countWords(doc.text);
    }
    return { documents, words, files };
  }
  const file = join(options.out, 'corpus.jsonl');
  const stream = createWriteStream(file);
  const goldStream = options.gold ? createWriteStream(join(options.out, 'gold.jsonl')) : undefined;
  for (const doc of generateCorpus(options)) {
    const line = JSON.stringify({ id: doc.id, text: doc.text, date: doc.date, source: 'synthetic' }) + '\n';
    if (!stream.write(line)) await once(stream, 'drain');
    goldStream?.write(JSON.stringify(doc.gold) + '\n');
    documents++; words += countWords(doc.text);
  }
  stream.end(); goldStream?.end();
  await Promise.all([once(stream, 'finish'), goldStream ? once(goldStream, 'finish') : Promise.resolve()]);
  files.push(file);
  return { documents, words, files };
}

/** Number of white-space separated words in a text (the unit of the extraction benchmark). */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

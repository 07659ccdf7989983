// CLI: print the Extraction JSON of one dispatch file (no store involved).
//   npm run --silent extract -- FILE        FILE: .txt / .md dispatch text, or .json {text, id?, date?, ...}
// The document id is the file's base name. Errors go to stderr with a non-zero exit code.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractDocument } from '../server/extract/index.js';
import type { DispatchInput } from '../server/ontology.js';

function readInput(file: string): DispatchInput {
  const raw = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() !== '.json') return { text: raw, id: basename(file) };
  const rec = JSON.parse(raw) as Partial<DispatchInput>;
  if (typeof rec.text !== 'string') throw new Error(`${file}: JSON record has no "text" string. Expected {text, id?, date?, ...}.`);
  return { ...rec, text: rec.text, id: typeof rec.id === 'string' ? rec.id : basename(file) };
}

function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith('-'));
  if (!file) {
    process.stderr.write('usage: npm run --silent extract -- FILE (.txt, .md or .json)\n');
    return 2;
  }
  try {
    const extraction = extractDocument(readInput(file));
    process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));

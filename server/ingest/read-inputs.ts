// Turns PATH arguments (files or folders, walked recursively) into dispatch inputs, lazily:
// `.txt`/`.md` files are one dispatch each (id = file name), `.json` holds one record or an array
// of records, `.jsonl` one record per line. A bad file or record is reported with file[:line]
// and does not stop the others.
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DispatchInput } from '../ontology.js';

/** One dispatch read from `origin` (file or file:line), or why that part could not be read. */
export type InputItem =
  | { ok: true; origin: string; input: DispatchInput }
  | { ok: false; origin: string; message: string };

/** File extensions read as input; others are skipped inside folders and refused when named. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl'] as const;

const OPTIONAL_FIELDS = ['id', 'date', 'title', 'source', 'url'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isInputFile(name: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** Expands paths into input files (folders recursively, sorted, hidden entries skipped). */
export async function* listInputFiles(paths: readonly string[]): AsyncGenerator<{ file: string } | { file: string; error: string }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { file: path, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
      continue;
    }
    if (info.isDirectory()) yield* walk(path);
    else if (isInputFile(path)) yield { file: path };
    else yield { file: path, error: `unsupported file type. Expected one of ${INPUT_EXTENSIONS.join(', ')}` };
  }
}

async function* walk(dir: string): AsyncGenerator<{ file: string } | { file: string; error: string }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { file: dir, error: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && isInputFile(entry.name)) yield { file: path };
  }
}

/** Validates one JSON record into a DispatchInput, or says what is wrong with it. */
export function recordToInput(record: unknown): DispatchInput | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'not a JSON object. Expected {"text": "..."}';
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== 'string' || fields.text.trim() === '') return 'missing "text". Expected a non-empty string';
  const input: DispatchInput = { text: fields.text };
  for (const name of OPTIONAL_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return `"${name}" is not a string`;
    if (name === 'date' && !ISO_DAY.test(value)) return `"date" is "${value}". Expected YYYY-MM-DD`;
    input[name] = value;
  }
  return input;
}

/** Invalid UTF-8 becomes U+FFFD; the extractor decides whether that is too much. BOMs are dropped. */
const utf8 = new TextDecoder('utf-8');

/**
 * Largest .txt/.md/.json file read (64 MiB; .jsonl is streamed line by line). A bigger file is
 * refused before anything is read, so one huge file cannot exhaust memory; the extractor refuses
 * texts far shorter anyway.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The whole content of `file`, or a message saying why it is not read. Synchronous on purpose:
 * dispatches are small, and a blocking read costs the writer thread ~15 µs where the promise
 * API's thread-pool round trips (open, stat, read, close) cost ten times that.
 */
function readWhole(file: string, maxBytes: number): Buffer | string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const { size } = fstatSync(fd);
    if (size > maxBytes) return `file has ${size} bytes. Expected at most ${maxBytes} bytes (split it, or use .jsonl)`;
    return readFileSync(fd);
  } catch (error) {
    return `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The dispatches of one input file (`maxBytes`: largest file read whole, default MAX_FILE_BYTES). */
export async function* readInputFile(file: string, maxBytes = MAX_FILE_BYTES): AsyncGenerator<InputItem> {
  const extension = extname(file).toLowerCase();
  const name = basename(file);
  if (extension === '.jsonl') {
    yield* readJsonLines(file, name);
    return;
  }
  const content = readWhole(file, maxBytes);
  if (typeof content === 'string') {
    yield { ok: false, origin: file, message: content };
    return;
  }
  const text = utf8.decode(content);
  if (extension !== '.json') {
    yield { ok: true, origin: file, input: { id: name, text } };
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    yield { ok: false, origin: file, message: `invalid JSON: ${(error as Error).message}` };
    return;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  for (let i = 0; i < records.length; i++) {
    const origin = Array.isArray(parsed) ? `${file}[${i}]` : file;
    const input = recordToInput(records[i]);
    if (typeof input === 'string') yield { ok: false, origin, message: input };
    else yield { ok: true, origin, input: { id: Array.isArray(parsed) ? `${name}:${i + 1}` : name, ...input } };
  }
}

async function* readJsonLines(file: string, name: string): AsyncGenerator<InputItem> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      if (raw.trim() === '') continue;
      const origin = `${file}:${line}`;
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch (error) {
        yield { ok: false, origin, message: `invalid JSON: ${(error as Error).message}` };
        continue;
      }
      const input = recordToInput(record);
      if (typeof input === 'string') yield { ok: false, origin, message: input };
      else yield { ok: true, origin, input: { id: `${name}:${line}`, ...input } };
    }
  } catch (error) {
    yield { ok: false, origin: line === 0 ? file : `${file}:${line + 1}`, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** Every dispatch under `paths`, one file at a time. */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for await (const entry of listInputFiles(paths)) {
    if ('error' in entry) yield { ok: false, origin: entry.file, message: entry.error };
    else yield* readInputFile(entry.file);
  }
}

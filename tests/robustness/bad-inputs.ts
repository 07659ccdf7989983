// Pathological dispatches shared by the robustness suites: empty, binary, huge, invalid UTF-8,
// HTML, thousands of names. Bytes are built deterministically (seeded), nothing is read from disk.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CULTURES, personName } from '../../scripts/corpus/names.js';
import { createRng } from '../../scripts/corpus/prng.js';

export const DISPATCH_DIR = resolve(import.meta.dirname, '../../data/dispatches');
const SAMPLE = readFileSync(resolve(DISPATCH_DIR, '000_d79e12fe8218912b.txt'), 'utf8');

/** What a bad input may do: always fail with a DocumentError, or fail or give a bounded result. */
export type Expect = 'error' | 'error-or-bounded' | 'bounded';

export interface BadInput { file: string; bytes: Buffer; want: Expect }

/** Seeded random bytes with NULs sprinkled in (a binary file). */
function binary(size: number): Buffer {
  const rng = createRng(7);
  const buf = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buf[i] = i % 97 === 0 ? 0 : rng.int(0, 255);
  return buf;
}

/** The sample dispatch with a few invalid UTF-8 sequences (lone continuation, truncated lead, 0xFF). */
function fewInvalidBytes(): Buffer {
  const text = Buffer.from(SAMPLE, 'utf8');
  const at = text.indexOf('The ceremony');
  return Buffer.concat([text.subarray(0, at), Buffer.from([0x80, 0xc3, 0x28, 0xff]), text.subarray(at)]);
}

/** Mostly invalid UTF-8: every other byte is 0xFF. */
function mostlyInvalid(): Buffer {
  const text = Buffer.from(SAMPLE.slice(0, 1500), 'latin1');
  const out = Buffer.alloc(text.length * 2);
  text.forEach((b, i) => { out[2 * i] = b; out[2 * i + 1] = 0xff; });
  return out;
}

/** The sample dispatch wrapped in HTML: tags, attributes, links, entities, script and style. */
export function htmlDispatch(): string {
  const paragraphs = SAMPLE.split(/\n\n/).map((p) => `<p class="body-text"><span>${p.replace('Kim Jong Un', '<a href="https://example.org/kim">Kim Jong Un</a>')}</span></p>`);
  return `<!DOCTYPE html><html><head><title>Dispatch</title><style>div.story { color: red; }</style><script>var Div = "Span Href";</script></head>` +
    `<body><div class="story" id="main">${paragraphs.join('\n')}<div>&nbsp;&amp;&quot;Div&quot;</div></div></body></html>`;
}

/** A dispatch listing `n` generated capitalised names, fifty to a sentence. */
export function manyNames(n: number): string {
  const rng = createRng(11);
  const names = Array.from({ length: n }, (_, i) => personName(rng, CULTURES[i % CULTURES.length]!).full);
  const sentences: string[] = [];
  for (let i = 0; i < names.length; i += 50) sentences.push(`Among those present were ${names.slice(i, i + 50).join(', ')}.`);
  return ` date 2025-03-01 SEOUL, March 1. /TASS/. ${sentences.join(' ')}\n`;
}

/** A text of about `bytes` bytes made of the sample dispatch repeated. */
export function hugeText(bytes: number): string {
  return SAMPLE.repeat(Math.ceil(bytes / SAMPLE.length)).slice(0, bytes);
}

/** The bad inputs, as files to write. */
export function badInputs(): BadInput[] {
  return [
    { file: 'empty.txt', bytes: Buffer.alloc(0), want: 'error' },
    { file: 'blank.txt', bytes: Buffer.from(' \n\t\r\n  \n'), want: 'error' },
    { file: 'binary.txt', bytes: binary(64 * 1024), want: 'error' },
    { file: 'huge-20mb.txt', bytes: Buffer.from(hugeText(20 * 1024 * 1024)), want: 'error-or-bounded' },
    { file: 'large-4mb.txt', bytes: Buffer.from(hugeText(4_000_000)), want: 'bounded' },
    { file: 'few-invalid-utf8.txt', bytes: fewInvalidBytes(), want: 'error-or-bounded' },
    { file: 'mostly-invalid-utf8.txt', bytes: mostlyInvalid(), want: 'error-or-bounded' },
    { file: 'markup.html.txt', bytes: Buffer.from(htmlDispatch()), want: 'bounded' },
    { file: 'names-5000.txt', bytes: Buffer.from(manyNames(5000)), want: 'bounded' },
  ];
}

/** Words that must never become entities when a dispatch carries HTML markup. */
export const MARKUP_WORDS = ['div', 'span', 'href', 'html', 'body', 'class', 'nbsp', 'amp', 'quot', 'script', 'style', 'doctype', 'https'];

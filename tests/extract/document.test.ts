// parseDocument: header date, dateline, metadata, validation of unusable text, markup blanking.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError, ValidationError } from '../../server/errors.js';
import { blankMarkup } from '../../server/extract/markup.js';
import { parseDocument } from '../../server/extract/document.js';
import { titleCase } from '../../server/extract/dateline.js';

const SEED = readFileSync(new URL('../../../shared/corpus/dev/000_d79e12fe8218912b.txt', import.meta.url), 'utf8');

describe('parseDocument: invalid input', () => {
  const INVALID: [string, { given: string; want: RegExp }][] = [
    ['empty text', { given: '', want: /empty or white space only/ }],
    ['white space only', { given: ' \n\t\u00a0 ', want: /empty or white space only/ }],
    ['NUL bytes (binary)', { given: 'PK\u0003\u0004\u0000\u0000abc', want: /NUL byte/ }],
    ['many control characters', { given: `Text${'\u0001\u0002\u0003\u001b'.repeat(10)} more text`, want: /control characters/ }],
    ['mostly invalid UTF-8', { given: `abc${'\ufffd'.repeat(40)}def`, want: /U\+FFFD/ }],
  ];
  it.each(INVALID)('should throw for %s', (_name, { given, want }) => {
    expect(() => parseDocument({ text: given })).toThrow(DocumentError);
    expect(() => parseDocument({ text: given })).toThrow(want);
  });

  it('should throw when the text is not a string', () => {
    expect(() => parseDocument({ text: 42 as unknown as string })).toThrow(DocumentError);
    expect(() => parseDocument(null as unknown as { text: string })).toThrow(/Expected \{ text/);
  });

  it('should throw when the text exceeds maxLength', () => {
    expect(() => parseDocument({ text: 'x'.repeat(101) }, { maxLength: 100 })).toThrow(/at most 100/);
  });

  it('should throw ValidationError for invalid options', () => {
    expect(() => parseDocument({ text: 'ok' }, { maxLength: -1 })).toThrow(ValidationError);
    expect(() => parseDocument({ text: 'ok' }, { maxReplacementShare: 2 })).toThrow(ValidationError);
  });

  it('messages name the call site and what was expected', () => {
    expect(() => parseDocument({ text: '' })).toThrow(/^parseDocument: .*Expected/);
  });
});

describe('parseDocument: the seed dispatch', () => {
  const doc = parseDocument({ text: SEED });
  it('reads the header date, dateline and body start', () => {
    expect(doc.meta.date).toBe('2025-12-13');
    expect(doc.meta.dateline).toEqual({ place: 'Seoul', agency: 'TASS' });
    expect(SEED.slice(doc.bodyStart).startsWith('The officers and combatants')).toBe(true);
    expect(doc.problems).toEqual([]);
  });
  it('derives id, hash and length from the text', () => {
    const hash = createHash('sha256').update(SEED).digest('hex');
    expect(doc.meta).toMatchObject({ id: `doc-${hash.slice(0, 12)}`, hash, length: SEED.length });
    expect(doc.text).toBe(SEED);
    expect(doc.plain).toBe(SEED);
  });
  it('gives the sha256 of a document with its own id when read, in JSON and in copies too', () => {
    const named = parseDocument({ text: SEED, id: 'seed.txt' });
    const hash = createHash('sha256').update(SEED).digest('hex');
    expect(named.meta.id).toBe('seed.txt');
    expect(JSON.parse(JSON.stringify(named.meta))).toEqual({ id: 'seed.txt', hash, length: SEED.length, date: '2025-12-13', dateline: { place: 'Seoul', agency: 'TASS' } });
    expect(Object.keys(named.meta).slice(0, 3)).toEqual(['id', 'hash', 'length']);
    expect(structuredClone(named.meta).hash).toBe(hash);
    expect({ ...named.meta }.hash).toBe(hash);
  });
});

describe('parseDocument: headers and datelines', () => {

  it('reads a dateline with the country after the city ("FARAFENNI, Gambia, March 4. /AP/.")', () => {
    const doc = parseDocument({ text: 'FARAFENNI, Gambia, March 4. /AP/. Senegal and Gambia signed an accord.', id: 'x.txt' });
    expect(doc.meta.dateline).toEqual({ place: 'Farafenni', agency: 'AP' });
  });
  const CASES: [string, { given: string; want: { date?: string; place?: string; agency?: string; body: string } }][] = [
    ['header on its own line', { given: 'date 2024-06-19\nPYONGYANG, June 19. /TASS/. Putin arrived.', want: { date: '2024-06-19', place: 'Pyongyang', agency: 'TASS', body: 'Putin arrived.' } }],
    ['Reuters style', { given: 'date 2025-01-02 LONDON, Jan 2 (Reuters) - Prices rose.', want: { date: '2025-01-02', place: 'London', agency: 'Reuters', body: 'Prices rose.' } }],
    ['AP style without a date', { given: 'SEOUL (AP) — North Korea fired a missile.', want: { place: 'Seoul', agency: 'AP', body: 'North Korea fired a missile.' } }],
    ['Xinhua style', { given: 'BEIJING, Dec. 3 /Xinhua/ -- China said.', want: { place: 'Beijing', agency: 'Xinhua', body: 'China said.' } }],
    ['day before month', { given: 'MOSCOW, 13 December (Interfax) - The ministry said.', want: { place: 'Moscow', agency: 'Interfax', body: 'The ministry said.' } }],
    ['hyphenated city', { given: 'date 2023-09-15 KOMSOMOLSK-ON-AMUR, September 15. /TASS/. Kim visited.', want: { date: '2023-09-15', place: 'Komsomolsk-on-Amur', agency: 'TASS', body: 'Kim visited.' } }],
    ['an agency whose name holds a slash', { given: 'BISHKEK, April 19. /RFE/RL/. Troops arrived.', want: { place: 'Bishkek', agency: 'RFE/RL', body: 'Troops arrived.' } }],
    ['two-word city', { given: 'NEW YORK, March 3 (AFP) - Stocks fell.', want: { place: 'New York', agency: 'AFP', body: 'Stocks fell.' } }],
    ['capital city without an agency', { given: 'WASHINGTON — The White House said.', want: { place: 'Washington', body: 'The White House said.' } }],
    ['byte-order mark and CR line ends', { given: '\ufeffdate 2025-12-13\rSEOUL, December 13. /TASS/.\rBody.', want: { date: '2025-12-13', place: 'Seoul', agency: 'TASS', body: 'Body.' } }],
    ['Date: header', { given: 'Date: 2025-12-13\nSome text.', want: { date: '2025-12-13', body: 'Some text.' } }],
    ['no dateline', { given: 'date 2025-12-13 The officers returned.', want: { date: '2025-12-13', body: 'The officers returned.' } }],
    ['no header at all', { given: 'Kim Jong Un (KJU) said so.', want: { body: 'Kim Jong Un (KJU) said so.' } }],
    ['a name with a bracket is no dateline', { given: 'Vladimir Putin (left) met Kim.', want: { body: 'Vladimir Putin (left) met Kim.' } }],
  ];
  it.each(CASES)('%s', (_name, { given, want }) => {
    const doc = parseDocument({ text: given });
    expect(doc.meta.date).toBe(want.date);
    expect(doc.meta.dateline?.place).toBe(want.place);
    expect(doc.meta.dateline?.agency).toBe(want.agency);
    expect(given.slice(doc.bodyStart)).toBe(want.body);
  });

  it('brackets an acronym set off by commas in the working copy when it spells the words before it', () => {
    const text = 'The Western Naval Command, WNC, of the Nigerian Navy, NN, said the Chief of the Naval Staff, CNS, met in Lagos, LA, with envoys.';
    const doc = parseDocument({ text });
    expect(doc.plain).toBe('The Western Naval Command (WNC) of the Nigerian Navy (NN) said the Chief of the Naval Staff (CNS) met in Lagos, LA, with envoys.');
    expect(doc.plain.length).toBe(text.length);
    expect(doc.problems).toEqual([]);
    // (Capitals that spell nothing before them, or end a sentence, stay as they are.)
    expect(parseDocument({ text: 'Officials of the ministry, UN, said so. It joined the Western Naval Command, WNC.' }).plain).toBe('Officials of the ministry, UN, said so. It joined the Western Naval Command, WNC.');
  });

  it('keeps an invalid header date out and reports it', () => {
    const doc = parseDocument({ text: 'date 2025-13-45 SEOUL, December 13. /TASS/. Body.' });
    expect(doc.meta.date).toBeUndefined();
    expect(doc.meta.dateline).toEqual({ place: 'Seoul', agency: 'TASS' });
    expect(doc.problems.join()).toMatch(/not a calendar day/);
  });

  it('uses input.date only without a header', () => {
    expect(parseDocument({ text: 'Plain text.', date: '2024-02-29' }).meta.date).toBe('2024-02-29');
    expect(parseDocument({ text: 'date 2025-12-13 Text.', date: '2024-02-29' }).meta.date).toBe('2025-12-13');
    const bad = parseDocument({ text: 'Plain text.', date: 'yesterday' });
    expect(bad.meta.date).toBeUndefined();
    expect(bad.problems.join()).toMatch(/not an ISO day/);
  });

  it('copies id, title, source and url from the input', () => {
    const doc = parseDocument({ text: 'Text.', id: 'a1', title: 'T', source: 'S', url: 'https://example.org/a1' });
    expect(doc.meta).toMatchObject({ id: 'a1', title: 'T', source: 'S', url: 'https://example.org/a1' });
  });

  it('reports a header without a body', () => {
    expect(parseDocument({ text: 'date 2025-12-13' }).problems.join()).toMatch(/no body/);
  });

  it('title-cases only all-capital names', () => {
    expect([titleCase('ST. PETERSBURG'), titleCase('Seoul'), titleCase('RIO DE JANEIRO')]).toEqual(['St. Petersburg', 'Seoul', 'Rio de Janeiro']);
    // (A dotted capital I: "İZMİR" lowers to "i" and a combining dot.)
    expect([titleCase('İZMİR'), titleCase('DİYARBAKIR')]).toEqual(['İzmir', 'Diyarbakir']);
  });
});

describe('parseDocument: tolerated oddities', () => {
  it('tolerates a few invalid UTF-8 sequences and reports them', () => {
    const doc = parseDocument({ text: 'Kim visited Wonsan \ufffd on July 12. The resort opened.' });
    expect(doc.problems.join()).toMatch(/1 invalid UTF-8/);
  });

  it('blanks markup in `plain` without moving offsets', () => {
    const text = 'date 2025-12-13 <p>SEOUL, December 13. /TASS/. <b>Kim</b> met&nbsp;Putin &amp; Lavrov.</p><script>var x = "Kim";</script>';
    const doc = parseDocument({ text });
    expect(doc.text).toBe(text);
    expect(doc.plain).toHaveLength(text.length);
    expect(doc.plain).not.toMatch(/<|>|script|var x/);
    expect(doc.plain.slice(doc.bodyStart).replace(/\s+/g, ' ').trim()).toBe('Kim met Putin & Lavrov.');
    expect(doc.meta.dateline).toEqual({ place: 'Seoul', agency: 'TASS' });
    expect(doc.problems.join()).toMatch(/markup/);
  });

  it('does not take comparisons for tags', () => {
    const text = 'If a < b and x<5 then 3 > 2.';
    expect(blankMarkup(text)).toBe(text);
  });

  it('blanks comments and keeps unclosed tags as text', () => {
    expect(blankMarkup('a<!-- hidden -->b')).toBe(`a${' '.repeat(15)}b`);
    expect(blankMarkup('a <b unclosed')).toBe('a <b unclosed');
  });

  it('accepts a 20 MB dispatch when the limit allows it', () => {
    const text = `date 2025-12-13 SEOUL, December 13. /TASS/. ${'Kim met Putin in <b>Pyongyang</b>. '.repeat(600_000)}`;
    expect(text.length).toBeGreaterThan(20_000_000);
    expect(() => parseDocument({ text })).toThrow(/at most 5000000/);
    const doc = parseDocument({ text }, { maxLength: 25_000_000 });
    expect(doc.plain).toHaveLength(text.length);
    expect(doc.plain.slice(doc.bodyStart, doc.bodyStart + 39)).toBe('Kim met Putin in    Pyongyang    . Kim ');
  });
});

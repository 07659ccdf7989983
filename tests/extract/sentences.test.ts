// splitSentences: exact offsets, abbreviations, quotes, paragraphs and bounded sentence length.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/extract/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

const CASES: [string, { given: string; want: string[] }][] = [
  ['two plain sentences', { given: 'One thing happened. Another followed.', want: ['One thing happened.', 'Another followed.'] }],
  ['military titles', { given: 'Gen. Smith met Lt. Col. Brown. They talked.', want: ['Gen. Smith met Lt. Col. Brown.', 'They talked.'] }],
  ['Mr. and Dr.', { given: 'Mr. Lee and Dr. Kim arrived. Talks began.', want: ['Mr. Lee and Dr. Kim arrived.', 'Talks began.'] }],
  ['St. in a name', { given: 'He visited St. Petersburg. Then he left.', want: ['He visited St. Petersburg.', 'Then he left.'] }],
  ['U.S. inside a sentence', { given: 'The U.S. President arrived. He spoke.', want: ['The U.S. President arrived.', 'He spoke.'] }],
  ['U.S. at the end before an opener', { given: 'He left the U.S. The visit ended.', want: ['He left the U.S.', 'The visit ended.'] }],
  ['U.K. and U.N.', { given: 'The U.K. and the U.N. Security Council agreed. Nobody objected.', want: ['The U.K. and the U.N. Security Council agreed.', 'Nobody objected.'] }],
  ['month abbreviations before a day', { given: 'It was signed on Dec. 12 and Jan. 3. Both dates stand.', want: ['It was signed on Dec. 12 and Jan. 3.', 'Both dates stand.'] }],
  ['No. and Art. before numbers', { given: 'See No. 5 and Art. 4 of the treaty. It is short.', want: ['See No. 5 and Art. 4 of the treaty.', 'It is short.'] }],
  ['vs., e.g. and i.e.', { given: 'Russia vs. Ukraine, e.g. Kursk, i.e. Sudzha. Done.', want: ['Russia vs. Ukraine, e.g. Kursk, i.e. Sudzha.', 'Done.'] }],
  ['Inc., Ltd. and Jr.', { given: 'Acme Inc. and Widget Ltd. signed with John Smith Jr. Nothing else.', want: ['Acme Inc. and Widget Ltd. signed with John Smith Jr. Nothing else.'] }],
  ['Inc. at the end before an opener', { given: 'He joined Acme Inc. The deal closed.', want: ['He joined Acme Inc.', 'The deal closed.'] }],
  ['initials', { given: 'J. Smith and A. B. Jones met. They agreed.', want: ['J. Smith and A. B. Jones met.', 'They agreed.'] }],
  ['decimal numbers', { given: 'Growth was 3.5 percent. It rose.', want: ['Growth was 3.5 percent.', 'It rose.'] }],
  ['quote closing a sentence', { given: '"We will win," he said. "It is certain." Next came the vote.', want: ['"We will win," he said.', '"It is certain."', 'Next came the vote.'] }],
  ['quote ending with he said', { given: '"You carried out your combat tasks in a responsible manner," he said. The end.', want: ['"You carried out your combat tasks in a responsible manner," he said.', 'The end.'] }],
  ['question inside a quote', { given: '"Why?" he asked. "Because!" she replied.', want: ['"Why?" he asked.', '"Because!" she replied.'] }],
  ['curly quotes', { given: '“It is over.” The war ended. Russia’s view is clear.', want: ['“It is over.”', 'The war ended.', 'Russia’s view is clear.'] }],
  ['question and exclamation marks', { given: 'Is it true? Yes! It is.', want: ['Is it true?', 'Yes!', 'It is.'] }],
  ['ellipsis before a capital', { given: 'He paused... Then he spoke.', want: ['He paused...', 'Then he spoke.'] }],
  ['ellipsis before lower case', { given: 'He paused … and then spoke.', want: ['He paused … and then spoke.'] }],
  ['unicode ellipsis', { given: 'He waited… Nothing came.', want: ['He waited…', 'Nothing came.'] }],
  ['blank line ends a heading', { given: 'Heading without stop\n\nBody text here.', want: ['Heading without stop', 'Body text here.'] }],
  ['single newline does not', { given: 'A wrapped\nline. Next one.', want: ['A wrapped\nline.', 'Next one.'] }],
  ['CRLF blank line', { given: 'First part\r\n\r\nSecond part.', want: ['First part', 'Second part.'] }],
  ['lower case after a period', { given: 'Prices rose 5 pct. in May.', want: ['Prices rose 5 pct. in May.'] }],
  ['closing bracket', { given: 'It was signed (in Pyongyang.) Then ratified.', want: ['It was signed (in Pyongyang.)', 'Then ratified.'] }],
  ['full-width terminals', { given: '会谈结束。双方签署', want: ['会谈结束。', '双方签署'] }],
  ['only white space', { given: ' \n\t ', want: [] }],
];

describe('splitSentences', () => {
  it.each(CASES)('%s', (_name, { given, want }) => {
    expect(texts(given)).toEqual(want);
  });

  it('keeps exact offsets and consecutive indexes', () => {
    const text = '  First one.  Second "quoted." Third!\n\nFourth  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits only the given range', () => {
    const text = 'Header. Body one. Body two. Trailer.';
    const from = text.indexOf('Body');
    const to = text.indexOf(' Trailer');
    expect(splitSentences(text, from, to).map((s) => [s.text, s.start])).toEqual([['Body one.', 8], ['Body two.', 18]]);
  });

  it('splits the seed dispatch into its sentences', () => {
    const text = readFileSync(new URL('../../../shared/corpus/dev/000_d79e12fe8218912b.txt', import.meta.url), 'utf8');
    const body = text.indexOf('The officers');
    const sentences = splitSentences(text, body);
    expect(sentences).toHaveLength(11);
    expect(sentences[2]!.text).toBe('North Korean leader Kim Jong Un attended the ceremony.');
    expect(sentences[8]!.text.startsWith('On June 17, Russia’s Security Council')).toBe(true);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a run without punctuation at white space near maxLength', () => {
    const text = 'word '.repeat(2000);
    const sentences = splitSentences(text, 0, text.length, { maxLength: 500 });
    expect(sentences.length).toBeGreaterThanOrEqual(20);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(500);
      expect(s.text.startsWith('word')).toBe(true);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('cuts a run without white space too', () => {
    const sentences = splitSentences('x'.repeat(5000));
    expect(sentences.map((s) => s.text.length)).toEqual([2000, 2000, 1000]);
  });

  it('handles a 20 MB text', () => {
    const paragraph = 'Gen. Kim met Mr. Lee on Dec. 12 in the U.S. capital. "It went well," he said.\n\n';
    const text = paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
    const sentences = splitSentences(text);
    expect(sentences.length).toBe(2 * Math.ceil(20_000_000 / paragraph.length));
    expect(sentences[1]!.text).toBe('"It went well," he said.');
  });
});

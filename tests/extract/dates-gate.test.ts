// mayStartAt: the date scanner's cheap gate for common starter words (`the`, `a`, `an`, `in`,
// `that`). Skipping a position is only allowed when no date rule matches there; this checks the
// gate against every rule at every token of real and generated dispatches and of date phrases.
import { describe, expect, it } from 'vitest';
import { dispatchTexts } from './corpus-texts.js';
import { DATE_RULES, mayStartAt } from '../../server/extract/dates.js';
import { tokenize } from '../../server/extract/dates-tokens.js';
import { frontedFuture, FutureCueScanner, futureCueAt, futureCues } from '../../server/extract/dates-tense.js';
import { generateCorpus } from '../../scripts/corpus/index.js';

function texts(): string[] {
  const out = dispatchTexts();
  for (const d of generateCorpus({ count: 200, seed: 97 })) out.push(d.text);
  return out;
}

/** Date phrases that begin with a gated word, in sentence context. */
const PHRASES = [
  'They met the same day.', 'He left the next day and returned the following week.', 'It ended the day before yesterday.',
  'It starts the day after tomorrow.', 'Talks ran over the past week and the last week of June.', 'Over the weekend, troops moved.',
  'In the past year, the pact held.', 'The 17th of June was quiet.', 'Fighting resumed the evening of July 11.',
  'Putin arrived in the early hours of June 19.', 'They signed it at the beginning of 2024, at the start of May, at the end of the month.',
  'It happened in the middle of August.', 'The first week of June and the last week of May.', 'In the first half of 2024 and the third quarter of 2023.',
  'In the summer of 2024 and the spring.', 'Reforms of the 1990s and the 1990’s.', 'The past two weeks and the last 10 days.',
  'She spoke the previous day, the previous evening and the previous night.', 'On the eve of the summit, the night before, the same morning.',
  'The next morning and the following evening.', 'A day later, a week earlier, an hour later, a year ago, a month ago, a day earlier, a week later.',
  'In the evening, in the morning, later in the afternoon, earlier in the night.', 'That day, that same day, that morning, that night.',
  'The end of the year, the end of last year, the first half of next year.', 'The small hours of May 3 and the late hours of May 4.',
  'Between the 5th and the 9th of May.', 'From the 1st to the 3rd of June.', 'The fall of 2023.', 'In the winter.',
];

describe('mayStartAt', () => {
  it('skips only positions where no date rule matches', () => {
    let gated = 0;
    let checked = 0;
    for (const text of [...PHRASES, ...texts()]) {
      const t = tokenize(text);
      for (let i = 0; i < t.length; i++) {
        if (t[i]!.kind !== 'word') continue;
        checked++;
        if (mayStartAt(t, i)) continue;
        gated++;
        for (const rule of DATE_RULES) {
          const m = rule(t, i);
          if (m && m.next > m.first) throw new Error(`gate skipped a match at "${text.slice(t[i]!.start, t[i]!.start + 40)}" (${rule.name})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(gated).toBeGreaterThan(1_000);
  });

  it('lets date phrases through and gates ordinary uses', () => {
    const at = (s: string): boolean => mayStartAt(tokenize(s), 0);
    for (const s of ['the same day', 'the 17th of June', 'the summer of 2024', 'a day later', 'in the evening', 'that day', 'the first week of May']) expect(at(s), s).toBe(true);
    for (const s of ['the ministry', 'a treaty', 'an agreement', 'in Moscow', 'that the talks']) expect(at(s), s).toBe(false);
  });
});

describe('futureCueAt', () => {
  it('equals futureCues at every token', () => {
    const extra = ['He will visit on January 10.', 'They agreed to meet on May 3; he said it was done.', 'The summit is due to open on Monday, officials said.'];
    let n = 0;
    for (const text of [...extra, ...PHRASES, ...texts().slice(0, 120)]) {
      const t = tokenize(text);
      const all = futureCues(t);
      const scan = new FutureCueScanner(t);
      for (let i = 0; i < t.length; i++, n++) {
        expect(futureCueAt(t, i), `${text} @${i}`).toBe(all[i]);
        expect(scan.at(i), `${text} @${i} (scanner)`).toBe(all[i]);
      }
      if (t.length > 3) expect(scan.at(2)).toBe(all[2]); // asked backwards: starts over
    }
    expect(n).toBeGreaterThan(5_000);
    expect(futureCueAt(tokenize('He will visit on January 10.'), 4)).toBe(true);
  });
});

describe('frontedFuture', () => {
  it('reads a date fronted before a comma as future when its clause speaks of the future, before any past verb', () => {
    const at = (text: string, next: number): boolean => frontedFuture(tokenize(text), 1, next);
    expect(at('In September, the brigade will take part in the drill.', 2)).toBe(true);
    expect(at('In September, the two navies are due to hold talks.', 2)).toBe(true);
    expect(at('In September, the brigade took part in the drill.', 2)).toBe(false);
    expect(at('In September, the brigade said it will take part.', 2)).toBe(false);
    expect(at('In September the brigade will take part.', 2)).toBe(false);
    expect(frontedFuture(tokenize('The brigade, in September, will take part.'), 4, 5)).toBe(false);
  });
});

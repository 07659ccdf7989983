// findDates: date expressions of a sentence and their ISO intervals, resolved against the
// document date. Expected intervals of the dev corpus come from its gold files.
import { describe, expect, it } from 'vitest';
import { findDates, findDocumentDates, resolveAnaphoric, resolveDateText } from '../../server/extract/dates.js';

/** [text, start, end] of each mention; '-' when no interval is expected. */
type Want = [string, string, string][];

const run = (sentence: string, doc?: string): Want =>
  findDates(sentence, doc).map((m) => [m.text, m.interval?.start ?? '-', m.interval?.end ?? '-']);

const DEV_CORPUS: [string, { given: [string, string]; want: Want }][] = [
  ['000 December 12', { given: ['The ceremony of welcoming their return took place on December 12.', '2025-12-13'], want: [['December 12', '2025-12-12', '2025-12-12']] }],
  ['000 formed on May 28', { given: ['The regiment was formed on May 28 "according to the decisions".', '2025-12-13'], want: [['May 28', '2025-05-28', '2025-05-28']] }],
  ['000 Early in August', { given: ['"Early in August you, engineers of the regiment, left for the Kursk region," he stressed.', '2025-12-13'], want: [['Early in August', '2025-08-01', '2025-08-10']] }],
  ['000 On June 17', { given: ['On June 17, Russia’s Security Council quoted its Secretary Sergey Shoigu as saying that the leader had decided to send 1,000 combat engineers and 5,000 military builders.', '2025-12-13'], want: [['June 17', '2025-06-17', '2025-06-17']] }],
  ['000 On November 14', { given: ['On November 14, Kremlin Spokesman Dmitry Peskov said Russia was grateful.', '2025-12-13'], want: [['November 14', '2025-11-14', '2025-11-14']] }],
  ['000 In the summer of 2024', { given: ['In the summer of 2024, Russia and the DPRK signed a comprehensive strategic partnership agreement.', '2025-12-13'], want: [['the summer of 2024', '2024-06-01', '2024-08-31']] }],
  ['001 on June 19', { given: ['They signed a Treaty in Pyongyang on June 19, after several hours of talks.', '2024-06-19'], want: [['June 19', '2024-06-19', '2024-06-19']] }],
  ['001 the early hours of June 19', { given: ['Putin arrived in Pyongyang in the early hours of June 19, and Kim met his guest.', '2024-06-19'], want: [['the early hours of June 19', '2024-06-19', '2024-06-19']] }],
  ['001 no dates in counts and articles', { given: ['The new treaty consists of 23 articles, and the mutual assistance provision is set out in Article 4.', '2024-06-19'], want: [] }],
  ['002 on September 16', { given: ['Russian Defence Minister Sergey Shoigu on September 16 showed Kim the Tu-160, Tu-95MS and Tu-22M3 bombers.', '2023-09-16'], want: [['September 16', '2023-09-16', '2023-09-16']] }],
  ['002 on September 12', { given: ['Kim Jong Un crossed into Russia aboard his armoured train on September 12.', '2023-09-16'], want: [['September 12', '2023-09-12', '2023-09-12']] }],
  ['002 Su-35 and COVID-19 are no dates', { given: ['Su-35 and Su-57 fighter jets are assembled since the start of the COVID-19 pandemic, about 50 kilometres away.', '2023-09-16'], want: [] }],
  ['003 on April 26', { given: ['On April 26, Chief of the General Staff Valery Gerasimov reported to Putin.', '2025-04-28'], want: [['April 26', '2025-04-26', '2025-04-26']] }],
  ['003 in June 2024', { given: ['Acting under Article 4 of the treaty that the DPRK and Russia signed in June 2024.', '2025-04-28'], want: [['June 2024', '2024-06-01', '2024-06-30']] }],
  ['003 in August 2024 and 76,000', { given: ['Ukrainian troops crossed into the Kursk Region in August 2024. Ukraine lost more than 76,000 servicemen.', '2025-04-28'], want: [['August 2024', '2024-08-01', '2024-08-31']] }],
  ['004 on November 29', { given: ['Belousov arrived in the DPRK on an official visit on November 29 at the head of a military delegation.', '2024-11-30'], want: [['November 29', '2024-11-29', '2024-11-29']] }],
  ['004 in June (summit)', { given: ['On the basis of the agreements reached at the summit in Pyongyang in June.', '2024-11-30'], want: [['June', '2024-06-01', '2024-06-30']] }],
  ['004 in May', { given: ['Belousov was appointed defence minister in May, replacing Sergey Shoigu.', '2024-11-30'], want: [['May', '2024-05-01', '2024-05-31']] }],
  ['004 November 9 and November 11', { given: ['Putin signed the law on November 9, and Kim signed a decree on November 11.', '2024-11-30'], want: [['November 9', '2024-11-09', '2024-11-09'], ['November 11', '2024-11-11', '2024-11-11']] }],
  ['005 the evening of July 11', { given: ['Lavrov flew into Wonsan on the evening of July 11 for a three-day visit to the DPRK.', '2025-07-13'], want: [['the evening of July 11', '2025-07-11', '2025-07-11']] }],
  ['005 Earlier on July 12', { given: ['Earlier on July 12, Lavrov held more than three hours of talks.', '2025-07-13'], want: [['July 12', '2025-07-12', '2025-07-12']] }],
  ['005 in November last year', { given: ['The first round was held in Moscow in November last year.', '2025-07-13'], want: [['November last year', '2024-11-01', '2024-11-30']] }],
  ['005 20,000 holidaymakers', { given: ['The resort opened on July 1 and can take nearly 20,000 holidaymakers at a time.', '2025-07-13'], want: [['July 1', '2025-07-01', '2025-07-01']] }],
];

const ABSOLUTE: [string, { given: [string, string?]; want: Want }][] = [
  ['Month Day, Year', { given: ['They met on December 12, 2025 in Seoul.'], want: [['December 12, 2025', '2025-12-12', '2025-12-12']] }],
  ['Day Month Year', { given: ['They met on 12 December 2025.'], want: [['12 December 2025', '2025-12-12', '2025-12-12']] }],
  ['ISO day', { given: ['Published 2025-12-12 by KCNA.'], want: [['2025-12-12', '2025-12-12', '2025-12-12']] }],
  ['weekday and full date', { given: ['Monday, December 8, 2025 was cold.'], want: [['Monday, December 8, 2025', '2025-12-08', '2025-12-08']] }],
  ['month and year', { given: ['It happened in August 2024.'], want: [['August 2024', '2024-08-01', '2024-08-31']] }],
  ['late February of a leap year', { given: ['It happened in late February 2024.'], want: [['late February 2024', '2024-02-21', '2024-02-29']] }],
  ['year in context', { given: ['It happened in 2023.'], want: [['2023', '2023-01-01', '2023-12-31']] }],
  ['since and of a year', { given: ['since 2024, of 2024, the 2024 budget'], want: [['2024', '2024-01-01', '2024-12-31'], ['2024', '2024-01-01', '2024-12-31']] }],
  ['winter runs into the next year', { given: ['It happened in the winter of 2024.'], want: [['the winter of 2024', '2024-12-01', '2025-02-28']] }],
  ['winter ending in a leap February', { given: ['It happened in the winter of 2023.'], want: [['the winter of 2023', '2023-12-01', '2024-02-29']] }],
  ['year parts', { given: ['the first half of 2024, early 2024, mid-2024, the end of 2024'], want: [['the first half of 2024', '2024-01-01', '2024-06-30'], ['early 2024', '2024-01-01', '2024-04-30'], ['mid-2024', '2024-05-01', '2024-08-31'], ['the end of 2024', '2024-11-01', '2024-12-31']] }],
  ['decade and year range', { given: ['in the 1990s and between 2022 and 2024'], want: [['the 1990s', '1990-01-01', '1999-12-31'], ['between 2022 and 2024', '2022-01-01', '2024-12-31']] }],
  ['day range with year', { given: ['The talks ran 1-3 June 2024.'], want: [['1-3 June 2024', '2024-06-01', '2024-06-03']] }],
  ['range of two full dates', { given: ['from December 30, 2024 to January 2, 2025'], want: [['from December 30, 2024 to January 2, 2025', '2024-12-30', '2025-01-02']] }],
  ['month range with year', { given: ['from May to July 2024'], want: [['from May to July 2024', '2024-05-01', '2024-07-31']] }],
];

const RELATIVE: [string, { given: [string, string]; want: Want }][] = [
  ['Dec. 12', { given: ['They met on Dec. 12 in Seoul.', '2025-12-13'], want: [['Dec. 12', '2025-12-12', '2025-12-12']] }],
  ['early August', { given: ['It happened early August.', '2025-12-13'], want: [['early August', '2025-08-01', '2025-08-10']] }],
  ['mid-August', { given: ['It happened in mid-August.', '2025-12-13'], want: [['mid-August', '2025-08-11', '2025-08-20']] }],
  ['in late November', { given: ['It happened in late November.', '2025-12-13'], want: [['late November', '2025-11-21', '2025-11-30']] }],
  ['in May, doc in November', { given: ['It happened in May.', '2024-11-30'], want: [['May', '2024-05-01', '2024-05-31']] }],
  ['in December, doc in January', { given: ['It happened in December.', '2026-01-10'], want: [['December', '2025-12-01', '2025-12-31']] }],
  ['day last year', { given: ['It happened on September 13 last year.', '2025-12-13'], want: [['September 13 last year', '2024-09-13', '2024-09-13']] }],
  ['last year', { given: ['It happened last year.', '2025-12-13'], want: [['last year', '2024-01-01', '2024-12-31']] }],
  ['on Monday', { given: ['He arrived on Monday.', '2025-12-13'], want: [['Monday', '2025-12-08', '2025-12-08']] }],
  ['on the same weekday as the doc', { given: ['He arrived on Saturday.', '2025-12-13'], want: [['Saturday', '2025-12-13', '2025-12-13']] }],
  ['on Monday with a future cue', { given: ['He will arrive on Monday.', '2025-12-13'], want: [['Monday', '2025-12-15', '2025-12-15']] }],
  ['yesterday and today', { given: ['He arrived yesterday and leaves today.', '2025-12-13'], want: [['yesterday', '2025-12-12', '2025-12-12'], ['today', '2025-12-13', '2025-12-13']] }],
  ['Wednesday evening', { given: ['He spoke on Wednesday evening.', '2025-12-13'], want: [['Wednesday evening', '2025-12-10', '2025-12-10']] }],
  ['month and week phrases', { given: ['earlier this month, this week, last week, next month', '2025-12-13'], want: [['earlier this month', '2025-12-01', '2025-12-13'], ['this week', '2025-12-08', '2025-12-14'], ['last week', '2025-12-01', '2025-12-07'], ['next month', '2026-01-01', '2026-01-31']] }],
  ['from June 1 to 3', { given: ['The talks ran from June 1 to 3.', '2025-12-13'], want: [['from June 1 to 3', '2025-06-01', '2025-06-03']] }],
  ['between May 5 and May 9', { given: ['The talks ran between May 5 and May 9.', '2025-12-13'], want: [['between May 5 and May 9', '2025-05-05', '2025-05-09']] }],
  ['range across the new year', { given: ['The talks ran from 30 December to 2 January.', '2026-01-13'], want: [['from 30 December to 2 January', '2025-12-30', '2026-01-02']] }],
  ['announced plan two days ahead', { given: ['He is due to fly to Moscow on December 15.', '2025-12-13'], want: [['December 15', '2025-12-15', '2025-12-15']] }],
  ['future cue reaches into next year', { given: ['He will visit on January 10.', '2025-12-13'], want: [['January 10', '2026-01-10', '2026-01-10']] }],
  ['a cue after the date does not count', { given: ['India and Japan signed a pact on Tuesday that will allow drills.', '2025-03-19'], want: [['Tuesday', '2025-03-18', '2025-03-18']] }],
  ['a past verb cancels an earlier cue', { given: ['He will say that they met on Tuesday.', '2025-03-19'], want: [['Tuesday', '2025-03-18', '2025-03-18']] }],
  ['agreed to meet in the autumn', { given: ['The ministers agreed to meet again in Paris in the autumn.', '2025-06-05'], want: [['the autumn', '2025-09-01', '2025-11-30']] }],
  ['in the autumn without a cue is the last one', { given: ['The ministers met in Paris in the autumn.', '2025-06-05'], want: [['the autumn', '2024-09-01', '2024-11-30']] }],
  ['no future cue: January is past', { given: ['He visited on January 10.', '2025-12-13'], want: [['January 10', '2025-01-10', '2025-01-10']] }],
  ['February 29 picks a leap year', { given: ['On February 29 the vote took place.', '2025-03-10'], want: [['February 29', '2024-02-29', '2024-02-29']] }],
  ['ago phrases', { given: ['two days ago, three weeks ago, the day before yesterday', '2025-12-13'], want: [['two days ago', '2025-12-11', '2025-12-11'], ['three weeks ago', '2025-11-17', '2025-11-23'], ['the day before yesterday', '2025-12-11', '2025-12-11']] }],
  ['seasons without a year', { given: ['last summer, this summer, next summer, last winter, this winter', '2025-12-13'], want: [['last summer', '2025-06-01', '2025-08-31'], ['this summer', '2025-06-01', '2025-08-31'], ['next summer', '2026-06-01', '2026-08-31'], ['last winter', '2024-12-01', '2025-02-28'], ['this winter', '2025-12-01', '2026-02-28']] }],
  ['in the summer', { given: ['The talks were held in the summer.', '2025-12-13'], want: [['the summer', '2025-06-01', '2025-08-31']] }],
  ['this winter in January', { given: ['this winter', '2025-01-13'], want: [['this winter', '2024-12-01', '2025-02-28']] }],
  ['the 9th of May', { given: ['The parade on the 9th of May.', '2025-12-13'], want: [['the 9th of May', '2025-05-09', '2025-05-09']] }],
  ['month parts', { given: ['the end of June, the beginning of July, the middle of March', '2025-12-13'], want: [['the end of June', '2025-06-21', '2025-06-30'], ['the beginning of July', '2025-07-01', '2025-07-10'], ['the middle of March', '2025-03-11', '2025-03-20']] }],
  ['two days joined by and', { given: ['The talks were held on December 12 and 13.', '2025-12-13'], want: [['December 12 and 13', '2025-12-12', '2025-12-13']] }],
  ['and before a count is no range', { given: ['On June 17 and 18 people died.', '2025-12-13'], want: [['June 17', '2025-06-17', '2025-06-17']] }],
  ['parts of this, last and next year', { given: ['early this year, late last year, the first half of next year', '2025-12-13'], want: [['early this year', '2025-01-01', '2025-04-30'], ['late last year', '2024-09-01', '2024-12-31'], ['the first half of next year', '2026-01-01', '2026-06-30']] }],
  ['the end of the year and month', { given: ['by the end of the year and the end of this month', '2025-12-13'], want: [['the end of the year', '2025-11-01', '2025-12-31'], ['the end of this month', '2025-12-21', '2025-12-31']] }],
  ['the past N units', { given: ['over the past two weeks, in the last 10 days, the past three months', '2025-12-13'], want: [['the past two weeks', '2025-11-30', '2025-12-13'], ['the last 10 days', '2025-12-04', '2025-12-13'], ['the past three months', '2025-09-01', '2025-12-13']] }],
  ['weeks of a month', { given: ['the last week of June and the first week of July 2024', '2025-12-13'], want: [['the last week of June', '2025-06-24', '2025-06-30'], ['the first week of July 2024', '2024-07-01', '2024-07-07']] }],
  ['quarters', { given: ['the first quarter of 2024 and the third quarter of this year', '2025-12-13'], want: [['the first quarter of 2024', '2024-01-01', '2024-03-31'], ['the third quarter of this year', '2025-07-01', '2025-09-30']] }],
  ['last, next and this weekday', { given: ['last Monday, next Friday, this Sunday', '2025-12-13'], want: [['last Monday', '2025-12-08', '2025-12-08'], ['next Friday', '2025-12-19', '2025-12-19'], ['this Sunday', '2025-12-14', '2025-12-14']] }],
];

const NOT_DATES: [string, { given: string; want: Want }][] = [
  ['an undotted month abbreviation before a capitalised word is a name (Mar Aberto, Jan Novak); Mar 3 still a date', { given: 'Ships took part in Mar Aberto 2047, and Jan Novak spoke. They met on Mar 3.', want: [['Mar 3', '2025-03-03', '2025-03-03']] }],
  ['counts, articles, models, ordinals', { given: 'The treaty has 23 articles and 1,000 combat engineers under Article 4, Su-35, 76,000 and the 11th Army Corps and 528th Regiment.', want: [] }],
  ['bare year without date context', { given: 'The 2024 budget has 2025 lines.', want: [] }],
  ['year followed by a plural noun', { given: 'They built in 2000 houses.', want: [] }],
  ['a name that is a month', { given: 'Theresa May met him.', want: [] }],
  ['the modal may', { given: 'He may come 5 times.', want: [] }],
  ['February 30', { given: 'On February 30 nothing happened.', want: [] }],
  ['decimals and times', { given: 'A 3.5 percent rise at 10:30.', want: [] }],
  ['three-day visit', { given: 'Lavrov began a three-day visit.', want: [] }],
];

describe('findDates', () => {
  it.each(DEV_CORPUS)('dev corpus: %s', (_name, { given, want }) => {
    expect(run(...given)).toEqual(want);
  });
  it.each(ABSOLUTE)('absolute: %s', (_name, { given, want }) => {
    expect(run(...given)).toEqual(want);
  });
  it.each(RELATIVE)('relative: %s', (_name, { given, want }) => {
    expect(run(...given)).toEqual(want);
  });
  it.each(NOT_DATES)('not a date: %s', (_name, { given, want }) => {
    expect(run(given, '2025-12-13')).toEqual(want);
  });

  it('reads a month fronted before a future clause as ahead of the document ("In September, the brigade will take part in X"), and one before a past clause as behind it', () => {
    expect(run('In September, the 5th Brigade will take part in the Zapad exercise.', '2058-06-15')).toEqual([['September', '2058-09-01', '2058-09-30']]);
    expect(run('In September, the 8th Brigade took part in the Neman exercise.', '2058-06-15')).toEqual([['September', '2057-09-01', '2057-09-30']]);
  });

  it('reads "on the 9th" with no month as that day of the document\'s month, or of the month before when later than the document\'s day', () => {
    expect(run('They signed the agreement in Warsaw on the 9th, the ministry said on the 10th.', '2037-12-10')).toEqual([['the 9th', '2037-12-09', '2037-12-09'], ['the 10th', '2037-12-10', '2037-12-10']]);
    expect(run('The ship arrived on the 28th.', '2037-12-03')).toEqual([['the 28th', '2037-11-28', '2037-11-28']]);
    expect(run('He served on the 9th Brigade staff and on the 17th of June left.', '2037-12-10')).toEqual([['the 17th of June', '2037-06-17', '2037-06-17']]);
  });

  it('joins two consecutive days coordinated by "and" into one span, and only those', () => {
    expect(run('The meeting, held on Monday and Tuesday, was attended by delegations.', '2028-11-23')).toEqual([['Monday and Tuesday', '2028-11-20', '2028-11-21']]);
    expect(run('They met on Monday and on Thursday.', '2028-11-23')).toEqual([['Monday', '2028-11-20', '2028-11-20'], ['Thursday', '2028-11-23', '2028-11-23']]);
  });

  it('gives offsets into the sentence', () => {
    const sentence = 'Kim Jong Un crossed into Russia on September 12 and left in late September 2023.';
    for (const m of findDates(sentence, '2023-09-16')) expect(sentence.slice(m.start, m.end)).toBe(m.text);
    expect(findDates(sentence).map((m) => m.text)).toEqual(['September 12', 'late September 2023']);
  });

  it('keeps relative mentions without an interval when the document date is unknown', () => {
    const found = findDates('He arrived on June 17 and left yesterday; the treaty dates from 12 December 2025.');
    expect(found.map((m) => [m.text, m.kind, m.interval])).toEqual([
      ['June 17', 'relative', undefined],
      ['yesterday', 'relative', undefined],
      ['12 December 2025', 'absolute', { start: '2025-12-12', end: '2025-12-12' }],
    ]);
  });

  it('ignores an invalid document date like a missing one', () => {
    expect(findDates('It happened on June 17.', '2025-13-45')[0]?.interval).toBeUndefined();
  });
});

describe('anaphoric dates', () => {
  const ANAPHORA: [string, { given: string; want: [string, number, number][] }][] = [
    ['the same day', { given: 'The two ministers held talks later the same day.', want: [['later the same day', 0, 0]] }],
    ['the next day', { given: 'The next day he visited the Vostochny Cosmodrome.', want: [['The next day', 1, 1]] }],
    ['in the evening', { given: 'In the evening, Putin and Kim attended a state reception.', want: [['In the evening', 0, 0]] }],
    ['later in the morning', { given: 'Later in the morning Kim hosted an official welcome ceremony.', want: [['Later in the morning', 0, 0]] }],
    ['the day before', { given: 'He had arrived the day before.', want: [['the day before', -1, -1]] }],
    ['three days later', { given: 'Three days later, they met again.', want: [['Three days later', 3, 3]] }],
    ['the following week', { given: 'They met again the following week.', want: [['the following week', 1, 7]] }],
    ['not the evening of a date', { given: 'He left in the evening of July 11.', want: [] }],
  ];
  it.each(ANAPHORA)('%s', (_name, { given, want }) => {
    const found = findDates(given, '2023-09-16').filter((m) => m.kind === 'anaphoric');
    expect(found.map((m) => [m.text, m.shift?.from, m.shift?.to])).toEqual(want);
    for (const m of found) expect(m.interval).toBeUndefined();
  });

  it('resolves against a reference day given as an option', () => {
    const [m] = findDates('The next day he visited the Vostochny Cosmodrome.', '2023-09-16', { reference: '2023-09-12' });
    expect(m?.interval).toEqual({ start: '2023-09-13', end: '2023-09-13' });
  });

  it('resolves later with resolveAnaphoric', () => {
    const [m] = findDates('The two ministers held talks later the same day.', '2024-11-30');
    expect(resolveAnaphoric(m!, '2024-11-29').interval).toEqual({ start: '2024-11-29', end: '2024-11-29' });
  });

  it('leaves non-anaphoric mentions unchanged', () => {
    const m = resolveDateText('June 17', '2025-12-13')!;
    expect(resolveAnaphoric(m, '2020-01-01')).toBe(m);
  });
});

describe('findDocumentDates', () => {
  const sentences = (...texts: string[]) => texts.map((text) => ({ text }));
  const anaphora = (texts: string[], doc?: string) =>
    findDocumentDates(sentences(...texts), doc).flat().filter((m) => m.kind === 'anaphoric').map((m) => [m.text, m.interval?.start ?? '-']);

  it.each([
    ['the next day after a day (dev 002)', { given: ['Kim crossed into Russia on September 12.', 'The next day he visited the cosmodrome.'], want: [['The next day', '2023-09-13']] }],
    ['the same day in the same sentence', { given: ['He arrived on September 14 and left later the same day.'], want: [['later the same day', '2023-09-14']] }],
    ['a chain of anaphora', { given: ['They met on September 10.', 'The next day they talked.', 'The following day they left.'], want: [['The next day', '2023-09-11'], ['The following day', '2023-09-12']] }],
    ['the document date before any mention', { given: ['In the evening, they attended a reception.'], want: [['In the evening', '2023-09-16']] }],
    ['unresolved after a longer interval', { given: ['Troops crossed in August 2023.', 'The next day they advanced.'], want: [['The next day', '-']] }],
  ])('%s', (_name, { given, want }) => {
    expect(anaphora(given, '2023-09-16')).toEqual(want);
  });

  it('leaves anaphora unresolved without a document date or mention', () => {
    expect(anaphora(['The next day he left.'])).toEqual([['The next day', '-']]);
  });

  it('returns one list per sentence', () => {
    expect(findDocumentDates(sentences('No date here.', 'On June 17 and in 2024.'), '2025-12-13').map((list) => list.length)).toEqual([0, 2]);
  });
});

describe('findDates on pathological input', () => {
  it.each([
    ['dashes', '2024-'.repeat(100_000)],
    ['month names', 'June '.repeat(100_000)],
    ['anaphora fragments', 'the same the next the day before '.repeat(20_000)],
    ['numbers', '1 2 3 4 5 6 7 8 9 10 '.repeat(20_000)],
    ['ranges', 'from June 1 to 3 between May 5 and 9 '.repeat(10_000)],
  ])('%s: bounded output with valid offsets', (_name, text) => {
    const found = findDates(text, '2025-12-13');
    expect(found.length).toBeLessThanOrEqual(text.length / 4);
    for (const m of found.slice(0, 100)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds every range of a long repetitive sentence', () => {
    const found = findDates('from June 1 to 3 between May 5 and 9 '.repeat(1000), '2025-12-13');
    expect(found).toHaveLength(2000);
    expect(found[1]).toMatchObject({ text: 'between May 5 and 9', interval: { start: '2025-05-05', end: '2025-05-09' } });
  });
});

describe('resolveDateText', () => {
  it.each([
    ['Early in August', '2025-12-13', { start: '2025-08-01', end: '2025-08-10' }],
    ['in the summer of 2024', '2025-12-13', { start: '2024-06-01', end: '2024-08-31' }],
    ['On June 17', '2025-12-13', { start: '2025-06-17', end: '2025-06-17' }],
  ])('%s (doc %s)', (text, doc, want) => {
    expect(resolveDateText(text, doc)?.interval).toEqual(want);
  });

  it('returns undefined for text without a date', () => {
    expect(resolveDateText('23 articles', '2025-12-13')).toBeUndefined();
  });
});

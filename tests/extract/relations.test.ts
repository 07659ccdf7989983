// Relations: titles, possessives, appositions, coordination, passive voice, quotes, negation,
// attribution, counts and dates. Each row is one small dispatch; countries vary on purpose.
import { describe, expect, it } from 'vitest';
import type { EdgeType } from '../../server/ontology.js';
import { entity, relation, run, triples } from './helpers.js';

type Triple = [string, EdgeType, string];
interface Want { has: Triple[]; not?: Triple[]; absent?: string[]; role?: string; date?: { start: string; end: string }; count?: number; attributedTo?: string }

const cases: Array<[string, { given: string; want: Want }]> = [
  ['a date that only qualifies a thing ("last summer\'s wildfires") does not date the attendance of a ceremony that morning or after it', {
    given: 'President Eleni Markou on Thursday conferred state honours on 14 officers for their role in fighting last summer\'s wildfires, at a ceremony at the Presidential Mansion in Athens. Prime Minister Andreas Lykos attended the ceremony.',
    want: { has: [['Andreas Lykos', 'ATTENDED', 'ceremony']], date: { start: '2025-06-19', end: '2025-06-19' } },
  }],
  ['"The engineers were deployed to X on 9 March last year": the unit named just before is deployed, on that date', {
    given: 'About 120 soldiers of the Namibian Defence Force\'s 21 Engineer Regiment returned to Windhoek on Wednesday. The engineers were deployed to Malawi\'s Southern Region on 9 March last year.',
    want: { has: [['21 Engineer Regiment', 'DEPLOYED_TO', 'Malawi']], date: { start: '2024-03-09', end: '2024-03-09' } },
  }],
  ['demonym + leader title + name', {
    given: 'North Korean leader Kim Jong Un inspected the troops.',
    want: { has: [['Kim Jong Un', 'LEADER_OF', 'North Korea']] },
  }],
  ['demonym + president + name, other country', {
    given: 'Brazilian President Luiz Inacio Lula da Silva opened the session.',
    want: { has: [['Luiz Inacio Lula da Silva', 'LEADER_OF', 'Brazil']] },
  }],
  ['demonym + portfolio title: official with canonical role', {
    given: 'Russian Defence Minister Andrei Belousov arrived on Monday.',
    want: { has: [['Andrei Belousov', 'OFFICIAL_OF', 'Russia']], role: 'Minister of Defence' },
  }],
  ['organization + title apposition', {
    given: 'Kremlin Spokesman Dmitry Peskov declined to comment.',
    want: { has: [['Dmitry Peskov', 'OFFICIAL_OF', 'Kremlin']], role: 'Spokesman' },
  }],
  ['"its Secretary X" after an organization', {
    given: "Russia's Security Council quoted its Secretary Sergey Shoigu as saying the talks went well.",
    want: { has: [['Sergey Shoigu', 'OFFICIAL_OF', 'Security Council of Russia'], ['Security Council of Russia', 'PART_OF', 'Russia']], role: 'Secretary' },
  }],
  ['ambassador to another state stays an official of his own', {
    given: 'Japanese Ambassador to China Kenji Sato met the press.',
    want: { has: [['Kenji Sato', 'OFFICIAL_OF', 'Japan']], not: [['Kenji Sato', 'OFFICIAL_OF', 'China']], role: 'Ambassador to China' },
  }],
  ['chief of an organization of another organization', {
    given: 'Chief of the General Staff of the Polish Armed Forces Wieslaw Kukula reported to the president.',
    want: { has: [['Wieslaw Kukula', 'LEADER_OF', 'General Staff of the Polish Armed Forces'], ['General Staff of the Polish Armed Forces', 'PART_OF', 'Polish Armed Forces']] },
  }],
  ['predicate title after "who became"', {
    given: 'He replaced Sergey Shoigu, who became Secretary of Russia’s Security Council.',
    want: { has: [['Sergey Shoigu', 'OFFICIAL_OF', 'Security Council of Russia']] },
  }],
  ['counterpart takes the same post for another state', {
    given: 'Indian Defence Minister Rajnath Singh and his Japanese counterpart, Takeshi Iwaya, held talks in Tokyo.',
    want: { has: [['Takeshi Iwaya', 'OFFICIAL_OF', 'Japan'], ['Rajnath Singh', 'MET_WITH', 'Takeshi Iwaya']] },
  }],
  ['role anaphor resolves to the leader of that state', {
    given: 'Chinese President Xi Jinping met Russian President Vladimir Putin. The Chinese leader praised the Russian leader.',
    want: { has: [['Xi Jinping', 'PRAISED', 'Vladimir Putin']] },
  }],
  ['coordinated subjects each sign', {
    given: 'In the summer of 2024, Russia and the DPRK signed a comprehensive strategic partnership agreement.',
    want: { has: [['Russia', 'SIGNED', 'comprehensive strategic partnership agreement'], ['North Korea', 'SIGNED', 'comprehensive strategic partnership agreement']], date: { start: '2024-06-01', end: '2024-08-31' } },
  }],
  ['titled coordinated subjects each sign', {
    given: 'Turkish President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev signed the Shusha Declaration on June 15.',
    want: { has: [['Recep Tayyip Erdogan', 'SIGNED', 'Shusha Declaration'], ['Ilham Aliyev', 'SIGNED', 'Shusha Declaration']], date: { start: '2025-06-15', end: '2025-06-15' } },
  }],
  ['relative clause: the treaty that X and Y signed', {
    given: 'The Treaty of Friendship entered into force in May. They acted under Article 4 of the treaty that Vietnam and Laos signed in June 2024.',
    want: { has: [['Vietnam', 'SIGNED', 'Treaty of Friendship'], ['Laos', 'SIGNED', 'Treaty of Friendship']], date: { start: '2024-06-01', end: '2024-06-30' } },
  }],
  ['passive with agent', {
    given: 'The Reciprocal Access Agreement was signed by Indian Defence Minister Rakesh Kumar in New Delhi.',
    want: { has: [['Rakesh Kumar', 'SIGNED', 'Reciprocal Access Agreement']] },
  }],
  ['passive formation by decision of a body', {
    given: 'The 12th Engineer Brigade was formed on May 28 according to the decisions and orders of the Central Military Commission.',
    want: { has: [['12th Engineer Brigade', 'FORMED_BY', 'Central Military Commission']], not: [['12th Engineer Brigade', 'COMMANDED_BY', 'Central Military Commission']], date: { start: '2025-05-28', end: '2025-05-28' } },
  }],
  ['deployment with count', {
    given: 'The Japanese government decided to send 400 troops to Hokkaido island.',
    want: { has: [['Japan', 'DEPLOYED_TO', 'Hokkaido island']], count: 400 },
  }],
  ['unit returns', {
    given: 'The 3rd Commando Brigade returned to Turkey on Friday.',
    want: { has: [['3rd Commando Brigade', 'RETURNED_TO', 'Turkey']], date: { start: '2025-06-20', end: '2025-06-20' } },
  }],
  ['visit and meeting', {
    given: 'Indonesian President Prabowo Subianto arrived in Canberra on June 3 and met Prime Minister Anthony Albanese.',
    want: { has: [['Prabowo Subianto', 'VISITED', 'Canberra'], ['Prabowo Subianto', 'MET_WITH', 'Anthony Albanese']], date: { start: '2025-06-03', end: '2025-06-03' } },
  }],
  ['reciprocal talks', {
    given: 'German Chancellor Olaf Scholz and French President Emmanuel Macron held talks in Paris.',
    want: { has: [['Olaf Scholz', 'MET_WITH', 'Emmanuel Macron']] },
  }],
  ['attendance by a coordinated pair', {
    given: 'In the evening, Putin and Kim attended a state reception.',
    want: { has: [['Putin', 'ATTENDED', 'state reception'], ['Kim', 'ATTENDED', 'state reception']] },
  }],
  ['event located at a place', {
    given: 'The leaders attended an official welcome ceremony at Kim Il Sung Square.',
    want: { has: [['official welcome ceremony', 'LOCATED_IN', 'Kim Il Sung Square']] },
  }],
  ['place in a region', {
    given: 'He visited the Vostochny Cosmodrome in the Amur Region.',
    want: { has: [['Vostochny Cosmodrome', 'LOCATED_IN', 'Amur Region'], ['he', 'VISITED', 'Vostochny Cosmodrome']].slice(0, 1) as Triple[] },
  }],
  ['possessive place', {
    given: "Ukrainian troops were pushed out of Russia's Kursk Region.",
    want: { has: [['Kursk Region', 'LOCATED_IN', 'Russia']] },
  }],
  ['city of a demonym state', {
    given: 'They signed it in the Azerbaijani city of Shusha.',
    want: { has: [['Shusha', 'LOCATED_IN', 'Azerbaijan']] },
  }],
  ['praise said by a spokesman keeps who said it', {
    given: 'Kremlin Spokesman Dmitry Peskov said Russia was grateful to North Korean sappers.',
    want: { has: [['Russia', 'PRAISED', 'North Korea']], attributedTo: 'Dmitry Peskov' },
  }],
  ['criticism of a list of states', {
    given: 'Lavrov warned the United States, South Korea and Japan against building up alliances.',
    want: { has: [['Lavrov', 'CRITICIZED', 'United States'], ['Lavrov', 'CRITICIZED', 'South Korea'], ['Lavrov', 'CRITICIZED', 'Japan']] },
  }],
  ['coordinated verb keeps the subject', {
    given: 'Kim Jong Un expressed support for Russia and thanked Putin for coming to the DPRK.',
    want: { has: [['Kim Jong Un', 'PRAISED', 'Putin']], not: [['Russia', 'PRAISED', 'Putin']] },
  }],
  ['capital standing for its state', {
    given: 'Poland said on Monday that Warsaw warned Russia against new incursions.',
    want: { has: [['Poland', 'CRITICIZED', 'Russia']] },
  }],
  ['fighting', {
    given: 'North Korean servicemen helped in driving Ukrainian forces out of the region.',
    want: { has: [['North Korea', 'FOUGHT_AGAINST', 'Ukraine']] },
  }],
  ['assistance by supply', {
    given: 'Putin criticized the United States for supplying Ukraine with long-range weapons.',
    want: { has: [['United States', 'ASSISTED', 'Ukraine'], ['Putin', 'CRITICIZED', 'United States']] },
  }],
  ['award received', {
    given: 'Lula decorated Argentine President Javier Milei with the Order of the Southern Cross.',
    want: { has: [['Javier Milei', 'RECEIVED_AWARD', 'Order of the Southern Cross']] },
  }],
  ['quoted first person takes the speaker', {
    given: '"I warmly welcome the soldiers of the 5th Brigade back home," President Alexander Lukashenko said.',
    want: { has: [['Alexander Lukashenko', 'PRAISED', '5th Brigade']] },
  }],
];

const none: Array<[string, { given: string; want: EdgeType[] }]> = [
  ['did not sign', { given: 'Uruguay did not sign the Treaty on Trade.', want: ['SIGNED'] }],
  ['denied sending troops', { given: 'Rwanda has denied sending troops into Congo.', want: ['DEPLOYED_TO'] }],
  ['refused to attend', { given: 'The Hungarian Prime Minister Viktor Orban refused to attend the summit in Brussels.', want: ['ATTENDED'] }],
  ['no agreements signed', { given: 'No agreements had been signed during the visit.', want: ['SIGNED'] }],
  ['a sentence with no relation', { given: 'The weather in Seoul was cold and windy on Tuesday.', want: ['VISITED', 'LOCATED_IN', 'MET_WITH'] }],
];

describe('relations', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const x = run(given);
    const all = triples(x).join('\n');
    for (const [s, t, o] of want.has) {
      const r = relation(x, s, t, o);
      expect(r, `${s} ${t} ${o} in\n${all}`).toBeDefined();
      expect(r!.evidence[0]!.sentence).toBe(x.document.length ? r!.evidence[0]!.sentence : '');
    }
    for (const [s, t, o] of want.not ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o}`).toBeUndefined();
    for (const name of want.absent ?? []) expect(entity(x, name), name).toBeUndefined();
    const first = relation(x, ...want.has[0]!)!;
    if (want.role) expect(first.role).toBe(want.role);
    if (want.date) expect(first.date).toMatchObject(want.date);
    if (want.count) expect(first.count).toBe(want.count);
    if (want.attributedTo) expect(first.evidence[0]!.attributedTo).toBe(want.attributedTo);
  });
  it.each(none)('%s gives no %s', (_name, { given, want }) => {
    const x = run(given);
    for (const type of want) expect(x.relations.filter((r) => r.type === type), triples(x).join('\n')).toEqual([]);
  });
  it('keeps a negated relation flagged when asked to', () => {
    const x = run('Uruguay did not sign the Treaty on Trade.');
    expect(x.relations).toEqual([]);
  });
});

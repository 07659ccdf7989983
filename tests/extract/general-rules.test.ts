// General grammatical and lexical rules that carry relations to text the extractor was not
// written against: unit names without an ordinal, participation verbs (led, involved,
// commanded), coordination across modifiers ("and visiting President Y"), and more. One small
// dispatch per row; names and countries are invented or varied on purpose.
import { describe, expect, it } from 'vitest';
import type { EdgeType, NodeType } from '../../server/ontology.js';
import { entity, foundRelation, relation, run, triples } from './helpers.js';

type Triple = [string, EdgeType, string];
interface Want { has?: Triple[]; not?: Triple[]; entities?: Array<[string, NodeType]> }

const cases: Array<[string, { given: string; want: Want }]> = [
  ['a unit head after a proper name makes a unit without an ordinal', {
    given: 'The Tormund Regiment and the Valdor Brigade moved north.',
    want: { entities: [['Tormund Regiment', 'unit'], ['Valdor Brigade', 'unit']] },
  }],
  ['a demonym before a unit head: the unit of that state', {
    given: 'The Moldovan Division trained near the border.',
    want: { entities: [['Moldovan Division', 'unit'], ['Moldova', 'state']] },
  }],
  ['passive "was led by" a unit: the unit takes part in the event', {
    given: 'The drills were led by the Ostrava Brigade.',
    want: { has: [['Ostrava Brigade', 'ATTENDED', 'drills']] },
  }],
  ['"the exercise involved X": X takes part', {
    given: 'The exercise involved the 4th Mountain Regiment.',
    want: { has: [['4th Mountain Regiment', 'ATTENDED', 'exercise']] },
  }],
  ['a parade "commanded by" a general: he takes part, no COMMANDED_BY to an event', {
    given: 'Thousands marched in the parade, which was commanded by Major General Ilir Basha.',
    want: { has: [['Ilir Basha', 'ATTENDED', 'parade']] },
  }],
  ['coordination across "visiting": both attend', {
    given: 'Chilean President Rosa Mendez and visiting Uruguayan President Tomas Ferreira attended a military parade in Santiago.',
    want: { has: [['Rosa Mendez', 'ATTENDED', 'military parade'], ['Tomas Ferreira', 'ATTENDED', 'military parade']] },
  }],
  ['"the celebration" refers back to the parade', {
    given: 'A military parade was held in Tirana on Friday. President Ana Dervishi attended the celebration.',
    want: { has: [['Ana Dervishi', 'ATTENDED', 'military parade']], entities: [['military parade', 'event']] },
  }],
  ['"the forum" refers back to the summit', {
    given: 'An emergency summit opened in Lusaka. Foreign Minister Tendai Moyo addressed the forum.',
    want: { has: [['Tendai Moyo', 'ATTENDED', 'emergency summit']] },
  }],
  ['"together with" companions attend too', {
    given: 'President Ana Dervishi attended the parade, together with Greek President Nikos Vlachos and Croatian Prime Minister Ivo Peric.',
    want: { has: [['Ana Dervishi', 'ATTENDED', 'parade'], ['Nikos Vlachos', 'ATTENDED', 'parade'], ['Ivo Peric', 'ATTENDED', 'parade']] },
  }],
  ['coordinated demonym subjects that "clashed" fight each other', {
    given: 'Armenian and Azerbaijani border guards clashed overnight near the Lachin crossing.',
    want: { has: [['Armenia', 'FOUGHT_AGAINST', 'Azerbaijan'], ['Azerbaijan', 'FOUGHT_AGAINST', 'Armenia']], entities: [['Lachin crossing', 'place']] },
  }],
  ['"repelled an attack by X": the unit fights X', {
    given: 'The 12th Mountain Brigade repelled an attack by Tajik forces.',
    want: { has: [['12th Mountain Brigade', 'FOUGHT_AGAINST', 'Tajikistan']] },
  }],
  ['"talks between X and Y": they meet', {
    given: 'The signing followed talks between Ghanaian President Kofi Mensah and Togolese Prime Minister Yawa Agbeko.',
    want: { has: [['Kofi Mensah', 'MET_WITH', 'Yawa Agbeko']] },
  }],
  ['"presented the Order to X": X receives it; the presenter attends the ceremony', {
    given: 'President Laila Haidari presented the Order of Merit to the 5th Rifle Division at a ceremony in Dushanbe.',
    want: { has: [['5th Rifle Division', 'RECEIVED_AWARD', 'Order of Merit'], ['Laila Haidari', 'ATTENDED', 'ceremony']] },
  }],
  ['no attendance from "did not speak at the summit"', {
    given: 'A summit opened in Accra. Foreign Minister Yawa Agbeko did not speak at the summit.',
    want: { not: [['Yawa Agbeko', 'ATTENDED', 'summit']] },
  }],
  ['a capital thanked stands for its state', {
    given: 'New Zealand sent engineers to Fiji. Prime Minister Josaia Vuni thanked Wellington for its help.',
    want: { has: [['Josaia Vuni', 'PRAISED', 'New Zealand']] },
  }],
  ['participle "thanking" praises', {
    given: 'Prime Minister Josaia Vuni spoke to reporters, thanking Australia for its support.',
    want: { has: [['Josaia Vuni', 'PRAISED', 'Australia']] },
  }],
  ['a year inside an event name ("Zarya 2024 exercise")', {
    given: 'Troops from Mongolia took part in the Zarya 2024 exercise.',
    want: { entities: [['Zarya 2024 exercise', 'event']] },
  }],
  ['"troops from X and Y took part": the states take part', {
    given: 'About 2,000 troops from Mongolia and Kazakhstan took part in the Steppe Eagle exercise.',
    want: { has: [['Mongolia', 'ATTENDED', 'Steppe Eagle exercise'], ['Kazakhstan', 'ATTENDED', 'Steppe Eagle exercise']] },
  }],
  ['"planes from X" is not a list of actors', {
    given: 'Planes from Japan flew to Guam.',
    want: { not: [['Japan', 'VISITED', 'Guam'], ['Japan', 'DEPLOYED_TO', 'Guam']] },
  }],
  ['"Statement of X on Y" is an agreement; "the two governments" sign it', {
    given: 'Minister Ana Lopes arrived in Dili from Portugal. She met officials of Timor-Leste, and the two governments signed a Statement of Partnership on Maritime Security.',
    want: { entities: [['Statement of Partnership on Maritime Security', 'agreement']], has: [['Portugal', 'SIGNED', 'Statement of Partnership on Maritime Security'], ['Timor-Leste', 'SIGNED', 'Statement of Partnership on Maritime Security']] },
  }],
  ['"X, the UAE Minister of State": a capitalised title after the name is his', {
    given: 'The deal was signed by Khalfan Al Kaabi, the UAE Minister of State for Defence Affairs.',
    want: { has: [['Khalfan Al Kaabi', 'OFFICIAL_OF', 'United Arab Emirates']] },
  }],
  ['passive "the title was conferred on X": X receives it', {
    given: 'The title of Hero of Kazakhstan was conferred on Colonel Serik Nurlanov.',
    want: { has: [['Serik Nurlanov', 'RECEIVED_AWARD', 'Hero of Kazakhstan']] },
  }],
  ['an award name keeps nested "of" complements', {
    given: 'The president conferred the Order of the Star of Africa on Amara Kone.',
    want: { entities: [['Order of the Star of Africa', 'award']], has: [['Amara Kone', 'RECEIVED_AWARD', 'Order of the Star of Africa']] },
  }],
  ['"the Swedish Army\'s X Regiment": the possessor owns the unit', {
    given: "The Swedish Army's Lapland Regiment moved north.",
    want: { entities: [['Lapland Regiment', 'unit']], has: [['Lapland Regiment', 'PART_OF', 'Swedish Army']] },
  }],
  ['"were among those present": the event last mentioned', {
    given: 'Leaders met in Lusaka on Friday for an emergency summit. Zambian President Mwila Banda opened the summit. Malawian President Chikondi Phiri and Namibian Foreign Minister Ndapewa Shikongo were among those present. Later, Mwila Banda addressed the summit again.',
    want: { has: [['Chikondi Phiri', 'ATTENDED', 'emergency summit'], ['Ndapewa Shikongo', 'ATTENDED', 'emergency summit']] },
  }],
  ['"met in the city of X for a summit": the summit lies in X', {
    given: 'Leaders of the bloc met in the Zambian city of Livingstone on Friday for an extraordinary summit.',
    want: { has: [['extraordinary summit', 'LOCATED_IN', 'Livingstone']] },
  }],
  ['"After the parade, X held talks at Y": Y is not where the parade was', {
    given: 'A parade was held in Astana. After the parade, Kassym Nurov and Ilham Rzayev held talks at the Akorda Palace and signed a Joint Statement on Strategic Partnership.',
    want: { not: [['parade', 'LOCATED_IN', 'Akorda Palace']], has: [['Kassym Nurov', 'MET_WITH', 'Ilham Rzayev'], ['Ilham Rzayev', 'SIGNED', 'Joint Statement on Strategic Partnership'], ['Kassym Nurov', 'SIGNED', 'Joint Statement on Strategic Partnership']] },
  }],
  ['"appreciated" praises', {
    given: 'Vice Premier Li Wen said China appreciated Nepal\'s efforts.',
    want: { has: [['China', 'PRAISED', 'Nepal']] },
  }],
  ['a visit to a foreign capital is a visit to its state', {
    given: 'Chinese Vice Premier Liu Wen arrived in Kathmandu on Sunday. Nepal welcomed the visit.',
    want: { has: [['Liu Wen', 'VISITED', 'Kathmandu'], ['Liu Wen', 'VISITED', 'Nepal']] },
  }],
  ['travel within one\'s own state is no visit to it', {
    given: 'Nepali Prime Minister Ram Thapa arrived in Kathmandu on Sunday from Nepal\'s west.',
    want: { not: [['Ram Thapa', 'VISITED', 'Nepal']] },
  }],
  ['"visited X": an unknown single name after a visit verb is a place', {
    given: 'Interior Minister Farid Khan, who visited Chaman on Wednesday, said the border would stay closed.',
    want: { entities: [['Chaman', 'place']], has: [['Farid Khan', 'VISITED', 'Chaman']] },
  }],
  ['"the exercise, which ended in southern X": the exercise lies in X', {
    given: 'Troops took part in the Iron Wolf 2024 exercise, which ended in southern Lithuania on Friday.',
    want: { has: [['Iron Wolf 2024 exercise', 'LOCATED_IN', 'Lithuania']] },
  }],
  ['"who chairs the bloc": the bloc is the intergovernmental body named before', {
    given: 'Leaders of the Southern African Development Community met on Friday. Zambian President Mwila Banda, who chairs the bloc, opened the meeting.',
    want: { has: [['Mwila Banda', 'LEADER_OF', 'Southern African Development Community']] },
  }],
  ['capitalised title, comma, descriptor and name', {
    given: 'The president decorated the outgoing Executive Secretary of the Southern African Development Community, Malawian diplomat Chikondi Phiri, on Friday.',
    want: { has: [['Chikondi Phiri', 'OFFICIAL_OF', 'Southern African Development Community']] },
  }],
  ['"had been expected to travel": no visit', {
    given: 'Chilean President Rosa Mendez, who had been expected to travel to Lima, stayed in Santiago.',
    want: { has: [['Rosa Mendez', 'LEADER_OF', 'Chile']], not: [['Rosa Mendez', 'VISITED', 'Lima']] },
  }],
  ['"the Party leader" is whoever leads the party, not the last leader named', {
    given: 'General Secretary of the Lao People\'s Revolutionary Party Sone Vongsa and Thai Prime Minister Anan Chai attended the parade. In his speech, the Party leader thanked Vietnam and Cambodia for their support.',
    want: { has: [['Sone Vongsa', 'PRAISED', 'Vietnam'], ['Sone Vongsa', 'PRAISED', 'Cambodia']], not: [['Anan Chai', 'PRAISED', 'Vietnam']] },
  }],
  ['"witnessed the signing": the signing ceremony named before', {
    given: 'Ghana and Togo signed a border agreement at a ceremony in Accra. Ghanaian President Kofi Mensah and visiting Togolese Prime Minister Yawa Agbeko witnessed the signing.',
    want: { has: [['Kofi Mensah', 'ATTENDED', 'ceremony'], ['Yawa Agbeko', 'ATTENDED', 'ceremony']] },
  }],
  ['"the talks" with no talks named before creates no event', {
    given: 'Ghanaian President Kofi Mensah praised the talks.',
    want: { not: [['Kofi Mensah', 'PRAISED', 'talks']] },
  }],
  ['portfolio words (railways) and "deputy head of X\'s Commission"', {
    given: 'The memorandum was signed by Kenyan Railways Minister John Otieno and Li Wen, deputy head of China\'s National Development and Reform Commission.',
    want: { has: [['John Otieno', 'OFFICIAL_OF', 'Kenya'], ['Li Wen', 'OFFICIAL_OF', 'National Development and Reform Commission']], not: [['Li Wen', 'LEADER_OF', 'China']] },
  }],
  ['"accused X of arming Y": the accusation, not the arming', {
    given: 'Congolese Foreign Minister Patrick Lukusa accused Uganda of arming the ADF rebel group.',
    want: { has: [['Patrick Lukusa', 'CRITICIZED', 'Uganda']], not: [['Uganda', 'ASSISTED', 'ADF']] },
  }],
  ['a named force is a unit, an air force an organization', {
    given: 'The SADC Standby Force and the Zambian Air Force took part.',
    want: { entities: [['SADC Standby Force', 'unit'], ['Zambian Air Force', 'organization']] },
  }],
  ['"talks between X and Y" after a passive signing: only X and Y meet', {
    given: 'The accord was signed by Finance Minister Aidos Kemelov and his Kyrgyz counterpart, Bakyt Osmonov, after talks between Kazakh President Askar Nurlanov and Kyrgyz President Almaz Tokoev.',
    want: { has: [['Askar Nurlanov', 'MET_WITH', 'Almaz Tokoev']], not: [['Askar Nurlanov', 'MET_WITH', 'Bakyt Osmonov']] },
  }],
  ['"called on the Commander of X, Major General Y": meeting and leadership', {
    given: 'Its commanding officer, Captain Ravi Nair, called on the Commander of the Tanzania Navy, Major General Juma Said.',
    want: { has: [['Ravi Nair', 'MET_WITH', 'Juma Said'], ['Juma Said', 'LEADER_OF', 'Tanzania Navy']] },
  }],
  ['"thanked X for the donation of boats to Y": X assisted Y', {
    given: 'Cabinet Secretary Mary Njeri thanked Japan for the donation of two patrol boats to the Kenya Coast Guard Service.',
    want: { has: [['Mary Njeri', 'PRAISED', 'Japan'], ['Japan', 'ASSISTED', 'Kenya Coast Guard Service']] },
  }],
  ['a sea named with a demonym lies in no state', {
    given: 'The ship was deployed to the Indian Ocean in May.',
    want: { entities: [['Indian Ocean', 'place']], not: [['Indian Ocean', 'LOCATED_IN', 'India']] },
  }],
  ['more portfolio words keep the name clean', {
    given: 'Minister of Water Resources and Irrigation Dilnoza Karimova spoke.',
    want: { entities: [['Dilnoza Karimova', 'person']] },
  }],
  ['"The ship, which is part of the X Fleet, was deployed": the ship is deployed', {
    given: 'The frigate INS Kiran arrived in Port Louis. The ship, which is part of the Southern Fleet, was deployed to the Arabian Sea in January.',
    want: { has: [['INS Kiran', 'PART_OF', 'Southern Fleet'], ['INS Kiran', 'DEPLOYED_TO', 'Arabian Sea']], not: [['Southern Fleet', 'DEPLOYED_TO', 'Arabian Sea']] },
  }],
  ['"a joint commission of the two countries, set up by the agreement": the countries formed nothing', {
    given: 'Ghana and Togo signed a border agreement. A joint commission of the two countries, set up by the agreement, will meet in Lome.',
    want: { not: [['border agreement', 'FORMED_BY', 'Ghana'], ['border agreement', 'FORMED_BY', 'Togo']] },
  }],
  ['"off X": a place', {
    given: 'The two ships will hold a passing exercise off Lamu on Saturday.',
    want: { entities: [['Lamu', 'place']] },
  }],
  ['a name followed by its own acronym is an organization', {
    given: 'Inter-Services Public Relations (ISPR), the media wing of the armed forces, issued a statement.',
    want: { entities: [['Inter-Services Public Relations', 'organization'], ['ISPR', 'organization']] },
  }],
  ['"during the exercise, which was hosted at X": the exercise lies in X', {
    given: 'The air force flew during the Desert Falcon exercise, which was hosted at Al Minhad Air Base.',
    want: { has: [['Desert Falcon exercise', 'LOCATED_IN', 'Al Minhad Air Base']] },
  }],
  ['"commander of the 38th brigade": the unit named with that ordinal', {
    given: 'The 12th Mechanized Brigade and the 38th Air Assault Brigade marched. Colonel Ivan Petrenko, commander of the 38th brigade, was decorated.',
    want: { has: [['Ivan Petrenko', 'LEADER_OF', '38th Air Assault Brigade']], not: [['Ivan Petrenko', 'LEADER_OF', '12th Mechanized Brigade']] },
  }],
  ['a list item described as "a battlegroup from the Y" and a possessed last item', {
    given: "The exercise involved the 2nd Infantry Brigade, a Danish armoured battlegroup from the Jutland Brigade and the Norwegian Army's Nordland Regiment.",
    want: { has: [['2nd Infantry Brigade', 'ATTENDED', 'exercise'], ['Jutland Brigade', 'ATTENDED', 'exercise'], ['Nordland Regiment', 'ATTENDED', 'exercise']], not: [['Denmark', 'ATTENDED', 'exercise']] },
  }],
  ['a state\'s armed service deploys for its state', {
    given: 'The Australian Defence Force has sent engineers and a transport aircraft to Tonga.',
    want: { has: [['Australia', 'DEPLOYED_TO', 'Tonga']] },
  }],
  ['an organization without a state does not deploy', {
    given: 'The Red Cross sent doctors to Tonga.',
    want: { not: [['Red Cross', 'DEPLOYED_TO', 'Tonga']] },
  }],
  ['"to X, which was hit by floods": X is a place, not a person', {
    given: 'Australia has sent engineers to Vava Lahi, which was hit by floods.',
    want: { entities: [['Vava Lahi', 'place']], has: [['Australia', 'DEPLOYED_TO', 'Vava Lahi']] },
  }],
  ['units that "marched past the rostrum" and a minister who "reviewed the troops" are part of the parade', {
    given: 'A military parade was held in Tirana on Friday. Defence Minister Arben Hoxha reviewed the troops. The 2nd Infantry Battalion and the 5th Guards Regiment marched past the rostrum.',
    want: { has: [['Arben Hoxha', 'ATTENDED', 'military parade'], ['2nd Infantry Battalion', 'ATTENDED', 'military parade'], ['5th Guards Regiment', 'ATTENDED', 'military parade']] },
  }],
  ['"marched" after talks is no attendance', {
    given: 'A regional summit was held in Tirana. The 5th Guards Regiment marched north.',
    want: { not: [['5th Guards Regiment', 'ATTENDED', 'regional summit']] },
  }],
  ['"the agreement" after a side mention is the dispatch\'s main agreement', {
    given: 'Peru and Chile signed a trade accord. The accord removes tariffs, and the accord opens procurement. It replaces a 2006 free trade agreement. Bolivian Foreign Minister Ana Quispe criticised the agreement.',
    want: { has: [['Ana Quispe', 'CRITICIZED', 'trade accord']], not: [['Ana Quispe', 'CRITICIZED', '2006 free trade agreement']] },
  }],
];

describe('general rules', () => {
  it('dates an exercise by its last day and its length, not by a year qualifying a superlative ("Adriatic Shield 2048, the largest naval exercise held in the Adriatic this year, ended on Friday after five days of drills")', () => {
    const x = run('SPLIT, May 23. /Jutarnji list/. Adriatic Shield 2048, the largest naval exercise held in the Adriatic this year, ended on Friday after five days of drills.\n\nCroatia contributed the missile boat Sibenik, while Italy sent the frigate Carlo Bergamini.', '2048-05-23');
    expect(foundRelation(x, 'Italy', 'ATTENDED', 'Adriatic Shield 2048').date).toEqual({ start: '2048-05-18', end: '2048-05-22', text: 'Friday' });
  });
  it('reads a verb right after the comma closing a relative clause as the main clause\'s ("On Thursday, A and the Chief of Naval Operations, Admiral B, who arrived in Lima on Tuesday, signed X"): both sign, on Thursday', () => {
    const x = run('LIMA, April 16. /El Comercio/. Admiral Ramiro Salas met Admiral Ko Min-jun on Wednesday. On Thursday, Salas and the Chief of Naval Operations, Admiral Ko Min-jun, who arrived in Lima on Tuesday, signed a memorandum of understanding on naval training.', '2044-04-16');
    expect(foundRelation(x, 'Ramiro Salas', 'SIGNED', 'memorandum of understanding').date?.start).toBe('2044-04-14');
    expect(foundRelation(x, 'Ko Min-jun', 'SIGNED', 'memorandum of understanding').date?.start).toBe('2044-04-14');
  });
  it('reads "this year\'s Trident" as "Exercise Trident" named before, and dates taking part in it by the day it began, not by the year owning its name', () => {
    const x = run('SINGAPORE, November 7. /The Straits Times/. The agreement was signed on the sidelines of Exercise Trident, the two countries\' largest joint exercise. About 1,100 soldiers of the Singapore Army\'s 3rd Singapore Division took part in this year\'s Trident, which began on Oct 22 and ended on Sunday.', '2063-11-07');
    expect(foundRelation(x, '3rd Singapore Division', 'ATTENDED', 'Exercise Trident').date?.start).toBe('2063-10-22');
  });
  it('dates a gerund after "N days after" that many days before the clause\'s day ("were awarded the medal at a parade yesterday, five days after returning home")', () => {
    const x = run('GABORONE, April 18. /Mmegi/. The 296 soldiers of Task Force Tholo were awarded the SAMIM Service Medal at a parade yesterday, five days after returning home from Cabo Delgado province.', '2064-04-18');
    expect(foundRelation(x, 'Task Force Tholo', 'RECEIVED_AWARD', 'SAMIM Service Medal').date?.start).toBe('2064-04-17');
    expect(foundRelation(x, 'Task Force Tholo', 'RETURNED_TO', 'Botswana').date).toMatchObject({ start: '2064-04-12', end: '2064-04-12' });
  });
  it('reads the holder of a post past the acronym of its body ("General X, Chief of Staff of the Japan Self-Defense Forces (JSDF), was made a Commander of the Legion of Honour"), and dates a visit that ended on the day ("at the end of a four-day visit")', () => {
    const x = run('PARIS, June 24. /Le Figaro/. General Kenji Morimoto, Chief of Staff of the Joint Staff of the Japan Self-Defense Forces (JSDF), was made a Commander of the Legion of Honour on Thursday in the courtyard of the Hotel des Invalides, at the end of a four-day visit to France.', '2044-06-24');
    expect(foundRelation(x, 'Kenji Morimoto', 'RECEIVED_AWARD', 'Legion of Honour').date?.start).toBe('2044-06-23');
    expect(foundRelation(x, 'Kenji Morimoto', 'VISITED', 'France').date).toEqual({ start: '2044-06-20', end: '2044-06-23', text: 'Thursday' });
  });
  it('dates no event by a date in a relative clause on a later name ("observed X 2027, the first exercise held under the RAA, which the two countries signed in July 2024"), but by one telling of its days ("..., in Elegu, which ended on Tuesday")', () => {
    const x = run('MANILA, May 12. /Inquirer/. Secretary Gilberto Teodoro later observed the final day of Kasangga Sakura 2027, the first large-scale exercise held under the Reciprocal Access Agreement (RAA), which Japan and the Philippines signed in July 2024.', '2027-05-12');
    expect(foundRelation(x, 'Gilberto Teodoro', 'ATTENDED', 'Kasangga Sakura 2027').date).toBeUndefined();
    const y = run('KAMPALA, November 28. /Daily Monitor/. The two armies agreed to verify incidents after a two-day security meeting between the UPDF and the SSPDF in Elegu, Amuru District, which ended on Tuesday. The meeting was attended by Brigadier Moses Okello.', '2029-11-28');
    expect(foundRelation(y, 'Moses Okello', 'ATTENDED', 'two-day security meeting').date?.end).toBe('2029-11-27');
  });
  it('dates an attendance read off "told the summit that ..." by the gathering, not by a date in what was told', () => {
    const x = run('ABUJA, August 20. /Premium Times/. The summit opened in Abuja on Tuesday. The Chief of the Naval Staff, Vice Admiral Ekpenyong Okon, told the summit that the navy had deployed a frigate in June.', '2031-08-20');
    expect(foundRelation(x, 'Ekpenyong Okon', 'ATTENDED', 'summit').date?.start).toBe('2031-08-19');
  });
  it('dates no attendance by the limit of a state of things ("are taking part in the drill ... until August 1")', () => {
    const x = run('SEOUL, July 7. /Yonhap/. The destroyer ROKS Sejong and the submarine ROKS Hong Beom-do are taking part in the Pacific Dragon drill alongside ships from 27 other countries until August 1.', '2042-07-07');
    expect(foundRelation(x, 'ROKS Sejong', 'ATTENDED', 'Pacific Dragon drill').date).toBeUndefined();
  });
  it('reads "At the same ceremony" as the gathering named before, not a second event', () => {
    const x = run('The change of command ceremony was held at Mtongwe Naval Base on Friday. At the same ceremony, Ms Wanjiku Mbugua decorated Commodore Tarar with the Order of the Grand Warrior.');
    expect(x.entities.filter((e) => e.type === 'event').length).toBe(1);
  });
  it('dates a later signing of an agreement by the day a participle gave it ("under a protocol signed in Tunis on Wednesday ... The protocol, which A and B signed at the ministry")', () => {
    const x = run('TUNIS, January 28. /AFP/. Algeria and Tunisia will mount joint patrols under a protocol signed in Tunis on Wednesday, three weeks after jihadists ambushed a patrol on January 7.\n\nThe protocol, which the two defence ministers, Saïd Benmansour and Imed Ferjani, signed at the defence ministry, creates a joint operations room.', '2027-01-28');
    expect(foundRelation(x, 'Saïd Benmansour', 'SIGNED', 'protocol').date?.start).toBe('2027-01-27');
  });
  it('dates a clause by the date right after its object\'s closed relative clause, among other dates ("fought a war in 1995, and the two countries signed the Act, which settled the dispute, in October 1998")', () => {
    const x = run('Ecuador and Peru fought a brief border war in the Cenepa valley in 1995, and the two countries signed the Brasilia Presidential Act, which settled the dispute, in October 1998.', '2040-01-10');
    expect(foundRelation(x, 'Peru', 'SIGNED', 'Brasilia Presidential Act').date?.start).toBe('1998-10-01');
  });
  it('dates no gathering by a date in a "who" clause after it about a person ("The drill was observed by X, who had arrived the previous evening")', () => {
    const x = run('KAGOSHIMA, February 21. /Yomiuri/. The drill was observed by PCG Commandant Admiral Ronaldo Tagle Buhain, who had arrived in Kagoshima the previous evening.', '2040-02-21');
    expect(foundRelation(x, 'Ronaldo Tagle Buhain', 'ATTENDED', 'drill').date).toBeUndefined();
    expect(foundRelation(x, 'Ronaldo Tagle Buhain', 'VISITED', 'Kagoshima').date?.start).toBe('2040-02-20');
  });
  it('dates no present command by a date inside a closed relative clause that holds an apposition ("The contingent, which was deployed to X, the mission\'s headquarters, in early November, is commanded by Y")', () => {
    const x = run('Some 130 members of the 87th Infantry Group arrived. The new contingent, which was deployed to Camp Faouar, the mission\'s headquarters on the Syrian side of the area of separation, in early November, is commanded by Lieut Col Grainne Ni Bhriain.', '2040-11-15');
    expect(foundRelation(x, '87th Infantry Group', 'DEPLOYED_TO', 'Camp Faouar').date?.start).toBe('2040-11-01');
    expect(foundRelation(x, '87th Infantry Group', 'COMMANDED_BY', 'Grainne Ni Bhriain').date).toBeUndefined();
  });
  it('dates nothing by a date inside a "since" clause of a pronoun or gerund ("since it began in 2012", "since taking office in February")', () => {
    const x = run('SEOUL, June 11. /Yonhap/. Some 4,000 troops staged a landing as part of the exercise, the largest since it began in 2012.\n\nTaking part was the 1st Marine Division.\n\nThe ceremony was attended by Defence Minister Anna Kessel, who was on her first visit to Korea since taking office in February.', '2039-06-11');
    expect(foundRelation(x, '1st Marine Division', 'ATTENDED', 'exercise').date).toBeUndefined();
    expect(foundRelation(x, 'Anna Kessel', 'ATTENDED', 'ceremony').date).toBeUndefined();
  });
  it('dates a return by the date right after a relative clause that closes ("returned to Pskov, where their division is based, on June 28")', () => {
    const x = run('The paratroopers of the 76th Guards Air Assault Division returned to Pskov, where their division is based, on June 28.', '2030-07-15');
    expect(foundRelation(x, '76th Guards Air Assault Division', 'RETURNED_TO', 'Pskov').date?.start).toBe('2030-06-28');
  });
  it('keeps "Vientiane province" apart from the city of Vientiane named before (a capital\'s name with an area head names the area)', () => {
    const x = run('General Ivan Lomakin arrived in Vientiane on Monday. The exercise was held in Vientiane province last October.');
    const city = entity(x, 'Vientiane', 'place');
    const province = entity(x, 'Vientiane province', 'place');
    expect(province).toBeDefined();
    expect(province?.id).not.toBe(city?.id);
  });
  it.each(cases)('%s', (_name, { given, want }) => {
    const x = run(given);
    const all = triples(x).join('\n');
    for (const [name, type] of want.entities ?? []) expect(entity(x, name, type), `${type}:${name} in ${JSON.stringify(x.entities.map((e) => `${e.type}:${e.label}`))}`).toBeDefined();
    for (const [s, t, o] of want.has ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o} in\n${all}`).toBeDefined();
    for (const [s, t, o] of want.not ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o} in\n${all}`).toBeUndefined();
  });
  it('reads "the Unified Force" after "the Unified Force of the Alliance of Sahel States" as that unit', () => {
    const x = run('General Issa Kollo commands the Unified Force of the Alliance of Sahel States. Chad handed over a camp to the Unified Force on Tuesday.');
    const named = x.entities.filter((e) => e.label === 'Unified Force' || e.aliases.includes('Unified Force'));
    expect(named.map((e) => e.label)).toEqual(['Unified Force of the Alliance of Sahel States']);
  });
  it('dates attendance by a gathering\'s span when a later sentence says when it began, and its final day by its last day', () => {
    const x = run('CAIRO, October 4. /MENA/. The Egyptian and Omani air forces concluded on Tuesday the Desert Hawk 3 joint air exercise at Cairo West Air Base.\n\nThe exercise, which began on September 24, involved jets of the Egyptian Air Force\'s 222nd Tactical Fighter Wing.\n\nThe final day was attended by the Chief of Staff of the Egyptian Armed Forces, Lieutenant General Ahmed Samir Fawzy.', '2028-10-04');
    expect(foundRelation(x, '222nd Tactical Fighter Wing', 'ATTENDED', 'Desert Hawk 3 joint air exercise').date).toMatchObject({ start: '2028-09-24', end: '2028-10-03' });
    expect(foundRelation(x, 'Ahmed Samir Fawzy', 'ATTENDED', 'Desert Hawk 3 joint air exercise').date).toMatchObject({ start: '2028-10-03', end: '2028-10-03' });
  });
  it('dates an attendance said to be "last week" by the days a later sentence says the gathering was held ("The drills, held from November 6 to November 10")', () => {
    const x = run('LIMA, November 13. /Andina/. Around 3,000 Chilean and Peruvian troops took part in the Southern Star 2028 exercise near Arica last week, the army said on Monday.\nThe drills, held from November 6 to November 10 at the Pampa training area, were the largest in years.', '2028-11-13');
    expect(foundRelation(x, 'Chile', 'ATTENDED', 'Southern Star 2028 exercise').date).toMatchObject({ start: '2028-11-06', end: '2028-11-10' });
  });
  it('dates nothing by "since 2020" ("has trained officers since 2020") but a "when" clause by the year it follows ("since 2020, when Chile supported Peru")', () => {
    const x = run('LIMA, June 4. /Andina/. The two countries signed the Lima Accord in June 2021. They have held a dozen joint drills since 2020, when Chile supported Peru in its war with Bolivia. Chile has trained 400 Peruvian officers since 2020.', '2025-06-04');
    expect(foundRelation(x, 'Chile', 'ASSISTED', 'Peru').date).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
  });
  it('dates a clause by the gathering at whose end, close or sidelines it happened, inside the sentence', () => {
    const x = run('TAIPEI, November 18. /CNA/. The Blue Shield 2028 exercise was held on Saturday off Keelung.\n\nAdmiral Chen Wen-li and Admiral Ramon Dizon signed a memorandum of understanding on search and rescue at the end of the Blue Shield 2028 exercise, the council said.', '2028-11-20');
    expect(foundRelation(x, 'Chen Wen-li', 'SIGNED', 'memorandum of understanding').date).toMatchObject({ start: '2028-11-18', end: '2028-11-18' });
  });
  it('dates a signing by the earlier signing of the same agreement ("The agreement was signed by A and B")', () => {
    const x = run('GEORGETOWN, October 17. /DPI/. Guyana and Brazil on Monday signed a defence cooperation agreement.\n\nThe agreement was signed at the conference centre by Minister Paulo Rezende Barros and Minister Sharon Abrams-Hinds.', '2028-10-17');
    const r = foundRelation(x, 'Paulo Rezende Barros', 'SIGNED', 'defence cooperation agreement');
    expect(r.date).toMatchObject({ start: '2028-10-16', end: '2028-10-16' });
  });
  it('dates what happened "During the ceremony" by the ceremony', () => {
    const x = run('BAGHDAD, March 21. /INA/. Defence Minister Khalid Jassim hosted a welcome ceremony for his Italian counterpart, Marco Ferrante, on Tuesday.\n\nDuring the ceremony, the two ministers signed a memorandum of understanding on military training.', '2029-03-21');
    const r = foundRelation(x, 'Marco Ferrante', 'SIGNED', 'memorandum of understanding');
    expect(r.date).toMatchObject({ start: '2029-03-20', end: '2029-03-20' });
  });
  it('does not let a limit in time ("until the end of 2032") date the sentences after it', () => {
    const x = run('NAIROBI, June 18. /KBC/. On Monday Kenya and Somalia signed an accord.\n\nUnder the accord, Kenya will keep 2,500 soldiers in Gedo until the end of 2032. Jibril Farah thanked the Kenya Defence Forces for training soldiers.');
    const r = foundRelation(x, 'Jibril Farah', 'PRAISED', 'Kenya Defence Forces');
    expect(r.date).toBeUndefined();
  });
  it('dates taking part in "this year\'s X, which was held from A to B" by the dates the exercise was held', () => {
    const x = run('TANDOR, December 2. /Orbis/. The 3rd Airborne Brigade took part in this year\'s Silver Kestrel Shield exercise, which was held from August 26 to September 8 in Vemaru, South Lantor, with the participation of France and Chile.', '2032-12-02');
    for (const who of ['3rd Airborne Brigade', 'France']) {
      const r = foundRelation(x, who, 'ATTENDED', 'Silver Kestrel Shield exercise');
      expect(r.date).toMatchObject({ start: '2032-08-26', end: '2032-09-08' });
    }
    expect(relation(x, 'Silver Kestrel Shield exercise', 'LOCATED_IN', 'Vemaru'), triples(x).join('\n')).toBeDefined();
  });
  it('dates what "began a two-day passing exercise" on Wednesday over the two days', () => {
    const x = run('GUAYAQUIL, November 17. /Andes/. On Wednesday, the BAP Tumbes and the Ecuadorian frigate BAE Manabí began a two-day passing exercise in the Gulf of Guayaquil.', '2028-11-17');
    const r = foundRelation(x, 'BAP Tumbes', 'ATTENDED', 'two-day passing exercise');
    expect(r.date).toMatchObject({ start: '2028-11-15', end: '2028-11-16' });
  });
  it('dates attending by the gathering\'s own date, not by a date the paragraph carried from another clause', () => {
    const x = run('OSH, June 12. /Kabar/. Delegations of Kyrgyzstan and Tajikistan met in Osh on Saturday for a new session of the border commission, the first since the two countries signed a treaty in March 2025. The Kyrgyz delegation was led by Deputy Prime Minister Bakyt Omurov, while the Tajik side was headed by Minister Rustam Nabiev, who arrived in Osh on Friday evening.', '2034-06-12');
    const r = foundRelation(x, 'Bakyt Omurov', 'ATTENDED', 'new session of the border commission');
    expect(r.date).toMatchObject({ start: '2034-06-10', end: '2034-06-10' });
  });
  it('does not date the main verb by a date inside an apposition to its subject ("The deal, ... signed in 2022, was signed")', () => {
    const x = run('SEOUL, September 22. /Yonhap/. Daesan Heavy Industries Co. signed a contract with Romania\'s defense ministry on Tuesday to supply 50 howitzers.\n\nThe deal, the second executive contract under a framework agreement the two countries signed in 2022, was signed at a ceremony in Bucharest by Daesan CEO Lee Jae-won.', '2027-09-22');
    const r = foundRelation(x, 'Lee Jae-won', 'ATTENDED', 'ceremony');
    expect(r.date?.start).not.toBe('2022-01-01');
  });
  it('dates a signing by the date after its cue when two are equally near ("established in 2015 under an agreement signed by them in December 2014")', () => {
    const x = run('DOHA, June 13. /QNA/. The Combined Joint Force Command was established by Qatar and Oman in 2015 under a defence cooperation agreement signed by the two countries in December 2014.', '2034-06-13');
    const r = foundRelation(x, 'Qatar', 'SIGNED', 'defence cooperation agreement');
    expect(r.date).toMatchObject({ start: '2014-12-01', end: '2014-12-31' });
  });
  it('dates attending a two-day meeting that closed (or ended) on a day over the two days up to it', () => {
    const x = run('APIA, October 19. /RNZ Pacific/. Ministers Tavita Leota and Mele Fonua attended a two-day meeting at the Taumeasina Island Resort, which closed on Wednesday.', '2028-10-19');
    const r = foundRelation(x, 'Tavita Leota', 'ATTENDED', 'two-day meeting');
    expect(r.date).toMatchObject({ start: '2028-10-17', end: '2028-10-18' });
    const y = run('SINGAPORE, October 13. /CNA/. The RSN and the Indian Navy wrapped up the Simbex exercise on Thursday, after nine days of drills.\n\nTaking part were the frigates RSS Valour and INS Tabar.', '2028-10-13');
    const s = foundRelation(y, 'RSS Valour', 'ATTENDED', 'Simbex exercise');
    expect(s.date).toMatchObject({ start: '2028-10-04', end: '2028-10-12' });
  });
  it('dates what happened "At the meeting," by the meeting, not by a date of the sentence before, and runs that date on', () => {
    const x = run('VIENTIANE, December 2. /KPL/. Laos and Vietnam agreed on Tuesday to clear landmines at the 17th meeting of the Joint Border Committee. Troops of the two countries fought along the border in July 2025.\n\nAt the meeting, the Laotian Demining Authority (LDA) and the Vietnam Mine Action Centre (VMAC) signed a memorandum of understanding. The memorandum was signed by LDA director Khamla Vongsa and VMAC director Tran Van Binh.', '2027-12-02');
    for (const who of ['Laotian Demining Authority', 'Khamla Vongsa']) {
      const r = foundRelation(x, who, 'SIGNED', 'memorandum of understanding');
      expect(r.date).toMatchObject({ start: '2027-11-30', end: '2027-11-30' });
    }
  });
  it('does not date a relation by a date inside a following relative clause', () => {
    const x = run('Australia has sent engineers to Vava Lahi, which was hit by floods in March.');
    const r = foundRelation(x, 'Australia', 'DEPLOYED_TO', 'Vava Lahi');
    expect(r.date).toBeUndefined();
  });
  it('takes what a state calls a place as another name of it ("the Spratly Islands, which China calls the Nansha Islands,")', () => {
    const x = run('The Spratly Islands, which China calls the Nansha Islands, lie south of Hainan.');
    const spratly = x.entities.filter((e) => e.aliases.includes('Nansha Islands'));
    expect(spratly.map((e) => e.label)).toEqual(['Spratly Islands']);
  });
  it('gives an "of" its letter in a name\'s initials ("/Radio of Liberty/ ... told ROL", "the Bank of Kigali ... BOK")', () => {
    const x = run('MONROVIA, May 2. /Radio of Liberty/. The minister told ROL the talks would go on. Officials of the Bank of Kigali attended. BOK said it would help.');
    expect(x.entities.filter((e) => e.aliases.includes('ROL')).map((e) => e.label)).toEqual(['Radio of Liberty']);
    expect(x.entities.filter((e) => e.aliases.includes('BOK')).map((e) => e.label)).toEqual(['Bank of Kigali']);
  });
  it('knows a newspaper by the last word of its name ("/Daily Monitor/ ... told the Monitor"), not by a generic one ("/Gulf News/")', () => {
    const x = run('FORT PORTAL, December 8. /Daily Monitor/. The contingent will be based in Rutshuru, army spokesperson Brig Gen Juliet Amon told the Monitor.');
    expect(x.entities.filter((e) => e.aliases.includes('Monitor')).map((e) => e.label)).toEqual(['Daily Monitor']);
    const y = run('DUBAI, December 8. /Gulf News/. The exhibition opened, officials told the News.');
    expect(y.entities.filter((e) => e.label === 'Gulf News').flatMap((e) => e.aliases)).not.toContain('News');
  });
  it('dates "the same day" by a single day named earlier in the same sentence ("who visited X last Friday, signed Y the same day")', () => {
    const x = run('Defence Minister Ivana Hrabova, who visited the soldiers in Adazi last Friday, signed a memorandum in Riga the same day.', '2049-04-15');
    expect(foundRelation(x, 'Ivana Hrabova', 'SIGNED', 'memorandum').date).toMatchObject({ start: '2049-04-09', end: '2049-04-09' });
  });
  it('keeps "earlier in the day" with the day told of, not a day named in a relative clause ("who arrived on Sunday, attended ... earlier in the day")', () => {
    const x = run('Australian and Indonesian troops held a ceremony in Jakarta on Monday. Minister Cathy Holm, who arrived in Jakarta on Sunday, also attended the ceremony after holding talks with Defense Minister Bambang Sutris at the ministry earlier in the day.', '2041-06-12');
    expect(foundRelation(x, 'Bambang Sutris', 'MET_WITH', 'Cathy Holm').date).toMatchObject({ start: '2041-06-10', end: '2041-06-10' });
  });
  it('gives no post set off before a verb to the name the verb takes ("The King, Supreme Commander of X, has appointed General Y as Inspector General")', () => {
    const x = run('The King, Supreme Commander of the Royal Armed Forces, has appointed General Abdelhak Bennani Slaoui as Inspector General of the Royal Armed Forces.');
    expect(foundRelation(x, 'Abdelhak Bennani Slaoui', 'LEADER_OF', 'Royal Armed Forces').role).toBe('Inspector General');
  });
  it('carries no earlier date to a state told in the present ("The battalion is commanded by X")', () => {
    const x = run('ZAMBATT 23 left Lusaka on Friday. The battalion is commanded by Colonel Ruth Banda.');
    expect(foundRelation(x, 'ZAMBATT 23', 'COMMANDED_BY', 'Ruth Banda').date).toBeUndefined();
  });

  it('dates a move told after "and" by the date after it ("graduated ... in 2029 and served ... in Kosovo in 2033"), not a thanks ("praised X on Thursday and thanked Y for its help ... last year")', () => {
    const x = run('Colonel Narek Ayvazyan graduated from the Vazgen Sargsyan Military University in 2029 and served with the Armenian contingent in Kosovo in 2033.');
    expect(foundRelation(x, 'Narek Ayvazyan', 'DEPLOYED_TO', 'Kosovo').date?.start).toBe('2033-01-01');
    const y = run('CARACAS, February 13. /teleSUR/. Venezuelan President Dionisio Carrasquero praised the agreement on Thursday night and thanked Colombia for its help in dismantling laboratories near the border last year.', '2054-02-13');
    expect(foundRelation(y, 'Dionisio Carrasquero', 'PRAISED', 'Colombia').date?.start).toBe('2054-02-12');
  });

  it('gives no praise the date of a relative clause on its reason ("praised X for his leadership during the floods that struck Y in late November")', () => {
    const x = run('Vice Admiral Nalin Fernando praised Rear Admiral Ruwan Silva for his leadership during the floods that struck the Southern Province in late November last year.', '2056-01-18');
    expect(foundRelation(x, 'Nalin Fernando', 'PRAISED', 'Ruwan Silva').date?.text).not.toBe('late November last year');
  });

  it('keeps the type of a name the document knows ("/The Evening Star/ ... X told The Evening Star"), not the award its last word suggests', () => {
    const x = run('ACCRA, May 4. /The Evening Star/. The engineers rebuilt the road, Major Kwame Asante-Boadu told The Evening Star by phone.');
    expect(x.entities.filter((e) => e.type === 'award').map((e) => e.label)).toEqual([]);
    expect(entity(x, 'The Evening Star', 'organization')?.aliases).toContain('Evening Star');
  });

  it('dates a signing by the day opening its "where" clause when the comma before the verb only closes an apposition ("where on Monday she and Fiji\'s minister, X, signed Y"), but not by a day in a relative clause with a verb of its own', () => {
    const x = run('SUVA, May 16. /FBC/. Minister Ana Korovou-Lee flew home from Apia, where on Monday she and Samoa\'s Deputy Prime Minister, Tuala Iosefo-Ponifasio, signed a maritime security arrangement. Korovou-Lee, who flew to Apia on Saturday, was received by Prime Minister Fiame Leota on Sunday.', '2040-05-16');
    expect(foundRelation(x, 'Tuala Iosefo-Ponifasio', 'SIGNED', 'maritime security arrangement').date?.start).toBe('2040-05-14');
    expect(foundRelation(x, 'Ana Korovou-Lee', 'MET_WITH', 'Fiame Leota').date?.start).toBe('2040-05-13');
  });

  it('dates a ", when" clause by the date right before it, not by a later date of the main clause ("served as a hospital ship in 1982, when Argentina fought Britain, ... was rebuilt in 2007")', () => {
    const x = run('BUENOS AIRES, December 16. /Clarin/. The Irizar, which served as a hospital ship in 1982, when Argentina fought Britain over the Malvinas Islands, was rebuilt after a fire in 2007.', '2059-12-16');
    expect(foundRelation(x, 'Argentina', 'FOUGHT_AGAINST', 'United Kingdom').date?.start).toBe('1982-01-01');
  });

  it('dates a passive main verb after a relative clause by the fronted date ("On Friday, soldiers of X, which returned home last month, were decorated"), not by the relative clause\'s', () => {
    const x = run('KATHMANDU, May 19. /The Kathmandu Post/. On Friday, about 780 soldiers of the Shree Singhanath Battalion, which returned home last month after a year with the UN mission in the Central African Republic (MINUSCA), were decorated with the United Nations Medal at a parade.', '2059-05-19');
    expect(foundRelation(x, 'Shree Singhanath Battalion', 'RECEIVED_AWARD', 'United Nations Medal').date?.start).toBe('2059-05-16');
  });

  it('dates a gathering "wrapped up" on a day by the days it lasted ("wrapped up the five-day X exercise ... on Wednesday")', () => {
    const x = run('DHAKA, August 20. /The Daily Star/. Bangladesh and India wrapped up the five-day Exercise Sea Bond 2066 in the Bay of Bengal on Wednesday, the navy said.', '2066-08-20');
    expect(foundRelation(x, 'Bangladesh', 'ATTENDED', 'Exercise Sea Bond 2066').date).toEqual({ start: '2066-08-14', end: '2066-08-18', text: 'Wednesday' });
  });

  it('takes no date from a closing attribution (", the AFP said yesterday."): the day it was said dates no fact of the sentence', () => {
    const x = run('MANILA, April 14. /Philippine Star/. The frigate BRP Gregorio del Pilar has joined Exercise Sama Sama 2065 in the Sulu Sea, the Armed Forces of the Philippines (AFP) said yesterday.', '2065-04-14');
    expect(foundRelation(x, 'BRP Gregorio del Pilar', 'ATTENDED', 'Exercise Sama Sama 2065').date).toBeUndefined();
  });

  it('reads no date inside an event\'s name ("criticised Dacian Fall 2049": the season and year are the exercise\'s name)', () => {
    const x = run('BUCHAREST, October 9. /Agerpres/. Troops took part in the exercise Dacian Fall 2049 near Cincu. The Russian Embassy in Bucharest criticised Dacian Fall 2049 as "a rehearsal for aggression" in a statement on Wednesday.', '2049-10-09');
    expect(foundRelation(x, 'Russian Embassy', 'CRITICIZED', 'Dacian Fall 2049').date?.text).not.toBe('Fall 2049');
  });

  it('names a holiday, a storm or a portfolio without creating a person', () => {
    const x = run('Cyclone Winston hit the islands on Independence Day, the Minister of State for Defence Affairs said.');
    expect(x.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual([]);
  });
});

// Recall rules for unseen dispatches (tuning3 round): what is sent as help, "his / her country",
// and further participation, leadership, location and membership phrasings. One small invented
// dispatch per row; names and countries are invented or varied on purpose.
import { describe, expect, it } from 'vitest';
import type { EdgeType, NodeType } from '../../server/ontology.js';
import { entity, foundRelation, relation, run, triples } from './helpers.js';

type Triple = [string, EdgeType, string];
interface Want { has?: Triple[]; not?: Triple[]; entities?: Array<[string, NodeType]>; absent?: string[]; absentAs?: Array<[string, NodeType]>; same?: Array<[string, string]>; distinct?: Array<[string, string]> }

const cases: Array<[string, { given: string; want: Want }]> = [
  ['"the corvette KRI Sultan Hasanuddin-366 returned ... when the Sultan Hasanuddin would resume patrols": a ship\'s name without the hull number joined to it names the ship, not a sultan', {
    given: 'JAKARTA, May 3. /Antara/. The Indonesian Navy corvette KRI Sultan Hasanuddin-366 returned to Surabaya on Monday. The Navy did not say when the Sultan Hasanuddin would resume patrols.',
    want: { has: [['KRI Sultan Hasanuddin-366', 'RETURNED_TO', 'Surabaya']], absentAs: [['Hasanuddin', 'person']] },
  }],
  ['"Defence Minister X (DP) on Thursday travelled to Rukla": a party in brackets after a person\'s name is no subject (not "the Freedom and Direct Democracy (SPD) party criticised")', {
    given: 'LUXEMBOURG, May 3. /Luxemburger Wort/. Defence Minister Claudine Reuter-Hoffmann (DP) on Thursday travelled to Rukla.',
    want: { has: [['Claudine Reuter-Hoffmann', 'VISITED', 'Rukla']] },
  }],
  ['"General X inspected the new positions of the 5th Brigade in Marjayoun on Thursday": who inspects somewhere visits it', {
    given: 'BEIRUT, May 3. /NNA/. Army Commander General Fadi Haddad-Khoury inspected the new positions of the 7th Brigade in Marjayoun on Thursday afternoon.',
    want: { has: [['Fadi Haddad-Khoury', 'VISITED', 'Marjayoun']] },
  }],
  ['"visited the headquarters of the Navy\'s Second Fleet Command (Koarmada II) in Surabaya": where a formation\'s site is, when the formation is no body one visits (not "the headquarters of the Joint Forces Command", a body)', {
    given: 'JAKARTA, May 3. /Antara/. On Monday, Admiral Sophie Marchand visited the headquarters of the Navy\'s Second Fleet Command (Koarmada II) in Surabaya.',
    want: { has: [['Sophie Marchand', 'VISITED', 'Surabaya']] },
  }],
  ['"The squadron, which has been based at Pearce since 1993": a formation that has been based somewhere is deployed there (not "the 9th Battalion, based in Patna")', {
    given: 'SINGAPORE, May 3. /The Straits Times/. The 150 Squadron, which has been based at Cazaux since 1998, trains pilots. The 9th Battalion, based in Tengah, was not involved.',
    want: { has: [['150 Squadron', 'DEPLOYED_TO', 'Cazaux']], not: [['9th Battalion', 'DEPLOYED_TO', 'Tengah']] },
  }],
  ['"to attend a session of the National Assembly\'s defence and security committee": a body\'s possessive before a lower-case committee of its own names a part of the body', {
    given: 'BRATISLAVA, May 3. /TASR/. The minister flew back to Bratislava to attend a session of the National Council\'s defence and security committee.',
    want: { has: [['defence and security committee', 'PART_OF', 'National Council']] },
  }],
  ['"based at the Smardan training centre in Galați county ... troops at Smardan": a name and a lower-case "training centre" name a site, in the area after "in", and the name alone names it too', {
    given: 'BUCHAREST, May 3. /Agerpres/. The battalion was based at the Smardan training centre in Galați county. Polish troops arrived at Smardan on Monday.',
    want: { has: [['Smardan training centre', 'LOCATED_IN', 'Galați county'], ['Poland', 'DEPLOYED_TO', 'Smardan training centre']], entities: [['Smardan training centre', 'place']] },
  }],
  ['"Corporal X and four other soldiers of the 5th Infantry Battalion were awarded the medal": the person named before the others receives it, not the unit they are of', {
    given: 'MANILA, May 3. /PNA/. On Wednesday, Corporal Dante Villareal-Cruz and four other soldiers of the 5th Infantry Battalion were awarded the Gold Cross Medal at a ceremony in Cebu.',
    want: { has: [['Dante Villareal-Cruz', 'RECEIVED_AWARD', 'Gold Cross Medal']], not: [['5th Infantry Battalion', 'RECEIVED_AWARD', 'Gold Cross Medal']] },
  }],
  ['"the brigade\'s Marine Battalion Landing Team 7 (MBLT-7)": a number after a team\'s or a platoon\'s head names which one', {
    given: 'MANILA, May 3. /PNA/. Marines of the 3rd Marine Brigade\'s Marine Battalion Landing Team 7 (MBLT-7) rescued 14 fishermen on Tuesday.',
    want: { entities: [['Marine Battalion Landing Team 7', 'unit']], absent: ['Marine Battalion Landing Team'] },
  }],
  ['"signed a memorandum of understanding (MoU) on defence industry cooperation ... builds on the memorandum of understanding on defence cooperation that the two ministries signed in 2036": what each memorandum of understanding is about, past its acronym, keeps them apart', {
    given: 'VIENTIANE, May 3. /KPL/. The two ministers signed a memorandum of understanding (MoU) on military medicine cooperation. The new document builds on the memorandum of understanding on defence cooperation that the two ministries signed in Hanoi in March 2036. The prime minister welcomed the MoU.',
    want: { entities: [['memorandum of understanding on military medicine cooperation', 'agreement'], ['memorandum of understanding on defence cooperation', 'agreement']], distinct: [['memorandum of understanding on military medicine cooperation', 'memorandum of understanding on defence cooperation']] },
  }],
  ['"General X, Politburo member, Deputy Secretary of the Central Military Commission, began": a post set off after a membership set off after the name is the person\'s', {
    given: 'HANOI, May 3. /VNA/. General Trinh Van Quyet, Politburo member, Deputy Secretary of the Central Military Commission, began an official visit to Laos on Monday.',
    want: { has: [['Trinh Van Quyet', 'OFFICIAL_OF', 'Central Military Commission']] },
  }],
  ['"the Defence League\'s Tartu District ... the district\'s commander, Colonel X": a place word a formation\'s name ends with refers to the formation when no place of that word was named', {
    given: 'TALLINN, May 3. /ERR/. Volunteers of the Defence League\'s Tartu District took part. The exercise was directed by the district\'s commander, Lieutenant Colonel Rein Kalvik.',
    want: { has: [['Rein Kalvik', 'LEADER_OF', 'Tartu District']] },
  }],
  ['"to join the German-led NATO battle group": a formation named by a body\'s acronym and a lower-case head is part of the body', {
    given: 'VILNIUS, May 3. /BNS/. A Czech company arrived at Rukla on Tuesday to join the German-led NATO battle group for six months.',
    want: { has: [['NATO battle group', 'PART_OF', 'NATO']] },
  }],
  ['"arrived in Mombasa on Kenya\'s south coast on Friday": a country\'s stretch right after a place, with no comma, is where the place lies', {
    given: 'TOKYO, May 3. /Kyodo/. The destroyer Kongo arrived in Mombasa on Kenya\'s south coast on Friday.',
    want: { has: [['Mombasa', 'LOCATED_IN', 'Kenya']] },
  }],
  ['"took part in the Pitch Black exercise with aircraft from India, France and Singapore": the states those an exercise was held with came from take part in it', {
    given: 'CANBERRA, May 3. /AAP/. The squadron last deployed in 2081, when it took part in the Pitch Black exercise with aircraft from India, France and Singapore.',
    want: { has: [['India', 'ATTENDED', 'Pitch Black exercise'], ['France', 'ATTENDED', 'Pitch Black exercise'], ['Singapore', 'ATTENDED', 'Pitch Black exercise']] },
  }],
  ['"The destroyer Kongo ... It last visited India in October 2081": a ship or formation that visits a place is deployed there', {
    given: 'TOKYO, May 3. /Kyodo/. The destroyer Kongo arrived in Chennai on Friday. It last visited India in October 2081.',
    want: { has: [['Kongo', 'DEPLOYED_TO', 'India']] },
  }],
  ['"Speaking at a reception aboard the destroyer, the Kongo\'s commanding officer, Commander X, thanked": the holder of a two-word post a ship\'s possessive opens attends, not the ship', {
    given: 'TOKYO, May 3. /Kyodo/. The destroyer Kongo arrived in Chennai on Friday. Speaking at a reception aboard the destroyer on Sunday, the Kongo\'s commanding officer, Commander Kenta Morishige, thanked the Indian Navy for its hospitality.',
    want: { has: [['Kenta Morishige', 'ATTENDED', 'reception']], not: [['Kongo', 'ATTENDED', 'reception']] },
  }],
  ['"under the defence cooperation agreement the two countries signed in 2019": a relative with no pronoun right after an agreement makes its subject the signers', {
    given: 'PORT VILA, May 3. /VBTC/. Australia and Vanuatu held talks. The force operates under the defence cooperation agreement the two countries signed in 2019.',
    want: { has: [['Australia', 'SIGNED', 'defence cooperation agreement'], ['Vanuatu', 'SIGNED', 'defence cooperation agreement']] },
  }],
  ['"handed over RVS Takuare, a patrol boat donated by Australia to the VPF\'s Maritime Wing": a passive gift\'s recipient after its giver; the "to" is that gift\'s, not the handing\'s', {
    given: 'PORT VILA, May 3. /VBTC/. Also at the ceremony, Ms Harriet Callander handed over RVS Takuare, a Guardian-class patrol boat donated by Australia to the VPF\'s Maritime Wing.',
    want: { has: [['Australia', 'ASSISTED', 'Maritime Wing']], not: [['Harriet Callander', 'ASSISTED', 'Maritime Wing'], ['Australia', 'ASSISTED', 'RVS Takuare']] },
  }],
  ['"... the Vanuatu Police Force ... at the Port Vila Police Headquarters. Police Commissioner X": "police" before a post is the police force named before, not a police site', {
    given: 'PORT VILA, May 3. /VBTC/. Australia handed responsibility to the Vanuatu Police Force at a ceremony at the Port Vila Police Headquarters. Speaking at the ceremony, Police Commissioner Joshua Bule-Tari thanked Australia.',
    want: { has: [['Joshua Bule-Tari', 'LEADER_OF', 'Vanuatu Police Force']], not: [['Joshua Bule-Tari', 'LEADER_OF', 'Port Vila Police Headquarters']] },
  }],
  ['"RVS Takuare, a Guardian-class patrol boat ... The vessel is commanded by Inspector X": Pacific police and patrol vessels\' prefixes (RSIPV, RVS, FSS, PSS, RMIS) name ships', {
    given: 'PORT VILA, May 3. /VBTC/. The High Commissioner handed over RVS Takuare, a Guardian-class patrol boat, to the Vanuatu Police Force. The vessel is commanded by Inspector Kalo Warimanu.',
    want: { has: [['RVS Takuare', 'COMMANDED_BY', 'Kalo Warimanu']], entities: [['RVS Takuare', 'unit']] },
  }],
  ['"Zambia and Malawi already have troops in Madagascar": each state having troops somewhere is deployed there (not "Angola does not have troops in Madagascar")', {
    given: 'LUSAKA, May 3. /ZANIS/. Tanzania and Malawi already have about 300 troops in Mozambique, while Angola does not have troops in Mozambique.',
    want: { has: [['Tanzania', 'DEPLOYED_TO', 'Mozambique'], ['Malawi', 'DEPLOYED_TO', 'Mozambique']], not: [['Angola', 'DEPLOYED_TO', 'Mozambique']] },
  }],
  ['"Speaking at the parade on Friday, defence and veterans affairs minister X told the soldiers": the person after a lower-case post\'s words attends the event a fronted participle names', {
    given: 'WINDHOEK, July 20. /Nampa/. About 250 soldiers left on Sunday, two days after a send-off parade at Grootfontein. Speaking at the parade on Friday, defence and veterans affairs minister Frieda Haufiku-Shilongo told the soldiers to respect the people.',
    want: { has: [['Frieda Haufiku-Shilongo', 'ATTENDED', 'parade']] },
  }],
  ['"thanked the Kingdom of Bahrain for its support of the Unified Military Command": a possessed support "of" a body is support for it', {
    given: 'MANAMA, May 3. /BNA/. General Faisal Al-Otaibi thanked the Kingdom of Bahrain for its support of the Peninsula Shield Force.',
    want: { has: [['Bahrain', 'ASSISTED', 'Peninsula Shield Force']] },
  }],
  ['"the commander of the Armed Forces of Malta\'s Maritime Squadron, Colonel X": a possessive after an armed service\'s complement owns the name after it (not "the Border Guard Troops of Armenia\'s National Security Service")', {
    given: 'VALLETTA, May 3. /Times of Malta/. He met the commander of the Armed Forces of Malta\'s Maritime Squadron, Lieutenant Colonel Mark Azzopardi-Vella, at Haywharf.',
    want: { has: [['Mark Azzopardi-Vella', 'LEADER_OF', 'Maritime Squadron'], ['Maritime Squadron', 'PART_OF', 'Armed Forces of Malta']], absent: ["Armed Forces of Malta's Maritime Squadron"] },
  }],
  ['"the Kosovo Polish Battalion Task Force ... the battalion helped the Kosovo Police": with no unit of that head named, "the battalion" is the unit whose name holds the word', {
    given: 'PRIZREN, May 3. /PAP/. The commander of the Kosovo Polish Battalion Task Force, Colonel Marek Zielonka, spoke. In November last year, the battalion helped the Kosovo Police evacuate some 200 residents from villages.',
    want: { has: [['Kosovo Polish Battalion Task Force', 'ASSISTED', 'Kosovo Police']] },
  }],
  ['"The KFOR commander praised the troops" after a quote of another commander: the person leading the formation a post names, when the formation is a unit too', {
    given: 'WARSAW, May 3. /PAP/. Polish Land Forces Commander General Tomasz Wierzbicki visited troops serving with the NATO-led Kosovo Force (KFOR). Later, Wierzbicki met the KFOR commander, Italian Major General Enrico Valtellina, at Camp Film City. "Our soldiers serve peace," Wierzbicki told PAP. The KFOR commander praised the Polish contingent for its professionalism.',
    want: { has: [['Enrico Valtellina', 'PRAISED', 'Poland']], not: [['Tomasz Wierzbicki', 'PRAISED', 'Poland']] },
  }],
  ['"visited the Polish contingent serving with the NATO-led Kosovo Force (KFOR) at Camp Bondsteel": where the troops visited serve was visited, not their state deployed', {
    given: 'WARSAW, May 3. /PAP/. General Tomasz Wierzbicki on Wednesday visited the Polish contingent serving with the NATO-led Kosovo Force (KFOR) at Camp Bondsteel near Ferizaj.',
    want: { has: [['Tomasz Wierzbicki', 'VISITED', 'Camp Bondsteel']], not: [['Poland', 'DEPLOYED_TO', 'Camp Bondsteel']] },
  }],
  ['"The task force is part of KFOR\'s Regional Command West and has been stationed in Prizren since 1999": a verb after "and has been" shares the first verb\'s subject, not the last name before it', {
    given: 'PRIZREN, May 3. /PAP/. The Polish Battalion Task Force is part of KFOR\'s Regional Command East and has been stationed in Gjilan since 2000.',
    want: { has: [['Polish Battalion Task Force', 'DEPLOYED_TO', 'Gjilan']], not: [['Regional Command East', 'DEPLOYED_TO', 'Gjilan']] },
  }],
  ['"the commander of the Kosovo Polish Battalion Task Force, Colonel X": a state\'s name before the demonym of a formation\'s own state names where it serves, inside the formation\'s name', {
    given: 'PRIZREN, May 3. /PAP/. The minister was briefed by the commander of the Kosovo Polish Battalion Task Force, Colonel Marek Zielonka, on the patrols.',
    want: { has: [['Marek Zielonka', 'LEADER_OF', 'Kosovo Polish Battalion Task Force']], absent: ['Polish Battalion Task Force'] },
  }],
  ['"Greek Land Forces Commander General X": a demonym and a service\'s name held in the post\'s words name the service the person leads, not the state', {
    given: 'ATHENS, May 3. /AMNA/. Greek Land Forces Commander General Stavros Kalogeropoulos on Wednesday visited the barracks in Larissa.',
    want: { has: [['Stavros Kalogeropoulos', 'LEADER_OF', 'Land Forces']], not: [['Stavros Kalogeropoulos', 'LEADER_OF', 'Greece']] },
  }],
  ['"The soldiers handed back the national flag to President X at a ceremony": in the active too, who something is handed to at a gathering attends it (not "will be presented to the troops")', {
    given: 'GABORONE, June 14. /Mmegi/. The soldiers of Task Force Pula handed back the national flag to President Mothusi Tlhabane-Kgosi at a ceremony at the National Stadium on Wednesday.',
    want: { has: [['Mothusi Tlhabane-Kgosi', 'ATTENDED', 'ceremony']] },
  }],
  ['"at Rovajärvi in Finnish Lapland": a place lies in the place a demonym qualifies, not in the demonym\'s state', {
    given: 'TALLINN, April 17. /ERR/. The agreement will allow Estonian units to train at Sodankyla in Finnish Lapland from next year.',
    want: { has: [['Sodankyla', 'LOCATED_IN', 'Lapland']], not: [['Sodankyla', 'LOCATED_IN', 'Finland']] },
  }],
  ['"Estonian and Finnish units have trained together regularly since then": a perfect training over a span is a habit, no attendance of the exercise named last', {
    given: 'TALLINN, April 17. /ERR/. The colonel showed the minister a live-fire drill by British tanks on Monday. Finland joined NATO in April 2023, and Estonian and Finnish units have trained together regularly since then.',
    want: { not: [['Finland', 'ATTENDED', 'live-fire drill'], ['Estonia', 'ATTENDED', 'live-fire drill']] },
  }],
  ['"Among those who signed the memorandum were A and the Chief of the Defence Staff of the Ghana Armed Forces, Vice Admiral B": each one named after the copula signed it', {
    given: 'ABUJA, October 28. /Vanguard/. Defence chiefs of ECOWAS on Wednesday signed a memorandum of understanding on a counter-terrorism brigade. Among those who signed the memorandum were General Musa Garba-Dantata and the Chief of the Defence Staff of the Ghana Armed Forces, Vice Admiral Kofi Ansah-Mensah.',
    want: { has: [['Musa Garba-Dantata', 'SIGNED', 'memorandum of understanding'], ['Kofi Ansah-Mensah', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['"at the end of the 49th Ordinary Meeting of the Committee of Chiefs of Defence Staff, CCDS, in Abuja": the body a named sitting is of is a body too, and the acronym spelling its words is its', {
    given: 'ABUJA, October 28. /Vanguard/. Defence chiefs signed a memorandum on Wednesday at the end of the 51st Ordinary Meeting of the Committee of Chiefs of Defence Staff, CCDS, in Abuja.',
    want: { entities: [['Committee of Chiefs of Defence Staff', 'organization'], ['51st Ordinary Meeting of the Committee of Chiefs of Defence Staff', 'event']], same: [['CCDS', 'Committee of Chiefs of Defence Staff']] },
  }],
  ['"Chile\'s defence attaché, Colonel X, whose country has sent officers to Cyprus since 2003": the state of the holder sends, not the holder', {
    given: 'BUENOS AIRES, March 8. /Telam/. Among the guests was Chile\'s defence attache in Buenos Aires, Colonel Ignacio Aravena-Soto, whose country has sent officers to Cyprus alongside Argentina\'s since 2003.',
    want: { has: [['Chile', 'DEPLOYED_TO', 'Cyprus']], not: [['Ignacio Aravena-Soto', 'DEPLOYED_TO', 'Cyprus']] },
  }],
  ['"Among the guests was Chile\'s defence attaché in Buenos Aires, Colonel X": the holder of the possessed post attends, not its state', {
    given: 'BUENOS AIRES, March 8. /Telam/. The parade, held at the Campo de Mayo garrison, was attended by Minister Gabriela Inchausti-Mazza. Among the guests was Chile\'s defence attache in Buenos Aires, Colonel Ignacio Aravena-Soto, who arrived on Monday.',
    want: { has: [['Ignacio Aravena-Soto', 'ATTENDED', 'parade']], not: [['Chile', 'ATTENDED', 'parade']] },
  }],
  ['"the 10th Mechanized Engineer Company ... the Argentine Army\'s 10th Mechanized Brigade": two units of one number and first word but other heads are two units', {
    given: 'BUENOS AIRES, March 8. /Telam/. The general decorated the 72 members of the 9th Mechanized Engineer Company. The company, which belongs to the Argentine Army\'s 9th Mechanized Brigade, served in Cyprus.',
    want: { distinct: [['9th Mechanized Engineer Company', '9th Mechanized Brigade']], has: [['9th Mechanized Engineer Company', 'PART_OF', '9th Mechanized Brigade']] },
  }],
  ['"Led by Navy Lieutenant Colonel X, the contingent handed over": a service\'s one word before a rank is the service, and the officer\'s words open at it', {
    given: 'SURABAYA, August 9. /Antara/. The Garuda Contingent XXIX-S returned on Monday. Led by Navy Lieutenant Colonel Rizki Hardiansah-Putra, the contingent handed over its duties off the Lebanese coast in mid-July.',
    want: { has: [['Rizki Hardiansah-Putra', 'LEADER_OF', 'Garuda Contingent XXIX-S']] },
  }],
  ['"Led by Navy Lieutenant Colonel X, the contingent handed over its duties": the agent of a fronted participle is no name the apposition after its comma retypes', {
    given: 'SURABAYA, August 9. /Antara/. Led by Navy Lieutenant Colonel Rizki Hardiansah-Putra, the contingent handed over its duties off the Lebanese coast in mid-July.',
    want: { entities: [['Rizki Hardiansah-Putra', 'person']], absentAs: [['Rizki Hardiansah-Putra', 'unit']] },
  }],
  ['"The visit comes a year after Wilczynski\'s state visit to Bucharest in June last year": the possessor of a noun cue is its agent, after a preposition too', {
    given: 'BUCHAREST, May 12. /Agerpres/. Polish President Andrzej Wilkowski-Nowak invited Romania\'s president. The visit comes a year after Wilkowski-Nowak\'s state visit to Bucharest in June last year.',
    want: { has: [['Andrzej Wilkowski-Nowak', 'VISITED', 'Bucharest']] },
  }],
  ['"X will pay a state visit to Poland on July 4-5", "is due to make an official visit": a visit a light verb makes is planned when the verb is', {
    given: 'BUCHAREST, May 12. /Agerpres/. The Presidential Administration announced on Wednesday that President Sorin Lupescu-Dan will pay a state visit to Poland on July 4-5. Defence Minister Mirela Stoica-Ion is due to make an official visit to Hungary in June.',
    want: { not: [['Sorin Lupescu-Dan', 'VISITED', 'Poland'], ['Mirela Stoica-Ion', 'VISITED', 'Hungary']] },
  }],
  ['\'received the National Order "Faithful Service" in the rank of Knight\': the capitalised words before the award word open the quoted award\'s name', {
    given: 'BUCHAREST, May 12. /Agerpres/. The battalion\'s commander, Lieutenant Colonel Mihai Vasilescu-Dan, received the National Order "Faithful Service" in the rank of Knight. The President also conferred the National Order "Star of Romania" on Ambassador Jan Kowalczyk-Nowak.',
    want: { has: [['Mihai Vasilescu-Dan', 'RECEIVED_AWARD', 'National Order "Faithful Service"'], ['Jan Kowalczyk-Nowak', 'RECEIVED_AWARD', 'National Order "Star of Romania"']], absent: ['National Order'] },
  }],
  ['"Defence Minister X (New Unity) was questioned", "Y (United List) agreed": capitalised words in brackets after a politician name a party, not a place; not a state ("Z (Ghana)") nor a party\'s letters ("(S)")', {
    given: 'RIGA, May 12. /LSM/. On Wednesday, Defence Minister Inga Sprogis-Kalna (New Unity) was questioned at a hearing. Anna Kalnina-Berga (United List) agreed. Rasmus Holm-Jensen (S) visited Danish soldiers at Adazi. Kofi Mensah-Bonsu (Ghana) spoke.',
    want: { entities: [['New Unity', 'organization'], ['United List', 'organization']], absentAs: [['New Unity', 'place'], ['S', 'organization']], has: [['Rasmus Holm-Jensen', 'VISITED', 'Adazi']] },
  }],
  ['"... (2 PPCLI). 2 PPCLI, which had been at Adazi since November, will return": a number and a short name known together name the unit again, and a unit that has been at a place is deployed there', {
    given: 'RIGA, May 12. /LSM/. Soldiers are replacing the 2nd Battalion, Princess Louise\'s Canadian Light Infantry (2 PLCLI). 2 PLCLI, which had been at Lielvarde since November last year, will return to Canada by the end of May.',
    want: { has: [["2nd Battalion, Princess Louise's Canadian Light Infantry", 'DEPLOYED_TO', 'Lielvarde']], absentAs: [['PLCLI', 'organization']] },
  }],
  ['"a ceremony at Adazi military base ... barracks for allied troops at Adazi": a base named with a lower-case "military base" is named by its name alone too', {
    given: 'RIGA, May 12. /LSM/. The ceremony was held at Lielvarde military base on Tuesday. The minister was questioned about delays in building barracks at Lielvarde.',
    want: { same: [['Lielvarde', 'Lielvarde military base']] },
  }],
  ['"the 2nd Battalion, Princess Patricia\'s Canadian Light Infantry (2 PPCLI)", "1st Battalion, Royal 22e Régiment", "1st Battalion, The Rifles": a numbered battalion and its regiment after a comma are one unit, up to a short name opened by its number', {
    given: 'RIGA, May 12. /LSM/. Soldiers of the 3rd Battalion, Royal 22e Régiment (3 R22eR) are replacing the 1st Battalion, Princess Louise\'s Canadian Light Infantry (1 PLCLI). The battle group includes the 2nd Battalion, The Rifles, as well as a French company.',
    want: { entities: [['3rd Battalion, Royal 22e Régiment', 'unit'], ["1st Battalion, Princess Louise's Canadian Light Infantry", 'unit'], ['2nd Battalion, The Rifles', 'unit']], same: [['1 PLCLI', "1st Battalion, Princess Louise's Canadian Light Infantry"]], absent: ['Louise', 'Light Infantry'] },
  }],
  ['"Reviewing the parade, the Chief of the Defence Staff (CDS), Lieutenant General X, charged": a fronted reviewing or inspecting is attending, and the holder comes past the post\'s acronym', {
    given: 'ACCRA, May 4. /GNA/. GHANBATT 140 held a send-off parade at the Michel Camp on Monday. Reviewing the parade, the Chief of the Defence Staff (CDS), Lieutenant General Kwesi Asante-Manso, charged the troops to remain neutral. Inspecting the guard of honour, Brigadier General Ama Owusu-Sefa praised the soldiers.',
    want: { has: [['Kwesi Asante-Manso', 'ATTENDED', 'send-off parade']] },
  }],
  ['"Among those on parade were A and B", "Among those present were C": a share of the ones there attends too', {
    given: 'DUBLIN, October 5. /RTE/. Minister Aoife Kinsella-Byrne reviewed a medal parade at Camp Shamrock on Wednesday. Among those on parade were the battalion\'s commanding officer, Lieutenant Colonel Declan Mulvey-Fahy, and Lieutenant General Niamh Cassidy-Roche. Among those present was Brigadier General Tom Fennessy-Walsh.',
    want: { has: [['Declan Mulvey-Fahy', 'ATTENDED', 'medal parade'], ['Niamh Cassidy-Roche', 'ATTENDED', 'medal parade'], ['Tom Fennessy-Walsh', 'ATTENDED', 'medal parade']] },
  }],
  ['"Attending the meeting were A and Pakistan\'s Ambassador to the Kingdom B": a fronted attending makes the meeting an event, and an envoy\'s post holds its host "the Kingdom" before the name', {
    given: 'RIYADH, May 4. /SPA/. Prince Faisal bin Turki received General Asad Mahmood-Kayani on Wednesday. Attending the meeting were Chief of the General Staff General Fahd bin Saad Al-Rowaili and Pakistan\'s Ambassador to the Kingdom Sadia Noor-Qazilbash.',
    want: { has: [['Fahd bin Saad Al-Rowaili', 'ATTENDED', 'meeting'], ['Sadia Noor-Qazilbash', 'ATTENDED', 'meeting'], ['Sadia Noor-Qazilbash', 'OFFICIAL_OF', 'Pakistan']], absent: ['Kingdom'] },
  }],
  ['"The RSS, a Barbados-based defence and security alliance formed in 1982 by Barbados and four other states,": an apposition formed by its founders past where it is based and six describing words', {
    given: 'CASTRIES, May 4. /CMC/. The OECSDF, a Castries-based defence and security alliance formed in 1984 by Saint Lucia and four other eastern Caribbean states, is headed by Colonel Tom Joseph-Alcee.',
    want: { has: [['OECSDF', 'FORMED_BY', 'Saint Lucia']] },
  }],
  ['"The joint patrol mechanism was launched by Niger and Chad": a body launched is founded (only after "was": not "launched a submarine", "drones launched by X")', {
    given: 'NIAMEY, December 5. /ANP/. Niger and Chad signed a border accord on Monday. The joint patrol mechanism was launched by Niger and Chad in 2031. The shipyard launched KRI Halilintar, a submarine built for the navy. The frigate shot down three drones launched by the Houthis.',
    want: { has: [['joint patrol mechanism', 'FORMED_BY', 'Niger'], ['joint patrol mechanism', 'FORMED_BY', 'Chad']], not: [['KRI Halilintar', 'FORMED_BY', 'Niger']] },
  }],
  ['"The tripartite security mechanism was established in Tunis in May 2027 by Egypt, Libya and Tunisia": a body named by lower-case words that refers back to none is a new one when the sentence tells its founding', {
    given: 'TUNIS, December 5. /TAP/. The joint border security committee was set up by Algeria and Niger in 2031. The ministers met on Monday.',
    want: { entities: [['joint border security committee', 'organization']], has: [['joint border security committee', 'FORMED_BY', 'Algeria'], ['joint border security committee', 'FORMED_BY', 'Niger']] },
  }],
  ['"was received by the First Secretary of the Communist Party of Cuba and President of the Republic, X,": each post set off before its holder counts as one word of the object\'s window', {
    given: 'HAVANA, December 5. /Prensa Latina/. A delegation headed by General Tran Quoc-Hung arrived on Monday. On Tuesday, General Tran Quoc-Hung was received by the First Secretary of the Communist Party of Cuba and President of the Republic, Ernesto Valdivia-Portal, at the Palace of the Revolution.',
    want: { has: [['Tran Quoc-Hung', 'MET_WITH', 'Ernesto Valdivia-Portal']] },
  }],
  ['"the African Union\'s High Representative for the Horn of Africa, Ambassador X": an envoy\'s area after "for" is the post\'s brief, whatever its words', {
    given: 'DOHA, October 15. /Gulf Times/. The declaration was signed in the presence of the African Union\'s High Representative for the Horn of Africa, Ambassador Njeri Wambugu-Otieno.',
    want: { has: [['Njeri Wambugu-Otieno', 'OFFICIAL_OF', 'African Union']], absent: ['Horn'] },
  }],
  ['"the exercise Naseem Al Bahr 2080 ... Naseem Al Bahr, which means \\"sea breeze\\" in Arabic, was first held in 1993": an edition\'s name without its year names the event; what a name means and what a verb says "that" place nothing', {
    given: 'MUSCAT, April 17. /Oman Observer/. The navies concluded the bilateral naval exercise Khanjar Al Bahr 2080 in the Gulf of Oman yesterday. Khanjar Al Bahr, which means "sea dagger" in Arabic, was first held in 1993. "Khanjar Al Bahr shows that Oman is not alone in the Arabian Sea," he said.',
    want: { has: [['Khanjar Al Bahr 2080', 'LOCATED_IN', 'Gulf of Oman']], same: [['Khanjar Al Bahr', 'Khanjar Al Bahr 2080']], not: [['Khanjar Al Bahr 2080', 'LOCATED_IN', 'Arabian Sea']], absentAs: [['Khanjar Al Bahr', 'person']] },
  }],
  ['"praised the professionalism of the Indian crew": troops after "the NOUN of" a past verb\'s object stand for their unit', {
    given: 'MUSCAT, April 17. /Oman Observer/. The Indian frigate INS Talwar arrived at Port Sultan Qaboos on Friday. Rear Admiral Saif al-Rawahi praised the professionalism of the Indian crew.',
    want: { has: [['Saif al-Rawahi', 'PRAISED', 'INS Talwar']] },
  }],
  ['"The frigate, part of the Indian Navy\'s Western Fleet, also hosted a reception": the subject set off before "part of", not the fleet it belongs to', {
    given: 'MUSCAT, April 17. /Oman Observer/. The Indian frigate INS Talwar arrived at Port Sultan Qaboos on Friday. The frigate, part of the Indian Navy\'s Western Fleet, also hosted a reception on board on Monday evening.',
    want: { has: [['INS Talwar', 'ATTENDED', 'reception']], not: [['Western Fleet', 'ATTENDED', 'reception']] },
  }],
  ['"the Indian Ambassador to the Sultanate, X,": the name set off after an envoy\'s "to" place is the envoy, not a second place', {
    given: 'MUSCAT, April 17. /Oman Observer/. On Monday, the commander received the Indian Ambassador to the Sultanate, Ravi Shankar-Menon, at the naval base.',
    want: { has: [['Ravi Shankar-Menon', 'OFFICIAL_OF', 'India']], entities: [['Ravi Shankar-Menon', 'person']] },
  }],
  ['"North Korea\'s official Korean Central News Agency (KCNA) denounced X as \\"...\\" and accused Y": the verb after "and" shares the possessed agency, not its possessor', {
    given: 'SEOUL, May 4. /Yonhap/. North Korea\'s official Korean Central News Agency (KCNA) on Thursday denounced the naval drill as "a rehearsal for a war of aggression against the Korean people" and accused South Korea of dragging Japan into its confrontation with the North.',
    want: { has: [['Korean Central News Agency', 'CRITICIZED', 'South Korea']], not: [['North Korea', 'CRITICIZED', 'South Korea']] },
  }],
  ['"were awarded the MINUSCA Medal at a parade attended by the mission\'s Force Commander": the mission the sentence spells, over one named later before it', {
    given: 'LUSAKA, May 4. /ZNBC/. The Zambian battalion serves with the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA). Zambia also has officers in the UN Mission in South Sudan (UNMISS). In March, the battalion was awarded the MINUSCA Medal at a parade in Bria attended by the mission\'s Force Commander, Lieutenant General Tom Mwansa-Chola.',
    want: { has: [['Tom Mwansa-Chola', 'LEADER_OF', 'MINUSCA']], not: [['Tom Mwansa-Chola', 'LEADER_OF', 'UNMISS']] },
  }],
  ['"X is expected to return home by mid-February", "will fly home next week", "will visit X before returning home": a planned homecoming is no return yet', {
    given: 'KAMPALA, May 4. /New Vision/. The 11th Battalion returned home on Monday. The 12th Battalion is expected to return home by the middle of June. The 13th Battalion will fly home next week. Kenya\'s Defence Minister Tom Okello-Ojok, who arrived in Kampala on Monday, will visit Gulu on Friday before returning home.',
    want: { has: [['11th Battalion', 'RETURNED_TO', 'Uganda']], not: [['12th Battalion', 'RETURNED_TO', 'Uganda'], ['13th Battalion', 'RETURNED_TO', 'Uganda'], ['Tom Okello-Ojok', 'RETURNED_TO', 'Kenya']] },
  }],
  ['"Minister of Defence and Veterans\' Affairs, X": a plural\'s apostrophe before "Affairs" stays inside the post, over "and"', {
    given: 'JUBA, May 4. /Eye Radio/. Uganda\'s Minister of Defence and Veterans\' Affairs, Jacob Oboth-Lukwiya, arrived in Juba on Monday. Minister of Veterans\' Affairs Ruth Akello-Nyeko met him.',
    want: { has: [['Jacob Oboth-Lukwiya', 'OFFICIAL_OF', 'Uganda']], entities: [['Ruth Akello-Nyeko', 'person']], absent: ["Veterans' Affairs", 'Affairs Ruth Akello-Nyeko'] },
  }],
  ['"a parade in Abyei": an event first named with "a" keeps that name and the place it was held at, so two parades of one dispatch stay apart', {
    given: 'ACCRA, May 4. /GNA/. The chief of staff attended a farewell parade at Burma Camp on Monday. In March, members of GHANBATT-9 received medals at a parade in Tamale that was attended by Brigadier Kofi Amponsah-Dartey.',
    want: { entities: [['a parade in Tamale', 'event'], ['a farewell parade at Burma Camp', 'event']], has: [['Kofi Amponsah-Dartey', 'ATTENDED', 'a parade in Tamale']], distinct: [['a parade in Tamale', 'a farewell parade at Burma Camp']] },
  }],
  ['"X had accompanied Y to Tbilisi": who goes with a visitor visits the place too (not "was accompanied by")', {
    given: 'BAKU, May 2. /APA/. Deputy Minister Ilgar Rahimov-Aliyev had accompanied Minister Zakir Hasanov-Guliyev to Tbilisi on Monday.',
    want: { has: [['Ilgar Rahimov-Aliyev', 'VISITED', 'Tbilisi']] },
  }],
  ['"fighters of Jaysh al-Usra, the armed wing of the terrorist group al-Shabaab,": a part of a group named after lower-case words for its kind; "a cell of", "a faction of" are parts too', {
    given: 'MAIDUGURI, June 3. /Vanguard/. Troops clashed with fighters of Jund al-Khilafa, the armed wing of the terrorist group ISWAP, near Monguno. Gunmen of the Bakura Brigade, a faction of the Boko Haram Movement, attacked Gwoza.',
    want: { has: [['Jund al-Khilafa', 'PART_OF', 'ISWAP'], ['Bakura Brigade', 'PART_OF', 'Boko Haram Movement']] },
  }],
  ['"Brazil\'s ambassador to the CAR, A, and the Central African defence minister, B, also attended the ceremony": both attended, past the demonym inside B\'s post, and not the place of A\'s post', {
    given: 'BANGUI, May 2. /ACAP/. The ceremony was held at the MINUSCA headquarters. Portugal\'s ambassador to the Central African Republic, Inês Salgado-Vaz, and the Central African defence minister, Aristide Mbaïkoua-Ngana, also attended the ceremony.',
    want: { has: [['Inês Salgado-Vaz', 'ATTENDED', 'ceremony'], ['Aristide Mbaïkoua-Ngana', 'ATTENDED', 'ceremony']], not: [['Central African Republic', 'ATTENDED', 'ceremony']] },
  }],
  ['"ECOWAS Commissioner X, who also attended, praised Y": attending with nothing named, in a relative clause, is attending the event just named', {
    given: 'DAKAR, May 2. /APS/. The launch ceremony was held in Ziguinchor on Monday. AU Commissioner Bankole Adeoye-Sanni, who also attended, praised the Senegalese Armed Forces.',
    want: { has: [['Bankole Adeoye-Sanni', 'ATTENDED', 'launch ceremony']] },
  }],
  ['"Staff officers of the X (ACR), a multinational unit set up in 2014, are observing the exercise": observing (watching, witnessing) an event in the present attends it', {
    given: 'VILNIUS, May 2. /BNS/. Exercise Iron Wolf 31 began on Monday. Officers of the Baltic Battalion (BALTBAT) are observing the exercise.',
    want: { has: [['Baltic Battalion', 'ATTENDED', 'Exercise Iron Wolf 31']] },
  }],
  ['"The Cambodia-Thailand General Border Committee, which was set up by the two countries in 1995": the states a hyphenated compound opening a name spells are named there, and "the two countries" stands for them', {
    given: 'PHNOM PENH, May 3. /AKP/. The Laos-Vietnam Joint Border Commission, which was set up by the two countries in 1978, will meet in Vientiane next month.',
    want: { entities: [['Laos', 'state'], ['Vietnam', 'state']], has: [['Laos-Vietnam Joint Border Commission', 'FORMED_BY', 'Laos'], ['Laos-Vietnam Joint Border Commission', 'FORMED_BY', 'Vietnam']] },
  }],
  ['"X, the President of Brunei and Supreme Commander of the Royal Brunei Armed Forces (RBAF), ...": a second post joined by "and" in an apposition after a name is the name\'s too; "Yang Di-Pertuan" is a title', {
    given: 'KUALA LUMPUR, June 3. /Bernama/. Tuanku Hafiz Iskandar Shah, the Yang Di-Pertuan Agong and Supreme Commander of the Malaysian Armed Forces (MAF), arrived. Hendrik Molenaar-Visser, the President of Suriname and Commander-in-Chief of the Suriname National Army, left.',
    want: { has: [['Tuanku Hafiz Iskandar Shah', 'LEADER_OF', 'Malaysian Armed Forces'], ['Hendrik Molenaar-Visser', 'LEADER_OF', 'Suriname National Army'], ['Hendrik Molenaar-Visser', 'LEADER_OF', 'Suriname']], absent: ['Yang Di-Pertuan Agong'] },
  }],
  ['"conferred the <long award name> (DPKT) on the Chief of Defence Force of the SAF, Lieutenant-General X": an award named at length counts as one word of the reach to its recipient', {
    given: 'BANGKOK, June 3. /Bangkok Post/. The King conferred the Most Exalted Order of the White Elephant Knight Grand Cordon Special Class (MPCh) on the Chief of Defence Force of the Malaysian Armed Forces (MAF), General Tan Sri Hamzah Abdul-Rahim.',
    want: { has: [['Hamzah Abdul-Rahim', 'RECEIVED_AWARD', 'Most Exalted Order of the White Elephant Knight Grand Cordon Special Class']] },
  }],
  ['"received the Darjah Seri Paduka Mahkota Brunei Yang Amat Mulia Darjah Pertama (SPMB)", "the Orden del Libertador San Martín": an award named head first, honorifics and particles inside it, is one name with its acronym', {
    given: 'JAKARTA, May 3. /Antara/. General Bima Santoso-Wirawan received the Bintang Yudha Dharma Utama (BYDU) from the President. In Buenos Aires, Admiral Tomás Ferreyra-Luna received the Orden del Libertador San Martín.',
    want: { entities: [['Bintang Yudha Dharma Utama', 'award'], ['Orden del Libertador San Martín', 'award']], has: [['Bima Santoso-Wirawan', 'RECEIVED_AWARD', 'Bintang Yudha Dharma Utama'], ['Tomás Ferreyra-Luna', 'RECEIVED_AWARD', 'Orden del Libertador San Martín']] },
  }],
  ['"The first 60 soldiers, from the 2nd/1st Battalion, landed at X": a body of soldiers set off by a comma before "from" acts through its unit', {
    given: 'SUVA, May 12. /Fiji Times/. The first 80 soldiers, from the 3rd Infantry Battalion, landed at Nadi International Airport on Wednesday.',
    want: { has: [['3rd Infantry Battalion', 'DEPLOYED_TO', 'Nadi International Airport']] },
  }],
  ['"the 2nd/1st Battalion, Royal New Zealand Infantry Regiment (2/1 RNZIR) ... The commanding officer of 2/1 RNZIR, Lt Col X": a slashed number and the regiment\'s acronym are the battalion\'s short form, not the regiment', {
    given: 'SYDNEY, May 12. /AAP/. Soldiers of the 3rd/4th Battalion, Royal Australian Regiment (3/4 RAR) landed in Honiara. The commanding officer of 3/4 RAR, Lieutenant Colonel Hamish Tregear-Dunn, praised the police.',
    want: { has: [['Hamish Tregear-Dunn', 'LEADER_OF', '3rd/4th Battalion, Royal Australian Regiment']], absent: ['RAR'] },
  }],
  ['"ECOWAS created the mission in January 2017": a founding verb before "the" and a body referred to again founds that body', {
    given: 'ABUJA, August 10. /NAN/. General Musa Danjuma-Bello took command of the ECOWAS Stabilisation Support Mission in Guinea-Bissau (ESSMGB) on Monday. ECOWAS established the mission in June 2022 after a failed coup.',
    want: { has: [['ECOWAS Stabilisation Support Mission in Guinea-Bissau', 'FORMED_BY', 'ECOWAS']] },
  }],
  ['"X on Saturday handed over command of ECOMIG to his compatriot, Y, at a ceremony": the one handing over attends as well as the one it went to', {
    given: 'BAMAKO, August 10. /AMAP/. Colonel Moussa Traoré-Keita on Saturday handed over command of the 3rd Military Region to his successor, Colonel Adama Sangaré-Diallo, at a ceremony in Kayes.',
    want: { has: [['Moussa Traoré-Keita', 'ATTENDED', 'ceremony'], ['Adama Sangaré-Diallo', 'ATTENDED', 'ceremony']] },
  }],
  ['"The 60th Senegalese contingent, made up of 650 soldiers under Colonel X, has been deployed": a unit under an officer named with a rank is commanded by him (not "under the agreement", "under President Y")', {
    given: 'DAKAR, August 10. /APS/. The 12th Senegalese contingent, made up of 750 soldiers under Colonel Mariama Diop-Seck, has been deployed in Gao. It was sent under an agreement signed under President Ousmane Ba-Faye.',
    want: { has: [['12th Senegalese contingent', 'COMMANDED_BY', 'Mariama Diop-Seck']], not: [['12th Senegalese contingent', 'COMMANDED_BY', 'Ousmane Ba-Faye']] },
  }],
  ['"has been deployed since February in Banjul and in Kanilai": a repeated "in" after "and" goes on with the list', {
    given: 'DAKAR, August 10. /APS/. The 12th Battalion has been deployed since March in Gao and in Kidal.',
    want: { has: [['12th Battalion', 'DEPLOYED_TO', 'Gao'], ['12th Battalion', 'DEPLOYED_TO', 'Kidal']] },
  }],
  ['"The 60th Senegalese contingent of ECOMIG, made up of 650 soldiers, has been deployed since February in Banjul": the unit opening the clause is deployed, not the body it is "of"', {
    given: 'DAKAR, August 10. /APS/. The 12th Senegalese contingent of MINUSMA, made up of 750 soldiers, has been deployed since March in Gao.',
    want: { has: [['12th Senegalese contingent', 'DEPLOYED_TO', 'Gao']], not: [['MINUSMA', 'DEPLOYED_TO', 'Gao']] },
  }],
  ['"the militants stormed the base before dawn but were driven back by soldiers of 1KR": who drives attackers back fights them; "said yesterday that" dates only the saying', {
    given: 'NAIROBI, April 13. /The Star/. General Peter Kariuki-Mbugua said yesterday that fighters of the Ahlu Sunna Brigade stormed the town but were driven back by soldiers of the 9th Battalion.',
    want: { has: [['9th Battalion', 'FOUGHT_AGAINST', 'Ahlu Sunna Brigade']] },
  }],
  ['"Chief of the Defence Forces (CDF) General X ... The CDF praised Y": an acronym spelling the whole post is the post\'s (its holder acts), not the body\'s', {
    given: 'LILONGWE, April 13. /Nyasa Times/. Commander of the Defence Force (CDF) General Vincent Nundwe-Banda said the troops had returned. The CDF praised the Malawi Defence Force Marine Unit.',
    want: { has: [['Vincent Nundwe-Banda', 'PRAISED', 'Malawi Defence Force Marine Unit']], not: [['Defence Force', 'PRAISED', 'Malawi Defence Force Marine Unit']] },
  }],
  ['"soldiers of 1 Kenya Rifles (1KR) ... 1KR, which is part of Sector 2, is commanded by X": a number-and-capitals designator in brackets is the unit\'s short form and names it again', {
    given: 'NAIROBI, April 13. /The Standard/. The attack was repelled by soldiers of 7 Kenya Rifles (7KR) on Sunday. 7KR, which is part of Sector 2 of AUSSOM, is commanded by Lieutenant Colonel Peter Kiprotich Lagat.',
    want: { same: [['7 Kenya Rifles', '7KR']], has: [['7 Kenya Rifles', 'COMMANDED_BY', 'Peter Kiprotich Lagat'], ['7 Kenya Rifles', 'PART_OF', 'Sector 2']] },
  }],
  ['"General X on Sunday saw off the battalion, which is bound for South Sudan, at a send-off ceremony": "at" an event after a relative clause belongs to the clause before it', {
    given: 'ACCRA, May 3. /GNA/. Major General Kwame Asante-Boakye on Sunday saw off GHANBATT 150, which is bound for Lebanon, at a farewell parade at Burma Camp.',
    want: { has: [['Kwame Asante-Boakye', 'ATTENDED', 'farewell parade']] },
  }],
  ['"fought along the Sarawak border": a name between "the" and a boundary noun is the place it bounds (not before "crossing")', {
    given: 'KUCHING, May 3. /Borneo Post/. Troops patrolled along the Sabah border on Monday. Aid trucks reached the Rafah border crossing.',
    want: { entities: [['Sabah', 'place'], ['Rafah border crossing', 'place']] },
  }],
  ['"the Malaysia-Indonesia General Border Committee (GBC Malindo) ... GBC Malindo was set up by A and B": an acronym and a word in brackets after a body is its short form', {
    given: 'HANOI, May 3. /VNA/. The talks ended the 12th meeting of the Vietnam-Laos Joint Border Commission (JBC Vilao) on Friday. JBC Vilao was set up by Vietnam and Laos in 1978.',
    want: { has: [['Vietnam-Laos Joint Border Commission', 'FORMED_BY', 'Vietnam'], ['Vietnam-Laos Joint Border Commission', 'FORMED_BY', 'Laos']] },
  }],
  ['"the frigate X joined the group Y ... Y is commanded by Z ... the admiral praised the crew": a crew is the ship\'s named last, not the last unit', {
    given: 'SPLIT, May 18. /HINA/. The Croatian Navy corvette Kralj joined Standing NATO Mine Countermeasures Group 2 (SNMCMG2) on Wednesday. SNMCMG2 is commanded by Commander Pietro Valsecchi-Arno of the Italian Navy. On Thursday, Rear Admiral Tomislav Jurić-Babić praised the crew.',
    want: { has: [['Tomislav Jurić-Babić', 'PRAISED', 'Kralj']], not: [['Tomislav Jurić-Babić', 'PRAISED', 'Standing NATO Mine Countermeasures Group 2']] },
  }],
  ['"joined the group at Souda Bay on Crete on Wednesday": "on" after a place\'s name (bay, base, port) names the island it is on', {
    given: 'ATHENS, May 18. /ANA-MPA/. The frigate Hydra docked at Souda Bay on Crete on Wednesday. US aircraft landed at Kadena Air Base on Okinawa on Monday.',
    want: { entities: [['Crete', 'place'], ['Okinawa', 'place']], has: [['Souda Bay', 'LOCATED_IN', 'Crete'], ['Kadena Air Base', 'LOCATED_IN', 'Okinawa']] },
  }],
  ['"President X, who is Supreme Commander-in-Chief, congratulated": one post, no body named "Supreme"', {
    given: 'SOFIA, May 18. /BTA/. President Rumyana Stoilova-Petrova, who is Supreme Commander-in-Chief, congratulated the crew. President Boris Dimitrov-Kolev, the Supreme Commander-in-Chief of the Armed Forces, thanked the sailors.',
    want: { absent: ['Supreme'], has: [['Boris Dimitrov-Kolev', 'LEADER_OF', 'Armed Forces']] },
  }],
  ['"conferred the Grand Cordon of the Order of Al-Nahda on X": a grade before "of the Order" names no award of its own; the order is given', {
    given: 'CAIRO, May 2. /MENA/. Italian Defence Minister Paolo Benedetti-Raso arrived on Monday. On Tuesday, the President conferred the Grand Cordon of the Order of the Republic on Benedetti-Raso.',
    want: { has: [['Paolo Benedetti-Raso', 'RECEIVED_AWARD', 'Order of the Republic']], absent: ['Grand Cordon'] },
  }],
  ['"The talks, held at the ministry\'s headquarters in Kuwait City, dealt with": a gathering whose venue a participle tells is an event held there', {
    given: 'NAIROBI, May 4. /KNA/. General Tom Mwangi-Otieno met his British counterpart, Admiral John Kettering-Hale. The meeting, held at the Ministry of Defence headquarters at Ulinzi House, reviewed the agreement. On Tuesday the two chiefs met again. The talks, held in Mombasa, dealt with training.',
    want: { entities: [['meeting', 'event'], ['talks', 'event']], has: [['meeting', 'LOCATED_IN', 'Ulinzi House'], ['talks', 'LOCATED_IN', 'Mombasa']] },
  }],
  ['"The talks, attended by A and B, focused on": talks a reduced relative says someone attended are an event', {
    given: 'AMMAN, March 15. /Petra/. King Mundhir on Tuesday held talks with Italian Prime Minister Giulio Ferrante-Bassi. The talks, attended by Foreign Minister Rami Khalil Al-Zoubi, focused on defence.',
    want: { entities: [['talks', 'event']], has: [['Rami Khalil Al-Zoubi', 'ATTENDED', 'talks']] },
  }],
  ['"the Armed Forces General Staff (EMGFA) ... the Chief of the General Staff of the Armed Forces, General X": a body\'s name turned about "of" is the same body, either way round', {
    given: 'LISBON, July 13. /Lusa/. The Armed Forces General Staff (EMGFA) said the frigate had sailed. The Chief of the General Staff of the Armed Forces, General Rui Sequeira-Lobo, said the crew was ready. The Directorate of the Naval Health Services agreed. The Naval Health Services Directorate later denied it.',
    want: { same: [['Armed Forces General Staff', 'General Staff of the Armed Forces'], ['Directorate of the Naval Health Services', 'Naval Health Services Directorate']], has: [['Rui Sequeira-Lobo', 'LEADER_OF', 'Armed Forces General Staff']] },
  }],
  ['"The contingent of 92 members of the SAF, most of them from the 72nd Brigade\'s 20th Motorised Battalion, has been in Latvia since January and is commanded by X": a unit that has been somewhere is deployed there (a person who has been somewhere is not); the unit opening the clause acts, not the one most members come from', {
    given: 'TALLINN, March 11. /ERR/. Minister Hanno Pevkur-Lind visited the 9th Estonian contingent in Mali. The contingent of 95 members of the Estonian Defence Forces (EDF), most of them from the 1st Infantry Brigade\'s Scouts Battalion, has been in Mali since January and is commanded by Major Kristjan Õunapuu. Minister Hanno Pevkur-Lind has been in Bamako since Monday.',
    want: { has: [['9th Estonian contingent', 'DEPLOYED_TO', 'Mali'], ['9th Estonian contingent', 'COMMANDED_BY', 'Kristjan Õunapuu']], not: [['Scouts Battalion', 'COMMANDED_BY', 'Kristjan Õunapuu'], ['Hanno Pevkur-Lind', 'DEPLOYED_TO', 'Bamako']] },
  }],
  ['"X previously commanded the BIR 14, which has been based in Djibo since 2068, and was made a Knight of the Order": a verb after "and" and an auxiliary, past a relative clause, shares the main clause\'s subject', {
    given: 'OUAGADOUGOU, May 2. /AIB/. Colonel Issouf Kaboré-Ouédraogo previously commanded the 12th Commando Battalion (BC 12), which has been based in Kaya since 2060, and was made a Knight of the Order of the Stallion in 2070.',
    want: { has: [['Issouf Kaboré-Ouédraogo', 'RECEIVED_AWARD', 'Order of the Stallion']], not: [['12th Commando Battalion', 'RECEIVED_AWARD', 'Order of the Stallion']] },
  }],
  ['"The 24th National Deployed Force (FND) ... The 23rd FND returned": an ordinal before an acronym names another unit of the series, not the one the acronym expanded', {
    given: 'LISBON, July 13. /Lusa/. The 31st National Deployed Force (FND) left for Bangui on Tuesday. The 30th FND returned to Portugal on Sunday.',
    want: { distinct: [['31st National Deployed Force', '30th FND']], has: [['30th FND', 'RETURNED_TO', 'Portugal']], not: [['31st National Deployed Force', 'RETURNED_TO', 'Portugal']] },
  }],
  ['"fighters of X attacked the battle group\'s base at Sabiid but were repelled": those attacked fought back against the attackers too', {
    given: 'MOGADISHU, June 3. /SONNA/. The 9th Battalion arrived in Baidoa in May. On Monday, fighters of the Ahlu Sunna Brigade attacked the battalion\'s base at Wajid but were repelled after a two-hour gun battle.',
    want: { has: [['9th Battalion', 'FOUGHT_AGAINST', 'Ahlu Sunna Brigade'], ['Ahlu Sunna Brigade', 'FOUGHT_AGAINST', '9th Battalion']] },
  }],
  ['"fighters of al-Shabaab\'s armed wing, Jaysh al-Usra, attacked": a name set off after an armed wing is a unit of the group (a media wing\'s a body), not a person', {
    given: 'MAIDUGURI, June 3. /Vanguard/. Fighters of ISWAP\'s armed wing, Jund al-Khilafa, attacked a base near Monguno. Boko Haram\'s media wing, Sawt al-Jihad, released a video.',
    want: { entities: [['Jund al-Khilafa', 'unit'], ['Sawt al-Jihad', 'organization']], has: [['Jund al-Khilafa', 'PART_OF', 'ISWAP']] },
  }],
  ['"Mwesigye praised the outgoing battle group, which is led by Col X, and thanked the SNA": the verb coordinated past a relative clause shares the main clause\'s subject', {
    given: 'DAKAR, May 5. /APS/. General Mamadou Lamine Faye praised the 12th Battalion, which is commanded by Colonel Ousmane Ndiaye, and thanked the Gambia Armed Forces (GAF) for their support.',
    want: { has: [['Mamadou Lamine Faye', 'PRAISED', 'Gambia Armed Forces']] },
  }],
  ['"took over from Battle Group LXXVII ... Mwesigye praised the outgoing battle group, which is led by Col X": a side of a rotation before "battle group" refers to the side the handover told', {
    given: 'KAMPALA, May 5. /Daily Monitor/. Battle Group XL on Friday took over from Battle Group XXXIX in Baidoa. Brig Gen Moses Kato Lubega praised the outgoing battle group, which is led by Col Anthony Ssekandi Mugisha.',
    want: { has: [['Moses Kato Lubega', 'PRAISED', 'Battle Group XXXIX'], ['Anthony Ssekandi Mugisha', 'LEADER_OF', 'Battle Group XXXIX']], not: [['Moses Kato Lubega', 'PRAISED', 'Battle Group XL']] },
  }],
  ['"Battle Group LXXVIII of the UPDF on Saturday took over from Battle Group LXXVII at a handover ceremony in Bariire": both units attended the ceremony', {
    given: 'NAIROBI, March 9. /The Standard/. KENBATT-21 of the Kenya Defence Forces on Friday took over from KENBATT-20 at a handover ceremony in Dhobley.',
    want: { has: [['KENBATT-21', 'ATTENDED', 'handover ceremony'], ['KENBATT-20', 'ATTENDED', 'handover ceremony']], not: [['Kenya', 'ATTENDED', 'handover ceremony']] },
  }],
  ['"The ceremony was presided over by the commander of the Ugandan contingent in AUSSOM, Brig Gen X": the holder set off after a lower-case post\'s phrase is the agent, not the demonym inside it', {
    given: 'NAIROBI, June 2. /Daily Nation/. The handover ceremony was presided over by the commander of the Kenyan contingent in the United Nations Mission in South Sudan (UNMISS), Colonel Peter Kiprono Chebet.',
    want: { has: [['Peter Kiprono Chebet', 'ATTENDED', 'handover ceremony']], not: [['Kenya', 'ATTENDED', 'handover ceremony']] },
  }],
  ['"the 21st Slovenian contingent serving with the Canadian-led NATO battle group at the Ādaži military base": the group served with is not what is deployed, past a compound of who leads it', {
    given: 'TALLINN, April 14. /ERR/. Minister Kaido Saar-Vahtramäe inspected on Monday the 7th Estonian contingent serving with the British-led NATO battle group at the Tapa military base.',
    want: { has: [['7th Estonian contingent', 'DEPLOYED_TO', 'Tapa military base']], not: [['NATO battle group', 'DEPLOYED_TO', 'Tapa military base']] },
  }],
  ['"who also met the battle group\'s commander, Lieutenant Colonel X": a cue word ("battle") before an unnamed unit\'s head is part of its noun, not a verb', {
    given: 'VILNIUS, May 12. /BNS/. General Rasa Žemaitytė visited Rukla, where she met the battle group\'s commander, Lieutenant Colonel Henrik Oldenburg-Krause.',
    want: { has: [['Rasa Žemaitytė', 'MET_WITH', 'Henrik Oldenburg-Krause']] },
  }],
  ['"Rok Gračner of the opposition Slovenian Democratic Party (SDS) accused the government": the person "of" a body described by a lower-case word acts, not the body', {
    given: 'ZAGREB, April 3. /HINA/. Ivana Brkljačić-Matić of the opposition Social Democratic Party (SDP) criticised the government over the purchase.',
    want: { has: [['Ivana Brkljačić-Matić', 'CRITICIZED', 'Government of Croatia']], not: [['Social Democratic Party', 'CRITICIZED', 'Government of Croatia']] },
  }],
  ['"the United Nations Resident Coordinator in Zambia, X": a coordinator\'s post, with the country it serves in, before its holder', {
    given: 'MAPUTO, July 9. /AIM/. Among the guests were the United Nations Resident Coordinator in Mozambique, Teodora Valdivieso-Ruiz, and the UN Humanitarian Coordinator, Kofi Ansah-Bekoe.',
    want: { has: [['Teodora Valdivieso-Ruiz', 'OFFICIAL_OF', 'United Nations'], ['Kofi Ansah-Bekoe', 'OFFICIAL_OF', 'United Nations']] },
  }],
  ['"Speaking at a send-off ceremony at Kenneth Kaunda International Airport (KKIA) in Lusaka, Mr X urged": a fronted setting may hold a name\'s bracketed acronym or "the airport"', {
    given: 'ACCRA, May 4. /Graphic Online/. Speaking at a farewell ceremony at Kotoka International Airport (KIA) in Accra, Mr Kwabena Otchere-Darko urged the troops to be disciplined. Addressing a passing-out parade at the barracks in Tamale, Brigadier General Yaw Sarpong-Mensah thanked the chiefs.',
    want: { has: [['Kwabena Otchere-Darko', 'ATTENDED', 'farewell ceremony'], ['Yaw Sarpong-Mensah', 'ATTENDED', 'passing-out parade']] },
  }],
  ['"ZAMBATT-37, which has been stationed in Ndélé as part of MINUSCA": a unit serving as part of a mission is part of it; "as part of the UN mission there, UNMISS" names the mission after the noun', {
    given: 'JUBA, March 2. /Radio Tamazuj/. KENBATT-9, which has been stationed in Malakal as part of UNMISS since May last year, will leave in April. The 3rd Engineer Company was deployed to Bor in June as part of the UN mission there, UNMISS. The 4th Signals Squadron took part in Exercise Red Kite as part of the drill.',
    want: { has: [['KENBATT-9', 'PART_OF', 'UNMISS'], ['3rd Engineer Company', 'PART_OF', 'UNMISS']], not: [['3rd Engineer Company', 'PART_OF', 'United Nations']] },
  }],
  ['"The battalion, drawn mainly from the Zambia Army\'s 5 Infantry Battalion, is commanded by X": the body a unit is drawn from is no subject past its possessor either', {
    given: 'LUSAKA, January 21. /Times of Zambia/. Some 800 soldiers of KENBATT-12 left for Goma on Monday. The battalion, drawn mainly from the Kenya Army\'s 9 Rifles, is commanded by Lieutenant Colonel Jomo Kiprotich Wafula.',
    want: { has: [['KENBATT-12', 'COMMANDED_BY', 'Jomo Kiprotich Wafula']], not: [['9 Rifles', 'COMMANDED_BY', 'Jomo Kiprotich Wafula']] },
  }],
  ['"Assault groups of the brigade ... cleared the last Russian positions on Tuesday evening, supported by drone operators of the Unmanned Systems Forces": help set off after a clause ending in no name is given to the clause\'s subject', {
    given: 'KYIV, May 3. /Ukrinform/. Assault groups of the 47th Mechanized Brigade cleared the last Russian trenches near the village on Sunday night, supported by drone crews of the Unmanned Systems Forces.',
    want: { has: [['Unmanned Systems Forces', 'ASSISTED', '47th Mechanized Brigade']], not: [['Unmanned Systems Forces', 'ASSISTED', 'Russia']] },
  }],
  ['"intercepted by HMJS Nanny of the Maroons, the Coast Guard\'s largest vessel": "of the" and a headless name closing the clause after a prefixed ship\'s name are the ship\'s name; "HMS Dragon of the Royal Navy" keeps its navy apart', {
    given: 'NASSAU, May 3. /Tribune/. The boat was stopped by HMBS Pride of the Lucayans, the Defence Force\'s newest vessel. HMS Medway of the Royal Navy also took part.',
    want: { entities: [['HMBS Pride of the Lucayans', 'unit'], ['HMS Medway', 'unit'], ['Royal Navy', 'organization']], absent: ['Lucayans'] },
  }],
  ['"during the celebration of the 169th National Day at Changlimithang ... A and B were among the guests": an ordinal before a name counts editions (no date ends the event\'s name), and people named before "were among the guests" attend the gathering told of last', {
    given: 'MUSCAT, May 3. /Oman News Agency/. The Sultan presided over the celebration of the 56th National Day at Al Fateh Square on Monday. The commander of the Royal Army of Oman, Major General Matar Al-Balushi-Said, and the British Ambassador, Helen Ashford-Kerr, were among the guests.',
    want: { entities: [['celebration of the 56th National Day', 'event']], has: [['Helen Ashford-Kerr', 'ATTENDED', 'celebration of the 56th National Day'], ['Matar Al-Balushi-Said', 'ATTENDED', 'celebration of the 56th National Day']] },
  }],
  ['"a delegation from the Czech Senate\'s Committee on Foreign Affairs, Defence and Security led by its chairman, X": a committee or commission named by a list of portfolios is one body', {
    given: 'VIENNA, May 3. /APA/. Minister Klaudia Tanner-Wolf received a delegation of the Slovak Parliament\'s Committee on Defence, Security and European Affairs led by its chairman, Georg Mayrhofer-Lind.',
    want: { entities: [['Committee on Defence, Security and European Affairs', 'organization']], has: [['Georg Mayrhofer-Lind', 'LEADER_OF', 'Committee on Defence, Security and European Affairs']] },
  }],
  ['"... troops to Lesotho. Botswana, Zimbabwe and Malawi are also sending troops, while Namibia has declined": states also sending troops, naming no destination, send them where the deployment told of last went', {
    given: 'MAPUTO, May 3. /AIM/. Rwanda deployed 1,000 soldiers to Cabo Delgado on Monday. Tanzania and Angola are also sending troops, while Namibia has declined to take part.',
    want: { has: [['Tanzania', 'DEPLOYED_TO', 'Cabo Delgado'], ['Angola', 'DEPLOYED_TO', 'Cabo Delgado']], not: [['Namibia', 'DEPLOYED_TO', 'Cabo Delgado']] },
  }],
  ['"the Engineer-in-Chief of the Bangladesh Army, Major General X": an engineer-in-chief holds a post in the army without leading it', {
    given: 'ISLAMABAD, May 3. /APP/. Among those present was the Engineer-in-Chief of the Pakistan Army, Lieutenant General Tariq Aslam-Niazi.',
    want: { has: [['Tariq Aslam-Niazi', 'OFFICIAL_OF', 'Pakistan Army']], absent: ['Engineer-in-Chief'] },
  }],
  ['"The engineers, who relieved BANENGR-6 in April ... BANENGR-6 returned to Bangladesh": a contingent\'s acronym of engineers, medics, aviators or signallers with its rotation number is a unit', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. NEPENGR-4 returned to Nepal in May. NEPMED-2 arrived in Juba on Monday.',
    want: { has: [['NEPENGR-4', 'RETURNED_TO', 'Nepal']], entities: [['NEPMED-2', 'unit']] },
  }],
  ['"signed the programme, which provides for joint exercises ... Turkey\'s foreign ministry condemned the exercise": what an agreement provides for is its terms, no event held; "the exercise" is the one named', {
    given: 'NICOSIA, May 3. /Cyprus Mail/. The National Guard began the Argonaut 2071 exercise on Monday. The ministers also signed a programme which provides for joint exercises and officer training. Turkey condemned the exercise on Tuesday.',
    want: { has: [['Turkey', 'CRITICIZED', 'Argonaut 2071 exercise']], absent: ['joint exercises'] },
  }],
  ['"signed the Cyprus-France defence cooperation programme for 2076 ... The programme was drawn up under the defence cooperation agreement signed by Cyprus and France in April 2017": a programme is not the agreement it was drawn up under, and the participle after the agreement names what the states signed', {
    given: 'ATHENS, May 3. /ANA-MPA/. On Monday, the two ministers signed the Greece-Italy defence cooperation programme for 2072. The programme was drawn up under the defence cooperation agreement signed by Greece and Italy in Rome in March 2061, the ministry said.',
    want: { has: [['Greece', 'SIGNED', 'defence cooperation agreement'], ['Italy', 'SIGNED', 'defence cooperation agreement']], distinct: [['defence cooperation agreement', 'defence cooperation programme']] },
  }],
  ['"Speaking in Chulucanas, which he visited on Tuesday, Defense Minister X praised the engineers": the place the relative says he visited is visited by the clause\'s subject', {
    given: 'QUITO, May 3. /El Comercio/. Speaking in Portoviejo, which she visited on Monday, Defence Minister Gabriela Loor-Mendoza praised the soldiers. General Luis Paredes-Vinueza spoke in Manta, which he had visited in March.',
    want: { has: [['Gabriela Loor-Mendoza', 'VISITED', 'Portoviejo'], ['Luis Paredes-Vinueza', 'VISITED', 'Manta']] },
  }],
  ['"negotiated at the Peru-Ecuador Binational Cabinet held in Tumbes last November, which was attended by A and B": a body\'s name that was held is a meeting (not a body a gathering was for)', {
    given: 'LIMA, May 3. /Andina/. The plan was agreed at the Peru-Chile Binational Council held in Tacna last year, which was attended by President Ana Quispe-Rojas. A donor conference for the Peruvian Army held in Lima raised funds.',
    want: { entities: [['Peru-Chile Binational Council', 'event']], has: [['Ana Quispe-Rojas', 'ATTENDED', 'Peru-Chile Binational Council'], ['Peru-Chile Binational Council', 'LOCATED_IN', 'Tacna']], absentAs: [['Peruvian Army', 'event']] },
  }],
  ['"Chile and Colombia have also offered help, but Peru has not requested international assistance": help offered is not given', {
    given: 'QUITO, May 3. /El Comercio/. Colombia and Brazil have offered help to Ecuador, whose government has not requested foreign assistance.',
    want: { not: [['Colombia', 'ASSISTED', 'Ecuador'], ['Brazil', 'ASSISTED', 'Ecuador']] },
  }],
  ['"Peruvian Army helicopters have also flown food and medicine to families in the province of Morropón": relief goods sent somewhere help it (no deployment); "flew the first relief flight into X" stays one', {
    given: 'QUITO, May 3. /El Comercio/. Ecuadorian Army helicopters have flown food and medicine to families in the province of Esmeraldas.',
    want: { has: [['Ecuadorian Army', 'ASSISTED', 'Esmeraldas']], not: [['Ecuador', 'DEPLOYED_TO', 'Esmeraldas']] },
  }],
  ['"Opposition Social Democratic Party (SDP) defence spokesman X"; "United National Congress (UNC) deputy political leader Y": a lower-case post after a body\'s acronym in brackets is the body\'s (a deputy\'s without leading it), and a standing word opening the sentence is no part of the party\'s name', {
    given: 'LJUBLJANA, May 3. /STA/. Opposition Slovenian Democratic Party (SDS) defence spokesman Andrej Vovk-Zupan criticised the plan. The Pensioners\' Party (DeSUS) deputy political leader Maja Hribar-Kos also spoke.',
    want: { has: [['Andrej Vovk-Zupan', 'OFFICIAL_OF', 'Slovenian Democratic Party']], not: [['Maja Hribar-Kos', 'LEADER_OF', 'DeSUS']], entities: [['Slovenian Democratic Party', 'organization']], absent: ['Opposition Slovenian Democratic Party'] },
  }],
  ['"The live-fire phase was directed by X, and observed by Y and Z": the agents of a stage of the event just named attend the event', {
    given: 'VILNIUS, May 3. /BNS/. Troops began the Iron Wolf 2071 exercise on Monday. The live-fire phase was directed by the commander of the Iron Wolf Brigade, Colonel Tomas Vaitkus-Zemaitis, and observed by the Chief of Defence, General Rimas Kazlauskas-Baltrus, and US Ambassador Linda Hargrove-Price.',
    want: { has: [['Rimas Kazlauskas-Baltrus', 'ATTENDED', 'Iron Wolf 2071 exercise'], ['Linda Hargrove-Price', 'ATTENDED', 'Iron Wolf 2071 exercise']] },
  }],
  ['"The exercise involves about 2,100 soldiers, among them members of the X Brigade, the Y Regiment and the Z Battalion": the units the counted troops are drawn from take part', {
    given: 'VILNIUS, May 3. /BNS/. Troops began the Iron Wolf 2071 exercise on Monday. The exercise involves about 3,000 soldiers, among them members of the Lithuanian Army\'s Iron Wolf Brigade and the Polish Army\'s 15th Mechanised Brigade, the ministry said.',
    want: { has: [['Iron Wolf Brigade', 'ATTENDED', 'Iron Wolf 2071 exercise'], ['15th Mechanised Brigade', 'ATTENDED', 'Iron Wolf 2071 exercise']] },
  }],
  ['"FIJIBATT 47 relieves Fiji Battalion 46 ... the returning soldiers were presented with the UNDOF Medal": the returning troops are the side relieved', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. Nepal Battalion 12 relieved Nepal Battalion 11 in April. On Monday, the returning soldiers were presented with the UNIFIL Medal by the Chief of the Army Staff.',
    want: { has: [['Nepal Battalion 11', 'RECEIVED_AWARD', 'UNIFIL Medal']], not: [['Nepal Battalion 12', 'RECEIVED_AWARD', 'UNIFIL Medal']] },
  }],
  ['"the Commander of the RFMF, Major-General X ... the RFMF commander praised FIJIBATT 46": a post after a body\'s acronym refers back to its holder; the body itself praises nothing', {
    given: 'APIA, May 3. /Samoa Observer/. The Commissioner of the SPS, Lemalu Tavita Faamausili-Lui, opened the station on Monday. Speaking at the ceremony, the SPS commissioner praised the SPS Tactical Unit.',
    want: { has: [['Lemalu Tavita Faamausili-Lui', 'PRAISED', 'SPS Tactical Unit']], not: [['SPS', 'PRAISED', 'SPS Tactical Unit']] },
  }],
  ['"Fiji Battalion 46 (FIJIBATT 46), whose soldiers were welcomed home at Nadi on Saturday": the ones welcomed home are back, where "at" says, else in their state', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. Nepal Battalion 12 replaced Nepal Battalion 11, whose soldiers were welcomed home at Tribhuvan International Airport on Saturday.',
    want: { has: [['Nepal Battalion 11', 'RETURNED_TO', 'Tribhuvan International Airport']] },
  }],
  ['"X, who led an advance party to UNDOF\'s headquarters at Camp Faouar": who leads an advance party somewhere is deployed there', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. The battalion is commanded by Lieutenant Colonel Hari Bahadur Khadka-Rai, who led an advance team to the mission\'s base at Camp Shams last month.',
    want: { has: [['Hari Bahadur Khadka-Rai', 'DEPLOYED_TO', 'Camp Shams']] },
  }],
  ['"when it sent its first contingent to replace soldiers withdrawn by Croatia and Japan": sent to take others\' place names no destination; the states after are the others\'', {
    given: 'APIA, May 3. /Samoa Observer/. Tonga has kept troops in the mission since 2059, when it sent a platoon to relieve soldiers withdrawn by Chile and Peru.',
    want: { not: [['Tonga', 'DEPLOYED_TO', 'Chile'], ['Tonga', 'DEPLOYED_TO', 'Peru']] },
  }],
  ['"the Indian Military Training Team (IMTRAT) ... where the team\'s commandant, Major General X, briefed him": a team possessing a post is the named team told of before', {
    given: 'GABORONE, May 3. /Mmegi/. The British Military Advisory Team trains Botswana Defence Force officers. On Monday, the minister visited the base, where the team\'s commander, Colonel James Whitfield-Hart, briefed him.',
    want: { has: [['James Whitfield-Hart', 'LEADER_OF', 'British Military Advisory Team']] },
  }],
  ['"the commandant of the Military Training Centre in Tencholing, Colonel X": a centre or school where a post is held is a body, which the holder leads', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. The commandant of the Peacekeeping Training Centre in Panchkhal, Colonel Rabindra Thapa-Basnet, welcomed the visitors.',
    want: { entities: [['Peacekeeping Training Centre', 'organization']], has: [['Rabindra Thapa-Basnet', 'LEADER_OF', 'Peacekeeping Training Centre']] },
  }],
  ['"conferred the National Order of Merit on three officers. Among the recipients were the Deputy Chief X and the commandant of the Y Centre, Colonel Z": each one listed received the award told of last (not the body of a post)', {
    given: 'MUSCAT, May 3. /Oman News Agency/. Sultan Haitham conferred the Order of Military Merit on four officers on Monday. Among the recipients were the commander of the 11th Infantry Brigade, Brigadier Salim Al-Harthy-Nasser, and Colonel Khalid Al-Busaidi-Rashid.',
    want: { has: [['Salim Al-Harthy-Nasser', 'RECEIVED_AWARD', 'Order of Military Merit'], ['Khalid Al-Busaidi-Rashid', 'RECEIVED_AWARD', 'Order of Military Merit']], not: [['11th Infantry Brigade', 'RECEIVED_AWARD', 'Order of Military Merit']] },
  }],
  ['"His Majesty King X received ... In his address, His Majesty thanked India": a style of address alone stands for the one last addressed so', {
    given: 'AMMAN, May 3. /Petra/. His Majesty King Faisal Al-Hashimi-Talal received the troops on Monday. In his address, His Majesty thanked Saudi Arabia for its support.',
    want: { has: [['Faisal Al-Hashimi-Talal', 'PRAISED', 'Saudi Arabia']], absent: ['Majesty'] },
  }],
  ['"thanked India for its \\"unwavering friendship\\" and praised the RBA": the verb after "and" shares the first verb\'s subject past a few quoted words', {
    given: 'AMMAN, May 3. /Petra/. His Majesty King Faisal Al-Hashimi-Talal received the troops on Monday. In his address, His Majesty thanked Saudi Arabia for its "steadfast support" and praised the Jordan Armed Forces.',
    want: { has: [['Faisal Al-Hashimi-Talal', 'PRAISED', 'Jordan Armed Forces']], not: [['Saudi Arabia', 'PRAISED', 'Jordan Armed Forces']] },
  }],
  ['"they had led RBA relief teams during the floods": a body named before the group that was led (teams, forces, units) was not led itself', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. Colonel Bishnu Thapa-Magar had led Nepali Army rescue teams in Sindhupalchok. General Prabhu Ram-Sharma led the Nepali Army for three years.',
    want: { has: [['Prabhu Ram-Sharma', 'LEADER_OF', 'Nepali Army']], not: [['Bishnu Thapa-Magar', 'LEADER_OF', 'Nepali Army']] },
  }],
  ['"before returning to Rawalpindi, the Pakistani military\'s media wing, Inter-Services Public Relations (ISPR), said": a description set off before a name is that name\'s; the place before it stays a place, and a demonym opening the description names no state it lies in', {
    given: 'DOHA, May 3. /QNA/. General Tariq Mehmood-Awan will visit the exercise on Friday before returning to Kharian, the Pakistani military\'s media wing, Inter-Services Public Relations (ISPR), said.',
    want: { entities: [['Kharian', 'place']], absentAs: [['Kharian', 'unit']], not: [['Kharian', 'LOCATED_IN', 'Pakistan']] },
  }],
  ['"General X, who arrived in the Kingdom on Tuesday, conveyed the greetings of Prime Minister Y": whose greetings or letter a visitor brings is of the visitor\'s state, not the dateline\'s (not "at the invitation of")', {
    given: 'DOHA, May 3. /QNA/. Turkey\'s Chief of General Staff, General Metin Gurak-Sahin, who arrived in Doha on Sunday, thanked Qatar for its support and conveyed the greetings of President Recep Aydin-Korkmaz.',
    want: { has: [['Recep Aydin-Korkmaz', 'LEADER_OF', 'Turkey']], not: [['Recep Aydin-Korkmaz', 'LEADER_OF', 'Qatar']] },
  }],
  ['"the Al-Samsam 15 joint exercise at King Khalid Military City in Hafr Al-Batin": a city or complex named after a monarch is a place, not the monarch', {
    given: 'AMMAN, May 3. /Petra/. Jordanian and Bahraini troops began an exercise at King Hussein Military City on Monday. The wounded were taken to the King Hussein Medical Complex.',
    want: { entities: [['King Hussein Military City', 'place'], ['King Hussein Medical Complex', 'place']], absentAs: [['Hussein Military City', 'person']] },
  }],
  ['"did not announce a date for a return visit by X to Italy": a visit by someone to a place in a negated clause is no visit', {
    given: 'RIYADH, May 3. /Arab News/. Defence Minister Khalid Al-Rashidi-Faris received General Asim Munir-Qadri on Monday. The two sides did not set a date for a visit by Al-Rashidi-Faris to Pakistan.',
    want: { not: [['Khalid Al-Rashidi-Faris', 'VISITED', 'Pakistan']] },
  }],
  ['"/Kuwait News Agency/ ... told KUNA": the dateline outlet\'s short form of two letters of its first word and the initials of the rest names it', {
    given: 'KHARTOUM, May 3. /Sudan News Agency/. The minister told SUNA on Monday that talks would go on. A spokesman later told the R&D unit nothing.',
    want: { same: [['SUNA', 'Sudan News Agency']] },
  }],
  ['"/Mail & Guardian/ ... the minister told the M&G": initials joined by the outlet\'s ampersand name it', {
    given: 'JOHANNESBURG, May 3. /Mail & Guardian/. Defence Minister Thandi Mokoena-Dube told the M&G on Monday that the troops were ready.',
    want: { same: [['M&G', 'Mail & Guardian']] },
  }],
  ['"soldiers stormed Prime Minister X\'s official residence in Maseru" in a dispatch from Johannesburg: the seat of a post in another state\'s city names the post\'s state', {
    given: 'NAIROBI, May 3. /Daily Nation/. Protesters gathered outside President Joseph Okello-Mbeki\'s official residence in Kampala on Monday. Okello-Mbeki thanked Kenya for its support.',
    want: { has: [['Joseph Okello-Mbeki', 'LEADER_OF', 'Uganda'], ['Joseph Okello-Mbeki', 'PRAISED', 'Kenya']], not: [['Joseph Okello-Mbeki', 'LEADER_OF', 'Kenya']] },
  }],
  ['"The SANDF\'s Chief of Joint Operations, Lieutenant General X": "Joint" is part of the field a post is "of", and the chief of a field of a body serves it without leading it (not "Chief of Naval Operations")', {
    given: 'NAIROBI, May 3. /Daily Nation/. The KDF\'s Chief of Joint Operations, Lieutenant General Peter Ochieng-Wafula, visited the troops on Monday. The Navy\'s Chief of Naval Operations, Admiral James Kiprotich-Lagat, met him.',
    want: { has: [['Peter Ochieng-Wafula', 'OFFICIAL_OF', 'KDF'], ['James Kiprotich-Lagat', 'LEADER_OF', 'Navy']], not: [['Peter Ochieng-Wafula', 'LEADER_OF', 'KDF']], absent: ['Joint Operations'] },
  }],
  ['"took part in the Tien Lung (天龍) exercise": a bracketed gloss in another script is read as not there, in the name and around it', {
    given: 'SEOUL, May 3. /Yonhap/. Two brigades took part in the Hwarang (화랑) exercise on Monday. The drill was overseen by Army Chief of Staff General Park Min-jae (박민재), who praised the troops.',
    want: { entities: [['Hwarang exercise', 'event']], has: [['Park Min-jae', 'ATTENDED', 'Hwarang exercise']], absent: ['Hwarang (화랑) exercise'] },
  }],
  ['"Assistant Chief of General Staff for Operations and Plans Major General X": "Assistant" begins the post, and "and" joins what the post is for up to the rank', {
    given: 'RIYADH, May 3. /Arab News/. Assistant Chief of General Staff for Training and Doctrine Major General Saad Al-Otaibi-Harbi attended the ceremony. Assistant Commissioner Peter Wanjala-Oduya also spoke.',
    want: { entities: [['Saad Al-Otaibi-Harbi', 'person'], ['Peter Wanjala-Oduya', 'person']], absent: ['Doctrine', 'Assistant'] },
  }],
  ['"the Office of the President reported"; "the Office of the President of Ukraine": an office named after the post it serves is a body, and nobody holds the post there', {
    given: 'ZAGREB, May 3. /HINA/. The colonel was decorated on Monday, the Office of the President reported. The Office of the Prime Minister of Croatia confirmed the date.',
    want: { entities: [['Office of the President', 'organization'], ['Office of the Prime Minister of Croatia', 'organization']], absentAs: [['Office of the President', 'person'], ['Office of the', 'organization']] },
  }],
  ['"Chinese Ministry of National Defense spokesman X": portfolio words after a body\'s "of" end the body\'s name; they are no part of the post', {
    given: 'LIMA, May 3. /Andina/. Ecuadorian Ministry of National Defense spokesman Carlos Ruiz-Vela criticised the decision on Monday.',
    want: { has: [['Carlos Ruiz-Vela', 'OFFICIAL_OF', 'Ecuadorian Ministry of National Defense']], absent: ['Ecuadorian Ministry of'] },
  }],
  ['"thanked Chile for that help and invited X to visit Buenos Aires": a noun of help after "that" reaches no place of another predicate after "and"', {
    given: 'SANTIAGO, May 3. /La Tercera/. Defence Minister Luis Armendariz-Paz thanked Peru for that help and invited his counterpart to visit Santiago next year.',
    want: { not: [['Peru', 'ASSISTED', 'Santiago']] },
  }],
  ['"According to the decree of the President of Uzbekistan, X was awarded"; "At the invitation of the President of Kazakhstan, Y arrived": a post in a fronted phrase naming its holder\'s act is not the next name\'s', {
    given: 'TASHKENT, August 12. /UzA/. According to the decree of the President of Uzbekistan, Ilham Bakirov-Sadiq was awarded the Order of Dustlik. At the invitation of the President of Kazakhstan, Rustam Aliyev-Karim arrived in Astana.',
    want: { not: [['Ilham Bakirov-Sadiq', 'LEADER_OF', 'Uzbekistan'], ['Rustam Aliyev-Karim', 'LEADER_OF', 'Kazakhstan']] },
  }],
  ['"thanked Croatia for its help, the government in Zagreb said": a comma right after a noun of help closes it; the place of the closing clause is not helped', {
    given: 'ZAGREB, August 3. /HINA/. Albanian Prime Minister Erion Dacaj-Leka thanked Slovenia for its help, the government in Ljubljana said.',
    want: { not: [['Slovenia', 'ASSISTED', 'Ljubljana']] },
  }],
  ['"praised the pact on social media": where something was said after "on" is not what a pact is about', {
    given: 'QUITO, May 3. /El Comercio/. Peru and Ecuador signed a border patrol agreement on Monday. Interior Minister Martin Cevallos-Mora praised the pact on social media.',
    want: { absent: ['pact on social media'] },
  }],
  ['"boats of the Argentine Naval Prefecture (PNA)": a naval prefecture is a body (a coast guard), not an area', {
    given: 'BUENOS AIRES, May 3. /Telam/. Boats of the Argentine Naval Prefecture (PNA) patrolled the river on Monday.',
    want: { entities: [['Argentine Naval Prefecture', 'organization']], absentAs: [['Argentine Naval Prefecture', 'place']] },
  }],
  ['"conferred the Golden Order for Services on Pfeiffer": after an award\'s "for", "on" names who gets it, not more of the name', {
    given: 'ZAGREB, May 3. /HINA/. President Ivo Radic-Matic conferred the Order of Merit for Services on Markus Eberhardt-Lind at the Presidential Palace on Monday.',
    want: { has: [['Markus Eberhardt-Lind', 'RECEIVED_AWARD', 'Order of Merit for Services']] },
  }],
  ['"conferred the award on the Sultan of Oman, His Majesty Sultan Haji X": a style of address, the post\'s word again and a personal honorific may stand between a post and its holder', {
    given: 'KUALA LUMPUR, May 3. /Bernama/. The King conferred the award on the Sultan of Oman, His Majesty Sultan Haji Haitham Tariq-Said, at the palace.',
    want: { has: [['Haitham Tariq-Said', 'LEADER_OF', 'Oman']] },
  }],
  ['"In Nuuk, Premier X criticised Copenhagen" in a dispatch from Reykjavik: a post in a sentence set in another state\'s or territory\'s capital is not the dateline state\'s', {
    given: 'REYKJAVIK, May 3. /Iceland Review/. Iceland and Denmark ended the search on Monday. In Nuuk, Premier Inuuteq Kleist-Lyberth criticised Copenhagen for the delay.',
    want: { not: [['Inuuteq Kleist-Lyberth', 'LEADER_OF', 'Iceland']] },
  }],
  ['"Mayotte, the French Indian Ocean department"; "the Indian Ocean island of Mayotte": a sea\'s name before a lower-case place word names no place of a state', {
    given: 'MORONI, May 3. /Al-Watwan/. Migrants set out for Mayotte, the French Indian Ocean department, on Monday.',
    want: { absentAs: [['India', 'state']], not: [['Indian Ocean department', 'LOCATED_IN', 'India']] },
  }],
  ['"took over as Commanding Officer of KDB Darussalam from Commander Y at a change of command ceremony at Muara Naval Base": a change of command names the ceremony, which the one taking over attends', {
    given: 'SUVA, May 3. /Fiji Times/. On Monday, Commander Josaia Tuilau-Rokovada took over as Commanding Officer of RFNS Savenaca from Lieutenant Commander Viliame Naupoto-Rasova at a change of command ceremony at Stanley Brown Naval Base.',
    want: { has: [['Josaia Tuilau-Rokovada', 'ATTENDED', 'change of command ceremony']] },
  }],
  ['"The battle group, which includes the 1st Battalion of the Royal Welsh as well as French and Danish companies"; "the National Maritime Authority (AMN), which includes the Maritime Police": what a unit or body includes is part of it', {
    given: 'LISBON, May 3. /Lusa/. The admiral also heads the National Maritime Authority (AMN), which includes the Maritime Police and the Lifeguard Institute.',
    want: { has: [['Maritime Police', 'PART_OF', 'National Maritime Authority']] },
  }],
  ['"Troops began Exercise X on Monday ... smaller contingents came from A, B and C": the states or units the troops came from take part in the exercise told of before', {
    given: 'BRIDGETOWN, May 3. /Nation News/. Soldiers from six countries began Exercise Tradewinds 2071 on Monday. The largest contingent came from Jamaica, while smaller contingents came from Grenada, Dominica and Saint Lucia.',
    want: { has: [['Grenada', 'ATTENDED', 'Exercise Tradewinds 2071'], ['Dominica', 'ATTENDED', 'Exercise Tradewinds 2071'], ['Saint Lucia', 'ATTENDED', 'Exercise Tradewinds 2071']] },
  }],
  ['"Canada, which has trained Antigua and Barbuda Coast Guard boat crews since 2068, paid for the exercise\'s fuel": one who trained others took no part in the exercise named before', {
    given: 'BRIDGETOWN, May 3. /Nation News/. Troops from six countries began Exercise Tradewinds 2071 on Monday. Canada, which has trained Barbados Coast Guard boat crews since 2066, paid for most of the exercise\'s fuel.',
    want: { not: [['Canada', 'ATTENDED', 'Exercise Tradewinds 2071']] },
  }],
  ['"soldiers of the British-led NATO battle group based in Tapa ... The battle group was created by NATO": a unit named with a body\'s acronym first, the body named too, is part of it', {
    given: 'RIGA, May 3. /LSM/. Soldiers of the Canadian-led NATO battle group based in Adazi completed the exercise. The battle group was created by NATO in 2016.',
    want: { has: [['NATO battle group', 'PART_OF', 'NATO']] },
  }],
  ['"on European Union and United Nations missions": a whole body\'s name closed by its head ("Union") before "and" is one body, the name after "and" another (not "Command and Staff College")', {
    given: 'LJUBLJANA, May 3. /STA/. The vehicles will serve soldiers on African Union and United Nations missions, the ministry said. Officers of the Royal Jordanian Command and Staff College attended.',
    want: { entities: [['African Union', 'organization'], ['United Nations', 'organization'], ['Royal Jordanian Command and Staff College', 'organization']], absent: ['African Union and United Nations'] },
  }],
  ['"landed at Hewanorra International Airport on Monday to help clear roads ... in the south of Saint Lucia": the state the help is for is helped, not the airport landed at', {
    given: 'ROSEAU, May 3. /Dominica News Online/. Forty soldiers of the Barbados Defence Force\'s Engineer Squadron landed at Douglas-Charles Airport on Monday to help restore water supplies in the north of Dominica after the storm.',
    want: { has: [['Engineer Squadron', 'ASSISTED', 'Dominica']], not: [['Engineer Squadron', 'ASSISTED', 'Douglas-Charles Airport']] },
  }],
  ['"X will relieve GHANBATT 148 ... the outgoing battalion was awarded the UNIFIL Medal ... The outgoing battalion\'s commander, Y": a side of a rotation before a unit word names the unit relieved (or relieving)', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. Nepalese Battalion 22, which is commanded by Lieutenant Colonel Hari Thapa-Magar, will relieve Nepalese Battalion 21 next month. Before handing over, the outgoing battalion was awarded the UNIFIL Medal at a parade in Blat on March 22. The outgoing battalion\'s commander, Lieutenant Colonel Sita Gurung-Rai, praised the soldiers.',
    want: { has: [['Nepalese Battalion 21', 'RECEIVED_AWARD', 'UNIFIL Medal'], ['Sita Gurung-Rai', 'LEADER_OF', 'Nepalese Battalion 21']] },
  }],
  ['"Addressing the troops at a send-off parade at Burma Camp on Sunday, the CDS, General X, said": after those addressed, the event they were addressed at is attended', {
    given: 'LUSAKA, May 3. /Zambia Daily Mail/. Addressing the soldiers at a farewell parade at Arakan Barracks on Sunday, the army commander, Lieutenant General Mwaba Chileshe-Banda, said the battalion was ready.',
    want: { has: [['Mwaba Chileshe-Banda', 'ATTENDED', 'farewell parade']] },
  }],
  ['"a homecoming parade at Burma Camp in May"; "sailed up the Congo River": a state\'s name that only names a place (not where it lies) mentions no state', {
    given: 'ACCRA, May 3. /Daily Graphic/. The battalion will hold a homecoming parade at Burma Camp in Accra in May.',
    want: { entities: [['Burma Camp', 'place']], absentAs: [['Myanmar', 'state']] },
  }],
  ['"who praised the Ghanaians for their professionalism": a people in the plural praised or criticised stands for its state', {
    given: 'KATHMANDU, May 3. /Kathmandu Post/. The parade was attended by the Force Commander, Major General Ilkka Saarinen-Vaara, who praised the Nepalis for their discipline.',
    want: { has: [['Ilkka Saarinen-Vaara', 'PRAISED', 'Nepal']] },
  }],
  ['"Soldiers of 7 Kenya Rifles (7KR) have taken over from 5 Kenya Rifles in Kismayo": the unit taking over and the one it relieves are both deployed there (not a unit named in a relative clause on the subject)', {
    given: 'NAIROBI, May 3. /Standard Media/. Soldiers of 9 Kenya Rifles (9KR) have taken over from 3 Kenya Rifles in Dhobley, the KDF said. The battalion, which is drawn largely from units of the 8th Brigade, will take over from the 15th Battalion at Camp Tabda later this month.',
    want: { has: [['9 Kenya Rifles', 'DEPLOYED_TO', 'Dhobley'], ['3 Kenya Rifles', 'DEPLOYED_TO', 'Dhobley'], ['15th Battalion', 'DEPLOYED_TO', 'Camp Tabda']], not: [['8th Brigade', 'DEPLOYED_TO', 'Camp Tabda']] },
  }],
  ['"Addressing the ceremony, AUSSOM\'s Force Commander, Lieutenant General X of Uganda, praised": the holder of a post a body\'s possessive opens, after a fronted participle, attends', {
    given: 'NAIROBI, May 3. /Standard Media/. The handover ceremony was held at Beledweyne airport on Tuesday. Addressing the ceremony, UNSOS\'s Chief of Staff, Brigadier General Okello Ayena-Mugisha of Uganda, praised the troops.',
    want: { has: [['Okello Ayena-Mugisha', 'ATTENDED', 'handover ceremony']] },
  }],
  ['"KDB Darulehsan returned to Muara ... The Brunei ship was deployed to the Gulf of Aden in March": a state\'s own name before a ship word refers back to that state\'s ship', {
    given: 'BANDAR SERI BEGAWAN, May 3. /Borneo Bulletin/. On Saturday, KDB Daruesslam returned to Muara after four months at sea. The Brunei ship was deployed to the Arabian Sea in January to escort merchant vessels.',
    want: { has: [['KDB Daruesslam', 'DEPLOYED_TO', 'Arabian Sea']], not: [['Brunei', 'DEPLOYED_TO', 'Arabian Sea']] },
  }],
  ['"The vessels A and B, the Republic of Singapore Navy (RSN) frigate C and ... concluded Exercise X": a navy\'s acronym before a ship\'s description does not break the list of ships', {
    given: 'BANDAR SERI BEGAWAN, May 3. /Borneo Bulletin/. The patrol vessels KDB Itqan and KDB Berkat, the Royal Malaysian Navy (RMN) frigate KD Lekiu and the corvette KD Kasturi concluded Exercise Hornbill 2071 on Sunday.',
    want: { has: [['KDB Itqan', 'ATTENDED', 'Exercise Hornbill 2071'], ['KDB Berkat', 'ATTENDED', 'Exercise Hornbill 2071'], ['KD Lekiu', 'ATTENDED', 'Exercise Hornbill 2071']] },
  }],
  ['"an offensive against ISWAP and Boko Haram camps": a name before an armed group\'s fighters or holdings is the group\'s, no person', {
    given: 'MAIDUGURI, May 3. /Daily Trust/. The attack came three weeks after the army launched an offensive against ISWAP and Boko Haram camps on the islands of Lake Chad.',
    want: { entities: [['Boko Haram', 'organization']], absentAs: [['Boko Haram', 'person']] },
  }],
  ['"The task force, which was set up by the LCBC ... Odusote praised the Chadian troops": troops named by a demonym are no multinational formation named before', {
    given: 'NDJAMENA, May 3. /Alwihda/. Niger withdrew from the Multinational Joint Task Force in 2025. The task force, which was set up by the LCBC in 2015, has its headquarters in Ndjamena. Vice President Tunde Adeyemi-Okafor praised the Chadian troops for their courage.',
    want: { has: [['Tunde Adeyemi-Okafor', 'PRAISED', 'Chad']], not: [['Tunde Adeyemi-Okafor', 'PRAISED', 'Multinational Joint Task Force']] },
  }],
  ['"troops of its Sector 2 repelled the assault"; "two more battalions to Sector 3 in Monguno": a capitalised numbered sector is a formation wherever it is named', {
    given: 'MAIDUGURI, May 3. /Daily Trust/. Troops of its Sector 4 repelled the attack. Nigeria would send two more battalions to Sector 5 in Gwoza next year.',
    want: { entities: [['Sector 4', 'unit'], ['Sector 5', 'unit']] },
  }],
  ['"Defence Minister X, who visited the exercise on Friday, met A at a field command post": who visits an exercise takes part in it; whom they met elsewhere, after the clause, does not', {
    given: 'RIGA, May 3. /LSM/. Latvian and Polish troops completed the exercise Silver Arrow near Adazi on Sunday. Defence Minister Ilze Ozolina-Berga, who visited the exercise on Friday, met Colonel Janis Priede at a field command post.',
    want: { has: [['Ilze Ozolina-Berga', 'ATTENDED', 'Silver Arrow']], not: [['Janis Priede', 'ATTENDED', 'Silver Arrow']] },
  }],
  ['"completed a four-day exercise, Raudne Rebane, near Rakvere on Sunday": a name set off after an exercise word, then where it was held, is the exercise\'s code name, no person', {
    given: 'VILNIUS, May 3. /LRT/. Some 400 riflemen completed a three-day exercise, Gelezinis Vilkas, near Pabrade on Sunday.',
    want: { entities: [['Gelezinis Vilkas', 'event']], absentAs: [['Gelezinis Vilkas', 'person']] },
  }],
  ['"volunteers of the Estonian Defence League ... the Commander of the Defence League, Brigadier General X": a post\'s body named short is the body named in full before', {
    given: 'TALLINN, May 3. /ERR News/. Volunteers of the Estonian Defence League trained near Voru on Monday. The Commander of the Defence League, Colonel Ilmar Kask-Rebane, praised them.',
    want: { has: [['Ilmar Kask-Rebane', 'LEADER_OF', 'Estonian Defence League']] },
  }],
  ['"held at Camp Blizard, the ABDF\'s headquarters on the Crabbs Peninsula": a place set off as a base "on" a place lies there', {
    given: 'BRIDGETOWN, May 3. /Nation News/. The parade was held at Paragon Base, the regiment\'s headquarters on the Kellman Peninsula, on Friday.',
    want: { has: [['Paragon Base', 'LOCATED_IN', 'Kellman Peninsula']] },
  }],
  ['"held talks with the Executive Director of the Regional Security System (RSS), Captain X"; "the Central American Integration System": a system of security or integration is a body, and "American" after a side of the Americas names no state', {
    given: 'CASTRIES, May 3. /St Lucia Times/. The minister met the Executive Director of the Regional Security System (RSS), Captain Arlen Pemberton-Vaughn, on Monday. Delegates of the Central American Integration System (SICA) also attended.',
    want: { has: [['Arlen Pemberton-Vaughn', 'LEADER_OF', 'Regional Security System']], entities: [['Central American Integration System', 'organization']], absentAs: [['System', 'person'], ['United States', 'state']] },
  }],
  ['"ST JOHN\'S, February 16. /Antigua Observer/. Prime Minister X": a capital written "St" for "Saint" (or "Saint" for "St.") is the capital, its possessive "s" lower-case', {
    given: 'ST GEORGE\'S, May 3. /The New Today/. Prime Minister Alvin Rennard-Pascall said Grenada would send a platoon to the exercise.',
    want: { has: [['Alvin Rennard-Pascall', 'LEADER_OF', 'Grenada']], entities: [['St George\'s', 'place']] },
  }],
  ['"began Exercise X, a two-week regional security exercise hosted by Antigua and Barbuda": a host state, in a sentence naming no place, is where the event is', {
    given: 'KINGSTOWN, March 2. /Searchlight/. Troops from six Caribbean countries began Exercise Windward Shield 2041, a ten-day regional exercise hosted by Saint Vincent and the Grenadines, on Monday.',
    want: { has: [['Exercise Windward Shield 2041', 'LOCATED_IN', 'Saint Vincent and the Grenadines']] },
  }],
  ['"members of Hezbollah had been seen near the positions"; "deployed to the Constable Pynt airstrip": those a group\'s people are of is a body; a rank\'s word before a lower-case place head is the place\'s name', {
    given: 'BEIRUT, May 2. /NNA/. Israeli media said members of Amal had been seen near the positions. The helicopters had been deployed to the Captain Nielsen airstrip on 28 September.',
    want: { entities: [['Amal', 'organization'], ['Captain Nielsen airstrip', 'place']], absentAs: [['Nielsen', 'person']] },
  }],
  ['"Chairman of the Joint Chiefs of Staff Major General X received Y at the General Command of the Jordan Armed Forces (JAF)": the head of a joint staff heads the home state\'s forces', {
    given: 'AMMAN, May 7. /The Jordan Times/. Chairman of the Joint Chiefs of Staff Major General Yousef Ahmed Al-Huneiti on Wednesday received a Bahraini delegation at the General Command of the Jordan Armed Forces-Arab Army (JAF).',
    want: { has: [['Yousef Ahmed Al-Huneiti', 'LEADER_OF', 'Jordan Armed Forces-Arab Army']] },
  }],
  ['"are training alongside soldiers of the Indian Army\'s 31st Armoured Division": the unit a body\'s possessive opens takes part', {
    given: 'SINGAPORE, March 10. /The Straits Times/. Soldiers of the 41st Battalion began Exercise Agni Warrior with the Indian Army on Saturday. The troops are training alongside soldiers of the Indian Army\'s 33rd Armoured Division.',
    want: { has: [['33rd Armoured Division', 'ATTENDED', 'Exercise Agni Warrior']] },
  }],
  ['"was presented the Chief of Staff\'s Award for Excellence by General X": an award, prize or trophy named goes on over its "for"', {
    given: 'MONROVIA, November 20. /FrontPage Africa/. Private Musu Kollie-Sirleaf was presented the Chief of Staff\'s Award for Excellence by General Prince Dolo-Tarpeh at the end of the parade.',
    want: { has: [['Musu Kollie-Sirleaf', 'RECEIVED_AWARD', 'Award for Excellence']] },
  }],
  ['"opened the Joint Air Defence Training Centre at Luznava. Attending the opening were A and B": an opening some attended is a gathering', {
    given: 'RIGA, June 5. /LSM/. Defence ministers Ivars Kalnins-Ozols of Latvia and Priit Saar-Tamm of Estonia on Wednesday opened the Joint Logistics Training Centre at Adazi. Attending the opening were the Commander of the National Armed Forces, Lieutenant General Janis Berzins-Liepa, and the US ambassador to Latvia, Carol Whitfield-Ames.',
    want: { has: [['Janis Berzins-Liepa', 'ATTENDED', 'opening'], ['Carol Whitfield-Ames', 'ATTENDED', 'opening']] },
  }],
  ['\'Prime Minister X thanked India and Nepal for their "swift and generous" support\': every state of a list thanked helped the thanker\'s state, past quoted words', {
    given: 'THIMPHU, June 14. /Kuensel/. Rescue teams arrived in Bhutan on Friday. Prime Minister Sonam Wangdi-Dorji thanked India and Nepal for their "swift and generous" support.',
    want: { has: [['India', 'ASSISTED', 'Bhutan'], ['Nepal', 'ASSISTED', 'Bhutan']] },
  }],
  ['"Delegates to the SWAPO Party\'s 8th Congress elected X, at the end of a three-day meeting at the Safari Conference Centre": a gathering\'s length after "the end of" tells of the one the sentence named', {
    given: 'WINDHOEK, June 2. /New Era/. Delegates to the Nudo Party\'s 5th Congress on Sunday elected Cde Petrus Kambonde-Haufiku as vice-president, at the end of a three-day meeting at the Safari Conference Centre in Windhoek.',
    want: { entities: [['5th Congress', 'event']], absent: ['three-day meeting'] },
  }],
  ['"visited the headquarters of the ENDF\'s Southern Command in Hawassa": a regional command a body\'s possessive owns is a formation (not the ELN\'s "Central Command", a leadership)', {
    given: 'ADDIS ABABA, May 3. /ENA/. The Ethiopian National Defense Force (ENDF) sent troops. On Tuesday, the minister visited the headquarters of the ENDF\'s Eastern Command in Harar, where he was received by its commander, Major General Tesfaye Gebru-Alemu.',
    want: { entities: [['Eastern Command', 'unit']], has: [['Tesfaye Gebru-Alemu', 'LEADER_OF', 'Eastern Command']] },
  }],
  ['"Asked about the Doklam plateau", "the Nuba mountains": a name before a lower-case plateau, desert, hills or mountains is a place', {
    given: 'THIMPHU, May 2. /Kuensel/. Asked about the Jakarlung plateau, he declined to comment. Troops patrolled the Imatong mountains.',
    want: { entities: [['Jakarlung plateau', 'place'], ['Imatong mountains', 'place']] },
  }],
  ['"The patrol vessel X joined a CTF 152 patrol in the central Arabian Gulf": a force\'s patrol joined is an event held there; "ambushed a Tunisian army patrol" is none', {
    given: 'MANAMA, January 14. /Bahrain News Agency/. The Commander of Combined Task Force 151 (CTF 151) arrived. The offshore patrol vessel RBNS Sabha joined a CTF 151 patrol in the Gulf of Aden last Thursday. Gunmen ambushed a Tunisian army patrol near Mount Semmama.',
    want: { has: [['RBNS Sabha', 'ATTENDED', 'CTF 151 patrol'], ['CTF 151 patrol', 'LOCATED_IN', 'Gulf of Aden']], absent: ['Tunisian army patrol'] },
  }],
  ['"after a month-long war between Israel and Hezbollah": the other party of a war between a state and a lone name is a body', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. The UN Security Council expanded the mission after a month-long war between Israel and Amal.',
    want: { entities: [['Amal', 'organization']] },
  }],
  ['"At a ceremony at UN Position 7-1 in the village of Adshit al-Qusayr", "Observation Post 52": a post troops hold, named with its number, is a place, and lies in the village named after "in the village of"', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. At a ceremony on Tuesday at UN Position 9-2 in the village of Mays al-Jabal, the new commander took over. Troops at Observation Post 61 watched.',
    want: { entities: [['UN Position 9-2', 'place'], ['Observation Post 61', 'place']], has: [['UN Position 9-2', 'LOCATED_IN', 'Mays al-Jabal'], ['ceremony', 'LOCATED_IN', 'UN Position 9-2']] },
  }],
  ['"in response to Russia\'s annexation of Crimea", "the siege of Mariupol": what is annexed, occupied or besieged is a place', {
    given: 'VILNIUS, June 2. /BNS/. The battlegroup was set up by NATO in 2017 in response to Russia\'s annexation of Abkhazia three years earlier. The siege of Avdiivka ended in February.',
    want: { entities: [['Abkhazia', 'place'], ['Avdiivka', 'place']] },
  }],
  ['"by the Commander of the Qatari Emiri Naval Forces (QENF), Staff Major General (Sea) X": "Staff" opening a rank is the rank\'s, not the body\'s last portfolio word; "the Chief of Staff Major General Y" stays a post', {
    given: 'DOHA, October 19. /The Peninsula/. The drill was opened by the Commander of the Kuwait Naval Forces, Staff Brigadier (Sea) Hazza Mutlaq Al-Shammari-Enezi, on Sunday. The Chief of Staff Major General Salim Al-Harthy-Nabhani also attended.',
    want: { has: [['Hazza Mutlaq Al-Shammari-Enezi', 'LEADER_OF', 'Kuwait Naval Forces']], entities: [['Salim Al-Harthy-Nabhani', 'person']] },
  }],
  ['"announced Sweden\'s 31st military aid package for Ukraine": the state whose aid package it is assisted the one it is for', {
    given: 'KYIV, December 4. /The Kyiv Independent/. Earlier on Thursday, the minister announced Norway\'s 12th military aid package for Ukraine, worth 800 million euros. Finland\'s government did not announce a security assistance package for Estonia.',
    want: { has: [['Norway', 'ASSISTED', 'Ukraine']], not: [['Finland', 'ASSISTED', 'Estonia']] },
  }],
  ['"The brigade, which is part of the 10th Army Corps, has fought Russian troops around X since it was redeployed to Y": "it" opening a clause of time is the sentence\'s subject', {
    given: 'KYIV, December 4. /The Kyiv Independent/. The president awarded the 22nd Separate Mechanized Brigade on Thursday. The brigade, which is part of the Ground Forces\' 11th Army Corps, has fought Russian troops around Lyman since it was redeployed to Donetsk Oblast in late June last year.',
    want: { has: [['22nd Separate Mechanized Brigade', 'DEPLOYED_TO', 'Donetsk Oblast']], not: [['Russia', 'DEPLOYED_TO', 'Donetsk Oblast'], ['11th Army Corps', 'DEPLOYED_TO', 'Donetsk Oblast']] },
  }],
  ['"for its defense of Kupiansk in Kharkiv Oblast": a lone name placed in a state\'s area is a place; "Engineers of the X have completed a road to Kikori in Gulf Province with the support of the Y": the place is not who was helped', {
    given: 'KYIV, December 4. /The Kyiv Independent/. The president awarded the 15th Brigade for its defense of Vovchansk in Kharkiv Oblast. Engineers of the Papua New Guinea Defence Force (PNGDF) have completed a road between Ihu and Kerema in Gulf Province with the support of the Australian Defence Force (ADF).',
    want: { entities: [['Vovchansk', 'place']], has: [['Vovchansk', 'LOCATED_IN', 'Kharkiv Oblast'], ['Australian Defence Force', 'ASSISTED', 'Papua New Guinea Defence Force']], not: [['Australian Defence Force', 'ASSISTED', 'Kerema']] },
  }],
  ['"the Commandant of the JMSDF\'s Yokosuka District, Vice Admiral X"; "PN Flag Officer in Command Vice Admiral Y": a district a service\'s possessive owns is its formation (a coast guard\'s, a body), and "Flag Officer in Command" leads the navy', {
    given: 'MANILA, August 13. /Philippine News Agency/. The Philippine Navy (PN) frigate BRP Andres Bonifacio arrived in Sasebo on Tuesday. PN Flag Officer in Command Vice Admiral Rogelio Dimaculangan-Santos thanked Japan. The captain called on the Commandant of the JMSDF\'s Sasebo District, Vice Admiral Hiroshi Tanabe-Mori.',
    want: { has: [['Hiroshi Tanabe-Mori', 'LEADER_OF', 'Sasebo District'], ['Rogelio Dimaculangan-Santos', 'LEADER_OF', 'Philippine Navy']], entities: [['Sasebo District', 'unit']] },
  }],
  ['"held at the German Foreign Office\'s Villa Borsig guest house": "Villa", "Schloss", "Château" open a place\'s name', {
    given: 'TRIPOLI, October 22. /The Libya Observer/. The talks, held at the German Foreign Office\'s Villa Hügel guest house, were also attended by Germany\'s special envoy for Libya, Annegret Schoenfeld-Brandt.',
    want: { entities: [['Villa Hügel', 'place']], absentAs: [['Villa Hügel', 'person']] },
  }],
  ['"the Speaker of the House of Representatives, X": a body named by its prefix word and its own "of" closes the post', {
    given: 'TRIPOLI, October 22. /The Libya Observer/. The Speaker of the House of Representatives, Salem Bashir Al-Gharyani, rejected the proposal on Wednesday.',
    want: { has: [['Salem Bashir Al-Gharyani', 'LEADER_OF', 'House of Representatives']] },
  }],
  ['"fighting on Sunday in the coastal town of Zawiya, 45 kilometres west of Tripoli, between the 163rd Infantry Battalion and the Sahel Martyrs Brigade": the parties of fighting between them fought each other', {
    given: 'TRIPOLI, October 22. /The Libya Observer/. The statement followed fighting on Sunday in the coastal town of Garabulli, 60 kilometres east of Tripoli, between the 55th Infantry Battalion and the Al-Nasr Brigade.',
    want: { has: [['55th Infantry Battalion', 'FOUGHT_AGAINST', 'Al-Nasr Brigade']] },
  }],
  ['"signed the Lake Victoria Security Agreement", "the Lake Chad Basin Accord": an agreement named for a place with its prefix keeps the prefix', {
    given: 'NAIROBI, May 2. /KNA/. Kenya and Uganda signed the Lake Victoria Fisheries Security Agreement on Monday. Chad and Niger signed the Lake Chad Basin Patrol Accord.',
    want: { entities: [['Lake Victoria Fisheries Security Agreement', 'agreement'], ['Lake Chad Basin Patrol Accord', 'agreement']], has: [['Kenya', 'SIGNED', 'Lake Victoria Fisheries Security Agreement']] },
  }],
  ['"Both the government and the SPLM-IO are parties to the R-ARCSS"; "Zambia is not party to the memorandum": a party or signatory to an agreement signed it (a noun after a copula is no passive)', {
    given: 'NAIROBI, May 2. /KNA/. Kenya and Uganda are parties to the Rusumo Security Agreement. Tanzania is a signatory to the Kagera Accord. Burundi is not party to the Kagera Accord.',
    want: { has: [['Kenya', 'SIGNED', 'Rusumo Security Agreement'], ['Uganda', 'SIGNED', 'Rusumo Security Agreement'], ['Tanzania', 'SIGNED', 'Kagera Accord']], not: [['Burundi', 'SIGNED', 'Kagera Accord']] },
  }],
  ['"the army accused the Sudan People\'s Liberation Movement-in-Opposition (SPLM-IO) of attacking": a movement\'s wing in opposition is the movement\'s head with its suffix, one body', {
    given: 'JUBA, August 11. /Eye Radio/. In March, the army accused the Sudan People\'s Liberation Movement-in-Opposition (SPLM-IO) of attacking its garrison in Nasir. The SPLM-IO denied the charge.',
    want: { entities: [["Sudan People's Liberation Movement-in-Opposition", 'organization']], same: [["Sudan People's Liberation Movement-in-Opposition", 'SPLM-IO']] },
  }],
  ['"jets of the 425 Tactical Fighter Squadron landed at X ... The detachment is commanded by Y": "the detachment" is the formation sent, whatever its head', {
    given: 'REYKJAVIK, April 14. /Iceland Review/. Four jets of the Royal Norwegian Air Force\'s 332 Squadron landed at Keflavík Air Base on Monday. The detachment is commanded by Lieutenant Colonel Eirik Haugland-Dahl.',
    want: { has: [['332 Squadron', 'COMMANDED_BY', 'Eirik Haugland-Dahl']] },
  }],
  ['"flew in from Canadian Forces Base Bagotville, in Quebec ... returned to RAF Lakenheath in England": a service\'s base named head first, and a station named by the service\'s letters, are places', {
    given: 'REYKJAVIK, April 14. /Iceland Review/. Some 120 Canadian personnel flew in from Canadian Forces Base Cold Lake, in Alberta, on Monday. The previous rotation was flown by the US Air Force\'s 494th Fighter Squadron, which returned to RAF Mildenhall in England in late February.',
    want: { entities: [['Canadian Forces Base Cold Lake', 'place'], ['RAF Mildenhall', 'place']], has: [['494th Fighter Squadron', 'RETURNED_TO', 'RAF Mildenhall']] },
  }],
  ['"X said, thanking Canada for helping to protect Icelandic airspace"; "thanked Jordan for helping his country care for the refugees": the one thanked for helping helped the thanker\'s state (a participle\'s thanker is the subject; not when the helped is named: "for helping the Beninese Navy")', {
    given: 'REYKJAVIK, April 14. /Iceland Review/. "Iceland has no army of its own," Minister for Foreign Affairs Sigrún Hallgrímsdóttir said, thanking Norway for helping to protect Icelandic airspace. Chad\'s ambassador to Jordan, Mahamat Abakar-Tidjani, thanked Jordan for helping his country care for the refugees. Benin\'s Minister Adjovi Sossou-Agbo thanked Nigeria for helping the Beninese Navy to secure its waters.',
    want: { has: [['Norway', 'ASSISTED', 'Iceland'], ['Jordan', 'ASSISTED', 'Chad']], not: [['Nigeria', 'ASSISTED', 'Benin']] },
  }],
  ['"Kazakh Defence Minister X thanked Kyrgyzstan for sending two helicopters to help fight the fires": the one thanked for sending help helped the thanker\'s state', {
    given: 'ASTANA, February 18. /AKIpress/. Kazakh Defence Minister Yerlan Tokhtarov-Bekov thanked Uzbekistan for sending two rescue teams to help fight the floods in the Atyrau region.',
    want: { has: [['Uzbekistan', 'ASSISTED', 'Kazakhstan']] },
  }],
  ['"soldiers of the 25th Brigade "Scorpion" of the Kyrgyz Armed Forces and of Kazakhstan\'s 36th Brigade took part ... The Kyrgyz brigade, which is commanded by X": a unit\'s nickname and the service it is "of" keep it in the list and tell its state', {
    given: 'BISHKEK, February 18. /AKIpress/. In September last year, soldiers of the 17th Mountain Rifle Brigade "Snow Leopard" of the Kyrgyz Armed Forces and of Tajikistan\'s 7th Air Assault Brigade took part in Rubezh-2071, an exercise of the CSTO. The Kyrgyz brigade, which is commanded by Colonel Nurlan Sadyrbaev-Osmonov, was praised by the CSTO Joint Staff.',
    want: { has: [['17th Mountain Rifle Brigade', 'ATTENDED', 'Rubezh-2071'], ['7th Air Assault Brigade', 'ATTENDED', 'Rubezh-2071'], ['17th Mountain Rifle Brigade', 'COMMANDED_BY', 'Nurlan Sadyrbaev-Osmonov']], not: [['7th Air Assault Brigade', 'COMMANDED_BY', 'Nurlan Sadyrbaev-Osmonov']] },
  }],
  ['"took part in Interaction-2071, an exercise of the Collective Security Treaty Organization (CSTO) held at the Edelweiss training ground in X.": an apposition running to the sentence\'s end places the event', {
    given: 'BISHKEK, February 18. /AKIpress/. Soldiers of the 24th Brigade took part in Rubezh-2071, an exercise of the Collective Security Treaty Organization (CSTO) held at the Ala-Too training ground in the Chuy region.',
    want: { has: [['Rubezh-2071', 'LOCATED_IN', 'Ala-Too training ground']] },
  }],
  ['"the Commander of the Royal Navy of Oman, Rear Admiral (Sea) X": a one-word qualifier in brackets after a rank belongs to the rank', {
    given: 'MUSCAT, October 19. /Times of Oman/. The exercise was opened by the Commander of the Royal Navy of Oman, Rear Admiral (Sea) Saif Nasser Al-Rahbi-Harthi, on Sunday.',
    want: { has: [['Saif Nasser Al-Rahbi-Harthi', 'LEADER_OF', 'Royal Navy of Oman']] },
  }],
  ['"the Pakistan Navy\'s PNS Tippu Sultan arrived in Doha": title words inside a prefixed ship\'s name are the name\'s, but not a post right after the letters ("the RSS Executive Director, Colonel X")', {
    given: 'KARACHI, June 2. /APP/. The Pakistan Navy\'s PNS Saif Sultan arrived in Doha on Monday. PNS Saif Sultan will leave on Friday. The RSS Executive Director, Colonel Marlon Broome-Clarke, welcomed the crew.',
    want: { has: [['PNS Saif Sultan', 'PART_OF', 'Pakistan Navy'], ['PNS Saif Sultan', 'DEPLOYED_TO', 'Doha']], absent: ['PNS Saif', 'RSS Executive Director'] },
  }],
  ['"Among the ships taking part are the Qatari corvette Al Zubarah, the Italian Navy frigate X and ...": the first item is the ship a demonym and a ship word open, not the state', {
    given: 'MUSCAT, October 19. /Times of Oman/. Oman on Sunday began hosting Exercise Khareef Shield, a naval exercise off its coast. Among the ships taking part are the Omani corvette Al Rahmani, the Greek frigate HS Kanaris and the Pakistan Navy\'s PNS Khaibar.',
    want: { has: [['Al Rahmani', 'ATTENDED', 'Exercise Khareef Shield'], ['HS Kanaris', 'ATTENDED', 'Exercise Khareef Shield'], ['PNS Khaibar', 'ATTENDED', 'Exercise Khareef Shield']] },
  }],
  ['"a force that can lead an exercise like this ... criticised the exercise": an event of a kind ("an exercise like this") is no new event', {
    given: 'DOHA, October 19. /The Peninsula/. Oman on Sunday began hosting Exercise Khareef Shield, a naval exercise off its coast. "Our navy can now lead an exercise like this," Admiral Said Al-Rawahi-Balushi said. Iran\'s Foreign Ministry spokesman, Reza Ghanbari-Nezhad, criticised the exercise on Tuesday.',
    want: { has: [['Reza Ghanbari-Nezhad', 'CRITICIZED', 'Exercise Khareef Shield']] },
  }],
  ['"the Qatari Emiri Naval Forces (QENF) ... Qatar\'s navy": "Emiri" is a style word, and a state\'s naval forces are its navy', {
    given: 'DOHA, October 19. /The Peninsula/. Units of the Kuwaiti Emiri Naval Forces took part in the drill on Sunday. "Kuwait\'s navy has grown into a force that can lead an exercise," Rear Admiral Fahad Al-Mutairi-Sabah said.',
    want: { same: [['Kuwaiti Emiri Naval Forces', "Kuwait's navy"]] },
  }],
  ['"Among those present were A, the Inspector General of X, Lieutenant General B, and the commanders of the army": a list closed by a definite group of people goes on to its last named item', {
    given: 'WINDHOEK, June 19. /The Namibian/. A ceremony was held at State House in Windhoek yesterday. Among those present were Minister Kaunapaua Tjiriange, the Commissioner of the Namibian Correctional Service, Major General Ndeuhala Amupolo, and the heads of the three services.',
    want: { has: [['Kaunapaua Tjiriange', 'ATTENDED', 'ceremony'], ['Ndeuhala Amupolo', 'ATTENDED', 'ceremony']] },
  }],
  ['"signed a memorandum with the Commissioner of the Botswana Police Service (BPS), Thato Rammidi, in X": the holder named after the post the "with" phrase opens signs too', {
    given: 'WINDHOEK, June 19. /The Namibian/. On Tuesday, Inspector General Paulus Nangolo-Shikongo signed a memorandum on cross-border policing with the Commissioner of the Zambia Police Service (ZPS), Mwila Chanda-Banda, in Katima Mulilo.',
    want: { has: [['Mwila Chanda-Banda', 'SIGNED', 'memorandum on cross-border policing'], ['Paulus Nangolo-Shikongo', 'SIGNED', 'memorandum on cross-border policing']] },
  }],
  ['"The 110-strong hospital, led by Colonel X": a unit\'s strength before its noun refers back to the unit (a field hospital too)', {
    given: 'AMMAN, May 7. /The Jordan Times/. The army sent the 4th Engineer Battalion to the town of Ayorou. The 320-strong battalion, led by Colonel Basel Nimr Al-Qudah, replaces the 3rd Engineer Battalion. The medical services sent a field hospital, Jordanian Military Field Hospital Niger/3, to Ayorou. The 90-strong hospital is led by Colonel Rami Sayel Al-Khasawneh.',
    want: { has: [['Basel Nimr Al-Qudah', 'LEADER_OF', '4th Engineer Battalion'], ['Rami Sayel Al-Khasawneh', 'LEADER_OF', 'Jordanian Military Field Hospital Niger/3']] },
  }],
  ['"sent a new field hospital, Jordanian Military Field Hospital Chad/2, to Adré ... replaces Chad/1": a unit named for the state it serves in, a slash and its rotation number, is one unit; a field hospital is a formation', {
    given: 'AMMAN, May 7. /The Jordan Times/. The Royal Medical Services on Tuesday sent a new field hospital, Jordanian Military Field Hospital Niger/3, to the town of Ayorou. The hospital replaces Niger/2, which returned to Amman last month.',
    want: { has: [['Jordanian Military Field Hospital Niger/3', 'DEPLOYED_TO', 'Ayorou'], ['Niger/2', 'RETURNED_TO', 'Amman']], entities: [['Jordanian Military Field Hospital Niger/3', 'unit'], ['Niger/2', 'unit']], absentAs: [['Military Field Hospital', 'person']] },
  }],
  ['"Colonel X, Commander of the 8th Armoured Brigade, and his Indian counterpart, Brigadier Y": the counterpart of a unit\'s commander does not lead the state', {
    given: 'SINGAPORE, March 10. /The Straits Times/. The exercise is co-directed by Colonel Goh Kian Seng, Commander of the 3rd Singapore Infantry Brigade, and his Indian counterpart, Brigadier Harpal Sandhu-Rawat.',
    want: { has: [['Goh Kian Seng', 'LEADER_OF', '3rd Singapore Infantry Brigade']], not: [['Harpal Sandhu-Rawat', 'LEADER_OF', 'India']], entities: [['Harpal Sandhu-Rawat', 'person']] },
  }],
  ['"MG Kwek praised the tank crews; LTC Tan called on X": upper-case rank abbreviations (MG, BG, LTG, LTC, CPT, RADM, VADM) open a person\'s name', {
    given: 'SINGAPORE, March 10. /The Straits Times/. Major-General Ong Wei Jie arrived in New Delhi on Thursday. On Friday, MG Ong called on Lieutenant-General Ravi Menon-Pillai in Pune. LTC Farhan Idris-Lee praised the crews.',
    want: { has: [['Ong Wei Jie', 'MET_WITH', 'Ravi Menon-Pillai']], entities: [['Farhan Idris-Lee', 'person']], absent: ['LTC Farhan Idris-Lee', 'MG'] },
  }],
  ['"In a Facebook post on Monday, X thanked ...; the division, which is based in nearby Jhansi": a post one writes is no place; a name after "in nearby" is one', {
    given: 'SINGAPORE, March 10. /The Straits Times/. In a Telegram post on Monday, Mr Tan Boon Hwee thanked the Indian Army. The troops train with the 33rd Armoured Division, which is based in nearby Kotdwara.',
    want: { entities: [['Kotdwara', 'place']], absent: ['Telegram post'] },
  }],
  ['"began Exercise Bold Kurukshetra ... Bold Kurukshetra was first held in 2005": an exercise\'s name opened by its head goes without it too', {
    given: 'SINGAPORE, March 10. /The Straits Times/. Soldiers began Exercise Silver Gharial with the Indian Army on Saturday. Silver Gharial was first held in 2009.',
    want: { entities: [['Exercise Silver Gharial', 'event']], absentAs: [['Silver Gharial', 'person']], same: [['Silver Gharial', 'Exercise Silver Gharial']] },
  }],
  ['"is one of the longest-running bilateral exercises of the Singapore Armed Forces": one of a kind of drill is no event named', {
    given: 'SINGAPORE, March 10. /The Straits Times/. Exercise Silver Gharial began on Saturday. It is one of the largest bilateral exercises of the Singapore Armed Forces.',
    want: { entities: [['Exercise Silver Gharial', 'event']], absent: ['largest bilateral exercises', 'bilateral exercises of the Singapore Armed Forces', 'exercises of the Singapore Armed Forces'] },
  }],
  ['"the 42nd Battalion, Singapore Armoured Regiment (42 SAR) ... the 8th Singapore Armoured Brigade (8 SAB), to which 42 SAR belongs": a short name with the unit\'s number first is the unit, and its bracket may stand before "to which"', {
    given: 'SINGAPORE, March 10. /The Straits Times/. Soldiers of the 27th Battalion, Singapore Guards Regiment (27 SGR) began an exercise on Saturday. It is directed by Colonel Lim Wei Kiat, Commander of the 5th Singapore Infantry Brigade (5 SIB), to which 27 SGR belongs. 27 SGR, which is commanded by Lieutenant-Colonel Faris Rahmat-Ong, will return on March 28.',
    want: { has: [['27th Battalion, Singapore Guards Regiment', 'PART_OF', '5th Singapore Infantry Brigade'], ['27th Battalion, Singapore Guards Regiment', 'COMMANDED_BY', 'Faris Rahmat-Ong']], absent: ['SGR', 'SIB'] },
  }],
  ['"Defence Minister X and her Algerian counterpart signed an accord": a possessive pronoun opening a coordinated item leaves the name before it a subject', {
    given: 'TUNIS, September 25. /TAP/. Defence Minister Salma Gharbi-Toumi and her Algerian counterpart signed an accord on maritime surveillance on Wednesday.',
    want: { has: [['Salma Gharbi-Toumi', 'SIGNED', 'accord on maritime surveillance']] },
  }],
  ['"X led the outgoing Garuda Contingent XXIV-J ... the outgoing contingent\'s soldiers received the UNIFIL Medal": a unit named as the outgoing (incoming) side is "the outgoing contingent" later', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. Lieutenant Colonel Dedi Kurniawan-Saputra led the outgoing Garuda Contingent XXIV-L. In late January, the outgoing contingent\'s soldiers received the UNIFIL Medal at a parade.',
    want: { has: [['Garuda Contingent XXIV-L', 'RECEIVED_AWARD', 'UNIFIL Medal']] },
  }],
  ['"soldiers of the Garuda Contingent XXIV-K battalion ... the new battalion\'s commander, X": a new formation of a contingent\'s kind is the contingent named first', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. Some 850 soldiers of the Garuda Contingent XXV-A battalion have taken over duties in southern Lebanon. On Tuesday, the new battalion\'s commander, Lieutenant Colonel Bagus Prasetyo-Nugroho, took over from Lieutenant Colonel Dedi Kurniawan-Saputra.',
    want: { has: [['Bagus Prasetyo-Nugroho', 'LEADER_OF', 'Garuda Contingent XXV-A']] },
  }],
  ['"a decision to set up a Cyber Command within the Kenya Defence Forces": a body or unit within another is part of it', {
    given: 'NAIROBI, May 3. /Daily Nation/. The council decided to set up a Space Command within the Uganda People\'s Defence Force (UPDF) in late January.',
    want: { has: [['Space Command', 'PART_OF', "Uganda People's Defence Force"]] },
  }],
  ['"Exercise Amber Sky 38 began": a number closing a name an event word opens is part of the name', {
    given: 'WARSAW, June 3. /PAP/. Exercise Baltic Sky 41, the largest air defence drill of the year, began on Monday. Operation Sea Guardian 12 ended.',
    want: { entities: [['Exercise Baltic Sky 41', 'event'], ['Operation Sea Guardian 12', 'event']] },
  }],
  ['"Taking part were the 8th Regiment and a battery of Ukraine\'s 138th Brigade": a list item opened by a sub-unit "of" a unit is that unit', {
    given: 'WARSAW, June 3. /PAP/. Exercise Amber Sky 39 began on Monday. Taking part were the 3rd Air Defence Regiment and a battery of Lithuania\'s Air Defence Battalion.',
    want: { has: [['3rd Air Defence Regiment', 'ATTENDED', 'Exercise Amber Sky 39'], ['Air Defence Battalion', 'ATTENDED', 'Exercise Amber Sky 39']] },
  }],
  ['"Minister X, who arrived in the Maldivian capital on Monday ... Earlier on Tuesday, X called on President Y": the one a visitor called on is the visited state\'s, not the dateline\'s', {
    given: 'NEW DELHI, February 11. /The Hindu/. India handed over a patrol vessel to the Maldives at a ceremony in Male attended by Defence Minister Ravindra Kulkarni-Desai, who arrived in the Maldivian capital on Monday. Earlier on Tuesday, Kulkarni-Desai called on President Ibrahim Waheed Didi, who thanked India for its help.',
    want: { has: [['Ibrahim Waheed Didi', 'LEADER_OF', 'Maldives']], not: [['Ibrahim Waheed Didi', 'LEADER_OF', 'India']] },
  }],
  ['"during Ahn\'s four-day visit to the country ... Ahn was received by President Y": a bare "the country" of a visit is the last foreign state named', {
    given: 'SEOUL, December 10. /Hankyoreh/. Defense Minister Ahn Hae-chan signed an agreement in Warsaw on the 9th. The agreement was signed at the Polish Ministry of National Defence during Ahn\'s four-day visit to the country. On the 8th, Ahn was received at the Belweder Palace by President Jaroslaw Wisniewski-Nowak.',
    want: { has: [['Jaroslaw Wisniewski-Nowak', 'LEADER_OF', 'Poland']], not: [['Jaroslaw Wisniewski-Nowak', 'LEADER_OF', 'South Korea']] },
  }],
  ['"..., the defence ministry said. Turkey\'s defence ministry condemned the exercise": a portfolio ministry before a verb of saying is the home state\'s, not the one another state possesses', {
    given: 'NICOSIA, September 28. /Cyprus Mail/. The National Guard completed the drill on Thursday, the defence ministry said. Turkey\'s defence ministry condemned the exercise on Friday.',
    want: { entities: [['Ministry of Defence of Cyprus', 'organization']], has: [['Ministry of Defence of Türkiye', 'CRITICIZED', 'drill']], not: [['Ministry of Defence of Cyprus', 'CRITICIZED', 'drill']] },
  }],
  ['"helped villagers near Quneitra repair channels", "farmland around Marjayoun": a lone name after "near" or "around" is a place, whatever follows', {
    given: 'KATHMANDU, November 20. /The Kathmandu Post/. Her soldiers helped villagers near Jubata repair irrigation channels and cleared farmland around Hasbaya, the army said.',
    want: { entities: [['Jubata', 'place'], ['Hasbaya', 'place']] },
  }],
  ['"joint patrols between Ras Jedir and Dehiba": "Ras" (a cape), "Jebel", "Wadi" open a place\'s name; an accord "providing for" patrols helps nobody', {
    given: 'TUNIS, September 25. /TAP/. Defence Minister Salma Gharbi-Toumi and her Libyan counterpart, Khaled Al-Mahdi, signed an accord on border cooperation providing for joint patrols between Ras Ajdir and Wadi Ghrib.',
    want: { entities: [['Ras Ajdir', 'place'], ['Wadi Ghrib', 'place']], not: [['Salma Gharbi-Toumi', 'ASSISTED', 'Ras Ajdir'], ['Khaled Al-Mahdi', 'ASSISTED', 'Wadi Ghrib']] },
  }],
  ['"held talks with the Chief of the General Staff, A, and with Prime Minister B": a "with" repeated after "and" goes on with the list', {
    given: 'TRIPOLI, May 3. /Libya Observer/. The envoy, Ingrid Solheim-Aas, held talks with the Chief of Staff, Lieutenant General Omar Al-Barassi, and with Prime Minister Salem Al-Tajouri on Tuesday.',
    want: { has: [['Ingrid Solheim-Aas', 'MET_WITH', 'Omar Al-Barassi'], ['Ingrid Solheim-Aas', 'MET_WITH', 'Salem Al-Tajouri']] },
  }],
  ['"camps near Darak, in the Logone-et-Chari division": a lower-case division right after a name that "in the" governs is an area, not a formation', {
    given: 'YAOUNDE, May 3. /Cameroon Tribune/. Troops destroyed three camps near Kolofata, in the Mayo-Sava division, on Monday. The Rapid Intervention Battalion division staff met.',
    want: { entities: [['Mayo-Sava division', 'place']], absentAs: [['Mayo-Sava division', 'unit']], has: [['Kolofata', 'LOCATED_IN', 'Mayo-Sava division']] },
  }],
  ['"signed in the Kyrgyz town of Batken ... sent a battalion to Batken region": a name given an area\'s head is not the town of that name', {
    given: 'BISHKEK, September 10. /Kabar/. The agreement was signed in the Kyrgyz town of Isfana on Monday. On Tuesday, the ministry sent a battalion of the 68th Mountain Rifle Brigade from Osh to Isfana district.',
    want: { entities: [['Isfana district', 'place']], distinct: [['town of Isfana', 'Isfana district']] },
  }],
  ['"The 320 engineers, who arrived in the county headquarters, Hola, on Sunday": a lone name set off after a seat noun a place preposition governs is a place', {
    given: 'NAIROBI, May 3. /Daily Nation/. Soldiers of the Kenya Army\'s 12 Engineers Battalion have been deployed to Kilifi County. The 300 engineers, who arrived in the county headquarters, Malindi-Ganze, on Sunday, have put up two bridges.',
    want: { entities: [['Malindi-Ganze', 'place']], has: [['12 Engineers Battalion', 'DEPLOYED_TO', 'Malindi-Ganze']] },
  }],
  ['"the Guardian-class patrol boat RSIPV Auki ... The Auki will be based at Noro": a ship named after a ship noun with a prefix in capitals is named without it too', {
    given: 'HONIARA, May 3. /Solomon Star/. Australia handed over the Guardian-class patrol boat RSIPV Gizo to the police on Thursday. The Gizo will be based at Noro.',
    want: { same: [['RSIPV Gizo', 'Gizo']], entities: [['RSIPV Gizo', 'unit']] },
  }],
  ['"/Vanuatu Daily Post/ ... Tavoa told the Daily Post": a dateline agency named without the state its name opens with is the agency', {
    given: 'APIA, May 3. /Samoa Daily Observer/. The minister spoke. "We cannot watch over it alone," Faleolo-Tuilagi told the Daily Observer.',
    want: { same: [['Samoa Daily Observer', 'Daily Observer']] },
  }],
  ['"signed a Decree awarding the Order ... According to the Decree, the award was conferred": a lone capitalised decree is no name of a place', {
    given: 'ASHGABAT, February 9. /TDH/. President Serdar Annamuradov on Thursday signed a Decree awarding the Order of Neutrality to the minister. According to the Decree, the high award was conferred on the guest.',
    want: { absent: ['Decree'] },
  }],
  ['"the FAA\'s National Air Force will train pilots ... Angolan air force helicopters": the service a state\'s armed forces possess is that state\'s service of its kind', {
    given: 'WINDHOEK, March 3. /New Era/. The Zambia Defence Force (ZDF) hosted the talks. The ZDF\'s Tactical Air Force will train pilots. Zambian air force helicopters evacuated 400 people in March.',
    want: { same: [['Tactical Air Force', 'Zambian air force']] },
  }],
  ['"the Kunene and Omusati regions" after "the Kunene River": a name given an area\'s head is not the river of that name', {
    given: 'WINDHOEK, March 3. /New Era/. Patrols run along the Zambezi River. Helicopters evacuated about 1,200 people from the Zambezi and Kavango East regions in March.',
    want: { entities: [['Zambezi River', 'place'], ['Zambezi region', 'place']], distinct: [['Zambezi River', 'Zambezi region']] },
  }],
  ['"thanked Morocco for training 60 officers of the guard" after "the Republican Guard": a definite "the guard" stands for the guard named as a formation', {
    given: 'LIBREVILLE, August 30. /Gabon Review/. The Presidential Guard paraded on Friday. Colonel Landry Mba-Obiang thanked Senegal for training 40 officers of the guard last year.',
    want: { has: [['Senegal', 'ASSISTED', 'Presidential Guard']] },
  }],
  ['"The next edition of the exercise will be held in Senegal\'s Ziguinchor region": where a later edition is held is not where the exercise was', {
    given: 'BANJUL, March 3. /The Point/. Troops ended Exercise Kairaba Shield 2068 in Brikama on Thursday. The next edition of the exercise will be held in Kolda early next year.',
    want: { has: [['Exercise Kairaba Shield 2068', 'LOCATED_IN', 'Brikama']], not: [['Exercise Kairaba Shield 2068', 'LOCATED_IN', 'Kolda']] },
  }],
  ['"X presented royal orders to 27 officers of the Jordan Armed Forces": orders given to others are no command of the body those others are "of"', {
    given: 'AMMAN, May 2. /Jordan Times/. Lieutenant General Yousef Al-Hnaity-Obeidat on Sunday presented royal orders to 27 officers of the Jordan Armed Forces. The 3rd Brigade is under the command of Brigadier Ayman Al-Rawashdeh.',
    want: { not: [['Yousef Al-Hnaity-Obeidat', 'COMMANDED_BY', 'Jordan Armed Forces']], has: [['3rd Brigade', 'COMMANDED_BY', 'Ayman Al-Rawashdeh']] },
  }],
  ['"The Sudanese Armed Forces (SAF) said the army\'s 14th Infantry Division will pull back": "the army", no army named, is the one state\'s whole force', {
    given: 'KHARTOUM, March 3. /Sudan Tribune/. The Sudanese Armed Forces (SAF) said on Monday that the army\'s 22nd Infantry Division in Babanusa would pull back.',
    want: { has: [['22nd Infantry Division', 'PART_OF', 'Sudanese Armed Forces']] },
  }],
  ['"the survey ship INS Sandhayak spent three weeks at Port Mathurin": a stay of some days, weeks or months somewhere puts a ship there and a person on a visit', {
    given: 'PORT LOUIS, September 17. /Le Mauricien/. In early March, the survey ship INS Darshak spent three weeks at Port Mathurin. President Arvind Ramgoolam-Seeruttun spent two days in Rodrigues.',
    want: { has: [['INS Darshak', 'DEPLOYED_TO', 'Port Mathurin'], ['Arvind Ramgoolam-Seeruttun', 'VISITED', 'Rodrigues']] },
  }],
  ['"HMAS Toowoomba ... is taking part in the Indo-Pacific Endeavour deployment, which has already taken it to Manila and Da Nang": the ship a deployment took somewhere is deployed there', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. HMNZS Te Mana is taking part in New Zealand\'s annual Pacific deployment, which has already taken it to Suva and Apia.',
    want: { has: [['HMNZS Te Mana', 'DEPLOYED_TO', 'Suva'], ['HMNZS Te Mana', 'DEPLOYED_TO', 'Apia']] },
  }],
  ['"In Birao, the peacekeepers of ZAMBATT-30 were awarded the UN Medal at a parade on Saturday": a place fronted by "In" is where the gathering the sentence puts "at" took place', {
    given: 'LUSAKA, June 13. /Zambia Daily Mail/. In Bangassou, the peacekeepers of MALBATT-12 were awarded the United Nations Medal at a parade on Saturday. In Bria, the minister spoke at a parade in Ndele.',
    want: { has: [['parade', 'LOCATED_IN', 'Bangassou']], not: [['parade', 'LOCATED_IN', 'Bria']] },
  }],
  ['"The patrol vessel PS Topaz, which she commands, returned to Port Victoria": an object relative of a verb of leading; its subject leads the antecedent, and the main verb is the antecedent\'s', {
    given: 'VICTORIA, May 8. /Seychelles Nation/. The patrol vessel PS Curieuse, which Lieutenant Commander Nadia Payet-Morel commands, returned to Port Victoria on March 29.',
    want: { has: [['Nadia Payet-Morel', 'LEADER_OF', 'PS Curieuse'], ['PS Curieuse', 'RETURNED_TO', 'Port Victoria']], not: [['Nadia Payet-Morel', 'RETURNED_TO', 'Port Victoria']] },
  }],
  ['"some 1.3 million square kilometres of the western Indian Ocean", "the Philippine Sea": a demonym naming a sea names no state', {
    given: 'VICTORIA, May 8. /Seychelles Nation/. The zone covers some 1.3 million square kilometres of the western Indian Ocean. Two frigates sailed through the Philippine Sea on Monday.',
    want: { entities: [['Indian Ocean', 'place'], ['Philippine Sea', 'place']], absent: ['India', 'Philippines'] },
  }],
  ['"The battlegroup, which is led by Germany and attached to the Lithuanian Army\'s Iron Wolf Brigade": a unit attached to another is part of it', {
    given: 'TALLINN, June 18. /ERR News/. The 2nd Infantry Battalion, which is attached to the Estonian Division\'s 1st Infantry Brigade, ended drills on Tuesday.',
    want: { has: [['2nd Infantry Battalion', 'PART_OF', '1st Infantry Brigade']] },
  }],
  ['"NATO\'s Enhanced Forward Presence Battlegroup Lithuania ... The battlegroup, which is led by Germany, is commanded by X": "battlegroup" in one word is a unit head and refers back to the unit', {
    given: 'RIGA, June 18. /LSM/. NATO\'s Multinational Battlegroup Latvia ended drills on Tuesday. The battlegroup, which is led by Canada, is commanded by Lieutenant Colonel Marc-Andre Thibodeau-Roy.',
    want: { has: [['Multinational Battlegroup Latvia', 'COMMANDED_BY', 'Marc-Andre Thibodeau-Roy']] },
  }],
  ['"Olmos presented the UNDOF Medal to the battalion\'s peacekeepers": a unit\'s people stand for the unit that receives an award', {
    given: 'KATHMANDU, November 20. /The Kathmandu Post/. Nepal has about 800 troops in UNIFIL, most of them from the Shree Bhairabi Dal Battalion. General Aurelio Sanmartino presented the UNIFIL Medal to the battalion\'s peacekeepers on Sunday.',
    want: { has: [['Shree Bhairabi Dal Battalion', 'RECEIVED_AWARD', 'UNIFIL Medal']] },
  }],
  ['"the Special Envoy of the Secretary-General of the League of Arab States, X": an envoy of a body\'s post-holder is an official of the body (not its leader)', {
    given: 'TUNIS, September 25. /TAP/. President Kamel Ben Salah-Ayari received the Special Envoy of the Secretary-General of the League of Arab States, Tarek Abdelhamid Soliman, on Wednesday.',
    want: { entities: [['League of Arab States', 'organization']], has: [['Tarek Abdelhamid Soliman', 'OFFICIAL_OF', 'League of Arab States'], ['Kamel Ben Salah-Ayari', 'MET_WITH', 'Tarek Abdelhamid Soliman']], not: [['Tarek Abdelhamid Soliman', 'LEADER_OF', 'League of Arab States']], absent: ['Arab States'] },
  }],
  ['"the Special Envoy of the League of Arab States for Libya, X": the holder comes past what the envoy is sent for', {
    given: 'TUNIS, September 25. /TAP/. President Kamel Ben Salah-Ayari received the Special Envoy of the League of Arab States for Sudan, Moussa Kaboré-Traoré, on Wednesday.',
    want: { has: [['Moussa Kaboré-Traoré', 'OFFICIAL_OF', 'League of Arab States'], ['Kamel Ben Salah-Ayari', 'MET_WITH', 'Moussa Kaboré-Traoré']] },
  }],
  ['"signed in Tunis an accord on border cooperation providing for joint patrols": a present participle after the complement\'s noun describes the agreement and ends its name', {
    given: 'TUNIS, September 25. /TAP/. Defence Minister Salma Gharbi-Toumi and her Algerian counterpart, Karim Belhadj-Ouali, signed an accord on maritime surveillance providing for joint patrols off Tabarka.',
    want: { entities: [['accord on maritime surveillance', 'agreement']], has: [['Salma Gharbi-Toumi', 'SIGNED', 'accord on maritime surveillance']] },
  }],
  ['"At a ceremony on Tuesday at UN Position 7-1 in the village of X, the new battalion\'s commander, Lt Col A, took over responsibility for the area from Lt Col B": a long fronted setting; the holder past a possessed post and the one taken over from attend', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. At a ceremony on Tuesday at UN Position 8-32 in the village of Blida, the new battalion\'s commander, Lieutenant Colonel Dimas Prasetyo-Wibowo, took over responsibility for the area from Lieutenant Colonel Rangga Adiwinata.',
    want: { has: [['Dimas Prasetyo-Wibowo', 'ATTENDED', 'ceremony'], ['Rangga Adiwinata', 'ATTENDED', 'ceremony']] },
  }],
  ['"the new contingent was sent off by Defense Minister X at a send-off ceremony": the agent of a passive right before "at" an event attends it', {
    given: 'JAKARTA, March 13. /The Jakarta Post/. In late February, the contingent was seen off by Defense Minister Bayu Kusumawardhani at a send-off ceremony in Sentul.',
    want: { has: [['Bayu Kusumawardhani', 'ATTENDED', 'send-off ceremony']] },
  }],
  ['"toured the RBNF\'s flagship, the frigate RBNS Sabha": a ship named in apposition to a body\'s possessed ship noun, past its own article and noun, is part of the body', {
    given: 'MANAMA, January 14. /Bahrain News Agency/. The Royal Bahraini Naval Force (RBNF) hosted the visit. Commodore Alistair Penhallow-Grant toured the RBNF\'s flagship, the frigate RBNS Hawar, on Tuesday.',
    want: { has: [['RBNS Hawar', 'PART_OF', 'Royal Bahraini Naval Force']] },
  }],
  ['"X toured the RBNF\'s flagship, the frigate RBNS Sabha, at Mina Salman port": the owner of a ship named in apposition is not the place visited; the place after it is', {
    given: 'MANAMA, January 14. /Bahrain News Agency/. On Tuesday, Commodore Alistair Penhallow-Grant toured the RBNF\'s flagship, the frigate RBNS Hawar, at Mina Salman port.',
    want: { has: [['Alistair Penhallow-Grant', 'VISITED', 'Mina Salman port']], not: [['Alistair Penhallow-Grant', 'VISITED', 'RBNF']] },
  }],
  ['"CTF 152, which was set up in 2004 by the 47-nation CMF, is one of its five task forces": "one of its" NOUNS is part of the body "its" stands for', {
    given: 'MANAMA, January 14. /Bahrain News Agency/. The Combined Task Force 154 (CTF 154) sailed on Monday. CTF 154, which was set up in 2023 by the 39-nation Combined Maritime Forces, is one of its five task forces and trains regional navies.',
    want: { has: [['Combined Task Force 154', 'PART_OF', 'Combined Maritime Forces']] },
  }],
  ['"the Commander of Combined Task Force 152 (CTF 152), Royal Navy Commodore Rupert Kingsmill": an acronym with its number in brackets names the unit, and the post\'s holder comes past it and the officer\'s service', {
    given: 'MANAMA, January 14. /Bahrain News Agency/. Rear Admiral Hamad Saleh Al Doseri received the Commander of Combined Task Force 153 (CTF 153), Royal Navy Commodore Alistair Penhallow-Grant, on Monday. CTF 153 patrols the Red Sea.',
    want: { same: [['Combined Task Force 153', 'CTF 153']], has: [['Alistair Penhallow-Grant', 'LEADER_OF', 'Combined Task Force 153'], ['Hamad Saleh Al Doseri', 'MET_WITH', 'Alistair Penhallow-Grant']], absent: ['CTF'] },
  }],
  ['"received the Commander of Combined Task Force 152, Royal Navy Commodore Rupert Kingsmill": a service\'s name before a rank is the service, and the officer is still the one received', {
    given: 'MANAMA, January 14. /Bahrain News Agency/. Rear Admiral Hamad Saleh Al Doseri received the Commander of Combined Task Force 153, Royal Navy Commodore Alistair Penhallow-Grant, on Monday. US Army Colonel Brandon Oakhurst-Pike also attended.',
    want: { entities: [['Royal Navy', 'organization'], ['US Army', 'organization'], ['Alistair Penhallow-Grant', 'person'], ['Brandon Oakhurst-Pike', 'person']], has: [['Hamad Saleh Al Doseri', 'MET_WITH', 'Alistair Penhallow-Grant']] },
  }],
  ['"In Birao, the peacekeepers of ZAMBATT-30 were awarded the United Nations Medal": peacekeepers (airmen, reservists ...) of a unit stand for the unit', {
    given: 'LUSAKA, June 13. /Zambia Daily Mail/. In Bria, the peacekeepers of MALBATT-12 were awarded the United Nations Medal at a parade on Saturday. The airmen of the 3rd Air Wing were decorated with the Air Force Cross.',
    want: { has: [['MALBATT-12', 'RECEIVED_AWARD', 'United Nations Medal'], ['3rd Air Wing', 'RECEIVED_AWARD', 'Air Force Cross']] },
  }],
  ['"ZAMBATT-30 received the UN Medal": a name numbered after a hyphen before the verb is the subject, not a noun modifier like "the Russia-DPRK talks"', {
    given: 'LUSAKA, June 13. /Zambia Daily Mail/. MALBATT-12 received the United Nations Medal on Saturday. The China-Laos talks ended on Friday.',
    want: { has: [['MALBATT-12', 'RECEIVED_AWARD', 'United Nations Medal']] },
  }],
  ['"The cargo was handed over to the Minister of the Armed Forces, General X, at a ceremony on the quay": the one something was handed or presented to at an event attends it', {
    given: 'TOLIARA, March 8. /Midi Madagasikara/. The tents were handed over to the Minister of Health, Dr Voahangy Rasoanaivo-Be, at a ceremony at the port on Monday. The keys were presented to Governor Lalaina Andrianjaka at a reception.',
    want: { has: [['Voahangy Rasoanaivo-Be', 'ATTENDED', 'ceremony'], ['Lalaina Andrianjaka', 'ATTENDED', 'reception']] },
  }],
  ['"Rear Admiral X, the commander of the FAZSOI, who had flown in from Saint-Denis for the handover": the person an apposition describes, who had flown in for an event, attends it', {
    given: 'TOAMASINA, March 8. /Midi Madagasikara/. The cargo was handed over at a ceremony on the quay on Monday. "We stand by you," said Commodore Aurelien Dufresnoy-Mace, the head of the French naval detachment, who had flown in from Mayotte for the handover.',
    want: { has: [['Aurelien Dufresnoy-Mace', 'ATTENDED', 'ceremony']] },
  }],
  ['"at a ceremony on the quay, attended by France\'s ambassador to Madagascar, Anne-Sophie Vauquelin": the holder of a state\'s post "to" a place attends, not the state', {
    given: 'TOAMASINA, March 8. /Midi Madagasikara/. The cargo was handed over at a ceremony on the quay on Monday, attended by Germany\'s ambassador to Madagascar, Henrike Vollmar-Brandt.',
    want: { has: [['Henrike Vollmar-Brandt', 'ATTENDED', 'ceremony'], ['Henrike Vollmar-Brandt', 'OFFICIAL_OF', 'Germany']], not: [['Germany', 'ATTENDED', 'ceremony'], ['Madagascar', 'ATTENDED', 'ceremony']] },
  }],
  ['"Some 400 soldiers of the Malagasy Armed Forces (FAM), most of them from the 1st Engineering Regiment, have been deployed to X": the unit most of the group comes from is deployed (not a battalion "drawn mainly from" one)', {
    given: 'ANTANANARIVO, March 8. /Midi Madagasikara/. Some 300 soldiers of the Malagasy Armed Forces (FAM), most of them from the 3rd Engineering Regiment, have been deployed to the Atsimo region. The contingent, drawn mainly from the 2nd Infantry Regiment, is commanded by Colonel Haja Rakotobe-Solofo.',
    want: { has: [['3rd Engineering Regiment', 'DEPLOYED_TO', 'Atsimo region']], not: [['Madagascar', 'DEPLOYED_TO', 'Atsimo region'], ['2nd Infantry Regiment', 'COMMANDED_BY', 'Haja Rakotobe-Solofo']] },
  }],
  ['"the Commander of the US Fifth Fleet ... The Fifth Fleet, which is headquartered at ...": a unit named without the state\'s name or demonym before it is the one unit named with it', {
    given: 'MANAMA, February 19. /Bahrain News Agency/. The Commander of the US Sixth Fleet, Vice Admiral Harriet Colbourne-Pryce, arrived on Monday. The Sixth Fleet, which is based in Naples, was formed by the US Navy in 1950. The Russian Baltic Fleet and the Baltic Fleet Band were not mentioned; the Baltic Fleet was.',
    want: { same: [['US Sixth Fleet', 'Sixth Fleet'], ['Russian Baltic Fleet', 'Baltic Fleet']], has: [['Harriet Colbourne-Pryce', 'LEADER_OF', 'US Sixth Fleet']] },
  }],
  ['"The two commanders reviewed the results of Neon Defender 69, a joint naval exercise": whoever looks at what came of an exercise did not thereby take part in it', {
    given: 'DOHA, March 2. /The Peninsula/. Staff Major General Hamad Al-Nuaimi and Rear Admiral Peter Vandermolen reviewed the results of Gulf Shield 12, a joint naval exercise held off Ras Laffan in February. General Hamad Al-Nuaimi also reviewed the outcome of Exercise Desert Falcon.',
    want: { entities: [['Gulf Shield 12', 'event']], not: [['Hamad Al-Nuaimi', 'ATTENDED', 'Gulf Shield 12'], ['Peter Vandermolen', 'ATTENDED', 'Gulf Shield 12'], ['Hamad Al-Nuaimi', 'ATTENDED', 'Exercise Desert Falcon']] },
  }],
  ['"were decorated with the UN Medal at a parade ... The medals were pinned on by Defence Minister X": the one the medals were pinned on or presented by attends the parade', {
    given: 'KATHMANDU, May 2. /The Himalayan Times/. On Friday, about 780 soldiers of the Shree Kali Prasad Battalion were decorated with the United Nations Medal at a parade in Panchkhal. The medals were pinned on by Defence Minister Sarita Bhandari-Karki, who praised the battalion.',
    want: { has: [['Sarita Bhandari-Karki', 'ATTENDED', 'parade']] },
  }],
  ['"X is due to leave for Doha, the last stop of a Gulf tour that has already taken him to Riyadh and Muscat": the person a journey took somewhere visited each place', {
    given: 'KUWAIT CITY, April 16. /Kuwait Times/. Defence Minister Abdullah Al-Sabah received General Tariq Mehmood-Qureshi on Sunday. Mehmood-Qureshi is due to leave for Doha on Wednesday, the last stop of a Gulf tour that has already taken him to Riyadh and Muscat.',
    want: { has: [['Tariq Mehmood-Qureshi', 'VISITED', 'Riyadh'], ['Tariq Mehmood-Qureshi', 'VISITED', 'Muscat']], not: [['Abdullah Al-Sabah', 'VISITED', 'Riyadh']] },
  }],
  ['"a parliamentary question from Nationalist Party MP Roberta Tonna": a party\'s name before an MP\'s title is the MP\'s party (not a constituency)', {
    given: 'VALLETTA, May 2. /Times of Malta/. The minister refused to answer a parliamentary question from Democratic Alliance MP Roberta Zammit-Borg on Monday.',
    want: { entities: [['Democratic Alliance', 'organization']], has: [['Roberta Zammit-Borg', 'OFFICIAL_OF', 'Democratic Alliance']] },
  }],
  ['"cleared four camps in the Timbuktu Triangle area of southern Borno State": a place "of" a side of another lies in it', {
    given: 'MAIDUGURI, November 19. /Daily Trust/. Troops have cleared four camps in the Sambisa Forest area of southern Borno State, the army said.',
    want: { has: [['Sambisa Forest area', 'LOCATED_IN', 'Borno State']] },
  }],
  ['"the ships carried the troops, vehicles and supplies from Tongatapu to Lifuka": "supplies" in a list of things is a noun, no help given', {
    given: 'NUKUALOFA, October 19. /Tonga Daily News/. The amphibious ship HMAS Choules carried the troops, vehicles and supplies from Tongatapu to Vavaʻu.',
    want: { not: [['HMAS Choules', 'ASSISTED', 'Vavaʻu']] },
  }],
  ['"Australia and New Zealand sent HMAS Adelaide and HMNZS Canterbury to Tonga with water, medical supplies and engineers": a state sending relief helps (the ships are deployed)', {
    given: 'APIA, October 19. /Samoa Observer/. Australia and New Zealand sent HMAS Choules and HMNZS Aotearoa to Samoa with water, medical supplies and engineers in January.',
    want: { has: [['Australia', 'ASSISTED', 'Samoa'], ['New Zealand', 'ASSISTED', 'Samoa'], ['HMAS Choules', 'DEPLOYED_TO', 'Samoa']], not: [['HMAS Choules', 'ASSISTED', 'Samoa']] },
  }],
  ['"sent two ships to Tonga with water and medical supplies after the eruption of the Hunga Tonga-Hunga Ha\'apai volcano": a name before lower-case "volcano" is a place, and helped by nobody', {
    given: 'NUKUALOFA, October 19. /Tonga Daily News/. Australia sent HMAS Adelaide to Tonga with water, medical supplies and engineers in January 2022, after the eruption of the Fonuafoʻou volcano cut the kingdom off from the world.',
    want: { entities: [['Fonuafoʻou volcano', 'place']], not: [['HMAS Adelaide', 'ASSISTED', 'Fonuafoʻou volcano']] },
  }],
  ['"about 80 members of the US Army\'s 7th Special Forces Group, who were flown into Vieux Fort on Saturday": troops flown or airlifted into a place are deployed there', {
    given: 'CASTRIES, May 2. /St Lucia Times/. Taking part are soldiers of the Barbados Regiment and about 80 members of the US Army\'s 3rd Special Forces Group, who were flown into Vieux Fort on Saturday.',
    want: { has: [['3rd Special Forces Group', 'DEPLOYED_TO', 'Vieux Fort']] },
  }],
  ['"X took over from Lieutenant Colonel Y of FIJIBATT 38 ... the outgoing contingent was awarded the UNDOF Medal": the outgoing side is the unit of the commander taken over from', {
    given: 'SUVA, March 12. /Fiji Sun/. Soldiers of Fiji Battalion 41 left Nadi for the Golan Heights on Sunday. Their commanding officer, Lieutenant Colonel Jone Naivalu-Rara, took over from Lieutenant Colonel Epeli Tuiloma-Sau of Fiji Battalion 40 at a ceremony on Friday. On March 2, the outgoing contingent was awarded the UNDOF Medal at a medal parade at Camp Faouar.',
    want: { has: [['Fiji Battalion 40', 'RECEIVED_AWARD', 'UNDOF Medal']] },
  }],
  ['"Also present were the commander of X, Captain A, the Royal Navy\'s liaison officer at Stirling, Commander B, and WA Premier C": each titled person set off in the list attends', {
    given: 'PERTH, March 14. /ABC News/. A welcome ceremony was held at the base on Wednesday. Also present were the commander of the US Navy\'s Submarine Squadron 15, Captain Dwight Harlowe-Biggs, the Royal Navy\'s liaison officer at Stirling, Commander Alistair Quennell-Hart, and State Premier Deborah Fenwick-Hale.',
    want: { has: [['Alistair Quennell-Hart', 'ATTENDED', 'welcome ceremony'], ['Deborah Fenwick-Hale', 'ATTENDED', 'welcome ceremony']] },
  }],
  ['"the minister paid a courtesy call on Ghana\'s Vice President, Y, at the Jubilee House, where he thanked Ghana": "he" after ", where" is the main clause\'s subject (a passive\'s agent: "X was received by President Y at the palace, where she thanked Z")', {
    given: 'BANJUL, July 10. /The Point/. Defence Minister Ousman Jallow-Sarr returned to Banjul on Sunday. Earlier in the visit, the minister paid a courtesy call on Ghana\'s Vice President, Adwoa Mensah-Boateng, at the Jubilee House, where he thanked Ghana for training Gambian officers. On Monday, Jallow-Sarr was received by Ghana\'s President, Kofi Asare-Nkansah, at the palace, where he thanked Gambia for its support.',
    want: { has: [['Ousman Jallow-Sarr', 'PRAISED', 'Ghana'], ['Kofi Asare-Nkansah', 'PRAISED', 'Gambia']] },
  }],
  ['"under the Multinational Force of Central Africa (FOMAC), the bloc\'s standby force": a force a body possesses in an apposition is part of it', {
    given: 'LIBREVILLE, April 8. /Gabon Review/. The President received the Secretary General of the Economic Community of Central African States (ECCAS). Gabon has 300 soldiers in the Central African Republic under the Central African Multinational Force (FOMUC), the bloc\'s standby force.',
    want: { has: [['Central African Multinational Force', 'PART_OF', 'Economic Community of Central African States']] },
  }],
  ['"The opposition Union Nationale criticised Ekomi on Thursday, accusing him of ...": after a participle set off, "him" is the person the clause before named as its object', {
    given: 'LIBREVILLE, April 8. /Gabon Review/. President Landry Obame-Nze received the envoy. Speaking after the ceremony, Defence Minister Hervé Mba-Ondo thanked Morocco. The opposition Union Progressiste criticised Obame-Nze on Thursday, accusing him of placing loyal officers at the head of the army.',
    want: { has: [['Union Progressiste', 'CRITICIZED', 'Landry Obame-Nze']], not: [['Union Progressiste', 'CRITICIZED', 'Hervé Mba-Ondo']] },
  }],
  ['"ratified an agreement on cooperation in combating terrorism and extremism": "in" before a gerund goes on with what an agreement is about', {
    given: 'ASTANA, March 21. /Kazinform/. Kazakhstan and Uzbekistan signed an agreement on cooperation in combating drug trafficking on Monday.',
    want: { entities: [['agreement on cooperation in combating drug trafficking', 'agreement']] },
  }],
  ['"Marines of the 4th Marine Regiment ... The 4th Marines, a regiment of the 3rd Marine Division": a numbered Marine regiment is named by its Marines too', {
    given: 'TOKYO, February 15. /Kyodo/. About 1,300 Marines of the 12th Marine Regiment began moving. The 12th Marines, a regiment of the 3rd Marine Division, have been based on Okinawa since 1955.',
    want: { same: [['12th Marines', '12th Marine Regiment']], has: [['12th Marine Regiment', 'PART_OF', '3rd Marine Division']] },
  }],
  ['"The Guam International Agreement, signed by Japan and the United States in 2009": a territory\'s name opening an agreement\'s name is part of it', {
    given: 'TOKYO, February 15. /Kyodo/. The Guam Relocation Agreement, signed by Japan and the United States in 2009, commits Tokyo to paying the cost.',
    want: { entities: [['Guam Relocation Agreement', 'agreement']], has: [['Japan', 'SIGNED', 'Guam Relocation Agreement']] },
  }],
  ['"The Royal Tongan Marines, HMAF\'s infantry unit, ... the commanding officer of the Royal Tongan Marines": a body\'s name known as a formation\'s stays one', {
    given: 'APIA, October 19. /Samoa Observer/. The Royal Samoan Marines, the SDF\'s infantry unit, cleared roads on the island. On Thursday, Lieutenant Colonel Sione Fakatava-Lolo, the commanding officer of the Royal Samoan Marines, was decorated.',
    want: { has: [['Sione Fakatava-Lolo', 'LEADER_OF', 'Royal Samoan Marines']], absentAs: [['Royal Samoan Marines', 'organization']] },
  }],
  ['"directed by the Executive Director of the RSS, Captain X": "Executive Director" is one post (no body "Executive")', {
    given: 'CASTRIES, May 2. /St Lucia Times/. The Regional Security System (RSS) held an exercise. The exercise is directed by the Executive Director of the RSS, Captain Desmond Alleyne-Greaves.',
    want: { has: [['Desmond Alleyne-Greaves', 'LEADER_OF', 'Regional Security System']], absent: ['Executive'] },
  }],
  ['"The Regional Security System (RSS) ... The RSS Council of Ministers will meet": a body\'s known acronym before a body\'s head is no warship prefix', {
    given: 'CASTRIES, May 2. /St Lucia Times/. The Regional Security System (RSS) held an exercise. The RSS Council of Ministers will meet in Bridgetown in December.',
    want: { entities: [['RSS Council of Ministers', 'organization']], has: [['RSS Council of Ministers', 'PART_OF', 'Regional Security System']] },
  }],
  ['"the two ministers held talks in Brasília that were also attended by X and Y": past where, talks a relative clause says someone attended are an event there', {
    given: 'PARAMARIBO, September 8. /Starnieuws/. Before the signing, the two ministers held talks in Georgetown that were also attended by the Chief of Defence, Admiral Marco Linhares-Dias, and Suriname\'s ambassador to Guyana, Soraya Wongso-Ramdin.',
    want: { entities: [['talks', 'event']], has: [['talks', 'LOCATED_IN', 'Georgetown'], ['Soraya Wongso-Ramdin', 'ATTENDED', 'talks']] },
  }],
  ['"received by the commander of the Brazilian Army\'s Northern Military Command, General X": a command an army possesses is a formation (not "the PLA\'s Southern Theatre Command")', {
    given: 'PARAMARIBO, May 2. /Starnieuws/. On Wednesday, the minister travelled to Belém, where he was received by the commander of the Brazilian Army\'s Amazon Military Command, General Otávio Sampaio-Rocha.',
    want: { entities: [['Amazon Military Command', 'unit']], has: [['Otávio Sampaio-Rocha', 'LEADER_OF', 'Amazon Military Command'], ['Amazon Military Command', 'PART_OF', 'Brazilian Army']] },
  }],
  ['"officers of the Gambia Armed Forces (GAF) ... the Chief of the Defence Staff of the Ghana Armed Forces, X": a full name spelling an acronym another full name already expands is another body', {
    given: 'BANJUL, July 10. /The Point/. Seven Gambian officers graduated from the Ghana Armed Forces Command and Staff College (GAFCSC). Up to 40 officers of the Gambia Armed Forces (GAF) will attend courses at the college. Major Haddy Jallow-Ceesay of the GAF was awarded the medal. The ceremony was attended by the Chief of the Defence Staff of the Ghana Armed Forces, Vice Admiral Kojo Asante-Mensah.',
    want: { has: [['Kojo Asante-Mensah', 'LEADER_OF', 'Ghana Armed Forces']], not: [['Kojo Asante-Mensah', 'LEADER_OF', 'Gambia Armed Forces']] },
  }],
  ['"the Chief of Defence Staff, Lieutenant General A, and his Senegalese counterpart, General B, signed": B heads the Senegalese forces the text named', {
    given: 'BANJUL, May 19. /Daily Observer/. The Gambia Armed Forces and the Senegalese Armed Forces began a border exercise on Monday. On Wednesday, the Chief of Defence Staff, Lieutenant General Lamin Bojang-Sowe, and his Senegalese counterpart, General Moustapha Ndiaye-Fall, signed a memorandum of understanding.',
    want: { has: [['Moustapha Ndiaye-Fall', 'LEADER_OF', 'Senegalese Armed Forces']] },
  }],
  ['"began a two-week field exercise of the SADC Standby Force at X": the formation whose exercise it is takes part in it', {
    given: 'LUANDA, June 8. /Jornal de Angola/. Troops began a two-week field exercise of the ECCAS Standby Force at the Cabo Ledo training range on Monday.',
    want: { has: [['ECCAS Standby Force', 'ATTENDED', 'two-week field exercise of the ECCAS Standby Force']] },
  }],
  ['"The exercise was opened by X. Among the guests at the opening was Namibia\'s Minister of Defence, Y": guests at an event\'s opening attend it', {
    given: 'LUANDA, June 8. /Jornal de Angola/. Troops began Exercise Blue Kwanza 2067 at the Cabo Ledo training range on Monday. Among the guests at the opening was Zambia\'s Minister of Defence, Mwila Chansa-Banda.',
    want: { has: [['Mwila Chansa-Banda', 'ATTENDED', 'Exercise Blue Kwanza 2067']] },
  }],
  ['"Among the guests at the opening was Namibia\'s Minister of Defence and Veterans Affairs, X, who ... her Angolan counterpart, Y": a post after "was" set off before a two-word name is that holder\'s', {
    given: 'LUANDA, June 8. /Jornal de Angola/. Among the guests at the opening was Zambia\'s Minister of Defence, Mwila Chansa-Banda, who arrived on Sunday at the invitation of her Angolan counterpart, Manuel Kiala-Ndongo.',
    want: { has: [['Mwila Chansa-Banda', 'OFFICIAL_OF', 'Zambia'], ['Manuel Kiala-Ndongo', 'OFFICIAL_OF', 'Angola']] },
  }],
  ['"at the Cabo Ledo training range ... represented at Cabo Ledo": a site with a lower-case "range" or "area" head is named by its capitalised words alone too', {
    given: 'LUANDA, June 8. /Jornal de Angola/. Troops began a field exercise at the Lumbala Nguimbo training range on Monday. Zambia is represented at Lumbala Nguimbo by soldiers of the 3rd Zambia Regiment.',
    want: { same: [['Lumbala Nguimbo', 'Lumbala Nguimbo training range']], absentAs: [['Lumbala Nguimbo training', 'place']] },
  }],
  ['"South Africa is represented at Cabo Ledo by soldiers of 9 South African Infantry Battalion": past where, the unit whose soldiers represent a state attends the exercise', {
    given: 'LUANDA, June 8. /Jornal de Angola/. Troops began a two-week field exercise at the Cabo Ledo training range on Monday. Zambia is represented at Cabo Ledo by soldiers of the 3rd Zambia Regiment.',
    want: { has: [['3rd Zambia Regiment', 'ATTENDED', 'exercise']] },
  }],
  ['"South Africa is represented by soldiers of 9 SAI Battalion, while Malawi has sent a company of its 2nd Malawi Rifles battalion": a unit\'s "its" after ", while" is that clause\'s state', {
    given: 'LUANDA, June 8. /Jornal de Angola/. Zambia is represented at the range by soldiers of the 3rd Zambia Regiment, while Malawi has sent a company of its 4th Malawi Rifles battalion.',
    want: { has: [['4th Malawi Rifles', 'PART_OF', 'Malawi']], not: [['4th Malawi Rifles', 'PART_OF', '3rd Zambia Regiment']] },
  }],
  ['"LUANDA ... /Jornal de Angola/ ... Shivute told Jornal de Angola": a headless run with a state\'s name inside, known whole as a body\'s name, is that body (no person "Jornal de")', {
    given: 'LUANDA, June 8. /Correio de Angola/. Angola stood by Namibia, Minister Ana Kaluvi-Ndala told Correio de Angola.',
    want: { entities: [['Correio de Angola', 'organization']], absent: ['Correio de'] },
  }],
  ['"The ship, the NCG\'s fourth patrol vessel built in India,": a participle of building may close the possessed part noun', {
    given: 'PORT LOUIS, September 17. /Le Mauricien/. The National Coast Guard (NCG) on Saturday took delivery of the CGS Steadfast. The ship, the NCG\'s fifth patrol vessel built in India, is commanded by Lieutenant Commander Jean-Paul Ramdin.',
    want: { has: [['CGS Steadfast', 'PART_OF', 'National Coast Guard']] },
  }],
  ['"The ship, the NCG\'s fourth patrol vessel built in India, is commanded by X": a possessor opening the apposition after a ship noun is no ship\'s name', {
    given: 'PORT LOUIS, September 17. /Le Mauricien/. The National Coast Guard (NCG) on Saturday took delivery of the CGS Resolute. The ship, the NCG\'s fourth patrol vessel built in India, is commanded by Lieutenant Commander Jean-Paul Ramdin.',
    want: { entities: [['NCG', 'organization']], absentAs: [['NCG', 'unit']], has: [['CGS Resolute', 'COMMANDED_BY', 'Jean-Paul Ramdin']] },
  }],
  ['"covers the waters around Rodrigues, Agaléga and the Cargados Carajos shoals": a name before lower-case "shoals", "reef" or "lagoon" is a place', {
    given: 'PORT LOUIS, September 17. /Le Mauricien/. The agreement covers the waters around the Saya de Malha shoals and the Nazareth reef, where some charts still date from the nineteenth century.',
    want: { entities: [['Saya de Malha shoals', 'place'], ['Nazareth reef', 'place']] },
  }],
  ['"at a ceremony at the Caudan Waterfront ... The vessel was formally handed over by India\'s High Commissioner to Mauritius, A, to Prime Minister B": past an adverb, both attend the ceremony', {
    given: 'PORT LOUIS, September 17. /Le Mauricien/. The National Coast Guard took delivery of the CGS Valiant at a ceremony at the Caudan Waterfront in Port Louis. The vessel was formally handed over by India\'s High Commissioner to Mauritius, Anjali Raghavan-Iyer, to Prime Minister Navin Ramgoolam-Seetul.',
    want: { has: [['Anjali Raghavan-Iyer', 'ATTENDED', 'ceremony'], ['Navin Ramgoolam-Seetul', 'ATTENDED', 'ceremony']] },
  }],
  ['"met the Borno State Governor, X": "State" closing a place\'s name before a post is no portfolio (no body "Borno")', {
    given: 'MAIDUGURI, November 19. /Daily Trust/. Troops cleared camps in southern Yobe State. On Saturday, General Musa Gwarzo-Bello met the Yobe State Governor, Mai Buni-Gaidam, at the Government House in Damaturu.',
    want: { has: [['Musa Gwarzo-Bello', 'MET_WITH', 'Mai Buni-Gaidam']], absent: ['Yobe'] },
  }],
  ['"the Theatre Commander of Operation Hadin Kai (OPHK), Major General X ... Operation Hadin Kai was established by the DHQ": an operation with a commander of its own is a body, named so again', {
    given: 'MAIDUGURI, November 19. /Daily Trust/. Troops have cleared four camps in southern Borno State, the Theatre Commander of Operation Tsaro Gida (OPTG), Major General Bello Danjuma-Kaura, said on Sunday. Operation Tsaro Gida was established by the Defence Headquarters in 2021.',
    want: { entities: [['Operation Tsaro Gida', 'organization']], has: [['Bello Danjuma-Kaura', 'LEADER_OF', 'Operation Tsaro Gida'], ['Operation Tsaro Gida', 'FORMED_BY', 'Defence Headquarters']] },
  }],
  ['"attended by the mission\'s Head of Mission and Force Commander, Major General X of Nepal": a capitalised post after a lower-case body word\'s possessive is that body\'s (as after "its")', {
    given: 'SUVA, March 12. /Fiji Sun/. The soldiers will serve with the United Nations Disengagement Observer Force (UNDOF). The parade was attended by the mission\'s Head of Mission and Force Commander, Major General Tek Bahadur Gurung-Thapa of Nepal.',
    want: { has: [['Tek Bahadur Gurung-Thapa', 'LEADER_OF', 'United Nations Disengagement Observer Force']] },
  }],
  ['"Soldiers of Fiji Battalion 39 (FIJIBATT 39), the latest RFMF contingent to serve with UNDOF, left Nadi for the Golan Heights": the subject named before its acronym and an apposition moves', {
    given: 'SUVA, March 12. /Fiji Sun/. Soldiers of Fiji Battalion 42 (FIJIBATT 42), the latest RFMF contingent to serve with UNDOF, left Nadi for the Golan Heights on Sunday.',
    want: { has: [['Fiji Battalion 42', 'DEPLOYED_TO', 'Golan Heights']] },
  }],
  ['"soldiers of Fiji Battalion 39 (FIJIBATT 39), the latest RFMF contingent to serve with UNDOF,": an apposition past a two-token acronym and an order word makes the unit part of the body named', {
    given: 'SUVA, March 12. /Fiji Sun/. Soldiers of Fiji Battalion 41 (FIJIBATT 41), the latest RFMF contingent to serve with UNDOF, left Nadi on Sunday.',
    want: { has: [['Fiji Battalion 41', 'PART_OF', 'RFMF']] },
  }],
  ['"left Nadi for the Golan Heights ... Temperatures on the Golan can fall": a place named "... Heights" is named without "Heights" too', {
    given: 'SUVA, March 12. /Fiji Sun/. The soldiers left Nadi for the Tamarind Heights on Sunday. Temperatures on the Tamarind can fall below freezing at night.',
    want: { entities: [['Tamarind', 'place']], absent: [] },
  }],
  ['"X took part in the exercise alongside soldiers of the Australian Army\'s 6th Engineer Support Regiment and ...": those named after "alongside" attend too', {
    given: 'APIA, October 19. /Samoa Observer/. The 1st Samoan Rifles took part in Exercise Vai Lelei 2068 alongside soldiers of the Australian Army\'s 7th Combat Engineer Regiment and the New Zealand Army\'s 2nd Engineer Regiment.',
    want: { has: [['7th Combat Engineer Regiment', 'ATTENDED', 'Exercise Vai Lelei 2068'], ['2nd Engineer Regiment', 'ATTENDED', 'Exercise Vai Lelei 2068']] },
  }],
  ['"completed Exercise X ... The Royal Marines, the navy\'s infantry unit, took part alongside ...": a bare "took part" is in the event just named (not "as part of", not a plan to "take part")', {
    given: 'NUKUALOFA, October 19. /Tonga Daily News/. Soldiers from Tonga completed Exercise Moana Lua 2068 on Wednesday, His Majesty\'s Armed Forces (HMAF) said. The 3rd Engineer Regiment took part alongside Fijian sappers. The ministers agreed that Fiji would host a drill next year, with the 5th Infantry Battalion expected to take part.',
    want: { has: [['3rd Engineer Regiment', 'ATTENDED', 'Exercise Moana Lua 2068']], not: [['5th Infantry Battalion', 'ATTENDED', 'Exercise Moana Lua 2068']] },
  }],
  ['"The Royal Tongan Marines, HMAF\'s infantry unit, took part": marines an apposition calls a unit are a formation', {
    given: 'NUKUALOFA, October 19. /Tonga Daily News/. More than 600 soldiers completed Exercise Moana Tahi 2068 on Wednesday, His Majesty\'s Armed Forces (HMAF) said. The Royal Vavaʻu Marines, HMAF\'s infantry unit, cleared roads on the island.',
    want: { entities: [['Royal Vavaʻu Marines', 'unit']], has: [['Royal Vavaʻu Marines', 'PART_OF', "His Majesty's Armed Forces"]] },
  }],
  ['"was made a Member of the Order of X by the King at an investiture at the Royal Palace ... The investiture was attended by A": an investiture is an event; "the investiture" after "a ceremony" is that ceremony', {
    given: 'APIA, October 19. /Samoa Observer/. On Thursday, Colonel Tavita Leiataua-Sefo was made a Member of the Order of Samoa by the Head of State at an investiture at Government House in Vailima. The investiture was attended by Prime Minister Fiame Tuilagi-Aumua. On Friday, the President conferred the Order of Merit on General Iosefa Pele-Lauina at a ceremony at the Parliament. The investiture was attended by Minister Sala Fonoti-Ioane.',
    want: { has: [['Fiame Tuilagi-Aumua', 'ATTENDED', 'investiture'], ['Tavita Leiataua-Sefo', 'ATTENDED', 'investiture'], ['Sala Fonoti-Ioane', 'ATTENDED', 'ceremony']] },
  }],
  ['"The investiture came shortly after a bilateral summit between A and his counterpart, B": the parties after "between" attend the nearer event only', {
    given: 'ABUJA, May 3. /Daily Trust/. President Chidi Okonkwo-Eze decorated General Musa Dantata at an investiture at the Villa. The investiture came shortly after a bilateral summit between Okonkwo-Eze and his Chadian counterpart, Mahamat Abakar-Saleh, who arrived in Abuja on Sunday.',
    want: { not: [['Mahamat Abakar-Saleh', 'ATTENDED', 'investiture']] },
  }],
  ['"The opposition Union Nationale criticised X": a body\'s head word before a Romance adjective ("Nationale", "Populaire") heads an organization\'s name', {
    given: 'LIBREVILLE, April 8. /Gabon Review/. President Landry Obame-Nze received the envoy. The opposition Union Progressiste criticised Obame-Nze on Thursday, and the Front Populaire said it would boycott the vote.',
    want: { entities: [['Union Progressiste', 'organization'], ['Front Populaire', 'organization']], has: [['Union Progressiste', 'CRITICIZED', 'Landry Obame-Nze']] },
  }],
  ['"appointed X as commander of the Republican Guard (GR), the presidential guard": a head of state\'s Republican or Presidential Guard is a formation (a unit)', {
    given: 'LIBREVILLE, April 8. /Gabon Review/. On Tuesday, the Council of Ministers appointed Brigadier General Aimé Ndoutoume-Obiang as commander of the Republican Guard (GR), replacing General Yves Moussavou-Ngoma. The GR, a component of the Gabonese Defence Forces, has about 2,500 troops.',
    want: { entities: [['Republican Guard', 'unit']], has: [['Aimé Ndoutoume-Obiang', 'LEADER_OF', 'Republican Guard'], ['Republican Guard', 'PART_OF', 'Gabonese Defence Forces']] },
  }],
  ['"the Secretary General of the Economic Community of West African States (ECOWAS), X,": a post\'s body named "of" a region\'s states keeps those words (no place "West African States")', {
    given: 'ABUJA, April 8. /Daily Trust/. President Bola Adewale received the Secretary General of the Economic Community of West African States (ECOWAS), Omar Touray-Jallow, on Wednesday. The President of the Association of Southeast Asian Nations, Lim Wei-Chong, also attended.',
    want: { has: [['Omar Touray-Jallow', 'LEADER_OF', 'Economic Community of West African States'], ['Lim Wei-Chong', 'LEADER_OF', 'Association of Southeast Asian Nations']], absent: ['West African States'] },
  }],
  ['"Defence Minister X flew to Quissanga with the Chief of the General Staff of the FADM, Admiral Y,": one a visitor travels with visits too (not "visited Baku and held talks with Y", not "arrived for talks with Y")', {
    given: 'MAPUTO, August 9. /Notícias/. On Sunday, Defence Minister Abel Nhantumbo flew to Mocímboa da Praia with the Chief of the General Staff of the FADM, Admiral Rui Macuácua, to assess the damage. On Monday, Nhantumbo visited Pemba and held talks with the provincial governor, Lurdes Chiziane.',
    want: { has: [['Rui Macuácua', 'VISITED', 'Mocímboa da Praia']], not: [['Lurdes Chiziane', 'VISITED', 'Pemba']] },
  }],
  ['"Briefing journalists in Pemba, the provincial capital, Mugwaneza said": a name known as a person\'s after "the provincial capital," is the person, no place', {
    given: 'MAPUTO, August 9. /Notícias/. The commander, Major General Eugène Ntawukira, said on Monday the town was safe. Briefing journalists in Lichinga, the provincial capital, Ntawukira said soldiers had fought for hours.',
    want: { entities: [['Eugène Ntawukira', 'person'], ['Ntawukira', 'person']] },
  }],
  ['"fighters of the Mbuzi group, a unit of the Islamic State Mozambique Province (ISMP),": a group an apposition calls a unit is a formation named with "group", part of the body after "of"', {
    given: 'MAPUTO, August 9. /Notícias/. Soldiers fought for four hours with fighters of the Nkomo group, a unit of the Islamic State Sahel Province (ISSP), before the attackers withdrew.',
    want: { entities: [['Nkomo group', 'unit']], has: [['Nkomo group', 'PART_OF', 'Islamic State Sahel Province']] },
  }],
  ['"The Mozambican National Resistance (Renamo) criticised the government": "Resistance" with a modifier heads a movement\'s name (an organization)', {
    given: 'MAPUTO, August 9. /Notícias/. The Malawian National Resistance (Manare) criticised the government on Monday, accusing it of leaving the defence of the north to foreign troops.',
    want: { entities: [['Malawian National Resistance', 'organization']], has: [['Malawian National Resistance', 'CRITICIZED', 'Government of Mozambique']] },
  }],
  ['"officers who served in the Multinational Security Support (MSS) mission": a headless name, its acronym, then "mission" is a body, no place one is deployed to', {
    given: 'NAIROBI, November 15. /The Standard/. A fresh contingent left Nairobi for Haiti on Sunday to take over from colleagues who have served a year in the Regional Stabilisation Support (RSS) mission.',
    want: { entities: [['Regional Stabilisation Support', 'organization']], not: [['Kenya', 'DEPLOYED_TO', 'Regional Stabilisation Support']] },
  }],
  ['"Inspector General of Police X appointed ..." after "the National Police Service": the police alone after a post is the police force named before (not for "Minister of Police", a portfolio)', {
    given: 'NAIROBI, May 2. /Daily Nation/. The National Police Service (NPS) sent 400 officers to Haiti. Inspector General of Police Joseph Kiprotich-Boit on Friday appointed a new commander. The meeting was attended by New Zealand\'s Minister of Police, Graham Whitlock-Reid.',
    want: { has: [['Joseph Kiprotich-Boit', 'LEADER_OF', 'National Police Service'], ['Graham Whitlock-Reid', 'OFFICIAL_OF', 'New Zealand']] },
  }],
  ['"At a ceremony on board the ship on Thursday evening, Minister X decorated Y": a fronted event "on board" a ship still has the subject attend', {
    given: 'PRAIA, July 23. /Inforpress/. At a ceremony on board the ship on Thursday evening, Defence Minister Rui Tavares-Gomes decorated Lieutenant Ana Semedo with the Naval Cross.',
    want: { has: [['Rui Tavares-Gomes', 'ATTENDED', 'ceremony']] },
  }],
  ['"the two ministers held talks that were also attended by the Chief of Staff, General X": talks a relative clause says someone attended are an event', {
    given: 'PRAIA, July 23. /Inforpress/. Before the signing, the two ministers held talks that were also attended by the Chief of Staff of the Armed Forces, Brigadier General Anildo Semedo-Tavares.',
    want: { has: [['Anildo Semedo-Tavares', 'ATTENDED', 'talks']], entities: [['talks', 'event']] },
  }],
  ['"a contract with Larsen and Toubro Limited", "Kenya Shipyards Ltd": "Limited" heads a company\'s name ("and" inside it), and a company named with its state\'s word keeps its own name', {
    given: 'NEW DELHI, May 2. /PTI/. The defence ministry signed contracts with Larsen and Toubro Limited and with Kenya Shipyards Ltd on Thursday.',
    want: { entities: [['Larsen and Toubro Limited', 'organization'], ['Kenya Shipyards Ltd', 'organization']], absent: ['Toubro Limited', 'Shipyards Ltd of Kenya'] },
  }],
  ['"train at RAAF Base Amberley in Queensland ... arrive at Amberley": a service\'s acronym, "Base" and a name are a base (a place), named by its last words too', {
    given: 'SINGAPORE, November 7. /The Straits Times/. The jets will train at RAAF Base Amberley in Queensland from 2066. They will arrive at Amberley in March.',
    want: { has: [['RAAF Base Amberley', 'LOCATED_IN', 'Queensland']], entities: [['RAAF Base Amberley', 'place'], ['Amberley', 'place']] },
  }],
  ['"Commandos of the Gorgor Brigade recaptured the town ... praised the Gorgor commandos": the first word of a unit\'s name before a troop noun refers back to that unit (and to no other)', {
    given: 'MOGADISHU, May 2. /Hiiraan Online/. Commandos of the Somali Army\'s Gorgor Brigade recaptured the town. The 16th Division held the road. Defence Minister Abdirahman Warsame-Nuur praised the Gorgor commandos.',
    want: { has: [['Abdirahman Warsame-Nuur', 'PRAISED', 'Gorgor Brigade']], not: [['Abdirahman Warsame-Nuur', 'PRAISED', '16th Division']] },
  }],
  ['"Trained by the US Coast Guard in Mobile, Alabama, between March and May, the 2nd Marine Battalion ...": a place set off after a place before a phrase of time; those the subject was trained by assisted it', {
    given: 'NASSAU, June 2. /Nassau Guardian/. Trained by the US Coast Guard in Mobile, Alabama, between March and May, the 2nd Marine Battalion took part in the exercise.',
    want: { has: [['Mobile', 'LOCATED_IN', 'Alabama'], ['US Coast Guard', 'ASSISTED', '2nd Marine Battalion']] },
  }],
  ['"The 280 engineers arrived in Bura on Sunday": a count between "the" and a troop noun still refers back to the unit', {
    given: 'NAIROBI, May 2. /Capital FM/. Engineers of the Kenya Army\'s 12 Engineers Battalion were deployed to Tana River County on Saturday. The 280 engineers arrived in Bura on Sunday.',
    want: { has: [['12 Engineers Battalion', 'DEPLOYED_TO', 'Bura']] },
  }],
  ['"NAIROBI ... Senator X criticised the national government, accusing it of ...": "the national government" in home copy is the home state\'s government', {
    given: 'NAIROBI, May 2. /Capital FM/. Engineers of the Kenya Army were deployed to Tana River County. Senator Amina Wario-Golicha criticised the national government, accusing it of ignoring early warnings.',
    want: { has: [['Amina Wario-Golicha', 'CRITICIZED', 'Government of Kenya']], not: [['Amina Wario-Golicha', 'CRITICIZED', 'Army of Kenya']] },
  }],
  ['"Backed by the Air Force, the 12th Rapid Intervention Battalion repelled an attack": those by whom the main clause\'s subject was backed assisted it', {
    given: 'OUAGADOUGOU, November 26. /Sidwaya/. Backed by the Burkinabè Air Force, the 12th Rapid Intervention Battalion repelled an attack near Dori on Sunday.',
    want: { has: [['Burkinabè Air Force', 'ASSISTED', '12th Rapid Intervention Battalion']] },
  }],
  ['"Opposition MP for Tanna Silas Kalsakau-Iauko criticised the agreement": a member\'s constituency (one word) comes between the post and the name, and is a place', {
    given: 'PORT VILA, June 10. /Vanuatu Daily Post/. The minister signed a maritime surveillance agreement on Wednesday. Opposition MP for Tanna Silas Kalsakau-Iauko criticised the agreement in Parliament on Wednesday.',
    want: { has: [['Silas Kalsakau-Iauko', 'CRITICIZED', 'maritime surveillance agreement']], entities: [['Tanna', 'place'], ['Silas Kalsakau-Iauko', 'person']] },
  }],
  ['"... handed over the patrol boat at a ceremony in Honiara. The vessel was received by the Minister of Police, National Security and Correctional Services, A, from Australia\'s High Commissioner, B": both attend the ceremony', {
    given: 'HONIARA, April 16. /Island Sun/. On Thursday, Australia handed over a patrol boat to the police at a ceremony in Honiara. The vessel was received by the Minister of Police, National Security and Correctional Services, Mary Tuhaika-Ramo, from Australia\'s High Commissioner, Gregory Ashcombe-Vale.',
    want: { has: [['Mary Tuhaika-Ramo', 'ATTENDED', 'ceremony'], ['Gregory Ashcombe-Vale', 'ATTENDED', 'ceremony']] },
  }],
  ['"... received two patrol boats at a ceremony in Puntarenas. The boats were handed over by US Ambassador A to Minister B": those who handed over and were handed to attend the ceremony just named', {
    given: 'SAN JOSÉ, November 7. /The Tico Times/. The ministry received two patrol boats from the United States on Wednesday at a ceremony in Puntarenas. The boats were handed over by US Ambassador Gretchen Whitcombe-Lyle to Public Security Minister Rodrigo Solano-Mairena.',
    want: { has: [['Gretchen Whitcombe-Lyle', 'ATTENDED', 'ceremony'], ['Rodrigo Solano-Mairena', 'ATTENDED', 'ceremony']] },
  }],
  ['"troops who have patrolled the capital\'s Bel Air slum since last year": a name before "slum" or "neighbourhood" is a place, not a person', {
    given: 'PORT-AU-PRINCE, July 13. /AP/. Kenyan troops have patrolled the capital\'s Bel Air slum since last year.',
    want: { entities: [['Bel Air slum', 'place']] },
  }],
  ['"to join the Multinational Security Support Force ... who form Task Force Halcón ... The force ... is led by General X": "the force" is the force named, not a task force', {
    given: 'PORT-AU-PRINCE, July 13. /AP/. A contingent of Guatemalan soldiers arrived on Monday to join the Multinational Security Support Force. The Guatemalans, who form Task Force Halcón, landed at the airport. The force is led by Kenyan Maj. Gen. Daniel Kiprotich-Ruto.',
    want: { has: [['Daniel Kiprotich-Ruto', 'LEADER_OF', 'Multinational Security Support Force']], not: [['Daniel Kiprotich-Ruto', 'LEADER_OF', 'Task Force Halcón']] },
  }],
  ['"attended by the Nepalese battalion commander, Lieutenant Colonel X": a demonym may stand between "the" and a formation before a post', {
    given: 'BEIRUT, October 11. /NNA/. Units took over positions vacated by the Nepalese battalion of UNIFIL. The ceremony was attended by the Nepalese battalion commander, Lieutenant Colonel Prakash Thapa-Magar.',
    want: { has: [['Prakash Thapa-Magar', 'LEADER_OF', 'Nepalese battalion']] },
  }],
  ['"positions vacated by the Nepalese battalion of UNIFIL ... The Nepalese battalion is part of UNIFIL\'s Sector East": a state\'s formation in a named force is a unit of its own, part of the force', {
    given: 'BEIRUT, October 11. /NNA/. Units took over three positions vacated by the Nepalese battalion of UNIFIL in Naqoura. The Nepalese battalion is part of UNIFIL\'s Sector East.',
    want: { has: [['Nepalese battalion', 'PART_OF', 'UNIFIL'], ['Nepalese battalion', 'PART_OF', 'Sector East']], entities: [['Nepalese battalion', 'unit']] },
  }],
  ['"BEIRUT ... Army Commander General X received ...": with no army named before, a bare "Army" before a post in home copy is the home state\'s army', {
    given: 'BEIRUT, October 11. /NNA/. Army Commander General Fadi Haddad-Khoury on Monday received at his office in Yarzeh a delegation of the European Union.',
    want: { has: [['Fadi Haddad-Khoury', 'LEADER_OF', 'Army of Lebanon']] },
  }],
  ['"NEW DELHI ... The defence ministry on Wednesday signed a contract with X": a lower-case ministry of portfolio words is the home state\'s ministry, read as its name would be', {
    given: 'NEW DELHI, May 2. /PTI/. The defence ministry on Wednesday signed a contract with Hindustan Shipyard Limited (HSL).',
    want: { has: [['Ministry of Defence of India', 'SIGNED', 'contract'], ['Hindustan Shipyard Limited', 'SIGNED', 'contract']] },
  }],
  ['"Police Commissioner X thanked Australia" after "the Royal Solomon Islands Police Force": "police" alone before a post is the police force named before', {
    given: 'HONIARA, April 16. /Island Sun/. The force supports the Royal Solomon Islands Police Force (RSIPF). Police Commissioner Wilson Tuhanuku-Pitakaka thanked Australia for its help.',
    want: { has: [['Wilson Tuhanuku-Pitakaka', 'LEADER_OF', 'Royal Solomon Islands Police Force']] },
  }],
  ['"soldiers of the 5th/7th Battalion, Royal Australian Regiment (5/7RAR), who flew home to Darwin": a unit named by two ordinals joined by a slash begins at the first', {
    given: 'HONIARA, April 16. /Island Sun/. The contingent replaces soldiers of the 5th/7th Battalion, Royal Australian Regiment (5/7RAR), who flew home to Darwin on Wednesday.',
    want: { has: [['5th/7th Battalion, Royal Australian Regiment', 'RETURNED_TO', 'Darwin']], entities: [['5th/7th Battalion, Royal Australian Regiment', 'unit']] },
  }],
  ['"who arrived in Mongla aboard the BNS Bijoy on August 13": an unknown name after "arrived in" ends before a preposition of travel; the place is visited, not the ship', {
    given: 'DHAKA, August 20. /The Daily Star/. Rear Admiral Vikram Sethi-Narayan, who arrived in Mongla aboard the BNS Bijoy on August 13, praised the sailors.',
    want: { has: [['Vikram Sethi-Narayan', 'VISITED', 'Mongla']], entities: [['Mongla', 'place']] },
  }],
  ['"The exercise was overseen by Commander Khulna Naval Area Rear Admiral X": a post, the area it commands named bare, then the rank and the name', {
    given: 'DHAKA, August 20. /The Daily Star/. Ships wrapped up the exercise on Wednesday. The exercise was overseen by Commander Khulna Naval Area Rear Admiral Mostafizur Rahman-Talukder.',
    want: { has: [['Mostafizur Rahman-Talukder', 'LEADER_OF', 'Khulna Naval Area'], ['Mostafizur Rahman-Talukder', 'ATTENDED', 'exercise']], entities: [['Khulna Naval Area', 'organization']] },
  }],
  ['"the ASEAN Defence Ministers Meeting was held in Vientiane", "the Commonwealth Heads of Government Meeting": a meeting or dialogue with a name before it is an event of its own, and "Heads of Government" stays inside the name', {
    given: 'VIENTIANE, May 2. /KPL/. The ASEAN Defence Ministers Meeting was held in Vientiane on Monday. Samoa hosted the Commonwealth Heads of Government Meeting in 2024.',
    want: { has: [['ASEAN Defence Ministers Meeting', 'LOCATED_IN', 'Vientiane']], entities: [['Commonwealth Heads of Government Meeting', 'event']], absent: ['Government Meeting', 'Commonwealth Heads'] },
  }],
  ['"Foreign ministers of the Pacific Islands Forum (PIF) opened ...", "the Forum\'s Secretary General, X": a forum that has ministers, or a post, is a body', {
    given: 'SUVA, June 10. /Fiji Sun/. Foreign ministers of the Pacific Islands Forum (PIF) met on Wednesday. The meeting was also attended by the Forum\'s Secretary General, Losaline Vaifale-Tuimavave.',
    want: { has: [['Losaline Vaifale-Tuimavave', 'LEADER_OF', 'Pacific Islands Forum']], entities: [['Pacific Islands Forum', 'organization']] },
  }],
  ['"The Secretary General of the Pacific Islands Forum, X, said": a forum a post is of is a body, not a portfolio and a person', {
    given: 'APIA, June 10. /Samoa Observer/. The Secretary General of the Pacific Islands Forum, Losaline Vaifale-Tuimavave, said on Monday that talks would go on.',
    want: { has: [['Losaline Vaifale-Tuimavave', 'LEADER_OF', 'Pacific Islands Forum']], entities: [['Pacific Islands Forum', 'organization']], absent: ['Islands Forum'] },
  }],
  ['"signed a Decree awarding the Order X to the Minister of Defence of Y, General Z": a gerund of awarding gives the award; "Darya" heads a river\'s name', {
    given: 'ASHGABAT, February 12. /Neutral Turkmenistan/. The President on Thursday signed a Decree awarding the Order "Galkynysh" to the Minister of Defence of Kazakhstan, General Nurlan Yermekbayev-Ospan. Patrols will cover the border on the Syr Darya.',
    want: { has: [['Nurlan Yermekbayev-Ospan', 'RECEIVED_AWARD', 'Order "Galkynysh"']], entities: [['Syr Darya', 'place']] },
  }],
  ['"The joint border commission was set up by Tunisia and Libya in 2004": lower-case words of a body\'s name before its head refer back to that body (and to no other: "the electoral commission")', {
    given: 'TUNIS, October 14. /TAP/. Minister Ali Ben Hmida-Sfaxi co-chaired the session of the Tunisian-Libyan Joint Border Commission. The joint border commission was set up by Tunisia and Libya in 2004. The electoral commission said nothing.',
    want: { has: [['Tunisian-Libyan Joint Border Commission', 'FORMED_BY', 'Tunisia'], ['Tunisian-Libyan Joint Border Commission', 'FORMED_BY', 'Libya']], absent: ['electoral commission'] },
  }],
  ['"thanked Morocco for the support it has given the Mauritanian Army in securing the border": "has given" and whom, past its article', {
    given: 'NOUAKCHOTT, October 14. /AMI/. The Mauritanian minister thanked Morocco for the support it has given the Mauritanian Army in securing the border.',
    want: { has: [['Morocco', 'ASSISTED', 'Mauritanian Army']] },
  }],
  ['"Earlier on Tuesday, accompanied by the Chief of Staff, General X, he visited Y": "he" is not one who came along in a fronted "accompanied by" phrase', {
    given: 'TUNIS, October 14. /TAP/. Defence Minister Hatem Ben Youssef-Kefi arrived in Algiers on Monday. "We share one border," he said. Earlier on Tuesday, accompanied by the Chief of Staff of the Army, Brigadier General Ridha Mansour-Trabelsi, he visited the Cherchell Military Academy.',
    want: { has: [['Hatem Ben Youssef-Kefi', 'VISITED', 'Cherchell Military Academy']], not: [['Ridha Mansour-Trabelsi', 'VISITED', 'Cherchell Military Academy']] },
  }],
  ['"X also held talks with his Algerian counterpart, General Y, Chief of Staff of the ANP": a post set off after the counterpart\'s name says what he heads, not the state', {
    given: 'TUNIS, October 14. /TAP/. The Chief of Staff of the Army, Brigadier General Fethi Ben Salah-Jaziri, attended. Ben Salah-Jaziri also held talks with his Algerian counterpart, General Mourad Hamdi-Larbi, Chief of Staff of the ANP.',
    want: { has: [['Mourad Hamdi-Larbi', 'LEADER_OF', 'ANP']], not: [['Mourad Hamdi-Larbi', 'LEADER_OF', 'Algeria']] },
  }],
  ['"On Tuesday, X was received at the Carthage Palace by President Y": past where the visitor was received, and past a fronted phrase, the host of a visitor on a visit to another state is that state\'s', {
    given: 'ALGIERS, October 14. /APS/. Minister of National Defence Karim Bensaïd-Hamel returned to Algiers on Wednesday evening from a three-day working visit to Tunisia, during which he co-chaired a joint commission. On Tuesday, Bensaïd-Hamel was received at the Carthage Palace by President Habib Zouari-Mannai.',
    want: { has: [['Habib Zouari-Mannai', 'LEADER_OF', 'Tunisia']], not: [['Habib Zouari-Mannai', 'LEADER_OF', 'Algeria']] },
  }],
  ['"The soldiers were made Knights of the Order of X, while their commander, Captain Y, was raised to the rank of Officer in the same order": a higher grade "in the same order" is that order given', {
    given: 'OUAGADOUGOU, November 26. /Sidwaya/. The President decorated 30 soldiers of the 14th Rapid Intervention Battalion. The soldiers were made Knights of the Order of the Stallion, while their commander, Captain Salif Ouédraogo-Zida, was raised to the rank of Officer in the same order.',
    want: { has: [['Salif Ouédraogo-Zida', 'RECEIVED_AWARD', 'Order of the Stallion']] },
  }],
  ['"after the three countries\' military leaders signed the X Charter": the leaders of counted states act for the states, not for people named before', {
    given: 'BAMAKO, May 2. /AMAP/. President Assimi Goïta-Kéita decorated the soldiers. The ceremony was attended by the Minister of Defence, General Sidiki Traoré-Koné, and the Chief of General Staff, General Awa Dembélé-Sy. The alliance was formed by Mali, Niger and Chad in 2023, after the three countries\' military leaders signed the Gao Charter.',
    want: { has: [['Mali', 'SIGNED', 'Gao Charter'], ['Niger', 'SIGNED', 'Gao Charter'], ['Chad', 'SIGNED', 'Gao Charter']], not: [['Awa Dembélé-Sy', 'SIGNED', 'Gao Charter'], ['Assimi Goïta-Kéita', 'SIGNED', 'Gao Charter']] },
  }],
  ['"The President of Faso, Head of State, Captain X, decorated": "Faso" is Burkina Faso, and a second post of no body set off by commas comes between the first post and its holder; "Burkinabè" is its demonym', {
    given: 'OUAGADOUGOU, November 26. /Sidwaya/. The President of Faso, Head of State, Captain Issouf Zongo-Kaboré, on Thursday decorated 40 soldiers. The AES praised the Burkinabè soldiers.',
    want: { has: [['Issouf Zongo-Kaboré', 'LEADER_OF', 'Burkina Faso'], ['AES', 'PRAISED', 'Burkina Faso']] },
  }],
  ['"the Organization for Security and Co-operation in Europe (OSCE)": a body\'s "in" phrase that its acronym spells is part of its name', {
    given: 'VIENNA, May 2. /APA/. The Organization for Security and Co-operation in Europe (OSCE) said on Monday that its monitors would stay.',
    want: { entities: [['Organization for Security and Co-operation in Europe', 'organization']], absent: ['Organization for Security and Co-operation'] },
  }],
  ['"Observers from the SCO, led by its Deputy Secretary General, X, attended": one of its officials leads the group drawn from the body, not the body', {
    given: 'BISHKEK, September 10. /AKIpress/. Observers from the Shanghai Cooperation Organisation (SCO), led by its Deputy Secretary General, Anatoly Vershinin-Kalm, attended the talks.',
    want: { has: [['Anatoly Vershinin-Kalm', 'OFFICIAL_OF', 'Shanghai Cooperation Organisation']], not: [['Anatoly Vershinin-Kalm', 'LEADER_OF', 'Shanghai Cooperation Organisation']] },
  }],
  ['"the Chairman of the State Agency for Border Protection (SABP) of Uzbekistan, Major General X": past the body\'s state after its acronym, the name holds the post', {
    given: 'TASHKENT, May 2. /UzA/. The Chairman of the State Agency for Border Protection (SABP) of Uzbekistan, Major General Rustam Khodjaev-Ilkhom, said on Monday.',
    want: { has: [['Rustam Khodjaev-Ilkhom', 'LEADER_OF', 'State Agency for Border Protection']] },
  }],
  ['"the Chairman of the State Agency for Border Protection (SABP), Major General X": capitalised words a body is "for" are its name\'s own in a post\'s complement', {
    given: 'TASHKENT, May 2. /UzA/. The Chairman of the State Agency for Border Protection (SABP), Major General Rustam Khodjaev-Ilkhom, said on Monday.',
    want: { has: [['Rustam Khodjaev-Ilkhom', 'LEADER_OF', 'State Agency for Border Protection']], absent: ['State Agency'] },
  }],
  ['"clashed near the Uzbek enclave of Sokh": an enclave named after "of" is a place, in the state its demonym names', {
    given: 'BISHKEK, September 10. /AKIpress/. Border guards clashed on Monday near the Uzbek enclave of Sokh.',
    want: { has: [['Sokh', 'LOCATED_IN', 'Uzbekistan']], entities: [['Sokh', 'place']] },
  }],
  ['"the BRP Malapascua, a Philippine Coast Guard (PCG) patrol boat,": a ship\'s kind after a body\'s name (and its acronym) makes the ship part of the body', {
    given: 'MANILA, April 14. /Philippine Star/. A Chinese ship fired a water cannon at the BRP Malapascua, a Philippine Coast Guard (PCG) patrol boat, near Second Thomas Shoal.',
    want: { has: [['BRP Malapascua', 'PART_OF', 'Philippine Coast Guard']] },
  }],
  ['"praised Japan and Australia for sending their ships despite repeated Chinese warnings": what "despite" names is no destination', {
    given: 'MANILA, April 14. /Philippine Star/. Defense Secretary Ramon Villaverde-Cruz praised Japan and Australia on Monday for sending their ships despite repeated Chinese warnings.',
    want: { has: [['Ramon Villaverde-Cruz', 'PRAISED', 'Japan']], not: [['Japan', 'DEPLOYED_TO', 'China'], ['Australia', 'DEPLOYED_TO', 'China']] },
  }],
  ['"a coordinated maritime patrol (CMP) ... The patrol, which began on Saturday, also involves the frigate X": "the patrol" refers back to the activity its acronym spelled', {
    given: 'MANILA, April 14. /Philippine Star/. The frigate BRP Gregorio del Pilar has joined Indonesian warships for a four-day coordinated maritime patrol (CMP) in the Sulu Sea. The patrol, which began on Saturday, also involves the Indonesian Navy corvette KRI Diponegoro. Smuggling activity in the area has grown.',
    want: { has: [['KRI Diponegoro', 'ATTENDED', 'coordinated maritime patrol']], absent: ['Smuggling activity', 'activity'] },
  }],
  ['"joined Indonesian warships for a four-day coordinated maritime patrol (CMP) in the Sulu Sea": lower-case words of an activity its bracketed acronym spells name an event; with no place before it, the place after a "for" event is its own', {
    given: 'MANILA, April 14. /Philippine Star/. The frigate BRP Gregorio del Pilar has joined Indonesian warships for a four-day coordinated maritime patrol (CMP) in the Sulu Sea, the Navy said. The CMP ends on Friday.',
    want: { has: [['BRP Gregorio del Pilar', 'ATTENDED', 'coordinated maritime patrol'], ['coordinated maritime patrol', 'LOCATED_IN', 'Sulu Sea']], entities: [['CMP', 'event']] },
  }],
  ['"was deployed to the kingdom": a lower-case form of state is the last state named of that form (Jordan, not Egypt), else a home state of that form', {
    given: 'PARIS, May 2. /AFP/. Jordan signed a defence deal with Egypt on Monday. The 2nd Foreign Parachute Regiment was deployed to the kingdom in June.',
    want: { has: [['2nd Foreign Parachute Regiment', 'DEPLOYED_TO', 'Jordan']], not: [['2nd Foreign Parachute Regiment', 'DEPLOYED_TO', 'Egypt']] },
  }],
  ['"MASERU ... The 11th Brigade was deployed to the kingdom": with no kingdom named, the home state when it is one', {
    given: 'MASERU, May 2. /Lesotho Times/. The 11th Brigade was deployed to the kingdom in 2017.',
    want: { has: [['11th Brigade', 'DEPLOYED_TO', 'Lesotho']] },
  }],
  ['"At the ceremony, A spoke, and Prime Minister B thanked him": "him" in a clause coordinated by ", and" is not its own subject B (nor taken from the first clause\'s subject)', {
    given: 'MASERU, May 2. /Lesotho Times/. General Tšeliso Mokete retired on January 31. At the ceremony, Mokete spoke, and Prime Minister Lerato Mokhothu thanked him.',
    want: { has: [['Lerato Mokhothu', 'PRAISED', 'Tšeliso Mokete']], not: [['Tšeliso Mokete', 'PRAISED', 'Lerato Mokhothu']] },
  }],
  ['"the King decorated A with the Order of X, and Prime Minister B thanked him": past the award, ", and" opens another clause whose subject receives nothing', {
    given: 'MASERU, May 2. /Lesotho Times/. General Tšeliso Mokete retired on January 31. At the ceremony, the King decorated Mokete with the Order of Mohlomi, and Prime Minister Lerato Mokhothu thanked him for his service.',
    want: { has: [['Tšeliso Mokete', 'RECEIVED_AWARD', 'Order of Mohlomi']], not: [['Lerato Mokhothu', 'RECEIVED_AWARD', 'Order of Mohlomi']] },
  }],
  ['"attended by Prime Minister A, the Minister of Defence, \'Mathabo Ntsekhe, and B": a Sesotho name\'s leading apostrophe is part of the name and keeps the list whole', {
    given: 'MASERU, May 2. /Lesotho Times/. The ceremony was attended by Prime Minister Lerato Mokhothu, the Minister of Defence, \'Mathabo Ntsekhe, and the police commissioner, Teboho Ralitsie.',
    want: { has: [["'Mathabo Ntsekhe", 'ATTENDED', 'ceremony'], ['Teboho Ralitsie', 'ATTENDED', 'ceremony']], entities: [["'Mathabo Ntsekhe", 'person']] },
  }],
  ['"visited the Belizean contingent in Punta Gorda": where an unnamed contingent stands is visited', {
    given: 'BELMOPAN, May 2. /Amandala/. Brigadier Elroy Castellanos-Pott visited the Belizean contingent in Punta Gorda on June 11.',
    want: { has: [['Elroy Castellanos-Pott', 'VISITED', 'Punta Gorda']], not: [['Elroy Castellanos-Pott', 'VISITED', 'Belize']] },
  }],
  ['"with the top prize, the Commandant\'s Cup, going to Private X": a trophy word after a post holder\'s possessive names an award, and "going to" gives it', {
    given: 'KINGSTOWN, May 2. /Searchlight/. At a closing ceremony on Sunday, the commander presented the awards, with the top prize, the Commandant\'s Cup, going to Private Delroy Fitz-Ambrose of the Belize Regiment.',
    want: { has: [['Delroy Fitz-Ambrose', 'RECEIVED_AWARD', "Commandant's Cup"]], entities: [["Commandant's Cup", 'award']] },
  }],
  ['"the Belize Regiment, the land element of the Belize Defence Force (BDF),": an element of a body is part of it', {
    given: 'BELMOPAN, May 2. /Amandala/. Belize sent 60 soldiers of the Belize Regiment, the land element of the Belize Defence Force (BDF), to the exercise.',
    want: { has: [['Belize Regiment', 'PART_OF', 'Belize Defence Force']] },
  }],
  ['"Troops from A and B took part, with the X Police Force acting as host.": "took part" before an absolute phrase has its subjects attend the event before', {
    given: 'KINGSTOWN, May 2. /Searchlight/. Exercise Coral Guard 2031 ended in Grenada on Sunday. Troops from Belize and Guyana took part, with the Royal Grenada Police Force acting as host.',
    want: { has: [['Belize', 'ATTENDED', 'Exercise Coral Guard 2031'], ['Guyana', 'ATTENDED', 'Exercise Coral Guard 2031']] },
  }],
  ['"Exercise X, the annual exercise of the Regional Security System (RSS), ended in Y": the place after an apposition holding an acronym\'s brackets is the event\'s', {
    given: 'KINGSTOWN, May 2. /Searchlight/. Exercise Coral Guard 2031, the annual field training exercise of the Eastern Caribbean Defence Network (ECDN), ended in Grenada on Sunday, the ECDN said.',
    want: { has: [['Exercise Coral Guard 2031', 'LOCATED_IN', 'Grenada']] },
  }],
  ['"He said the troops were supported by the Nigerian Air Force": troops opening a reported clause refer back to the unit', {
    given: 'ABUJA, May 3. /NAN/. Troops of the Nigerian Army\'s 22 Armoured Brigade have neutralised 17 terrorists. He said the troops were supported by the Nigerian Air Force.',
    want: { has: [['Nigerian Air Force', 'ASSISTED', '22 Armoured Brigade']] },
  }],
  ['"The parade was reviewed by President X, the supreme commander ..., who arrived at the stand with Defence Minister A and the Chief of the General Staff, General B": those one arrived with attend too', {
    given: 'BELGRADE, April 24. /Politika/. The parade was reviewed by President Vukašin Tešanović, the supreme commander of the armed forces, who arrived at the stand with Defence Minister Dragoljub Milosavljević and the Chief of the General Staff, General Nebojša Radoičić.',
    want: { has: [['Dragoljub Milosavljević', 'ATTENDED', 'parade'], ['Nebojša Radoičić', 'ATTENDED', 'parade']] },
  }],
  ['"The parade was reviewed by President X. It was commanded by the commander of the Serbian Army, Y": a passive "It" opening a sentence after one that opened with an event is that event', {
    given: 'BELGRADE, April 24. /Politika/. The parade was reviewed by President Vukašin Tešanović. It was commanded by the commander of the Serbian Army, Lieutenant General Zoran Vujadinović.',
    want: { has: [['Zoran Vujadinović', 'ATTENDED', 'parade']] },
  }],
  ['"ABIDJAN ... /Le Devoir/. Prime Minister X joined some 40 heads of state and government in Abidjan": one joining others in the dateline city is no minister of its state', {
    given: 'ABIDJAN, November 14. /Le Devoir/. Prime Minister Julien Beaulieu-Tremblay joined some 40 heads of state and government in Abidjan on the weekend for the 32nd Summit of La Francophonie. Among the leaders gathered were Ivorian President Kouadio Brou.',
    want: { has: [['Kouadio Brou', 'LEADER_OF', 'Ivory Coast']], not: [['Julien Beaulieu-Tremblay', 'LEADER_OF', 'Ivory Coast']] },
  }],
  ['"The DFA in Manila summoned Chinese Ambassador X to protest against ...": the summoner criticised the envoy\'s state (not when summoned to a meeting)', {
    given: 'MANILA, June 3. /PNA/. The Department of Foreign Affairs (DFA) in Manila summoned Chinese Ambassador Zhou Weiming to protest against what it called dangerous manoeuvres. The ministry summoned Japanese Ambassador Ken Sato for talks on trade.',
    want: { has: [['Department of Foreign Affairs', 'CRITICIZED', 'China']], not: [['Department of Foreign Affairs', 'CRITICIZED', 'Japan']] },
  }],
  ['"who has led the AU\'s executive arm ... took over the rotating chairmanship of the 55-member bloc": a count of members before "bloc", which refers to a bloc first named by its acronym', {
    given: 'ADDIS ABABA, February 17. /AFP/. He replaces Moussa Abakar Mahamat, who has led the AU\'s executive arm since 2017. At the opening of the 38th ordinary session of the Assembly of the African Union on Saturday, Angolan President Manuel dos Santos Lourenço took over the rotating chairmanship of the 55-member bloc.',
    want: { has: [['Manuel dos Santos Lourenço', 'LEADER_OF', 'African Union']] },
  }],
  ['"the 45th Armored Brigade, which the Bundeswehr formally set up in Lithuania on April 1,": a unit formed in a state is deployed there', {
    given: 'Germany\'s Defense Ministry said separately that the 45th Armored Brigade, which the Bundeswehr formally set up in Lithuania on April 1, would reach its full strength by 2027.',
    want: { has: [['45th Armored Brigade', 'DEPLOYED_TO', 'Lithuania'], ['45th Armored Brigade', 'FORMED_BY', 'Bundeswehr']] },
  }],
  ['"A delegation of the LPA led by Deputy Minister of National Defence and Chief of the LPA General Staff, Lieutenant General X": two posts joined by "and", each with its body; the minister serves the state, not the army; the delegation\'s leader is X', {
    given: 'VIENTIANE, July 16. /Vientiane Times/. A delegation of the Lao People\'s Army (LPA) led by Deputy Minister of National Defence and Chief of the LPA General Staff, Lieutenant General Sommay Keosithong, returned to Vientiane on Saturday after a five-day official visit to Vietnam. The delegation arrived in Hanoi on Tuesday.',
    want: { has: [['Sommay Keosithong', 'OFFICIAL_OF', 'Laos'], ['Sommay Keosithong', 'LEADER_OF', 'LPA General Staff'], ['Sommay Keosithong', 'VISITED', 'Hanoi']], not: [['Sommay Keosithong', 'OFFICIAL_OF', 'Lao People\'s Army']] },
  }],
  ['"visited the RSAF\'s helicopter training detachment at the X Centre": a body\'s unnamed part at a site is no visit of the body', {
    given: 'SINGAPORE, November 7. /The Straits Times/. On Monday, Mr Seow visited the RSAF\'s helicopter training detachment at the Oakey Army Aviation Centre in Queensland. Mr Lim visited the army\'s training camp at Pasir Laba.',
    want: { not: [['Seow', 'VISITED', 'RSAF']] },
  }],
  ['"In a speech at the exercise\'s closing ceremony on Sunday, Mr X thanked Y": one giving a speech at an event attends it, the possessed event', {
    given: 'SINGAPORE, November 7. /The Straits Times/. Exercise Trident ended on Sunday. In a speech at the exercise\'s closing ceremony on Sunday, Mr Seow thanked Australia for its support.',
    want: { has: [['Seow', 'ATTENDED', 'closing ceremony']] },
  }],
  ['"thanked Australia for giving the Singapore Armed Forces (SAF) the space to train": the one thanked for a gift helped who was given it', {
    given: 'SINGAPORE, November 7. /The Straits Times/. In a speech at the closing ceremony on Sunday, Mr Seow thanked Australia for giving the Singapore Armed Forces (SAF) the space to train at a scale that is impossible at home.',
    want: { has: [['Australia', 'ASSISTED', 'Singapore Armed Forces']] },
  }],
  ['"left Camp Stephenson at Timehri on Tuesday": a camp named as such lies in the place it is "at"', {
    given: 'GEORGETOWN, March 24. /Stabroek News/. Soldiers of the GDF 1 Infantry Battalion left Camp Stephenson at Timehri on Tuesday for Arau.',
    want: { has: [['Camp Stephenson', 'LOCATED_IN', 'Timehri']] },
  }],
  ['"CARICOM\'s Implementation Agency ..., which was set up by the Caribbean Community\'s heads of government": a body\'s usual short name and its full name are one body', {
    given: 'KINGSTON, June 3. /Gleaner/. Intelligence will be shared with CARICOM\'s Implementation Agency for Crime and Security (IMPACS), which was set up by the Caribbean Community\'s heads of government in 2006.',
    want: { has: [['Implementation Agency for Crime and Security', 'FORMED_BY', 'CARICOM']] },
  }],
  ['"decorated him with the insignia of Grand Officer of the National Order of 27 June": an order\'s grade names nobody, and an order named after a day keeps the day', {
    given: 'DJIBOUTI, May 3. /ADI/. The President decorated Tetsuya Kanzaki with the insignia of Grand Officer of the National Order of 27 June.',
    want: { entities: [['National Order of 27 June', 'award']], has: [['Tetsuya Kanzaki', 'RECEIVED_AWARD', 'National Order of 27 June']], absent: ['Grand Officer'] },
  }],
  ['"attended by Chief of General Staff of the ENDF (ENDF) Field Marshal A, Chief of the Kenya Defence Forces (KDF) General B and ...": a post with a ranked name after it is that name\'s, not the one set off before', {
    given: 'ADDIS ABABA, March 3. /ENA/. The meeting was attended by Chief of General Staff of the Ethiopian National Defense Force (ENDF) Field Marshal Birhanu Woldeyes, Chief of the Kenya Defence Forces (KDF) General Nicholas Kipkemboi Cheruiyot and Inspector General of the Kenya Police Service Douglas Wafula Simiyu, among other senior officials.',
    want: { has: [['Nicholas Kipkemboi Cheruiyot', 'LEADER_OF', 'Kenya Defence Forces'], ['Birhanu Woldeyes', 'LEADER_OF', 'Ethiopian National Defense Force']], not: [['Birhanu Woldeyes', 'LEADER_OF', 'Kenya Defence Forces']] },
  }],
  ['"US Ambassador X, who was also present, congratulated the RBDF": a relative clause of presence set off after a name attends the event named last', {
    given: 'The commissioning ceremony was attended by Prime Minister Garvin Cartwright-Munnings. US Ambassador Natalie Hargreave-Tisdall, who was also present, congratulated the RBDF.',
    want: { has: [['Natalie Hargreave-Tisdall', 'ATTENDED', 'commissioning ceremony']] },
  }],
  ['"Accompanying Ms X was the TPDF Chief of Defence Forces, General Y": "Chief of Defence Forces" is a post, and a holder set off after it with a rank holds it, not the subject of "was"', {
    given: 'LUSAKA, June 12. /Times of Zambia/. Accompanying Ms Mtenga was the TPDF Chief of Defence Forces, General Ally Mbarouk Shauri, who is expected to tour the Zambia Army headquarters today.',
    want: { has: [['Ally Mbarouk Shauri', 'LEADER_OF', 'TPDF']], not: [['Mtenga', 'LEADER_OF', 'TPDF']] },
  }],
  ['"chaired by Union Minister for Defence General X" in Myanmar copy after ASEAN: a union minister is the home state\'s, no bloc named "Union"', {
    given: 'NAYPYITAW, September 18. /Myanmar Times/. Defence ministers of the Association of Southeast Asian Nations (ASEAN) met in Myanmar. The meeting was chaired by Union Minister for Defence General Zeyar Htet Lwin.',
    want: { has: [['Zeyar Htet Lwin', 'OFFICIAL_OF', 'Myanmar']], not: [['Zeyar Htet Lwin', 'OFFICIAL_OF', 'Association of Southeast Asian Nations']] },
  }],
  ['"coordinated by the AHA Centre, the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management, which ASEAN set up": the long name the acronym spells is the same body; the object relative tells of it past its "on" phrase', {
    given: 'The drill will be coordinated by the AHA Centre, the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management, which ASEAN set up in Jakarta in November 2011.',
    want: { has: [['AHA Centre', 'FORMED_BY', 'ASEAN']] },
  }],
  ['"The meeting, held at ... Meeting separately with X, who had arrived on Monday, Y discussed": a participle opening a sentence is no name known as an alias, and its subject is past the relative clause', {
    given: 'NAYPYITAW, September 18. /Myanmar Times/. Malaysian Defence Minister Shahrizal Ikmal attended. The meeting, held at the Myanmar International Convention Centre, was chaired by General Zeyar Htet Lwin. Meeting separately with Indonesian Defence Minister Hendarto Sulistyohadi, who had arrived in Naypyitaw on Monday, Shahrizal discussed joint patrols in the Strait of Malacca.',
    want: { has: [['Hendarto Sulistyohadi', 'MET_WITH', 'Shahrizal Ikmal']] },
  }],
  ['"awarded the Bundeswehr Cross of Honour in Gold to X": an award\'s grade in a metal is part of its name', {
    given: 'On Wednesday evening, Staudacher awarded the Bundeswehr Cross of Honour in Gold to Sergeant Major Jannik Vorderwülbecke.',
    want: { entities: [['Bundeswehr Cross of Honour in Gold', 'award']], has: [['Jannik Vorderwülbecke', 'RECEIVED_AWARD', 'Bundeswehr Cross of Honour in Gold']] },
  }],
  ['"Panzergrenadier Battalion 122, one of the brigade\'s two armoured infantry battalions,": one of a count of a unit\'s formations is part of it', {
    given: 'The 45th Armoured Brigade is based in Lithuania. Some 600 soldiers of Panzergrenadier Battalion 122, one of the brigade\'s two armoured infantry battalions, were moved to Rūdninkai.',
    want: { has: [['Panzergrenadier Battalion 122', 'PART_OF', '45th Armoured Brigade']] },
  }],
  ['"presided over by the Minister Delegate at the Presidency in charge of Defence, X" in Cameroonian copy: a minister delegate\'s post, its "in charge of" past "at the Presidency", is the home state\'s', {
    given: 'YAOUNDE, September 21. /Cameroon Tribune/. The ceremony was presided over by the Minister Delegate at the Presidency in charge of Defence, Blaise Mbarga Nyemb. Cameroon also contributes troops to the MNJTF.',
    want: { has: [['Blaise Mbarga Nyemb', 'OFFICIAL_OF', 'Cameroon']] },
  }],
  ['"has led the BIR\'s Operation Alpha against Boko Haram and ISWAP fighters": a name an operation or a fight is against is a body, not a person', {
    given: 'YAOUNDE, September 21. /Cameroon Tribune/. Brigadier General Mvondo Abessolo has led the BIR\'s Operation Alpha against Boko Haram and Islamic State West Africa Province (ISWAP) fighters since March 2061. The fight against Ansar Dine goes on. Charges against Paul Biya were dropped.',
    want: { entities: [['Boko Haram', 'organization'], ['Ansar Dine', 'organization'], ['Paul Biya', 'person']] },
  }],
  ['"Exercise Trident, ..., which is held every year at the nearby Shoalwater Bay Training Area": a word of nearness before the place an event is held at', {
    given: 'The agreement was signed on the sidelines of Exercise Trident, the two countries\' largest joint exercise, which is held every year at the nearby Shoalwater Bay Training Area.',
    want: { has: [['Exercise Trident', 'LOCATED_IN', 'Shoalwater Bay Training Area']] },
  }],
  ['"The 296 soldiers of X were awarded the medal at a parade yesterday, five days after returning home": the unit returns home, five days before the clause\'s day', {
    given: 'GABORONE, April 18. /Mmegi/. The 296 soldiers of Task Force Tholo, the Botswana Defence Force (BDF) contingent to SAMIM, were awarded the SAMIM Service Medal at a parade yesterday, five days after returning home from Cabo Delgado province.',
    want: { has: [['Task Force Tholo', 'RETURNED_TO', 'Botswana']] },
  }],
  ['"Mokgatlhe, who was in South Africa for a meeting of SADC defence chiefs,": being somewhere for a meeting is visiting it', {
    given: 'GABORONE, April 18. /Mmegi/. Lieutenant General Tshepo Mokgatlhe retires this month. Mokgatlhe, who was in South Africa for a meeting of SADC defence chiefs, did not attend the parade, the BDF said.',
    want: { has: [['Tshepo Mokgatlhe', 'VISITED', 'South Africa']] },
  }],
  ['"shortly after SADC re-established SAMIM at an extraordinary summit": re-establishing a body forms it', {
    given: 'Task Force Tholo was deployed to Mozambique in April last year, shortly after SADC re-established SAMIM at an extraordinary summit in Lusaka.',
    want: { has: [['SAMIM', 'FORMED_BY', 'SADC']] },
  }],
  ['"Task Force Tholo, the BDF contingent to SAMIM, was awarded the medal": a passive\'s subject is the name before an apposition (not when a name closes it)', {
    given: 'GABORONE, April 18. /Mmegi/. Task Force Tholo, the BDF contingent to SAMIM, was awarded the SAMIM Service Medal. Last week, a battalion of the RSF, the 75th Mechanised Infantry Battalion, was deployed to Macomia district.',
    want: { has: [['Task Force Tholo', 'RECEIVED_AWARD', 'SAMIM Service Medal'], ['75th Mechanised Infantry Battalion', 'DEPLOYED_TO', 'Macomia district']], not: [['BDF', 'RECEIVED_AWARD', 'SAMIM Service Medal']] },
  }],
  ['"Task Force Tholo, the Botswana Defence Force (BDF) contingent to SAMIM,": a part noun after a body\'s name and its acronym', {
    given: 'GABORONE, April 18. /Mmegi/. The 296 soldiers of Task Force Tholo, the Botswana Defence Force (BDF) contingent to the SADC Mission in Mozambique (SAMIM), were awarded the SAMIM Service Medal.',
    want: { has: [['Task Force Tholo', 'PART_OF', 'Botswana Defence Force']] },
  }],
  ['"Task Force Tholo ... praised the contingent ... The contingent\'s commander, X": a unit named "Task Force X" is the contingent referred back to', {
    given: 'GABORONE, April 18. /Mmegi/. The 296 soldiers of Task Force Tholo were awarded the SAMIM Service Medal. Addressing the parade, Keaikitse praised the contingent for protecting thousands of displaced people. The contingent\'s commander, Lieutenant Colonel Boitumelo Sebego, received the Presidential Order of Meritorious Service.',
    want: { has: [['Boitumelo Sebego', 'LEADER_OF', 'Task Force Tholo']] },
  }],
  ['"Arriving in Awdheegle on Wednesday, reinforcements from the SNA\'s 16th Division took over the town": a fronted participle\'s subject is the unit the troops after the comma are from', {
    given: 'MOGADISHU, November 6. /Hiiraan Online/. Arriving in Awdheegle on Wednesday, reinforcements from the SNA\'s 16th Division took over the town. Arriving in Baidoa on Monday, soldiers of the 5th Brigade relieved the garrison.',
    want: { has: [['16th Division', 'DEPLOYED_TO', 'Awdheegle'], ['5th Brigade', 'DEPLOYED_TO', 'Baidoa']] },
  }],
  ['"Among the dead was X, a senior al-Shabaab commander who ...": a post named with its body after "a" (and a word of rank) set off after a name is held in the body, as one of its officials', {
    given: 'MOGADISHU, November 6. /Hiiraan Online/. SNA forces recaptured Awdheegle from al-Shabaab. Among the dead was Abukar Moalim Dhegey, a senior al-Shabaab commander who had led the group\'s operations along the Shabelle River for a decade. John Smith, the NATO commander, was not hurt.',
    want: { has: [['Abukar Moalim Dhegey', 'OFFICIAL_OF', 'al-Shabaab'], ['John Smith', 'LEADER_OF', 'NATO']], not: [['Abukar Moalim Dhegey', 'LEADER_OF', 'al-Shabaab']] },
  }],
  ['"Jaysh al-Usra, al-Shabaab\'s armed wing,": a name set off after a body is part of the body whose possessive opens the apposition', {
    given: 'MOGADISHU, November 6. /Hiiraan Online/. Commandos of the SNA\'s Danab Brigade clashed with fighters of Jaysh al-Usra, al-Shabaab\'s armed wing, on the eastern outskirts of the town.',
    want: { entities: [['al-Shabaab', 'organization']], has: [['Jaysh al-Usra', 'PART_OF', 'al-Shabaab']] },
  }],
  ['"clashed with fighters of Jaysh al-Usra, al-Shabaab\'s armed wing,": an apposition after a possessor\'s name types the name by its head', {
    given: 'MOGADISHU, November 6. /Hiiraan Online/. Commandos of the SNA\'s Danab Brigade clashed with fighters of Jaysh al-Usra, al-Shabaab\'s armed wing, on the eastern outskirts of the town.',
    want: { entities: [['Jaysh al-Usra', 'unit']], has: [['Danab Brigade', 'FOUGHT_AGAINST', 'Jaysh al-Usra']] },
  }],
  ['"have recaptured the town of Awdheegle in the Lower Shabelle region from al-Shabaab": what a place is taken from is a body, not a place', {
    given: 'MOGADISHU, November 6. /Hiiraan Online/. Somali National Army (SNA) forces have recaptured the town of Awdheegle in the Lower Shabelle region from al-Shabaab after two days of fighting. Troops marched from Afgooye on Monday.',
    want: { entities: [['al-Shabaab', 'organization'], ['Afgooye', 'place']] },
  }],
  ['"HMBS X, one of the RBDF\'s Legend-class patrol craft,": one of a service\'s boats or craft is part of it', {
    given: 'NASSAU, July 25. /The Nassau Guardian/. HMBS Leon Livingstone Smith, one of the RBDF\'s Legend-class patrol craft, returned to Coral Harbour on Tuesday. HMBS Arthur Dion Hanna, one of the Defence Force\'s patrol boats, sailed.',
    want: { has: [['HMBS Leon Livingstone Smith', 'PART_OF', 'RBDF']] },
  }],
  ['"due to join a regional maritime exercise ... The exercise, Lucayan Sentinel 2064, began ..., with ships from A and B taking part alongside the cutter X": the name set off after "The exercise" names the phrase before, however far; those alongside take part too', {
    given: 'NASSAU, July 25. /The Nassau Guardian/. The RBDF commissioned HMBS Lignum Vitae yesterday, days before the ship is due to join a regional maritime exercise in the southern Bahamas. The ship is 75 metres long. Its crew trained in Florida. The crew took the ship through sea trials. The exercise, Lucayan Sentinel 2064, began off Great Inagua on Wednesday, with coast guard ships from Jamaica, Barbados, the Dominican Republic and Trinidad and Tobago taking part alongside the US Coast Guard cutter Mohawk.',
    want: { has: [['Jamaica', 'ATTENDED', 'Lucayan Sentinel 2064'], ['Trinidad and Tobago', 'ATTENDED', 'Lucayan Sentinel 2064'], ['Mohawk', 'ATTENDED', 'Lucayan Sentinel 2064'], ['Lucayan Sentinel 2064', 'LOCATED_IN', 'Bahamas']] },
  }],
  ['"US Ambassador to The Bahamas X": a capitalised article before a state\'s name inside a post is the article', {
    given: 'NASSAU, July 25. /The Nassau Guardian/. US Ambassador to The Bahamas Natalie Hargreave-Tisdall, who was also present, congratulated the RBDF on the new ship.',
    want: { has: [['Natalie Hargreave-Tisdall', 'OFFICIAL_OF', 'United States']] },
  }],
  ['"travelled to the central province of Nghe An, where it visited a museum in the provincial capital, Vinh": the provincial capital lies in the province named before', {
    given: 'The delegation travelled to the central province of Nghe An, where it visited a museum in the provincial capital, Vinh. Troops reached Kaduna state and the state capital Zaria.',
    want: { has: [['Vinh', 'LOCATED_IN', 'Nghe An']] },
  }],
  ['"visited the headquarters of Military Region 4 ... briefed by the region\'s commander, X": a region with a commander is the formation named so', {
    given: 'The delegation visited the headquarters of Military Region 4 in Vinh. It was briefed by the region\'s commander, Major General Lac Van Tinh.',
    want: { has: [['Lac Van Tinh', 'LEADER_OF', 'Military Region 4']] },
  }],
  ['"is expected to pay a return visit to Laos": a return visit is a visit, no homecoming', {
    given: 'VIENTIANE, July 16. /Vientiane Times/. General Khuat Duy Nhan is expected to pay a return visit to Laos in December. The battalion returned to Hanoi on Monday.',
    want: { not: [['Khuat Duy Nhan', 'RETURNED_TO', 'Laos']] },
  }],
  ['"the JMC, which the UN set up in 2020 and which signed the ceasefire agreement": a relative coordinated after an object relative tells of the name set off before the first', {
    given: 'The conference is built around the 5+5 Joint Military Commission (JMC), which the UN set up in February 2020 and which signed the permanent ceasefire agreement in Geneva. The Border Commission, which Chad set up in 2010 and which criticised Sudan, met.',
    want: { has: [['Joint Military Commission', 'SIGNED', 'permanent ceasefire agreement'], ['Joint Military Commission', 'FORMED_BY', 'UN'], ['Border Commission', 'CRITICIZED', 'Sudan']], not: [['UN', 'SIGNED', 'permanent ceasefire agreement'], ['Chad', 'CRITICIZED', 'Sudan']] },
  }],
  ['"Prime Minister X of the Government of National Unity (GNU)": a post "of" a government named as a body is held in that body', {
    given: 'TRIPOLI, May 15. /Libya Herald/. She held talks with Prime Minister Hisham Krayem of the Government of National Unity (GNU).',
    want: { has: [['Hisham Krayem', 'LEADER_OF', 'Government of National Unity']], not: [['Hisham Krayem', 'LEADER_OF', 'Libya']] },
  }],
  ['"clashed with the Radaa Special Deterrence Force in the Tripoli suburb of Tajoura": the force\'s name ends before a place that qualifies a place noun; the place after "suburb of" lies in it', {
    given: 'Last month, fighters of the 444th Combat Brigade clashed with the Radaa Special Deterrence Force in the Tripoli suburb of Tajoura, leaving at least nine people dead. Shelling hit the Tripoli district of Ain Zara.',
    want: { entities: [['Radaa Special Deterrence Force', 'unit'], ['Tajoura', 'place']], has: [['444th Combat Brigade', 'FOUGHT_AGAINST', 'Radaa Special Deterrence Force'], ['Tajoura', 'LOCATED_IN', 'Tripoli'], ['Ain Zara', 'LOCATED_IN', 'Tripoli']], absent: ['Tripoli district'] },
  }],
  ['"the General Command rejected an UNSMIL statement calling for ... from Libya, accusing the mission of siding with Tripoli": a participle after a comma shares the subject of a past verb that is no cue', {
    given: 'TRIPOLI, May 15. /Libya Herald/. The head of the UN Support Mission in Libya (UNSMIL), Marit Halvorsrud, held talks. However, the LNA\'s General Command yesterday rejected an UNSMIL statement calling for the withdrawal of all foreign fighters from Libya, accusing the mission of siding with Tripoli.',
    want: { has: [['General Command', 'CRITICIZED', 'UN Support Mission in Libya']], not: [['Libya', 'CRITICIZED', 'UN Support Mission in Libya']] },
  }],
  ['"In Benghazi on Saturday, X met Field Marshal Y. The following day she flew to Tripoli, where she held talks with Z": the previous sentence\'s subject past its fronted phrase', {
    given: 'TRIPOLI, May 15. /Libya Herald/. In Benghazi on Saturday, Marit Halvorsrud met Field Marshal Jaballah Al-Mansouri. The following day she flew to Tripoli, where she held talks with Prime Minister Hisham Krayem.',
    want: { has: [['Marit Halvorsrud', 'VISITED', 'Tripoli'], ['Marit Halvorsrud', 'MET_WITH', 'Hisham Krayem']], not: [['Jaballah Al-Mansouri', 'VISITED', 'Tripoli'], ['Jaballah Al-Mansouri', 'MET_WITH', 'Hisham Krayem']] },
  }],
  ['"signed by A and B during a two-day visit by A\'s surname to the capital": a surname of a person named earlier in the sentence is that person, the visit\'s agent right after the noun', {
    given: 'The MoU was signed in Brasília by Foreign Affairs Minister Anjali Ramsaroop and Brazil\'s Defence Minister, Luciana Paranhos Vilaça, during a two-day visit by Ramsaroop to the Brazilian capital.',
    want: { has: [['Anjali Ramsaroop', 'VISITED', 'Brasília']], not: [['Luciana Paranhos Vilaça', 'VISITED', 'Brasília']] },
  }],
  ['"criticised President X for sending the foreign minister rather than the army chief to Brasília": an unnamed post-holder is sent, the sender is not deployed', {
    given: 'Opposition Leader Cheryl Haynes-Jardine criticised President Premchand Jagmohan for sending the foreign minister rather than the army chief to Brasília. President Ana Costa sent troops to Haiti.',
    want: { has: [['Cheryl Haynes-Jardine', 'CRITICIZED', 'Premchand Jagmohan']], not: [['Premchand Jagmohan', 'DEPLOYED_TO', 'Brasília']] },
  }],
  ['"said the deployment followed repeated incursions into the area by Venezuelan gangs": a noun of sending names no destination past a verb after it, nor with no preposition', {
    given: 'Chief of Defence Staff Brigadier Orwin Gaskin-Rambarran, who visited Arau on Thursday, said the deployment followed repeated incursions into the area by Venezuelan gold-mining gangs. General Ana Ruiz said the deployment followed raids by Colombian gangs. The 5th Battalion said the deployment of its troops to Mali ended.',
    want: { has: [['5th Battalion', 'DEPLOYED_TO', 'Mali']], not: [['Orwin Gaskin-Rambarran', 'DEPLOYED_TO', 'Venezuela'], ['Ana Ruiz', 'DEPLOYED_TO', 'Colombia']] },
  }],
  ['"a coalition formed by the People\'s National Congress Reform (PNCR)": an acronym spells a name through a possessive inside it', {
    given: 'Cheryl Haynes-Jardine heads A Partnership for National Unity (APNU), a coalition formed by the People\'s National Congress Reform (PNCR) and several smaller parties in 2011.',
    want: { entities: [['People\'s National Congress Reform', 'organization']], has: [['A Partnership for National Unity', 'FORMED_BY', 'People\'s National Congress Reform']] },
  }],
  ['"thanked Belgium for its steady contribution to the protection of Estonian airspace": the state whose airspace is protected is helped', {
    given: 'Minister Kristjan Mäesalu thanked Belgium for its steady contribution to the protection of Estonian airspace, public broadcaster ERR reported.',
    want: { has: [['Belgium', 'ASSISTED', 'Estonia']] },
  }],
  ['"Danish Defence said": a demonym and a capitalised "Defence" alone name the state\'s defence establishment, which a "Chief of Defence" in home copy leads', {
    given: 'COPENHAGEN, June 20. /Ritzau/. Some 750 soldiers left for Latvia on Wednesday, Danish Defence said. The parade was also attended by the Chief of Defence, General Karina Højgaard.',
    want: { entities: [['Danish Defence', 'organization'], ['Denmark', 'state']], has: [['Karina Højgaard', 'LEADER_OF', 'Danish Defence']], not: [['Karina Højgaard', 'LEADER_OF', 'Denmark']] },
  }],
  ['"attended a ceremony at Ämari together with the Chief of Defence, General X" in home copy naming no armed forces: X leads the home state, not the state he is in', {
    given: 'BRUSSELS, February 8. /Belga/. Belgian jets arrived in Estonia. Defence Minister Ilse Dewachter attended a handover ceremony at Ämari in Estonia together with the Chief of Defence, General Olivier Renquin.',
    want: { has: [['Olivier Renquin', 'LEADER_OF', 'Belgium']], not: [['Olivier Renquin', 'LEADER_OF', 'Estonia']] },
  }],
  ['"the Chief of Defence Staff, General X" before "the Ghana Armed Forces" are named: he leads the forces named later', {
    given: 'ACCRA, March 3. /GNA/. The Chief of Defence Staff, Vice Admiral Kwesi Amoako-Bediako, opened the range on Monday. Soldiers of the Ghana Armed Forces will train there.',
    want: { has: [['Kwesi Amoako-Bediako', 'LEADER_OF', 'Ghana Armed Forces']] },
  }],
  ['"Minister X attended a ceremony with General Y. At the base, she held talks with her Estonian counterpart, Z": a pronoun past a fronted phrase naming no person continues the subject', {
    given: 'Defence Minister Ilse Dewachter attended a handover ceremony at Ämari together with the Chief of Defence, General Olivier Renquin. At the base, she held talks with her Estonian counterpart, Kristjan Mäesalu.',
    want: { has: [['Ilse Dewachter', 'MET_WITH', 'Kristjan Mäesalu'], ['Kristjan Mäesalu', 'OFFICIAL_OF', 'Estonia']], not: [['Olivier Renquin', 'MET_WITH', 'Kristjan Mäesalu']] },
  }],
  ['"Defence Minister X ... thanked the United States for its help in the fight against drug trafficking": the state thanked helped the thanker\'s state (past its article, for a fight against a scourge)', {
    given: 'SANTO DOMINGO, May 19. /Hoy/. The Dominican Navy opened a centre. Defence Minister Julio Tejeda Rosado thanked the United States for its help in the fight against drug trafficking.',
    want: { has: [['United States', 'ASSISTED', 'Dominican Republic']] },
  }],
  ['"Urdaneta, who leads Vente Venezuela, asked": capitalised words with a state\'s name last, after a verb of leading, name a body', {
    given: 'Opposition candidate Mariela Urdaneta met observers in Caracas. Urdaneta, who leads Vente Venezuela, asked the mission to send observers to Táchira.',
    want: { entities: [['Vente Venezuela', 'organization']], has: [['Mariela Urdaneta', 'LEADER_OF', 'Vente Venezuela']], not: [['Mariela Urdaneta', 'LEADER_OF', 'Venezuela']] },
  }],
  ['"At a ceremony at the Akouédo military camp, the soldiers received the Medal from the general in the presence of their families": a fronted setting may hold a named place\'s lower-case words, and the one a medal is received from attends', {
    given: 'The Chief of Defence Staff, General Issiaka Silué, on Thursday decorated 46 soldiers of the 1st Infantry Battalion. At a ceremony at the Akouédo military camp, the soldiers received the Military Valour Medal from the general in the presence of their families.',
    want: { has: [['Issiaka Silué', 'ATTENDED', 'ceremony'], ['1st Infantry Battalion', 'ATTENDED', 'ceremony']] },
  }],
  ['"thanked the United States, whose instructors trained the battalion before its deployment, and France for their support": a relative clause on a listed state ends at ", and"', {
    given: 'Minister Clarisse Yobouet praised the battalion. She thanked the United States, whose instructors trained the battalion\'s special forces company before its deployment, and France for their support to the FACI.',
    want: { has: [['Clarisse Yobouet', 'PRAISED', 'United States'], ['Clarisse Yobouet', 'PRAISED', 'France']], not: [['United States', 'DEPLOYED_TO', 'France']] },
  }],
  ['"deployed to BiH on Monday": BiH is Bosnia and Herzegovina', {
    given: 'Austrian troops of Jägerbataillon 25 deployed to BiH on Monday for the exercise Quick Response 2028 in Manjaca.',
    want: { has: [['Jägerbataillon 25', 'DEPLOYED_TO', 'Bosnia and Herzegovina']] },
  }],
  ['"met Rear Admiral X, the Italian Coast Guard\'s commander in Sicily,": a possessed post set off after its holder is held in the possessor, a regional one ("in Sicily") as an official', {
    given: 'Baldacchino met Rear Admiral Donatella Ferracuti, the Italian Coast Guard\'s commander in Sicily, in Catania last month. Vice Admiral Marco Riva, the Italian Navy\'s commander, said the talks went well.',
    want: { has: [['Donatella Ferracuti', 'OFFICIAL_OF', 'Italian Coast Guard'], ['Marco Riva', 'LEADER_OF', 'Italian Navy']], not: [['Donatella Ferracuti', 'LEADER_OF', 'Italian Coast Guard']] },
  }],
  ['"welcomed ... by Chief of Navy Vice Admiral X" in Australian copy after "the US Navy submarine": a formal "Chief of Navy" post is the home state\'s navy', {
    given: 'PERTH, March 14. /ABC News/. The US Navy submarine USS Minnesota arrived on Wednesday. The crew was welcomed at a ceremony on Thursday by Chief of Navy Vice Admiral Harriet Colquhoun.',
    want: { has: [['Harriet Colquhoun', 'LEADER_OF', 'Navy of Australia']], not: [['Harriet Colquhoun', 'LEADER_OF', 'US Navy']] },
  }],
  ['"The submarine USS Minnesota arrived at HMAS Stirling on Garden Island": a ship-like name reached "at" that lies on a place is a shore base', {
    given: 'The US Navy submarine USS Minnesota arrived at HMAS Stirling on Garden Island, south of Perth, on Wednesday for a four-month rotation.',
    want: { entities: [['HMAS Stirling', 'place']], has: [['USS Minnesota', 'DEPLOYED_TO', 'HMAS Stirling'], ['HMAS Stirling', 'LOCATED_IN', 'Garden Island']] },
  }],
  ['"Among those present were A, and a visiting delegation of the Qatar Armed Forces headed by their Chief of Staff, X": a listed delegation\'s leader attends', {
    given: 'The Chairman presented medals at a ceremony at Raghadan Palace on Sunday. Among those present were the Commander of the RJAF, Major General Ayman Al-Saraireh, and a visiting delegation of the Qatar Armed Forces headed by their Chief of Staff, Lieutenant General Jassim Hamad Al-Nuaimi.',
    want: { has: [['Ayman Al-Saraireh', 'ATTENDED', 'ceremony'], ['Jassim Hamad Al-Nuaimi', 'ATTENDED', 'ceremony']] },
  }],
  ['"a visiting delegation of the Qatar Armed Forces headed by their Chief of Staff, X": "their" post is the forces\', not the state named inside their name', {
    given: 'Among those present was a visiting delegation of the Qatar Armed Forces headed by their Chief of Staff, Lieutenant General Jassim Hamad Al-Nuaimi.',
    want: { has: [['Jassim Hamad Al-Nuaimi', 'LEADER_OF', 'Qatar Armed Forces']], not: [['Jassim Hamad Al-Nuaimi', 'LEADER_OF', 'Qatar']] },
  }],
  ['"Brazil has sent two military helicopters to Trinidad at Bolivia\'s request": the sender helps the state that asked ("at the request of" too)', {
    given: 'Brazil has sent two military helicopters to Trinidad at Bolivia\'s request, the Foreign Ministry said. Chile dispatched 200 firefighters at the request of Argentina on Monday.',
    want: { has: [['Brazil', 'ASSISTED', 'Bolivia'], ['Chile', 'ASSISTED', 'Argentina']] },
  }],
  ['"to visit the King Abdullah II Design and Development Bureau (KADDB)": a body named after a monarch goes on past "and" to its head, no person', {
    given: 'Al-Nuaimi is scheduled to visit the King Abdullah II Design and Development Bureau (KADDB) on Monday.',
    want: { entities: [['King Abdullah II Design and Development Bureau', 'organization']], absent: ['Abdullah II Design'] },
  }],
  ['"seen off at a ceremony at HMJS Cagway, the Coast Guard\'s base in Port Royal": a shore base named like a ship is a place, placed by its apposition', {
    given: 'The ships were seen off at a ceremony at HMJS Cagway, the Coast Guard\'s base in Port Royal, by the Chief of Defence Staff, Rear Admiral Garth Lyttle-Barrett.',
    want: { entities: [['HMJS Cagway', 'place']], has: [['ceremony', 'LOCATED_IN', 'HMJS Cagway'], ['HMJS Cagway', 'LOCATED_IN', 'Port Royal']] },
  }],
  ['"traffickers have moved their routes away from Central America": "Central", "South" or "Latin" America is a region, no state, and what is moved away from is no destination', {
    given: 'Drug seizures in Dominican waters have risen every year since 2058 as traffickers have moved their routes away from Central America. Troops were sent to South America.',
    want: { entities: [['Central America', 'place'], ['South America', 'place']], absent: ['United States'], not: [['Dominican Republic', 'DEPLOYED_TO', 'Central America']] },
  }],
  ['"X told The Gleaner on his return to Kingston on Friday": the one "his" stands for returns, not the outlet told', {
    given: 'National Security Minister Orville Prendergast-Whyte signed the agreement in Santo Domingo. "The sea between us is the same sea," Prendergast-Whyte told The Gleaner on his return to Kingston on Friday.',
    want: { has: [['Orville Prendergast-Whyte', 'RETURNED_TO', 'Kingston']], not: [['The Gleaner', 'RETURNED_TO', 'Kingston']] },
  }],
  ['"Two Jamaica Defence Force (JDF) Coast Guard vessels, HMJS Middlesex and HMJS Surrey, left": ships set off after a service\'s plural ship word are the service\'s', {
    given: 'Two Jamaica Defence Force (JDF) Coast Guard vessels, HMJS Middlesex and HMJS Surrey, left for the Morant Cays on Saturday.',
    want: { has: [['HMJS Middlesex', 'PART_OF', 'JDF Coast Guard'], ['HMJS Surrey', 'PART_OF', 'JDF Coast Guard']] },
  }],
  ['"The ships were seen off at a ceremony ... by the Chief of Defence Staff, Rear Admiral X, and the ambassador, Y": the agents of a phrasal passive attend', {
    given: 'The ships were seen off at a ceremony at the naval base in Port Royal by the Chief of Defence Staff, Rear Admiral Garth Lyttle-Barrett, and the Dominican Republic\'s ambassador to Jamaica, Ivelisse Carmona Lantigua.',
    want: { has: [['Garth Lyttle-Barrett', 'ATTENDED', 'ceremony'], ['Ivelisse Carmona Lantigua', 'ATTENDED', 'ceremony']] },
  }],
  ['"awarded to Colonel X, a Royal Jordanian Air Force (RJAF) helicopter pilot who rescued 31 people ..., and to Major Y of the Royal Medical Services": the description with its relative clause is the first item\'s, so the air force helps no one after it', {
    given: 'The Order of Al-Kawkab was awarded to Colonel Laith Al-Dmour, a Royal Jordanian Air Force (RJAF) helicopter pilot who rescued 31 people from flash floods in November, and to Major Rana Al-Ghweiri of the Royal Medical Services.',
    want: { has: [['Laith Al-Dmour', 'RECEIVED_AWARD', 'Order of Al-Kawkab']], not: [['Royal Jordanian Air Force', 'ASSISTED', 'Royal Medical Services']] },
  }],
  ['"received the Al-Istiqlal Order of the First Class ... The Al-Istiqlal Order is one of the oldest decorations": an order named with its class is the order named without it', {
    given: 'Brigadier General Mohannad Al-Shdeifat received the Al-Istiqlal Order of the First Class for leading the forces. The Al-Istiqlal Order is one of the oldest decorations of Jordan.',
    want: { entities: [['Al-Istiqlal Order of the First Class', 'award']], has: [['Mohannad Al-Shdeifat', 'RECEIVED_AWARD', 'Al-Istiqlal Order']] },
  }],
  ['"Janamat Party chairman X criticised the federal government on Wednesday": the federal or central government is the home state\'s', {
    given: 'KATHMANDU, July 21. /The Kathmandu Post/. Janamat Party chairman Sanjay Kumar Mahato criticised the federal government on Wednesday for what he called a slow response.',
    want: { has: [['Sanjay Kumar Mahato', 'CRITICIZED', 'Government of Nepal']] },
  }],
  ['"visited Rajbiraj, the district headquarters of Saptari,": the seat of an area set off after a place places it (and "the district" there names no area)', {
    given: 'The Nepal Army has deployed engineers to Saptari district. Home Secretary Sabina Kumari Chaudhary visited Rajbiraj, the district headquarters of Saptari, on Thursday. The minister went to Biratnagar, the provincial headquarters of Koshi, on Friday.',
    want: { has: [['Rajbiraj', 'LOCATED_IN', 'Saptari district'], ['Biratnagar', 'LOCATED_IN', 'Koshi']] },
  }],
  ['"met Chief District Officer Bimal Prasad Rijal at a relief camp": a district officer\'s post is a title, no part of the name', {
    given: 'Home Secretary Sabina Kumari Chaudhary visited Rajbiraj on Thursday and met Chief District Officer Bimal Prasad Rijal at a relief camp set up in a school.',
    want: { entities: [['Bimal Prasad Rijal', 'person']], has: [['Sabina Kumari Chaudhary', 'MET_WITH', 'Bimal Prasad Rijal']], absent: ['District Officer Bimal Prasad Rijal'] },
  }],
  ['"NAMCOY-4, a 180-strong company of the NDF that flew from Hosea Kutako International Airport to Bangui": a move\'s destination past the place it started from, said of the unit the apposition describes', {
    given: 'Nangombe-Kaulinge leads NAMCOY-4, a 180-strong company of the Namibian Defence Force (NDF) that flew from Hosea Kutako International Airport to Bangui on Tuesday. The 2nd Battalion flew from Windhoek International Airport to Goma on Friday.',
    want: { has: [['NAMCOY-4', 'DEPLOYED_TO', 'Bangui'], ['2nd Battalion', 'DEPLOYED_TO', 'Goma']], not: [['Namibian Defence Force', 'DEPLOYED_TO', 'Bangui']] },
  }],
  ['"X took command of Namibia\'s peacekeepers from Lieutenant Colonel Y at a ceremony in Kaga-Bandoro": the one handing command over attends the ceremony too', {
    given: 'Lieutenant Colonel Hileni Nangombe-Kaulinge took command of Namibia\'s peacekeepers in the Central African Republic from Lieutenant Colonel Petrus Shivolo-Amakali at a ceremony in Kaga-Bandoro on Friday.',
    want: { has: [['Hileni Nangombe-Kaulinge', 'ATTENDED', 'ceremony'], ['Petrus Shivolo-Amakali', 'ATTENDED', 'ceremony']] },
  }],
  ['"NAMCOY-4, a 180-strong company of the Namibian Defence Force (NDF)": a company of a force set off after a unit is its part (not an item of a list of parts: "X, a company of Y and a detachment of Z")', {
    given: 'Nangombe-Kaulinge leads NAMCOY-4, a 180-strong company of the Namibian Defence Force (NDF) that flew to Bangui on Tuesday. Taking part were the JAF\'s 71st Battalion, a company of the Egyptian Army\'s Unit 777 and a detachment of the Indonesian Army.',
    want: { has: [['NAMCOY-4', 'PART_OF', 'Namibian Defence Force']], not: [['71st Battalion', 'PART_OF', 'Unit 777']] },
  }],
  ['"Nangombe-Kaulinge leads NAMCOY-4 ... The company replaces NAMCOY-3": a troop acronym with a rotation\'s number joined by a hyphen names a unit', {
    given: 'Lieutenant Colonel Hileni Nangombe-Kaulinge leads NAMCOY-4, a 180-strong company. The company replaces NAMCOY-3, which is commanded by Lieutenant Colonel Petrus Shivolo-Amakali.',
    want: { entities: [['NAMCOY-4', 'unit'], ['NAMCOY-3', 'unit']], has: [['Hileni Nangombe-Kaulinge', 'LEADER_OF', 'NAMCOY-4'], ['NAMCOY-3', 'COMMANDED_BY', 'Petrus Shivolo-Amakali']] },
  }],
  ['"is taking part in Australia\'s annual Indo-Pacific Endeavour deployment": a deployment named by two words or more is an event (not "the Patriot deployment")', {
    given: 'HMAS Toowoomba, which is commanded by Commander Fiona Castellari, is taking part in Australia\'s annual Indo-Pacific Endeavour deployment. Lawmakers criticised the Patriot deployment on Monday.',
    want: { has: [['HMAS Toowoomba', 'ATTENDED', 'Indo-Pacific Endeavour deployment']], absent: ['Patriot deployment'] },
  }],
  ['"began Samudra Trisakti 2062, a six-day exercise with the Indian Navy and the Royal Australian Navy in the Andaman Sea,": a long apposition describing the event places it', {
    given: 'The Indonesian Navy on Monday began Samudra Trisakti 2062, a six-day exercise with the Indian Navy and the Royal Australian Navy in the Andaman Sea, the first time the three navies have trained together.',
    want: { has: [['Samudra Trisakti 2062', 'LOCATED_IN', 'Andaman Sea']] },
  }],
  ['"directed from the frigate by the commander of the Indonesian Navy\'s First Fleet Command (Koarmada I), Rear Admiral X": the agent is the holder set off after a long post', {
    given: 'The navies began Samudra Trisakti 2062, a six-day exercise, on Monday. The exercise is being directed from the Raden Eddy Martadinata by the commander of the Indonesian Navy\'s First Fleet Command (Koarmada I), Rear Admiral Dimas Wirahadi.',
    want: { has: [['Dimas Wirahadi', 'ATTENDED', 'Samudra Trisakti 2062']], not: [['First Fleet Command', 'ATTENDED', 'Samudra Trisakti 2062']] },
  }],
  ['"the Indonesian Navy\'s First Fleet Command (Koarmada I), Rear Admiral X": a name in brackets right after a unit\'s name is its short form, no person', {
    given: 'The exercise is directed by the commander of the Indonesian Navy\'s First Fleet Command (Koarmada I), Rear Admiral Dimas Wirahadi.',
    want: { has: [['Dimas Wirahadi', 'LEADER_OF', 'Koarmada I']], entities: [['Koarmada I', 'unit']] },
  }],
  ['"Taking part are the Indonesian frigate KRI X (331), the Indian destroyer INS Kolkata and ...": a list of ships goes on past a pennant number in brackets', {
    given: 'The navies began Samudra Trisakti 2062, a six-day exercise, on Monday. Taking part are the Indonesian frigate KRI Raden Eddy Martadinata (331), the Indian destroyer INS Kolkata and the Australian frigate HMAS Toowoomba, along with aircraft.',
    want: { has: [['INS Kolkata', 'ATTENDED', 'Samudra Trisakti 2062'], ['HMAS Toowoomba', 'ATTENDED', 'Samudra Trisakti 2062']] },
  }],
  ['"praised the Indian and Australian navies": each demonym of a list before a plural service names its state\'s service ("the Royal Australian Navy" named before)', {
    given: 'The Indian Navy and the Royal Australian Navy joined the exercise. On Tuesday, Admiral Harjanto Nugroho praised the Indian and Australian navies for their professionalism.',
    want: { has: [['Harjanto Nugroho', 'PRAISED', 'Indian Navy'], ['Harjanto Nugroho', 'PRAISED', 'Royal Australian Navy']], not: [['Harjanto Nugroho', 'PRAISED', 'India'], ['Harjanto Nugroho', 'PRAISED', 'Australia']] },
  }],
  ['"from Kauda, the movement\'s headquarters in the Nuba Mountains,": an apposition placing the place in a place after "the"', {
    given: 'The delegation flew from Kauda, the movement\'s headquarters in the Nuba Mountains, to Juba on Monday.',
    want: { has: [['Kauda', 'LOCATED_IN', 'Nuba Mountains']] },
  }],
  ['"IGAD\'s special envoy for Sudan, Wanza Moraa-Chelule, told": a possessor\'s post for a state, set off before its holder, is held in the possessor', {
    given: 'The Intergovernmental Authority on Development (IGAD) mediated the talks. "This is not yet peace," IGAD\'s special envoy for Sudan, Wanza Moraa-Chelule, told Sudan Tribune.',
    want: { has: [['Wanza Moraa-Chelule', 'OFFICIAL_OF', 'IGAD']] },
  }],
  ['"left Juba on Monday evening, accusing the army of bombing villages in Jebel Marra": the participle shares an irregular past verb\'s subject, and the charge after "of" is no object', {
    given: 'The Sudanese army fought the rebels in May. Adam Yahya Nourein left Juba on Monday evening, accusing the army of bombing villages in Jebel Marra. Kuku Kafi left Kauda on Tuesday, accusing the government of shelling Kadugli.',
    want: { has: [['Adam Yahya Nourein', 'CRITICIZED', 'Army of Sudan']], not: [['Adam Yahya Nourein', 'CRITICIZED', 'Jebel Marra'], ['Kuku Kafi', 'CRITICIZED', 'Kadugli']] },
  }],
  ['"The Sudanese government and the Sudan People\'s Liberation Movement-North (SPLM-N) on Tuesday signed": a head with a hyphened compass point names the movement (no state\'s body), and a demonym\'s government is an item of the list', {
    given: 'The Sudanese government and the Sudan People\'s Liberation Movement-North (SPLM-N) on Tuesday signed a ceasefire agreement in Juba.',
    want: { entities: [["Sudan People's Liberation Movement-North", 'organization']], has: [['Sudan', 'SIGNED', 'ceasefire agreement'], ['SPLM-N', 'SIGNED', 'ceasefire agreement']] },
  }],
  ['"The Sudanese government ... in Juba, the South Sudanese capital": a state named by its own one-word name is not merged into another state whose name holds that word', {
    given: 'The Sudanese government and the rebels signed a ceasefire in Juba, the South Sudanese capital, on Tuesday. South Sudan hosted the talks.',
    want: { entities: [['Sudan', 'state'], ['South Sudan', 'state']], has: [['Juba', 'LOCATED_IN', 'South Sudan']], not: [['Juba', 'LOCATED_IN', 'Sudan']] },
  }],
  ['"met the head of the OAS mission, Tomás Besoain Yánez, in Caracas": a name set off after a post of a body\'s lower-case head is the post\'s holder, not the body', {
    given: 'Mariela Urdaneta met the head of the OAS mission, Tomás Besoain Yánez, in Caracas on Tuesday.',
    want: { entities: [['Tomás Besoain Yánez', 'person']], has: [['Mariela Urdaneta', 'MET_WITH', 'Tomás Besoain Yánez']] },
  }],
  ['"Venezuelan journalist X, of the news site Efecto Cocuyo, received the Prize at a ceremony": a news site named after its descriptor is a body, and the journalist attends', {
    given: 'Venezuelan journalist Daniela Sifontes, of the news site Efecto Cocuyo, received the Maria Moors Cabot Prize at a ceremony in New York last month.',
    want: { entities: [['Efecto Cocuyo', 'organization']], has: [['Daniela Sifontes', 'ATTENDED', 'ceremony']], not: [['Efecto Cocuyo', 'ATTENDED', 'ceremony']] },
  }],
  ['"the head of the Organization of American States (OAS) electoral observation mission": a demonym describing a word of a name after it names no state', {
    given: 'She met the head of the Organization of American States (OAS) electoral observation mission on Tuesday. The League of Arab States met in Cairo.',
    want: { entities: [['Organization of American States', 'organization'], ['League of Arab States', 'organization']], absent: ['United States', 'American'] },
  }],
  ['"praised Carreño for speaking out and called on other officers to follow him": calling on someone to do something is an appeal, no meeting ("called on X to discuss" still is one)', {
    given: 'Major General Rodolfo Carreño accused Defence Minister Gustavo Aponte of ordering officers to campaign. Urdaneta praised Carreño for speaking out and called on other officers to follow him. Urdaneta called on President Luis Pozo on Tuesday to discuss the vote.',
    want: { has: [['Urdaneta', 'PRAISED', 'Rodolfo Carreño'], ['Urdaneta', 'MET_WITH', 'Luis Pozo']], not: [['Urdaneta', 'MET_WITH', 'Rodolfo Carreño']] },
  }],
  ['"signed an agreement under which India will extend the radar network ... The radar agreement was criticised": a described agreement named later by words of its own sentence is the bare agreement signed before', {
    given: 'On Tuesday, Kavitha Sundaralingam and Defence Minister Ahmed Shareef signed an agreement under which India will extend the radar network. The radar agreement was criticised by the opposition People\'s National Congress (PNC).',
    want: { has: [['Ahmed Shareef', 'SIGNED', 'radar agreement'], ["People's National Congress", 'CRITICIZED', 'agreement']] },
  }],
  ['"Visiting Laamu Atoll on Monday to watch the drills, the Indian High Commissioner to the Maldives, X, praised": a participle opening the sentence is no part of the name after it, and its subject is the main clause\'s', {
    given: 'Visiting Laamu Atoll on Monday to watch the drills, the Indian High Commissioner to the Maldives, Kavitha Sundaralingam, praised the coast guard. Visiting Kenya on Tuesday, Defence Minister Ahmed Shareef met the troops.',
    want: { has: [['Kavitha Sundaralingam', 'VISITED', 'Laamu Atoll'], ['Ahmed Shareef', 'VISITED', 'Kenya']], absent: ['Visiting Laamu Atoll'] },
  }],
  ['"took part in boarding, search and rescue and pollution control drills during the exercise": drills named with no article, after a named exercise, are that exercise, and the kinds listed before them open the object', {
    given: 'The coast guard and the Indian Navy concluded Ekatha 2061, a five-day joint exercise, on Tuesday. The ships INS Sunayna and CGS Huravee took part in boarding, search and rescue and pollution control drills during the exercise.',
    want: { has: [['INS Sunayna', 'ATTENDED', 'Ekatha 2061'], ['CGS Huravee', 'ATTENDED', 'Ekatha 2061']] },
  }],
  ['"The Indian Navy\'s vessel INS Sunayna and the coast guard ship CGS Huravee": a ship with a service of its own before its ship word is that service\'s, not the listed ship\'s service', {
    given: 'The Maldives National Defence Force (MNDF) Coast Guard and the Indian Navy held drills. The Indian Navy\'s offshore patrol vessel INS Sunayna and the coast guard ship CGS Huravee took part in the drills.',
    want: { has: [['INS Sunayna', 'PART_OF', 'Indian Navy'], ['CGS Huravee', 'PART_OF', 'MNDF Coast Guard']], not: [['CGS Huravee', 'PART_OF', 'Indian Navy']] },
  }],
  ['"Ekatha 2061, a five-day joint exercise in the waters of Laamu Atoll": an event held in the waters of a place is located there', {
    given: 'The coast guard and the Indian Navy on Tuesday concluded Ekatha 2061, a five-day joint exercise in the waters of Laamu Atoll, the MNDF said.',
    want: { has: [['Ekatha 2061', 'LOCATED_IN', 'Laamu Atoll']] },
  }],
  ['"relieved General X on Wednesday and swore in General Y in his place at a ceremony": the one sworn in attends the ceremony, the one relieved before does not', {
    given: 'President Luis Arce relieved General Pedro Gil on Wednesday and swore in General Ana Ruiz in his place at a ceremony in La Paz.',
    want: { has: [['Ana Ruiz', 'ATTENDED', 'ceremony'], ['Luis Arce', 'ATTENDED', 'ceremony']], not: [['Pedro Gil', 'ATTENDED', 'ceremony']] },
  }],
  ['"the division\'s commander, General X, said his troops had helped evacuate residents of Santa Ana": a commander\'s troops are the unit named last', {
    given: 'The Sixth Division was deployed to Beni on Wednesday. The division\'s commander, Brigadier General Hernán Saucedo, said his troops had helped evacuate more than 3,400 residents of Santa Ana.',
    want: { has: [['Sixth Division', 'ASSISTED', 'Santa Ana']], not: [['Hernán Saucedo', 'ASSISTED', 'Santa Ana']] },
  }],
  ['"deployed to Mamoré and Yacuma, the two worst-hit provinces of Beni": an area noun and "of" after describing words places the place, and in the plural every place of the list', {
    given: 'The Sixth Division was deployed to Mamoré and Yacuma, the two worst-hit provinces of Beni, with 1,200 soldiers. A second brigade went to Riberalta, the largest town of Vaca Díez province, on Friday.',
    want: { has: [['Mamoré', 'LOCATED_IN', 'Beni'], ['Yacuma', 'LOCATED_IN', 'Beni']] },
  }],
  ['"In a statement read out by presidential spokeswoman Lucía Cusicanqui": a lower-case "presidential" or "government" before a post makes it the home government\'s', {
    given: 'SANTA CRUZ, February 24. /El Deber/. President Rubén Aguilera Villca relieved the Bolivian army chief on Wednesday. In a statement read out by presidential spokeswoman Lucía Cusicanqui, the president accused the army of reacting too slowly. The plan was read out by government spokesman Pedro Gil on Monday.',
    want: { has: [['Lucía Cusicanqui', 'OFFICIAL_OF', 'Bolivia'], ['Pedro Gil', 'OFFICIAL_OF', 'Bolivia']] },
  }],
  ['"commanded the Bolivian Air Force until last year and is the first woman to head the armed forces": lower-case "the armed forces" refers back to the Armed Forces named before', {
    given: 'The Commander in Chief of the Armed Forces of Bolivia, General Óscar Zeballos, was relieved. General Ana Ruiz, 55, commanded the Bolivian Air Force until last year and is the first woman to head the armed forces.',
    want: { has: [['Ana Ruiz', 'LEADER_OF', 'Armed Forces of Bolivia']] },
  }],
  ['"fought Chilean troops at the Battle of Alto de la Alianza in 1880": a named battle or siege is an event (a lower-case "fierce battle" is none)', {
    given: 'The regiment, the presidential guard, fought Chilean troops at the Battle of Alto de la Alianza in 1880. A fierce battle raged in the hills last week.',
    want: { entities: [['Battle of Alto de la Alianza', 'event']], absent: ['Battle', 'Alto de la Alianza', 'fierce battle'] },
  }],
  ['"SANTA CRUZ, February 24. /El Deber/. ... the Bolivian Air Force": a dateline city of several states is in the one the text names most when the most populous city\'s state is not named', {
    given: 'SANTA CRUZ, February 24. /El Deber/. President Rubén Aguilera Villca swore in General Patricia Arandia Orellana as commander on Wednesday. Arandia commanded the Bolivian Air Force until last year. Brazil has sent two helicopters at Bolivia\'s request.',
    want: { has: [['Rubén Aguilera Villca', 'LEADER_OF', 'Bolivia']], not: [['Rubén Aguilera Villca', 'LEADER_OF', 'Philippines']] },
  }],
  ['"Opening the summit on Friday, the Minister of Foreign Affairs, X, condemned ...": who opens a gathering attends it, the holder set off after the post', {
    given: 'DAKAR, August 21. /Le Soleil/. Senegal hosted a regional security summit, which opened on Friday in Diamniadio. Opening the summit on Friday, the Minister of Foreign Affairs, Aissatou Gningue, condemned the attacks.',
    want: { has: [['Aissatou Gningue', 'ATTENDED', 'regional security summit']] },
  }],
  ['"RNOV Al Rasikh, a corvette of the Royal Navy of Oman ... praised the Omani crew\'s professionalism": a unit is of the state of the service its apposition names', {
    given: 'MUSCAT, October 15. /Oman Observer/. RNOV Al Rasikh, a corvette of the Royal Navy of Oman, arrived at Karachi on Wednesday. "Our presence tells every seafarer that the sea lanes are safe," the commander said. During the visit, Rear Admiral Faisal Jatoi praised the Omani crew\'s professionalism.',
    want: { has: [['Faisal Jatoi', 'PRAISED', 'RNOV Al Rasikh']], not: [['Faisal Jatoi', 'PRAISED', 'Oman']] },
  }],
  ['"the Senegal River", "the Paraguay River": a river named after a state lies in no one state', {
    given: 'Their border follows the Senegal River for most of its length. Patrols on the Paraguay River began in May.',
    want: { not: [['Senegal River', 'LOCATED_IN', 'Senegal'], ['Paraguay River', 'LOCATED_IN', 'Paraguay']] },
  }],
  ['"The JDF Coast Guard has sent a ship and more than 60 personnel to Haiti to help communities recover": a body that sends help somewhere helps it', {
    given: 'The Jamaica Defence Force (JDF) Coast Guard has sent a ship and more than 60 personnel to Haiti to help communities recover from the storm, the JDF said.',
    want: { has: [['JDF Coast Guard', 'ASSISTED', 'Haiti']] },
  }],
  ['"opposition deputy Valeria Solanas of the Civic Coalition (CC-ARI)", "Opposition spokesman on national security X of the People\'s National Party": a lower-case politician\'s post, a name and the party after it', {
    given: 'On Tuesday, opposition deputy Valeria Solanas of the Civic Coalition (CC-ARI) criticized the minister. Opposition spokesman on national security Dwayne Hylton-Bailey of the People\'s National Party (PNP) criticised him too.',
    want: { has: [['Valeria Solanas', 'OFFICIAL_OF', 'Civic Coalition'], ['Dwayne Hylton-Bailey', 'OFFICIAL_OF', 'People\'s National Party']] },
  }],
  ['"called on the Commander Karachi, Rear Admiral X": one word after a post and a rank set off after it name where the post is held, not a person', {
    given: 'The ship is commanded by Commander Salim al Habsi. During the visit, al Habsi called on the Commander Karachi, Rear Admiral Faisal Rahim Jatoi, who praised the crew.',
    want: { has: [['Salim al Habsi', 'MET_WITH', 'Faisal Rahim Jatoi']], absent: ['Karachi'] },
  }],
  ['"the Burgazada, one of the Turkish Naval Forces\' four Ada-class corvettes": a plural\'s possessive and a capitalised ship class in one-of apposition', {
    given: 'The corvette TCG Burgazada docked in Izmir. In February, the Burgazada, one of the Turkish Naval Forces\' four Ada-class corvettes, took part in the exercise.',
    want: { has: [['TCG Burgazada', 'PART_OF', 'Turkish Naval Forces']] },
  }],
  ['"a delegation led by General X ... after which the guests visited the Alley of Martyrs": the guests are the delegation, through its leader', {
    given: 'Minister Elshad Gurbanzade met with a delegation led by General Selçuk Akbulut. The Turkish delegation was welcomed with an official ceremony at the Ministry of Defense, after which the guests visited the Alley of Martyrs.',
    want: { has: [['Selçuk Akbulut', 'VISITED', 'Alley of Martyrs']] },
  }],
  ['"met with a delegation led by the Deputy Chief of the General Staff ..., General X ... the Turkish delegation visited Y": the holder set off after the post leads the delegation', {
    given: 'BAKU, June 17. /Azertac/. On June 16, Minister Elshad Gurbanzade met with a delegation led by the Deputy Chief of the General Staff of the Turkish Armed Forces, General Selçuk Akbulut, who is on an official visit to Azerbaijan. On June 15, the Turkish delegation visited the Nakhchivan Autonomous Republic.',
    want: { has: [['Selçuk Akbulut', 'VISITED', 'Nakhchivan Autonomous Republic']] },
  }],
  ['"The talks were led by A and his counterpart, B", "Taking part in the extended-format talks were C and D": talks someone led or took part in are an event they attended', {
    given: 'The talks were led by General Osmin Ferrera Zepeda and his Salvadoran counterpart, Vice Admiral Rigoberto Alvarenga Penate. Taking part in the extended-format talks were Lieutenant General Arsen Voskanyan and Greece\'s ambassador to Armenia, Eleni Vlachopoulou.',
    want: { has: [['Osmin Ferrera Zepeda', 'ATTENDED', 'talks'], ['Rigoberto Alvarenga Penate', 'ATTENDED', 'talks'], ['Arsen Voskanyan', 'ATTENDED', 'talks'], ['Eleni Vlachopoulou', 'ATTENDED', 'talks']] },
  }],
  ['"The next RSS exercise is scheduled to be held in Saint Lucia in 2060": where the next edition will be held is no fact yet', {
    given: 'Exercise Coral Shield 2059 ended in Barbados on Friday. The next RSS exercise is scheduled to be held in Saint Lucia in 2060.',
    want: { not: [['RSS exercise', 'LOCATED_IN', 'Saint Lucia']] },
  }],
  ['"HMS Medway, which took part in the exercise\'s maritime phase, arrived in Bridgetown": a place after the relative clause\'s closing comma and a main verb is not the event\'s', {
    given: 'Exercise Coral Shield 2059 ended in Barbados on Friday. The Royal Navy patrol ship HMS Medway, which took part in the exercise\'s maritime phase, arrived in Bridgetown on Thursday for a four-day port visit.',
    want: { has: [['HMS Medway', 'DEPLOYED_TO', 'Bridgetown']], not: [['Exercise Coral Shield 2059', 'LOCATED_IN', 'Bridgetown']] },
  }],
  ['"will spend a year in southern Lebanon, where Nepali troops have served with UNIFIL since 1978": troops that served where the clause hangs are deployed there', {
    given: 'KATHMANDU, May 19. /The Kathmandu Post/. The battalion will spend a year in southern Lebanon, where Nepali troops have served with UNIFIL since 1978.',
    want: { has: [['Nepal', 'DEPLOYED_TO', 'Lebanon']] },
  }],
  ['"deployed to the Abyei Area ... visited the company in Abyei": an area named with its head and then without it is one place', {
    given: 'The company had been deployed to the Abyei Area in May last year. General Dinesh Pathirage had visited the company in Abyei on September 13 last year.',
    want: { has: [['Dinesh Pathirage', 'VISITED', 'Abyei Area']] },
  }],
  ['"praised the engineers" after the 4th Engineer Company, named often, and the Field Engineer Regiment it was drawn from: the unit of that kind named most', {
    given: 'The 4th Sri Lanka Engineer Company returned to Sri Lanka on Monday. The company had repaired roads in Abyei. The troops, drawn from the 1st Field Engineer Regiment, were awarded medals. The Commander of the Army, Lieutenant General Dinesh Pathirage, attended the parade along with officers of the regiment. Addressing the troops, the Army Commander praised the engineers for their work.',
    want: { has: [['Dinesh Pathirage', 'PRAISED', '4th Sri Lanka Engineer Company']], not: [['Dinesh Pathirage', 'PRAISED', '1st Field Engineer Regiment']] },
  }],
  ['"The opposition SPD party criticised the government": the government a state\'s is called by what the text calls it too', {
    given: 'PRAGUE, June 30. /CTK/. The opposition Freedom and Direct Democracy (SPD) party criticised the government for keeping troops in the Baltic states.',
    want: { has: [['SPD', 'CRITICIZED', 'government']] },
  }],
  ['"the Paraguayan Navy\'s River Patrol Command", "the Maritime Drone Command": a patrol, a drone or a maritime command is a formation', {
    given: 'Navy Captain Ruben Recalde took command of the Paraguayan Navy\'s River Patrol Command on Friday. The Maritime Drone Command was set up in May.',
    want: { entities: [['River Patrol Command', 'unit'], ['Maritime Drone Command', 'unit']] },
  }],
  ['"USPALLATA, October 9. /Télam/.": a national agency named with its accents tells the home state of a town the gazetteer lacks', {
    given: 'USPALLATA, October 9. /Télam/. The ceremony was attended by Defence Minister Graciela Iturbe Ocampo. Argentina has eleven mountain units.',
    want: { has: [['Graciela Iturbe Ocampo', 'OFFICIAL_OF', 'Argentina']] },
  }],
  ['"received Azerbaijan\'s Land Forces Commander, Lieutenant General X, in Ankara": a state\'s service named between its possessive and the post is what X leads, and X is of that state', {
    given: 'date 2052-05-10 ANKARA, May 10. /Anadolu/. Land Forces Commander General Selcuk Karabulut received Azerbaijan\'s Land Forces Commander, Lieutenant General Tural Hasanzade, in Ankara on Tuesday.',
    want: { has: [['Tural Hasanzade', 'LEADER_OF', 'Land Forces of Azerbaijan'], ['Tural Hasanzade', 'VISITED', 'Ankara']], not: [['Tural Hasanzade', 'LEADER_OF', 'Azerbaijan']] },
  }],
  ['"the UN mission in the Central African Republic, MINUSCA", "the European Union\'s peacekeeping mission, EUFOR Althea": a name set off after a description of a body\'s mission is part of the body', {
    given: 'Morocco has deployed peacekeepers with the UN mission in the Central African Republic, MINUSCA, since 2014. He met Slovenian officers serving with the European Union\'s peacekeeping mission, EUFOR Althea, at Camp Butmir.',
    want: { has: [['MINUSCA', 'PART_OF', 'UN'], ['EUFOR Althea', 'PART_OF', 'European Union']] },
  }],
  ['"at the Palais des Nations in Geneva", "in the courtyard of the Hôtel des Invalides": French "des" joins a name, and a hotel opens a place\'s name', {
    given: 'Delegations opened talks at the Palais des Nations in Geneva on Wednesday. General Takeshi Haruyama was decorated in the courtyard of the Hôtel des Invalides, and held talks at the Hôtel de Brienne.',
    want: { entities: [['Palais des Nations', 'place'], ['Hôtel des Invalides', 'place'], ['Hôtel de Brienne', 'place']] },
  }],
  ['"The operation, called Parana Seguro, was the first carried out by the task force": a name after a comma and "called" names the event before it, no person', {
    given: 'Troops seized drugs during a ten-day joint operation on the river. The operation, called Parana Seguro, was the first carried out by the task force.',
    want: { entities: [['Parana Seguro', 'event']] },
  }],
  ['"Adriatic Shield 2048 ... ended on Friday ... On Thursday, X watched a live-fire drill": an indefinite drill just after a named exercise is a drill of it', {
    given: 'Adriatic Shield 2048, the largest naval exercise held in the Adriatic this year, ended on Friday after five days of drills. On Thursday, Defence Minister Damir Lovric watched a live-fire drill from the bridge of the Sibenik.',
    want: { has: [['Damir Lovric', 'ATTENDED', 'Adriatic Shield 2048']] },
  }],
  ['"X on Monday swore in Y as Chief of the Joint Staff, at a ceremony": the one who swears another in attends the ceremony too', {
    given: 'Defence Minister Federico Arregui on Monday swore in Brigadier General Mariano Oyhenart as Chief of the Joint Staff of the Armed Forces, at a ceremony at the Libertador Building.',
    want: { has: [['Federico Arregui', 'ATTENDED', 'ceremony']] },
  }],
  ['"the icebreaker ARA Almirante Irízar ... The Irízar": a prefixed ship whose name opens with a title is called by the rest of it too', {
    given: 'The icebreaker ARA Almirante Irízar left Buenos Aires for Antarctica on Thursday. The Irízar, which served as a hospital ship in 1982, was rebuilt after a fire in 2007.',
    want: { entities: [['Irízar', 'unit']] },
  }],
  ['"signed the Armenian-Greek military cooperation plan for 2060": a capitalised compound of the two sides may open a signed plan', {
    given: 'Ghukasyan and Kalafatis signed the Armenian-Greek military cooperation plan for 2060 on Tuesday.',
    want: { has: [['Ghukasyan', 'SIGNED', 'military cooperation plan'], ['Kalafatis', 'SIGNED', 'military cooperation plan']] },
  }],
  ['"signed the military cooperation plan for 2060, which provides for courses for Armenian officers": an unnamed antecedent of "which" leaves the clause without a named subject', {
    given: 'Following the talks, Ghukasyan and Kalafatis signed the Armenian-Greek military cooperation plan for 2060, which provides for joint training of special forces, courses for Armenian officers at Greek military schools and exchanges of military doctors. UNHCR, the UN refugee agency, which has helped Colombia register migrants, welcomed it.',
    want: { has: [['UNHCR', 'ASSISTED', 'Colombia']], not: [['Ghukasyan', 'ASSISTED', 'Armenia'], ['Kalafatis', 'ASSISTED', 'Armenia']] },
  }],
  ['"praised the medical team of the Armenian Armed Forces that helped Greek authorities": a restrictive "that" right after a body\'s name tells of the body, not the clause\'s subject', {
    given: 'Minister Stavros Kalafatis praised the medical team of the Armenian Armed Forces that helped Greek authorities treat victims of the wildfires.',
    want: { has: [['Armenian Armed Forces', 'ASSISTED', 'Greece']], not: [['Stavros Kalafatis', 'ASSISTED', 'Greece']] },
  }],
  ['"X accepted an invitation to visit Athens in the autumn": an invitation is no visit yet', {
    given: 'date 2059-03-12 YEREVAN, March 12. /Armenpress/. Minister of Defense Vahram Ghukasyan held talks on Tuesday with Minister Stavros Kalafatis. Ghukasyan accepted an invitation to visit Athens in the autumn, the ministry said.',
    want: { not: [['Vahram Ghukasyan', 'VISITED', 'Athens'], ['Vahram Ghukasyan', 'VISITED', 'Greece']] },
  }],
  ['"The Minister of Foreign Affairs, X, condemned the attacks carried out by Boko Haram": a verb after the apposition\'s comma is active when the "by" belongs to another participle', {
    given: 'The Minister of Foreign Affairs, Aissatou Gningue, condemned the attacks carried out by Boko Haram in the north.',
    want: { has: [['Aissatou Gningue', 'CRITICIZED', 'Boko Haram']], not: [['Boko Haram', 'CRITICIZED', 'Aissatou Gningue']] },
  }],
  ['"by the Jama\'at Nusrat al-Islam wal-Muslimin (JNIM)": "wal-" joined to a capitalised word is part of the name, which its acronym makes a body', {
    given: 'The minister condemned the attacks carried out this year by the Jama\'at Nusrat al-Islam wal-Muslimin (JNIM) along the border.',
    want: { entities: [['Jama\'at Nusrat al-Islam wal-Muslimin', 'organization']] },
  }],
  ['"was signed by the Minister of the Armed Forces, A, and by B": the list of agents goes on past a repeated "by"', {
    given: 'Senegal and Mauritania signed an agreement on joint patrols. The agreement was signed by the Minister of the Armed Forces, Cheikh Mbengue, and by Sidi Cheikhna in the presence of President Thiaw.',
    want: { has: [['Cheikh Mbengue', 'SIGNED', 'agreement on joint patrols'], ['Sidi Cheikhna', 'SIGNED', 'agreement on joint patrols']] },
  }],
  ['"received a Mauritanian delegation led by the Minister of Defence, X": the delegation\'s demonym names the state X serves, not the dateline\'s', {
    given: 'date 2060-08-21 DAKAR, August 21. /Le Soleil/. President Mamadou Thiaw on Thursday received a Mauritanian delegation led by the Minister of Defence, Sidi Ould Cheikhna, who delivered a message.',
    want: { has: [['Sidi Ould Cheikhna', 'OFFICIAL_OF', 'Mauritania']], not: [['Sidi Ould Cheikhna', 'OFFICIAL_OF', 'Senegal']] },
  }],
  ['"signed the 2061 Military Cooperation Plan between ...", "signed the Military Cooperation Plan": a plan signed is an agreement, a year opening its name', {
    given: 'Gurbanzade and Akbulut signed the 2061 Military Cooperation Plan between the two ministries. In Rome, Ministers Ada Neri and Ion Popa signed the Joint Action Plan.',
    want: { has: [['Akbulut', 'SIGNED', '2061 Military Cooperation Plan'], ['Ada Neri', 'SIGNED', 'Joint Action Plan']], entities: [['2061 Military Cooperation Plan', 'agreement'], ['Joint Action Plan', 'agreement']] },
  }],
  ['"X met with a delegation headed by Y": a group led by someone after a preposition is met through its leader', {
    given: 'Defence Minister John Smith met with a delegation headed by General Selcuk Akbulut on Monday.',
    want: { has: [['John Smith', 'MET_WITH', 'Selcuk Akbulut']] },
  }],
  ['"The 4th Sri Lanka Engineer Company, a 156-member contingent of the Sri Lanka Army": a counted compound before the part noun', {
    given: 'The 4th Sri Lanka Engineer Company, a 156-member contingent of the Sri Lanka Army, returned to Sri Lanka on Monday.',
    want: { has: [['4th Sri Lanka Engineer Company', 'PART_OF', 'Sri Lanka Army']] },
  }],
  ['"X took command of the River Patrol Command on Friday at a ceremony": the subject of an irregular past verb before "at" attends', {
    given: 'Navy Captain Ruben Recalde took command of the Paraguayan Navy\'s River Patrol Command on Friday at a ceremony at the naval base in Bahia Negra.',
    want: { has: [['Ruben Recalde', 'ATTENDED', 'ceremony']] },
  }],
  ['"Under Galeano, the flotilla carried out ...": a name in a fronted phrase is no apposition of the subject after its comma; "ARP Itaipú": Paraguay\'s ship prefix', {
    given: 'The flotilla operates the patrol ships ARP Itaipú and ARP Capitán Cabral. Captain Fermín Galeano Torales led the flotilla. Under Galeano, the flotilla carried out its first joint patrols.',
    want: { entities: [['ARP Itaipú', 'unit'], ['ARP Capitán Cabral', 'unit'], ['Galeano', 'person']] },
  }],
  ['"CTF 150, one of the five task forces of the Bahrain-based Combined Maritime Forces (CMF)": one of the plural formations of a body named after "of" is part of it', {
    given: 'The corvette joined Combined Task Force 150 (CTF 150) on Sunday. CTF 150, one of the five task forces of the Bahrain-based Combined Maritime Forces (CMF), is led by Commodore Imran Leghari.',
    want: { has: [['Combined Task Force 150', 'PART_OF', 'Combined Maritime Forces']] },
  }],
  ['"RNOV Al Rasikh, a corvette of the Royal Navy of Oman (RNO), joined Combined Task Force 150 (CTF 150) in the Arabian Sea": Oman\'s ship prefix, a ship\'s kind as a part noun, the joining past the apposition and a two-token short name', {
    given: 'date 2060-10-15 MUSCAT, October 15. /Oman Observer/. RNOV Al Rasikh, a corvette of the Royal Navy of Oman (RNO), joined Combined Task Force 150 (CTF 150) in the Arabian Sea on Sunday.',
    want: { has: [['RNOV Al Rasikh', 'PART_OF', 'Royal Navy of Oman'], ['RNOV Al Rasikh', 'PART_OF', 'Combined Task Force 150'], ['RNOV Al Rasikh', 'DEPLOYED_TO', 'Arabian Sea']], entities: [['RNOV Al Rasikh', 'unit']] },
  }],
  ['"Al Rasikh replaces its sister ship, RNOV Al Shamikh", "the Koula\'s sister ship, VOEA Siliva": a sister ship is no part of the ship', {
    given: 'The patrol ship HMS Medway arrived in Bridgetown. HMS Medway replaces its sister ship, HMS Trent, which returned to Portsmouth last month. In August, the frigate HMS Kent and the Medway\'s sister ship, HMS Tamar, patrolled the waters north of Barbados.',
    want: { not: [['HMS Trent', 'PART_OF', 'HMS Medway'], ['HMS Tamar', 'PART_OF', 'HMS Medway']] },
  }],
  ['"X handed over command of the Barbados Regiment to Y at a parade": the one taking over is at the parade too', {
    given: 'On Friday, Colonel Desmond Yearwood handed over command of the Barbados Regiment to Colonel Shermaine Gittens-Boyce at a parade in Bridgetown.',
    want: { has: [['Shermaine Gittens-Boyce', 'ATTENDED', 'parade'], ['Desmond Yearwood', 'ATTENDED', 'parade'], ['Shermaine Gittens-Boyce', 'LEADER_OF', 'Barbados Regiment']] },
  }],
  ['"at a parade at St Ann\'s Fort": a saint\'s possessive inside a place\'s name is part of the name', {
    given: 'On Friday, Colonel Desmond Yearwood handed over command of the Barbados Regiment at a parade at St Ann\'s Fort.',
    want: { has: [['parade', 'LOCATED_IN', 'St Ann\'s Fort']], entities: [['St Ann\'s Fort', 'place']] },
  }],
  ['"Exercise X ... drew troops from Barbados, Grenada and Saint Lucia": the states the troops came from take part in the exercise', {
    given: 'Exercise Coral Shield 2059, which was organised by the Regional Security System, drew troops from Barbados, Grenada and Saint Lucia.',
    want: { has: [['Barbados', 'ATTENDED', 'Exercise Coral Shield 2059'], ['Grenada', 'ATTENDED', 'Exercise Coral Shield 2059'], ['Saint Lucia', 'ATTENDED', 'Exercise Coral Shield 2059']] },
  }],
  ['"Spokesman X of the People\'s National Party (PNP)": any post\'s party named after the name is what the post serves, not only a legislator\'s', {
    given: 'Spokesman Dwayne Hylton-Bailey of the People\'s National Party (PNP) criticised the minister on Monday.',
    want: { has: [['Dwayne Hylton-Bailey', 'OFFICIAL_OF', 'People\'s National Party']] },
  }],
  ['"recover from Hurricane Noemi ... when Noemi struck Haiti": a named storm is an event, called by its name alone after, which nobody attends; "Storm Shadow missiles" is none', {
    given: 'Jamaican Prime Minister Ana Marley toured the storm-hit parish of Portland on Wednesday with Barbadian Prime Minister Joan Holder, the current chair of the Caribbean Community (CARICOM), a week after Hurricane Noemi killed 19 people on the island. Towns were hit when Noemi struck Haiti. Britain has sent Storm Shadow missiles to Kyiv.',
    want: { entities: [['Hurricane Noemi', 'event']], not: [['Ana Marley', 'ATTENDED', 'Hurricane Noemi'], ['Joan Holder', 'ATTENDED', 'Hurricane Noemi']], absent: ['Storm Shadow'] },
  }],
  ['"The Jamaica Defence Force (JDF) Coast Guard": a body named right after another body and its acronym is a branch of it, "JDF Coast Guard", not another state\'s coast guard named later', {
    given: 'The Jamaica Defence Force (JDF) Coast Guard has sent a ship to Haiti. The Coast Guard\'s offshore patrol vessel HMJS Cornwall sailed from Port Royal with the Trinidad and Tobago Coast Guard\'s TTS Port of Spain on Saturday.',
    want: { has: [['JDF Coast Guard', 'PART_OF', 'Jamaica Defence Force'], ['HMJS Cornwall', 'PART_OF', 'JDF Coast Guard'], ['TTS Port of Spain', 'PART_OF', 'Trinidad and Tobago Coast Guard']], entities: [['TTS Port of Spain', 'unit']], not: [['HMJS Cornwall', 'PART_OF', 'Trinidad and Tobago Coast Guard']] },
  }],
  ['"the Shree Singhanath Battalion, which returned home last month ... praised the battalion": a unit described where it was named is a topic of its own, not one named in passing', {
    given: 'Some 870 peacekeepers of the Shree Jagadal Battalion left for Lebanon on Sunday. The battalion, which is commanded by Lieutenant Colonel Prajwal Lamichhane, will spend a year there. General Rudra Kunwar urged the peacekeepers to stay disciplined. On Friday, soldiers of the Shree Singhanath Battalion, which returned home last month, were decorated. The medals were pinned on by Defence Minister Sunita Kattel, who praised the battalion for protecting civilians.',
    want: { has: [['Sunita Kattel', 'PRAISED', 'Shree Singhanath Battalion']], not: [['Sunita Kattel', 'PRAISED', 'Shree Jagadal Battalion']] },
  }],
  ['"was decorated separately with the Gorkha Dakshin Bahu": an adverb between the verb of giving and "with the" still gives an award', {
    given: 'Lieutenant Colonel Anup Sapkota was decorated separately with the Gorkha Dakshin Bahu, one of the country\'s oldest orders.',
    want: { has: [['Anup Sapkota', 'RECEIVED_AWARD', 'Gorkha Dakshin Bahu']], entities: [['Gorkha Dakshin Bahu', 'award']] },
  }],
  ['"the drone maker X had trained a first group of 12 Senegalese operators": past a group word, operators are people trained for their state', {
    given: 'The drone maker Altinay Savunma had trained a first group of 12 Senegalese operators in Ankara last year.',
    want: { has: [['Altinay Savunma', 'ASSISTED', 'Senegal']] },
  }],
  ['"The 5th Brigade, one of the Kenyan Army\'s three mechanised brigades, left": one of a body\'s formations is part of it', {
    given: 'The 5th Mechanised Brigade, one of the Kenyan Army\'s three mechanised brigades, left for Somalia. The Eastern Command is one of the Indian Army\'s seven commands.',
    want: { has: [['5th Mechanised Brigade', 'PART_OF', 'Kenyan Army'], ['Eastern Command', 'PART_OF', 'Indian Army']] },
  }],
  ['"border guards of the two countries exchanged fire", "Indian and Pakistani troops exchanged fire": an exchange of fire is fighting both ways', {
    given: 'Uzbek and Tajik border guards exchanged fire near the village of Chorku on Monday.',
    want: { has: [['Uzbekistan', 'FOUGHT_AGAINST', 'Tajikistan'], ['Tajikistan', 'FOUGHT_AGAINST', 'Uzbekistan']] },
  }],
  ['"the brigade will take part in the X exercise": a plan to take part is no attendance yet', {
    given: 'In September, the 38th Brigade will take part in the Zapad 2059 exercise. The 5th Brigade took part in the Neman 2058 exercise.',
    want: { has: [['5th Brigade', 'ATTENDED', 'Neman 2058 exercise']], not: [['38th Brigade', 'ATTENDED', 'Zapad 2059 exercise']] },
  }],
  ['"whose paratroopers fought in Afghanistan from 1979 to 1989": fighting somewhere is not fighting it; "fought alongside X against Y" still fights Y', {
    given: 'The brigade traces its history to the 105th Guards Airborne Division, whose paratroopers fought in Afghanistan from 1979 to 1989. Sudanese units fought alongside Egyptian troops against Israel in 1973.',
    want: { has: [['Sudan', 'FOUGHT_AGAINST', 'Israel']], not: [['105th Guards Airborne Division', 'FOUGHT_AGAINST', 'Afghanistan']] },
  }],
  ['"The brigade, which has been part of the Special Operations Forces since 2007, ...": "has been part of" as "is part of"', {
    given: 'The 38th Brigade, which has been part of the Special Operations Forces since 2007, marked its anniversary.',
    want: { has: [['38th Brigade', 'PART_OF', 'Special Operations Forces']] },
  }],
  ['"at Sokodé air base, in the country\'s central Centrale region", "in Uzunköprü, in the northwestern province of Edirne": a place set off with "in" and a side holds the place before it', {
    given: 'The jets landed at Sokodé air base, in the country\'s central Centrale region. Operators trained in Uzunköprü, in the northwestern province of Edirne, in June.',
    want: { has: [['Sokodé air base', 'LOCATED_IN', 'Centrale region'], ['Uzunköprü', 'LOCATED_IN', 'Edirne']] },
  }],
  ['"headed by Chairman of the Joint Chiefs of Staff Committee (CJCSC) General X": chiefs "of staff" are one name, not a body owned by a "Staff Committee"', {
    given: 'The delegation was headed by Chairman of the Joint Chiefs of Staff Committee (CJCSC) General Tariq Mehmood Qureshi-Khan.',
    want: { has: [['Tariq Mehmood Qureshi-Khan', 'LEADER_OF', 'Joint Chiefs of Staff Committee']], absent: ['Staff Committee'] },
  }],
  ['"received a delegation ... led by General X ... The Thai delegation arrived in Pakse on Monday": a demonym\'s delegation that moves is the one led, and its head goes where it goes', {
    given: 'General Bounthavy Sisomphone-Keo received a delegation of the Royal Thai Army led by General Somchai Wongsakul-Rat in Vientiane on Tuesday. The Thai delegation arrived in Pakse on Monday.',
    want: { has: [['Somchai Wongsakul-Rat', 'VISITED', 'Pakse']] },
  }],
  ['"met at the government buildings": a body word modifying a place noun names no body', {
    given: 'LONDON, May 4. /TASS/. The envoy later met the minister at the government buildings in Suva.',
    want: { absent: ['Government of United Kingdom', 'government'] },
  }],
  ['"military attachés of 12 states visited Brest on Thursday. The group was led by the dean of the corps, Colonel X": the group\'s head visited too', {
    given: 'On Thursday, military attachés of 12 foreign states visited Brest, where they toured a border post. The group was led by the dean of the attaché corps, Colonel Amadou Sy-Diallo, the defence attaché of Senegal.',
    want: { has: [['Amadou Sy-Diallo', 'VISITED', 'Brest']] },
  }],
  ['"Colonel X, Commandant of the Military Technical Academy, spoke": a portfolio word opening an institution\'s name is the name\'s, and the rest names no person', {
    given: 'Colonel Ana Bellweather-Cruz, Commandant of the Military Technical Academy, spoke on Monday.',
    want: { has: [['Ana Bellweather-Cruz', 'LEADER_OF', 'Military Technical Academy']], absent: ['Technical Academy'] },
  }],
  ['"Lieutenant General X, Director of the National Defence Academy of Y": an institution with a head of its own is a body the head leads', {
    given: 'The delegation was led by Major General Tran Quoc Hung-Lam, Director of the National Defence Academy of Viet Nam, who arrived on Monday.',
    want: { has: [['Tran Quoc Hung-Lam', 'LEADER_OF', 'National Defence Academy']], entities: [['National Defence Academy', 'organization']] },
  }],
  ['"X criticised the ministry on Tuesday for sending the troops to Kosovo": the critic does not send', {
    given: 'Opposition spokeswoman Mira Lindqvist-Haug criticised the ministry on Tuesday for sending the troops to Kosovo.',
    want: { not: [['Mira Lindqvist-Haug', 'DEPLOYED_TO', 'Kosovo']] },
  }],
  ['"ruled out sending Czech soldiers to Ukraine": what is ruled out is not done', {
    given: 'Defence Minister Pavla Novotná-Kříž ruled out sending Czech soldiers to Ukraine.',
    want: { not: [['Pavla Novotná-Kříž', 'DEPLOYED_TO', 'Ukraine'], ['Czechia', 'DEPLOYED_TO', 'Ukraine']] },
  }],
  ['"settle their differences through dialogue", "drills including exercises with live fire", "gave them exercises": no event from words before an event noun that are no modifiers', {
    given: 'The two leaders agreed to settle their differences through dialogue. The navy held drills including exercises with live fire.',
    want: { absent: ['differences through dialogue', 'including exercises'] },
  }],
  ['"since the war in Sudan began", "a brief border war": a lower-case war names no event; a named one does ("the Chaco War")', {
    given: 'Chad has hosted refugees since the war in Sudan began. The two states fought a brief border war in 1995. The regiment fought in the Chaco War.',
    want: { entities: [['Chaco War', 'event']], absent: ['war', 'brief border war'] },
  }],
  ['"submarines sail through the Little Belt unhindered", "patrolled along the Ruvuma Valley": a name after "through" or "along" is a place, no person', {
    given: 'Russian submarines sail through the Little Belt unhindered, and troops patrolled along the Ruvuma Valley.',
    want: { entities: [['Little Belt', 'place'], ['Ruvuma Valley', 'place']] },
  }],
  ['"delivered boats to Guinea and sent a team of instructors to the West African country": a country named by its region after a preposition is the state named last', {
    given: 'Portugal has delivered two patrol boats to Guinea and deployed a team of 12 naval instructors to the West African country, the ministry said in Lisbon on Thursday.',
    want: { has: [['Portugal', 'DEPLOYED_TO', 'Guinea']], not: [['Portugal', 'DEPLOYED_TO', 'Lisbon']] },
  }],
  ['"More than 200 soldiers from the X returned after a deployment to Y, where they helped the Z secure polling stations": "they" in the relative clause is the troops the sentence opened with', {
    given: 'More than 200 soldiers from the 2nd Battalion, Royal Pacific Regiment returned to Darwin on Tuesday after a deployment to Vanuatu, where they helped the Vanuatu Mobile Force secure polling stations.',
    want: { has: [['2nd Battalion, Royal Pacific Regiment', 'ASSISTED', 'Vanuatu Mobile Force']] },
  }],
  ['"Among the guests was Vanuatu High Commissioner to Australia X": a high commissioner\'s post runs on "to" the host state, like an ambassador\'s', {
    given: 'Among the guests at the parade was Vanuatu High Commissioner to Australia Leilani Toara-Kalo.',
    want: { has: [['Leilani Toara-Kalo', 'OFFICIAL_OF', 'Vanuatu']], not: [['Leilani Toara-Kalo', 'OFFICIAL_OF', 'Australia']] },
  }],
  ['"paratroopers of 2 Parachute Battalion, who returned home last month" in home copy: a unit of no state named returns to the home state; "The 200 Salvadoran soldiers of the X Contingent returned home": to the troops\' state', {
    given: 'BLOEMFONTEIN, May 13. /News24/. More than 600 paratroopers of 2 Parachute Battalion, who returned home last month from Sudan, were decorated. The 150 Malawian soldiers of the Chilumba Contingent returned home on Saturday.',
    want: { has: [['2 Parachute Battalion', 'RETURNED_TO', 'South Africa'], ['Chilumba Contingent', 'RETURNED_TO', 'Malawi']], not: [['Chilumba Contingent', 'RETURNED_TO', 'South Africa']] },
  }],
  ['"the peacekeepers were awarded X" sentences after the one unit the text named: that unit', {
    given: 'The Nepalese Engineer Company (NEPENGR-7) rebuilt the bridge in March. Its commander praised the work. The minister thanked the villagers. In October, the peacekeepers were awarded the UNMISS Medal at a parade in Wau.',
    want: { has: [['Nepalese Engineer Company', 'RECEIVED_AWARD', 'UNMISS Medal']] },
  }],
  ['"the company handed the rebuilt bridge over to the Malian government": what is handed may stand before "over"', {
    given: 'The Bangladesh Engineer Company handed the rebuilt bridge over to the Malian government on Tuesday.',
    want: { has: [['Bangladesh Engineer Company', 'ASSISTED', 'Mali']] },
  }],
  ['"where Paraguayan troops defeated Bolivian forces": defeating is fighting, and a demonym\'s forces are its state', {
    given: 'The unit is named after the battle at Nanawa, where Bolivian troops defeated Paraguayan forces in 1933.',
    want: { has: [['Bolivia', 'FOUGHT_AGAINST', 'Paraguay']] },
  }],
  ['"Senator X of the opposition Y Party (YP) criticised the appointment, accusing Z": the senator serves the party and is the subject, not the party named after the name', {
    given: 'President Mario Abdo Villalba appointed a new commander. Senator Lidia Benegas-Ortiz of the opposition Encuentro Nacional Party (PEN) criticised the appointment, accusing Abdo of favouritism.',
    want: { has: [['Lidia Benegas-Ortiz', 'OFFICIAL_OF', 'Encuentro Nacional Party'], ['Lidia Benegas-Ortiz', 'CRITICIZED', 'Mario Abdo Villalba']], not: [['Encuentro Nacional Party', 'CRITICIZED', 'Mario Abdo Villalba']] },
  }],
  ['"sailed for Puerto Casado, the capital of the department of X, where it will be stationed": the place the apposition describes is where it is stationed', {
    given: 'The Pilcomayo River Patrol Group sailed from Asunción for Puerto Casado, the capital of the department of Alto Paraguay, where it will be stationed.',
    want: { has: [['Pilcomayo River Patrol Group', 'DEPLOYED_TO', 'Puerto Casado']], not: [['Pilcomayo River Patrol Group', 'DEPLOYED_TO', 'Alto Paraguay']] },
  }],
  ['"the Navy\'s new Pilcomayo River Patrol Group ... is commanded by Navy Captain X": a patrol group is a formation, and a service before a rank names whose officer the agent is', {
    given: 'ASUNCION, May 3. /IP/. The Navy\'s new Pilcomayo River Patrol Group sailed on Monday. The unit is commanded by Navy Captain Ramón Ortigoza-Benegas.',
    want: { has: [['Pilcomayo River Patrol Group', 'COMMANDED_BY', 'Ramón Ortigoza-Benegas']], not: [['Pilcomayo River Patrol Group', 'COMMANDED_BY', 'Navy']], entities: [['Pilcomayo River Patrol Group', 'unit']] },
  }],
  ['"the Commander of the RTA\'s Military Region 4, Major General X": a number closing the body\'s name after a post is the body\'s, no person', {
    given: 'He was accompanied by the Commander of the RTA\'s Military Region 4, Major General Somsak Vilaythong-Keo.',
    want: { has: [['Somsak Vilaythong-Keo', 'LEADER_OF', 'Military Region 4']], absent: ['4', 'Military Region'] },
  }],
  ['"praised Morocco\'s role in training Omani pilots": whose help in training it is trains, and helps the trainees\' state', {
    given: 'Defence Minister Salim al-Harthy-Busaidi praised Morocco\'s role in training Omani pilots over the past decade.',
    want: { has: [['Morocco', 'ASSISTED', 'Oman']] },
  }],
  ['"was awarded the medal For Distinction in Military Service": an award name opened by "For" after the lower-case award word goes on "in" a field', {
    given: 'Captain Yuri Belsky-Markov was awarded the medal For Distinction in Military Service on Friday.',
    want: { has: [['Yuri Belsky-Markov', 'RECEIVED_AWARD', 'Medal For Distinction in Military Service']], absent: ['Medal For Distinction'] },
  }],
  ['"The brigade\'s paratroopers trained alongside Kazakh and Kyrgyz troops in late May, during the Steppe Eagle exercise": those alongside and the trainees take part in the event named after "during", not the one named before', {
    given: 'The 38th Brigade took part in the Zapad exercise in 2031. The 5th Brigade trained alongside Kazakh and Kyrgyz troops in late May, during the Steppe Eagle 2033 exercise in Kazakhstan\'s Almaty region.',
    want: { has: [['5th Brigade', 'ATTENDED', 'Steppe Eagle 2033 exercise'], ['Kazakhstan', 'ATTENDED', 'Steppe Eagle 2033 exercise'], ['Kyrgyzstan', 'ATTENDED', 'Steppe Eagle 2033 exercise']], not: [['5th Brigade', 'ATTENDED', 'Zapad exercise'], ['Kyrgyzstan', 'ATTENDED', 'Zapad exercise']] },
  }],
  ['"during a visit to Suva in early May last year by the head of X, Admiral Y": past the visit\'s date and a post set off before the visitor', {
    given: 'The deal was agreed during a visit to Suva in early May last year by the head of the US Indo-Pacific Command, Admiral Kieran Dallow-Price.',
    want: { has: [['Kieran Dallow-Price', 'VISITED', 'Suva']] },
  }],
  ['"Frente Amplio lawmaker X criticized": a two-word name before a legislator\'s post and a name is the party, not a person', {
    given: 'Nuevo Rumbo lawmaker Pilar Ocaña-Viteri criticized the purchase on Tuesday.',
    want: { has: [['Pilar Ocaña-Viteri', 'OFFICIAL_OF', 'Nuevo Rumbo']], entities: [['Nuevo Rumbo', 'organization']] },
  }],
  ['"The Navy received three patrol boats from Japan", "received air support from the mission": the giver helps the receiver; "boats donated by X" keeps the donor', {
    given: 'The Fiji Navy received three patrol boats from Japan on Monday. The battalion received air support from the regional mission. The Coast Guard received two boats donated by Australia in 2031.',
    want: { has: [['Japan', 'ASSISTED', 'Fiji Navy'], ['Australia', 'ASSISTED', 'Coast Guard']], not: [['Fiji Navy', 'ASSISTED', 'Japan'], ['Coast Guard', 'ASSISTED', 'Australia']] },
  }],
  ['"the Green Left Alliance criticised ... the party\'s defence spokesperson, X": a party named as an alliance (a front, a movement) is what "the party" refers to', {
    given: 'OSLO, May 4. /NTB/. The Green Left Alliance criticised the purchase on Monday. "It is a waste," the party\'s defence spokesperson, Tuva Brekke-Solheim, told NTB.',
    want: { has: [['Tuva Brekke-Solheim', 'OFFICIAL_OF', 'Green Left Alliance']] },
  }],
  ['"Defence Command Norway said ... Chief of Defence General X presented": in home copy a chief of defence leads the forces\' command named for the state', {
    given: 'OSLO, May 4. /NTB/. The frigate returned on Monday, Defence Command Norway said. On Friday, Chief of Defence General Sigrun Aasheim-Lie presented medals to the crew.',
    want: { has: [['Sigrun Aasheim-Lie', 'LEADER_OF', 'Defence Command Norway']] },
  }],
  ['"commanded by Commander Senior Grade X", "Lieutenant Junior Grade Y": a grade after a naval rank belongs to the rank, not the name', {
    given: 'The frigate HDMS Absalon is commanded by Commander Senior Grade Mikkel Brandt-Sørensen. Lieutenant Junior Grade Ida Kjærgaard-Holm was decorated with the Defence Medal.',
    want: { has: [['HDMS Absalon', 'COMMANDED_BY', 'Mikkel Brandt-Sørensen'], ['Ida Kjærgaard-Holm', 'RECEIVED_AWARD', 'Defence Medal']], absent: ['Senior Grade Mikkel Brandt-Sørensen', 'Junior Grade Ida Kjærgaard-Holm'] },
  }],
  ['"The Anzac-class frigate, commanded by Commander X, ...": a ship class named for its first ship modifies the ship word that refers back', {
    given: 'HMNZS Te Mana left Auckland on Monday. The Anzac-class frigate, commanded by Commander Aroha Whitlock-Pene, will spend six months in Asia.',
    want: { has: [['HMNZS Te Mana', 'COMMANDED_BY', 'Aroha Whitlock-Pene']], absent: ['Anzac-class'] },
  }],
  ['"the frigate X made port visits to Suva and to Apia": a ship\'s port visit is a deployment there, like a port call', {
    given: 'On its way north, the frigate HMNZS Te Mana made port visits to Suva and to Apia.',
    want: { has: [['HMNZS Te Mana', 'DEPLOYED_TO', 'Suva'], ['HMNZS Te Mana', 'DEPLOYED_TO', 'Apia']] },
  }],
  ['"the frigate X joined Standing Maritime Group 3 (SMG3) in the Tasman Sea on Sunday": a unit joining a group is part of it and deployed where it joins; ships joining ships and states joining alliances are neither', {
    given: 'The frigate HMNZS Te Kaha joined Standing Maritime Group 3 (SMG3) in the Tasman Sea on Sunday. Later it joined the Australian destroyer HMAS Brisbane. Fiji joined the Pacific Islands Forum in 1971.',
    want: { has: [['HMNZS Te Kaha', 'PART_OF', 'Standing Maritime Group 3'], ['HMNZS Te Kaha', 'DEPLOYED_TO', 'Tasman Sea']], not: [['HMNZS Te Kaha', 'PART_OF', 'HMAS Brisbane']] },
  }],
  ['"the opposition criticised the government for signing the agreement" in home copy: the home state\'s government (a body), which signs for its state', {
    given: 'DILI, May 4. /Tatoli/. Timor-Leste and Australia signed a defence cooperation agreement on Monday. The opposition Fretilin party criticised the government for signing the agreement without a vote.',
    want: { has: [['Fretilin', 'CRITICIZED', 'Government of Timor-Leste'], ['Timor-Leste', 'SIGNED', 'defence cooperation agreement']], not: [['Fretilin', 'CRITICIZED', 'Timor-Leste'], ['Government of Timor-Leste', 'SIGNED', 'defence cooperation agreement']], entities: [['Government of Timor-Leste', 'organization']] },
  }],
  ['"thanked the Government and people of Ghana": a government and its people stand for their state, not the home government', {
    given: 'FREETOWN, May 3. /AYV/. President Julius Maada Koroma thanked the Government and people of Ghana for the training.',
    want: { has: [['Julius Maada Koroma', 'PRAISED', 'Ghana']], absent: ['Government of Sierra Leone', 'Government of Ghana'] },
  }],
  ['"Also in attendance was US Army Brigadier General X": attendance like "also present"; the person, not the state named before the rank', {
    given: 'A ceremony was held in Erbil on Tuesday. Also in attendance was US Army Brigadier General Dana Whitcombe-Reyes, who heads the advisory group.',
    want: { has: [['Dana Whitcombe-Reyes', 'ATTENDED', 'ceremony']], not: [['United States', 'ATTENDED', 'ceremony']] },
  }],
  ['"named Colonel X, a former chief of staff of Unit 70, as the brigade\'s first commander": a word of order before the post given "as"', {
    given: 'The 9th Infantry Brigade was formed on Tuesday. The minister named Colonel Dilan Rasul Barzani, a former chief of staff of Unit 70, as the brigade\'s first commander.',
    want: { has: [['Dilan Rasul Barzani', 'LEADER_OF', '9th Infantry Brigade']] },
  }],
  ['"a ministry spokesman told Rudaw English" in Rudaw copy: a known body\'s name opening a two-word name is that body, no person', {
    given: 'ERBIL, May 4. /Rudaw/. The brigades were unified on Tuesday, a ministry spokesman told Rudaw English.',
    want: { entities: [['Rudaw English', 'organization']] },
  }],
  ['"with the opposition Frente Amplio voting against ... Frente Amplio senator X criticized Y": a name "the opposition" puts before it is a party\'s, and its senator serves it', {
    given: 'The bill was backed by 26 senators, with the opposition Frente Amplio voting against. Frente Amplio senator Lucía Ferreira Olmos criticized the minister.',
    want: { has: [['Lucía Ferreira Olmos', 'OFFICIAL_OF', 'Frente Amplio']], entities: [['Frente Amplio', 'organization']] },
  }],
  ['"a year with the mission in Mozambique\'s troubled Niassa province": a place after a state\'s possessive and any describing word lies in that state', {
    given: 'The soldiers returned to Lusaka on Wednesday after a year in Mozambique\'s troubled Niassa province.',
    want: { has: [['Niassa province', 'LOCATED_IN', 'Mozambique']] },
  }],
  ['"decorated Private X, who was killed in an ambush in March, with the Zambia Army Medal for Gallantry": past a relative clause on the recipient; a state\'s name opening a service\'s award stays in it', {
    given: 'The president decorated Private Mwila Banda, who was killed in an ambush near Macomia in March, with the Zambia Army Medal for Gallantry.',
    want: { has: [['Mwila Banda', 'RECEIVED_AWARD', 'Zambia Army Medal for Gallantry']] },
  }],
  ['"soldiers of the 1st Zambia Rifles returned ... he said that the battalion had helped X": a regiment named for its soldiers is what "the battalion" refers to', {
    given: 'Some 300 soldiers of the 1st Zambia Rifles returned to Lusaka on Wednesday. General Dennis Sikazwe said that the battalion had helped the Mozambican Armed Forces secure the road to Macomia.',
    want: { has: [['1st Zambia Rifles', 'ASSISTED', 'Mozambican Armed Forces']] },
  }],
  ['"Independent deputy X, of the Y coalition, criticized Z": a standing word before a post names no body, and the person set off before "of" the body is the subject', {
    given: 'Independent deputy Ernesto Ruiz Saldaña, of the Vamos coalition, criticized Aristides Vergara for approving the deal.',
    want: { has: [['Ernesto Ruiz Saldaña', 'CRITICIZED', 'Aristides Vergara']], not: [['Vamos coalition', 'CRITICIZED', 'Aristides Vergara']], absent: ['Independent'] },
  }],
  ['"previously served as Kenya\'s Defence Attaché in London": a post held "as" somewhere is no deployment ("served with the contingent in Kosovo" is)', {
    given: 'Colonel Peter Mwangi previously served as Kenya\'s Defence Attaché in London. Major Ann Wanjiru served with the Kenyan contingent in Somalia in 2031.',
    want: { has: [['Ann Wanjiru', 'DEPLOYED_TO', 'Somalia']], not: [['Peter Mwangi', 'DEPLOYED_TO', 'London']] },
  }],
  ['"A handed over command of X to B ... praised the outgoing commander": the side of a change of command that handed it over', {
    given: 'Rear Admiral Ruwan Silva handed over command of the Southern Naval Area to Rear Admiral Asanka Perera on Monday. The Commander of the Navy, Vice Admiral Nalin Fernando, praised the outgoing commander for his leadership.',
    want: { has: [['Nalin Fernando', 'PRAISED', 'Ruwan Silva']], not: [['Nalin Fernando', 'PRAISED', 'Asanka Perera']] },
  }],
  ['"during which General A took over from Colonel B ... praised the outgoing commander": the one taken over from', {
    given: 'Defence Minister Jean Kabore presided over the ceremony, during which Brigadier General Rufus Okello took over from Colonel Samuel Otieno. Kabore praised the outgoing commander for his loyalty.',
    want: { has: [['Jean Kabore', 'PRAISED', 'Samuel Otieno']], not: [['Jean Kabore', 'PRAISED', 'Rufus Okello']] },
  }],
  ['"Navy Media Spokesman Commander X said": "Commander" between a spokesman\'s post and a name is the naval rank, not a command', {
    given: 'COLOMBO, May 2. /Daily Mirror/. The Sri Lanka Navy rescued 40 fishermen off Galle, Navy Media Spokesman Commander Nuwan Chaminda Perera said.',
    want: { has: [['Nuwan Chaminda Perera', 'OFFICIAL_OF', 'Sri Lanka Navy']], not: [['Nuwan Chaminda Perera', 'LEADER_OF', 'Sri Lanka Navy']] },
  }],
  ['"called on the Governor of the Northern Province, X, at his office": the name after a capitalised post of a place is its holder, not a listed place', {
    given: 'Later on Monday, the admiral called on the Governor of the Northern Province, Nimal Sarath Gunasekara, at his office in Jaffna.',
    want: { entities: [['Nimal Sarath Gunasekara', 'person']] },
  }],
  ['"received the Egyptian Ambassador to Kenya, X, ... where the envoy thanked Kenya": "the envoy" refers back to the ambassador', {
    given: 'On Tuesday, the army chief received the Egyptian Ambassador to Kenya, Hazem Fouad Salama, at the headquarters, where the envoy thanked Kenya for its commitment to peace.',
    want: { has: [['Hazem Fouad Salama', 'PRAISED', 'Kenya']] },
  }],
  ['"the Chief of the Defence Staff (CDS), Lieutenant General X, charged the troops": a post\'s acronym in brackets stands between the post and its holder', {
    given: 'NAIROBI, October 5. /KNA/. The Kenya Defence Forces (KDF) bade farewell to the battalion on Wednesday. The Chief of the Defence Staff (CDS), General Wilfred Kiprono Ochieng, charged the troops.',
    want: { has: [['Wilfred Kiprono Ochieng', 'LEADER_OF', 'Kenya Defence Forces']] },
  }],
  ['"a send-off parade at Burma Camp in Accra": a site named with a state\'s name, placed in another place right after, is not said to lie in that state', {
    given: 'The battalion was seen off at a parade at Burma Camp in Accra on Wednesday.',
    want: { has: [['Burma Camp', 'LOCATED_IN', 'Accra']], not: [['Burma Camp', 'LOCATED_IN', 'Myanmar']] },
  }],
  ['"Nepalese Prime Minister X thanked India for its help in evacuating Jajarkot district": the one thanked helped what the task is done to, not the thanker\'s state as a whole', {
    given: 'Nepalese Prime Minister Ram Thapa thanked India for its help in evacuating Jajarkot district.',
    want: { has: [['India', 'ASSISTED', 'Jajarkot district']], not: [['India', 'ASSISTED', 'Nepal']] },
  }],
  ['"was awarded the Dostlik order of the first degree", "was decorated with the Jasorat order": a lower-case "order" after a name given names the award', {
    given: 'Major General Rustam Nazarov was awarded the Dostlik order of the first degree, while Captain Aziz Karimov was decorated with the Jasorat order.',
    want: { has: [['Rustam Nazarov', 'RECEIVED_AWARD', 'Dostlik order'], ['Aziz Karimov', 'RECEIVED_AWARD', 'Jasorat order']] },
  }],
  ['"visited the Academy of the Armed Forces in Dushanbe ... toured the academy\'s Faculty of Engineering Troops": an academy named "of" a body is a place, a faculty named "of" its field a body', {
    given: 'Defence Minister Colonel General Sherali Nazarzoda visited the Academy of the Armed Forces in Dushanbe on Thursday. He also toured the academy\'s Faculty of Engineering Troops.',
    want: { has: [['Academy of the Armed Forces', 'LOCATED_IN', 'Dushanbe'], ['Sherali Nazarzoda', 'VISITED', 'Academy of the Armed Forces']], entities: [['Academy of the Armed Forces', 'place'], ['Faculty of Engineering Troops', 'organization']] },
  }],
  ['"X, who had received the Peruvian general at the General Command on Wednesday": a rank after a demonym is a person even before "at the" and a body\'s name', {
    given: 'Also present was the Chief of Staff of the Peruvian Army, General Aurelio Tapia Rojas. Al-Rawabdeh, who had received the Peruvian general at the General Command on Wednesday, thanked Peru.',
    want: { has: [['Al-Rawabdeh', 'MET_WITH', 'Aurelio Tapia Rojas']] },
  }],
  ['"under the patronage of King X, Supreme Commander of the Royal Armed Forces,": a second post of a named body, set off after a titled name, is the person\'s too', {
    given: 'AMMAN, March 10. /Petra/. The parade was held under the patronage of King Faisal bin Talal, Supreme Commander of the Royal Armed Forces, on Monday.',
    want: { has: [['Faisal bin Talal', 'LEADER_OF', 'Royal Armed Forces']], absent: ['Supreme'] },
  }],
  ['"The closing ceremony ... was attended by X, who watched a live-fire drill. Also present were A and B": those also present attend the ceremony, not the drill watched during it', {
    given: 'The closing ceremony was attended by Prime Minister Amara Kollie, who watched a live-fire drill by the two battalions. Also present were the army chief, General Prince Johnson Doe, and the British ambassador, Helen Ashby-Carr.',
    want: { has: [['Prince Johnson Doe', 'ATTENDED', 'closing ceremony'], ['Helen Ashby-Carr', 'ATTENDED', 'closing ceremony']], not: [['Prince Johnson Doe', 'ATTENDED', 'live-fire drill']] },
  }],
  ['"Spain also delivered 30 armoured vehicles, 10 demining kits and night-vision equipment to the ministry": a long list of goods before "to" still leaves the receiver', {
    given: 'ERBIL, May 4. /Rudaw/. A delegation from the Kurdistan Region\'s Ministry of Interior Affairs (MoIA) met on Tuesday. Spain also delivered 30 armoured vehicles, 10 demining kits and night-vision equipment to the ministry in September last year.',
    want: { has: [['Spain', 'ASSISTED', "Kurdistan Region's Ministry of Interior Affairs"]] },
  }],
  ['"visited the Spanish Consulate General in Zakho, a district of Duhok": "General" after "Consulate" ends the mission\'s name; a place described as "a district of" another lies in it', {
    given: 'The delegation of the ministry headed by Deputy Minister Hemin Aziz Barzinji visited the Spanish Consulate General in Zakho, a district of Duhok, on Monday.',
    want: { has: [['Hemin Aziz Barzinji', 'VISITED', 'Spanish Consulate General'], ['Zakho', 'LOCATED_IN', 'Duhok']], entities: [['Spanish Consulate General', 'organization']] },
  }],
  ['"Minister of Interior Affairs X" after "the Kurdistan Region\'s Ministry of Interior Affairs", with no state named: the minister serves the ministry of that portfolio', {
    given: 'ERBIL, May 4. /Rudaw/. Officials of the Kurdistan Region\'s Ministry of Interior Affairs met police trainers on Monday. The plan was signed by Minister of Interior Affairs Rebaz Hamid Karim and the trainers.',
    want: { has: [['Rebaz Hamid Karim', 'OFFICIAL_OF', "Kurdistan Region's Ministry of Interior Affairs"]] },
  }],
  ['"Deputy Minister X ... The deputy minister thanked Spain": a lower-case demoted post refers back to its holder', {
    given: 'A delegation headed by Deputy Minister Hemin Aziz Barzinji met Spain\'s ambassador on Tuesday. The deputy minister thanked Spain for its support.',
    want: { has: [['Hemin Aziz Barzinji', 'PRAISED', 'Spain']] },
  }],
  ['"Spain\'s Consul General in Erbil, W": a consul general\'s post, past the city it serves in, is held by the name after it', {
    given: 'The minister met on Tuesday with Spain\'s Consul General in Basra, Lucía Ferrer-Ibarra, to discuss port security.',
    want: { has: [['Lucía Ferrer-Ibarra', 'OFFICIAL_OF', 'Spain']] },
  }],
  ['"A delegation from the Ministry of X, headed by Deputy Minister Y, met on Tuesday with Spain\'s Consul General in Z, W": the head serves the body "from" which the delegation comes and meets for it; the name after a consul general\'s post "in" a city is its holder', {
    given: 'A delegation from the Kurdistan Region\'s Ministry of Interior (MoI), headed by Deputy Minister Hemin Aziz Barzinji, met on Tuesday with Spain\'s Consul General in Erbil, Lucía Ferrer-Ibarra, to discuss police training.',
    want: { has: [['Hemin Aziz Barzinji', 'OFFICIAL_OF', "Kurdistan Region's Ministry of Interior"], ['Hemin Aziz Barzinji', 'MET_WITH', 'Lucía Ferrer-Ibarra']], not: [['Hemin Aziz Barzinji', 'LEADER_OF', "Kurdistan Region's Ministry of Interior"]], entities: [['Lucía Ferrer-Ibarra', 'person']] },
  }],
  ['"his Peruvian counterpart, General X ... The Peruvian general called on Y": a counterpart keeps the rank the name carried; "the two regional commanders" are those holding commands, not two generals listed before', {
    given: 'LA PAZ, May 4. /ABI/. Commander of the Army General Rubén Quispe Mamani hosted his Peruvian counterpart, General Aurelio Tapia Rojas, in La Paz. The Peruvian general called on Defence Minister Elsa Choque Flores on Thursday. Also present were the commander of the Sixth Division, General Mario Condori, and the commander of the Peruvian Army\'s Southern Region, General Luis Apaza. The two regional commanders met separately on Monday.',
    want: { has: [['Aurelio Tapia Rojas', 'MET_WITH', 'Elsa Choque Flores'], ['Mario Condori', 'MET_WITH', 'Luis Apaza']], not: [['Rubén Quispe Mamani', 'MET_WITH', 'Luis Apaza']] },
  }],
  ['"received his counterpart at the Royal Bhutan Army Headquarters in Lungtenphu": a headquarters named as where it happens, placed in a place, is a place (not one "of" a force)', {
    given: 'General Karma Dorji received his Indian counterpart at the Royal Bhutan Army Headquarters in Lungtenphu on Monday. He was then received at the General Headquarters of the Qatari Armed Forces in Doha.',
    want: { has: [['Royal Bhutan Army Headquarters', 'LOCATED_IN', 'Lungtenphu']], entities: [['Royal Bhutan Army Headquarters', 'place']], not: [['General Headquarters of the Qatari Armed Forces', 'LOCATED_IN', 'Doha']] },
  }],
  ['"The minesweeper, which ..., is commanded by Lieutenant X": a minesweeper or an icebreaker named before is referred back to by its noun', {
    given: 'The Estonian Navy commissioned the minesweeper Sakala on Friday. The minesweeper, which was built in Tallinn, is commanded by Lieutenant Commander Rasmus Kõiv.',
    want: { has: [['Sakala', 'COMMANDED_BY', 'Rasmus Kõiv']] },
  }],
  ['"its newest patrol icebreaker, the OPV-84 Cabo Odger,": a hull code before a name set off after a warship noun names a ship, owned by the service "its" stands for', {
    given: 'The Peruvian Navy on Tuesday commissioned its newest patrol icebreaker, the OPV-84 Cabo Odger, at the Callao yard. The Cabo Odger will sail for Antarctica in January.',
    want: { has: [['OPV-84 Cabo Odger', 'PART_OF', 'Peruvian Navy']], entities: [['OPV-84 Cabo Odger', 'unit']] },
  }],
  ['"who until last year commanded the Capitan Bergna. ... The Capitan Bergna, Peru\'s first domestically built frigate, returned to X": a name guessed a person\'s is the ship a later apposition describes, and the ship returned', {
    given: 'The frigate is commanded by Captain Ruperto Aliaga Sotil, who until last year commanded the Capitan Bergna. The Capitan Bergna, Peru\'s first domestically built frigate, returned to Paita on Monday after a patrol.',
    want: { has: [['Capitan Bergna', 'RETURNED_TO', 'Paita']], entities: [['Capitan Bergna', 'unit']], not: [['Capitan Bergna', 'RETURNED_TO', 'Peru']] },
  }],
  ['"the crews of the IRIS-T and NASAMS systems": a model\'s capitals before the kind of hardware name no body', {
    given: 'The centre will train the crews of the IRIS-T and NASAMS systems that both armies now operate. Ukraine received NASAMS launchers.',
    want: { absent: ['IRIS-T', 'NASAMS'] },
  }],
  ['"X today announced that ..., during a visit to the Royal Malaysian Navy (RMN) base in Lumut": the person opening the sentence visited where the unnamed base is; "a visit to the brigade\'s headquarters in Marjayoun" is to Marjayoun', {
    given: 'Defence Minister Zainal Arif Kamaruddin today announced that Malaysia will buy six offshore patrol vessels from South Korea, during a visit to the Royal Malaysian Navy (RMN) base in Lumut, Perak. Army Commander General Elie Mouawad thanked Qatar for its support during a visit to the brigade\'s headquarters in Marjayoun on Thursday.',
    want: { has: [['Zainal Arif Kamaruddin', 'VISITED', 'Lumut'], ['Elie Mouawad', 'VISITED', 'Marjayoun']] },
  }],
  ['"The returning soldiers will receive the medal at a parade in Brussels in May": where a gathering still to come will be held is no fact yet', {
    given: 'The returning soldiers will receive the Commemorative Medal for Foreign Operations at a parade in Brussels in May.',
    want: { not: [['parade', 'LOCATED_IN', 'Brussels']] },
  }],
  ['"The regiment received the same medal on September 13 last year": "the (same) medal" refers back to the award named before', {
    given: 'Captain Julieta Maidana of the 16th Mountain Infantry Regiment received the Army Medal for Effort and Abnegation. The regiment received the same medal on September 13 last year.',
    want: { has: [['16th Mountain Infantry Regiment', 'RECEIVED_AWARD', 'Army Medal for Effort and Abnegation']] },
  }],
  ['"signed the 2054 plan of cooperation between the Ministry of Defense of Armenia and the French Army": bodies named as its parties, not the signers\' states', {
    given: 'YEREVAN, August 22. /ARMENPRESS/. Minister of Defense of Armenia Vardan Tatevosyan received the Chief of Staff of the French Army, General Armand Roche-Valmont. At the end of the talks, Tatevosyan and Roche-Valmont signed the 2054 plan of cooperation between the Ministry of Defense of Armenia and the French Army.',
    want: { has: [['Vardan Tatevosyan', 'SIGNED', 'plan of cooperation']], not: [['France', 'SIGNED', 'plan of cooperation'], ['Armenia', 'SIGNED', 'plan of cooperation']] },
  }],
  ['"expressed gratitude to the French side for training Armenian officers": a state\'s "side" thanked for training is the state that trains', {
    given: 'YEREVAN, August 22. /ARMENPRESS/. Defence Minister Vardan Tatevosyan expressed gratitude to the French side for training Armenian officers at the Saint-Cyr military academy.',
    want: { has: [['France', 'ASSISTED', 'Armenia']] },
  }],
  ['"a plan between the Ministry of Defense of Armenia and the French Army, which provides for courses for Armenian officers": a state\'s own body helps no state of its own', {
    given: 'Tatevosyan and Roche-Valmont signed the 2054 plan of cooperation between the Ministry of Defense of Armenia and the French Army, which provides for joint mountain training and courses for Armenian officers in France.',
    want: { not: [['Ministry of Defense of Armenia', 'ASSISTED', 'Armenia']] },
  }],
  ['"Estonian and Latvian troops fought side by side against X": those who fought together fought no one among them', {
    given: 'The two ministers travelled to Cēsis, where Estonian and Latvian troops fought side by side against the landlords in June 1919. Armenia and Azerbaijan fought in 2020.',
    want: { has: [['Armenia', 'FOUGHT_AGAINST', 'Azerbaijan']], not: [['Estonia', 'FOUGHT_AGAINST', 'Latvia'], ['Latvia', 'FOUGHT_AGAINST', 'Estonia']] },
  }],
  ['"Dacian Spring 2053, an exercise held on the Smârdan range in Galați county": a range an exercise is held on is where it is', {
    given: 'In March, the battalion joined French units in Dacian Spring 2053, an exercise held on the Smârdan range in Galați county.',
    want: { has: [['Dacian Spring 2053', 'LOCATED_IN', 'Smârdan range']], not: [['Dacian Spring 2053', 'LOCATED_IN', 'Galați county']] },
  }],
  ['"thanked Pakistan for the help its army and navy gave Türkiye after the earthquakes": what of the state\'s gave help, and whom, with no "to"', {
    given: 'General Haluk Sarıyer thanked Pakistan for the help its army and navy gave Türkiye after the February 2023 earthquakes.',
    want: { has: [['Pakistan', 'ASSISTED', 'Türkiye']] },
  }],
  ['"Altınsoy presented his guest with the medal" after the visiting admiral and his ambassador: the guest is the foreign person named most, tied to a state by the service the host heads', {
    given: 'Pakistan\'s Chief of the Naval Staff, Admiral Shahzaib Mazari, was hosted by the Commander of the Turkish Naval Forces, Admiral Kerem Altınsoy. Mazari arrived on Monday. Joining the two admirals for lunch was Pakistan\'s ambassador to Türkiye, Faryal Nadeem. Altınsoy presented his guest with the Distinguished Service Medal.',
    want: { has: [['Shahzaib Mazari', 'RECEIVED_AWARD', 'Distinguished Service Medal']], not: [['Faryal Nadeem', 'RECEIVED_AWARD', 'Distinguished Service Medal']] },
  }],
  ['"Pakistan\'s Chief of the Naval Staff, Admiral X, was hosted in İzmir by his Turkish counterpart": a possessor state\'s post heads that state\'s service, not the dateline\'s', {
    given: 'İZMİR, November 20. /Milliyet/. Pakistan\'s Chief of the Naval Staff, Admiral Shahzaib Mazari, was hosted on Wednesday by his Turkish counterpart, Admiral Kerem Altınsoy.',
    want: { has: [['Shahzaib Mazari', 'LEADER_OF', 'Navy of Pakistan']], not: [['Shahzaib Mazari', 'LEADER_OF', 'Navy of Türkiye']] },
  }],
  ['"signed the cooperation plan between the Lao Ministry of National Defence and the Vietnamese Ministry": the bodies it is between are its parties, not the signers\' states', {
    given: 'Lao Defence Minister Khamphan Sisouvong and Vietnamese Defence Minister Phạm Quốc Tuấn signed the 2055 cooperation plan between the Lao Ministry of National Defence and the Vietnamese Ministry of National Defence.',
    want: { has: [['Khamphan Sisouvong', 'SIGNED', 'cooperation plan']], not: [['Laos', 'SIGNED', 'cooperation plan'], ['Vietnam', 'SIGNED', 'cooperation plan']] },
  }],
  ['"signed the 2055 cooperation plan between the Lao Ministry of National Defence and the Vietnamese Ministry": a year may open a signed plan', {
    given: 'At the end of the talks, General Khamphan Sisouvong and General Phạm Quốc Tuấn signed the 2055 cooperation plan between the Lao Ministry of National Defence and the Vietnamese Ministry of National Defence.',
    want: { has: [['Khamphan Sisouvong', 'SIGNED', 'cooperation plan'], ['Phạm Quốc Tuấn', 'SIGNED', 'cooperation plan']] },
  }],
  ['"the long-delayed littoral combat ship (LCS) programme ... the LCS scandal": an acronym lower-case words spell is a common noun\'s, no name, later too', {
    given: 'He was briefed on the long-delayed littoral combat ship (LCS) programme. The LCS scandal had shown the cost of such deals.',
    want: { absent: ['LCS'] },
  }],
  ['"The RM2.1 billion contract for the vessels", "signed a Dh1.4 billion contract with X": a currency\'s letters and an amount name no body and are no part of the agreement\'s name', {
    given: 'The RM2.1 billion contract for the vessels was signed in Seoul last Friday by the Defence Ministry. EDGE Group signed a Dh1.4 billion contract with Kazakhstan Engineering.',
    want: { has: [['EDGE Group', 'SIGNED', 'contract']], entities: [['contract for the vessels', 'agreement']], absent: ['RM2', 'billion contract for the vessels'] },
  }],
  ['"while Regional Command East (RC-E) is led by the United States": a unit a state leads acts on its orders; a person leading stays its leader', {
    given: 'RC-W includes contingents from Austria and Slovenia, while Regional Command East (RC-E) is led by the United States from Camp Bondsteel. The 5th Brigade is led by Colonel Ana Ruiz.',
    want: { has: [['Regional Command East', 'COMMANDED_BY', 'United States'], ['Ana Ruiz', 'LEADER_OF', '5th Brigade']] },
  }],
  ['"Demirbilek, a former commander of X, is the first Turkish officer to lead RC-W": the subject of "is the first ... to lead" leads what follows; not "was not the first"', {
    given: 'KFOR\'s Regional Command West (RC-W) is based in Peć. Colonel Tolga Demirbilek, a former commander of the 2nd Commando Brigade, is the first Turkish officer to lead RC-W. Colonel Ana Ruiz was not the first woman to command the 5th Brigade.',
    want: { has: [['Tolga Demirbilek', 'LEADER_OF', 'Regional Command West']], not: [['Ana Ruiz', 'LEADER_OF', '5th Brigade']] },
  }],
  ['"The Italian contingent handed over command of RC-W to the Turkish contingent": a command handed over is no help; a boat handed over is', {
    given: 'The Italian contingent handed over command of KFOR\'s Regional Command West (RC-W) to the Turkish contingent. Japan handed over a patrol boat to Ghana.',
    want: { has: [['Japan', 'ASSISTED', 'Ghana']], not: [['Italy', 'ASSISTED', 'Türkiye']] },
  }],
  ['"a ceremony at Camp Villaggio Italia ... the ceremony at Villaggio Italia": a camp is named without the word "Camp" too', {
    given: 'The ceremony was held at Camp Villaggio Italia in Peć. Defence Minister Ana Ruiz visited Villaggio Italia on Monday.',
    want: { has: [['Ana Ruiz', 'VISITED', 'Camp Villaggio Italia']] },
  }],
  ['"praised the Sassari brigade for helping the Kosovo Police" after "the Sassari Mechanized Brigade": one name word and a lower-case unit head refer back to the unit', {
    given: 'Most of the troops, from the Italian Army\'s Sassari Mechanized Brigade, returned to Italy last week. General Zoltán Kisvárdai praised the Sassari brigade for helping the Kosovo Police search for two missing hikers.',
    want: { has: [['Zoltán Kisvárdai', 'PRAISED', 'Sassari Mechanized Brigade'], ['Sassari Mechanized Brigade', 'ASSISTED', 'Kosovo Police']], not: [['Zoltán Kisvárdai', 'ASSISTED', 'Kosovo Police']] },
  }],
  ['"director of the Serbian government\'s Office for Kosovo and Metohija": a body\'s place complement goes on over "and" and one unknown word, and a demonym\'s possessing noun hands the post on to the body it possesses', {
    given: 'In Belgrade, Dragan Stojiljković, director of the Serbian government\'s Office for Kosovo and Metohija, on Tuesday criticized the Kosovo Security Force (KSF).',
    want: { has: [['Dragan Stojiljković', 'LEADER_OF', 'Office for Kosovo and Metohija'], ['Dragan Stojiljković', 'CRITICIZED', 'Kosovo Security Force']], not: [['Dragan Stojiljković', 'LEADER_OF', 'Serbia']] },
  }],
  ['"In Belgrade, Dragan Stojiljković, director of the office, criticized": a name set off after a place and before a post is its holder, not a place', {
    given: 'In Belgrade, Dragan Stojiljković, director of the office, criticized the force.',
    want: { entities: [['Dragan Stojiljković', 'person']] },
  }],
  ['"presented him with the Drastamat Kanayan Medal of the Ministry of Defense": the ministry that gives a named medal is no part of its name (an alias without it)', {
    given: 'Khachikyan thanked Hakobjanyan for his service and presented him with the Drastamat Kanayan Medal of the Ministry of Defense.',
    want: { has: [['Hakobjanyan', 'RECEIVED_AWARD', 'Drastamat Kanayan Medal']], entities: [['Drastamat Kanayan Medal', 'award']] },
  }],
  ['"the Chief of the General Staff of the Armed Forces ... first deputy chief of the General Staff": a bare state body is the one named before with an "of"', {
    given: 'YEREVAN, April 9. /NEWS.am/. The commander was introduced by the Chief of the General Staff of the Armed Forces, Lieutenant General Samvel Khachikyan. Major General Gor Hakobjanyan was appointed first deputy chief of the General Staff by the same decree.',
    want: { has: [['Gor Hakobjanyan', 'OFFICIAL_OF', 'General Staff of the Armed Forces']], absent: ['General Staff of Armenia'] },
  }],
  ['"He later commanded a motorized rifle regiment of the 1st Army Corps": what was led is the unnamed part, not the body it is of', {
    given: 'Colonel Narek Ayvazyan later commanded a motorized rifle regiment of the 1st Army Corps in Goris. Colonel Ali Khan commanded the 5th Brigade.',
    want: { has: [['Ali Khan', 'LEADER_OF', '5th Brigade']], not: [['Narek Ayvazyan', 'LEADER_OF', '1st Army Corps']] },
  }],
  ['"Major General X has been relieved of the post, NEWS.am reports": a name with a lower-case domain after a period is one name', {
    given: 'YEREVAN, April 9. /NEWS.am/. Major General Gor Hakobjanyan has been relieved of his post, NEWS.am reports, citing Civil.ge.',
    want: { entities: [['NEWS.am', 'organization'], ['Civil.ge', 'organization']], absent: ['NEWS'] },
  }],
  ['"served with the Armenian peacekeeping contingent in Kosovo": a demonym on an unnamed body of troops served with is not where, the place after "in" is', {
    given: 'Colonel Narek Ayvazyan served with the Armenian peacekeeping contingent in Kosovo in 2033.',
    want: { has: [['Narek Ayvazyan', 'DEPLOYED_TO', 'Kosovo']], not: [['Narek Ayvazyan', 'DEPLOYED_TO', 'Armenia']] },
  }],
  ['"links San Antonio del Táchira with Cúcuta": a saint\'s prefix (San, Santa, São, Saint, Sankt) opens a place\'s name, not a person\'s', {
    given: 'The bridge links San Antonio del Táchira with the Colombian city of Cúcuta. Sankt Pölten hosted the meeting.',
    want: { entities: [['San Antonio del Táchira', 'place'], ['Sankt Pölten', 'place']] },
  }],
  ['"As part of the operation, soldiers of the 21st Infantry Brigade were deployed to X": units deployed in a sentence opened by "As part of" an event take part in it', {
    given: 'The two ministers launched Operation Binational Shield on the bridge. As part of the operation, some 2,500 soldiers of the 21st Infantry Brigade were deployed to Ureña, while 1,800 troops of the Colombian Army\'s 30th Brigade moved into the Catatumbo region.',
    want: { has: [['21st Infantry Brigade', 'ATTENDED', 'Operation Binational Shield'], ['30th Brigade', 'ATTENDED', 'Operation Binational Shield']] },
  }],
  ['"thanked Colombia for its help in dismantling cocaine laboratories near the border last year": help in a task naming no body went to the thanker\'s state, when the task was done', {
    given: 'Venezuelan President Dionisio Carrasquero praised the agreement on Thursday night and thanked Colombia for its help in dismantling cocaine laboratories near the border last year.',
    want: { has: [['Colombia', 'ASSISTED', 'Venezuela']] },
  }],
  ['"GHANBATT 23 will take over from GHANBATT 22": a troop acronym (-BATT, -CON, -COY) with its rotation\'s number is a unit, and "the battalion" refers back to it', {
    given: 'In South Sudan, ZAMBATT 23 will take over from ZAMBATT 22, whose last 300 soldiers returned to Lusaka on Monday. The minister praised NORCOY for its work. ZAMBATT 23 left on Friday. The battalion is commanded by Colonel Ruth Banda.',
    want: { has: [['ZAMBATT 22', 'RETURNED_TO', 'Lusaka'], ['ZAMBATT 23', 'COMMANDED_BY', 'Ruth Banda']], entities: [['ZAMBATT 23', 'unit'], ['NORCOY', 'unit']] },
  }],
  ['"180 soldiers of the 12th-13th Line Battalion from Spa": two numbers joined by a hyphen open one unit\'s name', {
    given: 'The battalion has been replaced at Cincu by 180 soldiers of the 12th-13th Line Battalion from Spa, who arrived in Romania on April 3.',
    want: { entities: [['12th-13th Line Battalion', 'unit']], absent: ['Line Battalion'] },
  }],
  ['"The frigate returned to base on January 28, and its commanding officer, Commander X, was promoted": "its" after ", and" is the ship the sentence opens with', {
    given: 'The frigate NRP Cabral was deployed in May. The frigate returned to the Alfeite naval base on January 28, and its commanding officer, Commander Rita Paiva, was promoted to captain last week.',
    want: { has: [['Rita Paiva', 'LEADER_OF', 'NRP Cabral']] },
  }],
  ['"The head of state thanked X ... The head of government praised Y": the lower-case three-word posts refer back to a president and a prime minister named before', {
    given: 'Prime Minister Rui Teles and President Leonor Borges attended the ceremony. The head of state thanked Admiral Gonçalo Falcão for his service. The head of government praised Ana Costa.',
    want: { has: [['Leonor Borges', 'PRAISED', 'Gonçalo Falcão'], ['Rui Teles', 'PRAISED', 'Ana Costa']], not: [['Rui Teles', 'PRAISED', 'Gonçalo Falcão']] },
  }],
  ['"was also praised by the minister for the arrival of the vessels": "for" and a reason after a lower-case post is no portfolio, the post refers back', {
    given: 'Also present was Defence Minister Vasco Rebelo. Admiral Gonçalo Falcão was also praised by the minister for the arrival of the first patrol vessels. Navy chief Rui Costa was thanked by the minister for his work.',
    want: { has: [['Vasco Rebelo', 'PRAISED', 'Gonçalo Falcão'], ['Vasco Rebelo', 'PRAISED', 'Rui Costa']] },
  }],
  ['"LISBON ... sworn in as Chief of Staff of the Navy ... the Navy\'s frigate": a capitalised bare service in home copy, none named before, is the home state\'s, and is a short name of it', {
    given: 'LISBON, February 20. /Público/. Vice Admiral Tomás Arruda was sworn in as Chief of Staff of the Navy on Wednesday. The Navy\'s frigate NRP Cabral returned to port.',
    want: { has: [['Tomás Arruda', 'LEADER_OF', 'Navy of Portugal'], ['NRP Cabral', 'PART_OF', 'Navy of Portugal']], entities: [['Navy', 'organization']] },
  }],
  ['"La France Insoumise criticised the ministry": a Romance article, a state\'s name and a word are one organization\'s name', {
    given: 'The opposition party La France Insoumise criticised the Ministry of the Armed Forces on Friday.',
    want: { entities: [['La France Insoumise', 'organization']], absent: ['Insoumise'] },
  }],
  ['"criticised the Ministry of the Armed Forces": what a ministry is first "of" is its portfolio, not a body that owns it; a second "of" may name its owner', {
    given: 'The party criticised the Ministry of the Armed Forces. The Ministry of Defence of the Government of National Unity said the boats had arrived.',
    want: { has: [['Ministry of Defence of the Government of National Unity', 'PART_OF', 'Government of National Unity']], absent: ['Armed Forces'] },
  }],
  ['"the annual ministerial meeting ... after the closing session. The embassy criticised the meeting": a part of a gathering named since is not the gathering "the meeting" is', {
    given: 'Ministers met in Budva for the annual ministerial meeting. Raicevic spoke to reporters after the closing session. The Russian Embassy criticised the meeting in a statement.',
    want: { has: [['Embassy of Russia', 'CRITICIZED', 'annual ministerial meeting']], not: [['Embassy of Russia', 'CRITICIZED', 'closing session']] },
  }],
  ['"assembled under a licence agreement signed with the European Union in December 2049": the party an agreement was signed with signed it, no signer named', {
    given: 'The tanks were assembled at the plant in Gliwice under a licence agreement signed with the European Union in December 2049.',
    want: { has: [['European Union', 'SIGNED', 'licence agreement']] },
  }],
  ['"decorated Colonel X for the brigade\'s part in the Iron Wolf 2051-II exercise": whose part in an event it was took part in it', {
    given: 'The 34th Brigade received new tanks. The minister decorated Colonel Jan Roe for the brigade\'s part in the Iron Wolf 2051-II exercise in Lithuania last autumn.',
    want: { has: [['34th Brigade', 'ATTENDED', 'Iron Wolf 2051-II exercise']], not: [['Jan Roe', 'ATTENDED', 'Iron Wolf 2051-II exercise']] },
  }],
  ['"Lytvynenko then awarded her the Order of Prince Yaroslav the Wise": "her" before an article is the object, and an epithet ends the award\'s name', {
    given: 'Norwegian Defence Minister Marte Fjellheim met Ukrainian Defence Minister Oksana Lytvynenko. Lytvynenko then awarded her the Order of Prince Yaroslav the Wise, fifth class.',
    want: { has: [['Marte Fjellheim', 'RECEIVED_AWARD', 'Order of Prince Yaroslav the Wise']], not: [['Oksana Lytvynenko', 'RECEIVED_AWARD', 'Order of Prince Yaroslav the Wise']], absent: ['Wise'] },
  }],
  ['"decorated X with the Gold Medal of the Armed Forces in the Service of the Fatherland": an award\'s name goes on "in the Service of" whom it honours', {
    given: 'At the end of the ceremony, the minister decorated Colonel Jan Pietrzykowski with the Gold Medal of the Armed Forces in the Service of the Fatherland.',
    want: { has: [['Jan Pietrzykowski', 'RECEIVED_AWARD', 'Gold Medal of the Armed Forces in the Service of the Fatherland']], absent: ['Service of the Fatherland'] },
  }],
  ['"the regiment has been deployed to X island to help residents" assists X; "deployed to Y to help police end fighting" helps the police, not Y', {
    given: 'About 800 members of the 12th Infantry Regiment have been deployed to Amami-Oshima island to help residents cut off by landslides. The 1st Battalion was deployed to Enga Province in March to help police end tribal fighting.',
    want: { has: [['12th Infantry Regiment', 'ASSISTED', 'Amami-Oshima island']], not: [['1st Battalion', 'ASSISTED', 'Enga Province']] },
  }],
  ['"Colonel X, who flew to the island on Monday with the first 200 soldiers": going somewhere with troops is being deployed there, not visiting', {
    given: 'The regiment is led by Colonel Daisuke Hirokawa, who flew to the island of Amami on Monday with the first 200 soldiers aboard transport planes.',
    want: { has: [['Daisuke Hirokawa', 'DEPLOYED_TO', 'Amami']], not: [['Daisuke Hirokawa', 'VISITED', 'Amami']] },
  }],
  ['"deployed to Amami-Oshima island ... visited Amami-Oshima": a lower-case island head names the island without it too', {
    given: 'About 800 soldiers have been deployed to Amami-Oshima island to help residents. Defense Minister Yoko Shirasaka visited Amami-Oshima on Tuesday.',
    want: { has: [['Yoko Shirasaka', 'VISITED', 'Amami-Oshima island']], absent: [] },
  }],
  ['"Singapore and Australia have flown in tents and medical supplies, while Malaysia sent a field hospital team": relief a foreign state sends with no recipient helps the dateline\'s state', {
    given: 'JAKARTA, September 15. /Antara/. The earthquake killed 212 people in Indonesia. Singapore and Australia have flown in tents and medical supplies aboard military aircraft, while Malaysia sent a 60-strong field hospital team that landed in Mataram on Monday.',
    want: { has: [['Singapore', 'ASSISTED', 'Indonesia'], ['Australia', 'ASSISTED', 'Indonesia'], ['Malaysia', 'ASSISTED', 'Indonesia']] },
  }],
  ['"commanded by the head of the Udayana Military Regional Command (Kodam IX/Udayana), Major General X": a short name with a slash in brackets is the body\'s, and the holder after it heads the body', {
    given: 'The task force is commanded by the head of the Udayana Military Regional Command (Kodam IX/Udayana), Major General I Ketut Arsana Wibawa.',
    want: { has: [['I Ketut Arsana Wibawa', 'LEADER_OF', 'Udayana Military Regional Command']], absent: ['Kodam IX'] },
  }],
  ['"Led by Colonel X, the brigade flew from Bandung": who a fronted "led by" names leads the unit after the comma', {
    given: 'The 5th Brigade was sent to Sumbawa. Led by Colonel Rahmat Nugraha, the brigade flew from Bandung on Monday.',
    want: { has: [['Rahmat Nugraha', 'LEADER_OF', '5th Brigade']] },
  }],
  ['"the battalion flew from Bandung to Sumbawa Besar": a name after "to" in a move from a named place is a place too', {
    given: 'Led by Lieutenant Colonel Rahmat Nugraha, the battalion flew from Bandung to Sumbawa Besar on September 6.',
    want: { entities: [['Sumbawa Besar', 'place']] },
  }],
  ['"soldiers of the Army Strategic Reserve Command\'s (Kostrad) 9th Combat Engineer Battalion": a possessor\'s short name in brackets does not break its ownership of the unit', {
    given: 'More than 400 soldiers of the Army Strategic Reserve Command\'s (Kostrad) 9th Combat Engineer Battalion have been deployed to Sumbawa island.',
    want: { has: [['9th Combat Engineer Battalion', 'PART_OF', 'Army Strategic Reserve Command']] },
  }],
  ['"who had commanded the FAR\'s Southern Zone since 2047": a body\'s named zone is its formation, which its commander led', {
    given: 'General Abdelhak Slaoui, who had commanded the FAR\'s Southern Zone since 2047, succeeds General Driss Lamrani.',
    want: { has: [['Abdelhak Slaoui', 'LEADER_OF', 'Southern Zone'], ['Southern Zone', 'PART_OF', 'FAR']], entities: [['Southern Zone', 'unit']] },
  }],
  ['"the commander of the ANT\'s 5th Defence and Security Zone, General X": a body\'s numbered zone is its formation, which the commander leads', {
    given: 'During the ceremony, the commander of the ANT\'s 5th Defence and Security Zone, General Saleh Ahmat Tenin, signed the handover protocol.',
    want: { has: [['Saleh Ahmat Tenin', 'LEADER_OF', '5th Defence and Security Zone'], ['5th Defence and Security Zone', 'PART_OF', 'ANT']], entities: [['5th Defence and Security Zone', 'unit']] },
  }],
  ['"A and the commander of the ANT\'s 5th Defence and Security Zone, General B, signed X": the bodies a post names between "and" and its holder do not break the list of signers', {
    given: 'During the ceremony, Colonel Gaspard Vallerand and the commander of the ANT\'s 5th Defence and Security Zone, General Saleh Ahmat Tenin, signed the handover protocol.',
    want: { has: [['Gaspard Vallerand', 'SIGNED', 'handover protocol'], ['Saleh Ahmat Tenin', 'SIGNED', 'handover protocol']] },
  }],
  ['"A and B signed the handover protocol": an event word before an agreement\'s head modifies the agreement', {
    given: 'Colonel Gaspard Vallerand and General Saleh Ahmat Tenin signed the handover protocol on Friday.',
    want: { has: [['Gaspard Vallerand', 'SIGNED', 'handover protocol'], ['Saleh Ahmat Tenin', 'SIGNED', 'handover protocol']], entities: [['handover protocol', 'agreement']] },
  }],
  ['"the 2nd Foreign Infantry Regiment (2e REI), which had deployed to X ... The 2e REI returned": an acronym after its ordinal in figures is the unit\'s short name', {
    given: 'Most of the soldiers were legionnaires of the 2nd Foreign Infantry Regiment (2e REI), which had deployed to Abeche in October under the command of Colonel Gaspard Vallerand. The 2e REI returned to Nimes on Sunday.',
    want: { has: [['2nd Foreign Infantry Regiment', 'DEPLOYED_TO', 'Abeche'], ['2nd Foreign Infantry Regiment', 'COMMANDED_BY', 'Gaspard Vallerand'], ['2nd Foreign Infantry Regiment', 'RETURNED_TO', 'Nimes']], absent: ['REI'] },
  }],
  ['"Last year\'s edition, Brotherhood Shield-2051, was held at X": a name joined to its year set off after an event\'s word is that edition, not this year\'s', {
    given: 'The two armies would hold a joint exercise, Brotherhood Shield-2052, in Nakhchivan in September. Last year\'s edition, Brotherhood Shield-2051, was held at the Sarikamis training area in October and was attended by Lieutenant General Orhan Yesiltepe.',
    want: { has: [['Orhan Yesiltepe', 'ATTENDED', 'Brotherhood Shield-2051'], ['Brotherhood Shield-2051', 'LOCATED_IN', 'Sarikamis training area']], not: [['Orhan Yesiltepe', 'ATTENDED', 'Brotherhood Shield-2052']] },
  }],
  ['"who was in Brussels for a meeting of EU defence ministers and did not attend": a verb after "and" ends the meeting\'s complement', {
    given: 'Defence Minister Stavros Melissinos, who was in Brussels for a meeting of EU defence ministers and did not attend, said the frigate would sail in June.',
    want: { has: [['meeting of EU defence ministers', 'LOCATED_IN', 'Brussels']], entities: [['meeting of EU defence ministers', 'event']] },
  }],
  ['"the frigate X, which has returned from four months with the EU\'s naval operation in the Red Sea, EUNAVFOR Aspides": the operation named after its head is an event the ship took part in, where it was deployed', {
    given: 'ATHENS, May 23. /ANA/. Officials visited the Salamis Naval Base on Wednesday to welcome home the frigate Nearchos, which has returned from four months with the European Union\'s naval operation in the Red Sea, EUNAVFOR Aspides. The whole of Greece is proud.',
    want: { has: [['Nearchos', 'ATTENDED', 'EUNAVFOR Aspides'], ['Nearchos', 'DEPLOYED_TO', 'Red Sea'], ['Nearchos', 'RETURNED_TO', 'Greece']], entities: [['EUNAVFOR Aspides', 'event']] },
  }],
  ['"The 5th Brigade returned. Minister X praised its soldiers": a unit\'s people after "its" stand for the unit praised', {
    given: 'The 5th Brigade returned from Latvia on Monday. Defence Minister Jane Roe praised its soldiers.',
    want: { has: [['Jane Roe', 'PRAISED', '5th Brigade']] },
  }],
  ['"took part in the Greek-led exercise Argo 51 in the Ionian Sea": a compound of who leads it modifies the exercise, which the code name names', {
    given: 'On Thursday, the corvette Dubrovnik took part in the Greek-led exercise Argo 51 in the Ionian Sea.',
    want: { has: [['Dubrovnik', 'ATTENDED', 'Argo 51'], ['Argo 51', 'LOCATED_IN', 'Ionian Sea']], entities: [['Argo 51', 'event']] },
  }],
  ['"the minehunter X made port calls in Bar and Durres"; "the corvette Y will make port calls at Alexandria": a port call is a deployment there, a planned one none yet', {
    given: 'The minehunter Korcula made port calls in Bar and Durres. The corvette Ghazanfar sailed for Karachi and will make port calls at Alexandria and Jeddah on its way home.',
    want: { has: [['Korcula', 'DEPLOYED_TO', 'Bar'], ['Korcula', 'DEPLOYED_TO', 'Durres']], not: [['Ghazanfar', 'DEPLOYED_TO', 'Alexandria']] },
  }],
  ['"the minehunter X, whose commanding officer is Lieutenant Commander Y,": the person a unit\'s post is said to be holds it', {
    given: 'Meanwhile, the minehunter Korcula, whose commanding officer is Lieutenant Commander Petra Jukic, has been serving with the group. The 5th Brigade, whose commander is Colonel Ivan Horvat, returned.',
    want: { has: [['Petra Jukic', 'LEADER_OF', 'Korcula'], ['Ivan Horvat', 'LEADER_OF', '5th Brigade']] },
  }],
  ['"the minehunter X has been serving with Standing NATO Mine Countermeasures Group 2 and is now at Souda Bay": the formation served with is not the unit sent', {
    given: 'The minehunter Korcula has been serving with Standing NATO Mine Countermeasures Group 2 since early April and is now at Souda Bay.',
    want: { has: [['Korcula', 'DEPLOYED_TO', 'Souda Bay']], not: [['Standing NATO Mine Countermeasures Group 2', 'DEPLOYED_TO', 'Souda Bay']] },
  }],
  ['"the 1st Battalion, which returned last week from a six-month mission with the EU force in Bosnia": a unit back from a tour is back home and was deployed where the tour was', {
    given: 'SOFIA, June 15. /BTA/. President Stanimir Kolev on Tuesday decorated 14 soldiers of the 1st Mechanised Battalion, which returned last week from a six-month mission with the European Union\'s peacekeeping force in Bosnia and Herzegovina. "You carried the Bulgarian flag with honour," Kolev said.',
    want: { has: [['1st Mechanised Battalion', 'RETURNED_TO', 'Bulgaria'], ['1st Mechanised Battalion', 'DEPLOYED_TO', 'Bosnia and Herzegovina']] },
  }],
  ['"President X presented the order Y to 14 soldiers. Among those decorated was Colonel A. Corporal B was also decorated": a bare decorating is the award named last', {
    given: 'President Stanimir Kolev on Tuesday presented the order "For Military Merit" to 14 soldiers of the 1st Mechanised Battalion. Among those decorated was the battalion\'s commander, Lieutenant Colonel Plamen Dochev. Corporal Maria Yordanova was also decorated, for helping to evacuate 40 residents.',
    want: { has: [['Plamen Dochev', 'RECEIVED_AWARD', 'For Military Merit'], ['Maria Yordanova', 'RECEIVED_AWARD', 'For Military Merit']] },
  }],
  ['"the Chief of Defence of the Bulgarian Army, General X": "chief of defence" is a post of its own, of the body after it', {
    given: 'The ceremony was attended by the Chief of Defence of the Bulgarian Army, General Atanas Velichkov.',
    want: { has: [['Atanas Velichkov', 'LEADER_OF', 'Army of Bulgaria']], not: [['Atanas Velichkov', 'LEADER_OF', 'Bulgaria']] },
  }],
  ['"Accompanied by the Chief of Defence, General X, the minister was received by Y": the name after a post holds that post, and "the minister" is another person', {
    given: 'Defence Minister Claudine Weis on Thursday travelled to Rukla. Accompanied by the Chief of Defence, General Marc Kremer, the minister was received at the camp by the commander of the battlegroup, Lieutenant Colonel Jorg Neubauer.',
    want: { has: [['Claudine Weis', 'MET_WITH', 'Jorg Neubauer']], not: [['Marc Kremer', 'MET_WITH', 'Jorg Neubauer']] },
  }],
  ['"the European Union\'s peacekeeping force in Bosnia, EUFOR Althea." and later "EUFOR": a force a body possesses, named after it, is the body\'s, and its acronym names it alone', {
    given: 'The battalion served with the European Union\'s peacekeeping force in Bosnia and Herzegovina, EUFOR Althea. The headquarters of EUFOR is in Sarajevo.',
    want: { has: [['EUFOR Althea', 'PART_OF', 'European Union']], entities: [['EUFOR Althea', 'organization'], ['EUFOR', 'organization']] },
  }],
  ['"the 2nd Battalion of the 5th Infantry Brigade": a numbered unit of a numbered unit is part of it, and the owner is a unit of its own', {
    given: 'Soldiers of the 2nd Battalion of the 5th Infantry Brigade returned home on Friday.',
    want: { has: [['2nd Battalion of the 5th Infantry Brigade', 'PART_OF', '5th Infantry Brigade']], entities: [['5th Infantry Brigade', 'unit']] },
  }],
  ['"The meeting was opened by Minister X, who chaired it": "it" after a verb of gatherings is the meeting, not the state named before', {
    given: 'Ministers met in Budva on Wednesday for the annual meeting of the Adriatic Group, which Montenegro chairs this year. The meeting was opened by Defence Minister Jelena Raicevic, who chaired it.',
    want: { has: [['Jelena Raicevic', 'ATTENDED', 'annual meeting of the Adriatic Group']], not: [['Jelena Raicevic', 'LEADER_OF', 'Montenegro']] },
  }],
  ['"X, the Pentagon\'s Deputy Assistant Secretary of Defense for Policy": "assistant secretary" is a post, not a name', {
    given: 'The United States was represented by Lauren Mercado, the Pentagon\'s Deputy Assistant Secretary of Defense for European and NATO Policy.',
    want: { has: [['Lauren Mercado', 'OFFICIAL_OF', 'Pentagon']], absent: ['Assistant'] },
  }],
  ['"Chile and Peru were represented by their defence ministers, A and B respectively, while Bolivia sent Deputy Minister C": states that field officials pair with them in order, and they attend the meeting', {
    given: 'Defence ministers from five countries met in Quito on Tuesday for the regional security conference. Chile and Peru were represented by their defence ministers, Tomas Ibarra and Lucia Menendez respectively, while Bolivia sent Deputy Defence Minister Rafael Quispe. Paraguay and Uruguay, which hold observer status, sent state secretaries Ana Benitez and Mario Ferreira.',
    want: { has: [['Tomas Ibarra', 'OFFICIAL_OF', 'Chile'], ['Lucia Menendez', 'OFFICIAL_OF', 'Peru'], ['Rafael Quispe', 'OFFICIAL_OF', 'Bolivia'], ['Ana Benitez', 'OFFICIAL_OF', 'Paraguay'], ['Mario Ferreira', 'OFFICIAL_OF', 'Uruguay'], ['Tomas Ibarra', 'ATTENDED', 'regional security conference'], ['Rafael Quispe', 'ATTENDED', 'regional security conference'], ['Mario Ferreira', 'ATTENDED', 'regional security conference']], not: [['Lucia Menendez', 'OFFICIAL_OF', 'Chile'], ['Ana Benitez', 'OFFICIAL_OF', 'Uruguay']] },
  }],
  ['"X, deputy chief of mission at the Chinese Embassy in Tokyo": a post held "at" a body is that body\'s', {
    given: 'On Friday morning, the director lodged a protest with Lu Lianfeng, deputy chief of mission at the Chinese Embassy in Tokyo.',
    want: { has: [['Lu Lianfeng', 'OFFICIAL_OF', 'Embassy of China']] },
  }],
  ['"Prime Minister X convened the National Security Council on Friday afternoon for a meeting attended by A and B": a meeting attended is a gathering, and who convened it takes part', {
    given: 'Prime Minister Kenta Morishima convened the National Security Council on Friday afternoon for a meeting attended by Foreign Minister Haruka Isono and Defense Minister Tetsuya Hamada.',
    want: { has: [['Kenta Morishima', 'ATTENDED', 'meeting'], ['Haruka Isono', 'ATTENDED', 'meeting'], ['Tetsuya Hamada', 'ATTENDED', 'meeting']], entities: [['meeting', 'event']] },
  }],
  ['"who visited the Ground Self-Defense Force\'s Camp Ishigaki on June 5": the place a body owns is what is visited, not the body', {
    given: 'Defense Minister Tetsuya Hamada, who visited the Ground Self-Defense Force\'s Camp Ishigaki on June 5, told reporters that flights would increase.',
    want: { has: [['Tetsuya Hamada', 'VISITED', 'Camp Ishigaki']], not: [['Tetsuya Hamada', 'VISITED', 'Ground Self-Defense Force']] },
  }],
  ['"returned home in March after six months in Somalia": the place they were is no place returned to; "returned home to Split" is', {
    given: 'The frigate Hydra returned home to Split on Friday after four months in the Red Sea. Soldiers of the 1st Army Brigade returned home in March after six months in Somalia.',
    want: { has: [['Hydra', 'RETURNED_TO', 'Split']], not: [['1st Army Brigade', 'RETURNED_TO', 'Somalia']] },
  }],
  ['"was presented with the Medal for Merit in Defence and Security"; "the Medal for Bravery in Obrenovac": an award "for" merit goes on "in" a portfolio\'s field, not in a place', {
    given: 'Colonel Petar Zhelev was presented with the Medal for Merit in Defence and Security by the minister. Major Jelena Vasic received the Medal for Bravery in Obrenovac last May.',
    want: { has: [['Petar Zhelev', 'RECEIVED_AWARD', 'Medal for Merit in Defence and Security'], ['Jelena Vasic', 'RECEIVED_AWARD', 'Medal for Bravery']], absent: ['Medal for Bravery in Obrenovac'] },
  }],
  ['"visited the Bulgarian Air Force\'s 3rd Air Base at Graf Ignatievo ... The base\'s commander, Colonel X": a base named as a formation is the base referred to', {
    given: 'The delegation visited the Bulgarian Air Force\'s 3rd Air Base at Graf Ignatievo. The base\'s commander, Colonel Petar Zhelev, welcomed them.',
    want: { has: [['Petar Zhelev', 'LEADER_OF', '3rd Air Base']] },
  }],
  ['"Minister A signed a memorandum with her Latvian counterpart, B. The minister thanked Latvia for its help in housing and supplying the Slovak troops": "The minister" opening a sentence is the one the sentence before opened with; the one thanked does the gerund it is thanked for', {
    given: 'Defence Minister Ivana Hrabova signed a memorandum with her Latvian counterpart, Edgars Ziedins, in Riga. The minister thanked Latvia for its help in housing and supplying the Slovak troops.',
    want: { has: [['Ivana Hrabova', 'PRAISED', 'Latvia'], ['Latvia', 'ASSISTED', 'Slovakia']], not: [['Edgars Ziedins', 'ASSISTED', 'Slovakia'], ['Ivana Hrabova', 'ASSISTED', 'Slovakia']] },
  }],
  ['"X signed a memorandum on training with her Latvian counterpart, Y, in Riga": the person apposed to the counterpart signs too', {
    given: 'Defence Minister Ivana Hrabova signed a memorandum on training with her Latvian counterpart, Edgars Ziedins, in Riga.',
    want: { has: [['Edgars Ziedins', 'SIGNED', 'memorandum on training'], ['Ivana Hrabova', 'SIGNED', 'memorandum on training']] },
  }],
  ['"Six F-16 fighters of the Slovak Air Force\'s 1st Tactical Squadron, which is based at Sliač, and four Czech F-35A jets of the 211th Tactical Squadron took part": a counted group of the next item, with its demonym and model, keeps the list going', {
    given: 'Six F-16 fighters of the Slovak Air Force\'s 1st Tactical Squadron, which is based at Sliač, and four Czech F-35A jets of the 211th Tactical Squadron took part in the exercise Tatra Shield. Soldiers of the 1st Battalion and marines of the 2nd Brigade took part in the exercise Iron Lynx.',
    want: { has: [['1st Tactical Squadron', 'ATTENDED', 'Tatra Shield'], ['211th Tactical Squadron', 'ATTENDED', 'Tatra Shield'], ['1st Battalion', 'ATTENDED', 'Iron Lynx'], ['2nd Brigade', 'ATTENDED', 'Iron Lynx']] },
  }],
  ['"The contingent, known as Battle Group Rwenzori and drawn mainly from the UPDF\'s Mountain Division, ... It is commanded by X": a "Battle Group" name; a known-as name makes a new unit when nothing before is the contingent; no cue word inside the name', {
    given: 'President Amos Tumwine flagged off 1,100 soldiers of the Uganda People\'s Defence Forces (UPDF) for deployment in eastern Democratic Republic of Congo. The contingent, known as Battle Group Rwenzori and drawn mainly from the UPDF\'s Mountain Division, will be based in Rutshuru. It is commanded by Brig Gen Moses Kato, who led the division until June.',
    want: { has: [['Battle Group Rwenzori', 'COMMANDED_BY', 'Moses Kato']], entities: [['Battle Group Rwenzori', 'unit']], not: [['Battle Group Rwenzori', 'FOUGHT_AGAINST', 'Mountain Division'], ['Mountain Division', 'COMMANDED_BY', 'Moses Kato']] },
  }],
  ['"was decorated by X with the Emblem of Honour of the Romanian Army": an emblem of honour is an award', {
    given: 'Colonel Piet Vanwalle, who led the battle group for a year, was decorated by Minister Cristian Balan with the Emblem of Honour of the Romanian Army before leaving.',
    want: { has: [['Piet Vanwalle', 'RECEIVED_AWARD', 'Emblem of Honour of the Romanian Army']], entities: [['Emblem of Honour of the Romanian Army', 'award']] },
  }],
  ['"Command of the Multinational Battle Group in Poland passed on Thursday from Colonel A to Colonel B": command as the subject of a verb of passing goes to the one after "to"', {
    given: 'Command of NATO\'s Multinational Battle Group in Poland passed on Thursday from Belgian Colonel Piet Vanwalle to French Colonel Arno Delcourt at a ceremony.',
    want: { has: [['Arno Delcourt', 'LEADER_OF', 'Multinational Battle Group in Poland']], not: [['Piet Vanwalle', 'LEADER_OF', 'Multinational Battle Group in Poland']] },
  }],
  ['"Command of NATO\'s Multinational Battle Group in Romania passed on Thursday from A to B ... praised the Romanian soldiers": command opening a sentence is no body; a battle group "in" a state is named so, and is not that state\'s', {
    given: 'Command of NATO\'s Multinational Battle Group in Romania passed on Thursday from Colonel Piet Vanwalle to Colonel Arno Delcourt. Romania\'s 282nd Mechanised Infantry Brigade took part in the exercise. The minister praised the Romanian soldiers.',
    want: { has: [['Multinational Battle Group in Romania', 'PART_OF', 'NATO']], entities: [['Multinational Battle Group in Romania', 'unit']], not: [['Command of NATO\'s Multinational Battle Group', 'PART_OF', 'NATO']] },
  }],
  ['"the United Nations Interim Force in Lebanon (UNIFIL) ... by the head of the mission, Spanish Maj Gen X": a multinational force is the mission', {
    given: 'Irish troops serve with the United Nations Interim Force in Lebanon (UNIFIL). The medal was presented by the head of the mission, Spanish Maj Gen Tomas Lasar.',
    want: { has: [['Tomas Lasar', 'LEADER_OF', 'United Nations Interim Force in Lebanon']] },
  }],
  ['"The Tánaiste and Minister for Defence, X" in Irish copy: the Irish deputy prime minister\'s title, coordinated with a minister\'s post', {
    given: 'DUBLIN, May 19. /The Irish Times/. Irish troops serve in Lebanon. The Tánaiste and Minister for Defence, Niamh Ruane, praised the battalion.',
    want: { has: [['Niamh Ruane', 'OFFICIAL_OF', 'Ireland']] },
  }],
  ['"The 177th Infantry Battalion has taken over from the 176th Infantry Battalion ... The outgoing troops, who flew home to Dublin, had been presented with the UNIFIL Medal ... by General X": the outgoing side of a handover told before', {
    given: 'Some 340 soldiers of the 177th Infantry Battalion have taken over from the 176th Infantry Battalion in south Lebanon. "You have earned their trust," the commander said. The outgoing troops, who flew home to Dublin on Wednesday night, had been presented with the UNIFIL Medal at a parade in Naqoura on May 5 by the head of mission, Maj Gen Tomas Lasar.',
    want: { has: [['176th Infantry Battalion', 'RECEIVED_AWARD', 'UNIFIL Medal'], ['176th Infantry Battalion', 'RETURNED_TO', 'Dublin']], not: [['Tomas Lasar', 'RECEIVED_AWARD', 'UNIFIL Medal'], ['177th Infantry Battalion', 'RETURNED_TO', 'Dublin']] },
  }],
  ['"BELGRADE ... Minister X arrived in Sofia on Monday for a two-day visit to Bulgaria ... X was later received by Prime Minister Y": the host of a visitor abroad is the visited state\'s, not the dateline\'s', {
    given: 'BELGRADE, June 8. /Kurir/. Defence Minister Dragan Milic arrived in Sofia on Monday for a two-day official visit to Bulgaria. He held talks with his counterpart. Milic, who was accompanied by the Chief of the General Staff, was later received by Prime Minister Rumen Bozev.',
    want: { has: [['Rumen Bozev', 'LEADER_OF', 'Bulgaria']] },
  }],
  ['"a Ministry of Defence (Mindef) spokesman, Colonel X, said": the body before a lower-case post, past its acronym in brackets', {
    given: 'SINGAPORE, July 26. /The Straits Times/. The centre will be staffed by 36 officers, a Ministry of Defence (Mindef) spokesman, Colonel Gabriel Lim, said in a statement.',
    want: { has: [['Gabriel Lim', 'OFFICIAL_OF', 'Ministry of Defence']] },
  }],
  ['"the Indonesian Navy\'s base ... Singapore\'s Chief of Navy, Rear-Admiral X": the service closing a post a state possesses is that state\'s, not the one named last', {
    given: 'The centre is housed at the Indonesian Navy\'s base in Sekupang. Singapore\'s Chief of Navy, Rear-Admiral Tan Wei Ming, signed a memorandum on Monday.',
    want: { has: [['Tan Wei Ming', 'LEADER_OF', 'Navy of Singapore']], not: [['Tan Wei Ming', 'LEADER_OF', 'Navy of Indonesia']] },
  }],
  ['"... a military parade on Saturday. On Friday, at a ceremony, ... Also on parade were 140 soldiers of the 1st Army Brigade": units on parade take part in the parade named before', {
    given: 'More than 4,500 soldiers took part in a military parade in Belgrade on Saturday. On Friday, at a ceremony at the Palace of Serbia, the president decorated 26 officers. Also on parade were 140 soldiers of the 1st Army Brigade.',
    want: { has: [['1st Army Brigade', 'ATTENDED', 'military parade']], not: [['1st Army Brigade', 'ATTENDED', 'ceremony']] },
  }],
  ['"... a military parade at Ušće on Saturday. On Friday, at a ceremony ... Among the foreign guests at Ušće were A and B": guests at a place attend the event named with that place, not the event named last', {
    given: 'More than 4,500 soldiers took part in a military parade at Ušće on Saturday. On Friday, at a ceremony at the Palace of Serbia, the president decorated 26 officers. Among the foreign guests at Ušće were Belarusian Defence Minister Viktar Lasko and China\'s ambassador to Serbia, Qin Hao.',
    want: { has: [['Viktar Lasko', 'ATTENDED', 'military parade'], ['Qin Hao', 'ATTENDED', 'military parade']], not: [['Viktar Lasko', 'ATTENDED', 'ceremony']] },
  }],
  ['"X joined some 40 heads of state and government in Abidjan on the weekend for the 32nd Summit of La Francophonie"; "Y arrived in Abidjan on Friday for the summit": who comes for a gathering takes part in it', {
    given: 'Prime Minister Jonas Lefort joined some 40 heads of state and government in Abidjan on the weekend for the 32nd Summit of La Francophonie. President Ruth Keller arrived in Abidjan on Friday for the summit.',
    want: { has: [['Jonas Lefort', 'ATTENDED', '32nd Summit of La Francophonie'], ['Ruth Keller', 'ATTENDED', '32nd Summit of La Francophonie']] },
  }],
  ['"Among the leaders gathered at the Hotel Ivoire, in the city\'s Cocody district, were A, B and C": those gathered attend the event named before, past a place set off by commas', {
    given: 'Prime Minister Jonas Lefort arrived in Abidjan for the 32nd Summit of La Francophonie. Among the leaders gathered at the Hotel Ivoire, in the city\'s Cocody district, were French President Anne Varon, Swiss President Ruth Keller and Armenian Prime Minister Arsen Vardanyan.',
    want: { has: [['Anne Varon', 'ATTENDED', '32nd Summit of La Francophonie'], ['Arsen Vardanyan', 'ATTENDED', '32nd Summit of La Francophonie']] },
  }],
  ['"ENCARNACIÓN, August 16. /El Ribereño/. President X ...": a dateline city that is no capital, of an outlet of no known state, is in its state (from the city gazetteer)', {
    given: 'ENCARNACIÓN, August 16. /El Ribereño/. Paraguayan and Argentine troops ended a joint patrol on Saturday. President Lorena Duarte, who flew to the city on Sunday, praised the soldiers. The Minister of National Defence, Celso Benítez, visited the task force.',
    want: { has: [['Lorena Duarte', 'LEADER_OF', 'Paraguay'], ['Celso Benítez', 'OFFICIAL_OF', 'Paraguay']] },
  }],
  ['"support for KAZBAT, the Kazakh Armed Forces\' peacekeeping battalion, whose officers have trained at Emirati military schools": an acronym apposed to a unit word is a unit; "trained at" a place trains no one there', {
    given: 'Darkhan Nurov praised the UAE\'s support for KAZBAT, the Kazakh Armed Forces\' peacekeeping battalion, whose officers have trained at Emirati military schools since 2046. A KAZBAT company was deployed to Lebanon in March last year.',
    want: { has: [['KAZBAT', 'DEPLOYED_TO', 'Lebanon'], ['United Arab Emirates', 'ASSISTED', 'KAZBAT']], not: [['Armed Forces of Kazakhstan', 'ASSISTED', 'United Arab Emirates']], entities: [['KAZBAT', 'unit']] },
  }],
  ['"President A then witnessed the signing of a defence cooperation agreement by B, Minister of State for Defence Affairs, and Kazakh Defence Minister C": the signing is a gathering A attends, the agreement past its modifiers is what B and C sign, a capitalised post apposed to B closes B\'s item', {
    given: 'President Erlan Bekov then witnessed the signing of a defence cooperation agreement by Omar Saeed Al Hamli, Minister of State for Defence Affairs, and Kazakh Defence Minister Colonel General Daulet Temirov.',
    want: { has: [['Erlan Bekov', 'ATTENDED', 'signing'], ['Omar Saeed Al Hamli', 'SIGNED', 'defence cooperation agreement'], ['Daulet Temirov', 'SIGNED', 'defence cooperation agreement']], entities: [['signing', 'event'], ['defence cooperation agreement', 'agreement']] },
  }],
  ['"welcomed the signing of the protocol": a signing only welcomed is no gathering', {
    given: 'The European mission welcomed the signing of a border delimitation protocol by Armen Sarkis and Elnur Aliev.',
    want: { has: [['Armen Sarkis', 'SIGNED', 'border delimitation protocol']], absent: ['signing'] },
  }],
  ['"His Highness Sheikh Omar bin Rashid Al Qasimi, President of the UAE, received ...": a form of address opening the sentence begins the name, and its "His" is no pronoun', {
    given: 'His Highness Sheikh Omar bin Rashid Al Qasimi, President of the UAE, received President Dana Ospanova of Kazakhstan in Abu Dhabi on Monday.',
    want: { has: [['Omar bin Rashid Al Qasimi', 'LEADER_OF', 'United Arab Emirates'], ['Omar bin Rashid Al Qasimi', 'MET_WITH', 'Dana Ospanova']], not: [['Dana Ospanova', 'LEADER_OF', 'United Arab Emirates']] },
  }],
  ['"closing a two-day summit in the Ethiopian capital ... At the opening of the 38th ordinary session of the Assembly of the African Union": a counted session of a body names the gathering introduced a few sentences before', {
    given: 'African leaders on Sunday elected a new chairperson, closing a two-day summit in the Ethiopian capital. She won the vote in the sixth round. He replaces Moussa Abakar. At the opening of the 38th ordinary session of the Assembly of the African Union on Saturday, President Manuel Louro took over the chairmanship.',
    want: { has: [['38th ordinary session of the Assembly of the African Union', 'LOCATED_IN', 'Addis Ababa']] },
  }],
  ['"About 1,200 Turkish soldiers, including commandos from the 3rd Commando Brigade of the Turkish Land Forces, were deployed to Nakhchivan": a unit in an ", including" apposition of the subject is deployed too', {
    given: 'About 1,200 Turkish soldiers, including commandos from the 3rd Commando Brigade of the Turkish Land Forces, were deployed to Nakhchivan for the drills.',
    want: { has: [['3rd Commando Brigade of the Turkish Land Forces', 'DEPLOYED_TO', 'Nakhchivan']] },
  }],
  ['"X hosted his French and German counterparts, A and B, for talks in the Weimar Triangle format": talks someone is hosted for are an event the host and the guests take part in', {
    given: 'Polish Defense Minister Tomasz Wierz hosted his French and German counterparts, Sebastien March and Katrin Ober, for talks in the Weimar Triangle format in Warsaw.',
    want: { has: [['Tomasz Wierz', 'ATTENDED', 'talks in the Weimar Triangle format'], ['Katrin Ober', 'ATTENDED', 'talks in the Weimar Triangle format']], entities: [['talks in the Weimar Triangle format', 'event']] },
  }],
  ['"... at a ceremony outside the command\'s headquarters in Nuuk. X handed over the command\'s flag in the presence of Defence Minister A and the Chief of Defence, General B": those present attend the ceremony just named', {
    given: 'Rear Admiral Signe Holm on Thursday took over the Joint Arctic Command from Major General Anders Lund at a ceremony outside the command\'s headquarters in Nuuk. Lund handed over the command\'s flag in the presence of Defence Minister Torben Ravn and the Chief of Defence, General Asger Rindom.',
    want: { has: [['Torben Ravn', 'ATTENDED', 'ceremony'], ['Asger Rindom', 'ATTENDED', 'ceremony']] },
  }],
  ['"President X on Thursday hosted the leaders of A and B at the National Palace for the first Y Summit": the host takes part in the gathering, held where the guests were hosted', {
    given: 'President Fausto Almanzar on Thursday hosted the leaders of Guatemala and Honduras at the National Palace for the first Caribbean Security Summit.',
    want: { has: [['Fausto Almanzar', 'ATTENDED', 'Caribbean Security Summit'], ['Caribbean Security Summit', 'LOCATED_IN', 'National Palace']] },
  }],
  ['"SANTO DOMINGO ... the Dominican president said": "Dominican" is the Dominican Republic, not Dominica', {
    given: 'SANTO DOMINGO, November 22. /Listin Diario/. President Fausto Almanzar on Thursday hosted the leaders of Guatemala and Honduras. "Crime does not respect borders," the Dominican president said.',
    want: { has: [['Fausto Almanzar', 'LEADER_OF', 'Dominican Republic']], absent: ['Dominica'] },
  }],
  ['"for the first Caribbean and Central American Security Summit held in Santo Domingo": two regions joined in a gathering\'s name; "the RBA and Royal Body Guard" stay two', {
    given: 'Five leaders met for the first Caribbean and Central American Security Summit held in Santo Domingo. IMTRAT trains the RBA and Royal Body Guard.',
    want: { entities: [['Caribbean and Central American Security Summit', 'event'], ['Royal Body Guard', 'organization']], absent: ['American Security Summit', 'United States'] },
  }],
  ['"visitors at the 28th International Defense Industry Fair (IDEF 2047) ... The fair was opened by Vice President X": a fair is an event', {
    given: 'Defense ministers from 14 countries are among the visitors at the 28th International Defense Industry Fair (IDEF 2047), which opened on Tuesday. The fair was opened by Vice President Selim Karaca.',
    want: { has: [['Selim Karaca', 'ATTENDED', 'IDEF 2047']], entities: [['28th International Defense Industry Fair', 'event']] },
  }],
  ['"ministry spokesman Rok Zalokar told Delo ... Bosnia\'s defence minister, X": a state\'s name in capitals ("ROK") names it only in capitals; "Bosnia" is Bosnia and Herzegovina', {
    given: 'Ministry spokesman Rok Zalokar told reporters on Monday. Bosnia\'s defence minister, Mirela Kapetan, thanked Slovenia.',
    want: { has: [['Mirela Kapetan', 'OFFICIAL_OF', 'Bosnia and Herzegovina']], absent: ['South Korea'] },
  }],
  ['"visited the Pabradė training area, where some 250 soldiers of the Skaraborg Regiment are taking part in the Iron Wolf exercise alongside Lithuania\'s Iron Wolf Brigade": the event taken part in there takes place there; the possessed unit alongside, not its possessor', {
    given: 'Earlier on Wednesday, Johan Strom visited the Pabrade training area, where some 250 soldiers of the Swedish Army\'s Skaraborg Regiment are taking part in the Iron Wolf 2047-I exercise alongside Lithuania\'s Iron Wolf Mechanised Infantry Brigade.',
    want: { has: [['Iron Wolf 2047-I exercise', 'LOCATED_IN', 'Pabrade training area'], ['Iron Wolf Mechanised Infantry Brigade', 'ATTENDED', 'Iron Wolf 2047-I exercise']], not: [['Lithuania', 'ATTENDED', 'Iron Wolf 2047-I exercise']] },
  }],
  ['"VILNIUS ... Prime Minister X arrived in Vilnius at the head of a Swedish government delegation ... The delegation was received by President Y ... The delegation flew back to Stockholm": the subject heads the state\'s delegation', {
    given: 'VILNIUS, April 17. /Svenska Dagbladet/. Prime Minister Malin Ekwall arrived in Vilnius on Tuesday at the head of a Swedish government delegation. The delegation was received on Wednesday by President Linas Vaicius. The delegation flew back to Stockholm on Wednesday evening.',
    want: { has: [['Malin Ekwall', 'LEADER_OF', 'Sweden'], ['Linas Vaicius', 'MET_WITH', 'Malin Ekwall'], ['Malin Ekwall', 'RETURNED_TO', 'Stockholm']], not: [['Malin Ekwall', 'LEADER_OF', 'Lithuania']] },
  }],
  ['"X arrived in Riga ... at the head of a delegation that included the State Secretary, A, and the Chief of the General Staff, B, the ministry said": the members visit where the head of the delegation does', {
    given: 'Defence Minister Natasa Gorjup arrived in Riga on Tuesday at the head of a delegation that included the State Secretary at the Ministry of Defence, Aljaz Kocjan, and the Chief of the General Staff, Major General Bostjan Rupnik, the ministry said.',
    want: { has: [['Aljaz Kocjan', 'VISITED', 'Riga'], ['Bostjan Rupnik', 'VISITED', 'Riga']] },
  }],
  ['"visited the Ādaži military base, where about 90 soldiers of the Slovenian Armed Forces\' 10th Motorised Battalion are serving": troops serving where the clause hangs are deployed there', {
    given: 'Later on Wednesday, the delegation visited the Adazi military base, where about 90 soldiers of the Slovenian Armed Forces\' 10th Motorised Battalion are serving with NATO\'s Multinational Brigade Latvia.',
    want: { has: [['10th Motorised Battalion', 'DEPLOYED_TO', 'Adazi military base']] },
  }],
  ['"attended by UNIFIL head and force commander Major General X": a body named before two coordinated lower-case posts and a ranked holder', {
    given: 'The ceremony was attended by UNIFIL head and force commander Major General Akwasi Nyan and by the Lebanese ambassador.',
    want: { has: [['Akwasi Nyan', 'LEADER_OF', 'UNIFIL'], ['Akwasi Nyan', 'ATTENDED', 'ceremony']] },
  }],
  ['"the commander of the Lebanese Army\'s South Litani Sector, Brigadier General X": an armed service\'s sector is its formation there, a unit its commander leads', {
    given: 'The ceremony was attended by the commander of the Lebanese Army\'s South Litani Sector, Brigadier General Fadi Chamoun.',
    want: { has: [['Fadi Chamoun', 'LEADER_OF', 'South Litani Sector'], ['South Litani Sector', 'PART_OF', 'Lebanese Army']], entities: [['South Litani Sector', 'unit']] },
  }],
  ['"handed over command of UNIFIL\'s Sector East to his compatriot, Brigadier General X": the successor past a word for him set off by a comma; "the 1st Battalion of the Castilla 16 Infantry Regiment": a number inside a unit\'s name', {
    given: 'Brigadier General Inigo Larra handed over command of UNIFIL\'s Sector East to his compatriot, Brigadier General Alvaro Sanjur, on Monday. The core of the new contingent is the 1st Battalion of the Castilla 16 Infantry Regiment, which was deployed on Saturday to Khiam.',
    want: { has: [['Alvaro Sanjur', 'LEADER_OF', 'Sector East'], ['1st Battalion of the Castilla 16 Infantry Regiment', 'PART_OF', 'Castilla 16 Infantry Regiment']] },
  }],
  ['"MEXICO CITY ... appointed by the Secretary of National Defense, General X": a secretary named by his portfolio after "of" is the home state\'s official', {
    given: 'MEXICO CITY, August 19. /El Universal/. Mexican troops left Caborca. She was appointed by the Secretary of National Defense, General Armando Ochoa.',
    want: { has: [['Armando Ochoa', 'OFFICIAL_OF', 'Mexico']] },
  }],
  ['"soldiers of the 44th Light Motorised Battalion from Jindřichův Hradec, who will stay": where a unit comes from is a place, not a person', {
    given: 'The battalion has been replaced by soldiers of the 44th Light Motorised Battalion from Jindřichův Hradec, who will stay until December.',
    want: { entities: [['Jindřichův Hradec', 'place']] },
  }],
  ['"The battalion has been replaced in Lithuania by soldiers of the 44th Light Motorised Battalion": the unit taking over is deployed where the relief takes place', {
    given: 'The battalion has been replaced in Lithuania by soldiers of the 44th Light Motorised Battalion, who will stay until December. The 5th Brigade was not replaced in Kosovo by the 7th Brigade.',
    want: { has: [['44th Light Motorised Battalion', 'DEPLOYED_TO', 'Lithuania']], not: [['7th Brigade', 'DEPLOYED_TO', 'Kosovo']] },
  }],
  ['"The battalion\'s soldiers were deployed to the Rukla base in December. In April, they took part in the Iron Wolf exercise": a clause-opening "they" is the troops the sentence before opened with', {
    given: 'Soldiers of the 42nd Mechanised Battalion returned home on Friday. The battalion\'s soldiers were deployed to the Rukla base in mid-December last year. In April, they took part in the Iron Wolf 2048-I exercise at the Gaiziunai training area.',
    want: { has: [['42nd Mechanised Battalion', 'ATTENDED', 'Iron Wolf 2048-I exercise']] },
  }],
  ['"attended by the commander of the 4th Rapid Deployment Brigade, to which the battalion belongs, Brigadier General X": a post and its holder on either side of a relative clause after a preposition; "X, commander of Y, to which Z belongs, called on W\'s flag officer, V" is no apposition of V', {
    given: 'The ceremony was attended by the commander of the 4th Rapid Deployment Brigade, to which the battalion belongs, Brigadier General Milos Kadlec. Rear Admiral Kenji Mine, commander of the Escort Flotilla 4, to which the Takanami belongs, called on the Philippine Navy\'s flag officer in command, Vice Admiral Rodolfo Sison, in Manila on Tuesday.',
    want: { has: [['Milos Kadlec', 'LEADER_OF', '4th Rapid Deployment Brigade'], ['Milos Kadlec', 'ATTENDED', 'ceremony']], not: [['Rodolfo Sison', 'LEADER_OF', 'Escort Flotilla 4']] },
  }],
  ['"received the Cross of Merit of the Minister of Defence from Defence Minister X": an award\'s name goes on over the post that gives it', {
    given: 'The battalion\'s commander, Lieutenant Colonel Petra Sindelar, received the Cross of Merit of the Minister of Defence from Defence Minister Ondrej Hruby on Saturday.',
    want: { has: [['Petra Sindelar', 'RECEIVED_AWARD', 'Cross of Merit of the Minister of Defence']], entities: [['Cross of Merit of the Minister of Defence', 'award']] },
  }],
  ['"SPLIT, May 23. /Jutarnji list/. ... Brajkovic told Jutarnji list": a body\'s known name going on with a lower-case word is that name whole, not a person', {
    given: 'SPLIT, May 23. /Jutarnji list/. "The Adriatic is a shared sea," Admiral Goran Brajkovic told Jutarnji list on Friday.',
    want: { absent: ['Jutarnji'] },
  }],
  ['"by the commander of the Croatian Navy\'s Flotilla, Captain X": a unit head alone after a service\'s possessive names the service\'s unit', {
    given: 'The exercise was directed from Split by the commander of the Croatian Navy\'s Flotilla, Captain Ivana Skaric.',
    want: { has: [['Ivana Skaric', 'LEADER_OF', 'Flotilla'], ['Flotilla', 'PART_OF', 'Croatian Navy']], entities: [['Flotilla', 'unit']] },
  }],
  ['"the missile boat Šibenik" named thrice, then "the US Navy destroyer USS Ted Stevens ... The destroyer arrived in Split": a ship word refers back to a ship of that kind, not to the ship the text is about', {
    given: 'Croatia contributed the missile boat Šibenik. The exercise was directed from the Šibenik. Officials watched a drill from the bridge of the Šibenik. The final phase was joined by the US Navy destroyer USS Ted Stevens. The destroyer arrived in Split on Friday for a port call.',
    want: { has: [['USS Ted Stevens', 'DEPLOYED_TO', 'Split']], not: [['Šibenik', 'DEPLOYED_TO', 'Split']] },
  }],
  ['"Italy, Greece and Montenegro sent the frigates Carlo Bergamini, Kimon and Kotor, and Albania the patrol boat Iliria": names listed after a plural ship word are ships, not a person or a town; "Both corvettes" are the ships named after that word', {
    given: 'Adriatic Shield 2048 ended on Friday. Italy and Greece sent the frigates Carlo Bergamini, Kimon and Kotor, and Albania the patrol boat Iliria. The drill involved the Israeli Navy corvettes INS Magen and INS Oz and the Greek frigates Hydra and Spetsai. Both corvettes belong to the navy\'s 3rd Flotilla.',
    want: { has: [['INS Magen', 'PART_OF', '3rd Flotilla'], ['INS Oz', 'PART_OF', '3rd Flotilla']], not: [['Hydra', 'PART_OF', '3rd Flotilla'], ['Spetsai', 'PART_OF', '3rd Flotilla']], entities: [['Carlo Bergamini', 'unit'], ['Kimon', 'unit'], ['Kotor', 'unit']] },
  }],
  ['"Singapore and Timor-Leste said they would sign ... Thai Foreign Minister X and his Cambodian counterpart, Y, held talks on their border, where troops of the two countries fought": a pair named in the group\'s own sentence, not the last list', {
    given: 'Singapore and Timor-Leste said they would sign. Thai Foreign Minister Pongsak Rattana and his Cambodian counterpart, Sar Kim, held talks on their land border, where troops of the two countries fought a war in July 2025. Russia and China signed a treaty, which Japan condemned. The two countries held drills in June.',
    want: { has: [['Thailand', 'FOUGHT_AGAINST', 'Cambodia']], not: [['Singapore', 'FOUGHT_AGAINST', 'Timor-Leste']] },
  }],
  ['"In a joint statement adopted at the end of the meeting ... Later, the ministers signed the ASEAN Agreement on Maritime Search and Rescue Cooperation": a named agreement is not the statement of the sentence before', {
    given: 'In a joint statement adopted at the end of the meeting, the ministers called for restraint. Later on Thursday, the foreign ministers of Indonesia and Malaysia signed the ASEAN Agreement on Maritime Search and Rescue Cooperation.',
    want: { has: [['Indonesia', 'SIGNED', 'ASEAN Agreement on Maritime Search and Rescue Cooperation']], not: [['Indonesia', 'SIGNED', 'joint statement']] },
  }],
  ['"Rear Admiral X on Thursday took over the Joint Arctic Command from Y": who takes a command over leads it; "took over the town" is no leadership of a place', {
    given: 'Rear Admiral Signe Holm on Thursday took over the Joint Arctic Command from Major General Anders Lund. Rebels took over the town of Goma.',
    want: { has: [['Signe Holm', 'LEADER_OF', 'Joint Arctic Command']] },
  }],
  ['"NUUK, February 15. /Jyllands-Posten/. Defence Minister X ... on Greenlandic soil": a territory\'s capital in the dateline is home copy of its sovereign state; a territory\'s demonym names no state', {
    given: 'NUUK, February 15. /Jyllands-Posten/. Defence Minister Torben Lind visited the Danish base in Greenland. The party called it "a show on Greenlandic soil".',
    want: { has: [['Torben Lind', 'OFFICIAL_OF', 'Denmark']], not: [['Torben Lind', 'OFFICIAL_OF', 'Greenland']], entities: [['Greenland', 'place']] },
  }],
  ['"Portugal contributed nine vessels, ..., while Spain, France and Morocco sent the other 17", after a sentence about the exercise: the states that field ships take part', {
    given: 'Twenty ships from four countries took part in Sea Breeze 2047, the largest naval exercise of the year. Portugal contributed nine vessels, among them the frigate NRP Tejo, while Spain, France and Morocco sent the other 11.',
    want: { has: [['Portugal', 'ATTENDED', 'Sea Breeze 2047'], ['Spain', 'ATTENDED', 'Sea Breeze 2047'], ['Morocco', 'ATTENDED', 'Sea Breeze 2047'], ['NRP Tejo', 'ATTENDED', 'Sea Breeze 2047']] },
  }],
  ['"700 marines of the Portuguese Navy\'s 2nd Marine Battalion and of the Brazilian Marine Corps landed on Porto Santo, in the Madeira archipelago ... praised the Brazilian marines": troops land on a place; an archipelago is a place; the demonym\'s own service, not another state\'s unit', {
    given: 'On Tuesday, some 700 marines of the Portuguese Navy\'s 2nd Marine Battalion and of the Brazilian Marine Corps landed on Porto Santo, in the Madeira archipelago. The Spanish admiral, Pablo Ruiz, praised the Brazilian marines.',
    want: { has: [['2nd Marine Battalion', 'DEPLOYED_TO', 'Porto Santo'], ['Porto Santo', 'LOCATED_IN', 'Madeira archipelago'], ['Pablo Ruiz', 'PRAISED', 'Brazilian Marine Corps']], not: [['Pablo Ruiz', 'PRAISED', '2nd Marine Battalion']], entities: [['Madeira archipelago', 'place']] },
  }],
  ['"near the Paracel Islands ... the Hoang Sa archipelago, as Hanoi calls the Paracels", "the Spratly Islands ... the Spratlys": a group of islands by its plural name and by the names it is called', {
    given: 'China staged the Blue Sword 2030 drill near the Paracel Islands. Vietnam condemned the drill in the Hoang Sa archipelago, as Hanoi calls the Paracels. The Philippines held the Ocean Shield 2030 exercise near the Spratly Islands. China protested patrols in the Spratlys.',
    want: { has: [['Blue Sword 2030 drill', 'LOCATED_IN', 'Hoang Sa archipelago'], ['Ocean Shield 2030 exercise', 'LOCATED_IN', 'Spratlys']] },
  }],
  ['"NEOS defence spokeswoman Lena Hochfilzer", "SP national councillor X": a body named right before a lower-case post is the holder\'s', {
    given: 'SP national councillor Priska Berger accused the DDPS of buying weapons first. NEOS defence spokeswoman Lena Hofer criticised the ministry on Tuesday.',
    want: { has: [['Priska Berger', 'OFFICIAL_OF', 'SP'], ['Lena Hofer', 'OFFICIAL_OF', 'NEOS']] },
  }],
  ['"650 members of the Serbian Army\'s 1st Army Brigade and River Flotilla and 280 soldiers of the 25th Infantry Brigade": two formations, not one name; both the possessor\'s; a counted group after a second "and" goes on with the list', {
    given: 'The exercise Pannonian Shield 2046 brought together about 650 members of the Serbian Army\'s 1st Army Brigade and River Flotilla and 280 soldiers of the 25th Infantry Brigade of the Hungarian Defence Forces.',
    want: { has: [['1st Army Brigade', 'ATTENDED', 'Pannonian Shield 2046'], ['River Flotilla', 'ATTENDED', 'Pannonian Shield 2046'], ['River Flotilla', 'PART_OF', 'Serbian Army'], ['25th Infantry Brigade of the Hungarian Defence Forces', 'ATTENDED', 'Pannonian Shield 2046']] },
  }],
  ['"Croatia, which had been invited to send observers, did not reply": what someone is invited or asked to do is not done', {
    given: 'Serbia and Hungary held the Pannonian Shield 2046 exercise on Monday. Croatia, which had been invited to send observers, did not reply to the invitation. Slovakia was asked to deploy troops to Hungary.',
    want: { has: [['Serbia', 'ATTENDED', 'Pannonian Shield 2046 exercise']], not: [['Croatia', 'ATTENDED', 'Pannonian Shield 2046 exercise'], ['Slovakia', 'DEPLOYED_TO', 'Hungary']] },
  }],
  ['"Germany has since trained some 40 Swiss air-defence specialists at Husum": a word of the trade may stand between the demonym and the people noun', {
    given: 'Germany has since trained some 40 Swiss air-defence specialists at Husum.',
    want: { has: [['Germany', 'ASSISTED', 'Switzerland']] },
  }],
  ['"agreed to extend the deployment of the Swiss Armed Forces\' SWISSCOY contingent in Kosovo", "the deployment of the Lebanese Army\'s 7th Infantry Brigade to Marjayoun": the unit after "of" is deployed where the phrase after it says', {
    given: 'The chamber agreed on Tuesday to extend the deployment of the Swiss Armed Forces\' SWISSCOY contingent in Kosovo until 2050. Talks focused on the deployment of the Lebanese Army\'s 7th Infantry Brigade to Marjayoun.',
    want: { has: [['SWISSCOY', 'DEPLOYED_TO', 'Kosovo'], ['7th Infantry Brigade', 'DEPLOYED_TO', 'Marjayoun']] },
  }],
  ['"110 soldiers of the 1st Infantry Battalion left Piarco International Airport on Sunday for Barbados": where troops leave for lies past the place they leave and when', {
    given: 'Meanwhile, 110 soldiers of the Trinidad and Tobago Regiment\'s 1st Infantry Battalion left Piarco International Airport on Sunday for Barbados.',
    want: { has: [['1st Infantry Battalion', 'DEPLOYED_TO', 'Barbados']], not: [['1st Infantry Battalion', 'DEPLOYED_TO', 'Piarco International Airport']] },
  }],
  ['"its 55th contingent ... drawn mainly from Jägerbataillon 17 ... appointed Colonel X, a former commander of the battalion, as the contingent\'s commander": a post of a body possessed after "as" is the appointee\'s; "the contingent" is the unit called one', {
    given: 'The Bundesheer flew soldiers of its 55th contingent to Pristina on Sunday. The new contingent is drawn mainly from Jägerbataillon 25 in Klagenfurt. Defence Minister Claudia Tschernig appointed Colonel Wolf Kraner, a former commander of the battalion, as the contingent\'s commander in September.',
    want: { has: [['Wolf Kraner', 'LEADER_OF', '55th contingent']], not: [['Wolf Kraner', 'LEADER_OF', 'Jägerbataillon 25']] },
  }],
  ['"drawn mainly from Jägerbataillon 17 in Straß, a battalion of the 7th Jäger Brigade,": the apposition after where a unit is describes the unit; the place stays a place', {
    given: 'The new contingent is drawn mainly from Jägerbataillon 25 in Klagenfurt, a battalion of the 7th Jäger Brigade, and will be stationed at Camp Film City.',
    want: { has: [['Jägerbataillon 25', 'PART_OF', '7th Jäger Brigade']], entities: [['Klagenfurt', 'place']] },
  }],
  ['"the outgoing contingent, AUCON 54/KFOR, ... The outgoing contingent was led by X": the unit named as the outgoing one; an outgoing or incoming unit never named so stays unresolved', {
    given: 'The aircraft came back to Vienna with the first 110 soldiers of the outgoing contingent, AUCON 54/KFOR, on Monday. The new contingent is drawn mainly from Jägerbataillon 17. The outgoing contingent was led by Lieutenant Colonel Sabine Moos. The 133rd Infantry Battalion returned home. The incoming battalion completed its exercise in the Glen of Imaal.',
    want: { has: [['Sabine Moos', 'LEADER_OF', 'AUCON 54/KFOR']], not: [['Sabine Moos', 'LEADER_OF', 'Jägerbataillon 17'], ['133rd Infantry Battalion', 'ATTENDED', 'exercise']] },
  }],
  ['"Delegations opened talks ... the talks are chaired jointly by the UN Special Envoy, X": talks someone chairs are the talks named before, and the chair attends them', {
    given: 'Delegations from Sudan and South Sudan opened talks on the border in Geneva on Wednesday. The talks are chaired jointly by the UN Special Envoy, Amelie Brassard.',
    want: { has: [['Amelie Brassard', 'ATTENDED', 'talks on the border']] },
  }],
  ['"Delegations from Sudan and South Sudan opened talks on the final status of Abyei at the Palais des Nations in Geneva": talks someone opens are an event they attend; bare "held talks with" still is none', {
    given: 'Delegations from Sudan and South Sudan opened talks on the final status of the Abyei Area in Geneva on Wednesday. Minister Ana Ruiz held talks with Minister Juan Perez on Thursday.',
    want: { has: [['Sudan', 'ATTENDED', 'talks on the final status of the Abyei Area'], ['South Sudan', 'ATTENDED', 'talks on the final status of the Abyei Area'], ['talks on the final status of the Abyei Area', 'LOCATED_IN', 'Geneva'], ['Ana Ruiz', 'MET_WITH', 'Juan Perez']] },
  }],
  ['"The Freedom Party criticised the mission, with its defence spokesman, X, calling UNIFIL expensive": a name set off in an absolute "with" clause is no object either', {
    given: 'The opposition Freedom Party (FPÖ) criticised the mission on Friday, with its defence spokesman, Volker Reif, calling UNIFIL expensive.',
    want: { has: [['Volker Reif', 'OFFICIAL_OF', 'Freedom Party']], not: [['Freedom Party', 'CRITICIZED', 'Volker Reif']] },
  }],
  ['"attacks in Togo\'s northern Savanes region": a place after a state\'s possessive and a side adjective lies in that state', {
    given: 'Attacks by militants rose in Togo\'s northern Savanes region last year.',
    want: { has: [['Savanes region', 'LOCATED_IN', 'Togo']] },
  }],
  ['"at a ceremony held in Pedro Juan Caballero, capital of the department of Amambay": the area a capital is of holds it, past its area noun', {
    given: 'The ministers signed a memorandum on Friday at a ceremony held in Pedro Juan Caballero, capital of the department of Amambay.',
    want: { has: [['Pedro Juan Caballero', 'LOCATED_IN', 'Amambay']] },
  }],
  ['"at the Presidential Villa, Abuja, for exceptional gallantry": a capital set off after a named site holds it (not "Kano, Abuja, and Lagos")', {
    given: 'On Monday, President Ebere Okafor conferred the honour on Colonel Musa Ali at the Presidential Villa, Abuja, for exceptional gallantry. Troops went to Kano, Abuja, and Lagos.',
    want: { has: [['Presidential Villa', 'LOCATED_IN', 'Abuja']], not: [['Kano', 'LOCATED_IN', 'Abuja']] },
  }],
  ['"The Russian Embassy criticised the frigate\'s deployment, accusing Norway of ...": a participle after a comma shares the subject of the past-tense verb before it, not the possessor in its object', {
    given: 'The frigate KNM Thor sailed on Monday. The Russian Embassy in Oslo criticised the frigate\'s deployment on Tuesday, accusing Norway of turning the sea into a zone of confrontation.',
    want: { has: [['Embassy of Russia', 'CRITICIZED', 'Norway']] },
  }],
  ['"together with the frigate KNM A and the Finnish Navy minelayer FNS B": a navy and a ship\'s description open the next item of the list, the ship', {
    given: 'HMS Dauntless took part in the exercise Arctic Shield 2046 in the Norwegian Sea in August, together with the frigate KNM Otto Sverdrup and the Finnish Navy minelayer FNS Uusimaa.',
    want: { has: [['FNS Uusimaa', 'ATTENDED', 'Arctic Shield 2046'], ['KNM Otto Sverdrup', 'ATTENDED', 'Arctic Shield 2046']] },
  }],
  ['"The Cross went to A, commander of X, and to B of the Croatian Army", "was presented to C, the US defence attaché in Budapest, and to D": a list of recipients with "to" repeated', {
    given: 'The Officer\'s Cross of the Order of Merit went to Brigadier General Marek Hrnec, commander of the Slovak Armed Forces\' 2nd Mechanised Brigade, and to Colonel Tomas Vrdol of the Croatian Army. The Knight\'s Cross of the order was presented to Colonel Megan Toller, the United States defence attaché in Budapest, and to Lieutenant Colonel Bernhard Zech of the Austrian Armed Forces.',
    want: { has: [['Marek Hrnec', 'RECEIVED_AWARD', 'Officer\'s Cross of the Order of Merit'], ['Tomas Vrdol', 'RECEIVED_AWARD', 'Officer\'s Cross of the Order of Merit'], ['Megan Toller', 'RECEIVED_AWARD', 'Knight\'s Cross'], ['Bernhard Zech', 'RECEIVED_AWARD', 'Knight\'s Cross']] },
  }],
  ['"renamed TTS Moruga and TTS Icacos", "the Finnish minelayer FNS Hämeenmaa", "KV Svalbard": more navies\' and coast guards\' ship prefixes', {
    given: 'The vessels, which have been renamed TTS Moruga and TTS Icacos, were donated on Monday. The Finnish minelayer FNS Hämeenmaa took part. The coast guard vessel KV Svalbard returned to Sortland.',
    want: { entities: [['TTS Moruga', 'unit'], ['TTS Icacos', 'unit'], ['FNS Hämeenmaa', 'unit'], ['KV Svalbard', 'unit']] },
  }],
  ['"relieved the crew of the Arturo Prat Naval Base ... Covarrubias visited the Arturo Prat base": a base\'s name without its service word is the same base', {
    given: 'The icebreaker relieved the crew of the Arturo Prat Naval Base on Greenwich Island. Admiral Juan Covarrubias visited the Arturo Prat base in January.',
    want: { has: [['Juan Covarrubias', 'VISITED', 'Arturo Prat Naval Base']] },
  }],
  ['"the Escudero station on King George Island", "Prince Edward Island": a title opening a name that ends in a place head names the place, no person', {
    given: 'The ship carried 70 researchers to the Escudero station on King George Island on Monday. Canada sent a frigate to Prince Edward Island.',
    want: { has: [['Escudero station', 'LOCATED_IN', 'King George Island']], entities: [['King George Island', 'place'], ['Prince Edward Island', 'place']], absent: ['George Island', 'Edward Island'] },
  }],
  ['"a delegation led by the Chief of the General Staff of X, Admiral Y ... the delegation visited the Ksar Sghir naval base, on the Strait of Gibraltar,": the holder set off after the post leads the delegation; a place set off "on" a place lies there', {
    given: 'General Idriss Bennani received on Tuesday in Rabat a Portuguese military delegation led by the Chief of the General Staff of the Portuguese Armed Forces, Admiral Rui Vilela. Earlier on Wednesday, the delegation visited the Ksar Sghir naval base, on the Strait of Gibraltar, where it was briefed.',
    want: { has: [['Rui Vilela', 'VISITED', 'Ksar Sghir naval base'], ['Ksar Sghir naval base', 'LOCATED_IN', 'Strait of Gibraltar']] },
  }],
  ['"signed a military cooperation plan ... under the Treaty of Friendship, Good Neighbourliness and Cooperation that the two countries signed in 1994": a plan is no later treaty; a list of what a treaty is of is in its name', {
    given: 'Morocco and Portugal held talks. On Wednesday, the two officers signed a military cooperation plan for 2046. The commission was set up in 2004 under the Treaty of Friendship, Good Neighbourliness and Cooperation that the two countries signed in Rabat in 1994. The Treaty of Rome, Spain and Italy said, is old.',
    want: { has: [['Morocco', 'SIGNED', 'Treaty of Friendship, Good Neighbourliness and Cooperation'], ['Portugal', 'SIGNED', 'Treaty of Friendship, Good Neighbourliness and Cooperation']], not: [['Morocco', 'SIGNED', 'military cooperation plan']], entities: [['military cooperation plan', 'agreement'], ['Treaty of Rome', 'agreement'], ['Spain', 'state']] },
  }],
  ['"General A pinned the Gold Cross on Colonel B": the one a decoration is pinned on receives it', {
    given: 'General Ana Ruiz pinned the Gold Cross on Colonel Juan Perez on Monday.',
    want: { has: [['Juan Perez', 'RECEIVED_AWARD', 'Gold Cross']], not: [['Ana Ruiz', 'RECEIVED_AWARD', 'Gold Cross']] },
  }],
  ['"Beijing criticized the activity, with spokesperson X accusing the Philippines": a name in an absolute "with" clause is no object of the main verb', {
    given: 'Beijing on Monday criticized the activity, with Chinese Foreign Ministry spokesperson Zhuang Wei accusing the Philippines of stirring up trouble.',
    want: { has: [['Zhuang Wei', 'CRITICIZED', 'Philippines']], not: [['China', 'CRITICIZED', 'Zhuang Wei']] },
  }],
  ['"the Philippine Navy frigate BRP A and the Royal Australian Navy destroyer HMAS B ... It was the first ... The Australian ship, which is commanded by X": the ship named with that state\'s service', {
    given: 'The Philippine Navy frigate BRP Andres Bonifacio and the Royal Australian Navy destroyer HMAS Hobart wrapped up a drill on Sunday. It was the first since Australia and the Philippines signed a pact. The Australian ship, which is commanded by Commander Jane Hartley, docked at Subic Bay on Monday.',
    want: { has: [['HMAS Hobart', 'COMMANDED_BY', 'Jane Hartley']], not: [['BRP Andres Bonifacio', 'COMMANDED_BY', 'Jane Hartley']] },
  }],
  ['"X visited the Changwon plant of Hanwha Aerospace, where he was shown the K9 self-propelled howitzer, and met the Minister of Y, Z": the verb coordinated after a long relative clause shares the first verb\'s subject; "visited the Ha\'apai capital, Pangai": the place named after the settlement noun', {
    given: 'On Wednesday, Minister Ulugbek Sodikov visited the Changwon plant of Hanwha Aerospace, where he was shown the K9 self-propelled howitzer and its new loader, and met the Minister of the Defense Acquisition Program Administration (DAPA), Chu Mi-rae. Minister Tom Reeve also met the commander of His Majesty\'s Armed Forces (HMAF), Brigadier Sione Latu, and visited the Ha\'apai capital, Pangai, where most homes lost their roofs.',
    want: { has: [['Chu Mi-rae', 'MET_WITH', 'Ulugbek Sodikov'], ['Tom Reeve', 'VISITED', 'Pangai']], not: [['Tom Reeve', 'VISITED', 'Ha\'apai']] },
  }],
  ['"flew soldiers of its 55th contingent for the Kosovo Force (KFOR), AUCON 55/KFOR, to Pristina": the name set off after the head, past the body it serves, names the same unit', {
    given: 'The Bundesheer on Sunday flew the first 120 soldiers of its 55th contingent for the Kosovo Force (KFOR), AUCON 55/KFOR, from Vienna to Pristina. Its chief of mission in Mexico, Dana Whitcombe, attended.',
    want: { entities: [['AUCON 55/KFOR', 'unit'], ['Dana Whitcombe', 'person']], absent: ['AUCON'] },
  }],
  ['"praised the Vietnamese engineers" after a field hospital and an engineering unit of the state: the unit whose name says what its troops are', {
    given: 'Vietnam\'s Engineering Unit Rotation 4 was deployed to the Abyei Area in February. Vietnam\'s Level-2 Field Hospital Rotation 8 left for Bentiu on Sunday. Most of the staff come from Military Hospital 175. The force commander, Major General Kofi Mensah, praised the Vietnamese engineers for repairing the road.',
    want: { has: [['Kofi Mensah', 'PRAISED', 'Engineering Unit Rotation 4']], not: [['Kofi Mensah', 'PRAISED', 'Level-2 Field Hospital Rotation 8']] },
  }],
  ['"was awarded the Feat of Arms Order, second class", "received UN Under-Secretary-General for Peace Operations X": a name of capitalised words, "of" and words ending in an award\'s last word is one award; an under-secretary-general is an official of the body', {
    given: 'Rotation 7 was awarded the Feat of Arms Order, second class, on Monday. On Thursday, Minister Le Van Hai received UN Under-Secretary-General for Peace Operations Ana Lucia Berrocal in Hanoi.',
    want: { has: [['Rotation 7', 'RECEIVED_AWARD', 'Feat of Arms Order'], ['Ana Lucia Berrocal', 'OFFICIAL_OF', 'UN'], ['Ana Lucia Berrocal', 'MET_WITH', 'Le Van Hai']], absent: ['Feat', 'Peace Operations Ana Lucia Berrocal'] },
  }],
  ['"HÀ NỘI ... Deputy Minister of National Defence Senior Lieutenant General X": a capital written with diacritics and split words is the dateline state\'s; "Senior Lieutenant General" is a rank; "Việt Nam" is the state', {
    given: 'HÀ NỘI, March 6. /Vietnam Daily/. A send-off ceremony was chaired by Deputy Minister of National Defence Senior Lieutenant General Lê Văn Hải on Sunday. Việt Nam has sent staff officers to UNMISS since 2014.',
    want: { has: [['Lê Văn Hải', 'OFFICIAL_OF', 'Vietnam']], entities: [['Vietnam', 'state']], absent: ['Senior'] },
  }],
  ['"BENTIU ... /Vietnam Daily/.": a newspaper named after a state is home copy of that state when the dateline city is unknown', {
    given: 'BENTIU, March 6. /Vietnam Daily/. Deputy Minister of National Defence Lê Văn Hải visited the hospital on Sunday. Vietnam sent it in 2044.',
    want: { has: [['Lê Văn Hải', 'OFFICIAL_OF', 'Vietnam']] },
  }],
  ['"México and Perú signed the Lima Accord": a country\'s own name, with its diacritics, is the state', {
    given: 'México and Perú signed the Lima Accord on Monday.',
    want: { has: [['Mexico', 'SIGNED', 'Lima Accord'], ['Peru', 'SIGNED', 'Lima Accord']] },
  }],
  ['"Việt Nam\'s Level-2 Field Hospital Rotation 8", "Engineering Unit Rotation 4": a numbered rotation is a unit, its number in its name', {
    given: 'Sixty staff of Vietnam\'s Level-2 Field Hospital Rotation 8 left for Bentiu on Sunday. Engineering Unit Rotation 4 was deployed to the Abyei Area in February.',
    want: { has: [['Engineering Unit Rotation 4', 'DEPLOYED_TO', 'Abyei Area']], entities: [['Level-2 Field Hospital Rotation 8', 'unit']] },
  }],
  ['"The Inspector General of the Royal Armed Forces (FAR) and Commander of the Southern Zone, Lieutenant General X,": an acronym after a body inside a post is the body\'s; a second post joined by "and" before the name is held too; an inspector general heads the body', {
    given: 'The Inspector General of the Royal Armed Forces (FAR) and Commander of the Southern Zone, Lieutenant General Idriss Bennani, received the delegation on Tuesday. The Inspector General of the National Police (PN) and Commander of the 3rd Mechanised Brigade, General Omar Tazi, attended. The FAR said the talks went well.',
    want: { has: [['Idriss Bennani', 'LEADER_OF', 'Royal Armed Forces'], ['Omar Tazi', 'LEADER_OF', 'National Police'], ['Omar Tazi', 'LEADER_OF', '3rd Mechanised Brigade']], entities: [['Royal Armed Forces', 'organization']], absent: ['Supreme'] },
  }],
  ['"was awarded the Druk Thuksey medal": a lower-case "medal" after a name names the award; not "won an Olympic medal", nor before a quoted name', {
    given: 'At a ceremony on Sunday, Brigadier Rajesh Menon was awarded the Druk Thuksey medal for the work. Colonel Ana Ruiz won an Olympic medal in 2020.',
    want: { has: [['Rajesh Menon', 'RECEIVED_AWARD', 'Druk Thuksey medal']], absent: ['Olympic medal'] },
  }],
  ['"the Order of King Abdulaziz", "invested ... with the Order of Queen Salote Tupou III": a title after an award\'s "of" names whom it honours, inside the name', {
    given: 'Colonel Ana Ruiz received the Order of King Abdulaziz on Monday. On Saturday, Lieutenant Commander Sione Vea was invested by His Majesty with the Order of Queen Salote Tupou III at the Royal Palace.',
    want: { has: [['Ana Ruiz', 'RECEIVED_AWARD', 'Order of King Abdulaziz'], ['Sione Vea', 'RECEIVED_AWARD', 'Order of Queen Salote Tupou III']], absent: ['Order of'] },
  }],
  ['"was received at the General Headquarters of the UAE Armed Forces in Abu Dhabi by the Chief of Staff, X": a passive agent after a long place phrase', {
    given: 'On Tuesday, Air Marshal Vikram Rao was received at the General Headquarters of the Royal Army of Oman in Bait al Falaj by the Chief of Staff, Lieutenant General Salim Al Harthi.',
    want: { has: [['Salim Al Harthi', 'MET_WITH', 'Vikram Rao']] },
  }],
  ['"Mutai held discussions with President X", "held talks with his counterpart, Y": discussions are talks; a counterpart with no state named is still the one met', {
    given: 'Defence Minister Joseph Mutai held discussions with President Meskerem Alemu at the National Palace. Defence Minister Callum Reid held talks with his counterpart, Billy Kaupa.',
    want: { has: [['Joseph Mutai', 'MET_WITH', 'Meskerem Alemu'], ['Billy Kaupa', 'MET_WITH', 'Callum Reid']] },
  }],
  ['"She also objected to the Chilean agreement": an objection criticises; a demonym before a definite agreement tells which one, the agreement is the object', {
    given: 'Argentina and Chile signed the Antarctic Logistics Agreement on Monday. Senator Mirta Ochoa also objected to the Chilean agreement on Tuesday. Deputy Juan Perez criticised the Chilean agreement.',
    want: { has: [['Mirta Ochoa', 'CRITICIZED', 'Antarctic Logistics Agreement'], ['Juan Perez', 'CRITICIZED', 'Antarctic Logistics Agreement']], not: [['Mirta Ochoa', 'CRITICIZED', 'Chile'], ['Juan Perez', 'CRITICIZED', 'Chile']] },
  }],
  ['"accepted a donation from China of 120 military trucks ... for the RCAF", "received a donation of 40 trucks from Japan": the giver after "from" assisted the one the gift is for, else who took it', {
    given: 'Later on Thursday, Minister Tea Banh accepted a donation from China of 120 military trucks for the Royal Cambodian Armed Forces. The Lao People\'s Army received a donation of 40 trucks from Japan. The army did not accept a donation from Russia.',
    want: { has: [['China', 'ASSISTED', 'Royal Cambodian Armed Forces'], ['Japan', 'ASSISTED', 'Lao People\'s Army']], not: [['Russia', 'ASSISTED', 'Lao People\'s Army']] },
  }],
  ['"Soldiers of the US Army\'s 3rd Special Forces Group have been training the battalion", "has trained more than 400 Pakistan Navy submariners": a progressive "training" has its subject; submariners are people trained', {
    given: 'The 5th Battalion of Infantry returned to Tamale. Soldiers of the US Army\'s 7th Special Forces Group have been training the 5th Battalion of Infantry since March. The PLA Navy has trained more than 300 Bangladesh Navy submariners in Qingdao since 2021. Training of the battalion has been suspended.',
    want: { has: [['7th Special Forces Group', 'ASSISTED', '5th Battalion of Infantry'], ['PLA Navy', 'ASSISTED', 'Bangladesh Navy']] },
  }],
  ['"the UAE Naval Forces" and "the UAE Navy corvette Bani Yas": a state\'s naval forces are its navy, one body', {
    given: 'The Omani Naval Forces and the Indian Navy concluded the drill on Monday. The Omani Navy corvette Al Shamikh took part.',
    want: { has: [['Al Shamikh', 'PART_OF', 'Omani Naval Forces']], entities: [['Omani Navy', 'organization']] },
  }],
  ['"In Riga on Monday, Holm held talks with his Latvian counterpart": a party from another state met in a city of a known state visited it', {
    given: 'COPENHAGEN, May 12. /Politiken/. Denmark will send a battalion to Latvia, Defence Minister Mads Holst said on Tuesday. In Riga on Monday, Holst held talks with his Latvian counterpart, Inese Kalnina, on air defence.',
    want: { has: [['Mads Holst', 'VISITED', 'Riga']], not: [['Inese Kalnina', 'VISITED', 'Riga']] },
  }],
  ['"Defence Minister X praised the soldiers for taking on ...": people of the unit named last, after a verb in the past, stand for it', {
    given: 'Denmark sent the 2nd Dragoon Battalion to Estonia. At a farewell parade on Tuesday, Defence Minister Mads Holst praised the soldiers for taking on the task.',
    want: { has: [['Mads Holst', 'PRAISED', '2nd Dragoon Battalion']] },
  }],
  ['"criticized the navy" in Peruvian copy after "the Peruvian Navy" and "The Chilean Navy": a lower-case service is the home state\'s once named', {
    given: 'LIMA, April 16. /El Comercio/. The Peruvian Navy on Friday commissioned a new frigate. The Chilean Navy, which had been invited to send an observer, did not do so. In a report issued in March, the Office of the Comptroller General criticized the navy over delays in the frigate program.',
    want: { has: [['Office of the Comptroller General', 'CRITICIZED', 'Peruvian Navy']], not: [['Office of the Comptroller General', 'CRITICIZED', 'Chilean Navy']] },
  }],
  ['"1,300 soldiers of the RCAF, most of them from Brigade 70, and 760 troops of the PLA\'s 75th Group Army are taking part": a partitive\'s source and a counted item are coordinated', {
    given: 'About 900 soldiers of the Royal Thai Army, most of them from Brigade 40, and 500 troops of the Lao People\'s Army\'s 2nd Regiment are taking part in the Mekong Shield exercise. Soldiers of the 7th Brigade and 300 troops of the 9th Regiment joined the Mekong Shield exercise.',
    want: { has: [['Brigade 40', 'ATTENDED', 'Mekong Shield exercise'], ['2nd Regiment', 'ATTENDED', 'Mekong Shield exercise'], ['7th Brigade', 'ATTENDED', 'Mekong Shield exercise'], ['9th Regiment', 'ATTENDED', 'Mekong Shield exercise']] },
  }],
  ['"are taking part in the 15-day drill, which ends with a maritime phase": a length in figures before "drill" refers back to the exercise', {
    given: 'Thai and Lao troops on Thursday launched the Mekong Friendship 2040 joint military exercise. About 700 troops of the Royal Thai Army\'s 12th Infantry Regiment are taking part in the 15-day drill.',
    want: { has: [['12th Infantry Regiment', 'ATTENDED', 'Mekong Friendship 2040 joint military exercise']] },
  }],
  ['"Abu Dhabi-based EDGE Group ... EDGE, which was formed by the UAE government": where a body is based is no part of its name, and a brand in capitals names its group', {
    given: 'On Wednesday, Riyadh-based SAMI Group signed a memorandum with Thales. SAMI, which was formed by the Saudi government in 2017, has the largest stand at the show.',
    want: { has: [['SAMI Group', 'SIGNED', 'memorandum'], ['SAMI Group', 'FORMED_BY', 'Saudi Arabia']], entities: [['SAMI Group', 'organization']], absent: ['Riyadh-based SAMI Group'] },
  }],
  ['"the UAE Navy corvette Al Dhafra and the Indian Navy destroyer INS Kochi took part": a navy and a ship\'s description open the second item', {
    given: 'The corvette Al Dhafra and the Indian Navy destroyer INS Kochi took part in the exercise Desert Talwar 2040 on Monday.',
    want: { has: [['Al Dhafra', 'ATTENDED', 'Desert Talwar 2040'], ['INS Kochi', 'ATTENDED', 'Desert Talwar 2040']] },
  }],
  ['"The Indian warship, which is commanded by Captain X, had arrived at Zayed Port": a demonym and a ship word refer back to that state\'s ship; "the Chinese destroyer Baotou" still names its ship', {
    given: 'The UAE Navy corvette Al Dhafra and the Indian Navy destroyer INS Kochi took part in the exercise. The Indian warship, which is commanded by Captain Arun Pillai, had arrived at Zayed Port on January 15. The exercise involved the Pakistan Navy frigate PNS Tughril and the Chinese destroyer Xining.',
    want: { has: [['INS Kochi', 'COMMANDED_BY', 'Arun Pillai'], ['INS Kochi', 'DEPLOYED_TO', 'Zayed Port'], ['Xining', 'ATTENDED', 'exercise']], not: [['India', 'DEPLOYED_TO', 'Zayed Port']] },
  }],
  ['"the Kurdistan Region\'s Minister of Peshmerga Affairs, X" in copy datelined in Munich: a post a region possesses is not the dateline state\'s', {
    given: 'MUNICH, October 14. /Süddeutsche Zeitung/. The Bundestag on Thursday extended the mandate for the Bundeswehr\'s training mission in northern Iraq.\n\nDuring his visit he held talks with the Kurdistan Region\'s Minister of Peshmerga Affairs, Karwan Aziz Rashid, and handed over 40 armoured vehicles to the ministry.\n\nThe government in Baghdad has not yet responded to a German offer to extend the training to units of the Iraqi Army, a ministry spokesman said.',
    want: { not: [['Karwan Aziz Rashid', 'OFFICIAL_OF', 'Germany']], entities: [['Karwan Aziz Rashid', 'person']] },
  }],
  ['"The brigade returned to Bavaria in March from the NATO exercise Cold Response 2044", "returned to Lima from the summit": what one comes back from, one took part in', {
    given: 'The 9th Brigade returned to Saxony in March from the Norwegian-led NATO exercise Polar Shield 2040. Minister Juan Ortega returned to Lima from the summit in Quito.',
    want: { has: [['9th Brigade', 'ATTENDED', 'Polar Shield 2040'], ['Juan Ortega', 'ATTENDED', 'summit']] },
  }],
  ['"France keeps some 7,000 troops in the Indo-Pacific", "Britain maintains about 500 soldiers in Kenya": forces kept abroad are deployed there; not "keeps close ties with"', {
    given: 'Portugal keeps some 700 troops in the Central African Republic. Britain maintains about 500 soldiers in Kenya. Spain keeps close ties with Morocco and maintains a consulate in Tangier.',
    want: { has: [['Portugal', 'DEPLOYED_TO', 'Central African Republic'], ['United Kingdom', 'DEPLOYED_TO', 'Kenya']], not: [['Spain', 'DEPLOYED_TO', 'Morocco'], ['Spain', 'DEPLOYED_TO', 'Tangier']] },
  }],
  ['"paratroopers ... are training alongside the 13th Foreign Legion Demi-Brigade (13e DBLE) in the exercise Hinode 2044": those alongside take part in the event named after them; a demi-brigade is a unit', {
    given: 'On Wednesday, the general visited the Caylus camp, where 90 paratroopers of the Italian Army are training alongside the 2nd Foreign Legion Demi-Brigade in the exercise Mistral 2040.',
    want: { has: [['2nd Foreign Legion Demi-Brigade', 'ATTENDED', 'Mistral 2040']], entities: [['2nd Foreign Legion Demi-Brigade', 'unit']] },
  }],
  ['"the two generals signed" after a colonel was named: people of that rank only; "the two admirals" likewise', {
    given: 'General Hiroshi Tanabe was received by the Chief of Staff of the French Armed Forces, General Julien Marchetti, on Monday. The Japanese defence attache in Paris, Colonel Kenji Ota, received a medal. The two generals signed a letter of intent on space surveillance. Admiral Ana Ruiz met Vice Admiral Jose Vidal in Lima. Captain Luis Soto joined them. The two admirals signed a memorandum on naval training.',
    want: { has: [['Julien Marchetti', 'SIGNED', 'letter of intent on space surveillance'], ['Hiroshi Tanabe', 'SIGNED', 'letter of intent on space surveillance'], ['Ana Ruiz', 'SIGNED', 'memorandum on naval training'], ['Jose Vidal', 'SIGNED', 'memorandum on naval training']], not: [['Kenji Ota', 'SIGNED', 'letter of intent on space surveillance'], ['Luis Soto', 'SIGNED', 'memorandum on naval training']] },
  }],
  ['"General X, Chief of Staff of the Joint Staff of the Japan Self-Defense Forces" ... "the Japanese general": a post set off after a ranked name keeps the rank', {
    given: 'General Hiroshi Tanabe, Chief of Staff of the Joint Staff of the Japan Self-Defense Forces (JSDF), was received by General Julien Marchetti on Monday. On Wednesday, the Japanese general visited the Canjuers camp in Var.',
    want: { has: [['Hiroshi Tanabe', 'VISITED', 'Canjuers camp']], not: [['Julien Marchetti', 'VISITED', 'Canjuers camp']] },
  }],
  ['"The President of the Republic, X" in copy datelined in Havana, Cuba named only later: "the Russian president" is not X', {
    given: 'HAVANA, May 25. /Granma/. The President of the Republic, Ramon Ferrer Alvarez, toured evacuation centers on Saturday. At the ceremony, Orlov presented the general with the Order of Friendship, conferred on him by decree of the Russian president. Russia will send rescue teams to Cuba.',
    want: { not: [['Ramon Ferrer Alvarez', 'LEADER_OF', 'Russia']], has: [['Ramon Ferrer Alvarez', 'LEADER_OF', 'Cuba']] },
  }],
  ['"a delegation of the Russian Ministry for Civil Defense, Emergencies and Disaster Relief (EMERCOM), headed by Deputy Minister X": X serves the body; "headed by its chairman, deputy Y" does not make Y an official of it', {
    given: "The exercise was also followed by a delegation of the Russian Ministry for Civil Defense, Emergencies and Disaster Relief (EMERCOM), headed by Deputy Minister Vadim Orlovsky. A delegation of the Defence Commission of the Legislative Assembly, headed by its chairman, deputy Rodrigo Alvarado, arrived in Tegucigalpa on Wednesday.",
    want: { has: [['Vadim Orlovsky', 'OFFICIAL_OF', 'EMERCOM'], ['Rodrigo Alvarado', 'LEADER_OF', 'Defence Commission of the Legislative Assembly']], not: [['Rodrigo Alvarado', 'OFFICIAL_OF', 'Defence Commission of the Legislative Assembly']] },
  }],
  ['"Minister of Police, National Security and Correctional Services X", "the Ministry for Civil Defense, Emergencies and Disaster Relief (EMERCOM)": a list of portfolios names one post or one department', {
    given: "Kenya's Minister of Police, National Security and Correctional Services Walter Kiriau visited Mombasa on Monday. A delegation of the Russian Ministry for Civil Defense, Emergencies and Disaster Relief (EMERCOM) arrived in Havana on Tuesday.",
    want: { has: [['Walter Kiriau', 'OFFICIAL_OF', 'Kenya']], entities: [['Ministry for Civil Defense, Emergencies and Disaster Relief of Russia', 'organization'], ['Walter Kiriau', 'person']], absent: ['Disaster Relief', 'Police, National Security and Correctional Services'] },
  }],
  ['"Officials did not say whether Bolivia, which borders Peru, had been invited to send observers": a "whether" clause states nothing', {
    given: 'Troops wrapped up the joint military exercise Andes Shield at the Tarapaca training ground on Friday. Officials did not say whether Bolivia, which borders Peru, had been invited to send observers.',
    want: { has: [['Andes Shield', 'LOCATED_IN', 'Tarapaca training ground']], not: [['Bolivia', 'ATTENDED', 'Andes Shield']] },
  }],
  ['"thanked Mexico for the training it has given to officers of the Guatemalan Army", "for the assistance it had given to the AFM\'s Maritime Squadron": "it" and a verb of giving, the body the people are of, and the possessed body', {
    given: 'Quinonez thanked Mexico for the training it has given to officers of the Guatemalan Army. Galea-Borg thanked Italy for the assistance it had given to the AFM\'s Maritime Squadron over two decades.',
    want: { has: [['Mexico', 'ASSISTED', 'Guatemalan Army'], ['Italy', 'ASSISTED', 'Maritime Squadron']], not: [['Italy', 'ASSISTED', 'AFM']] },
  }],
  ['"one of two patrol boats gifted to Tonga by Australia", "were gifted to Tonga by Australia": the giver after the recipient assisted it', {
    given: 'The vessel, one of two patrol boats gifted to Vanuatu by Australia, is commanded by Lieutenant Tevita Fonua. Two cutters were donated to Fiji by New Zealand in 2019.',
    want: { has: [['Australia', 'ASSISTED', 'Vanuatu'], ['New Zealand', 'ASSISTED', 'Fiji']] },
  }],
  ['"the Special Operations Regiment, whose instructors have trained the 31st Rapid Reaction Brigade": a unit trained whole is assisted by the trainer', {
    given: 'The battalion belongs to the Special Forces Group, whose instructors have trained the 32nd Rapid Reaction Brigade in Kindu since 2022. Belgium trained the 33rd Rapid Reaction Brigade in Kisangani.',
    want: { has: [['Special Forces Group', 'ASSISTED', '32nd Rapid Reaction Brigade'], ['Belgium', 'ASSISTED', '33rd Rapid Reaction Brigade']] },
  }],
  ['"thanked the ENDF for training more than 3,000 soldiers of the Somali National Army", "has trained 150 officers of the Guyana Defence Force": the body the trained people are of is assisted', {
    given: 'Dirir thanked the ENDF for training more than 3,000 soldiers of the Somali National Army (SNA) since 2022. Brazil has trained more than 150 officers of the Guyana Defence Force.',
    want: { has: [['ENDF', 'ASSISTED', 'Somali National Army'], ['Brazil', 'ASSISTED', 'Guyana Defence Force']] },
  }],
  ['"drills on the Caspian Sea", "the exercise off the coast of Rio Grande do Sul": an event at sea is located there', {
    given: 'Turkey and Azerbaijan wrapped up Caspian Guard-2032, a week of joint naval drills on the Caspian Sea. Brazilian and Argentine warships began the Atlantic Brother 2028 naval exercise off the coast of Santa Catarina state on Monday.',
    want: { has: [['Caspian Guard-2032', 'LOCATED_IN', 'Caspian Sea'], ['Atlantic Brother 2028 naval exercise', 'LOCATED_IN', 'Santa Catarina state']] },
  }],
  ['"held in the city of Hue", "in the central city of Da Nang": the place after a settlement noun and "of" is where the event was', {
    given: 'The summit was held in the city of Hue. Officials co-chaired the 12th meeting of the Joint Border Committee in the central city of Da Nang on October 8.',
    want: { has: [['summit', 'LOCATED_IN', 'Hue'], ['12th meeting of the Joint Border Committee', 'LOCATED_IN', 'Da Nang']] },
  }],
  ['"at Camp Faouar on the Golan Heights", "at Marine Corps Base Camp Blaz on Guam": a place "on" a place lies in it', {
    given: 'Soldiers took over their duties at Camp Ziouani on the Golan Heights on Friday. They later arrived at Marine Corps Base Camp Blaz on Guam.',
    want: { has: [['Camp Ziouani', 'LOCATED_IN', 'Golan Heights'], ['Marine Corps Base Camp Blaz', 'LOCATED_IN', 'Guam']] },
  }],
  ['"X watched the drill after talks with Defense Minister Y": a titled person after "with" in a clause of its own ("after", "before") does not attend', {
    given: 'The Ocean Shield exercise began on Monday. Admiral Ruth Calloway watched the drill after talks with Defense Minister Agus Wiratama.',
    want: { has: [['Ruth Calloway', 'ATTENDED', 'Ocean Shield exercise']], not: [['Agus Wiratama', 'ATTENDED', 'Ocean Shield exercise']] },
  }],
  ['"the French Navy frigate Alsace docked at Zayed Port in Abu Dhabi": a ship\'s call is a deployment there; "the 1st Marine Brigade and the frigate Liuzhou, which docked at Ream": a ship named after its noun is the antecedent alone', {
    given: 'Meanwhile, the French Navy frigate Vendee docked at Zayed Port in Abu Dhabi on Monday for a five-day port call. The drill involved the PLA Navy\'s 2nd Marine Brigade and the guided-missile frigate Yulin, which docked at Ream Naval Base on Saturday.',
    want: { has: [['Vendee', 'DEPLOYED_TO', 'Zayed Port'], ['Yulin', 'DEPLOYED_TO', 'Ream Naval Base']], not: [['2nd Marine Brigade', 'DEPLOYED_TO', 'Ream Naval Base']] },
  }],
  ['"The Russian Embassy in Sofia condemned what it called NATO\'s militarisation of Bulgaria": the object past "what it called"', {
    given: 'The Russian Embassy in Sofia condemned what it called NATO\'s militarisation of Bulgaria. China condemned what it described as Japan\'s provocations.',
    want: { has: [['Russian Embassy', 'CRITICIZED', 'NATO'], ['China', 'CRITICIZED', 'Japan']] },
  }],
  ['"Also present were the Commander of NNS Beecroft, Commodore X, and ...": a warship named with its prefix after a capitalised post\'s "of" is the post\'s body', {
    given: 'Also present at the parade were the Commander of NNS Obuma, Commodore Tunde Okoro, and the commanding officer of NNS Kada, Captain Chioma Eze.',
    want: { has: [['Tunde Okoro', 'LEADER_OF', 'NNS Obuma'], ['Chioma Eze', 'LEADER_OF', 'NNS Kada']] },
  }],
  ['"met with Turkish Minister X, who is leading a high-level military delegation to Qatar": who leads a delegation to a place visits it; not "led a delegation to discuss"', {
    given: 'Minister Sheikh Fahad al-Thani met on Tuesday with Turkish Minister of National Defence Ahmet Tuncer, who is leading a high-level military delegation to Qatar. Minister Ayse Kaya led a delegation to discuss trade.',
    want: { has: [['Ahmet Tuncer', 'VISITED', 'Qatar']], not: [['Ayse Kaya', 'VISITED', 'Qatar']] },
  }],
  ['"Addressing the parade aboard the frigate PNS X, Admiral Y said": the ship a fronted gathering was held on keeps the frame', {
    given: 'Addressing the parade aboard the frigate PNS Shamsher, Chief of the Naval Staff Admiral Junaid Ali Soomro said that no navy could secure the sea lanes alone.',
    want: { has: [['Junaid Ali Soomro', 'ATTENDED', 'parade']] },
  }],
  ['"The Chief of the Naval Staff, Vice Admiral X, told the summit that ...": who addresses a gathering attends it, dated as the gathering is', {
    given: 'The summit opened in Abuja on Monday. The Chief of the Naval Staff, Vice Admiral Ekpenyong Okon, told the summit that the navy had deployed a frigate in June.',
    want: { has: [['Ekpenyong Okon', 'ATTENDED', 'summit']] },
  }],
  ['"Fiji and Vanuatu signed the X Agreement ... It was signed on behalf of Solomon Islands by the Minister of Police, Y": a sentence-opening "It" before a passive of signing is the text signed last', {
    given: 'Fiji and Vanuatu signed the Coral Sea Surveillance Agreement on Wednesday. It was signed on behalf of Solomon Islands by the Minister of Police, Jeremiah Tovua, who called it a net.',
    want: { has: [['Jeremiah Tovua', 'SIGNED', 'Coral Sea Surveillance Agreement']] },
  }],
  ['"the memorandum of understanding on security cooperation against the PKK that Ankara and Baghdad signed in August 2032": "that" past the text\'s subject, and the first of coordinated subjects opens the relative', {
    given: 'Turkey says the operation is covered by the memorandum of understanding on security cooperation against the PKK that Ankara and Baghdad signed in August 2032.',
    want: { has: [['Turkey', 'SIGNED', 'memorandum of understanding'], ['Iraq', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['"Also decorated was Captain X of the Defence League\'s Tartu District, who received the Order of Y": "who" after "PERSON of the BODY\'s UNIT" is the person', {
    given: 'Also decorated at the ceremony was Captain Marju Kask of the Defence League\'s Tartu District, who received the Order of the White Star, Fifth Class.',
    want: { has: [['Marju Kask', 'RECEIVED_AWARD', 'Order of the White Star']] },
  }],
  ['"also watched the parade and visited the 5th Brigade in Tapa": a place after a second verb is not the event\'s', {
    given: 'President Kertu Saar took the salute at the Independence Day parade in Tallinn on Monday. Defence Secretary Harriet Colby also watched the parade and visited the 5th Brigade in Tapa on Tuesday.',
    want: { has: [['Harriet Colby', 'VISITED', 'Tapa']], not: [['Independence Day parade', 'LOCATED_IN', 'Tapa']] },
  }],
  ['"Some 900 troops of the army\'s 4th Brigade, based in X, and 600 from the FAES\' Second Brigade, headquartered in Y, took part": counts of people, "based in" participles and a bare possessive "\'" do not break the list', {
    given: 'Soldiers launched Operation Lempa Shield on Monday. Some 900 troops of the army\'s 5th Infantry Brigade, based in Jutiapa, and 600 from the FAES\' Third Infantry Brigade, headquartered in San Miguel, took part in the operation. Some 300 troops of the 7th Infantry Brigade and 200 from the 9th Infantry Brigade joined the operation.',
    want: { has: [['5th Infantry Brigade', 'ATTENDED', 'Operation Lempa Shield'], ['Third Infantry Brigade', 'ATTENDED', 'Operation Lempa Shield'], ['7th Infantry Brigade', 'ATTENDED', 'Operation Lempa Shield'], ['9th Infantry Brigade', 'ATTENDED', 'Operation Lempa Shield']] },
  }],
  ['"The operation closed with X 2042, a joint exercise at the Y crossing that was watched by Z": a restrictive "that" after an apposition tells of the name it describes, and the place after that event is its own', {
    given: 'Soldiers concluded Operation Lempa Shield on Tuesday. The operation closed with Firm Border 2042, a joint exercise at the El Amatillo border crossing that was watched by Defense Minister General Marco Tzoc.',
    want: { has: [['Marco Tzoc', 'ATTENDED', 'Firm Border 2042'], ['Firm Border 2042', 'LOCATED_IN', 'El Amatillo border crossing']], not: [['Marco Tzoc', 'ATTENDED', 'Operation Lempa Shield'], ['Operation Lempa Shield', 'LOCATED_IN', 'El Amatillo border crossing']] },
  }],
  ['"took delivery of its new patrol vessel, RSIPV Savo, ... The Savo is commanded by X": an acronym-prefixed name set off after a ship noun is a ship, known by its name without the prefix', {
    given: 'On Thursday, the Royal Solomon Islands Police Force (RSIPF) took delivery of its new patrol vessel, RSIPV Gizo, which was donated by Japan. The Gizo is commanded by Inspector Freda Tovosia.',
    want: { entities: [['RSIPV Gizo', 'unit']], has: [['RSIPV Gizo', 'PART_OF', 'Royal Solomon Islands Police Force'], ['RSIPV Gizo', 'COMMANDED_BY', 'Freda Tovosia']] },
  }],
  ['"under its Official Security Assistance programme": a name before a scheme\'s noun holds no post; "at Point Cruz wharf in Honiara": a wharf is a place', {
    given: 'The vessel was donated by Japan under its Official Security Assistance programme. The handover ceremony at Point Cruz wharf in Honiara was attended by Prime Minister Hudson Kwalemanu.',
    want: { absent: ['Security Assistance'], entities: [['Point Cruz wharf', 'place']], has: [['Point Cruz wharf', 'LOCATED_IN', 'Honiara']] },
  }],
  ['"the Austrian Armed Forces\' new UNDOF contingent, AUTCON 1/UNDOF, ... AUTCON 1/UNDOF is commanded by X": an acronym with a number (and "/ACRONYM") set off after a unit head is a unit, its possessor owns it, and it is known later', {
    given: 'Some 180 soldiers of the Austrian Armed Forces\' new UNIFIL contingent, AUTCON 7/UNIFIL, took over their duties at Camp Naqoura on Friday. AUTCON 7/UNIFIL is commanded by Lieutenant Colonel Florian Hasenbichler.',
    want: { entities: [['AUTCON 7/UNIFIL', 'unit']], has: [['AUTCON 7/UNIFIL', 'PART_OF', 'Austrian Armed Forces'], ['AUTCON 7/UNIFIL', 'COMMANDED_BY', 'Florian Hasenbichler']] },
  }],
  ['"returning to a region that Austrian soldiers know well": a name inside a relative clause on an unnamed object is no object', {
    given: '"We are returning to a region that Austrian soldiers know well," Minister Karla Steiner told reporters.',
    want: { not: [['Karla Steiner', 'RETURNED_TO', 'Austria']] },
  }],
  ['"replaced the Irish Defence Forces\' 89th Infantry Group ... Y praised the Irish soldiers, who flew home": a demonym\'s troops as an object are the unit of that state (a service possessing it tells its state)', {
    given: 'At a handover ceremony on Friday, the Austrians replaced the Irish Defence Forces\' 88th Infantry Group as the force reserve. The ceremony was attended by Major General Bishnu Raj Thapaliya. Thapaliya praised the Irish soldiers, who flew home to Dublin on Saturday.',
    want: { has: [['Bishnu Raj Thapaliya', 'PRAISED', '88th Infantry Group'], ['88th Infantry Group', 'RETURNED_TO', 'Dublin']], not: [['Bishnu Raj Thapaliya', 'PRAISED', 'Ireland']] },
  }],
  ['"the Aegis destroyer ROKS Jeongjo the Great arrived": an epithet after "the" ends the name', {
    given: 'The Aegis destroyer ROKS Sejong the Great arrived at Pearl Harbor on Saturday.',
    want: { entities: [['ROKS Sejong the Great', 'unit']], absent: ['Great'] },
  }],
  ['"a report by Japan\'s Asahi Shimbun": a newspaper (shimbun, ilbo, times ...) is an organization its state owns no part of', {
    given: 'The Foreign Ministry denied a report by Japan\'s Mainichi Shimbun on Monday. The Dong-a Ilbo said the talks had ended.',
    want: { entities: [['Mainichi Shimbun', 'organization'], ['Dong-a Ilbo', 'organization']], not: [['Mainichi Shimbun', 'PART_OF', 'Japan']] },
  }],
  ['"China and Russia held their own joint naval exercise, Joint Sea 2042": holding a drill is taking part in it; holding a meeting is not', {
    given: 'China and Russia held their own joint naval exercise, Joint Sea 2042, in the East Sea last week. The two ministers held a closed-door meeting on energy cooperation.',
    want: { has: [['China', 'ATTENDED', 'Joint Sea 2042'], ['Russia', 'ATTENDED', 'Joint Sea 2042']], not: [['China', 'ATTENDED', 'closed-door meeting']] },
  }],
  ['"The command and joint staff of the Regional Group of Forces (RGF) of Belarus and Russia held X": the force acts, not the states it is "of"', {
    given: 'The command and joint staff of the Regional Group of Forces (RGF) of Belarus and Russia held a command-post exercise at the Obuz-Lesnovsky training ground on Thursday.',
    want: { has: [['Regional Group of Forces', 'ATTENDED', 'command-post exercise']], not: [['Belarus', 'ATTENDED', 'command-post exercise']] },
  }],
  ['"The operation, codenamed Claw-Shield, began on Friday": a one-word code name given to a definite event with nothing named before it names the event', {
    given: 'Turkish forces killed 17 militants in a joint operation in Duhok province. The operation, codenamed Claw-Shield, began on Friday. Iraq\'s Foreign Ministry condemned the operation on Sunday.',
    want: { entities: [['Claw-Shield', 'event']], has: [['Foreign Ministry', 'CRITICIZED', 'Claw-Shield']] },
  }],
  ['"The operation, code-named Sarare Shield, was directed by General X": a code name of two words names the event too', {
    given: 'The operation, code-named Sarare Shield, was directed by Major General Jairo Bustamante.',
    want: { entities: [['Sarare Shield', 'event']], has: [['Jairo Bustamante', 'ATTENDED', 'Sarare Shield']] },
  }],
  ['"followed the exercise on Saturday from a forward command post in X": where an event was watched from is not where it was', {
    given: 'The Steel Claw exercise began on Friday. General Kerem Yazici followed the exercise on Saturday from a forward command post in Cukurca, in Hakkari province.',
    want: { not: [['Steel Claw exercise', 'LOCATED_IN', 'Cukurca']] },
  }],
  ['"The Kenya Navy commissioned on Wednesday its fifth offshore patrol vessel, KNS X": the clause\'s subject owns the ship set off after "its ... vessel,"', {
    given: 'The Kenya Navy commissioned on Wednesday its fifth offshore patrol vessel, KNS Shujaa Bahari, in a ceremony at Mtongwe.',
    want: { has: [['KNS Shujaa Bahari', 'PART_OF', 'Kenya Navy']] },
  }],
  ['"The 87-metre vessel was built by X, and its crew of 60 was trained by the French Navy": a measure opens a ship anaphor, and "its" is who was trained', {
    given: 'The Navy commissioned the patrol vessel ARA Almirante Soler on Wednesday. The 87-metre vessel was built by Naval Group in Lorient, France, and its crew of 60 was trained by the French Navy.',
    want: { has: [['French Navy', 'ASSISTED', 'ARA Almirante Soler']], not: [['French Navy', 'ASSISTED', 'Naval Group']] },
  }],
  ['"based in Mar del Plata", "returned to Mar del Plata": a month\'s short form before a name particle and a capitalised word opens a name', {
    given: 'The division, which is based in Mar del Plata, was formed in 2019. The patrol ship Rivadavia returned to Mar del Plata on Monday.',
    want: { entities: [['Mar del Plata', 'place']], has: [['Rivadavia', 'RETURNED_TO', 'Mar del Plata']] },
  }],
  ['"The opposition Unión por la Patria bloc": "por" is a name particle', {
    given: 'The opposition Unión por la Patria bloc criticized the Ministry of Defence of Argentina over the cost of the programme.',
    want: { has: [['Unión por la Patria', 'CRITICIZED', 'Ministry of Defence of Argentina']], absent: ['Patria'] },
  }],
  ['"to name Vice Admiral X as the new Chief of the General Staff of the Navy, replacing Admiral Y": the post is X\'s, not Y\'s', {
    given: 'The minister used the occasion to name Vice Admiral Tomas Arrieta-Vidal as the new Chief of the General Staff of the Navy, replacing Admiral Ruben Castellanos.',
    want: { has: [['Tomas Arrieta-Vidal', 'LEADER_OF', 'General Staff of the Navy']], not: [['Ruben Castellanos', 'LEADER_OF', 'General Staff of the Navy']] },
  }],
  ['"The ship, which is commanded by X" after a ship and "the Southern Naval Area": a ship noun refers to a ship, not to a formation with another head', {
    given: 'The Navy commissioned the frigate ARA Almirante Soler on Wednesday. Its new chief previously commanded the Southern Naval Area, which is headquartered in Ushuaia. The ship, which is commanded by Commander Lucia Benavidez, will join the Maritime Patrol Division.',
    want: { has: [['ARA Almirante Soler', 'COMMANDED_BY', 'Lucia Benavidez']], not: [['Southern Naval Area', 'COMMANDED_BY', 'Lucia Benavidez']] },
  }],
  ['"The landing was watched by A and B": an action of an exercise (a landing, a drop) standing as the passive subject is the exercise', {
    given: 'Marines stormed a beach in Lampung on Monday in the Sea Dragon 2039 exercise. The landing was watched by Navy Chief of Staff Admiral Harun Setiabudi and Brigadier Tomas Ferreira.',
    want: { has: [['Harun Setiabudi', 'ATTENDED', 'Sea Dragon 2039 exercise'], ['Tomas Ferreira', 'ATTENDED', 'Sea Dragon 2039 exercise']] },
  }],
  ['"the Chief of the Royal Australian Navy, Vice Admiral X ... The Australian admiral praised Y": a person whose service names a state is that state\'s, for a demonym role anaphor', {
    given: 'The drill was watched by Navy Chief of Staff Admiral Harun Setiabudi and the Chief of the Royal Australian Navy, Vice Admiral Joanna Pickersgill. Harun received a medal. The Australian admiral praised Indonesia for hosting the exercise.',
    want: { has: [['Joanna Pickersgill', 'PRAISED', 'Indonesia']], not: [['Harun Setiabudi', 'PRAISED', 'Indonesia']] },
  }],
  ['"also attended the ceremony after holding talks with Defense Minister X": a meeting set at another time does not make X an attendee', {
    given: 'A ceremony was held in Jakarta on Tuesday. Admiral Joanna Pickersgill also attended the ceremony after holding talks with Defense Minister Agus Wiratama at the ministry.',
    want: { has: [['Joanna Pickersgill', 'ATTENDED', 'ceremony'], ['Agus Wiratama', 'MET_WITH', 'Joanna Pickersgill']], not: [['Agus Wiratama', 'ATTENDED', 'ceremony']] },
  }],
  ['"NNS Kada, a ship of the command" after "the Western Naval Command": a definite "command" (or "group") may stand for a unit', {
    given: 'The Western Naval Command of the Nigerian Navy has arrested nine pirates. The suspects were intercepted by the offshore patrol vessel NNS Kada, a ship of the command, on Sunday.',
    want: { has: [['NNS Kada', 'PART_OF', 'Western Naval Command of the Nigerian Navy']] },
  }],
  ['"SNMG1, one of NATO\'s four standing maritime groups, is part of the NATO Response Force": an apposition opened by "one of" stands between the subject and its verb', {
    given: 'SNMG1, one of NATO\'s four standing maritime groups, is part of the NATO Response Force.',
    want: { has: [['SNMG1', 'PART_OF', 'NATO Response Force']], not: [['NATO', 'PART_OF', 'NATO Response Force']] },
  }],
  ['"Standing NATO Maritime Group 1": a group with a number after its head is a formation', {
    given: 'The frigate left Lisbon on Monday to join Standing NATO Maritime Group 1 in the Baltic Sea.',
    want: { entities: [['Standing NATO Maritime Group 1', 'unit']] },
  }],
  ['"merged their staffs into a single Binational Naval Staff. The new staff answers to X. It is headed by Y": "the new staff" is the body just formed, and "It" after it too', {
    given: 'The Royal Netherlands Navy and the Belgian Navy on Monday merged their operational staffs into a single Binational Naval Staff (BNS). The new staff answers to Admiral Benelux (ABNL), the joint command that the two navies set up in 1996. It is headed by a Belgian, Rear Admiral Pieter Goossenaerts.',
    want: { has: [['Pieter Goossenaerts', 'LEADER_OF', 'Binational Naval Staff']] },
  }],
  ['"watched the drill from the ship Dokdo with Defense Minister X": a titled person after a bare "with" attends too', {
    given: 'The Ocean Shield exercise began on Monday. Daniel Pennington watched the drill from the ship Dokdo with Defense Minister Maeng Ji-hoon.',
    want: { has: [['Maeng Ji-hoon', 'ATTENDED', 'Ocean Shield exercise']] },
  }],
  ['"watched the landing from the amphibious assault ship Dokdo": an action of the exercise just named (landing, demonstration, drop ...) is watched as the exercise', {
    given: 'About 4,000 troops staged a combined amphibious landing at Dogu Beach as part of Ssangyong 39, the largest edition of the exercise. US Secretary of Defense Daniel Pennington watched the landing from the amphibious assault ship Dokdo.',
    want: { has: [['Daniel Pennington', 'ATTENDED', 'Ssangyong 39']] },
  }],
  ['"They are joined by a company of the Belgian Special Operations Regiment\'s 2nd Commando Battalion": units joining those of the sentence before attend its event', {
    given: 'Some 600 marines of the 1st Marine Battalion are meanwhile taking part in Joint Viking, a Norwegian winter exercise. They are joined by a company of the Belgian Special Operations Regiment\'s 2nd Commando Battalion, which is commanded by Lieutenant Colonel Koen Demeulenaere.',
    want: { has: [['2nd Commando Battalion', 'ATTENDED', 'Joint Viking']], not: [['Belgian Special Operations Regiment', 'ATTENDED', 'Joint Viking']] },
  }],
  ['"The Royal Netherlands Navy and the Belgian Navy merged their operational staffs into a single Binational Naval Staff": what bodies merge into they form', {
    given: 'The Royal Netherlands Navy and the Belgian Navy on Monday merged their operational staffs into a single Binational Naval Staff (BNS) in Den Helder.',
    want: { has: [['Binational Naval Staff', 'FORMED_BY', 'Royal Netherlands Navy'], ['Binational Naval Staff', 'FORMED_BY', 'Belgian Navy']] },
  }],
  ['"ROME ... X, who had flown to Tirana on Sunday evening, also held talks with Prime Minister Y": a bare post after a journey to a capital is the host\'s', {
    given: 'ROME, February 16. /La Repubblica/. Italy and Albania signed a naval accord on Monday. Defence Minister Ludovica Cantamessa, who had flown to Tirana on Sunday evening, also held talks with Prime Minister Besnik Qerimaj.',
    want: { has: [['Besnik Qerimaj', 'LEADER_OF', 'Albania']], not: [['Besnik Qerimaj', 'LEADER_OF', 'Italy']] },
  }],
  ['"Two teams of the 1st Battalion were airlifted to Lakhimpur": units moved, relocated or airlifted somewhere are deployed there', {
    given: 'Two teams of the 1st Battalion of the National Disaster Response Force were airlifted to Lakhimpur by helicopters on Monday.',
    want: { has: [['1st Battalion', 'DEPLOYED_TO', 'Lakhimpur']] },
  }],
  ['"At the same ceremony, X decorated Y": "the same" gathering is the one named before; "..., the Ministry of Defence said" after a ship noun is the source, no ship', {
    given: 'The change of command ceremony was held at Mtongwe Naval Base on Friday. At the same ceremony, Ms Wanjiku Mbugua decorated Commodore Tarar with the Order of the Grand Warrior. The vessel will serve as the task force\'s flagship, the Ministry of Defence said.',
    want: { entities: [['Ministry of Defence', 'organization']] },
  }],
  ['"Combined Task Force 151 (CTF 151) ... CTF 151 was set up by the CMF": an acronym and number named before are one name', {
    given: 'The Kenya Navy took command of Combined Task Force 151 (CTF 151) on Monday. CTF 151 was set up by the Combined Maritime Forces (CMF) in January 2009.',
    want: { has: [['Combined Task Force 151', 'FORMED_BY', 'Combined Maritime Forces']], absent: ['CTF'] },
  }],
  ['"the Binational Border Intelligence Center in Ciudad del Este, which the two governments created": an object relative after a place tells of the body the place follows', {
    given: 'Brazil and Paraguay signed an agreement on Friday. The information will be analyzed at the Binational Border Intelligence Center in Ciudad del Este, which the two governments created in March last year.',
    want: { has: [['Binational Border Intelligence Center', 'FORMED_BY', 'Brazil'], ['Binational Border Intelligence Center', 'FORMED_BY', 'Paraguay']] },
  }],
  ['"General X, chairman of Pakistan\'s Joint Chiefs of Staff Committee, who is on a five-day visit to China": "who" is the holder of the apposed post, not the body', {
    given: 'In Beijing, General Xue Zhenbang met General Shahzad Akhtar Kiani, chairman of Pakistan\'s Joint Chiefs of Staff Committee, who is on a five-day visit to China.',
    want: { has: [['Shahzad Akhtar Kiani', 'VISITED', 'China']] },
  }],
  ['"praised the bravery of the national army": a lower-case "national army" refers back to the army named before', {
    given: 'Somali National Army troops cleared two villages. Mahad Jama visited wounded soldiers at the hospital in Mogadishu and praised the bravery of the national army.',
    want: { has: [['Mahad Jama', 'PRAISED', 'Somali National Army']] },
  }],
  ['"Australia gifted a sixth patrol boat, HMPNGS Kumul, to the PNGDF", "delivered the patrol boat Nafanua III to the Samoa Police Service": a gift or a delivered ship is help to whom it goes, never to the ship', {
    given: 'Also on Wednesday, Australia gifted a sixth Guardian-class patrol boat, HMPNGS Kumul, to the PNGDF at a ceremony. Australia delivered the Guardian-class patrol boat Nafanua III to the Samoa Police Service in 2021. Its patrol boat, RVS Namaka, which Australia donated on May 3 last year under its Pacific Maritime Security Program, escorted the longliner to Luganville on Sunday.',
    want: { has: [['Australia', 'ASSISTED', 'PNGDF'], ['Australia', 'ASSISTED', 'Samoa Police Service']], not: [['Australia', 'ASSISTED', 'HMPNGS Kumul'], ['Australia', 'ASSISTED', 'Luganville']] },
  }],
  ['"the command\'s political commissar, Admiral Shen Baolin": a political commissar is an official post', {
    given: 'The drill was observed by the commander of the Southern Theatre Command, General Rong Weidong, and the command\'s political commissar, Admiral Shen Baolin.',
    want: { has: [['Shen Baolin', 'OFFICIAL_OF', 'Southern Theatre Command'], ['Shen Baolin', 'ATTENDED', 'drill']] },
  }],
  ['"PESHAWAR, July 10. /Dawn/. Prime Minister X condemned": a national newspaper\'s copy from a city that is no capital is home copy of its state', {
    given: 'PESHAWAR, July 10. /Dawn/. Prime Minister Sanaullah Khan Marwat condemned the attack on Monday. Pakistan closed its border with Afghanistan.',
    want: { has: [['Sanaullah Khan Marwat', 'LEADER_OF', 'Pakistan']] },
  }],
  ['"the Committee on Defence and Security of the National Council of the Slovak Republic, whose chairman, X,": "whose" is the body the "of" phrase completes', {
    given: 'The deal was approved on Monday by the Committee on Defence and Security of the National Council of the Slovak Republic, whose chairman, Marián Kollárik, said it would create jobs.',
    want: { has: [['Marián Kollárik', 'LEADER_OF', 'Committee on Defence and Security']], not: [['Marián Kollárik', 'LEADER_OF', 'National Council of the Slovak Republic']] },
  }],
  ['"the headquarters of the Qatar-Turkey Combined Joint Force Command in Doha": a command\'s name takes "in" a state, not a city; "the Joint Arctic Command in Nuuk, which is headed by X": the relative tells of the body, not the city', {
    given: 'The ministers visited the headquarters of the Qatar-Turkey Combined Joint Force Command in Doha. The exercise was directed from the Joint Arctic Command in Nuuk, which is headed by Rear Admiral Mikkel Holst.',
    want: { entities: [['Qatar-Turkey Combined Joint Force Command', 'organization']], has: [['Mikkel Holst', 'LEADER_OF', 'Joint Arctic Command']], not: [['Mikkel Holst', 'LEADER_OF', 'Greenland']] },
  }],
  ['"visited the Seme border post in Lagos State": a lower-case "post" after a name (with "border" before it) is a place\'s head', {
    given: 'The comptroller had visited the Seme border post in Lagos State on Saturday.',
    want: { entities: [['Seme border post', 'place']], has: [['Seme border post', 'LOCATED_IN', 'Lagos State']] },
  }],
  ['"The protocol, which the two defence ministers, Algeria\'s X and Tunisia\'s Y, signed": a group set off before the names, and states\' possessives, open an object relative\'s subject', {
    given: 'Algeria and Tunisia will mount joint patrols from early March under a protocol signed in Tunis on Wednesday. The protocol, which the two defence ministers, Algeria’s Saïd Benmansour and Tunisia’s Imed Ferjani, signed at the Tunisian defence ministry, creates a joint operations room.',
    want: { has: [['Saïd Benmansour', 'SIGNED', 'protocol'], ['Imed Ferjani', 'SIGNED', 'protocol']] },
  }],
  ['"the Brasilia Presidential Act", "the Helsinki Final Act": a capitalised "Act" heads an agreement\'s name (no person "Presidential Act")', {
    given: 'Ecuador and Peru met in 1995. The two countries signed the Brasilia Presidential Act in October 1998, recalling the Helsinki Final Act.',
    want: { entities: [['Brasilia Presidential Act', 'agreement'], ['Helsinki Final Act', 'agreement']], has: [['Peru', 'SIGNED', 'Brasilia Presidential Act']] },
  }],
  ['"The admiral thanked Japan", "the general said, praising X": a lone rank before a verb or punctuation is a role anaphor (not "the general public")', {
    given: 'PCG Commandant Admiral Ronaldo Tagle Buhain visited Kagoshima. The admiral thanked Japan for the patrol vessels. General Ivan Petrov visited Kure. "We won," the general said, praising the 5th Brigade. The general public was not told.',
    want: { has: [['Ronaldo Tagle Buhain', 'PRAISED', 'Japan'], ['Ivan Petrov', 'PRAISED', '5th Brigade']] },
  }],
  ['"The agreement still has to be approved by the Diet and ratified by the Philippine Senate": an obligation is no fact yet', {
    given: 'Japan and the Philippines signed an agreement. The agreement still has to be approved by the Diet and ratified by the Philippine Senate before it takes effect.',
    want: { has: [['Japan', 'SIGNED', 'agreement']], not: [['Philippine Senate', 'SIGNED', 'agreement']] },
  }],
  ['"the Reciprocal Access Agreement (RAA) covering the Self-Defense Forces and ..., which Japan and the Philippines signed": the antecedent of an object relative past a participle phrase describing it', {
    given: 'It builds on the Reciprocal Access Agreement (RAA) covering the Self-Defense Forces and the Armed Forces of the Philippines, which Japan and the Philippines signed in Manila in July 2024.',
    want: { has: [['Japan', 'SIGNED', 'Reciprocal Access Agreement'], ['Philippines', 'SIGNED', 'Reciprocal Access Agreement']] },
  }],
  ['"off the Horn of Africa": "Horn" opens a place name with its "of" complement, like "Cape"', {
    given: 'The operation protects merchant shipping off the Horn of Africa.',
    want: { entities: [['Horn of Africa', 'place']], absent: ['Horn'] },
  }],
  ['"helped the Syria Civil Defence", "trained by Cuba\'s Civil Defence": a civil-defence service is a body (not a portfolio inside a ministry\'s name)', {
    given: 'The contingent helped the Syria Civil Defence evacuate villagers. Engineers were trained by Cuba\'s Civil Defence. The Fire Service answers to the Ministry of Climate Crisis and Civil Protection.',
    want: { entities: [['Syria Civil Defence', 'organization'], ['Civil Defence', 'organization']], absent: ['Climate Crisis and Civil Protection'] },
  }],
  ['"X, a new unit set up in September by the mission\'s head, Maj Gen Y": a participle after an indefinite unit noun with "by" is passive, and the founder is the holder of the post', {
    given: 'The troops formed the Force Reserve Battalion, a new unit set up in September by the mission\'s head, Maj Gen Rafael Sosa Bentancur of Uruguay.',
    want: { has: [['Force Reserve Battalion', 'FORMED_BY', 'Rafael Sosa Bentancur']] },
  }],
  ['"the brigade repelled an assault by Russia\'s 58th Army": an active verb with an object is no passive participle', {
    given: 'In March, the 44th Artillery Brigade repelled an assault by Russia\'s 58th Combined Arms Army near Huliaipole.',
    want: { not: [['58th Combined Arms Army', 'FORMED_BY', '44th Artillery Brigade']] },
  }],
  ['"the 87th Infantry Group ... The contingent returned to X": a contingent is any body of troops sent (a group, battalion, company ...); "The new contingent" the first named', {
    given: 'Some 130 members of the 87th Infantry Group have taken over from the 86th Infantry Group. The contingent returned to Casement Aerodrome on Tuesday night. The new contingent, which was deployed to Camp Faouar in early November, is commanded by Lieut Col Grainne Ni Bhriain.',
    want: { has: [['87th Infantry Group', 'DEPLOYED_TO', 'Camp Faouar'], ['87th Infantry Group', 'COMMANDED_BY', 'Grainne Ni Bhriain'], ['86th Infantry Group', 'RETURNED_TO', 'Casement Aerodrome']] },
  }],
  ['"taken over from the 86th Infantry Group on the Golan Heights": a numbered formation\'s name takes no "on" phrase', {
    given: 'Members of the 87th Infantry Group have taken over from the 86th Infantry Group on the Golan Heights.',
    want: { entities: [['86th Infantry Group', 'unit'], ['Golan Heights', 'place']] },
  }],
  ['"the Tochi Scouts", "the Royal Gurkha Rifles": plural regimental heads (scouts, rifles, rangers, fusiliers ...) end unit names', {
    given: 'Troops of the Special Service Group and the Tochi Scouts launched an operation, backed by the Royal Gurkha Rifles.',
    want: { entities: [['Tochi Scouts', 'unit'], ['Royal Gurkha Rifles', 'unit']] },
  }],
  ['"the corps commander told troops ..., praising X": a unit word between "the" and a post with no name after it is a role anaphor', {
    given: 'Peshawar Corps Commander Lt Gen Shahid Mehmood Kundi visited Mir Ali on Monday. "We will find them," the corps commander told troops in Mir Ali, praising the Tochi Scouts for repulsing the attackers.',
    want: { has: [['Shahid Mehmood Kundi', 'PRAISED', 'Tochi Scouts']], not: [['Peshawar Corps', 'PRAISED', 'Tochi Scouts']] },
  }],
  ['"the frigate Carlo Bergamini docked in Durres. Her commander, Captain X,": a sentence-opening "Her" after a sentence naming a warship and no person is the ship\'s', {
    given: 'Hours after the signing, the Italian Navy frigate Carlo Bergamini docked in Durres for a port call. Her commander, Captain Fabrizio Orlandini, was received on Tuesday by the mayor.',
    want: { has: [['Fabrizio Orlandini', 'LEADER_OF', 'Carlo Bergamini']] },
  }],
  ['"Minister X arrived. Her spokesman, Y, said": a sentence-opening "Her" after a person is hers (no body led)', {
    given: 'Minister Anna Berg arrived in Durres on Monday. Her spokesman, Fabrizio Orlandini, said she met the mayor.',
    want: { not: [['Fabrizio Orlandini', 'LEADER_OF', 'Anna Berg'], ['Fabrizio Orlandini', 'OFFICIAL_OF', 'Anna Berg']] },
  }],
  ['"The accord, which Defence Minister X and her Albanian counterpart, Y, signed in Tirana": the commas of an apposition inside an object relative close no clause before its verb', {
    given: 'Italy and Albania signed a naval cooperation agreement on Tuesday. The accord, which Defence Minister Ludovica Cantamessa and her Albanian counterpart, Arben Gjoka, signed in Tirana on Monday, provides for joint patrols.',
    want: { has: [['Ludovica Cantamessa', 'SIGNED', 'naval cooperation agreement'], ['Arben Gjoka', 'SIGNED', 'naval cooperation agreement']] },
  }],
  ['"under a contract that Beijing and Islamabad signed in 2015": an agreement head after "a" with a relative clause whose verb is "signed" is an agreement, and its signers sign it', {
    given: 'The submarines are being delivered under a contract that Beijing and Islamabad signed in 2015.',
    want: { entities: [['contract', 'agreement']], has: [['China', 'SIGNED', 'contract'], ['Pakistan', 'SIGNED', 'contract']] },
  }],
  ['"flew by helicopter to Camp Humphreys in Pyeongtaek": "Camp" before a name opens a place, like "Fort"', {
    given: 'On Saturday morning, Pennington flew by helicopter to Camp Humphreys in Pyeongtaek.',
    want: { entities: [['Camp Humphreys', 'place']], has: [['Camp Humphreys', 'LOCATED_IN', 'Pyeongtaek']] },
  }],
  ['"as part of Ssangyong 39, the largest edition of the exercise": a numbered name with an apposition of lower-case words ending in an event phrase names that event', {
    given: 'About 4,000 troops from South Korea and the United States staged a landing at Dogu Beach as part of Ssangyong 39, the largest edition of the exercise.',
    want: { entities: [['Ssangyong 39', 'event']], has: [['South Korea', 'ATTENDED', 'Ssangyong 39']] },
  }],
  ['"thanked Austria for training AFBiH deminers" (deminers, cadets, crews ... are people of the body trained); "Brazil will also train Argentine crews" (a future past an adverb trains no one yet)', {
    given: 'The Armed Forces of Bosnia and Herzegovina (AFBiH) cleared the field. The minister thanked Austria for training AFBiH deminers in recent years. Under the deal, Brazil will also train Argentine crews at its naval school.',
    want: { has: [['Austria', 'ASSISTED', 'AFBiH']], not: [['Brazil', 'ASSISTED', 'Argentina']] },
  }],
  ['"claimed by Islamic State", "JNIM, an al-Qaeda affiliate", "the al Qaeda-linked al-Shabaab group", "The Islamic State\'s Somalia Province": the movements named so are bodies, the province a branch', {
    given: 'The attack was claimed by Islamic State. Attacks by JNIM, an al-Qaeda affiliate, rose in Togo. Fighters of the al Qaeda-linked al-Shabaab group attacked a base. The Islamic State\'s Sahel Province claimed the raid.',
    want: { entities: [['Islamic State', 'organization'], ['al-Qaeda', 'organization'], ['al-Shabaab', 'organization'], ['Sahel Province', 'organization']], has: [['JNIM', 'PART_OF', 'al-Qaeda'], ['Sahel Province', 'PART_OF', 'Islamic State']] },
  }],
  ['"Indonesia\'s Defence Ministry signed ... , ministry spokesman Brigadier General X said": a bare lower-case body before a spokesman\'s post is the one named before', {
    given: 'JAKARTA, June 15. /Antara/. Indonesia\'s Defence Ministry signed the contract. The frigates will be delivered from 2036, ministry spokesman Brigadier General Dedi Kurniawan said.',
    want: { has: [['Dedi Kurniawan', 'OFFICIAL_OF', 'Defence Ministry']] },
  }],
  ['"has created a new Kenya Navy unit, the Offshore Protection Squadron"; "Battalion 122, one of the brigade\'s combat battalions,": the body in the description before, and the possessor of "one of", own the unit', {
    given: 'The 45th Brigade is based in Rudninkai. Armoured Infantry Battalion 122, one of the brigade\'s combat battalions, is to move to Lithuania. President Sang has created a new Kenya Navy unit, the Coastal Patrol Squadron, to guard installations.',
    want: { has: [['Armoured Infantry Battalion 122', 'PART_OF', '45th Brigade'], ['Coastal Patrol Squadron', 'PART_OF', 'Kenya Navy']] },
  }],
  ['"wrapped up Caspian Shield-2032, a week of joint naval drills": a span "of" opens the description that names the event; "in the eastern Mediterranean": a side before a lone place name after a place preposition', {
    given: 'Türkiye and Azerbaijan on Monday wrapped up Steppe Shield-2032, a week of joint naval drills. Warships ended the Sea Wolf exercise in the eastern Mediterranean on Wednesday.',
    want: { entities: [['Steppe Shield-2032', 'event'], ['Mediterranean', 'place']], has: [['Azerbaijan', 'ATTENDED', 'Steppe Shield-2032'], ['Sea Wolf exercise', 'LOCATED_IN', 'Mediterranean']] },
  }],
  ['"held the Noble Dina exercise ... took part in the winter exercise Polar Lynx 29, which ended in Norrbotten": a definite exercise phrase with a code name after it is that named event (its number kept), not the one before', {
    given: 'Troops held the Sea Breeze exercise on Monday. Around 4,000 soldiers took part in the winter exercise Arctic Fox 29, which ended in Lapland on Sunday.',
    want: { entities: [['Arctic Fox 29', 'event']], has: [['Arctic Fox 29', 'LOCATED_IN', 'Lapland']], not: [['Sea Breeze exercise', 'LOCATED_IN', 'Lapland']] },
  }],
  ['"after a refit in Cairns, Australia, the navy said": a place after "in" then a state set off by commas lies in it (not a list: "in Suva, Fiji, Samoa and Tonga")', {
    given: 'The boat returned after a refit at a shipyard in Cairns, Australia, the navy said. Talks were held in Suva, Fiji, Samoa and Tonga.',
    want: { has: [['Cairns', 'LOCATED_IN', 'Australia']], not: [['Suva', 'LOCATED_IN', 'Fiji']] },
  }],
  ['"awarded the Medal at a ceremony at Rena military camp on Saturday": a name before a lower-case "camp" (or "barracks", "garrison") is a place', {
    given: 'The battalion commander was awarded the Armed Forces Medal at a ceremony at Rena military camp on Saturday.',
    want: { entities: [['Rena military camp', 'place']], has: [['ceremony', 'LOCATED_IN', 'Rena military camp']] },
  }],
  ['"The two commands already took part in SAREX-27": a counted group of formations stands for the units with that head named before', {
    given: 'Ships of the Western Fleet Command and the Eastern Fleet Command will patrol together. The two commands already took part in Sea Shield 27, a search-and-rescue exercise, in late April.',
    want: { has: [['Western Fleet Command', 'ATTENDED', 'Sea Shield 27'], ['Eastern Fleet Command', 'ATTENDED', 'Sea Shield 27']] },
  }],
  ['"The High Commissioner to Bangladesh, A, and the Defence Adviser at the High Commission in Dhaka, Commodore B, were also present": every post holder attends the event named before', {
    given: 'The passing-out parade was held at the academy on Monday. The Sri Lankan High Commissioner to Bangladesh, Nirmala Perera, and the Defence Adviser at the Sri Lanka High Commission in Dhaka, Commodore Ruwan Silva, were also present.',
    want: { has: [['Nirmala Perera', 'ATTENDED', 'passing-out parade'], ['Ruwan Silva', 'ATTENDED', 'passing-out parade']] },
  }],
  ['"a delegation of the Georgian Parliament\'s Defence Committee led by its chairman, X, arrived ... The delegation was received by Y": the delegation is led by the holder named after its post; a comma after a fronted phrase opens no apposition', {
    given: 'Also on Friday, a delegation of the Latvian Parliament\'s Defence and Security Committee led by its chairman, Juris Kalnins, arrived in Vilnius on a three-day visit. The delegation was received by the Speaker of the Seimas, Ona Petraitiene.',
    want: { has: [['Juris Kalnins', 'VISITED', 'Vilnius'], ['Ona Petraitiene', 'MET_WITH', 'Juris Kalnins']] },
  }],
  ['"the Special Representative for the Caucasus and Central Asia, Kristiina X, said": a name after the areas a post is for, closed by "and", is the post\'s holder, not one more place', {
    given: 'NATO\'s Special Representative for the Caucasus and Central Asia, Kristiina Haavisto-Rannikko, said the centre would help.',
    want: { entities: [['Kristiina Haavisto-Rannikko', 'person']] },
  }],
  ['"NATO\'s Special Representative for the Caucasus and Central Asia, Kristiina X, who attended": a name followed by ", who" is a person, not a place listed after a place', {
    given: 'NATO\'s Special Representative for the Caucasus and Central Asia, Kristiina Haavisto-Rannikko, who attended the ceremony as a guest, praised Armenia.',
    want: { entities: [['Kristiina Haavisto-Rannikko', 'person']], has: [['Kristiina Haavisto-Rannikko', 'PRAISED', 'Armenia']] },
  }],
  ['"froze its participation in the Russian-led CSTO": a compound adjective before a name describes the body named after it', {
    given: 'Armenia froze its participation in the Russian-led CSTO in 2024.',
    want: { entities: [['CSTO', 'organization']], absent: ['Russian-led CSTO'] },
  }],
  ['"shortly after a bilateral summit between X and his Chadian counterpart, Y": those a summit is between met', {
    given: 'President Ebere Okafor spoke. The investiture came shortly after a bilateral summit between Okafor and his Chadian counterpart, Idriss Mahamat Deby.',
    want: { has: [['Ebere Okafor', 'MET_WITH', 'Idriss Mahamat Deby']] },
  }],
  ['"camps of the Islamic State Sahel Province (ISSP)": a province of a movement calling itself a state is a body, not an area', {
    given: 'Troops cleared 14 camps of the Islamic State Sahel Province (ISSP) near Menaka. ISSP denied it.',
    want: { entities: [['Islamic State Sahel Province', 'organization']] },
  }],
  ['"troops of the task force\'s Sector 3, based in Monguno, and Sector 2, the Chadian contingent ..., with air support from the Nigerian Air Force": numbered sectors of a force are its units; support "from" helped the one before the apposition', {
    given: 'Troops of the Multinational Joint Task Force (MNJTF) cleared camps. The offensive was conducted by troops of the task force\'s Sector 3, based in Monguno, and Sector 2, the Chadian contingent headquartered in Baga-Sola, with air support from the Nigerian Air Force (NAF).',
    want: { entities: [['Sector 3', 'unit'], ['Sector 2', 'unit']], has: [['Sector 3', 'PART_OF', 'Multinational Joint Task Force'], ['Nigerian Air Force', 'ASSISTED', 'Sector 2']], not: [['Chad', 'ASSISTED', 'Nigerian Air Force'], ['Nigerian Air Force', 'ASSISTED', 'Chad']] },
  }],
  ['"HANOI ... attended by Minister of Transport X, who arrived in Hanoi on Monday for a visit": a visitor to the dateline\'s state is not its minister (Rome copy about a minister arriving in Tripoli still is Italy\'s)', {
    given: 'HANOI, August 5. /The Mainichi/. Vietnam took delivery of a ship. The ceremony was attended by Minister of Transport Hiroshi Tanabe, who arrived in Hanoi on Monday for a four-day visit.',
    want: { not: [['Hiroshi Tanabe', 'OFFICIAL_OF', 'Vietnam']] },
  }],
  ['"The ship, renamed CSB 8021, entered service with the coast guard\'s Region 1 Command": a hull-numbered new name is a ship; a numbered command is a unit of the two-word service named before', {
    given: 'Japan handed over a patrol vessel to the Vietnam Coast Guard on Wednesday. The ship, renamed CSB 8041, entered service the same day with the coast guard\'s Region 3 Command.',
    want: { entities: [['CSB 8041', 'unit'], ['Region 3 Command', 'unit']], has: [['Region 3 Command', 'PART_OF', 'Vietnam Coast Guard']], absent: ['CSB'] },
  }],
  ['"paratroopers of Russia\'s 31st Brigade and of the 37th Brigade of the Kazakh Airmobile Forces ... The Russian paratroopers returned": a demonym before a troop noun picks that state\'s unit', {
    given: 'About 1,800 troops took part, most of them paratroopers of Russia\'s 76th Guards Air Assault Division and of the 36th Air Assault Brigade of the Kazakh Airmobile Forces. The Russian paratroopers returned to their base in Pskov on Wednesday.',
    want: { has: [['76th Guards Air Assault Division', 'RETURNED_TO', 'Pskov']], not: [['36th Air Assault Brigade of the Kazakh Airmobile Forces', 'RETURNED_TO', 'Pskov']] },
  }],
  ['"the Polish 16th Division ... praised the German brigade. The Polish troops returned": not the other state\'s unit named just before', {
    given: 'Troops of the Polish 16th Mechanised Division completed the exercise on Thursday. The minister praised the German brigade for its contribution. The Polish troops returned to their garrisons in Poland on Friday.',
    want: { has: [['16th Mechanised Division', 'RETURNED_TO', 'Poland']] },
  }],
  ['"ended a five-day exercise ... The two ministers watched the final phase from a command post": a stage of the event just named is attended', {
    given: 'Paratroopers of the 98th Airborne Division ended a five-day exercise on Tuesday. Defence Minister Ivan Lomakin and his Kazakh counterpart, General Yerzhan Tokpanov, watched the final phase from a command post.',
    want: { has: [['Ivan Lomakin', 'ATTENDED', 'exercise'], ['Yerzhan Tokpanov', 'ATTENDED', 'exercise']] },
  }],
  ['"ended a five-day exercise ... About 1,800 troops took part, most of them paratroopers of X and of Y": units named after a bare "took part" right after an exercise take part in it', {
    given: 'The allied forces on Tuesday ended a five-day exercise at the Otar training ground. About 1,500 troops took part, most of them paratroopers of the 98th Airborne Division and of the 35th Air Assault Brigade.',
    want: { has: [['98th Airborne Division', 'ATTENDED', 'exercise'], ['35th Air Assault Brigade', 'ATTENDED', 'exercise']] },
  }],
  ['"ended a five-day exercise, Steppe Shield-2031, at X ... condemned Steppe Shield-2031": a capitalised name with a number set off after a described gathering is its name', {
    given: 'Paratroopers on Tuesday ended a five-day exercise, Steppe Shield-2031, at the Otar training ground. Ukraine condemned Steppe Shield-2031 on Wednesday.',
    want: { entities: [['Steppe Shield-2031', 'event']], has: [['Ukraine', 'CRITICIZED', 'Steppe Shield-2031'], ['Steppe Shield-2031', 'LOCATED_IN', 'Otar training ground']] },
  }],
  ['"signed by the head of Rosatom, X, and the chairman of Kazatom, Y": one unknown capitalised word after a body\'s post set off before its holder names the body', {
    given: 'The document was signed by the head of Rosatom, Igor Vasnetsov, and the chairman of Kazatom, Daniyar Seitov.',
    want: { entities: [['Rosatom', 'organization'], ['Kazatom', 'organization']], has: [['Igor Vasnetsov', 'LEADER_OF', 'Rosatom'], ['Daniyar Seitov', 'LEADER_OF', 'Kazatom']] },
  }],
  ['"Rosatom and the Kazakh nuclear agency Kazatom signed X": a lone name coordinated with a body described as such is a body and signs too', {
    given: 'Separately, Rosatom and the Kazakh nuclear agency Kazatom signed an agreement in Astana last Thursday.',
    want: { entities: [['Rosatom', 'organization']], has: [['Rosatom', 'SIGNED', 'agreement'], ['Kazatom', 'SIGNED', 'agreement']] },
  }],
  ['"awarded the Cross of Merit with Swords", "the Order of Courage with Oak Leaves": capitalised grade words after "with" are part of the award\'s name', {
    given: 'President Anna Kowalczyk awarded the Cross of Valour with Swords to Major Piotr Zielinski on Monday. Colonel Jan Nowak received the Order of Courage with Oak Leaves.',
    want: { entities: [['Cross of Valour with Swords', 'award'], ['Order of Courage with Oak Leaves', 'award']], has: [['Piotr Zielinski', 'RECEIVED_AWARD', 'Cross of Valour with Swords'], ['Jan Nowak', 'RECEIVED_AWARD', 'Order of Courage with Oak Leaves']], absent: ['Oak Leaves'] },
  }],
  ['"more than four percent of its GDP": an acronym of a common noun names no body', {
    given: 'Poland has spent more than four percent of its GDP on defence every year since 2024.',
    want: { absent: ['GDP'] },
  }],
  ['"The 4th Brigade is being trained at X by instructors of the Lithuanian Iron Wolf Brigade": the trainer after "by" in a passive assisted the subject (not a possessor: "Somalia\'s commandos, who were trained by Egypt")', {
    given: 'The 4th Brigade is being trained at the Pabrade range by instructors of the Lithuanian Iron Wolf Brigade. Somalia\'s elite commandos, who were trained by Egypt, arrived in Bosaso.',
    want: { has: [['Lithuanian Iron Wolf Brigade', 'ASSISTED', '4th Brigade']], not: [['Egypt', 'ASSISTED', 'Somalia']] },
  }],
  ['"signed an agreement that creates joint patrols, the Ministry of the Interior reported.": the source of a closing attribution is no object', {
    given: 'Peru and Chile on Wednesday signed an agreement that creates joint patrols on the border, the Ministry of the Interior reported.',
    want: { has: [['Peru', 'SIGNED', 'agreement']], not: [['Ministry of the Interior', 'FORMED_BY', 'Peru'], ['Ministry of the Interior', 'FORMED_BY', 'Chile']] },
  }],
  ['"sent 60 agents of its Special Intervention Group (GEI), an elite unit based in Toledo, to Melilla": the acronym does not hide the apposition that types the group, and the destination comes after the description', {
    given: 'The Policía Nacional sent 60 agents of its Special Intervention Group (GEI), an elite unit based in Toledo, to Melilla last week.',
    want: { entities: [['Special Intervention Group', 'unit']], has: [['Special Intervention Group', 'DEPLOYED_TO', 'Melilla']], not: [['Special Intervention Group', 'DEPLOYED_TO', 'Toledo']] },
  }],
  ['"the Policía Nacional", "the Armada de Chile", "the Director General of the Guardia Civil, X": a Romance head noun opens a body\'s name', {
    given: 'The Policía Nacional arrested two men. The Armada de Chile sent a frigate. The Director General of the Guardia Civil, Rosa Vidal Montes, attended the ceremony.',
    want: { entities: [['Policía Nacional', 'organization'], ['Armada de Chile', 'organization'], ['Guardia Civil', 'organization']], has: [['Armada de Chile', 'PART_OF', 'Chile'], ['Rosa Vidal Montes', 'LEADER_OF', 'Guardia Civil']], absent: ['Civil'] },
  }],
  ['"the patrol vessel X of the Guardia Civil\'s Maritime Service": a unit of a possessed body is part of the possessed body', {
    given: 'The patrol vessel Río Tajo of the Guardia Civil\'s Maritime Service sailed to Ceuta.',
    want: { has: [['Río Tajo', 'PART_OF', 'Maritime Service'], ['Maritime Service', 'PART_OF', 'Guardia Civil']] },
  }],
  ['"the Prime Minister of the Government of National Unity, X": capitalised words after "of" closing a post set off before its holder are the body\'s name, not a person', {
    given: 'The Prime Minister of the Government of National Salvation, Abdel Karim Mansour, said it.',
    want: { entities: [['Government of National Salvation', 'organization']], has: [['Abdel Karim Mansour', 'LEADER_OF', 'Government of National Salvation']], absent: ['Salvation'] },
  }],
  ['"The patrol vessel X and the landing ship Y were deployed": lower-case words describing a ship before its name join coordinated subjects', {
    given: 'The patrol vessel Almirante Riva and the landing ship Puerto Bravo were deployed to Callao last week.',
    want: { has: [['Almirante Riva', 'DEPLOYED_TO', 'Callao'], ['Puerto Bravo', 'DEPLOYED_TO', 'Callao']] },
  }],
  ['"Both ships are commanded by X", "the two frigates": a counted group of ships stands for the named warships', {
    given: 'The frigate Almirante Riva and the corvette Puerto Bravo arrived in Callao on Monday. Both ships are commanded by Captain Ernesto Palacios.',
    want: { has: [['Almirante Riva', 'COMMANDED_BY', 'Ernesto Palacios'], ['Puerto Bravo', 'COMMANDED_BY', 'Ernesto Palacios']] },
  }],
  ['"Two Peruvian Navy ships, the patrol vessel X and the landing ship Y, were deployed": the service before the plural ship word owns the ships set off after it', {
    given: 'Two Peruvian Navy ships, the patrol vessel Almirante Riva and the landing ship Puerto Bravo, were deployed to Arica last week.',
    want: { has: [['Almirante Riva', 'PART_OF', 'Peruvian Navy'], ['Puerto Bravo', 'PART_OF', 'Peruvian Navy'], ['Almirante Riva', 'DEPLOYED_TO', 'Arica']] },
  }],
  ['"The treaty was signed in Tunis by Minister X, who had arrived in the Tunisian capital on Monday, and by Y": a relative clause between the agents keeps its own cue', {
    given: 'Spain and Tunisia signed a treaty on Tuesday. The treaty was signed in Tunis by Defence Minister Carla Benedetti, who had arrived in the Tunisian capital on Monday, and by her Tunisian counterpart, Hedi Zouari.',
    want: { has: [['Carla Benedetti', 'VISITED', 'Tunis'], ['Carla Benedetti', 'SIGNED', 'treaty'], ['Hedi Zouari', 'SIGNED', 'treaty']] },
  }],
  ['"Later on Tuesday, the minister was received by X. She also praised ...": after a fronted phrase of time, the person opening the sentence is still its subject, whom "she" continues', {
    given: 'Defence Minister Carla Benedetti arrived in Tunis. Later on Tuesday, the minister was received by Prime Minister Hedi Zouari at his office. She also praised Tunisia\'s navy.',
    want: { has: [['Carla Benedetti', 'PRAISED', 'Navy of Tunisia']], not: [['Hedi Zouari', 'PRAISED', 'Navy of Tunisia']] },
  }],
  ['"praised the commander of the Libyan Coast Guard, Brigadier General X": the body of a post set off before its holder is no object; the holder is', {
    given: 'Minister Carla Benedetti praised the commander of the Libyan Coast Guard, Brigadier General Masoud Qunaidi, on Tuesday.',
    want: { has: [['Carla Benedetti', 'PRAISED', 'Masoud Qunaidi']], not: [['Carla Benedetti', 'PRAISED', 'Libyan Coast Guard']] },
  }],
  ['"soldiers of the Uganda Army\'s 5 Uganda Rifles ... relieved 11 Uganda Rifles": a number before a state\'s name and a unit head names the unit', {
    given: 'Soldiers of the Uganda Army\'s 5 Uganda Rifles left Kampala on Friday. The battalion relieved 11 Uganda Rifles, which returned to its base in Gulu last week.',
    want: { entities: [['5 Uganda Rifles', 'unit'], ['11 Uganda Rifles', 'unit']], has: [['5 Uganda Rifles', 'PART_OF', 'Uganda Army'], ['11 Uganda Rifles', 'RETURNED_TO', 'Gulu']] },
  }],
  ['"after a tour in Upper Juba": "Upper" or "Lower" before a capital\'s name names a region, not the capital', {
    given: 'The battalion returned to Garissa after a year-long tour in Upper Juba.',
    want: { entities: [['Upper Juba', 'place']], absent: ['Juba'] },
  }],
  ['"Interior Cabinet Secretary X" in Nairobi copy: the portfolio words before "Cabinet Secretary" make a state\'s minister', {
    given: 'NAIROBI, June 17. /The Star/. Interior Cabinet Secretary Omondi Wekesa visited Kenya\'s border posts on Friday.',
    want: { has: [['Omondi Wekesa', 'OFFICIAL_OF', 'Kenya']] },
  }],
  ['"fighters of Jaysh Amin, the military wing of al-Shabaab": a lone name opening with an Arabic article is a movement\'s; "al-Qaeda in the Islamic Maghreb (AQIM)" one name', {
    given: 'Fighters of Jaysh Amin, the military wing of al-Shabaab, attacked a base. The Okba Brigade, a unit of al-Qaeda in the Islamic Maghreb (AQIM), was hit.',
    want: { entities: [['al-Shabaab', 'organization'], ['al-Qaeda in the Islamic Maghreb', 'organization']], has: [['Jaysh Amin', 'PART_OF', 'al-Shabaab'], ['Okba Brigade', 'PART_OF', 'al-Qaeda in the Islamic Maghreb']] },
  }],
  ['"The Chilean Air Force (FACh) took part. Fighter jets of the air force\'s 7th Squadron flew": "the air force" refers back to the service named "... Air Force", which owns the squadron', {
    given: 'The Chilean Air Force (FACh) took part in the drill. Fighter jets of the air force\'s 7th Squadron flew over Arica.',
    want: { has: [['7th Squadron', 'PART_OF', 'Chilean Air Force']] },
  }],
  ['"Peru\'s contingent comes from the Cobra special forces battalion": a name before lower-case words of a unit\'s kind and a unit head is that unit', {
    given: 'The Southern Star 2031 exercise began on Monday. Peru\'s contingent comes from the Cobra special forces battalion.',
    want: { entities: [['Cobra special forces battalion', 'unit']], has: [['Cobra special forces battalion', 'ATTENDED', 'Southern Star 2031']] },
  }],
  ['"Colonel X, commander of the brigade\'s 31st Division, was awarded the Medal of Valour": the body possessed inside a post set off after a name is no subject; the named officer is', {
    given: 'The 5th Mountain Brigade held a parade on Monday. Colonel Rosa Quispe Mamani, commander of the brigade\'s 31st Mechanized Battalion, was awarded the Medal of Valour by General Luis Carhuamaca.',
    want: { has: [['Rosa Quispe Mamani', 'RECEIVED_AWARD', 'Medal of Valour']], not: [['5th Mountain Brigade', 'RECEIVED_AWARD', 'Medal of Valour']] },
  }],
  ['"intercepted by the offshore patrol vessel BAP X, a ship of the Pacific Naval Command": a ship described as a ship of a body is part of it', {
    given: 'The suspects were intercepted by the offshore patrol vessel BAP Rio Pativilca, a ship of the Pacific Naval Command, after a distress call.',
    want: { has: [['BAP Rio Pativilca', 'PART_OF', 'Pacific Naval Command']] },
  }],
  ['"The Almirante Grau-class frigate BAP X", "The Type 23-class frigate HMS Y": a ship\'s class names no one', {
    given: 'The Almirante Grau-class frigate BAP Bolognesi left Callao on Monday. The Type 23-class frigate HMS Kent sailed.',
    want: { entities: [['BAP Bolognesi', 'unit'], ['HMS Kent', 'unit']], absent: ['Almirante Grau-class', 'Type'] },
  }],
  ['"..., where they watched the final phase of the exercise. They were joined by the commander of the Chilean Navy, Vice Admiral A, and the commander of the Peruvian Fleet, Vice Admiral B": those joining attend the event just named', {
    given: 'The two generals flew to Iquique, where they watched the final phase of the Southern Star 2031 exercise aboard the Lynch. They were joined by the commander of the Chilean Navy, Vice Admiral Rodrigo Soto Vial, and the commander of the Peruvian Fleet, Vice Admiral Jorge Balta Ruiz.',
    want: { has: [['Rodrigo Soto Vial', 'ATTENDED', 'Southern Star 2031'], ['Jorge Balta Ruiz', 'ATTENDED', 'Southern Star 2031']] },
  }],
  ['"visited Lima last October and held summit talks with Peruvian President X": summit talks with someone are a meeting', {
    given: 'Chilean President Tomas Vidal Reyes visited Lima last October and held summit talks with Peruvian President Ana Quispe Huaman.',
    want: { has: [['Tomas Vidal Reyes', 'MET_WITH', 'Ana Quispe Huaman']] },
  }],
  ['"serve in Bolivia under the Andes Salud mission, created in 2003 by the governments of Peru and Bolivia": a name before a lower-case "mission" or "initiative" is a body, not a person', {
    given: 'More than 1,200 Peruvian doctors serve in Bolivia under the Andes Salud mission, created in 2003 by the governments of Peru and Bolivia.',
    want: { entities: [['Andes Salud mission', 'organization']], has: [['Andes Salud mission', 'FORMED_BY', 'Peru']] },
  }],
  ['"the Andean Defence Cooperation (Andefco), which was established by Peru, Chile and Bolivia in 2009": a name without a head given an acronym of its own, or said to be founded, is a body, founded by the states after "by"', {
    given: 'It builds on the Andean Defence Cooperation (Andefco), which was established by Peru, Chile and Bolivia in 2009. The Pacific Relief Mission, created in 2003 by the governments of Peru and Ecuador, grew.',
    want: { entities: [['Andean Defence Cooperation', 'organization'], ['Pacific Relief Mission', 'organization']], has: [['Andean Defence Cooperation', 'FORMED_BY', 'Bolivia'], ['Pacific Relief Mission', 'FORMED_BY', 'Ecuador']] },
  }],
  ['"deployed two companies of the 1st Rifles, based at Cobbe Barracks in Zomba, to Nsanje": the destination past a participle describing what is sent, not the base', {
    given: 'The Peruvian Army deployed two companies of the 2nd Andes Rifles, based at Tacna Barracks in Tacna, to Puno on Wednesday.',
    want: { has: [['2nd Andes Rifles', 'DEPLOYED_TO', 'Puno']], not: [['2nd Andes Rifles', 'DEPLOYED_TO', 'Tacna Barracks']] },
  }],
  ['"during an official visit by Prime Minister X to Romania", "Rear Admiral Y, who is in Tonga for a two-day visit": the one by whom a visit to a place is made, and one in a place for a visit, visit it', {
    given: 'The agreement was signed in Bucharest on 12 March during an official visit by Prime Minister Natalia Grosu to Romania. The minister received Rear Admiral Hamish Corliss-Brand, who is in Tonga for a two-day visit.',
    want: { has: [['Natalia Grosu', 'VISITED', 'Romania'], ['Hamish Corliss-Brand', 'VISITED', 'Tonga']] },
  }],
  ['"provided 40 million dollars in Foreign Military Financing to the Argentine Air Force", "had provided $4 million in humanitarian assistance to Samoa": a sum given reaches past what it is in, to the one who gets it', {
    given: 'The United States provided 40 million dollars in Foreign Military Financing to the Argentine Air Force. New Zealand had so far provided $4 million in humanitarian assistance to Samoa.',
    want: { has: [['United States', 'ASSISTED', 'Argentine Air Force'], ['New Zealand', 'ASSISTED', 'Samoa']], not: [['United States', 'ASSISTED', 'Foreign Military Financing']] },
  }],
  ['"Prime Minister X, who thanked Denmark for its military aid, ...", "Peruvian President Y thanked Chile for its support.": the state thanked helped the thanker\'s state when the phrase names no one helped; "thanked Finland for its help in training the Navy\'s battalion" does not', {
    given: 'Later that day, the minister was received by Ukrainian Prime Minister Iryna Bondarchuk, who thanked Denmark for its military aid, which has exceeded 9 billion euros since 2022. Peruvian President Ana Quispe Huaman thanked Chile for its support. The Estonian prime minister thanked Finland for its help in training the Estonian Navy\'s new Coastal Defence Battalion.',
    want: { has: [['Denmark', 'ASSISTED', 'Ukraine'], ['Chile', 'ASSISTED', 'Peru']], not: [['Finland', 'ASSISTED', 'Estonia']] },
  }],
  ['"between the Chilean port city of Arica and the Peruvian island of X", "Puno, the administrative center of Peru\'s Puno Region": a demonym before a described place noun places the place in its state (not a direction: "in Tongan waters north of X"); a place set off by "the <word> center of" lies in the place after it', {
    given: 'Chile and Peru agreed to build a cable between the Chilean port city of Arica and the Peruvian island of San Lorenzo. The minister visited Juli, the administrative center of Peru\'s Chucuito Province, on Monday. A patrol was held in Chilean waters north of Iquique.',
    want: { has: [['Arica', 'LOCATED_IN', 'Chile'], ['Juli', 'LOCATED_IN', 'Chucuito Province']], not: [['Iquique', 'LOCATED_IN', 'Chile']] },
  }],
  ['"took part in the Southern Star 2031 exercise in Arica and Iquique on Monday": a second place right after "and" is where the event is too', {
    given: 'About 7,000 soldiers took part in the Southern Star 2031 exercise in Arica and Iquique on Monday.',
    want: { has: [['Southern Star 2031', 'LOCATED_IN', 'Arica'], ['Southern Star 2031', 'LOCATED_IN', 'Iquique']] },
  }],
  ['"the Coast Guard, which operates under the Department of Transportation": a body operating under another is part of it', {
    given: 'Japan is financing five vessels for the Peruvian Coast Guard, which operates under the Ministry of Transport and Communications.',
    want: { has: [['Peruvian Coast Guard', 'PART_OF', 'Ministry of Transport and Communications']] },
  }],
  ['in London copy, "Bolivia, which left the bloc in 2024, refused to take part, its Defence Ministry said": "its" before a state\'s body is the state opening the sentence (not the dateline\'s, nor a body in a clause between), and the body is part of it', {
    given: 'LONDON, May 4. /Reuters/. Bolivia, which left the Andean Community in 2024, refused to take part, its Defence Ministry said last Friday.',
    want: { has: [['Ministry of Defence of Bolivia', 'PART_OF', 'Bolivia']], not: [['Ministry of Defence of Bolivia', 'PART_OF', 'Andean Community']], absent: ['Ministry of Defence of United Kingdom'] },
  }],
  ['"The Peruvian minister, who arrived in Quito on Tuesday, was received by President X": a bare head-of-state post after an arrival in a capital is the host\'s; "the main crossing point between the two countries ... after clashes between Peruvian armed groups": a crossing modifying a noun is no one crossing, and clashes between no party named leave the subject out', {
    given: 'LIMA, May 4. /Andina/. Peru and Ecuador signed the deal on Monday. The Peruvian minister, who arrived in Quito on Tuesday, was received on Wednesday at Carondelet Palace by President Hector Vinueza Mora. Huaquillas, the main crossing point between the two countries, was closed in 2024 after clashes between Peruvian armed groups.',
    want: { has: [['Hector Vinueza Mora', 'LEADER_OF', 'Ecuador']], not: [['Peru', 'FOUGHT_AGAINST', 'Ecuador'], ['Ecuador', 'FOUGHT_AGAINST', 'Peru'], ['Huaquillas', 'VISITED', 'Peru']] },
  }],
  ['"Eloise Marchetti met Lawrence Smith and Prudence Dube": a given name ending like an abstract noun ("-ence", "-ance") opens a person\'s name; "signed by A, the French defence minister, and her Ivorian counterpart, B": an apposed description closed before ", and" is A\'s, and a counterpart set off by a comma is the next item', {
    given: 'Eloise Marchetti met Lawrence Smith and Prudence Dube on Monday. France and Ivory Coast signed the Abidjan Defence Treaty on Thursday. The treaty was signed by Eloise Marchetti, the French minister for the armed forces, and her Ivorian counterpart, Minister of State for Defence Constance Yapi Akoto.',
    want: { entities: [['Lawrence Smith', 'person'], ['Prudence Dube', 'person']], has: [['Constance Yapi Akoto', 'SIGNED', 'Abidjan Defence Treaty']] },
  }],
  ['"Its last 140 marines flew home to France on Wednesday": flying home to a place named is a return there, no deployment', {
    given: 'The 6th Marine Infantry Battalion handed over the Port-Bouet camp on Monday. Its last 140 marines flew home to France on Wednesday.',
    want: { has: [['6th Marine Infantry Battalion', 'RETURNED_TO', 'France']], not: [['6th Marine Infantry Battalion', 'DEPLOYED_TO', 'France']] },
  }],
  ['"the Southern Star exercise, which began on Wednesday in X with the US Marine Corps\' 12th Marine Littoral Regiment and the 3rd Marine Brigade": the units an exercise begins with take part in it', {
    given: 'About 250 troops are taking part in the Southern Star 2031 exercise, which began on Wednesday in Arica with the US Marine Corps\' 12th Marine Littoral Regiment and the 3rd Marine Brigade.',
    want: { has: [['12th Marine Littoral Regiment', 'ATTENDED', 'Southern Star 2031'], ['3rd Marine Brigade', 'ATTENDED', 'Southern Star 2031']], not: [['US Marine Corps', 'ATTENDED', 'Southern Star 2031']] },
  }],
  ['"commander of the Navy\'s Escort Flotilla 2, to which the destroyer X belongs": what belongs to a relative "to which" is part of its antecedent, even one closing a post', {
    given: 'Rear Admiral Jorge Balta Ruiz, commander of the Peruvian Navy\'s Escort Flotilla 2, to which the destroyer Almirante Guise belongs, called on the admiral.',
    want: { has: [['Almirante Guise', 'PART_OF', 'Escort Flotilla 2']] },
  }],
  ['"the Maritime Self-Defense Force ... the MSDF\'s Escort Flotilla 4": a hyphenated word gives a letter for each capitalised part; "denied a report, with spokesman Senior Colonel X accusing Manila of ...": the absolute phrase\'s own subject accuses, outside the denial', {
    given: 'The Maritime Self-Defense Force destroyer Suzunami arrived at Subic Bay on Monday. The commander of the MSDF\'s Escort Flotilla 2 called on the admiral. On Thursday, China\'s Defense Ministry denied a report, with spokesman Senior Colonel Wu Qiang accusing Manila of hyping the issue.',
    want: { has: [['Escort Flotilla 2', 'PART_OF', 'Maritime Self-Defense Force'], ['Wu Qiang', 'CRITICIZED', 'Philippines']], not: [['Ministry of Defense of China', 'CRITICIZED', 'Philippines']] },
  }],
  ['"The Chilean contingent comes mainly from the 3rd Brigade, while Peru has fielded marines of the 2nd Marine Force": a contingent\'s origin and units fielded after a clause break both take part in the exercise just named', {
    given: 'Some 1,600 soldiers on Monday began the Southern Star 2031 exercise near Arica. The Chilean contingent comes mainly from the 3rd Mountain Brigade, while Peru has fielded marines of the 2nd Marine Force, which is based in Callao.',
    want: { has: [['3rd Mountain Brigade', 'ATTENDED', 'Southern Star 2031'], ['2nd Marine Force', 'ATTENDED', 'Southern Star 2031']] },
  }],
  ['"in Baluran, Situbondo regency, East Java": a regency is a place, named with a lower-case head like a district', {
    given: 'The drill began at a training area in Baluran, Banyuwangi regency, East Java, on Monday.',
    want: { entities: [['Banyuwangi regency', 'place']], has: [['Banyuwangi regency', 'LOCATED_IN', 'East Java']] },
  }],
  ['"Chile will keep supporting Peru", "will continue helping X": a plan to go on is no fact', {
    given: 'Chile will keep supporting Peru, the minister said. Brazil will continue helping Bolivia.',
    want: { not: [['Chile', 'ASSISTED', 'Peru'], ['Brazil', 'ASSISTED', 'Bolivia']] },
  }],
  ['"The Australian general, who arrived in Jakarta on Sunday, ...": a role with a demonym refers to a person whose rank ends in the role word ("Lieutenant General X"), not to another nation\'s general', {
    given: 'On Tuesday, Indonesian Army Chief of Staff General Haryo Wirabumi received the Chief of the Australian Army, Lieutenant General Callum Westbury-Hart, at Army Headquarters in Jakarta. The Australian general, who arrived in Jakarta on Sunday, later flew with his host to Situbondo.',
    want: { has: [['Callum Westbury-Hart', 'VISITED', 'Jakarta']], not: [['Haryo Wirabumi', 'VISITED', 'Jakarta']] },
  }],
  ['"arrived for a visit to the 12th Brigade, the Bundeswehr\'s first combat brigade to be stationed abroad": an unknown name owning a lower-case unit noun is a body, the unit in apposition is part of it, and the possessor is no place visited; "Battalion 450, the brigade\'s first unit to be set up in X": part of the brigade', {
    given: 'German Defence Minister Anna Keller arrived in Vilnius on Wednesday for a visit to the 12th Armored Brigade, the Bundeswehr\'s first combat brigade to be stationed abroad. She attended the formation of Engineer Battalion 120, the brigade\'s first unit to be set up in Lithuania.',
    want: { has: [['12th Armored Brigade', 'PART_OF', 'Bundeswehr'], ['Engineer Battalion 120', 'PART_OF', '12th Armored Brigade']], entities: [['Bundeswehr', 'organization']], not: [['Anna Keller', 'VISITED', 'Bundeswehr']] },
  }],
  ['"The brigade" after the 12th Brigade, named three times, and a foreign brigade named once in passing: the unit the document is about, not the one last named', {
    given: 'The minister visited the 12th Armored Brigade on Wednesday. She thanked the 12th Armored Brigade for its work. The brigade\'s first battalion paraded. Tanks of the brigade and soldiers of the Estonian Scouts Brigade trained together. The brigade is led by Brigadier General Otto Lindqvist.',
    want: { has: [['Otto Lindqvist', 'LEADER_OF', '12th Armored Brigade']], not: [['Otto Lindqvist', 'LEADER_OF', 'Estonian Scouts Brigade']] },
  }],
  ['"India had gifted a Dornier aircraft to the Sri Lanka Air Force": a gift helps; "thanked India for training more than 1,200 Sri Lankan naval personnel since 2020": naval personnel after a demonym are that state\'s navy, when named, and "since" dates no happening', {
    given: 'Chile had gifted a Piper aircraft to the Bolivian Air Force in August 2022. Bolivian Navy commander Vice Admiral Raul Quispe Mamani thanked Chile for training more than 1,200 Bolivian naval personnel at its institutions since 2020.',
    want: { has: [['Chile', 'ASSISTED', 'Bolivian Air Force'], ['Chile', 'ASSISTED', 'Bolivian Navy']], not: [['Chile', 'ASSISTED', 'Bolivia']] },
  }],
  ['"The Peruvian Navy fielded its offshore patrol vessel X and two boats of the 2nd Flotilla", "Chile sent a company of its 3rd Brigade, while ...": units fielded or sent with no destination right after an exercise is named take part in it; "sent troops to X" stays a deployment', {
    given: 'The Pacific Shield exercise ended off Callao on Friday. The Peruvian Navy fielded its offshore patrol vessel BAP Guise and two fast attack craft of the 2nd Surface Flotilla. Chile sent a company of its 3rd Mountain Brigade, while Ecuador sent two frigates to Manta.',
    want: { has: [['BAP Guise', 'ATTENDED', 'Pacific Shield'], ['2nd Surface Flotilla', 'ATTENDED', 'Pacific Shield'], ['3rd Mountain Brigade', 'ATTENDED', 'Pacific Shield']] },
  }],
  ['"The Chilean Navy deployed the stealth frigate A and the anti-submarine corvette B to Talcahuano for the five-day exercise": every ship of the list is sent (past any lower-case description of a ship), is the sending service\'s own, and takes part in the event it is sent for', {
    given: 'The Chilean Navy had deployed the stealth frigate Almirante Lynch and the anti-submarine corvette Capitan Prat to Talcahuano for the five-day Pacific Shield exercise, which began on June 6.',
    want: { has: [['Capitan Prat', 'DEPLOYED_TO', 'Talcahuano'], ['Almirante Lynch', 'PART_OF', 'Chilean Navy'], ['Capitan Prat', 'PART_OF', 'Chilean Navy'], ['Almirante Lynch', 'ATTENDED', 'Pacific Shield'], ['Capitan Prat', 'ATTENDED', 'Pacific Shield']] },
  }],
  ['"The drill involved the frigate X and the Omani corvette Y", "the Vietnamese cutter CSB 8001": a demonym and a ship noun open the ship\'s name (the ship attends, not the state); letters and a hull number after a ship noun name the ship', {
    given: 'The Sea Guard 2030 drill began on Monday. The drill involved the frigate BRP Andres Bonifacio and the Omani corvette Al Rahmani. The drill also involved the Vietnamese cutter CSB 8005.',
    want: { has: [['Al Rahmani', 'ATTENDED', 'Sea Guard 2030'], ['CSB 8005', 'ATTENDED', 'Sea Guard 2030']], not: [['Oman', 'ATTENDED', 'Sea Guard 2030'], ['Vietnam', 'ATTENDED', 'Sea Guard 2030']], entities: [['CSB 8005', 'unit']] },
  }],
  ['"The Navy denied the report the following day, accusing Lima of ...": a participle after a comma is no part of the denial; "signed by the two coast guards": the two bodies just named sign', {
    given: 'The Chilean Coast Guard (CCG) and the Peruvian Coast Guard (PCG) held a joint patrol. It was conducted under the Arica Protocol, signed by the two coast guards in Lima in 2024. The Bolivian Navy denied the report on Sunday, accusing Lima of provoking the incident.',
    want: { has: [['Chilean Coast Guard', 'SIGNED', 'Arica Protocol'], ['Peruvian Coast Guard', 'SIGNED', 'Arica Protocol'], ['Bolivian Navy', 'CRITICIZED', 'Peru']] },
  }],
  ['"Chile is represented by soldiers of the 3rd Mountain Brigade, which is based in X, and by marines of the 21st Marine Battalion": the units whose troops represent a state attend the event named before', {
    given: 'The OAS on Monday began its Southern Star 2031 exercise in Paraguay. Chile is represented by soldiers of the 3rd Mountain Brigade, which is based in Punta Arenas, and by marines of the 21st Marine Battalion.',
    want: { has: [['3rd Mountain Brigade', 'ATTENDED', 'Southern Star 2031'], ['21st Marine Battalion', 'ATTENDED', 'Southern Star 2031']] },
  }],
  ['"Presidents A of Chile and B of Peru met on Friday in Arica, where they signed X, which sets ... until 2050": "they" is the people coordinated as the subject, dated by the clause the place is in; "he last visited Lima": an order word before a past tense is an adverb; a clause after a semicolon has its own negation', {
    given: 'Presidents Tomas Vidal Reyes of Chile and Ana Quispe Huaman of Peru met on Friday in Arica, where they signed the Arica Water Accord, which sets the river quotas until 2050. Vidal Reyes did not travel to Tacna, as had been planned; he last visited Lima in March.',
    want: { has: [['Tomas Vidal Reyes', 'SIGNED', 'Arica Water Accord'], ['Ana Quispe Huaman', 'SIGNED', 'Arica Water Accord'], ['Tomas Vidal Reyes', 'VISITED', 'Lima']], not: [['Tomas Vidal Reyes', 'VISITED', 'Tacna']] },
  }],
  ['"Defence Minister A and Spain\'s Minister of Defence, B, who held talks on Monday, were present": a relative clause of meeting with no one met named tells of both conjuncts', {
    given: "Defence Minister Arjun Mehta and Spain's Minister of Defence, Lucia Carmona Ruiz, who held talks on Monday, were present at the signing.",
    want: { has: [['Arjun Mehta', 'MET_WITH', 'Lucia Carmona Ruiz']] },
  }],
  ['"accompanied by the Chilean Minister of Foreign Affairs, A, and the Minister of National Defence, B": a minister\'s post named without a state right after another minister of a state is of that state', {
    given: 'The president, who is accompanied by the Chilean Minister of Foreign Affairs, Paula Reyes Araya, and the Minister of National Defence, Tomas Vidal Soto, laid a wreath.',
    want: { has: [['Tomas Vidal Soto', 'OFFICIAL_OF', 'Chile'], ['Paula Reyes Araya', 'OFFICIAL_OF', 'Chile']] },
  }],
  ['"Villagers said the commander ...", "Residents told reporters": the people of a place opening a sentence are no name', {
    given: 'Villagers said the commander of the district inspected the border in October. Residents told reporters the markers had moved.',
    want: { absent: ['Villagers', 'Residents'] },
  }],
  ['"the Royal Thai Army\'s Military Region 3 ... The military region was awarded X": "the military region" (or district) refers back to the unit named so', {
    given: "The Royal Thai Army's Military Region 3 built the road. The military region was awarded the Order of the White Elephant in August for its help.",
    want: { has: [['Military Region 3', 'RECEIVED_AWARD', 'Order of the White Elephant']] },
  }],
  ['"signed at a ceremony in the presence of Peru\'s Interior Minister, X, and U.S. Ambassador Y": the holder of a post set off by its comma opens the list of those present', {
    given: "The pact was signed at a ceremony at the Palacio Quemado in the presence of Peru's Interior Minister, Rosa Villca Mamani, and U.S. Ambassador John Whitfield.",
    want: { has: [['Rosa Villca Mamani', 'ATTENDED', 'ceremony'], ['John Whitfield', 'ATTENDED', 'ceremony']], not: [['Peru', 'ATTENDED', 'ceremony']] },
  }],
  ['"The governor of Laos\' Attapeu province, X, met on Friday in the provincial capital Samakhixay with the chairman of the Y Committee, Z": the name after a post\'s place is the holder, a name after "the provincial capital" is the place, and "met ... with" reaches past when and where', {
    given: "The governor of Laos' Attapeu province, Khamphone Vongsa, met on Friday in the provincial capital Samakhixay with the chairman of the Kon Tum Provincial People's Committee, Tran Van Hoa.",
    want: { has: [['Khamphone Vongsa', 'MET_WITH', 'Tran Van Hoa']], entities: [['Khamphone Vongsa', 'person'], ['Samakhixay', 'place']] },
  }],
  ['"Rolls-Royce Naval Systems, the ship-building arm of the British group Rolls", "a Pune-based laboratory of the DRDO": an arm or laboratory in apposition is part of the body after "of", past a demonym and a word for a company; "the M88 engines" names no body', {
    given: 'The deal was signed by the Combat Vehicles Research Establishment (CVRE), a Pune-based laboratory of the Defence Research and Development Organisation (DRDO), and Varden Marine Systems, the ship-building arm of the Norwegian group Varden. Varden already supplies the M91 engines of the navy.',
    want: { has: [['Combat Vehicles Research Establishment', 'PART_OF', 'Defence Research and Development Organisation'], ['Varden Marine Systems', 'PART_OF', 'Varden']], entities: [['Varden Marine Systems', 'organization']], absent: ['M91'] },
  }],
  ['"The Chilean Army deployed its 3rd and 7th Mountain Brigades to X": ordinals sharing a plural unit head are one unit each, every one sent and every one the army\'s', {
    given: 'The Chilean Army on Thursday deployed its 3rd and 7th Mountain Brigades to the Aysen region. The 7th Brigade moved south overnight.',
    want: { has: [['3rd Mountain Brigade', 'DEPLOYED_TO', 'Aysen'], ['7th Mountain Brigade', 'DEPLOYED_TO', 'Aysen'], ['7th Mountain Brigade', 'PART_OF', 'Chilean Army']], entities: [['3rd Mountain Brigade', 'unit'], ['7th Mountain Brigade', 'unit']], absent: ['3rd', 'Mountain Brigades'] },
  }],
  ['"a summit that was also attended by the prime ministers of Estonia and Finland, A and B": the people attend, not the states, and "prime ministers" lead them', {
    given: 'On Monday, the two presidents met in Gdansk for a summit that was also attended by the prime ministers of Estonia and Finland, Kaja Lepik and Mikko Rantanen.',
    want: { has: [['Kaja Lepik', 'ATTENDED', 'summit'], ['Mikko Rantanen', 'LEADER_OF', 'Finland']], not: [['Estonia', 'ATTENDED', 'summit'], ['Finland', 'ATTENDED', 'summit'], ['Kaja Lepik', 'OFFICIAL_OF', 'Estonia']] },
  }],
  ['"Chile has formed a new engineer battalion, the 8th Engineer Battalion, by decision of ...": a described body named after its comma is what was formed; "appointed commander of the new battalion" is the first battalion named (the one formed), not the last', {
    given: 'Chile has formed a new engineer battalion, the 8th Engineer Battalion, by decision of the General Staff. Its officers came from the 3rd Engineer Battalion, which served in Haiti. Colonel Ines Barrera Soto was appointed commander of the new battalion on Monday.',
    want: { has: [['8th Engineer Battalion', 'FORMED_BY', 'Chile'], ['Ines Barrera Soto', 'LEADER_OF', '8th Engineer Battalion']], not: [['Ines Barrera Soto', 'LEADER_OF', '3rd Engineer Battalion']] },
  }],
  ['"Federal Minister for Maritime Affairs X", "Union Minister Y": a federal or union qualifier before a post names no body', {
    given: 'Federal Minister for Maritime Affairs Imran Qadir Baig refused to attend the ceremony. Union Minister of State for Defence Ravi Prakash Menon attended the parade.',
    want: { absent: ['Federal', 'Union'] },
  }],
  ['"concluded Coral Shield-2031, a five-day joint exercise": a name joined to its year is the event its apposition says; "Delhi criticized the naval drills" paragraphs later is the one exercise named', {
    given: 'The two navies on Friday concluded Coral Shield-2031, a five-day joint exercise in the Arabian Sea. The frigate returned to port on Saturday. Earlier in the week, the navy took delivery of a new corvette at a ceremony in Shanghai. The ceremony was attended by the naval chief. The ship is the last of four ordered in 2028. Meanwhile, the army held its annual conference in Rawalpindi. Kenya criticized the naval drills on Friday.',
    want: { has: [['Kenya', 'CRITICIZED', 'Coral Shield-2031'], ['Coral Shield-2031', 'LOCATED_IN', 'Arabian Sea']], entities: [['Coral Shield-2031', 'event']] },
  }],
  ['"The drills are being held in the provinces of Cavite and Batangas": every place after a plural place noun and "of" is where the event is; "the next phase of the operation will take place in the department of X" places no operation; "taking part in the exercise with the Navy\'s 4th Marine Brigade": the unit trained with attends', {
    given: 'The Coral Shield 2031 exercise opened on Monday. The drills are being held in the provinces of Cavite and Batangas. The 2nd Amphibious Brigade is taking part in the Coral Shield 2031 exercise with the Philippine Navy\'s 4th Marine Brigade. Operation Green Border ended on Friday. The next phase of the operation will take place in the department of Itapúa in May.',
    want: { has: [['Coral Shield 2031', 'LOCATED_IN', 'Cavite'], ['Coral Shield 2031', 'LOCATED_IN', 'Batangas'], ['4th Marine Brigade', 'ATTENDED', 'Coral Shield 2031']], not: [['Operation Green Border', 'LOCATED_IN', 'Itapúa']] },
  }],
  ['"sending 900 troops to the southern Chilean island of Chiloé": the place named after a demonym and "island of" is the destination; "was awarded the Peruvian Legion of Honour" is an award', {
    given: 'Peru is sending 900 members of the Amazon Jungle Brigade to the southern Chilean island of Chiloé. Colonel Rosa Quispe Mamani was awarded the Peruvian Legion of Honour on Monday.',
    want: { has: [['Amazon Jungle Brigade', 'DEPLOYED_TO', 'Chiloé'], ['Rosa Quispe Mamani', 'RECEIVED_AWARD', 'Legion of Honour']], not: [['Amazon Jungle Brigade', 'DEPLOYED_TO', 'Chile']], entities: [['Legion of Honour', 'award']] },
  }],
  ['in Madrid copy, "X, who is visiting Lima, met President Y": a bare post after a visit is the host state\'s; "Also present at the talks were Spain\'s ambassador to Peru, A, and ...": the post\'s holder attends', {
    given: 'MADRID, May 4. /EFE/. Spanish Defence Minister Lucia Ferrer Ortega, who is visiting Lima, met President Tomas Huaman Rojas on Wednesday. Also present at the talks were Spain\'s ambassador to Peru, Alvaro Pineda Soto, and the army chief, General Raul Cardenas.',
    want: { has: [['Tomas Huaman Rojas', 'LEADER_OF', 'Peru'], ['Alvaro Pineda Soto', 'ATTENDED', 'talks']], not: [['Tomas Huaman Rojas', 'LEADER_OF', 'Spain'], ['Spain', 'ATTENDED', 'talks']] },
  }],
  ['"Norway and Iceland, which formed the Kalmar Union until 1523, are members of NATO": a state founded (or a person) right after "formed" is no founding, and no later body is founded instead; "the opposition Free Moldova party" is a party named with a state, "the Senate Deputies\' committee" loses its apostrophe', {
    given: "Estonia and Latvia, which formed Terra Mariana until 1561, are both members of NATO and the European Union. The opposition Free Moldova party criticised the treaty. The Chamber of Deputies' defence committee did not vote.",
    want: { entities: [['Free Moldova', 'organization'], ['Chamber of Deputies', 'organization']], not: [['NATO', 'FORMED_BY', 'Estonia'], ['European Union', 'FORMED_BY', 'Latvia']], absent: ["Chamber of Deputies'"] },
  }],
  ['"built under a contract signed in July 2018 between Serbia and Belarus": the parties after a signed participle sign; "the Ministry of Defence Production and ASFAT" is two bodies (an acronym after "and" is no part of a ministry\'s name)', {
    given: "The ships were built under a contract signed in July 2018 between Serbia and Belarus. The work is shared between Pakistan's Ministry of Defence Production and ASFAT.",
    want: { has: [['Serbia', 'SIGNED', 'contract'], ['Belarus', 'SIGNED', 'contract']], entities: [['Ministry of Defence Production of Pakistan', 'organization'], ['ASFAT', 'organization']] },
  }],
  ['"the two chiefs signed a memorandum of understanding (MoU) on cooperation in hydrography and search and rescue between the X Navy and the Y Navy": the parties after the signed object sign with the people; "an agreement on exchange between the A and the B" is named without its parties', {
    given: 'Admiral Karim Haque and Vice Admiral Nuwan Perera signed a memorandum of understanding (MoU) on cooperation in hydrography and maritime search and rescue between the Bangladesh Navy and the Sri Lanka Navy. At the talks the two sides signed an agreement on exchange and cooperation between the Kenya Navy and the Tanzania Navy.',
    want: { has: [['Bangladesh Navy', 'SIGNED', 'memorandum of understanding'], ['Karim Haque', 'SIGNED', 'memorandum of understanding'], ['Kenya Navy', 'SIGNED', 'agreement on exchange and cooperation']], entities: [['agreement on exchange and cooperation', 'agreement']] },
  }],
  ['"a plan of bilateral military cooperation for 2029 was signed ... Georgia and Armenia signed a Treaty on Allied Relations in 2024": a name brought in with "a" is a new agreement, not the name of the phrase before', {
    given: 'Following the meeting, a plan of bilateral military cooperation for 2029 was signed by Elchin Mammadov and Serik Serikov. Georgia and Armenia signed a Treaty on Allied Relations in Tbilisi in August 2024.',
    want: { has: [['Georgia', 'SIGNED', 'Treaty on Allied Relations'], ['Elchin Mammadov', 'SIGNED', 'plan of bilateral military cooperation']], not: [['Elchin Mammadov', 'SIGNED', 'Treaty on Allied Relations']] },
  }],
  ['"Submarine Rotational Force-West (SRF-West), a force formed by X and Y": a formation head joined to a compass word ends a unit\'s name', {
    given: 'The boat is the fourth sent to the region under Maritime Rotational Force-East (MRF-East), a force formed by the Royal Navy and the Royal Danish Navy in 2027.',
    want: { entities: [['Maritime Rotational Force-East', 'unit']], has: [['Maritime Rotational Force-East', 'FORMED_BY', 'Royal Navy']] },
  }],
  ['in home copy, "Energy Secretary X" (a secretary named by portfolio words) serves the dateline\'s state; "Japan is financing five vessels for the PCG" is help', {
    given: 'MANILA, October 2. /Philstar/. The ceremony was attended by Energy Secretary Rosa Villaflor Dantes. Japan is financing five vessels for the Philippine Coast Guard (PCG). The Philippines is calm.',
    want: { has: [['Rosa Villaflor Dantes', 'OFFICIAL_OF', 'Philippines'], ['Japan', 'ASSISTED', 'Philippine Coast Guard']] },
  }],
  ['"clashes between the Golfo Cartel and the Norte del Valle Cartel (CNDV)", "Built by Hanshin Marine United": cartel, gang, syndicate, brotherhood and a closing "United" head bodies', {
    given: 'Thousands were displaced by clashes between the Golfo Cartel and the Norte del Valle Cartel (CNDV) in the state. Built by Hanshin Marine United at its shipyard in Kobe, the vessel joined the fleet.',
    want: { entities: [['Golfo Cartel', 'organization'], ['Norte del Valle Cartel', 'organization'], ['Hanshin Marine United', 'organization']] },
  }],
  ['"X, who led the army delegation, and Y, the head of the RSF\'s negotiating team": a delegation or team is led, not the body it comes from; "who chairs the Frelimo party" still leads the party', {
    given: "Chad's army and the Front for Change (FACT) met in Doha. General Idriss Mahamat, who led the army delegation, spoke first. Abakar Tollimi, the head of the FACT's negotiating team, spoke next. President Samuel Mwangi, who chairs the Unity party, hosted the talks.",
    want: { has: [['Abakar Tollimi', 'OFFICIAL_OF', 'Front for Change'], ['Samuel Mwangi', 'LEADER_OF', 'Unity party']], not: [['Idriss Mahamat', 'LEADER_OF', 'Army of Chad'], ['Abakar Tollimi', 'LEADER_OF', 'Front for Change']] },
  }],
  ['"Chad\'s army and the rebel Front for Change (FACT) have signed": a word of what kind of armed body before a name does not break the list', {
    given: "Chad's army and the rebel Front for Change and Concord (FACT) have signed a declaration on a ceasefire in Doha.",
    want: { has: [['Army of Chad', 'SIGNED', 'declaration on a ceasefire'], ['Front for Change and Concord', 'SIGNED', 'declaration on a ceasefire']] },
  }],
  ['"but army spokesman Brigadier General X denied the claim": a lower-case service before a lower-case post is the service named before', {
    given: "Mali's army attacked Kidal on Monday. A rebel statement said the army had withdrawn, but army spokesman Colonel Souleymane Dembélé denied the claim.",
    want: { has: [['Souleymane Dembélé', 'OFFICIAL_OF', 'Army of Mali']], not: [['Souleymane Dembélé', 'OFFICIAL_OF', 'Mali']] },
  }],
  ['"the minesweeper Lieutenant Remus Lupescu ... The Lieutenant Remus Lupescu, which is commanded by X": a ship named after an officer, named whole before, is the ship again', {
    given: 'The group\'s ships, the Romanian minesweeper Lieutenant Remus Lupescu and the Bulgarian minehunter Priboy, were moored alongside. The Lieutenant Remus Lupescu, which is commanded by Lieutenant Commander Andrei Moraru, returned to its base in Constanța on Saturday.',
    want: { has: [['Lieutenant Remus Lupescu', 'COMMANDED_BY', 'Andrei Moraru']], entities: [['Lieutenant Remus Lupescu', 'unit']], absent: ['Remus Lupescu'] },
  }],
  ['"the Al Udeid air base in Doha, where about 3,000 Turkish troops are stationed": the state through its troops is deployed to the base; "Bashiqa, north of Mosul, where X has been based" to Bashiqa; "the companies, among them A and B" are bodies', {
    given: 'The minister then visited the Camp Lemonnier military base in Djibouti, where about 1,500 French troops are stationed. A centre will open at Tal Afar, north of Mosul, where the 4th Commando Battalion has been based since 2019. Some 41 Turkish companies, among them Aselkan and Baytar, showed drones.',
    want: { has: [['France', 'DEPLOYED_TO', 'Camp Lemonnier military base'], ['4th Commando Battalion', 'DEPLOYED_TO', 'Tal Afar']], not: [['4th Commando Battalion', 'DEPLOYED_TO', 'Mosul']], entities: [['Aselkan', 'organization'], ['Baytar', 'organization']] },
  }],
  ['"paratroopers of the 4th Commando Battalion left Flawinne on Saturday for Bunia, in the Congolese province of Ituri": the destination after the origin and the day; the province after the demonym holds the town', {
    given: 'Some 80 paratroopers of the 4th Commando Battalion left Flawinne on Saturday for Bunia, in the Congolese province of Ituri, where they will train a brigade.',
    want: { has: [['4th Commando Battalion', 'DEPLOYED_TO', 'Bunia'], ['Bunia', 'LOCATED_IN', 'Ituri']], entities: [['Bunia', 'place']] },
  }],
  ['"Lima has repeatedly criticised Quito\'s arms purchases": a capital acting stands for its state even when the state is named nowhere else; "the summit in Brussels" stays the city', {
    given: "Lima has repeatedly criticised Quito's arms purchases from France. The summit in Brussels on 4 March was attended by Henrik Dalsgaard.",
    want: { has: [['Peru', 'CRITICIZED', 'Ecuador']], entities: [['Peru', 'state'], ['Ecuador', 'state']], absent: ['Belgium'] },
  }],
  ['"its Upper Volta River Flotilla": "Upper" before a state\'s name inside a unit\'s name stays in it; "Puerto Cano, a river town in the department of Alto Paraguay," lies there', {
    given: 'In late March, the Paraguayan Navy deployed two patrol boats of its Upper Paraguay River Flotilla to Puerto Cano, a river town in the department of Alto Paraguay, ahead of the talks.',
    want: { has: [['Upper Paraguay River Flotilla', 'DEPLOYED_TO', 'Puerto Cano'], ['Puerto Cano', 'LOCATED_IN', 'Alto Paraguay']], entities: [['Upper Paraguay River Flotilla', 'unit'], ['Alto Paraguay', 'place']], absent: ['Paraguay River Flotilla'] },
  }],
  ['"Papua New Guinea ... PNG Prime Minister X": a state of three words named by its initials; "the PNG Defence Force ... the PNGDF" is one body', {
    given: "Papua New Guinea's parliament ratified the treaty on Tuesday. The troops were welcomed by the commander of the PNG Defence Force, Brigadier General Tomas Ingip. PNG Prime Minister Joel Kumbai praised Australia. Australia trains some 400 PNGDF personnel each year.",
    want: { has: [['Joel Kumbai', 'LEADER_OF', 'Papua New Guinea'], ['Tomas Ingip', 'LEADER_OF', 'PNG Defence Force'], ['Australia', 'ASSISTED', 'PNG Defence Force']] },
  }],
  ['"travelled to the border city on Thursday" refers back to the town named before; "the city of X" names X', {
    given: 'The battalion arrived in Elias Piña on Wednesday. Defence Minister Carlos Medina travelled to the border city on Thursday to inspect the battalion.',
    want: { has: [['Carlos Medina', 'VISITED', 'Elias Piña']], absent: ['border city'] },
  }],
  ['"signed by the head of the Border Service of the State Committee (GKNB), Major General A, and the commander of Y, General B": past the body\'s acronym, both post holders sign', {
    given: 'A protocol on joint patrolling was signed by the head of the Border Service of the State Committee for National Security (GKNB), Major General Almaz Toktomatov, and the commander of the Border Troops, Lieutenant General Rustam Sharipov.',
    want: { has: [['Almaz Toktomatov', 'SIGNED', 'protocol on joint patrolling'], ['Rustam Sharipov', 'SIGNED', 'protocol on joint patrolling']] },
  }],
  ['"was conferred the honorary rank of General of the Nepali Army": the honorary rank is an award received', {
    given: 'Indian Army chief General Arvind Mehra was conferred the honorary rank of General of the Nepali Army by President Ram Prasad Koirala at a ceremony on Thursday.',
    want: { has: [['Arvind Mehra', 'RECEIVED_AWARD', 'honorary rank of General of the Nepali Army']], entities: [['honorary rank of General of the Nepali Army', 'award']] },
  }],
  ['"its Nakhchivan exclave": a lower-case exclave or enclave heads a place', {
    given: 'Azerbaijan, whose territory lies between Armenia and its Nakhchivan exclave, has not commented.',
    want: { entities: [['Nakhchivan exclave', 'place']] },
  }],
  ['"Viv Ansanm spokesman Gérald Saint-Fleur": the name before the post is the body the spokesman speaks for', {
    given: 'In a video posted on Saturday, Kraze Baryè spokesman Jean-Robert Lafleur denied that the gang coalition had suffered losses.',
    want: { has: [['Jean-Robert Lafleur', 'OFFICIAL_OF', 'Kraze Baryè']], entities: [['Kraze Baryè', 'organization']] },
  }],
  ['"EU High Representative X"; "Kasangga Sakura 2027, the first large-scale exercise held under ..."; "the president of Hyundai Rotem, Seong Jae-won"', {
    given: 'EU High Representative Marta Lindqvist travelled to Chisinau on Tuesday. The ministers observed Balikatan Tindig 2031, the first large-scale exercise held under the agreement. The contract was signed by the president of Daewon Motors, Kim Ho-jin.',
    want: { has: [['Marta Lindqvist', 'OFFICIAL_OF', 'EU']], entities: [['Balikatan Tindig 2031', 'event'], ['Daewon Motors', 'organization']], absent: ['EU High'] },
  }],
  ['\'the joint exercise "Desert Crescent 2034"\' is one event; "The ten-day drill, which began on June 3, involved X and the Turkish 1st Commando Brigade"', {
    given: 'The Omani and Turkish armies concluded yesterday the joint exercise "Desert Falcon 2034" near Nizwa. The ten-day drill, which began on June 3, involved troops of the 5th Infantry Brigade and the Turkish 1st Commando Brigade.',
    want: { entities: [['Desert Falcon 2034', 'event']], has: [['5th Infantry Brigade', 'ATTENDED', 'Desert Falcon 2034'], ['1st Commando Brigade', 'ATTENDED', 'Desert Falcon 2034']], same: [['Desert Falcon', 'Desert Falcon 2034']] },
  }],
  ['"the Turkish commander was received" names no leader of the state; "the two-day meeting" after "the 15th session of X" is that session', {
    given: 'General Kemal Arslan, the Commander of the Turkish Land Forces, arrived on Sunday. On Monday, the Turkish commander was received by Minister Ahmed Al-Sulaiti. Zambia and Malawi signed a memorandum at the 16th session of the Joint Permanent Commission in Chipata. The two-day meeting was attended by General Mukuka Tembo.',
    want: { not: [['Kemal Arslan', 'LEADER_OF', 'Türkiye']], has: [['Mukuka Tembo', 'ATTENDED', '16th session of the Joint Permanent Commission']] },
  }],
  ['"the 5th Brigade and the Polish 16th Mechanised Division took part": a demonym opening the second item does not break the list', {
    given: 'The 7th Brigade and the Slovak 2nd Mechanised Division took part in the exercise.',
    want: { has: [['7th Brigade', 'ATTENDED', 'exercise'], ['2nd Mechanised Division', 'ATTENDED', 'exercise']] },
  }],
  ['"the Lithuanian Mechanised Infantry Brigade Iron Wolf": a unit named after its head; "the Iron Wolf brigade" is that unit', {
    given: 'Troops of the Estonian Mechanised Infantry Brigade Grey Lynx held drills. The commander of the Grey Lynx brigade, Colonel Rein Kask, said the drills went well.',
    want: { entities: [['Estonian Mechanised Infantry Brigade Grey Lynx', 'unit']], has: [['Rein Kask', 'LEADER_OF', 'Estonian Mechanised Infantry Brigade Grey Lynx']], absent: ['Grey Lynx brigade (duplicate)'] },
  }],
  ['"Panzerbrigade 45, the German Army brigade stationed in Lithuania, also took part with a battle group": a compound unit head, part of the army, deployed, taking part; "The German brigade" is it', {
    given: 'The exercise was held near Rukla. Jägerbrigade 37, the German Army brigade stationed in Latvia, also took part with a battle group. The German brigade is commanded by Brigadier General Uwe Rehberg.',
    want: { has: [['Jägerbrigade 37', 'PART_OF', 'Army of Germany'], ['Jägerbrigade 37', 'DEPLOYED_TO', 'Latvia'], ['Jägerbrigade 37', 'ATTENDED', 'exercise'], ['Jägerbrigade 37', 'COMMANDED_BY', 'Uwe Rehberg']], not: [['Germany', 'DEPLOYED_TO', 'Latvia']] },
  }],
  ['"The German brigade" when only another state\'s brigade was named refers to none of them', {
    given: 'The Estonian Mechanised Infantry Brigade Grey Lynx held drills. The German brigade is commanded by Brigadier General Uwe Rehberg.',
    want: { not: [['Estonian Mechanised Infantry Brigade Grey Lynx', 'COMMANDED_BY', 'Uwe Rehberg']] },
  }],
  ['"X, the British Army brigade, took part": the apposition\'s body is not the subject', {
    given: 'The 14th Armoured Brigade, the British Army brigade, took part in the exercise.',
    want: { has: [['14th Armoured Brigade', 'ATTENDED', 'exercise']] },
  }],
  ['"The brigade, known in German as Panzerbrigade 45," is one unit', {
    given: 'The 45th Armored Brigade arrived in Lithuania. The brigade, known in German as Panzerbrigade 45, is commanded by Brigadier General Jens Harder.',
    want: { has: [['Panzerbrigade 45', 'COMMANDED_BY', 'Jens Harder']], entities: [['45th Armored Brigade', 'unit']] },
  }],
  ['"deployed its newly formed 5th Battalion, with some 600 soldiers, to X": the unit is the subject\'s and goes to X', {
    given: 'The Afghan Army deployed its newly formed 7th Border Battalion, with some 600 soldiers, to Herat on Wednesday.',
    want: { has: [['7th Border Battalion', 'PART_OF', 'Army of Afghanistan'], ['7th Border Battalion', 'DEPLOYED_TO', 'Herat']] },
  }],
  ['"praised the corps" after an unnumbered corps named before: that body', {
    given: 'The United States donated 24 trucks to the Specialized Coastal Security Corps last week. Ambassador Helen Marsh praised the corps for its work against drug trafficking.',
    want: { has: [['Helen Marsh', 'PRAISED', 'Specialized Coastal Security Corps']] },
  }],
  ['a body named after a lower-case descriptor keeps its own head and complement ("the rights organization Support Group for Repatriates and Refugees (GARR)")', {
    given: 'Last month, the Haitian rights organization Aid Group for Migrants and Deportees (GAMD) criticized the border police.',
    want: { entities: [['Aid Group for Migrants and Deportees', 'organization']], absent: ['Migrants', 'Deportees'] },
  }],
  ['a corps with no number is a service or agency; a numbered corps is a formation', {
    given: 'The Specialized Coastal Security Corps (CESCOS) and the Rural Guard Corps met officers of the 3rd Army Corps and of IV Corps.',
    want: { entities: [['Specialized Coastal Security Corps', 'organization'], ['Rural Guard Corps', 'organization'], ['3rd Army Corps', 'unit'], ['IV Corps', 'unit']] },
  }],
  ['"The Lao side was led by X, while the Thai delegation was headed by Y": both heads attend the meeting, neither leads a state', {
    given: 'VIENTIANE, June 15. /KPL/. A meeting of the Thailand-Laos General Border Committee was held on Tuesday in Nong Khai. The Lao side was led by Major General Khamphet Sisavath, while the Thai delegation was headed by General Anan Ruangsri.',
    want: { has: [['Khamphet Sisavath', 'ATTENDED', 'meeting of the Thailand-Laos General Border Committee'], ['Anan Ruangsri', 'ATTENDED', 'meeting of the Thailand-Laos General Border Committee']], not: [['Khamphet Sisavath', 'LEADER_OF', 'Laos'], ['Anan Ruangsri', 'LEADER_OF', 'Thailand']] },
  }],
  ['"the X Exhibition and Conference (XYZ 2030)": one event, its short name with the year an alias; "a memorandum on the sidelines of" is no part of the agreement', {
    given: 'ABU DHABI, January 20. /WAM/. Minister Saeed Al Kaabi signed a memorandum on the sidelines of the Maritime Systems Exhibition and Conference (MASEC 2030) in Abu Dhabi. MASEC 2030 has drawn more than 180 exhibitors.',
    want: { entities: [['Maritime Systems Exhibition and Conference', 'event'], ['MASEC 2030', 'event'], ['memorandum', 'agreement']], absent: ['memorandum on the sidelines of the Maritime Systems Exhibition and Conference'] },
  }],
  ['"signed by Minister A, who arrived in Ankara on Monday, and Minister B": B signs too; "Region Presidency spokesman X": a presidency is a body', {
    given: 'Iraq and Jordan signed a memorandum of understanding on Tuesday. The memorandum was signed by Iraqi Defence Minister Kamal al-Rawi, who arrived in Amman on Monday, and Jordanian Defence Minister Faisal Odeh after talks. Kurdistan Region Presidency spokesman Aram Zebari welcomed the memorandum.',
    want: { has: [['Kamal al-Rawi', 'SIGNED', 'memorandum of understanding'], ['Faisal Odeh', 'SIGNED', 'memorandum of understanding'], ['Aram Zebari', 'OFFICIAL_OF', 'Kurdistan Region Presidency']], entities: [['Kurdistan Region Presidency', 'organization']] },
  }],
  ['"the commander of Military Region 3 of the Royal Cambodian Armed Forces (RCAF), Lieutenant General X," leads the region, past the body that owns it', {
    given: 'Also present were the commander of Military Region 3 of the Royal Cambodian Armed Forces (RCAF), Lieutenant General Sok Vannak, and the Thai ambassador.',
    want: { has: [['Sok Vannak', 'LEADER_OF', 'Military Region 3'], ['Military Region 3', 'PART_OF', 'Royal Cambodian Armed Forces']] },
  }],
  ['"the Cambodian Mine Action Centre (CMAC) and the Thailand Mine Action Center (TMAC) signed": the first item past its acronym is a co-signer', {
    given: 'At the meeting, the Laotian Demining Authority (LDA) and the Vietnam Mine Action Centre (VMAC) signed a memorandum of understanding on joint demining.',
    want: { has: [['Laotian Demining Authority', 'SIGNED', 'memorandum of understanding'], ['Vietnam Mine Action Centre', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['"the brigade\'s unmanned systems battalion, Nocturne, whose ..." is a battalion of the brigade, commanded by the one named later; "III class" after an order names nothing', {
    given: 'The newly formed 52nd Separate Assault Brigade held the line. Its commander was decorated with the Order of Danylo Halytsky, III class, by decree. The eyes belong to the brigade\'s unmanned systems battalion, Nichni Sovy, whose drone operators destroyed 37 vehicles. The battalion, commanded by Major Olena Hrytsenko, trained in Lithuania.',
    want: { has: [['Nichni Sovy', 'PART_OF', '52nd Separate Assault Brigade'], ['Nichni Sovy', 'COMMANDED_BY', 'Olena Hrytsenko']], entities: [['Nichni Sovy', 'unit']], absent: ['III'] },
  }],
  ['"the frigate A of the X Navy, the Cypriot patrol vessel B and the French frigate C took part": every ship of the list attends; "its fourth frigate, the D," is a ship of the service', {
    given: 'The Hellenic Navy took delivery of its fifth frigate, the Kanaris, in Lorient on Tuesday. Meanwhile, the frigate Miaoulis of the Hellenic Navy, the Cypriot patrol vessel Evagoras and the French frigate Auvergne took part in the exercise Aegean Dawn 2031.',
    want: { has: [['Miaoulis', 'ATTENDED', 'Aegean Dawn 2031'], ['Evagoras', 'ATTENDED', 'Aegean Dawn 2031'], ['Auvergne', 'ATTENDED', 'Aegean Dawn 2031'], ['Kanaris', 'PART_OF', 'Hellenic Navy']], entities: [['Kanaris', 'unit']] },
  }],
  ['"their spokesman, X," is the plural body\'s official; "the Iran-backed group" names no body "Iran-backed"', {
    given: 'The Hezbollah movement denied any involvement, and their spokesman, Karim Haddad, said the group remains committed. Coalition spokesman Brigadier General Nasser Al-Harbi accused the Iran-backed group of a violation.',
    want: { has: [['Karim Haddad', 'OFFICIAL_OF', 'Hezbollah movement']], absent: ['Iran-backed', 'Iran-backed group'] },
  }],
  ['"The text was signed ... by A and B": the text is the one agreement named before (none when two stand equal)', {
    given: 'Kazakhstan and Azerbaijan on Tuesday agreed a treaty on Caspian transit. The text was signed in Astana by Prime Minister of Kazakhstan Arman Dosov and Prime Minister of Azerbaijan Ramin Aliyar.',
    want: { has: [['Arman Dosov', 'SIGNED', 'treaty on Caspian transit'], ['Ramin Aliyar', 'SIGNED', 'treaty on Caspian transit']] },
  }],
  ['"Bolivia ..., although its foreign minister, X, said": a state\'s minister when no body is named before "its"', {
    given: 'Paraguay was not invited to join the agreement, although its foreign minister, Elena Brizuela, said last week that Asunción was open to cooperation.',
    want: { has: [['Elena Brizuela', 'OFFICIAL_OF', 'Paraguay']] },
  }],
  ['"the Zelva and Morun rivers ... the Zelva River": names before a plural place head are places, and a river is one place with or without its head', {
    given: 'The battalion rescued villagers along the Zelva and Morun rivers. Soldiers evacuated 800 people from islands in the Zelva River.',
    want: { has: [], entities: [['Zelva', 'place'], ['Morun', 'place'], ['Zelva River', 'place']], absent: ['Morun rivers'] },
  }],
  ['"for the Binational Cabinet, the fourteenth meeting of its kind": a body\'s name set off by a counted gathering names that gathering', {
    given: 'President Rafael Quintero received his counterpart in Tulcán on Friday for the Ecuador-Colombia Binational Cabinet, the fourteenth meeting of its kind. Among those present were the defence ministers, Ana Ruiz and Pedro Salas.',
    want: { has: [['Ana Ruiz', 'ATTENDED', 'Ecuador-Colombia Binational Cabinet']], entities: [['Ecuador-Colombia Binational Cabinet', 'event']] },
  }],
  ['"Interaction-2031, a command-staff exercise of the CSTO," then "the drills": the exercise head the apposition gives lets the later phrase refer to it', {
    given: 'Russia and Kazakhstan on Tuesday began Interaction-2031, a command-staff exercise of the Collective Security Treaty Organization (CSTO), near Almaty. About 1,500 servicemen of the 5th Guards Brigade are taking part in the drills, which end on Saturday.',
    want: { has: [['5th Guards Brigade', 'ATTENDED', 'Interaction-2031']], entities: [['Interaction-2031', 'event']] },
  }],
  ['"chaired a tripartite meeting with X officers": the chair attends the meeting and leads no body; "the US Embassy in Awkar said"; "the Litani River ... south of the Litani"', {
    given: 'General Ottavio Brancati chaired a tripartite meeting with senior Lebanese Army officers at the UN position in Ras al-Naqoura on Wednesday. The US Embassy in Awkar said the brigade deployed south of the Litani River. The army guards the area south of the Litani.',
    want: { has: [['Ottavio Brancati', 'ATTENDED', 'tripartite meeting']], not: [['Ottavio Brancati', 'LEADER_OF', 'Lebanese Army']], entities: [['Awkar', 'place'], ['Litani River', 'place'], ['Litani', 'place']] },
  }],
  ['"The X Navy (XN) frigate KD A", "the XN\'s KD B, which was deployed to P": ships of the service; "The bilateral exercise," opening a sentence is the exercise just named', {
    given: 'The Royal Malaysian Navy (RMN) frigate KD Tebrau returned to Kota Kinabalu after taking part in Exercise Laut Perkasa 2031 off Labuan. The bilateral exercise, held from November 9 to 13, also involved the RMN\'s KD Seladang, which was deployed to Labuan on November 7.',
    want: { has: [['KD Tebrau', 'PART_OF', 'Royal Malaysian Navy'], ['KD Seladang', 'PART_OF', 'Royal Malaysian Navy'], ['KD Seladang', 'DEPLOYED_TO', 'Labuan'], ['KD Seladang', 'ATTENDED', 'Exercise Laut Perkasa 2031']] },
  }],
  ['"signed a memorandum of understanding (MoU) on search and rescue with BODY Commander X": X signs too', {
    given: 'Admiral Tarmizi Hamdan also signed a memorandum of understanding (MoU) on maritime search and rescue with RBAF Commander Major General Hisham Ariffin Salleh.',
    want: { has: [['Tarmizi Hamdan', 'SIGNED', 'memorandum of understanding'], ['Hisham Ariffin Salleh', 'SIGNED', 'memorandum of understanding']], not: [['RBAF', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['"handed over command of X to Y": Y leads X (no command of X by the one handing it over); the possessor past its bracketed acronym owns the squadron', {
    given: 'On Tuesday, Lieutenant-Colonel Tan Wei Ming handed over command of the Royal Thai Air Force\'s (RTAF) 140 Squadron to Lieutenant-Colonel Aisha Karimova at a parade.',
    want: { has: [['Aisha Karimova', 'LEADER_OF', '140 Squadron'], ['140 Squadron', 'PART_OF', 'Royal Thai Air Force']], not: [['Tan Wei Ming', 'COMMANDED_BY', 'Royal Thai Air Force']] },
  }],
  ['a name set off after "the ... mission in PLACE" is that mission; command of it handed over', {
    given: 'Major General Ottmar Feldl on Monday handed over command of the EU\'s training mission in Mozambique, EUTM Ruvuma, to Major General Janos Bereczki at a ceremony.',
    want: { has: [['Janos Bereczki', 'LEADER_OF', 'EUTM Ruvuma']], entities: [['EUTM Ruvuma', 'organization']] },
  }],
  ['a numbered training school is a unit; a passive agent is not whose support it was', {
    given: 'Group Captain Nerys Hale, the commander of the Royal Australian Air Force\'s 3 Flying Training School, was conferred the Service Medal by Major-General Koh for her support to RSAF training.',
    want: { has: [['Nerys Hale', 'LEADER_OF', '3 Flying Training School'], ['3 Flying Training School', 'PART_OF', 'Royal Australian Air Force']], not: [['Koh', 'ASSISTED', 'RSAF']], entities: [['3 Flying Training School', 'unit']] },
  }],
  ['"awarded NAME the X": the thing given to a named person is an award; a named exercise is also named without "exercise"', {
    given: 'Defence Minister Arto Venhala met Kenji Moraita. On Wednesday, Venhala awarded Moraita the Bintang Sakti Utama, one of the highest honors, for his work. Japan joined the Silver Kestrel Shield exercise in May. Moraita praised this year\'s Silver Kestrel Shield.',
    want: { has: [['Kenji Moraita', 'RECEIVED_AWARD', 'Bintang Sakti Utama'], ['Kenji Moraita', 'PRAISED', 'Silver Kestrel Shield exercise']], not: [['Arto Venhala', 'RECEIVED_AWARD', 'Bintang Sakti Utama']], entities: [['Bintang Sakti Utama', 'award']] },
  }],
  ['"the NATO exercise Decisive Lance": the acronym before "exercise" stays the alliance', {
    given: 'Troops took part in the NATO exercise Decisive Lance 2031 at the Orvik range. Kosovo is not a member of NATO.',
    want: { has: [], entities: [['NATO', 'organization']] },
  }],
  ['a "HM...S" prefix names a ship of any navy; "Royal Marines of 42 Commando": a service of marines and its numbered commando', {
    given: 'The coast guard commissioned its newest patrol vessel, HMBS Ragged Point, at its base in Nassau. Troops trained alongside Royal Marines of 47 Commando.',
    want: { has: [['47 Commando', 'PART_OF', 'Royal Marines']], entities: [['HMBS Ragged Point', 'unit'], ['Royal Marines', 'organization'], ['47 Commando', 'unit']], absent: [] },
  }],
  ['two battalions numbered alike but named with different regiments are two units', {
    given: 'Members of the 2nd Battalion, 310th Infantry Regiment trained in Tandor. Separately, 120 soldiers of the 2nd Battalion, The Orland Regiment returned to Mavera on Saturday.',
    want: { has: [['2nd Battalion, The Orland Regiment', 'RETURNED_TO', 'Mavera']], not: [['2nd Battalion, 310th Infantry Regiment', 'RETURNED_TO', 'Mavera']], entities: [['2nd Battalion, 310th Infantry Regiment', 'unit'], ['2nd Battalion, The Orland Regiment', 'unit']] },
  }],
  ['"The committee, which was set up in 2008 by the Governments of Vietnam and Laos": the states founded it, no body "Governments"', {
    given: 'The Cambodia-Thailand Joint Border Committee met in Siem Reap. The committee, which was set up in 2008 by the Governments of Cambodia and Thailand, oversees the border.',
    want: { has: [['Cambodia-Thailand Joint Border Committee', 'FORMED_BY', 'Thailand']], absent: ['Governments'] },
  }],
  ['"AUSSOM, which the African Union Peace and Security Council established in August 2024, replaced an earlier AU mission": what an object relative founded is its antecedent, not a name after the clause', {
    given: 'UNMISOM, which the United Nations Security Council established in March 2029, replaced an earlier AU mission.',
    want: { has: [['UNMISOM', 'FORMED_BY', 'United Nations Security Council']], not: [['AU', 'FORMED_BY', 'United Nations Security Council']] },
  }],
  ['"President X felicitated the Navy on the induction of the ship": felicitating praises', {
    given: 'President Anwar Saleem Qadri felicitated the Pakistan Navy on the induction of the ship.',
    want: { has: [['Anwar Saleem Qadri', 'PRAISED', 'Pakistan Navy']] },
  }],
  ['"the CSTO Joint Staff said", "the Tongan Navy, which is the maritime wing of HMAF", "the Norrbotten Regiment (I 19) of the Swedish Army": an organ named with a body\'s acronym, a relative clause saying what a body is, a short name of two tokens', {
    given: 'The Collective Security Treaty Organization (CSTO) exercise began on Monday, the CSTO Joint Staff said. Fifita thanked Australia for its support to the Tongan Navy, which is the maritime wing of HMAF. The battalion belongs to the Dalarna Regiment (I 13) of the Swedish Army.',
    want: { has: [['CSTO Joint Staff', 'PART_OF', 'Collective Security Treaty Organization'], ['Tongan Navy', 'PART_OF', 'HMAF'], ['Dalarna Regiment', 'PART_OF', 'Swedish Army']] },
  }],
  ['"Tunisia\'s army chief of staff, General X, and ...", "the Moroccan navy commander, Admiral Y,": a state\'s service in lower case before a post is what the holder leads', {
    given: 'Tunisia\'s army chief of staff, General Habib Ben Salah, and the Moroccan navy commander, Admiral Karim Benali, visited Bizerte on Thursday.',
    want: { has: [['Habib Ben Salah', 'LEADER_OF', 'Army of Tunisia'], ['Karim Benali', 'LEADER_OF', 'Navy of Morocco']] },
  }],
  ['"Exercise Tropic Guard, a ten-day regional disaster-response and security exercise in X": a long description after a named event is that event', {
    given: 'Troops of the Guyana Defence Force yesterday wrapped up Exercise Tropic Guard, a ten-day regional disaster-response and security exercise in Linden organised by the Regional Security System.',
    want: { has: [['Exercise Tropic Guard', 'LOCATED_IN', 'Linden']], absent: ['security exercise'] },
  }],
  ['"staged a two-day naval drill near X ... The drill was observed by A": a drill after "a" is an event; "a spokesman for the Southern Theatre Command" (a theatre command is a body)', {
    given: 'The Eastern Theatre Command staged a two-day naval drill near the Matsu Islands on Tuesday. The drill was observed by the commander of the Eastern Theatre Command, General Qiao Fengming. Senior Colonel Xu Dalin, a spokesman for the Eastern Theatre Command, said the drill was routine.',
    want: { has: [['two-day naval drill', 'LOCATED_IN', 'Matsu Islands'], ['Qiao Fengming', 'ATTENDED', 'two-day naval drill'], ['Xu Dalin', 'OFFICIAL_OF', 'Eastern Theatre Command']], entities: [['Eastern Theatre Command', 'organization']] },
  }],
  ['"returned to the UNIFIL headquarters in Naqoura", "Gracing the occasion were A, B, the Chief of Staff of the X, C, and D": a body\'s headquarters is a place; the guests attend', {
    given: 'A ceremony was held at the ECOWAS headquarters in Abuja on Monday. Gracing the occasion were President Joseph Tokpa Kollie, Defense Minister Hawa Sirleaf-Dukuly and the Chief of Staff of the AFL, Major General Prince Saye Dolo.',
    want: { has: [['ECOWAS headquarters', 'LOCATED_IN', 'Abuja'], ['ceremony', 'LOCATED_IN', 'ECOWAS headquarters'], ['Joseph Tokpa Kollie', 'ATTENDED', 'ceremony'], ['Prince Saye Dolo', 'ATTENDED', 'ceremony']], entities: [['ECOWAS headquarters', 'place']] },
  }],
  ['"About 1,300 Marines of the 4th Marine Regiment began moving from Okinawa to Guam": a capitalised word for troops before "of" names nothing; moving is going', {
    given: 'About 900 Marines of the 7th Marine Regiment began moving from Darwin to Saipan this week.',
    want: { has: [['7th Marine Regiment', 'DEPLOYED_TO', 'Saipan']], absent: ['Marines of the 7th Marine Regiment'] },
  }],
  ['"was attended by A, the II MEF commander; B, the regiment\'s commanding officer; and C, a senior official of X": semicolon items attend; a body and a lower-case post after a name; "(II MEF)"', {
    given: 'The II Marine Expeditionary Force (II MEF) and the 6th Marine Regiment moved. A farewell ceremony at Camp Lejeune on Monday was attended by Lieutenant General Dale Brockett, the II MEF commander; Colonel Mara Quintero, the regiment\'s commanding officer; and Hiroshi Tanabe, a senior official of Japan\'s Ministry of Defense.',
    want: { has: [['Mara Quintero', 'ATTENDED', 'farewell ceremony'], ['Hiroshi Tanabe', 'ATTENDED', 'farewell ceremony'], ['Dale Brockett', 'LEADER_OF', 'II Marine Expeditionary Force'], ['Mara Quintero', 'LEADER_OF', '6th Marine Regiment']] },
  }],
  ['"sent 600 soldiers of its 14th Rapid Intervention Battalion (BIR 14) to Niamey": "its" before a number is no object; the battalion is sent', {
    given: 'In late January, Togo sent 600 soldiers of its 7th Rapid Intervention Battalion (BIR 7) to Dapaong to join the force.',
    want: { has: [['7th Rapid Intervention Battalion', 'DEPLOYED_TO', 'Dapaong'], ['Togo', 'DEPLOYED_TO', 'Dapaong']] },
  }],
  ['"was made a Commander of the National Order of Niger": a grade of an order with words before the order\'s head', {
    given: 'General Issa Mahamane Kollo was made a Commander of the National Order of Chad in 2029.',
    want: { has: [['Issa Mahamane Kollo', 'RECEIVED_AWARD', 'National Order of Chad']], absent: ['Order'] },
  }],
  ['"was established by the three military-led states": a lower-case modifier in a counted group of states', {
    given: 'Niger, Chad and Mali created the Alliance of Sahel States (AES). General Issa Kollo commands the Unified Force of the Alliance of Sahel States. The AES was established as a confederation by the three military-led states in July 2024, months before their withdrawal from the Economic Community of West African States (ECOWAS) took effect. Chad handed over a camp to the Unified Force.',
    want: { has: [['AES', 'FORMED_BY', 'Chad']], not: [['AES', 'FORMED_BY', 'ECOWAS']] },
  }],
  ['"his Somali counterpart, Abdirahman Sheikh Nur Dirir": an honorific between the words of a name is one of them (not after a portfolio: "Minister of Foreign Affairs Sheikh X")', {
    given: 'Kenya and Somalia signed a defence accord on Monday. The accord was signed by the Kenyan defence minister, Otieno Wafula, and his Somali counterpart, Abdiqani Sheikh Farah Jibril. Later, Jibril met President Mahad Sheikh Warsame.',
    want: { has: [['Abdiqani Sheikh Farah Jibril', 'SIGNED', 'defence accord'], ['Abdiqani Sheikh Farah Jibril', 'MET_WITH', 'Mahad Sheikh Warsame']], absent: ['Farah Jibril'] },
  }],
  ['"visited the headquarters of the KDF\'s Eastern Command in Garissa, where he was received by its commander, X": "its" is the body possessed, not its possessor', {
    given: 'The Kenya Defence Forces (KDF) trained soldiers. On Tuesday, Farah visited the headquarters of the KDF\'s Eastern Command in Garissa, where he was received by its commander, Major General Peter Kiprono Langat.',
    want: { has: [['Peter Kiprono Langat', 'LEADER_OF', 'Eastern Command']], not: [['Peter Kiprono Langat', 'LEADER_OF', 'Kenya Defence Forces']] },
  }],
  ['"the summit, which also brought together delegations from A, B and C": those brought together attend; "the Organ Troika" is a body', {
    given: 'Both leaders attended the summit in Lusaka, which also brought together delegations from Egypt, Kenya and Djibouti. Ministers of the Organ Troika met on Friday.',
    want: { has: [['Egypt', 'ATTENDED', 'summit'], ['Djibouti', 'ATTENDED', 'summit']], entities: [['Organ Troika', 'organization']] },
  }],
  ['"The 12th Military Region redeployed its 1204th Brigade on Monday from A to B": the unit after "its" is sent, to the place after the origin', {
    given: 'The 12th Military Region redeployed its 1204th Brigade on Monday from Kalehe to Minova, military sources said.',
    want: { has: [['1204th Brigade', 'DEPLOYED_TO', 'Minova']], not: [['1204th Brigade', 'DEPLOYED_TO', 'Kalehe'], ['12th Military Region', 'DEPLOYED_TO', 'Minova']] },
  }],
  ['"the two officials met the force commander of the United Nations Mission in the DRC (MONUSCO), General X, and the head of ...": a lower-case two-word post, and its holder past a long body name', {
    given: 'The governor, Moïse Tshala Kanku, and the minister, Albert Ngoy Mbayo, visited Bunia on Tuesday. During their visit, the two officials met the force commander of the United Nations Organization Stabilization Mission in the DRC (MONUSCO), Lieutenant General Paulo Vieira Rocha, and the head of the SADC Mission in the DRC (SAMIDRC), Major General Tawanda Moyo Chirwa.',
    want: { has: [['Paulo Vieira Rocha', 'LEADER_OF', 'MONUSCO'], ['Moïse Tshala Kanku', 'MET_WITH', 'Paulo Vieira Rocha'], ['Albert Ngoy Mbayo', 'MET_WITH', 'Tawanda Moyo Chirwa']], not: [['Moïse Tshala Kanku', 'MET_WITH', 'Albert Ngoy Mbayo']] },
  }],
  ['"the Armed Force of El Salvador": the armed service in the singular is a body, like "Armed Forces"', {
    given: 'The brigade trained 40 commandos of the Special Forces Command (CFE) of the Armed Force of El Salvador last year.',
    want: { has: [['Special Forces Command', 'PART_OF', 'Armed Force of El Salvador']], entities: [['Armed Force of El Salvador', 'organization']] },
  }],
  ['"The Eastern Naval Command, ENC, of the Ghana Navy, GN, ...", "the Flag Officer Commanding, FOC, Eastern Naval Command, Rear Admiral X": acronyms set off by commas read as bracketed', {
    given: 'The Eastern Naval Command, ENC, of the Ghana Navy, GN, has seized a trawler. The crew were handed over by the Flag Officer Commanding, FOC, Eastern Naval Command, Rear Admiral Kwesi Ampofo-Boadu.',
    want: { has: [['Eastern Naval Command', 'PART_OF', 'Ghana Navy'], ['Kwesi Ampofo-Boadu', 'LEADER_OF', 'Eastern Naval Command']], entities: [['ENC', 'unit'], ['GN', 'organization']], absent: ['FOC'] },
  }],
  ['"were held in Ashaiman, Tema." / "paraded in Ashaiman, Tema, by the police": the place after the comma holds the one before', {
    given: 'The suspects were held in Ashaiman, Tema. On Monday they were paraded in Nungua, Accra, by the police.',
    want: { has: [['Ashaiman', 'LOCATED_IN', 'Tema'], ['Nungua', 'LOCATED_IN', 'Accra']] },
  }],
  ['"Residents of Karakol told reporters": the name after "residents of" is a place', {
    given: 'Residents of Karakol told reporters that columns of armoured vehicles had passed through the town.',
    want: { entities: [['Karakol', 'place']] },
  }],
  ['"The arrangement was signed in Vienna, where the agency has its seat, by A and B": the passive\'s agents past a relative clause', {
    given: 'Last month, Malta signed a working arrangement with the agency. The arrangement was signed in Vienna, where the agency has its seat, by Joseph Farrugia and the agency\'s deputy director, Anna Kowal.',
    want: { has: [['Joseph Farrugia', 'SIGNED', 'working arrangement'], ['Anna Kowal', 'SIGNED', 'working arrangement']] },
  }],
  ['"Taking part were the Greek frigate X, the French frigate Y and ...": the ships attend, not the demonym before the first', {
    given: 'The National Guard held Aphrodite 2029, a three-day exercise. Taking part were the Greek frigate Hydra, the French frigate Bretagne and two Rafale fighters.',
    want: { has: [['Hydra', 'ATTENDED', 'Aphrodite 2029'], ['Bretagne', 'ATTENDED', 'Aphrodite 2029']], not: [['Greece', 'ATTENDED', 'Aphrodite 2029']] },
  }],
  ['"Vietnam\'s Foreign Ministry criticised the accord on Tuesday, with spokesperson X warning ...": a lower-case post after ", with" is the body\'s', {
    given: 'Japan and the Philippines signed the accord on Monday. Vietnam\'s Foreign Ministry criticised the accord on Tuesday, with spokesperson Pham Thu Hang warning against tension.',
    want: { has: [['Pham Thu Hang', 'OFFICIAL_OF', 'Foreign Ministry']] },
  }],
  ['"The Liberia Armed Forces (AFL) ... the Chief of Defence Staff, Major General X": in home copy, the defence chief heads the dateline state\'s forces the text named', {
    given: 'MONROVIA, May 2. /LINA/. The Armed Forces of Liberia (AFL) commissioned a new battalion on Friday. The ceremony was attended by the Chief of Defence Staff, Major General Prince Tarley Johnson.',
    want: { has: [['Prince Tarley Johnson', 'LEADER_OF', 'AFL']] },
  }],
  ['"the 7th Kenyan Battalion (KENBATT 7)": a unit\'s short name with its number in brackets is its alias', {
    given: 'The soldiers serving in the 7th Kenyan Battalion (KENBATT 7) arrived on Saturday.',
    want: { entities: [['KENBATT 7', 'unit']] },
  }],
  ['"held in Hwaseong\'s Namyang District", "moved to New Jinju City\'s Munsan Township": an unknown possessor of an administrative area is the place it lies in', {
    given: 'The drill was held in Hwaseong\'s Namyang District on Monday. Troops moved to New Jinju City\'s Munsan Township.',
    want: { has: [['Namyang District', 'LOCATED_IN', 'Hwaseong'], ['Munsan Township', 'LOCATED_IN', 'New Jinju City']], entities: [['Hwaseong', 'place']] },
  }],
  ['"commander of the French Forces in Djibouti (FFDj)": forces named for the state they serve in; "the General Headquarters of the Kenya Defence Forces in Nairobi" is not named for a city', {
    given: 'The French delegation was led by Major General Pierre Valmont, commander of the French Forces in Djibouti (FFDj). He was received at the General Headquarters of the Kenya Defence Forces in Nairobi.',
    want: { has: [['Pierre Valmont', 'LEADER_OF', 'French Forces in Djibouti']], entities: [['French Forces in Djibouti', 'organization']], absent: ['Kenya Defence Forces in Nairobi'] },
  }],
  ['"a joint exercise held in X with the participation of the Omani Royal Guard and France\'s 4th Hussars Regiment, which has been stationed in Muscat since 2016": the list goes on past a body; a singular relative verb tells of the last conjunct', {
    given: 'Omani and French troops on Wednesday wrapped up Sahara Shield 2028, a two-week joint exercise held in Dhofar with the participation of the Omani Royal Guard and France\'s 4th Hussars Regiment, which has been stationed in Muscat since 2016.',
    want: { has: [['4th Hussars Regiment', 'ATTENDED', 'Sahara Shield 2028'], ['4th Hussars Regiment', 'DEPLOYED_TO', 'Muscat']], not: [['Oman', 'DEPLOYED_TO', 'Muscat']] },
  }],
  ['"secured the coastal town of Vila da Praia", "told the Mail & Guardian": a known name after a particle stays inside the place\'s name; an ampersand joins one body\'s name', {
    given: 'The battalion secured the coastal town of Vila da Praia during the mission. Commander Thabo Nkosi told the Mail & Guardian on Sunday.',
    want: { entities: [['Vila da Praia', 'place'], ['Mail & Guardian', 'organization']], absent: ['Mail'] },
  }],
  ['"Defence firms such as Rheinvald, Tessaro and Kolbrun bid": names listed after a plural of bodies and "such as" are bodies', {
    given: 'Defence firms such as Rheinvald, Tessaro and Kolbrun bid for the contract on Monday.',
    want: { entities: [['Rheinvald', 'organization'], ['Tessaro', 'organization'], ['Kolbrun', 'organization']] },
  }],
  ['"X, and Morocco\'s Minister Delegate in charge of the National Defence Administration, Y, signed": "in charge of" opens the post\'s complement; "the Spanish Army\'s King Juan Carlos Legion Brigade" is a unit named after a king', {
    given: 'Spain\'s Minister of Defence, Irene Salvat, and Morocco\'s Minister Delegate in charge of the National Defence Administration, Karim Bennani, signed on Monday in Rabat an agreement on defence cooperation. Some 250 legionnaires of the Spanish Army\'s King Juan Carlos Legion Brigade took part.',
    want: { has: [['Karim Bennani', 'OFFICIAL_OF', 'National Defence Administration'], ['Irene Salvat', 'SIGNED', 'agreement on defence cooperation'], ['Karim Bennani', 'SIGNED', 'agreement on defence cooperation'], ['King Juan Carlos Legion Brigade', 'PART_OF', 'Spanish Army']], absent: ['Delegate', 'Juan Carlos Legion Brigade'] },
  }],
  ['"concluded Sea Falcon 21, a two-week joint naval exercise in the Red Sea": a name with its edition number, in apposition to an event phrase, is that event (not a place "Sea Falcon")', {
    given: 'The Omani Navy on Monday concluded Sea Falcon 21, a two-week joint naval exercise in the Arabian Sea.',
    want: { has: [['Sea Falcon 21', 'LOCATED_IN', 'Arabian Sea']], entities: [['Sea Falcon 21', 'event']], absent: ['Sea Falcon'] },
  }],
  ['"the Joint Chiefs of Staff said" is a body; "their Chiefs of Defence Staff" are people, no body', {
    given: 'The drills ended on Friday, the Joint Chiefs of Staff said. The pact was signed in Lome by their Chiefs of Defence Staff.',
    want: { entities: [['Joint Chiefs of Staff', 'organization']], absent: ['Joint Chiefs', 'Chiefs of Defence Staff'] },
  }],
  ['"the Ghana Military Academy", "the French Naval Academy": an institution named for its state is not placed in it by its name', {
    given: 'The cadets graduated from the Ghana Military Academy on Friday. Two officers trained at the French Naval Academy.',
    want: { entities: [['Ghana Military Academy', 'place']], not: [['Ghana Military Academy', 'LOCATED_IN', 'Ghana'], ['French Naval Academy', 'LOCATED_IN', 'France']] },
  }],
  ['"said WFP Country Director for Zambia, X": the body before the post is whose post it is; the state after "for" is its area; a country director is an official. "who leads the Luxembourg platoon", "The Singapore ships were led by": a state\'s name before a group noun leads nothing', {
    given: '"We will stay," said WFP Country Director for Zambia, Marta Lindgren. Sergeant-Major Paul Wagener, who leads the Luxembourg platoon, was decorated. The Singapore ships were led by Colonel Ong Kah Wee, Commander of the RSN\'s Third Flotilla.',
    want: { has: [['Marta Lindgren', 'OFFICIAL_OF', 'WFP'], ['Ong Kah Wee', 'LEADER_OF', 'Third Flotilla']], not: [['Marta Lindgren', 'LEADER_OF', 'Zambia'], ['Paul Wagener', 'LEADER_OF', 'Luxembourg'], ['Ong Kah Wee', 'LEADER_OF', 'Singapore']], entities: [['Paul Wagener', 'person']] },
  }],
  ['"The meeting was co-chaired by the Minister of Defence and Veteran Affairs, Ms A, and her counterpart, Ms B": the co-chairs met; "Ms A said refugees had returned ..., and thanked the X": the reporter thanks', {
    given: 'Uganda and Rwanda agreed after a two-day security meeting between the Uganda People\'s Defence Forces (UPDF) and the Rwanda Defence Force (RDF) in Katuna, Kabale District, which ended on Tuesday. The meeting was co-chaired by the Minister of Defence and Veteran Affairs, Ms Harriet Namusoke, and her Rwandan counterpart, Ms Claudine Uwera. Ms Namusoke said more than 2,000 Rwandan refugees had returned home from Nakivale since January, and thanked the RDF for securing the routes.',
    want: { has: [['Harriet Namusoke', 'MET_WITH', 'Claudine Uwera'], ['two-day security meeting', 'LOCATED_IN', 'Katuna'], ['Harriet Namusoke', 'PRAISED', 'RDF']], not: [['Rwanda', 'PRAISED', 'RDF']], absent: ['Veteran Affairs'] },
  }],
  ['"The Fianna Fáil spokesman on defence, X, criticised": an unknown name after "the" before a post is the body; the portfolio after "on" is skipped', {
    given: 'The Aontú Saoirse spokesman on defence, Donncha Ó Laoire, criticised the Department of Defence. The Labour Party spokesman on foreign affairs, Ann Byrne, spoke.',
    want: { has: [['Donncha Ó Laoire', 'OFFICIAL_OF', 'Aontú Saoirse'], ['Ann Byrne', 'OFFICIAL_OF', 'Labour Party']], entities: [['Aontú Saoirse', 'organization']] },
  }],
  ['"The troops were inspected at a farewell parade at X, Co Y, on Saturday by the Minister for Defence, A, and the Chief of Staff of the Defence Forces, Lieut Gen B. Also present were C, post; D, post; and E.": passive agents and semicolon items attend; "Lieut Gen" is a rank', {
    given: 'The troops were inspected at a farewell parade at Kilbride Barracks in Mullingar, Co Westmeath, on Saturday by the Minister for Defence, Aisling Brennan, and the Chief of Staff of the Defence Forces, Lieut Gen Colm Dunphy. Also present were the battalion\'s commanding officer, Lieut Col Siobhan Kehoe; the General Officer Commanding the 1st Brigade, Brig Gen Eamon Furlong; and the Kenyan ambassador to Ireland, Grace Wanjiru.',
    want: { has: [['Aisling Brennan', 'ATTENDED', 'farewell parade'], ['Colm Dunphy', 'ATTENDED', 'farewell parade'], ['Colm Dunphy', 'LEADER_OF', 'Defence Forces'], ['Eamon Furlong', 'ATTENDED', 'farewell parade'], ['Grace Wanjiru', 'ATTENDED', 'farewell parade']] },
  }],
  ['"Ms X said more than 4,000 refugees had returned home from Koboko": the reported clause has its own subject, not the speaker; "X said on Tuesday after talks with Y" still tells of X', {
    given: 'Ms Grace Achan said more than 4,000 refugees had returned home from settlements in Koboko since March. Minister Paul Lokeris said on Tuesday after talks in Arua with Governor Simon Ajal.',
    want: { has: [['Paul Lokeris', 'MET_WITH', 'Simon Ajal']], not: [['Grace Achan', 'RETURNED_TO', 'Koboko']] },
  }],
  ['"Major General X, who commands the Y Brigade" leads it; "the Z Battalion, commanded by W" is commanded by W', {
    given: 'The minister met Major General Kenji Oshiro, who commands the Western Army Infantry Brigade. The 5th Battalion, commanded by Colonel Jose Rizalino, arrived on Monday.',
    want: { has: [['Kenji Oshiro', 'LEADER_OF', 'Western Army Infantry Brigade'], ['5th Battalion', 'COMMANDED_BY', 'Jose Rizalino']], not: [['Western Army Infantry Brigade', 'COMMANDED_BY', 'Kenji Oshiro']] },
  }],
  ['"Operation Frost Hammer, Norway\'s largest Arctic military exercise in a decade, ended on Wednesday at Bardufoss": the apposed description is the named event, placed past the apposition', {
    given: 'Operation Frost Hammer, Norway\'s largest Arctic military exercise in a decade, ended on Wednesday at Bardufoss. Sweden sent a ranger company to the exercise.',
    want: { has: [['Operation Frost Hammer', 'LOCATED_IN', 'Bardufoss'], ['Sweden', 'ATTENDED', 'Operation Frost Hammer']], absent: ['Arctic military exercise in a decade'] },
  }],
  ['"completed Falcon Shield 2029, a week-long joint exercise": a name with its year, in apposition to an exercise, is the event', {
    given: 'Troops of both armies on Friday completed Falcon Shield 2029, a week-long joint exercise near Tabuk.',
    want: { entities: [['Falcon Shield 2029', 'event']] },
  }],
  ['"the Commander of the Qatar Air Force and Air Defence, X" and "the Air Officer Commanding-in-Chief of the IAF\'s Eastern Air Command, Y": a service named with its air-defence arm; the hyphenated post', {
    given: 'The ceremony was attended by the Commander of the Qatar Air Force and Air Defence, Major General Salem Jaber Al Kuwari, and the Air Officer Commanding-in-Chief of the IAF\'s Eastern Air Command, Air Marshal Rohan Deshpande.',
    want: { has: [['Salem Jaber Al Kuwari', 'LEADER_OF', 'Qatar Air Force and Air Defence'], ['Rohan Deshpande', 'LEADER_OF', 'Eastern Air Command']], absent: ['Defence', 'Air Officer Commanding-in-Chief'] },
  }],
  ['"The IAF sent jets of its No 9 Squadron, the Black Panthers, to the exercise": "its" owns the unit; the plural apposition is its nickname', {
    given: 'The IAF sent six jets of its No 9 Squadron, the Black Panthers, to the exercise from Hasimara.',
    want: { has: [['No 9 Squadron', 'PART_OF', 'IAF']], entities: [['Black Panthers', 'unit']] },
  }],
  ['"the Indian Army\'s Pathankot-based 9 Corps", "the corps\' 29 Infantry Division": a bare number names a corps; a possessor owns a unit past a place-based adjective; "corps\'" is a possessive', {
    given: 'Columns of the Indian Army\'s Pathankot-based 9 Corps were deployed to Kathua on Monday. In May, the corps\' 29 Infantry Division was awarded a unit citation.',
    want: { has: [['9 Corps', 'PART_OF', 'Indian Army'], ['9 Corps', 'DEPLOYED_TO', 'Kathua'], ['29 Infantry Division', 'PART_OF', '9 Corps']], entities: [['9 Corps', 'unit']] },
  }],
  ['"deployed to the flood-hit Kharupetia and Sonitpur districts of Assam": names listed before a plural area noun are places in what "of" names, each also "X district"', {
    given: 'Army columns were deployed to the flood-hit Kharupetia and Sonitpur districts of Assam on Sunday. Relief reached the Kurram, Orakzai and Bajaur districts.',
    want: { has: [['Kharupetia district', 'LOCATED_IN', 'Assam'], ['Sonitpur', 'LOCATED_IN', 'Assam']], entities: [['Kharupetia', 'place'], ['Sonitpur', 'place'], ['Orakzai', 'place'], ['Bajaur district', 'place']], absent: ['districts of Assam'] },
  }],
  ['"the 2nd Battalion of the State Disaster Relief Force (SDRF)": the acronym spells the unit named last, not the battalion', {
    given: 'Two teams of the 2nd Battalion of the State Disaster Relief Force (SDRF) were airlifted to Jorhat. The SDRF has 12 battalions.',
    want: { has: [['2nd Battalion of the State Disaster Relief Force', 'PART_OF', 'SDRF']] },
  }],
  ['"The Iron Wolf 2028-II exercise ended ... A and B also took part.": a year with its edition names the event; "took part" closing the sentence attends it', {
    given: 'The Iron Wolf 2028-II exercise ended in Pabrade on Friday. Lithuania\'s Iron Wolf Mechanised Infantry Brigade and the 15th Mechanised Brigade of the Polish Army also took part.',
    want: { has: [['Iron Wolf 2028-II exercise', 'LOCATED_IN', 'Pabrade'], ['Iron Wolf Mechanised Infantry Brigade', 'ATTENDED', 'Iron Wolf 2028-II exercise'], ['15th Mechanised Brigade of the Polish Army', 'ATTENDED', 'Iron Wolf 2028-II exercise']], absent: ['Iron Wolf'] },
  }],
  ['"The governor visited X before returning to Y": the subject of the gerund is the sentence\'s, past its article', {
    given: 'Governor Mustapha Zanna Kolo spoke on Tuesday. The governor visited Gwoza before returning to Maiduguri.',
    want: { has: [['Mustapha Zanna Kolo', 'VISITED', 'Gwoza'], ['Mustapha Zanna Kolo', 'RETURNED_TO', 'Maiduguri']] },
  }],
  ['"Australia\'s Minister for Pacific Island Affairs, X": capitalised words ending in "Affairs" are the portfolio (more may follow: "for Political Affairs, Peace and Security")', {
    given: 'It was attended by Australia\'s Minister for Pacific Island Affairs, Joanne Ashworth, and others. ECOWAS Commissioner for Political Affairs, Peace and Security Abdoulaye Sow, who also attended, praised the troops.',
    want: { has: [['Joanne Ashworth', 'OFFICIAL_OF', 'Australia'], ['Abdoulaye Sow', 'OFFICIAL_OF', 'ECOWAS']], absent: ['Island Affairs', 'Security Abdoulaye Sow'] },
  }],
  ['"The Secretary General of the X, Y, also attended.": "also attended" closing the sentence attends the last event named', {
    given: 'The handover ceremony was held in Apia on Monday. The Secretary General of the Secretariat, Losaline Fotu Vaipulu, also attended.',
    want: { has: [['Losaline Fotu Vaipulu', 'ATTENDED', 'handover ceremony']] },
  }],
  ['"the Kenya Air Force Commander, Major General X": "Force" closes the service\'s name, no "Force Commander" post', {
    given: 'The ceremony was attended by the Kenya Air Force Commander, Major General Ibrahim Adan Warsame.',
    want: { has: [['Ibrahim Adan Warsame', 'LEADER_OF', 'Air Force of Kenya']], not: [['Ibrahim Adan Warsame', 'LEADER_OF', 'Kenya']] },
  }],
  ['"a detachment of the battalion was deployed to Lamu County": the battalion deploys', {
    given: 'The helicopters will be operated by the 50 Air Cavalry Battalion. Earlier this month, a detachment of the battalion was deployed to Lamu County.',
    want: { has: [['50 Air Cavalry Battalion', 'DEPLOYED_TO', 'Lamu County']] },
  }],
  ['"signed a Defence Cooperation Agreement and a Memorandum of Understanding ... The documents were signed by A and B": both texts, and each signer signs both', {
    given: 'GEORGETOWN, October 17. /DPI/. Guyana and Brazil on Monday signed a Defence Cooperation Agreement and a Memorandum of Understanding (MoU) on border security. The documents were signed at the Arthur Chung Conference Centre in Georgetown by Minister Ricardo Lemos Barreto and Guyana\'s Minister of Foreign Affairs, Sharmaine Abrams-Wilson.',
    want: { has: [['Guyana', 'SIGNED', 'Memorandum of Understanding'], ['Brazil', 'SIGNED', 'Memorandum of Understanding'], ['Ricardo Lemos Barreto', 'SIGNED', 'Defence Cooperation Agreement'], ['Ricardo Lemos Barreto', 'SIGNED', 'Memorandum of Understanding'], ['Sharmaine Abrams-Wilson', 'SIGNED', 'Memorandum of Understanding']] },
  }],
  ['\'the exercise ... their first "Nile Eagles" joint air exercise at Merowe\': the quoted name keys its own event, not the exercise named before', {
    given: 'Egypt and Sudan on Thursday wrapped up "Nile Falcons-3", a joint air exercise held at Wadi Seidna Air Base. Egypt and Sudan held their first "Nile Eagles" joint air exercise at Merowe Air Base in November 2020.',
    want: { has: [['Nile Eagles', 'LOCATED_IN', 'Merowe Air Base'], ['joint air exercise', 'LOCATED_IN', 'Wadi Seidna Air Base']], not: [['Nile Eagles', 'LOCATED_IN', 'Wadi Seidna Air Base']] },
  }],
  ['"off Lomé, Togo, alongside ships from X": a place, its state, and a closing comma before a preposition', {
    given: 'The ship took part in the exercise off Lomé, Togo, alongside ships from France and Benin.',
    want: { has: [['Lomé', 'LOCATED_IN', 'Togo']] },
  }],
  ['"Chief of Navy Rear-Admiral X hosted his Indian counterpart, Admiral Y": a bare service in the post is the navy named before; the counterpart leads the Indian Navy', {
    given: 'SINGAPORE, October 13. /The Straits Times/. The Republic of Singapore Navy (RSN) and the Indian Navy wrapped up the exercise. Chief of Navy Rear-Admiral Benedict Tan Wei Ming hosted his Indian counterpart, Admiral Rajiv Kumar Deshpande, at Changi Naval Base on Monday.',
    want: { has: [['Benedict Tan Wei Ming', 'LEADER_OF', 'Navy of Singapore'], ['Rajiv Kumar Deshpande', 'LEADER_OF', 'Navy of India']], not: [['Rajiv Kumar Deshpande', 'LEADER_OF', 'India']] },
  }],
  ['"The Commander of the Ghana Navy, X, hosted his Togolese counterpart, Y": Y commands the same service of his own state', {
    given: 'ACCRA, October 13. /GNA/. The Commander of the Ghana Navy, Rear Admiral Issah Adamu Yakubu, hosted his Togolese counterpart, Captain Kodjo Sena Amegan.',
    want: { has: [['Issah Adamu Yakubu', 'LEADER_OF', 'Navy of Ghana'], ['Kodjo Sena Amegan', 'LEADER_OF', 'Navy of Togo']], not: [['Kodjo Sena Amegan', 'LEADER_OF', 'Togo']] },
  }],
  ['"took part in the X exercise off Lomé, Togo, alongside ships from France, Togo and Benin": those alongside take part; "alongside" is no help', {
    given: 'In late August, the Ghana Navy\'s GNS Nana Akyem took part in the Grand African NEMO 2028 exercise off Lomé, Togo, alongside ships from France, Togo and Benin.',
    want: { has: [['GNS Nana Akyem', 'PART_OF', 'Navy of Ghana'], ['GNS Nana Akyem', 'ATTENDED', 'Grand African NEMO 2028 exercise'], ['France', 'ATTENDED', 'Grand African NEMO 2028 exercise'], ['Benin', 'ATTENDED', 'Grand African NEMO 2028 exercise']], not: [['Togo', 'ASSISTED', 'France']] },
  }],
  ['"commissioned a new offshore patrol vessel, GNS X, into the Ghana Navy": the ship is part of the service', {
    given: 'President Kofi Mensah-Boadu yesterday commissioned a new offshore patrol vessel, GNS Densu, into the Ghana Navy at a ceremony at the Sekondi Naval Base.',
    want: { has: [['GNS Densu', 'PART_OF', 'Navy of Ghana']] },
  }],
  ['"the Sword of Honour for the top graduate was awarded to X": a sword of honour is an award', {
    given: 'The Sword of Honour for the top graduate was awarded to Major Yousef Nasser Qudah of the Royal Jordanian Air Force.',
    want: { has: [['Yousef Nasser Qudah', 'RECEIVED_AWARD', 'Sword of Honour']] },
  }],
  ['"the Royal Jordanian Command and Staff College": a college is a body, its demonym inside the name', {
    given: 'The Chairman attended the graduation ceremony at the Royal Jordanian Command and Staff College in Amman on Monday.',
    want: { entities: [['Royal Jordanian Command and Staff College', 'organization']], absent: ['Royal'] },
  }],
  ['"held talks with the Chairman of the Joint Chiefs of Staff Committee of Pakistan, General X": the title is "Chairman", the body follows, and X is met', {
    given: 'Al-Hyari visited Islamabad in early September, where he held talks with the Chairman of the Joint Chiefs of Staff Committee of Pakistan, General Shahzad Akram Bhatti.',
    want: { has: [['Al-Hyari', 'MET_WITH', 'Shahzad Akram Bhatti']] },
  }],
  ['"Those in attendance included A, post; B; C; and D", "Those present included A and B": each attends the event named before', {
    given: 'HARARE, October 19. /The Herald/. Minister Rudo Makoni-Sibanda was elected chairperson of the committee at its extraordinary meeting in Harare. Those in attendance included Namibia\'s Minister of Defence, Ms Helvi Nandago; Mr Armindo Cossa Chimoio; SADC Executive Secretary Mr Boitumelo Seretse; and the Commander of the Zimbabwe Defence Forces (ZDF), General Tapiwa Chiweshe.',
    want: { has: [['Helvi Nandago', 'ATTENDED', 'extraordinary meeting'], ['Armindo Cossa Chimoio', 'ATTENDED', 'extraordinary meeting'], ['Boitumelo Seretse', 'ATTENDED', 'extraordinary meeting'], ['Tapiwa Chiweshe', 'ATTENDED', 'extraordinary meeting']] },
  }],
  ['"Among the foreign ships taking part were the Turkish Navy corvette X, the Saudi frigate Y and the Chinese frigate Z": each ship attends', {
    given: 'The Pakistan Navy\'s multinational exercise AMAN-28 concluded in the North Arabian Sea on Monday. Among the foreign ships taking part were the Turkish Navy corvette TCG Burgazada, the Saudi frigate HMS Al Riyadh and the Chinese frigate Yuncheng.',
    want: { has: [['TCG Burgazada', 'ATTENDED', 'AMAN-28'], ['HMS Al Riyadh', 'ATTENDED', 'AMAN-28'], ['Yuncheng', 'ATTENDED', 'AMAN-28']] },
  }],
  ['"the RSN frigates X and Y and the littoral mission vessel Z", "frigate A and corvette B", "the Republic of Fiji Navy patrol boat X": a service\'s ships, listed', {
    given: 'The Republic of Singapore Navy (RSN) and the Indian Navy wrapped up the exercise. Taking part were the RSN frigates RSS Valiant and RSS Steadfast and the littoral mission vessel RSS Sovereign, as well as the Indian Navy\'s stealth frigate INS Satpura and corvette INS Kiltan. The Republic of Fiji Navy patrol boat RFNS Kikau returned to Suva on Thursday.',
    want: { has: [['RSS Valiant', 'PART_OF', 'Navy of Singapore'], ['RSS Steadfast', 'PART_OF', 'Navy of Singapore'], ['RSS Sovereign', 'PART_OF', 'Navy of Singapore'], ['INS Satpura', 'PART_OF', 'Navy of India'], ['INS Kiltan', 'PART_OF', 'Navy of India'], ['RFNS Kikau', 'PART_OF', 'Navy of Fiji']] },
  }],
  ['"on the parade ground": an event word before a place noun names a place, no event', {
    given: 'The ceremony took place on the parade ground of the zone\'s headquarters in the Loandjili district.',
    want: { absent: ['parade'] },
  }],
  ['"the ELN\'s Domingo Laín Sáenz front": a name between a possessive and "front" is a unit of the owner', {
    given: 'Troops of the National Army\'s Eighteenth Brigade clashed on Monday with members of the ELN\'s Domingo Laín Sáenz front in Arauca.',
    want: { has: [['Domingo Laín Sáenz front', 'PART_OF', 'ELN'], ['Eighteenth Brigade', 'FOUGHT_AGAINST', 'Domingo Laín Sáenz front']], absent: ['Domingo Laín Sáenz'] },
  }],
  ['"the National Army ... the Army\'s 18th Mechanised Cavalry Group": a body\'s head alone is the body with that head named before', {
    given: 'The National Army said the operation was over. On 3 April, the front attacked the base of the Army\'s 18th Mechanised Cavalry Group in Saravena.',
    want: { has: [['18th Mechanised Cavalry Group', 'PART_OF', 'National Army']] },
  }],
  ['"A and his counterpart, B, who arrived in X": the relative clause tells of the apposed name alone', {
    given: 'The protocol was signed on Thursday by General Oktay Demirkol and his Azerbaijani counterpart, Colonel General Vugar Rustamli, who arrived in Ankara on Wednesday.',
    want: { has: [['Vugar Rustamli', 'VISITED', 'Ankara']], not: [['Oktay Demirkol', 'VISITED', 'Ankara']] },
  }],
  ['\'their first "Nile Eagles" joint air exercise\': a quoted name before an event phrase names the event', {
    given: 'Egypt and Sudan held their first "Nile Eagles" joint air exercise at Merowe Air Base in November 2020.',
    want: { has: [['Nile Eagles', 'LOCATED_IN', 'Merowe Air Base']], entities: [['Nile Eagles', 'event']] },
  }],
  ['"Amnesty International Nigeria": a body\'s national section named with its state is one body, and the critic', {
    given: 'The deployment was criticised on Wednesday by Amnesty International Nigeria, which accused the Nigerian Army of detaining hundreds of men.',
    want: { has: [['Amnesty International Nigeria', 'CRITICIZED', 'Army of Nigeria']], not: [['Nigeria', 'CRITICIZED', 'Army of Nigeria']] },
  }],
  ['"the Lake Chad Basin Commission (LCBC)": a place named with a state\'s name opens the body\'s name', {
    given: 'The Multinational Joint Task Force was established by the Lake Chad Basin Commission (LCBC) in 1994.',
    want: { entities: [['Lake Chad Basin Commission', 'organization']], absent: ['Basin Commission of Chad'] },
  }],
  ['"the General Officer Commanding (GOC) 7 Division, Major General X": the post\'s acronym between the post and its body', {
    given: 'The governor visited the troops, accompanied by the General Officer Commanding (GOC) 7 Division, Major General Ibrahim Sani Dantata.',
    want: { has: [['Ibrahim Sani Dantata', 'LEADER_OF', '7 Division']] },
  }],
  ['"the SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation (MCO)": the name runs to the acronym it spells, and the organ is part of the body its acronym opens with, named later', {
    given: 'HARARE, October 19. /The Herald/. Minister Rudo Makoni-Sibanda was yesterday elected chairperson of the SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation (MCO) in Harare. SADC Executive Secretary Mr Tebogo Kgosimore attended. The MCO commended the troops.',
    want: { has: [['Rudo Makoni-Sibanda', 'LEADER_OF', 'SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation'], ['SADC Ministerial Committee of the Organ on Politics, Defence and Security Cooperation', 'PART_OF', 'SADC']] },
  }],
  ['"The Navy held drills": an irregular past verb between a name and an event word names no event', {
    given: 'The Pakistan Navy held drills off Karachi on Monday.',
    want: { entities: [['Navy of Pakistan', 'organization']], absent: ['Pakistan Navy held drills'] },
  }],
  ['"Chief of the Naval Staff X" with no home state known heads the one navy the text named', {
    given: 'KARACHI, October 16. /Dawn/. The Pakistan Navy\'s exercise ended on Monday. Chief of the Naval Staff Admiral Junaid Tariq Mirza said no navy could secure the sea lanes alone.',
    want: { has: [['Junaid Tariq Mirza', 'LEADER_OF', 'Navy of Pakistan']] },
  }],
  ['"The five-day exercise, which began in X" is the exercise named before', {
    given: 'The Pakistan Navy\'s multinational exercise AMAN-28 concluded in the North Arabian Sea on Monday. The five-day exercise, which began in Karachi on Thursday, was held under a theme.',
    want: { has: [['AMAN-28', 'LOCATED_IN', 'Karachi']] },
  }],
  ['"deployed two ranger companies to Ban Hat Lek": a verb that moves its object makes the name after "to" a place; "sent a letter to X" does not', {
    given: 'In early October, the command deployed two ranger companies to Ban Hat Lek, the army said. The minister sent a letter to Somchai Rattanakorn.',
    want: { entities: [['Ban Hat Lek', 'place'], ['Somchai Rattanakorn', 'person']] },
  }],
  ['"The Commander of the 9th Infantry Division, Major General X": a numbered unit in a capitalised post\'s complement is the body he leads', {
    given: 'The Commander of the 9th Infantry Division, Major General Rafael Okonjo Dube, attended the parade. Colonel Ilse Marten Vogt, Commander of the 1st Armoured Brigade, spoke.',
    want: { has: [['Rafael Okonjo Dube', 'LEADER_OF', '9th Infantry Division'], ['Ilse Marten Vogt', 'LEADER_OF', '1st Armoured Brigade']], entities: [['9th Infantry Division', 'unit']], absent: ['Infantry Division', 'Armoured Brigade'] },
  }],
  ['"Commander of the Bangladesh Army\'s 9th Infantry Division": the possessed numbered unit is the body, part of the service', {
    given: 'Major General Rafael Okonjo Dube, Commander of the Bangladesh Army\'s 9th Infantry Division, attended the parade.',
    want: { has: [['Rafael Okonjo Dube', 'LEADER_OF', '9th Infantry Division'], ['9th Infantry Division', 'PART_OF', 'Army of Bangladesh']], not: [['Rafael Okonjo Dube', 'LEADER_OF', 'Army of Bangladesh']] },
  }],
  ['"Flag Officer Commanding (the Indian Navy\'s) Eastern Fleet", "the General Officer Commanding of X": posts, and "commanding" takes its body without "of"', {
    given: 'The ships sailed under Rear-Admiral Karan Velu Rao, Flag Officer Commanding the Indian Navy\'s Eastern Fleet. Rear Admiral Vikram Sethu Nair, Flag Officer Commanding Western Fleet, spoke. The parade was attended by the General Officer Commanding of the 9th Infantry Division, Major General Rafael Okonjo Dube.',
    want: { has: [['Karan Velu Rao', 'LEADER_OF', 'Eastern Fleet'], ['Vikram Sethu Nair', 'LEADER_OF', 'Western Fleet'], ['Rafael Okonjo Dube', 'LEADER_OF', '9th Infantry Division']], not: [['Karan Velu Rao', 'LEADER_OF', 'India']], absent: ['Flag Officer Commanding', 'Officer Commanding'] },
  }],
  ['"the 14th Battalion" after "the 14th Infantry Battalion of the X" is that battalion (an alias may carry the number and head)', {
    given: 'The President commissioned the newly formed 14th Infantry Battalion of the Republic of Sierra Leone Armed Forces (RSLAF) on Wednesday. The Commanding Officer of the 14th Battalion, Lieutenant Colonel Amadu Kebbie Sesay, spoke.',
    want: { has: [['Amadu Kebbie Sesay', 'LEADER_OF', '14th Infantry Battalion of the Republic of Sierra Leone Armed Forces']] },
  }],
  ['"The two heads of state held talks, after which they signed X": the two leaders sign, as they do right before "signed"', {
    given: 'Romanian President Mihai Dobrescu received his Moldovan counterpart, Ion Lupascu, at the palace on Thursday. The two heads of state held talks, after which they signed a Joint Declaration on the Strategic Partnership.',
    want: { has: [['Mihai Dobrescu', 'SIGNED', 'Joint Declaration on the Strategic Partnership'], ['Ion Lupascu', 'SIGNED', 'Joint Declaration on the Strategic Partnership']] },
  }],
  ['"Crown Prince Sheikh X" in home copy serves the dateline\'s state (an heir, not its head)', {
    given: 'KUWAIT CITY, June 30. /KUNA/. Minister Lee Jae-sung was received on Sunday evening by Crown Prince Sheikh Hamad Salem Al-Sabah at Bayan Palace. Kuwait is calm.',
    want: { has: [['Hamad Salem Al-Sabah', 'OFFICIAL_OF', 'Kuwait']], not: [['Hamad Salem Al-Sabah', 'LEADER_OF', 'Kuwait']] },
  }],
  ['"Government spokesman X" in home copy serves the dateline\'s state', {
    given: 'OUAGADOUGOU, July 9. /AIB/. Government spokesman Adama Zongo on Friday accused Cote d\'Ivoire of harbouring fighters. Burkina Faso is calm.',
    want: { has: [['Adama Zongo', 'OFFICIAL_OF', 'Burkina Faso']] },
  }],
  ['"PNS Ghazanfar, the Pakistan Navy\'s fourth Babur-class corvette,": a ship described as a service\'s ship is part of it', {
    given: 'Admiral Tariq Niazi commissioned PNS Ghazanfar, the Pakistan Navy\'s fourth Babur-class corvette, at a ceremony in Istanbul.',
    want: { has: [['PNS Ghazanfar', 'PART_OF', 'Pakistan Navy']] },
  }],
  ['"The Italian Navy patrol vessel X", "The Icelandic Coast Guard offshore patrol vessel Y": the service named before a described ship word owns the ship', {
    given: 'The Italian Navy patrol vessel Comandante Foscari, which has been stationed in Tripoli since May, will take part in joint patrols. The Icelandic Coast Guard offshore patrol vessel Thor returned to Reykjavik on Thursday.',
    want: { has: [['Comandante Foscari', 'PART_OF', 'Italian Navy'], ['Thor', 'PART_OF', 'Icelandic Coast Guard']] },
  }],
  ['"the Fire Service, which answers to the Ministry of X", "the unit reports to Y": a body answering to another is part of it', {
    given: 'Members of the Hellenic Fire Service, which answers to the Ministry of Climate Crisis and Civil Protection, were honoured. The minister reports to parliament.',
    want: { has: [['Hellenic Fire Service', 'PART_OF', 'Ministry of Climate Crisis and Civil Protection']] },
  }],
  ['"the Naval Component of the F-FDTL", "the Collective Rapid Reaction Forces of the CSTO": a body named "of" an acronym is part of that body; an event phrase\'s complement ends before a verb ("... of the CSTO opens")', {
    given: 'The Collective Security Treaty Organization (CSTO) met. The exercise of the Collective Rapid Reaction Forces of the CSTO opens on Monday. The Timor-Leste Defence Force (F-FDTL) said so. Australia handed over two boats to the Naval Component of the F-FDTL.',
    want: { has: [['Collective Rapid Reaction Forces of the CSTO', 'PART_OF', 'Collective Security Treaty Organization'], ['Naval Component of the F-FDTL', 'PART_OF', 'Timor-Leste Defence Force']], entities: [['exercise of the Collective Rapid Reaction Forces of the CSTO', 'event']] },
  }],
  ['dates that only qualify a thing ("for fighting last summer\'s wildfires") date neither the clause, nor its event, nor the paragraph; "Thursday\'s ceremony" is the ceremony', {
    given: 'President Eleni Markou on Thursday conferred state honours on 14 officers for their role in fighting last summer\'s wildfires, at a ceremony at the Presidential Mansion in Athens. Prime Minister Andreas Lykos attended the ceremony. Defence Minister Petros Kallis later attended Thursday\'s ceremony too.',
    want: { has: [['Eleni Markou', 'ATTENDED', 'ceremony'], ['Andreas Lykos', 'ATTENDED', 'ceremony']], absent: ["'s ceremony"] },
  }],
  ['"The engineers were deployed to X on 9 March last year": the people of the one unit named just before stand for it; not "the crew of the vessel X", nor when two units were named', {
    given: 'About 120 soldiers of the Namibian Defence Force\'s 21 Engineer Regiment returned to Windhoek on Wednesday. The engineers were deployed to Malawi\'s Southern Region on 9 March last year. The 4th Marine Brigade trained with the 1st Amphibious Brigade. The troops were then deployed to Palawan.',
    want: { has: [['21 Engineer Regiment', 'DEPLOYED_TO', 'Malawi']], not: [['4th Marine Brigade', 'DEPLOYED_TO', 'Palawan'], ['1st Amphibious Brigade', 'DEPLOYED_TO', 'Palawan']] },
  }],
  ['"the X Academy (BNA) in Patenga"; "the 18th session of the X Commission (JPCDS), which was held in Harare"; "Bassiknou, in the wilaya of Hodh Ech Chargui"; "Oberdorf, in the canton of Nidwalden"; not "al-Qaeda in the Islamic Maghreb (AQIM), in the Mount Chaambi area"', {
    given: 'The naval chief took the salute at the passing-out parade at the Bangladesh Naval Academy (BNA) in Patenga. Chirisa was speaking after the 18th session of the Zimbabwe-Mozambique Joint Permanent Commission on Defence and Security (JPCDS), which was held in Harare from Thursday to Saturday. The new group will be stationed in Bassiknou, in the wilaya of Hodh Ech Chargui, near the border. The soldiers were trained at its centre in Oberdorf, in the canton of Nidwalden. Troops clashed with fighters of al-Qaeda in the Islamic Maghreb (AQIM), in the Mount Chaambi area.',
    want: {
      has: [['Bangladesh Naval Academy', 'LOCATED_IN', 'Patenga'], ['18th session of the Zimbabwe-Mozambique Joint Permanent Commission on Defence and Security', 'LOCATED_IN', 'Harare'], ['Bassiknou', 'LOCATED_IN', 'Hodh Ech Chargui'], ['Oberdorf', 'LOCATED_IN', 'Nidwalden']],
      not: [['Islamic Maghreb', 'LOCATED_IN', 'Mount Chaambi']],
    },
  }],
  ['"the annual conference of the X" is one gathering (an event); "annual meetings" are not', {
    given: 'He spoke at the annual conference of the Pacific Islands Chiefs of Police (PICP) in Suva. The conference was attended by police chiefs from 21 countries, among them Police Commissioner Anna Whitcombe. The two forces hold annual meetings in Apia.',
    want: { has: [['Anna Whitcombe', 'ATTENDED', 'annual conference of the Pacific Islands Chiefs of Police']], entities: [['Pacific Islands Chiefs of Police', 'organization']], absent: ['annual meetings'] },
  }],
  ['"the Australian Federal Police\'s deputy commissioner, X": a deputy commissioner serves the police force, the commissioner leads it', {
    given: 'The conference was attended by New Zealand Police Commissioner Anna Whitcombe and the Australian Federal Police\'s deputy commissioner, Mark Donnelly.',
    want: { has: [['Anna Whitcombe', 'LEADER_OF', 'New Zealand Police'], ['Mark Donnelly', 'OFFICIAL_OF', 'Australian Federal Police']], not: [['Mark Donnelly', 'LEADER_OF', 'Australian Federal Police']] },
  }],
  ['"The final stage (of the exercise) was observed by A and B": a stage of an event is the event; "X on Thursday commissioned PNS Y at an impressive ceremony": the subject past the verb\'s object attends', {
    given: 'The Steppe Shield 2027 exercise ended on Friday near Almaty. The final stage of the exercise was observed by Minister of Defense Serik Zhaksylykov and General Igor Smolyakov. The final stage was observed by General Ivan Petrov. Chief of the Naval Staff Admiral Tariq Niazi on Thursday commissioned PNS Ghazanfar at an impressive ceremony held at the Istanbul Naval Shipyard.',
    want: { has: [['Serik Zhaksylykov', 'ATTENDED', 'Steppe Shield 2027 exercise'], ['Igor Smolyakov', 'ATTENDED', 'Steppe Shield 2027 exercise'], ['Ivan Petrov', 'ATTENDED', 'Steppe Shield 2027 exercise'], ['Tariq Niazi', 'ATTENDED', 'impressive ceremony']] },
  }],
  ['Islamic honorifics (Mawlawi, Mullah, Maulana, Mufti, Qari); "Deputy Minister of Interior Affairs for Security X"; "Pakistan\'s charge d\'affaires in Kabul, X"; "Lamu East MP X" (a constituency is no body); the Islamic Emirate is Afghanistan', {
    given: 'A delegation of the Islamic Emirate of Afghanistan led by Deputy Minister of Interior Affairs for Security Mawlawi Abdul Qadir Hotaki held talks in Termez. Acting Minister Mullah Fazel Akhund met Pakistan\'s charge d\'affaires in Kabul, Rehan Ali Khattak, and lodged a protest. Lamu East MP Abdalla Bakari Shee criticised the Ministry of Defence.',
    want: {
      has: [['Abdul Qadir Hotaki', 'OFFICIAL_OF', 'Afghanistan'], ['Rehan Ali Khattak', 'OFFICIAL_OF', 'Pakistan'], ['Fazel Akhund', 'MET_WITH', 'Rehan Ali Khattak'], ['Abdalla Bakari Shee', 'CRITICIZED', 'Ministry of Defence']],
      entities: [['Rehan Ali Khattak', 'person'], ['Afghanistan', 'state']],
      absent: ['Lamu', 'Mawlawi Abdul Qadir Hotaki', 'Mullah Fazel Akhund'],
    },
  }],
  ['grades of orders ("made a Commander of the Order of X", "appointed an Officer of the Order of Y", "a Knight of the Legion of Honour"), "the Gold Cross of Z went to A", "invested with"; "B, who made him a Commander": "him" is not the subject', {
    given: 'Italian pilot Marco Bellandi was praised. Bellandi was made a Commander of the Order of the Phoenix. Colonel Anne Dubreuil was made a Knight of the Legion of Honour. The Gold Cross of the Order of Beneficence went to Major Eleni Stavrou. Issa Karambiri was received by the President, Captain Ali Sawadogo, who made him a Grand Officer of the Order of the Stallion. Tom Reeve was invested with the Order of Merit.',
    want: {
      has: [['Marco Bellandi', 'RECEIVED_AWARD', 'Order of the Phoenix'], ['Anne Dubreuil', 'RECEIVED_AWARD', 'Legion of Honour'], ['Eleni Stavrou', 'RECEIVED_AWARD', 'Gold Cross of the Order of Beneficence'], ['Issa Karambiri', 'RECEIVED_AWARD', 'Order of the Stallion'], ['Tom Reeve', 'RECEIVED_AWARD', 'Order of Merit']],
      not: [['Ali Sawadogo', 'RECEIVED_AWARD', 'Order of the Stallion']],
      entities: [['Legion of Honour', 'award']],
      absent: ['Commander of the Order of the Phoenix', 'Order', 'Phoenix'],
    },
  }],
  ['"The commander of the X\'s 383 Squadron, which flies Y from Z, Wing Commander A, was awarded B": A leads the squadron and is awarded', {
    given: 'The commander of the Hellenic Air Force\'s 383 Squadron, which flies firefighting aircraft from Elefsina Air Base, Wing Commander Dimitra Kalogirou, was awarded the Order of Merit.',
    want: { has: [['Dimitra Kalogirou', 'LEADER_OF', '383 Squadron'], ['Dimitra Kalogirou', 'RECEIVED_AWARD', 'Order of Merit']], not: [['383 Squadron', 'RECEIVED_AWARD', 'Order of Merit']] },
  }],
  ['"the JDF Coast Guard", "the JDF Air Wing": a branch named with its force\'s acronym is part of it; "KBC News" and a non-force acronym are not; a unit citation is an award', {
    given: 'The Barbados Defence Force (BDF) said the BDF Coast Guard rescued 12 fishermen. Captain Ryan Alleyne of the BDF Air Wing flew the sortie. The Caribbean Broadcasting Corporation (CBC) reported on CBC News. The Caribbean Community (CARICOM) praised the CARICOM Disaster Agency. The 1st Battalion was awarded the Chief of Defence Staff\'s Unit Citation.',
    want: {
      has: [['BDF Coast Guard', 'PART_OF', 'Barbados Defence Force'], ['BDF Air Wing', 'PART_OF', 'Barbados Defence Force'], ['1st Battalion', 'RECEIVED_AWARD', "Chief of Defence Staff's Unit Citation"]],
      not: [['CBC News', 'PART_OF', 'Caribbean Broadcasting Corporation'], ['CARICOM Disaster Agency', 'PART_OF', 'Caribbean Community']],
      entities: [["Chief of Defence Staff's Unit Citation", 'award']],
    },
  }],
  ['"Governor-General, His Excellency the Most Honourable Sir X," at a sentence\'s start; "during a ceremony" as "at"; "attended by Prime Minister, the Most Honourable A; Minister of Y, Honourable B; and Chief of Staff, C"; Kingston is Jamaica\'s capital, not Norfolk Island\'s', {
    given: 'KINGSTON, May 4. /RJR/. Governor-General, His Excellency the Most Honourable Sir Everard Mullings, on Friday presented medals to 30 soldiers of the Jamaica Defence Force during an investiture ceremony at the barracks. The ceremony was attended by Prime Minister, the Most Honourable Lorna Whitfield-Bailey; Minister of Finance, Honourable Garfield Tulloch; and Chief of Defence Staff, Major General Courtney Henriques.',
    want: {
      has: [['Everard Mullings', 'OFFICIAL_OF', 'Jamaica'], ['Everard Mullings', 'ATTENDED', 'investiture ceremony'], ['Lorna Whitfield-Bailey', 'LEADER_OF', 'Jamaica'], ['Garfield Tulloch', 'OFFICIAL_OF', 'Jamaica'], ['Lorna Whitfield-Bailey', 'ATTENDED', 'investiture ceremony'], ['Garfield Tulloch', 'ATTENDED', 'investiture ceremony'], ['Courtney Henriques', 'ATTENDED', 'investiture ceremony']],
      absent: ['Most Honourable', 'Honourable Garfield Tulloch', 'His'],
    },
  }],
  ['semicolons do not make a list without "; and"', {
    given: 'Petra Lindqvist met Olof Berglund; Karin Holm was not present.',
    want: { has: [['Petra Lindqvist', 'MET_WITH', 'Olof Berglund']], not: [['Petra Lindqvist', 'MET_WITH', 'Karin Holm']] },
  }],
  ['Malay honorifics before a name, an honorific inside a patronymic, a numbered post, a post acronym used again', {
    given: 'BANDAR SERI BEGAWAN, March 2. /Pelita Brunei/. The Chief of Defence Force (CDF) of the Malaysian Armed Forces (MAF), General Tan Sri Azlan Rashid, called on the Commander of the Royal Brunei Armed Forces (RBAF), Major General Dato Seri Pahlawan Haji Amran bin Haji Yusof, at Bolkiah Garrison. Earlier, he called on the Minister of Energy II, Yang Berhormat Pehin Orang Kaya Saiful Dato Paduka Haji Rosli bin Haji Omar, at the ministry. The visiting CDF arrived in the Sultanate on Sunday. Juma Makame Haji signed the agreement.',
    want: {
      has: [['Azlan Rashid', 'LEADER_OF', 'Malaysian Armed Forces'], ['Amran bin Haji Yusof', 'LEADER_OF', 'Royal Brunei Armed Forces'], ['Rosli bin Haji Omar', 'OFFICIAL_OF', 'Brunei'], ['Azlan Rashid', 'VISITED', 'Brunei']],
      entities: [['Amran bin Haji Yusof', 'person'], ['Juma Makame Haji', 'person']],
      absent: ['CDF', 'II', 'Saiful', 'Pahlawan Haji Amran bin Haji Yusof', 'Sultanate'],
    },
  }],
  ['"together with" a post and a ranked holder after a comma', {
    given: 'In the evening, Lim attended a reception hosted by the Thai ambassador, Suda Wongsakul, together with Laos\'s Deputy Minister of Defence, Colonel Bounthanh Phommachanh.',
    want: { has: [['Bounthanh Phommachanh', 'ATTENDED', 'reception']] },
  }],
  ['"SADC Executive Secretary Ms X welcomed the restraint": an executive secretary is a post', {
    given: 'SADC Executive Secretary Ms Thandiwe Moyo-Dube welcomed the restraint shown by both governments.',
    want: { has: [['Thandiwe Moyo-Dube', 'OFFICIAL_OF', 'SADC']], absent: ['Executive'] },
  }],
  ['"held bilateral meetings with A and B": the plural head of a meeting phrase states that they met', {
    given: 'On the sidelines of the exercise, Serik Zhaksylykov held bilateral meetings with Andrei Voronin and Almazbek Toktosunov.',
    want: { has: [['Andrei Voronin', 'MET_WITH', 'Serik Zhaksylykov'], ['Almazbek Toktosunov', 'MET_WITH', 'Serik Zhaksylykov']] },
  }],
  ['"Mwansa, who arrived in Dar es Salaam Sunday for a two-day state visit": "es" is a name particle', {
    given: 'Mwansa, who arrived in Dar es Salaam Sunday for a two-day state visit, held talks with Mwakyusa.',
    want: { has: [['Mwansa', 'VISITED', 'Dar es Salaam']], entities: [['Dar es Salaam', 'place']] },
  }],
  ['"The German rescue organisation Sea-Watch criticised", "The charity Mercy Ships said": an organisation noun before a name makes it a body', {
    given: 'The German rescue organisation Sea-Watch criticised the donation on Wednesday, accusing the Libyan Coast Guard of returning migrants. The charity Mercy Ships said so.',
    want: { has: [['Sea-Watch', 'CRITICIZED', 'Coast Guard of Libya']], entities: [['Sea-Watch', 'organization'], ['Mercy Ships', 'organization']] },
  }],
  ['"attended by the Minister of Defence, A, the Chief of Defence Staff, Lieutenant General B, and ..." (home copy): a post between two names goes to the holder named after it', {
    given: 'FREETOWN, February 22. /SLENA/. The commissioning ceremony was attended by the Minister of Defence, Fatmata Bangura-Sowa, the Chief of Defence Staff, Lieutenant General Ibrahim Sannoh Kanu, and Ghana\'s High Commissioner to Sierra Leone, Kwabena Asante-Darko. Last week, the Minister of Defence visited Accra, where she held talks with her Ghanaian counterpart, Kofi Ansah-Mensah.',
    want: { has: [['Fatmata Bangura-Sowa', 'OFFICIAL_OF', 'Sierra Leone'], ['Fatmata Bangura-Sowa', 'VISITED', 'Accra'], ['Fatmata Bangura-Sowa', 'MET_WITH', 'Kofi Ansah-Mensah']], not: [['Ibrahim Sannoh Kanu', 'VISITED', 'Accra']] },
  }],
  ['"In his speech, the minister said ... He thanked France", "the commander of the French Elements in Gabon (EFG), Colonel X", "Elements of the Special Unit of the National Guard were deployed": a possessive in a fronted phrase is the subject\'s; where a body serves and its acronym may stand between a post and its holder; elements name troops', {
    given: 'LIBREVILLE, December 1. /AGP/. The Minister of National Defence, General Aurélien Mboumba-Koumba, received 24 vehicles. Present were the Chief of General Staff of the Defence Forces, General Jean-Rémy Ndong-Essone, the commander of the French Elements in Gabon (EFG), Colonel Olivier Da Costa-Lebrun, and the Secretary General of the Ministry of National Defence, Solange Moussavou-Ibinga. In his speech, the minister said that the vehicles would help. He thanked France for its partnership. Elements of the Special Unit of the National Guard were deployed to the crossing.',
    want: { has: [['Aurélien Mboumba-Koumba', 'PRAISED', 'France'], ['Olivier Da Costa-Lebrun', 'LEADER_OF', 'French Elements in Gabon']], not: [['Solange Moussavou-Ibinga', 'PRAISED', 'France'], ['Jean-Rémy Ndong-Essone', 'LEADER_OF', 'French Elements in Gabon']], entities: [['Special Unit of the National Guard', 'unit']] },
  }],
  ['"the Combined Peace Force \\"Cruz del Sur\\" ... Cruz del Sur was created by", "the Buin 1st Infantry Regiment of the Chilean Army, ... the Patricios 1st Infantry Regiment of the Argentine Army": a quoted name with particles names the unit, alone too; an honorific name before a numbered unit is part of its name', {
    given: 'The ministers reviewed the Combined Peace Force "Cruz del Sur", the binational unit. The Chilean component was provided by the Buin 1st Infantry Regiment of the Chilean Army, while the Argentine contingent came from the Patricios 1st Infantry Regiment of the Argentine Army. Cruz del Sur was created by Argentina and Chile in 2005.',
    want: { has: [['Buin 1st Infantry Regiment of the Chilean Army', 'PART_OF', 'Army of Chile'], ['Patricios 1st Infantry Regiment of the Argentine Army', 'PART_OF', 'Army of Argentina'], ['Combined Peace Force', 'FORMED_BY', 'Chile']], not: [['Buin 1st Infantry Regiment of the Chilean Army', 'PART_OF', 'Army of Argentina']], entities: [['Cruz del Sur', 'unit']], absent: ['Buin', 'Patricios'] },
  }],
  ['"The talks, held on Saturday at the CGA headquarters in Taipei, were also attended by A and B": talks someone attends are an event past a participle clause; a body\'s headquarters is a place', {
    given: 'Chou and Villacrusis met in Kaohsiung. The talks, held on Saturday at the CGA headquarters in Taipei, were also attended by Ocean Affairs Council (OAC) Minister Lin Shu-ling and the head of the Manila Economic and Cultural Office (MECO) in Taipei, Teodoro Balagtas Magsino.',
    want: { has: [['Lin Shu-ling', 'ATTENDED', 'talks'], ['Teodoro Balagtas Magsino', 'ATTENDED', 'talks'], ['talks', 'LOCATED_IN', 'CGA headquarters'], ['CGA headquarters', 'LOCATED_IN', 'Taipei']] },
  }],
  ['"The Philippine Coast Guard vessel BRP Teresa Magbanua arrived ...", "The ship was welcomed at Kaohsiung Port by X", "the Teresa Magbanua", "the Executive Yuan", "the CGA\'s Southern Branch": a prefixed ship is named without its prefix too; a passive welcome is no praise; yuan and branch head bodies', {
    given: 'The Philippine Coast Guard (PCG) vessel BRP Teresa Magbanua arrived in Kaohsiung on Friday. The ship was welcomed at Kaohsiung Port by CGA Director-General Chou Wen-hsiang. The Teresa Magbanua left on Monday. The CGA, set up by the Executive Yuan in 2000, runs the Southern Branch in Kaohsiung.',
    want: { has: [['BRP Teresa Magbanua', 'DEPLOYED_TO', 'Kaohsiung']], not: [['Chou Wen-hsiang', 'PRAISED', 'BRP Teresa Magbanua']], entities: [['Executive Yuan', 'organization'], ['Southern Branch', 'organization'], ['Teresa Magbanua', 'unit']] },
  }],
  ['"the exercise, which was held in the Pakistani city of Jhelum", "began the exercise Arctic Shield 28 in Finnish Lapland": an event lies in the place a demonym qualifies, not in its state', {
    given: 'Soldiers took part in the Al-Samsam 9 joint exercise, which was held in the Pakistani city of Jhelum last November. Troops began the two-week exercise Arctic Shield 28 in Finnish Lapland on Monday.',
    want: { has: [['Al-Samsam 9 joint exercise', 'LOCATED_IN', 'Jhelum'], ['Arctic Shield 28', 'LOCATED_IN', 'Lapland'], ['Lapland', 'LOCATED_IN', 'Finland']], not: [['Arctic Shield 28', 'LOCATED_IN', 'Finland'], ['Al-Samsam 9 joint exercise', 'LOCATED_IN', 'Pakistan']] },
  }],
  ['"wrapped up the Korea-Philippines Marine Exercise Program (KPMEP) 28-1", "Taking part in the operation are the 5th Infantry Battalion of X, the 2nd Infantry Battalion of Y and a gendarmerie squadron": a programme of exercises is an event; a list may close with an unnamed item', {
    given: 'Marines of the 1st Marine Division and the 4th Marine Brigade wrapped up the Korea-Philippines Marine Exercise Program (KPMEP) 28-1 in Zambales province on Thursday. Operation Kassa Bolong began on Monday. Taking part in the operation are the 5th Infantry Battalion of the Senegalese Army, the 2nd Infantry Battalion of the Gambia Armed Forces and a gendarmerie squadron from Ziguinchor.',
    want: { has: [['1st Marine Division', 'ATTENDED', 'Korea-Philippines Marine Exercise Program'], ['4th Marine Brigade', 'ATTENDED', 'Korea-Philippines Marine Exercise Program'], ['5th Infantry Battalion of the Senegalese Army', 'ATTENDED', 'Operation Kassa Bolong'], ['2nd Infantry Battalion of the Gambia Armed Forces', 'ATTENDED', 'Operation Kassa Bolong']], entities: [['Korea-Philippines Marine Exercise Program', 'event']] },
  }],
  ['"a delegation led by the Chief of General Staff of the National Defence Force (FDN), General X": the chief of a force\'s general staff leads the staff and the force', {
    given: 'Minister Guy Kabeya received a delegation led by the Chief of General Staff of the National Defence Force (FDN), General Léonce Nibigira.',
    want: { has: [['Léonce Nibigira', 'LEADER_OF', 'General Staff of the National Defence Force'], ['Léonce Nibigira', 'LEADER_OF', 'National Defence Force'], ['General Staff of the National Defence Force', 'PART_OF', 'National Defence Force']] },
  }],
  ['"welcomed by the Commander of Chattogram Naval Area (COMCHIT), Rear Admiral X": an area named after a service is a command its commander heads; UNB and other national agencies give home copy their state', {
    given: 'CHATTOGRAM, December 5. /UNB/. The ship was welcomed at the jetty by the Commander of Chattogram Naval Area (COMCHIT), Rear Admiral Mohammad Rezaul Karim Talukder. Bangladesh and Sri Lanka are friends.',
    want: { has: [['Mohammad Rezaul Karim Talukder', 'LEADER_OF', 'Chattogram Naval Area']], absent: ['Chattogram Naval Area person'] },
  }],
  ['"received by the Commander of the Border Troops of the State Security Service of Uzbekistan, Major General A", "The Sierra Leonean delegation ... was received by the Prime Minister, B" datelined Conakry: troops head a body\'s name; a delegation\'s demonym is not its host\'s state', {
    given: 'CONAKRY, November 9. /AGP/. The Afghan delegation was received by the Commander of the Border Troops of the State Security Service of Uzbekistan, Major General Rustam Tursunkulov. The Sierra Leonean delegation, which arrived in Conakry on Monday, was received on Tuesday by the Prime Minister, Ibrahima Sory Kaba. Guinea is big. The Russian delegation included Foreign Minister Sergey Lavrov.',
    want: { has: [['Rustam Tursunkulov', 'LEADER_OF', 'Border Troops of the State Security Service of Uzbekistan'], ['Ibrahima Sory Kaba', 'LEADER_OF', 'Guinea'], ['Sergey Lavrov', 'OFFICIAL_OF', 'Russia']], not: [['Ibrahima Sory Kaba', 'LEADER_OF', 'Sierra Leone']], absent: ['Troops'] },
  }],
  ['"attended by the Commander of the Republic of Fiji Navy, the maritime arm of the RFMF, Captain A, and the Australian High Commissioner to Fiji, B": a description of the post\'s body stands between the post and its holder; a branch noun there makes the body part of the other', {
    given: 'The opening ceremony was attended by the Commander of the Republic of Fiji Navy, the maritime arm of the RFMF, Captain Salote Vuniwai, and the Australian High Commissioner to Fiji, Gregory Hallam.',
    want: { has: [['Salote Vuniwai', 'LEADER_OF', 'Navy of Fiji'], ['Navy of Fiji', 'PART_OF', 'RFMF'], ['Salote Vuniwai', 'ATTENDED', 'opening ceremony'], ['Gregory Hallam', 'ATTENDED', 'opening ceremony']] },
  }],
  ['"soldiers of the 2nd Battalion, Fiji Infantry Regiment, the Republic of Fiji Military Forces (RFMF) unit that serves with the Multinational Force and Observers (MFO), left Nadi on Saturday for a twelve-month tour in the Sinai Peninsula": a numbered battalion named with its regiment after a comma is one unit; a long apposition with acronyms keeps the subject; a verb after a comma ends a far object; leaving for a tour in a place deploys there', {
    given: 'One hundred and eighty-two soldiers of the 2nd Battalion, Fiji Infantry Regiment, the Republic of Fiji Military Forces (RFMF) unit that serves with the Multinational Force and Observers (MFO), left Nadi on Saturday for a twelve-month tour in the Sinai Peninsula of Egypt. The Senegalese battalion returned home last month from a six-month deployment in Guinea-Bissau.',
    want: { has: [['2nd Battalion, Fiji Infantry Regiment', 'DEPLOYED_TO', 'Sinai Peninsula']], not: [['Fiji', 'DEPLOYED_TO', 'Nadi'], ['2nd Battalion, Fiji Infantry Regiment', 'DEPLOYED_TO', 'Nadi']], entities: [['2nd Battalion, Fiji Infantry Regiment', 'unit']], absent: ['Fiji Infantry Regiment'] },
  }],
  ['"/Seychelles News Agency/ ... told SNA", "commissioned as PS Curieuse, was built by Garden Reach Shipbuilders and Engineers", "at a ceremony at Port Victoria. The handover ceremony was attended by": an agency\'s initials name it; a patrol-ship prefix; a shipbuilder is a company; a definite event phrase names the bare event just introduced', {
    given: 'VICTORIA, October 6. /Seychelles News Agency/. India on Thursday handed over a fast interceptor craft to the Seychelles Coast Guard at a ceremony at Port Victoria. The vessel, commissioned as PS Curieuse, was built by Garden Reach Shipbuilders and Engineers in Kolkata. The handover ceremony was attended by the Indian High Commissioner to Seychelles, Anand Venkatraman. "We stop them," Esparon told SNA.',
    want: { has: [['Anand Venkatraman', 'ATTENDED', 'ceremony'], ['ceremony', 'LOCATED_IN', 'Port Victoria']], entities: [['PS Curieuse', 'unit'], ['Garden Reach Shipbuilders and Engineers', 'organization'], ['Seychelles News Agency', 'organization']] },
  }],
  ['"the Minister of Defence and Border Security, A", "attended by the Minister of the Interior, B." in home copy: border words are portfolio words; a home minister apposed at the sentence end is the dateline state\'s', {
    given: 'GUATEMALA CITY, October 7. /AGN/. The ceremony was attended by the Minister of the Interior, Karla Villatoro. Belize\'s Minister of Defence and Border Security, Dwayne Tillett, met Guatemalan officials in Belmopan.',
    want: { has: [['Karla Villatoro', 'OFFICIAL_OF', 'Guatemala'], ['Dwayne Tillett', 'OFFICIAL_OF', 'Belize'], ['Karla Villatoro', 'ATTENDED', 'ceremony']] },
  }],
  ['"delivered 12 pickup trucks to the task force, which was created by President X", "the task force and the 1st Battalion carried out Operation Y", "in the department of Petén": equipment delivered is help; "the task force" refers back; carrying out an operation takes part in it', {
    given: 'The memorandum concerns the Interagency Task Force Mopán. SOUTHCOM has delivered 12 pickup trucks and four surveillance drones to the task force, which was created by President Marisol Orantes in March 2027. The task force is based in Melchor de Mencos, in the department of Petén. Last week, the task force and the 1st Battalion of the Belize Defence Force carried out Operation Sarstún.',
    want: { has: [['SOUTHCOM', 'ASSISTED', 'Interagency Task Force Mopán'], ['Interagency Task Force Mopán', 'FORMED_BY', 'Marisol Orantes'], ['Melchor de Mencos', 'LOCATED_IN', 'Petén'], ['Interagency Task Force Mopán', 'ATTENDED', 'Operation Sarstún'], ['1st Battalion of the Belize Defence Force', 'ATTENDED', 'Operation Sarstún']], not: [['SOUTHCOM', 'FORMED_BY', 'Marisol Orantes']] },
  }],
  ['"The Minister of Defence, General A, and the Commander of the United States Southern Command (SOUTHCOM), General B, signed", "received a Burundian military delegation led by the Chief of General Staff of the National Defence Force (FDN), General C": a body\'s acronym inside an apposed post keeps the list and the delegation\'s head', {
    given: 'The Minister of Defence, General Otto Samayoa, and the Commander of the United States Southern Command (SOUTHCOM), General Rebecca Halloran, signed on Friday a memorandum of understanding. Minister Guy Kabeya received on Monday in Kinshasa a Burundian military delegation led by the Chief of General Staff of the National Defence Force (FDN), General Léonce Nibigira.',
    want: { has: [['Otto Samayoa', 'SIGNED', 'memorandum of understanding'], ['Rebecca Halloran', 'SIGNED', 'memorandum of understanding'], ['Guy Kabeya', 'MET_WITH', 'Léonce Nibigira']] },
  }],
  ['"The 3310th Regiment of the FARDC", "The battle group ... is commanded by X", "a NATO battle group led by France": a body\'s acronym owns the unit named with it; a battle group is a formation, an indefinite one only its owner', {
    given: 'The Armed Forces of the Democratic Republic of the Congo (FARDC) fought. The 3310th Regiment of the FARDC returned to Uvira on Saturday. NATO\'s Multinational Battle Group trained. The battle group is commanded by Italian Colonel Marco Bellini. French soldiers are stationed in Romania as part of a NATO battle group led by France.',
    want: { has: [['3310th Regiment of the FARDC', 'PART_OF', 'Armed Forces of DR Congo'], ['Multinational Battle Group', 'COMMANDED_BY', 'Marco Bellini']], entities: [['Multinational Battle Group', 'unit'], ['NATO', 'organization']] },
  }],
  ['"visited the Swiss Armed Forces\' SWISSCOY contingent in Kosovo", "Federal Councillor A, head of the Federal Department of Defence, Civil Protection and Sport (DDPS)": an acronym before "contingent" names a unit owned by the possessor, and where it stands is visited; a body listing its fields before its acronym is one name; a titled name takes a second post', {
    given: 'Federal Councillor Regula Zumsteg, head of the Federal Department of Defence, Civil Protection and Sport (DDPS), visited the Swiss Armed Forces\' SWISSCOY contingent in Kosovo on Thursday. The DDPS said so.',
    want: { has: [['Regula Zumsteg', 'LEADER_OF', 'Federal Department of Defence, Civil Protection and Sport'], ['Regula Zumsteg', 'VISITED', 'Kosovo'], ['SWISSCOY', 'PART_OF', 'Armed Forces of Switzerland']], entities: [['SWISSCOY', 'unit']], absent: ['Federal Councillor Regula Zumsteg'] },
  }],
  ['"attended by the Minister of Defence, A, the Chief of Defence Staff, Lieutenant General B, and Ghana\'s High Commissioner, C": a name holding its post ends a stack of posts; "visited Swiss troops in Kosovo": troops in a state', {
    given: 'The commissioning ceremony was attended by the Minister of Defence, Fatmata Bangura-Sowa, the Chief of Defence Staff, Lieutenant General Ibrahim Sannoh Kanu, and Ghana\'s High Commissioner to Sierra Leone, Kwabena Asante-Darko. Minister Jan Novak visited Swiss troops in Kosovo on Thursday.',
    want: { has: [['Fatmata Bangura-Sowa', 'ATTENDED', 'commissioning ceremony'], ['Ibrahim Sannoh Kanu', 'ATTENDED', 'commissioning ceremony'], ['Jan Novak', 'VISITED', 'Kosovo']] },
  }],
  ['"provided $NZ4 million in humanitarian assistance", "handed over two patrol boats, the NRTL Aitana and the NRTL Laline, to the Naval Component of the F-FDTL": no name after a currency sign; what is handed over may be named in apposition before "to"', {
    given: 'Ms Tane said New Zealand had so far provided $NZ4 million in humanitarian assistance to Samoa. Later on Monday, Australia handed over two Guardian-class patrol boats, the NRTL Aitana and the NRTL Laline, to the Naval Component of the F-FDTL at the Hera naval base, east of Dili.',
    want: { has: [['Australia', 'ASSISTED', 'Naval Component of the F-FDTL']], absent: ['NZ4'] },
  }],
  ['"who is on a three-day working visit to our country, ADI learnt": in home copy "our country" is the dateline\'s state, not the agency after it', {
    given: 'DJIBOUTI, November 15. /ADI/. The Minister of Defence, Ismael Houmed Darar, received on Tuesday at his office in Djibouti the Japanese Minister of Defense, Tetsuya Kanzaki, who is on a three-day working visit to our country, ADI learnt.',
    want: { has: [['Tetsuya Kanzaki', 'VISITED', 'Djibouti']], not: [['Tetsuya Kanzaki', 'VISITED', 'ADI']] },
  }],
  ['"visited Rovaniemi on Wednesday together with his Finnish counterpart, A, and B", "Mwansa, who arrived in Tanzania on Sunday": companions after a time adjunct; a name before ", who" is a person\'s', {
    given: 'Swedish Defence Minister Karl-Johan Lindqvist visited Rovaniemi on Wednesday together with his Finnish counterpart, Antti Saarinen, and Norwegian Defence Minister Ingrid Haugland. Mwansa, who arrived in Tanzania on Sunday, held talks.',
    want: { has: [['Antti Saarinen', 'VISITED', 'Rovaniemi'], ['Ingrid Haugland', 'VISITED', 'Rovaniemi'], ['Mwansa', 'VISITED', 'Tanzania']], entities: [['Mwansa', 'person']] },
  }],
  ['"at the conclusion of the 9th Ethiopia-Kenya Joint Border Commission meeting", "Inspector General of the Kenya Police Service Douglas Wafula Simiyu", "Argentine opposition lawmaker X": the ordinal counts the meeting; a capital\'s name may open a person\'s; opposition holds no state post', {
    given: 'Ethiopia and Kenya agreed, Defense Minister Alemitu Gebreyes said at the conclusion of the 9th Ethiopia-Kenya Joint Border Commission meeting held in Addis Ababa. The meeting was attended by Inspector General of the Kenya Police Service Douglas Wafula Simiyu. Argentine opposition lawmaker Sofia Martelli criticised the contract.',
    want: { has: [['Douglas Wafula Simiyu', 'ATTENDED', 'meeting']], not: [['Sofia Martelli', 'OFFICIAL_OF', 'Argentina']], entities: [['Ethiopia-Kenya Joint Border Commission', 'organization'], ['Douglas Wafula Simiyu', 'person']], absent: ['Douglas', 'Wafula Simiyu'] },
  }],
  ['"French Ambassador to the Sultanate Hélène Marchetti", "Australia\'s High Commissioner to PNG, Helen Carrick": an envoy\'s post passes its host (any body) to the name after it, with or without a comma', {
    given: 'The meeting was attended by French Ambassador to the Sultanate Hélène Marchetti. Australia\'s High Commissioner to PNG, Helen Carrick, attended.',
    want: { has: [['Hélène Marchetti', 'OFFICIAL_OF', 'France'], ['Helen Carrick', 'OFFICIAL_OF', 'Australia']] },
  }],
  ['"dealt with the defence cooperation agreement signed by the two countries", "the Gulf of Fonseca Maritime Treaty, which the two countries signed", "the Exchange of Letters, which Malaysia and Brunei signed": the signed thing of a participle or an object relative', {
    given: 'Kuwait and Britain met. The talks dealt with the defence cooperation agreement signed by the two countries in 2022. Honduras and El Salvador met. The agreement builds on the Gulf of Fonseca Maritime Treaty, which the two countries signed in Amapala in 2025. The two leaders welcomed progress under the Exchange of Letters, which Malaysia and Brunei signed in 2009. Ships entered the Gulf of Aden.',
    want: { has: [['Kuwait', 'SIGNED', 'defence cooperation agreement'], ['United Kingdom', 'SIGNED', 'defence cooperation agreement'], ['Honduras', 'SIGNED', 'Gulf of Fonseca Maritime Treaty'], ['El Salvador', 'SIGNED', 'Gulf of Fonseca Maritime Treaty'], ['Malaysia', 'SIGNED', 'Exchange of Letters'], ['Brunei', 'SIGNED', 'Exchange of Letters']], entities: [['Gulf of Fonseca Maritime Treaty', 'agreement'], ['Exchange of Letters', 'agreement'], ['Gulf of Aden', 'place']] },
  }],
  ['"attended a live-fire demonstration there", "off the coast of Rio Grande do Sul state": a demonstration is an event; a lower-case "state" after a place preposition closes a place name', {
    given: 'Norwegian Defence Minister Håkon Brekke visited the troops at Rovajärvi on Monday and attended a live-fire demonstration there. Brazilian and Argentine warships began the Fraterno 2028 naval exercise off the coast of Rio Grande do Sul state on Monday. Qatar, a Gulf state, hosted talks.',
    want: { has: [['Håkon Brekke', 'ATTENDED', 'live-fire demonstration']], entities: [['Rio Grande do Sul', 'place']], absent: ['Gulf'] },
  }],
  ['"Marines of the Kazakh Naval Forces\' 390th Marine Battalion will take part": a plural people noun opening the sentence before "of" is no name', {
    given: 'Marines of the Kazakh Naval Forces\' 390th Marine Battalion will take part in a joint exercise. Marines of the Russian Navy took part in the exercise.',
    want: { has: [['390th Marine Battalion', 'PART_OF', 'Kazakh Naval Forces']], entities: [['Russian Navy', 'organization']] },
  }],
  ['"the Bundeswehr\'s 45th Armoured Brigade": an unknown name owning a numbered unit is a body the unit is part of; a visit to its soldiers is no visit to the body', {
    given: 'German Defence Minister Markus Brenner visited the soldiers of the Bundeswehr\'s 45th Armoured Brigade at the Rudninkai training area. The Bundeswehr\'s 12th Panzer Division trained.',
    want: { has: [['45th Armoured Brigade', 'PART_OF', 'Bundeswehr'], ['12th Panzer Division', 'PART_OF', 'Bundeswehr']], not: [['Markus Brenner', 'VISITED', 'Bundeswehr']], entities: [['Bundeswehr', 'organization']] },
  }],
  ['"was attended by the Chairman of ... (JAF), Major General A, and the Commander of ..., Lieutenant General B", "and by C, who arrived with D": every listed post holder attends; a possessor state or a relative clause does not', {
    given: 'The signing ceremony was attended by the Chairman of the Joint Chiefs of Staff of the Jordan Armed Forces-Arab Army (JAF), Major General Khaled Suleiman Al-Shorman, and the Commander of the Iraqi Border Guard Forces, Lieutenant General Hamid Abdul-Kareem Al-Khafaji. The meeting was attended by Togo\'s Ambassador to Ghana, Mrs Akossiwa Lawson-Body, and by Lieutenant General Kwabena Adjei-Mensah, who arrived on Monday with Peter Smith.',
    want: { has: [['Khaled Suleiman Al-Shorman', 'ATTENDED', 'signing ceremony'], ['Hamid Abdul-Kareem Al-Khafaji', 'ATTENDED', 'signing ceremony'], ['Akossiwa Lawson-Body', 'ATTENDED', 'meeting'], ['Kwabena Adjei-Mensah', 'ATTENDED', 'meeting']], not: [['Togo', 'ATTENDED', 'meeting'], ['Peter Smith', 'ATTENDED', 'meeting']] },
  }],
  ['"the Bundesheer\'s 56th UNIFIL contingent (AUTCON 56) returned to Austria", "The 57th contingent ... is led by": a numbered contingent with a lower-case head is a unit', {
    given: 'Around 170 soldiers of the Bundesheer\'s 56th UNIFIL contingent (AUTCON 56) returned to Austria on Thursday. The 57th contingent, which left for Lebanon in mid-October, is led by Colonel Stefan Ortner. The 5th Special Operations Brigade trained; the 5th brigade then returned.',
    want: { has: [['56th UNIFIL contingent', 'RETURNED_TO', 'Austria'], ['Stefan Ortner', 'LEADER_OF', '57th contingent']], entities: [['56th UNIFIL contingent', 'unit'], ['57th contingent', 'unit']], absent: ['AUTCON', '5th brigade'] },
  }],
  ['"Götzendorf, Lower Austria", "the Blue Line", "Caspian Container Line": Upper/Lower before a state names its region; a named line is a boundary unless a carrier', {
    given: 'At a ceremony in Götzendorf, Lower Austria, on Friday, he spoke. The mission monitors the Blue Line between Lebanon and Israel. Caspian Container Line will operate the ferry.',
    want: { has: [['Lower Austria', 'LOCATED_IN', 'Austria']], entities: [['Lower Austria', 'place'], ['Blue Line', 'place'], ['Caspian Container Line', 'organization']] },
  }],
  ['"was attended by delegations from Senegal, Mali and Chad", "by representatives of X and Y": the states the delegations come from attend', {
    given: 'The meeting, held on Monday and Tuesday, was attended by delegations from Senegal, Mali and Chad. The ceremony was attended by representatives of Niger and Togo.',
    want: { has: [['Senegal', 'ATTENDED', 'meeting'], ['Mali', 'ATTENDED', 'meeting'], ['Chad', 'ATTENDED', 'meeting'], ['Niger', 'ATTENDED', 'ceremony'], ['Togo', 'ATTENDED', 'ceremony']] },
  }],
  ['"The opposition Rally of Democratic Forces (RFD) criticised ..., accusing the government": a party, not a rally', {
    given: 'Mauritania formed a new unit. In Nouakchott, the opposition Rally of Democratic Forces (RFD) criticised the decree on Thursday, accusing the government of taking decisions without consulting parliament.',
    want: { has: [['Rally of Democratic Forces', 'CRITICIZED', 'Government of Mauritania']], entities: [['Rally of Democratic Forces', 'organization']] },
  }],
  ['"in the wilaya of Hodh Ech Chargui", "the governorate of Mafraq": administrative divisions name places', {
    given: 'The new group will be stationed in Bassiknou, in the wilaya of Hodh Ech Chargui, near the border with Mali. Troops were sent to the governorate of Mafraq.',
    want: { entities: [['Hodh Ech Chargui', 'place'], ['Mafraq', 'place']] },
  }],
  ['"the Royal Welsh, a British Army infantry regiment", "X, a regiment of the British Army": a unit described as a body\'s regiment is part of it', {
    given: 'Soldiers of the Royal Welsh, a regiment of the British Army, took part in the exercise. The Black Watch, a British Army infantry battalion, also took part. The Rifles, a British infantry regiment, did not.',
    want: { has: [['Royal Welsh', 'PART_OF', 'British Army'], ['Black Watch', 'PART_OF', 'British Army']] },
  }],
  ['"British Minister of State for the Armed Forces X": what a minister is "for" is the portfolio, not the body he serves', {
    given: 'Kuwaiti Minister of Defence Bader Al-Roumi held talks on Sunday with British Minister of State for the Armed Forces Edward Hollingsworth.',
    want: { has: [['Edward Hollingsworth', 'OFFICIAL_OF', 'United Kingdom']], absent: ['Armed Forces of United Kingdom'] },
  }],
  ['"the Commander of the Northern Fleet, Vice Admiral X", "Commander of the Pacific Fleet": a fleet closes the post\'s body; it is a unit, not a person or a place', {
    given: 'Kalchev attended the exercise together with the Commander of the Northern Fleet, Vice Admiral Nikolaos Vrettakos. The Commander of the Pacific Fleet said nothing.',
    want: { has: [['Nikolaos Vrettakos', 'LEADER_OF', 'Northern Fleet']], entities: [['Northern Fleet', 'unit'], ['Pacific Fleet', 'unit']], absent: ['Fleet'] },
  }],
  ['"Black Hawk helicopters", "two Black Hawks", "16 Piranha IIIC armoured personnel carriers", "its own Black Hawks": a model name is no person', {
    given: 'Croatia signed an agreement on the maintenance of Black Hawk helicopters. In July, two Black Hawks of the Croatian Air Force helped firefighters. Romania had donated 16 Piranha IIIC armoured personnel carriers to Moldova. Slovenia has not yet decided whether to buy its own Black Hawks. Peter Williams attended the exercise at Al Dhafra and involved aircraft.',
    want: { entities: [['Peter Williams', 'person']], absent: ['Black Hawk', 'Black Hawks', 'Piranha IIIC'] },
  }],
  ['"repelled an attack on El Obeid", "El Obeid, the capital of North Kordofan state": a name opening with a Romance article is a place, never a person', {
    given: 'Sudan\'s army said its 5th Infantry Division had repelled an attack on El Obeid on Thursday. El Obeid, the capital of North Kordofan state, lies on the main road.',
    want: { entities: [['El Obeid', 'place']] },
  }],
  ['"criticised the surveillance agreement" after "an agreement on Adriatic surveillance": a definite agreement whose modifier the earlier name holds', {
    given: 'Italy and Albania signed an agreement on Adriatic surveillance. In Rome, the opposition Five Star Movement criticised the surveillance agreement, saying parliament had not been informed. Greece signed a new agreement on trade.',
    want: { has: [['Five Star Movement', 'CRITICIZED', 'agreement on Adriatic surveillance'], ['Greece', 'SIGNED', 'agreement on trade']], not: [['Greece', 'SIGNED', 'agreement on Adriatic surveillance']] },
  }],
  ['"returned to Latvia on Monday from Lebanon", "returned to Tirana after a six-month rotation with KFOR at Camp Film City": a unit back from a deployment was deployed there', {
    given: 'Meanwhile, about 120 soldiers of the 1st Infantry Battalion returned to Latvia on Monday from Lebanon, where they had served with UNIFIL. On Saturday, some 90 soldiers of the Commando Battalion of the Albanian Land Forces returned to Tirana after a six-month rotation with KFOR at Camp Film City in Pristina.',
    want: { has: [['1st Infantry Battalion', 'DEPLOYED_TO', 'Lebanon'], ['Commando Battalion of the Albanian Land Forces', 'DEPLOYED_TO', 'Camp Film City']] },
  }],
  ['"President X received Angola\'s Minister of National Defence, Y, at State House in Windhoek": a guest of another state received in a city visited it; an ambassador did not', {
    given: 'President Ndapewa Shilongo on Thursday received Angola\'s Minister of National Defence, Joao Manuel Tavares, at State House in Windhoek. The minister also received the Angolan Ambassador to Namibia, Rui Mingas, in Windhoek.',
    want: { has: [['Joao Manuel Tavares', 'VISITED', 'Windhoek']], not: [['Rui Mingas', 'VISITED', 'Windhoek']] },
  }],
  ['"thanked the Netherlands for its contribution to the security of Lithuania": help to a state\'s security is help to the state', {
    given: 'Zemaitiene thanked the Netherlands for its contribution to the security of Lithuania and the whole Baltic region.',
    want: { has: [['Netherlands', 'ASSISTED', 'Lithuania']] },
  }],
  ['"Brazil has trained more than 150 GDF officers", "IMTRAT trains RBA and Royal Body Guard officers", "the FAR has trained 400 Nicaraguan officers": training given is help to the trainees\' body or state', {
    given: 'Brazil has trained more than 150 GDF officers at its military schools since 2010. IMTRAT trains RBA and Royal Body Guard officers and is headquartered in Haa. Since 2007, the Revolutionary Armed Forces (FAR) has trained more than 400 Nicaraguan officers.',
    want: { has: [['Brazil', 'ASSISTED', 'GDF'], ['IMTRAT', 'ASSISTED', 'RBA'], ['IMTRAT', 'ASSISTED', 'Royal Body Guard'], ['Revolutionary Armed Forces', 'ASSISTED', 'Nicaragua']] },
  }],
  ['"thanked Sri Lanka for training more than 200 MNDF officers"; "did not train", "will train": the one thanked trains; no training denied or planned', {
    given: 'Rasheed thanked Sri Lanka for training more than 200 MNDF officers and soldiers. Russia did not train Syrian pilots. Turkey will train Libyan officers.',
    want: { has: [['Sri Lanka', 'ASSISTED', 'MNDF']], not: [['Russia', 'ASSISTED', 'Syria'], ['Turkey', 'ASSISTED', 'Libya']] },
  }],
  ['"a plan of bilateral military cooperation for 2029 was signed by A and B": a plan said later to be signed is an agreement', {
    given: 'The minister arrived on Monday. Following the meeting, a plan of bilateral military cooperation for 2029 was signed by Elchin Mammadli and Serik Abenov.',
    want: { has: [['Elchin Mammadli', 'SIGNED', 'plan of bilateral military cooperation'], ['Serik Abenov', 'SIGNED', 'plan of bilateral military cooperation']] },
  }],
  ['"follows a border security memorandum signed in Amman in March 2026 by A and his counterpart, B": the agents of a participle after place and date', {
    given: 'The visit follows a border security memorandum signed in Amman in March 2026 by Syrian Interior Minister Samer al-Nouri and his Jordanian counterpart, Raed al-Shboul. Another memorandum was signed in Cotonou by their Chiefs of Defence Staff.',
    want: { has: [['Samer al-Nouri', 'SIGNED', 'border security memorandum'], ['Raed al-Shboul', 'SIGNED', 'border security memorandum']], not: [['Defence Staff', 'SIGNED', 'border security memorandum']] },
  }],
  ['"follows a memorandum signed by X": a bare agreement word a participle says was signed', {
    given: 'The visit follows a memorandum signed by Syrian Interior Minister Samer al-Nouri.',
    want: { has: [['Samer al-Nouri', 'SIGNED', 'memorandum']] },
  }],
  ['"A, who hosted the summit, and her Bolivian counterpart, B, signed X": ", and" closes the relative clause; A is a co-subject', {
    given: 'Peruvian President Rosa Quispe Huamaní, who hosted the summit, and her Bolivian counterpart, Marcelo Choque Mamani, signed the Puno Declaration, which commits both governments to building plants.',
    want: { has: [['Rosa Quispe Huamaní', 'SIGNED', 'Puno Declaration'], ['Marcelo Choque Mamani', 'SIGNED', 'Puno Declaration']] },
  }],
  ['"the Exchange of Letters, which Malaysia and Brunei signed in 2009, and Malaysia thanked Brunei": an object relative adds no co-subject', {
    given: 'The two leaders welcomed the progress under the Exchange of Letters, which Malaysia and Brunei signed in 2009, and Malaysia thanked Brunei for its assistance.',
    want: { has: [['Malaysia', 'PRAISED', 'Brunei']], not: [['Exchange of Letters', 'PRAISED', 'Brunei']] },
  }],
  ['"laid a wreath at the President Ho Chi Minh Mausoleum": a mausoleum or memorial named after a titled person is a place, and nobody leads', {
    given: 'He laid a wreath at the President Ho Chi Minh Mausoleum on Monday.',
    want: { entities: [['President Ho Chi Minh Mausoleum', 'place']], absent: ['Ho Chi Minh'] },
  }],
  ['"Colonel X, the outgoing French defence attaché in Muscat,": a defence attaché is a post, set off after the name with a modifier', {
    given: 'Colonel Antoine Lefranc, the outgoing French defence attaché in Muscat, was awarded the Military Order of Oman.',
    want: { has: [['Antoine Lefranc', 'OFFICIAL_OF', 'France']] },
  }],
  ['"ASEAN Special Envoy on Myanmar X", "the UN Special Envoy on Syria, X": the brief after "on" is not whose envoy it is', {
    given: 'ASEAN Special Envoy on Myanmar Hamzah Rahim visited Yangon in mid-July. The UN Special Envoy on Syria, Geir Pedersen, spoke.',
    want: { has: [['Hamzah Rahim', 'OFFICIAL_OF', 'ASEAN'], ['Geir Pedersen', 'OFFICIAL_OF', 'UN']], not: [['Hamzah Rahim', 'OFFICIAL_OF', 'Myanmar']] },
  }],
  ['"General X, a member of the Central Military Commission,": an indefinite post set off after the name', {
    given: 'He received a Chinese military delegation led by General Zhao Lianfeng, a member of the Central Military Commission, in Naypyitaw on Monday.',
    want: { has: [['Zhao Lianfeng', 'OFFICIAL_OF', 'Central Military Commission']] },
  }],
  ['"Durres, in central Albania,", "Wewak, on Papua New Guinea\'s north coast,", "Ciudad Hidalgo, Chiapas, the ministry said": a place set off after a place is where it lies', {
    given: 'Patrol vessels will operate from the port of Durres, in central Albania, from next year. About 120 soldiers have been deployed to Wewak, on Papua New Guinea\'s north coast, to rebuild a wharf. The ministers inaugurated a center in Ciudad Hidalgo, Chiapas, the ministry said. Troops were sent to Goma, Bukavu, which was hit by floods.',
    want: { has: [['Durres', 'LOCATED_IN', 'Albania'], ['Wewak', 'LOCATED_IN', 'Papua New Guinea'], ['Ciudad Hidalgo', 'LOCATED_IN', 'Chiapas']], not: [['Goma', 'LOCATED_IN', 'Bukavu']] },
  }],
  ['"will travel to Boa Vista, in the state of Roraima": a name after "travel to" is a place, in the state named after it', {
    given: 'On Saturday, Fraser will travel to Boa Vista, in the state of Roraima.',
    want: { has: [['Boa Vista', 'LOCATED_IN', 'Roraima']], entities: [['Boa Vista', 'place']] },
  }],
  ['"took part in the exercise on the islands of Naissaar and Prangli": islands after "on" place the event', {
    given: 'Troops took part in the Baltic Barrier exercise on the islands of Naissaar and Prangli.',
    want: { has: [['Baltic Barrier exercise', 'LOCATED_IN', 'Naissaar'], ['Baltic Barrier exercise', 'LOCATED_IN', 'Prangli']] },
  }],
  ['"Some 4,500 soldiers are taking part, among them A, B and C": the units listed after "among them" attend the event named before', {
    given: 'The Arctic Shield 28 exercise began on Monday in Lapland. Some 4,500 soldiers are taking part, among them the Jaeger Brigade of the Finnish Army, Sweden\'s Norrbotten Regiment and the Norwegian Army\'s Brigade North.',
    want: { has: [['Jaeger Brigade of the Finnish Army', 'ATTENDED', 'Arctic Shield 28 exercise'], ['Norrbotten Regiment', 'ATTENDED', 'Arctic Shield 28 exercise'], ['Brigade North', 'ATTENDED', 'Arctic Shield 28 exercise']] },
  }],
  ['"Taking part are Brigade North of the Norwegian Army and ...": a point of the compass after a unit word names a formation', {
    given: 'The Arctic Shield 28 exercise began. Taking part are Brigade North of the Norwegian Army and the Jaeger Brigade of the Finnish Army. He visited Task Force West.',
    want: { has: [['Brigade North', 'ATTENDED', 'Arctic Shield 28 exercise'], ['Brigade North', 'PART_OF', 'Army of Norway']], entities: [['Brigade North', 'unit'], ['Task Force West', 'unit']] },
  }],
  ['"Also present at the talks were the Commandant of the Indian Military Training Team (IMTRAT), Major General A, B and C": a long post may open the list', {
    given: 'The two chiefs held talks on Monday. Also present at the talks were the Commandant of the Indian Military Training Team (IMTRAT), Major General Anil Kumar Bhatt, the Indian Ambassador to Bhutan, Meera Raghavan, and the Deputy Chief Operations Officer of the RBA, Brigadier Karma Tshering.',
    want: { has: [['Anil Kumar Bhatt', 'ATTENDED', 'talks'], ['Meera Raghavan', 'ATTENDED', 'talks'], ['Karma Tshering', 'ATTENDED', 'talks']] },
  }],
  ['"attended by A, the Secretary General for Defence Investments and Armaments, B, and C": a post inside a list, "and" in its own words', {
    given: 'The two ministers signed a memorandum. The signing was attended by the Chief of the Hellenic National Defence General Staff (HNDGS), General Dimitrios Karras, the Secretary General for Defence Investments and Armaments, Christos Vlachos, and the Indian Ambassador to Greece, Meera Iyer.',
    want: { has: [['Dimitrios Karras', 'ATTENDED', 'signing'], ['Christos Vlachos', 'ATTENDED', 'signing'], ['Meera Iyer', 'ATTENDED', 'signing']], absent: ['Investments'] },
  }],
  ['"THE HAGUE ... /ANP/": a national agency\'s copy from a city that is no capital is home copy of its state', {
    given: 'THE HAGUE, August 4. /ANP/. Defence Minister Sanne Verhoeven signed the agreement on Thursday. The Netherlands will pay half.',
    want: { has: [['Sanne Verhoeven', 'OFFICIAL_OF', 'Netherlands']] },
  }],
  ['"The Royal Netherlands Navy frigate HNLMS Tromp left Den Helder for a deployment to the Red Sea": the service owns the ship; a name after "left" is a place', {
    given: 'The Royal Netherlands Navy frigate HNLMS Tromp left Den Helder on Monday for a six-month deployment to the Red Sea.',
    want: { has: [['HNLMS Tromp', 'PART_OF', 'Royal Netherlands Navy'], ['HNLMS Tromp', 'DEPLOYED_TO', 'Red Sea']], not: [['Den Helder', 'DEPLOYED_TO', 'Red Sea']], entities: [['Den Helder', 'place']] },
  }],
  ['"criticised the Patriot deal" after "an agreement on the joint procurement of Patriot air defence systems": the one agreement whose name holds the word', {
    given: 'The Netherlands signed an agreement on the joint procurement of Patriot air defence systems. Germany welcomed it. Poland did too. The opposition Socialist Party (SP) criticised the Patriot deal.',
    want: { has: [['Socialist Party', 'CRITICIZED', 'agreement on the joint procurement of Patriot air defence systems']] },
  }],
  ['"Prime Minister X met her. The prime minister thanked Finland": a two-word lower-case title refers back to its holder', {
    given: 'Estonian Prime Minister Liis Saarmets met Finnish President Juha Ranta. The prime minister thanked Finland for its help.',
    want: { has: [['Liis Saarmets', 'PRAISED', 'Finland']] },
  }],
  ['"thanked Finland for its help in training the Estonian Navy\'s new Coastal Defence Battalion": a modifier between the possessive and the name', {
    given: 'The prime minister thanked Finland for its help in training the Estonian Navy\'s new Coastal Defence Battalion, which was formed by the navy in January.',
    want: { has: [['Coastal Defence Battalion', 'PART_OF', 'Navy of Estonia'], ['Finland', 'ASSISTED', 'Coastal Defence Battalion']], not: [['Finland', 'ASSISTED', 'Navy of Estonia']] },
  }],
  ['"invited Crown Prince X to visit Seoul", "asked South Korea to deploy engineers": an invitation or a request is no fact', {
    given: 'He thanked Kuwait and invited Crown Prince Hamad Al-Sabah to visit Seoul. Kuwait asked South Korea to deploy engineers to Kuwait.',
    want: { not: [['Hamad Al-Sabah', 'VISITED', 'Seoul'], ['South Korea', 'DEPLOYED_TO', 'Kuwait']] },
  }],
  ['"the Army\'s new Border Security Battalion 4" in La Paz copy after the Peruvian Army: the home state\'s army, even before it is named', {
    given: 'LA PAZ, August 2. /ABI/. A delegation of the Peruvian Army arrived. Defence Minister Edmundo Choque said the Army\'s new Border Security Battalion 4 was deployed last week to Desaguadero.',
    want: { has: [['Border Security Battalion 4', 'PART_OF', 'Army of Bolivia']], not: [['Border Security Battalion 4', 'PART_OF', 'Army of Peru']] },
  }],
  ['"was awarded the For Service to the Fatherland Order by X": an award named by its motto, then its kind', {
    given: 'On Sunday, the Commander of the Turkish Land Forces, General Hakan Özdağlı, was awarded the For Service to the Fatherland Order by President Ramil Aghayev.',
    want: { has: [['Hakan Özdağlı', 'RECEIVED_AWARD', 'For Service to the Fatherland Order']], absent: ['For Service', 'Fatherland Order'] },
  }],
  ['"thanked Portugal for the training given to the FADM": training given is help', {
    given: 'The Mozambican minister thanked Portugal for the training given to the Mozambique Defence Armed Forces (FADM).',
    want: { has: [['Portugal', 'ASSISTED', 'Defence Armed Forces of Mozambique']] },
  }],
  ['"signed a contract with the Czech aircraft maker Aero Vodochody": a maker is a company, and it signs, not the demonym\'s state', {
    given: 'Also on Thursday, the Slovak Defence Ministry signed a contract with the Czech aircraft maker Aero Vodochody for six training jets.',
    want: { has: [['Aero Vodochody', 'SIGNED', 'contract']], not: [['Czechia', 'SIGNED', 'contract']], entities: [['Aero Vodochody', 'organization']] },
  }],
  ['"Georgia, which took part in last year\'s drills": an earlier edition names no event of the dispatch', {
    given: 'Troops held the Indestructible Brotherhood 2028 exercise. Georgia, which took part in last year’s drills, did not send troops this time.',
    want: { not: [['Georgia', 'ATTENDED', 'drills']], absent: ['drills'] },
  }],
  ['"The opposition party Renamo criticised the programme": a programme signed before, never another agreement', {
    given: 'The two ministers signed the Technical-Military Cooperation Framework Programme on Wednesday. The opposition party Renamo criticised the programme. The army criticised the plan.',
    want: { has: [['Renamo', 'CRITICIZED', 'Technical-Military Cooperation Framework Programme']], not: [['army', 'CRITICIZED', 'Technical-Military Cooperation Framework Programme']] },
  }],
  ['"Defending the Suwałki Gap", "crossed the Khyber Pass": a gap or a pass is a place', {
    given: '“Defending the Suwałki Gap is our common task,” said Colonel Vytautas Dambrauskas. Troops crossed the Khyber Pass.',
    want: { entities: [['Suwałki Gap', 'place'], ['Khyber Pass', 'place']] },
  }],
  ['"began the Brave Griffin 28 exercise ... criticised Brave Griffin 28": a named exercise is also named without its head', {
    given: 'Some 1,200 soldiers of the Lithuanian Iron Wolf Mechanised Infantry Brigade began the Brave Griffin 28 exercise at the Bemowo Piskie training ground. The Belarusian Defence Ministry criticised Brave Griffin 28 on Wednesday.',
    want: { has: [['Ministry of Defence of Belarus', 'CRITICIZED', 'Brave Griffin 28 exercise']], absent: ['Brave Griffin'] },
  }],
  ['"commander of the Iron Wolf brigade" after "the Lithuanian Iron Wolf Mechanised Infantry Brigade": a name before a lower-case unit word is that unit', {
    given: 'Some 1,200 soldiers of the Lithuanian Iron Wolf Mechanised Infantry Brigade began the exercise. Colonel Vytautas Dambrauskas, commander of the Iron Wolf brigade, spoke.',
    want: { has: [['Vytautas Dambrauskas', 'LEADER_OF', 'Lithuanian Iron Wolf Mechanised Infantry Brigade']], absent: ['Iron Wolf'] },
  }],
  ['"X, who was in Warsaw on a two-day visit": being somewhere on a visit is visiting it', {
    given: 'President Krzysztof Baranski awarded the medal to General Valdas Rimkevičius, who was in Warsaw on a two-day visit.',
    want: { has: [['Valdas Rimkevičius', 'VISITED', 'Warsaw']] },
  }],
  ['"has welcomed home 800 soldiers of 6 South African Infantry Battalion": the unit welcomed home is back in its state', {
    given: 'Minister of Defence Nomvula Khumalo-Dlamini has welcomed home 800 soldiers of 6 South African Infantry Battalion, who returned from the Democratic Republic of Congo (DRC) last week.',
    want: { has: [['6 South African Infantry Battalion', 'RETURNED_TO', 'South Africa']] },
  }],
  ['"who visited the training ground on Wednesday": a place word with its lower-case modifier refers back to the named place', {
    given: 'Troops exercised at the Bemowo Piskie training ground. Minister Tomasz Gawrychowski, who visited the training ground on Wednesday, praised the troops.',
    want: { has: [['Tomasz Gawrychowski', 'VISITED', 'Bemowo Piskie training ground']] },
  }],
  ['"The Minister of the FAR, General A, received ... General B. The two generals signed": a post given to a ranked name keeps the rank', {
    given: 'The Minister of the Revolutionary Armed Forces (FAR), General Ramón Lazcano Bermúdez, received on Monday in Havana the Commander-in-Chief of the Army of Nicaragua, General Octavio Zambrana Lacayo. The two generals signed a cooperation plan.',
    want: { has: [['Ramón Lazcano Bermúdez', 'SIGNED', 'cooperation plan'], ['Octavio Zambrana Lacayo', 'SIGNED', 'cooperation plan'], ['Octavio Zambrana Lacayo', 'MET_WITH', 'Ramón Lazcano Bermúdez']] },
  }],
  ['"the Moncada Barracks in Santiago de Cuba": a capital\'s name, a particle and another state\'s name are one city; "Troops arrived" names nobody', {
    given: 'The delegation will visit the Moncada Barracks in Santiago de Cuba. Troops arrived in Bamako on Monday.',
    want: { has: [['Moncada Barracks', 'LOCATED_IN', 'Santiago de Cuba']], entities: [['Santiago de Cuba', 'place']], absent: ['Troops', 'Santiago'] },
  }],
  ['"the FAR\'s Western Army", "Azerbaijan\'s Separate Combined Arms Army": a regional or combined-arms army is a formation', {
    given: 'In October 2027, 25 instructors of the FAR\'s Western Army were deployed to Nicaragua. Troops of Azerbaijan\'s Separate Combined Arms Army took part in the drills.',
    want: { has: [['Western Army', 'DEPLOYED_TO', 'Nicaragua']], entities: [['Western Army', 'unit'], ['Separate Combined Arms Army', 'unit']] },
  }],
  ['"Russia\'s ambassador in Helsinki, X, criticised": the name after an envoy\'s post and city holds it', {
    given: 'Russia\'s ambassador in Helsinki, Dmitri Orlovsky, criticised the visit in a statement on Wednesday. The Russian ambassador in Oslo, Pavel Lunin, did too.',
    want: { has: [['Dmitri Orlovsky', 'OFFICIAL_OF', 'Russia'], ['Pavel Lunin', 'OFFICIAL_OF', 'Russia']], entities: [['Dmitri Orlovsky', 'person']] },
  }],
  ['"The Polish brigade is commanded by X" after a Polish and a Finnish brigade: the one that names no other state', {
    given: 'About 400 soldiers of the Polish Army\'s 17th Mechanised Brigade took part in the exercise together with the Karelia Brigade of the Finnish Army. The Polish brigade is commanded by Colonel Marek Zawadzki.',
    want: { has: [['17th Mechanised Brigade', 'COMMANDED_BY', 'Marek Zawadzki']], not: [['Karelia Brigade of the Finnish Army', 'COMMANDED_BY', 'Marek Zawadzki']] },
  }],
  ['"held talks on Thursday, with the Chief of Defence, X, and Y also taking part": the talks are an event those taking part attend, not a meeting with them', {
    given: 'Defence Minister Ville Kuusela met Polish Defence Minister Tomasz Wierzbicki on Wednesday. The two ministers held talks on Thursday morning, with the Chief of Defence, General Janne Hakala, and Poland\'s ambassador to Finland, Agnieszka Rydel, also taking part.',
    want: { has: [['Janne Hakala', 'ATTENDED', 'talks'], ['Agnieszka Rydel', 'ATTENDED', 'talks']], not: [['Janne Hakala', 'MET_WITH', 'Ville Kuusela'], ['Agnieszka Rydel', 'MET_WITH', 'Tomasz Wierzbicki']] },
  }],
  ['"received on Friday the Portuguese Secretary of State for National Defence, X": a secretary of state "for" a portfolio is a post', {
    given: 'The Minister of Defence, Janine Tavares Lopes, received on Friday in Praia the Portuguese Secretary of State for National Defence, Rui Meireles Pinto.',
    want: { has: [['Rui Meireles Pinto', 'OFFICIAL_OF', 'Portugal'], ['Janine Tavares Lopes', 'MET_WITH', 'Rui Meireles Pinto']] },
  }],
  ['"the patrol vessel X of the Portuguese Navy, which has been stationed in Y": the unit, not the service, is stationed', {
    given: 'The minister visited the patrol vessel NRP Sagitário of the Portuguese Navy, which has been stationed in Mindelo since June.',
    want: { has: [['NRP Sagitário', 'DEPLOYED_TO', 'Mindelo']], not: [['Portugal', 'DEPLOYED_TO', 'Mindelo']] },
  }],
  ['"thanked X for the support given to Y": the support given after "the" is X\'s help to Y', {
    given: 'The minister thanked Portugal for the support given to the Coast Guard in the surveillance of the zone.',
    want: { has: [['Portugal', 'ASSISTED', 'Coast Guard']] },
  }],
  ['"hosted the X exercise, with the participation of A, B and C": the states named take part', {
    given: 'In early March, Cabo Verde hosted the Atlantic Shield 2028 exercise, with the participation of Portugal, Spain, Brazil and the United States.',
    want: { has: [['Portugal', 'ATTENDED', 'Atlantic Shield 2028 exercise'], ['United States', 'ATTENDED', 'Atlantic Shield 2028 exercise']] },
  }],
  ['"Democratic Alliance defence spokesperson X": a party\'s name before a portfolio and a title is the post\'s body', {
    given: 'Democratic Alliance defence spokesperson Annelie Venter criticised the Department of Defence over delays.',
    want: { has: [['Annelie Venter', 'OFFICIAL_OF', 'Democratic Alliance']] },
  }],
  ['"800 soldiers of 6 South African Infantry Battalion": a bare number opens a unit\'s name, a demonym after it', {
    given: 'The minister welcomed home 800 soldiers of 6 South African Infantry Battalion on Monday.',
    want: { entities: [['6 South African Infantry Battalion', 'unit']] },
  }],
  ['"Addressing a welcoming parade at X on Monday, the Minister ...": the one addressing an event attends it', {
    given: 'Defence Minister Nomvula Khumalo spoke in Pretoria. Addressing a welcoming parade at Air Force Base Waterkloof in Pretoria on Monday, the Minister praised the soldiers.',
    want: { has: [['Nomvula Khumalo', 'ATTENDED', 'welcoming parade']] },
  }],
  ['"Among those present were the Chief of the South African National Defence Force (SANDF), General X": a long post may come first', {
    given: 'The battalion marched in a parade in Pretoria on Monday. Among those present were the Chief of the South African National Defence Force (SANDF), General Sipho Mahlangu, and the Chief of the Army, General Pieter Rossouw.',
    want: { has: [['Sipho Mahlangu', 'ATTENDED', 'parade'], ['Pieter Rossouw', 'ATTENDED', 'parade']] },
  }],
  ['"was presented with the X at the parade for leading the defence of a base near Sake in early March": the reason phrase keeps its own place and date', {
    given: 'The battalion marched in a parade in Pretoria on Monday. Colonel Lerato Mokwena was presented with the Nkwe ya Boronse at the parade for leading the defence of a UN base near Sake in early March.',
    want: { has: [['Lerato Mokwena', 'RECEIVED_AWARD', 'Nkwe ya Boronse']], not: [['parade', 'LOCATED_IN', 'Sake']], entities: [['Nkwe ya Boronse', 'award']] },
  }],
  ['"presented the Bronze Lion to X", "the honorary title of Thiri Pyanchi": an unknown name given is an award; "the Korps Commandotroepen (KCT)" is a body', {
    given: 'General Onno Dijk presented the Bronze Lion to Captain Ruben Kalsbeek of the Korps Commandotroepen (KCT). General Zhao Lianfeng was conferred the honorary title of Thiri Pyanchi.',
    want: { has: [['Ruben Kalsbeek', 'RECEIVED_AWARD', 'Bronze Lion'], ['Zhao Lianfeng', 'RECEIVED_AWARD', 'Thiri Pyanchi']], entities: [['Korps Commandotroepen', 'organization']], absent: ['Tu-160'] },
  }],
  ['"X, who attended the ceremony, said the new Battalion 4, formed in March by Y, was deployed to Z": a name before a participle phrase is its antecedent, not inside the earlier relative clause', {
    given: 'Defence Minister Edmundo Choque, who attended the ceremony, said the Border Security Battalion 4, formed in early March by a resolution of the Ministry of Defence, was deployed last week to Desaguadero.',
    want: { has: [['Border Security Battalion 4', 'DEPLOYED_TO', 'Desaguadero']], not: [['Edmundo Choque', 'DEPLOYED_TO', 'Desaguadero']] },
  }],
  ['"Raffo told Télam": a national news agency named in the text is that agency (accents aside)', {
    given: 'Engineers of the force assisted the region after the wildfires, Colonel Diego Raffo told Télam.',
    want: { entities: [['Télam', 'organization']] },
  }],
  ['"the National Guard\'s Special Forces Command", "the Royal Bahraini Naval Force": a command of special forces is a unit; a naval or land force is an armed service', {
    given: 'Commandos of the National Guard\'s Special Forces Command and ships of the Royal Bahraini Naval Force took part.',
    want: { entities: [['Special Forces Command', 'unit'], ['Royal Bahraini Naval Force', 'organization']] },
  }],
  ['"will visit X on Friday before returning to New Delhi": a gerund after "before" shares the plan of its clause', {
    given: 'General Vikram Rathore will visit the Dewathang military station on Friday before returning to New Delhi.',
    want: { not: [['Vikram Rathore', 'RETURNED_TO', 'New Delhi']] },
  }],
  ['"is scheduled to visit X", "is due to visit Kyiv next month", "are due to return home": a present plan is not yet a fact', {
    given: 'Polish President Krzysztof Malinowski is due to visit Kyiv next month, and Defence Minister Jan Wrona is scheduled to travel to Vilnius on Friday.',
    want: { not: [['Krzysztof Malinowski', 'VISITED', 'Kyiv'], ['Jan Wrona', 'VISITED', 'Vilnius']] },
  }],
  ['"The signing was attended by A and B": a signing someone attended is an event', {
    given: 'The two ministers signed a memorandum on defence cooperation. The signing was attended by the Indian Ambassador to Greece, Meera Iyer.',
    want: { has: [['Meera Iyer', 'ATTENDED', 'signing']] },
  }],
  ['"held talks on Thursday at the ministry\'s headquarters in Cholargos with X": when and where talks were held may stand before "with"', {
    given: 'Defence Minister Nikos Papalexiou held talks on Thursday at the ministry\'s headquarters in Athens with Indian Defence Minister Anand Kulkarni.',
    want: { has: [['Nikos Papalexiou', 'MET_WITH', 'Anand Kulkarni']] },
  }],
  ['"Colonel X of the Indian Army was awarded the Y by the President of Z, W": the body a person is "of" is no subject; a post\'s holder after its comma is the agent', {
    given: 'Colonel Rajiv Saxena of the Indian Army was awarded the Order of the Phoenix by the President of the Hellenic Republic, Eleni Stratou.',
    want: { has: [['Rajiv Saxena', 'RECEIVED_AWARD', 'Order of the Phoenix']], not: [['Eleni Stratou', 'RECEIVED_AWARD', 'Order of the Phoenix']] },
  }],
  ['"condemned an attack by the Houthi militia on X": whoever did the condemned act is criticised', {
    given: 'The African Union condemned an attack by the al-Shabaab group on a camp near Baidoa.',
    want: { has: [['African Union', 'CRITICIZED', 'al-Shabaab']] },
  }],
  ['"a Saudi military delegation headed by X": X leads the delegation, not the state (lower-case modifiers may stand between the demonym and the group)', {
    given: 'A Chinese naval delegation headed by Rear Admiral Li Wei visited the port of Durban on Monday.',
    want: { not: [['Li Wei', 'LEADER_OF', 'China']] },
  }],
  ['"Opposition deputy X of the Civic Coalition": a capitalised common word before a post names no body', {
    given: 'Opposition deputy Laura Benegas criticised the agreement on Tuesday.',
    want: { entities: [['Laura Benegas', 'person']], absent: ['Opposition'] },
  }],
  ['"the Combined Peace Force Cruz del Sur, which was created by A and B": a formation\'s force followed by the name it was given is one unit', {
    given: 'The statute of the Combined Peace Force Southern Cross, which was created by Argentina and Chile in 2005, was updated.',
    want: { has: [['Combined Peace Force Southern Cross', 'FORMED_BY', 'Argentina'], ['Combined Peace Force Southern Cross', 'FORMED_BY', 'Chile']], entities: [['Combined Peace Force Southern Cross', 'unit']] },
  }],
  ['"conferred the Order of May for Military Merit on X", "visited the Escuela Superior de Guerra": a month in an award\'s name is part of it; Spanish and Portuguese school and building words open place names', {
    given: 'The minister conferred the Order of May for Naval Merit on Admiral Jorge Paz, who later visited the Escuela Naval Militar in Rio Santiago.',
    want: { has: [['Jorge Paz', 'RECEIVED_AWARD', 'Order of May for Naval Merit']], entities: [['Escuela Naval Militar', 'place']] },
  }],
  ['"Sayyid Nasr bin Hilal Al Said, Deputy Prime Minister, received X": name particles ("bin", "Al") do not count toward the longest name', {
    given: 'Sayyid Badr bin Hamad bin Hamood Albusaidi, Minister of Foreign Affairs, received the envoy on Monday.',
    want: { entities: [['Sayyid Badr bin Hamad bin Hamood Albusaidi', 'person']] },
  }],
  ['"French Ambassador to the Sultanate Hélène Marchetti": "the Sultanate" alone names a state; the name after it is a person of its own', {
    given: 'The meeting was attended by the British Ambassador to the Kingdom Edward Collins.',
    want: { entities: [['Edward Collins', 'person']], absent: ['Kingdom Edward Collins'] },
  }],
  ['"the Chief of the Defence Staff of the United Kingdom, Admiral X": a chief of defence staff serves his state (he leads its forces, not the state)', {
    given: 'The minister received the Chief of the Defence Staff of the French Republic, General Luc Marchand, on Monday.',
    want: { has: [['Luc Marchand', 'OFFICIAL_OF', 'France']], not: [['Luc Marchand', 'LEADER_OF', 'France']] },
  }],
  ['"A met B in Riga, and the two signed a letter of intent on X": a letter of intent is an agreement; a bare "the two" before a verb is the two people just named', {
    given: 'Estonian Defence Minister Kaarel Tamm met Polish Defence Minister Marek Wolski in Tallinn, and the two signed a letter of intent on the joint procurement of artillery ammunition.',
    want: { has: [['Kaarel Tamm', 'SIGNED', 'letter of intent on the joint procurement of artillery ammunition'], ['Marek Wolski', 'SIGNED', 'letter of intent on the joint procurement of artillery ammunition']], entities: [['letter of intent on the joint procurement of artillery ammunition', 'agreement']] },
  }],
  ['"visited Danish soldiers at the Ādaži military base": the place where the troops visited are is visited', {
    given: 'Defence Minister Jan Novak visited Czech soldiers at the Lest training area on Tuesday.',
    want: { has: [['Jan Novak', 'VISITED', 'Lest training area']] },
  }],
  ['"as part of NATO\'s Multinational Brigade Latvia": a named formation followed by the state it serves in is one unit', {
    given: 'Some 400 Slovak soldiers serve with NATO\'s Multinational Brigade Latvia at Adazi.',
    want: { has: [['Multinational Brigade Latvia', 'PART_OF', 'NATO']], entities: [['Multinational Brigade Latvia', 'unit']], absent: ['Multinational Brigade'] },
  }],
  ['"Also present at the talks were A and B": talks someone was present at are a gathering, named before or not', {
    given: 'The two ministers met in Suva on Monday. Also present at the talks were Defence Secretary Ana Tuilagi and the army commander, Colonel Josaia Bale.',
    want: { has: [['Ana Tuilagi', 'ATTENDED', 'talks'], ['Josaia Bale', 'ATTENDED', 'talks']] },
  }],
  ['"the Chief of Defence Force of the Maldives National Defence Force (MNDF), Lieutenant General X": the post is a title, the body after "of" is led', {
    given: 'The meeting was attended by the Chief of Defence Force of the Fiji Military Forces (RFMF), Major General Ro Jone Kalouniwai.',
    want: { has: [['Ro Jone Kalouniwai', 'LEADER_OF', 'Fiji Military Forces']], absent: ['Defence Force of the Fiji Military Forces'] },
  }],
  ['"the Navy\'s Special Forces", "visited the Naval Dockyard in Trincomalee", "Høvelte Barracks": special forces are a unit; a dockyard and barracks are places', {
    given: 'Troops of the Kenya Navy\'s Special Forces trained at the Naval Dockyard in Mombasa and at Lanet Barracks on Monday.',
    want: { entities: [['Special Forces', 'unit'], ['Naval Dockyard', 'place'], ['Lanet Barracks', 'place']], not: [] },
  }],
  ['"signed by Minister A, Comorian Foreign Minister B and France\'s Secretary of State for the Sea, C": a post that is a mention of its own, then a comma and its untitled holder, ends the list', {
    given: 'The Tripartite Agreement on Maritime Security was signed in Antananarivo by Malagasy Minister of Foreign Affairs Hery Rakotobe, Comorian Foreign Minister Said Ahmed Mbaye and France\'s Secretary of State for the Sea, Claire Vautier, at a ceremony.',
    want: { has: [['Hery Rakotobe', 'SIGNED', 'Tripartite Agreement on Maritime Security'], ['Said Ahmed Mbaye', 'SIGNED', 'Tripartite Agreement on Maritime Security'], ['Claire Vautier', 'SIGNED', 'Tripartite Agreement on Maritime Security']] },
  }],
  ['"was signed by Peru\'s defence minister, X, and her Ecuadorian counterpart, Y": the agent list goes on after a possessed post\'s holder', {
    given: 'The agreement on river patrols was signed in Iquitos by Peru\'s defense minister, Carla Huaman Rojas, and her Ecuadorian counterpart, Patricio Andrade Mora, at a meeting.',
    want: { has: [['Carla Huaman Rojas', 'SIGNED', 'agreement on river patrols'], ['Patricio Andrade Mora', 'SIGNED', 'agreement on river patrols']] },
  }],
  ['"The battalion belongs to the X Regiment", "which also comes under the Police Force", "is subordinate to": membership verbs; a "Naval Component" is a body, not a person', {
    given: 'The 192nd Mechanised Battalion arrived. The battalion belongs to the Norrland Regiment. The National Coast Guard, which also comes under the Mauritius Police Force, received two boats. The boats will be operated by the Naval Component\'s Patrol Boat Squadron.',
    want: { has: [['192nd Mechanised Battalion', 'PART_OF', 'Norrland Regiment'], ['National Coast Guard', 'PART_OF', 'Police Force of Mauritius'], ['Patrol Boat Squadron', 'PART_OF', 'Naval Component']], entities: [['Naval Component', 'organization']] },
  }],
  ['"links Komotini in Greece with Stara Zagora in Bulgaria": an unknown short name placed "in" a state is a place in it (not a person)', {
    given: 'The pipeline links Komotini in Greece with Stara Zagora in Bulgaria. The port of Aktau in Kazakhstan will grow.',
    want: { has: [['Komotini', 'LOCATED_IN', 'Greece'], ['Stara Zagora', 'LOCATED_IN', 'Bulgaria'], ['Aktau', 'LOCATED_IN', 'Kazakhstan']], entities: [['Stara Zagora', 'place']] },
  }],
  ['"X decorated the squadron with the Medal at a ceremony", "X conferred the Order on Y at a ceremony": the one who confers attends the ceremony', {
    given: 'On Sunday, Albanian President Bajram Lulaj decorated the squadron with the Medal of Gratitude at a ceremony at the airfield. On Wednesday, President Anna Sefo conferred the Order of Samoa on Inspector Mere Tapu at a ceremony at Vailima.',
    want: { has: [['Bajram Lulaj', 'ATTENDED', 'ceremony'], ['Anna Sefo', 'ATTENDED', 'ceremony']] },
  }],
  ['"The talks were also attended by X": talks someone attends are an event, the talks named before or new ones; "held talks" alone still makes none', {
    given: 'The signing followed talks between the two ministers at the ministry. The talks were also attended by Lieutenant General Marat Zhakenov. Minister Ivan Petrov held talks with Minister Ana Ruiz.',
    want: { has: [['Marat Zhakenov', 'ATTENDED', 'talks'], ['Ana Ruiz', 'MET_WITH', 'Ivan Petrov']], not: [['Ivan Petrov', 'ATTENDED', 'talks']] },
  }],
  ['"Minister X noted that the relations ... are based on friendship, and thanked Y": a coordinated verb after a "that" clause has the sentence\'s subject', {
    given: 'Minister Elnur Qasimli met General Tariq Nadeem. Minister Qasimli noted that the relations between Azerbaijan and Pakistan are based on friendship, and thanked Pakistan for its support.',
    want: { has: [['Elnur Qasimli', 'PRAISED', 'Pakistan']] },
  }],
  ['"decorated X with the Order of Y in the grade of Grand Officer": a grade named after "grade of" is no person', {
    given: 'General Rodrigo Aranda arrived. President Elena Ruiz decorated Aranda with the Order of Military Merit in the grade of Grand Officer.',
    want: { has: [['Rodrigo Aranda', 'RECEIVED_AWARD', 'Order of Military Merit']], absent: ['Grand Officer'] },
  }],
  ['"the Chilean ministers were received by President X" in Lima copy: the demonym describes the visiting officials, the president is the home state\'s', {
    given: 'LIMA, June 10. /Andina/. Peru\'s Defence Minister Ernesto Villalta hosted Chilean Defence Minister Andres Fuentes. Later on Friday, the Chilean ministers were received at the Government Palace by President Ximena Loaiza.',
    want: { has: [['Ximena Loaiza', 'LEADER_OF', 'Peru']], not: [['Ximena Loaiza', 'LEADER_OF', 'Chile']] },
  }],
  ['"attended by Air Vice Marshal A of the Namibian Defence Force (NDF) and General B of the Angolan Armed Forces": the body a person is "of" closes the item, and the list goes on', {
    given: 'The summit opened in Luanda. The session was also attended by the chiefs of the two defence forces, Air Vice Marshal Peter Hango of the Namibian Defence Force (NDF) and General Domingos Kalumba of the Angolan Armed Forces (FAA).',
    want: { has: [['Peter Hango', 'ATTENDED', 'summit'], ['Domingos Kalumba', 'ATTENDED', 'summit']] },
  }],
  ['"to co-chair the 24th session of the Joint Commission with Minister Y": a numbered session is an event, co-chairing is attending it, and the partner named after it co-chairs too; "three sessions" is no event', {
    given: 'Minister Joao Mendes arrived on Monday. Mendes was in Namibia to co-chair the 24th session of the Joint Permanent Commission on Defence and Security (JPCDS) with Namibian Defence Minister Frans Hango. The commission held three sessions last year.',
    want: { has: [['Joao Mendes', 'ATTENDED', '24th session of the Joint Permanent Commission on Defence and Security'], ['Frans Hango', 'ATTENDED', '24th session of the Joint Permanent Commission on Defence and Security']], absent: ['three sessions'] },
  }],
  ['"X was earlier conferred with the Order of the Sun, Second Class, by Y", "X was decorated by President Y with Z": the agent after "by" confers and receives nothing; an adverb may stand in the passive', {
    given: 'President Anna Kaluwa met Joao Mendes. Mendes was earlier conferred with the Most Brilliant Order of the Sun, Second Class, by Kaluwa. Colonel Ivan Orlov was decorated by President Kaluwa with the Order of Merit.',
    want: { has: [['Joao Mendes', 'RECEIVED_AWARD', 'Most Brilliant Order of the Sun'], ['Ivan Orlov', 'RECEIVED_AWARD', 'Order of Merit']], not: [['Anna Kaluwa', 'RECEIVED_AWARD', 'Most Brilliant Order of the Sun'], ['Anna Kaluwa', 'RECEIVED_AWARD', 'Order of Merit']] },
  }],
  ['"visited the Azerbaijan Higher Military School in Baku", "the Indian Military Academy in Dehradun": a military school or academy is a place one visits, not a person or a body', {
    given: 'General Tariq Nadeem visited the Indian Military Academy in Dehradun. He later visited the Azerbaijan Higher Military School in Baku.',
    want: { has: [['Tariq Nadeem', 'VISITED', 'Indian Military Academy'], ['Tariq Nadeem', 'VISITED', 'Azerbaijan Higher Military School']], entities: [['Indian Military Academy', 'place'], ['Azerbaijan Higher Military School', 'place']], absent: ['Higher Military School'] },
  }],
  ['"the sides signed a memorandum ... between the Ministry of Defense of A and the B Army" (no number): the sides are the parties; an "Alley of X" is a place', {
    given: 'Azerbaijan and Pakistan are close partners. Minister Elnur Qasimli met with General Tariq Nadeem on July 5. Following the meeting, the sides signed a Memorandum of Understanding on military education between the Ministry of Defense of Azerbaijan and the Pakistan Army. Later, General Nadeem visited the Alley of Martyrs in Baku.',
    want: { has: [['Ministry of Defense of Azerbaijan', 'SIGNED', 'Memorandum of Understanding'], ['Army of Pakistan', 'SIGNED', 'Memorandum of Understanding'], ['Tariq Nadeem', 'VISITED', 'Alley of Martyrs']], entities: [['Alley of Martyrs', 'place']] },
  }],
  ['"the British Army Training Unit Kenya (BATUK)": a name may end in the state it serves in when its acronym spells it all; "the Democratic Republic of Congo (DRC)" stays the state', {
    given: 'Minister Amina Otieno thanked the British Army Training Unit Kenya (BATUK) for its support. The Presidents of the Democratic Republic of Congo (DRC) and Rwanda met in Luanda.',
    want: { has: [['Amina Otieno', 'PRAISED', 'British Army Training Unit Kenya']], entities: [['British Army Training Unit Kenya', 'unit'], ['DR Congo', 'state']], not: [['Amina Otieno', 'PRAISED', 'Kenya']] },
  }],
  ['"the Chief of the Defence Forces, General X" ... "The Kenya Defence Forces (KDF)": a body named without its owner is the one body of that name a state owns in the document', {
    given: 'NAIROBI, July 11. /KBC/. The talks were attended by the Chief of the Defence Forces, General Peter Omondi. The Kenya Defence Forces (KDF) have trained with the British Army since 1963.',
    want: { has: [['Peter Omondi', 'LEADER_OF', 'Defence Forces of Kenya']] },
  }],
  ['a body named without its owner stays itself when two states own a body of that name', {
    given: 'The Chief of the Defence Forces, General Peter Omondi, met officers of the Kenya Defence Forces and the Uganda Defence Forces.',
    want: { entities: [['Defence Forces', 'organization'], ['Defence Forces of Kenya', 'organization'], ['Defence Forces of Uganda', 'organization']] },
  }],
  ['"the Commander\'s Cross of the Order for Merits to Lithuania": an award "for" something goes on "to" a state, wherever the order word stands', {
    given: 'President Jonas Vaitkus presented the Order for Merits to Lithuania to Colonel Rutger Bakker. He presented the Commander\'s Cross of the Order for Merits to Lithuania to Colonel Jan Smit. He presented the Medal for Valour to Colonel Ivan Petrov.',
    want: { has: [['Rutger Bakker', 'RECEIVED_AWARD', 'Order for Merits to Lithuania'], ['Ivan Petrov', 'RECEIVED_AWARD', 'Medal for Valour']], entities: [['Order for Merits to Lithuania', 'award']], absent: ["Commander's Cross of the Order", 'Order for Merits'] },
  }],
  ['"The regiment, whose engineers began arriving a fortnight ago, is commanded by X": a "whose" clause between the subject and the cue is skipped', {
    given: 'About 120 soldiers of the 9th Engineer Support Regiment have been deployed to Lae. The regiment, whose engineers began arriving in Lae a fortnight ago, is commanded by Lieutenant Colonel Ruth Pallin.',
    want: { has: [['9th Engineer Support Regiment', 'COMMANDED_BY', 'Ruth Pallin']] },
  }],
  ['"the Drivers\' Union, whose secretary-general, X, accused Y": the name apposed to the possessed noun is the subject, not the union', {
    given: 'The strike was called by the Kivu Truckers Union, whose secretary-general, Paul Mbeki Lunda, accused Rwanda of harassment.',
    want: { has: [['Paul Mbeki Lunda', 'CRITICIZED', 'Rwanda']], not: [['Kivu Truckers Union', 'CRITICIZED', 'Rwanda']] },
  }],
  ['"laid a wreath at the Tomb of the Unknown Soldier", "laid wreaths at the Monument to the Fallen": the memorial is visited and named whole', {
    given: 'Minister Aidos Temir laid a wreath at the Tomb of the Unknown Soldier in Minsk. The ministers laid wreaths at the Monument to the Fallen. General Ilyas Orman laid wreaths at the Memorial to the Defenders.',
    want: { has: [['Aidos Temir', 'VISITED', 'Tomb of the Unknown Soldier'], ['Ilyas Orman', 'VISITED', 'Memorial to the Defenders']], entities: [['Tomb of the Unknown Soldier', 'place'], ['Monument to the Fallen', 'place']], absent: ['Unknown Soldier'] },
  }],
  ['"China\'s embassy in Port Moresby criticised the treaty": a state\'s embassy in lower case is a body of the state, also named with its host city', {
    given: 'Laos and Thailand signed the Mekong Patrol Treaty in May. Vietnam\'s embassy in Vientiane criticised the Mekong Patrol Treaty. The Cambodian embassy in Bangkok welcomed it.',
    want: { has: [['Embassy of Vietnam', 'CRITICIZED', 'Mekong Patrol Treaty'], ['Embassy of Vietnam', 'PART_OF', 'Vietnam']], not: [['Vietnam', 'CRITICIZED', 'Mekong Patrol Treaty']] },
  }],
  ['"trains RBA and Royal Body Guard officers": an acronym alone before "and" is a name of its own, not the start of "RBA and Royal Body Guard"', {
    given: 'The Royal Bhutan Army (RBA) hosted the team. IMTRAT trains RBA and Royal Body Guard officers.',
    want: { entities: [['Royal Body Guard', 'organization']], absent: ['RBA and Royal Body Guard'] },
  }],
  ['"the Commandant of the Indian Military Training Team (IMTRAT), Major General X": a named team is a unit, and a post\'s complement may end in a unit word', {
    given: 'Also present at the talks were the Commandant of the Indian Military Training Team (IMTRAT), Major General Anil Kumar Bhatt, and the Indian Ambassador to Bhutan, Meera Raghavan.',
    want: { has: [['Anil Kumar Bhatt', 'LEADER_OF', 'Indian Military Training Team']], entities: [['Indian Military Training Team', 'unit']], absent: ['Military Training Team'] },
  }],
  ['"the Mexican Army Distinguished Service Medal": a service\'s own award keeps its demonym; "the Russian Order of Friendship" does not', {
    given: 'General Lopez decorated Colonel Edgar Tzul with the Mexican Army Distinguished Service Medal. He also gave Colonel Ivan Orlov the Russian Order of Friendship.',
    want: { has: [['Edgar Tzul', 'RECEIVED_AWARD', 'Mexican Army Distinguished Service Medal']], entities: [['Mexican Army Distinguished Service Medal', 'award'], ['Order of Friendship', 'award']] },
  }],
  ['"The two ministers then held a working meeting, where they signed X": "they" is the group just named; a "Secretary of National Defense" is one of "the two ministers" (a "Secretary of the Security Council" is not)', {
    given: 'Mexico\'s Secretary of National Defense, General Rodrigo Salgado Ibarra, and Guatemalan Minister of National Defense Héctor Aníbal Cifuentes on Thursday inaugurated a center in Ciudad Hidalgo. The two ministers then held a working meeting in Tapachula, where they signed a memorandum of understanding on border security.',
    want: { has: [['Rodrigo Salgado Ibarra', 'SIGNED', 'memorandum of understanding'], ['Héctor Aníbal Cifuentes', 'SIGNED', 'memorandum of understanding'], ['Héctor Aníbal Cifuentes', 'MET_WITH', 'Rodrigo Salgado Ibarra']] },
  }],
  ['"they" with no group of people named before it in the sentence stays unresolved', {
    given: 'Foreign Minister Ana Reyes met Ambassador Tomas Vidal on Monday. Officials said they signed a memorandum on trade in May.',
    want: { has: [['Tomas Vidal', 'MET_WITH', 'Ana Reyes']], not: [['Tomas Vidal', 'SIGNED', 'memorandum on trade'], ['Ana Reyes', 'SIGNED', 'memorandum on trade']] },
  }],
  ['"Talks between the WPK delegation headed by A and the FSLN delegation headed by B took place at V": a body may name each delegation', {
    given: 'MANAGUA, March 9. /KCNA/. Talks between the WPK delegation headed by Han Kwang Sok and the FSLN delegation headed by Rosa Elena Mairena took place at the Olof Palme Convention Centre on March 8.',
    want: { has: [['Han Kwang Sok', 'ATTENDED', 'Talks'], ['Rosa Elena Mairena', 'ATTENDED', 'Talks'], ['Han Kwang Sok', 'MET_WITH', 'Rosa Elena Mairena'], ['Talks', 'LOCATED_IN', 'Olof Palme Convention Centre']] },
  }],
  ['"the heads of state signed the Treaty" (no number, lower case) and "Admirals A and B also signed a protocol": the leaders sign; a plural rank is no part of the first name', {
    given: 'President Ali Hassan met President Omar Saleh on Monday. Following the negotiations, the heads of state signed the Treaty on Strategic Partnership. Admiral Karim Nadir met Admiral Tomas Reyes. Admirals Nadir and Reyes also signed a protocol on fishing.',
    want: { has: [['Ali Hassan', 'SIGNED', 'Treaty on Strategic Partnership'], ['Omar Saleh', 'SIGNED', 'Treaty on Strategic Partnership'], ['Karim Nadir', 'SIGNED', 'protocol on fishing'], ['Tomas Reyes', 'SIGNED', 'protocol on fishing']], absent: ['Admirals Nadir'] },
  }],
  ['"an official visit to the Kingdom" in copy datelined in a kingdom\'s capital: the Kingdom is that state', {
    given: 'RABAT, May 11. /MAP/. General Tariq Khattak, who is on an official visit to the Kingdom, met the minister.',
    want: { has: [['Tariq Khattak', 'VISITED', 'Morocco']], absent: ['Kingdom'] },
  }],
  ['"The Indian task group was led by X", "Its Gambian counterpart is led by Y", "Z, commander of the Greek contingent", "W, the head of Australia\'s Defence Cooperation Program": none of them leads a state', {
    given: 'The Indian task group was led by Rear Admiral Vikram Menon. Its Gambian counterpart is led by Major Lamin Sanneh. He decorated Lieutenant Colonel Dimitrios Kouris, commander of the Greek contingent. He also decorated Lieutenant Colonel Mark Hollis, the outgoing head of Australia\'s Defence Cooperation Program in Dili. Ivan Petrov, commander of the Greek Navy, spoke.',
    want: { has: [['Ivan Petrov', 'LEADER_OF', 'Greek Navy']], not: [['Vikram Menon', 'LEADER_OF', 'India'], ['Lamin Sanneh', 'LEADER_OF', 'Gambia'], ['Dimitrios Kouris', 'LEADER_OF', 'Greece'], ['Mark Hollis', 'LEADER_OF', 'Australia']] },
  }],
  ['"the European Peace Facility, a fund set up by the EU Council in 2021": a facility an apposition calls a fund is a body, formed by the agent (and the agent formed by no one); "a new status of forces agreement was signed by A and B"', {
    given: 'The European Union has provided 40 million euros through the African Peace Facility, a fund set up by the EU Council in 2004. A new status of forces agreement was signed in Gaborone in October 2027 by Defence Minister Thato Kgosi and his Zambian counterpart, Defence Minister Mwila Banda.',
    want: { has: [['African Peace Facility', 'FORMED_BY', 'EU Council'], ['Thato Kgosi', 'SIGNED', 'status of forces agreement'], ['Mwila Banda', 'SIGNED', 'status of forces agreement']], entities: [['African Peace Facility', 'organization']], not: [['EU Council', 'FORMED_BY', 'European Union']] },
  }],
  ['"the joint exercise Northern Lynx 2028 in Troms and in Finnish Lapland": the code name with its year labels the exercise, both places hold it, and a name after a demonym after "in" is a place of that state (not "to Argentine Navy Captain X"); "Engineering Company 7" is a unit; "set up by the two countries" names no one else as founder', {
    given: 'OSLO, June 19. /NTB/. Around 2,800 soldiers from Norway and Sweden began the joint exercise Northern Lynx 2028 in Troms and in Swedish Lapland on Sunday. The RCAF\'s Engineering Company 7 returned. The Cambodia-Thailand General Border Committee (GBC), which was set up by the two countries in 1995, will meet, Colonel Chea Sokha added. The minister awarded the order to Argentine Navy Captain Martín Ibarra.',
    want: { has: [['Northern Lynx 2028', 'LOCATED_IN', 'Troms'], ['Northern Lynx 2028', 'LOCATED_IN', 'Lapland'], ['Lapland', 'LOCATED_IN', 'Sweden'], ['Engineering Company 7', 'PART_OF', 'RCAF']], entities: [['Northern Lynx 2028', 'event'], ['Engineering Company 7', 'unit'], ['Cambodia-Thailand General Border Committee', 'organization']], not: [['Cambodia-Thailand General Border Committee', 'FORMED_BY', 'Chea Sokha']], absent: ['Navy'] },
  }],
  ['"The Chairman of the X and Commander-in-Chief of the Y, General Z": both posts are Z\'s; "Minister of Defence and Military Production, General A"; "Director of the General Intelligence Service Lieutenant General B" in an attendance list', {
    given: 'KHARTOUM, June 8. /SUNA/. The Chairman of the Transitional Sovereignty Council and Commander-in-Chief of the Sudanese Armed Forces, General Idris Babiker Nour, received on Wednesday the Egyptian Minister of Defence and Military Production, General Sherif Adel Kamel. The meeting was attended by Minister of Defence Lieutenant General Hassan Omer, Director of the General Intelligence Service Lieutenant General Kamal Eddin Yousif and the Egyptian ambassador to Sudan, Nabil Fathy.',
    want: { has: [['Idris Babiker Nour', 'LEADER_OF', 'Transitional Sovereignty Council'], ['Idris Babiker Nour', 'LEADER_OF', 'Sudanese Armed Forces'], ['Idris Babiker Nour', 'MET_WITH', 'Sherif Adel Kamel'], ['Sherif Adel Kamel', 'OFFICIAL_OF', 'Egypt'], ['Kamal Eddin Yousif', 'LEADER_OF', 'General Intelligence Service'], ['Kamal Eddin Yousif', 'ATTENDED', 'meeting'], ['Nabil Fathy', 'ATTENDED', 'meeting']], absent: ['Production'] },
  }],
  ['"paratroopers of the X Armed Forces\' 9th Division and of the Y Army\'s Sa\'ka Forces took part in the Nile Eagles 4 joint exercise": both take part; a numbered exercise name; an army\'s possessed forces are a unit; "from A and B and of C\'s base, which is stationed in D" deploys neither A nor B', {
    given: 'Last November, paratroopers of the Sudanese Armed Forces\' 9th Airborne Division and of the Egyptian Army\'s Sa\'ka Forces took part in the Nile Eagles 4 joint exercise. Taking part are about 900 servicemen from Kazakhstan and Tajikistan and of Russia\'s 201st Military Base, which is stationed in Dushanbe.',
    want: { has: [['9th Airborne Division', 'ATTENDED', 'Nile Eagles 4 joint exercise'], ["Sa'ka Forces", 'ATTENDED', 'Nile Eagles 4 joint exercise'], ["Sa'ka Forces", 'PART_OF', 'Egyptian Army']], entities: [["Sa'ka Forces", 'unit'], ['Nile Eagles 4 joint exercise', 'event']], not: [['Kazakhstan', 'DEPLOYED_TO', 'Dushanbe'], ['Tajikistan', 'DEPLOYED_TO', 'Dushanbe']] },
  }],
  ['"the Central Committee of the LPRP" and "the LPRP Central Committee" are one body; "the Central Committee of the CPV" is another', {
    given: 'The Central Committee of the Lao People\'s Revolutionary Party (LPRP) met. The Central Committee of the Communist Party of Vietnam (CPV) also met. The LPRP Central Committee praised the CPV Central Committee. The Central Committee of the WPK met, and the WPK Central Committee agreed.',
    want: { has: [['LPRP Central Committee', 'PRAISED', 'Central Committee of the Communist Party of Vietnam']], not: [['Central Committee of the Lao People\'s Revolutionary Party', 'PRAISED', 'Central Committee of the Lao People\'s Revolutionary Party']] },
  }],
  ['"The meeting, held at the ministry\'s headquarters, was attended by A": a meeting that nothing named before is an event when the sentence tells who attended it; "Chairman of the Joint Chiefs of Staff of X", "Chief Operations Officer of X" head X', {
    given: 'AMMAN, June 6. /Petra/. Minister of Defence Major General Faisal Qudah received on Monday the Chairman of the Joint Chiefs of Staff of the Lebanese Armed Forces, General Georges Karam. The meeting, held at the ministry\'s headquarters, was attended by Brigadier Omar Saleh. He later met the Chief Operations Officer of the Royal Thai Army, Lieutenant General Somsak Chai.',
    want: { has: [['Georges Karam', 'LEADER_OF', 'Lebanese Armed Forces'], ['Georges Karam', 'MET_WITH', 'Faisal Qudah'], ['Omar Saleh', 'ATTENDED', 'meeting'], ['Somsak Chai', 'LEADER_OF', 'Royal Thai Army']], entities: [['meeting', 'event']], absent: ['Joint Chiefs'] },
  }],
  ['"The meeting was held in private" names no attended gathering, so no event of its own', {
    given: 'Defence Minister Faisal Qudah met General Georges Karam on Monday. The meeting lasted two hours.',
    want: { has: [['Georges Karam', 'MET_WITH', 'Faisal Qudah']], absent: ['meeting'] },
  }],
  ['"A, General Secretary of the Workers\' Party of Korea and President of the State Affairs of the DPRK", "B, Chairman of the Security Council and President of Belarus", "C, member of the Political Bureau and secretary of the CPV Central Committee", "D, member of the Central Committee of the PRPB and head of its Foreign Affairs Commission": a second post coordinated in one apposition is the same person\'s; "of Korea" ends a party\'s name; "Lao PDR" is Laos', {
    given: 'The respected Comrade Ri Chol Man, General Secretary of the Workers\' Party of Korea and President of the State Affairs of the Democratic People\'s Republic of Korea, received Ivan Sidorenko, Chairman of the Security Council and President of Belarus. Present there was Nguyen Van Thanh, member of the Political Bureau and secretary of the CPV Central Committee. The guests were met by Soulivong Keola, member of the Central Committee of the PRPB and head of its Foreign Affairs Commission, and by Ambassador of the Lao PDR to Belarus Bounthanh Sisouk.',
    want: { has: [['Ri Chol Man', 'LEADER_OF', "Workers' Party of Korea"], ['Ri Chol Man', 'LEADER_OF', 'North Korea'], ['Ivan Sidorenko', 'LEADER_OF', 'Security Council'], ['Ivan Sidorenko', 'LEADER_OF', 'Belarus'], ['Nguyen Van Thanh', 'OFFICIAL_OF', 'CPV Central Committee'], ['Soulivong Keola', 'LEADER_OF', 'Foreign Affairs Commission'], ['Bounthanh Sisouk', 'OFFICIAL_OF', 'Laos']], entities: [["Workers' Party of Korea", 'organization']], absent: ["Workers's Party", 'PDR'] },
  }],
  ['"a delegation of the X led by A" then "The delegation arrived in Y", "the delegation\'s visit to Z", "Talks between the delegation of the W headed by B and the delegation of the X took place": the delegation is its leader; talks between two delegations are attended by both leaders, who meet', {
    given: 'HAVANA, May 15. /Prensa Latina/. President Miguel Soto received the delegation of the Communist Party of Vietnam led by Tran Quoc Binh on 14 May. Soto welcomed the delegation\'s visit to Cuba. The delegation arrived in Havana by air on Friday. Talks between the delegation of the Communist Party of Cuba headed by Rosa Delgado and the delegation of the Communist Party of Vietnam took place at the Palace of the Revolution on Saturday. The delegation visited the Jose Marti Memorial.',
    want: { has: [['Tran Quoc Binh', 'MET_WITH', 'Miguel Soto'], ['Tran Quoc Binh', 'VISITED', 'Cuba'], ['Tran Quoc Binh', 'VISITED', 'Havana'], ['Tran Quoc Binh', 'ATTENDED', 'Talks'], ['Rosa Delgado', 'ATTENDED', 'Talks'], ['Rosa Delgado', 'MET_WITH', 'Tran Quoc Binh'], ['Talks', 'LOCATED_IN', 'Palace of the Revolution'], ['Tran Quoc Binh', 'VISITED', 'Jose Marti Memorial']], not: [['Miguel Soto', 'VISITED', 'Cuba'], ['Rosa Delgado', 'VISITED', 'Jose Marti Memorial']] },
  }],
  ['"the 5th Separate Guards Tank Brigade of the Eastern Military District", "the 1st Battalion of the Royal Malay Regiment": a unit named with the body or larger unit it belongs to is PART_OF it; a military district is a body', {
    given: 'Servicemen of the 5th Separate Guards Tank Brigade of the Eastern Military District took part. A guard of honour was mounted by the 1st Battalion of the Royal Malay Regiment.',
    want: { has: [['5th Separate Guards Tank Brigade', 'PART_OF', 'Eastern Military District'], ['1st Battalion of the Royal Malay Regiment', 'PART_OF', 'Royal Malay Regiment']], entities: [['Eastern Military District', 'organization'], ['Royal Malay Regiment', 'unit']] },
  }],
  ['"The two naval chiefs signed X", "The two Heads of State had signed, in Conakry ..., the Agreement": counted groups with modifiers or "heads of state" sign; "The heads of government thanked X" names no two people', {
    given: 'President Amadou Diarra of Mali met President Sekouba Conde of Guinea. The two Heads of State had signed, in Conakry on 14 January 2026, the Agreement on Defence and Security Cooperation. Vice Admiral Chaminda Wickramasinghe called on Admiral Mohammad Haque. The two naval chiefs signed a memorandum of understanding. The heads of government thanked Jamaica.',
    want: { has: [['Amadou Diarra', 'SIGNED', 'Agreement on Defence and Security Cooperation'], ['Sekouba Conde', 'SIGNED', 'Agreement on Defence and Security Cooperation'], ['Chaminda Wickramasinghe', 'SIGNED', 'memorandum of understanding'], ['Mohammad Haque', 'SIGNED', 'memorandum of understanding']], not: [['Mohammad Haque', 'PRAISED', 'Jamaica'], ['Chaminda Wickramasinghe', 'PRAISED', 'Jamaica']] },
  }],
  ['"the foreign ministers of the two countries" after "the Presidents of the Democratic Republic of Congo (DRC) and Rwanda": a list read past its bracketed short name', {
    given: 'The Presidents of the Democratic Republic of Congo (DRC) and Rwanda, Jean-Pierre Mulumba Kasongo and Emmanuel Habimana, met at a summit convened by the Angolan Head of State, João Baptista Manuel. The summit ended with the signing of the Luanda Agreement by the foreign ministers of the two countries, Thérèse Kalonji Mbuyi and Olivier Nsengimana.',
    want: { has: [['Thérèse Kalonji Mbuyi', 'OFFICIAL_OF', 'DR Congo'], ['Olivier Nsengimana', 'OFFICIAL_OF', 'Rwanda'], ['Rwanda', 'SIGNED', 'Luanda Agreement']], not: [['Angola', 'SIGNED', 'Luanda Agreement']] },
  }],
  ['"witnessed by A and the Chief of the Defence Force of the F-FDTL (F-FDTL), Major General B", "attended by X, and the Ghanaian battalion commander, Lieutenant Colonel Y": a list goes on past a post of any shape to its holder', {
    given: 'The ceremony was witnessed by Prime Minister Mariano Lobato Ximenes and the Chief of the Defence Force of the Falintil-Forças de Defesa de Timor-Leste (F-FDTL), Major General Aleixo Mau-Kiak Guterres. Units took over three positions at a ceremony held in Naqoura and attended by the commander of the brigade, Brigadier General Ali Haidar, and the Ghanaian battalion commander, Lieutenant Colonel Kwame Asante.',
    want: { has: [['Mariano Lobato Ximenes', 'ATTENDED', 'ceremony'], ['Aleixo Mau-Kiak Guterres', 'ATTENDED', 'ceremony'], ['Kwame Asante', 'ATTENDED', 'ceremony']] },
  }],
  ['"The exercise is directed by the commander of the 36th Army, Lieutenant General A, and B": the directors take part; the body of A\'s post does not', {
    given: 'The exercise Selenga-2028 began on Monday. The exercise is directed by the commander of the 36th Army, Lieutenant General Alexander Pechersky, and Mongolian Brigadier General Batbayar Ganzorig.',
    want: { has: [['Alexander Pechersky', 'ATTENDED', 'Selenga-2028'], ['Batbayar Ganzorig', 'ATTENDED', 'Selenga-2028'], ['Alexander Pechersky', 'LEADER_OF', '36th Army']], not: [['36th Army', 'ATTENDED', 'Selenga-2028']] },
  }],
  ['"The Presidents of the DRC and Rwanda, A and B", "the signing of the X Agreement by the foreign ministers of the two countries, C and D": plural posts pair with the listed states in order; a later bare "President A" keeps A\'s state', {
    given: 'LUANDA, May 18. /ANGOP/. The Presidents of the Democratic Republic of Congo (DRC) and Rwanda, Jean-Pierre Mulumba Kasongo and Emmanuel Habimana, met in Luanda. The summit ended with the signing of the Luanda Agreement on the Cessation of Hostilities by the foreign ministers of the two countries, Thérèse Kalonji Mbuyi and Olivier Nsengimana. President Mulumba Kasongo held talks with President João Baptista Manuel, after which the Angolan Minister of Transport, Ricardo Gaspar Neto, signed a memorandum.',
    want: { has: [['Jean-Pierre Mulumba Kasongo', 'LEADER_OF', 'DR Congo'], ['Emmanuel Habimana', 'LEADER_OF', 'Rwanda'], ['Thérèse Kalonji Mbuyi', 'OFFICIAL_OF', 'DR Congo'], ['Olivier Nsengimana', 'OFFICIAL_OF', 'Rwanda'], ['Olivier Nsengimana', 'SIGNED', 'Luanda Agreement on the Cessation of Hostilities'], ['Jean-Pierre Mulumba Kasongo', 'MET_WITH', 'João Baptista Manuel']], not: [['Jean-Pierre Mulumba Kasongo', 'LEADER_OF', 'Angola'], ['Jean-Pierre Mulumba Kasongo', 'MET_WITH', 'Ricardo Gaspar Neto']], absent: ['signing of the Luanda Agreement on the Cessation of Hostilities'] },
  }],
  ['"INS Kolkata arrived in Muscat", "Sri Lanka Navy Ship (SLNS) Vijayabahu arrived at X": a warship prefix names a ship (spelled out too); "the HMAS Cairns naval base" is a place', {
    given: 'INS Kolkata arrived in Muscat on Monday. Sri Lanka Navy Ship (SLNS) Vijayabahu arrived at Chattogram port on Sunday. The offshore patrol vessel of the Sri Lanka Navy, commanded by Captain Ruwan Dissanayake, was received at the jetty. The crews trained at the HMAS Cairns naval base.',
    want: { has: [['INS Kolkata', 'DEPLOYED_TO', 'Muscat'], ['SLNS Vijayabahu', 'DEPLOYED_TO', 'Chattogram port'], ['SLNS Vijayabahu', 'PART_OF', 'Sri Lanka Navy'], ['SLNS Vijayabahu', 'COMMANDED_BY', 'Ruwan Dissanayake']], entities: [['INS Kolkata', 'unit'], ['SLNS Vijayabahu', 'unit'], ['HMAS Cairns naval base', 'place']], not: [['Ruwan Dissanayake', 'LEADER_OF', 'Sri Lanka Navy']] },
  }],
  ['"Chief of Naval Staff Admiral X" heads the navy of the dateline state; "Pakistani Chief of the Naval Staff Y" heads Pakistan\'s', {
    given: 'DHAKA, April 18. /BSS/. The Bangladesh Navy said Chief of Naval Staff Admiral Mohammad Ashraful Haque met Pakistani Chief of the Naval Staff Admiral Tariq Niazi.',
    want: { has: [['Mohammad Ashraful Haque', 'LEADER_OF', 'Bangladesh Navy'], ['Tariq Niazi', 'LEADER_OF', 'Navy of Pakistan']], not: [['Tariq Niazi', 'LEADER_OF', 'Bangladesh Navy']], absent: ['Naval Staff of Pakistan'] },
  }],
  ['"presented the Order For Service to the Motherland, third class, to X, while Y was awarded the medal For Strengthening Military Cooperation": capitalised "For" names go on', {
    given: 'Laptev presented the Order For Service to the Motherland, third class, to Viktor Zhuk, while Oleg Sorokin was awarded the medal For Strengthening Military Cooperation.',
    want: { has: [['Viktor Zhuk', 'RECEIVED_AWARD', 'Order For Service to the Motherland'], ['Oleg Sorokin', 'RECEIVED_AWARD', 'Medal For Strengthening Military Cooperation']], absent: ['Motherland'] },
  }],
  ['"The ceremony took place at the Central House of Officers in Minsk": a house of officers is a venue, and the event is in the venue (not past its first word)', {
    given: 'The ceremony took place at the Central House of Officers in Minsk. The House of Representatives criticised it.',
    want: { has: [['ceremony', 'LOCATED_IN', 'Central House of Officers'], ['Central House of Officers', 'LOCATED_IN', 'Minsk']], entities: [['Central House of Officers', 'place'], ['House of Representatives', 'organization']], not: [['ceremony', 'LOCATED_IN', 'Minsk']] },
  }],
  ['"directed by the commander of the Regional Group of Forces (RGF), Belarusian Lieutenant General X": a group of forces is a unit; a demonym may stand before the rank', {
    given: 'The exercise was directed by the commander of the Regional Group of Forces (RGF), Belarusian Lieutenant General Viktor Zhuk.',
    want: { has: [['Viktor Zhuk', 'LEADER_OF', 'Regional Group of Forces']], entities: [['Regional Group of Forces', 'unit']] },
  }],
  ['"his Libyan counterpart in the Government of National Unity (GNU), X": the counterpart past the body he serves; both sign', {
    given: 'Minister of the Interior Kamel Ben Slimane and his Libyan counterpart in the Government of National Unity (GNU), Salem Abushagur, on Thursday signed an agreement on border crossings.',
    want: { has: [['Salem Abushagur', 'OFFICIAL_OF', 'Libya'], ['Kamel Ben Slimane', 'SIGNED', 'agreement on border crossings'], ['Salem Abushagur', 'SIGNED', 'agreement on border crossings']], not: [['Kamel Ben Slimane', 'OFFICIAL_OF', 'Libya']] },
  }],
  ['"received by President of the Republic Hédi Ben Amor": "the Republic" is the home state, not part of the name', {
    given: 'TUNIS, May 12. /TAP/. The minister was received by President of the Republic Hédi Ben Amor, who praised Libya. Tunisia agreed.',
    want: { has: [['Hédi Ben Amor', 'LEADER_OF', 'Tunisia'], ['Hédi Ben Amor', 'PRAISED', 'Libya']], absent: ['Republic Hédi Ben Amor'] },
  }],
  ['"visited X on Thursday, accompanied by the ENDF\'s Chief of General Staff, Field Marshal Y": Y visits too', {
    given: 'Ethiopian Defence Minister Hailu Bekele visited Dolow on Thursday, accompanied by the ENDF\'s Chief of General Staff, Field Marshal Getachew Alemu.',
    want: { has: [['Hailu Bekele', 'VISITED', 'Dolow'], ['Getachew Alemu', 'VISITED', 'Dolow']] },
  }],
  ['"the Collective Security Treaty Organization (CSTO) exercise Interaction-2028 began ...; taking part are servicemen from A, B and C": the exercise is named by its code name, the states the troops come from take part', {
    given: 'The Collective Security Treaty Organization (CSTO) exercise Interaction-2028 began on Monday at the Edelweiss training ground. Taking part are about 2,000 servicemen from Kazakhstan, Kyrgyzstan and Tajikistan.',
    want: { has: [['Interaction-2028', 'LOCATED_IN', 'Edelweiss training ground'], ['Kazakhstan', 'ATTENDED', 'Interaction-2028'], ['Tajikistan', 'ATTENDED', 'Interaction-2028']], entities: [['Interaction-2028', 'event']] },
  }],
  ['"the Defence Ministry", "the General Staff" in home copy are the dateline state\'s; after "the Russian Defence Ministry" a bare one is that one; "Turkish Chief of General Staff X" heads Türkiye\'s', {
    given: 'MINSK, April 7. /BelTA/. The Defence Ministry said Chief of the General Staff Pavel Muraveiko met Turkish Chief of General Staff General Kemal Arslan. The Russian Foreign Ministry welcomed the talks, and the Foreign Ministry later thanked Minsk.',
    want: { has: [['Pavel Muraveiko', 'LEADER_OF', 'General Staff of Belarus'], ['Kemal Arslan', 'LEADER_OF', 'General Staff of Türkiye']], entities: [['Ministry of Defence of Belarus', 'organization'], ['Ministry of Foreign Affairs of Russia', 'organization']], not: [['Kemal Arslan', 'LEADER_OF', 'General Staff of Belarus']] },
  }],
  ['"led by their Chief of General Staff, X": the possessor names whose staff it is, not the dateline', {
    given: 'BAMAKO, September 7. /AMAP/. The minister received a delegation of the Guinean Armed Forces led by their Chief of General Staff, General Mamadouba Soumah.',
    want: { not: [['Mamadouba Soumah', 'LEADER_OF', 'General Staff of Mali']] },
  }],
  ['"sent a protest note to Zagreb": a message sent is no deployment; "sent 40 troops to X" is', {
    given: 'Slovenia sent a protest note to Zagreb on Monday. Austria sent 40 troops to Croatia on Tuesday.',
    want: { has: [['Austria', 'DEPLOYED_TO', 'Croatia']], not: [['Slovenia', 'DEPLOYED_TO', 'Zagreb']] },
  }],
  ['"Russia\'s 201st Military Base, which is stationed in Dushanbe": a numbered base is a unit', {
    given: 'Taking part are servicemen of Russia\'s 201st Military Base, which is stationed in Dushanbe.',
    want: { has: [['201st Military Base', 'DEPLOYED_TO', 'Dushanbe']], entities: [['201st Military Base', 'unit']] },
  }],
  ['"handed over 200 tonnes of rice and 1,000 tents to the INGD": what is handed over may take many words before "to"', {
    given: 'On Saturday, the Chinese Embassy in Mozambique handed over 200 tonnes of rice and 1,000 tents to the INGD in Quelimane.',
    want: { has: [['Chinese Embassy', 'ASSISTED', 'INGD']] },
  }],
  ['"the Indian destroyer INS Kolkata and the frigate INS Trikand arrived at X": a ship noun may stand in the coordination; both ships arrive', {
    given: 'On Monday, the Indian destroyer INS Kolkata and the frigate INS Trikand arrived at Port Sultan Qaboos in Muscat.',
    want: { has: [['INS Kolkata', 'DEPLOYED_TO', 'Port Sultan Qaboos'], ['INS Trikand', 'DEPLOYED_TO', 'Port Sultan Qaboos']] },
  }],
  ['"expressed thanks to the Russian Federation for its assistance to Myanmar": the one thanked helped the one after "to"; "thanked X for its support" alone helps nobody named', {
    given: 'The Senior General expressed thanks to the Russian Federation for its assistance to Myanmar after the earthquake. He thanked China for its support.',
    want: { has: [['Russia', 'ASSISTED', 'Myanmar']], not: [['China', 'ASSISTED', 'Myanmar']] },
  }],
  ['"the opposition X criticised the government": the government is the home state\'s in home copy, or the state\'s of a fronted "In CAPITAL,"', {
    given: 'ZAGREB, May 3. /Hina/. Croatia sent planes to Albania. The opposition Social Democrats criticised the Government for the delay. In Tirana, the opposition Democratic Party accused the government of leaving the fire service without vehicles.',
    want: { has: [['Democratic Party', 'CRITICIZED', 'Government of Albania'], ['Social Democrats', 'CRITICIZED', 'Government of Croatia']], not: [['Democratic Party', 'CRITICIZED', 'Government of Croatia']] },
  }],
  ['"signed the Portugal–Angola Framework Programme for Defence Cooperation 2028–2030": what is signed is an agreement, and the years it covers belong to its name', {
    given: 'After the talks, Minister Rui Serodio and his Angolan counterpart, General Manuel Tchipilica Neto, signed the Portugal–Angola Framework Programme for Defence Cooperation 2028–2030, under which Portuguese instructors will train officers.',
    want: { has: [['Rui Serodio', 'SIGNED', 'Portugal–Angola Framework Programme for Defence Cooperation 2028–2030'], ['Angola', 'SIGNED', 'Portugal–Angola Framework Programme for Defence Cooperation 2028–2030']], entities: [['Portugal–Angola Framework Programme for Defence Cooperation 2028–2030', 'agreement']] },
  }],
  ['"witnessed the signing of the Agreement on X by Minister A and Lao Minister B": A and B sign (and B\'s state); the witnesses do not', {
    given: 'Before the ceremony, the two prime ministers witnessed the signing of the Agreement on the Construction of the Seventh Friendship Bridge by Minister of Transport Pichet Thammarak and Lao Minister of Public Works and Transport Viengthong Sayavong.',
    want: { has: [['Pichet Thammarak', 'SIGNED', 'Agreement on the Construction of the Seventh Friendship Bridge'], ['Viengthong Sayavong', 'SIGNED', 'Agreement on the Construction of the Seventh Friendship Bridge'], ['Laos', 'SIGNED', 'Agreement on the Construction of the Seventh Friendship Bridge']] },
  }],
  ['"attended the signing of an agreement on X by Czech Interior Minister A and his Austrian counterpart, B": A and B sign, with their states', {
    given: 'On Thursday, the two presidents attended the signing of an agreement on cross-border rescue services by Czech Interior Minister Lukas Dvorak and his Austrian counterpart, Barbara Reisinger.',
    want: { has: [['Lukas Dvorak', 'SIGNED', 'agreement on cross-border rescue services'], ['Barbara Reisinger', 'SIGNED', 'agreement on cross-border rescue services'], ['Austria', 'SIGNED', 'agreement on cross-border rescue services']] },
  }],
  ['"The Presidents said", "the Constitution", "the Opposition": a lone title, plural role or abstract word is no person; "Kagame said" stays one', {
    given: 'The Presidents said the talks went well. The Constitution bars it. The Opposition objected. Kagame said the talks went well.',
    want: { entities: [['Kagame', 'person']], absent: ['Presidents', 'Constitution', 'Opposition'] },
  }],
  ['capitalised phrases holding a head, an ordinal or an abstract noun ("Border Security Cooperation", "Ninth Plenary Session Vientiane") name no person; an apposition may still type them; "Samantha Power" stays a person', {
    given: 'The two leaders witnessed the signing of a memorandum on Border Security Cooperation Initiatives Kuala. Divers of the Naval Service Diving Section, a unit of the Naval Service, were deployed to Bantry Bay. US envoy Samantha Power met the minister.',
    want: { has: [['Naval Service Diving Section', 'PART_OF', 'Naval Service']], entities: [['Samantha Power', 'person'], ['Naval Service Diving Section', 'unit']], absent: ['Border Security Cooperation Initiatives Kuala'] },
  }],
  ['"Quelimane, the capital of Zambezia", "Pont-Sondé, a town in the Artibonite region", "in Chiang Khan District, Loei Province, on Monday": the apposed area holds the place (never the reverse); a list of provinces is no nesting', {
    given: 'The embassy handed over rice in Quelimane, the capital of Zambezia. Officers clashed with gang members near Pont-Sondé, a town in the Artibonite region. The meeting took place in Chiang Khan District, Loei Province, on Monday. Floods hit Loei Province, Nong Khai Province and Udon Thani Province.',
    want: { has: [['Quelimane', 'LOCATED_IN', 'Zambezia'], ['Pont-Sondé', 'LOCATED_IN', 'Artibonite region'], ['Chiang Khan District', 'LOCATED_IN', 'Loei Province']], not: [['Zambezia', 'LOCATED_IN', 'Quelimane'], ['Loei Province', 'LOCATED_IN', 'Nong Khai Province']] },
  }],
  ['"the Katiba Macina, a unit of the Group for the Support of Islam and Muslims (JNIM)": a name runs to its bracketed acronym; "Atika, the armed wing of the MFDC" is a unit of it; "the French Navy\'s patrol vessel Champlain" is part of the navy', {
    given: 'A patrol clashed with fighters of the Katiba Macina, a unit of the Group for the Support of Islam and Muslims (JNIM), near Kadiana. The 5th Battalion clashed with fighters of Atika, the armed wing of the MFDC, near the border. The French Navy\'s patrol vessel Champlain was deployed to Mayotte in August.',
    want: { has: [['Katiba Macina', 'PART_OF', 'JNIM'], ['Atika', 'PART_OF', 'MFDC'], ['5th Battalion', 'FOUGHT_AGAINST', 'Atika'], ['Champlain', 'PART_OF', 'French Navy']], entities: [['Group for the Support of Islam and Muslims', 'organization'], ['Atika', 'unit']] },
  }],
  ['"the President of the Republic, Mr X," in home copy: X takes the post and leads the dateline\'s state', {
    given: 'PORT LOUIS, September 14. /GIS/. Mauritius and India signed a deal. Yesterday evening, the President of the Republic, Mr Jean-Claude Rivière, received Mr Bhandarkar at the State House in Réduit.',
    want: { has: [['Jean-Claude Rivière', 'LEADER_OF', 'Mauritius'], ['Jean-Claude Rivière', 'MET_WITH', 'Bhandarkar']] },
  }],
  ['"ROVANIEMI, June 9. /Yle/.": a dateline city that is no known capital is home copy of a national agency, so "President X" leads Finland; an international agency (Reuters) gives no home', {
    given: 'ROVANIEMI, June 9. /Yle/. Swedish troops arrived in Finland on Tuesday. Swedish Defence Minister Asa Bergqvist met President Heikki Saarinen in the afternoon.',
    want: { has: [['Heikki Saarinen', 'LEADER_OF', 'Finland']] },
  }],
  ['"LOEI, November 2. /Reuters/.": no home state from an international agency', {
    given: 'LOEI, November 2. /Reuters/. Lao officials arrived in Thailand. Prime Minister Kittisak Srisuksan attended the ceremony.',
    want: { not: [['Kittisak Srisuksan', 'LEADER_OF', 'Thailand']] },
  }],
  ['"Petrovic\'s brigade took part in X ..., together with paratroopers of Belarus\'s 38th Brigade and Russia\'s 106th Division": the brigade its commander leads attends, and so do the companions after "together with"; "together with Brunei\'s Deputy Minister, Y": Y', {
    given: "Colonel Nenad Petrovic is commander of the 72nd Special Operations Brigade. Last September, Petrovic's brigade took part in the Slavic Brotherhood-2027 exercise near Brest, together with paratroopers of Belarus's 38th Separate Guards Air Assault Brigade and Russia's 106th Guards Airborne Division. In the evening, Rosli attended a reception on board the Kaga, together with Brunei's Deputy Minister of Defence, Haji Zulkifli Hamid.",
    want: { has: [['72nd Special Operations Brigade', 'ATTENDED', 'Slavic Brotherhood-2027 exercise'], ['38th Separate Guards Air Assault Brigade', 'ATTENDED', 'Slavic Brotherhood-2027 exercise'], ['106th Guards Airborne Division', 'ATTENDED', 'Slavic Brotherhood-2027 exercise'], ['Zulkifli Hamid', 'ATTENDED', 'reception']], not: [['Nenad Petrovic', 'ATTENDED', 'Slavic Brotherhood-2027 exercise'], ['Belarus', 'ATTENDED', 'Slavic Brotherhood-2027 exercise']] },
  }],
  ['"A ceremony was held at X in Sacheon, 300 km south of Seoul, attended by A and B" (Seoul the dateline city): the event the place phrases follow is attended; "attended by Haiti\'s interim prime minister, X": X attends and leads Haiti', {
    given: 'SEOUL, March 10. /Yonhap/. South Korea handed over the jets. A handover ceremony was held at KAI\'s headquarters in Sacheon, 300 kilometers south of Seoul, attended by Vice Defense Minister Lee Joon-ho and Philippine Undersecretary Ramon Villaluz. A farewell parade was held in Port-au-Prince, attended by Haiti\'s interim prime minister, Jean-Robert Désir.',
    want: { has: [['Lee Joon-ho', 'ATTENDED', 'handover ceremony'], ['Ramon Villaluz', 'ATTENDED', 'handover ceremony'], ['Jean-Robert Désir', 'ATTENDED', 'farewell parade'], ['Jean-Robert Désir', 'LEADER_OF', 'Haiti']], not: [['Haiti', 'ATTENDED', 'farewell parade'], ['Jean-Robert Désir', 'LEADER_OF', 'South Korea']] },
  }],
  ['"the Senegalese battalion" after a Senegalese and a Gambian battalion is the one whose name carries Senegal; it "returned home" to Senegal', {
    given: 'Taking part in the operation are the 5th Infantry Battalion of the Senegalese Army and the 2nd Infantry Battalion of the Gambia Armed Forces. The Senegalese battalion, which is commanded by Lieutenant Colonel Ousmane Diatta, was deployed to Bignona on Monday. The Senegalese battalion returned home last month.',
    want: { has: [['5th Infantry Battalion of the Senegalese Army', 'COMMANDED_BY', 'Ousmane Diatta'], ['5th Infantry Battalion of the Senegalese Army', 'DEPLOYED_TO', 'Bignona'], ['5th Infantry Battalion of the Senegalese Army', 'RETURNED_TO', 'Senegal']], not: [['2nd Infantry Battalion of the Gambia Armed Forces', 'DEPLOYED_TO', 'Bignona']] },
  }],
  ['"ECOWAS Commissioner for Political Affairs, Peace and Security X": a portfolio list with a comma stays in the title; "Senegalese Minister of the Armed Forces X" serves the state, "Chief of Staff of the Armed Forces Y" leads the forces', {
    given: 'ECOWAS Commissioner for Political Affairs, Peace and Security Abdoulaye Sy, who also attended, praised the troops. Senegalese Minister of the Armed Forces General Birame Ndiaye attended. Chief of Staff of the Armed Forces General Mbaye Cisse attended.',
    want: { has: [['Abdoulaye Sy', 'OFFICIAL_OF', 'ECOWAS'], ['Birame Ndiaye', 'OFFICIAL_OF', 'Senegal'], ['Mbaye Cisse', 'LEADER_OF', 'Armed Forces']], not: [['Birame Ndiaye', 'OFFICIAL_OF', 'Armed Forces']], absent: ['Security Abdoulaye Sy', 'Political Affairs'] },
  }],
  ['"X signed a contract with Serbia\'s Yugoimport SDPR", "signed the memorandum with his counterpart Y": the party after "with" signs too; "X and Y met with Z" signs nothing', {
    given: "MZKT signed a contract with Serbia's state-owned Yugoimport SDPR last year. Kuwait signed a contract worth about 1.1 billion dollars with South Korea's Hanwha Aerospace on Sunday. Minister Ali Khan signed a memorandum on fisheries with his counterpart Juan Perez. Ali Khan met with Pedro Gomez.",
    want: { has: [['Yugoimport SDPR', 'SIGNED', 'contract'], ['Hanwha Aerospace', 'SIGNED', 'contract'], ['Juan Perez', 'SIGNED', 'memorandum on fisheries']], not: [['Pedro Gomez', 'SIGNED', 'memorandum on fisheries']], entities: [['Hanwha Aerospace', 'organization']] },
  }],
  ['company words name bodies ("Korea Aerospace Industries", "General Dynamics"); "Lockheed Martin and General Dynamics" are two names, "Minister X and Hanwha Aerospace chief executive Y" keep theirs', {
    given: 'Korea Aerospace Industries delivered jets. Lockheed Martin and General Dynamics bid. Kuwait signed a contract on Sunday. The contract was signed by Defence Minister Sheikh Talal Fahad Al-Sabah and Hanwha Aerospace chief executive Park Jin-soo.',
    want: { has: [['Park Jin-soo', 'SIGNED', 'contract'], ['Talal Fahad Al-Sabah', 'SIGNED', 'contract'], ['Park Jin-soo', 'LEADER_OF', 'Hanwha Aerospace']], entities: [['Korea Aerospace Industries', 'organization'], ['General Dynamics', 'organization']], absent: ['Lockheed Martin and General Dynamics'] },
  }],
  ['"the Agreement on X between Serbia and Belarus, signed in Belgrade in October 2025": with no signer named the parties sign; "between the Government of A and the Government of B" binds the states too; "was not signed" signs nothing', {
    given: "The ministers discussed the Agreement on Military Cooperation between Serbia and Belarus, signed in Belgrade in October 2025. They reviewed the Agreement on Military-Technical Cooperation between the Government of the Russian Federation and the Government of the Lao People's Democratic Republic, signed in Moscow in November 2026. The Agreement on Fisheries between Chad and Niger was not signed.",
    want: { has: [['Serbia', 'SIGNED', 'Agreement on Military Cooperation'], ['Belarus', 'SIGNED', 'Agreement on Military Cooperation'], ['Russia', 'SIGNED', 'Agreement on Military-Technical Cooperation'], ['Laos', 'SIGNED', 'Agreement on Military-Technical Cooperation']], not: [['Chad', 'SIGNED', 'Agreement on Fisheries']] },
  }],
  ['"the Pacific Security and Policing Treaty": an agreement head after "and" keeps the words before it in the name', {
    given: 'Prime Minister Daniel Whitford and Prime Minister Joseph Kaupa signed the Pacific Security and Policing Treaty in Port Moresby on Wednesday.',
    want: { has: [['Joseph Kaupa', 'SIGNED', 'Pacific Security and Policing Treaty']], absent: ['Policing Treaty'] },
  }],
  ['"the Order for Service to the Motherland": an award named "for ..." keeps one "to the ..." complement, never a recipient\'s name after it', {
    given: 'Kharitonovich presented the Order for Service to the Motherland to Colonel Nenad Petrovic. He presented the Medal for Bravery to Major Ivan Petrov.',
    want: { has: [['Nenad Petrovic', 'RECEIVED_AWARD', 'Order for Service to the Motherland'], ['Ivan Petrov', 'RECEIVED_AWARD', 'Medal for Bravery']], absent: ['Motherland'] },
  }],
  ['"Yugoimport SDPR": a name ending in an acronym is a body, not a person; "Charles III" stays a person', {
    given: "MZKT signed a contract with Serbia's state-owned Yugoimport SDPR last year. King Charles III met the delegation.",
    want: { entities: [['Yugoimport SDPR', 'organization'], ['Charles III', 'person']] },
  }],
  ['"arrived at Port Sultan Qaboos in Muscat": a place prefix before a titled name is a place named after the person', {
    given: 'On Monday, the Indian destroyer INS Kolkata arrived at Port Sultan Qaboos in Muscat.',
    want: { has: [['Port Sultan Qaboos', 'LOCATED_IN', 'Muscat']], entities: [['Port Sultan Qaboos', 'place']], absent: ['Qaboos'] },
  }],
  ['"will visit", "will be deployed", "would provide": a plan governed by will / shall / would states no relation', {
    given: 'Russian President Vladimir Putin will visit China next week. The 5th Brigade will also be deployed to Mali. Eissa said Egypt would provide Libya with 40 patrol vehicles. Putin visited India in May.',
    want: { has: [['Vladimir Putin', 'VISITED', 'India']], not: [['Vladimir Putin', 'VISITED', 'China'], ['5th Brigade', 'DEPLOYED_TO', 'Mali'], ['Egypt', 'ASSISTED', 'Libya']] },
  }],
  ['"The pact, known as the RAA, was signed ... by A": the participle phrase is skipped to find the subject, and the name after "known as" is the agreement\'s alias, not a new body; "Operation Y, also known as Z" names a place apart', {
    given: 'The Senate ratified the Reciprocal Access Agreement between Japan and the Philippines. The pact, known as the RAA, was signed in Manila in July 2026 by Foreign Minister Kenji Morita. The RAA takes effect in November. The ministers signed the Agreement on the Trans-Caspian Transport Route, also known as the Middle Corridor.',
    want: { has: [['Kenji Morita', 'SIGNED', 'RAA']], entities: [['Reciprocal Access Agreement between Japan and the Philippines', 'agreement'], ['Middle Corridor', 'place'], ['RAA', 'agreement']] },
  }],
  ['"the Libyan House of Representatives", "the House of Commons" are bodies (a "House of" complement belongs to the name); "State House" stays a place', {
    given: 'In Benghazi, the Libyan House of Representatives criticised the GNU. The House of Commons approved the deal. The ceremony was held at State House in Suva.',
    want: { has: [['Libyan House of Representatives', 'CRITICIZED', 'GNU'], ['ceremony', 'LOCATED_IN', 'State House']], entities: [['House of Commons', 'organization'], ['State House', 'place']], absent: ['Representatives'] },
  }],
  ['"The Agreement on X in the Y Channel, which provides for A and B, was signed ... by Minister C at a ceremony presided over by President D": the agreement is the relative\'s antecedent; C signs, D does not', {
    given: 'The Tripartite Agreement on Maritime Security in the Mozambique Channel, which provides for joint patrols and a shared radar picture, was signed in Antananarivo by Foreign Minister Hery Rabe at a ceremony presided over by President Andry Rajoelina.',
    want: { has: [['Hery Rabe', 'SIGNED', 'Tripartite Agreement on Maritime Security'], ['Andry Rajoelina', 'ATTENDED', 'ceremony']], not: [['Andry Rajoelina', 'SIGNED', 'Tripartite Agreement on Maritime Security']] },
  }],
  ['"the Ugandan army" and "the Uganda People\'s Defence Force (UPDF)" are one body whichever comes first; "the Ghana Army" stays apart from "the Ghana Armed Forces"', {
    given: "The Ugandan army said on Monday it had deployed troops. The soldiers, from the Uganda People's Defence Force (UPDF)'s 4th Division, crossed the border. The Ghana Armed Forces sent troops. The Ghana Army said so.",
    want: { has: [['4th Division', 'PART_OF', "Uganda People's Defence Force"]], entities: [['Ugandan army', 'organization'], ['Ghana Army', 'organization'], ['Ghana Armed Forces', 'organization']] },
  }],
  ['"X returned home on Friday": home is the state X serves; a denied return is none', {
    given: 'Rwandan President Paul Kagame met the troops. Kagame returned home on Friday. Kenyan Foreign Minister Musalia Mudavadi did not return home.',
    want: { has: [['Paul Kagame', 'RETURNED_TO', 'Rwanda']], not: [['Musalia Mudavadi', 'RETURNED_TO', 'Kenya']] },
  }],
  ['"the 15th Separate Motor Rifle Brigade of the Central Military District of Russia" is also "the 15th Separate Motor Rifle Brigade"', {
    given: 'Troops included the 15th Separate Motor Rifle Brigade of the Central Military District of Russia, which arrived in Kazakhstan. The 15th Separate Motor Rifle Brigade returned home later.',
    want: { entities: [['15th Separate Motor Rifle Brigade', 'unit']] },
  }],
  ['"the X Task Force, which A, B and C set up in June under a memorandum of understanding signed in Z": the force is formed by the three, the memorandum by nobody; "signed" ends the memorandum\'s name', {
    given: 'The operation is coordinated by the Tripartite Joint Task Force (TJTF), which Nigeria, Benin and Togo set up in June under a memorandum of understanding signed in Cotonou.',
    want: { has: [['Tripartite Joint Task Force', 'FORMED_BY', 'Nigeria'], ['Tripartite Joint Task Force', 'FORMED_BY', 'Togo']], not: [['memorandum of understanding', 'FORMED_BY', 'Nigeria']], entities: [['memorandum of understanding', 'agreement']] },
  }],
  ['"decorated X, commander of the brigade\'s 223 Tank Battalion, with the Y": the possessor brigade receives nothing; "Amnesty International" is a body', {
    given: 'The 22 Armoured Brigade fought well. The general decorated Lt.-Col. Musa Bello, commander of the brigade\'s 223 Tank Battalion, with the Distinguished Service Star. Amnesty International accused the army.',
    want: { has: [['Musa Bello', 'RECEIVED_AWARD', 'Distinguished Service Star']], not: [['22 Armoured Brigade', 'RECEIVED_AWARD', 'Distinguished Service Star']], entities: [['Amnesty International', 'organization']] },
  }],
  ['"the 22 Armoured Brigade", "223 Tank Battalion", "26 Motorised Infantry Brigade": a bare number before a unit name is part of it', {
    given: 'Troops of the 22 Armoured Brigade, supported by the 223 Tank Battalion, repelled the attack. The 26 Motorised Infantry Brigade took part. He sent 40 Special Forces troops.',
    want: { entities: [['22 Armoured Brigade', 'unit'], ['223 Tank Battalion', 'unit'], ['26 Motorised Infantry Brigade', 'unit']], absent: ['Armoured Brigade', 'Tank Battalion', '40 Special Forces'] },
  }],
  ['"received at his office in Yarzeh the Head of Mission and Force Commander of the United Nations Interim Force in Lebanon (UNIFIL), Major General X": X is met and leads the whole-named mission', {
    given: 'Army Commander General Nabil Haddad on Monday received at his office in Yarzeh the Head of Mission and Force Commander of the United Nations Interim Force in Lebanon (UNIFIL), Major General Paolo Conti, with whom he discussed the handover.',
    want: { has: [['Nabil Haddad', 'MET_WITH', 'Paolo Conti'], ['Paolo Conti', 'LEADER_OF', 'United Nations Interim Force in Lebanon']], absent: ['Mission and Force'] },
  }],
  ['"in the towns of A, B C and D in the X district": every listed name is a place in the district; "In Tehran, Y criticized" lists nothing', {
    given: 'Units took over three positions in the towns of Naqoura, Alma al-Shaab and Dhayra in the Tyre district. In Tehran, Araghchi criticized Israel.',
    want: { entities: [['Alma al-Shaab', 'place'], ['Dhayra', 'place'], ['Araghchi', 'person']], has: [['Naqoura', 'LOCATED_IN', 'Tyre district'], ['Alma al-Shaab', 'LOCATED_IN', 'Tyre district'], ['Dhayra', 'LOCATED_IN', 'Tyre district']] },
  }],
  ['Malay honorifics ("Datuk Seri", "Dato Seri Setia Awang", "Tun") are no part of a name', {
    given: 'Prime Minister Datuk Seri Kamal Azman met Home Minister Datuk Seri Ahmad Hashim and Brunei\'s Minister of Home Affairs, Dato Seri Setia Awang Zainal Ibrahim. Tun Ali spoke.',
    want: { entities: [['Kamal Azman', 'person'], ['Ahmad Hashim', 'person'], ['Zainal Ibrahim', 'person']], has: [['Zainal Ibrahim', 'OFFICIAL_OF', 'Brunei']], absent: ['Seri Kamal Azman', 'Seri Ahmad Hashim'] },
  }],
  ['"the Agreement on the Joint Development of the Trans-Caspian Route" is one name; "witnessed the signing of a memorandum between A (AA), B (BB) and C (CC)": the three bodies sign it and no signing event is made', {
    given: 'The presidents signed the Agreement on the Joint Development of the Trans-Caspian International Transport Route. The three presidents also witnessed the signing of a memorandum between Azerbaijan Railways (ADY), Kazakhstan Temir Zholy (KTZ) and Uzbekistan Temir Yollari (UTY) on joint container train services.',
    want: { entities: [['Agreement on the Joint Development of the Trans-Caspian International Transport Route', 'agreement']], has: [['Azerbaijan Railways', 'SIGNED', 'memorandum between Azerbaijan Railways'], ['Kazakhstan Temir Zholy', 'SIGNED', 'memorandum between Azerbaijan Railways'], ['Uzbekistan Temir Yollari', 'SIGNED', 'memorandum between Azerbaijan Railways']], absent: ['signing of a memorandum between Azerbaijan Railways'] },
  }],
  ['"European Commissioner for International Partnerships Marta Vilkaite": the portfolio words are no part of the name', {
    given: 'European Commissioner for International Partnerships Marta Vilkaite attended the summit.',
    want: { entities: [['Marta Vilkaite', 'person']], absent: ['International Partnerships Marta Vilkaite'] },
  }],
  ['"the treaty" after a treaty and a protocol mentioned twice is the treaty', {
    given: 'The sides signed a protocol on the delimitation of the border. The EU welcomed the signing of the protocol. Hakobyan said the peace treaty, which he signed in Abu Dhabi last year, would be put to parliament. Azerbaijan ratified the treaty in June.',
    want: { has: [['Azerbaijan', 'SIGNED', 'peace treaty']], not: [['Azerbaijan', 'SIGNED', 'protocol on the delimitation of the border']] },
  }],
  ['"A delegation of the X led by Comrade Y arrived in Z": Y leads the delegation, not X, and arrives; "the X delegation headed by W" likewise; "the two parties signed a plan" names both parties', {
    given: "A delegation of the Workers' Party of Korea (WPK) led by Comrade Ri Chol Su arrived in Havana on March 6. Talks between the WPK delegation headed by Ri Chol Su and the delegation of the Communist Party of Cuba (PCC) headed by Ana Perez took place on March 8. At the talks, the two parties signed a plan of exchange between the WPK and the PCC.",
    want: { has: [['Ri Chol Su', 'VISITED', 'Havana'], ["Workers' Party of Korea", 'SIGNED', 'plan of exchange'], ['Communist Party of Cuba', 'SIGNED', 'plan of exchange']], not: [['Ri Chol Su', 'LEADER_OF', "Workers' Party of Korea"], ['Ana Perez', 'LEADER_OF', 'Communist Party of Cuba']] },
  }],
  ['"thanked the DPRK for its invariable support and denounced X": the second verb is the thanker\'s, not the DPRK\'s', {
    given: 'President Carlos Ruiz thanked the DPRK for its invariable support and denounced the sanctions of the United States.',
    want: { has: [['Carlos Ruiz', 'CRITICIZED', 'United States']], not: [['North Korea', 'CRITICIZED', 'United States']] },
  }],
  ['"Sudan\'s army said its 5th Infantry Division ...; the army said it had sent reinforcements from its 18th ...; the army chief, General X, who also heads Sudan\'s Sovereignty Council, ... praised the 5th Division": the army owns both, X leads both, the short unit name is the same unit', {
    given: "Sudan's army said on Friday its 5th Infantry Division had repelled an attack. The army said it had sent reinforcements from its 18th Infantry Division to Kadugli on Wednesday. The army chief, General Siddiq Osman, who also heads Sudan's Sovereignty Council, visited Kadugli on Friday and praised the troops of the 5th Division. The army has accused the United Arab Emirates of supplying weapons to the rebels.",
    want: { has: [['5th Infantry Division', 'PART_OF', 'Army of Sudan'], ['18th Infantry Division', 'PART_OF', 'Army of Sudan'], ['Siddiq Osman', 'LEADER_OF', 'Army of Sudan'], ['Siddiq Osman', 'LEADER_OF', 'Sovereignty Council of Sudan'], ['Siddiq Osman', 'PRAISED', '5th Infantry Division'], ['Army of Sudan', 'CRITICIZED', 'United Arab Emirates']], not: [['5th Infantry Division', 'PART_OF', 'Sudan'], ['18th Infantry Division', 'PART_OF', '5th Infantry Division']], entities: [['5th Infantry Division', 'unit']] },
  }],
  ['"talks with Major General X, the Danish officer who commands NATO\'s Y": the restrictive "who" is X\'s, not the main clause subjects\'', {
    given: 'Defence Minister Anna Berg and Foreign Minister Piotr Nowak later held talks with Major General Henrik Larsen, the Danish officer who commands NATO\'s Multinational Corps North-East.',
    want: { not: [['Anna Berg', 'LEADER_OF', 'Multinational Corps North-East'], ['Piotr Nowak', 'LEADER_OF', 'Multinational Corps North-East']] },
  }],
  ['"the Supreme Interstate Council of Uzbekistan and Azerbaijan" is one body; "the Ministry of X and Y\'s president" is not', {
    given: "The company was formed according to the decision of the Supreme Interstate Council of Uzbekistan and Azerbaijan. Officials of the Ministry of Kenya and Uganda's president met.",
    want: { entities: [['Supreme Interstate Council of Uzbekistan and Azerbaijan', 'organization']], absent: ['Ministry of Kenya and Uganda'] },
  }],
  ['"X sent tanks to A, and Y sent helicopters to B": two clauses; A is no co-subject of Y and Y is no destination of X', {
    given: 'Germany sent 20 tanks to Lithuania, and Italy sent helicopters to Estonia. Poland sent troops to Latvia and Spain sent jets to Romania. France sent ships to Greece, Cyprus and Malta.',
    want: { has: [['Germany', 'DEPLOYED_TO', 'Lithuania'], ['Italy', 'DEPLOYED_TO', 'Estonia'], ['Poland', 'DEPLOYED_TO', 'Latvia'], ['Spain', 'DEPLOYED_TO', 'Romania'], ['France', 'DEPLOYED_TO', 'Malta']], not: [['Germany', 'DEPLOYED_TO', 'Italy'], ['Lithuania', 'DEPLOYED_TO', 'Estonia'], ['Poland', 'DEPLOYED_TO', 'Spain'], ['Latvia', 'DEPLOYED_TO', 'Romania']] },
  }],
  ['"Hanwha Aerospace Co. signed a 3 trillion-won (US$2.2 billion) contract ... to supply 96 more K9 howitzers": a company, a contract, no state "US", no body "K9"; "Hanwha Aerospace" later is the same company; "Polish President Jan X" keeps his first name', {
    given: "Hanwha Aerospace Co. signed a 3 trillion-won (US$2.2 billion) contract with Poland's defense ministry on Tuesday to supply 96 more K9 self-propelled howitzers. Hanwha Aerospace CEO Son Jae-il attended. Polish President Jan Nowak thanked South Korea.",
    want: { has: [['Hanwha Aerospace Co', 'SIGNED', 'contract'], ['Son Jae-il', 'LEADER_OF', 'Hanwha Aerospace Co'], ['Jan Nowak', 'LEADER_OF', 'Poland']], absent: ['United States', 'K9', 'US'], not: [['Poland', 'FOUGHT_AGAINST', 'South Korea']] },
  }],
  ['"main battle tanks", "attack helicopters": a fight word before a noun states no fight', {
    given: "Rheinmetall AG signed a contract with Lithuania's defence ministry to supply 44 more main battle tanks, Germany's procurement office said.",
    want: { not: [['Lithuania', 'FOUGHT_AGAINST', 'Germany'], ['Ministry of Defence of Lithuania', 'FOUGHT_AGAINST', 'Germany']] },
  }],
  ['an unknown name after "in"/"at" before a participle, after "visited", or after "set out for" is a place', {
    given: 'Prime Minister Ivan Petrov attended a ceremony in Stara Zagora marking the start of work. Defence Minister Todor Ivanov visited Novo Selo on Wednesday. The patrol set out for Nuevo Rocafuerte on Thursday morning. The order was conferred at a ceremony at Vailima attended by the minister.',
    want: { entities: [['Stara Zagora', 'place'], ['Novo Selo', 'place'], ['Nuevo Rocafuerte', 'place'], ['Vailima', 'place']], has: [['Todor Ivanov', 'VISITED', 'Novo Selo']] },
  }],
  ['"officiated by Chief of Air Force Major-General A and Chief of Staff of the Indonesian Air Force (KSAU) Air Chief Marshal B": both; Air Chief Marshal is a rank', {
    given: 'The closing ceremony was held on Monday. The closing ceremony was officiated by Chief of Air Force Major-General Tan Wei Ming and Chief of Staff of the Indonesian Air Force (KSAU) Air Chief Marshal Budi Santoso.',
    want: { has: [['Tan Wei Ming', 'ATTENDED', 'closing ceremony'], ['Budi Santoso', 'ATTENDED', 'closing ceremony'], ['Budi Santoso', 'LEADER_OF', 'Indonesian Air Force']] },
  }],
  ['"concluded Exercise X 2027, a two-week air exercise held at Y in Madiun, East Java, Singapore\'s Ministry of Defence said": one event; the possessor of a ministry locates nothing', {
    given: "The RSAF and the Indonesian Air Force on Monday concluded Exercise Garuda Shield 2027, a two-week bilateral air exercise held at Iswahjudi Air Force Base in Madiun, East Java, Singapore's Ministry of Defence said.",
    want: { has: [['Exercise Garuda Shield 2027', 'LOCATED_IN', 'Iswahjudi Air Force Base']], not: [['East Java', 'LOCATED_IN', 'Singapore'], ['Madiun', 'LOCATED_IN', 'Singapore']], absent: ['two-week bilateral air exercise'] },
  }],
  ['"Taking part were six F-16 fighters from the RSAF\'s 140 Squadron and four jets from 149 Squadron, which flew alongside ...": the units of the listed craft attend', {
    given: "The RSAF concluded Exercise Garuda Shield 2027 on Monday. Taking part were six F-16 fighters from the RSAF's 140 Squadron and four F-15SG jets from 149 Squadron, which flew alongside F-16s of the TNI-AU's 3rd Squadron.",
    want: { has: [['140 Squadron', 'ATTENDED', 'Exercise Garuda Shield 2027'], ['149 Squadron', 'ATTENDED', 'Exercise Garuda Shield 2027']], not: [['3rd Squadron', 'ATTENDED', 'Exercise Garuda Shield 2027']] },
  }],
  ['"the Indonesia-Singapore Defence Ministers\' Meeting" is one event; "Lieutenant-General (Ret) B" is B; "his Indonesian counterpart" sets the state of a later "President C"', {
    given: "SINGAPORE, May 4. /Bernama/. Minister for Defence Lim Wee Kiat, who was in Jakarta on Friday for the annual Indonesia-Singapore Defence Ministers' Meeting, held talks with his Indonesian counterpart, Lieutenant-General (Ret) Agus Salim, and called on President Joko Hartono at the Merdeka Palace.",
    want: { has: [['Lim Wee Kiat', 'MET_WITH', 'Agus Salim'], ['Lim Wee Kiat', 'MET_WITH', 'Joko Hartono'], ['Joko Hartono', 'LEADER_OF', 'Indonesia'], ['Agus Salim', 'OFFICIAL_OF', 'Indonesia']], entities: [["Indonesia-Singapore Defence Ministers' Meeting", 'event']] },
  }],
  ['a dateline naming a state ("KUWAIT, May 9.") is that state: "the Amir" and ministers are its; no place "Kuwait"', {
    given: 'KUWAIT, May 9. /KUNA/. His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Sabah received Iraqi Foreign Minister Fuad Hussein. Minister of Foreign Affairs Sheikh Salem Al-Sabah said Kuwait was ready.',
    want: { has: [['Nawaf Al-Ahmad Al-Sabah', 'LEADER_OF', 'Kuwait'], ['Salem Al-Sabah', 'OFFICIAL_OF', 'Kuwait'], ['Nawaf Al-Ahmad Al-Sabah', 'MET_WITH', 'Fuad Hussein']], entities: [['Kuwait', 'state']], not: [['Fuad Hussein', 'OFFICIAL_OF', 'Kuwait']] },
  }],
  ['"X, who arrived on Tuesday, later co-chaired with Minister Y the seventh meeting of Z": both attend, and Tuesday dates neither', {
    given: 'Iraqi Foreign Minister Fuad Hussein arrived in Kuwait. Hussein, who arrived in the country on Tuesday, later co-chaired with Minister of Foreign Affairs Sheikh Salem Al-Sabah the seventh meeting of the Joint Committee on Border Maintenance.',
    want: { has: [['Fuad Hussein', 'ATTENDED', 'seventh meeting of the Joint Committee on Border Maintenance'], ['Salem Al-Sabah', 'ATTENDED', 'seventh meeting of the Joint Committee on Border Maintenance']] },
  }],
  ['"The Minister of X, Colonel-Major A, received on Monday in his office a delegation of the Y led by their Chief of Staff, General B, on the sidelines of the third session of the Z on W, which the two officers co-chaired in C": a met, both attend, the session lies in C', {
    given: "NIAMEY, May 7. /ANP/. The Minister of Defence, Colonel-Major Issa Moussa, received on Monday in his office a delegation of the Chadian Armed Forces led by their Chief of General Staff, General Abakar Mahamat, on the sidelines of the second session of the Niger-Chad Joint Commission on Defence and Security, which the two officers co-chaired in Niamey on Friday. Niger and Chad are neighbours.",
    want: { has: [['Issa Moussa', 'MET_WITH', 'Abakar Mahamat'], ['Issa Moussa', 'ATTENDED', 'session of the Niger-Chad Joint Commission on Defence and Security'], ['Abakar Mahamat', 'ATTENDED', 'session of the Niger-Chad Joint Commission on Defence and Security'], ['session of the Niger-Chad Joint Commission on Defence and Security', 'LOCATED_IN', 'Niamey'], ['Issa Moussa', 'OFFICIAL_OF', 'Niger']] },
  }],
  ['"the X Battalion (XB), created in March by a joint decision of the Head of State, General A, and his Chadian counterpart, General B": the reduced relative\'s antecedent is founded by both; a later "President B" stays Chad\'s', {
    given: "NIAMEY, May 7. /ANP/. The talks focused on the Niger-Chad Joint Battalion (BCNT), created in March 2026 by a joint decision of the Head of State, General Ali Tchiani, and his Chadian counterpart, General Idriss Mahamat. Niger and Chad are neighbours. General Abakar conveyed the greetings of President Mahamat.",
    want: { has: [['Niger-Chad Joint Battalion', 'FORMED_BY', 'Ali Tchiani'], ['Niger-Chad Joint Battalion', 'FORMED_BY', 'Idriss Mahamat'], ['Ali Tchiani', 'LEADER_OF', 'Niger'], ['Idriss Mahamat', 'LEADER_OF', 'Chad']], not: [['Idriss Mahamat', 'LEADER_OF', 'Niger']] },
  }],
  ['"was awarded the Cross of Military Valour", "the Badge of Honour": a cross or a badge of something is an award', {
    given: 'Lieutenant-Colonel Ali Traore was awarded the Cross of Military Valour on Monday and the Badge of Honour of the Army on Tuesday.',
    want: { has: [['Ali Traore', 'RECEIVED_AWARD', 'Cross of Military Valour']], entities: [['Badge of Honour of the Army', 'award']] },
  }],
  ['"The Prime Minister, Minister of X, Minister for Y, Z and W, Dr A, and the Minister of ... of B, Mr C, signed": stacked posts before a name; both sign; the posts\' words name nothing', {
    given: "VICTORIA, May 4. /SNA/. The President, Minister of Defence and Foreign Affairs, Minister for Outer Islands, Fisheries and Blue Economy, Dr Paul Hoareau, and the Minister of External Affairs of the Republic of Kenya, Mr James Otieno, signed yesterday a Memorandum of Understanding on Fisheries between the Republic of Seychelles and the Republic of Kenya.",
    want: { has: [['Paul Hoareau', 'LEADER_OF', 'Seychelles'], ['Paul Hoareau', 'SIGNED', 'Memorandum of Understanding on Fisheries'], ['James Otieno', 'SIGNED', 'Memorandum of Understanding on Fisheries'], ['James Otieno', 'OFFICIAL_OF', 'Kenya']], absent: ['Blue Economy', 'Outer Islands'] },
  }],
  ['"attended by the Commissioner of Police, Mr A, the Commandant of the X (XX), Commander B, and the High Commissioner of Y to Z, Mr C": each post goes with the name after it, and all three attend', {
    given: 'A ceremony was held in Victoria. The ceremony was also attended by the Commissioner of Police, Mr Ted Labiche, the Commandant of the Seychelles Coast Guard (SCG), Commander Simon Payet, and the High Commissioner of India to Seychelles, Mr Ravi Menon.',
    want: { has: [['Simon Payet', 'LEADER_OF', 'Seychelles Coast Guard'], ['Ravi Menon', 'OFFICIAL_OF', 'India'], ['Ted Labiche', 'ATTENDED', 'ceremony'], ['Simon Payet', 'ATTENDED', 'ceremony'], ['Ravi Menon', 'ATTENDED', 'ceremony']], not: [['Ted Labiche', 'LEADER_OF', 'Seychelles Coast Guard'], ['Seychelles', 'ATTENDED', 'ceremony']] },
  }],
  ['"conferred the Order of X on A and the Medal of Y on B": each recipient gets the award named before it; one award with its grade stays one', {
    given: 'General Keo Vanna conferred the Royal Order of Monisaraphon on Major General Liu Jian and the Medal of Friendship on the 2nd Engineer Battalion. The president awarded Colonel Peter Mba the Order of the Star in the rank of Grand Officer.',
    want: { has: [['Liu Jian', 'RECEIVED_AWARD', 'Royal Order of Monisaraphon'], ['2nd Engineer Battalion', 'RECEIVED_AWARD', 'Medal of Friendship'], ['Peter Mba', 'RECEIVED_AWARD', 'Order of the Star']], not: [['2nd Engineer Battalion', 'RECEIVED_AWARD', 'Royal Order of Monisaraphon'], ['Liu Jian', 'RECEIVED_AWARD', 'Medal of Friendship']] },
  }],
  ['"the closing ceremony of the Iron Lotus 2026 joint naval exercise between A and B at the X Training Centre": a year and modifiers inside the exercise name; the centre is a place that holds the ceremony', {
    given: "Defence Minister Anan Chai presided over the closing ceremony of the Iron Lotus 2026 joint naval exercise between the Royal Thai Navy (RTN) and the Indian Navy at the Sattahip Naval Training Centre in Chonburi province on Friday.",
    want: { has: [['Anan Chai', 'ATTENDED', 'closing ceremony of the Iron Lotus 2026 joint naval exercise'], ['closing ceremony of the Iron Lotus 2026 joint naval exercise', 'LOCATED_IN', 'Sattahip Naval Training Centre'], ['Sattahip Naval Training Centre', 'LOCATED_IN', 'Chonburi province']], entities: [['Iron Lotus 2026 joint naval exercise', 'event'], ['Sattahip Naval Training Centre', 'place']] },
  }],
  ['"where it cleared the land ... with the help of engineers of X": X helped the clause\'s subject', {
    given: 'The 3rd Engineer Battalion was sent to Kandal province, where it cleared 40 hectares of land contaminated by mines with the help of engineers of the 12th Army Group.',
    want: { has: [['12th Army Group', 'ASSISTED', '3rd Engineer Battalion']] },
  }],
  ['"Also present at the ceremony were A, B, Deputy Commander of the X, and C": an inverted list attends, past an apposed title', {
    given: "Also present at the ceremony were Commander-in-Chief of the Royal Army General Tan Vuthy, Major General Li Qiang, Deputy Commander of the Southern Theatre Command, and Chen Bo, Ambassador Extraordinary and Plenipotentiary of China to Laos.",
    want: { has: [['Tan Vuthy', 'ATTENDED', 'ceremony'], ['Li Qiang', 'ATTENDED', 'ceremony'], ['Chen Bo', 'ATTENDED', 'ceremony'], ['Chen Bo', 'OFFICIAL_OF', 'China']], absent: ['Extraordinary'] },
  }],
  ['"Taking part in the exercise, which opened on May 2, were X of the Y, the newly formed Z and more than 500 troops of the W\'s V": each unit attends; "newly formed" founds nothing', {
    given: "The Ruby Shield exercise ended on Friday. Taking part in the exercise, which opened on May 2, were the 3rd Brigade of the Laotian army, Brigade 12 of the LPA, the newly formed 2nd Signals Battalion and more than 500 troops of the Vietnam People's Army's 4th Corps.",
    want: { has: [['Brigade 12', 'PART_OF', 'LPA'], ['Brigade 12', 'ATTENDED', 'Ruby Shield exercise'], ['2nd Signals Battalion', 'ATTENDED', 'Ruby Shield exercise'], ['4th Corps', 'ATTENDED', 'Ruby Shield exercise'], ['3rd Brigade of the Laotian army', 'ATTENDED', 'Ruby Shield exercise']], not: [['2nd Signals Battalion', 'FORMED_BY', 'LPA']] },
  }],
  ['"Present at the signing was X" with no event named in the sentence: the last event', {
    given: 'The two ministers signed the accord at a ceremony in Vientiane. Present at the ceremony was Deputy Prime Minister Kham Phoui.',
    want: { has: [['Kham Phoui', 'ATTENDED', 'ceremony']] },
  }],
  ['a number after a flotilla names it ("Escort Flotilla 4"); "First Admiral" is a rank', {
    given: "Ships of the Japan Maritime Self-Defense Force (JMSDF)'s Escort Flotilla 4 arrived at Muara port. They called on the Commander of the Royal Brunei Navy (RBN), First Admiral Mohd Rosli, at the base.",
    want: { has: [['Escort Flotilla 4', 'PART_OF', 'Japan Maritime Self-Defense Force'], ['Escort Flotilla 4', 'DEPLOYED_TO', 'Muara port'], ['Mohd Rosli', 'LEADER_OF', 'Royal Brunei Navy']] },
  }],
  ['a trailing "Haji" stays part of a name', {
    given: 'The agreement was signed by Tanzanian Transport Minister Juma Makame Haji.',
    want: { entities: [['Juma Makame Haji', 'person']] },
  }],
  ['"X met President Y in the afternoon before returning to Z": the sentence\'s subject returns, not the one met', {
    given: 'Swedish Defence Minister Asa Berg attended. Berg, who flew in from Stockholm on Tuesday, met President Heikki Saari in the afternoon before returning to Stockholm in the evening.',
    want: { has: [['Asa Berg', 'RETURNED_TO', 'Stockholm'], ['Asa Berg', 'MET_WITH', 'Heikki Saari']], not: [['Heikki Saari', 'RETURNED_TO', 'Stockholm']] },
  }],
  ['"the task force ... that was set up in Bhutan in 1961": the place of founding is no founder', {
    given: "Project Tusker, the task force of India's Border Roads Organisation (BRO) that was set up in Bhutan in 1961, reopened the road.",
    want: { not: [['Border Roads Organisation', 'FORMED_BY', 'Bhutan']] },
  }],
  ['"X, a unit which the two armies set up in 2019 and which served ... in Lebanon": both relatives are X\'s; no later UN force is founded', {
    given: 'The Serbian Army and the Macedonian Army met. He led the Sava-Drava Company, a joint medical unit which the two armies set up in 2019 and which served with the UN peacekeeping force in Lebanon until last year.',
    want: { has: [['Sava-Drava Company', 'FORMED_BY', 'Serbian Army'], ['Sava-Drava Company', 'DEPLOYED_TO', 'Lebanon']], not: [['UN', 'FORMED_BY', 'Serbian Army'], ['Serbia', 'DEPLOYED_TO', 'Lebanon']] },
  }],
  ['"X, a joint venture that the railway company A and B established in 2025, runs it": formed by both, never by the pronoun', {
    given: 'Caspian Line, a joint venture that the railway company KTZ and ASCO established in 2025, runs it.',
    want: { has: [['Caspian Line', 'FORMED_BY', 'KTZ'], ['Caspian Line', 'FORMED_BY', 'ASCO']], not: [['ASCO', 'FORMED_BY', 'KTZ']] },
  }],
  ['"the railway company Kazakhstan Temir Zholy": a state\'s name opening a described company\'s name stays in it', {
    given: 'The line is run by the national railway company Kazakhstan Temir Zholy.',
    want: { entities: [['Kazakhstan Temir Zholy', 'organization']], absent: ['Temir Zholy'] },
  }],
  ['"signed by Commissioner A and the commissioner of the X Constabulary, B": both sign', {
    given: 'Kazakhstan and Azerbaijan signed a memorandum. The memorandum was signed by Commissioner Walter Manedi and the commissioner of the Royal Papua New Guinea Constabulary, David Kaupo.',
    want: { has: [['Walter Manedi', 'SIGNED', 'memorandum'], ['David Kaupo', 'SIGNED', 'memorandum']] },
  }],
  ['a police commissioner heads the force: "X Police Force (XPF) Commissioner A", "the commissioner of the Y Constabulary, B"', {
    given: 'The memorandum was signed by Royal Fiji Police Force (RFPF) Commissioner Sitiveni Qio and the commissioner of the Royal Papua New Guinea Constabulary, David Kupa.',
    want: { has: [['Sitiveni Qio', 'LEADER_OF', 'Royal Fiji Police Force'], ['David Kupa', 'LEADER_OF', 'Royal Papua New Guinea Constabulary']] },
  }],
  ['"Ambassador of X to Y NAME" serves X; "its Secretary for Organisation, Compañero Z" serves the body just named', {
    given: 'Lisovsky awarded the Order of Friendship of Peoples to Ambassador of Kyrgyzstan to Belarus Kanybek Osmon. The Sandinista National Liberation Front (FSLN) congratulated the battalion in a message read by its Secretary for Organisation, Compañero Orlando Membre.',
    want: { has: [['Kanybek Osmon', 'OFFICIAL_OF', 'Kyrgyzstan'], ['Orlando Membre', 'OFFICIAL_OF', 'Sandinista National Liberation Front']], not: [['Kanybek Osmon', 'OFFICIAL_OF', 'Belarus']] },
  }],
  ['\'the 25th Brigade "Scorpion" of the Kyrgyz Armed Forces arrived\': the nickname is the unit\'s, the armed forces own it, the unit arrives; "the joint exercise Interaction-2027" is named', {
    given: 'Early in June, a company of the 25th Special Purpose Brigade "Scorpion" of the Kyrgyz Armed Forces arrived at the Brestsky training ground to take part in the CSTO joint exercise Interaction-2027.',
    want: { has: [['25th Special Purpose Brigade', 'PART_OF', 'Kyrgyz Armed Forces'], ['25th Special Purpose Brigade', 'DEPLOYED_TO', 'Brestsky training ground'], ['25th Special Purpose Brigade', 'ATTENDED', 'Interaction-2027']], not: [['Kyrgyzstan', 'DEPLOYED_TO', 'Brestsky training ground']], entities: [['25th Special Purpose Brigade "Scorpion"', 'unit']] },
  }],
  ['"The 150 Kyrgyz servicemen, commanded by X": X does not lead the state', {
    given: 'The 150 Kyrgyz servicemen, commanded by Lieutenant Colonel Ermek Sadyk, will train together.',
    want: { not: [['Ermek Sadyk', 'LEADER_OF', 'Kyrgyzstan']] },
  }],
  ['"signed a memorandum ... between the Ministry of X and Y\'s Ministry of Z": the two ministries sign it too; "Army Corps General" is a rank', {
    given: "Laos and Cuba met. Army Corps General Osvaldo Rivas arrived. The two sides signed a memorandum of understanding on military medicine between the Lao Ministry of National Defence and Cuba's Ministry of the Revolutionary Armed Forces (MINFAR).",
    want: { has: [['Lao Ministry of National Defence', 'SIGNED', 'memorandum of understanding'], ['Ministry of the Revolutionary Armed Forces', 'SIGNED', 'memorandum of understanding']], entities: [['Osvaldo Rivas', 'person']], absent: ['Army Corps'] },
  }],
  ['"the cooperation plan signed by Tehran and Caracas": a plan signed after it is an agreement; capitals as agents sign for their states', {
    given: 'Iran and Venezuela met. The two sides stressed the 20-year comprehensive cooperation plan signed by Tehran and Caracas in June 2022.',
    want: { has: [['Iran', 'SIGNED', 'comprehensive cooperation plan'], ['Venezuela', 'SIGNED', 'comprehensive cooperation plan']] },
  }],
  ['"The flotilla, comprising the destroyer X and ..., returned to Y": the flotilla returns; "Admiral-in-Chief" is a rank', {
    given: "The Iranian Navy's 86th Flotilla visited La Guaira. The flotilla, comprising the destroyer Dena and the ship Makran, returned to Bandar Abbas on Sunday. Admiral-in-Chief Carlos Mejia Rangel arrived in Tehran.",
    want: { has: [['86th Flotilla', 'RETURNED_TO', 'Bandar Abbas']], entities: [['Carlos Mejia Rangel', 'person']], not: [['Makran', 'RETURNED_TO', 'Bandar Abbas']] },
  }],
  ['"a ceremony" after "the official welcome ceremony" is a second event, placed on its own', {
    given: 'The official welcome ceremony took place at the Oguzkhan Palace. The award was handed over at a ceremony in the Ruhyyet Palace on Monday evening.',
    want: { has: [['welcome ceremony', 'LOCATED_IN', 'Oguzkhan Palace']], not: [['welcome ceremony', 'LOCATED_IN', 'Ruhyyet Palace']] },
  }],
  ['"In the presence of the two leaders, A and B signed": the leaders do not sign', {
    given: 'Belarusian President Viktor Sakal hosted Kazakh President Yerlan Abdra. In the presence of the two leaders, Industry Minister Dzmitry Haur and Minister of Industry Askar Tole signed an intergovernmental agreement.',
    want: { has: [['Dzmitry Haur', 'SIGNED', 'intergovernmental agreement'], ['Askar Tole', 'SIGNED', 'intergovernmental agreement']], not: [['Viktor Sakal', 'SIGNED', 'intergovernmental agreement'], ['Yerlan Abdra', 'SIGNED', 'intergovernmental agreement']] },
  }],
  ['"received a military delegation led by X": the host meets X; "The Senior General" is the officer just named', {
    given: 'Commander-in-Chief of Defence Services Senior General Min Thant received a military delegation led by Deputy Minister of Defence of the Russian Federation Colonel-General Pavel Rudin on Saturday. The Senior General expressed thanks to the Russian Federation for its assistance.',
    want: { has: [['Min Thant', 'MET_WITH', 'Pavel Rudin'], ['Min Thant', 'PRAISED', 'Russia']], absent: ['Senior'] },
  }],
  ['"a memorandum ... between the Ministry of X and the Ministry of Y was signed by A and B": the ministries named in the title do not stop the subject search', {
    given: 'Later, a memorandum of understanding on cooperation in military education between the Ministry of Defence of the Republic of the Union of Myanmar and the Ministry of Defence of the Russian Federation was signed by General Aung Moe and Colonel-General Rudin.',
    want: { has: [['Aung Moe', 'SIGNED', 'memorandum of understanding'], ['Rudin', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['"The Russian delegation, which arrived in Yangon": a delegation is no deployment of its state; "X township" is a place', {
    given: 'The Russian delegation, which arrived in Yangon on Thursday, visited the academy. Troops of Light Infantry Division 33 were deployed to Kawlin township in late May.',
    want: { has: [['Light Infantry Division 33', 'DEPLOYED_TO', 'Kawlin township']], not: [['Russia', 'DEPLOYED_TO', 'Yangon']] },
  }],
  ['"the Army constituted the Comandante X Battalion": a unit named after a titled person, formed by the army', {
    given: 'By decision of the Co-Presidents, the Army of Nicaragua on Wednesday constituted the Comandante Carlos Fonseca Rescue Battalion, a new unit of the Civil Defence Staff.',
    want: { entities: [['Comandante Carlos Fonseca Rescue Battalion', 'unit']], has: [['Comandante Carlos Fonseca Rescue Battalion', 'FORMED_BY', 'Army of Nicaragua'], ['Comandante Carlos Fonseca Rescue Battalion', 'PART_OF', 'Civil Defence Staff']] },
  }],
  ['"formed the 5th Brigade": an article before a named unit still lets the verb form it', {
    given: 'The National Unity Party formed the People\'s Liberation Army of Namibia (PLAN) in 1962. The brigade formed the backbone of the Army.',
    want: { has: [["People's Liberation Army of Namibia", 'FORMED_BY', 'National Unity Party']], not: [['Army', 'FORMED_BY', 'brigade']] },
  }],
  ['\'the Order "Augusto C. Sandino"\' is one award; "Compañera" and "Co-President" are titles', {
    given: 'The Ecological Battalion received the Order "Augusto C. Sandino". In her speech, Co-President Rosa Tellez praised the Army. Compañera Lesbia Urbina spoke.',
    want: { entities: [['Order "Augusto C. Sandino"', 'award'], ['Rosa Tellez', 'person'], ['Lesbia Urbina', 'person']], has: [['Ecological Battalion', 'RECEIVED_AWARD', 'Order "Augusto C. Sandino"']], absent: ['Order', 'Co-President Rosa Tellez'] },
  }],
  ['"X, in Niger\'s Diffa region": the possessed region holds X', {
    given: "Its headquarters is in Bosso, in Niger's Diffa region.",
    want: { has: [['Bosso', 'LOCATED_IN', 'Diffa region'], ['Diffa region', 'LOCATED_IN', 'Niger']], not: [['Bosso', 'LOCATED_IN', 'Niger']] },
  }],
  ['"the Ha\'apai capital, Pangai", "Nouadhibou, Mauritania\'s second city", "Yongsan, central Seoul": appositions place a town', {
    given: "He visited the Vava'u capital, Neiafu, on Monday. They run the terminal at the port of Nouadhibou, Mauritania's second city. He was welcomed in Mapo, central Seoul.",
    want: { has: [['Neiafu', 'LOCATED_IN', "Vava'u"], ['Nouadhibou', 'LOCATED_IN', 'Mauritania'], ['Mapo', 'LOCATED_IN', 'Seoul']] },
  }],
  ['"the Ambassador of X to Y, Mr Z": the envoy serves X', {
    given: 'Later the same day, the Ambassador of Romania to Moldova, Mr Cristian Popescu, handed the order to Ion Rusu.',
    want: { has: [['Cristian Popescu', 'OFFICIAL_OF', 'Romania']], not: [['Cristian Popescu', 'OFFICIAL_OF', 'Moldova']] },
  }],
  ['"signed for Kinshasa by Defence Minister X": X serves the state of the capital he signs for', {
    given: 'DR Congo and the M23 agreed. The Luanda Ceasefire Agreement was signed for Kinshasa by Defence Minister Celestin Kalala and for the rebels by the president of the M23, Desire Nzaba.',
    want: { has: [['Celestin Kalala', 'OFFICIAL_OF', 'DR Congo'], ['DR Congo', 'SIGNED', 'Luanda Ceasefire Agreement']] },
  }],
  ['"the foreign ministers of the three countries, X\'s A, Y\'s B and Z\'s C": each serves their state', {
    given: "The foreign ministers of the three countries, Cyprus's Eleni Georgiou, Greece's Nikos Vlachos and Egypt's Samir Latif, met for a day of talks.",
    want: { has: [['Eleni Georgiou', 'OFFICIAL_OF', 'Cyprus'], ['Nikos Vlachos', 'OFFICIAL_OF', 'Greece'], ['Samir Latif', 'OFFICIAL_OF', 'Egypt']] },
  }],
  ['a bare number names a unit ("332 Squadron", "40 Squadron of X")', {
    given: "Some 120 personnel of the Royal Danish Air Force's 727 Squadron were deployed to Keflavik. 40 Squadron of the Royal New Zealand Air Force (RNZAF) flew the first relief flight.",
    want: { has: [['727 Squadron', 'PART_OF', 'Royal Danish Air Force'], ['727 Squadron', 'DEPLOYED_TO', 'Keflavik']], entities: [['40 Squadron of the Royal New Zealand Air Force', 'unit']] },
  }],
  ['"the Royal Bahraini Air Force\'s No. 6 Squadron": "No." opens the unit, the air force owns it', {
    given: "A detachment of the Royal Bahraini Air Force's No. 6 Squadron will be stationed at Al Udeid Air Base.",
    want: { has: [['No. 6 Squadron', 'PART_OF', 'Royal Bahraini Air Force']], absent: ['Royal'] },
  }],
  ['"the X Force (XF)\'s 44th Battalion" and "X (GDF), whose 2nd Battalion": the body owns the unit', {
    given: "They replace the Ethiopian National Defense Force (ENDF)'s 44th Battalion. Security was provided by the Guyana Defence Force (GDF), whose 2nd Infantry Battalion was deployed to Moleson Creek.",
    want: { has: [['44th Battalion', 'PART_OF', 'Ethiopian National Defense Force'], ['2nd Infantry Battalion', 'PART_OF', 'Guyana Defence Force']] },
  }],
  ['"the Irish Air Corps" is a service (an organization), not a formation', {
    given: "Under the deal, the Irish Air Corps' No. 101 Squadron will exchange radar tracks.",
    want: { entities: [['Irish Air Corps', 'organization']], has: [['No. 101 Squadron', 'PART_OF', 'Irish Air Corps']] },
  }],
  ['"The meeting was co-chaired by A and B": both attend; "Surinamese" is a demonym', {
    given: 'The ninth meeting of the Cooperation Council opened in Paramaribo on Monday. The meeting was co-chaired by Guyanese President Ravi Persaud and Surinamese President Nina Kartosen.',
    want: { has: [['Ravi Persaud', 'ATTENDED', 'ninth meeting of the Cooperation Council'], ['Nina Kartosen', 'ATTENDED', 'ninth meeting of the Cooperation Council'], ['Nina Kartosen', 'LEADER_OF', 'Suriname']] },
  }],
  ['"Troops from A and B ended Exercise X": both states take part', {
    given: 'Troops from Ghana and Togo on Wednesday ended Exercise Northern Shield, a ten-day joint exercise near Bawku.',
    want: { has: [['Ghana', 'ATTENDED', 'Exercise Northern Shield'], ['Togo', 'ATTENDED', 'Exercise Northern Shield']] },
  }],
  ['"took part in the exercise, codenamed X, including a team from the JCG\'s Special Security Team": the unit takes part; the code name names the exercise', {
    given: "Some 400 personnel took part in the exercise, codenamed Pacific Dawn 2026, including a boarding team from the JCG's Special Security Team (SST) and the PCG's Special Operations Force.",
    want: { has: [['Special Security Team', 'ATTENDED', 'Pacific Dawn 2026'], ['Special Operations Force', 'ATTENDED', 'Pacific Dawn 2026'], ['Special Security Team', 'PART_OF', 'JCG']], same: [['Pacific Dawn', 'Pacific Dawn 2026']] },
  }],
  ['"who also attended the ceremony, said ..., including Lithuanian and Polish airspace": no state attends', {
    given: "Poland's deputy defence minister, Pawel Nowak, who also attended the ceremony, said the deployment answered provocations, including drones that had crossed into Lithuanian and Polish airspace.",
    want: { not: [['Lithuania', 'ATTENDED', 'ceremony'], ['Poland', 'ATTENDED', 'ceremony']] },
  }],
  ['"The two men signed ..." signs for both men just named', {
    given: 'General Ali Sarayreh received Iraqi Defence Minister Khalid Obeidi in Amman on Sunday. The two men signed a memorandum of understanding on military training.',
    want: { has: [['Ali Sarayreh', 'SIGNED', 'memorandum of understanding'], ['Khalid Obeidi', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['"fought fighters near the Jordanian border", "serving American interests": a demonym before a border or interests is no adversary or destination', {
    given: "The Iraqi Army's 9th Division fought Islamic State fighters near the Jordanian border in 2017. The militia accused Jordan of serving American interests.",
    want: { not: [['9th Division', 'FOUGHT_AGAINST', 'Jordan'], ['Jordan', 'DEPLOYED_TO', 'United States']] },
  }],
  ['"the Agreement between A and B on Cooperation in the Field of Defence" is one name', {
    given: 'The Parliament of the Republic of Moldova on Thursday ratified the Agreement between Moldova and Romania on Cooperation in the Field of Defence.',
    want: { entities: [['Agreement between Moldova and Romania on Cooperation in the Field of Defence', 'agreement']] },
  }],
  ['a capital written without its diacritics ("Chisinau") is still the capital of its state', {
    given: 'CHISINAU, June 24. /Moldpres/. Moldova said Defence Minister Ion Rusu would travel to Kyiv.',
    want: { has: [['Ion Rusu', 'OFFICIAL_OF', 'Moldova']] },
  }],
  ['"Côte d\'Ivoire" inside a name; "the Liberian brigade" is the brigade named before', {
    given: "The 3rd Infantry Battalion of the Armed Forces of Côte d'Ivoire (FACI) and the Armed Forces of Liberia's 23rd Infantry Brigade will patrol. Elements of the Liberian brigade, which is commanded by Lt Col Prince Gbatu, were deployed to Nimba County on 28 May.",
    want: { has: [["3rd Infantry Battalion of the Armed Forces of Côte d'Ivoire", 'PART_OF', "Armed Forces of Côte d'Ivoire"], ['23rd Infantry Brigade', 'DEPLOYED_TO', 'Nimba County'], ['23rd Infantry Brigade', 'COMMANDED_BY', 'Prince Gbatu']], not: [['Liberia', 'DEPLOYED_TO', 'Nimba County']] },
  }],
  ['"the Secretary General of the MRU, H.E. X": an acronym complement and an honorific before the name', {
    given: 'The meeting was held in the presence of the Secretary General of the MRU, H.E. Mariama Sow.',
    want: { has: [['Mariama Sow', 'LEADER_OF', 'MRU']] },
  }],
  ['a passive signing by three titled people with honorifics ("Mr X, ..., Dr Y, and ..., Mr Z") gives three signers', {
    given: "Liberia and Sierra Leone signed a protocol. The protocol was signed by the Ivorian Minister of Defence, Mr Lassina Kone, Liberia's Minister of National Defense, Dr Josephine Kollie, and Sierra Leone's Deputy Minister of Defence, Mr Abu Turay.",
    want: { has: [['Lassina Kone', 'SIGNED', 'protocol'], ['Josephine Kollie', 'SIGNED', 'protocol'], ['Abu Turay', 'SIGNED', 'protocol']] },
  }],
  ['"Cde" is an honorific; "Order of the X, Second Class," names no person', {
    given: 'The president awarded the Order of the Baobab, Second Class, to Cde Tendai Moyo.',
    want: { has: [['Tendai Moyo', 'RECEIVED_AWARD', 'Order of the Baobab']], absent: ['Second Class', 'Cde Tendai Moyo'] },
  }],
  ['"the ZANU Party\'s 8th Congress": the party is the acronym\'s, the numbered congress an event', {
    given: "Delegates to the ZANU Party's 8th Congress elected a new chairman. The congress was opened on Friday by Grace Moyo, who is also president of ZANU.",
    want: { entities: [['8th Congress', 'event']], has: [['Grace Moyo', 'LEADER_OF', 'ZANU Party'], ['Grace Moyo', 'ATTENDED', '8th Congress']], not: [['8th Congress', 'PART_OF', 'ZANU Party']] },
  }],
  ['"Umbrella for Democratic Change (UDC)": the acronym spells a name through "for"', {
    given: 'The opposition Movement for Democratic Renewal (MDR) and the Alliance for Progress (AFP) accused the government of fraud.',
    want: { entities: [['Movement for Democratic Renewal', 'organization'], ['MDR', 'organization'], ['Alliance for Progress', 'organization'], ['AFP', 'organization']], absent: ['Democratic Renewal', 'Progress'] },
  }],
  ['"its chairperson" in a clause after ", while" is the body of that clause', {
    given: "Zambia's ruling PF was represented by its secretary-general, Mr Davies Phiri, while Malawi's Alliance for Democracy (AFORD) sent its chairperson, Mr Kondwani Banda.",
    want: { has: [['Kondwani Banda', 'LEADER_OF', 'Alliance for Democracy']], not: [['Kondwani Banda', 'LEADER_OF', 'PF']] },
  }],
  ['"signed a plan of bilateral military cooperation for 2027" is a signed agreement (no dangling "for")', {
    given: 'Croatian Defence Minister Ivo Bralic and his North Macedonian counterpart, Vesna Trajkova, on Thursday signed a plan of bilateral military cooperation for 2027 in Zagreb.',
    want: { entities: [['plan of bilateral military cooperation', 'agreement']], has: [['Ivo Bralic', 'SIGNED', 'plan of bilateral military cooperation'], ['Vesna Trajkova', 'SIGNED', 'plan of bilateral military cooperation'], ['Vesna Trajkova', 'OFFICIAL_OF', 'North Macedonia']] },
  }],
  ['"the Croatian Armed Forces\' 4th Brigade": a plural possessive', {
    given: "Members of the Croatian Armed Forces' 4th Guards Brigade will train in June.",
    want: { has: [['4th Guards Brigade', 'PART_OF', 'Croatian Armed Forces']] },
  }],
  ['"the X Company, a joint medical unit which the two armies set up": a unit formed by both armies', {
    given: 'The Croatian Army and the Slovenian Army met. He led the Sava-Drava Company, a joint medical unit which the two armies set up in 2019.',
    want: { entities: [['Sava-Drava Company', 'unit']], has: [['Sava-Drava Company', 'FORMED_BY', 'Croatian Army'], ['Sava-Drava Company', 'FORMED_BY', 'Slovenian Army']] },
  }],
  ['"sent 45 soldiers to Exercise X": sending to an exercise is attending it', {
    given: 'The 4th Brigade sent 45 soldiers to Exercise Drava Shield in late March.',
    want: { has: [['4th Brigade', 'ATTENDED', 'Exercise Drava Shield']] },
  }],
  ['"commander of the X Army\'s 444th Brigade, which has been deployed to Y": the brigade is deployed, and is the army\'s', {
    given: "The delegation included Colonel Omar Saleh, commander of the Chadian Army's 444th Combat Brigade, which has been deployed to Bol since February.",
    want: { has: [['444th Combat Brigade', 'DEPLOYED_TO', 'Bol'], ['444th Combat Brigade', 'PART_OF', 'Chadian Army']], not: [['Chad', 'DEPLOYED_TO', 'Bol']] },
  }],
  ['"In CAPITAL, the head of X, Prime Minister Y, thanked Z": the capital\'s state, not the dateline\'s', {
    given: 'ALGIERS, May 10. /APS/. Algeria and Libya met. In Tripoli, the head of the Government of National Unity (GNU), Prime Minister Salem Warfalli, thanked Algeria for its support.',
    want: { has: [['Salem Warfalli', 'LEADER_OF', 'Libya'], ['Salem Warfalli', 'PRAISED', 'Algeria']], not: [['Salem Warfalli', 'LEADER_OF', 'Algeria']] },
  }],
  ['"deployed to A and B, in C province": both places are deployed to and lie in C', {
    given: "Troops of the Army's 4th Military Region were deployed to Debdeb and Tinfouye, in Illizi province, in late April.",
    want: { has: [['4th Military Region', 'DEPLOYED_TO', 'Tinfouye'], ['Debdeb', 'LOCATED_IN', 'Illizi province'], ['Tinfouye', 'LOCATED_IN', 'Illizi province']] },
  }],
  ['"The Joint Committee" after "the Algerian-Libyan Joint Border Security Committee" is that committee', {
    given: 'The chiefs co-chaired a session of the Algerian-Libyan Joint Border Security Committee. The Joint Committee, which Algeria and Libya set up in 2013, last met in Tripoli.',
    want: { has: [['Algerian-Libyan Joint Border Security Committee', 'FORMED_BY', 'Algeria']], absent: [] },
  }],
  ['honorifics ("His Majesty", "HE", "HH") are forms of address: no person, no pronoun, not in the role', {
    given: 'MANAMA, May 6. /BNA/. Kuwait and Bahrain signed a protocol in the presence of His Majesty King Hamad Al Sabah of Kuwait. The protocol was signed by Minister of State for Defence Affairs HE Sheikh Nasser Al Khalifa. HH the Amir welcomed it.',
    want: { has: [['Hamad Al Sabah', 'LEADER_OF', 'Kuwait'], ['Nasser Al Khalifa', 'SIGNED', 'protocol'], ['Nasser Al Khalifa', 'OFFICIAL_OF', 'Bahrain']], not: [['Hamad Al Sabah', 'SIGNED', 'protocol']], absent: ['His Majesty', 'HH', 'Defence Affairs HE'] },
  }],
  ['"His Majesty\'s Armed Forces" stays a body', {
    given: "The envoy met the commander of His Majesty's Armed Forces (HMAF), Brigadier Sione Fifita.",
    want: { has: [['Sione Fifita', 'LEADER_OF', "His Majesty's Armed Forces"]] },
  }],
  ['"official talks between the two leaders at X" is an event they attend', {
    given: 'King Hamad met President Ali Nasser on Monday. The signing followed official talks between the two leaders at the Gudaibiya Palace.',
    want: { has: [['Hamad', 'ATTENDED', 'official talks'], ['Ali Nasser', 'ATTENDED', 'official talks'], ['official talks', 'LOCATED_IN', 'Gudaibiya Palace']] },
  }],
  ['"Commander-in-Chief of the X Force (XF) Field Marshal Y": the post passes the acronym', {
    given: 'The deal was signed by Commander-in-Chief of the Kuwait Defence Force (KDF) Field Marshal Salem Al Ajmi.',
    want: { has: [['Salem Al Ajmi', 'LEADER_OF', 'Kuwait Defence Force']] },
  }],
  ['"The Chief of Staff of the X Army (ACR), Lt. Gen. Y,": chief of staff heads the army; the acronym is the army\'s', {
    given: "The Chief of Staff of the People's National Army (ANP), Lt. Gen. Karim Mansouri, attended.",
    want: { has: [['Karim Mansouri', 'LEADER_OF', "People's National Army"]], entities: [['ANP', 'organization']], absent: ["Staff of the People's National Army"] },
  }],
  ['"the 1st Fighter Wing, commanded by X, was deployed to Y\'s Z Air Base": the wing goes to the air base', {
    given: "Eight fighters of the 1st Fighter Wing, commanded by Brigadier Nasser Al Kaabi, were deployed to Oman's Thumrait Air Base on Sunday.",
    want: { has: [['1st Fighter Wing', 'DEPLOYED_TO', 'Thumrait Air Base'], ['1st Fighter Wing', 'COMMANDED_BY', 'Nasser Al Kaabi']], not: [['Nasser Al Kaabi', 'DEPLOYED_TO', 'Oman'], ['1st Fighter Wing', 'DEPLOYED_TO', 'Oman']] },
  }],
  ['"the X Decoration" is an award; "First Fleet Command" is a unit', {
    given: 'The minister awarded the Al Nasr Decoration to Yousef Al Mannai. The First Fleet Command sent two ships.',
    want: { entities: [['Al Nasr Decoration', 'award'], ['First Fleet Command', 'unit']], has: [['Yousef Al Mannai', 'RECEIVED_AWARD', 'Al Nasr Decoration']] },
  }],
  ['"At a ceremony in X on Friday, Y thanked ...": the subject after the place and time attends', {
    given: 'At a welcome ceremony in Kaunas on Friday, Defence Minister Rasa Petraityte thanked Poland.',
    want: { has: [['Rasa Petraityte', 'ATTENDED', 'welcome ceremony'], ['welcome ceremony', 'LOCATED_IN', 'Kaunas']] },
  }],
  ['a group of an army is a unit, and its acronym possessed later is the same unit', {
    given: "A contingent of the Nepal Army's Special Response Group (SRG) left for Juba on Monday, replacing a company of the SRG's 2nd Battalion.",
    want: { entities: [['Special Response Group', 'unit']], has: [['Special Response Group', 'DEPLOYED_TO', 'Juba'], ['2nd Battalion', 'PART_OF', 'Special Response Group'], ['Special Response Group', 'PART_OF', 'Nepal Army']] },
  }],
  ['"In CAPITAL, foreign ministry spokesman X said": a lower-case title opens the name, the capital gives the state', {
    given: 'In Ankara, foreign ministry spokesman Mehmet Aksoy said Turkey welcomed the deal.',
    want: { has: [['Mehmet Aksoy', 'OFFICIAL_OF', 'Turkey']] },
  }],
  ['"X was represented by Foreign Minister Y": Y serves X and attends the event', {
    given: 'Regional leaders opened a two-day summit in Apia on Monday. Fiji, whose prime minister is ill, was represented by Foreign Minister Ratu Sela Vuki.',
    want: { has: [['Ratu Sela Vuki', 'OFFICIAL_OF', 'Fiji'], ['Ratu Sela Vuki', 'ATTENDED', 'two-day summit']] },
  }],
  ['"X, a Y institution, said it had helped Z": "it" is the speaker, X, which is part of Y', {
    given: 'The Pacific Disaster Relief Agency (PDRA), an APEC institution, said it had helped Tonga rebuild 500 homes.',
    want: { has: [['Pacific Disaster Relief Agency', 'PART_OF', 'APEC'], ['Pacific Disaster Relief Agency', 'ASSISTED', 'Tonga']], not: [['APEC', 'ASSISTED', 'Tonga']] },
  }],
  ['a company suffix ("LLC") heads an organization; it is no Roman numeral', {
    given: 'The copper deposit will be developed by Altan Copper LLC, the ministry said.',
    want: { entities: [['Altan Copper LLC', 'organization']] },
  }],
  ['the possessor of a body\'s post ("X\'s Chilean director-general") is a body', {
    given: "The ceremony was attended by Rio Verde Binacional's Chilean director-general, Ana Pereira Soto.",
    want: { entities: [['Rio Verde Binacional', 'organization']], has: [['Ana Pereira Soto', 'LEADER_OF', 'Rio Verde Binacional']], not: [['Ana Pereira Soto', 'LEADER_OF', 'Chile']] },
  }],
  ['"deployed to X" names a place, not a recipient', {
    given: 'The 4th Intervention Squadron was deployed to Tamba Kouri on Monday.',
    want: { entities: [['Tamba Kouri', 'place']], has: [['4th Intervention Squadron', 'DEPLOYED_TO', 'Tamba Kouri']] },
  }],
  ['"the UN refugee agency UNHCR": the descriptor is the named body\'s alias, not the UN', {
    given: 'The UN refugee agency UNHCR welcomed the accord on Monday.',
    want: { entities: [['UNHCR', 'organization'], ['UN refugee agency', 'organization']], absent: ['UN'] },
  }],
  ['"two days of talks in X between A and B" is an event held there and attended by both', {
    given: 'Ghana and Togo agreed on Monday at the end of two days of talks in Lomé between Foreign Minister Kwame Asante and Togolese Foreign Minister Essi Kodjo.',
    want: { has: [['talks', 'LOCATED_IN', 'Lomé'], ['Kwame Asante', 'ATTENDED', 'talks'], ['Essi Kodjo', 'ATTENDED', 'talks'], ['Kwame Asante', 'MET_WITH', 'Essi Kodjo']] },
  }],
  ['"held talks with X" is a meeting, not an event', {
    given: 'Kwame Asante held talks with Essi Kodjo in Lomé on Monday.',
    want: { has: [['Kwame Asante', 'MET_WITH', 'Essi Kodjo']], absent: ['talks'] },
  }],
  ['talks between two people are not the forum named in the next sentence', {
    given: 'The accord followed talks between President Ali Karimov and President Daniyar Sadykov. Karimov invited Sadykov to the Bishkek Economic Forum in May.',
    want: { has: [['Ali Karimov', 'ATTENDED', 'talks'], ['Ali Karimov', 'MET_WITH', 'Daniyar Sadykov']], not: [['Ali Karimov', 'ATTENDED', 'Bishkek Economic Forum']] },
  }],
  ['"an emergency session of the X Committee" is an event', {
    given: 'Senior officers met at the Pailin border checkpoint for an emergency session of the Joint Border Committee (JBC).',
    want: { entities: [['emergency session of the Joint Border Committee', 'event'], ['JBC', 'organization']] },
  }],
  ['"signed the minutes of the meeting and a memorandum": the memorandum is signed too', {
    given: 'Foreign Minister Ruth Banda met Foreign Minister Joao Tembe. The two officials signed the minutes of the meeting and a memorandum of understanding on border trade.',
    want: { has: [['Ruth Banda', 'SIGNED', 'memorandum of understanding'], ['Joao Tembe', 'SIGNED', 'memorandum of understanding']] },
  }],
  ['an unqualified "Foreign Secretary" in a dispatch datelined in a capital serves that state', {
    given: 'DHAKA, March 9. /BSS/. Bangladesh said Foreign Secretary Rahima Begum would travel to Thimphu.',
    want: { has: [['Rahima Begum', 'OFFICIAL_OF', 'Bangladesh']] },
  }],
  ['"sent aid to X" is help, not a deployment', {
    given: 'Peru sent aid to Bolivia on Monday.',
    want: { has: [['Peru', 'ASSISTED', 'Bolivia']], not: [['Peru', 'DEPLOYED_TO', 'Bolivia']] },
  }],
  ['"delivered relief supplies to X" is help', {
    given: 'Norway delivered relief supplies to Sudan.',
    want: { has: [['Norway', 'ASSISTED', 'Sudan']] },
  }],
  ['"sent troops to X" stays a deployment', {
    given: 'Chile sent 300 troops to Haiti.',
    want: { has: [['Chile', 'DEPLOYED_TO', 'Haiti']], not: [['Chile', 'ASSISTED', 'Haiti']] },
  }],
  ['"her country" is the state of the person just named', {
    given: "Ghana's Foreign Minister Ama Owusu said her country had provided Togo with two boats.",
    want: { has: [['Ghana', 'ASSISTED', 'Togo']], not: [['Ama Owusu', 'ASSISTED', 'Togo']] },
  }],
  ['"leaders of X and Y gathered ... for a summit": the states attend', {
    given: 'Leaders of Gabon and Chad gathered in Libreville on Monday for an emergency summit.',
    want: { has: [['Gabon', 'ATTENDED', 'emergency summit'], ['Chad', 'ATTENDED', 'emergency summit']] },
  }],
  ['"among the participants were X, Y and Z": each attends the event just named', {
    given: 'A regional forum opened in Lima on Monday. Among the participants were Chilean President Rosa Mendez, Bolivian President Luis Quispe and Foreign Minister Ana Ruiz.',
    want: { has: [['Rosa Mendez', 'ATTENDED', 'regional forum'], ['Luis Quispe', 'ATTENDED', 'regional forum'], ['Ana Ruiz', 'ATTENDED', 'regional forum']] },
  }],
  ['"participants included X and Y"', {
    given: 'A regional conference opened in Accra. Participants included Ghanaian President Kofi Mensah and Togolese Prime Minister Yawa Agbeko.',
    want: { has: [['Kofi Mensah', 'ATTENDED', 'regional conference'], ['Yawa Agbeko', 'ATTENDED', 'regional conference']] },
  }],
  ['"X forces and Y troops clashed": each state fights the other', {
    given: 'Kyrgyz forces and Tajik troops clashed near the border overnight.',
    want: { has: [['Kyrgyzstan', 'FOUGHT_AGAINST', 'Tajikistan'], ['Tajikistan', 'FOUGHT_AGAINST', 'Kyrgyzstan']] },
  }],
  ['a unit that "trained" takes part in the exercise just named', {
    given: 'A joint exercise began near the border on Monday. The 7th Mountain Brigade trained for five days.',
    want: { has: [['7th Mountain Brigade', 'ATTENDED', 'joint exercise']] },
  }],
  ['an event "near X" is located there', {
    given: 'Czech units took part in a joint exercise near Brno this week.',
    want: { has: [['joint exercise', 'LOCATED_IN', 'Brno']] },
  }],
  ['"who is also the president of Y": leader of Y', {
    given: "Prime Minister Tomas Novak, who is also the president of the Civic Democratic Party, spoke.",
    want: { has: [['Tomas Novak', 'LEADER_OF', 'Civic Democratic Party']] },
  }],
  ['"its head X said": X leads the body named at the start of the sentence', {
    given: 'The Regional Disaster Agency has sent tents to Chad, its head Amina Diallo said.',
    want: { has: [['Amina Diallo', 'LEADER_OF', 'Regional Disaster Agency']], not: [['Amina Diallo', 'LEADER_OF', 'Chad']] },
  }],
  ['"A and B put their signatures to the accord": both sign', {
    given: 'Ana Ruiz and Jorge Soto put their signatures to the Pacific Fisheries Accord.',
    want: { has: [['Ana Ruiz', 'SIGNED', 'Pacific Fisheries Accord'], ['Jorge Soto', 'SIGNED', 'Pacific Fisheries Accord']] },
  }],
  ['"signed by X\'s minister A and Y\'s minister B": people and states sign', {
    given: 'The Pacific Fisheries Accord was signed by Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Jorge Soto.',
    want: { has: [['Ana Ruiz', 'SIGNED', 'Pacific Fisheries Accord'], ['Jorge Soto', 'SIGNED', 'Pacific Fisheries Accord'], ['Peru', 'SIGNED', 'Pacific Fisheries Accord'], ['Chile', 'SIGNED', 'Pacific Fisheries Accord']] },
  }],
  ['"X, a subsidiary of Y": part of Y', {
    given: 'Andes Logistics Company, a subsidiary of the Andean Mining Corporation, won the contract.',
    want: { has: [['Andes Logistics Company', 'PART_OF', 'Andean Mining Corporation']] },
  }],
  ['"X, a unit under the Y": part of Y', {
    given: 'The Rapid Rescue Detachment, a unit under the National Disaster Management Agency, left on Monday.',
    want: { has: [['Rapid Rescue Detachment', 'PART_OF', 'National Disaster Management Agency']] },
  }],
  ['"X, under the Y," is part of Y; a list apposition is not', {
    given: 'The Border Guard Service, under the Interior Ministry, patrols the coast. The Coastal Agency, the Port Authority and the Customs Service met.',
    want: { has: [['Border Guard Service', 'PART_OF', 'Interior Ministry']], not: [['Coastal Agency', 'PART_OF', 'Port Authority']] },
  }],
  ['"were also present at" the ceremony: the states of unnamed ministers attend', {
    given: 'A ceremony was held in Tela. Foreign ministers of Belize and Panama were also present at the ceremony.',
    want: { has: [['Belize', 'ATTENDED', 'ceremony'], ['Panama', 'ATTENDED', 'ceremony']] },
  }],
  ['"handed over a boat to X" is help; "the handover" is the ceremony', {
    given: 'Japan handed over a patrol boat to Palau at a ceremony in Koror. President Elias Remengesau attended the handover.',
    want: { has: [['Japan', 'ASSISTED', 'Palau'], ['Elias Remengesau', 'ATTENDED', 'ceremony']] },
  }],
  ['"in X, STATE, in September" places X in the state', {
    given: 'The meeting will be held in Apia, Samoa, in September.',
    want: { has: [['Apia', 'LOCATED_IN', 'Samoa']] },
  }],
  ['"chairman of the ruling X Party": leader of the party', {
    given: 'Juma Otieno, chairman of the ruling Unity Party, condemned the attack.',
    want: { has: [['Juma Otieno', 'LEADER_OF', 'Unity Party']] },
  }],
  ['"the Force said its 9th Division": the division is part of the force', {
    given: 'The National Defense Force said its 9th Mechanized Division repelled the attack.',
    want: { has: [['9th Mechanized Division', 'PART_OF', 'National Defense Force']] },
  }],
  ['"X, a UN agency, delivered aid to Y": part of the UN, and X (not the UN) helps', {
    given: 'The World Food Programme, a UN agency, delivered food aid to Darfur.',
    want: { has: [['World Food Programme', 'PART_OF', 'UN'], ['World Food Programme', 'ASSISTED', 'Darfur']], not: [['UN', 'ASSISTED', 'Darfur']], entities: [['World Food Programme', 'organization']] },
  }],
  ['"X, Y and several former ambassadors attended": the named part of the list attends', {
    given: 'A ceremony was held at the embassy. Prime Minister Oyun Bat, Foreign Minister Dorj Erdene and several former ambassadors attended the ceremony.',
    want: { has: [['Oyun Bat', 'ATTENDED', 'ceremony'], ['Dorj Erdene', 'ATTENDED', 'ceremony']] },
  }],
  ['"titled X, the current chair of Y": a second post', {
    given: 'He toured the island with Grenadian Prime Minister Dion Mitchell, the current chair of the Caribbean Community, on Monday.',
    want: { has: [['Dion Mitchell', 'LEADER_OF', 'Grenada'], ['Dion Mitchell', 'LEADER_OF', 'Caribbean Community']] },
  }],
  ['"X, the chair of Y"', {
    given: 'Ruth Mensah, the chair of the Regional Council, spoke.',
    want: { has: [['Ruth Mensah', 'LEADER_OF', 'Regional Council']] },
  }],
  ['"the Brazilian Navy\'s 2nd Fleet": a unit possessed by a body is part of it', {
    given: "The Brazilian Navy's 2nd Fleet sailed on Monday. Chile's 4th Division stayed home.",
    want: { has: [['2nd Fleet', 'PART_OF', 'Brazilian Navy']] },
  }],
  ['"attended X, along with the commander of Y, Captain Z": Z attends too', {
    given: 'Defence Minister Ana Ruiz attended the ceremony, along with the commander of the Tonga Maritime Force, Captain Sione Lata.',
    want: { has: [['Ana Ruiz', 'ATTENDED', 'ceremony'], ['Sione Lata', 'ATTENDED', 'ceremony']] },
  }],
  // tuning4 round
  ['a designator after the head: "Garuda Contingent XXIII-T" is a unit', {
    given: 'The Tiger Contingent XIV-B left Dhaka for Juba on Tuesday.',
    want: { entities: [['Tiger Contingent XIV-B', 'unit']] },
  }],
  ['a unit head first: "Brigade North" is a unit, "Division Street" a street', {
    given: 'The minister visited Brigade South near Oulu. Traffic on Division Street was closed.',
    want: { entities: [['Brigade South', 'unit'], ['Division Street', 'place']] },
  }],
  ['"the Winter War" is an event; a state that no longer exists is a state', {
    given: 'Poland fought the Soviet Union in the Polish-Soviet War, and later Yugoslavia broke up.',
    want: { entities: [['Polish-Soviet War', 'event'], ['Soviet Union', 'state'], ['Yugoslavia', 'state']], has: [['Poland', 'FOUGHT_AGAINST', 'Soviet Union']] },
  }],
  ['a United Nations force is an organization', {
    given: 'The United Nations Mission Force in Kosovo is led by Maj. Gen. Paolo Russo.',
    want: { entities: [['United Nations Mission Force in Kosovo', 'organization']] },
  }],
  ['"al-" and "el-" joined to a name are part of it; a hyphenated surname still acts', {
    given: 'Hassan al-Rashid met Omar Haddad-Nasser in Amman. Haddad-Nasser met Egyptian President Abdel Fattah el-Sisi later.',
    want: {
      entities: [['Hassan al-Rashid', 'person'], ['Abdel Fattah el-Sisi', 'person']],
      has: [['Hassan al-Rashid', 'MET_WITH', 'Omar Haddad-Nasser'], ['Omar Haddad-Nasser', 'MET_WITH', 'Abdel Fattah el-Sisi']],
    },
  }],
  ['"Among those taking part in the X were A, B and C": a long title before the first name, a possessive state before the next', {
    given: "Ministers met in Thimphu on Monday. Among those taking part in the Thimphu trade summit were Bhutan's Minister of Trade, Industry and Employment Pema Dorji, Nepal's Power Secretary Sita Thapa and Raj Kumar, head of the regional grid.",
    want: {
      has: [['Pema Dorji', 'ATTENDED', 'Thimphu trade summit'], ['Sita Thapa', 'ATTENDED', 'Thimphu trade summit'], ['Raj Kumar', 'ATTENDED', 'Thimphu trade summit'], ['Pema Dorji', 'OFFICIAL_OF', 'Bhutan'], ['Sita Thapa', 'OFFICIAL_OF', 'Nepal']],
      entities: [['Pema Dorji', 'person']],
    },
  }],
  ['"X and Y sent observers": they attend the event just named', {
    given: 'A regional summit opened in Dhaka on Monday. Laos and Cambodia sent observers, while Thailand did not attend.',
    want: { has: [['Laos', 'ATTENDED', 'regional summit'], ['Cambodia', 'ATTENDED', 'regional summit']], not: [['Thailand', 'ATTENDED', 'regional summit']] },
  }],
  ['"Its commander, X": the body the previous sentence possessed, not its possessor; "the JCG\'s 11th ... Headquarters" is part of the JCG', {
    given: "The Korea Coast Guard (KCG) held a drill. The drill was organised by the KCG's 5th Regional Headquarters, based in Busan. Its commander, Rear Admiral Park Min-ho, said it went well.",
    want: {
      has: [['Park Min-ho', 'LEADER_OF', '5th Regional Headquarters'], ['5th Regional Headquarters', 'PART_OF', 'Korea Coast Guard']],
      not: [['Park Min-ho', 'LEADER_OF', 'Korea Coast Guard']],
    },
  }],
  ['"Ma." before a name is an abbreviation, not a sentence end', {
    given: 'The team was led by Commodore Ma. Luisa Santos-Reyes, who met Admiral Jose Cruz.',
    want: { entities: [['Ma. Luisa Santos-Reyes', 'person']], has: [['Ma. Luisa Santos-Reyes', 'MET_WITH', 'Jose Cruz']] },
  }],
  ['"the Omani foreign ministry" is the ministry of foreign affairs of Oman; "Iranian foreign ministry spokesman X" serves it', {
    given: 'The Omani foreign ministry said in a statement that the talks went well. Iranian foreign ministry spokesman Hamid Karimi said so too.',
    want: { entities: [['Ministry of Foreign Affairs of Oman', 'organization']], has: [['Hamid Karimi', 'OFFICIAL_OF', 'Ministry of Foreign Affairs of Iran']] },
  }],
  ['"Washington" is the capital written without its district (criticised, it stands for its state); "Evin prison" a place; "the Iranians" no name', {
    given: "Israel's Foreign Ministry criticised Washington on Monday. He was held in Tehran's Evin prison. The Iranians were handed over.",
    want: {
      has: [['Ministry of Foreign Affairs of Israel', 'CRITICIZED', 'United States'], ['Evin prison', 'LOCATED_IN', 'Tehran']],
      entities: [['Evin prison', 'place'], ['Washington', 'place']],
    },
  }],
  ['"X (ACR), which Y established, is commanded by Z": formed by Y; an organization commanded by Z is led by Z', {
    given: 'The United Nations Observer Mission in Cyprus (UNOMC), which the UN Security Council established in 1964, is commanded by Maj. Gen. Lars Berg of Norway.',
    want: { has: [['United Nations Observer Mission in Cyprus', 'FORMED_BY', 'UN Security Council'], ['Lars Berg', 'LEADER_OF', 'United Nations Observer Mission in Cyprus']] },
  }],
  ['a unit commanded by X stays COMMANDED_BY', {
    given: 'The Eastern Brigade (EB), which the Defence Ministry formed in 2019, is commanded by Col. Ivan Petrov.',
    want: { has: [['Eastern Brigade', 'FORMED_BY', 'Defence Ministry'], ['Eastern Brigade', 'COMMANDED_BY', 'Ivan Petrov']] },
  }],
  ['"sent 35 tonnes of humanitarian aid to X" is help; "X department" and "the Y jungle" are places; "Palacio de las Z" a place', {
    given: "Quito had sent 40 tonnes of humanitarian aid to Peru's Tumbes region in May. Patrols run off Ecuador's Manabí department and in the Cóndor jungle. The accord was signed in the Palacio de las Flores in Lima.",
    want: {
      has: [['Ecuador', 'ASSISTED', 'Peru'], ['Manabí department', 'LOCATED_IN', 'Ecuador'], ['Palacio de las Flores', 'LOCATED_IN', 'Lima']],
      not: [['Ecuador', 'DEPLOYED_TO', 'Peru']],
      entities: [['Cóndor jungle', 'place'], ['Manabí department', 'place']],
    },
  }],
  // tuning5 round
  ['"put their names to the Lisbon Declaration": they sign; a capital names the agreement', {
    given: 'Portuguese President Rui Costa and Spanish Prime Minister Ana Gil put their names to the Lisbon Declaration on Monday.',
    want: { has: [['Rui Costa', 'SIGNED', 'Lisbon Declaration'], ['Ana Gil', 'SIGNED', 'Lisbon Declaration']], entities: [['Lisbon Declaration', 'agreement']] },
  }],
  ['"X\'s ambassador to Y, Z": Z serves X', {
    given: "The talks were attended by Senegal's ambassador to Mali, Awa Ndiaye.",
    want: { has: [['Awa Ndiaye', 'OFFICIAL_OF', 'Senegal']], not: [['Awa Ndiaye', 'OFFICIAL_OF', 'Mali']] },
  }],
  ['company suffixes, "commendation" awards, "received the award"', {
    given: 'The port is run by Atlantico Terminais S.A. on Monday. Major Ruth Okoye received the Chief of Army Staff Commendation.',
    want: { entities: [['Atlantico Terminais S.A.', 'organization']], has: [['Ruth Okoye', 'RECEIVED_AWARD', 'Chief of Army Staff Commendation']] },
  }],
  ['"X, an al-Y unit" / "X, a state-owned company": the apposition types an unknown name', {
    given: 'Fighters of Harakat Nuri, an al-Qaeda unit active in the hills, attacked. The line is built by Baltia Linko, a state-owned company. Maria Lopez, a former commander of the unit, spoke.',
    want: { entities: [['Harakat Nuri', 'unit'], ['Baltia Linko', 'organization'], ['Maria Lopez', 'person']] },
  }],
  ['people who sign an agreement signed "at a ceremony" attend the ceremony', {
    given: 'Chile and Peru signed a fisheries accord on Monday at a ceremony in Lima. The accord was signed by Chilean Foreign Minister Rosa Paz and her Peruvian counterpart, Juan Soto.',
    want: { has: [['Rosa Paz', 'ATTENDED', 'ceremony'], ['Juan Soto', 'ATTENDED', 'ceremony']] },
  }],
  ['no attendance without a venue for the signing', {
    given: 'Chile and Peru signed a fisheries accord on Monday. A ceremony was held in Lima a week later. The accord was signed by Chilean Foreign Minister Rosa Paz.',
    want: { not: [['Rosa Paz', 'ATTENDED', 'ceremony']] },
  }],
  ['"a memorandum of understanding (MOU)": the acronym names the phrase; "The MOU was signed by A and X\'s Minister of Y, B": both sign', {
    given: "The leaders witnessed the exchange of a memorandum of understanding (MOU) on rare earths. The MOU was signed by Trade Minister Kim Do-yun and Mongolia's Minister of Mining, Bat Erdene, officials said.",
    want: {
      has: [['Kim Do-yun', 'SIGNED', 'memorandum of understanding'], ['Bat Erdene', 'SIGNED', 'memorandum of understanding'], ['Bat Erdene', 'OFFICIAL_OF', 'Mongolia']],
      not: [['Kim Do-yun', 'OFFICIAL_OF', 'Mongolia']],
    },
  }],
  ['a title set off before a name is not a second mention of an earlier person', {
    given: "Trade Minister Kim Do-yun spoke. Mongolia's Minister of Mining, Bat Erdene, spoke too.",
    want: { has: [['Bat Erdene', 'OFFICIAL_OF', 'Mongolia']], not: [['Kim Do-yun', 'OFFICIAL_OF', 'Mongolia']] },
  }],
  ['"Greek government spokesman X" serves the state; "Tonga\'s health ministry" is the ministry of health of Tonga', {
    given: "Greek government spokesman Nikos Pappas said so. Tonga's health ministry said four people had died.",
    want: { has: [['Nikos Pappas', 'OFFICIAL_OF', 'Greece'], ['Ministry of Health of Tonga', 'PART_OF', 'Tonga']] },
  }],
  ['"the Royal New Zealand Air Force" keeps its prefix; "No. 40 Squadron" is a unit; "the X Convention Centre" is a venue', {
    given: 'No. 5 Squadron of the Royal Malaysian Air Force flew in. The talks were held at the Penang Convention Centre.',
    want: { entities: [['Royal Malaysian Air Force', 'organization'], ['Penang Convention Centre', 'place']], has: [['No. 5 Squadron of the Royal Malaysian Air Force', 'PART_OF', 'Royal Malaysian Air Force']] },
  }],
  ['"X, a subsidiary of Y\'s Z" and "X (ACR), the development arm of Y\'s Z": part of the possessed body', {
    given: "The APC, a subsidiary of Morocco's National Ports Agency, runs ports. He visited the Japan Development Agency (JDA), the aid arm of Japan's foreign ministry, in Tokyo.",
    want: { has: [['APC', 'PART_OF', 'National Ports Agency'], ['Japan Development Agency', 'PART_OF', 'Ministry of Foreign Affairs of Japan']] },
  }],
  ['"X, the media wing of the Pakistani armed forces": no part of the state', {
    given: 'Inter-Services Public Relations (ISPR), the media wing of the Pakistani armed forces, said so.',
    want: { not: [['Inter-Services Public Relations', 'PART_OF', 'Pakistan']] },
  }],
  // tuning6 round
  ['entity types: "X Island" no Iceland, "United Nations", "St Lucia", "X temple", army areas and numbered commands, head-first units with a compass word, "Arrangement", "Patrol"', {
    given: 'Patrols cover Baffin Island. The United Nations urged calm. Leaders met in St Kitts and Nevis. Troops clashed near the Prasat Ta Krabey temple. The 1st Army Area and Military Region 5 traded fire. Multinational Corps North-West trained. They signed the Nordic Patrol Cooperation Arrangement. The Greenland Dog Sled Patrol joined.',
    want: {
      entities: [['Baffin Island', 'place'], ['United Nations', 'organization'], ['Saint Kitts and Nevis', 'state'], ['Prasat Ta Krabey temple', 'place'], ['1st Army Area', 'unit'], ['Military Region 5', 'unit'], ['Multinational Corps North-West', 'unit'], ['Nordic Patrol Cooperation Arrangement', 'agreement'], ['Greenland Dog Sled Patrol', 'unit']],
    },
  }],
  ['"X, a body established by Y and Z in 1960" and "X, a company set up in 2023 by Y\'s W": formed by them', {
    given: "The Joint River Commission, a body established by Laos and Thailand in 1995, met. The line is built by Baltia Linko, a company set up in 2023 by Estonia's Grid Operator.",
    want: { has: [['Joint River Commission', 'FORMED_BY', 'Laos'], ['Joint River Commission', 'FORMED_BY', 'Thailand'], ['Baltia Linko', 'FORMED_BY', 'Grid Operator']] },
  }],
  ['"after meeting X" meets X; "the spokesman for the Y, Colonel X" serves Y; "Lieutenant-Colonel" is a rank; "in northwestern X" locates', {
    given: 'Rafael Ortiz arrived on Monday. Ana Ruiz told reporters after meeting Ortiz that talks went well. The spokesman for the Chilean Armed Forces, Colonel Luis Vega, said so. The unit is led by Lieutenant-Colonel Marc Dubois. France runs the Kourou Space Centre base in northern French Guiana.',
    want: { has: [['Ana Ruiz', 'MET_WITH', 'Rafael Ortiz'], ['Luis Vega', 'OFFICIAL_OF', 'Chilean Armed Forces']], entities: [['Marc Dubois', 'person']] },
  }],
  ['a list of "STATE\'s TITLE, NAME" items: each title goes with the name after it; "TITLE NAME of STATE"; "Among the leaders attending were"', {
    given: "Leaders opened a special summit in Roseau. Among the leaders attending were Belize's Prime Minister, Dr Juan Castillo, Haiti's President, Marie Jean, and Prime Minister Paul Nixon of The Bahamas. In a communique, the Conference condemned the attack.",
    want: {
      has: [['Juan Castillo', 'LEADER_OF', 'Belize'], ['Marie Jean', 'LEADER_OF', 'Haiti'], ['Paul Nixon', 'LEADER_OF', 'Bahamas'], ['Juan Castillo', 'ATTENDED', 'special summit'], ['Paul Nixon', 'ATTENDED', 'special summit']],
      not: [['Juan Castillo', 'LEADER_OF', 'Haiti']],
    },
  }],
  ['"A, the UAE Minister of State, met B": the title stays with A', {
    given: 'Ali Hamdan, the Emirati Minister of State, met Rashid Omar in Abu Dhabi.',
    want: { has: [['Ali Hamdan', 'OFFICIAL_OF', 'United Arab Emirates']], not: [['Rashid Omar', 'OFFICIAL_OF', 'United Arab Emirates']] },
  }],
  ['"signed a protocol ..., giving shape to the X Agreement that they concluded": two agreements; "the Y, the presidential palace in Z" lies in Z', {
    given: 'Oman and Jordan signed a protocol on joint training in Amman, giving shape to the Strategic Defence Agreement that the two countries concluded last year. The king received them at the Raghadan Palace, the royal palace in Amman, on Monday.',
    want: {
      has: [['Oman', 'SIGNED', 'protocol on joint training'], ['Oman', 'SIGNED', 'Strategic Defence Agreement'], ['Raghadan Palace', 'LOCATED_IN', 'Amman']],
      entities: [['protocol on joint training', 'agreement'], ['Strategic Defence Agreement', 'agreement']],
    },
  }],
  ['"repelled an assault by Cambodia\'s 42nd Brigade": the brigade is fought; "led the Thai delegation" leads no state; nobody criticises their own state', {
    given: "The army said its 7th Task Force had repelled an assault by Laos's 42nd Infantry Brigade. General Anan Sri, who led the Thai delegation, held talks there. Thai Prime Minister Kit Sae warned that Bangkok would respond.",
    want: {
      has: [['7th Task Force', 'FOUGHT_AGAINST', '42nd Infantry Brigade']],
      not: [['7th Task Force', 'FOUGHT_AGAINST', 'Laos'], ['Anan Sri', 'LEADER_OF', 'Thailand'], ['Kit Sae', 'CRITICIZED', 'Thailand'], ['Kit Sae', 'CRITICIZED', 'Bangkok']],
    },
  }],
  ['"Egypt\'s water minister X and his counterpart Y signed a joint statement"; "the Z Red Cross said it had provided food to ..."', {
    given: "Egypt's water minister Hesham Adel and his Sudanese counterpart, Omar Nur, signed a joint statement on Saturday. The Kenyan Red Cross said it had provided food to families in Turkana county.",
    want: {
      has: [['Hesham Adel', 'OFFICIAL_OF', 'Egypt'], ['Hesham Adel', 'SIGNED', 'joint statement'], ['Omar Nur', 'SIGNED', 'joint statement'], ['Egypt', 'SIGNED', 'joint statement'], ['Kenyan Red Cross', 'ASSISTED', 'Turkana county']],
      entities: [['Kenyan Red Cross', 'organization']],
    },
  }],
  ['a place word opens a headless name: "Lake X", "Isla X", "Mount X"', {
    given: 'The ministers pledged to protect Lake Malawi. Mozambique sent doctors to Isla Grande on Monday. Tanzania\'s Mount Meru was closed.',
    want: { entities: [['Lake Malawi', 'place'], ['Isla Grande', 'place'], ['Mount Meru', 'place']], has: [['Mount Meru', 'LOCATED_IN', 'Tanzania']] },
  }],
  ['"the Gulf of X", "the Strait of X": the complement is part of the name', {
    given: 'Greece deployed a frigate to the Gulf of Corinth. Patrols began in the Strait of Otranto.',
    want: { entities: [['Gulf of Corinth', 'place'], ['Strait of Otranto', 'place']], has: [['Greece', 'DEPLOYED_TO', 'Gulf of Corinth']] },
  }],
  ['a civilian ship\'s name is no entity', {
    given: 'Norway\'s coast guard seized the tanker Northern Swan on Sunday.',
    want: { entities: [['Norway', 'state']], absent: ['Northern Swan'] },
  }],
  ['police ranks are titles, "lead investigator" an official role', {
    given: 'The agency\'s lead investigator, Detective Superintendent Ana Petrova, spoke to the Bulgarian Border Police.',
    want: { entities: [['Ana Petrova', 'person']] },
  }],
  ['"sent X to help Y" is help; the sender is the helper', {
    given: 'Kenya sent 300 police officers to help Haiti on Monday.',
    want: { has: [['Kenya', 'ASSISTED', 'Haiti']], not: [['Kenya', 'DEPLOYED_TO', 'Haiti']] },
  }],
  ['"sent X to help restore Y" stays a deployment', {
    given: 'Serbia sent 200 engineers to help rebuild the Mostar region.',
    want: { has: [['Serbia', 'DEPLOYED_TO', 'Mostar region']], not: [['Serbia', 'ASSISTED', 'Mostar region']] },
  }],
  ['a joint force is a unit; "the force" refers back to it; a demonym before a rank and name modifies the name', {
    given: 'Mali and Guinea set up the Mali-Guinea Joint River Force in May. The force is commanded by Malian Colonel Ousmane Traore.',
    want: { entities: [['Mali-Guinea Joint River Force', 'unit']], has: [['Mali-Guinea Joint River Force', 'COMMANDED_BY', 'Ousmane Traore']], not: [['Mali-Guinea Joint River Force', 'COMMANDED_BY', 'Mali']] },
  }],
  ['a service called "Border Force" stays an organization', {
    given: 'The Australian Border Force seized the cargo.',
    want: { entities: [['Australian Border Force', 'organization']] },
  }],
  ['a second "of" inside an organization\'s name: "the Federation of X of Y"', {
    given: 'Members of the Union of Teachers of Arequipa criticised Peru.',
    want: { entities: [['Union of Teachers of Arequipa', 'organization']], has: [['Union of Teachers of Arequipa', 'CRITICIZED', 'Peru']] },
  }],
  ['"he" opening a sentence continues the previous sentence\'s subject, not its object', {
    given: 'Ghana\'s Defence Minister, Kwame Mensah, visited Tamale on Monday. He met General Issah Adam. He praised Togo for its help.',
    want: { has: [['Kwame Mensah', 'PRAISED', 'Togo']], not: [['Issah Adam', 'PRAISED', 'Togo']] },
  }],
  ['an en dash joins two names ("Laos–Vietnam"); a group founds the body in an apposition', {
    given: 'Benin and Togo signed the deal. The line will be run by the Benin–Togo Power Company, a joint venture set up by the two governments in 2019.',
    want: { entities: [['Benin–Togo Power Company', 'organization']], has: [['Benin–Togo Power Company', 'FORMED_BY', 'Benin'], ['Benin–Togo Power Company', 'FORMED_BY', 'Togo']] },
  }],
  ['a name before a route noun ("the Abidjan–Lagos highway") names no person', {
    given: 'Ghana and Nigeria agreed to finish the Abidjan–Lagos highway.',
    want: { absent: ['Abidjan–Lagos'] },
  }],
  ['"his guest" is the visitor from another state, not the host\'s compatriot', {
    given: 'Kenyan President Amina Njoroge arrived in Kampala on Monday. Ugandan Prime Minister Okello Mwesigwa greeted her. Ugandan President Samuel Kato conferred the Order of the Pearl on his guest.',
    want: { has: [['Amina Njoroge', 'RECEIVED_AWARD', 'Order of the Pearl']], not: [['Okello Mwesigwa', 'RECEIVED_AWARD', 'Order of the Pearl']] },
  }],
  ['"expected at the signing" is no attendance', {
    given: 'President Rui Sousa attended the ceremony. Prime Minister Ana Lopes, who had been expected at the signing, did not attend.',
    want: { has: [['Rui Sousa', 'ATTENDED', 'ceremony']], not: [['Ana Lopes', 'ATTENDED', 'ceremony']] },
  }],
  ['a passive agent after place phrases: "was signed at a ceremony in the X Palace by A and B"', {
    given: 'Senegal and Gambia signed a fisheries agreement on Monday. The agreement was signed at a ceremony in the State House by Senegal\'s Minister of Fisheries, Awa Diop, and her Gambian counterpart, Lamin Jatta.',
    want: { has: [['Awa Diop', 'SIGNED', 'fisheries agreement'], ['Lamin Jatta', 'SIGNED', 'fisheries agreement']] },
  }],
  ['"after the two presidents had held talks": the subject of a clause after a conjunction', {
    given: 'Chilean President Elena Rojas visited Peru. Peruvian President Luis Paredes spoke after the two presidents had held talks.',
    want: { has: [['Elena Rojas', 'MET_WITH', 'Luis Paredes']] },
  }],
  ['"Unit" and "Wing" head unit names; "X of the Y Police Force" is part of it', {
    given: 'Fiji\'s Special Response Unit (SRU) and the Maritime Unit of the Tonga Police Force returned to Suva.',
    want: { entities: [['Special Response Unit', 'unit'], ['Maritime Unit of the Tonga Police Force', 'unit']], has: [['Maritime Unit of the Tonga Police Force', 'PART_OF', 'Tonga Police Force']] },
  }],
  ['an apposition with a possessor types a lone name and makes it part of the possessor; the verb after it is the name\'s', {
    given: 'Interpol, the United Nations\' policing agency, helped Chile. Frontex, the European Union\'s border agency, helped Greece.',
    want: { entities: [['Frontex', 'organization']], has: [['Frontex', 'ASSISTED', 'Greece'], ['Frontex', 'PART_OF', 'European Union']], not: [['European Union', 'ASSISTED', 'Greece']] },
  }],
  ['"Emir" after a role and a comma is a given name', {
    given: 'The pact was signed by Turkey\'s Minister of Interior, Emir Kaya.',
    want: { entities: [['Emir Kaya', 'person'], ['Turkey', 'state']], has: [['Emir Kaya', 'OFFICIAL_OF', 'Turkey']], not: [['Kaya', 'LEADER_OF', 'Turkey']] },
  }],
  ['"ORG, whose director, X" leads that body', {
    given: 'The raid was led by the National Crime Agency (NCA), whose director, Paul Webb, spoke to Britain\'s press.',
    want: { has: [['Paul Webb', 'LEADER_OF', 'National Crime Agency']] },
  }],
  ['an award name goes on after "for"', {
    given: 'Colonel Ivo Petrov received the Order for Military Valour on Monday.',
    want: { entities: [['Order for Military Valour', 'award']], has: [['Ivo Petrov', 'RECEIVED_AWARD', 'Order for Military Valour']] },
  }],
  ['a place named after a titled person is a place ("the Sir X Y Conference Centre", "King X Airport")', {
    given: 'Delegates met at the Sir Seretse Khama Conference Centre in Gaborone. He landed at King Hamad International Airport.',
    want: { entities: [['Sir Seretse Khama Conference Centre', 'place'], ['King Hamad International Airport', 'place']], absent: ['Seretse Khama Conference Centre'], has: [['Sir Seretse Khama Conference Centre', 'LOCATED_IN', 'Gaborone']] },
  }],
  ['a briefing is an event; speakers at it attend it', {
    given: 'Ministers Ana Reyes and Tomas Vidal presented the report on Monday at a joint briefing in Quito.',
    want: { entities: [['joint briefing', 'event']], has: [['Ana Reyes', 'ATTENDED', 'joint briefing']] },
  }],
  ['"former Malawian vice-president X" holds no post now', {
    given: 'The group was led by former Malawian vice-president Grace Phiri. LILONGWE is calm.',
    want: { not: [['Grace Phiri', 'OFFICIAL_OF', 'Malawi'], ['Grace Phiri', 'LEADER_OF', 'Malawi']] },
  }],
  ['"the head of the X (ACR) to Y, former ... NAME" leads X; an acronym in brackets before the name\'s comma', {
    given: 'The head of the African Union Observer Mission (AUOM) to Kenya, former Zambian minister Peter Banda, spoke. Banda met the chairman of the Electoral Commission (EC), John Mwangi, on Sunday.',
    want: { has: [['Peter Banda', 'LEADER_OF', 'African Union Observer Mission'], ['John Mwangi', 'LEADER_OF', 'Electoral Commission'], ['Peter Banda', 'MET_WITH', 'John Mwangi']] },
  }],
  ['"lent X vehicles" is help', {
    given: 'Senegal lent Mali four helicopters on Monday.',
    want: { has: [['Senegal', 'ASSISTED', 'Mali']] },
  }],
  ['"Operation X" and "Exercise X" are events; "ships and aircraft from X took part in the operation" attend it', {
    given: 'The patrol ended on Saturday, the last day of Operation Blue Reef. Ships and aircraft from Tonga, Fiji and Samoa took part in the operation. Troops from Chile joined Exercise Southern Star.',
    want: { entities: [['Operation Blue Reef', 'event'], ['Exercise Southern Star', 'event']], has: [['Tonga', 'ATTENDED', 'Operation Blue Reef'], ['Samoa', 'ATTENDED', 'Operation Blue Reef'], ['Chile', 'ATTENDED', 'Exercise Southern Star']] },
  }],
  ['"the operation" never starts an event of its own; "the operation\'s command centre" is no attendance', {
    given: 'He backed the operation. Ships from Tonga took part in Operation Blue Reef. Samoa hosted the operation\'s command centre.',
    want: { has: [['Tonga', 'ATTENDED', 'Operation Blue Reef']], not: [['Samoa', 'ATTENDED', 'Operation Blue Reef']] },
  }],
  ['"X Program" names no person', {
    given: 'Australia donated the boat under its Pacific Maritime Security Program.',
    want: { absent: ['Pacific Maritime Security Program'] },
  }],
  ['"leaving for X" names a place', {
    given: 'Before leaving for Luang Namtha, the president visited a school.',
    want: { entities: [['Luang Namtha', 'place']] },
  }],
  ['a relative clause with appositions inside still leaves the subject to the verb after it; the next coordinated verb shares it', {
    given: 'Qatar\'s Foreign Minister, Hamad al-Thani, who met Kuwait\'s Minister of State, Sara al-Sabah, in Doha on Monday, thanked Oman and praised Jordan.',
    want: { has: [['Hamad al-Thani', 'PRAISED', 'Oman'], ['Hamad al-Thani', 'PRAISED', 'Jordan'], ['Hamad al-Thani', 'MET_WITH', 'Sara al-Sabah']], not: [['Sara al-Sabah', 'PRAISED', 'Jordan']] },
  }],
  ['"thanked X for its support and accused Y": the shared subject is the speaker, not the supporter', {
    given: 'Belarusian Defence Minister Ivan Dubko thanked Russia for its support and accused Poland of provocations.',
    want: { has: [['Ivan Dubko', 'CRITICIZED', 'Poland']], not: [['Russia', 'CRITICIZED', 'Poland']] },
  }],
  ['"A spokesman for X, NAME, said ... and accused Y": the person accuses', {
    given: 'A spokesman for Egypt\'s foreign ministry, Omar Fathy, said Cairo was calm and accused Ethiopia of lying.',
    want: { has: [['Omar Fathy', 'CRITICIZED', 'Ethiopia']] },
  }],
  ['"commanded by a Kuwaiti officer, Commodore X": the officer, not his state', {
    given: 'Combined Task Force 150, commanded by a Saudi officer, Commodore Nasser al-Otaibi, sailed on Monday.',
    want: { has: [['Combined Task Force 150', 'COMMANDED_BY', 'Nasser al-Otaibi']], not: [['Combined Task Force 150', 'COMMANDED_BY', 'Saudi Arabia']] },
  }],
  ['a base named after a titled person with a name particle is a place', {
    given: 'The boats returned to Zayed bin Sultan Naval Base in Abu Dhabi.',
    want: { entities: [['Zayed bin Sultan Naval Base', 'place']] },
  }],
  ['"signed an agreement" is an agreement; "The X Bridge agreement was signed" names it; the minister after "and STATE\'s Minister for A, B and C," signs too', {
    given: 'Norway and Iceland signed an agreement on Monday. The North Atlantic Link agreement was signed in Oslo by Norwegian Energy Minister Kari Berg and Iceland\'s Minister for Environment, Energy and Climate, Jon Einarsson.',
    want: { entities: [['North Atlantic Link agreement', 'agreement']], has: [['Norway', 'SIGNED', 'North Atlantic Link agreement'], ['Kari Berg', 'SIGNED', 'North Atlantic Link agreement'], ['Jon Einarsson', 'SIGNED', 'North Atlantic Link agreement'], ['Jon Einarsson', 'OFFICIAL_OF', 'Iceland']] },
  }],
  ['"an India–Japan pact" is no agreement of its own', {
    given: 'The idea of an Chile–Peru pact was first discussed in 2024.',
    want: { absent: ['Chile–Peru pact'] },
  }],
  ['"the Kuwait Declaration": a state names the agreement; "Foreign ministers A of X and B of Y signed" gives posts and signatures', {
    given: 'Foreign ministers Ali Hassan of Somalia and Yonas Tesfaye of Ethiopia signed the Doha Declaration. Sudan and Chad signed the Qatar Declaration.',
    want: { entities: [['Qatar Declaration', 'agreement']], has: [['Ali Hassan', 'SIGNED', 'Doha Declaration'], ['Yonas Tesfaye', 'SIGNED', 'Doha Declaration'], ['Ali Hassan', 'OFFICIAL_OF', 'Somalia'], ['Yonas Tesfaye', 'OFFICIAL_OF', 'Ethiopia'], ['Sudan', 'SIGNED', 'Qatar Declaration']] },
  }],
  ['"X da Praia, a port town in Y": a city after a name particle stays in the name; the apposition makes it a place', {
    given: 'Troops repelled an attack on Vila da Praia, a port town in Nampula, on Sunday.',
    want: { entities: [['Vila da Praia', 'place']], has: [['Vila da Praia', 'LOCATED_IN', 'Nampula']] },
  }],
  ['"an Islamic State-linked insurgency" names nobody; "Human Rights Watch" is an organization', {
    given: 'Human Rights Watch said Mali faces an Al Mourabitoun-linked insurgency.',
    want: { entities: [['Human Rights Watch', 'organization']], absent: ['Al Mourabitoun-linked'] },
  }],
  ['a state\'s armed service in lower case ("the Mozambican armed forces (FADM)", "the Omani navy") is an organization, one with its styled name', {
    given: 'Vessels of the Royal Navy of Oman helped. Soldiers of the 3rd Battalion of the Kenyan armed forces (KDF) arrived. The Omani navy\'s Fast Patrol Squadron returned to Wudam.',
    want: { entities: [['Kenyan armed forces', 'organization'], ['KDF', 'organization']], has: [['Fast Patrol Squadron', 'PART_OF', 'Royal Navy of Oman'], ['3rd Battalion of the Kenyan armed forces', 'PART_OF', 'KDF']] },
  }],
  ['"Special Forces Group" is a unit; "the French air force" a service, not a formation', {
    given: 'Soldiers of the Botswana Defence Force\'s Special Forces Group returned to Gaborone. The French air force sent jets.',
    want: { entities: [['Special Forces Group', 'unit'], ['French air force', 'organization']], has: [['Special Forces Group', 'RETURNED_TO', 'Gaborone']] },
  }],
  ['"sent its army\'s Search and Rescue Unit (SRU) to X": the unit and the state are deployed; "rescue boats" states no help', {
    given: 'Honduras sent its army\'s Search and Rescue Unit (SRU) to La Ceiba on Sunday with rescue boats, the Honduran Ministry of Defense said.',
    want: { entities: [['Search and Rescue Unit', 'unit']], has: [['Search and Rescue Unit', 'DEPLOYED_TO', 'La Ceiba'], ['Honduras', 'DEPLOYED_TO', 'La Ceiba']], not: [['Search and Rescue Unit', 'ASSISTED', 'Ministry of Defense of Honduras']] },
  }],
  ['"sent planes carrying food to X" is help; "U.S. dollars" names no state', {
    given: 'Peru sent two transport planes carrying 40 tons of food and medicine to Quito on Saturday. Japan donated 500,000 U.S. dollars.',
    want: { has: [['Peru', 'ASSISTED', 'Quito']], not: [['Peru', 'DEPLOYED_TO', 'Quito']], absent: ['United States'] },
  }],
  ['"visited a shelter run by the Red Cross in X" visits X', {
    given: 'President Ana Solis visited a shelter run by the Honduran Red Cross in La Ceiba.',
    want: { has: [['Ana Solis', 'VISITED', 'La Ceiba']], not: [['Ana Solis', 'VISITED', 'Honduran Red Cross']] },
  }],
  ['"the opposition X party" is an organization', {
    given: 'The opposition Liberty Front party accused the electoral commission of fraud.',
    want: { entities: [['Liberty Front party', 'organization']] },
  }],
  ['"conferred the X on the Saudi general": the conferred name is an award, "the Saudi general" the officer', {
    given: 'General Khalid Al-Harbi arrived on Monday. President Amina Yusuf of Nigeria conferred the Nishan-e-Haider on the Saudi general.',
    want: { entities: [['Nishan-e-Haider', 'award']], has: [['Khalid Al-Harbi', 'RECEIVED_AWARD', 'Nishan-e-Haider']] },
  }],
  ['"was signed for the kingdom by the Chief of Staff, General X": the general signs', {
    given: 'Jordan and Egypt signed a protocol on Monday. The protocol was signed for the kingdom by the Chief of the General Staff of the Jordanian Armed Forces, General Yousef Huneiti, in Amman.',
    want: { has: [['Yousef Huneiti', 'SIGNED', 'protocol']] },
  }],
  ['"the protocol" after a protocol and an agreement is the protocol', {
    given: 'Jordan and Egypt signed a trade agreement in 2020. On Monday they signed a defence protocol. The protocol was signed by Defence Minister Omar Said.',
    want: { has: [['Omar Said', 'SIGNED', 'defence protocol']], not: [['Omar Said', 'SIGNED', 'trade agreement']] },
  }],
  ['"X and Y met" (no object) meet each other; "held a separate bilateral meeting" too, not "a meeting to be held"', {
    given: 'Chilean President Rosa Vidal and Argentine President Juan Paz met on Monday. Vidal and Paz also held a separate bilateral meeting. The two leaders discussed the regional leaders\' meeting to be held in Lima.',
    want: { has: [['Rosa Vidal', 'MET_WITH', 'Juan Paz']] },
  }],
  ['"X hosted his two counterparts" meets the two others', {
    given: 'Cypriot President Nikos Petrou, Greek Prime Minister Yannis Doukas and Egyptian President Adel Fahmy signed the declaration. Petrou hosted his two counterparts at a dinner on Tuesday.',
    want: { has: [['Nikos Petrou', 'MET_WITH', 'Yannis Doukas'], ['Nikos Petrou', 'MET_WITH', 'Adel Fahmy']] },
  }],
  ['"Exercise X, a ten-day joint exercise in Y": one event, not two', {
    given: 'Troops from Benin took part in Exercise Iron Shield, a ten-day joint exercise in Benin\'s Alibori department.',
    want: { has: [['Benin', 'ATTENDED', 'Exercise Iron Shield']], absent: ['ten-day joint exercise', 'joint exercise'] },
  }],
  ['a deadline ("by June") does not date the signing', {
    given: 'Chile and Peru met on Tuesday. At a ceremony, the two countries signed a protocol that commits them to reopening the bridge by June.',
    want: { has: [['Chile', 'SIGNED', 'protocol']] },
  }],
  ['"UNHCR, the UN refugee agency, which has helped X": the described name helps', {
    given: 'UNICEF, the UN children\'s agency, which has helped Haiti rebuild schools, praised Canada.',
    want: { has: [['UNICEF', 'ASSISTED', 'Haiti']], not: [['UN', 'ASSISTED', 'Haiti']] },
  }],
  ['a negation inside a relative clause does not negate the main verb', {
    given: 'Niger, which was not invited to the exercise, accused Benin of secrecy.',
    want: { has: [['Niger', 'CRITICIZED', 'Benin']] },
  }],
  ['"Taoiseach X" in a Dublin dispatch leads Ireland', {
    given: 'DUBLIN, March 3. /RTE/. Ireland and Norway signed a fisheries agreement. Taoiseach Ciara Byrne praised the agreement.',
    want: { has: [['Ciara Byrne', 'LEADER_OF', 'Ireland']] },
  }],
  ['"The MoU" refers back to the memorandum; "Secretary at the Ministry of A, B and C, NAME"; "who inaugurated the meeting" attends it', {
    given: 'Bhutan and India signed a memorandum of understanding on Thursday at a meeting of the Joint River Commission. The MoU was signed by Secretary at the Ministry of Energy, Water and Irrigation Karma Dorji. Minister Pema Wangchuk, who inaugurated the meeting, thanked India. The Druk Party criticised the MoU.',
    want: { has: [['Karma Dorji', 'SIGNED', 'memorandum of understanding'], ['Pema Wangchuk', 'ATTENDED', 'meeting of the Joint River Commission'], ['Druk Party', 'CRITICIZED', 'memorandum of understanding']], absent: ['MoU'] },
  }],
  ['"based in X" is a home base, not a deployment', {
    given: 'Teams from the 9th Battalion, based in Patna, were deployed to Bihar.',
    want: { not: [['9th Battalion', 'DEPLOYED_TO', 'Patna']] },
  }],
  ['"A Nepal Army unit, the X Battalion" is part of the army', {
    given: 'A Bhutan Army unit, the Wangdue Battalion, returned to its barracks in Thimphu on Tuesday.',
    want: { has: [['Wangdue Battalion', 'PART_OF', 'Bhutan Army'], ['Wangdue Battalion', 'RETURNED_TO', 'Thimphu']] },
  }],
  ['"STATE\'s acting Minister of X, NAME" serves the state; "the X residence" is a place', {
    given: 'The deal was signed at the Ak Orda residence in Astana by Libya\'s acting Minister of Transport, Salem Farhat.',
    want: { entities: [['Ak Orda residence', 'place']], has: [['Salem Farhat', 'OFFICIAL_OF', 'Libya'], ['Ak Orda residence', 'LOCATED_IN', 'Astana']] },
  }],
  ['"X, a company that A and B set up in 2023": formed by both', {
    given: 'Trains leave from the Aqaba Cargo Center, a company that the Jordan Ports Authority and the Iraqi Railway Company set up in 2023.',
    want: { has: [['Aqaba Cargo Center', 'FORMED_BY', 'Jordan Ports Authority'], ['Aqaba Cargo Center', 'FORMED_BY', 'Iraqi Railway Company']] },
  }],
  ['"A and the Danish ambassador, B, were present at the signing ceremony at X Castle": both attend; the castle is a place', {
    given: 'Norway and Iceland signed an agreement on Monday. Prime Minister Eva Dahl and the Icelandic ambassador, Jon Arnason, were present at the signing ceremony at Akershus Castle.',
    want: { entities: [['signing ceremony', 'event'], ['Akershus Castle', 'place']], has: [['Eva Dahl', 'ATTENDED', 'signing ceremony'], ['Jon Arnason', 'ATTENDED', 'signing ceremony'], ['signing ceremony', 'LOCATED_IN', 'Akershus Castle']] },
  }],
  ['"took part in X, a NATO patrol operation in Y": X is that event', {
    given: 'The Estonian Navy took part in Nordic Vigil, a NATO patrol operation in the Baltic Sea.',
    want: { entities: [['Nordic Vigil', 'event']], has: [['Nordic Vigil', 'LOCATED_IN', 'Baltic Sea']] },
  }],
  ['"Annex C of the X Treaty" is an agreement; "the two officials signed" are the two people named before', {
    given: 'Chile and Peru signed the revised Annex B of the Lima Treaty on Tuesday. Chilean Trade Minister Ana Rojas met Peruvian Energy Minister Luis Soto. The two officials signed a memorandum on lithium.',
    want: { entities: [['Annex B', 'agreement']], has: [['Chile', 'SIGNED', 'Annex B'], ['Ana Rojas', 'SIGNED', 'memorandum on lithium'], ['Luis Soto', 'SIGNED', 'memorandum on lithium']] },
  }],
  ['"Border Guard Bangladesh (BGB) said its Teknaf-based 2nd Battalion": one organization named with its state; the battalion is part of it', {
    given: 'Border Guard Nepal (BGN) said its Birgunj-based 4th Battalion had been deployed to Parsa on Sunday.',
    want: { entities: [['Border Guard Nepal', 'organization']], has: [['4th Battalion', 'PART_OF', 'Border Guard Nepal'], ['4th Battalion', 'DEPLOYED_TO', 'Parsa']] },
  }],
  ['"X, the company that A and B created": formed by both; "Minister of Mining and Heavy Industry NAME"', {
    given: 'Kazakh Minister of Mining and Heavy Industry Aliya Nurlan signed the deal. Caspian Gas, the company that Kazakhstan and Azerbaijan created in 2019, runs the pipeline.',
    want: { has: [['Aliya Nurlan', 'OFFICIAL_OF', 'Kazakhstan'], ['Caspian Gas', 'FORMED_BY', 'Kazakhstan'], ['Caspian Gas', 'FORMED_BY', 'Azerbaijan']] },
  }],
  ['"the interior ministers, A of X and Y\'s B": each serves their state', {
    given: 'Benin and Togo signed an accord. It was signed by the two countries\' interior ministers, Adjo Mensah of Togo and Benin\'s Koffi Dossou.',
    want: { has: [['Adjo Mensah', 'OFFICIAL_OF', 'Togo'], ['Koffi Dossou', 'OFFICIAL_OF', 'Benin']] },
  }],
  ['a relative clause after coordinated states belongs to both', {
    given: 'Uruguay thanked Chile and Argentina, which had sent firefighters to help Uruguay.',
    want: { has: [['Chile', 'ASSISTED', 'Uruguay'], ['Argentina', 'ASSISTED', 'Uruguay']] },
  }],
];

describe('recall rules', () => {
  it('an acronym in brackets after a lower-case phrase is no organization of its own', () => {
    const x = run('They signed a memorandum of understanding (MOU) on Monday.');
    expect(x.entities.map((e) => `${e.type}:${e.label}`)).toEqual(['agreement:memorandum of understanding']);
    expect(entity(x, 'MOU', 'agreement')).toBeDefined();
  });

  it('an alternative spelling that is a common word names no state; a plural role word opening a sentence names nobody', () => {
    expect(run('Patrols cover Baffin Island.').entities.some((e) => e.type === 'state')).toBe(false);
    expect(run('Leaders met in Lima.').entities.map((e) => e.label)).toEqual(['Lima']);
  });

  it('a lone event head after "the" names no person', () => {
    expect(run('In a communique, the Conference condemned the attack.').entities.some((e) => e.type === 'person')).toBe(false);
  });

  it('no entity from "Russia\'s special military operation" or "the joint statement"', () => {
    const x = run("He backed Russia's special military operation in Ukraine. Korea was not mentioned in the joint statement.");
    expect(x.entities.filter((e) => e.type === 'event' || e.type === 'agreement')).toEqual([]);
  });

  it('"later that evening" after a year-long date takes no date from it', () => {
    const x = run('The company was set up in 2019. At a banquet later that evening, President Ama Owusu of Ghana conferred the Order of the Volta on her guest, Nigerian President Tunde Bello.');
    const r = foundRelation(x, 'Tunde Bello', 'RECEIVED_AWARD', 'Order of the Volta');
    expect(r.date?.start).not.toBe('2019-01-01');
  });

  it('a deadline ("by June") is not the date of the signing', () => {
    const x = run('Chile and Peru met on Tuesday. At a ceremony, the two countries signed a protocol that commits them to reopening the bridge by June.');
    const r = foundRelation(x, 'Chile', 'SIGNED', 'protocol');
    expect(r.date?.text).not.toBe('June');
  });

  it('"Deputy Foreign Minister" is spelled "Deputy Minister of Foreign Affairs"', () => {
    const x = run("Iran's Deputy Foreign Minister Ali Bagheri spoke.");
    expect(x.relations.find((r) => r.type === 'OFFICIAL_OF')?.role).toBe('Deputy Minister of Foreign Affairs');
  });

  it('a place right after an event mid-sentence is the event\'s, even after "during"', () => {
    const x = run('The deal was agreed during a trilateral summit in Sochi on Monday.');
    expect(relation(x, 'trilateral summit', 'LOCATED_IN', 'Sochi'), triples(x).join('\n')).toBeDefined();
  });

  it('"Corp. (ACRONYM)": the acronym in brackets after an abbreviation\'s full stop is the corporation\'s', () => {
    const x = run('The mine is run by Andes Lithium Resources Corp. (ALIRCO). ALIRCO said output rose.');
    const orgs = x.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.label)).toEqual(['Andes Lithium Resources Corp']);
    expect(orgs[0]!.aliases).toContain('ALIRCO');
  });

  it('a shorter name is one body only when one longer name fits ("the National Army" after two armies stays apart)', () => {
    const x = run("The Algerian-Libyan Joint Border Security Committee met. The Joint Committee last met in Tripoli. The Libyan National Army and the People's National Army met. The National Army said so.");
    expect(entity(x, 'Joint Committee')?.label).toBe('Algerian-Libyan Joint Border Security Committee');
    expect(entity(x, 'National Army')?.label).toBe('National Army');
  });

  it('a date in a relative clause after the object ("under which ... from September") does not date the signing', () => {
    const x = run('Defence Minister Ali Saleh signed a memorandum on training, under which officers will attend courses from September.', '2027-06-28');
    const r = foundRelation(x, 'Ali Saleh', 'SIGNED', 'memorandum on training');
    expect(r.date?.text).not.toBe('September');
  });

  it('"the Royal Brunei Navy" and "the Bruneian navy" are one node, as the Thai ones are', () => {
    const x = run('The Royal Brunei Navy sent ships. Tanabe praised the Bruneian navy. The Royal Thai Navy sent ships. The Thai navy said so.');
    expect(entity(x, 'Royal Brunei Navy')?.id).toBe(entity(x, 'Bruneian navy')?.id);
    expect(entity(x, 'Royal Thai Navy')?.id).toBe(entity(x, 'Thai navy')?.id);
    expect(entity(x, 'Royal Brunei Navy')?.id).not.toBe(entity(x, 'Royal Thai Navy')?.id);
  });

  it('a day said inside a quotation ("I would do it again tomorrow," he told Malta Today) dates no fact told outside it, and "Malta Today" is a name, no day', () => {
    const x = run('Gunner Luke Vella-Camilleri was awarded the Medal for Bravery by the President at an investiture ceremony. "I would do it again tomorrow," Vella-Camilleri told Malta Today after the ceremony. The ceremony was also attended by Brigadier Mario Cutajar-Zammit.', '2072-12-14');
    const r = relation(x, 'Mario Cutajar-Zammit', 'ATTENDED', 'investiture ceremony');
    expect(r, triples(x).join('\n')).toBeDefined();
    expect(r?.date?.text).toBeUndefined();
  });

  it('"Speaking at the ceremony, X thanked Viet Nam for the rice it donated to Cuba in January": the date of what the reason tells dates neither the thanks nor the ceremony', () => {
    const x = run('HAVANA, December 5. /Prensa Latina/. The ceremony, held at the José Martí Memorial, was presided over by Minister Reinaldo Lastre-Cutiño. Speaking at the ceremony, Lastre-Cutiño thanked Viet Nam for the 5,000 tons of rice it donated to Cuba in January.', '2080-12-05');
    const thanks = relation(x, 'Reinaldo Lastre-Cutiño', 'PRAISED', 'Vietnam');
    const present = relation(x, 'Reinaldo Lastre-Cutiño', 'ATTENDED', 'ceremony');
    expect(thanks && present, triples(x).join('\n')).toBeDefined();
    expect(thanks?.date?.text).not.toBe('January');
    expect(present?.date?.text).not.toBe('January');
    expect(relation(x, 'Vietnam', 'ASSISTED', 'Cuba')?.date?.text).toBe('January');
  });

  it('"chaired a session of the Botswana-Namibia Joint Permanent Commission, which was established by the two countries in 2018": the body closing the gathering\'s name is founded, and the founding\'s year dates no attendance', () => {
    const x = run('WINDHOEK, May 4. /NAMPA/. Botswana and Namibia signed a border accord. On Monday, Minister Tjiuai Kavetuna-Shikongo chaired a session of the Botswana-Namibia Joint Permanent Commission, which was established by the two countries in 2018.', '2080-05-04');
    expect(relation(x, 'Botswana-Namibia Joint Permanent Commission', 'FORMED_BY', 'Botswana'), triples(x).join('\n')).toBeDefined();
    expect(relation(x, 'Botswana-Namibia Joint Permanent Commission', 'FORMED_BY', 'Namibia')).toBeDefined();
    const present = relation(x, 'Tjiuai Kavetuna-Shikongo', 'ATTENDED', 'session');
    expect(present, triples(x).join('\n')).toBeDefined();
    expect(present?.date?.text).not.toBe('2018');
  });

  it('"co-chaired a two-day meeting of the Tunisian-Libyan Joint Border Committee, a body set up by the two countries in 2013, which was held in Tunis on Wednesday and Thursday": the body closing the gathering\'s phrase is founded, in 2013; the gathering is dated by its own clause', () => {
    const x = run('TUNIS, May 12. /TAP/. Tunisia and Libya signed a border accord. The two ministers, Kamel Ben Ayed-Slimani and Salem Abu-Shagour, had earlier co-chaired a two-day meeting of the Tunisian-Libyan Joint Border Committee, a body set up by the two countries in 2013, which was held in Tunis on Wednesday and Thursday.', '2080-05-12');
    expect(relation(x, 'Tunisian-Libyan Joint Border Committee', 'FORMED_BY', 'Tunisia')?.date?.text, triples(x).join('\n')).toBe('2013');
    expect(relation(x, 'Tunisian-Libyan Joint Border Committee', 'FORMED_BY', 'Libya')).toBeDefined();
    expect(relation(x, 'Kamel Ben Ayed-Slimani', 'ATTENDED', 'two-day meeting')?.date?.text, triples(x).join('\n')).toBe('Wednesday and Thursday');
  });

  it('"praised the Polish contingent for its role in calming tensions in the north of Kosovo last summer": a date in a gerund after the reason\'s noun dates the reason, not the praise', () => {
    const x = run('WARSAW, May 3. /PAP/. General Tomasz Wierzbicki praised the Polish contingent for its role in calming tensions in the north of Kosovo last summer.', '2080-05-03');
    const praise = relation(x, 'Tomasz Wierzbicki', 'PRAISED', 'Poland');
    expect(praise, triples(x).join('\n')).toBeDefined();
    expect(praise?.date).toBeUndefined();
  });

  it('"condemned the November 11 attack by ISWAP": whoever did the act is criticised, and the act\'s day does not date the words', () => {
    const x = run('Opening the summit on Friday, President Idriss Mahamat-Koulamallah condemned the October 3 attack by the Islamic State West Africa Province (ISWAP) on a base in Bol.', '2074-10-20');
    expect(relation(x, 'Idriss Mahamat-Koulamallah', 'CRITICIZED', 'Islamic State West Africa Province')?.date?.text, triples(x).join('\n')).toBe('Friday');
  });

  it('a date in a relative clause closed before the cue ("X, who had arrived on July 15, returned on Monday") does not date it', () => {
    const x = run('The Chinese troops of the 81st Group Army, who had arrived by sea at Kampot on July 15, returned to China on Monday night.', '2027-08-03');
    expect(relation(x, '81st Group Army', 'RETURNED_TO', 'China')?.date?.text, triples(x).join('\n')).toBe('Monday night');
  });

  it('a post with its acronym ("The Chief of Defence Staff (CDS), Gen. X") is read without failing, and "the CDS" later is no new person', () => {
    const x = run('The Chief of Defence Staff (CDS), Gen. Olu Bello, visited the troops in Kaiama on Tuesday. The CDS thanked the brigade.');
    expect(entity(x, 'Olu Bello', 'person')).toBeDefined();
    expect(x.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(['Olu Bello']);
  });

  it('a date in a relative clause closed before an event ("X, who arrived on Tuesday, later co-chaired the meeting") dates neither the event nor its attendance', () => {
    const x = run('Iraqi Foreign Minister Fuad Hussein arrived in Kuwait. Hussein, who arrived in the country on Tuesday, later co-chaired the seventh meeting of the Joint Committee on Border Maintenance.', '2027-09-09');
    const r = foundRelation(x, 'Fuad Hussein', 'ATTENDED', 'seventh meeting of the Joint Committee on Border Maintenance');
    expect(r.date?.text).not.toBe('Tuesday');
  });

  it('a unit named with its body keeps the short name as an alias, so both forms are one node', () => {
    const x = run('Troops included the 15th Separate Motor Rifle Brigade of the Central Military District of Russia. The 15th Separate Motor Rifle Brigade returned home later.');
    const units = x.entities.filter((e) => e.type === 'unit');
    expect(units.length, JSON.stringify(units)).toBe(1);
    expect(units[0]!.aliases).toContain('15th Separate Motor Rifle Brigade');
  });

  it('a later bare "Kampong Speu" is the place "Kampong Speu province", not a person', () => {
    const x = run('The exercise was held in Kampong Speu province. Troops later moved from Kampong Speu to Phnom Penh.');
    expect(x.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(entity(x, 'Kampong Speu', 'place')?.label).toBe('Kampong Speu province');
  });

  it('"Ishigaki Island" and a later "Ishigaki" are one place; "Kuwait City" is not "Kuwait"', () => {
    const x = run('The ships arrived at Ishigaki Island on Monday. Later they left Ishigaki for Naha. Troops flew to Kuwait City.');
    expect(entity(x, 'Ishigaki', 'place')?.label).toBe('Ishigaki Island');
    expect(x.entities.filter((e) => e.type === 'place' && /Ishigaki/.test(e.label)).length).toBe(1);
    expect(entity(x, 'Kuwait City', 'place')?.aliases).not.toContain('Kuwait');
  });

  it('a state\'s army in lower case and its one named defence force are one node; a named "Ghana Army" is not the "Ghana Armed Forces"', () => {
    const x = run("The Ugandan army said on Monday it had deployed troops. The soldiers, from the Uganda People's Defence Force (UPDF)'s 4th Division, crossed the border. The Ghana Armed Forces sent troops. The Ghana Army said so.");
    expect(entity(x, 'Ugandan army')?.id).toBe(entity(x, 'UPDF')?.id);
    expect(entity(x, 'Ghana Army')?.id).not.toBe(entity(x, 'Ghana Armed Forces')?.id);
  });

  it('a plural demonym names nobody', () => {
    expect(run('The Iranians were handed over. Americans attended.').entities.map((e) => e.label)).toEqual([]);
  });

  it.each(cases)('%s', (_name, { given, want }) => {
    const x = run(given);
    const all = triples(x).join('\n');
    for (const [name, type] of want.entities ?? []) expect(entity(x, name, type), `${type}:${name} in ${JSON.stringify(x.entities.map((e) => `${e.type}:${e.label}`))}`).toBeDefined();
    for (const [s, t, o] of want.has ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o} in\n${all}`).toBeDefined();
    for (const [s, t, o] of want.not ?? []) expect(relation(x, s, t, o), `${s} ${t} ${o} in\n${all}`).toBeUndefined();
    for (const name of want.absent ?? []) expect(entity(x, name), name).toBeUndefined();
    for (const [name, type] of want.absentAs ?? []) expect(entity(x, name, type), `${name} as ${type}`).toBeUndefined();
    for (const [a, b] of want.same ?? []) expect(entity(x, a)?.id, `${a} is ${b}`).toBe(entity(x, b)?.id ?? 'none');
    for (const [a, b] of want.distinct ?? []) expect(entity(x, a)?.id ?? 'none', `${a} is not ${b}`).not.toBe(entity(x, b)?.id ?? 'none');
  });
});

// Composes one synthetic dispatch: header and dateline, a lead sentence with its source, and
// paragraphs of pattern sentences and filler, together with the gold annotation of what it says.
import { EDGE_TYPES, type EdgeType } from '../../server/ontology.js';
import { DocBuilder, cap, type GoldEntity, type GoldRelation } from './builder.js';
import { documentDate, monthDay } from './dates.js';
import { PATTERNS, type Scene } from './patterns.js';
import { createRng, mixSeed } from './prng.js';
import type { State, Thing, World } from './world.js';

/** Gold annotation of one generated document, in the format score-extraction reads. */
export interface GoldDocument {
  doc: string;
  date: string;
  dateline: { place: string; agency: string };
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface GeneratedDocument {
  /** File name stem (`syn-00042-1a2b3c4d`). */
  id: string;
  date: string;
  text: string;
  gold: GoldDocument;
}

const WIRES = ['TASS', 'Reuters', 'AFP', 'Xinhua', 'Yonhap', 'Anadolu', 'EFE', 'ANSA', 'Prensa Latina', 'Kyodo'];

const FILLER = [
  'The talks lasted several hours.',
  'No further details were given.',
  'The sides agreed to continue consultations at the expert level.',
  'Journalists were not allowed to attend the closed part of the meeting.',
  'The ministry did not say how long the mission would last.',
  'Observers described the atmosphere as businesslike.',
  'The programme of the visit also includes a wreath-laying ceremony.',
  'According to preliminary data, no one was hurt.',
  'The next round of consultations is expected later this year.',
];

const QUOTES = [
  '"We highly value the friendship between our peoples," {p} said.',
  '"Our cooperation is developing dynamically in all areas," {p} stressed.',
  '"This is an important step for the security of the whole region," {p} told reporters.',
];

/** Relation types the document's sentences are drawn from, most documents covering 4-7 of them. */
function chooseTypes(doc: Scene): EdgeType[] {
  const n = doc.r.int(4, 7);
  return doc.r.sample(EDGE_TYPES, n);
}

/** Generates the document at `index` of the corpus with seed `seed`. Depends on nothing else. */
export function generateDocument(world: World, seed: number, index: number): GeneratedDocument {
  const r = createRng(mixSeed(seed, index + 1));
  const date = documentDate(r);
  const b = new DocBuilder(r, date);
  const [home, guest, rival] = r.sample(world.states, 3) as [State, State, State];
  const scene: Scene = { b, r, home, guest, rival, world };
  const cityState = r.chance(0.7) ? home : guest;
  const agencyOrg = home.orgs.agency;
  const wire = r.chance(0.5) ? r.pick(WIRES) : agencyOrg.acronym;
  const wireThing: Thing = wire === agencyOrg.acronym ? agencyOrg : { id: `organization:${wire.toLowerCase().replace(/\s+/g, '-')}`, type: 'organization', name: wire };
  b.mention(wireThing, wire);
  b.mention(cityState.capital, cityState.capital.name, true, true);

  // Sentences are written in reading order, so first mentions (full names, titles) come first.
  const types = chooseTypes(scene);
  const write = (): string => r.pick(PATTERNS[types.shift() as EdgeType])(scene);
  const lead = write().replace(/\.$/, '');
  const source = `${b.ref(agencyOrg)} (${b.mention(agencyOrg, agencyOrg.acronym)})`;
  const paragraphs: string[] = [`${lead}, ${source} reported.`];
  const cast = [...home.people, ...guest.people, ...rival.people];
  while (types.length > 0) {
    const para: string[] = [];
    for (let n = r.int(1, 3); n > 0 && types.length > 0; n--) para.push(write());
    if (r.chance(0.4)) para.push(r.pick(FILLER));
    if (r.chance(0.3)) {
      const speakers = cast.filter((p) => b.entities.has(p.id));
      if (speakers.length > 0) para.push(r.pick(QUOTES).replace('{p}', b.person(r.pick(speakers))));
    }
    paragraphs.push(para.join(' '));
  }
  const id = `syn-${String(index).padStart(5, '0')}-${mixSeed(seed, index).toString(16).padStart(8, '0')}`;
  const header = `${r.chance(0.5) ? ' ' : ''}date ${date} ${cityState.capital.name.toUpperCase()}, ${monthDay(date)}. /${wire}/. `;
  const text = header + paragraphs.map(cap).join('\n\n') + '\n';
  const gold: GoldDocument = {
    doc: `${id}.txt`, date, dateline: { place: cityState.capital.name, agency: wire },
    entities: b.goldEntities(), relations: b.goldRelations(),
  };
  return { id, date, text, gold };
}

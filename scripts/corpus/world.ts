// The synthetic world a corpus is written about: states from the world-countries package and,
// for each, generated office holders, organizations, military units, places, events and awards.
// Built once per seed, so the same entities recur across documents as they do in real news.
import countries from 'world-countries';
import type { EdgeType, NodeType } from '../../server/ontology.js';
import { cultureOfSubregion, personName, type Culture } from './names.js';
import type { Rng } from './prng.js';
import { AGREEMENT_KINDS, AGREEMENT_TOPICS, EVENT_KINDS, FACILITY_KINDS, PARTY_KINDS, REGION_KINDS, UNIT_KINDS, VIRTUES, ordinal, toponym } from './toponyms.js';

/** Anything that becomes a node: a gold entity id, its type and canonical name. */
export interface Thing {
  id: string;
  type: NodeType;
  name: string;
  /** Form used on later mentions (surname, "the brigade"); defaults to the name. */
  short?: string;
  /** Other names the thing goes by, added to its gold aliases ("Treaty on X" without the parties). */
  alt?: string[];
}

export interface State extends Thing {
  type: 'state';
  demonym: string;
  official: string;
  capital: Thing;
  culture: Culture;
  /** Common name takes an article ("the United States"). */
  article: boolean;
  orgs: { defence: Thing; foreign: Thing; forces: Thing; staff: Thing; security: Thing; agency: Thing & { acronym: string }; party: Thing };
  people: Person[];
  units: Unit[];
  regions: Thing[];
  facilities: Array<Thing & { region: Thing }>;
  events: Array<Thing & { place: Thing }>;
  awards: Thing[];
}

/** A person's post: the title written before the name and the relation it states. */
export interface Post {
  title: string;
  relation: Extract<EdgeType, 'LEADER_OF' | 'OFFICIAL_OF'>;
  of: Thing;
  /** Descriptor placed before the name ("South Korean President") or after it (", chairman of ..."). */
  before: boolean;
}

export interface Person extends Thing { type: 'person'; short: string; state: State; post: Post }
export interface Unit extends Thing { type: 'unit'; short: string; state: State; men: [number, number] }

export interface World {
  states: State[];
  agreement(rng: Rng, a: State, b: State): Thing;
}

/** Lower-case, dash-separated id of a name. */
export function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const thing = (type: NodeType, name: string, short?: string, scope = ''): Thing =>
  ({ id: `${type}:${slug(scope ? `${scope} ${name}` : name)}`, type, name, ...(short ? { short } : {}) });

const ARTICLE = /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall Islands|Solomon Islands|Comoros|Seychelles|Central African Republic|Dominican Republic|Czech Republic|Republic of the Congo)\b/;

function usable(c: (typeof countries)[number]): boolean {
  const demonym = c.demonyms?.eng?.m ?? '';
  return c.independent && c.unMember && !!c.capital[0] && !!demonym && !/[,(]| or /.test(demonym) && !/^DR /.test(c.name.common);
}

function buildState(rng: Rng, c: (typeof countries)[number], used: Set<string>): State {
  const name = c.name.common;
  const demonym = c.demonyms.eng.m;
  const culture = cultureOfSubregion(c.subregion, name);
  const fresh = (make: () => string): string => {
    for (let i = 0; i < 10_000; i++) { const v = make(); if (!used.has(v)) { used.add(v); return v; } }
    throw new Error(`corpus world: cannot find a fresh name for ${name}. Expected a larger syllable set`);
  };
  const capital = thing('place', c.capital[0] as string);
  const the = ARTICLE.test(name) ? `the ${name}` : name;
  const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  const acronym = (words.length > 1 ? words.map((w) => w[0]).join('') : name.slice(0, 2).toUpperCase()) + 'NA';
  const orgs: State['orgs'] = {
    defence: thing('organization', `Ministry of Defence of ${the}`),
    foreign: thing('organization', `Ministry of Foreign Affairs of ${the}`),
    forces: thing('organization', `Armed Forces of ${the}`),
    staff: thing('organization', `General Staff of the Armed Forces of ${the}`),
    security: thing('organization', `Security Council of ${the}`),
    agency: { ...thing('organization', `${name} National News Agency`), acronym },
    party: thing('organization', rng.pick(PARTY_KINDS).replace('{d}', demonym).replace('{c}', the)),
  };
  const state: State = {
    ...thing('state', name), type: 'state', demonym, official: c.name.official, capital, culture,
    article: ARTICLE.test(name), orgs, people: [], units: [], regions: [], facilities: [], events: [], awards: [],
  };
  state.regions = [0, 1, 2].map(() => thing('place', `${fresh(() => toponym(rng, culture))} ${rng.pick(REGION_KINDS)}`));
  state.facilities = [0, 1].map(() => {
    const region = rng.pick(state.regions);
    return { ...thing('place', rng.pick(FACILITY_KINDS).replace('{t}', fresh(() => toponym(rng, culture)))), region };
  });
  state.units = [0, 1, 2, 3].map(() => {
    const kind = rng.pick(UNIT_KINDS);
    const unitName = fresh(() => kind.name.replace('{n}', ordinal(rng.int(1, 720))));
    return { ...thing('unit', unitName, undefined, name), type: 'unit', short: `the ${kind.short}`, state, men: kind.men };
  });
  state.events = [0, 1].map(() => {
    const place = rng.chance(0.6) ? capital : rng.pick(state.regions);
    const eventName = fresh(() => rng.pick(EVENT_KINDS).replace('{cap}', capital.name).replace('{t}', toponym(rng, culture)));
    const proper = / Shield /.test(eventName) ? [eventName.replace(/ joint military exercise$/, '')] : [];
    return { ...thing('event', eventName), place, ...(proper.length ? { alt: proper } : {}) };
  });
  state.awards = [thing('award', `Hero of ${the}`), thing('award', `Order of ${rng.pick(VIRTUES)} of ${the}`)];
  const posts: Post[] = [
    { title: 'President', relation: 'LEADER_OF', of: state, before: true },
    { title: 'Prime Minister', relation: 'OFFICIAL_OF', of: state, before: true },
    { title: 'Foreign Minister', relation: 'OFFICIAL_OF', of: state, before: true },
    { title: 'Defence Minister', relation: 'OFFICIAL_OF', of: state, before: true },
    { title: 'spokesperson for the', relation: 'OFFICIAL_OF', of: orgs.foreign, before: false },
    { title: 'Chief of the', relation: 'LEADER_OF', of: orgs.staff, before: false },
    { title: 'chairman of the', relation: 'LEADER_OF', of: orgs.party, before: false },
    { title: 'Secretary of the', relation: 'OFFICIAL_OF', of: orgs.security, before: false },
    ...state.units.map((u): Post => ({ title: 'commander of the', relation: 'LEADER_OF', of: u, before: false })),
  ];
  state.people = posts.map((post) => {
    let n = personName(rng, culture);
    for (let i = 0; used.has(n.full) && i < 10_000; i++) n = personName(rng, culture);
    if (used.has(n.full)) throw new Error(`corpus world: cannot find a fresh person name for ${name}`);
    used.add(n.full);
    return { ...thing('person', n.full), type: 'person', short: n.short, state, post };
  });
  return state;
}

/** Builds the world of one seed: every usable UN member state with its generated cast. */
export function buildWorld(rng: Rng): World {
  const used = new Set<string>();
  const states = countries.filter(usable).map((c) => buildState(rng.fork(Number(c.ccn3) || 1), c, used));
  return {
    states,
    agreement(r, a, b) {
      const [x, y] = [a, b].sort((p, q) => p.name.localeCompare(q.name)) as [State, State];
      const kind = r.pick(AGREEMENT_KINDS);
      const topic = r.pick(AGREEMENT_TOPICS);
      const art = (st: State): string => (st.article ? `the ${st.name}` : st.name);
      const label = `${kind} on ${topic} between ${art(x)} and ${art(y)}`;
      const t = thing('agreement', label, `the ${kind === 'Memorandum of Understanding' ? 'memorandum' : kind.toLowerCase()}`);
      return { ...t, alt: [`${kind} on ${topic}`] };
    },
  };
}

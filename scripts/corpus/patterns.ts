// Sentence patterns in wire style, one table entry per relation type of the ontology. Each pattern
// writes one sentence about the scene's states and records the relations it states in the builder.
import type { EdgeType } from '../../server/ontology.js';
import { cap, type DocBuilder } from './builder.js';
import type { Rng } from './prng.js';
import type { Person, State, Thing, World } from './world.js';

/** What a document is about: a home state, a guest (partner) state and a rival state. */
export interface Scene { b: DocBuilder; r: Rng; home: State; guest: State; rival: State; world: World }
export type Pattern = (s: Scene) => string;

const president = (s: State): Person => s.people[0] as Person;
/** A senior official of a state who can travel, meet and speak (not a unit commander). */
const official = (r: Rng, s: State): Person => r.pick(s.people.slice(0, 8));
const commander = (r: Rng, s: State): Person => r.pick(s.people.slice(8));
const unitOf = (r: Rng, s: State) => r.pick(s.units);
const count = (r: Rng, lo: number, hi: number): string => r.int(lo, hi).toLocaleString('en-US');

/** A place of a state with its LOCATED_IN chain recorded: a region, a facility or the capital. */
function place(s: Scene, st: State, required = true): Thing {
  const { b, r } = s;
  const roll = r.next();
  if (roll < 0.4) { const reg = r.pick(st.regions); b.rel(reg, 'LOCATED_IN', st, undefined, !required); return reg; }
  if (roll < 0.7) { const f = r.pick(st.facilities); b.rel(f, 'LOCATED_IN', [f.region, st], undefined, !required); return f; }
  b.rel(st.capital, 'LOCATED_IN', st, undefined, true);
  return st.capital;
}

/** "the Velorsk Region of France" / "Paris": a place followed by its state when it is not the capital. */
function where(s: Scene, st: State, p: Thing): string {
  const name = s.b.ref(p);
  return p === st.capital ? name : `${name} of ${s.b.state(st)}`;
}

export const PATTERNS: Record<EdgeType, Pattern[]> = {
  LEADER_OF: [
    (s) => { const p = commander(s.r, s.home); return `${cap(s.b.person(p))} reported that the troops were ready to carry out any task.`; },
    (s) => { const p = president(s.home); return `${cap(s.b.person(p))} chaired a meeting of the government on the issue.`; },
  ],
  OFFICIAL_OF: [
    (s) => { const p = s.home.people[4] as Person; return `${cap(s.b.person(p))} told a briefing that the position of ${s.b.state(s.home)} had not changed.`; },
    (s) => { const p = s.home.people[7] as Person; return `${cap(s.b.person(p))} said the situation was under control.`; },
  ],
  PART_OF: [
    (s) => { const u = unitOf(s.r, s.home); const un = s.b.ref(u); s.b.rel(u, 'PART_OF', [s.home.orgs.forces, s.home]); return `${cap(un)} is part of the ${s.b.ref(s.home.orgs.forces).replace(/^the /, '')}.`; },
    (s) => { const u = unitOf(s.r, s.home); const un = s.b.ref(u); s.b.rel(u, 'PART_OF', [s.home.orgs.forces, s.home]); return `${cap(un)}, which belongs to the ${s.b.ref(s.home.orgs.forces).replace(/^the /, '')}, has been on high alert since the spring.`; },
  ],
  LOCATED_IN: [
    (s) => { const f = s.r.pick(s.home.facilities); const t = `The ${f.name} in the ${s.b.ref(f.region).replace(/^the /, '')} of ${s.b.state(s.home)} was closed to visitors.`; s.b.ref(f); s.b.rel(f, 'LOCATED_IN', f.region); s.b.rel(f.region, 'LOCATED_IN', s.home); return t; },
    (s) => { const reg = s.r.pick(s.guest.regions); s.b.rel(reg, 'LOCATED_IN', s.guest); return `Heavy rain has flooded several villages in the ${s.b.ref(reg).replace(/^the /, '')} of ${s.b.state(s.guest)}, local authorities said.`; },
  ],
  SIGNED: [
    (s) => { const ag = s.world.agreement(s.r, s.home, s.guest); const d = s.b.date(); const a = s.b.state(s.home); const g = s.b.state(s.guest); s.b.rel(s.home, 'SIGNED', ag, d); s.b.rel(s.guest, 'SIGNED', ag, d); return `${cap(a)} and ${g} signed ${s.b.ref(ag)} ${d.text}.`; },
    (s) => { const ag = s.world.agreement(s.r, s.home, s.guest); const d = s.b.date(); const p = president(s.home); const q = president(s.guest); const t = `${cap(s.b.person(p))} and ${s.b.person(q, 'obj')} signed the ${s.b.ref(ag).replace(/^the /, '')} in ${s.b.ref(s.home.capital)} ${d.text}.`; s.b.rel(p, 'SIGNED', ag, d); s.b.rel(q, 'SIGNED', ag, d); s.b.rel([s.home, s.guest], 'SIGNED', ag, d, true); return t; },
  ],
  FORMED_BY: [
    (s) => { const u = unitOf(s.r, s.home); const d = s.b.date(); const un = s.b.ref(u); const org = s.r.chance(0.5) ? s.home.orgs.defence : s.home.orgs.staff; s.b.rel(u, 'FORMED_BY', org, d); return `${cap(un)} was formed ${d.text} by decision of the ${s.b.ref(org).replace(/^the /, '')}.`; },
    (s) => { const u = unitOf(s.r, s.home); const d = s.b.date(); const a = s.b.state(s.home); s.b.rel(u, 'FORMED_BY', s.home, d); return `${cap(a)} established ${s.b.ref(u)} ${d.text} to guard its northern border.`; },
  ],
  COMMANDED_BY: [
    (s) => { const u = unitOf(s.r, s.home); const un = s.b.unit(u); s.b.rel(u, 'COMMANDED_BY', s.home.orgs.staff); return `${cap(un)} acted on the orders of the ${s.b.ref(s.home.orgs.staff).replace(/^the /, '')}, officials said.`; },
    (s) => { const u = unitOf(s.r, s.home); const un = s.b.ref(u); s.b.rel(u, 'COMMANDED_BY', s.home.orgs.party); return `Servicemen of ${un} were carrying out the combat order of the ${s.b.ref(s.home.orgs.party).replace(/^the /, '')}.`; },
  ],
  DEPLOYED_TO: [
    (s) => { const u = unitOf(s.r, s.home); const d = s.b.date(); const a = s.b.state(s.home); const reg = s.r.pick(s.guest.regions); s.b.rel(u, 'DEPLOYED_TO', [reg, s.guest], d); s.b.rel(reg, 'LOCATED_IN', s.guest); return `${cap(a)} has deployed ${s.b.unit(u)} to ${where(s, s.guest, reg)} ${d.text}.`; },
    (s) => { const u = unitOf(s.r, s.home); const d = s.b.date(); s.b.rel(u, 'DEPLOYED_TO', s.guest, d); return `${cap(s.b.unit(u))} was dispatched to ${s.b.state(s.guest)} ${d.text}, where it is stationed near ${s.b.ref(s.guest.capital)}.`; },
    (s) => { const p = president(s.home); const n = count(s.r, 500, 6000); s.b.rel([s.home, p], 'DEPLOYED_TO', s.guest); return `${cap(s.b.person(p))} decided to send ${n} military engineers to ${s.b.state(s.guest)}.`; },
  ],
  RETURNED_TO: [
    (s) => { const u = unitOf(s.r, s.home); const d = s.b.date(); s.b.rel(u, 'RETURNED_TO', s.home, d); s.b.rel(u, 'DEPLOYED_TO', s.guest, undefined, true); return `Officers and soldiers of ${s.b.ref(u)} returned to ${s.b.state(s.home)} ${d.text} after completing their mission in ${s.b.state(s.guest)}.`; },
    (s) => { const p = official(s.r, s.home); const d = s.b.date(); const t = `${cap(s.b.person(p))} returned to ${s.b.ref(s.home.capital)} ${d.text} after a visit to ${s.b.state(s.guest)}.`; s.b.rel(p, 'RETURNED_TO', [s.home.capital, s.home], d); s.b.rel(p, 'VISITED', s.guest); s.b.rel(s.home.capital, 'LOCATED_IN', s.home, undefined, true); return t; },
  ],
  VISITED: [
    (s) => { const p = official(s.r, s.guest); const d = s.b.date(); const t = `${cap(s.b.person(p))} arrived in ${s.b.ref(s.home.capital)} ${d.text} on an official visit to ${s.b.state(s.home)}.`; s.b.rel(p, 'VISITED', s.home.capital, d); s.b.rel(p, 'VISITED', s.home, d); s.b.rel(s.home.capital, 'LOCATED_IN', s.home, undefined, true); return t; },
    (s) => { const p = official(s.r, s.guest); const d = s.b.date(); const pl = place(s, s.home); const t = `${cap(s.b.person(p))} visited ${where(s, s.home, pl)} ${d.text}.`; s.b.rel(p, 'VISITED', pl, d); return t; },
  ],
  MET_WITH: [
    (s) => { const p = official(s.r, s.home); const q = official(s.r, s.guest); const d = s.b.date(); const t = `${cap(s.b.person(p))} met with ${s.b.person(q, 'obj')} in ${s.b.ref(s.home.capital)} ${d.text}.`; s.b.rel(p, 'MET_WITH', q, d); return t; },
    (s) => { const p = president(s.home); const q = official(s.r, s.guest); const d = s.b.date(); const t = `${cap(s.b.person(p))} received ${s.b.person(q, 'obj')} ${d.text} and held talks with the guest on regional security.`; s.b.rel(p, 'MET_WITH', q, d); return t; },
  ],
  ATTENDED: [
    (s) => { const p = official(s.r, s.guest); const ev = s.r.pick(s.home.events); const d = s.b.date(); const t = `${cap(s.b.person(p))} attended the ${s.b.ref(ev).replace(/^the /, '')} ${d.text}.`; s.b.rel(p, 'ATTENDED', ev, d); return t; },
    (s) => { const u = unitOf(s.r, s.home); const ev = s.r.pick(s.home.events); const t = `Servicemen of ${s.b.ref(u)} took part in the ${s.b.ref(ev).replace(/^the /, '')} in ${s.b.ref(ev.place)}.`; s.b.rel(u, 'ATTENDED', ev); s.b.rel(ev, 'LOCATED_IN', ev.place); return t; },
    (s) => { const ev = s.r.pick(s.home.events); const t = `A delegation from ${s.b.state(s.guest)} took part in the ${s.b.ref(ev).replace(/^the /, '')}.`; s.b.rel(s.guest, 'ATTENDED', ev); return t; },
  ],
  RECEIVED_AWARD: [
    (s) => { const p = commander(s.r, s.home); const aw = s.home.awards[0] as Thing; const d = s.b.date(); const t = `${cap(s.b.person(p))} was awarded the title of ${s.b.ref(aw).replace(/^the /, '')} ${d.text}.`; s.b.rel(p, 'RECEIVED_AWARD', aw, d); return t; },
    (s) => { const u = unitOf(s.r, s.home); const aw = s.home.awards[1] as Thing; const t = `${cap(s.b.ref(u))} was decorated with ${s.b.ref(aw)} for courage shown in combat.`; s.b.rel(u, 'RECEIVED_AWARD', aw); return t; },
    (s) => { const p = president(s.home); const q = official(s.r, s.guest); const aw = s.home.awards[1] as Thing; const t = `${cap(s.b.person(p))} conferred ${s.b.ref(aw)} on ${s.b.person(q, 'obj')}.`; s.b.rel(q, 'RECEIVED_AWARD', aw); return t; },
  ],
  ASSISTED: [
    (s) => { const a = s.b.state(s.home); s.b.rel(s.home, 'ASSISTED', s.guest); return `${cap(a)} provided humanitarian aid to ${s.b.state(s.guest)}, including ${count(s.r, 10, 900)} tonnes of food and medicines.`; },
    (s) => { const u = unitOf(s.r, s.home); const reg = s.r.pick(s.guest.regions); s.b.rel(u, 'ASSISTED', [reg, s.guest]); s.b.rel(reg, 'LOCATED_IN', s.guest); return `Sappers of ${s.b.ref(u)} helped clear mines in ${where(s, s.guest, reg)}.`; },
    (s) => { const o = s.home.orgs.defence; const t = `The ${s.b.ref(o).replace(/^the /, '')} has supplied equipment and fuel to the ${s.b.ref(s.guest.orgs.forces).replace(/^the /, '')}.`; s.b.rel(o, 'ASSISTED', [s.guest.orgs.forces, s.guest]); return t; },
  ],
  PRAISED: [
    (s) => { const p = president(s.home); const d = s.b.date(); const t = `${cap(s.b.person(p))} ${d.text} thanked ${s.b.state(s.guest)} for its support.`; s.b.rel(p, 'PRAISED', s.guest, d); return t; },
    (s) => { const p = official(s.r, s.home); const u = unitOf(s.r, s.home); const t = `${cap(s.b.person(p))} praised the servicemen of ${s.b.ref(u)} for their courage and professionalism.`; s.b.rel(p, 'PRAISED', u); return t; },
    (s) => { const p = president(s.guest); const q = president(s.home); const t = `${cap(s.b.person(p))} congratulated ${s.b.person(q, 'obj')} on the success of the talks.`; s.b.rel(p, 'PRAISED', q); return t; },
  ],
  CRITICIZED: [
    (s) => { const p = official(s.r, s.home); const d = s.b.date(); const t = `${cap(s.b.person(p))} ${d.text} condemned ${s.b.state(s.rival)} for supplying weapons to armed groups in the region.`; s.b.rel(p, 'CRITICIZED', s.rival, d); return t; },
    (s) => { const o = s.home.orgs.foreign; const t = `The ${s.b.ref(o).replace(/^the /, '')} accused ${s.b.state(s.rival)} of interfering in the internal affairs of ${s.b.state(s.guest)}.`; s.b.rel(o, 'CRITICIZED', s.rival); return t; },
    (s) => { const p = official(s.r, s.guest); const t = `${cap(s.b.person(p))} warned ${s.b.state(s.rival)} against building up its forces near the border.`; s.b.rel(p, 'CRITICIZED', s.rival); return t; },
  ],
  FOUGHT_AGAINST: [
    (s) => { const u = unitOf(s.r, s.home); const reg = s.r.pick(s.home.regions); const t = `${cap(s.b.unit(u))} repelled an attack by ${s.b.adj(s.rival)} forces in the ${s.b.ref(reg).replace(/^the /, '')}.`; s.b.rel(u, 'FOUGHT_AGAINST', s.rival); s.b.rel(reg, 'LOCATED_IN', s.home, undefined, true); return t; },
    (s) => { const reg = s.r.pick(s.home.regions); const t = `${cap(s.b.adj(s.home))} troops clashed with ${s.b.adj(s.rival)} forces in the ${s.b.ref(reg).replace(/^the /, '')} of ${s.b.state(s.home)}.`; s.b.rel(s.home, 'FOUGHT_AGAINST', s.rival); s.b.rel(s.rival, 'FOUGHT_AGAINST', s.home, undefined, true); s.b.rel(reg, 'LOCATED_IN', s.home); return t; },
    (s) => { const u = unitOf(s.r, s.guest); const t = `${cap(s.b.ref(u))} fought alongside ${s.b.adj(s.home)} troops against ${s.b.state(s.rival)}.`; s.b.rel(u, 'FOUGHT_AGAINST', s.rival); return t; },
  ],
};

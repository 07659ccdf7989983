// Patterns for deployments, returns, awards, assistance and fighting.
// Each pattern writes one sentence and records in the builder the relations that sentence states.
import type { EdgeType } from '../../server/ontology.js';
import { cap } from './builder.js';
import { commander, count, official, president, unitOf, where, type Pattern } from './pattern-kit.js';
import type { Thing } from './world.js';

export const MILITARY_PATTERNS: Partial<Record<EdgeType, Pattern[]>> = {
  DEPLOYED_TO: [
    (s) => {
      const u = unitOf(s.r, s.home);
      const d = s.b.date();
      const a = s.b.state(s.home);
      const reg = s.r.pick(s.guest.regions);
      s.b.rel(u, 'DEPLOYED_TO', [reg, s.guest], d);
      s.b.rel(reg, 'LOCATED_IN', s.guest);
      return `${cap(a)} has deployed ${s.b.unit(u)} to ${where(s, s.guest, reg)} ${d.text}.`;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const d = s.b.date();
      s.b.rel(u, 'DEPLOYED_TO', s.guest, d);
      return `${cap(s.b.unit(u))} was dispatched to ${s.b.state(s.guest)} ${d.text}, where it is stationed near ${s.b.ref(s.guest.capital)}.`;
    },
    (s) => {
      const p = president(s.home);
      const n = count(s.r, 500, 6000);
      s.b.rel([s.home, p], 'DEPLOYED_TO', s.guest);
      return `${cap(s.b.person(p))} decided to send ${n} military engineers to ${s.b.state(s.guest)}.`;
    },
  ],
  RETURNED_TO: [
    (s) => {
      const u = unitOf(s.r, s.home);
      const d = s.b.date();
      s.b.rel(u, 'RETURNED_TO', s.home, d);
      s.b.rel(u, 'DEPLOYED_TO', s.guest, undefined, true);
      return `Officers and soldiers of ${s.b.ref(u)} returned to ${s.b.state(s.home)} ${d.text} after completing their mission in ${s.b.state(s.guest)}.`;
    },
    (s) => {
      const p = official(s.r, s.home);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} returned to ${s.b.ref(s.home.capital)} ${d.text} after a visit to ${s.b.state(s.guest)}.`;
      s.b.rel(p, 'RETURNED_TO', [s.home.capital, s.home], d);
      s.b.rel(p, 'VISITED', s.guest);
      s.b.rel(s.home.capital, 'LOCATED_IN', s.home, undefined, true);
      return t;
    },
  ],
  RECEIVED_AWARD: [
    (s) => {
      const p = commander(s.r, s.home);
      const aw = s.home.awards[0] as Thing;
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} was awarded the title of ${s.b.ref(aw).replace(/^the /, '')} ${d.text}.`;
      s.b.rel(p, 'RECEIVED_AWARD', aw, d);
      return t;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const aw = s.home.awards[1] as Thing;
      const t = `${cap(s.b.ref(u))} was decorated with ${s.b.ref(aw)} for courage shown in combat.`;
      s.b.rel(u, 'RECEIVED_AWARD', aw);
      return t;
    },
    (s) => {
      const p = president(s.home);
      const q = official(s.r, s.guest);
      const aw = s.home.awards[1] as Thing;
      const t = `${cap(s.b.person(p))} conferred ${s.b.ref(aw)} on ${s.b.person(q, 'obj')}.`;
      s.b.rel(q, 'RECEIVED_AWARD', aw);
      return t;
    },
  ],
  ASSISTED: [
    (s) => {
      const a = s.b.state(s.home);
      s.b.rel(s.home, 'ASSISTED', s.guest);
      return `${cap(a)} provided humanitarian aid to ${s.b.state(s.guest)}, including ${count(s.r, 10, 900)} tonnes of food and medicines.`;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const reg = s.r.pick(s.guest.regions);
      s.b.rel(u, 'ASSISTED', [reg, s.guest]);
      s.b.rel(reg, 'LOCATED_IN', s.guest);
      return `Sappers of ${s.b.ref(u)} helped clear mines in ${where(s, s.guest, reg)}.`;
    },
    (s) => {
      const o = s.home.orgs.defence;
      const t = `The ${s.b.ref(o).replace(/^the /, '')} has supplied equipment and fuel to the ${s.b.ref(s.guest.orgs.forces).replace(/^the /, '')}.`;
      s.b.rel(o, 'ASSISTED', [s.guest.orgs.forces, s.guest]);
      return t;
    },
  ],
  FOUGHT_AGAINST: [
    (s) => {
      const u = unitOf(s.r, s.home);
      const reg = s.r.pick(s.home.regions);
      const t = `${cap(s.b.unit(u))} repelled an attack by ${s.b.adj(s.rival)} forces in the ${s.b.ref(reg).replace(/^the /, '')}.`;
      s.b.rel(u, 'FOUGHT_AGAINST', s.rival);
      s.b.rel(reg, 'LOCATED_IN', s.home, undefined, true);
      return t;
    },
    (s) => {
      const reg = s.r.pick(s.home.regions);
      const t = `${cap(s.b.adj(s.home))} troops clashed with ${s.b.adj(s.rival)} forces in the ${s.b.ref(reg).replace(/^the /, '')} of ${s.b.state(s.home)}.`;
      s.b.rel(s.home, 'FOUGHT_AGAINST', s.rival);
      s.b.rel(s.rival, 'FOUGHT_AGAINST', s.home, undefined, true);
      s.b.rel(reg, 'LOCATED_IN', s.home);
      return t;
    },
    (s) => {
      const u = unitOf(s.r, s.guest);
      const t = `${cap(s.b.ref(u))} fought alongside ${s.b.adj(s.home)} troops against ${s.b.state(s.rival)}.`;
      s.b.rel(u, 'FOUGHT_AGAINST', s.rival);
      return t;
    },
  ],
};

// Patterns for posts, membership, location, agreements and the founding and command of units.
// Each pattern writes one sentence and records in the builder the relations that sentence states.
import type { EdgeType } from '../../server/ontology.js';
import { cap } from './builder.js';
import { commander, president, unitOf, type Pattern } from './pattern-kit.js';
import type { Person } from './world.js';

export const INSTITUTION_PATTERNS: Partial<Record<EdgeType, Pattern[]>> = {
  LEADER_OF: [
    (s) => {
      const p = commander(s.r, s.home);
      return `${cap(s.b.person(p))} reported that the troops were ready to carry out any task.`;
    },
    (s) => {
      const p = president(s.home);
      return `${cap(s.b.person(p))} chaired a meeting of the government on the issue.`;
    },
  ],
  OFFICIAL_OF: [
    (s) => {
      const p = s.home.people[4] as Person;
      return `${cap(s.b.person(p))} told a briefing that the position of ${s.b.state(s.home)} had not changed.`;
    },
    (s) => {
      const p = s.home.people[7] as Person;
      return `${cap(s.b.person(p))} said the situation was under control.`;
    },
  ],
  PART_OF: [
    (s) => {
      const u = unitOf(s.r, s.home);
      const un = s.b.ref(u);
      s.b.rel(u, 'PART_OF', [s.home.orgs.forces, s.home]);
      return `${cap(un)} is part of the ${s.b.ref(s.home.orgs.forces).replace(/^the /, '')}.`;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const un = s.b.ref(u);
      s.b.rel(u, 'PART_OF', [s.home.orgs.forces, s.home]);
      return `${cap(un)}, which belongs to the ${s.b.ref(s.home.orgs.forces).replace(/^the /, '')}, has been on high alert since the spring.`;
    },
  ],
  LOCATED_IN: [
    (s) => {
      const f = s.r.pick(s.home.facilities);
      const t = `The ${f.name} in the ${s.b.ref(f.region).replace(/^the /, '')} of ${s.b.state(s.home)} was closed to visitors.`;
      s.b.ref(f);
      s.b.rel(f, 'LOCATED_IN', f.region);
      s.b.rel(f.region, 'LOCATED_IN', s.home);
      return t;
    },
    (s) => {
      const reg = s.r.pick(s.guest.regions);
      s.b.rel(reg, 'LOCATED_IN', s.guest);
      return `Heavy rain has flooded several villages in the ${s.b.ref(reg).replace(/^the /, '')} of ${s.b.state(s.guest)}, local authorities said.`;
    },
  ],
  SIGNED: [
    (s) => {
      const ag = s.world.agreement(s.r, s.home, s.guest);
      const d = s.b.date();
      const a = s.b.state(s.home);
      const g = s.b.state(s.guest);
      s.b.rel(s.home, 'SIGNED', ag, d);
      s.b.rel(s.guest, 'SIGNED', ag, d);
      return `${cap(a)} and ${g} signed ${s.b.ref(ag)} ${d.text}.`;
    },
    (s) => {
      const ag = s.world.agreement(s.r, s.home, s.guest);
      const d = s.b.date();
      const p = president(s.home);
      const q = president(s.guest);
      const t = `${cap(s.b.person(p))} and ${s.b.person(q, 'obj')} signed the ${s.b.ref(ag).replace(/^the /, '')} in ${s.b.ref(s.home.capital)} ${d.text}.`;
      s.b.rel(p, 'SIGNED', ag, d);
      s.b.rel(q, 'SIGNED', ag, d);
      s.b.rel([s.home, s.guest], 'SIGNED', ag, d, true);
      return t;
    },
  ],
  FORMED_BY: [
    (s) => {
      const u = unitOf(s.r, s.home);
      const d = s.b.date();
      const un = s.b.ref(u);
      const org = s.r.chance(0.5) ? s.home.orgs.defence : s.home.orgs.staff;
      s.b.rel(u, 'FORMED_BY', org, d);
      return `${cap(un)} was formed ${d.text} by decision of the ${s.b.ref(org).replace(/^the /, '')}.`;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const d = s.b.date();
      const a = s.b.state(s.home);
      s.b.rel(u, 'FORMED_BY', s.home, d);
      return `${cap(a)} established ${s.b.ref(u)} ${d.text} to guard its northern border.`;
    },
  ],
  COMMANDED_BY: [
    (s) => {
      const u = unitOf(s.r, s.home);
      const un = s.b.unit(u);
      s.b.rel(u, 'COMMANDED_BY', s.home.orgs.staff);
      return `${cap(un)} acted on the orders of the ${s.b.ref(s.home.orgs.staff).replace(/^the /, '')}, officials said.`;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const un = s.b.ref(u);
      s.b.rel(u, 'COMMANDED_BY', s.home.orgs.party);
      return `Servicemen of ${un} were carrying out the combat order of the ${s.b.ref(s.home.orgs.party).replace(/^the /, '')}.`;
    },
  ],
};

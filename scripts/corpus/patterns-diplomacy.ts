// Patterns for visits, meetings, events attended, praise and criticism.
// Each pattern writes one sentence and records in the builder the relations that sentence states.
import type { EdgeType } from '../../server/ontology.js';
import { cap } from './builder.js';
import { official, place, president, unitOf, where, type Pattern } from './pattern-kit.js';

export const DIPLOMACY_PATTERNS: Partial<Record<EdgeType, Pattern[]>> = {
  VISITED: [
    (s) => {
      const p = official(s.r, s.guest);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} arrived in ${s.b.ref(s.home.capital)} ${d.text} on an official visit to ${s.b.state(s.home)}.`;
      s.b.rel(p, 'VISITED', s.home.capital, d);
      s.b.rel(p, 'VISITED', s.home, d);
      s.b.rel(s.home.capital, 'LOCATED_IN', s.home, undefined, true);
      return t;
    },
    (s) => {
      const p = official(s.r, s.guest);
      const d = s.b.date();
      const pl = place(s, s.home);
      const t = `${cap(s.b.person(p))} visited ${where(s, s.home, pl)} ${d.text}.`;
      s.b.rel(p, 'VISITED', pl, d);
      return t;
    },
  ],
  MET_WITH: [
    (s) => {
      const p = official(s.r, s.home);
      const q = official(s.r, s.guest);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} met with ${s.b.person(q, 'obj')} in ${s.b.ref(s.home.capital)} ${d.text}.`;
      s.b.rel(p, 'MET_WITH', q, d);
      return t;
    },
    (s) => {
      const p = president(s.home);
      const q = official(s.r, s.guest);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} received ${s.b.person(q, 'obj')} ${d.text} and held talks with the guest on regional security.`;
      s.b.rel(p, 'MET_WITH', q, d);
      return t;
    },
  ],
  ATTENDED: [
    (s) => {
      const p = official(s.r, s.guest);
      const ev = s.r.pick(s.home.events);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} attended the ${s.b.ref(ev).replace(/^the /, '')} ${d.text}.`;
      s.b.rel(p, 'ATTENDED', ev, d);
      return t;
    },
    (s) => {
      const u = unitOf(s.r, s.home);
      const ev = s.r.pick(s.home.events);
      const t = `Servicemen of ${s.b.ref(u)} took part in the ${s.b.ref(ev).replace(/^the /, '')} in ${s.b.ref(ev.place)}.`;
      s.b.rel(u, 'ATTENDED', ev);
      s.b.rel(ev, 'LOCATED_IN', ev.place);
      return t;
    },
    (s) => {
      const ev = s.r.pick(s.home.events);
      const t = `A delegation from ${s.b.state(s.guest)} took part in the ${s.b.ref(ev).replace(/^the /, '')}.`;
      s.b.rel(s.guest, 'ATTENDED', ev);
      return t;
    },
  ],
  PRAISED: [
    (s) => {
      const p = president(s.home);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} ${d.text} thanked ${s.b.state(s.guest)} for its support.`;
      s.b.rel(p, 'PRAISED', s.guest, d);
      return t;
    },
    (s) => {
      const p = official(s.r, s.home);
      const u = unitOf(s.r, s.home);
      const t = `${cap(s.b.person(p))} praised the servicemen of ${s.b.ref(u)} for their courage and professionalism.`;
      s.b.rel(p, 'PRAISED', u);
      return t;
    },
    (s) => {
      const p = president(s.guest);
      const q = president(s.home);
      const t = `${cap(s.b.person(p))} congratulated ${s.b.person(q, 'obj')} on the success of the talks.`;
      s.b.rel(p, 'PRAISED', q);
      return t;
    },
  ],
  CRITICIZED: [
    (s) => {
      const p = official(s.r, s.home);
      const d = s.b.date();
      const t = `${cap(s.b.person(p))} ${d.text} condemned ${s.b.state(s.rival)} for supplying weapons to armed groups in the region.`;
      s.b.rel(p, 'CRITICIZED', s.rival, d);
      return t;
    },
    (s) => {
      const o = s.home.orgs.foreign;
      const t = `The ${s.b.ref(o).replace(/^the /, '')} accused ${s.b.state(s.rival)} of interfering in the internal affairs of ${s.b.state(s.guest)}.`;
      s.b.rel(o, 'CRITICIZED', s.rival);
      return t;
    },
    (s) => {
      const p = official(s.r, s.guest);
      const t = `${cap(s.b.person(p))} warned ${s.b.state(s.rival)} against building up its forces near the border.`;
      s.b.rel(p, 'CRITICIZED', s.rival);
      return t;
    },
  ],
};

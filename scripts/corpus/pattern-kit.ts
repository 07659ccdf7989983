// Shared pieces of the sentence patterns: the Scene a document is written about, who in a state
// does what (president, officials, unit commanders), and places with their LOCATED_IN chain.
import type { DocBuilder } from './builder.js';
import type { Rng } from './prng.js';
import type { Person, State, Thing, World } from './world.js';

/** What a document is about: a home state, a guest (partner) state and a rival state. */
export interface Scene { b: DocBuilder; r: Rng; home: State; guest: State; rival: State; world: World }
export type Pattern = (s: Scene) => string;

/** The head of state (LEADER_OF the state). */
export const president = (s: State): Person => s.people[0] as Person;
/** A senior official of a state who can travel, meet and speak (not a unit commander). */
export const official = (r: Rng, s: State): Person => r.pick(s.people.slice(0, 8));
/** A unit commander (LEADER_OF a unit). */
export const commander = (r: Rng, s: State): Person => r.pick(s.people.slice(8));
/** One of the state's units. */
export const unitOf = (r: Rng, s: State) => r.pick(s.units);
/** A random count written with thousands separators. */
export const count = (r: Rng, lo: number, hi: number): string => r.int(lo, hi).toLocaleString('en-US');

/** A place of a state with its LOCATED_IN chain recorded: a region, a facility or the capital. */
export function place(s: Scene, st: State, required = true): Thing {
  const { b, r } = s;
  const roll = r.next();
  if (roll < 0.4) { const reg = r.pick(st.regions); b.rel(reg, 'LOCATED_IN', st, undefined, !required); return reg; }
  if (roll < 0.7) { const f = r.pick(st.facilities); b.rel(f, 'LOCATED_IN', [f.region, st], undefined, !required); return f; }
  b.rel(st.capital, 'LOCATED_IN', st, undefined, true);
  return st.capital;
}

/** "the Velorsk Region of France" / "Paris": a place followed by its state when it is not the capital. */
export function where(s: Scene, st: State, p: Thing): string {
  const name = s.b.ref(p);
  return p === st.capital ? name : `${name} of ${s.b.state(st)}`;
}

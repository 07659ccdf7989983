// Writes one document's surface forms and remembers what it wrote: every entity mentioned (with
// the aliases used) and every relation a sentence states, so the gold file matches the text.
import type { EdgeType } from '../../server/ontology.js';
import type { DatePhrase } from './dates.js';
import { pastDate } from './dates.js';
import type { Rng } from './prng.js';
import type { Person, State, Thing, Unit } from './world.js';

/** A gold entity in the format of /work/shared/corpus (score-extraction). */
export interface GoldEntity { id: string; type: Thing['type']; name: string; aliases: string[]; optional?: boolean }
/** A gold relation; `source`/`target` may list several acceptable ids. */
export interface GoldRelation {
  source: string | string[];
  type: EdgeType;
  target: string | string[];
  date?: { start: string; end: string };
  optional?: boolean;
}

type Ref = Thing | Thing[];
const ids = (r: Ref): string | string[] => (Array.isArray(r) ? r.map((t) => t.id) : r.id);

/** Upper-cases the first letter (sentence start). */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export class DocBuilder {
  readonly entities = new Map<string, GoldEntity>();
  readonly relations: GoldRelation[] = [];
  private readonly seen = new Set<string>();
  /** Last entity referred to per node type: a short form ("the brigade") is only used for it. */
  private readonly last = new Map<string, string>();

  constructor(readonly rng: Rng, readonly docDate: string) {}

  /** Records that `t` was mentioned as `surface` (an alias unless `alias` is false). */
  mention(t: Thing, surface: string, alias = true, optional = false): string {
    const e = this.entities.get(t.id) ?? { id: t.id, type: t.type, name: t.name, aliases: [t.name, ...(t.alt ?? [])], ...(optional ? { optional } : {}) };
    if (!optional) delete e.optional;
    const bare = surface.replace(/^the /, '');
    if (alias && !e.aliases.includes(bare)) e.aliases.push(bare);
    this.entities.set(t.id, e);
    return surface;
  }

  /** Records a relation the text states. */
  rel(source: Ref, type: EdgeType, target: Ref, date?: DatePhrase, optional = false): void {
    this.relations.push({
      source: ids(source), type, target: ids(target),
      ...(date ? { date: { start: date.start, end: date.end } } : {}), ...(optional ? { optional } : {}),
    });
  }

  /** A past date phrase resolved against the document date. */
  date(): DatePhrase {
    return pastDate(this.rng, this.docDate);
  }

  private first(t: Thing): boolean {
    if (this.seen.has(t.id)) return false;
    this.seen.add(t.id);
    return true;
  }

  /** A state by its common name (sometimes the official one), with "the" where English needs it. */
  state(s: State): string {
    if (!this.first(s) && s.official !== s.name && this.rng.chance(0.15)) return this.mention(s, `the ${s.official}`);
    return this.mention(s, s.article ? `the ${s.name}` : s.name);
  }

  /** The demonym used as an adjective naming the state ("North Korean"). */
  adj(s: State): string {
    this.seen.add(s.id);
    return this.mention(s, s.demonym);
  }

  /** A person: title and post on first mention (stating LEADER_OF/OFFICIAL_OF), surname later. */
  person(p: Person, position: 'subj' | 'obj' = 'subj'): string {
    if (!this.first(p)) return this.mention(p, p.short);
    this.mention(p, p.name);
    const post = p.post;
    const of = post.of;
    const roleTarget = post.relation === 'OFFICIAL_OF' && of.type === 'state' && /Foreign Minister|Defence Minister/.test(post.title)
      ? [of, this.ministryOf(p.state, post.title)] : of;
    this.rel(p, post.relation, roleTarget);
    if (post.before) {
      const s = of as State;
      const form = this.rng.int(0, 2);
      if (form === 0) return `${this.adj(s)} ${post.title} ${p.name}`;
      if (form === 1) return `${post.title} of ${this.state(s)} ${p.name}`;
      return `${this.state(s)}'s ${post.title} ${p.name}`;
    }
    const org = this.ref(of);
    if (position === 'subj') return `${p.name}, ${post.title} ${org.replace(/^the /, '')},`;
    return `${cap(post.title)} ${org.replace(/^the /, '')} ${p.name}`;
  }

  private ministryOf(s: State, title: string): Thing {
    return /Defence/.test(title) ? s.orgs.defence : s.orgs.foreign;
  }

  /** A unit, organization, agreement, place, event or award: full name first, short form later. */
  ref(t: Thing): string {
    const firstTime = this.first(t);
    const article = t.type === 'place' && !/^(Port of|.* (Region|Province|District|Territory|Base|Ground|Airport|Zone))$/.test(t.name) ? '' : 'the ';
    const recent = this.last.get(t.type) === t.id;
    this.last.set(t.type, t.id);
    if (firstTime || !t.short || !recent) return this.mention(t, `${article}${t.name}`);
    return this.mention(t, t.short, !t.short.startsWith('the '));
  }

  /** A unit, naming the armed forces it belongs to on first mention half of the time. */
  unit(u: Unit): string {
    const firstTime = !this.seen.has(u.id);
    const name = this.ref(u);
    if (!firstTime || !this.rng.chance(0.5)) return name;
    this.rel(u, 'PART_OF', [u.state.orgs.forces, u.state]);
    return `${name} of the ${this.ref(u.state.orgs.forces).replace(/^the /, '')}`;
  }

  /** The gold relations; optional ones whose ends the text never mentions are left out. */
  goldRelations(): GoldRelation[] {
    const mentioned = (x: string | string[]): boolean => (Array.isArray(x) ? x : [x]).some((id) => this.entities.has(id));
    return this.relations.filter((r) => !r.optional || (mentioned(r.source) && mentioned(r.target)));
  }

  /** The gold entities, sorted by id. */
  goldEntities(): GoldEntity[] {
    return [...this.entities.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

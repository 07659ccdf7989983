// Relation stage, a politician's party named after the name: "opposition deputy Valeria Solanas of the Civic Coalition
// (CC-ARI)", "Opposition spokesman on national security Dwayne Hylton-Bailey of the People's National Party": a person
// brought in by a lower-case post is an official of the party named right after the name. (Capitalised posts are
// settled with their titles, in facts.ts.)
import { newCandidate, type Candidate, type SentenceUnit } from './model.js';
import type { DocEntities } from './resolve.js';
import { HOUSE_MEMBERS } from './roles.js';
import { PARTY_HEADS, PARTY_NAME_HEADS } from './anaphora.js';

/** Lower-case posts of politicians a party's name may follow ("opposition deputy X of the Y Party"): a house's members and more. */
const POLITICIANS = new Set([...HOUSE_MEMBERS, 'spokesman', 'spokeswoman', 'spokesperson', 'councillor', 'councilor', 'politician', 'leader', 'chairman', 'chairwoman', 'candidate']);
/** Head words of parties' names: those "the party" refers back to, and "union" ("the Civic Coalition", "the Union of X"). */
const PARTIES = new Set([...PARTY_HEADS, ...PARTY_NAME_HEADS, 'union']);

/** OFFICIAL_OF candidates from "lower-case post [words] NAME of the PARTY". */
export function partyMembers(d: DocEntities, unit: SentenceUnit): Candidate[] {
  if (!unit.text.includes(' of the ')) return [];
  const toks = unit.toks;
  let out: Candidate[] | undefined;
  for (const m of unit.mentions) {
    if (m.entity === undefined || m.via !== 'name' || d.list[m.entity]!.type !== 'person') continue;
    if (toks[m.j]?.lower !== 'of' || toks[m.j + 1]?.lower !== 'the') continue;
    const party = unit.mentions.find((x) => x.i === m.j + 2 && x.entity !== undefined && d.list[x.entity]!.type === 'organization' && PARTIES.has(d.list[x.entity]!.head ?? ''));
    if (!party || !politicianBefore(toks, m.i)) continue;
    (out ??= []).push(newCandidate('OFFICIAL_OF', m.entity, party.entity!, unit.index, m.j, false));
  }
  return out ?? [];
}

/** A lower-case politician's post ends right before `i`, or a few lower-case words of its portfolio do ("spokesman on national security"). */
function politicianBefore(toks: SentenceUnit['toks'], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = toks[k]!;
    if (t.kind !== 'w' || (t.cap && k > 0)) return false;
    if (POLITICIANS.has(t.lower)) return true;
  }
  return false;
}

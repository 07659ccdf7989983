// Role words: canonical spelling of a title ("Defence Minister" → "Minister of Defence",
// "Deputy Prime Minister and Industry and Trade Minister" → "Deputy Prime Minister; Minister of
// Industry and Trade") and whether it heads the body (LEADER_OF) or serves in it (OFFICIAL_OF).
import type { Lexicon } from './lexicon.js';

const SMALL = new Set(['of', 'the', 'and', 'for', 'to', 'on', 'in']);

function capitalise(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function one(lex: Lexicon, part: string): string {
  const low = part.toLowerCase().trim();
  const spelled = lex.roleSpellings.get(low);
  if (spelled) return spelled;
  const m = /^(.+?) minister$/.exec(low);
  // "Deputy Foreign Minister" → "Deputy Minister of Foreign Affairs".
  const demoted = m ? /^(first deputy|deputy|vice|acting|assistant|state)\s+(.+)$/.exec(m[1]!) : null;
  if (demoted && demoted[2] !== 'prime') return `${capitalise(demoted[1]!)} ${one(lex, `${demoted[2]} minister`)}`;
  if (m && !/(prime|deputy|vice|first)\s*$/.test(m[1]!)) {
    const mods = m[1]!.split(' ');
    if (mods.every((w) => lex.portfolio.has(w))) return capitalise(`minister of ${m[1]}`);
  }
  return capitalise(part.trim());
}

/** Heads of a state's own posts: an unqualified "President X" in copy datelined in a capital is that country's. */
export const STATE_TITLES = /^(president|taoiseach|vice[- ]president|prime minister|premier|chancellor|minister|king|queen|emir|amir|sultan|minister of state|foreign minister|defen[cs]e minister|head of state|governor[- ]general|crown prince)$/;

const TITLE_END = /\b(minister|secretary|chairman|chairwoman|president|premier|head|chief|director|commander|ambassador|spokesman|spokeswoman|envoy|governor|leader)$/i;

const roleMemo = new WeakMap<Lexicon, Map<string, string>>();

/** Canonical role text of a title phrase (memoised per lexicon: a pure function of the text). */
export function canonicalRole(lex: Lexicon, text: string): string {
  let memo = roleMemo.get(lex);
  if (!memo) roleMemo.set(lex, (memo = new Map()));
  let v = memo.get(text);
  if (v === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(text, (v = computeRole(lex, text)));
  }
  return v;
}

function computeRole(lex: Lexicon, text: string): string {
  const parts: string[] = [];
  let cur = '';
  for (const w of text.trim().split(/\s+and\s+/i)) {
    cur = cur ? `${cur} and ${w}` : w;
    if (TITLE_END.test(cur)) {
      parts.push(cur);
      cur = '';
    }
  }
  if (cur) {
    if (parts.length) parts[parts.length - 1] += ` and ${cur}`;
    else parts.push(cur);
  }
  return parts.map((p) => one(lex, p)).join('; ');
}

/** Leader or official: a leader head not demoted by "deputy", "vice"... (the last title wins). */
export function titleKind(lex: Lexicon, roleText: string, kinds: Array<'leader' | 'official' | 'rank'>): 'leader' | 'official' | 'rank' {
  const lastReal = lastNonRankKind(kinds);
  if (lastReal === undefined) return 'rank';
  const low = roleText.toLowerCase();
  // (Split only a role that can hold a separator: most are one post, their own last part.)
  const parts = low.includes('and') || low.includes(';') ? low.split(/\s+and\s+|;\s*/) : undefined;
  const last = parts ? parts[parts.length - 1]! : low;
  // (Only a role starting with a demoting prefix's first character can start with the prefix.)
  const starts = demotingStarts(lex);
  if (starts === null || starts.has(last.charAt(0))) for (const d of lex.demoting) if (last.startsWith(d)) return 'official';
  return lastReal;
}

let demotingStartsOf: Set<string> | null = null;
let demotingStartsLex: Lexicon | undefined;

/** The first characters of the lexicon's demoting prefixes; null when one is empty (it starts every role). */
function demotingStarts(lex: Lexicon): Set<string> | null {
  if (demotingStartsLex !== lex) {
    const starts = new Set<string>();
    for (const d of lex.demoting) starts.add(d.charAt(0));
    demotingStartsOf = starts.has('') ? null : starts;
    demotingStartsLex = lex;
  }
  return demotingStartsOf;
}

/** The last kind that is not a rank (undefined when all are ranks). */
function lastNonRankKind(kinds: Array<'leader' | 'official' | 'rank'>): 'leader' | 'official' | undefined {
  for (let k = kinds.length - 1; k >= 0; k--) {
    const kind = kinds[k]!;
    if (kind !== 'rank') return kind;
  }
  return undefined;
}

/** Names of police forces, whose commissioner heads them ("Police Commissioner X", "the commissioner of the Constabulary"). */
export const POLICE = /\b(?:police|constabulary|gendarmerie)\b/i;
/** A deputy's or an assistant's post ("Deputy Commissioner"): under the head of the body, not its head. */
export const DEPUTY_ROLE = /^(?:deputy|assistant|vice|vice-)\b/i;

/** Heads of an envoy's post ("ambassador", "consul general", "chargé d'affaires"). */
export const ENVOYS = /^(?:ambassador|envoy|representative|consul|consul[- ]general|high commissioner|commissioner|charg[eé] d['’]affaires|d['’]affaires)$/;

/** Token `k` ends a consul general's post ("Consul General", "consul-general"). */
export function consulGeneralAt(lowers: readonly string[], k: number): boolean {
  return lowers[k] === 'consul-general' || (lowers[k] === 'general' && lowers[k - 1] === 'consul');
}

/**
 * Posts of a member of a legislature: whom a body's delegation has as its head without the member serving the body, and
 * before whose name a party's name stands ("Frente Amplio lawmaker X").
 */
export const HOUSE_MEMBERS: ReadonlySet<string> = new Set(['deputy', 'member', 'lawmaker', 'senator', 'legislator', 'mp', 'congressman', 'congresswoman']);

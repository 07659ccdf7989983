// Local, case- and accent-insensitive name search over node labels and aliases, ranked by how
// well a name matches (exact, prefix, word prefix, substring) and then by degree.
import type { KnowledgeGraph, NodeType } from '../../server/ontology.js';

export interface SearchHit {
  id: string;
  label: string;
  type: NodeType;
  /** The alias that matched when it is not the label itself. */
  alias: string | null;
  degree: number;
  score: number;
}

interface Entry {
  id: string;
  names: { raw: string; norm: string }[];
}

/** Lower-cases, strips accents, unifies quotes and collapses spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function scoreName(name: string, query: string, tokens: string[]): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 80;
  if (name.includes(` ${query}`)) return 65;
  if (name.includes(query)) return 45;
  if (tokens.length > 1 && tokens.every((t) => name.includes(t))) return 30;
  return 0;
}

export interface SearchIndex {
  /** Best matches for a query, at most `limit`. */
  search(query: string, limit?: number): SearchHit[];
  /** Re-reads names after the graph changed. */
  rebuild(): void;
}

/** Indexes the graph's node labels and aliases for type-ahead search. */
export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
  let entries: Entry[] = [];
  const rebuild = () => {
    entries = graph.mapNodes((id, attr) => {
      const raw = [attr.label, ...(attr.aliases ?? [])].filter((n): n is string => typeof n === 'string' && n.length > 0);
      const seen = new Set<string>();
      const names = raw
        .map((name) => ({ raw: name, norm: normalize(name) }))
        .filter((n) => !seen.has(n.norm) && seen.add(n.norm));
      return { id, names };
    });
  };
  rebuild();

  return {
    rebuild,
    search(query, limit = 8) {
      const q = normalize(query);
      if (!q) return [];
      const tokens = q.split(' ');
      const hits: SearchHit[] = [];
      for (const entry of entries) {
        let best = 0;
        let bestName = entry.names[0]?.raw ?? entry.id;
        entry.names.forEach((name, i) => {
          const s = scoreName(name.norm, q, tokens) + (i === 0 ? 2 : 0);
          if (s > best) [best, bestName] = [s, name.raw];
        });
        if (best <= 2) continue;
        const attr = graph.getNodeAttributes(entry.id);
        hits.push({
          id: entry.id,
          label: attr.label,
          type: attr.type,
          alias: normalize(bestName) === normalize(attr.label) ? null : bestName,
          degree: graph.degree(entry.id),
          score: best,
        });
      }
      hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.label.localeCompare(b.label));
      return hits.slice(0, limit);
    },
  };
}

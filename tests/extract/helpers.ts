// Test helpers for the extractor: run it on a snippet and look entities / relations up by name.
import { expect } from 'vitest';
import { extractDocument } from '../../server/extract/index.js';
import type { EdgeType, Extraction, ExtractedEntity, ExtractedRelation, NodeType } from '../../server/ontology.js';

/** Extracts a snippet, with a `date` header when a document date is given. */
export function run(text: string, date = '2025-06-20'): Extraction {
  return extractDocument({ text: date ? `date ${date} ${text}` : text, id: 'test.txt' });
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/^the /, '');

/** The entity that has `name` as its label or one of its aliases (optionally of a type). */
export function entity(x: Extraction, name: string, type?: NodeType): ExtractedEntity | undefined {
  return x.entities.find((e) => (!type || e.type === type) && [e.label, ...e.aliases].some((a) => norm(a) === norm(name)));
}

/** The relation `source type target`, named by any alias; MET_WITH in either direction. */
export function relation(x: Extraction, source: string, type: EdgeType, target: string): ExtractedRelation | undefined {
  const s = x.entities.filter((e) => [e.label, ...e.aliases].some((a) => norm(a) === norm(source))).map((e) => e.id);
  const t = x.entities.filter((e) => [e.label, ...e.aliases].some((a) => norm(a) === norm(target))).map((e) => e.id);
  return x.relations.find((r) => r.type === type && ((s.includes(r.source) && t.includes(r.target)) || (type === 'MET_WITH' && s.includes(r.target) && t.includes(r.source))));
}

/** The relation "source TYPE target", asserted to be there (the failure lists every relation found). */
export function foundRelation(x: Extraction, source: string, type: EdgeType, target: string): ExtractedRelation {
  const r = relation(x, source, type, target);
  expect(r, `${source} ${type} ${target} in\n${triples(x).join('\n')}`).toBeDefined();
  return r!;
}

/** "Source TYPE Target" strings of every relation, for readable failure messages. */
export function triples(x: Extraction): string[] {
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`);
}

// The table of sentence patterns, one entry per relation type of the ontology, assembled from
// the pattern families. Each pattern writes one wire-style sentence about the scene's states.
import { EDGE_TYPES, type EdgeType } from '../../server/ontology.js';
import { DIPLOMACY_PATTERNS } from './patterns-diplomacy.js';
import { INSTITUTION_PATTERNS } from './patterns-institutions.js';
import { MILITARY_PATTERNS } from './patterns-military.js';
import type { Pattern } from './pattern-kit.js';

export type { Pattern, Scene } from './pattern-kit.js';

/** Builds the full table; throws when a relation type has no pattern. */
function table(): Record<EdgeType, Pattern[]> {
  const all = { ...INSTITUTION_PATTERNS, ...MILITARY_PATTERNS, ...DIPLOMACY_PATTERNS };
  const missing = EDGE_TYPES.filter((t) => (all[t]?.length ?? 0) === 0);
  if (missing.length > 0) throw new Error(`corpus patterns: no pattern for ${missing.join(', ')}. Expected one per relation type`);
  return all as Record<EdgeType, Pattern[]>;
}

export const PATTERNS: Record<EdgeType, Pattern[]> = table();

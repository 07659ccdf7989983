// Shared checks for query options: bounded integers, type filters and a traversal direction,
// each failing with a ValidationError that names the call site and what was expected. The edge
// filter by type and time window lives in edge-filter.ts.
import { ValidationError } from '../errors.js';
import { EDGE_TYPES, NODE_TYPES, isEdgeType, isNodeType, type EdgeType, type NodeType } from '../ontology.js';

/** Returns `value` when it is an integer in [min, max]; throws ValidationError otherwise. */
export function checkInt(origin: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(`${origin}: ${name} is ${JSON.stringify(value)}. Expected an integer from ${min} to ${max}`);
  }
  return value;
}

/** Returns the list when every entry is a node type; throws ValidationError otherwise. */
export function checkNodeTypes(origin: string, name: string, value: readonly string[] | undefined): NodeType[] | undefined {
  if (value === undefined) return undefined;
  const bad = value.filter((t) => !isNodeType(t));
  if (bad.length > 0) {
    throw new ValidationError(`${origin}: ${name} has unknown node type ${JSON.stringify(bad[0])}. Expected one of ${NODE_TYPES.join(', ')}`);
  }
  return [...value] as NodeType[];
}

/** Returns the list when every entry is an edge type; throws ValidationError otherwise. */
export function checkEdgeTypes(origin: string, name: string, value: readonly string[] | undefined): EdgeType[] | undefined {
  if (value === undefined) return undefined;
  const bad = value.filter((t) => !isEdgeType(t));
  if (bad.length > 0) {
    throw new ValidationError(`${origin}: ${name} has unknown edge type ${JSON.stringify(bad[0])}. Expected one of ${EDGE_TYPES.join(', ')}`);
  }
  return [...value] as EdgeType[];
}

/** Which edges of a node a traversal follows: leaving it, entering it, or both. */
export type Direction = 'in' | 'out' | 'both';
export const DIRECTIONS: readonly Direction[] = ['in', 'out', 'both'];

/** Returns the direction when valid; throws ValidationError otherwise. */
export function checkDirection(origin: string, value: unknown): Direction {
  if (typeof value === 'string' && (DIRECTIONS as readonly string[]).includes(value)) return value as Direction;
  throw new ValidationError(`${origin}: direction is ${JSON.stringify(value)}. Expected one of ${DIRECTIONS.join(', ')}`);
}

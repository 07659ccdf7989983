// Which edges a query may use: by edge type and by time. An edge's time is its date interval
// (when the thing happened) or, without one, the span of its evidence's report days; an edge
// with no known time is left out as soon as `since` or `until` is given.
import { ValidationError } from '../errors.js';
import type { EdgeAttributes, EdgeType } from '../ontology.js';
import { checkEdgeTypes } from './options.js';

export interface EdgeFilter {
  /** Only these edge types (all when absent). */
  edgeTypes?: readonly EdgeType[];
  /** ISO day: only edges whose time ends on or after it. */
  since?: string;
  /** ISO day: only edges whose time starts on or before it. */
  until?: string;
}

/** A closed interval of ISO days. */
export interface DayInterval {
  start: string;
  end: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a well-formed ISO calendar day (yyyy-mm-dd that exists). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Checks an EdgeFilter (types, days, since ≤ until); throws ValidationError naming the bad field. */
export function checkEdgeFilter(origin: string, filter: EdgeFilter = {}): EdgeFilter {
  const out: EdgeFilter = {};
  const types = checkEdgeTypes(origin, 'edgeTypes', filter.edgeTypes);
  if (types !== undefined) out.edgeTypes = types;
  for (const key of ['since', 'until'] as const) {
    const value = filter[key];
    if (value === undefined) continue;
    if (!isIsoDay(value)) throw new ValidationError(`${origin}: ${key} is ${JSON.stringify(value)}. Expected an ISO day (yyyy-mm-dd)`);
    out[key] = value;
  }
  if (out.since !== undefined && out.until !== undefined && out.since > out.until) {
    throw new ValidationError(`${origin}: since (${out.since}) is after until (${out.until}). Expected since ≤ until`);
  }
  return out;
}

/** The edge's time: its date interval, else the first to last report day of its evidence; undefined when unknown. */
export function edgeInterval(attrs: EdgeAttributes): DayInterval | undefined {
  const date = attrs.date;
  if (date && isIsoDay(date.start) && isIsoDay(date.end)) {
    return date.start <= date.end ? { start: date.start, end: date.end } : { start: date.end, end: date.start };
  }
  let start: string | undefined;
  let end: string | undefined;
  for (const ev of attrs.evidence ?? []) {
    const day = ev.reported;
    if (!isIsoDay(day)) continue;
    if (start === undefined || day < start) start = day;
    if (end === undefined || day > end) end = day;
  }
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

/** True when the filter keeps every edge (so callers can skip attribute reads). */
export function isOpenFilter(filter: EdgeFilter): boolean {
  return filter.edgeTypes === undefined && filter.since === undefined && filter.until === undefined;
}

/** A predicate over edge attributes for an already checked filter. */
export function edgePredicate(filter: EdgeFilter): (attrs: EdgeAttributes) => boolean {
  if (isOpenFilter(filter)) return () => true;
  const types = filter.edgeTypes ? new Set<string>(filter.edgeTypes) : undefined;
  const { since, until } = filter;
  const timed = since !== undefined || until !== undefined;
  return (attrs) => {
    if (types && !types.has(attrs.type)) return false;
    if (!timed) return true;
    const span = edgeInterval(attrs);
    if (span === undefined) return false;
    return (since === undefined || span.end >= since) && (until === undefined || span.start <= until);
  };
}

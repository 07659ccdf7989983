// Which nodes and edges the filters leave visible: node types, relation types, a minimum number
// of evidence sentences and a time window over edge dates. Pure: computed once per filter change
// into sets that the sigma reducers only look up.
import type { DateInterval, EdgeAttributes, KnowledgeGraph } from '../../server/ontology.js';
import type { State, TimeWindow } from './state.js';

export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
}

/** The filter fields of State. */
export type FilterState = Pick<State, 'hiddenTypes' | 'hiddenRelations' | 'minSources' | 'timeWindow' | 'hideIsolated'>;

/** An interval's months as ["YYYY-MM", "YYYY-MM"], or null when it names no year. */
export function dateMonths(date: DateInterval | undefined): [string, string] | null {
  if (!date) return null;
  const month = (iso: string | undefined, end: boolean): string | null => {
    if (!iso) return null;
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
    if (!m) return null;
    return `${m[1]}-${m[2] ?? (end ? '12' : '01')}`;
  };
  const start = month(date.start, false) ?? month(date.end, false);
  const end = month(date.end, true) ?? month(date.start, true);
  if (!start || !end) return null;
  return start <= end ? [start, end] : [end, start];
}

/** The months of an edge: its own date, else the days its sources were reported. */
export function edgeMonths(attr: Pick<EdgeAttributes, 'date' | 'evidence'>): [string, string] | null {
  const own = dateMonths(attr.date);
  if (own) return own;
  let lo: string | null = null;
  let hi: string | null = null;
  for (const ev of Array.isArray(attr.evidence) ? attr.evidence : []) {
    const m = dateMonths(ev.reported ? { start: ev.reported, end: ev.reported, text: ev.reported } : undefined);
    if (!m) continue;
    if (lo === null || m[0] < lo) lo = m[0];
    if (hi === null || m[1] > hi) hi = m[1];
  }
  return lo && hi ? [lo, hi] : null;
}

/** Whether an edge falls in `window` (edges with no date at all always do). */
export function inWindow(attr: Pick<EdgeAttributes, 'date' | 'evidence'>, window: TimeWindow | null): boolean {
  if (!window) return true;
  const months = edgeMonths(attr);
  if (!months) return true;
  return months[1] >= window.start && months[0] <= window.end;
}

/** Number of evidence sentences behind an edge. */
export function sourceCount(attr: EdgeAttributes): number {
  return Array.isArray(attr.evidence) ? attr.evidence.length : 0;
}

/** Whether any edge-level filter is on (so isolated nodes may need hiding). */
export function edgeFiltersActive(f: FilterState): boolean {
  return f.hiddenRelations.size > 0 || f.minSources > 1 || f.timeWindow !== null;
}

/** The nodes and edges hidden by the filters. */
export function computeVisibility(graph: KnowledgeGraph, f: FilterState): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (f.hiddenTypes.has(attr.type)) hiddenNodes.add(node);
  });
  const edgeFilters = edgeFiltersActive(f);
  if (hiddenNodes.size === 0 && !edgeFilters) return { hiddenNodes, hiddenEdges };
  const shown = new Set<string>();
  graph.forEachEdge((edge, attr, source, target) => {
    const hide =
      hiddenNodes.has(source) ||
      hiddenNodes.has(target) ||
      f.hiddenRelations.has(attr.type) ||
      sourceCount(attr) < f.minSources ||
      !inWindow(attr, f.timeWindow);
    if (hide) hiddenEdges.add(edge);
    else {
      shown.add(source);
      shown.add(target);
    }
  });
  if (edgeFilters && f.hideIsolated) {
    graph.forEachNode((node) => {
      if (!shown.has(node) && graph.degree(node) > 0) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** Edge counts by month ("YYYY-MM" → n) over every dated edge, for the time histogram. */
export function monthHistogram(graph: KnowledgeGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attr) => {
    const months = edgeMonths(attr);
    if (months) counts.set(months[0], (counts.get(months[0]) ?? 0) + 1);
  });
  return counts;
}

/** Every month from `start` to `end` inclusive ("2024-11", "2024-12", "2025-01", ...). */
export function monthRange(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  while ((y < ey || (y === ey && m <= em)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

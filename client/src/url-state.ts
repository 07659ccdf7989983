// The view in the query string: selected node, path ends and kind, node/relation type filters,
// minimum sources, time window, isolated-node hiding and size measure. Defaults are omitted;
// values read back are validated against the graph, so a bad or stale link degrades gracefully.
import { EDGE_TYPES, NODE_TYPES, isEdgeType, isNodeType, type EdgeType, type KnowledgeGraph, type NodeType } from '../../server/ontology.js';
import type { PathKind, SizeMeasure, State, Store } from './state.js';

/** The State fields kept in the URL. */
export type ViewState = Pick<
  State,
  'selected' | 'pathEnds' | 'pathKind' | 'hiddenTypes' | 'hiddenRelations' | 'minSources' | 'timeWindow' | 'hideIsolated' | 'sizeBy'
>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SIZES: readonly SizeMeasure[] = ['degree', 'mentions', 'sources'];
const KINDS: readonly PathKind[] = ['shortest', 'all-shortest', 'k'];
export const MAX_MIN_SOURCES = 20;

/** Query string (without "?") for a view; empty for the default view. */
export function encodeView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.selected) q.set('node', v.selected);
  if (v.pathEnds) {
    q.set('from', v.pathEnds.from);
    q.set('to', v.pathEnds.to);
    if (v.pathKind !== 'shortest') q.set('paths', v.pathKind);
  }
  if (v.hiddenTypes.size > 0) q.set('hide', NODE_TYPES.filter((t) => v.hiddenTypes.has(t)).join(','));
  if (v.hiddenRelations.size > 0) q.set('hideRel', EDGE_TYPES.filter((t) => v.hiddenRelations.has(t)).join(','));
  if (v.minSources > 1) q.set('min', String(v.minSources));
  if (v.timeWindow) q.set('time', `${v.timeWindow.start}..${v.timeWindow.end}`);
  if (!v.hideIsolated) q.set('isolated', 'show');
  if (v.sizeBy !== 'degree') q.set('size', v.sizeBy);
  return q.toString();
}

/** The view named by a query string (and a legacy "#node=" hash), checked against `graph`. */
export function decodeView(search: string, graph: KnowledgeGraph, hash = ''): Partial<ViewState> {
  const q = new URLSearchParams(search.replace(/^\?/, ''));
  const out: Partial<ViewState> = {};
  const node = q.get('node') ?? new URLSearchParams(hash.replace(/^#/, '')).get('node');
  if (node && graph.hasNode(node)) out.selected = node;
  const from = q.get('from');
  const to = q.get('to');
  if (from && to && graph.hasNode(from) && graph.hasNode(to)) out.pathEnds = { from, to };
  const kind = q.get('paths');
  if (kind && (KINDS as readonly string[]).includes(kind)) out.pathKind = kind as PathKind;
  const list = <T extends string>(value: string | null, valid: (v: unknown) => v is T): Set<T> =>
    new Set((value ?? '').split(',').filter(valid));
  if (q.has('hide')) out.hiddenTypes = list<NodeType>(q.get('hide'), isNodeType);
  if (q.has('hideRel')) out.hiddenRelations = list<EdgeType>(q.get('hideRel'), isEdgeType);
  const min = Number(q.get('min'));
  if (Number.isInteger(min) && min > 1) out.minSources = Math.min(min, MAX_MIN_SOURCES);
  const time = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(q.get('time') ?? '');
  if (time && MONTH.test(time[1]!) && MONTH.test(time[2]!) && time[1]! <= time[2]!) out.timeWindow = { start: time[1]!, end: time[2]! };
  if (q.get('isolated') === 'show') out.hideIsolated = false;
  const size = q.get('size');
  if (size && (SIZES as readonly string[]).includes(size)) out.sizeBy = size as SizeMeasure;
  return out;
}

const FIELDS: (keyof ViewState)[] = ['selected', 'pathEnds', 'pathKind', 'hiddenTypes', 'hiddenRelations', 'minSources', 'timeWindow', 'hideIsolated', 'sizeBy'];

/** Mirrors the view into the address; `onNavigate` hears views arriving by back/forward. */
export function syncViewWithUrl(store: Store, graph: KnowledgeGraph, onNavigate: (view: Partial<ViewState>) => void): void {
  store.subscribe((state, prev) => {
    if (!FIELDS.some((f) => state[f] !== prev[f])) return;
    const query = encodeView(state);
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
    if (next !== `${location.pathname}${location.search}` || location.hash) history.replaceState(null, '', next);
  });
  window.addEventListener('popstate', () => onNavigate(decodeView(location.search, graph)));
}

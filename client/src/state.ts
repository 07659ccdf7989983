// The explorer's UI state: one typed `State` object in a tiny store that modules read, update
// and subscribe to. View state (selection, hover, filters, path) lives here, never in the graph.
import type { NodeResponse, PathsResponse, StatsResponse } from '../../server/api-types.js';
import type { EdgeType, NodeType } from '../../server/ontology.js';

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

/** Details of the selected node as fetched from /api/nodes/:id. */
export type Detail =
  | { id: string; status: 'loading' }
  | { id: string; status: 'ready'; data: NodeResponse }
  | { id: string; status: 'error'; message: string };

/** A path highlighted on the canvas. */
export interface PathHighlight {
  response: PathsResponse;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** A window of time as ISO months, both inclusive ("2024-01" .. "2024-12"). */
export interface TimeWindow {
  start: string;
  end: string;
}

/** What node sizes stand for. */
export type SizeMeasure = 'degree' | 'mentions' | 'sources';

/** How many paths the path finder asks for. */
export type PathKind = 'shortest' | 'all-shortest' | 'k';

export interface State {
  status: LoadStatus;
  /** What went wrong when status is 'error'. */
  message: string | null;
  stats: StatsResponse | null;
  /** Node types switched off in the legend. */
  hiddenTypes: ReadonlySet<NodeType>;
  /** Relation types switched off in the filters. */
  hiddenRelations: ReadonlySet<EdgeType>;
  /** Relations backed by fewer evidence sentences are hidden (1 = show all). */
  minSources: number;
  /** Edges dated outside this window are hidden; null = all time. */
  timeWindow: TimeWindow | null;
  /** Also hide nodes left without a visible edge by the relation filters and time window. */
  hideIsolated: boolean;
  sizeBy: SizeMeasure;
  /** Nodes added by the last dispatch, drawn highlighted. */
  newNodes: ReadonlySet<string>;
  /** A neighbourhood brought forward by "expand" in the panel. */
  expanded: ReadonlySet<string> | null;
  /** Ends of the path finder (kept in the URL). */
  pathEnds: { from: string; to: string } | null;
  pathKind: PathKind;
  selected: string | null;
  hovered: string | null;
  /** Edge under the pointer (its tooltip is shown and the edge drawn thicker). */
  hoveredEdge: string | null;
  detail: Detail | null;
  path: PathHighlight | null;
  layoutRunning: boolean;
  /** Whether the last settled layout was saved on the server. */
  layoutSaved: 'saved' | 'failed' | null;
  /** Which floating tool is open. */
  tool: 'none' | 'path' | 'help';
}

export const INITIAL_STATE: State = {
  status: 'loading',
  message: null,
  stats: null,
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  minSources: 1,
  timeWindow: null,
  hideIsolated: true,
  sizeBy: 'degree',
  newNodes: new Set(),
  expanded: null,
  pathEnds: null,
  pathKind: 'shortest',
  selected: null,
  hovered: null,
  hoveredEdge: null,
  detail: null,
  path: null,
  layoutRunning: false,
  layoutSaved: null,
  tool: 'none',
};

export type Listener = (state: State, previous: State) => void;

export interface Store {
  get(): State;
  /** Merges a patch into the state and notifies subscribers when something changed. */
  update(patch: Partial<State> | ((state: State) => Partial<State>)): void;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

/** A copy of `set` with `item` added, or removed when it was there (for filter toggles). */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/** Creates the store holding the one State object. */
export function createStore(initial: State = INITIAL_STATE): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(patch) {
      const delta = typeof patch === 'function' ? patch(state) : patch;
      const changed = (Object.keys(delta) as (keyof State)[]).some((k) => delta[k] !== state[k]);
      if (!changed) return;
      const previous = state;
      state = { ...state, ...delta };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

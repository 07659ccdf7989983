// The explorer's UI state: one typed `State` object in a tiny store that modules read, update
// and subscribe to. View state (selection, hover, filters, path) lives here, never in the graph.
import type { NodeResponse, PathsResponse, StatsResponse } from '../../server/api-types.js';
import type { NodeType } from '../../server/ontology.js';

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

export interface State {
  status: LoadStatus;
  /** What went wrong when status is 'error'. */
  message: string | null;
  stats: StatsResponse | null;
  /** Node types switched off in the legend. */
  hiddenTypes: ReadonlySet<NodeType>;
  selected: string | null;
  hovered: string | null;
  /** Edge under the pointer (its tooltip is shown and the edge drawn thicker). */
  hoveredEdge: string | null;
  detail: Detail | null;
  path: PathHighlight | null;
  layoutRunning: boolean;
  /** Which floating tool is open. */
  tool: 'none' | 'path' | 'help';
}

export const INITIAL_STATE: State = {
  status: 'loading',
  message: null,
  stats: null,
  hiddenTypes: new Set(),
  selected: null,
  hovered: null,
  hoveredEdge: null,
  detail: null,
  path: null,
  layoutRunning: false,
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

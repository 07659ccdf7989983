// The path tool: pick two entities, ask /api/paths for the shortest connections and highlight
// them on the canvas; the hops are listed and each one can be opened.
import type { PathsResponse } from '../../server/api-types.js';
import { NODE_TYPE_INFO, type KnowledgeGraph } from '../../server/ontology.js';
import type { Api } from './api.js';
import { attachAutocomplete } from './autocomplete.js';
import { h, replaceChildren } from './dom.js';
import { plural } from './format.js';
import type { SearchIndex } from './search-index.js';
import type { PathHighlight, Store } from './state.js';

export interface PathToolEvents {
  onNavigate(node: string): void;
  onFit(): void;
}

/** The nodes and edges of every returned path; edges unknown locally are matched by endpoints. */
export function pathHighlight(graph: KnowledgeGraph, response: PathsResponse): PathHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of response.paths) {
    path.nodes.forEach((n) => nodes.add(n));
    for (const edge of path.edges) {
      if (graph.hasEdge(edge.id)) edges.add(edge.id);
      else if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.edges(edge.source, edge.target).forEach((e) => edges.add(e));
    }
  }
  return { response, nodes, edges };
}

/** Mounts the path tool card; its visibility follows State.tool === 'path'. */
export function mountPathTool(el: HTMLElement, graph: KnowledgeGraph, index: SearchIndex, store: Store, api: Api, events: PathToolEvents): void {
  const picked: { from: string | null; to: string | null } = { from: null, to: null };
  const fromInput = h('input', { id: 'path-from', type: 'search', placeholder: 'From…', autocomplete: 'off', 'aria-label': 'Path start' });
  const toInput = h('input', { id: 'path-to', type: 'search', placeholder: 'To…', autocomplete: 'off', 'aria-label': 'Path end' });
  const mode = h('select', { 'aria-label': 'Direction' }, h('option', { value: 'undirected' }, 'Any direction'), h('option', { value: 'directed' }, 'Follow arrows'));
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  const find = h('button', { class: 'button primary', type: 'submit' }, 'Find path');

  const showHops = (response: PathsResponse) => {
    const first = response.paths[0];
    if (!first || response.length === null) return replaceChildren(result, h('p', { class: 'muted' }, 'No connection between these two in the graph.'));
    const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
    const chips = first.nodes.map((id, i) => [
      i > 0 && h('span', { class: 'hop-edge' }, first.edges[i - 1]?.type ?? '—'),
      h('button', { class: 'hop', type: 'button', onclick: () => events.onNavigate(id) }, h('span', { class: 'dot', style: `background:${graph.hasNode(id) ? NODE_TYPE_INFO[graph.getNodeAttribute(id, 'type')]?.color : '#999'}` }), label(id)),
    ]);
    replaceChildren(
      result,
      h('p', { class: 'path-summary' }, plural(response.length, 'hop'), response.paths.length > 1 ? ` · ${response.paths.length} shortest paths shown` : ''),
      h('div', { class: 'hops' }, chips.flat()),
    );
  };

  const run = async () => {
    if (!picked.from || !picked.to) return replaceChildren(result, h('p', { class: 'muted' }, 'Choose both ends from the suggestions.'));
    find.disabled = true;
    replaceChildren(result, h('p', { class: 'muted' }, 'Searching…'));
    try {
      const response = await api.paths(picked.from, picked.to, mode.value === 'directed' ? 'directed' : 'undirected');
      store.update({ path: response.length === null ? null : pathHighlight(graph, response) });
      showHops(response);
      if (response.length !== null) events.onFit();
    } catch (err) {
      replaceChildren(result, h('p', { class: 'error-text' }, err instanceof Error ? err.message : String(err)));
    } finally {
      find.disabled = false;
    }
  };

  attachAutocomplete({ input: fromInput, index, onPick: (hit) => (picked.from = hit.id), limit: 6 });
  attachAutocomplete({ input: toInput, index, onPick: (hit) => (picked.to = hit.id), limit: 6 });
  fromInput.addEventListener('input', () => (picked.from = null));
  toInput.addEventListener('input', () => (picked.to = null));

  const clear = h('button', { class: 'link small', type: 'button', onclick: () => { store.update({ path: null }); replaceChildren(result); } }, 'Clear');
  const close = h('button', { class: 'icon-button', type: 'button', 'aria-label': 'Close path tool', onclick: () => store.update({ tool: 'none', path: null }) }, '×');
  const form = h('form', { class: 'path-form' }, h('div', { class: 'field' }, fromInput), h('div', { class: 'field' }, toInput), h('div', { class: 'path-actions' }, mode, find));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  replaceChildren(el, h('div', { class: 'card-head' }, h('span', { class: 'section-title' }, 'Path between two entities'), clear, close), form, result);

  store.subscribe((state, prev) => {
    if (state.tool === prev.tool) return;
    el.hidden = state.tool !== 'path';
    if (state.tool === 'path' && state.selected && !picked.from && graph.hasNode(state.selected)) {
      picked.from = state.selected;
      fromInput.value = graph.getNodeAttribute(state.selected, 'label');
    }
    if (state.tool === 'path') (picked.from ? toInput : fromInput).focus();
  });
}

// The path tool: pick two entities, ask /api/paths for the shortest connections and highlight
// them on the canvas; the hops are listed and each one can be opened.
import type { PathsResponse } from '../../server/api-types.js';
import { EDGE_TYPE_SPECS, NODE_TYPE_INFO, isEdgeType, type KnowledgeGraph } from '../../server/ontology.js';
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
    const color = (id: string) => (graph.hasNode(id) ? NODE_TYPE_INFO[graph.getNodeAttribute(id, 'type')]?.color : undefined) ?? '#8a94a3';
    const steps = first.nodes.flatMap((id, i) => {
      const edge = i > 0 ? first.edges[i - 1] : undefined;
      // In "any direction" mode a hop may run against the arrow: say so.
      const symmetric = edge !== undefined && isEdgeType(edge.type) && EDGE_TYPE_SPECS[edge.type].symmetric;
      const forward = edge ? symmetric || edge.source === first.nodes[i - 1] : true;
      return [
        edge && h('li', { class: 'hop-edge' }, h('span', { class: 'hop-arrow' }, forward ? '↓' : '↑'), edge.type, !forward && h('span', { class: 'muted' }, ' (reverse)')),
        h('li', {}, h('button', { class: 'hop', type: 'button', onclick: () => events.onNavigate(id) }, h('span', { class: 'dot', style: `background:${color(id)}` }), label(id))),
      ];
    });
    const summary = `${plural(response.length, 'hop')}${response.paths.length > 1 ? ` · ${response.paths.length} shortest paths highlighted` : ''}`;
    replaceChildren(result, h('p', { class: 'path-summary' }, summary), h('ol', { class: 'hops' }, steps));
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
  replaceChildren(el, h('div', { class: 'card-head' }, h('span', { class: 'section-title' }, 'Path finder'), clear, close), form, result);

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

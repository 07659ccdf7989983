// The path finder: pick two entities, ask /api/paths for the shortest path, all shortest paths or
// k paths, highlight them on the canvas, and tell each path hop by hop as sentences:
// "Sergey Shoigu —VISITED→ North Korea (17 Jun 2025): “…”", with every parallel relation of a hop.
import type { PathsResponse } from '../../server/api-types.js';
import { EDGE_TYPE_COLOR, NODE_TYPE_INFO, isEdgeType, type KnowledgeGraph } from '../../server/ontology.js';
import type { Api } from './api.js';
import { attachAutocomplete, type SearchSource } from './autocomplete.js';
import { h, replaceChildren } from './dom.js';
import { quoteText } from './evidence.js';
import { formatDay, formatInterval, plural } from './format.js';
import { hopsOf, type Hop } from './path-story.js';
import type { PathHighlight, PathKind, Store } from './state.js';

export interface PathToolEvents {
  onNavigate(node: string): void;
  onFit(): void;
}

export interface PathTool {
  /** Runs the finder between two nodes (from the panel, or a shared link). */
  run(from: string, to: string): Promise<void>;
}

/** The nodes and edges of every returned path; all parallel edges of each hop are included. */
export function pathHighlight(graph: KnowledgeGraph, response: PathsResponse): PathHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of response.paths) {
    path.nodes.forEach((n) => nodes.add(n));
    for (const hop of hopsOf(graph, path)) hop.relations.forEach((r) => graph.hasEdge(r.edge) && edges.add(r.edge));
  }
  return { response, nodes, edges };
}

/** Last day of an ISO month ("2024-02" → "2024-02-29"). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Mounts the path tool card; its visibility follows State.tool === 'path'. */
export function mountPathTool(el: HTMLElement, graph: KnowledgeGraph, source: SearchSource, store: Store, api: Api, events: PathToolEvents): PathTool {
  const picked: { from: string | null; to: string | null } = { from: null, to: null };
  const fromInput = h('input', { id: 'path-from', type: 'search', placeholder: 'From…', autocomplete: 'off', 'aria-label': 'Path start', 'data-testid': 'path-from' });
  const toInput = h('input', { id: 'path-to', type: 'search', placeholder: 'To…', autocomplete: 'off', 'aria-label': 'Path end', 'data-testid': 'path-to' });
  const direction = h('select', { 'aria-label': 'Direction' }, h('option', { value: 'undirected' }, 'Both ways'), h('option', { value: 'directed' }, 'Arrows only'));
  const kind = h(
    'select',
    { 'aria-label': 'Which paths', 'data-testid': 'path-kind' },
    h('option', { value: 'shortest' }, 'Shortest'),
    h('option', { value: 'all-shortest' }, 'All shortest'),
    h('option', { value: 'k' }, '3 paths'),
  );
  const result = h('div', { class: 'path-result', 'aria-live': 'polite', 'data-testid': 'path-result' });
  const find = h('button', { class: 'button primary', type: 'submit' }, 'Find');
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const names = (id: string) => (graph.hasNode(id) ? [label(id), ...(graph.getNodeAttribute(id, 'aliases') ?? [])] : [id]);
  const color = (id: string) => (graph.hasNode(id) ? NODE_TYPE_INFO[graph.getNodeAttribute(id, 'type')]?.color : undefined) ?? '#8a94a3';
  const nodeButton = (id: string) => h('button', { class: 'hop', type: 'button', onclick: () => events.onNavigate(id) }, h('span', { class: 'dot', style: `background:${color(id)}` }), label(id));

  const renderHop = (hop: Hop, index: number): HTMLElement =>
    h(
      'li',
      { class: 'hop-step', 'data-testid': 'path-hop' },
      h('div', { class: 'hop-title' }, h('span', { class: 'hop-number' }, String(index + 1)), nodeButton(hop.from), h('span', { class: 'hop-to' }, '→'), nodeButton(hop.to)),
      h(
        'ul',
        { class: 'hop-relations' },
        hop.relations.map((rel) => {
          const ev = rel.evidence[0];
          const date = rel.date ? formatInterval(rel.date) : ev?.reported ? `reported ${formatDay(ev.reported)}` : '';
          return h(
            'li',
            { class: 'hop-relation', style: `--rel:${isEdgeType(rel.type) ? EDGE_TYPE_COLOR[rel.type] : '#8a94a3'}`, 'data-testid': 'hop-relation' },
            h('p', { class: 'hop-sentence' }, h('strong', {}, label(rel.source)), ` —${rel.type}→ `, h('strong', {}, label(rel.target)), date && ` (${date})`, ev ? ':' : ''),
            ev && h('blockquote', { class: 'evidence-quote small' }, quoteText(ev.sentence, [names(rel.source), names(rel.target)])),
            ev?.attributedTo && h('p', { class: 'muted small' }, 'according to ', ev.attributedTo),
            rel.evidence.length > 1 && h('p', { class: 'muted small' }, `+ ${plural(rel.evidence.length - 1, 'more source')}`),
          );
        }),
      ),
    );

  const showPaths = (response: PathsResponse) => {
    if (response.length === null || response.paths.length === 0) {
      return replaceChildren(result, h('p', { class: 'muted', 'data-testid': 'path-none' }, `No connection between ${label(response.from)} and ${label(response.to)} in the graph.`));
    }
    const many = response.paths.length > 1;
    const shortest = response.length;
    const summary = `${plural(shortest, 'hop')}${many ? ` · ${response.paths.length} paths highlighted` : ''}${response.truncated ? ` · ${plural(response.total, 'path')} found, ${response.paths.length} shown` : ''}`;
    replaceChildren(
      result,
      h('p', { class: 'path-summary' }, summary),
      response.paths.map((path, i) =>
        h(
          'details',
          { class: 'path-story', open: i === 0 },
          h('summary', {}, many ? `Path ${i + 1}: ${path.nodes.map(label).join(' → ')}` : path.nodes.map(label).join(' → ')),
          h('ol', { class: 'hops' }, hopsOf(graph, path).map(renderHop)),
        ),
      ),
    );
  };

  const run = async () => {
    if (!picked.from || !picked.to) return replaceChildren(result, h('p', { class: 'muted' }, 'Choose both ends from the suggestions.'));
    find.disabled = true;
    replaceChildren(result, h('p', { class: 'muted' }, 'Searching…'));
    const pathKind = kind.value as PathKind;
    store.update({ pathEnds: { from: picked.from, to: picked.to }, pathKind });
    try {
      const w = store.get().timeWindow;
      const response = await api.paths(picked.from, picked.to, {
        directed: direction.value === 'directed',
        kind: pathKind,
        limit: 3,
        // The time window applies to paths too.
        ...(w ? { since: `${w.start}-01`, until: monthEnd(w.end) } : {}),
      });
      store.update({ path: response.length === null ? null : pathHighlight(graph, response) });
      showPaths(response);
      if (response.length !== null) events.onFit();
    } catch (err) {
      replaceChildren(result, h('p', { class: 'error-text' }, err instanceof Error ? err.message : String(err)));
    } finally {
      find.disabled = false;
    }
  };

  fromInput.addEventListener('input', () => (picked.from = null));
  toInput.addEventListener('input', () => (picked.to = null));

  const clearAll = () => {
    store.update({ path: null, pathEnds: null });
    replaceChildren(result);
  };
  const clear = h('button', { class: 'link small', type: 'button', onclick: clearAll }, 'Clear');
  const close = h('button', { class: 'icon-button', type: 'button', 'aria-label': 'Close path finder', onclick: () => store.update({ tool: 'none', path: null, pathEnds: null }) }, '×');
  const form = h('form', { class: 'path-form' }, h('div', { class: 'field' }, fromInput), h('div', { class: 'field' }, toInput), h('div', { class: 'path-actions' }, direction, kind, find));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  // After the form exists: each suggestion list goes right after its input.
  attachAutocomplete({ input: fromInput, source, onPick: (hit) => (picked.from = hit.id), limit: 6, testId: 'path-suggestion' });
  attachAutocomplete({ input: toInput, source, onPick: (hit) => (picked.to = hit.id), limit: 6, testId: 'path-suggestion' });

  replaceChildren(el, h('div', { class: 'card-head' }, h('span', { class: 'section-title' }, 'Path finder'), clear, close), form, result);

  store.subscribe((state, prev) => {
    if (state.tool === prev.tool) return;
    el.hidden = state.tool !== 'path';
    if (state.tool === 'path' && state.selected && !picked.from && graph.hasNode(state.selected)) {
      picked.from = state.selected;
      fromInput.value = label(state.selected);
    }
    if (state.tool === 'path') (picked.from ? toInput : fromInput).focus();
  });

  return {
    async run(from, to) {
      picked.from = from;
      picked.to = to;
      fromInput.value = label(from);
      toInput.value = label(to);
      kind.value = store.get().pathKind;
      store.update({ tool: 'path' });
      await run();
    },
  };
}

// Assembles the explorer around one graph: canvas, layout, legend, search, side panel, path tool
// and dispatch reader, plus the actions they share (select, focus, filter) and keyboard keys.
import type { KnowledgeGraph } from '../../server/ontology.js';
import type { Api, GraphExport } from './api.js';
import { attachAutocomplete } from './autocomplete.js';
import { mountDocViewer } from './doc-viewer.js';
import { byId } from './dom.js';
import { mergeGraph } from './graph-data.js';
import { createGraphView } from './graph-view.js';
import { mountLayoutButton } from './header.js';
import { createLayout, type LayoutController } from './layout.js';
import { mountLegend } from './legend.js';
import { mountPanel } from './panel.js';
import { mountPathTool } from './paths.js';
import { createSearchIndex } from './search-index.js';
import type { Store } from './state.js';
import { mountEdgeTooltip } from './tooltip.js';
import { nodeFromHash, syncSelectionWithHash } from './url-state.js';

export interface Explorer {
  readonly graph: KnowledgeGraph;
  /** Merges a fresh /api/graph export (after an ingest) and re-runs the layout. */
  merge(data: GraphExport): void;
}

/** Mounts every graph-bound part of the page on `graph`. */
export function createExplorer(graph: KnowledgeGraph, store: Store, api: Api): Explorer {
  const index = createSearchIndex(graph);
  const openDocument = mountDocViewer(byId<HTMLDialogElement>('doc-dialog'));
  const searchInput = byId<HTMLInputElement>('search');

  const select = (id: string | null, focus = false) => {
    if (id === null || !graph.hasNode(id)) {
      store.update({ selected: null, detail: null });
      return;
    }
    const type = graph.getNodeAttribute(id, 'type');
    store.update((s) => ({
      selected: id,
      detail: { id, status: 'loading' },
      hiddenTypes: s.hiddenTypes.has(type) ? new Set([...s.hiddenTypes].filter((t) => t !== type)) : s.hiddenTypes,
    }));
    if (focus) view.focus(id);
    api.node(id).then(
      (data) => store.get().selected === id && store.update({ detail: { id, status: 'ready', data } }),
      (err: unknown) => store.get().selected === id && store.update({ detail: { id, status: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
  };

  const view = createGraphView(byId('graph'), graph, store, { onSelect: (id) => select(id) });

  mountEdgeTooltip(byId('edge-tip'), view.renderer, graph, store);
  syncSelectionWithHash(store, (id) => select(id, true));

  let layout: LayoutController = createLayout(graph, (running) => store.update({ layoutRunning: running }));
  mountLayoutButton(byId<HTMLButtonElement>('layout-btn'), store, () => (layout.isRunning() ? layout.stop() : layout.start()));

  const renderLegend = mountLegend(byId('legend'), graph, store);
  attachAutocomplete({ input: searchInput, index, onPick: (hit) => select(hit.id, true), testId: 'search-suggestion' });
  mountPanel(byId('panel'), graph, store, {
    onNavigate: (id) => select(id, true),
    onCenter: (id) => view.focus(id),
    onClose: () => select(null),
    onOpenDocument: openDocument,
  });
  mountPathTool(byId('path-tool'), graph, index, store, api, { onNavigate: (id) => select(id, true), onFit: () => view.fit() });
  byId('path-btn').addEventListener('click', () => store.update((s) => ({ tool: s.tool === 'path' ? 'none' : 'path', path: s.tool === 'path' ? null : s.path })));

  const camera = view.renderer.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 250 }));
  byId('zoom-fit').addEventListener('click', () => view.fit());

  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      searchInput.focus();
      searchInput.select();
    } else if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
      store.update({ selected: null, detail: null, path: null, tool: 'none' });
    }
  });

  layout.start();
  const linked = nodeFromHash();
  if (linked) {
    // A shared link: select now, move the camera once the layout has settled.
    select(linked);
    const stopWatching = store.subscribe((state, prev) => {
      if (state.layoutRunning || !prev.layoutRunning) return;
      stopWatching();
      if (state.selected === linked) view.focus(linked);
    });
  }

  return {
    graph,
    merge(data) {
      layout.kill();
      mergeGraph(graph, data);
      index.rebuild();
      renderLegend();
      layout = createLayout(graph, (running) => store.update({ layoutRunning: running }));
      layout.start();
    },
  };
}

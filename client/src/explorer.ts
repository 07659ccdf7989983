// Assembles the explorer around one graph: canvas, layout (saved server-side), legend, filters,
// timeline, search, side panel, path finder, exports and dispatch reader, plus the actions they
// share (select, focus, expand), the view kept in the URL, and keyboard keys.
import type { KnowledgeGraph, NodeType } from '../../server/ontology.js';
import type { Api, GraphExport, LayoutResponse } from './api.js';
import { attachAutocomplete, type SearchSource } from './autocomplete.js';
import { mountDocViewer } from './doc-viewer.js';
import { byId } from './dom.js';
import { downloadViewGexf, downloadViewPng } from './export-view.js';
import { mountFilterPanel } from './filter-panel.js';
import { mergeGraph } from './graph-data.js';
import { createGraphView } from './graph-view.js';
import { mountLayoutButton } from './header.js';
import { createLayout, type LayoutController } from './layout.js';
import { applySavedPositions, layoutIsSaved, saveLayout } from './layout-sync.js';
import { mountLegend } from './legend.js';
import { mountPanel } from './panel.js';
import { mountPathTool } from './paths.js';
import { createSearchIndex, normalize, type SearchHit } from './search-index.js';
import type { Store } from './state.js';
import { mountTimeline } from './timeline.js';
import { mountEdgeTooltip } from './tooltip.js';
import { decodeView, syncViewWithUrl, type ViewState } from './url-state.js';

export interface Explorer {
  readonly graph: KnowledgeGraph;
  /** Merges a fresh /api/graph export (after an ingest); returns the ids of the new nodes. */
  merge(data: GraphExport): string[];
}

/** Search suggestions from the server's /api/search (labels and aliases), local index as fallback. */
function serverSource(api: Api, graph: KnowledgeGraph, local: ReturnType<typeof createSearchIndex>): SearchSource {
  return async (query, limit) => {
    let results;
    try {
      results = (await api.search(query, limit)).results;
    } catch {
      return local.search(query, limit);
    }
    const q = normalize(query);
    return results
      .filter((r) => graph.hasNode(r.id))
      .map((r): SearchHit => {
        const alias = normalize(r.label).includes(q) ? null : (r.aliases.find((a) => normalize(a).includes(q)) ?? null);
        return { id: r.id, label: r.label, type: r.type, alias, degree: r.degree, score: 0 };
      });
  };
}

/** Graph units per screen pixel at the default camera, for noverlap radii. */
function unitsPerPixel(graph: KnowledgeGraph, container: HTMLElement): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    const x = a.x ?? 0;
    const y = a.y ?? 0;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  const pixels = Math.max(100, Math.min(container.clientWidth, container.clientHeight) - 80);
  return Number.isFinite(extent) && extent > 0 ? extent / pixels : 1;
}

/** Mounts every graph-bound part of the page on `graph`. */
export function createExplorer(graph: KnowledgeGraph, store: Store, api: Api, saved: LayoutResponse | null): Explorer {
  const index = createSearchIndex(graph);
  const source = serverSource(api, graph, index);
  const openDocument = mountDocViewer(byId<HTMLDialogElement>('doc-dialog'));
  const searchInput = byId<HTMLInputElement>('search');
  const container = byId('graph');

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

  // Saved positions first, so the first frame already shows the kept layout.
  const placed = saved ? applySavedPositions(graph, saved.positions) : 0;
  performance.mark('kg:placed');
  const view = createGraphView(container, graph, store, { onSelect: (id) => select(id) });
  // Sigma's constructor draws the first frame synchronously.
  performance.mark('kg:first-frame');

  mountEdgeTooltip(byId('edge-tip'), view.renderer, graph, store);

  const save = () => {
    saveLayout(api, graph).then(
      () => store.update({ layoutSaved: 'saved' }),
      () => store.update({ layoutSaved: 'failed' }),
    );
  };
  const newLayout = () =>
    createLayout(graph, { onChange: (running) => store.update({ layoutRunning: running }), onSettled: save }, { unitsPerPixel: () => unitsPerPixel(graph, container) });
  let layout: LayoutController = newLayout();
  performance.mark('kg:layout-ready');
  mountLayoutButton(byId<HTMLButtonElement>('layout-btn'), store, () => (layout.isRunning() ? layout.stop() : layout.start()));

  const renderLegend = mountLegend(byId('legend'), graph, store);
  const renderFilters = mountFilterPanel(byId('filters'), graph, store);
  const renderTimeline = mountTimeline(byId('timeline'), graph, store);
  attachAutocomplete({ input: searchInput, source, onPick: (hit) => select(hit.id, true), testId: 'search-suggestion' });

  const expand = async (id: string, o: { depth: number; limit: number; nodeTypes: NodeType[] }) => {
    const res = await api.neighbors(id, o);
    const ids = new Set(res.nodes.map((n) => n.id).filter((n) => graph.hasNode(n)));
    ids.add(id);
    // Bring the neighbourhood forward even if filters hid its types.
    const types = new Set([...ids].map((n) => graph.getNodeAttribute(n, 'type')));
    store.update((s) => ({ expanded: ids, hiddenTypes: new Set([...s.hiddenTypes].filter((t) => !types.has(t))) }));
    view.focus(id);
    return ids.size - 1;
  };

  const pathTool = mountPathTool(byId('path-tool'), graph, source, store, api, { onNavigate: (id) => select(id, true), onFit: () => view.fit() });
  mountPanel(byId('panel'), graph, store, {
    onNavigate: (id) => select(id, true),
    onCenter: (id) => view.focus(id),
    onClose: () => select(null),
    onOpenDocument: openDocument,
    onExpand: expand,
    onPathFrom: () => store.update({ tool: 'path' }),
  });
  byId('path-btn').addEventListener('click', () =>
    store.update((s) => ({ tool: s.tool === 'path' ? 'none' : 'path', path: s.tool === 'path' ? null : s.path, pathEnds: s.tool === 'path' ? null : s.pathEnds })),
  );

  byId('export-view').addEventListener('click', () => downloadViewGexf(view.renderer, graph, view.visibility(), `Explorer view: ${location.search || 'whole graph'}`));
  byId('export-png').addEventListener('click', () => void downloadViewPng(view.renderer));

  const camera = view.renderer.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 250 }));
  byId('zoom-fit').addEventListener('click', () => view.fit());

  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
    if (document.querySelector('dialog[open]')) return;
    if (e.key === 'Escape') {
      store.update({ selected: null, detail: null, path: null, pathEnds: null, tool: 'none', expanded: null, newNodes: new Set() });
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/') {
      e.preventDefault();
      searchInput.focus();
      searchInput.select();
    } else if (e.key === '+' || e.key === '=') void camera.animatedZoom({ duration: 200 });
    else if (e.key === '-') void camera.animatedUnzoom({ duration: 200 });
    else if (e.key === '0') view.fit();
    else if (e.key === 'p') store.update((s) => ({ tool: s.tool === 'path' ? 'none' : 'path' }));
  });

  // The view named in the URL, then keep the URL in step with it.
  const applyView = (v: Partial<ViewState>) => {
    const { selected, pathEnds, ...rest } = v;
    store.update({ ...rest });
    if (selected !== undefined && selected !== store.get().selected) select(selected, !store.get().layoutRunning);
    if (pathEnds) void pathTool.run(pathEnds.from, pathEnds.to);
  };
  const linked = decodeView(location.search, graph, location.hash);
  syncViewWithUrl(store, graph, (v) => applyView({ selected: null, pathEnds: null, ...v }));

  if (layoutIsSaved(graph, placed)) {
    store.update({ layoutRunning: false });
  } else {
    layout.start();
  }
  applyView(linked);
  if (linked.selected && store.get().layoutRunning) {
    // A shared link while laying out: move the camera once the layout has settled.
    const stopWatching = store.subscribe((state, prev) => {
      if (state.layoutRunning || !prev.layoutRunning) return;
      stopWatching();
      if (linked.selected && state.selected === linked.selected) view.focus(linked.selected);
    });
  }

  performance.mark('kg:mounted');
  const debug = { graph, store, renderer: view.renderer, view, layout: () => layout, select };
  (window as unknown as { __kg: typeof debug }).__kg = debug;

  return {
    graph,
    merge(data) {
      layout.kill();
      const added = mergeGraph(graph, data);
      index.rebuild();
      view.reindex();
      renderLegend();
      renderFilters();
      renderTimeline();
      layout = newLayout();
      if (added.length > 0) layout.start();
      return added;
    },
  };
}

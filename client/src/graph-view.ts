// The sigma v3 canvas: draws the graph, and shows selection, hover, type filters and paths
// through nodeReducer/edgeReducer from the State, never by changing graph attributes.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  EDGE_TYPE_COLOR,
  EDGE_TYPE_SPECS,
  isEdgeType,
  type EdgeAttributes,
  type KnowledgeGraph,
  type NodeAttributes,
} from '../../server/ontology.js';
import { drawHover, drawLabel } from './draw.js';
import { relationName } from './format.js';
import type { State, Store } from './state.js';

const DIM_NODE = '#dfe3e8';
const DIM_EDGE = '#eef0f3';
const FALLBACK_EDGE = '#c3c9d1';
/** Relation names are written along a selected node's edges only when there are this few. */
const MAX_EDGE_LABELS = 16;
/** Edge hover (picking) costs a render pass; beyond this many edges it is switched off. */
const MAX_EDGE_EVENTS = 20_000;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface GraphView {
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  /** Animates the camera onto a node. */
  focus(node: string): void;
  /** Animates the camera back to the whole graph. */
  fit(): void;
  kill(): void;
}

export interface GraphViewEvents {
  onSelect(node: string | null): void;
}

/** Width in pixels of the stage's left edge hidden by the floating rail (0 when narrow). */
function overlayInset(): number {
  const rail = document.querySelector<HTMLElement>('.rail');
  const stage = rail?.parentElement;
  if (!rail || !stage || rail.offsetWidth > stage.clientWidth / 2) return 0;
  return rail.offsetLeft + rail.offsetWidth;
}

/** The focus of highlighting: the hovered node, else the selected one, with its neighbours. */
interface Focus {
  node: string;
  neighbours: ReadonlySet<string>;
  showEdgeLabels: boolean;
}

/** Mounts sigma on `container` and keeps it in step with the store. */
export function createGraphView(
  container: HTMLElement,
  graph: KnowledgeGraph,
  store: Store,
  events: GraphViewEvents,
): GraphView {
  let focus: Focus | null = null;

  const computeFocus = (state: State): Focus | null => {
    const node = state.hovered ?? state.selected;
    if (!node || !graph.hasNode(node)) return null;
    const showEdgeLabels = node === state.selected && graph.degree(node) <= MAX_EDGE_LABELS;
    return { node, neighbours: new Set(graph.neighbors(node)), showEdgeLabels };
  };

  const nodeReducer = (node: string, attr: NodeAttributes): Partial<NodeDisplayData> => {
    const state = store.get();
    const res: Partial<NodeDisplayData> = { x: attr.x, y: attr.y, size: attr.size, color: attr.color, label: attr.label, type: 'circle' };
    if (state.hiddenTypes.has(attr.type)) return { ...res, hidden: true };
    if (state.path) {
      if (state.path.nodes.has(node)) return { ...res, forceLabel: true, highlighted: node === state.selected, zIndex: 2 };
      return { ...res, color: DIM_NODE, label: null, zIndex: 0 };
    }
    if (focus) {
      if (node === focus.node) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
      if (focus.neighbours.has(node)) return { ...res, forceLabel: focus.neighbours.size <= 30, zIndex: 1 };
      return { ...res, color: DIM_NODE, label: null, zIndex: 0 };
    }
    return node === state.selected ? { ...res, highlighted: true } : res;
  };

  const edgeReducer = (edge: string, attr: EdgeAttributes): Partial<EdgeDisplayData> => {
    const state = store.get();
    const known = isEdgeType(attr.type);
    const evidence = Array.isArray(attr.evidence) ? attr.evidence.length : 1;
    const res: Partial<EdgeDisplayData> = {
      type: known && EDGE_TYPE_SPECS[attr.type].symmetric ? 'line' : 'arrow',
      color: known ? EDGE_TYPE_COLOR[attr.type] : FALLBACK_EDGE,
      size: 1 + Math.min(2.5, Math.log2(Math.max(1, evidence))),
      label: '',
      zIndex: 0,
    };
    const [source, target] = graph.extremities(edge);
    const typeOf = (n: string) => graph.getNodeAttribute(n, 'type');
    if (state.hiddenTypes.has(typeOf(source)) || state.hiddenTypes.has(typeOf(target))) return { ...res, hidden: true };
    const label = known ? relationName(attr.type) : String(attr.type);
    if (edge === state.hoveredEdge) return { ...res, size: (res.size ?? 1) + 2, zIndex: 3, label, forceLabel: true };
    if (state.path) {
      if (state.path.edges.has(edge)) return { ...res, size: (res.size ?? 1) + 1.5, zIndex: 2, label, forceLabel: true };
      return { ...res, color: DIM_EDGE, zIndex: 0 };
    }
    if (focus) {
      if (source === focus.node || target === focus.node) {
        return { ...res, zIndex: 1, label: focus.showEdgeLabels ? label : '', forceLabel: focus.showEdgeLabels };
      }
      return { ...res, color: DIM_EDGE, zIndex: 0 };
    }
    return res;
  };

  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= MAX_EDGE_EVENTS,
    hideEdgesOnMove: graph.size > 5_000,
    labelFont: FONT,
    labelSize: 12,
    labelWeight: '500',
    labelDensity: 0.5,
    labelGridCellSize: 130,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: FONT,
    edgeLabelSize: 10,
    edgeLabelWeight: '500',
    edgeLabelColor: { color: '#5b6675' },
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    minCameraRatio: 0.04,
    maxCameraRatio: 6,
    stagePadding: 40,
  });

  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    store.update({ hovered: node });
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    store.update({ hovered: null });
  });
  renderer.on('clickNode', ({ node }) => events.onSelect(node));
  renderer.on('clickStage', () => events.onSelect(null));
  renderer.on('clickEdge', ({ edge }) => events.onSelect(graph.source(edge)));

  const unsubscribe = store.subscribe((state, prev) => {
    const relevant =
      state.hovered !== prev.hovered ||
      state.selected !== prev.selected ||
      state.hoveredEdge !== prev.hoveredEdge ||
      state.hiddenTypes !== prev.hiddenTypes ||
      state.path !== prev.path;
    if (!relevant) return;
    focus = computeFocus(state);
    renderer.refresh();
  });

  const resizeObserver = new ResizeObserver(() => renderer.resize());
  resizeObserver.observe(container);

  return {
    renderer,
    focus(node) {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      // Zoom so that the node's neighbours stay in view around it.
      let reach = 0;
      for (const other of graph.neighbors(node)) {
        const d = renderer.getNodeDisplayData(other);
        if (d && !d.hidden) reach = Math.max(reach, Math.hypot(d.x - data.x, d.y - data.y));
      }
      // Centre the node in the part of the stage the floating rail does not cover.
      const { width, height } = renderer.getDimensions();
      const inset = overlayInset();
      const shift = inset / 2;
      const ratio = Math.min(1, Math.max(0.12, reach * 2.2 * (width / Math.max(1, width - inset))));
      const camera = renderer.getCamera();
      const target = renderer.viewportToFramedGraph(
        { x: width / 2 - shift, y: height / 2 },
        { cameraState: { x: data.x, y: data.y, ratio, angle: camera.angle } },
      );
      void camera.animate({ x: target.x, y: target.y, ratio }, { duration: 650, easing: 'quadraticInOut' });
    },
    fit() {
      void renderer.getCamera().animatedReset({ duration: 500 });
    },
    kill() {
      unsubscribe();
      resizeObserver.disconnect();
      renderer.kill();
    },
  };
}

// The sigma v3 canvas: draws the graph, and shows selection, hover, filters, time window, paths,
// expanded neighbourhoods and new nodes through nodeReducer/edgeReducer from the State, never by
// changing graph attributes. Parallel relations are drawn as separate arcs (@sigma/edge-curve).
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  EDGE_TYPE_COLOR,
  EDGE_TYPE_SPECS,
  isEdgeType,
  type EdgeAttributes,
  type KnowledgeGraph,
  type NodeAttributes,
} from '../../server/ontology.js';
import { neighbourSets, parallelCurvatures } from './curvature.js';
import { drawHover, drawLabel } from './draw.js';
import { computeVisibility, type Visibility } from './filters.js';
import { relationName } from './format.js';
import { measureSizes } from './graph-data.js';
import type { State, Store } from './state.js';

const DIM_NODE = '#dfe3e8';
const DIM_EDGE = '#eef0f3';
const FALLBACK_EDGE = '#c3c9d1';
/** Relation names are written along a selected node's edges only when there are this few. */
const MAX_EDGE_LABELS = 16;
/** Beyond this many edges, hover highlights the neighbourhood without dimming the rest, so it
 *  refreshes only the nodes and edges it touches instead of the whole graph. */
export const MAX_DIMMING_EDGES = 30_000;
/** Edge hover (picking) costs a render pass; beyond this many edges it is switched off. */
const MAX_EDGE_EVENTS = 20_000;
/** EdgeLineProgram without its picking pass: without edge events nothing reads the edge picking
 *  buffer, and drawing every line a second time into it doubles a full frame in software GL. */
class EdgeLineUnpickedProgram extends EdgeLineProgram<NodeAttributes, EdgeAttributes> {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<NodeAttributes, EdgeAttributes>) {
    super(gl, null, renderer);
  }
}

/** From this many nodes, nodes are drawn as GL points instead of instanced triangles. */
const POINT_NODES_FROM = 2_000;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface GraphView {
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  /** Animates the camera onto a node. */
  focus(node: string): void;
  /** Animates the camera back to the whole graph. */
  fit(): void;
  /** The current filter result (hidden nodes and edges). */
  visibility(): Visibility;
  /** Recomputes structure-derived data (after nodes or edges were added). */
  reindex(): void;
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
  let neighbours = neighbourSets(graph);
  let curvatures = parallelCurvatures(graph);
  let visibility = computeVisibility(graph, store.get());
  let sizes: Map<string, number> | null = null;
  const light = () => graph.size > MAX_DIMMING_EDGES;

  const computeFocus = (state: State): Focus | null => {
    const node = state.hovered ?? state.selected;
    if (!node || !graph.hasNode(node)) return null;
    const showEdgeLabels = node === state.selected && graph.degree(node) <= MAX_EDGE_LABELS;
    return { node, neighbours: neighbours.get(node) ?? new Set(), showEdgeLabels };
  };

  const nodeReducer = (node: string, attr: NodeAttributes): Partial<NodeDisplayData> => {
    const state = store.get();
    const size = sizes?.get(node) ?? attr.size;
    const res: Partial<NodeDisplayData> = { x: attr.x, y: attr.y, size, color: attr.color, label: attr.label, type: 'circle' };
    const pinned = node === state.selected || state.path?.nodes.has(node) === true;
    if (visibility.hiddenNodes.has(node) && !pinned) return { ...res, hidden: true };
    if (state.newNodes.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (state.path) {
      if (state.path.nodes.has(node)) return { ...res, forceLabel: true, highlighted: true, zIndex: 2 };
      return { ...res, color: DIM_NODE, label: null, highlighted: false, zIndex: 0 };
    }
    if (focus) {
      // Large graphs: highlight without touching the z-order or the other nodes (partial refresh).
      if (light()) return node === focus.node ? { ...res, highlighted: true, forceLabel: true } : focus.neighbours.has(node) ? { ...res, forceLabel: focus.neighbours.size <= 30 } : res;
      if (node === focus.node) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
      if (focus.neighbours.has(node)) return { ...res, forceLabel: focus.neighbours.size <= 30, zIndex: 1 };
      return { ...res, color: DIM_NODE, label: null, highlighted: false, zIndex: 0 };
    }
    if (state.expanded) {
      if (state.expanded.has(node)) return { ...res, forceLabel: state.expanded.size <= 40, zIndex: 1 };
      return { ...res, color: DIM_NODE, label: null, zIndex: 0 };
    }
    return node === state.selected ? { ...res, highlighted: true } : res;
  };

  const edgeReducer = (edge: string, attr: EdgeAttributes): Partial<EdgeDisplayData> => {
    const state = store.get();
    const known = isEdgeType(attr.type);
    const evidence = Array.isArray(attr.evidence) ? attr.evidence.length : 1;
    const curvature = curvatures.get(edge);
    const symmetric = known && EDGE_TYPE_SPECS[attr.type].symmetric;
    // Large graphs: thin lines without arrowheads (software WebGL is bound by the pixels it fills).
    const big = light();
    const res: Partial<EdgeDisplayData> & { curvature?: number } = {
      type: curvature === undefined ? (symmetric || big ? 'line' : 'arrow') : symmetric ? 'curved' : 'curvedArrow',
      color: known ? EDGE_TYPE_COLOR[attr.type] : FALLBACK_EDGE,
      size: big ? 0.6 : evidence <= 1 ? 1 : 1 + Math.min(2.5, Math.log2(evidence)),
      label: '',
      zIndex: 0,
    };
    if (curvature !== undefined) res.curvature = curvature;
    // The common case first: nothing highlighted, nothing filtered.
    if (!state.path && !focus && !state.expanded && state.hoveredEdge === null && visibility.hiddenEdges.size === 0) return res;
    const onPath = state.path?.edges.has(edge) === true;
    if (visibility.hiddenEdges.has(edge) && !onPath) return { ...res, hidden: true };
    const label = () => (known ? relationName(attr.type) : String(attr.type));
    if (edge === state.hoveredEdge) return { ...res, size: (res.size ?? 1) + 2, zIndex: 3, label: label(), forceLabel: true };
    if (state.path) {
      if (onPath) return { ...res, size: (res.size ?? 1) + 1.5, zIndex: 2, label: label(), forceLabel: true };
      return { ...res, color: DIM_EDGE, zIndex: 0 };
    }
    if (focus) {
      const [source, target] = graph.extremities(edge);
      if (source === focus.node || target === focus.node) {
        const shown = focus.showEdgeLabels ? label() : '';
        if (light()) return { ...res, size: (res.size ?? 1) + 1, label: shown, forceLabel: focus.showEdgeLabels };
        return { ...res, zIndex: 1, label: shown, forceLabel: focus.showEdgeLabels };
      }
      if (light()) return res;
      return { ...res, color: DIM_EDGE, zIndex: 0 };
    }
    if (state.expanded) {
      const [source, target] = graph.extremities(edge);
      if (state.expanded.has(source) && state.expanded.has(target)) return { ...res, zIndex: 1 };
      return { ...res, color: DIM_EDGE, zIndex: 0 };
    }
    return res;
  };

  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    // Sorting by zIndex on every refresh costs too much on large graphs (they do not dim anyway).
    zIndex: !light(),
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= MAX_EDGE_EVENTS,
    // Software GL: redrawing every edge and label on each pan frame is what makes panning slow.
    hideEdgesOnMove: graph.size > 2_000,
    hideLabelsOnMove: graph.order > 2_000,
    // Software GL (SwiftShader) draws instanced triangles slowly: about 20 µs a node for the
    // default circle program, so 20k nodes cost most of a second a frame (and twice with the
    // picking pass). One point per node (gl.POINTS, non-instanced) draws the same discs far faster.
    ...(graph.order > POINT_NODES_FROM ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    edgeProgramClasses: { line: graph.size <= MAX_EDGE_EVENTS ? EdgeLineProgram : EdgeLineUnpickedProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    labelFont: FONT,
    labelSize: 12,
    labelWeight: '500',
    // Label density: fewer, larger cells on big graphs so labels never pile up.
    labelDensity: graph.order > 2_000 ? 0.25 : 0.6,
    labelGridCellSize: graph.order > 2_000 ? 180 : 120,
    labelRenderedSizeThreshold: graph.order > 2_000 ? 9 : 6,
    edgeLabelFont: FONT,
    edgeLabelSize: 10,
    edgeLabelWeight: '500',
    edgeLabelColor: { color: '#5b6675' },
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    minCameraRatio: 0.02,
    maxCameraRatio: 6,
    stagePadding: 40,
  });

  // No hover highlight while the stage is dragged: the pointer sweeps across nodes and each
  // highlight would reprocess the graph in the middle of a pan.
  const dragging = () => (renderer.getMouseCaptor() as unknown as { isMouseDown: boolean }).isMouseDown;
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    if (!dragging()) store.update({ hovered: node });
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    store.update({ hovered: null });
  });
  renderer.on('clickNode', ({ node }) => events.onSelect(node));
  renderer.on('clickStage', () => events.onSelect(null));
  renderer.on('clickEdge', ({ edge }) => events.onSelect(graph.source(edge)));

  const unsubscribe = store.subscribe((state, prev) => {
    const filters =
      state.hiddenTypes !== prev.hiddenTypes ||
      state.hiddenRelations !== prev.hiddenRelations ||
      state.minSources !== prev.minSources ||
      state.timeWindow !== prev.timeWindow ||
      state.hideIsolated !== prev.hideIsolated;
    const sizing = state.sizeBy !== prev.sizeBy;
    const highlight =
      state.hovered !== prev.hovered ||
      state.selected !== prev.selected ||
      state.hoveredEdge !== prev.hoveredEdge ||
      state.path !== prev.path ||
      state.expanded !== prev.expanded ||
      state.newNodes !== prev.newNodes;
    if (!filters && !sizing && !highlight) return;
    if (filters) visibility = computeVisibility(graph, state);
    if (sizing) sizes = state.sizeBy === 'degree' ? null : measureSizes(graph, state.sizeBy);
    const before = focus;
    focus = computeFocus(state);
    const onlyFocus = !filters && !sizing && state.path === prev.path && state.expanded === prev.expanded && state.newNodes === prev.newNodes && state.hoveredEdge === prev.hoveredEdge;
    if (onlyFocus && light()) {
      // Only the old and new focus neighbourhoods change: reprocess just those.
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const f of [before, focus]) {
        if (!f) continue;
        nodes.add(f.node);
        f.neighbours.forEach((n) => nodes.add(n));
        graph.forEachEdge(f.node, (e) => edges.add(e));
      }
      renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
      return;
    }
    // Hover and selection change colours only: no positions or sizes, so no re-indexation.
    renderer.refresh(filters || sizing ? undefined : { skipIndexation: true });
  });

  const resizeObserver = new ResizeObserver(() => renderer.resize());
  resizeObserver.observe(container);

  return {
    renderer,
    visibility: () => visibility,
    reindex() {
      neighbours = neighbourSets(graph);
      curvatures = parallelCurvatures(graph);
      visibility = computeVisibility(graph, store.get());
      const { sizeBy } = store.get();
      sizes = sizeBy === 'degree' ? null : measureSizes(graph, sizeBy);
      focus = computeFocus(store.get());
      renderer.refresh();
    },
    focus(node) {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      // Zoom so that the node's neighbours stay in view around it.
      let reach = 0;
      for (const other of neighbours.get(node) ?? []) {
        const d = renderer.getNodeDisplayData(other);
        if (d && !d.hidden) reach = Math.max(reach, Math.hypot(d.x - data.x, d.y - data.y));
      }
      // Centre the node in the part of the stage the floating rail does not cover.
      const { width, height } = renderer.getDimensions();
      const inset = overlayInset();
      const shift = inset / 2;
      const ratio = Math.min(1, Math.max(0.05, reach * 2.2 * (width / Math.max(1, width - inset))));
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

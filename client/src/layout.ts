// ForceAtlas2 in a web worker: settings inferred from the graph (inferSettings), runs until nodes
// stop moving or a time limit, can be started and stopped; when it stops, noverlap pushes
// overlapping nodes apart and `onSettled` hears it (the explorer then saves the positions).
// The worker moves a bare copy of the graph; positions are copied to the drawn graph at a fixed
// pace, so on large graphs the renderer is not re-indexed after every iteration.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { KnowledgeGraph } from '../../server/ontology.js';

export interface LayoutOptions {
  /** Longest run in milliseconds before the layout stops by itself (default: grows with size). */
  maxDuration: number | null;
  /** How often movement is sampled to detect convergence, in milliseconds. */
  sampleEvery: number;
  /** Mean node displacement per sample, relative to the graph's extent, below which it stops. */
  convergedBelow: number;
  /** noverlap iterations after FA2 stops (0 = none). */
  noverlapIterations: number;
  /** Graph units per screen pixel used to turn node sizes (pixels) into noverlap radii. */
  unitsPerPixel: () => number;
  /** Milliseconds between copies of the worker's positions to the drawn graph (default: by size). */
  syncEvery: number | null;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  maxDuration: null,
  sampleEvery: 250,
  convergedBelow: 0.0015,
  noverlapIterations: 30,
  unitsPerPixel: () => 1,
  syncEvery: null,
};

/** Position copies: every frame on small graphs, a few per second on large ones. */
export function defaultSyncEvery(size: number): number {
  return size <= 5_000 ? 16 : size <= 30_000 ? 120 : 300;
}

/** A bare undirected copy of the graph's structure and positions for the worker. */
function shadowOf(graph: KnowledgeGraph): Graph<{ x: number; y: number; size?: number }> {
  const shadow = new Graph<{ x: number; y: number; size?: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node, a) => shadow.addNode(node, { x: a.x ?? 0, y: a.y ?? 0 }));
  graph.forEachEdge((_e, _a, source, target) => {
    if (source !== target && !shadow.hasEdge(source, target)) shadow.addEdge(source, target);
  });
  return shadow;
}

/** Default run time: 4 s for small graphs, up to 15 s for tens of thousands of nodes. */
export function defaultDuration(order: number): number {
  return Math.min(15_000, Math.max(4_000, 3_000 + order * 1.5));
}

export interface LayoutController {
  /** Starts (or restarts) the layout; it stops itself when converged or after maxDuration. */
  start(): void;
  /** Stops FA2, then runs noverlap and reports `onSettled`. */
  stop(): void;
  isRunning(): boolean;
  /** FA2 iterations the worker has returned since the layout was created. */
  iterations(): number;
  /** Stops and releases the worker. */
  kill(): void;
}

export interface LayoutEvents {
  /** Every start and stop. */
  onChange(running: boolean): void;
  /** After a run stopped and noverlap moved nodes apart: positions are final. */
  onSettled?(): void;
}

/** Creates the FA2 worker layout for a graph. */
export function createLayout(graph: KnowledgeGraph, events: LayoutEvents, options: Partial<LayoutOptions> = {}): LayoutController {
  const opts = { ...LAYOUT_DEFAULTS, ...options };
  const maxDuration = opts.maxDuration ?? defaultDuration(graph.order);
  const shadow = shadowOf(graph);
  const syncEvery = opts.syncEvery ?? defaultSyncEvery(graph.size);
  const inferred = forceAtlas2.inferSettings(shadow);
  const settings = {
    ...inferred,
    // Spread hubs apart (their many edges otherwise pull everything into one knot).
    outboundAttractionDistribution: true,
    scalingRatio: (inferred.scalingRatio ?? 10) * 3,
    // Keep isolated entities near the rest instead of drifting to the edge of the canvas.
    gravity: 1,
  };
  const layout = new FA2Layout(shadow, { settings, getEdgeWeight: null });
  // Small graphs iterate so fast that the relay never lets a frame through; large ones leave gaps.
  if (graph.order <= PACE_UP_TO_NODES) paceIterations(layout as unknown as Supervisor);
  let iterations = 0;
  // Each worker answer is one FA2 iteration, applied to the copy in one batch update.
  const countIteration = () => {
    if (running) iterations++;
  };
  shadow.on('eachNodeAttributesUpdated', countIteration);
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let syncFrame: number | undefined;
  let synced = -1;
  /** Copies positions, then waits at least twice what the copy and the frame it caused took
   *  (software GL frames of large graphs take long), so drawing leaves the main thread free to
   *  relay the worker's answers. */
  const syncLoop = () => {
    syncTimer = undefined;
    if (!running) return;
    const t0 = performance.now();
    sync();
    syncFrame = requestAnimationFrame(() => {
      syncFrame = requestAnimationFrame(() => {
        syncFrame = undefined;
        const cost = performance.now() - t0;
        if (running) syncTimer = setTimeout(syncLoop, Math.max(syncEvery, 2 * cost));
      });
    });
  };
  const sync = () => {
    if (synced === iterations) return;
    synced = iterations;
    graph.updateEachNodeAttributes(
      (node, attr) => {
        const p = shadow.getNodeAttributes(node);
        return { ...attr, x: p.x, y: p.y };
      },
      { attributes: ['x', 'y'] },
    );
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  let startedAt = 0;
  let last = snapshot(shadow);
  let running = false;

  /** Cancels the pending tick, copy and frame callbacks. */
  const clearTimers = () => {
    if (timer !== undefined) clearInterval(timer);
    if (syncTimer !== undefined) clearTimeout(syncTimer);
    if (syncFrame !== undefined) cancelAnimationFrame(syncFrame);
    timer = undefined;
    syncTimer = undefined;
    syncFrame = undefined;
  };

  const stop = () => {
    clearTimers();
    const wasRunning = running;
    running = false;
    if (layout.isRunning()) layout.stop();
    if (wasRunning) sync();
    // noverlap runs on the main thread: fewer passes on large graphs.
    const passes = graph.order > 5_000 ? Math.min(opts.noverlapIterations, 5) : opts.noverlapIterations;
    if (wasRunning && passes > 0 && graph.order > 1) {
      const ratio = opts.unitsPerPixel();
      noverlap.assign(graph, { maxIterations: passes, settings: { ratio, margin: 2 * ratio, expansion: 1.1 } });
    }
    events.onChange(false);
    if (wasRunning) events.onSettled?.();
  };

  const sample = () => {
    const next = snapshot(shadow);
    const moved = meanDisplacement(last, next) / Math.max(extent(next), 1e-9);
    last = next;
    const elapsed = performance.now() - startedAt;
    // No movement at all means the worker has not answered yet, not that it converged.
    const settled = elapsed > opts.sampleEvery * 4 && moved > 0 && moved < opts.convergedBelow;
    if (settled || elapsed > maxDuration) stop();
  };

  return {
    start() {
      if (graph.order === 0) return;
      if (timer !== undefined) clearInterval(timer);
      startedAt = performance.now();
      // Start from the drawn positions (noverlap or a saved layout may have moved them).
      graph.forEachNode((node, a) => shadow.mergeNodeAttributes(node, { x: a.x ?? 0, y: a.y ?? 0 }));
      last = snapshot(shadow);
      running = true;
      layout.start();
      timer = setInterval(sample, opts.sampleEvery);
      if (syncFrame !== undefined) cancelAnimationFrame(syncFrame);
      if (syncTimer !== undefined) clearTimeout(syncTimer);
      syncTimer = setTimeout(syncLoop, syncEvery);
      events.onChange(true);
    },
    stop,
    isRunning: () => running,
    iterations: () => iterations,
    kill() {
      clearTimers();
      running = false;
      shadow.off('eachNodeAttributesUpdated', countIteration);
      layout.kill();
    },
  };
}

/** The parts of graphology's FA2 supervisor that pacing wraps. */
interface Supervisor {
  running: boolean;
  start(): unknown;
  askForIterations(withEdges?: boolean): unknown;
}

/** Graphs up to this many nodes get their iterations paced by frames (see paceIterations). */
export const PACE_UP_TO_NODES = 2_000;

/** Main-thread time per frame spent relaying iterations before yielding to rendering. */
export const ITERATION_BURST_MS = 30;

/**
 * The supervisor asks the worker for the next iteration as soon as one arrives; on small graphs
 * that ping-pong never leaves the main thread idle, so no frame is drawn. This relays iterations
 * for ITERATION_BURST_MS, then waits for the next animation frame.
 */
function paceIterations(sup: Supervisor): void {
  const ask = sup.askForIterations.bind(sup);
  const start = sup.start.bind(sup);
  let burstStart = 0;
  let generation = 0;
  sup.start = () => {
    generation++;
    burstStart = performance.now();
    return start();
  };
  sup.askForIterations = (withEdges?: boolean) => {
    if (withEdges || performance.now() - burstStart < ITERATION_BURST_MS) return ask(withEdges);
    const g = generation;
    requestAnimationFrame(() => {
      if (g !== generation || !sup.running) return;
      burstStart = performance.now();
      ask(false);
    });
    return sup;
  };
}

type Positions = Map<string, [number, number]>;

function snapshot(graph: Graph<{ x?: number; y?: number }>): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, attr) => positions.set(node, [attr.x ?? 0, attr.y ?? 0]));
  return positions;
}

function meanDisplacement(a: Positions, b: Positions): number {
  let total = 0;
  let n = 0;
  for (const [node, [x, y]] of b) {
    const prev = a.get(node);
    if (!prev) continue;
    total += Math.hypot(x - prev[0], y - prev[1]);
    n++;
  }
  return n === 0 ? 0 : total / n;
}

function extent(positions: Positions): number {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of positions.values()) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return Math.max(maxX - minX, maxY - minY);
}

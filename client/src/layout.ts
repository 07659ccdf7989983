// ForceAtlas2 in a web worker: settings inferred from the graph (inferSettings), runs until nodes
// stop moving or a time limit, can be started and stopped; when it stops, noverlap pushes
// overlapping nodes apart and `onSettled` hears it (the explorer then saves the positions).
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
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  maxDuration: null,
  sampleEvery: 250,
  convergedBelow: 0.0015,
  noverlapIterations: 30,
  unitsPerPixel: () => 1,
};

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
  const inferred = forceAtlas2.inferSettings(graph);
  const settings = {
    ...inferred,
    // Spread hubs apart (their many edges otherwise pull everything into one knot).
    outboundAttractionDistribution: true,
    scalingRatio: (inferred.scalingRatio ?? 10) * 3,
    // Keep isolated entities near the rest instead of drifting to the edge of the canvas.
    gravity: 1,
  };
  const layout = new FA2Layout(graph, { settings, getEdgeWeight: null });
  let iterations = 0;
  // Each worker answer is one FA2 iteration, applied to the graph in one batch update.
  const countIteration = () => {
    if (running) iterations++;
  };
  graph.on('eachNodeAttributesUpdated', countIteration);
  let timer: ReturnType<typeof setInterval> | undefined;
  let startedAt = 0;
  let last = snapshot(graph);
  let running = false;

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    const wasRunning = running;
    running = false;
    if (layout.isRunning()) layout.stop();
    if (wasRunning && opts.noverlapIterations > 0 && graph.order > 1) {
      const ratio = opts.unitsPerPixel();
      noverlap.assign(graph, { maxIterations: opts.noverlapIterations, settings: { ratio, margin: 2 * ratio, expansion: 1.1 } });
    }
    events.onChange(false);
    if (wasRunning) events.onSettled?.();
  };

  const sample = () => {
    const next = snapshot(graph);
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
      last = snapshot(graph);
      running = true;
      layout.start();
      timer = setInterval(sample, opts.sampleEvery);
      events.onChange(true);
    },
    stop,
    isRunning: () => running,
    iterations: () => iterations,
    kill() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      running = false;
      graph.off('eachNodeAttributesUpdated', countIteration);
      layout.kill();
    },
  };
}

type Positions = Map<string, [number, number]>;

function snapshot(graph: KnowledgeGraph): Positions {
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

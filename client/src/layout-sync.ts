// Saved layout: positions read from GET /api/layout on load (so a reload does not lay the graph
// out again) and written with PUT /api/layout when a layout run settles, in bounded chunks.
import type { KnowledgeGraph } from '../../server/ontology.js';
import type { Api } from './api.js';

/** Positions per PUT request (keeps each body well under the server's size limit). */
export const SAVE_CHUNK = 5_000;

/** Applies saved positions to the nodes they name; returns how many nodes were placed. */
export function applySavedPositions(graph: KnowledgeGraph, positions: Record<string, [number, number]>): number {
  let placed = 0;
  graph.updateEachNodeAttributes((node, attr) => {
    const p = positions[node];
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return attr;
    placed++;
    return { ...attr, x: p[0], y: p[1] };
  });
  return placed;
}

/** Whether enough of the graph has saved positions to skip laying it out again. */
export function layoutIsSaved(graph: KnowledgeGraph, placed: number): boolean {
  return graph.order > 0 && placed >= graph.order * 0.95;
}

/** The graph's positions, rounded to 0.01, split into chunks of `size`. */
export function positionChunks(graph: KnowledgeGraph, size = SAVE_CHUNK): Record<string, [number, number]>[] {
  const chunks: Record<string, [number, number]>[] = [];
  let current: Record<string, [number, number]> = {};
  let n = 0;
  graph.forEachNode((node, attr) => {
    const { x, y } = attr;
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return;
    current[node] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    if (++n === size) {
      chunks.push(current);
      current = {};
      n = 0;
    }
  });
  if (n > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** Saves every node position on the server (the first chunk replaces, the rest merge). */
export async function saveLayout(api: Pick<Api, 'saveLayout'>, graph: KnowledgeGraph): Promise<number> {
  let saved = 0;
  const chunks = positionChunks(graph);
  for (let i = 0; i < chunks.length; i++) saved += (await api.saveLayout(chunks[i]!, i === 0)).saved;
  return saved;
}

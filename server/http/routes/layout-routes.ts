// Layout routes: the explorer's saved node positions. GET reads them (only ids still in the
// graph), PUT replaces them; PUT is a write, so mountRoutes asks for the bearer token when the
// app has one (KG_API_TOKEN).
import { z } from 'zod';
import { LayoutStore } from '../../store/layout.js';
import type { ApiContext } from '../context.js';
import { defineRoute, inputSchema, problemResponse as problem, type RouteDef } from '../route.js';

/** GET /api/layout */
export interface LayoutResponse {
  /** [x, y] by node id, for nodes of the current graph. */
  positions: Record<string, [number, number]>;
  count: number;
  savedAt: string | null;
}

/** PUT /api/layout */
export interface LayoutSaveResponse {
  saved: number;
  savedAt: string;
}

const coordinate = z.number().finite();
export const layoutPutInput = inputSchema({
  body: z.object({
    positions: z.record(z.string().min(1).max(512), z.tuple([coordinate, coordinate])).describe('[x, y] by node id'),
    replace: z.boolean().default(true).describe('Replace the saved layout (true) or merge into it (false)'),
  }),
});
export const layoutGetInput = inputSchema({});

/** The SQLite connection behind the API's store, when it has one. */
function connectionOf(store: unknown): ConstructorParameters<typeof LayoutStore>[0] | undefined {
  const db = (store as { connection?: unknown }).connection;
  return db && typeof (db as { prepare?: unknown }).prepare === 'function' ? (db as ConstructorParameters<typeof LayoutStore>[0]) : undefined;
}

/** The layout routes over `ctx`; positions live in the store's database (or memory without one). */
export function layoutRoutes(ctx: ApiContext, layouts?: LayoutStore): RouteDef[] {
  const db = connectionOf(ctx.store);
  const store = layouts ?? (db ? new LayoutStore(db) : undefined);
  let memory: { positions: Map<string, { x: number; y: number }>; savedAt: string | undefined } = { positions: new Map(), savedAt: undefined };
  return [
    defineRoute({
      method: 'get', path: '/api/layout', summary: 'Saved node positions of the explorer layout', tags: ['layout'], schema: layoutGetInput,
      responses: { 200: { description: 'Positions by node id (only nodes of the current graph)' } },
      handle: (): LayoutResponse => {
        const saved = store ? store.load() : memory;
        const positions: Record<string, [number, number]> = {};
        let count = 0;
        for (const [id, p] of saved.positions) {
          if (!ctx.graph.hasNode(id)) continue;
          positions[id] = [p.x, p.y];
          count++;
        }
        return { positions, count, savedAt: saved.savedAt ?? null };
      },
    }),
    defineRoute({
      method: 'put', path: '/api/layout', summary: 'Save node positions of the explorer layout', tags: ['layout'], schema: layoutPutInput,
      responses: {
        200: { description: 'Saved' },
        400: problem('Malformed body'),
        401: problem('Missing or wrong bearer token'),
        415: problem('Not application/json'),
      },
      handle: ({ body }): LayoutSaveResponse => {
        const entries = Object.entries(body.positions)
          .filter(([id]) => ctx.graph.hasNode(id))
          .map(([id, [x, y]]) => [id, { x, y }] as [string, { x: number; y: number }]);
        if (store) return store.save(entries, { replace: body.replace });
        const savedAt = new Date().toISOString();
        const positions = body.replace ? new Map<string, { x: number; y: number }>() : memory.positions;
        for (const [id, p] of entries) positions.set(id, p);
        memory = { positions, savedAt };
        return { saved: entries.length, savedAt };
      },
    }),
  ];
}

// Saved explorer layout: the SQLite layout store and GET/PUT /api/layout over a real server,
// bearer token required for PUT when KG_API_TOKEN is set.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../server/errors.js';
import { createApp } from '../../server/http/app.js';
import type { LayoutResponse } from '../../server/http/routes/layout-routes.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { LayoutStore } from '../../server/store/layout.js';

describe('LayoutStore', () => {
  it('replaces, merges, loads and clears positions with their save time', () => {
    const db = new Database(':memory:');
    const layouts = new LayoutStore(db, { now: () => new Date('2026-01-02T03:04:05Z') });
    expect(layouts.load().positions.size).toBe(0);
    expect(layouts.save([['a', { x: 1, y: 2 }], ['b', { x: -3.5, y: 4 }]])).toEqual({ saved: 2, savedAt: '2026-01-02T03:04:05.000Z' });
    layouts.save([['c', { x: 0, y: 0 }]], { replace: false });
    expect([...layouts.load().positions.keys()].sort()).toEqual(['a', 'b', 'c']);
    layouts.save([['b', { x: 9, y: 9 }]]);
    const loaded = layouts.load();
    expect([...loaded.positions]).toEqual([['b', { x: 9, y: 9 }]]);
    expect(loaded.savedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(() => layouts.save([['x', { x: Number.NaN, y: 0 }]])).toThrow(ValidationError);
    expect(layouts.load().positions.size).toBe(1); // nothing written by the failed save
    layouts.clear();
    expect(layouts.load().positions.size).toBe(0);
  });
});

describe('/api/layout', () => {
  let store: GraphStore;
  let server: Server;
  let base: string;
  let ids: string[];
  const saved = process.env.KG_API_TOKEN;

  beforeAll(async () => {
    delete process.env.KG_API_TOKEN;
    store = GraphStore.open(':memory:');
    store.ingest({ id: 'd1', text: 'date 2025-06-17 PYONGYANG, June 17. /TASS/. Russian Security Council Secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang.' });
    const graph = store.loadGraph();
    ids = graph.nodes();
    server = await new Promise<Server>((resolve) => {
      const s = createApp({ store, graph, clientDir: '/nonexistent' }).listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/layout`;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.KG_API_TOKEN;
    else process.env.KG_API_TOKEN = saved;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.close();
  });

  const put = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(base, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('saves positions of known nodes in the store and reads them back', async () => {
    delete process.env.KG_API_TOKEN;
    expect(ids.length).toBeGreaterThan(1);
    expect(((await (await fetch(base)).json()) as LayoutResponse).count).toBe(0);
    const positions = Object.fromEntries(ids.map((id, i) => [id, [i * 10, 1 - i]]));
    const res = await put({ positions: { ...positions, 'no-such-node': [1, 1] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ saved: ids.length });
    const back = (await (await fetch(base)).json()) as LayoutResponse;
    expect(back.positions).toEqual(positions);
    expect(back.savedAt).toMatch(/^\d{4}-/);
    expect(new LayoutStore(store.connection).load().positions.size).toBe(ids.length);
  });

  it('rejects malformed positions with a problem', async () => {
    delete process.env.KG_API_TOKEN;
    expect((await put({ positions: { [ids[0]!]: [1] } })).status).toBe(400);
    expect((await put({ positions: { [ids[0]!]: ['a', 2] } })).status).toBe(400);
  });

  it('needs the bearer token when the app has one (KG_API_TOKEN)', async () => {
    process.env.KG_API_TOKEN = 'sesame';
    const guarded = await new Promise<Server>((resolve) => {
      const s = createApp({ store, graph: store.loadGraph(), clientDir: '/nonexistent' }).listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(guarded.address() as AddressInfo).port}/api/layout`;
    const send = (headers: Record<string, string>) =>
      fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ positions: { [ids[0]!]: [5, 5] } }) });
    try {
      expect((await send({})).status).toBe(401);
      expect((await send({ authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await send({ authorization: 'Bearer sesame' })).status).toBe(200);
      expect((await fetch(url)).status).toBe(200); // reading needs no token
    } finally {
      await new Promise<void>((resolve) => guarded.close(() => resolve()));
    }
  });
});

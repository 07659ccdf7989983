// The read routes' response cache: the LRU itself, and over a real server that a kept answer is
// the answer the route computes, that ETags give 304s, and that no answer outlives a change of
// the graph (a posted or deleted document, or the graph changed directly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonAnswer, ResponseCache, weakEtag } from '../../server/http/response-cache.js';
import { createApp } from '../../server/http/app.js';
import { closeServer, listen, serverUrl } from '../../server/main.js';
import { GraphStore } from '../../server/store/graph-store.js';
import { request, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { startApi, type Api } from './harness.js';

/** The ETag function Express itself uses (its dependency `etag`). */
const etag = createRequire(import.meta.url)('etag') as (body: Buffer, options: { weak: boolean }) => string;

/** A conditional GET through node:http (fetch adds Cache-Control: no-cache to conditional requests). */
function conditionalGet(url: string, etagValue: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'if-none-match': etagValue } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });
}

const answer = (bytes: number) => jsonAnswer(`"${'x'.repeat(bytes - 2)}"`);

describe('ResponseCache', () => {
  it('keeps answers for one revision and drops them all when it moves', () => {
    const cache = new ResponseCache(1000);
    cache.set('/a', 1, answer(10));
    expect(cache.get('/a', 1)?.body.toString()).toBe(`"${'x'.repeat(8)}"`);
    expect(cache.get('/b', 1)).toBeUndefined();
    expect(cache.get('/a', 2)).toBeUndefined();
    expect(cache.size).toEqual({ answers: 0, bytes: 0 });
    cache.set('/a', 2, answer(10));
    cache.set('/b', 3, answer(10));
    expect(cache.get('/a', 3)).toBeUndefined();
    expect(cache.get('/b', 3)).toBeDefined();
  });

  it('drops the least recently used answers past its byte budget and never keeps one over a quarter of it', () => {
    const cache = new ResponseCache(1000);
    for (const key of ['/1', '/2', '/3', '/4']) cache.set(key, 0, answer(200));
    expect(cache.size).toEqual({ answers: 4, bytes: 800 });
    cache.get('/1', 0); // now the most recently used
    cache.set('/5', 0, answer(250));
    expect(cache.size).toEqual({ answers: 4, bytes: 850 });
    expect(cache.get('/2', 0)).toBeUndefined();
    expect(cache.get('/1', 0)).toBeDefined();
    cache.set('/big', 0, answer(251));
    expect(cache.get('/big', 0)).toBeUndefined();
    cache.set('/1', 0, answer(100)); // replaced, bytes recounted
    expect(cache.size).toEqual({ answers: 4, bytes: 750 });
    const none = new ResponseCache(0);
    none.set('/a', 0, answer(4));
    expect(none.get('/a', 0)).toBeUndefined();
    expect(() => new ResponseCache(-1)).toThrow(RangeError);
    expect(() => new ResponseCache(Number.NaN)).toThrow(RangeError);
  });

  it('gives the ETag Express gives the same body', () => {
    for (const text of ['{}', '{"a":"é"}', 'x'.repeat(5000)]) {
      const body = Buffer.from(text);
      expect(weakEtag(body)).toBe(etag(body, { weak: true }));
    }
  });
});

describe('cached read routes over a real server', () => {
  let api: Api;
  let uncached: Api;
  beforeAll(async () => {
    [api, uncached] = await Promise.all([startApi(), startApi({ responseCacheBytes: 0 })]);
  });
  afterAll(async () => {
    await Promise.all([api.close(), uncached.close()]);
  });

  const READS = [
    '/api/search?q=shoigu',
    '/api/stats',
    '/api/nodes/person%3Akim-jong-un',
    '/api/nodes/person%3Akim-jong-un/neighbors?depth=2',
    '/api/neighbor-counts?ids=person%3Akim-jong-un,state%3Arussia',
    '/api/subgraph?nodes=person%3Akim-jong-un,state%3Anorth-korea',
    '/api/paths?from=person%3Akim-jong-un&to=state%3Arussia&mode=all-shortest',
  ];

  it('answers the same bytes and headers from the cache as without it, and 304 for a matching If-None-Match', async () => {
    for (const path of READS) {
      const reference = await uncached.get(path);
      const first = await api.get(path);
      const second = await api.get(path);
      expect(first.status, path).toBe(200);
      const text = await reference.text();
      expect(await first.text(), path).toBe(text);
      expect(await second.text(), path).toBe(text);
      for (const header of ['content-type', 'content-length', 'etag', 'access-control-allow-origin', 'content-security-policy']) {
        expect(second.headers.get(header), `${path} ${header}`).toBe(reference.headers.get(header));
      }
      const conditional = await conditionalGet(`${api.base}${path}`, second.headers.get('etag')!);
      expect(conditional, path).toEqual({ status: 304, body: '' });
      expect((await conditionalGet(`${api.base}${path}`, 'W/"other"')).body, path).toBe(text);
      const head = await api.request('HEAD', path);
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
      expect(await head.text()).toBe('');
    }
  });

  it('never keeps errors', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await api.get('/api/nodes/person%3Anobody/neighbors')).status).toBe(404);
      expect((await api.get('/api/nodes/person%3Akim-jong-un/neighbors?depth=9')).status).toBe(400);
    }
  });

  it('answers from the new graph after a document is posted and after it is deleted', async () => {
    const path = '/api/search?q=Zhaksylyk';
    const before = await api.json<{ results: unknown[] }>(path);
    expect(before.results).toEqual([]);
    const stats = await api.json<{ documents: number }>('/api/stats');
    const text = 'date 2026-03-02 ASTANA, March 2. /Kazinform/. Kazakh Foreign Minister Zhaksylyk Omarbekov met Russian Foreign Minister Sergei Lavrov in Astana on Monday.';
    const posted = await api.post('/api/documents', JSON.stringify({ id: 'cache-test', text }));
    expect(posted.status).toBe(201);
    const after = await api.json<{ results: { label: string }[] }>(path);
    expect(after.results.map((r) => r.label)).toContain('Zhaksylyk Omarbekov');
    expect((await api.json<{ documents: number }>('/api/stats')).documents).toBe(stats.documents + 1);
    expect((await api.request('DELETE', '/api/documents/cache-test')).status).toBe(200);
    expect((await api.json<{ results: unknown[] }>(path)).results).toEqual([]);
    expect((await api.json<{ documents: number }>('/api/stats')).documents).toBe(stats.documents);
  });
});

describe('a graph changed outside the routes', () => {
  let server: Server;
  let store: GraphStore;
  afterAll(async () => {
    await closeServer(server, 100);
    store.close();
  });

  it('is never answered from before the change', async () => {
    store = GraphStore.open(':memory:');
    store.ingest({ id: 'd1', text: 'date 2025-06-17 PYONGYANG, June 17. /TASS/. Russian Security Council Secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang.' });
    const graph = store.loadGraph();
    server = await listen(createApp({ store, graph, clientDir: '/nonexistent', apiToken: null }), '127.0.0.1', 0);
    const url = `${serverUrl(server, '127.0.0.1').replace(/\/$/, '')}/api/stats`;
    const count = async () => ((await (await fetch(url)).json()) as { nodes: number }).nodes;
    const before = await count();
    expect(await count()).toBe(before);
    graph.addNode('person:someone-else', { type: 'Person', label: 'Someone Else' } as never);
    expect(await count()).toBe(before + 1);
    graph.setNodeAttribute('person:someone-else', 'label', 'Someone');
    graph.dropNode('person:someone-else');
    expect(await count()).toBe(before);
  });
});

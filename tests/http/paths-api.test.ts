// GET /api/paths over a real listening server seeded with the bundled dispatches: the three
// modes, directed vs undirected, filters, hops with evidence, no path as an empty 200, bad
// parameters as 400 problems naming the parameter, and 422 when the time budget runs out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PathsResponse, Problem, SearchResponse } from '../../server/api-types.js';
import * as Schemas from '../../server/http/response-schemas.js';
import { startApi, type Api } from './harness.js';

describe('GET /api/paths', () => {
  let api: Api;
  let from: string;
  let to: string;
  beforeAll(async () => {
    api = await startApi();
    const id = async (q: string, type: string) => (await api.json<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&type=${type}`)).results[0]!.id;
    from = await id('Sergey Shoigu', 'person');
    to = await id('528th Regiment of Engineers', 'unit');
  }, 120_000);
  afterAll(() => api?.close());
  afterEach(() => {
    delete process.env.KG_PATH_BUDGET_MS;
  });

  const get = async (query: string) => Schemas.PathsResponse.parse(await api.json(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${query}`)) as PathsResponse;

  it('mode shortest: one path, total counts them all, every hop carries its edges with evidence', async () => {
    const res = await get('');
    expect(res).toMatchObject({ mode: 'shortest', directed: false, from, to });
    expect(res.paths).toHaveLength(1);
    expect(res.total).toBeGreaterThanOrEqual(1);
    expect(res.truncated).toBe(res.total > 1);
    const [path] = res.paths;
    expect(path!.nodes).toHaveLength(res.length! + 1);
    for (const [i, hop] of path!.hops.entries()) {
      expect([hop.from, hop.to]).toEqual([path!.nodes[i], path!.nodes[i + 1]]);
      expect(hop.edges.length).toBeGreaterThan(0);
      for (const e of hop.edges) {
        expect(e.direction === 'out' ? [e.source, e.target] : [e.target, e.source]).toEqual([hop.from, hop.to]);
        expect(e.evidence.length).toBeGreaterThan(0);
        expect(e.evidence[0]!.sentence.length).toBeGreaterThan(0);
      }
    }
    expect(res.nodes.map((n) => n.id).sort()).toEqual([...new Set(path!.nodes)].sort());
  });

  it('mode all-shortest lists up to limit; mode k lists k simple paths, shortest first', async () => {
    const all = await get('&mode=all-shortest&limit=100');
    expect(all.paths).toHaveLength(Math.min(all.total, 100));
    for (const p of all.paths) expect(p.nodes).toHaveLength(all.length! + 1);
    const k = await get('&mode=k&k=4');
    expect(k.paths.length).toBeGreaterThan(1);
    expect(k.paths.length).toBeLessThanOrEqual(4);
    expect(k.total).toBe(k.paths.length);
    const lengths = k.paths.map((p) => p.nodes.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths[0]).toBe(all.length! + 1);
    for (const p of k.paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it('directed=true follows edges source → target only; no path is a 200 with an empty list', async () => {
    const undirected = await get('&mode=all-shortest');
    const directed = await get('&mode=all-shortest&directed=true');
    for (const p of directed.paths) for (const hop of p.hops) for (const e of hop.edges) expect(e.direction).toBe('out');
    expect(directed.length === null || directed.length >= undirected.length!).toBe(true);
    const none = await get('&maxLength=1');
    expect(none).toMatchObject({ length: null, paths: [], total: 0, truncated: false });
  });

  it('edgeTypes and since/until restrict the edges a path may use', async () => {
    const res = await get('&mode=all-shortest&edgeTypes=PART_OF,LEADER_OF,OFFICIAL_OF');
    for (const p of res.paths) for (const hop of p.hops) for (const e of hop.edges) expect(['PART_OF', 'LEADER_OF', 'OFFICIAL_OF']).toContain(e.type);
    const old = await get('&until=1900-01-01');
    expect(old).toMatchObject({ length: null, paths: [] });
  });

  it.each([
    ['k=21', '&mode=k&k=21', 'query.k'],
    ['limit=101', '&limit=101', 'query.limit'],
    ['maxLength=0', '&maxLength=0', 'query.maxLength'],
    ['directed=maybe', '&directed=maybe', 'query.directed'],
    ['mode=sideways', '&mode=sideways', 'query.mode'],
    ['edgeTypes=LIKES', '&edgeTypes=LIKES', 'query.edgeTypes'],
    ['since=2025-13-01', '&since=2025-13-01', 'query.since'],
  ])('answers %s with a 400 problem naming the parameter', async (_name, query, parameter) => {
    const res = await api.get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem & { errors?: { path: string }[] };
    expect(body.errors?.some((e) => e.path === parameter || e.path.startsWith(`${parameter}.`))).toBe(true);
  });

  it('answers 404 for an unknown end', async () => {
    const res = await api.get(`/api/paths?from=person%3Anobody&to=${encodeURIComponent(to)}`);
    expect(res.status).toBe(404);
  });

  it('answers 422 with a clear message when the query runs out of time (KG_PATH_BUDGET_MS)', async () => {
    process.env.KG_PATH_BUDGET_MS = '0';
    const res = await api.get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&mode=k&k=20`);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ status: 422, type: 'urn:dispatch-graph:problem:query-budget-exceeded', title: 'Query too expensive' });
    expect(body.detail).toMatch(/time budget of 0 ms.*Expected a narrower query/);
    delete process.env.KG_PATH_BUDGET_MS;
    expect((await api.get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)).status).toBe(200);
  });
});

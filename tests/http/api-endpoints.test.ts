// The query, selection and document endpoints of issue 4 over a real listening server seeded with
// the bundled dispatches: typo-tolerant search, node detail by document, filtered and capped
// neighbourhoods, neighbour counts, induced subgraphs, filtered graph JSON, statistics' dates,
// documents with their spans, text/plain POST and DELETE; then the rules: problems naming the
// parameter, bearer token for writes, CORS for reads only, security headers, OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DeleteDocumentResponse, DocumentResponse, IngestResponse, NeighborCountsResponse, NeighborsResponse, NodeResponse, Problem,
  SearchResponse, StatsResponse, SubgraphResponse,
} from '../../server/api-types.js';
import * as Schemas from '../../server/http/response-schemas.js';
import { startApi, type Api } from './harness.js';

const enc = encodeURIComponent;

async function getValid<T>(api: Api, path: string, schema: { parse(value: unknown): T }): Promise<T> {
  return schema.parse(await api.json(path));
}

async function topHit(api: Api, q: string, type?: string): Promise<string> {
  const res = await api.json<SearchResponse>(`/api/search?q=${enc(q)}${type ? `&type=${type}` : ''}`);
  expect(res.results.length, `search "${q}"`).toBeGreaterThan(0);
  return res.results[0]!.id;
}

async function expectProblem(res: Response, status: number, parameter?: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = Schemas.Problem.parse(await res.json()) as Problem;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:dispatch-graph:problem:/), title: expect.any(String), detail: expect.any(String) });
  if (parameter !== undefined) expect(body.parameter).toBe(parameter);
  return body;
}

type GraphJson = { nodes: { key: string; attributes: { type: string } }[]; edges: { key: string; source: string; target: string; attributes: { type: string } }[] };

const NEW_DISPATCH = [
  'date 2025-12-21 MOSCOW, December 21. /TASS/. Russian Defence Minister Andrei Belousov met with',
  "Pak Jong Chon, Secretary of the Central Committee of the Workers' Party of Korea, in Moscow on Sunday.",
  "Belousov thanked the Democratic People's Republic of Korea for its assistance.",
].join(' ');

describe('queries over the bundled dispatches', () => {
  let api: Api;
  let kim: string;
  beforeAll(async () => {
    api = await startApi();
    kim = await topHit(api, 'Kim Jong Un', 'person');
  });
  afterAll(() => api.close());

  it.each([
    ['shoigu', 'person', /Shoigu/],
    ['Kim Jong-un', 'person', /^Kim Jong Un$/],
    ['dprk', 'state', /Korea/],
    ['Shoygu', 'person', /Shoigu/],
  ])('search finds %s', async (q, type, label) => {
    const res = await getValid(api, `/api/search?q=${enc(q)}`, Schemas.SearchResponse);
    expect(res.results[0]).toMatchObject({ type, label: expect.stringMatching(label), score: expect.any(Number) });
    const scores = res.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('shows a node with its degree by edge type and its evidence grouped by document', async () => {
    const res = await getValid(api, `/api/nodes/${enc(kim)}`, Schemas.NodeResponse) as NodeResponse;
    expect(Object.values(res.degreeByType).reduce((a, b) => a + b, 0)).toBe(res.node.degree);
    expect(res.node.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const evidenceCount = res.edges.reduce((n, e) => n + e.evidence.length, 0);
    expect(res.documents.reduce((n, d) => n + d.statements.length, 0)).toBe(evidenceCount);
    const dates = res.documents.map((d) => d.date ?? '');
    expect(dates).toEqual([...dates].sort());
    for (const group of res.documents.slice(0, 3)) {
      const doc = await api.json<DocumentResponse>(`/api/documents/${enc(group.doc)}`);
      expect(group.date).toBe(doc.date);
      for (const st of group.statements) {
        expect(doc.text.slice(st.start, st.end)).toBe(st.sentence);
        expect(res.edges.find((e) => e.id === st.edge)).toBeDefined();
      }
    }
  });

  it('answers neighbourhoods deterministically, by direction, with totals, caps and exclusions', async () => {
    const path = `/api/nodes/${enc(kim)}/neighbors`;
    const both = await getValid(api, `${path}?depth=2&limit=2000`, Schemas.NeighborsResponse) as NeighborsResponse;
    expect(both.total).toBe(both.nodes.length - 1);
    expect(both.truncated).toBe(false);
    expect(await api.json(`${path}?depth=2&limit=2000`)).toEqual(both);
    const out = await api.json<NeighborsResponse>(`${path}?direction=out`);
    const inbound = await api.json<NeighborsResponse>(`${path}?direction=in`);
    const one = await api.json<NeighborsResponse>(path);
    expect(new Set([...out.nodes, ...inbound.nodes].map((n) => n.id))).toEqual(new Set(one.nodes.map((n) => n.id)));
    for (const e of out.edges.filter((e) => e.source === kim || e.target === kim)) expect(out.nodes.map((n) => n.id)).toContain(e.target);

    const capped = await api.json<NeighborsResponse>(`${path}?depth=2&limit=3`);
    expect(capped).toMatchObject({ total: both.total, truncated: true });
    expect(capped.nodes.map((n) => n.id)).toEqual(both.nodes.slice(0, 3).map((n) => n.id));

    const shown = one.nodes.slice(1, 3).map((n) => n.id);
    const rest = await api.json<NeighborsResponse>(`${path}?exclude=${shown.map(enc).join(',')}`);
    expect(rest.nodes.map((n) => n.id)).not.toContain(shown[0]);
    expect(rest.total).toBe(one.total - shown.length);
    expect(rest.edges.some((e) => shown.includes(e.source) || shown.includes(e.target))).toBe(true);
  });

  it('filters neighbourhoods by time: an empty window far in the past keeps the centre alone', async () => {
    const old = await api.json<NeighborsResponse>(`/api/nodes/${enc(kim)}/neighbors?until=1900-01-01`);
    expect(old).toMatchObject({ total: 0, truncated: false, edges: [] });
    expect(old.nodes.map((n) => n.id)).toEqual([kim]);
    const recent = await api.json<NeighborsResponse>(`/api/nodes/${enc(kim)}/neighbors?since=2000-01-01&nodeTypes=state,person`);
    expect(recent.nodes.slice(1).every((n) => n.type === 'state' || n.type === 'person')).toBe(true);
  });

  it('counts the neighbours of many nodes in one request, as the neighbourhoods do', async () => {
    const other = await topHit(api, 'North Korea', 'state');
    const res = await getValid(api, `/api/neighbor-counts?ids=${enc(kim)},${enc(other)}`, Schemas.NeighborCountsResponse) as NeighborCountsResponse;
    expect(Object.keys(res.counts).sort()).toEqual([kim, other].sort());
    for (const id of [kim, other]) {
      const hood = await api.json<NeighborsResponse>(`/api/nodes/${enc(id)}/neighbors?limit=2000`);
      const c = res.counts[id]!;
      expect(c.neighbors).toBe(hood.nodes.length - 1);
      expect(Object.values(c.nodeTypes).reduce((a, b) => a + b, 0)).toBe(c.neighbors);
      expect(Object.values(c.edgeTypes).reduce((a, b) => a + b, 0)).toBe(c.edges);
      const node = await api.json<NodeResponse>(`/api/nodes/${enc(id)}`);
      expect(c.edgeTypes).toEqual(node.degreeByType);
    }
  });

  it('returns the subgraph induced by a selection', async () => {
    const hood = await api.json<NeighborsResponse>(`/api/nodes/${enc(kim)}/neighbors?limit=2000`);
    const ids = hood.nodes.map((n) => n.id);
    const res = await getValid(api, `/api/subgraph?nodes=${ids.map(enc).join(',')}`, Schemas.SubgraphResponse) as SubgraphResponse;
    expect(res.nodes.map((n) => n.id)).toEqual(ids);
    expect(res.edges.map((e) => e.id).sort()).toEqual(hood.edges.map((e) => e.id).sort());
  });

  it('filters the graphology JSON by node type, edge type and time', async () => {
    const persons = await api.json<GraphJson>('/api/graph?nodeTypes=person');
    expect(persons.nodes.length).toBeGreaterThan(0);
    expect(persons.nodes.every((n) => n.attributes.type === 'person')).toBe(true);
    const keys = new Set(persons.nodes.map((n) => n.key));
    expect(persons.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
    const met = await api.json<GraphJson>('/api/graph?edgeTypes=MET_WITH,LEADER_OF');
    expect(met.edges.length).toBeGreaterThan(0);
    expect(met.edges.every((e) => ['MET_WITH', 'LEADER_OF'].includes(e.attributes.type))).toBe(true);
    const stats = await api.json<StatsResponse>('/api/stats');
    expect(met.edges).toHaveLength((stats.edgeTypes.MET_WITH ?? 0) + (stats.edgeTypes.LEADER_OF ?? 0));
    expect(await api.json<GraphJson>('/api/graph?until=1900-01-01')).toMatchObject({ nodes: [], edges: [] });
    const all = await api.json<GraphJson>(`/api/graph?since=${stats.dateRange.reported!.start}`);
    expect(all.edges.length).toBeGreaterThan(0);
  });

  it('gives statistics with the date range', async () => {
    const stats = await getValid(api, '/api/stats', Schemas.StatsResponse) as StatsResponse;
    expect(stats.dateRange.reported!.start <= stats.dateRange.reported!.end).toBe(true);
    expect(stats.dateRange.reported!.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows a document with the spans naming its nodes and the sentences stating its edges', async () => {
    const node = await api.json<NodeResponse>(`/api/nodes/${enc(kim)}`);
    const docId = node.documents[0]!.doc;
    const doc = await getValid(api, `/api/documents/${enc(docId)}`, Schemas.DocumentResponse) as DocumentResponse;
    expect(doc.spans.some((s) => s.node === kim)).toBe(true);
    for (const span of doc.spans) {
      const target = await api.json<NodeResponse>(`/api/nodes/${enc(span.node)}`);
      expect([target.node.label, ...target.node.aliases]).toContain(doc.text.slice(span.start, span.end));
    }
    const starts = doc.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(doc.evidence.length).toBeGreaterThan(0);
    for (const st of doc.evidence) expect(doc.text.slice(st.start, st.end).length).toBeGreaterThan(0);
  });
});

describe('document writes', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('ingests text/plain with metadata from the query string, then deletes it and all it alone supported', async () => {
    const before = await api.json<StatsResponse>('/api/stats');
    const known = new Set((await api.json<GraphJson>('/api/graph')).nodes.map((n) => n.key));
    const res = await api.post('/api/documents?id=belousov-pak&title=Belousov%20meets%20Pak', NEW_DISPATCH, 'text/plain; charset=utf-8');
    expect(res.status).toBe(201);
    const added = Schemas.IngestResponse.parse(await res.json()) as IngestResponse;
    expect(added).toMatchObject({ status: 'added', document: 'belousov-pak' });
    expect(added.nodes.length).toBe(added.entities);
    expect(added.edges.length).toBeGreaterThan(0);
    const fresh = added.nodes.filter((n) => !known.has(n.id)).map((n) => n.id).sort();
    expect(fresh.length).toBeGreaterThan(0);
    expect((await api.json<DocumentResponse>('/api/documents/belousov-pak')).title).toBe('Belousov meets Pak');
    const pak = added.nodes.find((n) => /Pak Jong Chon/.test(n.label))!;
    expect((await api.json<SearchResponse>('/api/search?q=pak%20jong%20chon')).results.map((r) => r.id)).toContain(pak.id);

    const del = await api.request('DELETE', '/api/documents/belousov-pak');
    expect(del.status).toBe(200);
    const deleted = Schemas.DeleteDocumentResponse.parse(await del.json()) as DeleteDocumentResponse;
    expect(deleted.removed.nodes).toEqual(fresh); // what only this dispatch named goes, nothing else
    expect(deleted.removed.edges.length + deleted.updated.edges.length).toBe(added.edges.length);
    if (!known.has(pak.id)) {
      expect((await api.json<SearchResponse>('/api/search?q=pak%20jong%20chon')).results.map((r) => r.id)).not.toContain(pak.id);
      await expectProblem(await api.get(`/api/nodes/${enc(pak.id)}`), 404, 'id');
    }
    await expectProblem(await api.get('/api/documents/belousov-pak'), 404, 'id');
    expect(await api.json<StatsResponse>('/api/stats')).toMatchObject({ nodes: before.nodes, edges: before.edges, documents: before.documents, evidence: before.evidence });
    await expectProblem(await api.request('DELETE', '/api/documents/belousov-pak'), 404, 'id');
  });

  it('deleting a bundled dispatch keeps the edges other dispatches state, with their evidence only', async () => {
    const kim = await topHit(api, 'Kim Jong Un', 'person');
    const node = await api.json<NodeResponse>(`/api/nodes/${enc(kim)}`);
    const shared = node.edges.find((e) => new Set(e.evidence.map((ev) => ev.doc)).size > 1);
    expect(shared, 'an edge stated by two dispatches').toBeDefined();
    const doc = shared!.evidence[0]!.doc;
    const res = await api.request('DELETE', `/api/documents/${enc(doc)}`);
    const deleted = (await res.json()) as DeleteDocumentResponse;
    expect(deleted.updated.edges).toContain(shared!.id);
    const after = await api.json<NodeResponse>(`/api/nodes/${enc(kim)}`);
    const edge = after.edges.find((e) => e.id === shared!.id)!;
    expect(edge.evidence.length).toBe(shared!.evidence.filter((ev) => ev.doc !== doc).length);
    expect(after.documents.map((d) => d.doc)).not.toContain(doc);
    const graph = await api.json<GraphJson>('/api/graph');
    for (const key of deleted.removed.edges) expect(graph.edges.map((e) => e.key)).not.toContain(key);
  });

  it('leaves the live graph equal to the stored one after posts and deletes', async () => {
    await api.post('/api/documents?id=live-check', NEW_DISPATCH.replace('21', '22'), 'text/plain');
    const doc = (await api.json<{ documents: { id: string }[] }>('/api/documents?limit=3')).documents[2]!.id;
    expect((await api.request('DELETE', `/api/documents/${enc(doc)}`)).status).toBe(200);
    const live = await api.json<GraphJson>('/api/graph');
    const stored = api.store.loadGraph();
    const byKey = <T extends { key: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.key, x]));
    expect(byKey(live.nodes)).toEqual(byKey(stored.export().nodes.map((n) => ({ key: n.key, attributes: n.attributes! }))));
    expect(Object.keys(byKey(live.edges)).sort()).toEqual(stored.edges().sort());
    for (const edge of live.edges) expect(edge.attributes).toEqual(stored.getEdgeAttributes(edge.key));
  });
});

describe('problems name the offending parameter', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ bodyLimit: '16kb' });
  });
  afterAll(() => api.close());

  it.each([
    ['/api/nodes/x/neighbors?depth=4', 400, 'depth'],
    ['/api/nodes/x/neighbors?direction=up', 400, 'direction'],
    ['/api/nodes/x/neighbors?since=2024-02-30', 400, 'since'],
    ['/api/nodes/x/neighbors?since=2024-02-01&until=2024-01-01', 400, 'until'],
    ['/api/nodes/x/neighbors?nodeTypes=planet', 400, 'nodeTypes'],
    ['/api/neighbor-counts', 400, 'ids'],
    ['/api/neighbor-counts?ids=,', 400, 'ids'],
    ['/api/subgraph', 400, 'nodes'],
    ['/api/subgraph?nodes=<2001 ids>', 400, 'nodes'],
    ['/api/graph?edgeTypes=LIKES', 400, 'edgeTypes'],
    ['/api/graph?since=yesterday', 400, 'since'],
    ['/api/search?q=kim&limit=500', 400, 'limit'],
    ['/api/documents?limit=0', 400, 'limit'],
    ['/api/nodes/person%3Anobody-at-all', 404, 'id'],
    ['/api/nodes/nobody/neighbors', 404, 'id'],
    ['/api/neighbor-counts?ids=state:nowhere', 404, 'ids'],
    ['/api/subgraph?nodes=state:nowhere', 404, 'nodes'],
    ['/api/graph?node=nobody', 404, 'node'],
    ['/api/documents/nope', 404, 'id'],
  ])('GET %s → %i naming %s', async (path, status, parameter) => {
    const url = path.replace('<2001 ids>', Array.from({ length: 2001 }, (_, i) => `n${i}`).join(','));
    await expectProblem(await api.get(url), status, parameter);
  });

  it.each([
    ['a body over the limit', { body: 'word '.repeat(5_000), type: 'text/plain', status: 413, parameter: undefined, query: '' }],
    ['an unsupported media type', { body: '<doc/>', type: 'application/xml', status: 415, parameter: undefined, query: '' }],
    ['a JSON body without text', { body: '{"title":"x"}', type: 'application/json', status: 400, parameter: 'body.text', query: '' }],
    ['a bad date in the query string', { body: 'Some text.', type: 'text/plain', status: 400, parameter: 'date', query: '?date=2025-13-01' }],
  ])('POST with %s', async (_name, { body, type, status, parameter, query }) => {
    await expectProblem(await api.post(`/api/documents${query}`, body, type), status, parameter);
  });

  it('DELETE of an unknown document is a 404', async () => {
    await expectProblem(await api.request('DELETE', '/api/documents/nope'), 404, 'id');
  });
});

describe('writes need the bearer token when one is set; reads stay open', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ apiToken: 's3cret-token' });
  });
  afterAll(() => api.close());

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['another scheme', { authorization: 'Basic czNjcmV0LXRva2Vu' }],
  ])('refuses POST and DELETE with %s (401) and changes nothing', async (_name, headers) => {
    const before = await api.json<StatsResponse>('/api/stats');
    const post = await api.post('/api/documents', JSON.stringify({ text: NEW_DISPATCH }), 'application/json', headers);
    await expectProblem(post, 401);
    expect(post.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const doc = (await api.json<{ documents: { id: string }[] }>('/api/documents?limit=1')).documents[0]!.id;
    await expectProblem(await api.request('DELETE', `/api/documents/${enc(doc)}`, headers), 401);
    expect(await api.json('/api/stats')).toEqual(before);
  });

  it('accepts writes with the token', async () => {
    const auth = { authorization: 'Bearer s3cret-token' };
    const post = await api.post('/api/documents', JSON.stringify({ text: NEW_DISPATCH, id: 'with-token' }), 'application/json', auth);
    expect(post.status).toBe(201);
    expect((await api.request('DELETE', '/api/documents/with-token', auth)).status).toBe(200);
  });
});

describe('CORS for reads only, security headers, OpenAPI', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lets any origin read, with security headers', async () => {
    const res = await api.request('GET', '/api/stats', { origin: 'https://lite.gephi.org' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const gexf = await api.request('GET', '/api/export.gexf', { origin: 'https://lite.gephi.org' });
    expect(gexf.headers.get('access-control-allow-origin')).toBe('*');
    expect(gexf.headers.get('access-control-expose-headers')).toContain('Content-Disposition');
    expect(gexf.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    await gexf.arrayBuffer();
    const head = await api.request('HEAD', '/api/graph', { origin: 'https://retina.example' });
    expect(head.status).toBe(200);
    expect(head.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a preflight for GET, but gives a preflight for POST or DELETE no allow headers', async () => {
    const get = await api.request('OPTIONS', '/api/graph', { origin: 'https://example.org', 'access-control-request-method': 'GET' });
    expect(get.status).toBe(204);
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    for (const method of ['POST', 'DELETE', 'PUT']) {
      const res = await api.request('OPTIONS', '/api/documents/x', { origin: 'https://example.org', 'access-control-request-method': method, 'access-control-request-headers': 'content-type, authorization' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-methods')).toBeNull();
      expect(res.headers.get('access-control-allow-headers')).toBeNull();
    }
    const post = await api.post('/api/documents', '{}', 'application/json', { origin: 'https://example.org' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('documents every endpoint, write security and text/plain bodies in the OpenAPI document', async () => {
    const doc = await api.json<{ paths: Record<string, Record<string, Record<string, unknown>>>; components: { securitySchemes: Record<string, unknown> } }>('/api/openapi.json');
    for (const [path, method] of [
      ['/api/search', 'get'], ['/api/nodes/{id}', 'get'], ['/api/nodes/{id}/neighbors', 'get'], ['/api/neighbor-counts', 'get'],
      ['/api/subgraph', 'get'], ['/api/graph', 'get'], ['/api/stats', 'get'], ['/api/documents', 'get'], ['/api/documents', 'post'],
      ['/api/documents/{id}', 'get'], ['/api/documents/{id}', 'delete'],
    ] as const) {
      expect(doc.paths[path], `${method} ${path}`).toHaveProperty(method);
    }
    expect(doc.paths['/api/documents']!.post).toHaveProperty(['requestBody', 'content', 'text/plain']);
    expect(doc.paths['/api/documents']!.post).toHaveProperty(['requestBody', 'content', 'application/json']);
    expect(doc.paths['/api/documents/{id}']!.delete).toHaveProperty(['responses', '401']);
    expect(doc.paths['/api/documents/{id}']!.delete).toHaveProperty('security', [{ bearerAuth: [] }]);
    expect(doc.paths['/api/search']!.get).not.toHaveProperty('security');
    expect(doc.components.securitySchemes).toHaveProperty('bearerAuth');
    const names = (doc.paths['/api/nodes/{id}/neighbors']!.get!.parameters as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['id', 'depth', 'direction', 'edgeTypes', 'nodeTypes', 'since', 'until', 'limit', 'exclude']));
  });
});

describe('node detail is bounded', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lists at most limit edges, says how many there are, and rejects a bad limit', async () => {
    const id = await topHit(api, 'Kim Jong Un', 'person');
    const all = await getValid(api, `/api/nodes/${enc(id)}`, Schemas.NodeResponse) as NodeResponse;
    expect(all).toMatchObject({ truncated: false, edgeCount: all.edges.length });
    const one = await api.json<NodeResponse>(`/api/nodes/${enc(id)}?limit=1`);
    expect(one).toMatchObject({ truncated: true, edgeCount: all.edgeCount, degreeByType: all.degreeByType });
    expect(one.edges.map((e) => e.id)).toEqual([all.edges[0]!.id]);
    await expectProblem(await api.get(`/api/nodes/${enc(id)}?limit=0`), 400, 'limit');
  });
});

// The HTTP API over a real listening server and a store seeded with the bundled dispatches:
// queries, problems for bad input, ingestion through POST, exports checked by the oracles.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  DocumentResponse, IngestResponse, NeighborsResponse, PathsResponse, Problem, SearchResponse, StatsResponse,
} from '../../server/api-types.js';
import * as Schemas from '../../server/http/response-schemas.js';
import { DISPATCH_FILES, startApi, type Api } from './harness.js';

const TOOLS = fileURLToPath(new URL('../../../shared/tools/', import.meta.url));

/** GETs `path` and checks the JSON against the response schema of its api-types.ts interface. */
async function getValid<T>(api: Api, path: string, schema: { parse(value: unknown): T }): Promise<T> {
  return schema.parse(await api.json(path));
}

/** Id of the best search hit for `q` (fails the test when there is none). */
async function nodeId(api: Api, q: string, type?: string): Promise<string> {
  const res = await api.json<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}${type ? `&type=${type}` : ''}`);
  expect(res.results.length, `search "${q}"`).toBeGreaterThan(0);
  return res.results[0]!.id;
}

/** Checks a response is an RFC 9457 problem with `status`. */
async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = Schemas.Problem.parse(await res.json()) as Problem;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:dispatch-graph:problem:/), title: expect.any(String), detail: expect.any(String) });
  expect(body.instance).toMatch(/^\/api\//);
  return body;
}

describe('read-only API over the bundled dispatches', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('reports health and stats', async () => {
    expect(await getValid(api, '/api/health', Schemas.HealthResponse)).toMatchObject({ status: 'ok', documents: DISPATCH_FILES.length });
    const stats = await getValid(api, '/api/stats', Schemas.StatsResponse);
    expect(stats.documents).toBe(DISPATCH_FILES.length);
    expect(stats.nodes).toBeGreaterThan(10);
    expect(stats.edges).toBeGreaterThan(10);
    expect(stats.evidence).toBeGreaterThanOrEqual(stats.edges);
    expect(Object.values(stats.nodeTypes).reduce((a, b) => a + b, 0)).toBe(stats.nodes);
    expect(Object.values(stats.edgeTypes).reduce((a, b) => a + b, 0)).toBe(stats.edges);
  });

  it('finds Kim Jong Un first', async () => {
    const res = await getValid(api, '/api/search?q=Kim%20Jong%20Un', Schemas.SearchResponse);
    expect(res.query).toBe('Kim Jong Un');
    expect(res.results[0]).toMatchObject({ type: 'person', label: 'Kim Jong Un' });
    const lower = await api.json<SearchResponse>('/api/search?q=kim%20jong&type=person&limit=1');
    expect(lower.results.map((r) => r.id)).toEqual([res.results[0]!.id]);
  });

  it('shows a node with its edges and evidence sentences taken from the documents', async () => {
    const id = await nodeId(api, 'Kim Jong Un');
    const res = await getValid(api, `/api/nodes/${encodeURIComponent(id)}`, Schemas.NodeResponse);
    expect(res.node.id).toBe(id);
    expect(res.edges.length).toBeGreaterThan(0);
    expect(res.node.degree).toBe(res.edges.length);
    const texts = new Map<string, string>();
    for (const edge of res.edges) {
      expect(edge.direction === 'out' ? edge.source : edge.target).toBe(id);
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const ev of edge.evidence) {
        if (!texts.has(ev.doc)) texts.set(ev.doc, (await getValid(api, `/api/documents/${encodeURIComponent(ev.doc)}`, Schemas.DocumentResponse)).text);
        expect(ev.sentence.length).toBeGreaterThan(0);
        expect(texts.get(ev.doc)!.slice(ev.start, ev.end)).toBe(ev.sentence);
        expect(ev.docDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('returns neighbourhoods of depth 1 and 2', async () => {
    const id = await nodeId(api, 'Kim Jong Un');
    const one = await api.json<NeighborsResponse>(`/api/nodes/${encodeURIComponent(id)}/neighbors?depth=1`);
    const two = await getValid(api, `/api/nodes/${encodeURIComponent(id)}/neighbors?depth=2`, Schemas.NeighborsResponse);
    expect(one).toMatchObject({ center: id, depth: 1, truncated: false });
    expect(two.depth).toBe(2);
    expect(one.nodes.length).toBeGreaterThan(1);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const inTwo = new Set(two.nodes.map((n) => n.id));
    for (const n of one.nodes) expect(inTwo.has(n.id)).toBe(true);
    for (const e of two.edges) expect(inTwo.has(e.source) && inTwo.has(e.target)).toBe(true);
    const capped = await api.json<NeighborsResponse>(`/api/nodes/${encodeURIComponent(id)}/neighbors?depth=2&limit=2`);
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.nodes).toHaveLength(2);
  });

  it('finds a path from Sergey Shoigu to the 528th Regiment of Engineers, as the networkx oracle does', async () => {
    const from = await nodeId(api, 'Sergey Shoigu', 'person');
    const to = await nodeId(api, '528th Regiment of Engineers', 'unit');
    const res = await getValid(api, `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&mode=all-shortest&limit=50`, Schemas.PathsResponse);
    expect(res.length).toBeGreaterThanOrEqual(2); // through shared nodes, not a direct edge
    expect(res.paths.length).toBe(Math.min(res.total, 50));
    for (const path of res.paths) {
      expect(path.nodes[0]).toBe(from);
      expect(path.nodes.at(-1)).toBe(to);
      path.hops.forEach((hop, i) => {
        expect([hop.from, hop.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
        for (const e of hop.edges) expect([e.source, e.target].sort()).toEqual([hop.from, hop.to].sort());
      });
    }
    const file = join(api.dir, 'graph.json');
    writeFileSync(file, await (await api.get('/api/graph')).text());
    const run = spawnSync(join(TOOLS, 'path-oracle'), ['--json', file, from, to], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const oracle = JSON.parse(run.stdout) as { undirected: { length: number; count: number }; directed: { length: number | null; count: number } };
    expect({ length: res.length, count: res.total }).toEqual({ length: oracle.undirected.length, count: oracle.undirected.count });
    const directed = await api.json<PathsResponse>(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&mode=all-shortest&directed=true`);
    expect({ length: directed.length, count: directed.total }).toEqual({ length: oracle.directed.length, count: oracle.directed.count });
  });

  it('pages documents', async () => {
    const page = await getValid(api, '/api/documents?limit=2&offset=1', Schemas.DocumentsResponse);
    expect(page).toMatchObject({ total: DISPATCH_FILES.length, offset: 1, limit: 2 });
    expect(page.documents.map((d) => d.id)).toEqual(DISPATCH_FILES.slice(1, 3).map((f) => f.replace(/\.txt$/, '')));
  });

  it.each([
    ['unknown node', { path: '/api/nodes/person%3Anobody-at-all', status: 404 }],
    ['unknown node neighbours', { path: '/api/nodes/nope/neighbors', status: 404 }],
    ['unknown document', { path: '/api/documents/nope', status: 404 }],
    ['unknown path end', { path: '/api/paths?from=nope&to=nope2', status: 404 }],
    ['unknown API route', { path: '/api/nothing/here', status: 404 }],
    ['depth=abc', { path: '/api/nodes/x/neighbors?depth=abc', status: 400 }],
    ['depth=99', { path: '/api/nodes/x/neighbors?depth=99', status: 400 }],
    ['limit=0', { path: '/api/search?q=kim&limit=0', status: 400 }],
    ['missing q', { path: '/api/search', status: 400 }],
    ['blank q', { path: '/api/search?q=%20%20', status: 400 }],
    ['bad type', { path: '/api/search?q=kim&type=planet', status: 400 }],
    ['repeated q', { path: '/api/search?q=a&q=b', status: 400 }],
    ['bad mode', { path: '/api/paths?from=a&to=b&mode=sideways', status: 400 }],
    ['missing to', { path: '/api/paths?from=a', status: 400 }],
    ['negative offset', { path: '/api/documents?offset=-1', status: 400 }],
    ['bad export depth', { path: '/api/export.gexf?node=x&depth=7', status: 400 }],
    ['malformed percent-encoding', { path: '/api/nodes/%E0%A4%A', status: 400 }],
  ])('answers %s with a problem', async (_name, { path, status }) => {
    await expectProblem(await api.get(path), status);
  });

  it('lists the failing parameter of a 400', async () => {
    const body = (await expectProblem(await api.get('/api/nodes/x/neighbors?depth=99'), 400)) as Problem & { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path)).toEqual(['query.depth']);
  });

  it('exports the whole graph and a subgraph as GEXF that check-gexf accepts', async () => {
    const stats = await api.json<StatsResponse>('/api/stats');
    const id = await nodeId(api, 'Kim Jong Un');
    for (const [name, query, nodes] of [['whole', '', stats.nodes], ['sub', `?node=${encodeURIComponent(id)}&depth=1`, undefined]] as const) {
      const res = await api.get(`/api/export.gexf${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?dispatch-graph[\w.-]*\.gexf"?$/);
      const file = join(api.dir, `${name}.gexf`);
      writeFileSync(file, await res.text());
      const run = spawnSync(join(TOOLS, 'check-gexf'), ['--schema', 'patched', '--rng', file], { encoding: 'utf8' });
      expect(run.stdout).toContain('RESULT: OK');
      expect(run.status).toBe(0);
      if (nodes !== undefined) expect(run.stdout).toContain(`nodes: ${nodes}\n`);
    }
  });

  it('exports graphology JSON of the whole graph and of a neighbourhood', async () => {
    const stats = await api.json<StatsResponse>('/api/stats');
    const whole = await api.json<{ nodes: { key: string; attributes: { type: string; label: string; aliases: string[] } }[]; edges: unknown[] }>('/api/graph');
    expect(whole.nodes).toHaveLength(stats.nodes);
    expect(whole.edges).toHaveLength(stats.edges);
    expect(whole.nodes[0]!.attributes).toMatchObject({ type: expect.any(String), label: expect.any(String), aliases: expect.any(Array) });
    const id = await nodeId(api, 'Kim Jong Un');
    const sub = await api.json<{ nodes: { key: string }[] }>(`/api/graph?node=${encodeURIComponent(id)}&depth=1`);
    const hood = await api.json<NeighborsResponse>(`/api/nodes/${encodeURIComponent(id)}/neighbors?depth=1&limit=2000`);
    expect(sub.nodes.map((n) => n.key).sort()).toEqual(hood.nodes.map((n) => n.id).sort());
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const doc = await api.json<{ openapi: string; paths: Record<string, Record<string, { parameters: { name: string; required: boolean; schema: { maximum?: number } }[] }>> }>('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/health', '/api/stats', '/api/search', '/api/nodes/{id}', '/api/nodes/{id}/neighbors', '/api/paths', '/api/documents', '/api/documents/{id}', '/api/graph', '/api/export.gexf', '/api/openapi.json']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const depth = doc.paths['/api/nodes/{id}/neighbors']!.get!.parameters.find((p) => p.name === 'depth')!;
    expect(depth).toMatchObject({ required: false, schema: { maximum: 3 } });
    expect(doc.paths['/api/documents']).toHaveProperty('post.requestBody');
    expect(doc).toHaveProperty(['components', 'schemas', 'NodeResponse', 'properties', 'edges', 'items', '$ref'], '#/components/schemas/EdgeView');
    expect(doc).toHaveProperty(['paths', '/api/search', 'get', 'responses', '200', 'content', 'application/json', 'schema', '$ref'], '#/components/schemas/SearchResponse');
  });

  it('explains that the client is not built instead of a bare 404', async () => {
    const res = await api.get('/some/client/route');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('POST /api/documents', () => {
  let api: Api;
  beforeEach(async () => {
    api = await startApi({ bodyLimit: '64kb' });
  });
  afterEach(() => api.close());

  const DISPATCH = [
    ' date 2025-12-20 MOSCOW, December 20. /TASS/. Russian Defence Minister Andrei Belousov met with',
    'Pak Jong Chon, Secretary of the Central Committee of the Workers\' Party of Korea, in Moscow on Friday.',
    'Belousov thanked the Democratic People\'s Republic of Korea for its assistance.',
  ].join(' ');

  it('adds a new document (201), grows the live graph, and skips it the second time (200)', async () => {
    const before = await api.json<StatsResponse>('/api/stats');
    const first = await api.post('/api/documents', JSON.stringify({ text: DISPATCH, id: 'new-dispatch', title: 'Belousov meets Pak' }));
    expect(first.status).toBe(201);
    const added: IngestResponse = Schemas.IngestResponse.parse(await first.json());
    expect(added).toMatchObject({ status: 'added', document: 'new-dispatch' });
    expect(added.entities).toBeGreaterThan(0);
    const after = await api.json<StatsResponse>('/api/stats');
    expect(after.documents).toBe(before.documents + 1);
    expect(after.nodes + after.edges).toBeGreaterThan(before.nodes + before.edges);
    const hits = await api.json<SearchResponse>('/api/search?q=Belousov');
    expect(hits.results.length).toBeGreaterThan(0);
    expect((await api.json<DocumentResponse>('/api/documents/new-dispatch')).title).toBe('Belousov meets Pak');

    const again = await api.post('/api/documents', JSON.stringify({ text: DISPATCH }));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'skipped', document: 'new-dispatch' });
    expect(await api.json('/api/stats')).toEqual(after);
  });

  it.each([
    ['empty text', { body: JSON.stringify({ text: '' }), type: 'application/json', status: 422 }],
    ['blank text', { body: JSON.stringify({ text: ' \n\t ' }), type: 'application/json', status: 422 }],
    ['malformed JSON', { body: '{"text": "abc"', type: 'application/json', status: 400 }],
    ['a JSON string', { body: '"just text"', type: 'application/json', status: 400 }],
    ['missing text', { body: JSON.stringify({ title: 'x' }), type: 'application/json', status: 400 }],
    ['text not a string', { body: JSON.stringify({ text: 42 }), type: 'application/json', status: 400 }],
    ['unknown field', { body: JSON.stringify({ text: 'a b c', colour: 'red' }), type: 'application/json', status: 400 }],
    ['bad date', { body: JSON.stringify({ text: 'a b c', date: '13/12/2025' }), type: 'application/json', status: 400 }],
    ['CSV body', { body: 'a,b,c', type: 'text/csv', status: 415 }],
    ['blank text/plain body', { body: '  \n ', type: 'text/plain', status: 422 }],
    ['text/plain body over the limit', { body: 'word '.repeat(20_000), type: 'text/plain', status: 413 }],
    ['form body', { body: 'text=abc', type: 'application/x-www-form-urlencoded', status: 415 }],
    ['body over the limit', { body: JSON.stringify({ text: 'word '.repeat(20_000) }), type: 'application/json', status: 413 }],
  ])('refuses %s with a problem and changes nothing', async (_name, { body, type, status }) => {
    const before = await api.json<StatsResponse>('/api/stats');
    await expectProblem(await api.post('/api/documents', body, type), status);
    expect(await api.json('/api/stats')).toEqual(before);
  });
});

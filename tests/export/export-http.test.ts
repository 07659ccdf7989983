// GET /api/export.gexf and /api/export.graphml over a real listening server seeded with the
// bundled dispatches: streamed (chunked, no Content-Length), every variant (whole, filtered,
// time window, ego network, hex colours, stored layout) accepted by check-gexf, GraphML read by
// networkx, bad parameters answered with problems.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse, StatsResponse } from '../../server/api-types.js';
import { startApi, type Api } from '../http/harness.js';

const CHECK_GEXF = fileURLToPath(new URL('../../../shared/tools/check-gexf', import.meta.url));

describe('export routes over HTTP', () => {
  let api: Api;
  let kim: string;
  let stats: StatsResponse;
  beforeAll(async () => {
    api = await startApi();
    stats = await api.json<StatsResponse>('/api/stats');
    kim = (await api.json<SearchResponse>('/api/search?q=Kim%20Jong%20Un&type=person')).results[0]!.id;
  }, 120_000);
  afterAll(() => api?.close());

  /** GETs an export, checks it is a streamed attachment, saves it and returns the file. */
  async function download(path: string, ext: 'gexf' | 'graphml'): Promise<string> {
    const res = await api.get(path);
    expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
    expect(res.headers.get('content-type')).toMatch(ext === 'gexf' ? /^application\/gexf\+xml; charset=utf-8/ : /^application\/graphml\+xml; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="?dispatch-graph[\\w.-]*\\.${ext}"?$`));
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    const file = join(api.dir, `${path.replace(/\W+/g, '-')}.${ext}`);
    writeFileSync(file, await res.text());
    return file;
  }

  function checkGexf(file: string): string {
    const run = spawnSync(CHECK_GEXF, ['--schema', 'patched', '--rng', file], { encoding: 'utf8' });
    expect(run.stdout, run.stderr).toContain('RESULT: OK');
    expect(run.status).toBe(0);
    return run.stdout;
  }

  /** Node ids with their types, and edge ids with their labels, as Python's parser reads the GEXF. */
  function contents(file: string): { mode: string; nodes: Record<string, string>; edges: Record<string, string> } {
    const script = `
import json, sys, xml.etree.ElementTree as ET
G = '{http://gexf.net/1.3}'
root = ET.parse(sys.argv[1]).getroot()
def typ(n):
    for a in n.iter(G + 'attvalue'):
        if a.get('for') == 'type': return a.get('value')
print(json.dumps({'mode': root.find(G + 'graph').get('mode'), 'nodes': {n.get('id'): typ(n) for n in root.iter(G + 'node')},
  'edges': {e.get('id'): e.get('label') for e in root.iter(G + 'edge')}}))
`;
    return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
  }

  it('streams the whole graph as GEXF that check-gexf accepts, dynamic where dates are known', async () => {
    const file = await download('/api/export.gexf', 'gexf');
    const out = checkGexf(file);
    expect(out).toContain(`nodes: ${stats.nodes}\n`);
    expect(out).toContain(`edges: ${stats.edges}\n`);
    expect(contents(file).mode).toBe('dynamic');
  });

  it('filters by node type, edge type and time window', async () => {
    const byType = contents(await download('/api/export.gexf?nodeTypes=person,state&edgeTypes=LEADER_OF,VISITED,MET_WITH', 'gexf'));
    expect(Object.keys(byType.nodes).length).toBeGreaterThan(2);
    expect(new Set(Object.values(byType.nodes))).toEqual(new Set(['person', 'state']));
    expect(Object.keys(byType.edges).length).toBeGreaterThan(0);
    for (const label of Object.values(byType.edges)) expect(['LEADER_OF', 'VISITED', 'MET_WITH']).toContain(label);
    const graph = await api.json<{ nodes: { key: string }[]; edges: { key: string }[] }>('/api/graph?nodeTypes=person,state&edgeTypes=LEADER_OF,VISITED,MET_WITH');
    expect(Object.keys(byType.nodes).sort()).toEqual(graph.nodes.map((n) => n.key).sort());
    expect(Object.keys(byType.edges).sort()).toEqual(graph.edges.map((e) => e.key).sort());
    checkGexf(join(api.dir, '-api-export-gexf-nodeTypes-person-state-edgeTypes-LEADER_OF-VISITED-MET_WITH.gexf'));

    const windowFile = await download('/api/export.gexf?since=2000-01-01&until=2100-01-01', 'gexf');
    checkGexf(windowFile);
    const none = await download('/api/export.gexf?since=1800-01-01&until=1800-12-31', 'gexf');
    expect(checkGexf(none)).toContain('nodes: 0\n');
  });

  it('exports an ego network', async () => {
    const file = await download(`/api/export.gexf?node=${encodeURIComponent(kim)}&depth=2`, 'gexf');
    checkGexf(file);
    const ego = contents(file);
    expect(ego.nodes).toHaveProperty([kim]);
    const hood = await api.json<{ nodes: { id: string }[] }>(`/api/nodes/${encodeURIComponent(kim)}/neighbors?depth=2&limit=2000`);
    expect(Object.keys(ego.nodes).sort()).toEqual(hood.nodes.map((n) => n.id).sort());
  });

  it('writes hex colours on request, and positions from the saved layout', async () => {
    const put = await fetch(`${api.base}/api/layout`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ positions: { [kim]: [12.5, -3] }, replace: true }),
    });
    expect(put.status).toBeLessThan(300);
    const file = await download(`/api/export.gexf?node=${encodeURIComponent(kim)}&depth=1&colors=hex`, 'gexf');
    checkGexf(file);
    const xml = execFileSync('cat', [file], { encoding: 'utf8' });
    expect(xml).toContain('<viz:color hex="#e4572e"/>');
    expect(xml).toMatch(new RegExp(`<node id="${kim}"[\\s\\S]*?<viz:position x="12.5" y="-3"/>`));
  });

  it('streams GraphML that networkx reads, whole and ego', async () => {
    for (const [path, nodes] of [['/api/export.graphml', stats.nodes], [`/api/export.graphml?node=${encodeURIComponent(kim)}&depth=1`, undefined]] as const) {
      const file = await download(path, 'graphml');
      const out = execFileSync('python3', ['-c', 'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())', file], { encoding: 'utf8' });
      const [n, m] = out.trim().split(' ').map(Number);
      if (nodes !== undefined) expect([n, m]).toEqual([stats.nodes, stats.edges]);
      else expect(n).toBeGreaterThan(1);
    }
  });

  it.each([
    ['unknown node type', '/api/export.gexf?nodeTypes=planet', 400],
    ['unknown edge type', '/api/export.graphml?edgeTypes=LIKES', 400],
    ['since after until', '/api/export.gexf?since=2025-02-01&until=2025-01-01', 400],
    ['bad day', '/api/export.gexf?since=2025-13-01', 400],
    ['depth 7', '/api/export.gexf?node=x&depth=7', 400],
    ['bad colour format', '/api/export.gexf?colors=cmyk', 400],
    ['unknown node', '/api/export.gexf?node=person%3Anobody', 404],
    ['unknown node, GraphML', '/api/export.graphml?node=person%3Anobody', 404],
  ])('answers %s with a problem', async (_name, path, status) => {
    const res = await api.get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

// `npm run export`: the script in a child process over a small database, writing GEXF that
// check-gexf accepts and graphology JSON that loads back; bad options exit 2 with a message.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/ontology.js';
import { GraphStore } from '../../server/store/graph-store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHECK_GEXF = fileURLToPath(new URL('../../../shared/tools/check-gexf', import.meta.url));

/** An extraction of `text` naming two people who met and one state they visited. */
function extraction(id: string, text: string, a: string, b: string, state: string): Extraction {
  const ev = [{ doc: id, sentence: text, start: 0, end: text.length }];
  return {
    document: { id, hash: createHash('sha256').update(text).digest('hex'), length: text.length, date: '2025-12-13' },
    entities: [
      { id: 'a', type: 'person', label: a, aliases: [a], mentions: 1 },
      { id: 'b', type: 'person', label: b, aliases: [b], mentions: 1 },
      { id: 's', type: 'state', label: state, aliases: [state], mentions: 1 },
    ],
    relations: [
      { source: 'a', target: 'b', type: 'MET_WITH', evidence: ev },
      { source: 'a', target: 's', type: 'VISITED', evidence: ev },
    ],
    problems: [],
  };
}

function exportScript(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run export', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    db = join(dir, 'graph.db');
    const store = GraphStore.open(db);
    try {
      const docs = [
        ['d1', 'Ким Чен Ын met 김여정 & "friends" in Russia.', 'Ким Чен Ын', '김여정', 'Russia'],
        ['d2', 'Sergey Shoigu met Kim <Jong> Un in North Korea.', 'Sergey Shoigu', 'Kim <Jong> Un', 'North Korea'],
      ] as const;
      for (const [id, text, a, b, s] of docs) store.ingest({ text, id }, extraction(id, text, a, b, s));
    } finally {
      store.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes GEXF to a file that check-gexf accepts', () => {
    const out = join(dir, 'graph.gexf');
    const run = exportScript(['--format', 'gexf', '--db', db, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('wrote 6 nodes and 4 edges');
    const check = spawnSync(CHECK_GEXF, ['--schema', 'patched', '--rng', out], { encoding: 'utf8' });
    expect(check.stdout).toContain('nodes: 6\n');
    expect(check.stdout).toContain('RESULT: OK');
    expect(check.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('label="Kim &lt;Jong&gt; Un"');
  });

  it('streams GraphML to stdout that networkx reads, and an ego network as GEXF', () => {
    const run = exportScript(['--format', 'graphml', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    const file = join(dir, 'graph.graphml');
    writeFileSync(file, run.stdout);
    const read = spawnSync('python3', ['-c', 'import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())', file], { encoding: 'utf8' });
    expect(read.stdout.trim()).toBe('6 4');
    const ego = join(dir, 'ego.gexf');
    const kim = Graph.from(JSON.parse(exportScript(['--format', 'json', '--db', db]).stdout)).findNode((_k, a) => a.label === 'Kim <Jong> Un')!;
    const egoRun = exportScript(['--format', 'gexf', '--db', db, '--node', kim, '--depth', '1', '--out', ego]);
    expect(egoRun.status, egoRun.stderr).toBe(0);
    const check = spawnSync(CHECK_GEXF, ['--schema', 'patched', '--rng', ego], { encoding: 'utf8' });
    expect(check.stdout).toContain('RESULT: OK');
    expect(check.stdout).toContain('nodes: 2\n'); // Kim and Shoigu, who met him
  });

  it('writes graphology JSON to stdout that loads back with types, labels, aliases, evidence', () => {
    const run = exportScript(['--format', 'json', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    const graph = Graph.from(JSON.parse(run.stdout));
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(4);
    const kim = graph.findNode((_k, a) => a.label === 'Ким Чен Ын')!;
    expect(graph.getNodeAttributes(kim)).toMatchObject({ type: 'person', aliases: ['Ким Чен Ын'] });
    const visit = graph.findEdge((_k, a) => a.type === 'VISITED')!;
    expect(graph.getEdgeAttribute(visit, 'evidence')[0]).toMatchObject({ doc: expect.any(String), sentence: expect.any(String) });
  });

  it.each([
    ['an unknown format', { args: ['--format', 'xml'], want: /--format is "xml"/ }],
    ['a missing database', { args: ['--format', 'json', '--db', '/nonexistent/graph.db'], want: /does not exist/ }],
    ['--out without a file', { args: ['--format', 'json', '--out'], want: /--out: missing value/ }],
    ['an unknown node', { args: ['--format', 'gexf', '--node', 'person:nobody'], want: /no node with id "person:nobody"/ }],
  ])('exits 2 on %s', (_name, { args, want }) => {
    const run = exportScript([...args, ...(args.includes('--db') ? [] : ['--db', db])]);
    expect(run.stderr).toMatch(want);
    expect(run.status).toBe(2);
  });
});

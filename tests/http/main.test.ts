// `npm start` end to end: the start script in a child process on port 0 with a fresh database,
// answering /api/health, then shutting down cleanly on SIGTERM and SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../server/errors.js';
import { clientBuildReason } from '../../server/startup/client-build.js';
import { isLoopbackHost, resolveStartOptions } from '../../server/startup/options.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('resolveStartOptions', () => {
  it.each([
    ['port abc', { argv: ['--port', 'abc'], env: {} }],
    ['port 70000', { argv: [], env: { PORT: '70000' } }],
    ['--db without a file', { argv: ['--db'], env: {} }],
    ['a network host without KG_API_TOKEN', { argv: ['--host', '0.0.0.0'], env: {} }],
    ['an IPv6 wildcard host without KG_API_TOKEN', { argv: [], env: { HOST: '::' } }],
    ['a LAN address with a blank KG_API_TOKEN', { argv: ['--host=192.168.1.20'], env: { KG_API_TOKEN: '  ' } }],
  ])('should throw if given %s', (_name, { argv, env }) => {
    expect(() => resolveStartOptions(argv, env, ROOT)).toThrow(ValidationError);
  });

  it.each([
    ['defaults', { argv: [], env: {}, want: { dbPath: 'data/graph.db', host: '127.0.0.1', port: 3000, build: true } }],
    ['environment', { argv: [], env: { KG_DB: 'x.db', HOST: '0.0.0.0', PORT: '8080', KG_API_TOKEN: 'tok' }, want: { dbPath: 'x.db', host: '0.0.0.0', port: 8080, apiToken: 'tok' } }],
    ['loopback without a token', { argv: ['--host', 'localhost'], env: {}, want: { host: 'localhost', port: 3000 } }],
    ['arguments win', { argv: ['--db', 'a.db', '--port=0', '--host', '::1', '--no-build'], env: { KG_DB: 'x.db', PORT: '8080' }, want: { dbPath: 'a.db', host: '::1', port: 0, build: false } }],
  ])('%s', (_name, { argv, env, want }) => {
    expect(resolveStartOptions(argv, env, ROOT)).toMatchObject(want);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true], ['[::1]', true], ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false], ['::', false], ['192.168.1.20', false], ['example.org', false], ['128.0.0.1', false],
  ])('%s → %s', (host, want) => {
    expect(isLoopbackHost(host)).toBe(want);
  });
});

describe('npm start (scripts/start.ts)', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  let output = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-start-'));
    output = '';
  });
  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts the script on port 0 (seeding from `seed`, absent by default); resolves with its URL. */
  function start(seed = join(dir, 'no-seed'), extra: { args?: string[]; env?: Record<string, string> } = {}): Promise<string> {
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--db', join(dir, 'graph.db'), '--port', '0', '--no-build', '--seed', seed, ...(extra.args ?? [])], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KG_API_TOKEN: '', HOST: '', ...extra.env },
    });
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /listening on (http:\/\/\S+)/.exec(output);
        if (m) resolve(m[1]!);
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.once('exit', (code) => reject(new Error(`start exited early (${code}): ${output}`)));
    });
  }

  function exited(): Promise<number | null> {
    return new Promise((resolve) => child!.once('exit', (code) => resolve(code)));
  }

  it.each([['SIGTERM' as const], ['SIGINT' as const]])('serves the API and exits 0 on %s', async (signal) => {
    const url = await start();
    const health = await (await fetch(new URL('api/health', url))).json();
    expect(health).toMatchObject({ status: 'ok', documents: 0 });
    expect(output).toContain('starting with an empty graph');
    const done = exited();
    child!.kill(signal);
    expect(await done).toBe(0);
    expect(output).toContain(`${signal}: shutting down`);
    expect(output).toContain('closed');
  });

  it('refuses to listen on a network address without KG_API_TOKEN', async () => {
    await expect(start(undefined, { args: ['--host', '0.0.0.0'] })).rejects.toThrow(/start exited early \(1\)/);
    expect(output).toContain('KG_API_TOKEN is not set');
  });

  it('with KG_API_TOKEN, takes writes only with the bearer token and keeps reads open', async () => {
    const url = await start(undefined, { env: { KG_API_TOKEN: 'start-secret' } });
    expect(output).toContain('writes need the bearer token');
    const post = (headers: Record<string, string>) =>
      fetch(new URL('api/documents', url), { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: 'Kim Jong Un visited Moscow.' });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: 'Bearer start-secret' })).status).toBe(201);
    expect((await fetch(new URL('api/health', url))).status).toBe(200);
    const done = exited();
    child!.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('seeds an empty database from the dispatch folder once', async () => {
    const seed = join(dir, 'seed');
    mkdirSync(seed);
    const dispatches = join(ROOT, 'data', 'dispatches');
    for (const f of readdirSync(dispatches).filter((name) => name.endsWith('.txt')).slice(0, 2)) copyFileSync(join(dispatches, f), join(seed, f));
    const url = await start(seed);
    expect(output).toMatch(/empty database: ingested 2 dispatches/);
    const stats = (await (await fetch(new URL('api/stats', url))).json()) as { documents: number; nodes: number };
    expect(stats.documents).toBe(2);
    expect(stats.nodes).toBeGreaterThan(0);
    let done = exited();
    child!.kill('SIGTERM');
    expect(await done).toBe(0);

    output = '';
    const again = await start(seed);
    expect(output).not.toContain('empty database');
    expect(await (await fetch(new URL('api/health', again))).json()).toMatchObject({ documents: 2 });
    done = exited();
    child!.kill('SIGTERM');
    expect(await done).toBe(0);
  });
});

describe('clientBuildReason', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kg-client-'));
    mkdirSync(join(root, 'client', 'src'), { recursive: true });
    writeFileSync(join(root, 'client', 'src', 'main.ts'), 'export {};');
    writeFileSync(join(root, 'vite.config.ts'), 'export default {};');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Writes dist/client/index.html and sets the modification times (seconds since the epoch). */
  function setTimes(built: number | undefined, source: number, config = source) {
    if (built !== undefined) {
      mkdirSync(join(root, 'dist', 'client'), { recursive: true });
      writeFileSync(join(root, 'dist', 'client', 'index.html'), '<!doctype html>');
      utimesSync(join(root, 'dist', 'client', 'index.html'), built, built);
    }
    utimesSync(join(root, 'client', 'src', 'main.ts'), source, source);
    utimesSync(join(root, 'vite.config.ts'), config, config);
  }

  it.each([
    ['no build yet', { built: undefined, source: 1000, config: 1000, want: /missing/ }],
    ['sources newer than the build', { built: 1000, source: 2000, config: 500, want: /newer/ }],
    ['vite.config.ts newer than the build', { built: 1000, source: 500, config: 2000, want: /newer/ }],
    ['build up to date', { built: 3000, source: 2000, config: 2000, want: undefined }],
  ])('%s', (_name, { built, source, config, want }) => {
    setTimes(built, source, config);
    const reason = clientBuildReason({ root, outDir: join(root, 'dist', 'client') });
    if (want === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(want);
  });
});

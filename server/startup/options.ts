// Options of `npm start`: database path (--db, KG_DB), host (--host, HOST), port (--port, PORT),
// write token (KG_API_TOKEN), seed folder and client build switch. A host other than loopback
// needs a token: the server refuses to open writes to the network. Pure: argv and env are parameters.
import { isIP } from 'node:net';
import { ValidationError } from '../errors.js';
import { resolveDbPath } from '../store/default-path.js';

export interface StartOptions {
  dbPath: string;
  host: string;
  port: number;
  /** Dispatches ingested when the database holds no document yet. */
  seedDir: string;
  /** Project root: vite.config.ts, client/ and dist/client/ live here. */
  root: string;
  /** Build the client when it is missing or stale. */
  build: boolean;
  /** Bearer token writes need (KG_API_TOKEN); undefined: writes are open (loopback only). */
  apiToken?: string;
}

/** Whether `host` only accepts connections from this machine (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^(0:){7}1$/.test(h) || /^::ffff:127\./.test(h);
  return false;
}

export const START_DEFAULTS = { host: '127.0.0.1', port: 3000, seedDir: 'data/dispatches', build: true } as const;

function flag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ValidationError(`${name}: missing value. Expected ${name} VALUE`);
      return value;
    }
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** Resolves the start options from command-line arguments and environment variables. */
export function resolveStartOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, root: string): StartOptions {
  const portText = flag(argv, '--port') ?? env.PORT ?? String(START_DEFAULTS.port);
  const port = Number(portText);
  if (!/^\d+$/.test(portText.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ValidationError(`start: port is ${JSON.stringify(portText)}. Expected an integer from 0 to 65535`);
  }
  const host = flag(argv, '--host') ?? (env.HOST?.trim() || START_DEFAULTS.host);
  const apiToken = env.KG_API_TOKEN?.trim() || undefined;
  if (apiToken === undefined && !isLoopbackHost(host)) {
    throw new ValidationError(`start: host ${JSON.stringify(host)} is reachable from other machines and KG_API_TOKEN is not set. Expected KG_API_TOKEN=<secret> (writes then need "Authorization: Bearer <secret>") or a loopback host such as 127.0.0.1`);
  }
  return {
    dbPath: resolveDbPath(argv, env),
    host,
    port,
    seedDir: flag(argv, '--seed') ?? START_DEFAULTS.seedDir,
    root,
    build: !argv.includes('--no-build'),
    ...(apiToken !== undefined ? { apiToken } : {}),
  };
}

// Decides whether the browser client needs (re)building and builds it with Vite's programmatic
// build() and the root vite.config.ts. Vite is imported only when a build is needed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of the files under `dir` (recursively); 0 when there are none. */
export function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

export interface ClientPaths {
  /** Project root (holds vite.config.ts and client/). */
  root: string;
  /** Where the built client lives (dist/client). */
  outDir: string;
}

/** Why the client must be built, or undefined when dist/client/index.html is up to date. */
export function clientBuildReason({ root, outDir }: ClientPaths): string | undefined {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return `${index} is missing`;
  const built = statSync(index).mtimeMs;
  const config = join(root, 'vite.config.ts');
  const sources = Math.max(newestMtime(join(root, 'client')), existsSync(config) ? statSync(config).mtimeMs : 0);
  return sources > built ? 'client sources are newer than the build' : undefined;
}

/** Builds the client with the project's vite.config.ts. */
export async function buildClient({ root }: ClientPaths): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

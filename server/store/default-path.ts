// Where the SQLite database lives: `--db FILE` (or `--db=FILE`) on the command line, else the
// KG_DB environment variable, else data/graph.db. Pure: argv and env are parameters.
import { ValidationError } from '../errors.js';

/** The database path used when neither --db nor KG_DB says otherwise. */
export const DEFAULT_DB_PATH = 'data/graph.db';

/** Resolves the database path from command-line arguments and environment variables. */
export function resolveDbPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new ValidationError('--db: missing file name. Expected --db FILE.');
      }
      return value;
    }
    if (arg.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (value === '') throw new ValidationError('--db: missing file name. Expected --db=FILE.');
      return value;
    }
  }
  const fromEnv = env.KG_DB;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv;
  return DEFAULT_DB_PATH;
}

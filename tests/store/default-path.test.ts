// resolveDbPath: --db beats KG_DB beats data/graph.db.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../server/errors.js';
import { DEFAULT_DB_PATH, resolveDbPath } from '../../server/store/default-path.js';

describe('resolveDbPath', () => {
  const cases: [string, { given: { argv: string[]; env: Record<string, string> }; want: string }][] = [
    ['default', { given: { argv: [], env: {} }, want: DEFAULT_DB_PATH }],
    ['env', { given: { argv: ['x'], env: { KG_DB: '/tmp/a.db' } }, want: '/tmp/a.db' }],
    ['blank env', { given: { argv: [], env: { KG_DB: ' ' } }, want: DEFAULT_DB_PATH }],
    ['--db FILE', { given: { argv: ['p', '--db', 'b.db'], env: { KG_DB: '/tmp/a.db' } }, want: 'b.db' }],
    ['--db=FILE', { given: { argv: ['--db=c.db'], env: {} }, want: 'c.db' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(resolveDbPath(given.argv, given.env)).toBe(want);
  });

  it('should throw if --db has no value', () => {
    expect(() => resolveDbPath(['--db'], {})).toThrow(ValidationError);
    expect(() => resolveDbPath(['--db', '--port'], {})).toThrow(ValidationError);
    expect(() => resolveDbPath(['--db='], {})).toThrow(ValidationError);
  });
});

// Vitest configuration: Node-side suites and the browser test, one process pool.
import { defineConfig } from 'vitest/config';
// vitest 5 prints failures with Map.groupBy (Node >= 21): give Node 20 the polyfill.
import './tests/node20-polyfills.mjs';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// Browser tests: real gaps binary, real PostgreSQL, Debian's Chromium. One
// file at a time (each starts its own server), generous timeouts for 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest runs one file at a time per core but one: on two cores, one. The server's tests mostly
    // wait on PostgreSQL, so two files at once keep both cores busy without starving either. Each file
    // has its own database (test/harness.ts); the browser tests stay one file at a time (below).
    maxWorkers: 2,
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      // Pure functions of the web app; components are covered by the browser tests in e2e.
      { test: { name: 'web', include: ['packages/web/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // The longest tests click through a whole questionnaire editor: on two busy cores a
          // minute is not always enough (a guard against hangs, not a speed target).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Pages load their code and words in chunks: wait as a person would, not vitest's 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});

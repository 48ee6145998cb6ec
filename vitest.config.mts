import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

// Five projects: unit (pure rules), integration (a real database: fresh PGlite per file, or a
// fresh PostgreSQL database per file when DATABASE_URL is set), http (the production server over
// real HTTP), e2e (Chromium through playwright-core) and resilience (servers and databases that a
// test starts, stops and kills itself). `npm test` runs the first three.
export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests call the server code directly.
      'server-only': path.join(root, 'tests/support/server-only.ts'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], globalSetup: ['tests/support/db-global-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'http',
          include: ['tests/http/**/*.test.ts'],
          globalSetup: ['tests/support/server-global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/server-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'resilience',
          include: ['tests/resilience/**/*.test.ts'],
          globalSetup: ['tests/support/build-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
    ],
  },
});

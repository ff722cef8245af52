import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // with TEST_POSTGRES_URL: the migrated template each test's PostgreSQL database is copied from
    globalSetup: ['test/support/global-setup.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Every scratch folder of the run in one, removed at its end (tests/helpers/run-temp-folder.ts).
    globalSetup: ['tests/unit/global-setup.ts'],
  },
});

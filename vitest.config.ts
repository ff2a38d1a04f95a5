import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // Holds the app's JSON log lines back and prints them only beside a failing test.
    setupFiles: ['test/setup/each-file.ts'],
  },
});

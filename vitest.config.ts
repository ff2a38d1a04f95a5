import { defineConfig } from 'vitest/config';
import LongestFirst from './test/setup/sequencer.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Test files share their worker's modules instead of each loading discord.js, Bolt, compromise and
    // the app again in a fresh process (over a third of the run's CPU time). State that must not pass
    // from one file to the next is reset per file in test/setup/each-file.ts.
    isolate: false,
    // Vitest's default on a 2-core machine is a single worker; two keep both cores busy while one
    // worker waits on a process it spawned.
    maxWorkers: 2,
    // Longest files first (also after `npm ci`, when Vitest has no timings of its own yet).
    sequence: { sequencer: LongestFirst },
    globalSetup: ['test/global-setup.ts'],
    // Holds the app's JSON log lines back (printed only beside a failing test); removes scratch dirs.
    setupFiles: ['test/setup/each-file.ts'],
  },
});

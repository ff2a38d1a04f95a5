/**
 * Runs before every test file (vitest `setupFiles`: run again for each file, although files share the
 * other modules of their worker).
 *
 * - The app's logger (src/log.ts) writes into a sink held here instead of stderr: a test's JSON log lines
 *   are printed, beside its failure, only when it fails; lines of passing tests are dropped.
 * - Scratch directories (test/setup/scratch.ts) are removed after the file that made them.
 */
import { afterAll, beforeEach, type RunnerTestSuite } from 'vitest';
import { removeScratchDirs } from './scratch.ts';

interface HeldLines {
  lines: string[];
  write(line: string): void;
}

/** Must match src/log.ts, which reads it once, when the logger is made. */
const TEST_SINK = Symbol.for('streambot.test-log-sink');

function heldLines(): HeldLines {
  const lines: string[] = [];
  return { lines, write: (line) => void lines.push(line) };
}

// One sink per worker process: kept on globalThis, so it is the one the logger was made with.
const holder = globalThis as { [TEST_SINK]?: HeldLines };
holder[TEST_SINK] ??= heldLines();
const held = holder[TEST_SINK];
held.lines.length = 0;

function printHeld(where: string): void {
  if (held.lines.length === 0) return;
  console.error(`streambot log lines ${where}:\n${held.lines.join('').trimEnd()}`);
  held.lines.length = 0;
}

beforeEach(({ task, onTestFailed, onTestFinished }) => {
  // Lines logged since the last passing test (this test's, and any of the hooks before it).
  onTestFinished(() => {
    if (task.result?.state !== 'fail') held.lines.length = 0;
  });
  onTestFailed(() => printHeld('up to this failure'));
});

function failed(suite: Readonly<RunnerTestSuite>): boolean {
  return (
    suite.result?.state === 'fail' ||
    suite.tasks.some((task) => (task.type === 'suite' ? failed(task) : task.result?.state === 'fail'))
  );
}

// biome-ignore lint/correctness/noEmptyPattern: vitest wants the (unused) context destructured, the file comes second
afterAll(({}, file) => {
  if (failed(file)) printHeld('after the last test of this failing file');
  held.lines.length = 0;
  removeScratchDirs();
});

/**
 * Scratch directories, each removed after the test file that made it. The registry lives here, and the
 * per-file setup (test/setup/each-file.ts) empties it after every file: test files share modules within a
 * worker (`isolate: false`), so a helper module's own `afterAll` would only run for the first file that
 * imported it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratchDirs: string[] = [];

/** A fresh temporary directory, removed after the test file that made it. */
export function scratchDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `streambot-${label}-`));
  scratchDirs.push(dir);
  return dir;
}

/** Removes every scratch directory made so far (after each test file). */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

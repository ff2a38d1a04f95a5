/**
 * Ctrl-C (SIGINT) or SIGTERM sent to `streambot etl` mid-build: the run stops cleanly, removes its own
 * temporary file at once (not only on the next run), keeps the previous store byte for byte, says so in
 * one line and exits with 128 + the signal number. Needs the real data: the demo ETL ends too fast to
 * interrupt reliably.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, scratchDir } from './helpers.ts';

const RAW_DIR = process.env.STREAMBOT_RAW_DIR ? resolve(ROOT, process.env.STREAMBOT_RAW_DIR) : null;
const MiB = 2 ** 20;

function temporaryBytes(dir: string): number {
  const name = readdirSync(dir).find(
    (entry) => entry.startsWith('store.db.tmp-') && !entry.endsWith('-journal'),
  );
  if (!name) return 0;
  try {
    return statSync(join(dir, name)).size;
  } catch {
    return 0; // renamed or removed meanwhile
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe.skipIf(!RAW_DIR)('streambot etl interrupted by a signal', () => {
  it.each([
    // While the ratings load (the catalogs take about 20 MB of the store)…
    ['SIGTERM', 143, 32 * MiB],
    // …and late, in the synchronous phases after it (the full store is about 290 MB).
    ['SIGINT', 130, 200 * MiB],
  ] as const)(
    'on %s removes its temporary file, keeps the previous store and exits %i',
    async (signal, code, storeBytes) => {
      const dir = scratchDir('interrupt');
      const dbPath = join(dir, 'store.db');
      writeFileSync(dbPath, 'the previous store');
      const before = sha256(dbPath);
      const child = spawn(process.execPath, ['bin/streambot.js', 'etl', '--raw', RAW_DIR!, '--db', dbPath], {
        cwd: ROOT,
        env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent' },
      });
      let stderr = '';
      child.stderr.on('data', (data: Buffer) => {
        stderr += data.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));

      // Signal the run once its temporary store has grown to `storeBytes`.
      while (child.exitCode === null && temporaryBytes(dir) < storeBytes)
        await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);

      expect(await exited).toBe(code);
      expect(readdirSync(dir)).toEqual(['store.db']);
      expect(sha256(dbPath)).toBe(before);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/interrupted/);
    },
  );
});

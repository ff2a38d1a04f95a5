import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EtlPhase, runEtl } from '../../etl/index.ts';
import { DEMO_DIR, scratchDir } from './helpers.ts';

describe('cancelling a run through its AbortSignal', () => {
  it.each(['catalogs', 'ratings', 'indexes', 'check'] satisfies EtlPhase[])(
    'during %s leaves the previous store and no temporary file',
    async (phase) => {
      const dir = scratchDir('abort');
      const dbPath = join(dir, 'store.db');
      writeFileSync(dbPath, 'the previous store');
      const controller = new AbortController();
      const run = runEtl({
        rawDir: DEMO_DIR,
        dbPath,
        signal: controller.signal,
        onProgress(progress) {
          if (progress.phase === phase) controller.abort(new Error(`cancelled during ${phase}`));
        },
      });
      await expect(run).rejects.toThrowError(`cancelled during ${phase}`);
      expect(readFileSync(dbPath, 'utf8')).toBe('the previous store');
      expect(readdirSync(dir)).toEqual(['store.db']);
    },
  );
});

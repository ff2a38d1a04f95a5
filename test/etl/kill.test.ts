import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runEtl } from '../../etl/index.ts';
import { DEMO_DIR, ROOT, scratchDir, withStore } from './helpers.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Starts the ETL in a child process and resolves once it is in the middle of loading ratings. */
function startLoading(rawDir: string, dbPath: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/etl/etl-child.ts'), rawDir, dbPath],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  const loading = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      if (data.toString().includes('loading')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the ETL child exited (code ${code}) before loading`)));
  });
  return { child, loading, exited };
}

describe('an ETL run killed in the middle of the load', () => {
  it('leaves the previous store byte for byte, and the next run leaves no temporary file', async () => {
    const dir = scratchDir('kill');
    const dbPath = join(dir, 'store.db');
    // The previous store: the shared demo store, built by the same ETL.
    copyFileSync(inject('stores').demo, dbPath);
    const before = sha256(dbPath);

    const { child, loading, exited } = startLoading(DEMO_DIR, dbPath);
    let temporary: string[];
    try {
      await loading;
      temporary = readdirSync(dir).filter((name) => name.startsWith(`store.db.tmp-${child.pid}-`));
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');
    expect(temporary).toContainEqual(expect.stringMatching(/^store\.db\.tmp-\d+-[0-9a-f]{8}$/));

    expect(sha256(dbPath)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['store.db', ...temporary].sort());

    const summary = await runEtl({ rawDir: DEMO_DIR, dbPath });
    expect(readdirSync(dir)).toEqual(['store.db']);
    expect(withStore(dbPath, (sqlite) => sqlite.prepare('SELECT count(*) FROM ratings').pluck().get())).toBe(
      summary.counts.ratings,
    );
  });
});

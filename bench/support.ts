/** What the benchmarks share: the real store they measure. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchStore {
  path: string;
  /** True when this run built the store (else it came from STREAMBOT_DB). */
  built: boolean;
  cleanUp(): void;
}

/**
 * The store to measure: STREAMBOT_DB when set (as `npm run bench` does, building it once), else one built
 * now from STREAMBOT_RAW_DIR (default ../shared/data/raw) into a temporary folder, with a model if asked.
 */
export async function benchStore(name: string, options: { withModel: boolean }): Promise<BenchStore> {
  const given = process.env.STREAMBOT_DB?.trim();
  if (given) return { path: given, built: false, cleanUp: () => {} };
  const dir = mkdtempSync(join(tmpdir(), `streambot-bench-${name}-`));
  const path = join(dir, 'store.db');
  const rawDir = process.env.STREAMBOT_RAW_DIR?.trim() || '../shared/data/raw';
  if (options.withModel) {
    const { buildStoreWithModel } = await import('../src/admin/build.ts');
    await buildStoreWithModel(rawDir, path);
  } else {
    const { runEtl } = await import('../etl/index.ts');
    await runEtl({ rawDir, dbPath: path });
  }
  return { path, built: true, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The value at quantile `q` (0–1) of ascending `sorted` samples, in ms rounded to the microsecond. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 1000) / 1000;
}

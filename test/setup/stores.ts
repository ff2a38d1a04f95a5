/**
 * The stores the tests read, built once per test run by the real ETL: the demo store (always) and the
 * real store when STREAMBOT_RAW_DIR points at the client's data.
 *
 * Stores are cached in node_modules/.cache/streambot-test/, keyed by a hash of the code that builds them
 * and of the raw files' names, sizes and mtimes, so repeated local runs reuse them. CI starts from
 * `npm ci` (an empty cache) and so always builds fresh; STREAMBOT_TEST_FRESH=1 forces it locally.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEMO_RAW_DIR } from '../../src/config.ts';

export interface TestStores {
  /** Store built from data/demo (with a trained model). */
  demo: string;
  /** Store built from STREAMBOT_RAW_DIR (with a trained model), or null when the real data is not configured. */
  real: string | null;
}

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/streambot-test');
/** Everything the built store depends on. */
const SOURCE_PATHS = [
  'etl',
  'src/store',
  'src/catalog',
  'src/admin/build.ts',
  'src/recommender',
  'src/domain.ts',
  'package-lock.json',
];
const STALE_AFTER_MS = 60 * 60 * 1000;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function codeHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCE_PATHS.flatMap((path) => filesUnder(join(ROOT, path)))) {
    hash.update(`${relative(ROOT, file)}\n`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Names, sizes and mtimes of the raw files: cheap, and changes whenever the data is replaced. */
function rawFingerprint(rawDir: string): string {
  return filesUnder(rawDir)
    .map((file) => {
      const stats = statSync(file);
      return `${relative(rawDir, file)}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('\n');
}

function cacheKey(code: string, rawDir: string): string {
  return createHash('sha256').update(code).update(rawFingerprint(rawDir)).digest('hex').slice(0, 16);
}

/** Drops cached stores of other keys that have not been rebuilt for an hour. */
function pruneCache(keep: Set<string>): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (!keep.has(path) && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS)
      rmSync(path, { force: true });
  }
}

async function cachedStore(label: string, rawDir: string, code: string, fresh: boolean): Promise<string> {
  const dbPath = join(CACHE_DIR, `${label}-${cacheKey(code, rawDir)}.db`);
  if (fresh || !existsSync(dbPath)) {
    // Data and a model trained with the default options, renamed into the cache only once both are done.
    const { buildStoreWithModel } = await import('../../src/admin/build.ts');
    await buildStoreWithModel(rawDir, dbPath);
  }
  return dbPath;
}

export async function buildTestStores(
  env: Record<string, string | undefined> = process.env,
): Promise<TestStores> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const fresh = env.STREAMBOT_TEST_FRESH === '1';
  const code = codeHash();
  // Generated, not committed (`npm ci` writes it): make sure it exists before it is fingerprinted.
  const { ensureDemoData } = await import('../../etl/demo/generate.ts');
  ensureDemoData(join(ROOT, DEMO_RAW_DIR));
  const demo = await cachedStore('demo', join(ROOT, DEMO_RAW_DIR), code, fresh);
  const rawDir = env.STREAMBOT_RAW_DIR?.trim();
  const real = rawDir ? await cachedStore('real', resolve(ROOT, rawDir), code, fresh) : null;
  pruneCache(new Set([demo, ...(real ? [real] : [])]));
  return { demo, real };
}

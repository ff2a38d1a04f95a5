/** The test stores the recommender suites run on (each carries a model trained with the defaults), and helpers. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import type { RecommenderResult } from '../../src/recommender/result.ts';

const stores = inject('stores');

/** The demo store and the real store (null without STREAMBOT_RAW_DIR), by name. */
export const STORE_PATHS: { name: 'demo' | 'real'; path: string | null }[] = [
  { name: 'demo', path: stores.demo || null },
  { name: 'real', path: stores.real },
];

export const DEMO_STORE_PATH = stores.demo;
export const REAL_STORE_PATH = stores.real;

export function answerOf<T>(result: RecommenderResult<T>): T {
  if (!result.ok) expect.fail(`expected a value, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf<T>(result: RecommenderResult<T>) {
  if (result.ok) expect.fail(`expected an error, got ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}

/** A scratch directory, removed by the returned cleanup. */
export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'streambot-recommender-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A private copy of a store, for tests that write a model into it. */
export function copyOfStore(path: string, dir: string, name = 'store.db'): string {
  const copy = join(dir, name);
  copyFileSync(path, copy);
  return copy;
}

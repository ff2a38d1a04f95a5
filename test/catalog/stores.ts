/** The test stores the catalog suites run on, and small helpers shared by them. */
import { expect, inject } from 'vitest';
import type { CatalogResult } from '../../src/catalog/index.ts';
import type { Platform } from '../../src/domain.ts';
import { openStore, type Store } from '../../src/store/open.ts';

const stores = inject('stores');

/** The real store (null without STREAMBOT_RAW_DIR) and the demo store, by name. */
export const STORE_PATHS: { name: 'real' | 'demo'; path: string | null }[] = [
  { name: 'real', path: stores.real },
  { name: 'demo', path: stores.demo || null },
];

export const REAL_STORE_PATH = stores.real;

export function openTestStore(path: string): Store {
  return openStore(path);
}

export function answerOf<T>(result: CatalogResult<T>): T {
  if (!result.ok) expect.fail(`expected a value, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf<T>(result: CatalogResult<T>) {
  if (result.ok) expect.fail(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Every (platform, release year) with at least one title, in order. */
export function platformYears(store: Store): { platform: Platform; year: number }[] {
  return store.sqlite
    .prepare('SELECT DISTINCT platform, release_year AS year FROM titles ORDER BY platform, release_year')
    .all() as { platform: Platform; year: number }[];
}

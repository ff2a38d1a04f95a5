/**
 * Builds, once per test run, the stores the integration and end-to-end tests read:
 * the demo store (always) and the real store when STREAMBOT_RAW_DIR points at the client's data.
 * Their paths reach the tests through `inject('stores')`.
 */
import type { TestProject } from 'vitest/node';
import { buildTestStores, type TestStores } from './setup/stores.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stores: TestStores;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('stores', await buildTestStores());
}

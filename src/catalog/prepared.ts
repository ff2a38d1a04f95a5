/** The catalog's prepared queries (over its base and derived tables), and its guard for old stores. */

import type { CatalogDatabase } from '../store/derived-schema.ts';
import { type PreparedQuery, queriesOn, StoreNotReadyError } from '../store/prepared.ts';
import { type CatalogResult, failure } from './result.ts';

export const preparedQuery = queriesOn<CatalogDatabase>();
export type CatalogQuery<P extends object, R> = PreparedQuery<CatalogDatabase, P, R>;

/** Runs a catalog question, turning a store without the derived tables into a `store_not_ready` error. */
export function guardStore<T>(answer: () => CatalogResult<T>): CatalogResult<T> {
  try {
    return answer();
  } catch (error) {
    if (error instanceof StoreNotReadyError) return failure('store_not_ready', error.message);
    throw error;
  }
}

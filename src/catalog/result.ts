/** The catalog's results and the errors its functions can answer with. */
import type { DomainError, Result } from '../result.ts';

export { failure, success } from '../result.ts';

export type CatalogErrorCode =
  /** A required argument is absent. */
  | 'missing_argument'
  /** The platform name is not one of the four platforms or their aliases. */
  | 'unknown_platform'
  | 'invalid_year'
  | 'invalid_scored'
  | 'invalid_duration_type'
  | 'invalid_text'
  | 'invalid_limit'
  /** The store was built without the catalog's derived tables: rebuild it with `streambot etl`. */
  | 'store_not_ready';

export type CatalogError = DomainError<CatalogErrorCode>;
export type CatalogResult<T> = Result<T, CatalogErrorCode>;

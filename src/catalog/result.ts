/** What every catalog function returns: a value, or a typed error a person can act on. */

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

export interface CatalogError {
  code: CatalogErrorCode;
  /** One sentence saying what is wrong and how to fix it. */
  message: string;
  /** Valid values to try instead (nearest first). */
  suggestions?: string[];
}

export type CatalogResult<T> = { ok: true; value: T } | { ok: false; error: CatalogError };

export function success<T>(value: T): CatalogResult<T> {
  return { ok: true, value };
}

export function failure<T = never>(
  code: CatalogErrorCode,
  message: string,
  suggestions?: string[],
): CatalogResult<T> {
  return { ok: false, error: suggestions ? { code, message, suggestions } : { code, message } };
}

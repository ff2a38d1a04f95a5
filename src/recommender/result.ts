/** What every recommender function returns: a value, or a typed error a person can act on (like the catalog's). */

export type RecommenderErrorCode =
  /** The title is neither a known id nor the name of exactly one title. */
  | 'unknown_title'
  /** The text names several titles: pick one of the suggestions. */
  | 'ambiguous_title'
  | 'invalid_user'
  | 'invalid_limit'
  | 'invalid_threshold'
  | 'unknown_platform'
  | 'invalid_type'
  /** The store holds no trained model: run `streambot train`. */
  | 'model_missing';

export interface RecommenderError {
  code: RecommenderErrorCode;
  /** One sentence saying what is wrong and how to fix it. */
  message: string;
  /** Values to try instead (nearest first). */
  suggestions?: string[];
}

export type RecommenderResult<T> = { ok: true; value: T } | { ok: false; error: RecommenderError };

export function success<T>(value: T): RecommenderResult<T> {
  return { ok: true, value };
}

export function failure<T = never>(
  code: RecommenderErrorCode,
  message: string,
  suggestions?: string[],
): RecommenderResult<T> {
  return { ok: false, error: suggestions?.length ? { code, message, suggestions } : { code, message } };
}

/** The recommender's results and the errors its functions can answer with (like the catalog's). */
import type { DomainError, Result } from '../result.ts';

export { failure, success } from '../result.ts';

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

export type RecommenderError = DomainError<RecommenderErrorCode>;
export type RecommenderResult<T> = Result<T, RecommenderErrorCode>;

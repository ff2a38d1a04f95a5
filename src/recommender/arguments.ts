/** Checking what callers pass to the recommender, each problem becoming a typed error a person can act on. */

import { lookupPlatform, unknownPlatformMessage } from '../catalog/platforms.ts';
import { PLATFORMS, type Platform, type TitleType, type UserId } from '../domain.ts';
import { RANGE_MESSAGES } from '../range-messages.ts';
import { failure, type RecommenderResult, success } from './result.ts';
import { TITLE_TYPE_CODES } from './serving.ts';

export function userArgument(userId: unknown): RecommenderResult<UserId> {
  return typeof userId === 'number' && Number.isSafeInteger(userId) && userId > 0
    ? success(userId)
    : failure('invalid_user', RANGE_MESSAGES.en.user(String(userId)));
}

export function thresholdArgument(threshold: number): RecommenderResult<number> {
  return Number.isFinite(threshold) && threshold >= 0.5 && threshold <= 5
    ? success(threshold)
    : failure('invalid_threshold', `The threshold must be a rating from 0.5 to 5, not ${threshold}.`);
}

export function limitArgument(limit: number, max: number): RecommenderResult<number> {
  return Number.isInteger(limit) && limit >= 1 && limit <= max
    ? success(limit)
    : failure('invalid_limit', RANGE_MESSAGES.en.limit(String(limit), max));
}

/** A platform name or alias ("prime video"); absent means every platform (null). */
export function platformArgument(name: string | undefined): RecommenderResult<Platform | null> {
  if (name === undefined) return success(null);
  const found = lookupPlatform(name);
  if (found.ok) return success(found.platform);
  const suggestions = found.suggestion ? [found.suggestion] : [...PLATFORMS];
  return failure('unknown_platform', unknownPlatformMessage(name, found.suggestion), suggestions);
}

const TYPE_NAMES: Record<string, TitleType> = {
  movie: 'movie',
  movies: 'movie',
  film: 'movie',
  films: 'movie',
  'tv show': 'tv show',
  'tv shows': 'tv show',
  tv: 'tv show',
  show: 'tv show',
  shows: 'tv show',
  series: 'tv show',
};

/** "movie" or "tv show" (and common words for them); absent means both (null). */
export function typeArgument(text: string | undefined): RecommenderResult<TitleType | null> {
  if (text === undefined) return success(null);
  const type = TYPE_NAMES[text.trim().toLowerCase().replace(/\s+/g, ' ')];
  return type
    ? success(type)
    : failure('invalid_type', `A title type is "movie" or "tv show", not "${text}".`, [...TITLE_TYPE_CODES]);
}

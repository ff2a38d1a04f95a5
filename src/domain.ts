/** The product's vocabulary: the four platforms, title ids and the kinds of duration. */

export const PLATFORMS = ['amazon', 'disney', 'hulu', 'netflix'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Display names, for answers. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  amazon: 'Amazon Prime Video',
  disney: 'Disney+',
  hulu: 'Hulu',
  netflix: 'Netflix',
};

/** The raw catalog file of each platform, as the client delivers it. */
export const PLATFORM_FILES: Record<Platform, string> = {
  amazon: 'amazon_prime_titles.csv',
  disney: 'disney_plus_titles.csv',
  hulu: 'hulu_titles.csv',
  netflix: 'netflix_titles.csv',
};

/** Client rule 1: a title id is the platform's first letter followed by its `show_id` (`ns123`). */
export type TitleId = string & { readonly __brand: 'TitleId' };

export function titleIdOf(platform: Platform, showId: string): TitleId {
  return `${platform[0]}${showId}` as TitleId;
}

const TITLE_ID_PATTERN = /^[adhn]s\d+$/;

export function isTitleId(text: string): text is TitleId {
  return TITLE_ID_PATTERN.test(text);
}

export const TITLE_TYPES = ['movie', 'tv show'] as const;
export type TitleType = (typeof TITLE_TYPES)[number];

/** `min` measures movies in minutes; `season` measures TV shows in seasons. */
export const DURATION_TYPES = ['min', 'season'] as const;
export type DurationType = (typeof DURATION_TYPES)[number];

export type UserId = number;

/** Ratings run from 0.5 to 5 in steps of 0.5. */
export const MIN_RATING = 0.5;
export const MAX_RATING = 5;
/** The star values a rating can take, 0.5 … 5 in halves: counts per value are kept in arrays of this length. */
export const STAR_VALUES = 10;

/** Earliest release year a question may name; the latest is next year. */
export const MIN_YEAR = 1900;
export function maxYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

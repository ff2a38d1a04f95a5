/** recommendFor: the titles a user is most likely to rate highly, among those they have not rated. */
import { lookupPlatform, unknownPlatformMessage } from '../catalog/platforms.ts';
import { PLATFORMS, type Platform, type TitleType, type UserId } from '../domain.ts';
import type { Store } from '../store/open.ts';
import {
  DEFAULT_RECOMMEND_THRESHOLD,
  estimateFor,
  modelMissing,
  type TitleSummary,
  titleSummary,
  type Verdict,
  validThreshold,
  validUserId,
  verdictOf,
} from './predict.ts';
import { failure, type RecommenderResult, success } from './result.ts';
import { servingModel, TITLE_TYPE_CODES } from './serving.ts';

export const DEFAULT_RECOMMENDATIONS = 10;
export const MAX_RECOMMENDATIONS = 100;

export interface RecommendOptions {
  /** A platform name or alias ("prime video"). */
  platform?: string;
  /** "movie" or "tv show". */
  type?: string;
  limit?: number;
  threshold?: number;
}

export interface Recommendation extends TitleSummary {
  estimate: number;
  verdict: Verdict;
}

export interface Recommendations {
  userId: UserId;
  platform: Platform | null;
  type: TitleType | null;
  /** True when the model never saw the user: titles are ranked by their score alone. */
  coldStart: boolean;
  /** Titles left out because the user already rated them. */
  alreadyRated: number;
  titles: Recommendation[];
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

export function parseTitleType(text: string): TitleType | undefined {
  return TYPE_NAMES[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}

export function recommendFor(
  store: Store,
  userId: UserId,
  options: RecommendOptions = {},
): RecommenderResult<Recommendations> {
  if (!validUserId(userId))
    return failure('invalid_user', `A user id is a whole number from 1 up, not ${userId}.`);
  const limit = options.limit ?? DEFAULT_RECOMMENDATIONS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECOMMENDATIONS) {
    return failure(
      'invalid_limit',
      `The number of titles must be a whole number from 1 to ${MAX_RECOMMENDATIONS}.`,
    );
  }
  let platform: Platform | null = null;
  if (options.platform !== undefined) {
    const found = lookupPlatform(options.platform);
    if (!found.ok) {
      const suggestions = found.suggestion ? [found.suggestion] : [...PLATFORMS];
      return failure(
        'unknown_platform',
        unknownPlatformMessage(options.platform, found.suggestion),
        suggestions,
      );
    }
    platform = found.platform;
  }
  let type: TitleType | null = null;
  if (options.type !== undefined) {
    const parsed = parseTitleType(options.type);
    if (!parsed)
      return failure('invalid_type', `A title type is "movie" or "tv show", not "${options.type}".`, [
        ...TITLE_TYPE_CODES,
      ]);
    type = parsed;
  }
  const serving = servingModel(store);
  if (!serving) return modelMissing(store);
  const { model, titles } = serving;
  const threshold = options.threshold ?? DEFAULT_RECOMMEND_THRESHOLD;
  if (!validThreshold(threshold)) {
    return failure('invalid_threshold', `The threshold must be a rating from 0.5 to 5, not ${threshold}.`);
  }

  const user = serving.userNumber(userId);
  const excluded = new Uint8Array(titles.titleIds.length);
  const rated = serving.ratedTitles(userId);
  for (const item of rated) excluded[item] = 1;
  const platformCode = platform === null ? -1 : PLATFORMS.indexOf(platform);
  const typeCode = type === null ? -1 : TITLE_TYPE_CODES.indexOf(type);

  const top = new TopK(limit);
  for (let item = 0; item < excluded.length; item++) {
    if (excluded[item] === 1) continue;
    if (platformCode >= 0 && titles.platform[item] !== platformCode) continue;
    if (typeCode >= 0 && titles.type[item] !== typeCode) continue;
    top.offer(item, estimateFor(model, titles, user, item).estimate);
  }
  return success({
    userId,
    platform,
    type,
    coldStart: user < 0 || model.userRatings[user] === 0,
    alreadyRated: rated.length,
    titles: top.best().map(({ item, score }) => ({
      ...titleSummary(titles, item),
      estimate: score,
      verdict: verdictOf(score, threshold),
    })),
  });
}

/** The k highest scores seen, ties broken by the lower title number (a fixed, repeatable order). */
class TopK {
  readonly #items: number[] = [];
  readonly #scores: number[] = [];

  constructor(readonly size: number) {}

  offer(item: number, score: number): void {
    const items = this.#items;
    const scores = this.#scores;
    if (items.length === this.size && score <= scores[items.length - 1]!) return;
    let at = items.length;
    while (at > 0 && scores[at - 1]! < score) at--;
    items.splice(at, 0, item);
    scores.splice(at, 0, score);
    if (items.length > this.size) {
      items.pop();
      scores.pop();
    }
  }

  best(): { item: number; score: number }[] {
    return this.#items.map((item, i) => ({ item, score: this.#scores[i]! }));
  }
}

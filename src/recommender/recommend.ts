/** recommendFor: the titles a user is most likely to rate highly, among those they have not rated. */
import { PLATFORMS, type Platform, type TitleType, type UserId } from '../domain.ts';
import type { Store } from '../store/open.ts';
import {
  limitArgument,
  platformArgument,
  thresholdArgument,
  typeArgument,
  userArgument,
} from './arguments.ts';
import {
  DEFAULT_RECOMMEND_THRESHOLD,
  estimateFor,
  modelMissing,
  type TitleSummary,
  titleSummary,
  type Verdict,
  verdictOf,
} from './predict.ts';
import { type RecommenderResult, success } from './result.ts';
import { servingModel, TITLE_TYPE_CODES } from './serving.ts';

const DEFAULT_RECOMMENDATIONS = 10;
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

export function recommendFor(
  store: Store,
  userId: UserId,
  options: RecommendOptions = {},
): RecommenderResult<Recommendations> {
  const validUser = userArgument(userId);
  if (!validUser.ok) return validUser;
  const limit = limitArgument(options.limit ?? DEFAULT_RECOMMENDATIONS, MAX_RECOMMENDATIONS);
  if (!limit.ok) return limit;
  const platform = platformArgument(options.platform);
  if (!platform.ok) return platform;
  const type = typeArgument(options.type);
  if (!type.ok) return type;
  const threshold = thresholdArgument(options.threshold ?? DEFAULT_RECOMMEND_THRESHOLD);
  if (!threshold.ok) return threshold;
  const serving = servingModel(store);
  if (!serving) return modelMissing(store);
  const { model, titles } = serving;

  const user = serving.userNumber(userId);
  const excluded = new Uint8Array(titles.titleIds.length);
  const rated = serving.ratedTitles(userId);
  for (const item of rated) excluded[item] = 1;
  const platformCode = platform.value === null ? -1 : PLATFORMS.indexOf(platform.value);
  const typeCode = type.value === null ? -1 : TITLE_TYPE_CODES.indexOf(type.value);

  const top = new TopK(limit.value);
  for (let item = 0; item < excluded.length; item++) {
    if (excluded[item] === 1) continue;
    if (platformCode >= 0 && titles.platform[item] !== platformCode) continue;
    if (typeCode >= 0 && titles.type[item] !== typeCode) continue;
    top.offer(item, estimateFor(model, titles, user, item).estimate);
  }
  return success({
    userId,
    platform: platform.value,
    type: type.value,
    coldStart: user < 0 || model.userRatings[user] === 0,
    alreadyRated: rated.length,
    titles: top.best().map(({ item, score }) => ({
      ...titleSummary(titles, item),
      estimate: score,
      verdict: verdictOf(score, threshold.value),
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

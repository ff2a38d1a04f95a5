/** recommendFor: the titles a user is most likely to rate highly, among those they have not rated. */
import { PLATFORMS, type Platform, type TitleId, type TitleType, type UserId } from '../domain.ts';
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
import { type ServingModel, servingModel, TITLE_TYPE_CODES } from './serving.ts';
import { type ContentMatch, contentSimilarity, type SimilarTitle, sharedBetween } from './similar.ts';

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
  /** The user's own rated title it is most like, and what they share: why it is picked. */
  because?: Reason;
}

export interface Reason {
  id: TitleId;
  title: string;
  /** The user's rating of it, 0.5–5. */
  stars: number;
  shared: SimilarTitle['shared'];
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

  // A pool larger than the list: when the model rates its best alike, the person's own taste orders them.
  const top = new TopK(Math.max(limit.value * POOL_FACTOR, MIN_POOL));
  for (let item = 0; item < excluded.length; item++) {
    if (excluded[item] === 1) continue;
    if (platformCode >= 0 && titles.platform[item] !== platformCode) continue;
    if (typeCode >= 0 && titles.type[item] !== typeCode) continue;
    top.offer(item, estimateFor(model, titles, user, item).estimate);
  }
  const taste = tasteOf(store, serving, userId);
  const picks = byTaste(
    top.best(),
    limit.value,
    taste,
    (item) => titles.titleIds[item]!,
    (item) => titles.scoreCount[item]!,
  );
  return success({
    userId,
    platform: platform.value,
    type: type.value,
    coldStart: user < 0 || model.userRatings[user] === 0,
    alreadyRated: rated.length,
    titles: picks.map(({ item, score, because }) => ({
      ...titleSummary(titles, item),
      estimate: score,
      verdict: verdictOf(score, threshold.value),
      ...(because ? { because } : {}),
    })),
  });
}

/** How many candidates, per pick asked, the list is chosen from when the model rates them alike. */
const POOL_FACTOR = 5;
const MIN_POOL = 50;
/** Estimates closer than this are the same to a person (the answer says so too). */
export const EVEN_SPREAD = 0.01;
/** The titles a person's taste is read from: their favourites (4 ★ and up) and their least liked (2 ★ and down). */
const LIKED_HALVES = 8;
const DISLIKED_HALVES = 4;
const TASTE_TITLES = 10;

interface Taste {
  store: Store;
  liked: { id: TitleId; stars: number }[];
  disliked: TitleId[];
}

/** The user's favourite and least liked titles, from their own ratings; none for a user the model never saw. */
function tasteOf(store: Store, serving: ServingModel, userId: UserId): Taste | undefined {
  const own = serving.ownRatings(userId);
  if (!own || own.titles.length === 0) return undefined;
  const rated = Array.from(own.titles, (item, k) => ({
    id: serving.titles.titleIds[item]!,
    halves: own.halves[k]!,
  }));
  rated.sort((a, b) => b.halves - a.halves || (a.id < b.id ? -1 : 1));
  const favourites = rated.filter((r) => r.halves >= LIKED_HALVES);
  // Someone who never gives 4 ★ still has titles they liked most.
  const liked = (favourites.length > 0 ? favourites : rated).slice(0, TASTE_TITLES);
  const disliked = rated.filter((r) => r.halves <= DISLIKED_HALVES).slice(-TASTE_TITLES);
  return {
    store,
    liked: liked.map((r) => ({ id: r.id, stars: r.halves / 2 })),
    disliked: disliked.map((r) => r.id),
  };
}

/**
 * The picks, each with its reason. When the model's best `limit` estimates are even (the ratings carry little
 * per-title signal), the pool is ordered by likeness to the person's favourites, away from their least liked,
 * then by popularity; otherwise the model's order stands. Estimates and verdicts stay the model's.
 */
function byTaste(
  pool: { item: number; score: number }[],
  limit: number,
  taste: Taste | undefined,
  idOf: (item: number) => TitleId,
  popularity: (item: number) => number,
): { item: number; score: number; because?: Reason }[] {
  if (!taste) return pool.slice(0, limit);
  const withTaste = (candidate: { item: number; score: number }) => {
    const id = idOf(candidate.item);
    // One pass over the candidate's terms for both: its likeness to the favourites, then to the least liked.
    const matches = contentSimilarity(taste.store, id, [...taste.liked.map((l) => l.id), ...taste.disliked]);
    const likes = matches.slice(0, taste.liked.length);
    const dislikes = matches.slice(taste.liked.length);
    const best = likes.reduce<ContentMatch | undefined>(
      (a, b) => (!a || b.score > a.score ? b : a),
      undefined,
    );
    const avoid = dislikes.reduce((max, d) => Math.max(max, d.score), 0);
    return { ...candidate, id, likeness: (best?.score ?? 0) - avoid / 2, best };
  };
  /** The reason of a pick shown: its closest favourite, with the user's stars and what they share. */
  const withReason = ({ item, score, id, best }: ReturnType<typeof withTaste>) => {
    if (!best) return { item, score };
    const stars = taste.liked.find((l) => l.id === best.id)!.stars;
    const shared = sharedBetween(taste.store, id, best.id);
    return { item, score, because: { id: best.id, title: best.title, stars, shared } };
  };
  const head = pool.slice(0, limit);
  const even = head.length > 1 && head[0]!.score - head.at(-1)!.score < EVEN_SPREAD;
  if (!even) return head.map(withTaste).map(withReason);
  // Only titles the model rates as well as its best are reordered: taste breaks ties, it never demotes.
  return pool
    .filter((candidate) => candidate.score > head[0]!.score - EVEN_SPREAD)
    .map(withTaste)
    .sort(
      (a, b) =>
        b.likeness - a.likeness ||
        popularity(b.item) - popularity(a.item) ||
        b.score - a.score ||
        a.item - b.item,
    )
    .slice(0, limit)
    .map(withReason);
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

/**
 * predict: should this user watch this title? The model's estimate, a recommend/skip verdict
 * against a threshold, and the reason in a sentence: the user's tendency and the title's reception.
 */
import { isTitleId, PLATFORMS, type Platform, type TitleId, type TitleType, type UserId } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { thresholdArgument, userArgument } from './arguments.ts';
import { clipRating, type FactorModel } from './model.ts';
import { resolveTitle } from './resolve-title.ts';
import { failure, type RecommenderResult, success } from './result.ts';
import { type ServingModel, servingModel, TITLE_TYPE_CODES, type TitleFacts } from './serving.ts';

/** Recommend when the estimate reaches this (STREAMBOT_RECOMMEND_THRESHOLD overrides it in the config). */
export const DEFAULT_RECOMMEND_THRESHOLD = 3.5;

export type Verdict = 'recommend' | 'skip';

/** Which parts of the model the estimate rests on. */
export type EstimateBasis = 'user-and-title' | 'title-only' | 'user-only' | 'global-mean';

export interface TitleSummary {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  year: number;
}

export interface Prediction {
  userId: UserId;
  title: TitleSummary;
  /** Clipped to 0.5–5. */
  estimate: number;
  verdict: Verdict;
  threshold: number;
  /** True when the model never saw this user (or title) and answers from what it knows of the other side. */
  coldStart: boolean;
  basis: EstimateBasis;
  /** How far above (+) or below (−) the average this user rates, and from how many ratings; null when unseen. */
  userTendency: { bias: number; ratings: number } | null;
  /** The title's mean rating and count in the data. */
  titleReception: { mean: number | null; ratings: number };
  reason: string;
}

export interface PredictOptions {
  threshold?: number;
}

export interface Estimate {
  estimate: number;
  basis: EstimateBasis;
}

/**
 * The estimate for a dense user (−1 when unseen) and title. An unseen user gets the title's score
 * alone (its mean rating); a title nobody rated gets the user's tendency alone.
 */
export function estimateFor(model: FactorModel, titles: TitleFacts, user: number, item: number): Estimate {
  const knownUser = user >= 0 && model.userRatings[user]! > 0;
  const knownTitle = model.itemRatings[item]! > 0;
  if (knownUser && knownTitle) {
    const k = model.factors;
    const userRow = user * k;
    const itemRow = item * k;
    let dot = 0;
    for (let f = 0; f < k; f++) dot += model.userFactors[userRow + f]! * model.itemFactors[itemRow + f]!;
    const raw = model.globalMean + model.userBias[user]! + model.itemBias[item]! + dot;
    return { estimate: clipRating(raw), basis: 'user-and-title' };
  }
  if (knownTitle && titles.scoreCount[item]! > 0) {
    return { estimate: clipRating(titles.scoreMean[item]!), basis: 'title-only' };
  }
  if (knownUser)
    return { estimate: clipRating(model.globalMean + model.userBias[user]!), basis: 'user-only' };
  return { estimate: clipRating(model.globalMean), basis: 'global-mean' };
}

/** One user/title pair as batch callers give it (CSV cells, JSON values): its estimate, or why there is none. */
export type PairEstimate =
  | { ok: true; userId: UserId; titleId: TitleId; estimate: number; verdict: Verdict; basis: EstimateBasis }
  | { ok: false; reason: string };

export function estimatePair(
  serving: ServingModel,
  user: string | number,
  title: string,
  threshold: number,
): PairEstimate {
  const userText = String(user).trim();
  const userId = Number(userText);
  if (!/^\d+$/.test(userText) || !Number.isSafeInteger(userId) || userId < 1)
    return { ok: false, reason: `user id "${userText}" is not a whole number from 1 up` };
  const titleId = title.trim().toLowerCase();
  const item = isTitleId(titleId) ? serving.titleNumber(titleId) : -1;
  if (item < 0) return { ok: false, reason: `"${title}" is not the id of a title in the catalog` };
  const { estimate, basis } = estimateFor(serving.model, serving.titles, serving.userNumber(userId), item);
  return {
    ok: true,
    userId: userId as UserId,
    titleId: titleId as TitleId,
    estimate,
    verdict: verdictOf(estimate, threshold),
    basis,
  };
}

export function verdictOf(estimate: number, threshold: number): Verdict {
  return estimate >= threshold ? 'recommend' : 'skip';
}

export function modelMissing<T>(store: Store): RecommenderResult<T> {
  return failure(
    'model_missing',
    `The store at ${store.path} has no trained model: run \`streambot train\`.`,
  );
}

export function predict(
  store: Store,
  userId: UserId,
  title: string,
  options: PredictOptions = {},
): RecommenderResult<Prediction> {
  const threshold = thresholdArgument(options.threshold ?? DEFAULT_RECOMMEND_THRESHOLD);
  if (!threshold.ok) return threshold;
  const validUser = userArgument(userId);
  if (!validUser.ok) return validUser;
  const serving = servingModel(store);
  if (!serving) return modelMissing(store);
  const item = resolveTitle(store, serving.titleNumber, title);
  if (!item.ok) return item;
  return success(describePrediction(serving, userId, item.value, threshold.value));
}

export function titleSummary(titles: TitleFacts, item: number): TitleSummary {
  return {
    id: titles.titleIds[item]!,
    title: titles.names[item]!,
    platform: PLATFORMS[titles.platform[item]!]!,
    type: TITLE_TYPE_CODES[titles.type[item]!]!,
    year: titles.year[item]!,
  };
}

function describePrediction(
  serving: ServingModel,
  userId: UserId,
  item: number,
  threshold: number,
): Prediction {
  const { model, titles } = serving;
  const user = serving.userNumber(userId);
  const { estimate, basis } = estimateFor(model, titles, user, item);
  const verdict = verdictOf(estimate, threshold);
  const userTendency = user >= 0 ? { bias: model.userBias[user]!, ratings: model.userRatings[user]! } : null;
  const ratings = titles.scoreCount[item]!;
  const titleReception = { mean: ratings > 0 ? titles.scoreMean[item]! : null, ratings };
  const summary = titleSummary(titles, item);
  return {
    userId,
    title: summary,
    estimate,
    verdict,
    threshold,
    coldStart: basis !== 'user-and-title',
    basis,
    userTendency,
    titleReception,
    reason: reasonFor({
      userId,
      title: summary.title,
      estimate,
      verdict,
      threshold,
      basis,
      userTendency,
      titleReception,
    }),
  };
}

interface ReasonFacts {
  userId: UserId;
  title: string;
  estimate: number;
  verdict: Verdict;
  threshold: number;
  basis: EstimateBasis;
  userTendency: Prediction['userTendency'];
  titleReception: Prediction['titleReception'];
}

function reasonFor(facts: ReasonFacts): string {
  const outcome = `${facts.estimate.toFixed(2)} ${facts.verdict === 'recommend' ? '≥' : '<'} ${facts.threshold}`;
  const user = facts.userTendency ? tendency(facts.userId, facts.userTendency) : undefined;
  const reception = receptionOf(facts.title, facts.titleReception);
  switch (facts.basis) {
    case 'user-and-title':
      return `${user}; ${reception}: estimate ${outcome}.`;
    case 'title-only':
      return `User ${facts.userId} is new to the model, so this rests on the title's score alone: ${reception}; ${outcome}.`;
    case 'user-only':
      return `Nobody has rated "${facts.title}" yet, so this rests on the user's tendency alone: ${user}; ${outcome}.`;
    case 'global-mean':
      return `Neither user ${facts.userId} nor "${facts.title}" has ratings, so this is the average rating: ${outcome}.`;
  }
}

function tendency(userId: UserId, { bias, ratings }: { bias: number; ratings: number }): string {
  const size = `${ratings} rating${ratings === 1 ? '' : 's'}`;
  if (Math.abs(bias) < 0.1) return `user ${userId} rates close to the average (${size})`;
  const direction = bias > 0 ? 'above' : 'below';
  return `user ${userId} rates ${Math.abs(bias).toFixed(2)} ${direction} the average (${size})`;
}

function receptionOf(title: string, { mean, ratings }: Prediction['titleReception']): string {
  if (mean === null) return `"${title}" has no ratings`;
  return `"${title}" averages ${mean.toFixed(2)} from ${ratings} rating${ratings === 1 ? '' : 's'}`;
}

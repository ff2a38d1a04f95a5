/** A trained model in memory: biases and latent factors over dense user and title numbers. */
import type { TitleId } from '../domain.ts';
import { MAX_RATING, MIN_RATING } from '../domain.ts';
import type { BiasRegularisation } from './biases.ts';
import type { TrainOptions } from './options.ts';

export interface FactorModel {
  options: TrainOptions;
  /** The bias pseudo-counts used (estimated from the data when the options say `auto`). */
  biasReg: BiasRegularisation;
  globalMean: number;
  /** Latent factors per user and title (k). */
  factors: number;
  userBias: Float64Array;
  itemBias: Float64Array;
  /** Row-major users × k. */
  userFactors: Float32Array;
  /** Row-major titles × k. */
  itemFactors: Float32Array;
  /** Training ratings per dense user and title: 0 means the model never saw it. */
  userRatings: Int32Array;
  itemRatings: Int32Array;
  /** Dense user number → user id. */
  userIds: Int32Array;
  /** Dense title number → title id. */
  titleIds: readonly TitleId[];
}

export function clipRating(value: number): number {
  return Math.min(MAX_RATING, Math.max(MIN_RATING, value));
}

/** The model's estimate for a dense user and title, clipped to the rating scale. */
export function estimate(model: FactorModel, user: number, item: number): number {
  const k = model.factors;
  const userRow = user * k;
  const itemRow = item * k;
  let dot = 0;
  for (let f = 0; f < k; f++) dot += model.userFactors[userRow + f]! * model.itemFactors[itemRow + f]!;
  return clipRating(model.globalMean + model.userBias[user]! + model.itemBias[item]! + dot);
}

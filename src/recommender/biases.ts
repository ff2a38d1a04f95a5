/**
 * The regularised bias model: rating ≈ global mean + user bias + title bias, each bias shrunk towards
 * zero by its own regularisation (a user or title with few ratings keeps a small bias). Fitted by
 * alternating least squares: each pass solves the titles given the users, then the users given the
 * titles, in closed form — a few passes converge, unlike SGD whose per-rating penalty over-shrinks
 * heavy users.
 */
import type { RatingSet } from './ratings.ts';

export interface BiasRegularisation {
  /** Pseudo-count pulling a user's bias to zero. */
  user: number;
  /** Pseudo-count pulling a title's bias to zero. */
  item: number;
}

export interface Biases {
  globalMean: number;
  user: Float64Array;
  item: Float64Array;
}

export function meanRating(set: RatingSet): number {
  let sum = 0;
  for (let k = 0; k < set.count; k++) sum += set.values[k]!;
  return set.count === 0 ? 0 : sum / set.count;
}

/** Pseudo-counts are kept within these bounds: past the upper one a bias is zero for any realistic count. */
const MIN_SHRINKAGE = 1e-3;
const MAX_SHRINKAGE = 1e6;

/**
 * The pseudo-count that best shrinks group means (per user, or per title) towards the global mean,
 * estimated from the data by the method of moments (empirical Bayes): σ² / τ², with σ² the rating noise
 * within a group and τ² the variance of the groups' true means (their observed variance less the part
 * their sampling noise explains). Groups that differ only by noise get an enormous pseudo-count.
 */
export function estimateShrinkage(set: RatingSet, groups: Int32Array, groupCount: number): number {
  const mean = meanRating(set);
  const count = new Float64Array(groupCount);
  const sum = new Float64Array(groupCount);
  const squares = new Float64Array(groupCount);
  for (let k = 0; k < set.count; k++) {
    const g = groups[k]!;
    const deviation = set.values[k]! - mean;
    count[g]! += 1;
    sum[g]! += deviation;
    squares[g]! += deviation * deviation;
  }
  let within = 0;
  let withinDegrees = 0;
  for (let g = 0; g < groupCount; g++) {
    if (count[g]! < 2) continue;
    within += squares[g]! - (sum[g]! * sum[g]!) / count[g]!;
    withinDegrees += count[g]! - 1;
  }
  if (withinDegrees === 0) return MAX_SHRINKAGE;
  const noise = within / withinDegrees;
  let seen = 0;
  let between = 0;
  let samplingNoise = 0;
  for (let g = 0; g < groupCount; g++) {
    if (count[g] === 0) continue;
    seen++;
    between += (sum[g]! / count[g]!) ** 2;
    samplingNoise += noise / count[g]!;
  }
  const trueVariance = (between - samplingNoise) / seen;
  if (!(trueVariance > 0)) return MAX_SHRINKAGE;
  return Math.min(MAX_SHRINKAGE, Math.max(MIN_SHRINKAGE, noise / trueVariance));
}

export function fitBiases(set: RatingSet, reg: BiasRegularisation, passes: number): Biases {
  const globalMean = meanRating(set);
  const userCount = set.userIds.length;
  const itemCount = set.titleIds.length;
  const user = new Float64Array(userCount);
  const item = new Float64Array(itemCount);
  const userRatings = new Float64Array(userCount);
  const itemRatings = new Float64Array(itemCount);
  for (let k = 0; k < set.count; k++) {
    userRatings[set.users[k]!]! += 1;
    itemRatings[set.items[k]!]! += 1;
  }
  const residuals = new Float64Array(Math.max(userCount, itemCount));
  for (let pass = 0; pass < passes; pass++) {
    residuals.fill(0, 0, itemCount);
    for (let k = 0; k < set.count; k++) {
      residuals[set.items[k]!]! += set.values[k]! - globalMean - user[set.users[k]!]!;
    }
    for (let i = 0; i < itemCount; i++) item[i] = residuals[i]! / (reg.item + itemRatings[i]!);
    residuals.fill(0, 0, userCount);
    for (let k = 0; k < set.count; k++) {
      residuals[set.users[k]!]! += set.values[k]! - globalMean - item[set.items[k]!]!;
    }
    for (let u = 0; u < userCount; u++) user[u] = residuals[u]! / (reg.user + userRatings[u]!);
  }
  return { globalMean, user, item };
}

/** Held-out quality: rating error (RMSE, MAE) and how well the recommend/skip verdict agrees with the truth. */
import type { RatingSet } from './ratings.ts';

export interface ErrorMetrics {
  rmse: number;
  mae: number;
}

export interface VerdictMetrics {
  /** Of the pairs recommended, the share the user rated at or above the threshold. */
  precision: number;
  /** Of the pairs the user rated at or above the threshold, the share recommended. */
  recall: number;
  f1: number;
}

export type Estimator = (user: number, item: number) => number;

export function errorMetrics(set: RatingSet, estimate: Estimator): ErrorMetrics {
  let squared = 0;
  let absolute = 0;
  for (let x = 0; x < set.count; x++) {
    const error = set.values[x]! - estimate(set.users[x]!, set.items[x]!);
    squared += error * error;
    absolute += Math.abs(error);
  }
  const n = Math.max(1, set.count);
  return { rmse: Math.sqrt(squared / n), mae: absolute / n };
}

export function verdictMetrics(set: RatingSet, estimate: Estimator, threshold: number): VerdictMetrics {
  let truePositives = 0;
  let predictedPositives = 0;
  let actualPositives = 0;
  for (let x = 0; x < set.count; x++) {
    const recommended = estimate(set.users[x]!, set.items[x]!) >= threshold;
    const liked = set.values[x]! >= threshold;
    if (recommended) predictedPositives++;
    if (liked) actualPositives++;
    if (recommended && liked) truePositives++;
  }
  const precision = predictedPositives === 0 ? 0 : truePositives / predictedPositives;
  const recall = actualPositives === 0 ? 0 : truePositives / actualPositives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Biased matrix factorisation: rating ≈ μ + b_u + b_i + p_u·q_i. The biases are fitted first by
 * regularised ALS (see biases.ts); stochastic gradient descent then fits the factors to what the
 * biases leave unexplained, visiting the ratings in one seeded, fixed shuffled order every epoch.
 */
import { type BiasRegularisation, estimateShrinkage, fitBiases } from './biases.ts';
import type { FactorModel } from './model.ts';
import type { TrainOptions } from './options.ts';
import { createPrng, shuffledIndices } from './prng.ts';
import { countPer, type RatingSet, selectRatings } from './ratings.ts';

export interface EpochReport {
  epoch: number;
  epochs: number;
  /** Training RMSE over the epoch, measured before each update. */
  loss: number;
  elapsedMs: number;
}

/** ALS passes for the biases: the held-out error stops moving after two. */
const BIAS_PASSES = 3;
/** Initial factors are uniform in ±INIT_SCALE/√k, so the initial dot products stay small whatever k is. */
const INIT_SCALE = 0.1;

export function trainModel(
  set: RatingSet,
  options: TrainOptions,
  onEpoch: (report: EpochReport) => void = () => {},
): FactorModel {
  const started = performance.now();
  const prng = createPrng(options.seed);
  const userCount = set.userIds.length;
  const itemCount = set.titleIds.length;
  const biasReg: BiasRegularisation = {
    user: options.userBiasReg === 'auto' ? estimateShrinkage(set, set.users, userCount) : options.userBiasReg,
    item: options.itemBiasReg === 'auto' ? estimateShrinkage(set, set.items, itemCount) : options.itemBiasReg,
  };
  const biases = fitBiases(set, biasReg, BIAS_PASSES);
  const k = options.factors;
  const userFactors = randomFactors(userCount * k, k, prng);
  const itemFactors = randomFactors(itemCount * k, k, prng);
  const userRatings = countPer(set.users, userCount);
  const itemRatings = countPer(set.items, itemCount);

  if (k > 0 && options.epochs > 0) {
    const shuffled = selectRatings(set, shuffledIndices(set.count, prng));
    const residuals = residualsAfterBiases(shuffled, biases.globalMean, biases.user, biases.item);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const squaredError = sgdEpoch(shuffled, residuals, userFactors, itemFactors, k, options);
      onEpoch({
        epoch,
        epochs: options.epochs,
        loss: Math.sqrt(squaredError / Math.max(1, set.count)),
        elapsedMs: performance.now() - started,
      });
    }
  }
  // Users or titles absent from the training data keep no random factors: they get biases only.
  zeroUnseen(userFactors, userRatings, k);
  zeroUnseen(itemFactors, itemRatings, k);
  return {
    options,
    biasReg,
    globalMean: biases.globalMean,
    factors: k,
    userBias: biases.user,
    itemBias: biases.item,
    userFactors,
    itemFactors,
    userRatings,
    itemRatings,
    userIds: set.userIds,
    titleIds: set.titleIds,
  };
}

function randomFactors(length: number, k: number, prng: ReturnType<typeof createPrng>): Float32Array {
  const scale = k > 0 ? INIT_SCALE / Math.sqrt(k) : 0;
  const factors = new Float32Array(length);
  for (let i = 0; i < length; i++) factors[i] = (prng.next() * 2 - 1) * scale;
  return factors;
}

function residualsAfterBiases(
  set: RatingSet,
  mean: number,
  user: Float64Array,
  item: Float64Array,
): Float32Array {
  const residuals = new Float32Array(set.count);
  for (let x = 0; x < set.count; x++) {
    residuals[x] = set.values[x]! - mean - user[set.users[x]!]! - item[set.items[x]!]!;
  }
  return residuals;
}

/** One pass of SGD over the factors; returns the summed squared error seen on the way. */
function sgdEpoch(
  set: RatingSet,
  residuals: Float32Array,
  userFactors: Float32Array,
  itemFactors: Float32Array,
  k: number,
  options: TrainOptions,
): number {
  const { users, items, count } = set;
  const lr = options.learningRate;
  const reg = options.regularisation;
  let squaredError = 0;
  for (let x = 0; x < count; x++) {
    const userRow = users[x]! * k;
    const itemRow = items[x]! * k;
    let dot = 0;
    for (let f = 0; f < k; f++) dot += userFactors[userRow + f]! * itemFactors[itemRow + f]!;
    const error = residuals[x]! - dot;
    squaredError += error * error;
    for (let f = 0; f < k; f++) {
      const p = userFactors[userRow + f]!;
      const q = itemFactors[itemRow + f]!;
      userFactors[userRow + f] = p + lr * (error * q - reg * p);
      itemFactors[itemRow + f] = q + lr * (error * p - reg * q);
    }
  }
  return squaredError;
}

function zeroUnseen(factors: Float32Array, ratings: Int32Array, k: number): void {
  for (let row = 0; row < ratings.length; row++) {
    if (ratings[row] === 0) factors.fill(0, row * k, row * k + k);
  }
}

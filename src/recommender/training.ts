/**
 * `streambot train` as a function: read the ratings from the store, optionally measure the model on
 * a seeded hold-out split against two baselines, train the final model on every rating, and save it
 * into the store atomically.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { logger } from '../log.ts';
import { readBuildInfo } from '../store/build-info.ts';
import { openStore } from '../store/open.ts';
import { type Biases, type BiasRegularisation, fitBiases, meanRating } from './biases.ts';
import {
  type ErrorMetrics,
  type Estimator,
  errorMetrics,
  type VerdictMetrics,
  verdictMetrics,
} from './evaluate.ts';
import { clipRating, estimate, type FactorModel } from './model.ts';
import { BASELINE_BIAS_REG, type TrainOptions } from './options.ts';
import { readPackedRatings } from './packed-ratings.ts';
import { saveModel } from './persist.ts';
import { DEFAULT_RECOMMEND_THRESHOLD } from './predict.ts';
import { type RatingSet, ratedTitlesByUser, readRatings, splitHoldout, starCountsByUser } from './ratings.ts';
import { type EpochReport, trainModel } from './train.ts';

export type TrainPhase = 'holdout' | 'final';

/** Where the ratings were read from: the ETL's packed copy, or the `ratings` table when that is unusable. */
export type RatingsSource = 'packed' | 'table';

/** The steps of a run besides the epochs, for progress output. */
export type TrainStep =
  | { kind: 'read'; ratings: number; ms: number; source: RatingsSource }
  | { kind: 'saving' };

export interface TrainStoreOptions {
  options: TrainOptions;
  /** Share of ratings to hold out for evaluation first (0 < f < 1); none when absent. */
  holdout?: number;
  threshold?: number;
  onEpoch?: (phase: TrainPhase, report: EpochReport) => void;
  onStep?: (step: TrainStep) => void;
}

export interface HoldoutReport {
  fraction: number;
  seed: number;
  trainRatings: number;
  testRatings: number;
  threshold: number;
  globalMean: ErrorMetrics;
  /** The classic regularised user + title bias model (pseudo-counts 15 and 10, ALS). */
  biasBaseline: ErrorMetrics & VerdictMetrics;
  model: ErrorMetrics & VerdictMetrics;
  /** The model with its factors switched off: what its biases alone achieve (the factors' share is the difference). */
  modelBiasesOnly: ErrorMetrics;
}

export interface TrainSummary {
  store: string;
  dataBuildId: string | null;
  options: TrainOptions;
  /** The bias pseudo-counts the final model used (estimated when the options say `auto`). */
  biasReg: BiasRegularisation;
  ratings: number;
  users: number;
  titles: number;
  ratingsSource: RatingsSource;
  readMs: number;
  holdout: HoldoutReport | null;
  /** Training RMSE of the final model's last epoch (its biases' when there are no epochs). */
  finalLoss: number;
  trainMs: number;
  saveMs: number;
  wallMs: number;
}

const CLASSIC_BIAS_PASSES = 10;

export async function trainStore(storePath: string, run: TrainStoreOptions): Promise<TrainSummary> {
  const started = performance.now();
  const threshold = run.threshold ?? DEFAULT_RECOMMEND_THRESHOLD;
  const store = openStore(storePath);
  let read: { ratings: RatingSet; source: RatingsSource };
  let dataBuildId: string | null;
  try {
    dataBuildId = readBuildInfo(store.sqlite)?.buildId ?? null;
    read = readTrainingRatings(store.sqlite, storePath);
  } finally {
    store.close();
  }
  const { ratings } = read;
  const readMs = performance.now() - started;
  run.onStep?.({ kind: 'read', ratings: ratings.count, ms: readMs, source: read.source });

  const holdout =
    run.holdout === undefined
      ? null
      : evaluateHoldout(ratings, run.options, run.holdout, threshold, (report) =>
          run.onEpoch?.('holdout', report),
        );

  const trainStarted = performance.now();
  let finalLoss = Number.NaN;
  const model = trainModel(ratings, run.options, (report) => {
    finalLoss = report.loss;
    run.onEpoch?.('final', report);
  });
  if (Number.isNaN(finalLoss)) finalLoss = errorMetrics(ratings, modelEstimator(model)).rmse;
  const trainMs = performance.now() - trainStarted;

  const saveStarted = performance.now();
  run.onStep?.({ kind: 'saving' });
  const rated = ratedTitlesByUser(ratings);
  await saveModel(storePath, {
    model,
    rated,
    starCounts: starCountsByUser(ratings),
    trainedAt: new Date().toISOString(),
    dataBuildId,
    trainMs,
    metrics: {
      final_train_rmse: finalLoss,
      // A user rating a title again: the data keeps every rating, the model learns from each.
      repeated_ratings: ratings.count - rated.titles.length,
      ...(holdout ? holdoutMetrics(holdout) : {}),
    },
  });
  return {
    store: storePath,
    dataBuildId,
    options: run.options,
    biasReg: model.biasReg,
    ratings: ratings.count,
    users: ratings.userIds.length,
    titles: ratings.titleIds.length,
    ratingsSource: read.source,
    readMs,
    holdout,
    finalLoss,
    trainMs,
    saveMs: performance.now() - saveStarted,
    wallMs: performance.now() - started,
  };
}

/**
 * The ratings from the ETL's packed copy, checksums verified; from the `ratings` table (the data of record,
 * the same ratings in the same order, only slower) when the copy is missing or fails a check, with a
 * warning saying why.
 */
export function readTrainingRatings(
  sqlite: BetterSqlite3.Database,
  storePath: string,
): { ratings: RatingSet; source: RatingsSource } {
  const packed = readPackedRatings(sqlite);
  if (packed.ok) return { ratings: packed.ratings, source: 'packed' };
  logger.warn(
    { store: storePath, reason: packed.reason },
    `training reads the ratings table instead of the packed copy: ${packed.reason}`,
  );
  return { ratings: readRatings(sqlite), source: 'table' };
}

export function evaluateHoldout(
  ratings: RatingSet,
  options: TrainOptions,
  fraction: number,
  threshold: number,
  onEpoch?: (report: EpochReport) => void,
): HoldoutReport {
  const { train, test } = splitHoldout(ratings, fraction, options.seed);
  const model = trainModel(train, options, onEpoch);
  const classic = fitBiases(train, BASELINE_BIAS_REG, CLASSIC_BIAS_PASSES);
  const mean = meanRating(train);
  const modelEstimate = modelEstimator(model);
  const classicEstimate = biasEstimator(classic);
  return {
    fraction,
    seed: options.seed,
    trainRatings: train.count,
    testRatings: test.count,
    threshold,
    globalMean: errorMetrics(test, () => clipRating(mean)),
    biasBaseline: {
      ...errorMetrics(test, classicEstimate),
      ...verdictMetrics(test, classicEstimate, threshold),
    },
    model: { ...errorMetrics(test, modelEstimate), ...verdictMetrics(test, modelEstimate, threshold) },
    modelBiasesOnly: errorMetrics(
      test,
      biasEstimator({ globalMean: model.globalMean, user: model.userBias, item: model.itemBias }),
    ),
  };
}

function modelEstimator(model: FactorModel): Estimator {
  return (user, item) => estimate(model, user, item);
}

function biasEstimator(biases: Biases): Estimator {
  return (user, item) => clipRating(biases.globalMean + biases.user[user]! + biases.item[item]!);
}

/** Flat `holdout_<part>_<metric>` names for the model_metrics table. */
function holdoutMetrics(report: HoldoutReport): Record<string, number> {
  const metrics: Record<string, number> = {
    holdout_fraction: report.fraction,
    holdout_seed: report.seed,
    holdout_threshold: report.threshold,
  };
  const parts = {
    global_mean: report.globalMean,
    bias_baseline: report.biasBaseline,
    model: report.model,
    model_biases_only: report.modelBiasesOnly,
  };
  for (const [part, values] of Object.entries(parts)) {
    for (const [name, value] of Object.entries(values)) metrics[`holdout_${part}_${name}`] = value;
  }
  return metrics;
}

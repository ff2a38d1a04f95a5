/** The README's evaluation, asserted: on the real ratings the default model meets the bar. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveTrainOptions } from '../../src/recommender/options.ts';
import { type RatingSet, readRatings } from '../../src/recommender/ratings.ts';
import { evaluateHoldout, type HoldoutReport } from '../../src/recommender/training.ts';
import { openStore } from '../../src/store/open.ts';
import { REAL_STORE_PATH } from './stores.ts';

describe.skipIf(!REAL_STORE_PATH)('the default model on an 80/20 hold-out of the real ratings', () => {
  let report: HoldoutReport;
  beforeAll(() => {
    const store = openStore(REAL_STORE_PATH!);
    let ratings: RatingSet;
    try {
      ratings = readRatings(store.sqlite);
    } finally {
      store.close();
    }
    report = evaluateHoldout(ratings, resolveTrainOptions(), 0.2, 3.5, undefined);
  }, 180_000);

  it('reaches RMSE 0.965 or better', () => {
    expect(report.testRatings + report.trainRatings).toBe(11_024_289);
    expect(report.testRatings / 11_024_289).toBeCloseTo(0.2, 2);
    expect(report.model.rmse).toBeLessThanOrEqual(0.965);
  });

  it('beats the global mean and the classic user + title bias baseline', () => {
    expect(report.model.rmse).toBeLessThan(report.globalMean.rmse);
    expect(report.model.rmse).toBeLessThan(report.biasBaseline.rmse);
    expect(report.model.mae).toBeLessThan(report.biasBaseline.mae);
  });

  it('gets no measurable help from the factors: titles carry no signal here', () => {
    expect(Math.abs(report.model.rmse - report.modelBiasesOnly.rmse)).toBeLessThan(1e-4);
  });
});

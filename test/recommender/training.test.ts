import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titleIdOf } from '../../src/domain.ts';
import { estimateShrinkage, fitBiases, meanRating } from '../../src/recommender/biases.ts';
import {
  DEFAULT_TRAIN_OPTIONS,
  resolveTrainOptions,
  TrainOptionsError,
} from '../../src/recommender/options.ts';
import { createPrng, shuffledIndices } from '../../src/recommender/prng.ts';
import {
  type RatingSet,
  ratedTitlesByUser,
  readRatings,
  splitHoldout,
} from '../../src/recommender/ratings.ts';
import { servingModel } from '../../src/recommender/serving.ts';
import { type EpochReport, trainModel } from '../../src/recommender/train.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { DEMO_STORE_PATH } from './stores.ts';

/** Ratings built in memory: `users` users whose true means spread by `spread`, each rating one noisy draw. */
function syntheticRatings(users: number, perUser: number, spread: number, seed: number): RatingSet {
  const prng = createPrng(seed);
  const count = users * perUser;
  const set = {
    count,
    users: new Int32Array(count),
    items: new Int32Array(count),
    values: new Float32Array(count),
    userIds: Int32Array.from({ length: users }, (_, u) => u + 1),
    titleIds: Array.from({ length: 50 }, (_, i) => titleIdOf('netflix', `s${i + 1}`)),
  };
  for (let u = 0; u < users; u++) {
    const userMean = 3 + (prng.next() * 2 - 1) * spread;
    for (let r = 0; r < perUser; r++) {
      const k = u * perUser + r;
      set.users[k] = u;
      set.items[k] = prng.below(50);
      set.values[k] = userMean + (prng.next() * 2 - 1);
    }
  }
  return set;
}

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createPrng(seed).next);
    const a = createPrng(7);
    const b = createPrng(7);
    expect(Array.from({ length: 5 }, a.next)).toEqual(Array.from({ length: 5 }, b.next));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('shuffles into a permutation', () => {
    const order = shuffledIndices(1000, createPrng(1));
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...order]).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});

describe('bias regularisation estimated from the data', () => {
  it('is enormous when groups differ only by noise', () => {
    expect(
      estimateShrinkage(syntheticRatings(400, 30, 0, 3), syntheticRatings(400, 30, 0, 3).users, 400),
    ).toBe(1e6);
  });

  it('is the noise-to-signal ratio when groups really differ', () => {
    // Uniform noise ±1 has variance 1/3; uniform user means ±1 have variance 1/3: ratio 1.
    const set = syntheticRatings(2000, 40, 1, 5);
    expect(estimateShrinkage(set, set.users, 2000)).toBeGreaterThan(0.8);
    expect(estimateShrinkage(set, set.users, 2000)).toBeLessThan(1.25);
  });

  it('shrinks a user bias by its pseudo-count', () => {
    const set = syntheticRatings(3, 10, 1, 9);
    const biases = fitBiases(set, { user: 4, item: 1e9 }, 3);
    const mean = meanRating(set);
    let sum = 0;
    for (let k = 0; k < 10; k++) sum += set.values[k]! - mean;
    expect(biases.user[0]).toBeCloseTo(sum / (10 + 4), 6);
    expect(Math.abs(biases.item[0]!)).toBeLessThan(1e-6);
  });
});

describe('training options', () => {
  it('defaults, overrides and rejects out-of-range values', () => {
    expect(resolveTrainOptions()).toEqual(DEFAULT_TRAIN_OPTIONS);
    expect(resolveTrainOptions({ factors: 3, seed: undefined }).factors).toBe(3);
    expect(() => resolveTrainOptions({ learningRate: -1 })).toThrow(TrainOptionsError);
    expect(() => resolveTrainOptions({ factors: 2.5 })).toThrow(/factors/);
  });
});

describe.skipIf(!DEMO_STORE_PATH)('training on the demo store', () => {
  let store: Store;
  let ratings: RatingSet;
  beforeAll(() => {
    store = openStore(DEMO_STORE_PATH);
    ratings = readRatings(store.sqlite);
  });
  afterAll(() => store.close());

  it('reads every rating row with dense users and titles', () => {
    const rows = store.sqlite.prepare('SELECT count(*) FROM ratings').pluck().get();
    const users = store.sqlite.prepare('SELECT count(DISTINCT user_id) FROM ratings').pluck().get();
    expect(ratings.count).toBe(rows);
    expect(ratings.userIds.length).toBe(users);
    expect(ratings.titleIds.length).toBe(store.sqlite.prepare('SELECT count(*) FROM titles').pluck().get());
  });

  it('gives the same model for the same seed, and another for another seed', () => {
    const options = resolveTrainOptions({ epochs: 4 });
    const a = trainModel(ratings, options);
    const b = trainModel(ratings, options);
    const c = trainModel(ratings, { ...options, seed: options.seed + 1 });
    expect(b.userFactors).toEqual(a.userFactors);
    expect(b.itemFactors).toEqual(a.itemFactors);
    expect(b.userBias).toEqual(a.userBias);
    expect(c.userFactors).not.toEqual(a.userFactors);
  });

  it('matches, bit for bit, the model the test setup trained and saved with the defaults', () => {
    const saved = servingModel(store);
    if (!saved) expect.fail('the demo test store has no model');
    const fresh = trainModel(ratings, resolveTrainOptions());
    expect(saved.model.titleIds).toEqual(fresh.titleIds);
    const k = fresh.factors;
    // The store lists users by id; training numbers them in order of first rating.
    const freshRow = new Map([...fresh.userIds].map((id, u) => [id, u]));
    saved.model.userIds.forEach((userId, u) => {
      const f = freshRow.get(userId)!;
      expect(saved.model.userBias[u]).toBe(fresh.userBias[f]);
      expect(saved.model.userFactors.subarray(u * k, u * k + k)).toEqual(
        fresh.userFactors.subarray(f * k, f * k + k),
      );
    });
    expect(saved.model.itemFactors).toEqual(fresh.itemFactors);
    expect(saved.model.globalMean).toBe(fresh.globalMean);
  });

  it('lowers the training loss from epoch to epoch, reporting each', () => {
    const reports: EpochReport[] = [];
    trainModel(ratings, resolveTrainOptions({ epochs: 5, regularisation: 0.01, learningRate: 0.02 }), (r) =>
      reports.push(r),
    );
    expect(reports.map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5]);
    expect(reports[4]!.loss).toBeLessThan(reports[0]!.loss);
    expect(reports.every((r, i) => i === 0 || r.elapsedMs >= reports[i - 1]!.elapsedMs)).toBe(true);
  });

  it('splits the hold-out reproducibly, keeping every rating exactly once', () => {
    const first = splitHoldout(ratings, 0.2, 11);
    const again = splitHoldout(ratings, 0.2, 11);
    const other = splitHoldout(ratings, 0.2, 12);
    expect(first.test.count / ratings.count).toBeCloseTo(0.2, 1);
    expect(other.test.values).not.toEqual(first.test.values);
    expect(first.train.count + first.test.count).toBe(ratings.count);
    expect(again.test.values).toEqual(first.test.values);
    const total = (set: RatingSet) => set.values.reduce((sum, v) => sum + v, 0);
    expect(total(first.train) + total(first.test)).toBeCloseTo(total(ratings), 3);
  });

  it('holds a rating out by its user and title, not by where its row sits', () => {
    const reversed = {
      ...ratings,
      users: ratings.users.toReversed(),
      items: ratings.items.toReversed(),
      values: ratings.values.toReversed(),
    };
    const pairs = (set: RatingSet) =>
      Array.from(set.users, (u, k) => `${set.userIds[u]}:${set.titleIds[set.items[k]!]}`).sort();
    expect(pairs(splitHoldout(reversed, 0.2, 11).test)).toEqual(pairs(splitHoldout(ratings, 0.2, 11).test));
  });

  it("lists each user's rated titles once, ascending", () => {
    const rated = ratedTitlesByUser(ratings);
    const user = ratings.users[0]!;
    const titles = [...rated.titles.subarray(rated.start[user]!, rated.start[user + 1]!)];
    const expected = new Set<number>();
    for (let k = 0; k < ratings.count; k++) if (ratings.users[k] === user) expected.add(ratings.items[k]!);
    expect(titles).toEqual([...expected].sort((a, b) => a - b));
  });
});

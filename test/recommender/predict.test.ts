import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEtl } from '../../etl/index.ts';
import { clipRating } from '../../src/recommender/model.ts';
import { DEFAULT_RECOMMEND_THRESHOLD, predict } from '../../src/recommender/predict.ts';
import { servingModel } from '../../src/recommender/serving.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { answerOf, errorOf, STORE_PATHS, scratchDir } from './stores.ts';

interface UserTitle {
  userId: number;
  titleId: string;
}

/** The estimate recomputed from the model tables themselves (biases and float32 factor BLOBs). */
function estimateFromTables(store: Store, { userId, titleId }: UserTitle): number {
  const mean = store.sqlite.prepare('SELECT global_mean FROM model_info').pluck().get() as number;
  const user = store.sqlite
    .prepare('SELECT bias, factors FROM model_users WHERE user_id = ?')
    .get(userId) as {
    bias: number;
    factors: Buffer;
  };
  const title = store.sqlite
    .prepare('SELECT bias, factors FROM model_titles WHERE title_id = ?')
    .get(titleId) as {
    bias: number;
    factors: Buffer;
  };
  let dot = 0;
  for (let offset = 0; offset < user.factors.length; offset += 4) {
    dot += user.factors.readFloatLE(offset) * title.factors.readFloatLE(offset);
  }
  return clipRating(mean + user.bias + title.bias + dot);
}

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`predict on the ${name} store`, () => {
    let store: Store;
    let rated: UserTitle & { rating: number };
    let unratedByHeavyUser: UserTitle;
    let unknownUser: number;
    beforeAll(() => {
      store = openStore(path!);
      rated = store.sqlite
        .prepare('SELECT user_id AS userId, title_id AS titleId, rating FROM ratings LIMIT 1 OFFSET 1000')
        .get() as typeof rated;
      const heavy = store.sqlite
        .prepare('SELECT user_id FROM model_users ORDER BY rating_count DESC, user_id LIMIT 1')
        .pluck()
        .get() as number;
      const unrated = store.sqlite
        .prepare(
          `SELECT id FROM titles WHERE id NOT IN (SELECT title_id FROM ratings WHERE user_id = ?) ORDER BY id LIMIT 1`,
        )
        .pluck()
        .get(heavy) as string;
      unratedByHeavyUser = { userId: heavy, titleId: unrated };
      unknownUser = (store.sqlite.prepare('SELECT max(user_id) FROM ratings').pluck().get() as number) + 1;
    });
    afterAll(() => store.close());

    it('estimates from the saved biases and factors, clipped to the rating scale', () => {
      for (const pair of [rated, unratedByHeavyUser]) {
        const p = answerOf(predict(store, pair.userId, pair.titleId));
        expect(p.estimate).toBeCloseTo(estimateFromTables(store, pair), 5);
        expect(p.estimate).toBeGreaterThanOrEqual(0.5);
        expect(p.estimate).toBeLessThanOrEqual(5);
        expect(p.coldStart).toBe(false);
        expect(p.basis).toBe('user-and-title');
        expect(p.title.id).toBe(pair.titleId);
        expect(p.reason).toContain(`user ${pair.userId}`);
        expect(p.reason).toContain(p.title.title);
      }
    });

    it('gives the same answer every time (the model is loaded once per store)', () => {
      const first = answerOf(predict(store, rated.userId, rated.titleId));
      expect(servingModel(store)).toBe(servingModel(store));
      expect(answerOf(predict(store, rated.userId, rated.titleId))).toEqual(first);
    });

    it('recommends exactly when the estimate reaches the threshold', () => {
      const { estimate } = answerOf(predict(store, rated.userId, rated.titleId));
      expect(answerOf(predict(store, rated.userId, rated.titleId)).verdict).toBe(
        estimate >= DEFAULT_RECOMMEND_THRESHOLD ? 'recommend' : 'skip',
      );
      const at = answerOf(predict(store, rated.userId, rated.titleId, { threshold: estimate }));
      expect(at.verdict).toBe('recommend');
      expect(at.threshold).toBe(estimate);
      if (estimate + 0.01 <= 5) {
        expect(
          answerOf(predict(store, rated.userId, rated.titleId, { threshold: estimate + 0.01 })).verdict,
        ).toBe('skip');
      }
      expect(errorOf(predict(store, rated.userId, rated.titleId, { threshold: 7 })).code).toBe(
        'invalid_threshold',
      );
    });

    it("answers a user it has never seen from the title's score alone, and says so", () => {
      const p = answerOf(predict(store, unknownUser, rated.titleId));
      const score = store.sqlite
        .prepare('SELECT score_mean FROM title_scores WHERE title_id = ?')
        .pluck()
        .get(rated.titleId) as number;
      expect(p.coldStart).toBe(true);
      expect(p.basis).toBe('title-only');
      expect(p.userTendency).toBeNull();
      expect(p.estimate).toBeCloseTo(clipRating(score), 10);
      expect(p.reason).toMatch(/new to the model/);
    });

    it('resolves a title given by its exact text', () => {
      const unique = store.sqlite
        .prepare('SELECT id, title FROM titles GROUP BY title HAVING count(*) = 1 ORDER BY id LIMIT 1')
        .get() as { id: string; title: string };
      expect(answerOf(predict(store, rated.userId, unique.title.toUpperCase())).title.id).toBe(unique.id);
    });

    it('rejects an unknown title id, and unknown or ambiguous text, suggesting titles', () => {
      expect(errorOf(predict(store, rated.userId, 'ns999999')).code).toBe('unknown_title');
      const title = store.sqlite
        .prepare('SELECT title FROM titles WHERE id = ?')
        .pluck()
        .get(rated.titleId) as string;
      const typo = errorOf(predict(store, rated.userId, `${title} zzqx`));
      expect(typo.code).toBe('unknown_title');
      const shared = store.sqlite
        .prepare('SELECT title FROM titles GROUP BY title HAVING count(*) > 1 ORDER BY title LIMIT 1')
        .pluck()
        .get() as string;
      const ambiguous = errorOf(predict(store, rated.userId, shared));
      expect(ambiguous.code).toBe('ambiguous_title');
      expect(ambiguous.suggestions!.length).toBeGreaterThan(1);
      for (const suggestion of ambiguous.suggestions!) {
        const id = suggestion.split(':')[0]!;
        expect(store.sqlite.prepare('SELECT title FROM titles WHERE id = ?').pluck().get(id)).toBe(shared);
      }
    });

    it('rejects a user id that is not a positive whole number', () => {
      for (const bad of [0, -3, 1.5, Number.NaN]) {
        expect(errorOf(predict(store, bad, rated.titleId)).code).toBe('invalid_user');
      }
    });
  });
}

describe('a store without a model', () => {
  const scratch = scratchDir();
  let store: Store;
  beforeAll(async () => {
    const path = `${scratch.dir}/untrained.db`;
    await runEtl({ rawDir: 'data/demo', dbPath: path });
    store = openStore(path);
  });
  afterAll(() => {
    store.close();
    scratch.cleanup();
  });

  it('answers model_missing, telling how to train', () => {
    const error = errorOf(predict(store, 1, 'ns1'));
    expect(error.code).toBe('model_missing');
    expect(error.message).toMatch(/streambot train/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predict } from '../../src/recommender/predict.ts';
import { EVEN_SPREAD, MAX_RECOMMENDATIONS, recommendFor } from '../../src/recommender/recommend.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { answerOf, errorOf, STORE_PATHS } from './stores.ts';

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`recommendFor on the ${name} store`, () => {
    let store: Store;
    let userId: number;
    let ratedByUser: Set<string>;
    beforeAll(() => {
      store = openStore(path!);
      userId = store.sqlite
        .prepare('SELECT user_id FROM ratings GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 1')
        .pluck()
        .get() as number;
      ratedByUser = new Set(
        store.sqlite
          .prepare('SELECT title_id FROM ratings WHERE user_id = ?')
          .pluck()
          .all(userId) as string[],
      );
    });
    afterAll(() => store.close());

    it("lists the user's best estimates, best first, leaving out every title they rated", () => {
      const r = answerOf(recommendFor(store, userId, { limit: 20 }));
      expect(r.titles).toHaveLength(20);
      expect(r.coldStart).toBe(false);
      expect(r.alreadyRated).toBe(ratedByUser.size);
      for (const title of r.titles) expect(ratedByUser.has(title.id)).toBe(false);
      const estimates = r.titles.map((t) => t.estimate);
      const best = answerOf(recommendFor(store, userId, { limit: 1 })).titles[0]!.estimate;
      if (best - Math.min(...estimates) >= EVEN_SPREAD)
        expect(estimates).toEqual([...estimates].sort((a, b) => b - a));
      // Estimates the model cannot tell apart are ordered by the user's taste, never below the best's band.
      else for (const estimate of estimates) expect(estimate).toBeGreaterThan(best - EVEN_SPREAD);
      for (const title of r.titles.slice(0, 5)) {
        expect(answerOf(predict(store, userId, title.id)).estimate).toBe(title.estimate);
      }
    });

    it('finds the best unrated title over the whole catalog', () => {
      const [best] = answerOf(recommendFor(store, userId, { limit: 1 })).titles;
      const sample = store.sqlite.prepare('SELECT id FROM titles ORDER BY id').pluck().all() as string[];
      const step = Math.max(1, Math.floor(sample.length / 500));
      for (let i = 0; i < sample.length; i += step) {
        const id = sample[i]!;
        if (ratedByUser.has(id)) continue;
        expect(answerOf(predict(store, userId, id)).estimate).toBeLessThanOrEqual(best!.estimate);
      }
    });

    it('keeps to the platform and type asked for, by alias too', () => {
      const r = answerOf(recommendFor(store, userId, { platform: 'prime video', type: 'tv show', limit: 5 }));
      expect(r.platform).toBe('amazon');
      expect(r.type).toBe('tv show');
      expect(r.titles.length).toBeGreaterThan(0);
      for (const t of r.titles) {
        expect(t.platform).toBe('amazon');
        expect(t.type).toBe('tv show');
      }
    });

    it('ranks titles by their score alone for a user it has never seen', () => {
      const unknown = (store.sqlite.prepare('SELECT max(user_id) FROM ratings').pluck().get() as number) + 1;
      const r = answerOf(recommendFor(store, unknown, { limit: 3 }));
      expect(r.coldStart).toBe(true);
      expect(r.alreadyRated).toBe(0);
      const best = store.sqlite.prepare('SELECT max(score_mean) FROM title_scores').pluck().get() as number;
      expect(r.titles[0]!.estimate).toBeCloseTo(Math.min(5, best), 10);
    });

    it('rejects an unknown platform, an unknown type and a bad limit', () => {
      const platform = errorOf(recommendFor(store, userId, { platform: 'netflx' }));
      expect(platform.code).toBe('unknown_platform');
      expect(platform.suggestions).toEqual(['netflix']);
      expect(errorOf(recommendFor(store, userId, { type: 'podcast' })).code).toBe('invalid_type');
      for (const limit of [0, MAX_RECOMMENDATIONS + 1, 2.5]) {
        expect(errorOf(recommendFor(store, userId, { limit })).code).toBe('invalid_limit');
      }
      expect(errorOf(recommendFor(store, -1)).code).toBe('invalid_user');
    });
  });
}

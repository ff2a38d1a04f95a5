/**
 * Picks a person can act on: for up to 1,000 seeded users with at least 5 ratings, every pick of
 * `recommendFor` names, as its reason, one of the titles that user rated, with their own rating of it
 * (read back from the `ratings` table), on the demo store and, when configured, the real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/random.ts';
import { recommendFor } from '../../src/recommender/recommend.ts';
import type { Store } from '../../src/store/open.ts';
import { openTestStore, STORE_PATHS } from '../catalog/stores.ts';

const USERS = 1_000;

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(path === null)(`reasons of the picks on the ${name} store`, () => {
    let store: Store;
    beforeAll(() => {
      store = openTestStore(path!);
    });
    afterAll(() => store?.close());

    it('gives every pick a reason naming one of the user’s own titles, with their rating of it', () => {
      const candidates = store.sqlite
        .prepare('SELECT user_id FROM model_users WHERE rating_count >= 5 ORDER BY user_id')
        .pluck()
        .all() as number[];
      const random = seededRandom(20_261_128);
      const users = candidates
        .map((user) => ({ user, key: random() }))
        .sort((a, b) => a.key - b.key)
        .slice(0, USERS)
        .map((u) => u.user);
      expect(users.length).toBeGreaterThan(0);
      // The sampled users' own ratings, in one pass over the table (it has no index by user).
      const wanted = new Set(users);
      const own = new Map<string, number>();
      const rows = store.sqlite.prepare('SELECT user_id, title_id, rating FROM ratings').raw(true).iterate();
      for (const [user, title, rating] of rows as Iterable<[number, string, number]>) {
        if (!wanted.has(user)) continue;
        const key = `${user}|${title}`;
        own.set(key, Math.max(own.get(key) ?? 0, rating));
      }
      const ratingOf = { get: (user: number, title: string) => own.get(`${user}|${title}`) };
      let picks = 0;
      for (const user of users) {
        const result = recommendFor(store, user, { limit: 5 });
        if (!result.ok) expect.fail(result.error.message);
        for (const pick of result.value.titles) {
          picks++;
          expect(pick.because, `user ${user}, pick ${pick.id}`).toBeDefined();
          expect(ratingOf.get(user, pick.because!.id)).toBe(pick.because!.stars);
        }
      }
      expect(picks).toBeGreaterThan(users.length);
    });
  });
}

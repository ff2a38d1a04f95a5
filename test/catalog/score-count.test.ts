import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEST_SCORED_SHOWN, getScoreCount } from '../../src/catalog/index.ts';
import type { Platform } from '../../src/domain.ts';
import type { Store } from '../../src/store/open.ts';
import { compare, type MovieMean, Oracle } from './oracle.ts';
import { answerOf, errorOf, openTestStore, platformYears, STORE_PATHS } from './stores.ts';

const THRESHOLDS = [0, 1, 2.5, 3, 3.3, 3.4, 3.5, 3.6, 3.7, 4, 4.5, 5];

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`getScoreCount on the ${name} store`, () => {
    let store: Store;
    let means: Map<string, MovieMean>;
    const moviesOf = (platform: Platform, year: number) =>
      [...means.values()].filter((m) => m.platform === platform && m.year === year);

    beforeAll(() => {
      store = openTestStore(path!);
      means = new Oracle(store.sqlite).movieMeans();
    });
    afterAll(() => store.close());

    it('counts movies whose mean of all ratings is strictly above the threshold, for every platform and year', () => {
      const byPlatformYear = new Map<string, MovieMean[]>();
      for (const movie of means.values()) {
        const key = `${movie.platform}:${movie.year}`;
        byPlatformYear.set(key, [...(byPlatformYear.get(key) ?? []), movie]);
      }
      for (const { platform, year } of platformYears(store)) {
        const movies = byPlatformYear.get(`${platform}:${year}`) ?? [];
        for (const scored of THRESHOLDS) {
          const value = answerOf(getScoreCount(store, { platform, scored, year }));
          const above = movies.filter((m) => m.mean > scored);
          expect(value.count, `${platform} ${year} > ${scored}`).toBe(above.length);
          expect(value.moviesReleased).toBe(movies.length);
        }
      }
    });

    it('shows the best-scored counted movies, highest first', () => {
      const { platform, year } = platformYears(store).reduce((most, py) =>
        moviesOf(py.platform, py.year).length > moviesOf(most.platform, most.year).length ? py : most,
      );
      expect(moviesOf(platform, year).length).toBeGreaterThan(BEST_SCORED_SHOWN);
      const value = answerOf(getScoreCount(store, { platform, scored: 1, year }));
      const expected = moviesOf(platform, year)
        .filter((m) => m.mean > 1)
        .sort((a, b) => b.mean - a.mean || compare(a.title, b.title) || compare(a.id, b.id))
        .slice(0, BEST_SCORED_SHOWN);
      expect(value.best.map((m) => m.id)).toEqual(expected.map((m) => m.id));
      value.best.forEach((movie, i) => {
        expect(movie.score).toBeCloseTo(expected[i]!.mean, 12);
      });
    });

    it('does not count a movie whose mean equals the threshold exactly, but does just below it', () => {
      const movie = [...means.values()].find((m) => m.mean > 0.5 && m.mean < 5)!;
      const { score_mean: exact } = store.sqlite
        .prepare('SELECT score_mean FROM title_scores WHERE title_id = ?')
        .get(movie.id) as { score_mean: number };
      expect(exact).toBeCloseTo(movie.mean, 12);
      const peers = moviesOf(movie.platform, movie.year);
      const at = answerOf(
        getScoreCount(store, { platform: movie.platform, scored: exact, year: movie.year }),
      );
      expect(at.count).toBe(peers.filter((m) => m.mean > exact).length);
      expect(at.best.map((m) => m.id)).not.toContain(movie.id);
      const below = answerOf(
        getScoreCount(store, { platform: movie.platform, scored: exact - 1e-9, year: movie.year }),
      );
      expect(below.count).toBe(peers.filter((m) => m.mean >= exact).length);
      expect(below.count).toBeGreaterThan(at.count);
    });

    it('counts only movies, not TV shows', () => {
      const showCount = store.sqlite
        .prepare("SELECT COUNT(*) AS n FROM titles WHERE type = 'tv show'")
        .get() as { n: number };
      expect(showCount.n).toBeGreaterThan(0);
      const total = platformYears(store).reduce(
        (sum, { platform, year }) =>
          sum + answerOf(getScoreCount(store, { platform, scored: 0, year })).count,
        0,
      );
      expect(total).toBe(means.size);
    });

    it('explains an empty count', () => {
      const none = answerOf(getScoreCount(store, { platform: 'disney', scored: 3, year: 1900 }));
      expect(none).toMatchObject({ count: 0, moviesReleased: 0, best: [] });
      expect(none.summary).toBe('There are no movies on Disney+ released in 1900, so none scores above 3.');
      const { platform, year } = platformYears(store).find(
        (py) => moviesOf(py.platform, py.year).length > 0,
      )!;
      const top = answerOf(getScoreCount(store, { platform, scored: 5, year }));
      expect(top.count).toBe(0);
      expect(top.summary).toMatch(
        top.moviesReleased === 1
          ? /^The only movie on .* does not score above 5\.$/
          : new RegExp(`^None of the ${top.moviesReleased} movies on .* scores above 5\\.$`),
      );
    });

    it('accepts aliases and numbers written as text', () => {
      const typed = answerOf(getScoreCount(store, { platform: 'amazon', scored: 3.5, year: 2020 }));
      const written = answerOf(
        getScoreCount(store, { platform: 'Prime Video', scored: '3,5', year: '2020' }),
      );
      expect(written).toEqual(typed);
      expect(written.args).toEqual({ platform: 'amazon', scored: 3.5, year: 2020 });
    });

    it('rejects bad arguments with specific errors', () => {
      expect(errorOf(getScoreCount(store, { platform: 'netflix', scored: 5.5, year: 2020 })).code).toBe(
        'invalid_scored',
      );
      expect(errorOf(getScoreCount(store, { platform: 'netflix', scored: -1, year: 2020 })).code).toBe(
        'invalid_scored',
      );
      expect(errorOf(getScoreCount(store, { platform: 'netflix', scored: 'high', year: 2020 })).code).toBe(
        'invalid_scored',
      );
      expect(errorOf(getScoreCount(store, { platform: 'netflix', year: 2020 })).code).toBe(
        'missing_argument',
      );
      expect(errorOf(getScoreCount(store, { scored: 3, year: 2020 })).code).toBe('missing_argument');
      expect(errorOf(getScoreCount(store, { platform: 'hbo', scored: 3, year: 2020 })).code).toBe(
        'unknown_platform',
      );
      expect(errorOf(getScoreCount(store, { platform: 'netflix', scored: 3, year: 1850 })).code).toBe(
        'invalid_year',
      );
    });
  });
}

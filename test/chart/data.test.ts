/**
 * The numbers behind every chart kind against a plain SQL recount written here, over the base tables
 * (`titles`, `title_scores`, `ratings`, the model's `model_users`), on the demo store and, when
 * STREAMBOT_RAW_DIR is set, the real one. The catalog charts are checked under several filter sets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowseFilters } from '../../src/catalog/browse.ts';
import { type ChartData, chartData } from '../../src/chart/data.ts';
import type { ChartArgs } from '../../src/chart/kinds.ts';
import type { TitleId } from '../../src/domain.ts';
import type { Store } from '../../src/store/open.ts';
import { openTestStore, STORE_PATHS } from '../catalog/stores.ts';

const FILTER_SETS: BrowseFilters[] = [
  {},
  { platform: 'netflix' },
  { type: 'movie', year_from: 2000 },
  { platform: 'hulu', type: 'tv show' },
  { genre: 'comedy', platform: 'amazon' },
];

function dataOf(store: Store, args: ChartArgs): ChartData {
  const result = chartData(store, args);
  if (!result.ok) expect.fail(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** `WHERE` over `titles t` for the filters used above (genre through the canonical genre table). */
function where(f: BrowseFilters): { sql: string; values: unknown[] } {
  const clauses = ['1 = 1'];
  const values: unknown[] = [];
  if (f.platform) clauses.push('t.platform = ?') && values.push(f.platform);
  if (f.type) clauses.push('t.type = ?') && values.push(f.type);
  if (f.year_from !== undefined) clauses.push('t.release_year >= ?') && values.push(f.year_from);
  if (f.genre)
    clauses.push('t.id IN (SELECT title_id FROM catalog_genres WHERE genre = ?)') && values.push(f.genre);
  return { sql: clauses.join(' AND '), values };
}

function rows<T>(store: Store, sql: string, values: unknown[] = []): T[] {
  return store.sqlite.prepare(sql).all(...values) as T[];
}

/** One row per star value, zeros included, from `rating, n` pairs. */
function starRows(counts: { rating: number; n: number }[]): { stars: number; count: number }[] {
  const byStars = new Map(counts.map((c) => [c.rating, c.n]));
  return Array.from({ length: 10 }, (_, h) => ({ stars: (h + 1) / 2, count: byStars.get((h + 1) / 2) ?? 0 }));
}

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(path === null)(`chart data on the ${name} store`, () => {
    let store: Store;
    beforeAll(() => {
      store = openTestStore(path!);
    });
    afterAll(() => store?.close());

    it.each(FILTER_SETS)('titles per year, durations, scores, genres and platforms under %j', (filters) => {
      const { sql, values } = where(filters);
      const byYear = dataOf(store, { kind: 'titles_per_year', ...filters });
      const group = filters.platform ? 't.type' : 't.platform';
      expect(byYear.rows).toEqual(
        rows(
          store,
          `SELECT t.release_year AS year, ${group} AS "group", count(*) AS count FROM titles t WHERE ${sql}
           GROUP BY 1, 2 ORDER BY 1, 2`,
          values,
        ),
      );

      const shows = filters.type === 'tv show';
      const durations = dataOf(store, { kind: 'durations', ...filters });
      const width = shows ? 1 : 10;
      expect(durations.rows).toEqual(
        rows(
          store,
          `SELECT (t.duration_int / ${width}) * ${width} AS "from", (t.duration_int / ${width}) * ${width} + ${width} AS "to",
                  count(*) AS count
           FROM titles t WHERE ${sql} AND t.type = ? AND t.duration_type = ? AND t.duration_int IS NOT NULL
           GROUP BY 1 ORDER BY 1`,
          [...values, shows ? 'tv show' : 'movie', shows ? 'season' : 'min'],
        ),
      );

      const scores = dataOf(store, { kind: 'scores', ...filters });
      if (scores.kind !== 'scores') throw new Error('kind');
      const { step } = scores;
      const recount = rows<{ bin: number; count: number }>(
        store,
        `SELECT min(CAST(s.score_mean / ${step} + 1e-9 AS INTEGER), ${Math.round(5 / step) - 1}) AS bin, count(*) AS count
         FROM titles t JOIN title_scores s ON s.title_id = t.id WHERE ${sql} GROUP BY 1 ORDER BY 1`,
        values,
      );
      const edge = (bin: number) => Math.round(bin * step * 1000) / 1000;
      expect(scores.rows).toEqual(
        recount.map((r) => ({ from: edge(r.bin), to: edge(r.bin + 1), count: r.count })),
      );
      expect(scores.atOrAboveLine).toBe(
        rows<{ n: number }>(
          store,
          `SELECT count(*) AS n FROM titles t JOIN title_scores s ON s.title_id = t.id WHERE ${sql} AND s.score_mean >= 3.5`,
          values,
        )[0]!.n,
      );

      const genres = dataOf(store, { kind: 'genres', ...filters });
      const perGenre = rows<{ platform: string; genre: string; count: number }>(
        store,
        `SELECT t.platform, g.genre, count(*) AS count FROM titles t JOIN catalog_genres g ON g.title_id = t.id
         WHERE ${sql} GROUP BY 1, 2`,
        values,
      );
      const totals = new Map<string, number>();
      for (const row of perGenre) totals.set(row.genre, (totals.get(row.genre) ?? 0) + row.count);
      const top = [...totals]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, 10)
        .map(([g]) => g);
      expect(new Set(genres.rows.map((r) => (r as { genre: string }).genre))).toEqual(new Set(top));
      expect(new Set(genres.rows.map((r) => JSON.stringify(r)))).toEqual(
        new Set(perGenre.filter((r) => top.includes(r.genre)).map((r) => JSON.stringify(r))),
      );

      const platforms = dataOf(store, { kind: 'platforms', ...filters });
      expect(platforms.rows).toEqual(
        rows(
          store,
          `SELECT t.platform, t.type, count(*) AS count FROM titles t WHERE ${sql} GROUP BY 1, 2 ORDER BY 1, 2`,
          values,
        ),
      );
      expect(platforms.total).toBe(byYear.total);
    });

    it.each([{}, { platform: 'disney' as const, type: 'movie' as const }])(
      'ratings per star value under %j add up the ratings table',
      (filters) => {
        const { sql, values } = where(filters);
        const data = dataOf(store, { kind: 'ratings', ...filters });
        const counts = rows<{ rating: number; n: number }>(
          store,
          `SELECT r.rating, count(*) AS n FROM ratings r JOIN titles t ON t.id = r.title_id WHERE ${sql} GROUP BY 1`,
          values,
        );
        expect(data.rows).toEqual(starRows(counts));
      },
    );

    it('one title’s ratings, and one user’s with the model’s tendency', () => {
      const title = rows<{ title_id: TitleId }>(
        store,
        'SELECT title_id FROM title_scores ORDER BY score_count DESC, title_id LIMIT 1',
      )[0]!.title_id;
      const titleData = dataOf(store, { kind: 'title_ratings', title_id: title });
      expect(titleData.rows).toEqual(
        starRows(
          rows(store, 'SELECT rating, count(*) AS n FROM ratings WHERE title_id = ? GROUP BY 1', [title]),
        ),
      );

      const user = rows<{ user_id: number; bias: number }>(
        store,
        'SELECT user_id, bias FROM model_users ORDER BY rating_count DESC, user_id LIMIT 1',
      )[0]!;
      const userData = dataOf(store, { kind: 'user_ratings', user_id: user.user_id });
      expect(userData.rows).toEqual(
        starRows(
          rows(store, 'SELECT rating, count(*) AS n FROM ratings WHERE user_id = ? GROUP BY 1', [
            user.user_id,
          ]),
        ),
      );
      if (userData.kind !== 'user_ratings') throw new Error('kind');
      const mean = rows<{ m: number }>(store, 'SELECT global_mean AS m FROM model_info')[0]!.m;
      expect(userData.bias).toBe(user.bias);
      expect(userData.baseline).toBeCloseTo(mean + user.bias, 12);
    });

    it('says what is wrong: an unknown user, a title id nobody has, a platform that does not exist', () => {
      const unknownUser = chartData(store, { kind: 'user_ratings', user_id: 999_999_999 });
      expect(unknownUser.ok ? null : unknownUser.error.code).toBe('unknown_user');
      const noTitle = chartData(store, { kind: 'title_ratings', title_id: 'ns99999999' as TitleId });
      expect(noTitle.ok ? null : noTitle.error.message).toMatch(/ns99999999/);
      const platform = chartData(store, { kind: 'genres', platform: 'hbo' as never });
      expect(platform.ok ? null : platform.error.code).toBe('unknown_platform');
    });
  });
}

/**
 * The store built from the client's real data (STREAMBOT_RAW_DIR): the counts issue 2 promises, and each
 * of the five rules and the EDA cleaning on real rows. Skipped when the real data is not configured.
 */
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { ROOT } from './helpers.ts';

const realPath = inject('stores').real;

describe.skipIf(realPath === null)('the store built from the real data', () => {
  let store: Store;
  let sqlite: BetterSqlite3.Database;
  const count = (sql: string, ...params: unknown[]) =>
    sqlite
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  const title = (id: string) =>
    sqlite.prepare('SELECT * FROM titles WHERE id = ?').get(id) as Record<string, unknown>;
  const actors = (id: string) =>
    sqlite.prepare('SELECT actor FROM title_cast WHERE title_id = ? ORDER BY rowid').pluck().all(id);

  beforeAll(() => {
    store = openStore(realPath!);
    sqlite = store.sqlite;
  });
  afterAll(() => store?.close());

  describe('counts', () => {
    it('holds 22,998 titles: 9,668 Amazon, 1,450 Disney+, 3,073 Hulu, 8,807 Netflix', () => {
      expect(count('SELECT count(*) FROM titles')).toBe(22_998);
      const byPlatform = sqlite.prepare('SELECT platform, count(*) AS n FROM titles GROUP BY platform').all();
      expect(byPlatform).toEqual([
        { platform: 'amazon', n: 9_668 },
        { platform: 'disney', n: 1_450 },
        { platform: 'hulu', n: 3_073 },
        { platform: 'netflix', n: 8_807 },
      ]);
    });

    it('holds 16,481 movies and 6,517 TV shows', () => {
      const byType = sqlite.prepare('SELECT type, count(*) AS n FROM titles GROUP BY type').all();
      expect(byType).toEqual([
        { type: 'movie', n: 16_481 },
        { type: 'tv show', n: 6_517 },
      ]);
    });

    it('records the traps it cleaned: 295 durations moved from the rating column (292 Hulu, 3 Netflix)', () => {
      const cleaning = readBuildInfo(sqlite)!.cleaningCounts!;
      expect(cleaning.durationsMoved).toEqual({ amazon: 0, disney: 0, hulu: 292, netflix: 3 });
      // Every placeholder name dropped is a cast entry of only digits (or '-'), as the raw lists show.
      expect(cleaning.placeholderCastDropped).toBeGreaterThan(0);
      // Every joined name is stored (once per title: a list may repeat a name).
      const joined = count("SELECT count(*) FROM title_cast WHERE actor LIKE '%, %'");
      expect(joined).toBeGreaterThan(0);
      expect(cleaning.castSuffixesJoined).toBeGreaterThanOrEqual(joined);
    });

    it('loaded all 11,024,289 ratings with 0 rejects', () => {
      expect(count('SELECT count(*) FROM ratings')).toBe(11_024_289);
      expect(count('SELECT count(*) FROM etl_rejects')).toBe(0);
    });

    it('scored all 22,998 titles', () => {
      expect(count('SELECT count(*) FROM title_scores')).toBe(22_998);
      expect(count('SELECT sum(score_count) FROM title_scores')).toBe(11_024_289);
    });

    it('records the build: sources with sizes and checksums, counts, no rejects', () => {
      const info = readBuildInfo(sqlite)!;
      expect(info.rawDir).toBe(resolve(ROOT, process.env.STREAMBOT_RAW_DIR ?? ''));
      expect(info.sources.map((source) => source.name)).toEqual([
        'amazon_prime_titles.csv',
        'disney_plus_titles.csv',
        'hulu_titles.csv',
        'netflix_titles.csv',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `ratings/${n}.csv.gz`),
      ]);
      expect(info.sources.every((source) => /^[0-9a-f]{64}$/.test(source.sha256) && source.bytes > 0)).toBe(
        true,
      );
      expect(info.rowCounts.ratings).toBe(11_024_289);
      expect(info.rowCounts.titlesByPlatform).toEqual({
        amazon: 9_668,
        disney: 1_450,
        hulu: 3_073,
        netflix: 8_807,
      });
      expect(info.rejectCounts).toEqual({});
      expect(info.finishedAt! >= info.startedAt).toBe(true);
    });
  });

  describe('rule 1: id = platform letter + show_id', () => {
    it('builds every id from the platform and show_id', () => {
      expect(count('SELECT count(*) FROM titles WHERE id <> substr(platform, 1, 1) || show_id')).toBe(0);
      expect(title('as680')).toMatchObject({ platform: 'amazon', show_id: 's680' });
      expect(title('ds1')).toMatchObject({
        platform: 'disney',
        title: 'duck the halls: a mickey mouse christmas special',
      });
      expect(title('hs1')).toMatchObject({ platform: 'hulu', title: "ricky velez: here's everything" });
      expect(title('ns1')).toMatchObject({ platform: 'netflix', title: 'dick johnson is dead' });
    });

    it('matches every rating to a title', () => {
      expect(
        count(
          'SELECT count(*) FROM title_scores s LEFT JOIN titles t ON t.id = s.title_id WHERE t.id IS NULL',
        ),
      ).toBe(0);
    });
  });

  describe('rule 2: a missing rating becomes g', () => {
    it('fills the empty ratings (Amazon s1 has none)', () => {
      expect(title('as1')).toMatchObject({ title: 'the grand seduction', rating: 'g' });
      expect(count("SELECT count(*) FROM titles WHERE rating IS NULL OR rating = ''")).toBe(0);
    });
  });

  describe('rule 3: dates as YYYY-MM-DD', () => {
    it('rewrites date_added, with or without a leading space', () => {
      expect(title('ns1').date_added).toBe('2021-09-25');
      expect(title('ns6080').date_added).toBe('2017-08-04'); // " August 4, 2017" in the raw file
      expect(
        count(
          "SELECT count(*) FROM titles WHERE date_added NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'",
        ),
      ).toBe(0);
    });

    it('turns the timestamps of file 7 into days, and leaves the other files without', async () => {
      const firstLine = await firstDataLine(
        join(resolve(ROOT, process.env.STREAMBOT_RAW_DIR ?? ''), 'ratings/7.csv.gz'),
      );
      const [userId, rating, timestamp, movieId] = firstLine.split(',');
      const day = new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
      const stored = sqlite
        .prepare('SELECT rated_on FROM ratings WHERE user_id = ? AND title_id = ? AND rating = ?')
        .pluck()
        .all(Number(userId), movieId, Number(rating));
      expect(stored).toContain(day);
      expect(count('SELECT count(*) FROM ratings WHERE rated_on IS NOT NULL')).toBe(524_289);
      expect(
        count(
          "SELECT count(*) FROM ratings WHERE rated_on NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'",
        ),
      ).toBe(0);
    });
  });

  describe('rule 4: text lower-case, ends trimmed, inner spacing kept', () => {
    it('has no upper-case letter in any text column', () => {
      for (const column of [
        'title',
        'director',
        '"cast"',
        'country',
        'rating',
        'duration',
        'listed_in',
        'description',
      ]) {
        expect(count(`SELECT count(*) FROM titles WHERE ${column} <> lower(${column})`), column).toBe(0);
        expect(count(`SELECT count(*) FROM titles WHERE ${column} <> trim(${column})`), column).toBe(0);
      }
      expect(
        count('SELECT count(*) FROM title_cast WHERE actor <> lower(actor) OR actor <> trim(actor)'),
      ).toBe(0);
      expect(
        count('SELECT count(*) FROM title_genres WHERE genre <> lower(genre) OR genre <> trim(genre)'),
      ).toBe(0);
    });

    it('keeps the double spaces inside titles', () => {
      expect(title('as910').title).toBe('star trek:  the original series');
      expect(count("SELECT count(*) FROM titles WHERE title LIKE '%  %'")).toBe(15);
    });
  });

  describe('rule 5: duration split into duration_int and duration_type', () => {
    it('splits minutes and seasons', () => {
      expect(title('as1')).toMatchObject({ duration: '113 min', duration_int: 113, duration_type: 'min' });
      expect(title('ns2')).toMatchObject({ duration: '2 seasons', duration_int: 2, duration_type: 'season' });
      expect(
        count("SELECT count(*) FROM titles WHERE duration = '1 season' AND duration_type = 'season'"),
      ).toBeGreaterThan(0);
      expect(count("SELECT count(*) FROM titles WHERE duration_type NOT IN ('min', 'season')")).toBe(0);
      expect(count('SELECT count(*) FROM titles WHERE (duration IS NULL) <> (duration_int IS NULL)')).toBe(0);
    });

    it('moved the 295 durations found in the rating column (292 Hulu, 3 Netflix) and rated them g', () => {
      expect(title('ns5542')).toMatchObject({
        rating: 'g',
        duration: '74 min',
        duration_int: 74,
        duration_type: 'min',
      });
      expect(title('hs51')).toMatchObject({
        rating: 'g',
        duration: '2 seasons',
        duration_int: 2,
        duration_type: 'season',
      });
      expect(
        count("SELECT count(*) FROM titles WHERE rating GLOB '[0-9]* min' OR rating GLOB '[0-9]* season*'"),
      ).toBe(0);
    });

    it('leaves the Hulu titles without any duration empty (479 raw rows, minus the rescued ones)', () => {
      expect(count("SELECT count(*) FROM titles WHERE platform = 'hulu' AND duration IS NULL")).toBe(
        479 - 292,
      );
    });
  });

  describe('EDA cleaning', () => {
    it('splits the cast into one actor per row', () => {
      expect(actors('as1')).toEqual(['brendan gleeson', 'taylor kitsch', 'gordon pinsent']);
    });

    it('drops placeholder casts', () => {
      expect(title('as6417').cast).toBe('1, 2, 3');
      expect(actors('as6417')).toEqual([]);
      expect(
        count("SELECT count(*) FROM title_cast WHERE actor GLOB '[0-9]*' AND actor NOT GLOB '*[^0-9]*'"),
      ).toBe(0);
    });

    it('joins name suffixes back to the name before them', () => {
      expect(actors('as269')).toContain('clifton collins, jr.');
      expect(actors('ns5704')).toContain('jack lee, jr');
      expect(count("SELECT count(*) FROM title_cast WHERE actor = 'art chadwick, ph.d.'")).toBeGreaterThan(0);
      expect(
        count(
          "SELECT count(*) FROM title_cast WHERE actor IN ('jr.', 'jr', 'sr.', 'ph.d.', 'phd', 'md', 'm.d.', 'ii', 'iii')",
        ),
      ).toBe(0);
    });

    it('has no cast on Hulu', () => {
      expect(count("SELECT count(*) FROM title_cast WHERE title_id GLOB 'hs*'")).toBe(0);
    });

    it('splits the genres', () => {
      expect(sqlite.prepare("SELECT genre FROM title_genres WHERE title_id = 'as1'").pluck().all()).toEqual([
        'comedy',
        'drama',
      ]);
    });
  });

  describe('title_scores', () => {
    it('holds the unrounded mean of every rating row of a title, duplicates included', () => {
      for (const id of ['as680', 'ds781', 'hs384', 'ns2186']) {
        const expected = sqlite
          .prepare('SELECT avg(rating) AS mean, count(*) AS n FROM ratings WHERE title_id = ?')
          .get(id) as {
          mean: number;
          n: number;
        };
        const stored = sqlite
          .prepare('SELECT score_mean, score_count FROM title_scores WHERE title_id = ?')
          .get(id) as {
          score_mean: number;
          score_count: number;
        };
        expect(stored.score_count).toBe(expected.n);
        expect(stored.score_mean).toBeCloseTo(expected.mean, 12);
      }
    });
  });
});

async function firstDataLine(path: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    lines.close();
    return line;
  }
  throw new Error(`${path} has no data line`);
}

/**
 * Browsing (`listTitles`, `countTitles`) against plain SQL written here, over the base tables the
 * ETL loads (`titles`, `title_scores`, `title_genres`, `title_cast`), for 2,000 seeded random
 * combinations of filters, orderings and groupings on each test store: the same ids in the same
 * order, the same totals and the same groups. Also: every genre label of the data is mapped.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowseFilters,
  type CountArgs,
  countTitles,
  GROUPS,
  type ListArgs,
  listTitles,
  ORDERS,
  SORTS,
} from '../../src/catalog/browse.ts';
import { PLATFORMS, TITLE_TYPES } from '../../src/domain.ts';
import { GENRES, type Genre, LABEL_GENRES, LABELS_LEFT_OUT } from '../../src/genres.ts';
import { seededRandom } from '../../src/random.ts';
import type { Store } from '../../src/store/open.ts';
import { answerOf, errorOf, openTestStore, STORE_PATHS } from './stores.ts';

const COMBINATIONS = 2000;

/** The catalog labels that mean each canonical genre, from the mapping (the test's own reading of it). */
function labelsOf(genre: Genre): string[] {
  return Object.entries(LABEL_GENRES)
    .filter(([, genres]) => genres.includes(genre))
    .map(([label]) => label);
}

/** `WHERE` clauses and values for the filters, over `titles t` and `title_scores s`. */
function where(f: BrowseFilters): { sql: string; values: unknown[] } {
  const clauses: string[] = ['1 = 1'];
  const values: unknown[] = [];
  const add = (sql: string, ...v: unknown[]) => {
    clauses.push(sql);
    values.push(...v);
  };
  if (f.platform) add('t.platform = ?', f.platform);
  if (f.type) add('t.type = ?', f.type);
  if (f.year !== undefined) add('t.release_year = ?', f.year);
  if (f.year_from !== undefined) add('t.release_year >= ?', f.year_from);
  if (f.year_to !== undefined) add('t.release_year <= ?', f.year_to);
  if (f.age_rating) add('t.rating = ?', f.age_rating);
  if (f.min_minutes !== undefined) add("t.duration_type = 'min' AND t.duration_int >= ?", f.min_minutes);
  if (f.max_minutes !== undefined) add("t.duration_type = 'min' AND t.duration_int <= ?", f.max_minutes);
  if (f.min_seasons !== undefined) add("t.duration_type = 'season' AND t.duration_int >= ?", f.min_seasons);
  if (f.max_seasons !== undefined) add("t.duration_type = 'season' AND t.duration_int <= ?", f.max_seasons);
  if (f.min_score !== undefined) add('s.score_mean >= ?', f.min_score);
  if (f.max_score !== undefined) add('s.score_mean <= ?', f.max_score);
  if (f.genre) {
    const labels = labelsOf(f.genre);
    add(
      `EXISTS (SELECT 1 FROM title_genres g WHERE g.title_id = t.id AND g.genre IN (${labels.map(() => '?').join(', ')}))`,
      ...labels,
    );
  }
  if (f.cast) add('EXISTS (SELECT 1 FROM title_cast c WHERE c.title_id = t.id AND c.actor = ?)', f.cast);
  const listed = (column: string) =>
    `(',' || REPLACE(REPLACE(${column}, ', ', ','), ' ,', ',') || ',') LIKE '%,' || ? || ',%'`;
  if (f.director) add(listed('t.director'), f.director);
  if (f.country) add(listed('t.country'), f.country);
  return { sql: clauses.join(' AND '), values };
}

const FROM = 'FROM titles t LEFT JOIN title_scores s ON s.title_id = t.id';

/** The base tables the ETL loads, copied into memory with the indexes these plain queries want. */
function baseTablesInMemory(path: string): Database.Database {
  const db = new Database(':memory:');
  db.exec(`ATTACH DATABASE '${path.replace(/'/g, "''")}' AS built`);
  for (const table of ['titles', 'title_scores', 'title_genres', 'title_cast']) {
    db.exec(`CREATE TABLE ${table} AS SELECT * FROM built.${table}`);
  }
  db.exec('DETACH DATABASE built');
  db.exec(`CREATE UNIQUE INDEX t_id ON titles (id);
    CREATE UNIQUE INDEX s_id ON title_scores (title_id);
    CREATE INDEX g_title ON title_genres (title_id, genre);
    CREATE INDEX c_title ON title_cast (title_id, actor)`);
  return db;
}
const SORT_SQL = {
  duration: 't.duration_int',
  score: 's.score_mean',
  year: 't.release_year',
  ratings: 'COALESCE(s.score_count, 0)',
  title: 't.title',
} as const;

function oracleList(oracleDb: Database.Database, args: ListArgs): { total: number; ids: string[] } {
  const w = where(args);
  let extra = '';
  if (args.sort === 'duration') {
    const seasons =
      args.type === 'tv show' || args.min_seasons !== undefined || args.max_seasons !== undefined;
    extra = ` AND t.duration_type = '${seasons ? 'season' : 'min'}' AND t.duration_int IS NOT NULL`;
  }
  const total = (
    oracleDb.prepare(`SELECT COUNT(*) AS n ${FROM} WHERE ${w.sql}${extra}`).get(...w.values) as {
      n: number;
    }
  ).n;
  const order = args.order ?? 'desc';
  const orderBy =
    args.sort === undefined
      ? 't.title, t.id'
      : args.sort === 'title'
        ? `t.title ${order}, t.id ${order}`
        : `${SORT_SQL[args.sort]} IS NULL, ${SORT_SQL[args.sort]} ${order}, t.title, t.id`;
  const ids = oracleDb
    .prepare(`SELECT t.id ${FROM} WHERE ${w.sql}${extra} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...w.values, args.limit ?? 10, args.offset ?? 0) as string[];
  return { total, ids };
}

function oracleCount(
  oracleDb: Database.Database,
  args: CountArgs,
): { total: number; groups: { key: unknown; count: number }[] } {
  const w = where(args);
  const total = (
    oracleDb.prepare(`SELECT COUNT(*) AS n ${FROM} WHERE ${w.sql}`).get(...w.values) as {
      n: number;
    }
  ).n;
  if (!args.group_by) return { total, groups: [] };
  let rows: { key: unknown; count: number }[];
  if (args.group_by === 'genre') {
    // Each title counts once per canonical genre its labels give it.
    const pairs = oracleDb
      .prepare(
        `SELECT t.id, g.genre AS label ${FROM} JOIN title_genres g ON g.title_id = t.id WHERE ${w.sql}`,
      )
      .all(...w.values) as { id: string; label: string }[];
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (const { id, label } of pairs) {
      for (const genre of LABEL_GENRES[label] ?? []) {
        if (seen.has(`${genre}|${id}`)) continue;
        seen.add(`${genre}|${id}`);
        counts.set(genre, (counts.get(genre) ?? 0) + 1);
      }
    }
    rows = [...counts].map(([key, count]) => ({ key, count }));
  } else {
    const column = { platform: 't.platform', year: 't.release_year', type: 't.type' }[args.group_by];
    rows = oracleDb
      .prepare(`SELECT ${column} AS key, COUNT(*) AS count ${FROM} WHERE ${w.sql} GROUP BY ${column}`)
      .all(...w.values) as { key: unknown; count: number }[];
  }
  rows.sort((a, b) => b.count - a.count || (String(a.key) < String(b.key) ? -1 : 1));
  return { total, groups: rows };
}

/** The store's own values to draw filters from. */
interface Values {
  actors: string[];
  directors: string[];
  countries: string[];
  ratings: string[];
}

function valuesOf(store: Store): Values {
  const column = (sql: string) => store.sqlite.prepare(sql).pluck().all() as string[];
  return {
    actors: column('SELECT DISTINCT actor FROM title_cast ORDER BY actor'),
    directors: column('SELECT DISTINCT director FROM catalog_directors ORDER BY director'),
    countries: column('SELECT DISTINCT country FROM catalog_countries ORDER BY country'),
    ratings: column('SELECT DISTINCT rating FROM titles ORDER BY rating'),
  };
}

/** Seeded random filters drawn from the store's own values, each present about a third of the time. */
function randomCombination(values: Values, random: () => number): ListArgs & CountArgs {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = (p = 0.3) => random() < p;
  const args: ListArgs & CountArgs = {};
  if (maybe(0.5)) args.platform = pick(PLATFORMS);
  if (maybe()) args.type = pick(TITLE_TYPES);
  if (maybe(0.2)) args.year = 1990 + Math.floor(random() * 32);
  else if (maybe()) {
    args.year_from = 1950 + Math.floor(random() * 60);
    if (maybe(0.7)) args.year_to = args.year_from + Math.floor(random() * 20);
  }
  if (maybe()) args.genre = pick(Object.keys(GENRES) as Genre[]);
  if (maybe(0.1) && values.actors.length > 0) args.cast = pick(values.actors);
  if (maybe(0.1) && values.directors.length > 0) args.director = pick(values.directors);
  if (maybe(0.1) && values.countries.length > 0) args.country = pick(values.countries);
  if (maybe(0.1)) args.age_rating = pick(values.ratings);
  if (maybe(0.15)) args.min_minutes = 30 + Math.floor(random() * 100);
  if (maybe(0.15)) args.max_minutes = 60 + Math.floor(random() * 120);
  if (maybe(0.1)) args.min_seasons = 1 + Math.floor(random() * 4);
  if (maybe(0.1)) args.max_seasons = 1 + Math.floor(random() * 6);
  if (maybe(0.15)) args.min_score = Math.round((2.5 + random()) * 100) / 100;
  if (maybe(0.15)) args.max_score = Math.round((3 + random()) * 100) / 100;
  if (maybe(0.8)) args.sort = pick(SORTS);
  if (maybe(0.7)) args.order = pick(ORDERS);
  if (maybe(0.5)) args.limit = 1 + Math.floor(random() * 25);
  if (maybe(0.2)) args.offset = Math.floor(random() * 30);
  if (maybe(0.6)) args.group_by = pick(GROUPS);
  return args;
}

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`browsing the ${name} store`, () => {
    let store: Store;
    let oracleDb: Database.Database;
    beforeAll(() => {
      store = openTestStore(path!);
      oracleDb = baseTablesInMemory(path!);
    });
    afterAll(() => {
      store.close();
      oracleDb.close();
    });

    it(`lists and counts exactly as plain SQL over the base tables for ${COMBINATIONS} random combinations`, () => {
      const random = seededRandom(12);
      const values = valuesOf(store);
      let nonEmpty = 0;
      for (let i = 0; i < COMBINATIONS; i++) {
        const { group_by, ...listArgs } = randomCombination(values, random);
        const { sort: _s, order: _o, limit: _l, offset: _f, ...filters } = listArgs;
        const listed = answerOf(listTitles(store, listArgs));
        const want = oracleList(oracleDb, listArgs);
        expect(
          { total: listed.total, ids: listed.titles.map((t) => t.id) },
          JSON.stringify(listArgs),
        ).toEqual(want);
        const counted = answerOf(countTitles(store, { ...filters, group_by }));
        const wantCount = oracleCount(oracleDb, { ...filters, group_by });
        expect(
          { total: counted.total, groups: counted.groups },
          JSON.stringify({ ...filters, group_by }),
        ).toEqual(wantCount);
        if (want.total > 0) nonEmpty++;
      }
      // The combinations exercise real results, not only empty ones.
      expect(nonEmpty).toBeGreaterThan(COMBINATIONS / 4);
    }, 600_000); // 2,000 plain-SQL recounts: ~50 s alone on the real store, 4 min beside other suites on a loaded machine

    it('maps every genre label of the data to canonical genres or leaves it out on purpose', () => {
      const labels = store.sqlite
        .prepare('SELECT DISTINCT genre FROM title_genres')
        .pluck()
        .all() as string[];
      const unmapped = labels.filter((label) => !(label in LABEL_GENRES) && !LABELS_LEFT_OUT.has(label));
      expect(unmapped).toEqual([]);
    });

    it('says clearly what is wrong with bad arguments', () => {
      expect(errorOf(listTitles(store, { limit: 26 })).code).toBe('invalid_limit');
      expect(errorOf(listTitles(store, { platform: 'netflx' as never })).suggestions).toEqual(['netflix']);
      expect(errorOf(countTitles(store, { year: 1850 })).code).toBe('invalid_year');
      expect(errorOf(countTitles(store, { year: 2000, year_from: 1990 })).message).toMatch(/not both/);
      expect(errorOf(listTitles(store, { genre: 'nope' as never })).message).toMatch(/Unknown genre/);
      expect(errorOf(listTitles(store, { min_score: 7 })).message).toMatch(/from 0 to 5/);
    });
  });
}

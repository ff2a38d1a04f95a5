/**
 * Derived tables and extra indexes for the catalog questions, built from the loaded base tables. The ETL's
 * ratings worker builds them in a file of its own once the ratings are parsed, and the main thread copies
 * them into the store (etl/ratings-worker.ts, StoreWriter.copyTablesFrom), before the integrity check.
 *
 * Everything here reads `titles`, `title_cast` and `title_scores` (23k titles, ~115k cast rows), never
 * `ratings`, so it costs a fraction of a second. The tables are defined (columns, keys, Kysely types) in
 * `src/store/derived-schema.ts`; each turns one catalog question into an index lookup. Every INSERT names
 * its columns, so the definitions' column order is free to change.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { TitleId } from '../src/domain.ts';
import { genresOfLabel } from '../src/genres.ts';
import { foldSearchText, searchTokens } from '../src/search-text.ts';
import { CATALOG_TABLES, type CatalogTables } from '../src/store/derived-schema.ts';
import type { TitlesTable } from '../src/store/schema.ts';
import { createTableSql } from '../src/store/table.ts';
import { bulkInsertInto } from './bulk-insert.ts';

const createTable = (name: keyof CatalogTables): string => createTableSql(name, CATALOG_TABLES[name]);

const TITLE_COUNTS = [
  createTable('catalog_title_counts'),
  `INSERT INTO catalog_title_counts (platform, release_year, movie_count, show_count, cast_title_count)
   SELECT platform, release_year, SUM(type = 'movie'), SUM(type = 'tv show'),
          SUM(EXISTS (SELECT 1 FROM title_cast c WHERE c.title_id = t.id))
   FROM titles t
   GROUP BY platform, release_year`,
];

/** Movies in minutes and TV shows in seasons; one covering index per combination of optional filters. */
const DURATIONS = [
  createTable('catalog_durations'),
  `INSERT INTO catalog_durations (duration_type, platform, release_year, duration, title, title_id)
   SELECT duration_type, platform, release_year, duration_int, title, id
   FROM titles
   WHERE duration_int IS NOT NULL
     AND ((type = 'movie' AND duration_type = 'min') OR (type = 'tv show' AND duration_type = 'season'))`,
  `CREATE INDEX catalog_durations_any
   ON catalog_durations (duration_type, duration, title, title_id, platform, release_year)`,
  `CREATE INDEX catalog_durations_platform
   ON catalog_durations (duration_type, platform, duration, title, title_id, release_year)`,
  `CREATE INDEX catalog_durations_year
   ON catalog_durations (duration_type, release_year, duration, title, title_id, platform)`,
  `CREATE INDEX catalog_durations_platform_year
   ON catalog_durations (duration_type, platform, release_year, duration, title, title_id)`,
];

/**
 * Movie scores by platform and year. `at_or_above` counts the movies of the same platform and year
 * scoring at least as much (the default window frame includes equal scores), so "how many score more
 * than X" is the `at_or_above` of the lowest score above X: one index seek.
 */
const MOVIE_SCORES = [
  createTable('catalog_movie_scores'),
  `INSERT INTO catalog_movie_scores
     (platform, release_year, score, at_or_above, title_id, title, rating_count)
   SELECT t.platform, t.release_year, s.score_mean,
          COUNT(*) OVER (PARTITION BY t.platform, t.release_year ORDER BY s.score_mean DESC),
          t.id, t.title, s.score_count
   FROM titles t JOIN title_scores s ON s.title_id = t.id
   WHERE t.type = 'movie'`,
  `CREATE INDEX catalog_movie_scores_best
   ON catalog_movie_scores (platform, release_year, score DESC, title, title_id, rating_count)`,
];

/** Per platform and year, only the cast members in the most titles, with how many share that maximum. */
const ACTOR_LEADERS = [
  createTable('catalog_actor_leaders'),
  // COUNT(*) counts titles: the ETL stores each cast member once per title (tests cross-check this).
  `WITH per_actor AS MATERIALIZED (
     SELECT t.platform, t.release_year, c.actor, COUNT(*) AS title_count
     FROM title_cast c JOIN titles t ON t.id = c.title_id
     GROUP BY t.platform, t.release_year, c.actor
   ),
   most AS (
     SELECT platform, release_year, MAX(title_count) AS title_count
     FROM per_actor
     GROUP BY platform, release_year
   )
   INSERT INTO catalog_actor_leaders (platform, release_year, actor, title_count, tie_count)
   SELECT p.platform, p.release_year, p.actor, p.title_count,
          COUNT(*) OVER (PARTITION BY p.platform, p.release_year)
   FROM per_actor p
   JOIN most m ON m.platform = p.platform AND m.release_year = p.release_year AND m.title_count = p.title_count`,
];

/** Rowid tables filled in bulk, their indexes built afterwards (one sort in C instead of B-tree splits). */
const SEARCH = [
  createTable('catalog_title_search'),
  createTable('catalog_title_tokens'),
  createTable('catalog_search_terms'),
];

const SEARCH_INDEXES = [
  'CREATE UNIQUE INDEX catalog_title_search_id ON catalog_title_search (title_id)',
  'CREATE INDEX catalog_title_search_folded ON catalog_title_search (folded_title, search_rank)',
  'CREATE INDEX catalog_title_tokens_token ON catalog_title_tokens (token, search_rank)',
  'CREATE INDEX catalog_title_tokens_title ON catalog_title_tokens (search_rank, token)',
  `INSERT INTO catalog_search_terms (token, title_count)
   SELECT token, COUNT(*) FROM catalog_title_tokens GROUP BY token`,
];

type SearchSource = Pick<TitlesTable, 'id' | 'title' | 'platform' | 'type' | 'release_year'> & {
  rating_count: number;
};

/**
 * Folds every title into words (in JS, with the same function `findTitles` applies to queries) and
 * numbers titles in search order: fewer distinct words first, then more ratings, then id.
 */
function buildSearchTables(sqlite: BetterSqlite3.Database): void {
  const sources = sqlite
    .prepare(
      `SELECT t.id, t.title, t.platform, t.type, t.release_year, COALESCE(s.score_count, 0) AS rating_count
       FROM titles t LEFT JOIN title_scores s ON s.title_id = t.id`,
    )
    .all() as SearchSource[];
  const entries = sources.map((source) => {
    const folded = foldSearchText(source.title);
    return { source, folded, tokens: searchTokens(folded) };
  });
  entries.sort(
    (a, b) =>
      a.tokens.length - b.tokens.length ||
      b.source.rating_count - a.source.rating_count ||
      (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0),
  );
  const titles = bulkInsertInto(sqlite, CATALOG_TABLES, 'catalog_title_search');
  const tokens = bulkInsertInto(sqlite, CATALOG_TABLES, 'catalog_title_tokens');
  entries.forEach(({ source, folded, tokens: words }, index) => {
    const rank = index + 1;
    titles.add({
      search_rank: rank,
      title_id: source.id,
      folded_title: folded,
      title: source.title,
      platform: source.platform,
      type: source.type,
      release_year: source.release_year,
    });
    for (const token of words) tokens.add({ token, search_rank: rank });
  });
  titles.flush();
  tokens.flush();
}

/** One row per title and name of a comma-separated `titles` column (directors, countries). */
function splitList(table: string, column: 'director' | 'country'): string {
  return `INSERT INTO ${table} (${column}, title_id)
   WITH RECURSIVE parts(title_id, name, rest) AS (
     SELECT id, '', ${column} || ',' FROM titles WHERE ${column} IS NOT NULL
     UNION ALL
     SELECT title_id, TRIM(SUBSTR(rest, 1, INSTR(rest, ',') - 1)), SUBSTR(rest, INSTR(rest, ',') + 1)
     FROM parts WHERE rest <> ''
   )
   SELECT DISTINCT name, title_id FROM parts WHERE name <> ''`;
}

/**
 * Browsing: one row per title with everything a list can filter or sort by, and one row per title
 * and canonical genre, country, cast member or director, each indexed for "titles with X".
 */
const BROWSE = [
  createTable('catalog_browse'),
  `INSERT INTO catalog_browse
     (title_id, title, platform, type, release_year, duration_int, duration_type, score, ratings, age_rating)
   SELECT t.id, t.title, t.platform, t.type, t.release_year, t.duration_int, t.duration_type,
          s.score_mean, COALESCE(s.score_count, 0), t.rating
   FROM titles t LEFT JOIN title_scores s ON s.title_id = t.id`,
  'CREATE INDEX catalog_browse_score ON catalog_browse (score, title, title_id)',
  'CREATE INDEX catalog_browse_ratings ON catalog_browse (ratings, title, title_id)',
  'CREATE INDEX catalog_browse_year ON catalog_browse (release_year, title, title_id)',
  'CREATE INDEX catalog_browse_duration ON catalog_browse (duration_type, duration_int, title, title_id)',
  'CREATE INDEX catalog_browse_title ON catalog_browse (title, title_id)',
  'CREATE INDEX catalog_browse_platform ON catalog_browse (platform, type, release_year)',
  createTable('catalog_genres'),
  createTable('catalog_countries'),
  createTable('catalog_directors'),
  splitList('catalog_directors', 'director'),
  splitList('catalog_countries', 'country'),
];

const BROWSE_INDEXES = [
  'CREATE INDEX catalog_genres_genre ON catalog_genres (genre, title_id)',
  'CREATE INDEX catalog_genres_title ON catalog_genres (title_id, genre)',
  'CREATE INDEX catalog_countries_country ON catalog_countries (country, title_id)',
  'CREATE INDEX catalog_directors_director ON catalog_directors (director, title_id)',
  'CREATE INDEX title_cast_actor ON title_cast (actor, title_id)',
];

/** Each title's catalog labels mapped to canonical genres (`src/genres.ts`); unmapped labels are kept out. */
function buildGenreTable(sqlite: BetterSqlite3.Database): void {
  const rows = sqlite.prepare('SELECT title_id, genre FROM title_genres').raw().all() as [TitleId, string][];
  const genres = bulkInsertInto(sqlite, CATALOG_TABLES, 'catalog_genres');
  const seen = new Set<string>();
  for (const [titleId, label] of rows) {
    for (const genre of genresOfLabel(label) ?? []) {
      const key = `${genre}\u0000${titleId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      genres.add({ genre, label, title_id: titleId });
    }
  }
  genres.flush();
}

export function buildDerivedTables(sqlite: BetterSqlite3.Database): void {
  for (const statement of [
    ...TITLE_COUNTS,
    ...DURATIONS,
    ...MOVIE_SCORES,
    ...ACTOR_LEADERS,
    ...SEARCH,
    ...BROWSE,
  ]) {
    sqlite.exec(statement);
  }
  buildSearchTables(sqlite);
  buildGenreTable(sqlite);
  for (const statement of [...SEARCH_INDEXES, ...BROWSE_INDEXES]) sqlite.exec(statement);
}

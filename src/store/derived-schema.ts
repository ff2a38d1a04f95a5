/**
 * The tables the ETL derives for the catalog questions (built by `etl/derived.ts`), defined once: their
 * DDL and Kysely types follow. Each one turns a question into an index lookup; `CatalogDatabase` is the
 * store as the catalog sees it.
 */
import type { DurationType, Platform, TitleId, TitleType } from '../domain.ts';
import type { Database } from './schema.ts';
import { col, nullable, type RowsOf, table } from './table.ts';

export const CATALOG_TABLES = {
  /** Movies and TV shows per platform and release year, and how many of them list any cast. */
  catalog_title_counts: table(
    {
      platform: col.text<Platform>(),
      release_year: col.int(),
      movie_count: col.int(),
      show_count: col.int(),
      cast_title_count: col.int(),
    },
    { primaryKey: ['platform', 'release_year'], withoutRowid: true },
  ),
  /** Movies measured in minutes (`min`) and TV shows measured in seasons (`season`), nothing else. */
  catalog_durations: table({
    duration_type: col.text<DurationType>(),
    platform: col.text<Platform>(),
    release_year: col.int(),
    duration: col.int(),
    title: col.text(),
    title_id: col.text<TitleId>(),
  }),
  /** Every movie's score (unrounded rating mean), with its rank inside its platform and release year. */
  catalog_movie_scores: table(
    {
      platform: col.text<Platform>(),
      release_year: col.int(),
      score: col.real(),
      /** How many movies of the same platform and year score at least `score`: a range count read in one seek. */
      at_or_above: col.int(),
      title_id: col.text<TitleId>(),
      title: col.text(),
      rating_count: col.int(),
    },
    { primaryKey: ['platform', 'release_year', 'score', 'title_id'], withoutRowid: true },
  ),
  /** Per platform and release year, only the cast members who appear in the most titles. */
  catalog_actor_leaders: table(
    {
      platform: col.text<Platform>(),
      release_year: col.int(),
      actor: col.text(),
      title_count: col.int(),
      /** How many cast members share that maximum. */
      tie_count: col.int(),
    },
    { primaryKey: ['platform', 'release_year', 'actor'], withoutRowid: true },
  ),
  /** One row per title for search, with its folded title and its place in the search order. */
  catalog_title_search: table(
    {
      /** The row's key, in search order: fewer distinct words first, then more ratings, then id. */
      search_rank: col.int(),
      title_id: col.text<TitleId>(),
      folded_title: col.text(),
      title: col.text(),
      platform: col.text<Platform>(),
      type: col.text<TitleType>(),
      release_year: col.int(),
    },
    { primaryKey: ['search_rank'] },
  ),
  /** Each distinct word of each folded title; `search_rank` identifies the title. */
  catalog_title_tokens: table({ token: col.text(), search_rank: col.int() }),
  /** How many titles contain each word, to start a search from its rarest word. */
  catalog_search_terms: table(
    { token: col.text(), title_count: col.int() },
    { primaryKey: ['token'], withoutRowid: true },
  ),
  /** One row per title with what a list can filter or sort by. */
  catalog_browse: table(
    {
      title_id: col.text<TitleId>(),
      title: col.text(),
      platform: col.text<Platform>(),
      type: col.text<TitleType>(),
      release_year: col.int(),
      duration_int: nullable(col.int()),
      duration_type: nullable(col.text<DurationType>()),
      /** The title's mean rating, unrounded; null for a title nobody rated. */
      score: nullable(col.real()),
      ratings: col.int(),
      /** The catalog's `rating` column: the age rating (`pg-13`, `tv-ma`…). */
      age_rating: col.text(),
    },
    { primaryKey: ['title_id'], withoutRowid: true },
  ),
  /** Each title's canonical genres (`src/genres.ts`), with the catalog label that gave each one. */
  catalog_genres: table({ genre: col.text(), label: col.text(), title_id: col.text<TitleId>() }),
  catalog_countries: table({ country: col.text(), title_id: col.text<TitleId>() }),
  catalog_directors: table({ director: col.text(), title_id: col.text<TitleId>() }),
  /** How many ratings of each star value (0.5 … 5) each rated title has: the charts of ratings. */
  catalog_rating_counts: table(
    { title_id: col.text<TitleId>(), stars: col.real(), rating_count: col.int() },
    { primaryKey: ['title_id', 'stars'], withoutRowid: true },
  ),
};

export type CatalogTables = RowsOf<typeof CATALOG_TABLES>;

export type CatalogDatabase = Database & CatalogTables;

/**
 * The tables the ETL derives for the catalog questions (built by `etl/derived.ts`), as Kysely types.
 * Each one turns a question into an index lookup; `CatalogDatabase` is the store as the catalog sees it.
 */
import type { DurationType, Platform, TitleId, TitleType } from '../domain.ts';
import type { Database } from '../store/schema.ts';

/** Movies and TV shows per platform and release year, and how many of them list any cast. */
export interface CatalogTitleCountsTable {
  platform: Platform;
  release_year: number;
  movie_count: number;
  show_count: number;
  cast_title_count: number;
}

/** Movies measured in minutes (`min`) and TV shows measured in seasons (`season`), nothing else. */
export interface CatalogDurationsTable {
  duration_type: DurationType;
  platform: Platform;
  release_year: number;
  duration: number;
  title: string;
  title_id: TitleId;
}

/** Every movie's score (unrounded rating mean), with its rank inside its platform and release year. */
export interface CatalogMovieScoresTable {
  platform: Platform;
  release_year: number;
  score: number;
  /** How many movies of the same platform and year score at least `score`: a range count read in one seek. */
  at_or_above: number;
  title_id: TitleId;
  title: string;
  rating_count: number;
}

/** Per platform and release year, only the cast members who appear in the most titles. */
export interface CatalogActorLeadersTable {
  platform: Platform;
  release_year: number;
  actor: string;
  title_count: number;
  /** How many cast members share that maximum. */
  tie_count: number;
}

/** One row per title for search, with its folded title and its place in the search order. */
export interface CatalogTitleSearchTable {
  title_id: TitleId;
  folded_title: string;
  title: string;
  platform: Platform;
  type: TitleType;
  release_year: number;
  /** The row's key, in search order: fewer distinct words first, then more ratings, then id. */
  search_rank: number;
}

/** Each distinct word of each folded title; `search_rank` identifies the title. */
export interface CatalogTitleTokensTable {
  token: string;
  search_rank: number;
}

/** How many titles contain each word, to start a search from its rarest word. */
export interface CatalogSearchTermsTable {
  token: string;
  title_count: number;
}

/** One row per title with what a list can filter or sort by. */
export interface CatalogBrowseTable {
  title_id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  release_year: number;
  duration_int: number | null;
  duration_type: DurationType | null;
  /** The title's mean rating, unrounded; null for a title nobody rated. */
  score: number | null;
  ratings: number;
  /** The catalog's `rating` column: the age rating (`pg-13`, `tv-ma`…). */
  age_rating: string;
}

/** Each title's canonical genres (`src/genres.ts`), with the catalog label that gave each one. */
export interface CatalogGenresTable {
  genre: string;
  label: string;
  title_id: TitleId;
}

export interface CatalogCountriesTable {
  country: string;
  title_id: TitleId;
}

export interface CatalogDirectorsTable {
  director: string;
  title_id: TitleId;
}

export type CatalogTables = {
  catalog_title_counts: CatalogTitleCountsTable;
  catalog_durations: CatalogDurationsTable;
  catalog_movie_scores: CatalogMovieScoresTable;
  catalog_actor_leaders: CatalogActorLeadersTable;
  catalog_title_search: CatalogTitleSearchTable;
  catalog_title_tokens: CatalogTitleTokensTable;
  catalog_search_terms: CatalogSearchTermsTable;
  catalog_browse: CatalogBrowseTable;
  catalog_genres: CatalogGenresTable;
  catalog_countries: CatalogCountriesTable;
  catalog_directors: CatalogDirectorsTable;
};

export type CatalogDatabase = Database & CatalogTables;

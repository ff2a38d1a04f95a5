/**
 * The store's tables, each defined once (see table.ts): the Kysely `Database` type shared by the ETL
 * (which writes) and the catalog, recommender and bot (which only read), and the DDL that creates them.
 * Text columns are lower-case (client rule 4); dates are `YYYY-MM-DD` (rule 3).
 */
import type { DurationType, Platform, TitleId, TitleType } from '../domain.ts';
import { col, createTableSql, nullable, type RowsOf, table } from './table.ts';

export const STORE_TABLES = {
  titles: table(
    {
      id: col.text<TitleId>(),
      platform: col.text<Platform>(),
      show_id: col.text(),
      type: col.text<TitleType>(),
      title: col.text(),
      director: nullable(col.text()),
      cast: nullable(col.text()),
      country: nullable(col.text()),
      date_added: nullable(col.text()),
      release_year: col.int(),
      rating: col.text(),
      duration: nullable(col.text()),
      duration_int: nullable(col.int()),
      duration_type: nullable(col.text<DurationType>()),
      listed_in: nullable(col.text()),
      description: nullable(col.text()),
    },
    { primaryKey: ['id'] },
  ),
  title_cast: table({ title_id: col.text<TitleId>(), actor: col.text() }),
  title_genres: table({ title_id: col.text<TitleId>(), genre: col.text() }),
  ratings: table({
    user_id: col.int(),
    title_id: col.text<TitleId>(),
    rating: col.real(),
    rated_on: nullable(col.text()),
  }),
  title_scores: table(
    {
      title_id: col.text<TitleId>(),
      /** Unrounded mean of every valid rating row of the title. */
      score_mean: col.real(),
      score_count: col.int(),
    },
    { primaryKey: ['title_id'] },
  ),
  etl_runs: table(
    {
      id: col.int(),
      /** Identifies this data build in answers and `status`. */
      build_id: col.text(),
      started_at: col.text(),
      finished_at: nullable(col.text()),
      raw_dir: col.text(),
      /** JSON: [{ name, bytes, sha256 }] */
      sources: col.text(),
      /** JSON: counts per table and platform. */
      row_counts: col.text(),
      /** JSON: { reason: count } */
      reject_counts: col.text(),
      /** JSON: `CleaningCounts` (build-info.ts); null in stores built before they were counted. */
      cleaning_counts: nullable(col.text()),
    },
    { primaryKey: ['id'] },
  ),
  etl_rejects: table({
    file: col.text(),
    line: col.int(),
    /** The kind of problem (`rating_out_of_range`, `bad_quoting`, … see etl/rejects.ts). */
    kind: col.text(),
    reason: col.text(),
    raw: col.text(),
  }),
  /**
   * The ratings again, packed for training (written by etl/ratings-pack.ts in the same build as `ratings`,
   * read by src/recommender/packed-ratings.ts): one row per part, each a little-endian blob with its SHA-256.
   * `ratings` stays the data of record; a store without this table (or with a part whose checksum fails)
   * is trained from `ratings`.
   */
  ratings_packed: table(
    {
      /** `meta` (JSON: format, counts, chunk sizes), `user_ids` (int32 per dense user), `chunk <n>` (n from 0). */
      part: col.text(),
      data: col.blob(),
      /** SHA-256 of `data`. */
      sha256: col.blob(),
    },
    { primaryKey: ['part'] },
  ),
};

export type Database = RowsOf<typeof STORE_TABLES>;
export type TitlesTable = Database['titles'];
export type TitleCastTable = Database['title_cast'];
export type TitleGenresTable = Database['title_genres'];
export type RatingsTable = Database['ratings'];
export type TitleScoresTable = Database['title_scores'];
export type EtlRunsTable = Database['etl_runs'];
export type EtlRejectsTable = Database['etl_rejects'];
export type RatingsPackedTable = Database['ratings_packed'];

/** Tables are created bare; indexes come after the bulk load (see `INDEXES`). */
export const CREATE_TABLES: readonly string[] = Object.entries(STORE_TABLES).map(([name, definition]) =>
  createTableSql(name, definition),
);

/** Bumped whenever the packed layout changes: a reader finding another format reads `ratings` instead. */
export const RATINGS_PACK_FORMAT = 1;

/**
 * The `meta` part. Ratings are in `ratings`' row order (rowid), cut into `chunks`; chunk n is laid out
 * as `ratingsPackChunkLayout` says: the dense users as runs (int32 values, then int32 run lengths), the
 * halves (rating × 2) as runs likewise, then one dense title per rating (`titleBytes` wide, unsigned).
 * Runs because the writer inserts rows 500 at a time per rating value and the rating files are grouped by
 * user: on the real data 11 M users are 0.67 M runs and 11 M halves 22 k. Dense users are numbered by
 * first appearance in that order (`user_ids` maps them back); dense titles are positions in
 * `SELECT id FROM titles ORDER BY id`, whose ids, each followed by a newline, hash to `titleIdsSha256`.
 */
export interface RatingsPackMeta {
  format: number;
  ratings: number;
  users: number;
  titles: number;
  titleBytes: 2 | 4;
  titleIdsSha256: string;
  chunks: RatingsPackChunk[];
}

export interface RatingsPackChunk {
  ratings: number;
  userRuns: number;
  halfRuns: number;
}

/** Byte offsets of a chunk's arrays inside its blob, and its size. */
export function ratingsPackChunkLayout(chunk: RatingsPackChunk, titleBytes: 2 | 4) {
  const userValues = 0;
  const userLengths = userValues + 4 * chunk.userRuns;
  const halfValues = userLengths + 4 * chunk.userRuns;
  const halfLengths = halfValues + 4 * chunk.halfRuns;
  const titles = halfLengths + 4 * chunk.halfRuns;
  return {
    userValues,
    userLengths,
    halfValues,
    halfLengths,
    titles,
    bytes: titles + titleBytes * chunk.ratings,
  };
}

export const RATINGS_PACK_META_PART = 'meta';
export const RATINGS_PACK_USERS_PART = 'user_ids';
export const ratingsPackChunkPart = (chunk: number): string => `chunk ${chunk}`;

/**
 * Built after the bulk load (an index maintained row by row during the load would cost several times more).
 * `ratings` has none: its readers scan it whole (training) or use `title_scores`.
 */
export const INDEXES: readonly string[] = [
  'CREATE INDEX titles_platform_type ON titles (platform, type, release_year)',
  'CREATE INDEX title_cast_title ON title_cast (title_id)',
];

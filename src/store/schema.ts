/**
 * The store's tables: the Kysely `Database` type shared by the ETL (which writes) and the
 * catalog, recommender and bot (which only read), with the DDL that creates them.
 * Text columns are lower-case (client rule 4); dates are `YYYY-MM-DD` (rule 3).
 */
import type { DurationType, Platform, TitleId, TitleType } from '../domain.ts';

export interface TitlesTable {
  id: TitleId;
  platform: Platform;
  show_id: string;
  type: TitleType;
  title: string;
  director: string | null;
  cast: string | null;
  country: string | null;
  date_added: string | null;
  release_year: number;
  rating: string;
  duration: string | null;
  duration_int: number | null;
  duration_type: DurationType | null;
  listed_in: string | null;
  description: string | null;
}

export interface TitleCastTable {
  title_id: TitleId;
  actor: string;
}

export interface TitleGenresTable {
  title_id: TitleId;
  genre: string;
}

export interface RatingsTable {
  user_id: number;
  title_id: TitleId;
  rating: number;
  rated_on: string | null;
}

export interface TitleScoresTable {
  title_id: TitleId;
  /** Unrounded mean of every valid rating row of the title. */
  score_mean: number;
  score_count: number;
}

export interface EtlRunsTable {
  id: number;
  /** Identifies this data build in answers and `status`. */
  build_id: string;
  started_at: string;
  finished_at: string | null;
  raw_dir: string;
  /** JSON: [{ name, bytes, sha256 }] */
  sources: string;
  /** JSON: counts per table and platform. */
  row_counts: string;
  /** JSON: { reason: count } */
  reject_counts: string;
}

export interface EtlRejectsTable {
  file: string;
  line: number;
  /** The kind of problem (`rating_out_of_range`, `bad_quoting`, … see etl/rejects.ts). */
  kind: string;
  reason: string;
  raw: string;
}

/**
 * The ratings again, packed for training (written by etl/ratings-pack.ts in the same build as `ratings`,
 * read by src/recommender/packed-ratings.ts): one row per part, each a little-endian blob with its SHA-256.
 * `ratings` stays the data of record; a store without this table (or with a part whose checksum fails)
 * is trained from `ratings`.
 */
export interface RatingsPackedTable {
  /** `meta` (JSON: format, counts, chunk sizes), `user_ids` (int32 per dense user), `chunk <n>` (n from 0). */
  part: string;
  data: Uint8Array;
  /** SHA-256 of `data`. */
  sha256: Uint8Array;
}

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

export interface Database {
  titles: TitlesTable;
  title_cast: TitleCastTable;
  title_genres: TitleGenresTable;
  ratings: RatingsTable;
  title_scores: TitleScoresTable;
  etl_runs: EtlRunsTable;
  etl_rejects: EtlRejectsTable;
  ratings_packed: RatingsPackedTable;
}

/** Tables are created bare; indexes come after the bulk load (see `INDEXES`). */
export const CREATE_TABLES: readonly string[] = [
  `CREATE TABLE titles (
    id TEXT PRIMARY KEY,
    platform TEXT NOT NULL,
    show_id TEXT NOT NULL,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    director TEXT,
    "cast" TEXT,
    country TEXT,
    date_added TEXT,
    release_year INTEGER NOT NULL,
    rating TEXT NOT NULL,
    duration TEXT,
    duration_int INTEGER,
    duration_type TEXT,
    listed_in TEXT,
    description TEXT
  )`,
  'CREATE TABLE title_cast (title_id TEXT NOT NULL, actor TEXT NOT NULL)',
  'CREATE TABLE title_genres (title_id TEXT NOT NULL, genre TEXT NOT NULL)',
  'CREATE TABLE ratings (user_id INTEGER NOT NULL, title_id TEXT NOT NULL, rating REAL NOT NULL, rated_on TEXT)',
  'CREATE TABLE title_scores (title_id TEXT PRIMARY KEY, score_mean REAL NOT NULL, score_count INTEGER NOT NULL)',
  `CREATE TABLE etl_runs (
    id INTEGER PRIMARY KEY,
    build_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    raw_dir TEXT NOT NULL,
    sources TEXT NOT NULL,
    row_counts TEXT NOT NULL,
    reject_counts TEXT NOT NULL
  )`,
  `CREATE TABLE etl_rejects (
    file TEXT NOT NULL, line INTEGER NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL, raw TEXT NOT NULL
  )`,
  'CREATE TABLE ratings_packed (part TEXT PRIMARY KEY, data BLOB NOT NULL, sha256 BLOB NOT NULL)',
];

/**
 * Built after the bulk load (an index maintained row by row during the load would cost several times more).
 * `ratings` has none: its readers scan it whole (training) or use `title_scores`.
 */
export const INDEXES: readonly string[] = [
  'CREATE INDEX titles_platform_type ON titles (platform, type, release_year)',
  'CREATE INDEX title_cast_title ON title_cast (title_id)',
];

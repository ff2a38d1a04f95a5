/**
 * The model's tables inside the store, beside the data they were trained on, so one file carries
 * both and one atomic swap replaces both. Factor vectors are float32 BLOBs, one per user and title.
 */
import type { TitleId, UserId } from '../domain.ts';
import type { Database } from '../store/schema.ts';

export interface ModelInfoTable {
  /** Always 1: a store holds one model. */
  id: number;
  trained_at: string;
  /** The data build (`etl_runs.build_id`) the model was trained on. */
  data_build_id: string | null;
  global_mean: number;
  factors: number;
  /** The pseudo-counts the biases were shrunk with (estimated when the options said `auto`). */
  user_bias_reg: number;
  item_bias_reg: number;
  rating_count: number;
  user_count: number;
  title_count: number;
  train_ms: number;
}

/** The training options as given, one row per option (`factors`, `epochs`, …), each value as JSON. */
export interface ModelOptionsTable {
  name: string;
  value: string;
}

/** Measurements taken when training (training loss, and the hold-out evaluation when one was run). */
export interface ModelMetricsTable {
  name: string;
  value: number;
}

export interface ModelUsersTable {
  user_id: UserId;
  /** Ratings the model learnt this user from. */
  rating_count: number;
  bias: number;
  /** `factors` float32 values, little-endian. */
  factors: Uint8Array;
  /**
   * The titles the user rated, as int32 positions in `model_titles` ordered by `title_id`: what
   * `recommendFor` leaves out, read in one key lookup (an index on `ratings` would add ~200 MB).
   */
  rated: Uint8Array;
}

export interface ModelTitlesTable {
  title_id: TitleId;
  rating_count: number;
  bias: number;
  factors: Uint8Array;
}

export type ModelTables = {
  model_info: ModelInfoTable;
  model_options: ModelOptionsTable;
  model_metrics: ModelMetricsTable;
  model_users: ModelUsersTable;
  model_titles: ModelTitlesTable;
};

export type ModelDatabase = Database & ModelTables;

export const MODEL_TABLES = [
  'model_info',
  'model_options',
  'model_metrics',
  'model_users',
  'model_titles',
] as const satisfies readonly (keyof ModelTables)[];

export const CREATE_MODEL_TABLES: readonly string[] = [
  `CREATE TABLE model_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    trained_at TEXT NOT NULL,
    data_build_id TEXT,
    global_mean REAL NOT NULL,
    factors INTEGER NOT NULL,
    user_bias_reg REAL NOT NULL,
    item_bias_reg REAL NOT NULL,
    rating_count INTEGER NOT NULL,
    user_count INTEGER NOT NULL,
    title_count INTEGER NOT NULL,
    train_ms REAL NOT NULL
  )`,
  'CREATE TABLE model_options (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
  'CREATE TABLE model_metrics (name TEXT PRIMARY KEY, value REAL NOT NULL)',
  `CREATE TABLE model_users (
    user_id INTEGER PRIMARY KEY,
    rating_count INTEGER NOT NULL,
    bias REAL NOT NULL,
    factors BLOB NOT NULL,
    rated BLOB NOT NULL
  )`,
  `CREATE TABLE model_titles (
    title_id TEXT PRIMARY KEY,
    rating_count INTEGER NOT NULL,
    bias REAL NOT NULL,
    factors BLOB NOT NULL
  ) WITHOUT ROWID`,
];

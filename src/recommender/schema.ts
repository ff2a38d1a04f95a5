/**
 * The model's tables inside the store, beside the data they were trained on, so one file carries
 * both and one atomic swap replaces both. Factor vectors are float32 BLOBs, one per user and title.
 */
import type { TitleId, UserId } from '../domain.ts';
import type { Database } from '../store/schema.ts';
import { col, createTableSql, nullable, type RowsOf, table } from '../store/table.ts';

export const MODEL_TABLES = {
  model_info: table(
    {
      /** Always 1: a store holds one model. */
      id: col.int(),
      trained_at: col.text(),
      /** The data build (`etl_runs.build_id`) the model was trained on. */
      data_build_id: nullable(col.text()),
      global_mean: col.real(),
      factors: col.int(),
      /** The pseudo-counts the biases were shrunk with (estimated when the options said `auto`). */
      user_bias_reg: col.real(),
      item_bias_reg: col.real(),
      rating_count: col.int(),
      user_count: col.int(),
      title_count: col.int(),
      train_ms: col.real(),
    },
    { primaryKey: ['id'], checks: ['id = 1'] },
  ),
  /** The training options as given, one row per option (`factors`, `epochs`, …), each value as JSON. */
  model_options: table({ name: col.text(), value: col.text() }, { primaryKey: ['name'] }),
  /** Measurements taken when training (training loss, and the hold-out evaluation when one was run). */
  model_metrics: table({ name: col.text(), value: col.real() }, { primaryKey: ['name'] }),
  model_users: table(
    {
      user_id: col.int<UserId>(),
      /** Ratings the model learnt this user from. */
      rating_count: col.int(),
      bias: col.real(),
      /** `factors` float32 values, little-endian. */
      factors: col.blob(),
      /**
       * The titles the user rated, as int32 positions in `model_titles` ordered by `title_id`: what
       * `recommendFor` leaves out, read in one key lookup (an index on `ratings` would add ~200 MB).
       */
      rated: col.blob(),
      /** How many ratings of each star value the user gave: 10 uint32 values, 0.5 ★ first (their chart). */
      star_counts: col.blob(),
      /** The user's rating of each title in `rated`, one byte each in halves (the reasons of their picks). */
      rated_halves: col.blob(),
    },
    { primaryKey: ['user_id'] },
  ),
  model_titles: table(
    { title_id: col.text<TitleId>(), rating_count: col.int(), bias: col.real(), factors: col.blob() },
    { primaryKey: ['title_id'], withoutRowid: true },
  ),
};

export type ModelTables = RowsOf<typeof MODEL_TABLES>;

export type ModelDatabase = Database & ModelTables;

export const CREATE_MODEL_TABLES: readonly string[] = Object.entries(MODEL_TABLES).map(([name, definition]) =>
  createTableSql(name, definition),
);

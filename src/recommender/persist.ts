/**
 * Saving a trained model into the store. The live store is copied to a temporary file beside it,
 * the model tables are replaced in the copy, the copy is checked and renamed over the live file
 * (`buildAtomically`), so readers see the old data and model or the new model, never a half-written one.
 * Written with plain SQLite statements: this is a build step on a private temporary file.
 */
import { copyFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { STAR_VALUES } from '../domain.ts';
import { buildAtomically } from '../store/atomic.ts';
import { readBuildInfo } from '../store/build-info.ts';
import { prepareInsert } from '../store/table.ts';
import type { FactorModel } from './model.ts';
import type { RatedTitles } from './ratings.ts';
import { CREATE_MODEL_TABLES, MODEL_TABLES } from './schema.ts';

export interface ModelRecord {
  model: FactorModel;
  /** The titles each user rated, over the model's dense numbers. */
  rated: RatedTitles;
  /** Each user's ratings per star value (`starCountsByUser`). */
  starCounts: Uint32Array;
  trainedAt: string;
  /** The data build the ratings came from: the save refuses a store rebuilt meanwhile. */
  dataBuildId: string | null;
  trainMs: number;
  metrics: Record<string, number>;
}

class ModelSaveError extends Error {}

export async function saveModel(storePath: string, record: ModelRecord): Promise<void> {
  await buildAtomically(
    storePath,
    (tmpPath) => {
      copyFileSync(storePath, tmpPath);
      const sqlite = new BetterSqlite3(tmpPath);
      try {
        // A private file that is renamed into place only once complete: no journal needed.
        sqlite.pragma('journal_mode = OFF');
        sqlite.pragma('synchronous = OFF');
        assertSameBuild(sqlite, record.dataBuildId);
        sqlite.transaction(() => writeModel(sqlite, record))();
      } finally {
        sqlite.close();
      }
    },
    { verify: (tmpPath) => verifyModel(tmpPath, record.model) },
  );
}

function assertSameBuild(sqlite: BetterSqlite3.Database, trainedOn: string | null): void {
  const current = readBuildInfo(sqlite)?.buildId ?? null;
  if (current !== trainedOn) {
    throw new ModelSaveError(
      `the store was rebuilt while the model trained (data ${trainedOn ?? 'unknown'} → ${current ?? 'unknown'}): train again`,
    );
  }
}

function writeModel(sqlite: BetterSqlite3.Database, record: ModelRecord): void {
  const { model } = record;
  for (const table of Object.keys(MODEL_TABLES)) sqlite.exec(`DROP TABLE IF EXISTS ${table}`);
  for (const ddl of CREATE_MODEL_TABLES) sqlite.exec(ddl);
  prepareInsert(sqlite, MODEL_TABLES, 'model_info').run({
    id: 1,
    trained_at: record.trainedAt,
    data_build_id: record.dataBuildId,
    global_mean: model.globalMean,
    factors: model.factors,
    user_bias_reg: model.biasReg.user,
    item_bias_reg: model.biasReg.item,
    rating_count: sum(model.userRatings),
    user_count: model.userIds.length,
    title_count: model.titleIds.length,
    train_ms: record.trainMs,
  });
  const insertOption = prepareInsert(sqlite, MODEL_TABLES, 'model_options');
  for (const [name, value] of Object.entries(model.options))
    insertOption.run({ name, value: JSON.stringify(value) });
  const insertMetric = prepareInsert(sqlite, MODEL_TABLES, 'model_metrics');
  for (const [name, value] of Object.entries(record.metrics)) insertMetric.run({ name, value });

  const k = model.factors;
  const insertUser = prepareInsert(sqlite, MODEL_TABLES, 'model_users');
  const { start, titles } = record.rated;
  for (let u = 0; u < model.userIds.length; u++) {
    insertUser.run({
      user_id: model.userIds[u]!,
      rating_count: model.userRatings[u]!,
      bias: model.userBias[u]!,
      factors: factorBlob(model.userFactors, u, k),
      rated: bytesOf(titles.subarray(start[u]!, start[u + 1]!)),
      star_counts: bytesOf(record.starCounts.subarray(u * STAR_VALUES, (u + 1) * STAR_VALUES)),
      rated_halves: bytesOf(record.rated.halves.subarray(start[u]!, start[u + 1]!)),
    });
  }
  const insertTitle = prepareInsert(sqlite, MODEL_TABLES, 'model_titles');
  for (let i = 0; i < model.titleIds.length; i++) {
    insertTitle.run({
      title_id: model.titleIds[i]!,
      rating_count: model.itemRatings[i]!,
      bias: model.itemBias[i]!,
      factors: factorBlob(model.itemFactors, i, k),
    });
  }
}

/** Row `row` of a row-major float32 matrix as bytes. */
function factorBlob(matrix: Float32Array, row: number, k: number): Buffer {
  return bytesOf(matrix.subarray(row * k, row * k + k));
}

/** A typed array's bytes in the machine's order (little-endian on every platform Node supports here). */
function bytesOf(view: Float32Array | Int32Array | Uint32Array | Uint8Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function sum(values: Int32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The copy holds exactly this model, and SQLite finds the model tables sound. */
function verifyModel(tmpPath: string, model: FactorModel): void {
  const sqlite = new BetterSqlite3(tmpPath, { readonly: true });
  try {
    for (const table of Object.keys(MODEL_TABLES)) {
      const problems = sqlite.pragma(`integrity_check(${table})`, { simple: true });
      if (problems !== 'ok')
        throw new ModelSaveError(`model table ${table} failed its integrity check: ${problems}`);
    }
    const users = sqlite.prepare('SELECT count(*) FROM model_users').pluck().get();
    const titles = sqlite.prepare('SELECT count(*) FROM model_titles').pluck().get();
    if (users !== model.userIds.length || titles !== model.titleIds.length) {
      throw new ModelSaveError(
        `saved model has ${users} users and ${titles} titles, expected ${model.userIds.length} and ${model.titleIds.length}`,
      );
    }
  } finally {
    sqlite.close();
  }
}

/**
 * The model as served: loaded once per open store into typed arrays (the cache is keyed by the Store
 * object, so a reloaded store brings its own model), with what answers need about every title.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { PLATFORMS, type TitleId, type TitleType } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { queriesOn } from '../store/prepared.ts';
import type { FactorModel } from './model.ts';
import type { TrainOptions } from './options.ts';
import type { ModelDatabase } from './schema.ts';

export interface ModelInfo {
  trainedAt: string;
  dataBuildId: string | null;
  ratingCount: number;
  trainMs: number;
  metrics: Record<string, number>;
}

/** Per dense title number: what an answer shows and the title's raw reception. */
export interface TitleFacts {
  titleIds: readonly TitleId[];
  names: readonly string[];
  platform: Uint8Array;
  /** 0 movie, 1 tv show. */
  type: Uint8Array;
  year: Int16Array;
  /** Unrounded mean rating from the store's `title_scores` (NaN when unrated). */
  scoreMean: Float64Array;
  scoreCount: Int32Array;
}

export interface ServingModel {
  model: FactorModel;
  info: ModelInfo;
  titles: TitleFacts;
  /** Dense user number of a user id, or -1 for a user the model never saw. */
  userNumber(userId: number): number;
  /** Dense title number of a title id, or -1. */
  titleNumber(titleId: string): number;
  /** Dense numbers of the titles a user has rated (one key lookup; empty for a user the model never saw). */
  ratedTitles(userId: number): Int32Array;
  /**
   * How many ratings of each star value (0.5 ★ first) a user gave; null for a user the model never saw,
   * or a model trained before these counts were kept.
   */
  starCounts(userId: number): Uint32Array | null;
  /**
   * The user's own ratings: dense title numbers and their rating of each, in halves; null for a user the
   * model never saw, or a model trained before it kept them.
   */
  ownRatings(userId: number): { titles: Int32Array; halves: Uint8Array } | null;
}

export const TITLE_TYPE_CODES: readonly TitleType[] = ['movie', 'tv show'];

const cache = new WeakMap<Store, ServingModel | null>();

/** The store's model, or null when it has none (never trained, or the data was rebuilt since). */
export function servingModel(store: Store): ServingModel | null {
  let serving = cache.get(store);
  if (serving === undefined) {
    serving = hasModel(store.sqlite) ? loadServingModel(store) : null;
    cache.set(store, serving);
  }
  return serving;
}

function hasModel(sqlite: BetterSqlite3.Database): boolean {
  return (
    sqlite
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'model_info'")
      .pluck()
      .get() === 1
  );
}

const modelQuery = queriesOn<ModelDatabase>();
const infoRow = modelQuery((db) => db.selectFrom('model_info').selectAll());
const optionRows = modelQuery((db) => db.selectFrom('model_options').select(['name', 'value']));
const metricRows = modelQuery((db) => db.selectFrom('model_metrics').select(['name', 'value']));
const userRows = modelQuery((db) =>
  db.selectFrom('model_users').select(['user_id', 'rating_count', 'bias', 'factors']).orderBy('user_id'),
);
const titleRows = modelQuery((db) =>
  db.selectFrom('model_titles').select(['title_id', 'rating_count', 'bias', 'factors']).orderBy('title_id'),
);
const ratedBy = modelQuery((db, $: { userId: number }) =>
  db.selectFrom('model_users').select('rated').where('user_id', '=', $.userId),
);
const ownRatingsOf = modelQuery((db, $: { userId: number }) =>
  db.selectFrom('model_users').select(['rated', 'rated_halves']).where('user_id', '=', $.userId),
);
const starCountsOf = modelQuery((db, $: { userId: number }) =>
  db.selectFrom('model_users').select('star_counts').where('user_id', '=', $.userId),
);
const titleFactRows = modelQuery((db) =>
  db
    .selectFrom('titles as t')
    .leftJoin('title_scores as s', 's.title_id', 't.id')
    .select(['t.id', 't.title', 't.platform', 't.type', 't.release_year', 's.score_mean', 's.score_count']),
);

function loadServingModel(store: Store): ServingModel {
  const info = infoRow.get(store, {})!;
  const options = Object.fromEntries(
    optionRows.all(store, {}).map(({ name, value }) => [name, JSON.parse(value)]),
  ) as TrainOptions;
  const metrics = Object.fromEntries(metricRows.all(store, {}).map(({ name, value }) => [name, value]));
  const k = info.factors;

  const userIds = new Int32Array(info.user_count);
  const userBias = new Float64Array(info.user_count);
  const userRatings = new Int32Array(info.user_count);
  const userFactors = new Float32Array(info.user_count * k);
  const userOf = new Map<number, number>();
  let u = 0;
  for (const { user_id: userId, rating_count: ratings, bias, factors } of userRows.iterate(store, {})) {
    userIds[u] = userId;
    userRatings[u] = ratings;
    userBias[u] = bias;
    copyFactors(userFactors, u, k, factors);
    userOf.set(userId, u);
    u++;
  }

  const titleIds: TitleId[] = [];
  const itemBias = new Float64Array(info.title_count);
  const itemRatings = new Int32Array(info.title_count);
  const itemFactors = new Float32Array(info.title_count * k);
  for (const { title_id: titleId, rating_count: ratings, bias, factors } of titleRows.iterate(store, {})) {
    const i = titleIds.length;
    titleIds.push(titleId);
    itemRatings[i] = ratings;
    itemBias[i] = bias;
    copyFactors(itemFactors, i, k, factors);
  }
  const titleOf = new Map<string, number>(titleIds.map((id, i) => [id, i]));

  const model: FactorModel = {
    options,
    biasReg: { user: info.user_bias_reg, item: info.item_bias_reg },
    globalMean: info.global_mean,
    factors: k,
    userBias,
    itemBias,
    userFactors,
    itemFactors,
    userRatings,
    itemRatings,
    userIds,
    titleIds,
  };
  // Read once per loaded model: a model trained before these columns existed lacks them.
  const keepsStarCounts = keepsColumn(store.sqlite, 'star_counts');
  const keepsOwnRatings = keepsColumn(store.sqlite, 'rated_halves');
  return {
    model,
    info: {
      trainedAt: info.trained_at,
      dataBuildId: info.data_build_id,
      ratingCount: info.rating_count,
      trainMs: info.train_ms,
      metrics,
    },
    titles: loadTitleFacts(store, titleIds, titleOf),
    userNumber: (userId) => userOf.get(userId) ?? -1,
    titleNumber: (titleId) => titleOf.get(titleId) ?? -1,
    ratedTitles(userId) {
      const blob = ratedBy.get(store, { userId })?.rated;
      return blob ? int32sOf(blob, Int32Array) : new Int32Array(0);
    },
    ownRatings(userId) {
      if (!keepsOwnRatings) return null;
      const row = ownRatingsOf.get(store, { userId });
      return row
        ? { titles: int32sOf(row.rated, Int32Array), halves: new Uint8Array(row.rated_halves) }
        : null;
    },
    starCounts(userId) {
      if (!keepsStarCounts) return null;
      const blob = starCountsOf.get(store, { userId })?.star_counts;
      return blob ? int32sOf(blob, Uint32Array) : null;
    },
  };
}

/** Copied: a BLOB's buffer need not be aligned for a 32-bit view. */
function int32sOf<A extends Int32Array | Uint32Array>(blob: Uint8Array, View: new (length: number) => A): A {
  const values = new View(blob.byteLength / 4);
  new Uint8Array(values.buffer).set(blob);
  return values;
}

/** Whether the model's user table has `column` (a model trained before it was added has not). */
function keepsColumn(sqlite: BetterSqlite3.Database, column: string): boolean {
  return (
    sqlite
      .prepare("SELECT count(*) FROM pragma_table_info('model_users') WHERE name = ?")
      .pluck()
      .get(column) === 1
  );
}

function copyFactors(matrix: Float32Array, row: number, k: number, blob: Uint8Array): void {
  // Byte copy: a BLOB's buffer need not be aligned for a Float32Array view.
  new Uint8Array(matrix.buffer, matrix.byteOffset + row * k * 4, k * 4).set(blob.subarray(0, k * 4));
}

function loadTitleFacts(
  store: Store,
  titleIds: readonly TitleId[],
  titleOf: Map<string, number>,
): TitleFacts {
  const count = titleIds.length;
  const facts: TitleFacts = {
    titleIds,
    names: new Array<string>(count).fill(''),
    platform: new Uint8Array(count),
    type: new Uint8Array(count),
    year: new Int16Array(count),
    scoreMean: new Float64Array(count).fill(Number.NaN),
    scoreCount: new Int32Array(count),
  };
  const names = facts.names as string[];
  for (const row of titleFactRows.iterate(store, {})) {
    const { id, title, platform, type, release_year: year, score_mean: mean, score_count: ratings } = row;
    const i = titleOf.get(id);
    if (i === undefined) continue;
    names[i] = title;
    facts.platform[i] = PLATFORMS.indexOf(platform);
    facts.type[i] = TITLE_TYPE_CODES.indexOf(type);
    facts.year[i] = year;
    facts.scoreMean[i] = mean ?? Number.NaN;
    facts.scoreCount[i] = ratings ?? 0;
  }
  return facts;
}

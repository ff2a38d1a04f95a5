/**
 * The numbers behind each chart, counted from the store: the catalog charts aggregate the titles the
 * browse filters match (src/catalog/browse.ts), the rating charts add up the per-title star counts the ETL
 * keeps (`catalog_rating_counts`), and a user's chart reads the counts the model kept for them.
 */
import { type MatchedTitle, matchingTitles } from '../catalog/browse.ts';
import { guardStore, preparedQuery } from '../catalog/prepared.ts';
import { type CatalogErrorCode, failure, success } from '../catalog/result.ts';
import { type Platform, STAR_VALUES, type TitleId, type TitleType } from '../domain.ts';
import { servingModel } from '../recommender/serving.ts';
import type { Result } from '../result.ts';
import type { Store } from '../store/open.ts';
import type { ChartArgs, ChartKind } from './kinds.ts';

/** The recommendation line of the scores chart: a title predicted this or more is recommended. */
export const RECOMMEND_LINE = 3.5;
const MINUTES_BIN = 10;
/** Genres shown: the most frequent over the platforms charted. */
const TOP_GENRES = 10;

export interface YearCount {
  year: number;
  /** A platform, or a title type when one platform is charted. */
  group: Platform | TitleType;
  count: number;
}
/** A histogram bin, `from` inclusive, `to` exclusive. */
export interface BinCount {
  from: number;
  to: number;
  count: number;
}
export interface StarCount {
  stars: number;
  count: number;
}
export interface GenreCount {
  platform: Platform;
  genre: string;
  count: number;
}
export interface PlatformCount {
  platform: Platform;
  type: TitleType;
  count: number;
}

interface Common<K extends ChartKind> {
  kind: K;
  args: ChartArgs;
  /** What the chart counts: titles, or ratings for the rating charts. */
  total: number;
}

export type ChartData =
  | (Common<'titles_per_year'> & { stackBy: 'platform' | 'type'; rows: YearCount[] })
  /** Movies in minutes (10-minute bins), or TV shows in seasons (one bin per season count). */
  | (Common<'durations'> & { unit: 'min' | 'season'; rows: BinCount[] })
  | (Common<'scores'> & { rows: BinCount[]; step: number; atOrAboveLine: number })
  | (Common<'genres'> & { rows: GenreCount[] })
  | (Common<'platforms'> & { rows: PlatformCount[] })
  | (Common<'ratings'> & { rows: StarCount[]; mean: number | null })
  | (Common<'title_ratings'> & { rows: StarCount[]; mean: number | null; title: ChartTitle })
  | (Common<'user_ratings'> & {
      rows: StarCount[];
      mean: number | null;
      /** The model's estimate for this user on an average title: the global mean plus their bias. */
      baseline: number;
      bias: number;
    });

export interface ChartTitle {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  release_year: number;
}

export type ChartFailure =
  | 'unknown_user'
  /** The store's model is missing, or was trained before it kept each user's star counts. */
  | 'model_missing';

export type ChartResult = Result<ChartData, CatalogErrorCode | ChartFailure>;

export function chartData(store: Store, args: ChartArgs): ChartResult {
  if (args.kind === 'user_ratings') return userRatings(store, args);
  if (args.kind === 'title_ratings') return titleRatings(store, args);
  const { kind: _kind, title_id: _title, user_id: _user, ...filters } = args;
  const matched = matchingTitles(store, filters);
  if (!matched.ok) return matched;
  const titles = matched.value.titles;
  const checked: ChartArgs = { ...matched.value.args, kind: args.kind };
  switch (args.kind) {
    case 'titles_per_year':
      return success(titlesPerYear(checked, titles));
    case 'durations':
      return success(durations(checked, titles));
    case 'scores':
      return success(scores(checked, titles));
    case 'genres':
      return success(genres(checked, titles));
    case 'platforms':
      return success(platforms(checked, titles));
    case 'ratings':
      return guardStore(() => {
        const rows = sumStars(store, titles);
        return success({ kind: 'ratings', args: checked, total: totalOf(rows), rows, mean: meanOf(rows) });
      });
  }
}

function titlesPerYear(args: ChartArgs, titles: MatchedTitle[]): ChartData {
  const stackBy = args.platform ? 'type' : 'platform';
  const counts = new Map<string, YearCount>();
  for (const title of titles) {
    const group = title[stackBy];
    const key = `${title.release_year}|${group}`;
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { year: title.release_year, group, count: 1 });
  }
  const rows = [...counts.values()].sort((a, b) => a.year - b.year || (a.group < b.group ? -1 : 1));
  return { kind: 'titles_per_year', args, total: titles.length, stackBy, rows };
}

/** Movies unless the chart asks for TV shows: each is measured in its own unit. */
function durations(args: ChartArgs, titles: MatchedTitle[]): ChartData {
  const unit = args.type === 'tv show' ? 'season' : 'min';
  const width = unit === 'min' ? MINUTES_BIN : 1;
  const counts = new Map<number, number>();
  let total = 0;
  for (const title of titles) {
    if (title.duration_type !== unit || title.duration_int === null) continue;
    if (title.type !== (unit === 'min' ? 'movie' : 'tv show')) continue;
    const from = Math.floor(title.duration_int / width) * width;
    counts.set(from, (counts.get(from) ?? 0) + 1);
    total++;
  }
  const rows = binsOf(counts, width);
  return {
    kind: 'durations',
    args: { ...args, type: unit === 'min' ? 'movie' : 'tv show' },
    total,
    unit,
    rows,
  };
}

/** Bin widths for the scores, the finest giving at most MAX_SCORE_BINS bins over the scores charted. */
const SCORE_STEPS = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5];
const MAX_SCORE_BINS = 40;

function scores(args: ChartArgs, titles: MatchedTitle[]): ChartData {
  const scored = titles.map((t) => t.score).filter((score): score is number => score !== null);
  const step = scoreStep(scored);
  const counts = new Map<number, number>();
  for (const score of scored) {
    // Whole steps, so a bin edge is exact however the float falls; 5 ★ joins the last bin.
    const bin = Math.min(Math.floor(score / step + 1e-9), Math.round(5 / step) - 1);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const edge = (bin: number) => Math.round(bin * step * 1000) / 1000;
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bin, count]) => ({ from: edge(bin), to: edge(bin + 1), count }));
  const atOrAboveLine = scored.filter((score) => score >= RECOMMEND_LINE).length;
  return { kind: 'scores', args, total: scored.length, rows, step, atOrAboveLine };
}

/** Scores bunch up (most real titles score 3.3–3.7): the bins follow their spread. */
export function scoreStep(scores: readonly number[]): number {
  if (scores.length === 0) return 0.1;
  const spread = Math.max(...scores) - Math.min(...scores);
  return SCORE_STEPS.find((step) => spread / step <= MAX_SCORE_BINS) ?? 0.5;
}

function genres(args: ChartArgs, titles: MatchedTitle[]): ChartData {
  const counts = new Map<string, GenreCount>();
  const byGenre = new Map<string, number>();
  for (const title of titles) {
    for (const genre of title.genres) {
      const key = `${title.platform}|${genre}`;
      const found = counts.get(key);
      if (found) found.count++;
      else counts.set(key, { platform: title.platform, genre, count: 1 });
      byGenre.set(genre, (byGenre.get(genre) ?? 0) + 1);
    }
  }
  const top = new Set(
    [...byGenre.entries()]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, TOP_GENRES)
      .map(([genre]) => genre),
  );
  const rows = [...counts.values()]
    .filter((row) => top.has(row.genre))
    .sort((a, b) => b.count - a.count || (a.genre < b.genre ? -1 : 1) || (a.platform < b.platform ? -1 : 1));
  return { kind: 'genres', args, total: titles.length, rows };
}

function platforms(args: ChartArgs, titles: MatchedTitle[]): ChartData {
  const counts = new Map<string, PlatformCount>();
  for (const { platform, type } of titles) {
    const key = `${platform}|${type}`;
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { platform, type, count: 1 });
  }
  const rows = [...counts.values()].sort((a, b) =>
    a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : a.type < b.type ? -1 : 1,
  );
  return { kind: 'platforms', args, total: titles.length, rows };
}

// ── ratings ──────────────────────────────────────────────────────────────────────────────────────
const starRows = preparedQuery((db) =>
  db.selectFrom('catalog_rating_counts').select(['title_id', 'stars', 'rating_count']),
);
const titleRow = preparedQuery((db, $: { id: TitleId }) =>
  db.selectFrom('titles').select(['id', 'title', 'platform', 'type', 'release_year']).where('id', '=', $.id),
);

/** Every title's star counts (230 k rows on the real data), read once per store. */
const starsByStore = new WeakMap<Store, Map<string, Float64Array>>();
function starsOf(store: Store): Map<string, Float64Array> {
  let stars = starsByStore.get(store);
  if (!stars) {
    stars = new Map();
    for (const { title_id, stars: value, rating_count } of starRows.all(store, {})) {
      let counts = stars.get(title_id);
      if (!counts) {
        counts = new Float64Array(STAR_VALUES);
        stars.set(title_id, counts);
      }
      counts[Math.round(value * 2) - 1] = rating_count;
    }
    starsByStore.set(store, stars);
  }
  return stars;
}

function sumStars(store: Store, titles: readonly { id: TitleId }[]): StarCount[] {
  const stars = starsOf(store);
  const sums = new Float64Array(STAR_VALUES);
  for (const { id } of titles) {
    const counts = stars.get(id);
    if (counts) for (let h = 0; h < STAR_VALUES; h++) sums[h]! += counts[h]!;
  }
  return starRowsOf(sums);
}

/** One row per star value, 0.5 ★ to 5 ★, zeros included: the axis always shows the whole scale. */
function starRowsOf(counts: ArrayLike<number>): StarCount[] {
  return Array.from({ length: STAR_VALUES }, (_, h) => ({ stars: (h + 1) / 2, count: counts[h]! }));
}

function titleRatings(store: Store, args: ChartArgs): ChartResult {
  if (args.title_id === undefined) return failure('missing_argument', 'Name the title to chart.');
  const id = args.title_id;
  return guardStore(() => {
    const title = titleRow.get(store, { id });
    if (!title) return failure('invalid_text', `No title has the id ${id}.`);
    const rows = sumStars(store, [title]);
    const chartArgs: ChartArgs = { kind: 'title_ratings', title_id: id };
    return success({
      kind: 'title_ratings',
      args: chartArgs,
      total: totalOf(rows),
      rows,
      mean: meanOf(rows),
      title,
    });
  });
}

function userRatings(store: Store, args: ChartArgs): ChartResult {
  if (args.user_id === undefined) return failure('missing_argument', 'Name the user to chart.');
  const userId = args.user_id;
  const serving = servingModel(store);
  const counts = serving?.starCounts(userId);
  if (!serving || counts === undefined)
    return failure('model_missing', 'The store has no trained model: run `streambot train`.');
  if (counts === null)
    return serving.userNumber(userId) < 0
      ? failure('unknown_user', `User ${userId} has no ratings.`)
      : failure('model_missing', 'The model predates the star counts charts need: run `streambot train`.');
  const { model } = serving;
  const bias = model.userBias[serving.userNumber(userId)]!;
  const rows = starRowsOf(counts);
  return success({
    kind: 'user_ratings',
    args: { kind: 'user_ratings', user_id: userId },
    total: totalOf(rows),
    rows,
    mean: meanOf(rows),
    baseline: model.globalMean + bias,
    bias,
  });
}

function binsOf(counts: Map<number, number>, width: number): BinCount[] {
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([from, count]) => ({ from, to: from + width, count }));
}

function totalOf(rows: readonly StarCount[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}

function meanOf(rows: readonly StarCount[]): number | null {
  const total = totalOf(rows);
  return total === 0 ? null : rows.reduce((sum, row) => sum + row.stars * row.count, 0) / total;
}

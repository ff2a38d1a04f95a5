/** Which data build a store holds: the `etl_runs` row the ETL wrote, parsed. */
import type BetterSqlite3 from 'better-sqlite3';
import type { Platform, TitleType } from '../domain.ts';
import type { Store } from './open.ts';
import type { EtlRunsTable } from './schema.ts';

export interface SourceInfo {
  /** Path relative to the raw directory (`netflix_titles.csv`, `ratings/7.csv.gz`). */
  name: string;
  bytes: number;
  sha256: string;
}

export interface RowCounts {
  titles: number;
  titlesByPlatform: Record<Platform, number>;
  titlesByType: Record<TitleType, number>;
  titleCast: number;
  titleGenres: number;
  ratings: number;
  scoredTitles: number;
}

/** The data's traps the cleaning rules met, counted while loading (what the stored rows no longer show). */
export interface CleaningCounts {
  /** Rows whose duration sat in the `rating` column and was moved (by platform). */
  durationsMoved: Record<Platform, number>;
  /** Placeholder names (`1, 2, 3`) dropped from cast lists. */
  placeholderCastDropped: number;
  /** Name suffixes (`John Smith, Ph.D.`) joined back to the name a comma had cut them from. */
  castSuffixesJoined: number;
}

export interface BuildInfo {
  buildId: string;
  startedAt: string;
  finishedAt: string | null;
  rawDir: string;
  sources: SourceInfo[];
  rowCounts: RowCounts;
  /** Rejected rows by kind of problem. */
  rejectCounts: Record<string, number>;
  /** Null for a store built before these were counted. */
  cleaningCounts: CleaningCounts | null;
}

/** The latest build recorded in the store, or null when it has none. */
export function readBuildInfo(sqlite: BetterSqlite3.Database): BuildInfo | null {
  const row = sqlite.prepare('SELECT * FROM etl_runs ORDER BY id DESC LIMIT 1').get() as
    | EtlRunsTable
    | undefined;
  if (!row) return null;
  return {
    buildId: row.build_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    rawDir: row.raw_dir,
    sources: JSON.parse(row.sources) as SourceInfo[],
    rowCounts: JSON.parse(row.row_counts) as RowCounts,
    rejectCounts: JSON.parse(row.reject_counts) as Record<string, number>,
    cleaningCounts: row.cleaning_counts ? (JSON.parse(row.cleaning_counts) as CleaningCounts) : null,
  };
}

const builds = new WeakMap<Store, BuildInfo | null>();

/** The build an open store holds, read once per store (a swap opens another store for the new file). */
export function buildInfoOf(store: Store): BuildInfo | null {
  if (!builds.has(store)) builds.set(store, readBuildInfo(store.sqlite));
  return builds.get(store)!;
}

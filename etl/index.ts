/**
 * The ETL as one call: raw CSVs in `rawDir` → a new SQLite store at `dbPath`, built atomically.
 * Shared by `streambot etl`, the tests, the benchmark and the admin refresh.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtomically } from '../src/store/atomic.ts';
import type { CleaningCounts, RowCounts, SourceInfo } from '../src/store/build-info.ts';
import type { RatingsPackMeta } from '../src/store/schema.ts';
import { ensureDemoData } from './demo/generate.ts';
import { loadCatalogs } from './load-catalogs.ts';
import { RatingsLoader } from './ratings-load.ts';
import { RatingsPackWriter } from './ratings-pack.ts';
import { RatingsWriter } from './ratings-writer.ts';
import { type RejectCounts, RejectLog } from './rejects.ts';
import { locateSources } from './sources.ts';
import { StoreWriter } from './store-writer.ts';

export { EtlInputError } from './errors.ts';

/** The repo's synthetic demo data (`STREAMBOT_RAW_DIR`'s fallback). */
const DEMO_DIR = fileURLToPath(new URL('../data/demo', import.meta.url));

export const ETL_PHASES = ['catalogs', 'ratings', 'scores', 'indexes', 'derived', 'check'] as const;
export type EtlPhase = (typeof ETL_PHASES)[number];

export interface EtlProgress {
  phase: EtlPhase;
  /** Work done and total, in input bytes for `catalogs` and `ratings`, in steps for the others. */
  done: number;
  total: number;
  /** Rows produced so far in this phase. */
  rows: number;
}

export interface PhaseTiming {
  phase: EtlPhase;
  ms: number;
  rows: number;
}

export interface EtlSummary {
  buildId: string;
  rawDir: string;
  dbPath: string;
  startedAt: string;
  finishedAt: string;
  sources: SourceInfo[];
  counts: RowCounts;
  /** The data's traps the cleaning rules met. */
  cleaning: CleaningCounts;
  rejects: { total: number; byKind: RejectCounts; byFile: Record<string, number> };
  phases: PhaseTiming[];
  wallMs: number;
}

export interface EtlOptions {
  rawDir: string;
  dbPath: string;
  onProgress?: (progress: EtlProgress) => void;
  signal?: AbortSignal;
}

/** `work`, or the abort's reason as soon as `signal` fires (Ctrl-C must not wait for the worker). */
function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function buildIdOf(startedAt: Date, sources: SourceInfo[]): string {
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const digest = createHash('sha256');
  for (const source of sources) digest.update(`${source.name}:${source.sha256}\n`);
  return `${stamp}-${digest.digest('hex').slice(0, 8)}`;
}

export async function runEtl(options: EtlOptions): Promise<EtlSummary> {
  const { rawDir, dbPath, onProgress, signal } = options;
  const started = new Date();
  const startedMs = performance.now();
  // The demo data is generated, not committed: make sure it is there before reading it.
  if (resolve(rawDir) === DEMO_DIR) ensureDemoData(DEMO_DIR);
  const sources = locateSources(rawDir);
  signal?.throwIfAborted();

  const phases: PhaseTiming[] = [];
  let phaseStart = performance.now();
  /**
   * Ends a phase with one turn of the event loop before checking for cancellation: the phases run
   * synchronously, so a signal that arrived meanwhile (Ctrl-C aborting through `signal`) is only seen here.
   */
  const endPhase = async (phase: EtlPhase, rows: number) => {
    const now = performance.now();
    phases.push({ phase, ms: Math.round(now - phaseStart), rows });
    phaseStart = now;
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
  };
  const report = (phase: EtlPhase, done: number, total: number, rows: number) =>
    onProgress?.({ phase, done, total, rows });
  /** A phase without a measurable amount of input: its progress goes from 0 to 1 step. */
  const step = async <T>(
    phase: EtlPhase,
    work: () => T,
    rowsOf: (result: T) => number = () => 0,
  ): Promise<T> => {
    report(phase, 0, 1, 0);
    const result = work();
    report(phase, 1, 1, rowsOf(result));
    await endPhase(phase, rowsOf(result));
    return result;
  };

  const summary = await buildAtomically(dbPath, async (tmpPath): Promise<EtlSummary> => {
    const writer = new StoreWriter(tmpPath);
    // Started first: the worker's start-up overlaps the catalog load.
    const derivedPath = `${tmpPath}.derived`;
    const ratingsLoader = new RatingsLoader(sources.ratings, sources.catalogs, derivedPath);
    try {
      const rejects = new RejectLog((reject) => writer.insertReject(reject));
      const sourceInfo: SourceInfo[] = [];

      const catalogBytes = sources.catalogs.reduce((sum, source) => sum + source.bytes, 0);
      report('catalogs', 0, catalogBytes, 0);
      const catalogs = loadCatalogs(sources.catalogs, writer, rejects, sourceInfo, (done, rows) =>
        report('catalogs', done, catalogBytes, rows),
      );
      const titleIds = catalogs.lookup.ids;
      await endPhase('catalogs', titleIds.length);

      const ratingBytes = sources.ratings.reduce((sum, source) => sum + source.bytes, 0);
      let ratingBytesRead = 0;
      let ratingRows = 0;
      report('ratings', 0, ratingBytes, 0);
      const ratings = await ratingsLoader.load(catalogs.lookup, {
        writer: new RatingsWriter(writer.sqlite, titleIds, new RatingsPackWriter(writer.sqlite, titleIds)),
        catalogs: [...sourceInfo],
        onProgress(bytes, rows) {
          ratingBytesRead += bytes;
          ratingRows += rows;
          report('ratings', ratingBytesRead, ratingBytes, ratingRows);
        },
        onReject: (reject) => rejects.add(reject),
        signal,
      });
      sourceInfo.push(...ratings.sources);
      await endPhase('ratings', ratings.rows);

      const scoredTitles = await step(
        'scores',
        () => writer.insertScores(titleIds, ratings.scores),
        (scored) => scored,
      );
      await step('indexes', () => writer.createIndexes());
      report('derived', 0, 1, 0);
      await untilAborted(ratingsLoader.derived(), signal);
      await step('derived', () => writer.copyTablesFrom(derivedPath));

      const counts: RowCounts = {
        titles: titleIds.length,
        ...catalogs.counts,
        ratings: ratings.rows,
        scoredTitles,
      };
      const finished = new Date();
      const buildId = buildIdOf(started, sourceInfo);
      await step('check', () => {
        writer.insertRun({
          build_id: buildId,
          started_at: started.toISOString(),
          finished_at: finished.toISOString(),
          raw_dir: rawDir,
          sources: JSON.stringify(sourceInfo),
          row_counts: JSON.stringify(counts),
          reject_counts: JSON.stringify(rejects.counts),
          cleaning_counts: JSON.stringify(catalogs.cleaning),
        });
        writer.commit();
        verifyStore(writer, counts, rejects.total, ratings.pack);
      });

      return {
        buildId,
        rawDir,
        dbPath,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        sources: sourceInfo,
        counts,
        cleaning: catalogs.cleaning,
        rejects: { total: rejects.total, byKind: rejects.counts, byFile: rejects.perFile },
        phases,
        wallMs: 0,
      };
    } finally {
      try {
        await ratingsLoader.stop();
        writer.close();
      } finally {
        rmSync(derivedPath, { force: true });
      }
    }
  });
  summary.wallMs = Math.round(performance.now() - startedMs);
  return summary;
}

/**
 * The stored row counts must match what the load wrote (the packed ratings' parts too, holding as many
 * ratings as `ratings`), and SQLite must find the file sound.
 */
function verifyStore(writer: StoreWriter, counts: RowCounts, rejected: number, pack: RatingsPackMeta): void {
  const expected = {
    titles: counts.titles,
    title_cast: counts.titleCast,
    title_genres: counts.titleGenres,
    ratings: counts.ratings,
    title_scores: counts.scoredTitles,
    etl_rejects: rejected,
    // Its chunks, the user ids and the meta part.
    ratings_packed: pack.chunks.length + 2,
  } as const;
  for (const [table, count] of Object.entries(expected)) {
    const stored = writer.countRows(table as keyof typeof expected);
    if (stored !== count)
      throw new Error(`store check failed: ${table} has ${stored} rows, the load wrote ${count}`);
  }
  const starCounted = writer.sqlite
    .prepare('SELECT coalesce(sum(rating_count), 0) FROM catalog_rating_counts')
    .pluck()
    .get() as number;
  if (starCounted !== counts.ratings)
    throw new Error(
      `store check failed: the star counts hold ${starCounted} ratings, the load wrote ${counts.ratings}`,
    );
  if (pack.ratings !== counts.ratings)
    throw new Error(
      `store check failed: the packed ratings hold ${pack.ratings} ratings, the load wrote ${counts.ratings}`,
    );
  const problems = writer.quickCheck();
  if (problems.length > 0) throw new Error(`store check failed: ${problems.slice(0, 3).join('; ')}`);
}

/**
 * Load: writes a new store file. Tuned for one bulk load into a file nobody else reads yet: no journal,
 * no fsync until the end (the atomic build syncs), exclusive lock, big cache, indexes only after the
 * load, and ratings inserted many rows per statement (better-sqlite3's per-call cost dominates).
 */
import BetterSqlite3 from 'better-sqlite3';
import type { TitleId } from '../src/domain.ts';
import { CREATE_TABLES, type EtlRunsTable, INDEXES } from '../src/store/schema.ts';
import type { RatingBatch } from './ratings-parser.ts';
import type { Reject } from './rejects.ts';
import type { CleanTitle } from './title.ts';

/** Rows per ratings INSERT statement. */
export const RATING_ROWS_PER_INSERT = 256;
const RATING_COLUMNS = 4;

const TITLE_COLUMNS = [
  'id',
  'platform',
  'show_id',
  'type',
  'title',
  'director',
  'cast',
  'country',
  'date_added',
  'release_year',
  'rating',
  'duration',
  'duration_int',
  'duration_type',
  'listed_in',
  'description',
  'search_key',
] as const;

function insertSql(table: string, columns: readonly string[], rows = 1): string {
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const names = columns.map((column) => `"${column}"`).join(',');
  return `INSERT INTO ${table} (${names}) VALUES ${Array.from({ length: rows }, () => tuple).join(',')}`;
}

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` of a day number, memoised: the ratings span a few thousand distinct days. */
class DayText {
  readonly #cache: string[] = [];
  of(day: number): string {
    let text = this.#cache[day];
    if (text === undefined) {
      text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      this.#cache[day] = text;
    }
    return text;
  }
}

export class StoreWriter {
  readonly sqlite: BetterSqlite3.Database;
  readonly #insertTitle: BetterSqlite3.Statement;
  readonly #insertCast: BetterSqlite3.Statement;
  readonly #insertGenre: BetterSqlite3.Statement;
  readonly #insertReject: BetterSqlite3.Statement;
  readonly #insertRatingsMany: BetterSqlite3.Statement;
  readonly #insertRatingOne: BetterSqlite3.Statement;
  readonly #ratingParams: unknown[] = new Array(RATING_ROWS_PER_INSERT * RATING_COLUMNS);
  readonly #dayText = new DayText();

  constructor(path: string) {
    const sqlite = new BetterSqlite3(path);
    this.sqlite = sqlite;
    sqlite.pragma('page_size = 16384');
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.pragma('temp_store = MEMORY');
    sqlite.pragma('cache_size = -262144');
    for (const ddl of CREATE_TABLES) sqlite.exec(ddl);
    this.#insertTitle = sqlite.prepare(insertSql('titles', TITLE_COLUMNS));
    this.#insertCast = sqlite.prepare('INSERT INTO title_cast (title_id, actor) VALUES (?, ?)');
    this.#insertGenre = sqlite.prepare('INSERT INTO title_genres (title_id, genre) VALUES (?, ?)');
    this.#insertReject = sqlite.prepare(
      'INSERT INTO etl_rejects (file, line, reason, raw) VALUES (?, ?, ?, ?)',
    );
    const ratingColumns = ['user_id', 'title_id', 'rating', 'rated_on'];
    this.#insertRatingsMany = sqlite.prepare(insertSql('ratings', ratingColumns, RATING_ROWS_PER_INSERT));
    this.#insertRatingOne = sqlite.prepare(insertSql('ratings', ratingColumns));
    sqlite.exec('BEGIN');
  }

  insertTitle({ title, cast, genres }: CleanTitle): void {
    this.#insertTitle.run(TITLE_COLUMNS.map((column) => title[column]));
    for (const actor of cast) this.#insertCast.run(title.id, actor);
    for (const genre of genres) this.#insertGenre.run(title.id, genre);
  }

  insertReject(reject: Reject): void {
    this.#insertReject.run(reject.file, reject.line, reject.message, reject.raw);
  }

  insertRatings(batch: RatingBatch, titleIds: readonly TitleId[]): void {
    const { userIds, titleIndexes, halves, days } = batch;
    const params = this.#ratingParams;
    const whole = batch.size - (batch.size % RATING_ROWS_PER_INSERT);
    let p = 0;
    for (let i = 0; i < whole; i++) {
      params[p++] = userIds[i];
      params[p++] = titleIds[titleIndexes[i]!];
      params[p++] = halves[i]! / 2;
      params[p++] = days[i]! < 0 ? null : this.#dayText.of(days[i]!);
      if (p === params.length) {
        this.#insertRatingsMany.run(params);
        p = 0;
      }
    }
    for (let i = whole; i < batch.size; i++) {
      const day = days[i]!;
      this.#insertRatingOne.run(
        userIds[i],
        titleIds[titleIndexes[i]!],
        halves[i]! / 2,
        day < 0 ? null : this.#dayText.of(day),
      );
    }
  }

  /** One `title_scores` row per title with at least one valid rating: the unrounded mean and the count. */
  insertScores(titleIds: readonly TitleId[], halfSums: Float64Array, counts: Uint32Array): number {
    const insert = this.sqlite.prepare(
      'INSERT INTO title_scores (title_id, score_mean, score_count) VALUES (?, ?, ?)',
    );
    let scored = 0;
    titleIds.forEach((id, index) => {
      const count = counts[index]!;
      if (count === 0) return;
      insert.run(id, halfSums[index]! / 2 / count, count);
      scored++;
    });
    return scored;
  }

  createIndexes(): void {
    for (const ddl of INDEXES) this.sqlite.exec(ddl);
  }

  insertRun(run: Omit<EtlRunsTable, 'id'>): void {
    this.sqlite
      .prepare(
        `INSERT INTO etl_runs (build_id, started_at, finished_at, raw_dir, sources, row_counts, reject_counts)
         VALUES (@build_id, @started_at, @finished_at, @raw_dir, @sources, @row_counts, @reject_counts)`,
      )
      .run(run);
  }

  commit(): void {
    this.sqlite.exec('COMMIT');
  }

  /** Row counts as stored, to compare with what the load wrote. */
  countRows(
    table: 'titles' | 'title_cast' | 'title_genres' | 'ratings' | 'title_scores' | 'etl_rejects',
  ): number {
    return (this.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }

  /** SQLite's own structural check of the file; returns its problems (empty when sound). */
  quickCheck(): string[] {
    const rows = this.sqlite.pragma('quick_check') as { quick_check: string }[];
    return rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  }

  close(): void {
    if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
    this.sqlite.close();
  }
}

/**
 * Load: writes the new store file (see bulk-sqlite.ts for the settings): catalogs, rejects, scores, the
 * run record, then indexes after the load. Ratings go through a RatingsWriter on `sqlite`.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { TitleId } from '../src/domain.ts';
import {
  CREATE_TABLES,
  type EtlRejectsTable,
  type EtlRunsTable,
  INDEXES,
  STORE_TABLES,
  type TitleCastTable,
  type TitleGenresTable,
  type TitlesTable,
} from '../src/store/schema.ts';
import { columnsOf, insertSql, prepareInsert } from '../src/store/table.ts';
import { type BulkInsert, bulkInsertInto } from './bulk-insert.ts';
import { openForBulkLoad } from './bulk-sqlite.ts';
import type { Reject } from './rejects.ts';
import type { ScoreSums } from './score-sums.ts';
import type { CleanTitle } from './title.ts';

/** The run's id is the rowid SQLite assigns. */
const RUN_COLUMNS = columnsOf(STORE_TABLES.etl_runs).filter((column) => column !== 'id');

/**
 * Small on purpose: the load appends, so few pages are ever read back, and measured on the real ratings a
 * 8 MiB cache inserts ~45 % faster than 256 MiB (and the peak RSS drops by about 230 MiB).
 */
const MAIN_CACHE_MIB = 8;

export class StoreWriter {
  readonly sqlite: BetterSqlite3.Database;
  readonly #titles: BulkInsert<TitlesTable>;
  readonly #cast: BulkInsert<TitleCastTable>;
  readonly #genres: BulkInsert<TitleGenresTable>;
  readonly #insertReject: BetterSqlite3.Statement<[EtlRejectsTable]>;

  constructor(path: string) {
    const sqlite = openForBulkLoad(path, MAIN_CACHE_MIB);
    this.sqlite = sqlite;
    for (const ddl of CREATE_TABLES) sqlite.exec(ddl);
    this.#titles = bulkInsertInto(sqlite, STORE_TABLES, 'titles');
    this.#cast = bulkInsertInto(sqlite, STORE_TABLES, 'title_cast');
    this.#genres = bulkInsertInto(sqlite, STORE_TABLES, 'title_genres');
    this.#insertReject = prepareInsert(sqlite, STORE_TABLES, 'etl_rejects');
    sqlite.exec('BEGIN');
  }

  insertTitle({ title, cast, genres }: CleanTitle): void {
    this.#titles.add(title);
    for (const actor of cast) this.#cast.add({ title_id: title.id, actor });
    for (const genre of genres) this.#genres.add({ title_id: title.id, genre });
  }

  /** Writes the catalog rows still waiting; call once after the last `insertTitle`. */
  endCatalogs(): void {
    for (const table of [this.#titles, this.#cast, this.#genres]) table.flush();
  }

  insertReject({ file, line, kind, message, raw }: Reject): void {
    this.#insertReject.run({ file, line, kind, reason: message, raw });
  }

  /** One `title_scores` row per title with at least one valid rating: the unrounded mean and the count. */
  insertScores(titleIds: readonly TitleId[], scores: ScoreSums): number {
    const insert = prepareInsert(this.sqlite, STORE_TABLES, 'title_scores');
    let scored = 0;
    titleIds.forEach((id, index) => {
      const mean = scores.mean(index);
      if (mean === null) return;
      insert.run({ title_id: id, score_mean: mean, score_count: scores.counts[index]! });
      scored++;
    });
    return scored;
  }

  /**
   * Copies every table and index of the SQLite file at `path` that this store lacks (the derived tables
   * the ratings worker built). Tables are created with their indexes and filled by `INSERT … SELECT *`,
   * which SQLite copies record by record without decoding them when both sides match (its transfer
   * optimisation); an index on a table this store has is built here. ATTACH needs no open transaction.
   */
  copyTablesFrom(path: string): void {
    const { sqlite } = this;
    sqlite.exec('COMMIT');
    let attached = false;
    try {
      sqlite.prepare('ATTACH DATABASE ? AS source').run(path);
      attached = true;
      sqlite.exec('BEGIN');
      const have = new Set(sqlite.prepare('SELECT name FROM main.sqlite_schema').pluck().all() as string[]);
      const missing = (
        sqlite
          .prepare(
            `SELECT type, name, sql FROM source.sqlite_schema
             WHERE sql IS NOT NULL AND type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
          )
          .all() as { type: 'table' | 'index'; name: string; sql: string }[]
      ).filter((entry) => !have.has(entry.name));
      const tables = missing.filter((entry) => entry.type === 'table');
      for (const entry of [...tables, ...missing.filter((entry) => entry.type === 'index')])
        sqlite.exec(entry.sql);
      for (const { name } of tables) sqlite.exec(`INSERT INTO main."${name}" SELECT * FROM source."${name}"`);
    } finally {
      // On failure too: the build's file is then removed, and with no journal there is nothing to roll back.
      if (sqlite.inTransaction) sqlite.exec('COMMIT');
      if (attached) sqlite.exec('DETACH DATABASE source');
      sqlite.exec('BEGIN');
    }
  }

  createIndexes(): void {
    for (const ddl of INDEXES) this.sqlite.exec(ddl);
  }

  insertRun(run: Omit<EtlRunsTable, 'id'>): void {
    this.sqlite.prepare(insertSql('etl_runs', STORE_TABLES.etl_runs, RUN_COLUMNS)).run(run);
  }

  commit(): void {
    this.sqlite.exec('COMMIT');
  }

  /** Row counts as stored, to compare with what the load wrote. */
  countRows(
    table:
      | 'titles'
      | 'title_cast'
      | 'title_genres'
      | 'ratings'
      | 'title_scores'
      | 'etl_rejects'
      | 'ratings_packed',
  ): number {
    return (this.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }

  /**
   * SQLite's own structural check of every table and index but `ratings`; returns its problems (empty when
   * sound). `ratings` is 11 M rows written in one pass and would take most of the check's time (0.9 s of
   * 1.0 s on the real data): its rows are counted instead (`count(*)` walks every page of its B-tree) and
   * each rating is also in the packed copy, whose parts carry checksums.
   */
  quickCheck(): string[] {
    const tables = this.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'ratings'")
      .pluck()
      .all() as string[];
    return tables.flatMap((table) =>
      (this.sqlite.pragma(`quick_check("${table}")`) as { quick_check: string }[])
        .map((row) => row.quick_check)
        .filter((result) => result !== 'ok'),
    );
  }

  close(): void {
    try {
      if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
    } finally {
      this.sqlite.close();
    }
  }
}

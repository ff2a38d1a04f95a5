/**
 * Inserting rating batches into `ratings`, many rows per statement: better-sqlite3's cost per call and
 * per bound value, not SQLite's per row, dominates. So rows are inserted 500 per statement, and sorted
 * into one statement per rating value (0.5 … 5) that carries the rating as a literal, as it does the
 * NULL `rated_on` of files without timestamps: two bound values per row instead of four. Measured on the
 * real ratings: ~1.5 M rows/s one row per call, ~2.5 M/s 500 per statement, ~3.4 M/s with the literals.
 * Rows therefore land grouped by rating within each stretch of a file. Each statement's rows also go, in
 * the same order, to the packed copy for training (ratings-pack.ts), so its order is the table's.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { TitleId } from '../src/domain.ts';
import type { RatingsPackMeta, RatingsTable } from '../src/store/schema.ts';
import type { RatingsPackWriter } from './ratings-pack.ts';
import type { RatingBatch } from './ratings-parser.ts';

/** Rows per INSERT statement (at most 3 bound values each, well under SQLite's 32,766). */
const RATING_ROWS_PER_INSERT = 500;
const HALVES = 10;
const MS_PER_DAY = 86_400_000;
/** In the order of the row tuples below, whatever the definition's order; each name is checked to exist. */
const RATING_COLUMNS = [
  'user_id',
  'title_id',
  'rating',
  'rated_on',
] as const satisfies readonly (keyof RatingsTable)[];

/** `YYYY-MM-DD` of a day number (rule 3), memoised: the ratings span a few thousand distinct days. */
class DayText {
  readonly #cache: string[] = [];
  of(day: number): string | null {
    if (day < 0) return null;
    let text = this.#cache[day];
    if (text === undefined) {
      text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      this.#cache[day] = text;
    }
    return text;
  }
}

/** Rows waiting for one statement: a rating value, dated or not. */
class Bucket {
  readonly params: unknown[];
  /** The rows' user ids and title indexes, for the packed copy. */
  readonly users = new Int32Array(RATING_ROWS_PER_INSERT);
  readonly titles = new Int32Array(RATING_ROWS_PER_INSERT);
  filled = 0;
  readonly #many: BetterSqlite3.Statement;
  readonly #one: BetterSqlite3.Statement;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly halves: number,
    readonly width: number,
    private readonly pack: RatingsPackWriter,
  ) {
    const rating = (halves / 2).toFixed(1);
    const tuple = width === 3 ? `(?,?,${rating},?)` : `(?,?,${rating},NULL)`;
    const sql = (rows: number) =>
      `INSERT INTO ratings (${RATING_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(',')}`;
    this.#many = sqlite.prepare(sql(RATING_ROWS_PER_INSERT));
    this.#one = sqlite.prepare(sql(1));
    this.params = new Array(RATING_ROWS_PER_INSERT * width);
  }

  /** Called when the bucket is full. */
  flushFull(): void {
    this.#many.run(this.params);
    this.pack.add(this.users, this.titles, this.halves, this.filled);
    this.filled = 0;
  }

  /** Inserts what is left, one row per statement. */
  flushRest(): void {
    for (let row = 0; row < this.filled; row++) {
      this.#one.run(this.params.slice(row * this.width, (row + 1) * this.width));
    }
    this.pack.add(this.users, this.titles, this.halves, this.filled);
    this.filled = 0;
  }
}

export class RatingsWriter {
  /** Undated buckets at halves - 1, dated ones at HALVES + halves - 1. */
  readonly #buckets: Bucket[] = [];
  readonly #dayText = new DayText();

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly titleIds: readonly TitleId[],
    private readonly pack: RatingsPackWriter,
  ) {
    for (const width of [2, 3]) {
      for (let halves = 1; halves <= HALVES; halves++)
        this.#buckets.push(new Bucket(sqlite, halves, width, pack));
    }
  }

  insert(batch: RatingBatch): void {
    const { userIds, titleIndexes, halves, days } = batch;
    const titleIds = this.titleIds;
    const buckets = this.#buckets;
    const offset = batch.dated ? HALVES - 1 : -1;
    for (let i = 0; i < batch.size; i++) {
      const bucket = buckets[offset + halves[i]!]!;
      const params = bucket.params;
      const row = bucket.filled;
      let p = row * bucket.width;
      params[p++] = userIds[i];
      params[p++] = titleIds[titleIndexes[i]!];
      if (batch.dated) params[p] = this.#dayText.of(days[i]!);
      bucket.users[row] = userIds[i]!;
      bucket.titles[row] = titleIndexes[i]!;
      if (++bucket.filled === RATING_ROWS_PER_INSERT) bucket.flushFull();
    }
  }

  /** Inserts the rows still waiting and completes the packed copy; call once after the last batch. */
  finish(): RatingsPackMeta {
    for (const bucket of this.#buckets) bucket.flushRest();
    return this.pack.finish();
  }
}

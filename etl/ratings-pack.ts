/**
 * The packed copy of the ratings that training reads (`ratings_packed`, laid out as `RatingsPackMeta` in
 * src/store/schema.ts says), written into the same transaction as `ratings` and so into the same atomic
 * build. The RatingsWriter hands it every row in the order it inserts them into `ratings`, so the copy is
 * in the table's row order and gives the trainer the very arrays a scan of the table gives (same dense
 * numbers, same order: the same model bit for bit). Chunks are written as they fill, so the ETL holds one
 * chunk (18 MB of buffers) at a time, not the 11 M ratings.
 */
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { TitleId } from '../src/domain.ts';
import {
  RATINGS_PACK_FORMAT,
  RATINGS_PACK_META_PART,
  RATINGS_PACK_USERS_PART,
  type RatingsPackChunk,
  type RatingsPackedTable,
  type RatingsPackMeta,
  ratingsPackChunkLayout,
  ratingsPackChunkPart,
  STORE_TABLES,
} from '../src/store/schema.ts';
import { prepareInsert } from '../src/store/table.ts';

/** Ratings per chunk: 1 Mi ratings is about 2.6 MB of blob on the real data (2-byte titles, runs of users). */
export const PACK_CHUNK_RATINGS = 1 << 20;
/** User ids below this get a slot in a flat array (at most 16 MB); larger ones go through a Map. */
const FLAT_USER_LIMIT = 1 << 22;
const NO_USER = -1;

/** Dense user numbers by first appearance, as the table reader assigns them. */
class DenseUsers {
  #flat: Int32Array = new Int32Array(1 << 16).fill(NO_USER);
  readonly #large = new Map<number, number>();
  #ids: Int32Array = new Int32Array(1 << 16);
  count = 0;

  #lastId = -1;
  #lastDense = NO_USER;

  of(userId: number): number {
    // Consecutive rows mostly share their user (the files are grouped by user).
    if (userId === this.#lastId) return this.#lastDense;
    this.#lastId = userId;
    this.#lastDense = this.#lookUp(userId);
    return this.#lastDense;
  }

  #lookUp(userId: number): number {
    if (userId < FLAT_USER_LIMIT) {
      if (userId >= this.#flat.length) this.#flat = grown(this.#flat, userId + 1, NO_USER);
      const dense = this.#flat[userId]!;
      if (dense !== NO_USER) return dense;
      this.#flat[userId] = this.count;
    } else {
      const dense = this.#large.get(userId);
      if (dense !== undefined) return dense;
      this.#large.set(userId, this.count);
    }
    if (this.count === this.#ids.length) this.#ids = grown(this.#ids, this.count + 1, 0);
    this.#ids[this.count] = userId;
    return this.count++;
  }

  get ids(): Int32Array {
    return this.#ids.subarray(0, this.count);
  }
}

function grown(array: Int32Array, length: number, fill: number): Int32Array {
  let size = array.length;
  while (size < length) size *= 2;
  const bigger = new Int32Array(size).fill(fill);
  bigger.set(array);
  return bigger;
}

/** A column as runs of equal values (values[r] repeated lengths[r] times), for one chunk. */
class Runs {
  readonly values: Int32Array;
  readonly lengths: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
  }

  /** Appends `length` copies of `value`. */
  extend(value: number, length: number): void {
    const last = this.count - 1;
    if (last >= 0 && this.values[last] === value) this.lengths[last]! += length;
    else {
      this.values[this.count] = value;
      this.lengths[this.count++] = length;
    }
  }
}

export class RatingsPackWriter {
  readonly #insert: BetterSqlite3.Statement<[RatingsPackedTable]>;
  /** The ETL's title index → dense title number (position among the titles ordered by id). */
  readonly #denseTitle: Int32Array;
  readonly #titleBytes: 2 | 4;
  readonly #titleIdsSha256: string;
  readonly #users = new DenseUsers();
  readonly #chunkRatings: number;
  readonly #chunkUsers: Runs;
  readonly #chunkHalves: Runs;
  readonly #chunkTitles: Uint16Array | Int32Array;
  #filled = 0;
  readonly #chunks: RatingsPackChunk[] = [];

  /**
   * Call once every title is inserted: the dense title numbers come from the titles table itself.
   * The options exist for tests (many small chunks, 4-byte titles on a small catalog).
   */
  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly titleIds: readonly TitleId[],
    options: { chunkRatings?: number; titleBytes?: 2 | 4 } = {},
  ) {
    this.#insert = prepareInsert(sqlite, STORE_TABLES, 'ratings_packed');
    // The order the trainer numbers titles in (SQLite's own ORDER BY, not JavaScript's sort).
    const ordered = sqlite.prepare('SELECT id FROM titles ORDER BY id').pluck().all() as TitleId[];
    if (ordered.length !== titleIds.length)
      throw new Error(`the titles table has ${ordered.length} titles, the load wrote ${titleIds.length}`);
    const positionOf = new Map(ordered.map((id, position) => [id, position]));
    this.#denseTitle = Int32Array.from(titleIds, (id) => {
      const position = positionOf.get(id);
      if (position === undefined) throw new Error(`title ${id} is missing from the titles table`);
      return position;
    });
    const digest = createHash('sha256');
    for (const id of ordered) digest.update(`${id}\n`);
    this.#titleIdsSha256 = digest.digest('hex');
    this.#titleBytes = options.titleBytes ?? (ordered.length <= 0x10000 ? 2 : 4);
    if (this.#titleBytes === 2 && ordered.length > 0x10000)
      throw new Error(`${ordered.length} titles do not fit 2-byte title numbers`);
    const size = options.chunkRatings ?? PACK_CHUNK_RATINGS;
    this.#chunkRatings = size;
    this.#chunkUsers = new Runs(size);
    this.#chunkHalves = new Runs(size);
    this.#chunkTitles = this.#titleBytes === 2 ? new Uint16Array(size) : new Int32Array(size);
  }

  /**
   * Appends `count` rows exactly as they were just inserted into `ratings`: user ids, the ETL's title
   * indexes, and their one rating in halves (rating × 2).
   */
  add(userIds: Int32Array, titleIndexes: Int32Array, halves: number, count: number): void {
    const denseTitle = this.#denseTitle;
    const titles = this.#chunkTitles;
    const userRuns = this.#chunkUsers;
    let i = 0;
    while (i < count) {
      // Up to the end of the rows or of the chunk, whichever comes first; all of one rating.
      const end = i + Math.min(count - i, this.#chunkRatings - this.#filled);
      this.#chunkHalves.extend(halves, end - i);
      let filled = this.#filled;
      for (; i < end; i++) {
        userRuns.extend(this.#users.of(userIds[i]!), 1);
        titles[filled++] = denseTitle[titleIndexes[i]!]!;
      }
      this.#filled = filled;
      if (filled === this.#chunkRatings) this.#writeChunk();
    }
  }

  /** Writes the last chunk, the user ids and the meta part; returns the meta, for the store's checks. */
  finish(): RatingsPackMeta {
    if (this.#filled > 0) this.#writeChunk();
    this.#writePart(RATINGS_PACK_USERS_PART, bytesOf(this.#users.ids));
    const meta: RatingsPackMeta = {
      format: RATINGS_PACK_FORMAT,
      ratings: this.#chunks.reduce((sum, chunk) => sum + chunk.ratings, 0),
      users: this.#users.count,
      titles: this.titleIds.length,
      titleBytes: this.#titleBytes,
      titleIdsSha256: this.#titleIdsSha256,
      chunks: this.#chunks,
    };
    this.#writePart(RATINGS_PACK_META_PART, Buffer.from(JSON.stringify(meta)));
    return meta;
  }

  #writeChunk(): void {
    const chunk: RatingsPackChunk = {
      ratings: this.#filled,
      userRuns: this.#chunkUsers.count,
      halfRuns: this.#chunkHalves.count,
    };
    const layout = ratingsPackChunkLayout(chunk, this.#titleBytes);
    const data = Buffer.alloc(layout.bytes);
    const put = (view: Int32Array | Uint16Array, offset: number, length: number) =>
      data.set(bytesOf(view.subarray(0, length)), offset);
    put(this.#chunkUsers.values, layout.userValues, chunk.userRuns);
    put(this.#chunkUsers.lengths, layout.userLengths, chunk.userRuns);
    put(this.#chunkHalves.values, layout.halfValues, chunk.halfRuns);
    put(this.#chunkHalves.lengths, layout.halfLengths, chunk.halfRuns);
    put(this.#chunkTitles, layout.titles, chunk.ratings);
    this.#writePart(ratingsPackChunkPart(this.#chunks.length), data);
    this.#chunks.push(chunk);
    this.#chunkUsers.count = 0;
    this.#chunkHalves.count = 0;
    this.#filled = 0;
  }

  #writePart(part: string, data: Buffer): void {
    this.#insert.run({ part, data, sha256: createHash('sha256').update(data).digest() });
  }
}

/** A typed array's bytes in the machine's order (little-endian on every platform Node supports here). */
function bytesOf(view: Int32Array | Uint16Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

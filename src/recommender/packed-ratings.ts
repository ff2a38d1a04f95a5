/**
 * The ratings for training from their packed copy (`ratings_packed`, written by the ETL in the same build
 * as `ratings`; layout in `RatingsPackMeta`): a few dozen blobs instead of 11 M rows, so well under a second
 * where scanning the table takes seconds. The copy is in the table's row order with the table reader's
 * dense numbers, so it gives the same RatingSet as `readRatings`, value for value.
 *
 * Every part's SHA-256 is verified, and the copy must match the store it sits in (same titles, as many
 * ratings as `ratings`, a known format); otherwise the answer says why and the caller reads the table.
 */
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { TitleId } from '../domain.ts';
import {
  RATINGS_PACK_FORMAT,
  RATINGS_PACK_META_PART,
  RATINGS_PACK_USERS_PART,
  type RatingsPackedTable,
  type RatingsPackMeta,
  ratingsPackChunkLayout,
  ratingsPackChunkPart,
} from '../store/schema.ts';
import type { RatingSet } from './ratings.ts';

export type PackedRead = { ok: true; ratings: RatingSet } | { ok: false; reason: string };

/** Why the packed copy cannot be used; the message goes into the fallback's log line. */
class Unusable extends Error {}

const count = z.number().int().nonnegative();
const MetaSchema = z.object({
  format: z.number().int(),
  ratings: count,
  users: count,
  titles: count,
  titleBytes: z.union([z.literal(2), z.literal(4)]),
  titleIdsSha256: z.string(),
  chunks: z.array(z.object({ ratings: count, userRuns: count, halfRuns: count })),
}) satisfies z.ZodType<RatingsPackMeta>;

const MIN_HALVES = 1;
const MAX_HALVES = 10;

export function readPackedRatings(sqlite: BetterSqlite3.Database): PackedRead {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ratings_packed'")
    .get();
  if (!hasTable) return { ok: false, reason: 'the store has no packed ratings (built by an older ETL)' };
  try {
    return { ok: true, ratings: readPack(sqlite) };
  } catch (error) {
    if (error instanceof Unusable) return { ok: false, reason: error.message };
    throw error;
  }
}

function readPack(sqlite: BetterSqlite3.Database): RatingSet {
  const statement = sqlite.prepare('SELECT data, sha256 FROM ratings_packed WHERE part = ?');
  const part = (name: string): Uint8Array => {
    const row = statement.get(name) as Pick<RatingsPackedTable, 'data' | 'sha256'> | undefined;
    if (row === undefined) throw new Unusable(`the packed ratings have no part "${name}"`);
    const digest = createHash('sha256').update(row.data).digest();
    if (!digest.equals(row.sha256))
      throw new Unusable(`the packed ratings' part "${name}" fails its checksum`);
    return row.data;
  };

  const parsed = MetaSchema.safeParse(parseJson(part(RATINGS_PACK_META_PART)));
  if (!parsed.success) throw new Unusable('the packed ratings have an unreadable meta part');
  const meta = parsed.data;
  if (meta.format !== RATINGS_PACK_FORMAT)
    throw new Unusable(
      `the packed ratings are in format ${meta.format}, this code reads ${RATINGS_PACK_FORMAT}`,
    );

  const titleIds = (sqlite.prepare('SELECT id FROM titles ORDER BY id').pluck().all() as TitleId[]).slice();
  const titleDigest = createHash('sha256');
  for (const id of titleIds) titleDigest.update(`${id}\n`);
  if (meta.titles !== titleIds.length || meta.titleIdsSha256 !== titleDigest.digest('hex'))
    throw new Unusable("the packed ratings were numbered over other titles than the store's");
  // Rows are only ever appended to `ratings`, so its last row id is its row count (one B-tree descent).
  const tableRows = sqlite.prepare('SELECT coalesce(max(rowid), 0) FROM ratings').pluck().get() as number;
  if (meta.ratings !== tableRows)
    throw new Unusable(`the packed ratings hold ${meta.ratings} ratings, the ratings table ${tableRows}`);
  if (meta.chunks.reduce((sum, chunk) => sum + chunk.ratings, 0) !== meta.ratings)
    throw new Unusable("the packed ratings' chunks do not add up to their rating count");

  const userBytes = aligned(part(RATINGS_PACK_USERS_PART));
  if (userBytes.byteLength !== meta.users * 4)
    throw new Unusable("the packed ratings' user ids do not match their user count");
  const userIds = new Int32Array(userBytes.buffer, userBytes.byteOffset, meta.users).slice();

  const users = new Int32Array(meta.ratings);
  const items = new Int32Array(meta.ratings);
  const values = new Float32Array(meta.ratings);
  let at = 0;
  meta.chunks.forEach((chunk, n) => {
    const data = aligned(part(ratingsPackChunkPart(n)));
    const layout = ratingsPackChunkLayout(chunk, meta.titleBytes);
    if (data.byteLength !== layout.bytes)
      throw new Unusable(`the packed ratings' chunk ${n} has the wrong size`);
    const int32s = (offset: number, length: number) =>
      new Int32Array(data.buffer, data.byteOffset + offset, length);
    const end = at + chunk.ratings;
    const usersFilled = expandRuns(
      int32s(layout.userValues, chunk.userRuns),
      int32s(layout.userLengths, chunk.userRuns),
      meta.users - 1,
      (user, from, to) => users.fill(user, from, to),
      at,
      end,
    );
    const halvesFilled = expandRuns(
      int32s(layout.halfValues, chunk.halfRuns),
      int32s(layout.halfLengths, chunk.halfRuns),
      MAX_HALVES,
      (halves, from, to) => values.fill(halves * 0.5, from, to),
      at,
      end,
      MIN_HALVES,
    );
    const titleOffset = data.byteOffset + layout.titles;
    const titles =
      meta.titleBytes === 2
        ? new Uint16Array(data.buffer, titleOffset, chunk.ratings)
        : new Int32Array(data.buffer, titleOffset, chunk.ratings);
    if (!usersFilled || !halvesFilled || !allBelow(titles, meta.titles))
      throw new Unusable(`the packed ratings' chunk ${n} holds a rating out of range`);
    items.set(titles, at);
    at = end;
  });
  return { count: meta.ratings, users, items, values, userIds, titleIds };
}

/**
 * Writes each run's value over its stretch of [from, to) through `fill`; false (and nothing trustworthy
 * written) when a value falls outside [min, max] or the runs do not cover the stretch exactly.
 */
function expandRuns(
  runValues: Int32Array,
  runLengths: Int32Array,
  max: number,
  fill: (value: number, from: number, to: number) => void,
  from: number,
  to: number,
  min = 0,
): boolean {
  let at = from;
  for (let r = 0; r < runValues.length; r++) {
    const value = runValues[r]!;
    const length = runLengths[r]!;
    if (value < min || value > max || length <= 0 || length > to - at) return false;
    fill(value, at, at + length);
    at += length;
  }
  return at === to;
}

function allBelow(numbers: Uint16Array | Int32Array, limit: number): boolean {
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    if (n < 0 || n >= limit) return false;
  }
  return true;
}

function parseJson(data: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The bytes at an offset typed arrays of 4-byte elements can view (SQLite's blobs usually are). */
function aligned(data: Uint8Array): Uint8Array {
  return data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
}

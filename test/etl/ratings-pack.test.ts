/**
 * The packed copy of the ratings (etl/ratings-pack.ts) as the ETL writes it, on a small in-memory store:
 * whatever order the RatingsWriter's buckets flush rows into `ratings`, the packed copy read back is the
 * table read back, array for array, across many chunks and with either title width.
 */
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RatingsPackWriter } from '../../etl/ratings-pack.ts';
import type { RatingBatch } from '../../etl/ratings-parser.ts';
import { RatingsWriter } from '../../etl/ratings-writer.ts';
import { PLATFORMS, type TitleId, titleIdOf } from '../../src/domain.ts';
import { readPackedRatings } from '../../src/recommender/packed-ratings.ts';
import { createPrng } from '../../src/recommender/prng.ts';
import { type RatingSet, readRatings } from '../../src/recommender/ratings.ts';
import { CREATE_TABLES } from '../../src/store/schema.ts';

const TITLES = 300;

/** A store with TITLES titles inserted in an order unlike their id order, as the catalogs load them. */
function storeWithTitles(): { sqlite: BetterSqlite3.Database; titleIds: TitleId[] } {
  const sqlite = new BetterSqlite3(':memory:');
  for (const ddl of CREATE_TABLES) sqlite.exec(ddl);
  const titleIds = Array.from({ length: TITLES }, (_, i) =>
    titleIdOf(PLATFORMS[i % PLATFORMS.length]!, `s${TITLES - i}`),
  );
  const insert = sqlite.prepare(
    "INSERT INTO titles (id, platform, show_id, type, title, release_year, rating) VALUES (?, 'netflix', ?, 'movie', ?, 2000, 'g')",
  );
  for (const id of titleIds) insert.run(id, id, id);
  return { sqlite, titleIds };
}

/** Random rating batches (dated and undated files, repeat ratings, a few user ids past the packer's flat table). */
function* batches(seed: number, count: number): Generator<RatingBatch> {
  const prng = createPrng(seed);
  const userPool = Array.from({ length: 400 }, (_, i) =>
    i % 50 === 0 ? 5_000_000 + i : 1 + prng.below(5_000),
  );
  for (let b = 0; b < count; b++) {
    const size = 1 + prng.below(3_000);
    const dated = b % 3 !== 0;
    const batch: RatingBatch = {
      size,
      dated,
      userIds: new Int32Array(size),
      titleIndexes: new Int32Array(size),
      halves: new Uint8Array(size),
      days: new Int32Array(size).fill(-1),
    };
    for (let i = 0; i < size; i++) {
      batch.userIds[i] = userPool[prng.below(userPool.length)]!;
      batch.titleIndexes[i] = prng.below(TITLES);
      batch.halves[i] = 1 + prng.below(10);
      if (dated) batch.days[i] = prng.below(3) === 0 ? -1 : 10_000 + prng.below(5_000);
    }
    yield batch;
  }
}

function bytes(view: Int32Array | Float32Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function expectSameRatings(packed: RatingSet, table: RatingSet): void {
  expect(packed.count).toBe(table.count);
  expect(bytes(packed.users).equals(bytes(table.users))).toBe(true);
  expect(bytes(packed.items).equals(bytes(table.items))).toBe(true);
  expect(bytes(packed.values).equals(bytes(table.values))).toBe(true);
  expect(bytes(packed.userIds).equals(bytes(table.userIds))).toBe(true);
  expect(packed.titleIds).toEqual(table.titleIds);
}

describe('the packed ratings the ETL writes', () => {
  it.each([
    { label: 'many small chunks, 2-byte titles', chunkRatings: 1_000, titleBytes: 2 as const },
    { label: 'one chunk per 7,919 ratings, 4-byte titles', chunkRatings: 7_919, titleBytes: 4 as const },
  ])('read back equal the ratings table read back: $label', ({ chunkRatings, titleBytes }) => {
    const { sqlite, titleIds } = storeWithTitles();
    try {
      const pack = new RatingsPackWriter(sqlite, titleIds, { chunkRatings, titleBytes });
      const writer = new RatingsWriter(sqlite, titleIds, pack);
      for (const batch of batches(chunkRatings, 40)) writer.insert(batch);
      const meta = writer.finish();

      const table = readRatings(sqlite);
      expect(meta).toMatchObject({
        ratings: table.count,
        users: table.userIds.length,
        titles: TITLES,
        titleBytes,
      });
      expect(meta.chunks.length).toBe(Math.ceil(table.count / chunkRatings));
      expect(meta.chunks.length).toBeGreaterThan(5);
      const packed = readPackedRatings(sqlite);
      if (!packed.ok) expect.fail(packed.reason);
      expectSameRatings(packed.ratings, table);
    } finally {
      sqlite.close();
    }
  });

  it('refuses 2-byte title numbers for a catalog too big for them', () => {
    const { sqlite, titleIds } = storeWithTitles();
    const many = Array.from({ length: 0x10001 }, (_, i) => titleIdOf('disney', `t${i}`));
    const insert = sqlite.prepare(
      "INSERT INTO titles (id, platform, show_id, type, title, release_year, rating) VALUES (?, 'hulu', ?, 'movie', ?, 2000, 'g')",
    );
    for (const id of many) insert.run(id, id, id);
    try {
      const all = [...titleIds, ...many];
      expect(() => new RatingsPackWriter(sqlite, all, { titleBytes: 2 })).toThrow(/do not fit/);
      expect(() => new RatingsPackWriter(sqlite, all).finish()).not.toThrow();
    } finally {
      sqlite.close();
    }
  });
});

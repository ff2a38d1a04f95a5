/**
 * Training from the ETL's packed copy of the ratings: it gives the trainer the same arrays as the
 * `ratings` table, hence the same model bit for bit; a copy that is missing, corrupted or from other
 * data is detected, and training falls back to the table with a warning (and still the same model).
 */
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../../src/log.ts';
import type { FactorModel } from '../../src/recommender/model.ts';
import { resolveTrainOptions } from '../../src/recommender/options.ts';
import { readPackedRatings } from '../../src/recommender/packed-ratings.ts';
import { type RatingSet, readRatings } from '../../src/recommender/ratings.ts';
import { trainModel } from '../../src/recommender/train.ts';
import { type TrainSummary, trainStore } from '../../src/recommender/training.ts';
import { openStore } from '../../src/store/open.ts';
import { copyOfStore, DEMO_STORE_PATH, REAL_STORE_PATH, scratchDir } from './stores.ts';

type Floats = Int32Array | Float32Array | Float64Array;
const bytes = (view: Floats): Buffer => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
const sameBits = (a: Floats, b: Floats): boolean => a.length === b.length && bytes(a).equals(bytes(b));

function readBoth(path: string): { packed: RatingSet; table: RatingSet } {
  const store = openStore(path);
  try {
    const packed = readPackedRatings(store.sqlite);
    if (!packed.ok) expect.fail(`the packed ratings are unusable: ${packed.reason}`);
    return { packed: packed.ratings, table: readRatings(store.sqlite) };
  } finally {
    store.close();
  }
}

function expectSameRatings(packed: RatingSet, table: RatingSet): void {
  expect(packed.count).toBe(table.count);
  expect(sameBits(packed.users, table.users)).toBe(true);
  expect(sameBits(packed.items, table.items)).toBe(true);
  expect(sameBits(packed.values, table.values)).toBe(true);
  expect(sameBits(packed.userIds, table.userIds)).toBe(true);
  expect(packed.titleIds).toEqual(table.titleIds);
}

function expectSameModel(a: FactorModel, b: FactorModel): void {
  expect(Object.is(a.globalMean, b.globalMean)).toBe(true);
  expect(Object.is(a.biasReg.user, b.biasReg.user) && Object.is(a.biasReg.item, b.biasReg.item)).toBe(true);
  for (const key of [
    'userBias',
    'itemBias',
    'userFactors',
    'itemFactors',
    'userRatings',
    'itemRatings',
    'userIds',
  ] as const)
    expect(sameBits(a[key], b[key]), key).toBe(true);
  expect(a.titleIds).toEqual(b.titleIds);
}

/** Everything a saved model consists of, as stored (times left out). */
function savedModel(path: string): unknown {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    const all = (sql: string) => sqlite.prepare(sql).raw(true).all();
    return {
      info: all(
        'SELECT data_build_id, global_mean, factors, user_bias_reg, item_bias_reg, rating_count, user_count, title_count FROM model_info',
      ),
      options: all('SELECT name, value FROM model_options ORDER BY name'),
      metrics: all('SELECT name, value FROM model_metrics ORDER BY name'),
      users: all('SELECT user_id, rating_count, bias, factors, rated FROM model_users ORDER BY user_id'),
      titles: all('SELECT title_id, rating_count, bias, factors FROM model_titles ORDER BY title_id'),
    };
  } finally {
    sqlite.close();
  }
}

/** Changes one store's packed copy with plain SQL, as a disk error or an older ETL would leave it. */
function tamper(path: string, sql: string, ...params: unknown[]): void {
  const sqlite = new BetterSqlite3(path);
  try {
    sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}

/** A copy of one part's blob. */
function blobOf(path: string, part: string): Buffer {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    return Buffer.from(
      sqlite.prepare('SELECT data FROM ratings_packed WHERE part = ?').pluck().get(part) as Buffer,
    );
  } finally {
    sqlite.close();
  }
}

/** A part's blob with one byte flipped, same length. */
function flipped(path: string, part: string): Buffer {
  const data = blobOf(path, part);
  data[Math.floor(data.length / 3)]! ^= 0x10;
  return data;
}

const OPTIONS = resolveTrainOptions();

describe('the packed ratings of the demo store', () => {
  it('give the trainer the arrays the ratings table gives, bit for bit', () => {
    const { packed, table } = readBoth(DEMO_STORE_PATH);
    expect(packed.count).toBeGreaterThan(30_000);
    expectSameRatings(packed, table);
  });

  it('train the same model, bit for bit, as the table', () => {
    const { packed, table } = readBoth(DEMO_STORE_PATH);
    expectSameModel(trainModel(packed, OPTIONS), trainModel(table, OPTIONS));
  });
});

describe('training a store from its packed ratings, or from the table when they are unusable', () => {
  let dir: { dir: string; cleanup: () => void };
  let reference: { summary: TrainSummary; model: unknown };

  beforeAll(async () => {
    dir = scratchDir();
    const path = copyOfStore(DEMO_STORE_PATH, dir.dir, 'packed.db');
    const summary = await trainStore(path, { options: OPTIONS, holdout: 0.2 });
    reference = { summary, model: savedModel(path) };
  });
  afterAll(() => dir?.cleanup());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the packed copy of a store built by this ETL', () => {
    expect(reference.summary.ratingsSource).toBe('packed');
    expect(reference.summary.ratings).toBeGreaterThan(30_000);
  });

  const unusable: { label: string; reason: RegExp; spoil: (path: string) => void }[] = [
    {
      label: 'a store built before the packed copy existed',
      reason: /no packed ratings/,
      spoil: (path) => tamper(path, 'DROP TABLE ratings_packed'),
    },
    {
      label: 'a chunk with one flipped byte',
      reason: /part "chunk 0" fails its checksum/,
      spoil: (path) =>
        tamper(path, "UPDATE ratings_packed SET data = ? WHERE part = 'chunk 0'", flipped(path, 'chunk 0')),
    },
    {
      label: 'user ids with one flipped byte',
      reason: /part "user_ids" fails its checksum/,
      spoil: (path) =>
        tamper(path, "UPDATE ratings_packed SET data = ? WHERE part = 'user_ids'", flipped(path, 'user_ids')),
    },
    {
      label: 'a missing chunk',
      reason: /no part "chunk 0"/,
      spoil: (path) => tamper(path, "DELETE FROM ratings_packed WHERE part = 'chunk 0'"),
    },
    {
      label: 'a chunk whose checksum was recomputed over a user beyond the user count',
      reason: /chunk 0 holds a rating out of range/,
      spoil: (path) => {
        const data = blobOf(path, 'chunk 0');
        data.writeInt32LE(0x7fffffff, 0);
        tamper(
          path,
          "UPDATE ratings_packed SET data = ?, sha256 = ? WHERE part = 'chunk 0'",
          data,
          createHash('sha256').update(data).digest(),
        );
      },
    },
    {
      label: 'a ratings table that gained a row since',
      reason: /hold \d+ ratings, the ratings table \d+/,
      spoil: (path) =>
        tamper(
          path,
          'INSERT INTO ratings (user_id, title_id, rating) SELECT user_id, title_id, rating FROM ratings LIMIT 1',
        ),
    },
  ];

  it.each(unusable)('falls back to the table, with a warning, for $label', async ({ reason, spoil }) => {
    const path = copyOfStore(DEMO_STORE_PATH, dir.dir, 'spoilt.db');
    spoil(path);
    const store = openStore(path);
    try {
      const read = readPackedRatings(store.sqlite);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(reason);
    } finally {
      store.close();
    }
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const summary = await trainStore(path, { options: OPTIONS, holdout: 0.2 });
    expect(summary.ratingsSource).toBe('table');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toMatch(/training reads the ratings table instead of the packed copy/);
    expect(warn.mock.calls[0]![1]).toMatch(reason);
  });

  it('saves the same model from the table as from the packed copy, bit for bit', async () => {
    const path = copyOfStore(DEMO_STORE_PATH, dir.dir, 'table.db');
    tamper(path, "UPDATE ratings_packed SET data = ? WHERE part = 'chunk 0'", flipped(path, 'chunk 0'));
    vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const summary = await trainStore(path, { options: OPTIONS, holdout: 0.2 });
    expect(summary.ratingsSource).toBe('table');
    expect(savedModel(path)).toEqual(reference.model);
    expect(summary.holdout).toEqual(reference.summary.holdout);
    expect(Object.is(summary.finalLoss, reference.summary.finalLoss)).toBe(true);
  });
});

describe.skipIf(REAL_STORE_PATH === null)('the packed ratings of the real store', () => {
  it('give the trainer the arrays the ratings table gives, bit for bit', () => {
    const { packed, table } = readBoth(REAL_STORE_PATH!);
    expect(packed.count).toBe(11_024_289);
    expectSameRatings(packed, table);
  }, 180_000);
});

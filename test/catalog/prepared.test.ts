import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardStore, preparedQuery } from '../../src/catalog/prepared.ts';
import { success } from '../../src/catalog/result.ts';
import { Kysely, SqliteDialect } from '../../src/store/kysely.ts';
import type { Store } from '../../src/store/open.ts';
import type { Database } from '../../src/store/schema.ts';

function memoryStore(): Store & { prepared: string[] } {
  const sqlite = new BetterSqlite3(':memory:');
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite, path: ':memory:', prepared, close: () => sqlite.close() };
}

describe('preparedQuery', () => {
  let store: ReturnType<typeof memoryStore>;
  beforeEach(() => {
    store = memoryStore();
    store.sqlite.exec(`CREATE TABLE catalog_title_counts (platform TEXT, release_year INTEGER, movie_count INTEGER,
      show_count INTEGER, cast_title_count INTEGER)`);
    const insert = store.sqlite.prepare('INSERT INTO catalog_title_counts VALUES (?, ?, ?, 0, 0)');
    for (const [platform, year, movies] of [
      ['netflix', 2019, 5],
      ['netflix', 2020, 7],
      ['hulu', 2020, 3],
      ['netflix', 2021, 9],
    ] as const) {
      insert.run(platform, year, movies);
    }
    store.prepared.length = 0;
  });
  afterEach(() => store.close());

  const moviesFrom = preparedQuery((db, $: { platform: 'netflix' | 'hulu'; from: number }) =>
    db
      .selectFrom('catalog_title_counts')
      .select('release_year')
      .where('platform', '=', $.platform)
      .where('release_year', '>=', $.from)
      .where('movie_count', '>', (eb) =>
        eb
          .selectFrom('catalog_title_counts')
          .select('movie_count')
          .where('platform', '=', $.platform)
          .limit(1),
      )
      .orderBy('release_year')
      .limit(2),
  );

  it('binds named values where the compiled query wants them, repeated ones and constants included', () => {
    expect(moviesFrom.all(store, { platform: 'netflix', from: 2019 })).toEqual([
      { release_year: 2020 },
      { release_year: 2021 },
    ]);
    expect(moviesFrom.all(store, { platform: 'netflix', from: 2021 })).toEqual([{ release_year: 2021 }]);
    expect(moviesFrom.all(store, { platform: 'hulu', from: 1900 })).toEqual([]);
  });

  it('prepares each shape once per store', () => {
    moviesFrom.all(store, { platform: 'netflix', from: 2019 });
    moviesFrom.get(store, { platform: 'hulu', from: 2000 });
    expect(store.prepared).toHaveLength(1);
    expect(store.prepared[0]).not.toContain('netflix');
  });

  it('refuses to run with a placeholder left without a value', () => {
    expect(() => moviesFrom.all(store, { platform: 'netflix' } as never)).toThrow(/placeholder "from"/);
  });

  it('reports a store without the catalog tables as not ready', () => {
    store.sqlite.exec('DROP TABLE catalog_title_counts');
    const result = guardStore(() => success(moviesFrom.all(store, { platform: 'netflix', from: 2019 })));
    expect(result).toMatchObject({ ok: false, error: { code: 'store_not_ready' } });
  });
});

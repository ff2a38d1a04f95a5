/**
 * The tables of the SQLite state file. Times are epoch milliseconds; a row whose `expires_at` (or
 * `resets_at`) has passed is treated as absent and swept out later.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { col, createTableSql, nullable, table } from '../store/table.ts';

export const STATE_TABLES = {
  links: table({ person: col.text(), user_id: col.int() }, { primaryKey: ['person'], withoutRowid: true }),
  conversations: table(
    { id: col.text(), value: col.text(), expires_at: col.int() },
    { primaryKey: ['id'], withoutRowid: true },
  ),
  claims: table({ id: col.text(), expires_at: col.int() }, { primaryKey: ['id'], withoutRowid: true }),
  rate_windows: table(
    { key: col.text(), count: col.int(), resets_at: col.int() },
    { primaryKey: ['key'], withoutRowid: true },
  ),
  locks: table(
    { name: col.text(), owner: col.text(), expires_at: col.int() },
    { primaryKey: ['name'], withoutRowid: true },
  ),
  audit: table(
    {
      id: col.int(),
      at: col.text(),
      who: col.text(),
      via: col.text(),
      action: col.text(),
      outcome: col.text(),
      build_id: nullable(col.text()),
    },
    { primaryKey: ['id'] },
  ),
  misses: table(
    {
      id: col.text(),
      at: col.int(),
      expires_at: col.int(),
      text: col.text(),
      lang: col.text(),
      adapter: col.text(),
      outcome: col.text(),
    },
    { primaryKey: ['id'] },
  ),
  votes: table(
    { answer_id: col.text(), voter: col.text(), at: col.int(), value: col.text() },
    { primaryKey: ['answer_id', 'voter'], withoutRowid: true },
  ),
  /** Published builds, polled by the other processes sharing the file; the newest hundred are kept. */
  builds: table({ id: col.int(), build_id: col.text(), published_at: col.int() }, { primaryKey: ['id'] }),
};

/** Bumped, with a step in `migrate`, whenever the tables change. */
const SCHEMA_VERSION = 3;

/** The tables each version added, so a file of an older version gets only what it lacks. */
const ADDED_IN: Record<number, (keyof typeof STATE_TABLES)[]> = { 2: ['misses'], 3: ['votes'] };

/**
 * Creates the tables in a new file. Two processes opening a new file at once are serialised by the
 * IMMEDIATE transaction; the second sees the version the first wrote and does nothing.
 */
export function migrate(sqlite: BetterSqlite3.Database): void {
  const upgrade = sqlite.transaction(() => {
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version > SCHEMA_VERSION)
      throw new Error(`state file has schema version ${version}; this Streambot knows ${SCHEMA_VERSION}`);
    const missing =
      version === 0
        ? (Object.keys(STATE_TABLES) as (keyof typeof STATE_TABLES)[])
        : Object.entries(ADDED_IN).flatMap(([since, tables]) => (Number(since) > version ? tables : []));
    for (const name of missing) sqlite.exec(createTableSql(name, STATE_TABLES[name]));
    sqlite.exec('CREATE INDEX IF NOT EXISTS misses_at ON misses (at)');
    sqlite.exec('CREATE INDEX IF NOT EXISTS votes_at ON votes (at)');
    sqlite.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  upgrade.immediate();
}

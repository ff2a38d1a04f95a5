/**
 * Opening a new SQLite file for one bulk load that nobody reads until it is finished: no journal, no
 * fsync (the atomic build syncs once at the end), an exclusive lock and a big page cache. Measured on the
 * real ratings: 16 KiB pages load ~30% faster than the default 4 KiB.
 */
import BetterSqlite3 from 'better-sqlite3';

const BULK_PAGE_SIZE = 16_384;

export function openForBulkLoad(path: string, cacheMiB: number): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma(`page_size = ${BULK_PAGE_SIZE}`);
  // better-sqlite3 runs SQLite in defensive mode, which silently ignores journal_mode = OFF.
  sqlite.unsafeMode(true);
  sqlite.pragma('journal_mode = OFF');
  sqlite.unsafeMode(false);
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma(`cache_size = -${cacheMiB * 1024}`);
  return sqlite;
}

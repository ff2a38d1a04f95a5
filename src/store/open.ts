/** Opening the built store for serving: read-only, one connection, shared by Kysely and raw statements. */
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from './kysely.ts';
import type { Database } from './schema.ts';

export interface Store {
  /** The Kysely handle: every query is built through it. */
  db: Kysely<Database>;
  /** The underlying connection, for running compiled Kysely queries synchronously. */
  sqlite: BetterSqlite3.Database;
  path: string;
  close(): void;
}

export class StoreMissingError extends Error {
  constructor(path: string) {
    super(`no store at ${path}: build it first with \`streambot etl\``);
  }
}

export function openStore(path: string, options: { readonly?: boolean } = {}): Store {
  const readonly = options.readonly ?? true;
  if (!existsSync(path)) throw new StoreMissingError(path);
  const sqlite = new BetterSqlite3(path, { readonly, fileMustExist: true });
  if (readonly) sqlite.pragma('query_only = ON');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 1073741824');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    path,
    close() {
      sqlite.close();
    },
  };
}

/**
 * A store table defined once: its columns (SQL type, nullability and TypeScript type) and keys. Its
 * CREATE TABLE statement, its column list and INSERT statement, and its row type (for Kysely and the
 * writers) all follow from that definition, so they cannot drift apart.
 */
import type BetterSqlite3 from 'better-sqlite3';

type SqlType = 'TEXT' | 'INTEGER' | 'REAL' | 'BLOB';

declare const valueType: unique symbol;

export interface Column<T> {
  readonly sqlType: SqlType;
  readonly notNull: boolean;
  /** Never set: carries the TypeScript type of the column's values. */
  readonly [valueType]?: T;
}

const notNull = <T>(sqlType: SqlType): Column<T> => ({ sqlType, notNull: true });

/** Columns are NOT NULL unless wrapped in `nullable`. */
export const col = {
  text: <T extends string = string>() => notNull<T>('TEXT'),
  int: <T extends number = number>() => notNull<T>('INTEGER'),
  real: () => notNull<number>('REAL'),
  blob: () => notNull<Uint8Array>('BLOB'),
};

export function nullable<T>(column: Column<T>): Column<T | null> {
  return { sqlType: column.sqlType, notNull: false };
}

type Columns = Record<string, Column<unknown>>;

export interface Table<C extends Columns = Columns> {
  /** In the order of the CREATE TABLE statement. */
  readonly columns: C;
  /**
   * A single key is declared on its column (`id INTEGER PRIMARY KEY` makes an INTEGER key the rowid),
   * a composite one after the columns.
   */
  readonly primaryKey: readonly string[];
  readonly withoutRowid: boolean;
  /** Table CHECK constraints, as SQL expressions. */
  readonly checks: readonly string[];
}

export interface TableOptions<C extends Columns> {
  primaryKey?: readonly (keyof C & string)[];
  withoutRowid?: boolean;
  checks?: readonly string[];
}

export function table<C extends Columns>(columns: C, options: TableOptions<C> = {}): Table<C> {
  return { columns, primaryKey: [], withoutRowid: false, checks: [], ...options };
}

/** A table's row as Kysely and the writers see it: each column's TypeScript type. */
export type RowOf<T extends Table> = {
  [K in keyof T['columns']]: T['columns'][K] extends Column<infer V> ? V : never;
};

/** The row types of a set of tables, by table name: a Kysely database type. */
export type RowsOf<Tables extends Record<string, Table>> = { [N in keyof Tables]: RowOf<Tables[N]> };

export function columnsOf<T extends Table>(definition: T): (keyof T['columns'] & string)[] {
  return Object.keys(definition.columns);
}

/** Column names are quoted: some are SQL keywords (`cast`). */
const quoted = (column: string): string => `"${column}"`;

export function createTableSql(name: string, { columns, primaryKey, withoutRowid, checks }: Table): string {
  const singleKey = primaryKey.length === 1 ? primaryKey[0] : undefined;
  const definitions = Object.entries(columns).map(([column, { sqlType, notNull }]) => {
    // An INTEGER key is the rowid, never NULL; SQLite lets any other key of a rowid table hold NULL
    // unless told not to, which the row type (not null) assumes.
    const key = sqlType === 'INTEGER' || !notNull ? ' PRIMARY KEY' : ' PRIMARY KEY NOT NULL';
    const constraint = column === singleKey ? key : notNull ? ' NOT NULL' : '';
    return `${quoted(column)} ${sqlType}${constraint}`;
  });
  if (primaryKey.length > 1) definitions.push(`PRIMARY KEY (${primaryKey.map(quoted).join(', ')})`);
  for (const check of checks) definitions.push(`CHECK (${check})`);
  return `CREATE TABLE ${name} (${definitions.join(', ')})${withoutRowid ? ' WITHOUT ROWID' : ''}`;
}

/** `INSERT INTO name ("a", "b") VALUES (@a, @b)`: binds a row object (all the columns unless given). */
export function insertSql<T extends Table>(
  name: string,
  definition: T,
  columns: readonly (keyof T['columns'] & string)[] = columnsOf(definition),
): string {
  const values = columns.map((column) => `@${column}`);
  return `INSERT INTO ${name} (${columns.map(quoted).join(', ')}) VALUES (${values.join(', ')})`;
}

/** A prepared INSERT of whole rows into `tables[name]`, binding row objects of the table's row type. */
export function prepareInsert<N extends string, Tables extends Record<N, Table>>(
  sqlite: BetterSqlite3.Database,
  tables: Tables,
  name: N,
): BetterSqlite3.Statement<[RowOf<Tables[N]>]> {
  return sqlite.prepare<[RowOf<Tables[N]>]>(insertSql(name, tables[name]));
}

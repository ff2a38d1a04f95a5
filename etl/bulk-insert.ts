/**
 * Inserting many rows per statement: better-sqlite3's per-call cost dominates single-row inserts.
 * Measured on the catalogs: 0.28 s one row per call for 23 k titles and their ~180 k cast and genre rows.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { columnsOf, type RowOf, type Table } from '../src/store/table.ts';

/** Rows are objects of type `Row`, inserted as the values of `columns`. */
export class BulkInsert<Row> {
  static readonly ROWS_PER_STATEMENT = 100;
  readonly #many: BetterSqlite3.Statement;
  readonly #one: BetterSqlite3.Statement;
  readonly #columns: readonly (keyof Row & string)[];
  #values: unknown[] = [];

  constructor(sqlite: BetterSqlite3.Database, table: string, columns: readonly (keyof Row & string)[]) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const insert = `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `;
    this.#many = sqlite.prepare(
      insert + Array.from({ length: BulkInsert.ROWS_PER_STATEMENT }, () => tuple).join(', '),
    );
    this.#one = sqlite.prepare(insert + tuple);
    this.#columns = columns;
  }

  add(row: Row): void {
    for (const column of this.#columns) this.#values.push(row[column]);
    if (this.#values.length === this.#columns.length * BulkInsert.ROWS_PER_STATEMENT) {
      this.#many.run(this.#values);
      this.#values = [];
    }
  }

  /** Inserts the rows still waiting; call once after the last `add`. */
  flush(): void {
    const width = this.#columns.length;
    for (let i = 0; i < this.#values.length; i += width) {
      this.#one.run(this.#values.slice(i, i + width));
    }
    this.#values = [];
  }
}

/** A BulkInsert into `tables[name]`, taking rows of the table's row type. */
export function bulkInsertInto<N extends string, Tables extends Record<N, Table>>(
  sqlite: BetterSqlite3.Database,
  tables: Tables,
  name: N,
): BulkInsert<RowOf<Tables[N]>> {
  return new BulkInsert<RowOf<Tables[N]>>(sqlite, name, columnsOf(tables[name]));
}

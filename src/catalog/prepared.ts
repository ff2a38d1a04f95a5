/**
 * Query shapes built with Kysely, run synchronously at index-lookup speed: each shape is compiled
 * once per store, its SQL prepared once with better-sqlite3, and every call only binds its values.
 * Values that vary per call are written into the shape as named placeholders (`param`); the order in
 * which they must be bound is read from the compiled query's parameter list.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import type { Store } from '../store/open.ts';
import type { CatalogDatabase, CatalogTables } from './derived-schema.ts';
import { type CatalogResult, failure } from './result.ts';

const PLACEHOLDER_MARK = '\u0000catalog-param:';

/** A named placeholder for a per-call value, typed as the value it stands for. */
export function param<T = never>(name: string): T {
  return `${PLACEHOLDER_MARK}${name}` as unknown as T;
}

function placeholderName(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(PLACEHOLDER_MARK)
    ? value.slice(PLACEHOLDER_MARK.length)
    : undefined;
}

/** The store was built before the catalog's derived tables existed (or without them). */
class StoreNotReadyError extends Error {}

type Binding = { name: string } | { value: unknown };

interface Prepared {
  statement: BetterSqlite3.Statement;
  bindings: Binding[];
}

/** A query's per-call values, by placeholder name. */
type Params = object;

export class PreparedQuery<P extends Params, R> {
  readonly #build: (db: Kysely<CatalogDatabase>) => Compilable<R>;
  readonly #perStore = new WeakMap<Store, Prepared>();

  constructor(build: (db: Kysely<CatalogDatabase>) => Compilable<R>) {
    this.#build = build;
  }

  all(store: Store, params: P): R[] {
    const { statement, bindings } = this.#prepared(store);
    return statement.all(...bind(bindings, params)) as R[];
  }

  get(store: Store, params: P): R | undefined {
    const { statement, bindings } = this.#prepared(store);
    return statement.get(...bind(bindings, params)) as R | undefined;
  }

  #prepared(store: Store): Prepared {
    let prepared = this.#perStore.get(store);
    if (!prepared) {
      prepared = prepare(store, this.#build(store.db.withTables<CatalogTables>()));
      this.#perStore.set(store, prepared);
    }
    return prepared;
  }
}

function prepare(store: Store, query: Compilable<unknown>): Prepared {
  const compiled = query.compile();
  const bindings = compiled.parameters.map((value): Binding => {
    const name = placeholderName(value);
    return name === undefined ? { value } : { name };
  });
  try {
    return { statement: store.sqlite.prepare(compiled.sql), bindings };
  } catch (error) {
    if (/no such (table|column)/.test((error as Error).message)) {
      throw new StoreNotReadyError(
        `The store at ${store.path} lacks the catalog tables (${(error as Error).message}): rebuild it with \`streambot etl\`.`,
      );
    }
    throw error;
  }
}

function bind(bindings: readonly Binding[], params: Params): unknown[] {
  const values = new Array<unknown>(bindings.length);
  for (let i = 0; i < bindings.length; i++) {
    const binding = bindings[i]!;
    if ('value' in binding) values[i] = binding.value;
    else {
      const value = (params as Record<string, unknown>)[binding.name];
      if (value === undefined) throw new Error(`no value for the query placeholder "${binding.name}"`);
      values[i] = value;
    }
  }
  return values;
}

export function preparedQuery<P extends Params, R>(
  build: (db: Kysely<CatalogDatabase>) => Compilable<R>,
): PreparedQuery<P, R> {
  return new PreparedQuery(build);
}

/** Runs a catalog question, turning a store without the derived tables into a `store_not_ready` error. */
export function guardStore<T>(answer: () => CatalogResult<T>): CatalogResult<T> {
  try {
    return answer();
  } catch (error) {
    if (error instanceof StoreNotReadyError) return failure('store_not_ready', error.message);
    throw error;
  }
}

/**
 * Query shapes built with Kysely, run synchronously at index-lookup speed: each shape is compiled
 * once per store, its SQL prepared once with better-sqlite3, and every call only binds its values.
 * The row type is Kysely's inference from the query itself (drop a selected column and every reader
 * of it stops compiling). Per-call values come from the `$` the builder receives, typed by its
 * annotation: `preparedQuery((db, $: { id: TitleId }) => db.selectFrom('titles').where('id', '=', $.id))`.
 * Each value read from `$` is a named placeholder; the order in which they must be bound is read
 * from the compiled query's parameter list.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import type { Store } from './open.ts';

const PLACEHOLDER_MARK = '\u0000query-param:';

/** The `$` every builder receives: reading a property gives the placeholder of that name. */
const PLACEHOLDERS: object = new Proxy(
  {},
  { get: (_target, name) => (typeof name === 'string' ? `${PLACEHOLDER_MARK}${name}` : undefined) },
);

function placeholderName(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(PLACEHOLDER_MARK)
    ? value.slice(PLACEHOLDER_MARK.length)
    : undefined;
}

/** The store lacks a table or column the query reads (built by an older version, or without a step). */
export class StoreNotReadyError extends Error {}

type Binding = { name: string } | { value: unknown };

interface Prepared {
  statement: BetterSqlite3.Statement;
  bindings: Binding[];
}

/** A query's per-call values, by placeholder name. */
type Params = object;

export class PreparedQuery<DB, P extends Params, R> {
  readonly #build: (db: Kysely<DB>, $: P) => Compilable<R>;
  readonly #perStore = new WeakMap<Store, Prepared>();

  constructor(build: (db: Kysely<DB>, $: P) => Compilable<R>) {
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

  /** Rows one at a time, for tables too large to hold as one array. */
  iterate(store: Store, params: P): IterableIterator<R> {
    const { statement, bindings } = this.#prepared(store);
    return statement.iterate(...bind(bindings, params)) as IterableIterator<R>;
  }

  #prepared(store: Store): Prepared {
    let prepared = this.#perStore.get(store);
    if (!prepared) {
      const db = store.db as unknown as Kysely<DB>;
      prepared = prepare(store, this.#build(db, PLACEHOLDERS as P));
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
        `The store at ${store.path} lacks tables this version reads (${(error as Error).message}): rebuild it with \`streambot etl\`.`,
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

/** The query-shape maker over `DB`, the tables one part of the code reads. */
export function queriesOn<DB>() {
  return <P extends Params = Record<string, never>, R = unknown>(
    build: (db: Kysely<DB>, $: P) => Compilable<R>,
  ): PreparedQuery<DB, P, R> => new PreparedQuery(build);
}

/**
 * Query shapes with the optional platform and year filters: one prepared shape per combination of
 * filters present, so each combination runs on its own index.
 */
import type { Compilable, Kysely } from 'kysely';
import type { Platform } from '../domain.ts';
import type { CatalogDatabase } from '../store/derived-schema.ts';
import type { Store } from '../store/open.ts';
import { type CatalogQuery, preparedQuery } from './prepared.ts';

export interface TitleFilters {
  platform: Platform | null;
  year: number | null;
}

/** Which filters a shape applies. */
export interface FiltersPresent {
  platform: boolean;
  year: boolean;
}

/** Placeholders for the filters a shape applies (a shape reads only those that are present). */
export type FilterValues<P extends TitleFilters> = { [K in keyof P]-?: NonNullable<P[K]> };

export class FilteredQuery<P extends TitleFilters, R> {
  readonly #shapes: CatalogQuery<P, R>[];

  constructor(
    build: (db: Kysely<CatalogDatabase>, present: FiltersPresent, $: FilterValues<P>) => Compilable<R>,
  ) {
    this.#shapes = [0, 1, 2, 3].map((bits) =>
      preparedQuery((db, $: P) =>
        build(db, { platform: (bits & 1) !== 0, year: (bits & 2) !== 0 }, $ as FilterValues<P>),
      ),
    );
  }

  all(store: Store, params: P): R[] {
    return this.#shape(params).all(store, params);
  }

  get(store: Store, params: P): R | undefined {
    return this.#shape(params).get(store, params);
  }

  #shape(filters: TitleFilters): CatalogQuery<P, R> {
    return this.#shapes[(filters.platform === null ? 0 : 1) | (filters.year === null ? 0 : 2)]!;
  }
}

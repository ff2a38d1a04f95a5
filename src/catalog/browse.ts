/**
 * Browsing the catalog: `listTitles` (the titles matching any combination of filters, ordered, with
 * the total) and `countTitles` (how many match, optionally grouped by platform, year, genre or type).
 * Every bound is inclusive; ties in an ordering are broken by title, then id, as the client functions
 * do. The store's browse tables are read once (with Kysely) into an in-memory index per store.
 */
import type { Compilable } from 'kysely';
import {
  MIN_YEAR,
  maxYear,
  PLATFORMS,
  type Platform,
  TITLE_TYPES,
  type TitleId,
  type TitleType,
} from '../domain.ts';
import { GENRES, type Genre } from '../genres.ts';
import type { Store } from '../store/open.ts';
import type { CatalogTables } from './derived-schema.ts';
import { lookupPlatform, unknownPlatformMessage } from './platforms.ts';
import { guardStore } from './prepared.ts';
import { type CatalogResult, failure, success } from './result.ts';

export const SORTS = ['duration', 'score', 'year', 'ratings', 'title'] as const;
export type Sort = (typeof SORTS)[number];
export const ORDERS = ['desc', 'asc'] as const;
export type Order = (typeof ORDERS)[number];
export const GROUPS = ['platform', 'year', 'genre', 'type'] as const;
export type GroupBy = (typeof GROUPS)[number];
export const MAX_LIST = 25;
const DEFAULT_LIST = 10;

/** The filters, all optional; names are the `list_titles` / `count_titles` argument names. */
export interface BrowseFilters {
  platform?: Platform;
  type?: TitleType;
  year?: number;
  year_from?: number;
  year_to?: number;
  genre?: Genre;
  /** A person as the catalog writes them, lower-case. */
  cast?: string;
  director?: string;
  country?: string;
  age_rating?: string;
  min_minutes?: number;
  max_minutes?: number;
  min_seasons?: number;
  max_seasons?: number;
  min_score?: number;
  max_score?: number;
}

export interface ListArgs extends BrowseFilters {
  sort?: Sort;
  order?: Order;
  limit?: number;
  offset?: number;
}

export interface CountArgs extends BrowseFilters {
  group_by?: GroupBy;
}

export interface BrowsedTitle {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  release_year: number;
  duration_int: number | null;
  duration_type: string | null;
  score: number | null;
  ratings: number;
}

export interface ListValue {
  args: ListArgs;
  total: number;
  titles: BrowsedTitle[];
}

export interface CountValue {
  args: CountArgs;
  total: number;
  groups: { key: string | number; count: number }[];
}

export function listTitles(store: Store, input: ListArgs): CatalogResult<ListValue> {
  const checked = checkList(input);
  if (!checked.ok) return checked;
  const args = checked.value;
  return guardStore(() => {
    const index = browseIndexOf(store);
    const order = index.order(args.sort, args.order ?? 'desc');
    const matches = index.matcher(args, args.sort === 'duration' ? durationTypeOf(args) : undefined);
    const from = args.offset ?? 0;
    const picked: number[] = [];
    let total = 0;
    const rows = index.candidates(args, order);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (!matches(row)) continue;
      if (total >= from && picked.length < args.limit!) picked.push(row);
      total++;
    }
    return success({ args, total, titles: picked.map((row) => index.titles[row]!) });
  });
}

export function countTitles(store: Store, input: CountArgs): CatalogResult<CountValue> {
  const checked = checkFilters(input);
  if (!checked.ok) return checked;
  if (input.group_by !== undefined && !GROUPS.includes(input.group_by))
    return failure('invalid_text', `Group by one of ${GROUPS.join(', ')}, not "${input.group_by}".`);
  const args: CountArgs = { ...checked.value, ...(input.group_by ? { group_by: input.group_by } : {}) };
  return guardStore(() => {
    const index = browseIndexOf(store);
    const matches = index.matcher(args);
    const counts = new Map<string | number, number>();
    let total = 0;
    const rows = index.candidates(args);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (!matches(row)) continue;
      total++;
      if (args.group_by)
        for (const key of index.groupKeys(row, args.group_by)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const groups = [...counts]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return success({ args, total, groups });
  });
}

/** Minutes for movies, seasons for shows: a list by duration compares one or the other. */
function durationTypeOf(args: ListArgs): 'min' | 'season' {
  const seasons = args.type === 'tv show' || args.min_seasons !== undefined || args.max_seasons !== undefined;
  return seasons ? 'season' : 'min';
}

// ── the index ────────────────────────────────────────────────────────────────────────────────────
/**
 * The catalog held in memory for browsing (23 k titles: a few MB, built in tens of milliseconds
 * from the store's browse tables): every filter is a test on a row, and every ordering a
 * precomputed permutation, so any combination costs one pass over the titles at most, a few
 * hundred microseconds; a person or country filter starts from that person's titles only.
 */
class BrowseIndex {
  readonly titles: BrowsedTitle[];
  readonly #ageRating: string[];
  readonly #genres = new Map<string, Uint8Array>();
  readonly #genresOf: string[][];
  readonly #byPerson = {
    cast: new Map<string, number[]>(),
    director: new Map<string, number[]>(),
    country: new Map<string, number[]>(),
  };
  readonly #orders = new Map<string, Int32Array>();
  readonly #ranks = new WeakMap<Int32Array, Int32Array>();
  readonly #everyRow: Int32Array;

  constructor(store: Store) {
    const db = store.db.withTables<CatalogTables>();
    const rows = execute(
      store,
      db
        .selectFrom('catalog_browse as b')
        .select([...TITLE_COLUMNS, 'b.age_rating'])
        .orderBy('b.title')
        .orderBy('b.title_id'),
    );
    this.titles = rows.map(({ age_rating: _rating, ...title }) => title);
    this.#ageRating = rows.map((r) => r.age_rating);
    this.#everyRow = Int32Array.from(this.titles.keys());
    const rowOf = new Map(this.titles.map((t, i) => [t.id as string, i]));
    this.#genresOf = this.titles.map(() => []);
    for (const { genre, title_id } of execute(
      store,
      db.selectFrom('catalog_genres').select(['genre', 'title_id']),
    )) {
      const row = rowOf.get(title_id)!;
      let members = this.#genres.get(genre);
      if (!members) this.#genres.set(genre, (members = new Uint8Array(this.titles.length)));
      members[row] = 1;
      this.#genresOf[row]!.push(genre);
    }
    const people: ['cast' | 'director' | 'country', { name: string; title_id: string }[]][] = [
      ['cast', execute(store, db.selectFrom('title_cast').select(['actor as name', 'title_id']))],
      [
        'director',
        execute(store, db.selectFrom('catalog_directors').select(['director as name', 'title_id'])),
      ],
      ['country', execute(store, db.selectFrom('catalog_countries').select(['country as name', 'title_id']))],
    ];
    for (const [kind, credits] of people) {
      const map = this.#byPerson[kind];
      for (const { name, title_id } of credits) {
        const row = rowOf.get(title_id)!;
        const list = map.get(name);
        if (list) list.push(row);
        else map.set(name, [row]);
      }
      for (const list of map.values()) list.sort((a, b) => a - b);
    }
  }

  /** Rows in the order asked: a permutation per sort key and direction, ties by title then id. */
  order(sort: Sort | undefined, direction: Order): Int32Array | undefined {
    if (sort === undefined) return undefined;
    const key = `${sort}:${direction}`;
    let order = this.#orders.get(key);
    if (!order) {
      const value = SORT_VALUE[sort];
      const sign = direction === 'desc' ? -1 : 1;
      order = Int32Array.from(this.titles.keys());
      // Rows are stored by title then id, so a stable sort keeps that as the tie-break…
      order.sort((a, b) => compareValues(value(this.titles[a]!), value(this.titles[b]!), sign) || a - b);
      // …except for the title itself, whose descending order reverses it whole.
      this.#orders.set(key, order);
    }
    return order;
  }

  /** The rows to test: a person's or country's titles when filtered by one, else every row (in `order`). */
  candidates(args: BrowseFilters, order?: Int32Array): ArrayLike<number> {
    const lists = (['cast', 'director', 'country'] as const)
      .filter((kind) => args[kind] !== undefined)
      .map((kind) => this.#byPerson[kind].get(args[kind]!) ?? []);
    if (lists.length === 0) return order ?? this.#everyRow;
    const smallest = lists.reduce((a, b) => (a.length <= b.length ? a : b));
    if (!order) return smallest;
    const rank = this.#rank(order);
    return [...smallest].sort((a, b) => rank[a]! - rank[b]!);
  }

  /** Each row's position in an ordering. */
  #rank(order: Int32Array): Int32Array {
    let rank = this.#ranks.get(order);
    if (!rank) {
      rank = new Int32Array(order.length);
      order.forEach((row, i) => {
        rank![row] = i;
      });
      this.#ranks.set(order, rank);
    }
    return rank;
  }

  /** A test of one row against every filter. */
  matcher(f: BrowseFilters, durationType?: 'min' | 'season'): (row: number) => boolean {
    const tests: ((row: number) => boolean)[] = [];
    const t = (row: number) => this.titles[row]!;
    if (f.platform) tests.push((r) => t(r).platform === f.platform);
    if (f.type) tests.push((r) => t(r).type === f.type);
    if (f.year !== undefined) tests.push((r) => t(r).release_year === f.year);
    if (f.year_from !== undefined) tests.push((r) => t(r).release_year >= f.year_from!);
    if (f.year_to !== undefined) tests.push((r) => t(r).release_year <= f.year_to!);
    if (f.age_rating) tests.push((r) => this.#ageRating[r] === f.age_rating);
    const minutes = f.min_minutes !== undefined || f.max_minutes !== undefined;
    const seasons = f.min_seasons !== undefined || f.max_seasons !== undefined;
    if (minutes) tests.push(within('min', f.min_minutes, f.max_minutes));
    if (seasons) tests.push(within('season', f.min_seasons, f.max_seasons));
    if (durationType) tests.push((r) => t(r).duration_type === durationType && t(r).duration_int !== null);
    if (f.min_score !== undefined) tests.push((r) => t(r).score !== null && t(r).score! >= f.min_score!);
    if (f.max_score !== undefined) tests.push((r) => t(r).score !== null && t(r).score! <= f.max_score!);
    if (f.genre) {
      const members = this.#genres.get(f.genre);
      tests.push((r) => members?.[r] === 1);
    }
    for (const kind of ['cast', 'director', 'country'] as const) {
      const name = f[kind];
      if (name === undefined) continue;
      const rows = new Set(this.#byPerson[kind].get(name) ?? []);
      tests.push((r) => rows.has(r));
    }
    return (row) => {
      for (const test of tests) if (!test(row)) return false;
      return true;
    };

    function within(type: 'min' | 'season', min?: number, max?: number) {
      return (r: number) => {
        const title = t(r);
        if (title.duration_type !== type || title.duration_int === null) return false;
        return (
          (min === undefined || title.duration_int >= min) && (max === undefined || title.duration_int <= max)
        );
      };
    }
  }

  groupKeys(row: number, groupBy: GroupBy): (string | number)[] {
    const title = this.titles[row]!;
    if (groupBy === 'platform') return [title.platform];
    if (groupBy === 'year') return [title.release_year];
    if (groupBy === 'type') return [title.type];
    return this.#genresOf[row]!;
  }
}

/** What each sort compares; titles nobody rated have no score and come last, whichever the order. */
const SORT_VALUE: Record<Sort, (t: BrowsedTitle) => string | number | null> = {
  duration: (t) => t.duration_int,
  score: (t) => t.score,
  year: (t) => t.release_year,
  ratings: (t) => t.ratings,
  title: (t) => `${t.title}\u0000${t.id}`,
};

function compareValues(a: string | number | null, b: string | number | null, sign: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a < b ? -1 : 1) * sign;
}

const TITLE_COLUMNS = [
  'b.title_id as id',
  'b.title',
  'b.platform',
  'b.type',
  'b.release_year',
  'b.duration_int',
  'b.duration_type',
  'b.score',
  'b.ratings',
] as const;

const indexes = new WeakMap<Store, BrowseIndex>();

/** The store's browse index, built on first use (again for each new store after a refresh). */
function browseIndexOf(store: Store): BrowseIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new BrowseIndex(store)));
  return index;
}

/** Runs a Kysely query once on the store's connection, with the row type Kysely inferred. */
function execute<R>(store: Store, query: Compilable<R>): R[] {
  const compiled = query.compile();
  return store.sqlite.prepare(compiled.sql).all(...compiled.parameters) as R[];
}

// ── arguments ────────────────────────────────────────────────────────────────────────────────────
function checkList(input: ListArgs): CatalogResult<ListArgs> {
  const filters = checkFilters(input);
  if (!filters.ok) return filters;
  const args: ListArgs = { ...filters.value };
  if (input.sort !== undefined) {
    if (!SORTS.includes(input.sort))
      return failure('invalid_text', `Sort by one of ${SORTS.join(', ')}, not "${input.sort}".`);
    args.sort = input.sort;
  }
  if (input.order !== undefined) {
    if (!ORDERS.includes(input.order))
      return failure('invalid_text', `The order is desc or asc, not "${input.order}".`);
    args.order = input.order;
  }
  const limit = input.limit ?? DEFAULT_LIST;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST)
    return failure(
      'invalid_limit',
      `The number of titles must be a whole number from 1 to ${MAX_LIST}, not ${limit}.`,
    );
  args.limit = limit;
  if (input.offset !== undefined) {
    if (!Number.isInteger(input.offset) || input.offset < 0)
      return failure('invalid_limit', `The offset must be a whole number from 0, not ${input.offset}.`);
    args.offset = input.offset;
  }
  return success(args);
}

const BOUNDS: { key: keyof BrowseFilters; min: number; max: number; integer: boolean; what: string }[] = [
  { key: 'min_minutes', min: 0, max: 10_000, integer: true, what: 'A number of minutes' },
  { key: 'max_minutes', min: 0, max: 10_000, integer: true, what: 'A number of minutes' },
  { key: 'min_seasons', min: 0, max: 1_000, integer: true, what: 'A number of seasons' },
  { key: 'max_seasons', min: 0, max: 1_000, integer: true, what: 'A number of seasons' },
  { key: 'min_score', min: 0, max: 5, integer: false, what: 'A score' },
  { key: 'max_score', min: 0, max: 5, integer: false, what: 'A score' },
];

function checkFilters(input: BrowseFilters): CatalogResult<BrowseFilters> {
  const args: BrowseFilters = {};
  if (input.platform !== undefined) {
    const lookup = lookupPlatform(String(input.platform));
    if (!lookup.ok)
      return failure(
        'unknown_platform',
        unknownPlatformMessage(String(input.platform), lookup.suggestion),
        lookup.suggestion ? [lookup.suggestion] : [...PLATFORMS],
      );
    args.platform = lookup.platform;
  }
  if (input.type !== undefined) {
    if (!TITLE_TYPES.includes(input.type))
      return failure('invalid_text', `The type is movie or tv show, not "${input.type}".`);
    args.type = input.type;
  }
  const latest = maxYear();
  for (const key of ['year', 'year_from', 'year_to'] as const) {
    const year = input[key];
    if (year === undefined) continue;
    if (!Number.isInteger(year) || year < MIN_YEAR || year > latest)
      return failure(
        'invalid_year',
        `The year must be a whole number from ${MIN_YEAR} to ${latest}, not ${year}.`,
      );
    args[key] = year;
  }
  if (args.year !== undefined && (args.year_from !== undefined || args.year_to !== undefined))
    return failure('invalid_year', 'Give a year, or a range of years (from, to), not both.');
  if (input.genre !== undefined) {
    if (!(input.genre in GENRES))
      return failure('invalid_text', `Unknown genre "${input.genre}": ${Object.keys(GENRES).join(', ')}.`);
    args.genre = input.genre;
  }
  for (const key of ['cast', 'director', 'country', 'age_rating'] as const) {
    const text = input[key]?.trim().toLowerCase();
    if (text) args[key] = text;
  }
  for (const bound of BOUNDS) {
    const value = input[bound.key] as number | undefined;
    if (value === undefined) continue;
    const fits = Number.isFinite(value) && value >= bound.min && value <= bound.max;
    if (!fits || (bound.integer && !Number.isInteger(value)))
      return failure('invalid_text', `${bound.what} from ${bound.min} to ${bound.max}, not ${value}.`);
    (args as Record<string, number>)[bound.key] = value;
  }
  return success(args);
}

/**
 * Browsing the catalog: `listTitles` (the titles matching any combination of filters, ordered, with
 * the total) and `countTitles` (how many match, optionally grouped by platform, year, genre or type).
 * Every bound is inclusive; ties in an ordering are broken by title, then id, as the client functions
 * do. The store's browse tables are read once (with Kysely) into an in-memory index per store.
 */
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
import { RANGE_MESSAGES } from '../range-messages.ts';
import type { Store } from '../store/open.ts';
import { lookupPlatform, unknownPlatformMessage } from './platforms.ts';
import { guardStore, preparedQuery } from './prepared.ts';
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

/** Names the catalog credits (people as cast or director, countries) containing `text`, most credited first. */
export function browseNames(
  store: Store,
  kind: 'cast' | 'director' | 'country',
  text: string,
  limit: number,
): string[] {
  const wanted = text.trim().toLowerCase();
  const found: string[] = [];
  for (const name of browseIndexOf(store).names(kind)) {
    if (found.length >= limit) break;
    if (name.includes(wanted)) found.push(name);
  }
  return found;
}

/** Whether any title on the platform credits a cast member (or director): Hulu's catalog lists none. */
export function platformCredits(store: Store, platform: Platform, kind: 'cast' | 'director'): boolean {
  return browseIndexOf(store).platformsCrediting(kind).has(platform);
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
    const tally = args.group_by ? index.tally(args.group_by) : undefined;
    let total = 0;
    const rows = index.candidates(args);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (!matches(row)) continue;
      total++;
      tally?.add(row);
    }
    const groups = (tally?.groups() ?? []).sort(
      (a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    return success({ args, total, groups });
  });
}

/** A title matching browse filters, with its canonical genres. */
export interface MatchedTitle extends BrowsedTitle {
  genres: readonly string[];
}

/** Every title matching the filters (checked as a count's are), for the charts to aggregate. */
export function matchingTitles(
  store: Store,
  input: BrowseFilters,
): CatalogResult<{ args: BrowseFilters; titles: MatchedTitle[] }> {
  const checked = checkFilters(input);
  if (!checked.ok) return checked;
  const args = checked.value;
  return guardStore(() => {
    const index = browseIndexOf(store);
    const matches = index.matcher(args);
    const titles: MatchedTitle[] = [];
    const rows = index.candidates(args);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (matches(row)) titles.push({ ...index.titles[row]!, genres: index.genresOf(row) });
    }
    return success({ args, titles });
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
  /** The filtered columns as typed arrays: one pass over them is a few hundred microseconds. */
  readonly #columns: {
    platform: Int8Array;
    type: Int8Array;
    year: Int32Array;
    durationType: Int8Array;
    duration: Int32Array;
    score: Float64Array;
  };

  constructor(store: Store) {
    const rows = browseRows.all(store, {});
    this.titles = rows.map(({ age_rating: _rating, ...title }) => title);
    this.#ageRating = rows.map((r) => r.age_rating);
    this.#everyRow = Int32Array.from(this.titles.keys());
    this.#columns = {
      platform: Int8Array.from(this.titles, (t) => PLATFORMS.indexOf(t.platform)),
      type: Int8Array.from(this.titles, (t) => TITLE_TYPES.indexOf(t.type)),
      year: Int32Array.from(this.titles, (t) => t.release_year),
      durationType: Int8Array.from(this.titles, (t) =>
        t.duration_int === null
          ? 0
          : t.duration_type === 'min'
            ? MINUTES
            : t.duration_type === 'season'
              ? SEASONS
              : 0,
      ),
      duration: Int32Array.from(this.titles, (t) => t.duration_int ?? 0),
      score: Float64Array.from(this.titles, (t) => t.score ?? Number.NaN),
    };
    const rowOf = new Map(this.titles.map((t, i) => [t.id as string, i]));
    this.#genresOf = this.titles.map(() => []);
    for (const { genre, title_id } of genreRows.all(store, {})) {
      const row = rowOf.get(title_id)!;
      let members = this.#genres.get(genre);
      if (!members) {
        members = new Uint8Array(this.titles.length);
        this.#genres.set(genre, members);
      }
      members[row] = 1;
      this.#genresOf[row]!.push(genre);
    }
    const people = [
      ['cast', castRows.all(store, {})],
      ['director', directorRows.all(store, {})],
      ['country', countryRows.all(store, {})],
    ] as const;
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

  genresOf(row: number): readonly string[] {
    return this.#genresOf[row]!;
  }

  /** Everyone (or every country) the catalog credits, most titles first. */
  names(kind: 'cast' | 'director' | 'country'): string[] {
    let names = this.#names.get(kind);
    if (!names) {
      const map = this.#byPerson[kind];
      names = [...map.keys()].sort((a, b) => map.get(b)!.length - map.get(a)!.length || (a < b ? -1 : 1));
      this.#names.set(kind, names);
    }
    return names;
  }

  readonly #names = new Map<string, string[]>();

  /** The platforms with at least one title crediting a cast member (or director). */
  platformsCrediting(kind: 'cast' | 'director'): Set<Platform> {
    const platforms = new Set<Platform>();
    for (const rows of this.#byPerson[kind].values())
      for (const row of rows) platforms.add(this.titles[row]!.platform);
    return platforms;
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
    // A few titles (one actor's) are sorted by the ordering; many (a country's) are picked from it.
    if (smallest.length > 256) return order;
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
    const c = this.#columns;
    const tests: ((row: number) => boolean)[] = [];
    if (f.platform) {
      const code = PLATFORMS.indexOf(f.platform);
      tests.push((r) => c.platform[r] === code);
    }
    if (f.type) {
      const code = TITLE_TYPES.indexOf(f.type);
      tests.push((r) => c.type[r] === code);
    }
    const fromYear = f.year ?? f.year_from ?? -1;
    const toYear = f.year ?? f.year_to ?? 1e9;
    if (fromYear !== -1 || toYear !== 1e9) tests.push((r) => c.year[r]! >= fromYear && c.year[r]! <= toYear);
    if (f.age_rating) tests.push((r) => this.#ageRating[r] === f.age_rating);
    const minutes = f.min_minutes !== undefined || f.max_minutes !== undefined;
    const seasons = f.min_seasons !== undefined || f.max_seasons !== undefined;
    if (minutes) tests.push(within(MINUTES, f.min_minutes ?? 0, f.max_minutes ?? 1e9));
    if (seasons) tests.push(within(SEASONS, f.min_seasons ?? 0, f.max_seasons ?? 1e9));
    if (durationType) tests.push(within(durationType === 'min' ? MINUTES : SEASONS, 0, 1e9));
    // No score (NaN) fails every comparison, as SQL's NULL does.
    if (f.min_score !== undefined) tests.push((r) => c.score[r]! >= f.min_score!);
    if (f.max_score !== undefined) tests.push((r) => c.score[r]! <= f.max_score!);
    if (f.genre) {
      const members = this.#genres.get(f.genre);
      tests.push((r) => members?.[r] === 1);
    }
    for (const kind of ['cast', 'director', 'country'] as const) {
      const name = f[kind];
      if (name === undefined) continue;
      const members = this.#membersOf(kind, name);
      tests.push((r) => members[r] === 1);
    }
    return (row) => {
      for (const test of tests) if (!test(row)) return false;
      return true;
    };

    function within(type: number, min: number, max: number) {
      return (r: number) => c.durationType[r] === type && c.duration[r]! >= min && c.duration[r]! <= max;
    }
  }

  readonly #members = new Map<string, Uint8Array>();

  /** A person's or country's titles as a bitmap (the last few hundred asked are kept). */
  #membersOf(kind: 'cast' | 'director' | 'country', name: string): Uint8Array {
    const key = `${kind}:${name}`;
    let members = this.#members.get(key);
    if (!members) {
      members = new Uint8Array(this.titles.length);
      for (const row of this.#byPerson[kind].get(name) ?? []) members[row] = 1;
      if (this.#members.size >= 500) this.#members.clear();
      this.#members.set(key, members);
    }
    return members;
  }

  /** Counts rows by a grouping, in an array indexed by each row's small integer key(s). */
  tally(groupBy: GroupBy): { add(row: number): void; groups(): CountValue['groups'] } {
    const { keys, codesOf } = this.#grouping(groupBy);
    const counts = new Int32Array(keys.length);
    return {
      add: (row) => {
        for (const code of codesOf[row]!) counts[code]!++;
      },
      groups: () => keys.flatMap((key, code) => (counts[code]! > 0 ? [{ key, count: counts[code]! }] : [])),
    };
  }

  readonly #groupings = new Map<GroupBy, { keys: (string | number)[]; codesOf: number[][] }>();

  #grouping(groupBy: GroupBy) {
    let grouping = this.#groupings.get(groupBy);
    if (!grouping) {
      const keyOf = (title: BrowsedTitle, row: number): (string | number)[] =>
        groupBy === 'platform'
          ? [title.platform]
          : groupBy === 'year'
            ? [title.release_year]
            : groupBy === 'type'
              ? [title.type]
              : this.#genresOf[row]!;
      const code = new Map<string | number, number>();
      const codesOf = this.titles.map((title, row) =>
        keyOf(title, row).map((key) => {
          if (!code.has(key)) code.set(key, code.size);
          return code.get(key)!;
        }),
      );
      grouping = { keys: [...code.keys()], codesOf };
      this.#groupings.set(groupBy, grouping);
    }
    return grouping;
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

const MINUTES = 1;
const SEASONS = 2;

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
  if (!index) {
    index = new BrowseIndex(store);
    indexes.set(store, index);
  }
  return index;
}

// The store's browse tables, read once per store (a store built without them is `store_not_ready`).
const browseRows = preparedQuery((db) =>
  db
    .selectFrom('catalog_browse as b')
    .select([...TITLE_COLUMNS, 'b.age_rating'])
    .orderBy('b.title')
    .orderBy('b.title_id'),
);
const genreRows = preparedQuery((db) => db.selectFrom('catalog_genres').select(['genre', 'title_id']));
const castRows = preparedQuery((db) => db.selectFrom('title_cast').select(['actor as name', 'title_id']));
const directorRows = preparedQuery((db) =>
  db.selectFrom('catalog_directors').select(['director as name', 'title_id']),
);
const countryRows = preparedQuery((db) =>
  db.selectFrom('catalog_countries').select(['country as name', 'title_id']),
);

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
    return failure('invalid_limit', RANGE_MESSAGES.en.limit(String(limit), MAX_LIST));
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
      return failure('invalid_year', RANGE_MESSAGES.en.year(String(year), latest));
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

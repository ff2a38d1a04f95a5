/**
 * `getMaxDuration`: the longest movie (in minutes) or TV show (in seasons) matching the optional
 * platform and year filters. Ties: the winner is the first by title, then by id; the others that
 * share the maximum come after it, in the same order.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { type DurationType, PLATFORM_LABELS, type Platform, type TitleId } from '../domain.ts';
import type { CatalogDatabase } from '../store/derived-schema.ts';
import type { Store } from '../store/open.ts';
import { FilteredQuery, type FiltersPresent, type FilterValues, type TitleFilters } from './filtered.ts';
import { guardStore } from './prepared.ts';
import { type CatalogResult, success } from './result.ts';
import { countTitles } from './title-counts.ts';
import { type NumberInput, parseDurationType, parseOptionalPlatform, parseOptionalYear } from './validate.ts';
import { count, listWithRest, scope } from './wording.ts';

/** How many of the other tied titles an answer lists (their total is always given). */
export const TIED_TITLES_SHOWN = 10;

export interface MaxDurationInput {
  year?: NumberInput | null;
  platform?: string | null;
  durationType?: string | null;
}

export interface MaxDurationArgs extends TitleFilters {
  durationType: DurationType;
}

export type DurationUnit = 'minutes' | 'seasons';

export interface DurationTitle {
  id: TitleId;
  title: string;
  platform: Platform;
  year: number;
  duration: number;
  unit: DurationUnit;
}

export type MaxDurationValue =
  | {
      args: MaxDurationArgs;
      outcome: 'found';
      title: DurationTitle;
      /** Other titles sharing the maximum, first `TIED_TITLES_SHOWN` by the tie rule. */
      tiedWith: DurationTitle[];
      /** Titles sharing the maximum, the winner included. */
      tieCount: number;
      summary: string;
    }
  | { args: MaxDurationArgs; outcome: 'none'; summary: string };

type DurationValues = FilterValues<MaxDurationArgs>;

function matching<O>(
  qb: SelectQueryBuilder<CatalogDatabase, 'catalog_durations', O>,
  present: FiltersPresent,
  $: DurationValues,
): SelectQueryBuilder<CatalogDatabase, 'catalog_durations', O> {
  return qb
    .where('duration_type', '=', $.durationType)
    .$if(present.platform, (q) => q.where('platform', '=', $.platform))
    .$if(present.year, (q) => q.where('release_year', '=', $.year));
}

function maxDuration(db: Kysely<CatalogDatabase>, present: FiltersPresent, $: DurationValues) {
  return matching(
    db.selectFrom('catalog_durations').select((eb) => eb.fn.max('duration').as('max_duration')),
    present,
    $,
  );
}

const longest = new FilteredQuery((db, present, $: DurationValues) =>
  matching(
    db.selectFrom('catalog_durations').select(['title_id', 'title', 'platform', 'release_year', 'duration']),
    present,
    $,
  )
    .where('duration', '=', maxDuration(db, present, $))
    .orderBy('title')
    .orderBy('title_id')
    .limit(TIED_TITLES_SHOWN + 2),
);

const tiedCount = new FilteredQuery((db, present, $: DurationValues) =>
  matching(
    db.selectFrom('catalog_durations').select((eb) => eb.fn.countAll<number>().as('tied')),
    present,
    $,
  ).where('duration', '=', maxDuration(db, present, $)),
);

const UNITS: Record<DurationType, DurationUnit> = { min: 'minutes', season: 'seasons' };
const KINDS: Record<DurationType, { one: string; many: string }> = {
  min: { one: 'movie', many: 'movies' },
  season: { one: 'TV show', many: 'TV shows' },
};

export function getMaxDuration(store: Store, input: MaxDurationInput = {}): CatalogResult<MaxDurationValue> {
  const year = parseOptionalYear(input.year);
  if (!year.ok) return year;
  const platform = parseOptionalPlatform(input.platform);
  if (!platform.ok) return platform;
  const durationType = parseDurationType(input.durationType);
  if (!durationType.ok) return durationType;
  const args: MaxDurationArgs = {
    year: year.value,
    platform: platform.value,
    durationType: durationType.value,
  };
  return guardStore(() => success(answer(store, args)));
}

function answer(store: Store, args: MaxDurationArgs): MaxDurationValue {
  const rows = longest.all(store, args);
  const [first, ...others] = rows.map((row) => toDurationTitle(row, args.durationType));
  if (!first) return { args, outcome: 'none', summary: explainNone(store, args) };
  const tieCount = rows.length <= TIED_TITLES_SHOWN + 1 ? rows.length : tiedCount.get(store, args)!.tied;
  const tiedWith = others.slice(0, TIED_TITLES_SHOWN);
  return {
    args,
    outcome: 'found',
    title: first,
    tiedWith,
    tieCount,
    summary: describe(args, first, tiedWith, tieCount),
  };
}

/** A row of the longest-title query, as Kysely infers it. */
type DurationRow = NonNullable<ReturnType<typeof longest.get>>;

function toDurationTitle(row: DurationRow, durationType: DurationType): DurationTitle {
  return {
    id: row.title_id,
    title: row.title,
    platform: row.platform,
    year: row.release_year,
    duration: row.duration,
    unit: UNITS[durationType],
  };
}

function describe(
  args: MaxDurationArgs,
  title: DurationTitle,
  tiedWith: DurationTitle[],
  tieCount: number,
): string {
  const kind = KINDS[args.durationType];
  const length = count(title.duration, args.durationType === 'min' ? 'minute' : 'season');
  const headline = `The longest ${kind.one}${scope(args)} is "${title.title}" (${title.id}, ${PLATFORM_LABELS[title.platform]}, ${title.year}) at ${length}.`;
  if (tieCount === 1) return headline;
  const others = listWithRest(
    tiedWith.map((t) => `"${t.title}" (${t.id})`),
    tieCount - 1,
  );
  return `${headline} ${count(tieCount - 1, `other ${kind.one}`, `other ${kind.many}`)} also last ${length}: ${others}; the first by title wins.`;
}

function explainNone(store: Store, args: MaxDurationArgs): string {
  const kind = KINDS[args.durationType];
  const titles = countTitles(store, args);
  const available = args.durationType === 'min' ? titles.movies : titles.tvShows;
  if (available === 0) return `There are no ${kind.many}${scope(args)}.`;
  const unit = UNITS[args.durationType];
  if (available === 1) return `The only ${kind.one}${scope(args)} lists no duration in ${unit}.`;
  return `None of the ${count(available, kind.one, kind.many)}${scope(args)} lists a duration in ${unit}.`;
}

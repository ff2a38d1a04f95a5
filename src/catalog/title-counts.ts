/** How many movies and TV shows match the platform and year filters, from the per-year count table. */
import type { Store } from '../store/open.ts';
import { FilteredQuery, type TitleFilters } from './filtered.ts';
import { param } from './prepared.ts';

export interface TitleCounts {
  movies: number;
  tvShows: number;
  /** Titles (movies and shows) that list at least one cast member. */
  titlesWithCast: number;
}

interface CountsRow {
  movies: number | null;
  tv_shows: number | null;
  titles_with_cast: number | null;
}

const counts = new FilteredQuery<TitleFilters, CountsRow>((db, present) =>
  db
    .selectFrom('catalog_title_counts')
    .select((eb) => [
      eb.fn.sum<number>('movie_count').as('movies'),
      eb.fn.sum<number>('show_count').as('tv_shows'),
      eb.fn.sum<number>('cast_title_count').as('titles_with_cast'),
    ])
    .$if(present.platform, (qb) => qb.where('platform', '=', param('platform')))
    .$if(present.year, (qb) => qb.where('release_year', '=', param('year'))),
);

export function countTitles(store: Store, filters: TitleFilters): TitleCounts {
  const row = counts.get(store, filters);
  return {
    movies: row?.movies ?? 0,
    tvShows: row?.tv_shows ?? 0,
    titlesWithCast: row?.titles_with_cast ?? 0,
  };
}

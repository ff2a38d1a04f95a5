/** How many movies and TV shows match the platform and year filters, from the per-year count table. */
import type { Store } from '../store/open.ts';
import { FilteredQuery, type FilterValues, type TitleFilters } from './filtered.ts';

export interface TitleCounts {
  movies: number;
  tvShows: number;
  /** Titles (movies and shows) that list at least one cast member. */
  titlesWithCast: number;
}

const counts = new FilteredQuery((db, present, $: FilterValues<TitleFilters>) =>
  db
    .selectFrom('catalog_title_counts')
    .select((eb) => [
      eb.fn.sum<number>('movie_count').as('movies'),
      eb.fn.sum<number>('show_count').as('tv_shows'),
      eb.fn.sum<number>('cast_title_count').as('titles_with_cast'),
    ])
    .$if(present.platform, (qb) => qb.where('platform', '=', $.platform))
    .$if(present.year, (qb) => qb.where('release_year', '=', $.year)),
);

export function countTitles(store: Store, filters: TitleFilters): TitleCounts {
  const row = counts.get(store, filters);
  return {
    movies: row?.movies ?? 0,
    tvShows: row?.tv_shows ?? 0,
    titlesWithCast: row?.titles_with_cast ?? 0,
  };
}

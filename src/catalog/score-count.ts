/**
 * `getScoreCount`: how many movies of a platform released in a year score strictly more than
 * `scored`, a movie's score being the unrounded mean of all its ratings. Also lists the best-scored
 * of them (highest score first, then by title, then by id).
 */
import { PLATFORM_LABELS, type Platform, type TitleId } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { guardStore, preparedQuery } from './prepared.ts';
import { type CatalogResult, success } from './result.ts';
import { type NumberInput, parsePlatform, parseScored, parseYear } from './validate.ts';
import { count } from './wording.ts';

/** How many of the counted movies an answer lists. */
export const BEST_SCORED_SHOWN = 5;

export interface ScoreCountInput {
  platform?: string | null;
  scored?: NumberInput | null;
  year?: NumberInput | null;
}

export interface ScoreCountArgs {
  platform: Platform;
  scored: number;
  year: number;
}

export interface ScoredMovie {
  id: TitleId;
  title: string;
  /** Unrounded mean of the movie's ratings. */
  score: number;
  ratingCount: number;
}

export interface ScoreCountValue {
  args: ScoreCountArgs;
  /** Movies scoring strictly more than `scored`. */
  count: number;
  /** All movies of the platform released in the year, scored or not. */
  moviesReleased: number;
  /** The best-scored of the counted movies, at most `BEST_SCORED_SHOWN`. */
  best: ScoredMovie[];
  summary: string;
}

/** `at_or_above` of the lowest score above the threshold is the number of movies above it. */
const countAbove = preparedQuery((db, $: ScoreCountArgs) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom('catalog_movie_scores')
      .select('at_or_above')
      .where('platform', '=', $.platform)
      .where('release_year', '=', $.year)
      .where('score', '>', $.scored)
      .orderBy('score')
      .limit(1)
      .as('above'),
    eb
      .selectFrom('catalog_title_counts')
      .select('movie_count')
      .where('platform', '=', $.platform)
      .where('release_year', '=', $.year)
      .as('released'),
  ]),
);

const bestAbove = preparedQuery((db, $: ScoreCountArgs) =>
  db
    .selectFrom('catalog_movie_scores')
    .select(['title_id as id', 'title', 'score', 'rating_count as ratingCount'])
    .where('platform', '=', $.platform)
    .where('release_year', '=', $.year)
    .where('score', '>', $.scored)
    .orderBy('score', 'desc')
    .orderBy('title')
    .orderBy('title_id')
    .limit(BEST_SCORED_SHOWN),
);

export function getScoreCount(store: Store, input: ScoreCountInput): CatalogResult<ScoreCountValue> {
  const platform = parsePlatform(input.platform);
  if (!platform.ok) return platform;
  const scored = parseScored(input.scored);
  if (!scored.ok) return scored;
  const year = parseYear(input.year);
  if (!year.ok) return year;
  const args: ScoreCountArgs = { platform: platform.value, scored: scored.value, year: year.value };
  return guardStore(() => success(answer(store, args)));
}

function answer(store: Store, args: ScoreCountArgs): ScoreCountValue {
  const counts = countAbove.get(store, args);
  const above = counts?.above ?? 0;
  const moviesReleased = counts?.released ?? 0;
  const best = above === 0 ? [] : bestAbove.all(store, args);
  return { args, count: above, moviesReleased, best, summary: describe(args, above, moviesReleased) };
}

function describe(args: ScoreCountArgs, above: number, released: number): string {
  const where = `on ${PLATFORM_LABELS[args.platform]} released in ${args.year}`;
  if (released === 0) return `There are no movies ${where}, so none scores above ${args.scored}.`;
  if (above === 0 && released === 1) return `The only movie ${where} does not score above ${args.scored}.`;
  if (above === 0) return `None of the ${count(released, 'movie')} ${where} scores above ${args.scored}.`;
  return `${count(above, 'movie')} of the ${released} ${where} ${above === 1 ? 'scores' : 'score'} above ${args.scored}.`;
}

/**
 * `getActor`: the cast member appearing in the most titles (movies and TV shows) of a platform
 * released in a year. Ties: the winner is the first name in alphabetical order; the others sharing
 * the maximum follow in the same order. A platform without any cast data (Hulu) is said to be so.
 */
import { PLATFORM_LABELS, type Platform } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { guardStore, preparedQuery } from './prepared.ts';
import { type CatalogResult, success } from './result.ts';
import { countTitles } from './title-counts.ts';
import { type NumberInput, parsePlatform, parseYear } from './validate.ts';
import { count, listWithRest } from './wording.ts';

/** How many of the other tied cast members an answer lists (their total is always given). */
export const TIED_ACTORS_SHOWN = 10;

export interface ActorInput {
  platform?: string | null;
  year?: NumberInput | null;
}

export interface ActorArgs {
  platform: Platform;
  year: number;
}

export type ActorValue =
  | {
      args: ActorArgs;
      outcome: 'found';
      actor: string;
      /** Titles of the platform and year the actor appears in. */
      titleCount: number;
      /** Other cast members with as many titles, first `TIED_ACTORS_SHOWN` alphabetically. */
      tiedWith: string[];
      /** Cast members sharing the maximum, the winner included. */
      tieCount: number;
      summary: string;
    }
  /** The platform's catalog lists no cast at all. */
  | { args: ActorArgs; outcome: 'no_cast_data'; summary: string }
  /** The platform has no titles released in that year. */
  | { args: ActorArgs; outcome: 'no_titles'; summary: string }
  /** The platform has titles that year, but none lists its cast. */
  | { args: ActorArgs; outcome: 'no_cast_listed'; titlesReleased: number; summary: string };

const leaders = preparedQuery((db, $: ActorArgs) =>
  db
    .selectFrom('catalog_actor_leaders')
    .select(['actor', 'title_count', 'tie_count'])
    .where('platform', '=', $.platform)
    .where('release_year', '=', $.year)
    .orderBy('actor')
    .limit(TIED_ACTORS_SHOWN + 1),
);

export function getActor(store: Store, input: ActorInput): CatalogResult<ActorValue> {
  const platform = parsePlatform(input.platform);
  if (!platform.ok) return platform;
  const year = parseYear(input.year);
  if (!year.ok) return year;
  const args: ActorArgs = { platform: platform.value, year: year.value };
  return guardStore(() => success(answer(store, args)));
}

function answer(store: Store, args: ActorArgs): ActorValue {
  const [winner, ...others] = leaders.all(store, args);
  if (!winner) return explainNobody(store, args);
  const tiedWith = others.map((row) => row.actor);
  const where = `on ${PLATFORM_LABELS[args.platform]} released in ${args.year}`;
  let summary = `${winner.actor} appears in the most titles ${where}: ${count(winner.title_count, 'title')}.`;
  if (winner.tie_count > 1) {
    summary += ` Tied with ${listWithRest(tiedWith, winner.tie_count - 1)}; the first alphabetically wins.`;
  }
  return {
    args,
    outcome: 'found',
    actor: winner.actor,
    titleCount: winner.title_count,
    tiedWith,
    tieCount: winner.tie_count,
    summary,
  };
}

function explainNobody(store: Store, args: ActorArgs): ActorValue {
  const label = PLATFORM_LABELS[args.platform];
  if (countTitles(store, { platform: args.platform, year: null }).titlesWithCast === 0) {
    return {
      args,
      outcome: 'no_cast_data',
      summary: `${label}'s catalog lists no cast, so no actor can be named.`,
    };
  }
  const inYear = countTitles(store, args);
  const titlesReleased = inYear.movies + inYear.tvShows;
  if (titlesReleased === 0) {
    return { args, outcome: 'no_titles', summary: `${label} has no titles released in ${args.year}.` };
  }
  return {
    args,
    outcome: 'no_cast_listed',
    titlesReleased,
    summary:
      titlesReleased === 1
        ? `The only title on ${label} released in ${args.year} lists no cast.`
        : `None of the ${count(titlesReleased, 'title')} on ${label} released in ${args.year} lists its cast.`,
  };
}

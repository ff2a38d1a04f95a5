/** `getCountPlatform`: how many movies a platform has, with its TV-show count as context. */
import { PLATFORM_LABELS, type Platform } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { guardStore } from './prepared.ts';
import { type CatalogResult, success } from './result.ts';
import { countTitles } from './title-counts.ts';
import { parsePlatform } from './validate.ts';
import { count } from './wording.ts';

export interface CountPlatformInput {
  platform?: string | null;
}

export interface CountPlatformValue {
  args: { platform: Platform };
  movies: number;
  tvShows: number;
  summary: string;
}

export function getCountPlatform(store: Store, input: CountPlatformInput): CatalogResult<CountPlatformValue> {
  const platform = parsePlatform(input.platform);
  if (!platform.ok) return platform;
  const args = { platform: platform.value };
  return guardStore(() => {
    const { movies, tvShows } = countTitles(store, { platform: args.platform, year: null });
    const summary = `${PLATFORM_LABELS[args.platform]} has ${count(movies, 'movie')} (and ${count(tvShows, 'TV show')}).`;
    return success({ args, movies, tvShows, summary });
  });
}

/** The charts Streambot draws, and what each is asked with. */
import type { BrowseFilters } from '../catalog/browse.ts';
import type { TitleId, UserId } from '../domain.ts';

export const CHART_KINDS = [
  'titles_per_year',
  'durations',
  'ratings',
  'scores',
  'genres',
  'platforms',
  'title_ratings',
  'user_ratings',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export function isChartKind(value: unknown): value is ChartKind {
  return (CHART_KINDS as readonly unknown[]).includes(value);
}

/** A chart's kind, the browse filters it counts under, and its subject (one title's or one user's ratings). */
export interface ChartArgs extends BrowseFilters {
  kind: ChartKind;
  title_id?: TitleId;
  user_id?: UserId;
}

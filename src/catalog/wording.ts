/** Small phrases shared by the human-readable summaries of the catalog answers. */
import { PLATFORM_LABELS } from '../domain.ts';
import type { TitleFilters } from './filtered.ts';

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** " on Netflix released in 2020", " on any platform", … */
export function scope(filters: TitleFilters): string {
  const where = filters.platform ? ` on ${PLATFORM_LABELS[filters.platform]}` : ' on any platform';
  return filters.year === null ? where : `${where} released in ${filters.year}`;
}

/** Names a list for a sentence: "a, b and 3 more". */
export function listWithRest(names: readonly string[], total: number): string {
  const rest = total - names.length;
  const shown = names.join(', ');
  return rest > 0 ? `${shown} and ${count(rest, 'more', 'more')}` : shown;
}

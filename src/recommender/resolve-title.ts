/** Turns what a person gave for a title (an id, or title text) into one title the model knows. */
import { findTitles, type TitleMatch } from '../catalog/index.ts';
import type { Store } from '../store/open.ts';
import { failure, type RecommenderResult, success } from './result.ts';

const SUGGESTIONS = 5;

/** Dense title number (as `numberOf` assigns them; −1 for none) of the title meant by `text`. */
export function resolveTitle(
  store: Store,
  numberOf: (titleId: string) => number,
  text: string,
): RecommenderResult<number> {
  const direct = numberOf(text.trim().toLowerCase());
  if (direct >= 0) return success(direct);
  const found = findTitles(store, text, { limit: SUGGESTIONS });
  if (!found.ok) return failure('unknown_title', found.error.message);
  const { matches } = found.value;
  const exact = matches.filter((match) => match.match === 'exact' || match.match === 'id');
  const chosen = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : undefined;
  if (chosen) {
    const number = numberOf(chosen.id);
    if (number >= 0) return success(number);
  }
  if (matches.length === 0) {
    return failure(
      'unknown_title',
      `No title matches "${text.trim()}": give a title id (like ns123) or part of a title.`,
      nearbyTitles(store, text).map(describeMatch),
    );
  }
  return failure(
    'ambiguous_title',
    `"${text.trim()}" could be ${matches.length} titles: give one of these ids.`,
    matches.map(describeMatch),
  );
}

/** For text no title contains whole: titles matching any one of its words, longest words first. */
function nearbyTitles(store: Store, text: string): TitleMatch[] {
  const words = [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))]
    .filter((word) => word.length >= 3)
    .sort((a, b) => b.length - a.length);
  const nearby = new Map<string, TitleMatch>();
  for (const word of words) {
    const found = findTitles(store, word, { limit: SUGGESTIONS });
    if (!found.ok) continue;
    for (const match of found.value.matches) {
      if (nearby.size < SUGGESTIONS) nearby.set(match.id, match);
    }
    if (nearby.size >= SUGGESTIONS) break;
  }
  return [...nearby.values()];
}

function describeMatch(match: TitleMatch): string {
  return `${match.id}: ${match.title} (${match.type}, ${match.platform}, ${match.year})`;
}

/**
 * What browsing questions need of a reading: the filters it carries as request arguments, whether
 * it speaks of titles in the plural, and how a follow-up changes a list ("only movies", "next page").
 */
import type { RequestArgs } from '../command.ts';
import type { BrowseSlots } from './browse-slots.ts';
import { NEXT_PAGE, PAGE_WORDS, PREVIOUS_PAGE } from './lexicon/browse.ts';
import type { Reading } from './reading.ts';
import { anyOf, phrase } from './sentence.ts';

/** The filters of a question (platform, type, years, genre, people, bounds…) as `list_titles`/`count_titles` arguments. */
export function browseFilters(reading: Reading): RequestArgs {
  const { platform, year, scored, browse } = reading.slots;
  const filters = browse.filters;
  const ranged = filters.year_from !== undefined || filters.year_to !== undefined;
  return {
    platform,
    type: reading.contentType(),
    ...(ranged ? {} : { year }),
    min_score: scored,
    ...filters,
  };
}

const PLURALS = new Set(
  'movies films shows series titles documentaries docs comedies dramas thrillers ones peliculas pelis titulos documentales comedias programas cosas'.split(
    ' ',
  ),
);

/** "movies", "comedies", "películas": a question about titles in the plural asks for a list. */
export function speaksInPlural(reading: Reading): boolean {
  const genre = reading.slots.browse.genreAt;
  return reading.sentence.tokens.some(
    (t, i) => PLURALS.has(t.norm) || (genre !== undefined && i === genre.to - 1 && /[^s]s$/.test(t.norm)),
  );
}

/**
 * The ordering qualifies titles in the plural, next to it: "longest movies", "best horror films",
 * "las películas más largas". A superlative alone ("which one is the longest") is the client's question.
 */
export function pluralOrdered(reading: Reading): boolean {
  const at = reading.slots.browse.sortAt;
  if (!at) return false;
  const { tokens } = reading.sentence;
  let after = at.to;
  const genre = reading.slots.browse.genreAt;
  const skipped = (i: number) =>
    tokens[i]?.slot === 'country' ||
    tokens[i]?.slot === 'platform' ||
    (genre !== undefined && i >= genre.from && i < genre.to);
  while (skipped(after)) after++;
  const next = tokens[after]?.norm;
  const previous = tokens[at.from - 1]?.norm;
  return (
    (next !== undefined && next !== 'series' && PLURALS.has(next)) ||
    (previous !== undefined && PLURALS.has(previous)) ||
    (genre !== undefined && genre.to === at.from)
  );
}

/** The browse values a follow-up carries, as argument changes (a range replaces a year and back). */
export function browseChanges(browse: BrowseSlots): RequestArgs {
  return { ...browse.filters, sort: browse.sort, order: browse.order, group_by: browse.group_by };
}

const CHAT = String.raw`(?:\s+(?:please|pls|plz|por\s+favor|porfa|thanks|gracias))?(?:\s+[?!.])*`;
const NEXT = phrase(
  `^(?:(?:show|give|dame|muestrame|ensename|ver|and|y)\\s+)?(?:me\\s+)?(?:the\\s+|los\\s+|las\\s+)?(?:${anyOf(NEXT_PAGE)})(?:\\s+(?<n>\\d+))?${CHAT}$`,
);
const PREVIOUS = phrase(`^(?:(?:go|show|ver|and|y)\\s+)?(?:${anyOf(PREVIOUS_PAGE)})${CHAT}$`);
const PAGE = phrase(
  `^(?:(?:show|give|go\\s+to|dame|muestrame|ver|ir\\s+a\\s+la|la)\\s+)?(?:me\\s+)?(?:the\\s+)?(?:${anyOf(PAGE_WORDS)})\\s+(?<n>\\d+)${CHAT}$`,
);

/** The page a message asks for after a list: the next (of `size` titles, when said), the previous, or a page number (1-based). */
export function pageAsked(reading: Reading): { next: true; size?: number } | 'previous' | number | undefined {
  const { sentence } = reading;
  const next = sentence.match(NEXT);
  if (next) {
    const size = next.groups.n && sentence.tokens[next.groups.n.from]!.value;
    return size !== undefined && Number.isInteger(size) && size >= 1 && size <= 25
      ? { next: true, size }
      : { next: true };
  }
  if (sentence.test(PREVIOUS)) return 'previous';
  const page = sentence.match(PAGE);
  const n = page?.groups.n && sentence.tokens[page.groups.n.from]!.value;
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * Pure per-row transforms: the client's five rules and the cleaning the EDA calls for, one function each.
 * Every function takes raw text as read from a CSV and returns clean values; none touches I/O.
 */

import { type DurationType, type Platform, type TitleId, type TitleType, titleIdOf } from '../src/domain.ts';

const SHOW_ID_PATTERN = /^s\d+$/;

/** Rule 1: `as123` for Amazon's `s123`. Returns null when the show id is missing or not `s<digits>`. */
export function titleIdFor(platform: Platform, rawShowId: string): TitleId | null {
  const showId = rawShowId.trim().toLowerCase();
  return SHOW_ID_PATTERN.test(showId) ? titleIdOf(platform, showId) : null;
}

/** Rule 4: every text field lower-case, ends trimmed, inner spacing kept. Empty text becomes null. */
export function cleanText(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  return text === '' ? null : text;
}

/** Rules 2 and 4: a missing rating becomes `G`, then lower-cased like every other rating. */
export function cleanRating(raw: string): string {
  return cleanText(raw) ?? 'g';
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const LONG_DATE_PATTERN = /^([a-z]+)\s+(\d{1,2}),\s*(\d{4})$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Rule 3 for `date_added`: `September 25, 2021` (leading space or not) → `2021-09-25`; empty → null. */
export function cleanDateAdded(raw: string): Parsed<string | null> {
  const text = raw.trim().toLowerCase();
  if (text === '') return { ok: true, value: null };
  const long = LONG_DATE_PATTERN.exec(text);
  const iso = long ? null : ISO_DATE_PATTERN.exec(text);
  const month = long ? MONTHS[long[1]!] : Number(iso?.[2]);
  const value =
    long && month !== undefined
      ? isoDate(Number(long[3]), month, Number(long[2]))
      : iso
        ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
        : null;
  return value === null
    ? { ok: false, reason: `unreadable date_added "${raw.trim()}"` }
    : { ok: true, value };
}

const SECONDS_PER_DAY = 86_400;

/** Rule 3 for the rating timestamp: Unix seconds (UTC) → `YYYY-MM-DD`. */
export function dayOfUnixSeconds(seconds: number): string {
  return new Date(Math.floor(seconds / SECONDS_PER_DAY) * SECONDS_PER_DAY * 1000).toISOString().slice(0, 10);
}

export interface Duration {
  /** The duration text, lower-cased (`90 min`, `2 seasons`). */
  text: string;
  int: number;
  type: DurationType;
}

const DURATION_PATTERN = /^(\d+)\s*(min|mins|minutes?|seasons?)$/;

/** Rule 5: `90 min` → 90 / `min`; `1 Season`, `2 Seasons` → 1, 2 / `season`. Empty → null. */
export function parseDuration(raw: string): Parsed<Duration | null> {
  const text = raw.trim().toLowerCase();
  if (text === '') return { ok: true, value: null };
  const match = DURATION_PATTERN.exec(text);
  if (!match) return { ok: false, reason: `unreadable duration "${raw.trim()}"` };
  const type: DurationType = match[2]!.startsWith('season') ? 'season' : 'min';
  return { ok: true, value: { text, int: Number(match[1]), type } };
}

/** True when a `rating` value is really a duration (`74 min`, `2 Seasons`) — 295 rows of the real data. */
export function looksLikeDuration(raw: string): boolean {
  return DURATION_PATTERN.test(raw.trim().toLowerCase());
}

/**
 * EDA fix: a duration found in the `rating` column goes back to `duration` (when that is empty) and
 * the rating becomes `G`. Returns the raw pair to feed rules 2 and 5.
 */
export function rescueMisplacedDuration(
  rawRating: string,
  rawDuration: string,
): { rating: string; duration: string } {
  if (!looksLikeDuration(rawRating)) return { rating: rawRating, duration: rawDuration };
  return { rating: 'G', duration: rawDuration.trim() === '' ? rawRating : rawDuration };
}

const TYPE_ALIASES: Record<string, TitleType> = {
  movie: 'movie',
  film: 'movie',
  'tv show': 'tv show',
  'tv-show': 'tv show',
  tvshow: 'tv show',
  'tv series': 'tv show',
};

/** The catalog `type` normalised to `movie` / `tv show`; null when it is neither. */
export function normaliseType(raw: string): TitleType | null {
  return TYPE_ALIASES[raw.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** A comma-separated list split into trimmed, lower-cased, distinct, non-empty items. */
export function splitList(raw: string): string[] {
  const items = new Set<string>();
  for (const part of raw.split(',')) {
    const item = part.trim().toLowerCase();
    if (item !== '') items.add(item);
  }
  return [...items];
}

/** Name suffixes that a naive comma split would turn into an "actor" of their own. */
const NAME_SUFFIX_PATTERN = /^(jr|sr|ph\.?\s?d|m\.?\s?d|esq|ii|iii|iv)\.?$/i;
/** Placeholder cast entries such as `1, 2, 3`. */
const PLACEHOLDER_PATTERN = /^\d+$/;

/**
 * The cast split into one actor per entry: trimmed, lower-cased, placeholders (`1`, `2`, …) dropped and
 * suffixes (`Ph.D.`, `Jr.`, `II`, …) joined back to the name before them (`john smith, ph.d.`).
 */
/** What cleaning a cast list did: placeholder names dropped, name suffixes ("ph.d.") joined back. */
export interface CastTally {
  placeholders: number;
  suffixes: number;
}

export function splitCast(raw: string, tally?: CastTally): string[] {
  const actors: string[] = [];
  for (const part of raw.split(',')) {
    const name = part.trim().toLowerCase();
    if (name === '') continue;
    if (PLACEHOLDER_PATTERN.test(name)) {
      if (tally) tally.placeholders++;
      continue;
    }
    if (NAME_SUFFIX_PATTERN.test(name) && actors.length > 0) {
      actors[actors.length - 1] = `${actors[actors.length - 1]}, ${name}`;
      if (tally) tally.suffixes++;
    } else {
      actors.push(name);
    }
  }
  return [...new Set(actors)];
}

/** A non-negative integer written in decimal, or null (text in a number column). */
export function parseWholeNumber(raw: string): number | null {
  const text = raw.trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** Numbers, durations, scores and names written for people, in English or Spanish. */

import type { Locale } from '../answer.ts';
import { PLATFORM_LABELS, type Platform, type TitleType } from '../domain.ts';

/** A noun's singular and plural: "season", "seasons". */
export type Forms = readonly [one: string, many: string];

interface FormatText {
  /** The Intl locale numbers are grouped by. */
  numbers: string;
  decimalMark: string;
  /** A length under an hour, of whole hours, of hours and minutes. */
  minutes(minutes: number): string;
  hours(hours: number): string;
  hoursMinutes(hours: number, minutes: number): string;
  seasons: Forms;
  types: Record<TitleType, string>;
  /** Before the last item of a list. */
  and: string;
}

const TEXT: Record<Locale, FormatText> = {
  en: {
    numbers: 'en-US',
    decimalMark: '.',
    minutes: (minutes) => `${minutes}m`,
    hours: (hours) => `${hours}h`,
    hoursMinutes: (hours, minutes) => `${hours}h ${minutes}m`,
    seasons: ['season', 'seasons'],
    types: { movie: 'Movie', 'tv show': 'TV show' },
    and: ' and ',
  },
  es: {
    numbers: 'es-ES',
    decimalMark: ',',
    minutes: (minutes) => `${minutes} min`,
    hours: (hours) => `${hours} h`,
    hoursMinutes: (hours, minutes) => `${hours} h ${minutes} min`,
    seasons: ['temporada', 'temporadas'],
    types: { movie: 'Película', 'tv show': 'Serie' },
    and: ' y ',
  },
};

const integerFormats = new Map<Locale, Intl.NumberFormat>();

/** 6,131 (en) / 6131, 12.345 (es). */
export function formatCount(value: number, locale: Locale): string {
  let format = integerFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(TEXT[locale].numbers, { maximumFractionDigits: 0 });
    integerFormats.set(locale, format);
  }
  return format.format(value);
}

/** A decimal as typed by the asker's convention: 3.5 (en), 3,5 (es). */
export function formatDecimal(value: number, locale: Locale, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return text.replace('.', TEXT[locale].decimalMark);
}

/** A title's score: two decimals and a star, "3.47 ★". */
export function formatScore(value: number, locale: Locale): string {
  return `${formatDecimal(value, locale, 2)} ★`;
}

/** A threshold as the asker gave it, "3.5 ★". */
export function formatThreshold(value: number, locale: Locale): string {
  return `${formatDecimal(value, locale)} ★`;
}

/** "1h 52m", "45m" (en) / "1 h 52 min" (es). */
export function formatMinutes(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const text = TEXT[locale];
  if (hours === 0) return text.minutes(rest);
  return rest === 0 ? text.hours(hours) : text.hoursMinutes(hours, rest);
}

/** "17 seasons", "1 temporada". */
export function formatSeasons(seasons: number, locale: Locale): string {
  return plural(seasons, locale, TEXT[locale].seasons);
}

/** "n thing(s)" with the number formatted for the locale. */
export function plural(n: number, locale: Locale, [one, many]: Forms): string {
  return `${formatCount(n, locale)} ${n === 1 ? one : many}`;
}

export function platformLabel(platform: Platform): string {
  return PLATFORM_LABELS[platform];
}

export function typeLabel(type: TitleType, locale: Locale): string {
  return TEXT[locale].types[type];
}

const SMALL_WORDS = new Set(
  'a an and at by for in of on or the to vs de del el la las los y en con'.split(' '),
);
const UPPER_WORDS = new Set('tv us uk usa ii iii iv vi vii viii ix xi xii dc nba nfl bbc'.split(' '));

/**
 * The store keeps titles and names in lower case (the client's rule); answers capitalise them:
 * "the lord of the rings" → "The Lord of the Rings".
 */
export function displayName(text: string): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu, (word, offset: number, whole: string) => {
    const startsPhrase = offset === 0 || /[:.!?–—(]\s*$/.test(whole.slice(Math.max(0, offset - 3), offset));
    if (!startsPhrase && SMALL_WORDS.has(word)) return word;
    if (UPPER_WORDS.has(word)) return word.toUpperCase();
    return word[0]!.toUpperCase() + word.slice(1);
  });
}

/** A title for a sentence: “The Irishman”. */
export function quoted(title: string): string {
  return `“${displayName(title)}”`;
}

/** The first letter upper-case: "movies on Netflix" → "Movies on Netflix". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c" / "a, b y c". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${TEXT[locale].and}${items.at(-1)}`;
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

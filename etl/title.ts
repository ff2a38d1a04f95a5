/** One catalog row → one clean title with its cast and genres, or the reason it is rejected. */
import type { Platform } from '../src/domain.ts';
import type { TitlesTable } from '../src/store/schema.ts';
import type { RejectKind, RejectReason } from './rejects.ts';
import {
  type CastTally,
  cleanDateAdded,
  cleanRating,
  cleanText,
  normaliseType,
  parseDuration,
  parseWholeNumber,
  rescueMisplacedDuration,
  splitCast,
  splitList,
  titleIdFor,
} from './transform.ts';

/** The catalog columns, found by header name; every one is required. */
export const CATALOG_COLUMNS = [
  'show_id',
  'type',
  'title',
  'director',
  'cast',
  'country',
  'date_added',
  'release_year',
  'rating',
  'duration',
  'listed_in',
  'description',
] as const;
export type CatalogColumn = (typeof CATALOG_COLUMNS)[number];
export type CatalogRow = Record<CatalogColumn, string>;

export interface CleanTitle {
  title: TitlesTable;
  cast: string[];
  genres: string[];
  /** The data's traps this row fell into, for the build's record (`CleaningCounts`). */
  cleaning: { durationMoved: boolean } & CastTally;
}

export type TitleResult = { ok: true; value: CleanTitle } | { ok: false; reason: RejectReason };

function reject(kind: RejectKind, message: string): TitleResult {
  return { ok: false, reason: { kind, message } };
}

export function transformTitle(platform: Platform, row: CatalogRow): TitleResult {
  if (row.show_id.trim() === '') return reject('missing_value', 'missing show_id');
  const id = titleIdFor(platform, row.show_id);
  if (id === null) return reject('malformed_id', `malformed show_id "${row.show_id.trim()}"`);
  const type = normaliseType(row.type);
  if (type === null) return reject('unknown_type', `unknown type "${row.type.trim()}"`);
  const title = cleanText(row.title);
  if (title === null) return reject('missing_value', 'missing title');
  if (row.release_year.trim() === '') return reject('missing_value', 'missing release_year');
  const releaseYear = parseWholeNumber(row.release_year);
  if (releaseYear === null)
    return reject('not_a_number', `release_year is not a number: "${row.release_year.trim()}"`);
  const dateAdded = cleanDateAdded(row.date_added);
  if (!dateAdded.ok) return reject('bad_date', dateAdded.reason);
  const rescued = rescueMisplacedDuration(row.rating, row.duration);
  const tally: CastTally = { placeholders: 0, suffixes: 0 };
  const cast = splitCast(row.cast, tally);
  const duration = parseDuration(rescued.duration);
  if (!duration.ok) return reject('bad_duration', duration.reason);

  return {
    ok: true,
    value: {
      title: {
        id,
        platform,
        show_id: row.show_id.trim().toLowerCase(),
        type,
        title,
        director: cleanText(row.director),
        cast: cleanText(row.cast),
        country: cleanText(row.country),
        date_added: dateAdded.value,
        release_year: releaseYear,
        rating: cleanRating(rescued.rating),
        duration: duration.value?.text ?? null,
        duration_int: duration.value?.int ?? null,
        duration_type: duration.value?.type ?? null,
        listed_in: cleanText(row.listed_in),
        description: cleanText(row.description),
      },
      cast,
      genres: splitList(row.listed_in),
      cleaning: { durationMoved: rescued.rating !== row.rating, ...tally },
    },
  };
}

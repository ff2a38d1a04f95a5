/**
 * Checking and normalising the arguments of the catalog questions. Inputs may come typed (bot
 * commands) or as the text a person typed (CLI options), so numbers are also accepted as strings.
 */

import {
  DURATION_TYPES,
  type DurationType,
  MAX_RATING,
  MIN_YEAR,
  maxYear,
  PLATFORMS,
  type Platform,
} from '../domain.ts';
import { RANGE_MESSAGES } from '../range-messages.ts';
import { lookupPlatform, unknownPlatformMessage } from './platforms.ts';
import { type CatalogResult, failure, success } from './result.ts';

/** A number as given: typed, or as text ("2020", "3.5", "3,5"). */
export type NumberInput = number | string;

function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function toNumber(value: NumberInput): number {
  if (typeof value === 'number') return value;
  const text = value.trim().replace(',', '.');
  return text === '' ? Number.NaN : Number(text);
}

export function parseYear(value: NumberInput | null | undefined, now = new Date()): CatalogResult<number> {
  const latest = maxYear(now);
  if (isAbsent(value))
    return failure('missing_argument', `A release year is required (${MIN_YEAR}–${latest}).`);
  const year = toNumber(value);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > latest) {
    return failure('invalid_year', RANGE_MESSAGES.en.year(`"${value}"`, latest));
  }
  return success(year);
}

export function parseOptionalYear(value: NumberInput | null | undefined): CatalogResult<number | null> {
  return isAbsent(value) ? success(null) : parseYear(value);
}

export function parsePlatform(value: string | null | undefined): CatalogResult<Platform> {
  if (isAbsent(value)) {
    return failure('missing_argument', `A platform is required: ${PLATFORMS.join(', ')}.`, [...PLATFORMS]);
  }
  const lookup = lookupPlatform(String(value));
  if (lookup.ok) return success(lookup.platform);
  const suggestions = lookup.suggestion ? [lookup.suggestion] : [...PLATFORMS];
  return failure('unknown_platform', unknownPlatformMessage(String(value), lookup.suggestion), suggestions);
}

export function parseOptionalPlatform(value: string | null | undefined): CatalogResult<Platform | null> {
  return isAbsent(value) ? success(null) : parsePlatform(value);
}

export function parseScored(value: NumberInput | null | undefined): CatalogResult<number> {
  if (isAbsent(value))
    return failure('missing_argument', `A score threshold "scored" is required (0–${MAX_RATING}).`);
  const scored = toNumber(value);
  if (!Number.isFinite(scored) || scored < 0 || scored > MAX_RATING) {
    return failure('invalid_scored', RANGE_MESSAGES.en.scored(`"${value}"`));
  }
  return success(scored);
}

const DURATION_TYPE_ALIASES: Record<string, DurationType> = {
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  season: 'season',
  seasons: 'season',
};

/** `min` when absent; also accepts "minutes", "seasons" and the like. */
export function parseDurationType(value: string | null | undefined): CatalogResult<DurationType> {
  if (isAbsent(value)) return success('min');
  const durationType = DURATION_TYPE_ALIASES[String(value).trim().toLowerCase()];
  if (durationType) return success(durationType);
  return failure(
    'invalid_duration_type',
    `The duration type must be "min" (movies, in minutes) or "season" (TV shows, in seasons), not "${value}".`,
    [...DURATION_TYPES],
  );
}

/**
 * What a value out of range is told, in both languages: written once for the catalog, the recommender,
 * browsing and the bot. Each takes the value as it should be shown (quoted when it was typed as text).
 */
import type { Locale } from './answer.ts';
import { MIN_YEAR } from './domain.ts';

export interface RangeMessages {
  year(shown: string, latest: number): string;
  scored(shown: string): string;
  user(shown: string): string;
  limit(shown: string, max: number): string;
}

export const RANGE_MESSAGES: Record<Locale, RangeMessages> = {
  en: {
    year: (shown, latest) => `The year must be a whole number from ${MIN_YEAR} to ${latest}, not ${shown}.`,
    scored: (shown) => `The score threshold must be a number from 0 to 5, not ${shown}.`,
    user: (shown) => `A user id is a whole number from 1 up, not ${shown}.`,
    limit: (shown, max) => `The number of titles must be a whole number from 1 to ${max}, not ${shown}.`,
  },
  es: {
    year: (shown, latest) => `El año debe ser un número entero entre ${MIN_YEAR} y ${latest}, no ${shown}.`,
    scored: (shown) => `El umbral de nota debe ser un número entre 0 y 5, no ${shown}.`,
    user: (shown) => `El id de usuario es un número entero desde 1, no ${shown}.`,
    limit: (shown, max) => `El número de títulos debe estar entre 1 y ${max}, no ${shown}.`,
  },
};

/** Options shared by several commands, declared once. */
import { DURATION_TYPES, MIN_YEAR, maxYear, PLATFORM_LABELS, PLATFORMS, TITLE_TYPES } from '../src/domain.ts';
import type { OptionChoice, OptionDefinition } from './types.ts';

const PLATFORM_CHOICES: readonly OptionChoice[] = PLATFORMS.map((platform) => ({
  label: { en: PLATFORM_LABELS[platform], es: PLATFORM_LABELS[platform] },
  value: platform,
}));

const DURATION_LABELS = {
  min: { en: 'Movies, in minutes', es: 'Películas, en minutos' },
  season: { en: 'TV shows, in seasons', es: 'Series, en temporadas' },
} as const;

const TYPE_LABELS = {
  movie: { en: 'Movies', es: 'Películas' },
  'tv show': { en: 'TV shows', es: 'Series' },
} as const;

export function platformOption(required: boolean): OptionDefinition {
  return {
    name: 'platform',
    arg: 'platform',
    type: 'string',
    description: required
      ? { en: 'Streaming platform', es: 'Plataforma de streaming' }
      : { en: 'Streaming platform (all when omitted)', es: 'Plataforma de streaming (todas si se omite)' },
    required,
    choices: PLATFORM_CHOICES,
  };
}

export function yearOption(required: boolean): OptionDefinition {
  return {
    name: 'year',
    arg: 'year',
    type: 'integer',
    description: required
      ? { en: 'Release year', es: 'Año de estreno' }
      : { en: 'Release year (any when omitted)', es: 'Año de estreno (cualquiera si se omite)' },
    required,
    min: MIN_YEAR,
    max: maxYear(),
  };
}

export const durationTypeOption: OptionDefinition = {
  name: 'duration_type',
  arg: 'duration_type',
  type: 'string',
  description: {
    en: 'Movies by minutes (default) or TV shows by seasons',
    es: 'Películas por minutos (por defecto) o series por temporadas',
  },
  required: false,
  choices: DURATION_TYPES.map((value) => ({ label: DURATION_LABELS[value], value })),
};

export const scoredOption: OptionDefinition = {
  name: 'scored',
  arg: 'scored',
  type: 'number',
  description: {
    en: 'Count movies scored strictly above this (0–5)',
    es: 'Contar películas con nota estrictamente mayor (0–5)',
  },
  required: true,
  min: 0,
  max: 5,
};

export const userOption: OptionDefinition = {
  name: 'user',
  arg: 'user_id',
  type: 'integer',
  description: { en: 'User id from the ratings', es: 'Id de usuario de las valoraciones' },
  required: true,
  min: 1,
};

export const titleOption: OptionDefinition = {
  name: 'title',
  arg: 'title_id',
  type: 'string',
  description: { en: 'Title name or id (e.g. ns123)', es: 'Nombre o id del título (p. ej. ns123)' },
  required: true,
  maxLength: 200,
  autocomplete: 'title',
};

const TYPE_CHOICES: readonly OptionChoice[] = TITLE_TYPES.map((value) => ({
  label: TYPE_LABELS[value],
  value,
}));

export const typeOption: OptionDefinition = {
  name: 'type',
  arg: 'type',
  type: 'string',
  description: { en: 'Movies or TV shows (both when omitted)', es: 'Películas o series (ambas si se omite)' },
  required: false,
  choices: TYPE_CHOICES,
};

/** What `/count` counts: movies unless told otherwise, as the client's function does. */
export const countTypeOption: OptionDefinition = {
  name: 'type',
  arg: 'type',
  type: 'string',
  description: { en: 'Count movies (default) or TV shows', es: 'Contar películas (por defecto) o series' },
  required: false,
  choices: TYPE_CHOICES,
};

export const limitOption: OptionDefinition = {
  name: 'limit',
  arg: 'limit',
  type: 'integer',
  description: { en: 'How many titles (1–25, default 10)', es: 'Cuántos títulos (1–25, 10 por defecto)' },
  required: false,
  min: 1,
  max: 25,
};

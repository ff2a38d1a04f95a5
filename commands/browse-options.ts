/** The options of `/titles` and `/howmany`: every browse filter, the ordering and the grouping. */

import type { ArgName } from '../src/bot/command.ts';
import { GROUPS, MAX_LIST, ORDERS, SORTS } from '../src/catalog/browse.ts';
import { MIN_YEAR, maxYear } from '../src/domain.ts';
import { platformOption, typeOption, yearOption } from './options.ts';
import type { Localised, OptionChoice, OptionDefinition } from './types.ts';

function integer(
  name: string,
  arg: ArgName,
  description: Localised,
  min: number,
  max?: number,
): OptionDefinition {
  return {
    name,
    arg,
    type: 'integer',
    description,
    required: false,
    min,
    ...(max === undefined ? {} : { max }),
  };
}

function yearBound(name: string, arg: ArgName, description: Localised): OptionDefinition {
  return integer(name, arg, description, MIN_YEAR, maxYear());
}

function score(name: string, arg: ArgName, description: Localised): OptionDefinition {
  return { name, arg, type: 'number', description, required: false, min: 0, max: 5 };
}

function text(
  name: string,
  arg: ArgName,
  description: Localised,
  autocomplete?: OptionDefinition['autocomplete'],
): OptionDefinition {
  return {
    name,
    arg,
    type: 'string',
    description,
    required: false,
    maxLength: 100,
    ...(autocomplete ? { autocomplete } : {}),
  };
}

function choices<T extends string>(values: readonly T[], labels: Record<T, Localised>): OptionChoice[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Every filter, in the order the client shows them. */
export const FILTER_OPTIONS: readonly OptionDefinition[] = [
  platformOption(false),
  typeOption,
  text(
    'genre',
    'genre',
    { en: 'Genre (comedy, horror, documentary…)', es: 'Género (comedia, terror, documental…)' },
    'genre',
  ),
  text('cast', 'cast', { en: 'Someone in the cast', es: 'Alguien del reparto' }, 'person'),
  text('director', 'director', { en: 'The director', es: 'Quien dirige' }, 'person'),
  yearOption(false),
  yearBound('year_from', 'year_from', { en: 'Released in or after', es: 'Estrenado en o después de' }),
  yearBound('year_to', 'year_to', { en: 'Released in or before', es: 'Estrenado en o antes de' }),
  text('country', 'country', { en: 'Country of production', es: 'País de producción' }, 'country'),
  text('age_rating', 'age_rating', {
    en: 'Age rating (pg-13, tv-ma…)',
    es: 'Clasificación por edad (pg-13, tv-ma…)',
  }),
  integer(
    'min_minutes',
    'min_minutes',
    { en: 'At least this many minutes', es: 'Al menos estos minutos' },
    0,
  ),
  integer(
    'max_minutes',
    'max_minutes',
    { en: 'At most this many minutes', es: 'Como mucho estos minutos' },
    0,
  ),
  integer(
    'min_seasons',
    'min_seasons',
    { en: 'At least this many seasons', es: 'Al menos estas temporadas' },
    0,
  ),
  integer(
    'max_seasons',
    'max_seasons',
    { en: 'At most this many seasons', es: 'Como mucho estas temporadas' },
    0,
  ),
  score('min_score', 'min_score', { en: 'Mean rating at least (0–5)', es: 'Nota media mínima (0–5)' }),
  score('max_score', 'max_score', { en: 'Mean rating at most (0–5)', es: 'Nota media máxima (0–5)' }),
];

const SORT_LABELS = {
  duration: { en: 'Duration', es: 'Duración' },
  score: { en: 'Score', es: 'Nota' },
  year: { en: 'Release year', es: 'Año' },
  ratings: { en: 'Number of ratings', es: 'Número de valoraciones' },
  title: { en: 'Title', es: 'Título' },
};
const ORDER_LABELS = {
  desc: { en: 'Highest first', es: 'De mayor a menor' },
  asc: { en: 'Lowest first', es: 'De menor a mayor' },
};
const GROUP_LABELS = {
  platform: { en: 'Platform', es: 'Plataforma' },
  year: { en: 'Year', es: 'Año' },
  genre: { en: 'Genre', es: 'Género' },
  type: { en: 'Movies or shows', es: 'Películas o series' },
};

export const LIST_OPTIONS: readonly OptionDefinition[] = [
  ...FILTER_OPTIONS,
  {
    name: 'sort',
    arg: 'sort',
    type: 'string',
    description: { en: 'Order by', es: 'Ordenar por' },
    required: false,
    choices: choices(SORTS, SORT_LABELS),
  },
  {
    name: 'order',
    arg: 'order',
    type: 'string',
    description: { en: 'Highest or lowest first', es: 'Mayor o menor primero' },
    required: false,
    choices: choices(ORDERS, ORDER_LABELS),
  },
  integer(
    'limit',
    'limit',
    {
      en: `How many titles (1–${MAX_LIST}, default 10)`,
      es: `Cuántos títulos (1–${MAX_LIST}, 10 por defecto)`,
    },
    1,
    MAX_LIST,
  ),
];

export const COUNT_OPTIONS: readonly OptionDefinition[] = [
  ...FILTER_OPTIONS,
  {
    name: 'group_by',
    arg: 'group_by',
    type: 'string',
    description: {
      en: 'Count per platform, year, genre or type',
      es: 'Contar por plataforma, año, género o tipo',
    },
    required: false,
    choices: choices(GROUPS, GROUP_LABELS),
  },
];

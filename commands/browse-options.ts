/**
 * The options of `/titles` and `/howmany`: every browse filter, the ordering and the grouping. Each
 * option is named as the argument it fills (`year_from`, `min_minutes`, …).
 */

import type { ArgName } from '../src/bot/command.ts';
import { GROUPS, MAX_LIST, ORDERS, SORTS } from '../src/catalog/browse.ts';
import { MIN_YEAR, maxYear } from '../src/domain.ts';
import { platformOption, typeOption, yearOption } from './options.ts';
import type { Localised, OptionDefinition } from './types.ts';

type Numeric = Pick<OptionDefinition, 'type' | 'min' | 'max'>;

function option(arg: ArgName, description: Localised, rest: Partial<OptionDefinition>): OptionDefinition {
  return { name: arg, arg, type: 'string', description, required: false, ...rest };
}

const count = (min = 0, max?: number): Numeric => ({
  type: 'integer',
  min,
  ...(max === undefined ? {} : { max }),
});
const YEAR: Numeric = { type: 'integer', min: MIN_YEAR, max: maxYear() };
const SCORE: Numeric = { type: 'number', min: 0, max: 5 };
const TEXT = { maxLength: 100 };

function choice<T extends string>(
  arg: ArgName,
  description: Localised,
  values: readonly T[],
  labels: Record<T, Localised>,
): OptionDefinition {
  return option(arg, description, { choices: values.map((value) => ({ value, label: labels[value] })) });
}

/** Every filter, in the order the client shows them. */
export const FILTER_OPTIONS: readonly OptionDefinition[] = [
  platformOption(false),
  typeOption,
  option(
    'genre',
    { en: 'Genre (comedy, horror, documentary…)', es: 'Género (comedia, terror, documental…)' },
    {
      ...TEXT,
      autocomplete: 'genre',
    },
  ),
  option(
    'cast',
    { en: 'Someone in the cast', es: 'Alguien del reparto' },
    { ...TEXT, autocomplete: 'person' },
  ),
  option('director', { en: 'The director', es: 'Quien dirige' }, { ...TEXT, autocomplete: 'person' }),
  yearOption(false),
  option('year_from', { en: 'Released in or after', es: 'Estrenado en o después de' }, YEAR),
  option('year_to', { en: 'Released in or before', es: 'Estrenado en o antes de' }, YEAR),
  option(
    'country',
    { en: 'Country of production', es: 'País de producción' },
    { ...TEXT, autocomplete: 'country' },
  ),
  option(
    'age_rating',
    { en: 'Age rating (pg-13, tv-ma…)', es: 'Clasificación por edad (pg-13, tv-ma…)' },
    TEXT,
  ),
  option('min_minutes', { en: 'At least this many minutes', es: 'Al menos estos minutos' }, count()),
  option('max_minutes', { en: 'At most this many minutes', es: 'Como mucho estos minutos' }, count()),
  option('min_seasons', { en: 'At least this many seasons', es: 'Al menos estas temporadas' }, count()),
  option('max_seasons', { en: 'At most this many seasons', es: 'Como mucho estas temporadas' }, count()),
  option('min_score', { en: 'Mean rating at least (0–5)', es: 'Nota media mínima (0–5)' }, SCORE),
  option('max_score', { en: 'Mean rating at most (0–5)', es: 'Nota media máxima (0–5)' }, SCORE),
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
  choice('sort', { en: 'Order by', es: 'Ordenar por' }, SORTS, SORT_LABELS),
  choice('order', { en: 'Highest or lowest first', es: 'Mayor o menor primero' }, ORDERS, ORDER_LABELS),
  option(
    'limit',
    {
      en: `How many titles (1–${MAX_LIST}, default 10)`,
      es: `Cuántos títulos (1–${MAX_LIST}, 10 por defecto)`,
    },
    count(1, MAX_LIST),
  ),
];

export const COUNT_OPTIONS: readonly OptionDefinition[] = [
  ...FILTER_OPTIONS,
  choice(
    'group_by',
    { en: 'Count per platform, year, genre or type', es: 'Contar por plataforma, año, género o tipo' },
    GROUPS,
    GROUP_LABELS,
  ),
];

/**
 * Answers to `list_titles` and `count_titles`: a table of titles (a page at a time, with the
 * requests for the pages around it) or of counts, what each filter was understood as, and, when
 * nothing matches, why and the nearest filter that has results.
 */

import type { Answer, AnswerField, AnswerTable, Locale, PageRequest } from '../../answer.ts';
import {
  type BrowsedTitle,
  type BrowseFilters,
  type CountArgs,
  countTitles,
  type ListArgs,
  listTitles,
  platformCredits,
  type Sort,
} from '../../catalog/browse.ts';
import { GENRES, type Genre, labelsOfGenre } from '../../genres.ts';
import type { CommandArgs } from '../command.ts';
import {
  displayName,
  formatCount,
  formatDecimal,
  formatMinutes,
  formatSeasons,
  joinList,
  platformLabel,
  typeLabel,
} from '../format.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { catalogFailure } from './problems.ts';

const DEFAULT_LIMIT = 10;

// ── list_titles ──────────────────────────────────────────────────────────────────────────────────
export function listAnswer(context: AnswerContext, args: CommandArgs<'list_titles'>): Answer {
  const result = listTitles(context.store, args);
  if (!result.ok) return catalogFailure(context, result.error);
  const { total, titles } = result.value;
  const { locale } = context;
  const what = describeFilters(args, locale);
  if (total === 0) return nothingMatches(context, args, what);
  const offset = args.offset ?? 0;
  if (titles.length === 0) {
    const headline =
      locale === 'es'
        ? `Solo hay ${formatCount(total, locale)} ${what}; esta página está vacía.`
        : `There are only ${formatCount(total, locale)} ${what}; this page is empty.`;
    return makeAnswer(context, 'empty', headline, { fields: understoodFields(args, locale) });
  }
  const shown =
    titles.length === total
      ? formatCount(total, locale)
      : offset === 0
        ? `${formatCount(titles.length, locale)} ${locale === 'es' ? 'de' : 'of'} ${formatCount(total, locale)}`
        : `${formatCount(offset + 1, locale)}–${formatCount(offset + titles.length, locale)} ${locale === 'es' ? 'de' : 'of'} ${formatCount(total, locale)}`;
  const ordered = args.sort ? `, ${orderPhrase(args.sort, args.order ?? 'desc', locale)}` : '';
  const answer = makeAnswer(context, 'result', `${capitalise(shown)} ${what}${ordered}.`, {
    fields: understoodFields(args, locale),
    table: titleTable(titles, offset, args.sort, locale),
  });
  answer.paging = paging(args, total);
  return answer;
}

/** The requests for the pages before and after this one (what Previous and Next ask). */
function paging(args: ListArgs, total: number): Answer['paging'] {
  const size = args.limit ?? DEFAULT_LIMIT;
  const offset = args.offset ?? 0;
  const page = (to: number): PageRequest => {
    const { offset: _offset, ...rest } = args;
    return { name: 'list_titles', args: to > 0 ? { ...rest, offset: to } : rest };
  };
  if (total <= size && offset === 0) return undefined;
  return {
    page: Math.floor(offset / size) + 1,
    pages: Math.max(1, Math.ceil(total / size)),
    ...(offset > 0 ? { previous: page(Math.max(0, offset - size)) } : {}),
    ...(offset + size < total ? { next: page(offset + size) } : {}),
  };
}

type Column = 'rank' | 'title' | 'platform' | 'year' | 'id' | 'duration' | 'score' | 'ratings';
const COLUMN: Record<Locale, Record<Column, string>> = {
  en: {
    rank: '#',
    title: 'Title',
    platform: 'Platform',
    year: 'Year',
    id: 'Id',
    duration: 'Length',
    score: 'Score',
    ratings: 'Ratings',
  },
  es: {
    rank: '#',
    title: 'Título',
    platform: 'Plataforma',
    year: 'Año',
    id: 'Id',
    duration: 'Duración',
    score: 'Nota',
    ratings: 'Valoraciones',
  },
};

/** Rank, title, platform, year, the sorted-by value (the score when unsorted or by title or year), id. */
function titleTable(
  titles: BrowsedTitle[],
  offset: number,
  sort: Sort | undefined,
  locale: Locale,
): AnswerTable {
  const extra: 'duration' | 'score' | 'ratings' = sort === 'duration' || sort === 'ratings' ? sort : 'score';
  const columns = [
    COLUMN[locale].rank,
    COLUMN[locale].title,
    COLUMN[locale].platform,
    COLUMN[locale].year,
    COLUMN[locale][extra],
    COLUMN[locale].id,
  ];
  const rows = titles.map((t, i) => [
    String(offset + i + 1),
    displayName(t.title),
    platformLabel(t.platform),
    String(t.release_year),
    cellOf(t, extra, locale),
    t.id,
  ]);
  return { columns, rows };
}

function cellOf(t: BrowsedTitle, column: 'duration' | 'score' | 'ratings', locale: Locale): string {
  if (column === 'ratings') return formatCount(t.ratings, locale);
  if (column === 'score') return t.score === null ? '–' : formatDecimal(t.score, locale, 2);
  if (t.duration_int === null) return '–';
  return t.duration_type === 'season'
    ? formatSeasons(t.duration_int, locale)
    : formatMinutes(t.duration_int, locale);
}

const ORDER_WORDS: Record<Locale, Record<`${Sort}:${'asc' | 'desc'}`, string>> = {
  en: {
    'duration:desc': 'longest first',
    'duration:asc': 'shortest first',
    'score:desc': 'best rated first',
    'score:asc': 'worst rated first',
    'year:desc': 'newest first',
    'year:asc': 'oldest first',
    'ratings:desc': 'most rated first',
    'ratings:asc': 'least rated first',
    'title:asc': 'A to Z',
    'title:desc': 'Z to A',
  },
  es: {
    'duration:desc': 'de mayor a menor duración',
    'duration:asc': 'de menor a mayor duración',
    'score:desc': 'de mejor a peor nota',
    'score:asc': 'de peor a mejor nota',
    'year:desc': 'del más reciente al más antiguo',
    'year:asc': 'del más antiguo al más reciente',
    'ratings:desc': 'de más a menos valoraciones',
    'ratings:asc': 'de menos a más valoraciones',
    'title:asc': 'de la A a la Z',
    'title:desc': 'de la Z a la A',
  },
};

function orderPhrase(sort: Sort, order: 'asc' | 'desc', locale: Locale): string {
  return ORDER_WORDS[locale][`${sort}:${order}`];
}

// ── count_titles ─────────────────────────────────────────────────────────────────────────────────
/** Most groups a count answer lists (the rest are summed in a note). */
const MAX_GROUPS = 25;

export function countTitlesAnswer(context: AnswerContext, args: CommandArgs<'count_titles'>): Answer {
  const result = countTitles(context.store, args);
  if (!result.ok) return catalogFailure(context, result.error);
  const { total, groups } = result.value;
  const { locale } = context;
  const what = describeFilters(args, locale);
  if (total === 0) return nothingMatches(context, args, what);
  const fields = understoodFields(args, locale);
  if (!args.group_by) {
    const headline =
      locale === 'es'
        ? `Hay ${formatCount(total, locale)} ${what}.`
        : `There are ${formatCount(total, locale)} ${what}.`;
    return makeAnswer(context, 'result', headline, { fields });
  }
  const top = groups[0]!;
  const label = (key: string | number) => groupLabel(args.group_by!, key, locale);
  const headline =
    locale === 'es'
      ? `${capitalise(what)}: ${formatCount(total, locale)}. Por ${GROUP_WORDS.es[args.group_by]}, ${label(top.key)} tiene más (${formatCount(top.count, locale)}).`
      : `${capitalise(what)}: ${formatCount(total, locale)}. By ${GROUP_WORDS.en[args.group_by]}, ${label(top.key)} has the most (${formatCount(top.count, locale)}).`;
  const shown = groups.slice(0, MAX_GROUPS);
  const table: AnswerTable = {
    columns: [capitalise(GROUP_WORDS[locale][args.group_by]), locale === 'es' ? 'Títulos' : 'Titles'],
    rows: shown.map((g) => [label(g.key), formatCount(g.count, locale)]),
  };
  const rest = groups.length - shown.length;
  const note =
    rest > 0
      ? locale === 'es'
        ? `Y ${formatCount(rest, locale)} grupos más con menos títulos.`
        : `And ${formatCount(rest, locale)} more groups with fewer titles.`
      : args.group_by === 'genre'
        ? locale === 'es'
          ? 'Un título puede tener varios géneros: los grupos suman más que el total.'
          : 'A title can have several genres, so the groups add up to more than the total.'
        : undefined;
  return makeAnswer(context, 'result', headline, { fields, table, note });
}

const GROUP_WORDS: Record<Locale, Record<NonNullable<CountArgs['group_by']>, string>> = {
  en: { platform: 'platform', year: 'year', genre: 'genre', type: 'type' },
  es: { platform: 'plataforma', year: 'año', genre: 'género', type: 'tipo' },
};

function groupLabel(
  groupBy: NonNullable<CountArgs['group_by']>,
  key: string | number,
  locale: Locale,
): string {
  if (groupBy === 'platform') return platformLabel(key as never);
  if (groupBy === 'type') return typeLabel(key as never, locale);
  if (groupBy === 'genre') return genreName(key as Genre, locale);
  return String(key);
}

// ── what the filters were understood as ──────────────────────────────────────────────────────────
function genreName(genre: Genre, locale: Locale): string {
  return locale === 'es' ? GENRES[genre] : genre;
}

/** "comedy movies on Netflix from 1990 to 1999 with Keanu Reeves" / "películas de comedia de Netflix…". */
export function describeFilters(f: BrowseFilters, locale: Locale): string {
  const es = locale === 'es';
  const noun =
    f.type === 'movie'
      ? es
        ? 'películas'
        : 'movies'
      : f.type === 'tv show'
        ? es
          ? 'series'
          : 'TV shows'
        : es
          ? 'títulos'
          : 'titles';
  const parts: string[] = [];
  if (f.genre) parts.push(es ? `${noun} de ${genreName(f.genre, locale)}` : `${f.genre} ${noun}`);
  else parts.push(noun);
  if (f.platform) parts.push(`${es ? 'en' : 'on'} ${platformLabel(f.platform)}`);
  if (f.year !== undefined) parts.push(`${es ? 'de' : 'from'} ${f.year}`);
  else if (f.year_from !== undefined && f.year_to !== undefined)
    parts.push(es ? `de ${f.year_from} a ${f.year_to}` : `from ${f.year_from} to ${f.year_to}`);
  else if (f.year_from !== undefined) parts.push(`${es ? 'desde' : 'since'} ${f.year_from}`);
  else if (f.year_to !== undefined) parts.push(`${es ? 'hasta' : 'up to'} ${f.year_to}`);
  if (f.cast) parts.push(`${es ? 'con' : 'with'} ${displayName(f.cast)}`);
  if (f.director) parts.push(`${es ? 'dirigidos por' : 'directed by'} ${displayName(f.director)}`);
  if (f.country) parts.push(`${es ? 'de' : 'from'} ${displayName(f.country)}`);
  if (f.age_rating) parts.push(`${es ? 'con clasificación' : 'rated'} ${f.age_rating.toUpperCase()}`);
  const range = (min: number | undefined, max: number | undefined, unit: (n: number) => string) =>
    min !== undefined && max !== undefined
      ? min === max
        ? unit(min)
        : `${unit(min)}–${unit(max)}`
      : min !== undefined
        ? `≥ ${unit(min)}`
        : `≤ ${unit(max!)}`;
  if (f.min_minutes !== undefined || f.max_minutes !== undefined)
    parts.push(`(${range(f.min_minutes, f.max_minutes, (n) => formatMinutes(n, locale))})`);
  if (f.min_seasons !== undefined || f.max_seasons !== undefined)
    parts.push(`(${range(f.min_seasons, f.max_seasons, (n) => formatSeasons(n, locale))})`);
  if (f.min_score !== undefined || f.max_score !== undefined)
    parts.push(
      `(${es ? 'nota' : 'score'} ${range(f.min_score, f.max_score, (n) => formatDecimal(n, locale))})`,
    );
  return parts.join(' ');
}

/** A person as the catalog writes them, and a genre with the catalog labels it matched. */
function understoodFields(f: BrowseFilters, locale: Locale): AnswerField[] {
  const es = locale === 'es';
  const fields: AnswerField[] = [];
  if (f.genre) {
    const labels = labelsOfGenre(f.genre);
    fields.push({
      label: es ? 'Género' : 'Genre',
      value: `${genreName(f.genre, locale)} (${es ? 'etiquetas del catálogo' : 'catalog labels'}: ${joinList(labels, locale)})`,
    });
  }
  if (f.cast) fields.push({ label: es ? 'Reparto' : 'Cast', value: displayName(f.cast), inline: true });
  if (f.director)
    fields.push({ label: es ? 'Dirección' : 'Director', value: displayName(f.director), inline: true });
  return fields;
}

// ── nothing matches ──────────────────────────────────────────────────────────────────────────────
/** The filters dropped in turn to find the nearest one with results, most specific last. */
const RELAXABLE: (keyof BrowseFilters)[][] = [
  ['year'],
  ['year_from', 'year_to'],
  ['platform'],
  ['type'],
  ['min_minutes', 'max_minutes'],
  ['min_seasons', 'max_seasons'],
  ['min_score', 'max_score'],
  ['age_rating'],
  ['country'],
  ['genre'],
  ['director'],
  ['cast'],
];

function nothingMatches(context: AnswerContext, f: BrowseFilters, what: string): Answer {
  const { locale, store } = context;
  const es = locale === 'es';
  const reasons: string[] = [];
  for (const role of ['cast', 'director'] as const) {
    const name = f[role];
    if (name === undefined) continue;
    if (count(context, { [role]: name }) === 0)
      reasons.push(
        es
          ? `Nadie llamado “${displayName(name)}” figura como ${role === 'cast' ? 'reparto' : 'director'} en el catálogo.`
          : `No one called “${displayName(name)}” is credited as ${role === 'cast' ? 'cast' : 'director'} in the catalog.`,
      );
    else if (f.platform && !platformCredits(store, f.platform, role))
      reasons.push(
        es
          ? `El catálogo de ${platformLabel(f.platform)} no incluye ${role === 'cast' ? 'el reparto' : 'la dirección'}.`
          : `${platformLabel(f.platform)}’s catalog lists no ${role === 'cast' ? 'cast' : 'directors'}.`,
      );
  }
  const headline = `${es ? 'No hay' : 'No'} ${what}.${reasons.length > 0 ? ` ${reasons.join(' ')}` : ''}`;
  const nearest = nearestWithResults(context, f);
  // The nearest filter with results, as a suggestion ("Movies with Keanu Reeves: 16.").
  const suggestions = nearest
    ? [`${capitalise(describeFilters(nearest.filters, locale))}: ${formatCount(nearest.total, locale)}.`]
    : [];
  return makeAnswer(context, 'empty', headline, { suggestions });
}

function nearestWithResults(
  context: AnswerContext,
  f: BrowseFilters,
): { filters: BrowseFilters; total: number } | undefined {
  for (const keys of RELAXABLE) {
    if (!keys.some((key) => f[key] !== undefined)) continue;
    const relaxed: BrowseFilters = { ...f };
    for (const key of keys) delete relaxed[key];
    if (Object.values(relaxed).every((v) => v === undefined)) continue;
    const total = count(context, relaxed);
    if (total > 0) return { filters: relaxed, total };
  }
  return undefined;
}

function count(context: AnswerContext, f: BrowseFilters): number {
  const result = countTitles(context.store, f);
  return result.ok ? result.value.total : 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

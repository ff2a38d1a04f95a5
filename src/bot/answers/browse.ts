/**
 * Answers to `list_titles` and `count_titles`: a table of titles (a page at a time, with the
 * requests for the pages around it) or of counts, what each filter was understood as, and, when
 * nothing matches, why and the nearest filter that has results.
 */

import type { Answer, AnswerField, AnswerTable, Locale, PageRequest } from '../../answer.ts';
import {
  type BrowsedTitle,
  type BrowseFilters,
  countTitles,
  type GroupBy,
  type ListArgs,
  listTitles,
  platformCredits,
  type Sort,
} from '../../catalog/browse.ts';
import { type Genre, labelsOfGenre } from '../../genres.ts';
import type { CommandArgs } from '../command.ts';
import {
  capitalise,
  displayName,
  formatCount,
  formatDecimal,
  formatMinutes,
  formatSeasons,
  joinList,
  platformLabel,
  typeLabel,
} from '../format.ts';
import { BROWSE_TEXT } from './browse-text.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { catalogFailure } from './problems.ts';

const DEFAULT_LIMIT = 10;

// ── list_titles ──────────────────────────────────────────────────────────────────────────────────
export function listAnswer(context: AnswerContext, args: CommandArgs<'list_titles'>): Answer {
  const result = listTitles(context.store, args);
  if (!result.ok) return catalogFailure(context, result.error);
  const { total, titles } = result.value;
  const { locale } = context;
  const text = BROWSE_TEXT[locale];
  const what = describeFilters(args, locale);
  if (total === 0) return nothingMatches(context, args, what);
  const offset = args.offset ?? 0;
  if (titles.length === 0) {
    const headline = text.pageEmpty(formatCount(total, locale), what);
    return makeAnswer(context, 'empty', headline, { fields: understoodFields(args, locale) });
  }
  const shown =
    titles.length === total
      ? formatCount(total, locale)
      : offset === 0
        ? text.of(formatCount(titles.length, locale), formatCount(total, locale))
        : text.of(
            `${formatCount(offset + 1, locale)}–${formatCount(offset + titles.length, locale)}`,
            formatCount(total, locale),
          );
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

/** Rank, title, platform, year, the sorted-by value (the score when unsorted or by title or year), id. */
function titleTable(
  titles: BrowsedTitle[],
  offset: number,
  sort: Sort | undefined,
  locale: Locale,
): AnswerTable {
  const extra: 'duration' | 'score' | 'ratings' = sort === 'duration' || sort === 'ratings' ? sort : 'score';
  const column = BROWSE_TEXT[locale].columns;
  const columns = [column.rank, column.title, column.platform, column.year, column[extra], column.id];
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

function orderPhrase(sort: Sort, order: 'asc' | 'desc', locale: Locale): string {
  return BROWSE_TEXT[locale].order[`${sort}:${order}`];
}

// ── count_titles ─────────────────────────────────────────────────────────────────────────────────
/** Most groups a count answer lists (the rest are summed in a note). */
const MAX_GROUPS = 25;

export function countTitlesAnswer(context: AnswerContext, args: CommandArgs<'count_titles'>): Answer {
  const result = countTitles(context.store, args);
  if (!result.ok) return catalogFailure(context, result.error);
  const { total, groups } = result.value;
  const { locale } = context;
  const text = BROWSE_TEXT[locale];
  const what = describeFilters(args, locale);
  if (total === 0) return nothingMatches(context, args, what);
  const fields = understoodFields(args, locale);
  if (!args.group_by)
    return makeAnswer(context, 'result', text.total(formatCount(total, locale), what), { fields });
  const top = groups[0]!;
  const label = (key: string | number) => groupLabel(args.group_by!, key, locale);
  const headline = text.grouped({
    what: capitalise(what),
    total: formatCount(total, locale),
    by: text.groups[args.group_by],
    top: label(top.key),
    count: formatCount(top.count, locale),
  });
  const shown = groups.slice(0, MAX_GROUPS);
  const table: AnswerTable = {
    columns: [capitalise(text.groups[args.group_by]), text.titles],
    rows: shown.map((g) => [label(g.key), formatCount(g.count, locale)]),
  };
  const rest = groups.length - shown.length;
  const note =
    rest > 0
      ? text.moreGroups(formatCount(rest, locale))
      : args.group_by === 'genre'
        ? text.genresOverlap
        : undefined;
  return makeAnswer(context, 'result', headline, { fields, table, note });
}

function groupLabel(groupBy: GroupBy, key: string | number, locale: Locale): string {
  if (groupBy === 'platform') return platformLabel(key as never);
  if (groupBy === 'type') return typeLabel(key as never, locale);
  if (groupBy === 'genre') return BROWSE_TEXT[locale].genre(key as Genre);
  return String(key);
}

// ── what the filters were understood as ──────────────────────────────────────────────────────────
/** "comedy movies on Netflix from 1990 to 1999 with Keanu Reeves" / "películas de comedia de Netflix…". */
export function describeFilters(f: BrowseFilters, locale: Locale): string {
  const text = BROWSE_TEXT[locale];
  const noun = text.nouns[f.type ?? 'all'];
  const parts: string[] = [];
  parts.push(f.genre ? text.ofGenre(noun, text.genre(f.genre)) : noun);
  if (f.platform) parts.push(text.onPlatform(platformLabel(f.platform)));
  if (f.year !== undefined) parts.push(text.inYear(f.year));
  else if (f.year_from !== undefined && f.year_to !== undefined)
    parts.push(text.years(f.year_from, f.year_to));
  else if (f.year_from !== undefined) parts.push(text.since(f.year_from));
  else if (f.year_to !== undefined) parts.push(text.until(f.year_to));
  if (f.cast) parts.push(text.withCast(displayName(f.cast)));
  if (f.director) parts.push(text.directedBy(displayName(f.director)));
  if (f.country) parts.push(text.fromCountry(displayName(f.country)));
  if (f.age_rating) parts.push(text.rated(f.age_rating.toUpperCase()));
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
    parts.push(text.score(range(f.min_score, f.max_score, (n) => formatDecimal(n, locale))));
  return parts.join(' ');
}

/** A person as the catalog writes them, and a genre with the catalog labels it matched. */
function understoodFields(f: BrowseFilters, locale: Locale): AnswerField[] {
  const text = BROWSE_TEXT[locale];
  const fields: AnswerField[] = [];
  if (f.genre) {
    const labels = joinList(labelsOfGenre(f.genre), locale);
    fields.push({ label: text.labels.genre, value: text.genreLabels(text.genre(f.genre), labels) });
  }
  if (f.cast) fields.push({ label: text.labels.cast, value: displayName(f.cast), inline: true });
  if (f.director) fields.push({ label: text.labels.director, value: displayName(f.director), inline: true });
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
  const text = BROWSE_TEXT[locale];
  const reasons: string[] = [];
  for (const role of ['cast', 'director'] as const) {
    const name = f[role];
    if (name === undefined) continue;
    if (count(context, { [role]: name }) === 0) reasons.push(text.roles[role].nobody(displayName(name)));
    else if (f.platform && !platformCredits(store, f.platform, role))
      reasons.push(text.roles[role].unlisted(platformLabel(f.platform)));
  }
  const headline = `${text.none(what)}${reasons.length > 0 ? ` ${reasons.join(' ')}` : ''}`;
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

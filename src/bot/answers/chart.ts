/**
 * The answer to `chart`: the chart's numbers from the store, its Vega-Lite spec, and the same numbers in
 * words (alt text, shown as the answer's note) and as a few labelled bars (for text-only places).
 * Adapters draw the spec where they can show an image (src/chart/render.ts).
 */
import type { Answer, AnswerChart, Locale } from '../../answer.ts';
import type { CatalogError } from '../../catalog/result.ts';
import { type ChartData, chartData, RECOMMEND_LINE } from '../../chart/data.ts';
import type { CommandArgs } from '../command.ts';
import {
  capitalise,
  displayName,
  formatCount,
  formatDecimal,
  formatSeasons,
  joinList,
  platformLabel,
} from '../format.ts';
import { describeFilters } from './browse.ts';
import { BROWSE_TEXT } from './browse-text.ts';
import { chartSpec, type SpecTitle } from './chart-spec.ts';
import { CHART_TEXT } from './chart-text.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { catalogFailure, missingPrompt } from './problems.ts';

export function chartAnswer(context: AnswerContext, args: CommandArgs<'chart'>): Answer {
  const { locale } = context;
  const text = CHART_TEXT[locale];
  if (args.kind === 'title_ratings' && args.title_id === undefined)
    return missingPrompt(context, { name: 'chart', args, missing: ['title_id'] });
  if (args.kind === 'user_ratings' && args.user_id === undefined)
    return missingPrompt(context, { name: 'chart', args, missing: ['user_id'] });
  const result = chartData(context.store, args);
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'unknown_user')
      return makeAnswer(context, 'empty', text.unknownUser(String(args.user_id)), {
        problem: 'unknown_user',
      });
    if (error.code === 'model_missing')
      return makeAnswer(
        context,
        'error',
        error.message.includes('predates') ? text.modelTooOld : text.modelMissing,
        { problem: 'model_missing' },
      );
    return catalogFailure(context, error as CatalogError);
  }
  const data = result.value;
  const title = titleOf(data, locale);
  if (data.total === 0)
    return makeAnswer(context, 'empty', `${title.text}: ${text.alt.none} (${title.subtitle}).`);
  const chart: AnswerChart = {
    spec: chartSpec(data, locale, title),
    data: data.rows,
    alt: `${title.text}. ${capitalise(altOf(data, locale))}.`,
    bars: barsOf(data, locale),
    footnote: text.footnote(context.build ?? '—'),
    fileName: `${fileStem(data)}.png`,
  };
  return makeAnswer(context, 'result', `${title.text} — ${title.subtitle}`, { note: chart.alt, chart });
}

function titleOf(data: ChartData, locale: Locale): SpecTitle {
  const text = CHART_TEXT[locale];
  const total = formatCount(data.total, locale);
  const what = capitalise(describeFilters(data.args, locale));
  switch (data.kind) {
    case 'durations':
      return { text: text.titles.durations[data.unit], subtitle: text.counted(what, total) };
    case 'ratings':
      return { text: text.titles.ratings, subtitle: `${what} · ${text.ratingsOf(total)}` };
    case 'title_ratings': {
      const { title, platform, release_year: year } = data.title;
      return {
        text: text.titles.titleRatings(displayName(title)),
        subtitle: `${platformLabel(platform)}, ${year} · ${text.ratingsOf(total)}`,
      };
    }
    case 'user_ratings':
      return { text: text.titles.userRatings(String(data.args.user_id)), subtitle: text.ratingsOf(total) };
    default:
      return { text: text.titles[data.kind], subtitle: text.counted(what, total) };
  }
}

function altOf(data: ChartData, locale: Locale): string {
  const text = CHART_TEXT[locale].alt;
  const count = (n: number) => formatCount(n, locale);
  const share = (n: number) => `${formatDecimal(Math.round((n / data.total) * 1000) / 10, locale)} %`;
  switch (data.kind) {
    case 'titles_per_year': {
      const perYear = sumBy(data.rows, (row) => String(row.year));
      const [year, most] = [...perYear].sort(([, a], [, b]) => b - a)[0]!;
      const years = data.rows.map((row) => row.year);
      return `${Math.min(...years)}–${Math.max(...years)}, ${text.peak(year, count(most))}`;
    }
    case 'durations': {
      const length = (n: number) => (data.unit === 'min' ? `${n} min` : formatSeasons(n, locale));
      const top = [...data.rows].sort((a, b) => b.count - a.count)[0]!;
      const label = data.unit === 'min' ? `${top.from}–${top.to - 1} min` : length(top.from);
      return joinList(
        [
          text.mostCommon(label, count(top.count), share(top.count)),
          text.median(length(medianOf(data.rows))),
        ],
        locale,
      );
    }
    case 'scores':
      return text.atOrAbove(
        `${formatDecimal(RECOMMEND_LINE, locale)} ★`,
        count(data.atOrAboveLine),
        share(data.atOrAboveLine),
      );
    case 'genres': {
      const byPlatform = new Map<string, string[]>();
      for (const row of data.rows) {
        const names = byPlatform.get(row.platform) ?? [];
        if (names.length < 3)
          names.push(`${BROWSE_TEXT[locale].genre(row.genre as never)} (${count(row.count)})`);
        byPlatform.set(row.platform, names);
      }
      return [...byPlatform]
        .map(([platform, names]) => text.top(platformLabel(platform as never), names.join(', ')))
        .join('; ');
    }
    case 'platforms': {
      const counts = new Map(data.rows.map((row) => [`${row.platform}|${row.type}`, row.count]));
      const platforms = [...new Set(data.rows.map((row) => row.platform))];
      return platforms
        .map((p) =>
          text.split(
            platformLabel(p),
            count(counts.get(`${p}|movie`) ?? 0),
            count(counts.get(`${p}|tv show`) ?? 0),
          ),
        )
        .join('; ');
    }
    default: {
      const top = [...data.rows].sort((a, b) => b.count - a.count)[0]!;
      const parts = [
        text.mostCommon(`${formatDecimal(top.stars, locale)} ★`, count(top.count), share(top.count)),
      ];
      if (data.mean !== null) parts.push(text.mean(formatDecimal(data.mean, locale, 2)));
      if (data.kind === 'user_ratings') {
        const bias = `${data.bias >= 0 ? '+' : '−'}${formatDecimal(Math.abs(data.bias), locale, 2)} ★`;
        parts.push(text.tendency(bias, `${formatDecimal(data.baseline, locale, 2)} ★`));
      }
      return joinList(parts, locale);
    }
  }
}

/** At most a dozen bars: decades, coarse bins, star values, the top genres, platform and type. */
function barsOf(data: ChartData, locale: Locale): AnswerChart['bars'] {
  const bar = (label: string, value: number) => ({ label, value, text: formatCount(value, locale) });
  switch (data.kind) {
    case 'titles_per_year':
      return [...sumBy(data.rows, (row) => `${Math.floor(row.year / 10) * 10}s`)].map(([decade, n]) =>
        bar(decade, n),
      );
    case 'durations': {
      const width = data.unit === 'min' ? 30 : 1;
      const cap = data.unit === 'min' ? 180 : 8;
      const groups = sumBy(data.rows, (row) => String(Math.min(Math.floor(row.from / width) * width, cap)));
      return [...groups].map(([from, n]) => {
        const start = Number(from);
        const label =
          data.unit === 'min'
            ? start >= cap
              ? `${cap}+ min`
              : `${start}–${start + width - 1} min`
            : start >= cap
              ? `${cap}+`
              : from;
        return bar(label, n);
      });
    }
    case 'scores': {
      // About ten bars: groups of the chart's bins.
      const width = Math.max(
        data.step,
        Math.ceil((data.rows.length * data.step) / 10 / data.step) * data.step,
      );
      const digits = data.step < 0.1 ? 2 : 1;
      const groups = sumBy(data.rows, (row) => String(Math.floor(row.from / width + 1e-9)));
      return [...groups].map(([group, n]) => {
        const from = Number(group) * width;
        return bar(
          `${formatDecimal(from, locale, digits)}–${formatDecimal(from + width, locale, digits)}`,
          n,
        );
      });
    }

    case 'genres':
      return [...sumBy(data.rows, (row) => row.genre)].map(([genre, n]) =>
        bar(BROWSE_TEXT[locale].genre(genre as never), n),
      );
    case 'platforms':
      return data.rows.map((row) =>
        bar(`${platformLabel(row.platform)} · ${BROWSE_TEXT[locale].nouns[row.type]}`, row.count),
      );
    default:
      return data.rows.map((row) => bar(`${formatDecimal(row.stars, locale, 1)} ★`, row.count));
  }
}

function fileStem(data: ChartData): string {
  const subject =
    data.args.title_id ??
    (data.args.user_id !== undefined ? `user-${data.args.user_id}` : data.args.platform);
  return [data.kind.replace(/_/g, '-'), subject].filter(Boolean).join('-');
}

/** Totals per key, in the order keys first appear. */
function sumBy<R extends { count: number }>(
  rows: readonly R[],
  key: (row: R) => string,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.count);
  return sums;
}

/** The bin holding the middle title. */
function medianOf(rows: readonly { from: number; count: number }[]): number {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  let seen = 0;
  for (const row of rows) {
    seen += row.count;
    if (seen * 2 >= total) return row.from;
  }
  return rows.at(-1)?.from ?? 0;
}

/**
 * A chart's Vega-Lite spec from its data: marks, axes with units and legends in the asker's language, the
 * data inline. Fonts, palette, size and number formats are the renderer's theme (src/chart/render.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../../answer.ts';
import { type ChartData, RECOMMEND_LINE } from '../../chart/data.ts';
import { PLATFORMS, TITLE_TYPES } from '../../domain.ts';
import { formatDecimal, platformLabel, typeLabel } from '../format.ts';
import { BROWSE_TEXT } from './browse-text.ts';
import { CHART_TEXT } from './chart-text.ts';

export interface SpecTitle {
  text: string;
  subtitle: string;
}

const PLATFORM_DOMAIN = PLATFORMS.map(platformLabel);
const STAR_TICKS = Array.from({ length: 10 }, (_, h) => (h + 1) / 2);
/** Half the width of a star value's bar, in stars. */
const STAR_BAR = 0.2;

export function chartSpec(data: ChartData, locale: Locale, title: SpecTitle): TopLevelSpec {
  const axes = CHART_TEXT[locale].axes;
  const typeDomain = TITLE_TYPES.map((type) => typeLabel(type, locale));
  const head = { title: { text: title.text, subtitle: title.subtitle } };
  switch (data.kind) {
    case 'titles_per_year': {
      const byPlatform = data.stackBy === 'platform';
      return {
        ...head,
        data: {
          values: data.rows.map((row) => ({
            year: row.year,
            group: byPlatform ? platformLabel(row.group as never) : typeLabel(row.group as never, locale),
            count: row.count,
          })),
        },
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'year', type: 'quantitative', title: axes.year, axis: { format: 'd' }, bin: false },
          y: { field: 'count', type: 'quantitative', aggregate: 'sum', stack: 'zero', title: axes.titles },
          color: {
            field: 'group',
            type: 'nominal',
            title: byPlatform ? axes.platform : axes.type,
            scale: { domain: byPlatform ? PLATFORM_DOMAIN : typeDomain },
          },
        },
      };
    }
    case 'durations': {
      const minutes = data.unit === 'min';
      return {
        ...head,
        ...histogram(
          data.rows,
          minutes ? 10 : 1,
          minutes ? axes.minutes : axes.seasons,
          minutes ? axes.movies : axes.shows,
        ),
      };
    }
    case 'scores': {
      const line = formatDecimal(RECOMMEND_LINE, locale);
      return {
        ...head,
        layer: [
          // The bins' span and the recommendation line, whichever is wider.
          histogram(data.rows, data.step, axes.score, axes.titles, {
            domain: scoreDomain(data),
            zero: false,
            nice: false,
          }),
          ...markerLayers([{ at: RECOMMEND_LINE, label: CHART_TEXT[locale].recommendLine(line) }]),
        ],
      };
    }
    case 'genres': {
      const genre = BROWSE_TEXT[locale].genre;
      const order = [...new Set(data.rows.map((row) => row.genre))].map((g) => genre(g as never));
      return {
        ...head,
        data: {
          values: data.rows.map((row) => ({
            genre: genre(row.genre as never),
            platform: platformLabel(row.platform),
            count: row.count,
          })),
        },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'genre', type: 'nominal', sort: order, title: axes.genre },
          x: { field: 'count', type: 'quantitative', aggregate: 'sum', title: axes.titles },
          color: {
            field: 'platform',
            type: 'nominal',
            title: axes.platform,
            scale: { domain: PLATFORM_DOMAIN },
          },
          yOffset: { field: 'platform', type: 'nominal', scale: { domain: PLATFORM_DOMAIN } },
        },
      };
    }
    case 'platforms':
      return {
        ...head,
        data: {
          values: data.rows.map((row) => ({
            platform: platformLabel(row.platform),
            type: typeLabel(row.type, locale),
            count: row.count,
          })),
        },
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'platform', type: 'nominal', title: axes.platform, axis: { labelAngle: 0 } },
          xOffset: { field: 'type', type: 'nominal', scale: { domain: typeDomain } },
          y: { field: 'count', type: 'quantitative', title: axes.titles },
          color: { field: 'type', type: 'nominal', title: axes.type, scale: { domain: typeDomain } },
        },
      };
    case 'ratings':
    case 'title_ratings':
    case 'user_ratings': {
      const text = CHART_TEXT[locale];
      const markers: Marker[] = [];
      if (data.mean !== null)
        markers.push({ at: data.mean, label: text.meanLine(formatDecimal(data.mean, locale, 2)) });
      if (data.kind === 'user_ratings')
        markers.push({
          at: data.baseline,
          label: text.baselineLine(formatDecimal(data.baseline, locale, 2)),
          dashed: true,
        });
      return {
        ...head,
        layer: [
          {
            data: {
              values: data.rows.map((row) => ({
                ...row,
                from: row.stars - STAR_BAR,
                to: row.stars + STAR_BAR,
              })),
            },
            mark: { type: 'bar' },
            encoding: {
              x: {
                field: 'from',
                type: 'quantitative',
                title: axes.stars,
                scale: { domain: [0.25, 5.25], nice: false },
                axis: { values: STAR_TICKS, format: '.1f' },
              },
              x2: { field: 'to' },
              y: { field: 'count', type: 'quantitative', title: axes.ratings },
              // Bars spanning x to x2 start from zero only when told.
              y2: { datum: 0 },
            },
          },
          ...markerLayers(markers),
        ],
      };
    }
  }
}

type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Bars over pre-counted bins (`from`, `to`, `count`). */
function histogram(
  rows: readonly object[],
  step: number,
  xTitle: string,
  yTitle: string,
  scale?: { domain: [number, number]; zero: boolean; nice: boolean },
) {
  return {
    data: { values: [...rows] },
    mark: { type: 'bar', binSpacing: 1 },
    encoding: {
      x: {
        field: 'from',
        type: 'quantitative',
        bin: { binned: true, step },
        title: xTitle,
        ...(scale ? { scale } : {}),
      },
      x2: { field: 'to' },
      y: { field: 'count', type: 'quantitative', title: yTitle },
    },
  } satisfies Layer;
}

function scoreDomain(data: Extract<ChartData, { kind: 'scores' }>): [number, number] {
  const from = Math.min(data.rows[0]?.from ?? RECOMMEND_LINE, RECOMMEND_LINE);
  const to = Math.max(data.rows.at(-1)?.to ?? RECOMMEND_LINE, RECOMMEND_LINE);
  return [Math.max(0, from - data.step * 2), Math.min(5, to + data.step * 2)];
}

interface Marker {
  at: number;
  label: string;
  dashed?: boolean;
}

/** A vertical line at a value, labelled at the top of the plot. */
function markerLayers(markers: readonly Marker[]): Layer[] {
  return markers.flatMap((marker, index) => [
    {
      data: { values: [{ at: marker.at }] },
      mark: {
        type: 'rule',
        strokeWidth: 2,
        color: '#D55E00',
        ...(marker.dashed ? { strokeDash: [6, 4] } : {}),
      },
      encoding: { x: { field: 'at', type: 'quantitative' } },
    },
    {
      data: { values: [{ at: marker.at, label: marker.label }] },
      mark: {
        type: 'text',
        align: 'left',
        dx: 4,
        dy: 6 + index * 14,
        baseline: 'top',
        color: '#D55E00',
        y: 0,
      },
      encoding: { x: { field: 'at', type: 'quantitative' }, text: { field: 'label' } },
    },
  ]);
}

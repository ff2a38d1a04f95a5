/**
 * Charts: Vega-Lite spec → PNG in-process (src/chart/render.ts), for the kinds of chart the bot draws.
 * After a warm-up, 1,000 renders round-robin over the kinds, English and Spanish alternately, each with
 * a footnote. Prints one JSON object: the first (cold) render, p50/p99 per kind (each against the 150 ms
 * target) and overall, and the resident memory after 100 and after 1,000 renders (garbage collected first)
 * against a growth of at most 20 MiB.
 *
 * `--png DIR` also writes each kind's PNG, in English and Spanish, into DIR to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TopLevelSpec } from 'vega-lite';
import { type ChartLocale, renderPng } from '../src/chart/render.ts';
import { PLATFORM_LABELS, PLATFORMS } from '../src/domain.ts';
import { GENRES } from '../src/genres.ts';
import { seededRandom } from '../src/random.ts';
import { percentile } from './support.ts';

const RENDERS = 1_000;
const FIRST_MEMORY_AT = 100;
const WARM_UP_PER_KIND = 10;
const SIZE = { width: 800, height: 450 };
const FOOTNOTE = 'Data build 20261128T093000Z-abcd1234';
const TARGET_P99_MS = 150;
const TARGET_RSS_GROWTH_MIB = 20;

export interface BenchSpec {
  kind: string;
  spec: TopLevelSpec;
}

const random = seededRandom(20_261_128);
const platformNames = PLATFORMS.map((platform) => PLATFORM_LABELS[platform]);

/** Representative charts, with inline data the size of the real catalog's. */
export function benchSpecs(): BenchSpec[] {
  return [
    stackedBarsByYear(),
    ratingHistogram(),
    topGenresPerPlatform(),
    groupedBarsByType(),
    ratingsPerMonth(),
  ];
}

function stackedBarsByYear(): BenchSpec {
  const values = [];
  for (let year = 1922; year <= 2021; year++) {
    for (const platform of platformNames) {
      const recent = Math.max(0, year - 1960) / 60;
      values.push({ year: String(year), platform, titles: Math.round(recent ** 3 * 900 * random()) });
    }
  }
  return {
    kind: 'stacked bars, 100 years × 4 platforms',
    spec: {
      title: { text: 'Titles by release year', subtitle: 'Movies and TV shows on each platform' },
      data: { values },
      mark: 'bar',
      encoding: {
        x: { field: 'year', timeUnit: 'utcyear', type: 'temporal', title: 'Release year' },
        y: { field: 'titles', type: 'quantitative', aggregate: 'sum', title: 'Titles (count)' },
        color: { field: 'platform', type: 'nominal', title: 'Platform' },
      },
    },
  };
}

function ratingHistogram(): BenchSpec {
  const step = 4.5 / 60;
  const values = Array.from({ length: 60 }, (_, i) => {
    const from = 0.5 + i * step;
    const centre = from + step / 2;
    return { from, to: from + step, titles: Math.round(2_000 * Math.exp(-((centre - 3.4) ** 2) / 0.5)) };
  });
  return {
    kind: 'histogram, 60 bins and a rule',
    spec: {
      title: {
        text: 'Mean user rating of titles',
        subtitle: 'Titles with at least 20 ratings; the line marks 3.5',
      },
      data: { values },
      layer: [
        {
          mark: { type: 'bar', binSpacing: 1 },
          encoding: {
            x: {
              field: 'from',
              type: 'quantitative',
              bin: 'binned',
              scale: { domain: [0.5, 5] },
              axis: { tickCount: 9 },
              title: 'Mean rating (stars)',
            },
            x2: { field: 'to' },
            y: { field: 'titles', type: 'quantitative', title: 'Titles (count)' },
          },
        },
        { mark: 'rule', encoding: { x: { datum: 3.5 } } },
      ],
    },
  };
}

function topGenresPerPlatform(): BenchSpec {
  const genres = Object.keys(GENRES);
  const values = platformNames.flatMap((platform) =>
    genres.map((genre) => ({ platform, genre, titles: Math.round(2_500 * random() ** 2) })),
  );
  return {
    kind: 'horizontal bars, top 10 genres per platform',
    spec: {
      title: { text: 'Top 10 genres on each platform', subtitle: 'Titles labelled with the genre' },
      data: { values },
      transform: [
        {
          window: [{ op: 'row_number', as: 'rank' }],
          groupby: ['platform'],
          sort: [{ field: 'titles', order: 'descending' }],
        },
        { filter: 'datum.rank <= 10' },
      ],
      facet: { field: 'platform', type: 'nominal', title: null },
      columns: 2,
      resolve: { scale: { y: 'independent' } },
      // Facets keep their own size (the image scales them): cells that fill about 800 × 450.
      spec: {
        width: 280,
        height: 140,
        mark: 'bar',
        encoding: {
          y: { field: 'genre', type: 'nominal', sort: '-x', title: null },
          x: { field: 'titles', type: 'quantitative', title: 'Titles (count)' },
        },
      },
    },
  };
}

function groupedBarsByType(): BenchSpec {
  const values = platformNames.flatMap((platform) =>
    ['Movie', 'TV show'].map((type) => ({ platform, type, titles: Math.round(500 + 8_000 * random()) })),
  );
  return {
    kind: 'grouped bars, 4 platforms × 2 types',
    spec: {
      title: { text: 'Catalog size by platform', subtitle: 'Movies and TV shows' },
      data: { values },
      mark: 'bar',
      encoding: {
        x: { field: 'platform', type: 'nominal', title: 'Platform', axis: { labelAngle: 0 } },
        xOffset: { field: 'type' },
        y: { field: 'titles', type: 'quantitative', title: 'Titles (count)' },
        color: { field: 'type', type: 'nominal', title: 'Type' },
      },
    },
  };
}

function ratingsPerMonth(): BenchSpec {
  const values = [];
  const level = platformNames.map(() => 30 + 30 * random());
  for (let month = 0; month < 48; month++) {
    const date = new Date(Date.UTC(2016, month, 1)).toISOString().slice(0, 10);
    for (const [i, platform] of platformNames.entries()) {
      level[i] = Math.max(5, level[i]! + 6 * (random() - 0.45));
      values.push({ month: date, platform, ratings: Math.round(level[i]! * 1_000) / 1_000 });
    }
  }
  return {
    kind: 'lines, 48 months × 4 platforms',
    spec: {
      title: { text: 'User ratings per month', subtitle: 'Ratings given to each platform’s titles' },
      data: { values },
      mark: 'line',
      encoding: {
        x: { field: 'month', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Month' },
        y: { field: 'ratings', type: 'quantitative', title: 'Ratings (thousands)' },
        color: { field: 'platform', type: 'nominal', title: 'Platform' },
      },
    },
  };
}

/** `global.gc` under `node --expose-gc`, else exposed here (as bench/bot.ts does): the bench runs either way. */
function garbageCollector(): () => void {
  if (globalThis.gc) return () => globalThis.gc!();
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const collectGarbage = garbageCollector();

const toMiB = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * Resident memory and JS heap once garbage is collected and resvg's finalisers (queued on the event loop)
 * have run. The resident size swings by tens of MiB from one sample to the next (malloc keeps freed image
 * buffers); the heap is the steadier sign of a leak.
 */
async function memoryMiB(): Promise<{ rss: number; heap: number }> {
  collectGarbage();
  await setImmediate();
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: toMiB(rss), heap: toMiB(heapUsed) };
}

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const localeOf = (i: number): ChartLocale => (i % 2 === 0 ? 'en' : 'es');

function stats(samples: number[]) {
  const sorted = Float64Array.from(samples).sort();
  return {
    renders: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: percentile(sorted, 1),
  };
}

async function main(): Promise<void> {
  const pngAt = process.argv.indexOf('--png');
  const pngDir = pngAt > 0 ? process.argv[pngAt + 1] : undefined;
  const charts = benchSpecs();
  const render = (chart: BenchSpec, locale: ChartLocale) =>
    renderPng({ spec: chart.spec, size: SIZE, locale, footnote: FOOTNOTE });

  const coldStart = process.hrtime.bigint();
  await render(charts[0]!, 'en');
  const coldMs = msSince(coldStart);
  for (let i = 0; i < WARM_UP_PER_KIND * charts.length; i++)
    await render(charts[i % charts.length]!, localeOf(i));

  const times = charts.map(() => [] as number[]);
  let atFirst = { rss: 0, heap: 0 };
  for (let i = 0; i < RENDERS; i++) {
    const kind = i % charts.length;
    const start = process.hrtime.bigint();
    await render(charts[kind]!, localeOf(Math.floor(i / charts.length)));
    times[kind]!.push(msSince(start));
    if (i + 1 === FIRST_MEMORY_AT) atFirst = await memoryMiB();
  }
  const atLast = await memoryMiB();
  const kinds = charts.map((chart, i) => [chart.kind, stats(times[i]!)] as const);
  const overall = stats(times.flat());
  const rssGrowthMiB = Math.round((atLast.rss - atFirst.rss) * 10) / 10;

  if (pngDir) {
    mkdirSync(pngDir, { recursive: true });
    for (const [i, chart] of charts.entries()) {
      for (const locale of ['en', 'es'] as const) {
        writeFileSync(join(pngDir, `chart-${i + 1}-${locale}.png`), await render(chart, locale));
      }
    }
  }

  process.stdout.write(
    `${JSON.stringify({
      benchmark: 'charts',
      size: SIZE,
      coldFirstRenderMs: Math.round(coldMs),
      kinds: Object.fromEntries(kinds),
      overall,
      memory: {
        rssAfter100MiB: atFirst.rss,
        rssAfter1000MiB: atLast.rss,
        rssGrowthMiB,
        heapAfter100MiB: atFirst.heap,
        heapAfter1000MiB: atLast.heap,
      },
      targets: { p99Ms: TARGET_P99_MS, rssGrowthMiB: TARGET_RSS_GROWTH_MIB },
      withinTargets:
        kinds.every(([, kind]) => kind.p99Ms <= TARGET_P99_MS) && rssGrowthMiB <= TARGET_RSS_GROWTH_MIB,
    })}\n`,
  );
}

await main();

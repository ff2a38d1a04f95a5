/**
 * `npm run bench:charts`: Vega-Lite spec → PNG in-process (src/chart/render.ts), for every kind of chart
 * the bot draws, with its data from the real store (STREAMBOT_DB when set, else one built with a model from
 * STREAMBOT_RAW_DIR into a temporary directory), at the size chat adapters send. After a warm-up, 1,000 renders round-robin over the kinds, English and Spanish alternately, each with
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
import { CHAT_CHART_SIZE } from '../src/adapters/chart-image.ts';
import { chartAnswer } from '../src/bot/answers/chart.ts';
import type { ChartArgs } from '../src/chart/kinds.ts';
import { type ChartLocale, renderPng } from '../src/chart/render.ts';
import type { TitleId } from '../src/domain.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { benchStore, percentile } from './support.ts';

const RENDERS = 1_000;
const FIRST_MEMORY_AT = 100;
const WARM_UP_PER_KIND = 10;
const SIZE = CHAT_CHART_SIZE;
const TARGET_P99_MS = 150;
const TARGET_RSS_GROWTH_MIB = 20;

/** One chart the bot draws, as its answer carries it, in each language. */
interface BenchChart {
  kind: string;
  specs: Record<ChartLocale, TopLevelSpec>;
  footnote: string;
}

const CHARTS: ChartArgs[] = [
  { kind: 'titles_per_year' },
  { kind: 'durations', type: 'movie' },
  { kind: 'durations', type: 'tv show' },
  { kind: 'ratings', platform: 'netflix' },
  { kind: 'scores' },
  { kind: 'genres' },
  { kind: 'platforms' },
];

/** Every kind of chart, with its data from the real store (the most rated title, the busiest user). */
function realCharts(store: Store): BenchChart[] {
  const title = store.sqlite
    .prepare('SELECT title_id FROM title_scores ORDER BY score_count DESC, title_id LIMIT 1')
    .pluck()
    .get() as TitleId;
  const user = store.sqlite
    .prepare('SELECT user_id FROM model_users ORDER BY rating_count DESC, user_id LIMIT 1')
    .pluck()
    .get() as number;
  const all: ChartArgs[] = [
    ...CHARTS,
    { kind: 'title_ratings', title_id: title },
    { kind: 'user_ratings', user_id: user },
  ];
  const now = new Date();
  return all.map((args) => {
    const answers = (['en', 'es'] as const).map((locale) => {
      const { chart } = chartAnswer({ store, locale, recommendThreshold: 3.5, startedAt: now, now }, args);
      if (!chart) throw new Error(`no chart for ${JSON.stringify(args)}`);
      return chart;
    });
    return {
      kind: [args.kind, args.type].filter(Boolean).join(' '),
      specs: { en: answers[0]!.spec, es: answers[1]!.spec },
      footnote: answers[0]!.footnote,
    };
  });
}

/** `global.gc` when node runs with --expose-gc, else the same collector switched on at run time. */
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
  const built = await benchStore('charts', { withModel: true });
  const store = openStore(built.path, { readonly: true });
  const charts = realCharts(store);
  const render = (chart: BenchChart, locale: ChartLocale) =>
    renderPng({ spec: chart.specs[locale], size: SIZE, locale, footnote: chart.footnote });

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
  store.close();
  built.cleanUp();
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
      store: built.path,
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

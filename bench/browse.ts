/**
 * `npm run bench:browse`: `listTitles` and `countTitles` in-process on the full real store, 10,000
 * varied calls each after a warm-up: every filter, cast and genre filters, the widest ranges, every
 * ordering and grouping. Prints one JSON object with p50/p99 per function against the 2 ms target,
 * and the time to build the in-memory browse index (once per store).
 *
 * Store: STREAMBOT_DB when set (a store built by the current ETL), else one built into a temporary
 * directory from STREAMBOT_RAW_DIR (default ../shared/data/raw) and removed afterwards.
 */
import { type BrowseFilters, countTitles, GROUPS, listTitles, ORDERS, SORTS } from '../src/catalog/browse.ts';
import { PLATFORMS, TITLE_TYPES } from '../src/domain.ts';
import { GENRES, type Genre } from '../src/genres.ts';
import { seededRandom } from '../src/random.ts';
import { openStore } from '../src/store/open.ts';
import { benchStore, percentile } from './support.ts';

const CALLS = 10_000;
const WARM_UP = 1_000;
const TARGET_P99_MS = 2;

const random = seededRandom(2_026_112);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const maybe = (p: number) => random() < p;

async function main(): Promise<void> {
  const built = await benchStore('browse', { withModel: false });
  const store = openStore(built.path, { readonly: true });
  try {
    const column = (sql: string) => store.sqlite.prepare(sql).pluck().all() as string[];
    const actors = column('SELECT actor FROM title_cast GROUP BY actor ORDER BY COUNT(*) DESC LIMIT 2000');
    const directors = column(
      'SELECT director FROM catalog_directors GROUP BY director ORDER BY COUNT(*) DESC LIMIT 500',
    );
    const countries = column(
      'SELECT country FROM catalog_countries GROUP BY country ORDER BY COUNT(*) DESC LIMIT 50',
    );
    const filters = (): BrowseFilters => {
      const f: BrowseFilters = {};
      if (maybe(0.5)) f.platform = pick(PLATFORMS);
      if (maybe(0.3)) f.type = pick(TITLE_TYPES);
      if (maybe(0.2)) f.year = 1990 + Math.floor(random() * 32);
      // The widest ranges: every year there is.
      else if (maybe(0.3)) Object.assign(f, { year_from: 1900, year_to: 2026 });
      if (maybe(0.4)) f.genre = pick(Object.keys(GENRES) as Genre[]);
      if (maybe(0.15)) f.cast = pick(actors);
      if (maybe(0.05)) f.director = pick(directors);
      if (maybe(0.1)) f.country = pick(countries);
      if (maybe(0.1)) f.min_minutes = 0;
      if (maybe(0.1)) f.min_score = 0;
      return f;
    };
    const t0 = process.hrtime.bigint();
    listTitles(store, {});
    const indexMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const measure = (call: () => unknown) => {
      for (let i = 0; i < WARM_UP; i++) call();
      const times = new Float64Array(CALLS);
      for (let i = 0; i < CALLS; i++) {
        const start = process.hrtime.bigint();
        call();
        times[i] = Number(process.hrtime.bigint() - start) / 1e6;
      }
      times.sort();
      return {
        calls: CALLS,
        p50Ms: percentile(times, 0.5),
        p99Ms: percentile(times, 0.99),
        maxMs: percentile(times, 1),
      };
    };
    const list = measure(() =>
      listTitles(store, {
        ...filters(),
        sort: maybe(0.8) ? pick(SORTS) : undefined,
        order: pick(ORDERS),
        limit: 1 + Math.floor(random() * 25),
        offset: maybe(0.2) ? Math.floor(random() * 50) : undefined,
      }),
    );
    const count = measure(() =>
      countTitles(store, { ...filters(), group_by: maybe(0.6) ? pick(GROUPS) : undefined }),
    );
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'browse',
        indexBuildMs: Math.round(indexMs),
        listTitles: list,
        countTitles: count,
        targets: { p99Ms: TARGET_P99_MS },
        pass: list.p99Ms <= TARGET_P99_MS && count.p99Ms <= TARGET_P99_MS,
      })}\n`,
    );
  } finally {
    store.close();
    built.cleanUp();
  }
}

await main();

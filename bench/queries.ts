/**
 * `npm run bench:queries`: the four catalog questions and `findTitles`, in-process on the full real
 * store, each over at least 10,000 varied calls after a warm-up. Prints one JSON object with
 * p50/p99 per function.
 *
 * Store: STREAMBOT_DB when set (a store built by the current ETL), else one built into a temporary
 * directory from STREAMBOT_RAW_DIR (default ../shared/data/raw) and removed afterwards.
 */
import {
  type CatalogResult,
  findTitles,
  getActor,
  getCountPlatform,
  getMaxDuration,
  getScoreCount,
} from '../src/catalog/index.ts';
import { DURATION_TYPES, PLATFORMS } from '../src/domain.ts';
import { seededRandom } from '../src/random.ts';
import { openStore, type Store } from '../src/store/open.ts';
import { benchStore } from './support.ts';

const CALLS = 10_000;
const WARM_UP_CALLS = 1_000;
const TARGET_P99_MS = 0.25;
const TARGET_FIND_TITLES_P99_MS = 5;
const YEARS = { from: 1990, to: 2021 };
const SCORED = { from: 3.3, to: 3.7 };
/** Canonical names and aliases, so platform resolution is part of what is measured. */
const PLATFORM_NAMES = [
  ...PLATFORMS,
  'Prime Video',
  'amazon prime',
  'Disney+',
  'disney plus',
  'Netflix',
  'HULU',
];

const random = seededRandom(20_211_231);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const year = () => YEARS.from + Math.floor(random() * (YEARS.to - YEARS.from + 1));
const scored = () => Math.round((SCORED.from + random() * (SCORED.to - SCORED.from)) * 1000) / 1000;

type Call = (store: Store) => CatalogResult<unknown>;

function maxDurationCall(): Call {
  const args = {
    year: random() < 0.75 ? year() : undefined,
    platform: random() < 0.75 ? pick(PLATFORM_NAMES) : undefined,
    durationType: pick([...DURATION_TYPES, undefined]),
  };
  return (store) => getMaxDuration(store, args);
}

function scoreCountCall(): Call {
  const args = { platform: pick(PLATFORM_NAMES), scored: scored(), year: year() };
  return (store) => getScoreCount(store, args);
}

function countPlatformCall(): Call {
  const args = { platform: pick(PLATFORM_NAMES) };
  return (store) => getCountPlatform(store, args);
}

function actorCall(): Call {
  const args = { platform: pick(PLATFORM_NAMES), year: year() };
  return (store) => getActor(store, args);
}

/** What people type for a title: ids, whole titles, first words, a word being typed, a typo, noise. */
function titleSearchTexts(store: Store): string[] {
  const titles = store.sqlite.prepare('SELECT id, title FROM titles').all() as {
    id: string;
    title: string;
  }[];
  const shapes: ((row: { id: string; title: string }) => string)[] = [
    (row) => row.id.toUpperCase(),
    (row) => row.title,
    (row) => row.title.split(/\s+/).slice(0, 2).join(' '),
    (row) => {
      const words = row.title.split(/\s+/);
      return `${words.slice(0, -1).join(' ')} ${words.at(-1)!.slice(0, 3)}`.trim();
    },
    (row) => row.title.split(/\s+/).at(-1)!,
    (row) => row.title.slice(0, 2),
    (row) => `${row.title.slice(0, 4)}x${row.title.slice(5, 12)}`,
    () => pick(['the', 'love', 'star wars', 'christmas', 'man', 'a', 'zzqx']),
  ];
  return Array.from({ length: CALLS + WARM_UP_CALLS }, () => pick(shapes)(pick(titles)));
}

interface Timing {
  calls: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

function measure(store: Store, calls: Call[]): Timing {
  for (const call of calls.slice(0, WARM_UP_CALLS)) call(store);
  const measured = calls.slice(WARM_UP_CALLS);
  const times = new Float64Array(measured.length);
  let errors = 0;
  measured.forEach((call, i) => {
    const started = process.hrtime.bigint();
    const result = call(store);
    times[i] = Number(process.hrtime.bigint() - started) / 1e6;
    if (!result.ok) errors++;
  });
  times.sort();
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  const total = times.reduce((sum, t) => sum + t, 0);
  return {
    calls: times.length,
    errors,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    meanMs: round(total / times.length),
  };
}

function round(ms: number): number {
  return Math.round(ms * 10_000) / 10_000;
}

const source = await benchStore('queries', { withModel: false });
try {
  const store = openStore(source.path);
  const repeat = (make: () => Call) => Array.from({ length: CALLS + WARM_UP_CALLS }, make);
  const searches = titleSearchTexts(store).map(
    (text): Call =>
      (s) =>
        findTitles(s, text),
  );
  const functions = {
    getMaxDuration: measure(store, repeat(maxDurationCall)),
    getScoreCount: measure(store, repeat(scoreCountCall)),
    getCountPlatform: measure(store, repeat(countPlatformCall)),
    getActor: measure(store, repeat(actorCall)),
    findTitles: measure(store, searches),
  };
  store.close();
  const { findTitles: search, ...questions } = functions;
  const withinTargets =
    Object.values(questions).every((t) => t.p99Ms <= TARGET_P99_MS && t.errors === 0) &&
    search.p99Ms <= TARGET_FIND_TITLES_P99_MS;
  process.stdout.write(
    `${JSON.stringify({
      benchmark: 'queries',
      store: source.built ? 'built from STREAMBOT_RAW_DIR' : source.path,
      inputs: { years: YEARS, scored: SCORED, platforms: PLATFORM_NAMES, warmUpCalls: WARM_UP_CALLS },
      targets: { p99Ms: TARGET_P99_MS, findTitlesP99Ms: TARGET_FIND_TITLES_P99_MS },
      withinTargets,
      functions,
    })}\n`,
  );
} finally {
  source.cleanUp();
}

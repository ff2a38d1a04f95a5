/**
 * Generates the synthetic demo dataset in `data/demo/` (or the directory given as the first argument):
 * four catalog CSVs and three rating files (`1.csv`; `2.csv.gz` with `timestamp`; `3.csv.gz`) in exactly the client's formats, seeded so every run writes
 * the same bytes, and holding every trap of the client's data (see ../shared/data/README.md):
 * durations in the `rating` column, Hulu without cast and almost without directors or durations,
 * `date_added` with a leading space or missing (most Amazon rows), placeholder casts (`1, 2, 3`),
 * name suffixes after a comma (`Ph.D.`, `Jr.`, …), titles with double spaces, fields with commas, quotes
 * and line breaks inside, empty ratings, and users who rated the same title twice. Ratings follow hidden
 * taste groups, so recommendations on the demo data are meaningful.
 *
 *   npx tsx etl/demo/generate.ts [outDir]
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PLATFORM_FILES, type Platform } from '../../src/domain.ts';
import { seededRandom } from '../../src/random.ts';
import { CATALOG_COLUMNS } from '../title.ts';

const SEED = 20_240_601;

/** Reseeded by every `generateDemo` call, so each call writes the same bytes. */
let random = seededRandom(SEED);
const chance = (p: number) => random() < p;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function pickSome<T>(items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
  return [...chosen];
}

const ADJECTIVES = [
  'Silent',
  'Crimson',
  'Lost',
  'Golden',
  'Midnight',
  'Broken',
  'Hidden',
  'Wild',
  'Frozen',
  'Electric',
  'Last',
  'Secret',
  'Brave',
  'Little',
  'Endless',
  'Dark',
  'Bright',
  'Forgotten',
  'Savage',
  'Gentle',
];
const NOUNS = [
  'River',
  'Empire',
  'Garden',
  'Signal',
  'Harbor',
  'Kingdom',
  'Promise',
  'Storm',
  'Orchard',
  'Frontier',
  'Mirror',
  'Voyage',
  'Legacy',
  'Circus',
  'Station',
  'Island',
  'Canyon',
  'Melody',
  'Machine',
  'Detective',
];
const FOREIGN_TITLES = [
  'Amélie à Paris',
  'El Niño Perdido',
  'Mañana Será Otro Día',
  'Zoë und der Bär',
  'São João',
];
const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jamal',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Xin',
  'Yara',
  'Zoe',
];
const LAST_NAMES = [
  'Adams',
  'Brooks',
  'Castro',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Hughes',
  'Ito',
  'Jensen',
  'Khan',
  'Lopez',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Silva',
  'Tanaka',
  'Weber',
];
/** Names that carry a suffix after a comma, which a naive split turns into an extra "actor". */
const SUFFIXED_NAMES = [
  'John Smith, Ph.D.',
  'Martin Hale, Jr.',
  'Robert Cole, Sr.',
  'Lisa Grant, M.D.',
  'Henry Ward, II',
  'Philip Moss, III',
];
const COUNTRIES = [
  'United States',
  'United Kingdom',
  'India',
  'Canada',
  'France',
  'Spain',
  'Japan',
  'Mexico',
];
/** Genres in taste groups: ratings depend on how much a user likes a title's group. */
const GENRE_GROUPS = [
  ['Action', 'Adventure', 'Thriller'],
  ['Comedy', 'Romance', 'Stand Up'],
  ['Drama', 'Documentaries', 'Crime'],
  ['Animation', 'Family', 'Kids'],
  ['Horror', 'Science Fiction', 'Fantasy'],
] as const;
const MOVIE_RATINGS = [
  'G',
  'PG',
  'PG-13',
  'R',
  'NR',
  'TV-MA',
  'TV-14',
  '13+',
  '16+',
  '18+',
  'ALL',
  'NOT RATED',
];
const TV_RATINGS = ['TV-Y', 'TV-Y7', 'TV-G', 'TV-PG', 'TV-14', 'TV-MA', 'TV-Y7-FV'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface PlatformPlan {
  platform: Platform;
  titles: number;
  /** Share of rows with a `date_added` (most Amazon rows have none). */
  dated: number;
  hasCast: boolean;
  directed: number;
  /** Share of rows without a duration. */
  undated: number;
  /** Rows whose duration sits in the `rating` column. */
  durationInRating: number;
}

const PLANS: PlatformPlan[] = [
  {
    platform: 'amazon',
    titles: 320,
    dated: 0.05,
    hasCast: true,
    directed: 0.8,
    undated: 0,
    durationInRating: 0,
  },
  {
    platform: 'disney',
    titles: 150,
    dated: 0.95,
    hasCast: true,
    directed: 0.7,
    undated: 0,
    durationInRating: 0,
  },
  {
    platform: 'hulu',
    titles: 220,
    dated: 0.95,
    hasCast: false,
    directed: 0.02,
    undated: 0.15,
    durationInRating: 12,
  },
  {
    platform: 'netflix',
    titles: 300,
    dated: 0.98,
    hasCast: true,
    directed: 0.7,
    undated: 0,
    durationInRating: 3,
  },
];

/** RFC 4180: quote a field holding a comma, quote, line break or edge space; double inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
const csvLine = (fields: readonly (string | number)[]) =>
  `${fields.map((f) => csvField(String(f))).join(',')}\n`;

const namePool = (size: number) =>
  Array.from({ length: size }, () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`);
let actorPool: string[] = [];
let directorPool: string[] = [];

interface DemoTitle {
  id: string;
  group: number;
}

function titleText(index: number): string {
  if (index % 97 === 5) return pick(FOREIGN_TITLES);
  const base = `${pick(ADJECTIVES)} ${pick(NOUNS)}`;
  if (index % 61 === 7) return base.replace(' ', '  '); // double space: part of the title
  if (index % 53 === 11) return `${base}, Part ${between(2, 4)}`;
  if (index % 71 === 13) return `The "${pick(NOUNS)}" Affair`;
  if (index % 67 === 17) return `${base}: The ${pick(NOUNS)}`;
  return base;
}

function castList(plan: PlatformPlan, index: number): string {
  if (!plan.hasCast) return '';
  if (plan.platform === 'amazon' && index % 40 === 3) return index % 80 === 3 ? '1, 2, 3' : '1';
  if (chance(0.08)) return '';
  const names = pickSome(actorPool, between(1, 6));
  if (index % 25 === 4) names.splice(between(0, names.length), 0, pick(SUFFIXED_NAMES));
  return names.join(', ');
}

function dateAdded(plan: PlatformPlan, index: number): string {
  if (!chance(plan.dated)) return '';
  const text = `${pick(MONTHS)} ${between(1, 28)}, ${between(2015, 2021)}`;
  return index % 23 === 2 ? ` ${text}` : text;
}

function description(kind: string, genre: string, index: number): string {
  const who = pick(FIRST_NAMES);
  if (index % 89 === 9) return `${who} says "never again", then\ndoes it again.`;
  return `A ${genre.toLowerCase()} ${kind} about ${who}, a ${pick(NOUNS).toLowerCase()} and the ${pick(ADJECTIVES).toLowerCase()} ${pick(NOUNS).toLowerCase()}.`;
}

function catalog(plan: PlatformPlan, titles: DemoTitle[]): string {
  let csv = csvLine(CATALOG_COLUMNS);
  const misplaced = new Set(pickSome([...Array(plan.titles).keys()], plan.durationInRating));
  for (let index = 0; index < plan.titles; index++) {
    const showId = `s${index + 1}`;
    const isShow = chance(plan.platform === 'hulu' ? 0.5 : 0.3);
    const group = between(0, GENRE_GROUPS.length - 1);
    const genres = pickSome(GENRE_GROUPS[group]!, between(1, 2));
    if (chance(0.2)) genres.push(pick(pick(GENRE_GROUPS)));
    const seasons = between(1, 8);
    let duration = isShow ? `${seasons} Season${seasons === 1 ? '' : 's'}` : `${between(5, 200)} min`;
    if (chance(plan.undated)) duration = '';
    let rating = chance(0.04) ? '' : pick(isShow ? TV_RATINGS : MOVIE_RATINGS);
    if (misplaced.has(index)) {
      rating = duration || (isShow ? '2 Seasons' : '74 min');
      duration = '';
    }
    csv += csvLine([
      showId,
      isShow ? 'TV Show' : 'Movie',
      titleText(index),
      chance(plan.directed) ? pickSome(directorPool, chance(0.1) ? 2 : 1).join(', ') : '',
      castList(plan, index),
      chance(0.7) ? pickSome(COUNTRIES, chance(0.2) ? 2 : 1).join(', ') : '',
      dateAdded(plan, index),
      between(1950, 2021),
      rating,
      duration,
      [...new Set(genres)].join(', '),
      description(isShow ? 'series' : 'film', genres[0]!, index),
    ]);
    titles.push({ id: `${plan.platform[0]}${showId}`, group });
  }
  return csv;
}

interface RatingRow {
  user: number;
  rating: number;
  title: string;
  timestamp: number;
}

/** Users grouped together, each with a taste per genre group; every title gets at least one rating. */
function ratings(titles: DemoTitle[]): RatingRow[] {
  const rows: RatingRow[] = [];
  const unrated = new Set(titles.map((title) => title.id));
  let user = 0;
  for (let u = 0; u < 640; u++) {
    user += between(1, 9); // ids with gaps
    const taste = GENRE_GROUPS.map(() => random() * 3 - 1.5);
    const generosity = random() - 0.5;
    const picks = pickSome(titles, between(20, 100));
    if (u % 8 === 0) picks.push(...[...unrated].slice(0, 40).map((id) => titles.find((t) => t.id === id)!));
    const start = between(1_420_070_400, 1_640_000_000);
    picks.forEach((title, i) => {
      unrated.delete(title.id);
      const score = 3 + taste[title.group]! + generosity + (random() - 0.5) * 1.5;
      const rating = Math.min(5, Math.max(0.5, Math.round(score * 2) / 2));
      rows.push({ user, rating, title: title.id, timestamp: start + i * between(60, 86_400) });
      if (i % 37 === 36)
        rows.push({
          user,
          rating: Math.max(0.5, rating - 1),
          title: title.id,
          timestamp: start + i * 90_000,
        });
    });
  }
  return rows;
}

const ratingText = (rating: number) => rating.toFixed(1);

export function generateDemo(outDir: string): void {
  random = seededRandom(SEED);
  actorPool = namePool(160);
  directorPool = namePool(40);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'ratings'), { recursive: true });
  const titles: DemoTitle[] = [];
  for (const plan of PLANS) writeFileSync(join(outDir, PLATFORM_FILES[plan.platform]), catalog(plan, titles));

  const rows = ratings(titles);
  const first = Math.floor(rows.length * 0.25);
  const second = Math.floor(rows.length * 0.75);
  const plainLines = (part: RatingRow[]) =>
    part.map((r) => `${r.user},${ratingText(r.rating)},${r.title}\n`).join('');
  writeFileSync(join(outDir, 'ratings/1.csv'), `userId,rating,movieId\n${plainLines(rows.slice(0, first))}`);
  const stamped = rows
    .slice(first, second)
    .map((r) => `${r.user},${ratingText(r.rating)},${r.timestamp},${r.title}\n`)
    .join('');
  writeFileSync(
    join(outDir, 'ratings/2.csv.gz'),
    gzipSync(`userId,rating,timestamp,movieId\n${stamped}`, { level: 9 }),
  );
  writeFileSync(
    join(outDir, 'ratings/3.csv.gz'),
    gzipSync(`userId,rating,movieId\n${plainLines(rows.slice(second))}`, { level: 9 }),
  );
}

/**
 * Writes the demo data into `outDir` unless it is already there. It is generated, not committed: `npm ci`
 * writes it (the `prepare` script) and any build from the demo directory makes sure of it. Written beside
 * and renamed into place, so a concurrent reader never sees half of it.
 */
export function ensureDemoData(outDir: string): void {
  if (existsSync(join(outDir, PLATFORM_FILES.netflix))) return;
  const staging = `${outDir}.tmp-${process.pid}`;
  generateDemo(staging);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(outDir, PLATFORM_FILES.netflix))) throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? 'data/demo';
  generateDemo(outDir);
  process.stdout.write(`demo data written to ${outDir}\n`);
}

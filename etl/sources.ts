/** Finding the raw input files: the four catalogs and every `ratings/*.csv` or `ratings/*.csv.gz`. */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_FILES, PLATFORMS, type Platform } from '../src/domain.ts';
import { EtlInputError } from './errors.ts';

export interface SourceFile {
  /** Path relative to the raw directory, as reported (`netflix_titles.csv`, `ratings/7.csv.gz`). */
  name: string;
  path: string;
  bytes: number;
  mtimeMs: number;
}

export interface CatalogSource extends SourceFile {
  platform: Platform;
}

export interface RatingSource extends SourceFile {
  gzipped: boolean;
}

export interface Sources {
  catalogs: CatalogSource[];
  ratings: RatingSource[];
}

const RATING_FILE_PATTERN = /\.csv(\.gz)?$/i;

function readableFile(rawDir: string, name: string): SourceFile {
  const path = join(rawDir, name);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
    accessSync(path, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'missing' : `unreadable (${code ?? (error as Error).message})`;
    throw new EtlInputError(`input file ${path} is ${why}`);
  }
  if (!stats.isFile()) throw new EtlInputError(`input file ${path} is not a regular file`);
  return { name, path, bytes: stats.size, mtimeMs: stats.mtimeMs };
}

/** Orders `2.csv` before `10.csv`. */
const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/** Lists the input files, failing with a one-line error when one is missing or unreadable. */
export function locateSources(rawDir: string): Sources {
  let dirStats: ReturnType<typeof statSync> | undefined;
  try {
    dirStats = statSync(rawDir);
  } catch {
    dirStats = undefined;
  }
  if (!dirStats?.isDirectory()) throw new EtlInputError(`raw data directory ${rawDir} does not exist`);

  const catalogs = PLATFORMS.map((platform) => ({
    platform,
    ...readableFile(rawDir, PLATFORM_FILES[platform]),
  }));

  const ratingsDir = join(rawDir, 'ratings');
  let names: string[];
  try {
    names = readdirSync(ratingsDir).filter((name) => RATING_FILE_PATTERN.test(name));
  } catch {
    throw new EtlInputError(`ratings directory ${ratingsDir} is missing or unreadable`);
  }
  if (names.length === 0) throw new EtlInputError(`no ratings/*.csv or ratings/*.csv.gz files in ${rawDir}`);
  const ratings = names.sort(naturalOrder).map((name) => ({
    ...readableFile(rawDir, `ratings/${name}`),
    gzipped: name.toLowerCase().endsWith('.gz'),
  }));
  return { catalogs, ratings };
}

/**
 * The catalog questions answered the plain way, straight from the base tables (titles, title_cast,
 * ratings), never the derived ones: what the tests hold the fast answers to.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { DurationType, Platform } from '../../src/domain.ts';

export interface OracleTitle {
  id: string;
  title: string;
}

export interface MovieMean {
  id: string;
  title: string;
  platform: Platform;
  year: number;
  mean: number;
}

export class Oracle {
  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  /** Every title at the maximum duration, ordered by title then id. */
  longest(filters: { platform?: Platform; year?: number; durationType: DurationType }): {
    duration: number | null;
    titles: OracleTitle[];
  } {
    const type = filters.durationType === 'min' ? 'movie' : 'tv show';
    const where = [`type = '${type}'`, 'duration_type = ?', 'duration_int IS NOT NULL'];
    const params: unknown[] = [filters.durationType];
    if (filters.platform) {
      where.push('platform = ?');
      params.push(filters.platform);
    }
    if (filters.year !== undefined) {
      where.push('release_year = ?');
      params.push(filters.year);
    }
    const rows = this.sqlite
      .prepare(`SELECT id, title, duration_int AS duration FROM titles WHERE ${where.join(' AND ')}`)
      .all(...params) as (OracleTitle & { duration: number })[];
    if (rows.length === 0) return { duration: null, titles: [] };
    const duration = Math.max(...rows.map((row) => row.duration));
    const titles = rows
      .filter((row) => row.duration === duration)
      .map(({ id, title }) => ({ id, title }))
      .sort((a, b) => compare(a.title, b.title) || compare(a.id, b.id));
    return { duration, titles };
  }

  /** Each movie's mean rating, computed from the ratings table in one scan. */
  movieMeans(): Map<string, MovieMean> {
    const rows = this.sqlite
      .prepare(
        `SELECT t.id, t.title, t.platform, t.release_year AS year, r.mean
         FROM titles t
         JOIN (SELECT title_id, SUM(rating) / COUNT(*) AS mean FROM ratings GROUP BY title_id) r ON r.title_id = t.id
         WHERE t.type = 'movie'`,
      )
      .all() as MovieMean[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  countByType(platform: Platform): { movies: number; tvShows: number } {
    const count = (type: string) =>
      (
        this.sqlite
          .prepare('SELECT COUNT(*) AS n FROM titles WHERE platform = ? AND type = ?')
          .get(platform, type) as {
          n: number;
        }
      ).n;
    return { movies: count('movie'), tvShows: count('tv show') };
  }

  /** Cast members by number of distinct titles, most first, then alphabetically. */
  actorRanking(platform: Platform, year: number): { actor: string; titles: number }[] {
    return this.sqlite
      .prepare(
        `SELECT c.actor, COUNT(DISTINCT t.id) AS titles
         FROM titles t JOIN title_cast c ON c.title_id = t.id
         WHERE t.platform = ? AND t.release_year = ?
         GROUP BY c.actor`,
      )
      .all(platform, year)
      .map((row) => row as { actor: string; titles: number })
      .sort((a, b) => b.titles - a.titles || compare(a.actor, b.actor));
  }

  movieCount(platform: Platform, year: number): number {
    const sql = "SELECT COUNT(*) AS n FROM titles WHERE platform = ? AND release_year = ? AND type = 'movie'";
    return (this.sqlite.prepare(sql).get(platform, year) as { n: number }).n;
  }

  titleCount(platform: Platform, year?: number): number {
    const sql = `SELECT COUNT(*) AS n FROM titles WHERE platform = ?${year === undefined ? '' : ' AND release_year = ?'}`;
    const params = year === undefined ? [platform] : [platform, year];
    return (this.sqlite.prepare(sql).get(...params) as { n: number }).n;
  }

  /** Platforms and years whose titles list no cast at all, though the platform has cast elsewhere. */
  yearsWithoutCast(): { platform: Platform; year: number }[] {
    return this.sqlite
      .prepare(
        `SELECT platform, release_year AS year FROM titles t
         WHERE platform IN (SELECT DISTINCT t2.platform FROM titles t2 JOIN title_cast c ON c.title_id = t2.id)
         GROUP BY platform, release_year
         HAVING SUM(EXISTS (SELECT 1 FROM title_cast c WHERE c.title_id = t.id)) = 0`,
      )
      .all() as { platform: Platform; year: number }[];
  }
}

/** Binary order, as SQLite compares text. */
export function compare(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

/**
 * The shipped demo data (data/demo): made by its seeded generator, small, in the client's formats, holding
 * every trap of ../shared/data/README.md — and the demo store built from it handles each one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type BetterSqlite3 from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDemoData, generateDemo } from '../../etl/demo/generate.ts';
import { PLATFORM_FILES, PLATFORMS, type Platform } from '../../src/domain.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { DEMO_DIR, scratchDir } from './helpers.ts';

type RawRow = Record<string, string>;

function catalog(platform: Platform): RawRow[] {
  return parse(readFileSync(join(DEMO_DIR, PLATFORM_FILES[platform])), { columns: true }) as RawRow[];
}

function ratingFile(name: string): string {
  const bytes = readFileSync(join(DEMO_DIR, 'ratings', name));
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

const RATING_FILES = readdirSync(join(DEMO_DIR, 'ratings')).sort();
const DURATION = /^\d+ (min|Seasons?)$/;

describe('the demo data files', () => {
  it('are generated where missing and left alone where present', () => {
    const dir = join(scratchDir('ensure'), 'demo');
    ensureDemoData(dir);
    const netflix = join(dir, PLATFORM_FILES.netflix);
    expect(readFileSync(netflix, 'utf8')).toBe(readFileSync(join(DEMO_DIR, PLATFORM_FILES.netflix), 'utf8'));
    const written = statSync(netflix).mtimeMs;
    ensureDemoData(dir);
    expect(statSync(netflix).mtimeMs).toBe(written);
    expect(readdirSync(join(dir, '..'))).toEqual(['demo']);
  });

  it('are what the seeded generator writes', () => {
    const fresh = join(scratchDir('demo'), 'demo');
    generateDemo(fresh);
    for (const platform of PLATFORMS) {
      const name = PLATFORM_FILES[platform];
      expect(readFileSync(join(fresh, name), 'utf8'), name).toBe(readFileSync(join(DEMO_DIR, name), 'utf8'));
    }
    expect(readdirSync(join(fresh, 'ratings')).sort()).toEqual(RATING_FILES);
    for (const name of RATING_FILES) {
      const bytes = readFileSync(join(fresh, 'ratings', name));
      expect((name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), name).toBe(
        ratingFile(name),
      );
    }
  });

  it('are small: well under 1 MB, a few hundred titles per platform, tens of thousands of ratings', () => {
    const files = [
      ...PLATFORMS.map((p) => PLATFORM_FILES[p]),
      ...RATING_FILES.map((name) => `ratings/${name}`),
    ];
    const bytes = files.reduce((sum, name) => sum + statSync(join(DEMO_DIR, name)).size, 0);
    expect(bytes).toBeLessThan(700_000);
    for (const platform of PLATFORMS) expect(catalog(platform).length).toBeGreaterThanOrEqual(100);
    const ratings = RATING_FILES.reduce(
      (sum, name) => sum + ratingFile(name).trim().split('\n').length - 1,
      0,
    );
    expect(ratings).toBeGreaterThan(20_000);
  });

  it('come in the client formats: a plain and a gzipped rating file, one with timestamp', () => {
    expect(RATING_FILES.some((name) => name.endsWith('.csv'))).toBe(true);
    expect(RATING_FILES.some((name) => name.endsWith('.csv.gz'))).toBe(true);
    const headers = RATING_FILES.map((name) => ratingFile(name).split('\n')[0]);
    expect(headers).toContain('userId,rating,movieId');
    expect(headers).toContain('userId,rating,timestamp,movieId');
  });

  it('hold every trap of the data README', () => {
    const rows = Object.fromEntries(PLATFORMS.map((p) => [p, catalog(p)])) as Record<Platform, RawRow[]>;
    const all = PLATFORMS.flatMap((p) => rows[p]);
    const misplaced = (p: Platform) => rows[p].filter((r) => DURATION.test(r.rating!) && r.duration === '');
    expect(misplaced('hulu').length).toBeGreaterThan(0);
    expect(misplaced('netflix').length).toBeGreaterThan(0);
    expect(rows.hulu.every((r) => r.cast === '')).toBe(true);
    expect(rows.hulu.filter((r) => r.director !== '').length).toBeLessThan(rows.hulu.length / 10);
    expect(
      rows.hulu.filter((r) => r.duration === '' && r.rating !== '' && !DURATION.test(r.rating!)).length,
    ).toBeGreaterThan(0);
    expect(all.filter((r) => r.date_added!.startsWith(' ')).length).toBeGreaterThan(0);
    expect(rows.amazon.filter((r) => r.date_added === '').length).toBeGreaterThan(rows.amazon.length / 2);
    expect(rows.amazon.map((r) => r.cast)).toContain('1, 2, 3');
    expect(rows.amazon.map((r) => r.cast)).toContain('1');
    expect(
      all.filter((r) => /, (Ph\.D\.|Jr\.|Sr\.|M\.D\.|II|III)(,|$)/.test(r.cast!)).length,
    ).toBeGreaterThan(0);
    expect(all.filter((r) => r.title!.includes('  ')).length).toBeGreaterThan(0);
    expect(all.filter((r) => r.rating === '').length).toBeGreaterThan(0);
    expect(
      all.filter((r) => /[",\n]/.test(r.title!) || r.description!.includes('\n')).length,
    ).toBeGreaterThan(0);
    const pairs = new Set<string>();
    let repeated = 0;
    for (const name of RATING_FILES) {
      const [header, ...lines] = ratingFile(name).trim().split('\n');
      const columns = header!.split(',');
      for (const line of lines) {
        const fields = line.split(',');
        const pair = `${fields[columns.indexOf('userId')]}:${fields[columns.indexOf('movieId')]}`;
        if (pairs.has(pair)) repeated++;
        pairs.add(pair);
      }
    }
    expect(repeated).toBeGreaterThan(0);
  });
});

describe('the demo store', () => {
  let store: Store;
  let sqlite: BetterSqlite3.Database;
  const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number;

  beforeAll(() => {
    store = openStore(inject('stores').demo);
    sqlite = store.sqlite;
  });
  afterAll(() => store?.close());

  it('loads every row with no reject, and scores every title', () => {
    const lines = RATING_FILES.reduce((sum, name) => sum + ratingFile(name).trim().split('\n').length - 1, 0);
    expect(count('SELECT count(*) FROM ratings')).toBe(lines);
    expect(count('SELECT count(*) FROM etl_rejects')).toBe(0);
    const titles = PLATFORMS.reduce((sum, p) => sum + catalog(p).length, 0);
    expect(count('SELECT count(*) FROM titles')).toBe(titles);
    expect(count('SELECT count(*) FROM title_scores')).toBe(titles);
  });

  it('handles each trap', () => {
    for (const platform of ['hulu', 'netflix'] as const) {
      for (const raw of catalog(platform).filter((r) => DURATION.test(r.rating!) && r.duration === '')) {
        const id = `${platform[0]}${raw.show_id}`;
        const row = sqlite.prepare('SELECT rating, duration FROM titles WHERE id = ?').get(id);
        expect(row, id).toEqual({ rating: 'g', duration: raw.rating!.toLowerCase() });
      }
    }
    expect(count("SELECT count(*) FROM title_cast WHERE title_id GLOB 'hs*'")).toBe(0);
    expect(
      count(
        "SELECT count(*) FROM title_cast WHERE actor GLOB '[0-9]' OR actor IN ('ph.d.', 'jr.', 'sr.', 'm.d.', 'ii', 'iii')",
      ),
    ).toBe(0);
    expect(
      count("SELECT count(*) FROM title_cast WHERE actor LIKE '%, ph.d.' OR actor LIKE '%, jr.'"),
    ).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM titles WHERE title LIKE '%  %'")).toBeGreaterThan(0);
    expect(
      count(
        "SELECT count(*) FROM titles WHERE date_added NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'",
      ),
    ).toBe(0);
    expect(count("SELECT count(*) FROM titles WHERE rating = 'g'")).toBeGreaterThan(0);
    expect(count('SELECT count(*) FROM ratings WHERE rated_on IS NOT NULL')).toBeGreaterThan(0);
    expect(
      count('SELECT count(*) FROM (SELECT 1 FROM ratings GROUP BY user_id, title_id HAVING count(*) > 1)'),
    ).toBeGreaterThan(0);
  });
});

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { EtlInputError, type EtlSummary, runEtl } from '../../etl/index.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { writeBrokenFixture } from './broken-fixture.ts';
import { copyRawDir, runCli, scratchDir, strayFiles, withStore } from './helpers.ts';

/** The broken raw-data fixture, written for this test file. */
const BROKEN_FIXTURE = writeBrokenFixture(join(scratchDir('broken'), 'raw'));

describe('a run over malformed rows (test/etl/broken-fixture.ts)', () => {
  let dbPath: string;
  let summary: EtlSummary;

  beforeAll(async () => {
    dbPath = join(scratchDir('broken'), 'store.db');
    summary = await runEtl({ rawDir: BROKEN_FIXTURE, dbPath });
  });

  it('loads every good row', () => {
    expect(summary.counts).toMatchObject({
      titles: 7,
      titlesByPlatform: { amazon: 2, disney: 1, hulu: 2, netflix: 2 },
      ratings: 12,
      scoredTitles: 7,
    });
    withStore(dbPath, (sqlite) => {
      const ids = sqlite.prepare('SELECT id FROM titles ORDER BY id').pluck().all();
      expect(ids).toEqual(['as1', 'as2', 'ds1', 'hs1', 'hs2', 'ns1', 'ns2']);
      expect(sqlite.prepare('SELECT count(*) FROM ratings').pluck().get()).toBe(12);
    });
  });

  it('writes every malformed row to etl_rejects with its file, line and reason', () => {
    const rejects = withStore(dbPath, (sqlite) =>
      sqlite.prepare('SELECT file, line, kind, reason FROM etl_rejects ORDER BY file, line').all(),
    );
    expect(rejects).toEqual([
      { file: 'amazon_prime_titles.csv', line: 4, kind: 'missing_value', reason: 'missing show_id' },
      {
        file: 'amazon_prime_titles.csv',
        line: 5,
        kind: 'not_a_number',
        reason: 'release_year is not a number: "19x9"',
      },
      {
        file: 'amazon_prime_titles.csv',
        line: 6,
        kind: 'wrong_field_count',
        reason: 'expected 12 fields, found 11',
      },
      { file: 'amazon_prime_titles.csv', line: 7, kind: 'duplicate_id', reason: 'duplicate show_id "s1"' },
      {
        file: 'amazon_prime_titles.csv',
        line: 8,
        kind: 'bad_quoting',
        reason: expect.stringMatching(/^bad quoting: Invalid Closing Quote/),
      },
      { file: 'disney_plus_titles.csv', line: 3, kind: 'unknown_type', reason: 'unknown type "Podcast"' },
      {
        file: 'disney_plus_titles.csv',
        line: 4,
        kind: 'bad_date',
        reason: 'unreadable date_added "Smarch 3, 2020"',
      },
      { file: 'hulu_titles.csv', line: 4, kind: 'bad_duration', reason: 'unreadable duration "ninety min"' },
      {
        file: 'ratings/1.csv',
        line: 10,
        kind: 'rating_out_of_range',
        reason: 'rating 6.0 is not one of 0.5, 1, …, 5',
      },
      {
        file: 'ratings/1.csv',
        line: 11,
        kind: 'rating_out_of_range',
        reason: 'rating 0 is not one of 0.5, 1, …, 5',
      },
      {
        file: 'ratings/1.csv',
        line: 12,
        kind: 'rating_out_of_range',
        reason: 'rating 3.7 is not one of 0.5, 1, …, 5',
      },
      { file: 'ratings/1.csv', line: 13, kind: 'unknown_title_id', reason: 'unknown title id "xs999"' },
      { file: 'ratings/1.csv', line: 14, kind: 'unknown_title_id', reason: 'unknown title id "as999"' },
      { file: 'ratings/1.csv', line: 15, kind: 'not_a_number', reason: 'userId is not a number: "abc"' },
      { file: 'ratings/1.csv', line: 16, kind: 'not_a_number', reason: 'rating is not a number: "four"' },
      { file: 'ratings/1.csv', line: 17, kind: 'missing_value', reason: 'missing rating' },
      { file: 'ratings/1.csv', line: 18, kind: 'missing_value', reason: 'missing userId' },
      { file: 'ratings/1.csv', line: 19, kind: 'wrong_field_count', reason: 'expected 3 fields, found 2' },
      {
        file: 'ratings/1.csv',
        line: 20,
        kind: 'bad_quoting',
        reason: 'bad quoting: Quote Not Closed: the parsing is finished with an opening quote',
      },
      {
        file: 'ratings/2.csv',
        line: 4,
        kind: 'not_a_number',
        reason: 'timestamp is not a number: "yesterday"',
      },
    ]);
  });

  it('keeps the raw text of each rejected row', () => {
    const raws = withStore(dbPath, (sqlite) => sqlite.prepare('SELECT raw FROM etl_rejects').pluck().all());
    expect(raws).toContain('s7,Movie,"Bad "quote" title",,,,,2001,PG,90 min,Drama,Bad quoting.');
    expect(raws).toContain('7,3.7,as1');
    expect(raws).toContain('ns2,yesterday,11,3.0');
  });

  it('counts rejects by kind and file in the summary and in the build record', () => {
    expect(summary.rejects.total).toBe(20);
    expect(summary.rejects.byKind).toEqual({
      missing_value: 3,
      not_a_number: 4,
      wrong_field_count: 2,
      duplicate_id: 1,
      bad_quoting: 2,
      unknown_type: 1,
      bad_date: 1,
      bad_duration: 1,
      rating_out_of_range: 3,
      unknown_title_id: 2,
    });
    expect(summary.rejects.byFile).toEqual({
      'amazon_prime_titles.csv': 5,
      'disney_plus_titles.csv': 2,
      'hulu_titles.csv': 1,
      'ratings/1.csv': 11,
      'ratings/2.csv': 1,
    });
    const info = withStore(dbPath, readBuildInfo);
    expect(info?.rejectCounts).toEqual(summary.rejects.byKind);
  });

  it('scores only the valid ratings', () => {
    const scores = withStore(dbPath, (sqlite) =>
      sqlite.prepare("SELECT score_mean, score_count FROM title_scores WHERE title_id = 'as1'").get(),
    );
    expect(scores).toEqual({ score_mean: 4.25, score_count: 2 });
  });
});

describe('input that fails the whole run', () => {
  /** Breaks a copy of the fixture, runs the ETL over a previous store, and returns the error. */
  async function failure(label: string, breakIt: (rawDir: string) => void): Promise<Error> {
    const rawDir = copyRawDir(BROKEN_FIXTURE, label);
    const dbPath = join(dirname(rawDir), 'store.db');
    writeFileSync(dbPath, 'the previous store');
    breakIt(rawDir);
    const error = await runEtl({ rawDir, dbPath }).then(
      () => new Error('the run succeeded'),
      (thrown: Error) => thrown,
    );
    expect(readFileSync(dbPath, 'utf8')).toBe('the previous store');
    expect(strayFiles(dirname(rawDir), ['raw', 'store.db'])).toEqual([]);
    return error;
  }

  it('a missing raw directory', async () => {
    const error = await failure('no-dir', (rawDir) => rmSync(rawDir, { recursive: true }));
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^raw data directory .*\/raw does not exist$/);
  });

  it('a missing catalog file', async () => {
    const error = await failure('no-file', (rawDir) => rmSync(join(rawDir, 'hulu_titles.csv')));
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^input file .*\/raw\/hulu_titles\.csv is missing$/);
  });

  it('no rating files', async () => {
    const error = await failure('no-ratings', (rawDir) => {
      for (const name of ['1.csv', '2.csv']) rmSync(join(rawDir, 'ratings', name));
    });
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^no ratings\/\*\.csv or ratings\/\*\.csv\.gz files in .*\/raw$/);
  });

  it('a catalog without a required column', async () => {
    const error = await failure('no-column', (rawDir) => {
      const path = join(rawDir, 'netflix_titles.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('release_year', 'year'));
    });
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^.*\/raw\/netflix_titles\.csv lacks required column release_year$/);
  });

  it('a rating file without a required column', async () => {
    const error = await failure('no-rating-column', (rawDir) => {
      const path = join(rawDir, 'ratings', '2.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('movieId', 'film'));
    });
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toBe('ratings/2.csv lacks required column movieId');
  });

  it('an empty catalog (header only)', async () => {
    const error = await failure('empty-catalog', (rawDir) => {
      const path = join(rawDir, 'disney_plus_titles.csv');
      writeFileSync(path, `${readFileSync(path, 'utf8').split('\n')[0]}\n`);
    });
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^catalog .*\/raw\/disney_plus_titles\.csv has no rows$/);
  });

  it('an empty catalog file', async () => {
    const error = await failure('empty-file', (rawDir) => writeFileSync(join(rawDir, 'hulu_titles.csv'), ''));
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^catalog .*\/raw\/hulu_titles\.csv is empty$/);
  });

  it('a catalog whose every row is rejected', async () => {
    const error = await failure('all-rejected', (rawDir) => {
      const path = join(rawDir, 'hulu_titles.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(',2020,', ',20x0,'));
    });
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^catalog .*\/raw\/hulu_titles\.csv has no valid titles$/);
  });

  it('a corrupt gzip file', async () => {
    const error = await failure('bad-gzip', (rawDir) => {
      const gzipped = gzipSync(readFileSync(join(rawDir, 'ratings', '1.csv')));
      writeFileSync(join(rawDir, 'ratings', '3.csv.gz'), gzipped.subarray(0, gzipped.length - 12));
    });
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toMatch(/^input file .*\/raw\/ratings\/3\.csv\.gz is unreadable \(.+\)$/);
  });

  it('a rating file that is empty', async () => {
    const error = await failure('empty-ratings', (rawDir) =>
      writeFileSync(join(rawDir, 'ratings', '2.csv'), ''),
    );
    expect(error).toBeInstanceOf(EtlInputError);
    expect(error.message).toBe('ratings file ratings/2.csv is empty (no header)');
  });
});

describe('streambot etl on the command line', () => {
  it('fails with one specific line on stderr and a non-zero exit', () => {
    const dbPath = join(scratchDir('cli-fail'), 'store.db');
    const run = runCli(['etl', '--raw', 'test/no-such-dir', '--db', dbPath]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('streambot: raw data directory test/no-such-dir does not exist\n');
  });

  it('prints the summary with the rejects as JSON with --json', () => {
    const dbPath = join(scratchDir('cli-json'), 'store.db');
    const run = runCli(['etl', '--raw', BROKEN_FIXTURE, '--db', dbPath, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as EtlSummary;
    expect(summary.counts.titles).toBe(7);
    expect(summary.rejects.total).toBe(20);
    expect(summary.dbPath).toBe(dbPath);
  });

  it('prints a summary table of counts, rejects and timings by default', () => {
    const dbPath = join(scratchDir('cli-table'), 'store.db');
    const run = runCli(['etl', '--raw', BROKEN_FIXTURE, '--db', dbPath]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}Amazon Prime Video +2$/m);
    expect(run.stdout).toMatch(/^ {2}ratings +12$/m);
    expect(run.stdout).toMatch(/^Rejects: 20 \(see the etl_rejects table\)$/m);
    expect(run.stdout).toMatch(/^ {2}rating_out_of_range +3$/m);
    expect(run.stdout).toMatch(/^ {2}ratings +\d+\.\d\d s/m);
    // Not a terminal: no progress bars.
    expect(run.stderr).toBe('');
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_OPTIONS } from '../../src/recommender/options.ts';
import type { TrainSummary } from '../../src/recommender/training.ts';
import { copyOfStore, DEMO_STORE_PATH, scratchDir } from './stores.ts';

const streambot = (args: string[]) =>
  spawnSync(process.execPath, ['bin/streambot.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent' },
  });

describe.skipIf(!DEMO_STORE_PATH)('the recommender command line on a copy of the demo store', () => {
  const scratch = scratchDir();
  const db = copyOfStore(DEMO_STORE_PATH, scratch.dir);
  afterAll(() => scratch.cleanup());

  it('train --holdout reports the model against both baselines, then saves the final model', () => {
    const out = execFileSync(
      process.execPath,
      ['bin/streambot.js', 'train', '--db', db, '--holdout', '0.2', '--seed', '5', '--epochs', '4', '--json'],
      { encoding: 'utf8' },
    );
    const summary = JSON.parse(out) as TrainSummary;
    const h = summary.holdout!;
    expect(summary.options).toMatchObject({ seed: 5, epochs: 4 });
    expect(h.testRatings + h.trainRatings).toBe(summary.ratings);
    expect(h.model.rmse).toBeLessThan(h.globalMean.rmse);
    expect(h.model.rmse).toBeLessThan(h.biasBaseline.rmse);
    for (const value of [h.model.precision, h.model.recall, h.model.f1]) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    const predicted = JSON.parse(
      execFileSync(
        process.execPath,
        ['bin/streambot.js', 'predict', '--db', db, '--user', '1', '--title', 'as1', '--json'],
        {
          encoding: 'utf8',
        },
      ),
    );
    expect(predicted.title.id).toBe('as1');
    expect(['recommend', 'skip']).toContain(predicted.verdict);
  });

  it('train rejects bad options with a one-line error', () => {
    const result = streambot(['train', '--db', db, '--holdout', '1.5']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--holdout/);
  });

  it('predict --input/--output writes every row and summarises the errors on stderr', () => {
    const input = join(scratch.dir, 'pairs.csv');
    const output = join(scratch.dir, 'estimates.csv');
    writeFileSync(input, 'userId,movieId\n1,as1\nx,as2\n2,as3\n');
    const result = streambot(['predict', '--db', db, '--input', input, '--output', output]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/3 rows: 2 predicted .* 1 errors/);
    expect(result.stderr).toMatch(/line 3: user id "x"/);
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      'userId,movieId',
      '1,as1',
      'x,as2',
      '2,as3',
    ]);
  });

  it('predict with an unknown title id exits 2 with a typed error', () => {
    const result = streambot(['predict', '--db', db, '--user', '1', '--title', 'ns99999999', '--json']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout).error.code).toBe('unknown_title');
  });
  it.each([
    ['predict', '--user', 'abc', '--title', 'as1'],
    ['predict', '--user', '1'],
    ['recommend', '--limit', '3'],
    ['similar', '--title'],
    ['train', '--lr', 'fast'],
  ])('%s with a malformed command line (%j) exits 2 with one JSON error under --json', (...args) => {
    const result = streambot([...args, '--db', db, '--json']);
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).error.message).toEqual(expect.any(String));
  });

  it('reports a malformed command line in one line on stderr, not the whole help', () => {
    const result = streambot(['predict', '--db', db, '--user', '1.5', '--title', 'as1']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--user/);
  });

  it('batch mode with a missing input file fails in one line and creates no output file', () => {
    const output = join(scratch.dir, 'never.csv');
    const result = streambot([
      'predict',
      '--db',
      db,
      '--input',
      join(scratch.dir, 'absent.csv'),
      '--output',
      output,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/absent\.csv/);
    expect(existsSync(output)).toBe(false);
  });
  it('train --help states the default of every training option', () => {
    const help = streambot(['train', '--help']).stdout.replace(/\s+/g, ' ');
    const { factors, epochs, learningRate, regularisation, seed } = DEFAULT_TRAIN_OPTIONS;
    for (const [flag, value] of [
      ['--factors', factors],
      ['--epochs', epochs],
      ['--lr', learningRate],
      ['--reg', regularisation],
      ['--seed', seed],
    ] as const) {
      expect(help).toMatch(new RegExp(`${flag} <\\w+>((?! --).)*\\(default ${value}\\)`));
    }
  });
});

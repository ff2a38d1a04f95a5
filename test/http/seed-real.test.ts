/**
 * The client's original routes on the real store answer exactly as `streambot query` does: 500 seeded
 * argument combinations, each asked with the seed's Spanish parameter names and with ours, against the
 * catalog function the CLI prints (`questionJson`), and a sample through the `streambot` binary itself.
 * Skipped when the real data is not configured.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { askQuestion, plainAnswer, type QuestionName, questionJson } from '../../src/catalog/index.ts';
import { seededRandom } from '../../src/random.ts';
import { type ApiHarness, startApi } from './harness.ts';

const realPath = inject('stores').real;

interface Combination {
  name: QuestionName;
  spanish: Record<string, string>;
  english: Record<string, string>;
  cli: string[];
}

function combinations(count: number): Combination[] {
  const random = seededRandom(16_500);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const platforms = ['netflix', 'amazon', 'hulu', 'disney'];
  const year = () =>
    String(pick([1925, 1960, 1990, 2005, 2010, 2015, 2018, 2019, 2020, 2021]) + (random() < 0.5 ? 0 : -1));
  const scored = () => pick(['3', '3.2', '3.4', '3.5', '3.55', '3.6', '4']);
  const list: Combination[] = [];
  for (let i = 0; i < count; i++) {
    const name = pick(['get_max_duration', 'get_score_count', 'get_count_platform', 'get_actor'] as const);
    const args: Record<string, string> = {};
    if (name === 'get_max_duration') {
      if (random() < 0.8) args.platform = pick(platforms);
      if (random() < 0.8) args.year = year();
      if (random() < 0.7) args.durationType = pick(['min', 'season']);
    } else {
      args.platform = pick(platforms);
      if (name !== 'get_count_platform') args.year = year();
      if (name === 'get_score_count') args.scored = scored();
    }
    const names = {
      platform: ['varplataforma', 'platform', '--platform'],
      year: ['varanio', 'year', '--year'],
      durationType: ['vartipo', 'duration_type', '--duration-type'],
      scored: ['varpuntaje', 'scored', '--scored'],
    } as const;
    const entries = Object.entries(args) as [keyof typeof names, string][];
    list.push({
      name,
      spanish: Object.fromEntries(entries.map(([key, value]) => [names[key][0], value])),
      english: Object.fromEntries(entries.map(([key, value]) => [names[key][1], value])),
      cli: entries.flatMap(([key, value]) => [names[key][2], value]),
    });
  }
  return list;
}

describe.skipIf(realPath === null)('the seed’s routes on the real store', () => {
  let api: ApiHarness;
  const sample = combinations(500);

  beforeAll(async () => {
    api = await startApi(realPath!);
  });
  afterAll(async () => {
    await api?.close();
  });

  const ask = async (name: string, query: Record<string, string>, full = false) => {
    const search = new URLSearchParams({ ...query, ...(full ? { format: 'full' } : {}) });
    const response = await api.app.inject({ method: 'GET', url: `/${name}?${search}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('answers 500 argument combinations, in both spellings, as the catalog functions the CLI prints', async () => {
    const values = new Set<string>();
    for (const { name, spanish, english } of sample) {
      const input = Object.fromEntries(
        Object.entries(english).map(([key, value]) => [
          key === 'duration_type' ? 'durationType' : key,
          value,
        ]),
      );
      const expected = askQuestion(api.live.current(), name, input);
      if (!expected.ok) throw new Error(`${name} ${JSON.stringify(input)}: ${expected.error.message}`);
      const value = plainAnswer(expected.value);
      expect(await ask(name, spanish)).toEqual(value);
      expect(await ask(name, english)).toEqual(value);
      expect(await ask(name, spanish, true)).toEqual(
        JSON.parse(JSON.stringify(questionJson(name, expected.value))),
      );
      values.add(`${name}:${value}`);
    }
    // A sample whose answers were all the same would prove little.
    expect(values.size).toBeGreaterThan(150);
  });

  it('matches the `streambot query --json` binary on a sample', async () => {
    for (const { name, spanish, cli } of sample.slice(0, 8)) {
      const run = spawnSync(
        process.execPath,
        ['bin/streambot.js', 'query', name, ...cli, '--json', '--db', realPath!],
        { encoding: 'utf8', env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent' } },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(await ask(name, spanish, true)).toEqual(JSON.parse(run.stdout));
    }
  });
});

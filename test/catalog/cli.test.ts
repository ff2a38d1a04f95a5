import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { STORE_PATHS } from './stores.ts';

const DEMO_STORE = STORE_PATHS.find((store) => store.name === 'demo')!.path;

const streambot = (args: string[]) =>
  spawnSync(process.execPath, ['bin/streambot.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent' },
  });

/** Stdout must be exactly one JSON object on one line. */
function onlyJson(stdout: string): Record<string, unknown> {
  const lines = stdout.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!);
}

describe.skipIf(!DEMO_STORE)('streambot query on the demo store', () => {
  const db = DEMO_STORE!;

  it('prints one JSON object with the normalised arguments, platform aliases included', () => {
    const run = streambot(['query', 'get_count_platform', '--platform', 'Prime Video', '--json', '--db', db]);
    expect(run.status).toBe(0);
    const answer = onlyJson(run.stdout);
    expect(answer).toMatchObject({ function: 'get_count_platform', args: { platform: 'amazon' } });
    expect((answer.result as { movies: number }).movies).toBeGreaterThan(0);
  });

  it('answers an unknown platform with exit 2 and a "did you mean" in one JSON error', () => {
    const run = streambot(['query', 'get_count_platform', '--platform', 'netflx', '--json', '--db', db]);
    expect(run.status).toBe(2);
    const answer = onlyJson(run.stdout);
    expect(answer).toMatchObject({ function: 'get_count_platform', error: { code: 'unknown_platform' } });
    expect((answer.error as { message: string }).message).toMatch(/did you mean netflix/i);
  });

  it.each([[['--platform', 'netflix', '--bogus']], [['--platform']]])(
    'treats a malformed command line %j as bad input: exit 2 and one JSON error',
    (extra) => {
      const run = streambot(['query', 'get_count_platform', '--json', '--db', db, ...extra]);
      expect(run.status).toBe(2);
      expect(onlyJson(run.stdout)).toMatchObject({
        function: 'get_count_platform',
        error: { code: 'invalid_command_line' },
      });
      expect(run.stderr).toBe('');
    },
  );

  it('without --json reports a malformed command line in one line on stderr, exit 2', () => {
    const run = streambot([
      'query',
      'get_count_platform',
      '--platform',
      'netflix',
      '--years',
      '2020',
      '--db',
      db,
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--years/);
  });
  it('without --json names the nearest platform once, in one line on stderr', () => {
    const run = streambot(['query', 'get_count_platform', '--platform', 'netflx', '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.match(/did you mean netflix/gi)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\(try: netflix\)/);
  });
  it('suggests the nearest function for a misspelt one', () => {
    const run = streambot(['query', 'get_count_platfrom', '--platform', 'hulu', '--json', '--db', db]);
    expect(run.status).toBe(2);
    const answer = onlyJson(run.stdout) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('unknown_function');
    expect(answer.error.message).toMatch(/did you mean get_count_platform\?/i);
  });
});

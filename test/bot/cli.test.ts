/** `streambot ask` and `streambot parse` as a person or a script runs them, on the demo store. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { demo } = inject('stores');
const BIN = resolve(import.meta.dirname, '../../bin/streambot.js');

function streambot(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, STREAMBOT_DB: demo, STREAMBOT_LOG_LEVEL: 'silent' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('streambot parse', () => {
  it('prints the command with the client’s argument names', () => {
    const { status, stdout } = streambot([
      'parse',
      '--json',
      'how many netflix movies from 2020 scored above 3.5',
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      name: 'get_score_count',
      args: { platform: 'netflix', scored: 3.5, year: 2020 },
    });
  });

  it('reads one question per line of standard input and prints one JSON line each', () => {
    const { status, stdout } = streambot(
      ['parse'],
      'top actor on netflix\n\n¿cuántas películas tiene hulu?\n¿cuántas series tiene hulu?\n',
    );
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { name: 'get_actor', args: { platform: 'netflix' }, missing: ['year'] },
      { name: 'unknown', args: { text: '' } },
      { name: 'get_count_platform', args: { platform: 'hulu' } },
      { name: 'get_count_platform', args: { platform: 'hulu', type: 'tv show' } },
    ]);
  });
});

describe('streambot ask', () => {
  it('prints {"command", "answer"} with --json', () => {
    const { status, stdout } = streambot(['ask', '--json', 'how many movies does hulu have']);
    expect(status).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply.command).toEqual({ name: 'get_count_platform', args: { platform: 'hulu' } });
    expect(reply.answer).toMatchObject({ kind: 'result', locale: 'en' });
    expect(reply.answer.headline).toMatch(/^Hulu has [\d,]+ movies? \(and [\d,]+ TV shows?\)\.$/);
  });

  it('prints the answer as text by default', () => {
    const { status, stdout } = streambot(['ask', 'top', 'actor', 'on', 'netflix']);
    expect(status).toBe(0);
    expect(stdout).toContain('Which year? e.g. “top actor on netflix in 2019”');
  });
});

/** `streambot refresh` and `streambot status` as an operator runs them on the server. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/streambot.js');
let dir: string;
let db: string;

function streambot(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, STREAMBOT_DB: db, STREAMBOT_LOG_LEVEL: 'silent' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-cli-refresh-'));
  db = join(dir, 'streambot.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('streambot refresh', () => {
  it('builds the first store, then refreshes it to a new build that status reports', () => {
    const first = streambot(['refresh', '--raw', 'data/demo']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`built ${db}`);
    const before = JSON.parse(streambot(['status', '--json']).stdout).answer.build as string;

    const second = streambot(['refresh', '--raw', 'data/demo', '--json']);
    expect(second.status).toBe(0);
    const answer = JSON.parse(second.stdout);
    expect(answer.kind).toBe('result');
    expect(answer.build).not.toBe(before);
    const status = JSON.parse(streambot(['status', '--json']).stdout);
    expect(status.answer.build).toBe(answer.build);
    // Nothing left behind but the store, and the new build's data report beside it.
    expect(readdirSync(dir)).toEqual(['reports', 'streambot.db']);
    expect(readdirSync(join(dir, 'reports'))).toEqual([`streambot-report-${answer.build}.html`]);
    expect(answer.report).toBe(join(dir, 'reports', `streambot-report-${answer.build}.html`));
  });

  it('fails with the reason and exit code 1 on bad raw data, leaving the store as it was', () => {
    // The store in place is the shared demo store (what `refresh --raw data/demo` builds, as the test above
    // shows): building it again here would only repeat that test.
    copyFileSync(inject('stores').demo, db);
    const before = sha256(db);
    const failed = streambot(['refresh', '--raw', join(dir, 'nowhere')]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/refresh failed[\s\S]*nowhere/i);
    expect(sha256(db)).toBe(before);
  });
});

import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { readBuildInfo } from '../src/store/build-info.ts';
import { LiveStore } from '../src/store/live.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-live-'));
  copyFileSync(inject('stores').demo, join(dir, 'live.db'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Another process's refresh: a different build renamed over the live file. */
function replaceLiveFile(buildId: string): void {
  const next = join(dir, 'next.db');
  copyFileSync(join(dir, 'live.db'), next);
  const sqlite = new BetterSqlite3(next);
  sqlite.prepare('UPDATE etl_runs SET build_id = ?').run(buildId);
  sqlite.close();
  renameSync(next, join(dir, 'live.db'));
}

describe('LiveStore', () => {
  it('keeps serving the file it opened until that file is replaced, then switches', () => {
    const live = new LiveStore(join(dir, 'live.db'), { checkIntervalMs: 0 });
    const before = readBuildInfo(live.current().sqlite)?.buildId;
    expect(before).toBeTruthy();
    replaceLiveFile('replaced-by-another-process');
    expect(readBuildInfo(live.current().sqlite)?.buildId).toBe('replaced-by-another-process');
    live.close();
  });

  it('checks for a replaced file at most once per interval', () => {
    const live = new LiveStore(join(dir, 'live.db'), { checkIntervalMs: 60_000 });
    const first = live.current();
    replaceLiveFile('not-yet-noticed');
    expect(live.current()).toBe(first);
    live.reload();
    expect(readBuildInfo(live.current().sqlite)?.buildId).toBe('not-yet-noticed');
    live.close();
  });
});

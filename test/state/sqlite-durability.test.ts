/**
 * The SQLite state file survives its writer being killed -9 in the middle of writing: every link the
 * writer was told was set is there, and the file is intact.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { personKey } from '../../src/state/state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { killChildren, startChild } from './sqlite-child-process.ts';
import { eventually } from './wait.ts';

afterEach(killChildren);

describe('SQLite state durability', () => {
  it('keeps every link a process reported written when that process is killed -9 mid-write', async () => {
    const path = join(scratchDir('state-kill'), 'state.db');
    const writer = startChild('links', path);
    await eventually('the child to write 500 links', () => {
      const failure = writer.failed();
      if (failure) throw failure;
      return writer.lines.length >= 500;
    });
    writer.child.kill('SIGKILL');
    expect((await writer.exited).signal).toBe('SIGKILL');
    const reported = writer.lines.map(Number);
    expect(reported).toEqual(reported.map((_, i) => i));

    const sqlite = new BetterSqlite3(path);
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
    const state = new SqliteState(path);
    try {
      for (const i of reported) expect(await state.getLink(personKey.terminal(`p${i}`))).toBe(i);
    } finally {
      await state.close();
    }
  });
});

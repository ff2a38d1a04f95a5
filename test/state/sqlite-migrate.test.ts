/** A state file written by an older Streambot (schema version 1) gains the new tables and keeps its data. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { personKey } from '../../src/state/state.ts';
import { scratchDir } from '../setup/scratch.ts';

const dir = scratchDir('state-migrate');

it('upgrades a version 1 file in place: links kept, misses and votes usable', async () => {
  const path = join(dir, 'state.db');
  const first = new SqliteState(path);
  await first.setLink(personKey.discord('42'), 7);
  await first.close();
  // What version 1 had: everything but the tables added since.
  const old = new Database(path);
  old.exec('DROP TABLE misses; DROP TABLE votes;');
  old.pragma('user_version = 1');
  old.close();

  const upgraded = new SqliteState(path);
  try {
    expect(await upgraded.getLink(personKey.discord('42'))).toBe(7);
    const miss = {
      id: 'm1',
      text: 'zorblax',
      lang: 'en',
      adapter: 'cli',
      outcome: 'not_understood',
      at: 1,
    } as const;
    await upgraded.keepMiss(miss, 60_000);
    expect(await upgraded.misses(0, 5)).toEqual([miss]);
    const vote = {
      answerId: 'a',
      voter: 'v',
      vote: 'up',
      command: 'status',
      lang: 'en',
      adapter: 'cli',
      at: 2,
    } as const;
    await upgraded.vote(vote);
    expect(await upgraded.votes(0, 5)).toEqual([vote]);
  } finally {
    await upgraded.close();
  }
  const check = new Database(path, { readonly: true });
  expect(check.pragma('user_version', { simple: true })).toBe(3);
  check.close();
});

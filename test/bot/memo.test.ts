/**
 * The core reuses a question's parse and a pure command's answer for the same build: the same question
 * answers the same, each reply is its own (an id or a note added to one never shows in the next), answers
 * that depend on who asks are worked out each time, and a new build is answered from its own data.
 */
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createBotCore } from '../../src/bot/create-core.ts';
import { MemoryState } from '../../src/state/memory-state.ts';
import { LiveStore } from '../../src/store/live.ts';
import { scratchDir } from '../setup/scratch.ts';

let dir: string;
let live: LiveStore;

beforeEach(() => {
  dir = scratchDir('memo');
  copyFileSync(inject('stores').demo, join(dir, 'live.db'));
  live = new LiveStore(join(dir, 'live.db'), { checkIntervalMs: 0 });
});

afterEach(() => {
  live.close();
});

function coreWith(memoEntries?: number) {
  return createBotCore({
    store: live,
    config: { recommendThreshold: 3.5, admins: [] },
    logger: pino({ level: 'silent' }),
    state: new MemoryState(),
    ...(memoEntries !== undefined ? { memoEntries } : {}),
  });
}

/** A refresh elsewhere: the same data with Netflix's movie counts changed, renamed over the live file. */
function swapInNetflixWithMoreMovies(extra: number): void {
  const next = join(dir, 'next.db');
  copyFileSync(join(dir, 'live.db'), next);
  const sqlite = new BetterSqlite3(next);
  sqlite
    .prepare("UPDATE catalog_title_counts SET movie_count = movie_count + ? WHERE platform = 'netflix'")
    .run(extra);
  sqlite.prepare("UPDATE etl_runs SET build_id = 'swapped'").run();
  sqlite.close();
  renameSync(next, join(dir, 'live.db'));
}

const COUNT = 'how many movies does netflix have?';

describe('reusing parses and answers per build', () => {
  it('answers a repeated question the same, each reply its own, and a new build from its data', () => {
    const core = coreWith();
    const ask = (text: string, conversationId = 'c1') =>
      core.ask({ text, conversationId, userId: 'u1', via: 'http' });
    const first = ask(COUNT);
    const again = ask(COUNT, 'c2');
    expect(again.command).toEqual(first.command);
    expect({ ...again.answer, id: undefined }).toEqual({ ...first.answer, id: undefined });
    // Each answer can be rated on its own, and the kept answer is not the one handed out.
    expect(first.answer.id).toBeDefined();
    expect(again.answer.id).toBeDefined();
    expect(again.answer.id).not.toBe(first.answer.id);

    const before = Number(/([\d,]+) movies/.exec(first.answer.headline)?.[1]?.replace(/,/g, ''));
    expect(before).toBeGreaterThan(0);
    swapInNetflixWithMoreMovies(100_000);
    const after = ask(COUNT, 'c3');
    expect(after.answer.headline).toContain(`${(before + 100_000).toLocaleString('en-US')} movies`);
    expect(after.answer.build).toBe('swapped');
  });

  it('gives the same answers with reuse off, and works out per-person answers every time', () => {
    const reusing = coreWith();
    const computing = coreWith(0);
    for (const text of [
      COUNT,
      'longest movie on hulu in 2019',
      'top actor on disney+',
      'cuántas series tiene hulu',
    ])
      for (const core of [reusing, computing, reusing]) {
        const reply = core.ask({ text, conversationId: 'x', userId: 'u', via: 'http' });
        expect({ ...reply.answer, id: undefined }).toEqual({
          ...computing.ask({ text, conversationId: 'y', userId: 'u', via: 'http' }).answer,
          id: undefined,
        });
      }
    const ask = (text: string, userId: string) =>
      reusing.ask({ text, conversationId: userId, userId, via: 'http' });
    ask('I am user 7', 'ana');
    ask('I am user 9', 'ben');
    expect(ask('who am I?', 'ana').answer.headline).toContain('user 7');
    expect(ask('who am I?', 'ben').answer.headline).toContain('user 9');
  });

  it('reads a follow-up in its own conversation: the same words continue different questions', () => {
    const core = coreWith();
    const ask = (text: string, conversationId: string) =>
      core.ask({ text, conversationId, userId: conversationId });
    ask('longest movie on netflix in 2019', 'a');
    ask('how many movies does amazon have?', 'b');
    expect(ask('and on hulu?', 'a').command).toMatchObject({
      name: 'get_max_duration',
      args: { platform: 'hulu' },
    });
    expect(ask('and on hulu?', 'b').command).toMatchObject({
      name: 'get_count_platform',
      args: { platform: 'hulu' },
    });
  });
});

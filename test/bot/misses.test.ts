/**
 * Questions the bot did not answer, kept by the real core in a real SQLite state file: masked, grouped,
 * exported by `streambot misses`; a prompt the person then answers is dropped; nothing is kept with the
 * setting off.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBotCore } from '../../src/bot/create-core.ts';
import { groupMisses } from '../../src/bot/miss-report.ts';
import { maskQuestion } from '../../src/bot/misses.ts';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { LiveStore } from '../../src/store/live.ts';
import { scratchDir } from '../setup/scratch.ts';

const quiet = pino({ level: 'silent' });

describe('maskQuestion', () => {
  it.each([
    ['hey <@U012ABCDEF> what is this', 'hey @someone what is this'],
    ['<@U012ABCDEF|ana> and <#C0GENERAL|general>', '@someone and @someone'],
    ['ping <@123456789012345678> <@!98765432109876543>', 'ping @someone @someone'],
    ['mail me at Ana.Perez+bot@example.co.uk', 'mail me at <email>'],
    ['call 555-123-4567 or +34 612 345 678', 'call <number> or <number>'],
    ['mi número: 06 12 34 56 78, o 9123 4567', 'mi número: <number>, o <number>'],
    ['from 2019-2021, rated 3.5, user 42 2019', 'from 2019-2021, rated 3.5, user 42 2019'],
    ['ask <!subteam^S012AB|devs> at www.example.com/ana', 'ask @someone at <link>'],
    ['my account 1234567', 'my account <number>'],
    ['see https://example.com/x?y=1 now', 'see <link> now'],
    ['top actor on hulu in 2019 for user 42', 'top actor on hulu in 2019 for user 42'],
    ['movies from 1990 2000', 'movies from 1990 2000'],
    ['  Lots   of\tSPACE ', 'lots of space'],
  ])('%j → %j', (text, masked) => {
    expect(maskQuestion(text)).toBe(masked);
  });
});

describe('questions the bot did not answer', () => {
  let dir: string;
  let live: LiveStore;
  let state: SqliteState;
  const statePath = () => join(dir, 'state.db');

  beforeAll(() => {
    dir = scratchDir('misses');
    live = new LiveStore(inject('stores').demo);
    state = new SqliteState(statePath(), { logger: quiet });
  });
  afterAll(async () => {
    await state?.close();
    live?.close();
  });

  const coreWith = (keepQuestions: boolean, on = state) =>
    createBotCore({
      store: live,
      config: { recommendThreshold: 3.5, admins: [] },
      logger: quiet,
      state: on,
      keepQuestions,
    });
  /** Lets the state's write of this turn land. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('keeps what was not understood, masked, with its language and adapter but not who asked', async () => {
    const core = coreWith(true);
    core.ask({
      text: '<@U012ABCDEF> blorp zibble ana@example.com 5551234567',
      conversationId: 'slack:C1:U012ABCDEF',
      userId: 'U012ABCDEF',
      via: 'slack',
    });
    core.ask({
      text: 'longest movie on netflix in 2020',
      conversationId: 'slack:C1:U2',
      userId: 'U2',
      via: 'slack',
    });
    await settle();
    const kept = await state.misses(0, 10);
    expect(kept).toEqual([
      {
        id: expect.any(String),
        text: '@someone blorp zibble <email> <number>',
        lang: 'en',
        adapter: 'slack',
        outcome: 'not_understood',
        at: expect.any(Number),
      },
    ]);
    const raw =
      readFileSync(statePath()).toString('latin1') + readFileSync(`${statePath()}-wal`).toString('latin1');
    for (const secret of ['U012ABCDEF', 'ana@example.com', '5551234567']) expect(raw).not.toContain(secret);
  });

  it('drops a prompt’s miss when the person gives the value, and keeps one they never gave', async () => {
    const core = coreWith(true);
    const before = (await state.misses(0, 100)).length;
    core.ask({ text: 'top actor on hulu', conversationId: 'discord:1:ana', userId: 'ana', via: 'discord' });
    await settle();
    expect((await state.misses(0, 100)).length).toBe(before + 1);
    core.ask({ text: '2019', conversationId: 'discord:1:ana', userId: 'ana', via: 'discord' });
    await settle();
    expect((await state.misses(0, 100)).length).toBe(before);

    core.ask({ text: 'top actor on netflix', conversationId: 'discord:1:bo', userId: 'bo', via: 'discord' });
    core.ask({
      text: 'how many movies does hulu have',
      conversationId: 'discord:1:bo',
      userId: 'bo',
      via: 'discord',
    });
    await settle();
    expect(await state.misses(0, 1)).toEqual([
      expect.objectContaining({ text: 'top actor on netflix', outcome: 'prompt', adapter: 'discord' }),
    ]);
  });

  it('keeps nothing with STREAMBOT_KEEP_QUESTIONS=0', async () => {
    const other = new SqliteState(join(dir, 'off.db'), { logger: quiet });
    try {
      coreWith(false, other).ask({ text: 'blorp zibble', conversationId: 'c', userId: 'u' });
      await settle();
      expect(await other.misses(0, 10)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('groups phrasings of one question and counts them; streambot misses prints and exports them', async () => {
    const core = coreWith(true);
    const asked = [
      'how do i flurble the zonk',
      'how do I flurble the zonk?',
      'how can i flurble the zonk',
      'zorblax fnord quux',
      '¿cómo puedo flurblear el zonk?',
    ];
    for (const [i, text] of asked.entries())
      core.ask({ text, conversationId: `t:${i}`, userId: `u${i}`, via: 'terminal' });
    await settle();
    const [top] = groupMisses(await state.misses(0, 1000));
    expect(top).toMatchObject({ count: 3, langs: ['en'], outcomes: { not_understood: 3 } });
    expect(top!.example).toMatch(/flurble the zonk/);

    const exported = join(dir, 'misses.jsonl');
    const run = spawnSync(
      process.execPath,
      ['bin/streambot.js', 'misses', '--since', '1h', '--json', '--export', exported],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          STREAMBOT_STATE: statePath(),
          STREAMBOT_LOG_LEVEL: 'silent',
          STREAMBOT_REDIS_URL: '',
        },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.groups[0]).toMatchObject({ count: 3 });
    expect(report.questions).toBe((await state.misses(0, 1000)).length);
    const lines = readFileSync(exported, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toContainEqual({ lang: 'es', q: '¿cómo puedo flurblear el zonk?' });
    expect(lines.every((line) => Object.keys(line).join() === 'lang,q')).toBe(true);

    const bad = spawnSync(process.execPath, ['bin/streambot.js', 'misses', '--since', 'last week'], {
      encoding: 'utf8',
      env: { ...process.env, STREAMBOT_STATE: statePath(), STREAMBOT_LOG_LEVEL: 'silent' },
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--since takes a duration such as 30m, 24h or 7d/);
  });
});

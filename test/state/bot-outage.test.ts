/**
 * Redis stopped while the bot answers, then started again: every question is answered throughout (links
 * and follow-ups from process memory meanwhile), the outage and the recovery are each logged once, nothing
 * crashes, and a link made during the outage is in Redis once it is back.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BotInput } from '../../src/bot/core.ts';
import { createBotCore, type StreambotCore } from '../../src/bot/create-core.ts';
import { openState } from '../../src/state/open-state.ts';
import { RedisState } from '../../src/state/redis-state.ts';
import type { PersonKey, StateStore } from '../../src/state/state.ts';
import { LiveStore } from '../../src/store/live.ts';
import { hasRedisServer, type RedisServer, startRedisServer } from './redis-server.ts';

describe.skipIf(!hasRedisServer)('the bot through a Redis outage', () => {
  let redis: RedisServer;
  let state: StateStore;
  let live: LiveStore;
  let core: StreambotCore;
  const lines: { level: number; msg: string }[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    redis = await startRedisServer();
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    state = await openState({ redisUrl: redis.url, logger });
    live = new LiveStore(inject('stores').demo);
    core = createBotCore({ store: live, config: { recommendThreshold: 3.5, admins: [] }, state, logger });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await state?.close();
    live?.close();
    await redis?.close();
  });

  const ask = async (text: string, userId = 'ana') => {
    const input: BotInput = { text, conversationId: `slack:C1:${userId}`, userId, via: 'slack' };
    await core.prepare?.(input);
    return core.ask(input);
  };
  const outageLines = () => lines.filter((l) => l.level === 40 && /redis/i.test(l.msg));

  it('answers every question while Redis is down and after it is back, logging the outage once', async () => {
    expect((await ask('how many movies does netflix have')).answer.kind).toBe('result');
    await redis.stop();
    for (let i = 0; i < 20; i++)
      expect((await ask('how many movies does hulu have')).answer.kind).toBe('result');
    expect((await ask('longest movie on netflix in 2020', 'bo')).answer.kind).toBe('result');
    expect((await ask('and on hulu?', 'bo')).command.args).toMatchObject({ platform: 'hulu', year: 2020 });
    expect((await ask('I am user 9', 'cy')).answer.headline).toContain('you are user 9');
    expect((await ask('what should I watch?', 'cy')).command.args.user_id).toBe(9);
    expect(outageLines()).toHaveLength(1);

    await redis.start();
    const started = Date.now();
    while (
      !lines.some((l) => l.level === 30 && /redis/i.test(l.msg) && /back|recover|reconnect/i.test(l.msg))
    ) {
      if (Date.now() - started > 10_000) throw new Error('no recovery line');
      await ask('how many movies does disney+ have');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await ask('how many movies does amazon have')).answer.kind).toBe('result');
    expect(outageLines()).toHaveLength(1);
    const fresh = new RedisState({ url: redis.url, logger: pino({ level: 'silent' }) });
    await fresh.whenReady(2_000);
    expect(await fresh.getLink('slack:cy' as PersonKey)).toBe(9);
    await fresh.close();
    expect(unhandled).toEqual([]);
  });
});

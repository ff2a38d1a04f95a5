/**
 * Two bot cores (two instances) sharing one state, SQLite file or real Redis: a person linked on one is
 * known on the other, and a follow-up sent to the other continues the first one's conversation. Also: the
 * SQLite state survives a restart (a new core on the same file knows the link).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BotInput } from '../../src/bot/core.ts';
import { createBotCore, type StreambotCore } from '../../src/bot/create-core.ts';
import { openState } from '../../src/state/open-state.ts';
import type { StateStore } from '../../src/state/state.ts';
import { LiveStore } from '../../src/store/live.ts';
import { hasRedisServer, type RedisServer, startRedisServer } from './redis-server.ts';

const quiet = pino({ level: 'silent' });
const demo = inject('stores').demo;

function coreWith(live: LiveStore, state: StateStore): StreambotCore {
  return createBotCore({
    store: live,
    config: { recommendThreshold: 3.5, admins: [] },
    state,
    logger: quiet,
  });
}

/** As an adapter does: what the state knows first, then the answer. */
async function ask(core: StreambotCore, text: string, userId = 'ana') {
  const input: BotInput = { text, conversationId: `slack:C1:${userId}`, userId, via: 'slack' };
  await core.prepare?.(input);
  return core.ask(input);
}

/** Lets the fire-and-forget writes of the last answer land. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const backends: { name: string; open: () => Promise<{ a: StateStore; b: StateStore }>; skip: boolean }[] = [];
let dir: string;
let redis: RedisServer | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-shared-core-'));
  if (hasRedisServer) redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.close();
  rmSync(dir, { recursive: true, force: true });
});

backends.push(
  {
    name: 'SQLite',
    skip: false,
    open: async () => {
      const path = join(dir, 'state.db');
      return {
        a: await openState({ sqlitePath: path, logger: quiet }),
        b: await openState({ sqlitePath: path, logger: quiet }),
      };
    },
  },
  {
    name: 'Redis',
    skip: !hasRedisServer,
    open: async () => {
      const prefix = `shared-core-${Date.now()}:`;
      const open = () => openState({ redisUrl: redis!.url, redisKeyPrefix: prefix, logger: quiet });
      return { a: await open(), b: await open() };
    },
  },
);

for (const backend of backends) {
  describe.skipIf(backend.skip)(`two instances sharing the ${backend.name} state`, () => {
    let live: LiveStore;
    let states: { a: StateStore; b: StateStore };
    let a: StreambotCore;
    let b: StreambotCore;
    beforeAll(async () => {
      live = new LiveStore(demo);
      states = await backend.open();
      a = coreWith(live, states.a);
      b = coreWith(live, states.b);
    });
    afterAll(async () => {
      await states.a.close();
      await states.b.close();
      live.close();
    });

    it('knows on B a person linked on A, and forgets it everywhere', async () => {
      expect((await ask(a, 'I am user 7')).command.name).toBe('link_user');
      await settle();
      expect((await ask(b, 'what should I watch?')).command.args.user_id).toBe(7);
      await ask(b, 'forget me');
      await settle();
      expect((await ask(a, 'what should I watch?')).command.missing).toEqual(['user_id']);
    });

    it('continues on B the conversation begun on A', async () => {
      await ask(a, 'longest movie on netflix in 2020', 'bo');
      await settle();
      const followUp = await ask(b, 'and on hulu?', 'bo');
      expect(followUp.command).toEqual({
        name: 'get_max_duration',
        args: { platform: 'hulu', year: 2020, duration_type: 'min' },
      });
    });
  });
}

describe('the SQLite state across a restart', () => {
  it('keeps a link for the next process', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'streambot-restart-')), 'state.db');
    const live = new LiveStore(demo);
    const first = await openState({ sqlitePath: path, logger: quiet });
    await ask(coreWith(live, first), 'soy el usuario 12', 'cy');
    await settle();
    await first.close();
    const second = await openState({ sqlitePath: path, logger: quiet });
    expect((await ask(coreWith(live, second), '¿qué me recomiendas?', 'cy')).command.args.user_id).toBe(12);
    await second.close();
    live.close();
  });
});

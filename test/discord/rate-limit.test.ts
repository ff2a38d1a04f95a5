import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { SharedRateLimiter, UserRateLimiter } from '../../src/adapters/rate-limit.ts';
import { openState } from '../../src/state/open-state.ts';
import { hasRedisServer, startRedisServer } from '../state/redis-server.ts';

describe('UserRateLimiter', () => {
  it('allows `max` questions per window per user, then says how long to wait', () => {
    let now = 1_000;
    const limiter = new UserRateLimiter({ max: 2, windowMs: 10_000 }, () => now);
    expect(limiter.take('ana')).toEqual({ allowed: true });
    now += 1_000;
    expect(limiter.take('ana')).toEqual({ allowed: true });
    now += 1_000;
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 8_000 });
    expect(limiter.take('bo')).toEqual({ allowed: true });
    now += 8_001;
    expect(limiter.take('ana')).toEqual({ allowed: true });
  });

  it('does not count refused questions against the asker', () => {
    let now = 0;
    const limiter = new UserRateLimiter({ max: 1, windowMs: 1_000 }, () => now);
    limiter.take('ana');
    for (let i = 0; i < 5; i++) expect(limiter.take('ana').allowed).toBe(false);
    now = 1_001;
    expect(limiter.take('ana').allowed).toBe(true);
  });

  it('refuses a limit that would block everybody', () => {
    expect(() => new UserRateLimiter({ max: 0, windowMs: 1_000 })).toThrow(RangeError);
  });
});

describe.skipIf(!hasRedisServer)('one rate limit across shard processes (shared Redis)', () => {
  it('counts a person’s questions on every shard together, and tells the wait', async () => {
    const redis = await startRedisServer();
    const quiet = pino({ level: 'silent' });
    const prefix = `rate-${Date.now()}:`;
    const [one, two] = await Promise.all(
      [0, 1].map(() => openState({ redisUrl: redis.url, redisKeyPrefix: prefix, logger: quiet })),
    );
    try {
      const limit = { max: 3, windowMs: 60_000 };
      const shards = [
        new SharedRateLimiter(one!, limit, 'discord-rate:'),
        new SharedRateLimiter(two!, limit, 'discord-rate:'),
      ];
      const decisions = [];
      for (let i = 0; i < 4; i++) decisions.push(await shards[i % 2]!.take('ana'));
      expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
      expect(decisions[3]).toMatchObject({ allowed: false });
      expect((decisions[3] as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(50_000);
      // Another person is not held back by Ana's questions.
      expect(await shards[1]!.take('bo')).toEqual({ allowed: true });
    } finally {
      await one!.close();
      await two!.close();
      await redis.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { UserRateLimiter } from '../../src/adapters/discord/rate-limit.ts';

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

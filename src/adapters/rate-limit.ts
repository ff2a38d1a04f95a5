import type { StateStore } from '../state/state.ts';

/**
 * Per-asker rate limits (Discord users, HTTP clients): at most `max` questions in any `windowMs`. An
 * asker going faster is told the wait, and the core is not asked at all.
 */

export interface RateLimit {
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { max: 5, windowMs: 20_000 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** What the handlers ask before answering: this process's limiter, or one shared by every shard. */
export interface RateLimiter {
  take(userId: string): RateDecision | Promise<RateDecision>;
}

/** The same limiter, telling `onRefused` of every request it refuses (the metrics count them). */
export function countingRefusals(limiter: RateLimiter, onRefused: () => void): RateLimiter {
  return {
    async take(userId) {
      const decision = await limiter.take(userId);
      if (!decision.allowed) onRefused();
      return decision;
    },
  };
}

/** Users whose window is empty are forgotten once the map grows past this, so memory stays bounded. */
const PRUNE_AT = 10_000;

export class UserRateLimiter implements RateLimiter {
  readonly #limit: RateLimit;
  readonly #now: () => number;
  /** Times of each user's recent questions, oldest first. */
  readonly #recent = new Map<string, number[]>();

  constructor(limit: RateLimit = DEFAULT_RATE_LIMIT, now: () => number = Date.now) {
    if (!(limit.max >= 1 && limit.windowMs > 0))
      throw new RangeError('a rate limit needs max ≥ 1 and windowMs > 0');
    this.#limit = limit;
    this.#now = now;
  }

  /** Counts a question by `userId` when it is within the limit. */
  take(userId: string): RateDecision {
    const now = this.#now();
    const since = now - this.#limit.windowMs;
    const times = (this.#recent.get(userId) ?? []).filter((time) => time > since);
    if (times.length >= this.#limit.max) {
      this.#recent.set(userId, times);
      return { allowed: false, retryAfterMs: (times[0] ?? now) + this.#limit.windowMs - now };
    }
    times.push(now);
    this.#recent.set(userId, times);
    if (this.#recent.size > PRUNE_AT) this.#prune(since);
    return { allowed: true };
  }

  #prune(since: number): void {
    for (const [userId, times] of this.#recent) {
      if ((times.at(-1) ?? 0) <= since) this.#recent.delete(userId);
    }
  }
}

/**
 * The same limit held across shard processes and hosts: a fixed window per user counted in the shared
 * state (one atomic counter per window in Redis or SQLite). When the state cannot be read, the question
 * is let through: a rate limit is no reason to stop answering.
 */
export class SharedRateLimiter implements RateLimiter {
  constructor(
    private readonly state: Pick<StateStore, 'hit'>,
    private readonly limit: RateLimit,
    /** Keeps each adapter's counters apart in the shared state. */
    private readonly keyPrefix: string,
  ) {}

  async take(userId: string): Promise<RateDecision> {
    try {
      const { count, resetInMs } = await this.state.hit(`${this.keyPrefix}${userId}`, this.limit.windowMs);
      return count <= this.limit.max ? { allowed: true } : { allowed: false, retryAfterMs: resetInMs };
    } catch {
      return { allowed: true };
    }
  }
}

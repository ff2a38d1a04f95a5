/**
 * Per-user rate limit: at most `max` questions in any `windowMs`. A person asking faster gets a
 * polite answer with the wait, and the core is not asked at all.
 */

export interface RateLimit {
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { max: 5, windowMs: 20_000 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Users whose window is empty are forgotten once the map grows past this, so memory stays bounded. */
const PRUNE_AT = 10_000;

export class UserRateLimiter {
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

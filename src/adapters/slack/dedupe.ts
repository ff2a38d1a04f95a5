/**
 * Remembers Slack event ids for a while, so a retried delivery (`x-slack-retry-num`) of an event
 * already answered is dropped. Bounded in time and size: Slack retries within minutes.
 */
export class RecentEvents {
  readonly #seenUntil = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered (within the ttl), false for every repeat. */
  firstTime(eventId: string): boolean {
    const now = this.now();
    this.#forgetExpired(now);
    if ((this.#seenUntil.get(eventId) ?? 0) > now) return false;
    this.#seenUntil.set(eventId, now + this.ttlMs);
    if (this.#seenUntil.size > this.maxEntries) {
      const oldest = this.#seenUntil.keys().next().value;
      if (oldest !== undefined) this.#seenUntil.delete(oldest);
    }
    return true;
  }

  /** Entries are kept in insertion order, which is expiry order: stop at the first live one. */
  #forgetExpired(now: number): void {
    for (const [id, until] of this.#seenUntil) {
      if (until > now) break;
      this.#seenUntil.delete(id);
    }
  }
}

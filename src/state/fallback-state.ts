/**
 * Redis state that keeps answering through a Redis outage.
 *
 * While Redis cannot be reached (refused, not ready, the connection lost under a command, no reply in
 * time), every call is answered from a memory state made fresh for that outage, seeded with the links
 * and the locks this process knows, and what other instances must learn is journaled
 * (`outage-journal.ts`). When the connection is ready again, ioredis having reconnected by itself, the
 * journal is written into Redis and calls go to Redis again. The outage is logged once at warn when it
 * starts and once at info when it ends, never per call.
 *
 * During an outage each instance is on its own: it hears only its own builds, its claims and locks
 * exclude only its own callers, and conversations and claims made before the outage are not seen.
 *
 * `setLink` resolves `{ saved: false }` during an outage; `pendingLinks()` lists the people whose link
 * is still waiting for Redis, so the bot can tell them if Redis does not come back.
 *
 * Redis errors that are not about reaching it (a wrong command, a key of the wrong type) are the
 * caller's: they reject as usual.
 */
import { logger as defaultLogger, type Logger } from '../log.ts';
import { BuildListeners } from './build-listeners.ts';
import { MemoryState } from './memory-state.ts';
import { OutageJournal } from './outage-journal.ts';
import { isRedisUnavailable } from './redis-errors.ts';
import type { RedisState } from './redis-state.ts';
import type {
  AuditEntry,
  BuildListener,
  LinkWrite,
  LockHolder,
  Miss,
  PersonKey,
  RateWindow,
  StateStore,
  Vote,
} from './state.ts';

export interface FallbackStateOptions {
  logger?: Logger;
  /**
   * During an outage with the connection ready again but the journal not yet replayed (the replay was
   * cut short, or a command timed out without the connection dropping), how often a call may start a
   * replay.
   */
  retryReplayEveryMs?: number;
}

interface Outage {
  since: number;
  memory: MemoryState;
}

export class FallbackState implements StateStore {
  readonly backend = 'redis';
  readonly #redis: RedisState;
  readonly #log: Logger;
  readonly #listeners: BuildListeners;
  readonly #journal = new OutageJournal();
  readonly #retryReplayEveryMs: number;
  /** Links as last read or written, to answer from during an outage. */
  readonly #knownLinks = new Map<PersonKey, number>();
  /** Locks this process's callers hold, carried into an outage's memory. */
  readonly #heldLocks = new Map<string, LockHolder>();
  readonly #stopWatching: () => void;
  readonly #stopListening: () => void;
  #outage: Outage | undefined;
  #replaying = false;
  #replayTriedAt = 0;

  constructor(redis: RedisState, options: FallbackStateOptions = {}) {
    this.#redis = redis;
    this.#log = (options.logger ?? defaultLogger).child({ component: 'state', backend: 'redis' });
    this.#listeners = new BuildListeners(this.#log);
    this.#retryReplayEveryMs = options.retryReplayEveryMs ?? 1000;
    this.#stopListening = redis.onBuild((buildId) => this.#listeners.notify(buildId));
    this.#stopWatching = redis.onAvailability((available, reason) => {
      if (available) void this.#endOutage();
      else this.#startOutage(reason);
    });
    if (!redis.available) this.#startOutage(redis.lastError ?? 'not connected yet');
  }

  /** True during an outage: calls are answered from this process's memory. */
  get degraded(): boolean {
    return this.#outage !== undefined;
  }

  /** People whose link (or unlinking) was made during an outage and is not in Redis yet. */
  pendingLinks(): PersonKey[] {
    return this.#journal.pendingLinks();
  }

  #startOutage(reason: string | undefined): void {
    if (this.#outage) return;
    const memory = new MemoryState({ logger: this.#log });
    const now = Date.now();
    // Memory calls complete synchronously (their promises only report it), so the seeding is done here.
    for (const [person, userId] of this.#knownLinks) void memory.setLink(person, userId);
    for (const [name, { owner, expiresAt }] of this.#heldLocks)
      if (expiresAt > now) void memory.acquireLock(name, owner, expiresAt - now);
    this.#outage = { since: now, memory };
    this.#replayTriedAt = now;
    this.#log.warn(
      { event: 'state_fallback', reason },
      'Redis unreachable: shared state falls back to this process (links are kept to write later)',
    );
  }

  async #endOutage(): Promise<void> {
    const outage = this.#outage;
    if (!outage || this.#replaying) return;
    this.#replaying = true;
    this.#replayTriedAt = Date.now();
    try {
      // A status of 'ready' can outlive the socket by a moment: only an answer ends the outage.
      await this.#redis.ping();
      const replayed = await this.#journal.replay(this.#redis, (kind, error) =>
        this.#log.error(
          { event: 'state_replay_refused', kind, err: error },
          'Redis refused a journaled write',
        ),
      );
      this.#outage = undefined;
      this.#log.info(
        { event: 'state_redis_back', outageMs: Date.now() - outage.since, replayed },
        'Redis is back: shared state is used again',
      );
    } catch (error) {
      // Lost again while replaying: the same outage goes on, and the next 'ready' replays the rest.
      this.#log.debug({ event: 'state_replay_interrupted', err: error }, 'replay interrupted');
    } finally {
      this.#replaying = false;
    }
  }

  /**
   * Runs `viaRedis`, or `viaMemory` during an outage or when Redis turns out to be unreachable under
   * this very call.
   */
  async #route<T>(viaRedis: () => Promise<T>, viaMemory: (memory: MemoryState) => Promise<T>): Promise<T> {
    if (!this.#outage) {
      try {
        return await viaRedis();
      } catch (error) {
        if (!isRedisUnavailable(error)) throw error;
        this.#startOutage((error as Error).message);
      }
    } else if (
      this.#redis.available &&
      !this.#replaying &&
      Date.now() - this.#replayTriedAt >= this.#retryReplayEveryMs
    ) {
      void this.#endOutage();
    }
    return viaMemory(this.#outage!.memory);
  }

  #rememberLink(person: PersonKey, userId: number | undefined): void {
    if (userId === undefined) this.#knownLinks.delete(person);
    else this.#knownLinks.set(person, userId);
  }

  async getLink(person: PersonKey): Promise<number | undefined> {
    return this.#route(
      async () => {
        const userId = await this.#redis.getLink(person);
        this.#rememberLink(person, userId);
        return userId;
      },
      (memory) => memory.getLink(person),
    );
  }

  async setLink(person: PersonKey, userId: number): Promise<LinkWrite> {
    const write = await this.#route(
      () => this.#redis.setLink(person, userId),
      async (memory) => {
        await memory.setLink(person, userId);
        this.#journal.setLink(person, userId);
        return { saved: false };
      },
    );
    this.#rememberLink(person, userId);
    return write;
  }

  async deleteLink(person: PersonKey): Promise<boolean> {
    const deleted = await this.#route(
      () => this.#redis.deleteLink(person),
      async (memory) => {
        this.#journal.deleteLink(person);
        return memory.deleteLink(person);
      },
    );
    this.#rememberLink(person, undefined);
    return deleted;
  }

  async getConversation<T>(id: string): Promise<T | undefined> {
    return this.#route(
      () => this.#redis.getConversation<T>(id),
      (memory) => memory.getConversation<T>(id),
    );
  }

  async setConversation(id: string, value: unknown, ttlMs: number): Promise<void> {
    return this.#route(
      () => this.#redis.setConversation(id, value, ttlMs),
      async (memory) => {
        await memory.setConversation(id, value, ttlMs);
        this.#journal.setConversation(id, value, Date.now() + ttlMs);
      },
    );
  }

  async claimEvent(id: string, ttlMs: number): Promise<boolean> {
    return this.#route(
      () => this.#redis.claimEvent(id, ttlMs),
      async (memory) => {
        const claimed = await memory.claimEvent(id, ttlMs);
        if (claimed) this.#journal.claim(id, Date.now() + ttlMs);
        return claimed;
      },
    );
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    return this.#route(
      () => this.#redis.hit(key, windowMs),
      (memory) => memory.hit(key, windowMs),
    );
  }

  /** Keeps `#heldLocks` and, during an outage, the journal in step with what the lock calls answered. */
  #noteLock(name: string, owner: string, held: boolean, ttlMs = 0): void {
    if (held) {
      const expiresAt = Date.now() + ttlMs;
      this.#heldLocks.set(name, { owner, expiresAt });
      if (this.#outage) this.#journal.holdLock(name, owner, expiresAt);
    } else if (this.#heldLocks.get(name)?.owner === owner) {
      this.#heldLocks.delete(name);
    }
  }

  async acquireLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const acquired = await this.#route(
      () => this.#redis.acquireLock(name, owner, ttlMs),
      (memory) => memory.acquireLock(name, owner, ttlMs),
    );
    if (acquired) this.#noteLock(name, owner, true, ttlMs);
    return acquired;
  }

  async renewLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const renewed = await this.#route(
      () => this.#redis.renewLock(name, owner, ttlMs),
      (memory) => memory.renewLock(name, owner, ttlMs),
    );
    this.#noteLock(name, owner, renewed, ttlMs);
    return renewed;
  }

  async releaseLock(name: string, owner: string): Promise<boolean> {
    const released = await this.#route(
      () => this.#redis.releaseLock(name, owner),
      async (memory) => {
        this.#journal.releaseLock(name, owner);
        return memory.releaseLock(name, owner);
      },
    );
    this.#noteLock(name, owner, false);
    return released;
  }

  async lockHolder(name: string): Promise<LockHolder | undefined> {
    return this.#route(
      () => this.#redis.lockHolder(name),
      (memory) => memory.lockHolder(name),
    );
  }

  /** During an outage a miss is kept in this process only (losing one costs little). */
  async keepMiss(miss: Miss, ttlMs: number): Promise<void> {
    return this.#route(
      () => this.#redis.keepMiss(miss, ttlMs),
      (memory) => memory.keepMiss(miss, ttlMs),
    );
  }

  async forgetMiss(id: string): Promise<void> {
    return this.#route(
      () => this.#redis.forgetMiss(id),
      (memory) => memory.forgetMiss(id),
    );
  }

  async misses(sinceMs: number, limit: number): Promise<Miss[]> {
    return this.#route(
      () => this.#redis.misses(sinceMs, limit),
      (memory) => memory.misses(sinceMs, limit),
    );
  }

  /** During an outage a vote is kept in this process only. */
  async vote(vote: Vote): Promise<void> {
    return this.#route(
      () => this.#redis.vote(vote),
      (memory) => memory.vote(vote),
    );
  }

  async votes(sinceMs: number, limit: number): Promise<Vote[]> {
    return this.#route(
      () => this.#redis.votes(sinceMs, limit),
      (memory) => memory.votes(sinceMs, limit),
    );
  }

  async audit(entry: AuditEntry): Promise<void> {
    return this.#route(
      () => this.#redis.audit(entry),
      async (memory) => {
        await memory.audit(entry);
        this.#journal.audit(entry);
      },
    );
  }

  /** During an outage: only the entries this process wrote since it began. */
  async auditLog(limit: number): Promise<AuditEntry[]> {
    return this.#route(
      () => this.#redis.auditLog(limit),
      (memory) => memory.auditLog(limit),
    );
  }

  /** During an outage only this process hears it at once; every instance hears it when Redis is back. */
  async publishBuild(buildId: string): Promise<void> {
    return this.#route(
      () => this.#redis.publishBuild(buildId),
      async () => {
        this.#journal.publishBuild(buildId);
        this.#listeners.notify(buildId);
      },
    );
  }

  onBuild(listener: BuildListener): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {
    this.#stopWatching();
    this.#stopListening();
    const unsaved = this.#journal.pendingLinks().length;
    if (unsaved > 0)
      this.#log.warn(
        { event: 'state_links_lost', links: unsaved },
        'closing during a Redis outage: links not saved',
      );
    await this.#redis.close();
  }
}

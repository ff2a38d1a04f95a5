/**
 * State in this process's memory: for tests, a single process that needs nothing kept, and the Redis
 * wrapper's fallback during an outage. Builds reach this instance's listeners only; links are not saved
 * (`setLink` resolves `{ saved: false }`).
 */
import { logger as defaultLogger, type Logger } from '../log.ts';
import { BuildListeners } from './build-listeners.ts';
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

export interface MemoryStateOptions {
  logger?: Logger;
  /** How often, at most, expired entries are swept out (on a write; no timer). */
  purgeEveryMs?: number;
  /** The audit log keeps this many newest entries. */
  auditCap?: number;
}

/** A map whose entries vanish at their expiry time. */
class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();

  get(key: string, now: number): V | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.expiresAt > now ? entry.value : undefined;
  }

  expiresAt(key: string, now: number): number | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.expiresAt > now ? entry.expiresAt : undefined;
  }

  set(key: string, value: V, expiresAt: number): void {
    this.#entries.set(key, { value, expiresAt });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Every value not yet expired. */
  values(now: number): V[] {
    return [...this.#entries.values()].filter((entry) => entry.expiresAt > now).map((entry) => entry.value);
  }

  purge(now: number): void {
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}

export class MemoryState implements StateStore {
  readonly backend = 'memory';
  readonly #links = new Map<PersonKey, number>();
  /** JSON text, so callers get a copy and every backend returns the same shapes. */
  readonly #conversations = new ExpiringMap<string>();
  readonly #claims = new ExpiringMap<true>();
  readonly #windows = new ExpiringMap<number>();
  readonly #locks = new ExpiringMap<string>();
  readonly #misses = new ExpiringMap<string>();
  /** JSON by answer and voter: a second vote replaces the first. */
  readonly #votes = new Map<string, string>();
  readonly #audit: AuditEntry[] = [];
  readonly #listeners: BuildListeners;
  readonly #purgeEveryMs: number;
  readonly #auditCap: number;
  #purgedAt = Date.now();

  constructor(options: MemoryStateOptions = {}) {
    this.#listeners = new BuildListeners(options.logger ?? defaultLogger);
    this.#purgeEveryMs = options.purgeEveryMs ?? 60_000;
    this.#auditCap = options.auditCap ?? 10_000;
  }

  /** The clock for a write, sweeping expired entries out when it is time. */
  #writeTime(): number {
    const now = Date.now();
    if (now - this.#purgedAt >= this.#purgeEveryMs) {
      this.#purgedAt = now;
      for (const map of [this.#conversations, this.#claims, this.#windows, this.#locks, this.#misses])
        map.purge(now);
    }
    return now;
  }

  async getLink(person: PersonKey): Promise<number | undefined> {
    return this.#links.get(person);
  }

  async setLink(person: PersonKey, userId: number): Promise<LinkWrite> {
    this.#links.set(person, userId);
    return { saved: false };
  }

  async deleteLink(person: PersonKey): Promise<boolean> {
    return this.#links.delete(person);
  }

  async getConversation<T>(id: string): Promise<T | undefined> {
    const json = this.#conversations.get(id, Date.now());
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async setConversation(id: string, value: unknown, ttlMs: number): Promise<void> {
    const now = this.#writeTime();
    this.#conversations.set(id, JSON.stringify(value), now + ttlMs);
  }

  async claimEvent(id: string, ttlMs: number): Promise<boolean> {
    const now = this.#writeTime();
    if (this.#claims.get(id, now)) return false;
    this.#claims.set(id, true, now + ttlMs);
    return true;
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const now = this.#writeTime();
    const resetsAt = this.#windows.expiresAt(key, now) ?? now + windowMs;
    const count = (this.#windows.get(key, now) ?? 0) + 1;
    this.#windows.set(key, count, resetsAt);
    return { count, resetInMs: resetsAt - now };
  }

  async acquireLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.#writeTime();
    if (this.#locks.get(name, now) !== undefined) return false;
    this.#locks.set(name, owner, now + ttlMs);
    return true;
  }

  async renewLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.#writeTime();
    if (this.#locks.get(name, now) !== owner) return false;
    this.#locks.set(name, owner, now + ttlMs);
    return true;
  }

  async releaseLock(name: string, owner: string): Promise<boolean> {
    if (this.#locks.get(name, Date.now()) !== owner) return false;
    this.#locks.delete(name);
    return true;
  }

  async lockHolder(name: string): Promise<LockHolder | undefined> {
    const now = Date.now();
    const owner = this.#locks.get(name, now);
    const expiresAt = this.#locks.expiresAt(name, now);
    return owner === undefined || expiresAt === undefined ? undefined : { owner, expiresAt };
  }

  async keepMiss(miss: Miss, ttlMs: number): Promise<void> {
    const now = this.#writeTime();
    this.#misses.set(miss.id, JSON.stringify(miss), now + ttlMs);
  }

  async forgetMiss(id: string): Promise<void> {
    this.#misses.delete(id);
  }

  async misses(sinceMs: number, limit: number): Promise<Miss[]> {
    return newest<Miss>(this.#misses.values(Date.now()), sinceMs, limit);
  }

  async vote(vote: Vote): Promise<void> {
    this.#votes.set(`${vote.answerId}\n${vote.voter}`, JSON.stringify(vote));
  }

  async votes(sinceMs: number, limit: number): Promise<Vote[]> {
    return newest<Vote>(this.#votes.values(), sinceMs, limit);
  }

  async audit(entry: AuditEntry): Promise<void> {
    this.#audit.unshift({ ...entry });
    if (this.#audit.length > this.#auditCap) this.#audit.length = this.#auditCap;
  }

  async auditLog(limit: number): Promise<AuditEntry[]> {
    if (limit <= 0) return [];
    return this.#audit.slice(0, limit).map((entry) => ({ ...entry }));
  }

  async publishBuild(buildId: string): Promise<void> {
    this.#listeners.notify(buildId);
  }

  onBuild(listener: BuildListener): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {}
}

/** The kept JSON values at `sinceMs` or later, newest first, at most `limit`. */
function newest<T extends { at: number }>(jsons: Iterable<string>, sinceMs: number, limit: number): T[] {
  return [...jsons]
    .map((json) => JSON.parse(json) as T)
    .filter((item) => item.at >= sinceMs)
    .sort((a, b) => b.at - a.at)
    .slice(0, Math.max(0, limit));
}

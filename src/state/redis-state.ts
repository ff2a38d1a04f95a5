/**
 * State in Redis, shared by every instance. Keys (under `keyPrefix`, default `streambot:`):
 *
 *   link                  hash person → user id, no expiry
 *   conversation:<id>     JSON, PX ttl
 *   claim:<id>            SET NX PX ttl: the caller whose SET created it claimed the event
 *   hits:<key>            INCR, with PEXPIRE on the first hit of a window (one Lua script)
 *   lock:<name>           the owner token, SET NX PX; renew and release compare the owner in Lua
 *   audit                 list of JSON entries, newest first (LPUSH), trimmed to `auditCap`
 *   builds (channel)      PUBLISH; heard on a second connection in subscriber mode
 *
 * Links and the audit log are kept only as well as the server keeps its data: run it with persistence
 * (appendonly yes) in production.
 *
 * Connections fail fast instead of queueing: no offline queue, no retry of a command whose connection
 * dropped (a re-sent INCR would count twice), a reply timeout. ioredis reconnects by itself; the owner
 * of this state (usually `FallbackState`) hears of lost and regained connections through `onAvailability`.
 * Connection errors are handled here (an 'error' event without a listener would crash the process) and
 * logged at debug level only: the wrapper reports an outage once.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { logger as defaultLogger, type Logger } from '../log.ts';
import { BuildListeners } from './build-listeners.ts';
import { defineScripts, type StateScripts } from './redis-scripts.ts';
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

export interface RedisStateOptions {
  /** `redis://[:password@]host:port[/db]`; never logged. */
  url: string;
  /** Prepended to every key and to the builds channel, so deployments (and tests) can share a server. */
  keyPrefix?: string;
  logger?: Logger;
  /** A command without a reply after this long fails (a hung server, a silently cut network). */
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** The audit list keeps this many newest entries. */
  auditCap?: number;
}

export type AvailabilityListener = (available: boolean, reason: string | undefined) => void;

/** Reconnect quickly at first, then once a second for as long as it takes: never give up. */
export const reconnectDelayMs = (attempt: number): number => Math.min(100 * attempt, 1000);

/** Redis takes whole milliseconds, at least one. */
const wholeMs = (ms: number): number => Math.max(1, Math.ceil(ms));

async function quitOrDisconnect(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // The connection went away meanwhile: disconnect below.
    }
  }
  redis.disconnect();
}

/** How many of the oldest miss index entries each new miss checks for expiry. */
const MISS_INDEX_SWEEP = 10;

export class RedisState implements StateStore {
  readonly backend = 'redis';
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #scripts: StateScripts;
  readonly #prefix: string;
  readonly #channel: string;
  readonly #auditCap: number;
  readonly #log: Logger;
  readonly #listeners: BuildListeners;
  readonly #availability = new Set<AvailabilityListener>();
  #lastError: string | undefined;
  #wasReady = false;
  #subscribed = false;
  readonly #readyWaiters = new Set<() => void>();
  #closed = false;

  constructor(options: RedisStateOptions) {
    this.#prefix = options.keyPrefix ?? 'streambot:';
    this.#channel = `${this.#prefix}builds`;
    this.#auditCap = options.auditCap ?? 10_000;
    const connection: RedisOptions = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: reconnectDelayMs,
      connectTimeout: options.connectTimeoutMs ?? 2000,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      autoResubscribe: false,
    };
    this.#redis = new Redis(options.url, connection);
    this.#subscriber = new Redis(options.url, connection);
    const { host, port } = this.#redis.options;
    this.#log = (options.logger ?? defaultLogger).child({
      component: 'state',
      backend: 'redis',
      redis: `${host}:${port}`,
    });
    this.#listeners = new BuildListeners(this.#log);
    this.#scripts = defineScripts(this.#redis);
    this.#watchCommandConnection();
    this.#watchSubscriber();
  }

  #watchCommandConnection(): void {
    this.#redis.on('error', (error: Error) => {
      this.#lastError = error.message;
      this.#log.debug({ event: 'redis_error', connection: 'commands', err: error }, 'Redis connection error');
    });
    this.#redis.on('ready', () => {
      this.#wasReady = true;
      this.#lastError = undefined;
      this.#tellAvailability(true, undefined);
      this.#wakeWaiters();
    });
    this.#redis.on('close', () => {
      if (!this.#wasReady) return;
      this.#wasReady = false;
      this.#tellAvailability(false, this.#lastError ?? 'connection closed');
    });
  }

  /** Subscribes on every (re)connection: a new connection starts with no subscriptions. */
  #watchSubscriber(): void {
    this.#subscriber.on('error', (error: Error) => {
      this.#log.debug({ event: 'redis_error', connection: 'builds', err: error }, 'Redis connection error');
    });
    this.#subscriber.on('close', () => {
      this.#subscribed = false;
    });
    this.#subscriber.on('ready', () => {
      this.#subscriber.subscribe(this.#channel).then(
        () => {
          this.#subscribed = true;
          this.#wakeWaiters();
        },
        (error: unknown) =>
          this.#log.debug({ event: 'redis_subscribe_failed', err: error }, 'could not subscribe to builds'),
      );
    });
    this.#subscriber.on('message', (channel: string, buildId: string) => {
      if (channel === this.#channel) this.#listeners.notify(buildId);
    });
  }

  #tellAvailability(available: boolean, reason: string | undefined): void {
    if (this.#closed) return;
    for (const listener of this.#availability) listener(available, reason);
  }

  /** Whether commands can be sent now (the command connection is ready). */
  get available(): boolean {
    return this.#redis.status === 'ready';
  }

  /** The last connection error since the command connection was last ready (host and port, no secrets). */
  get lastError(): string | undefined {
    return this.#lastError;
  }

  /** Hears the command connection go down (with the last connection error) and come back. */
  onAvailability(listener: AvailabilityListener): () => void {
    this.#availability.add(listener);
    return () => void this.#availability.delete(listener);
  }

  /**
   * Resolves true once commands can be sent and builds will be heard, false if that takes longer than
   * `timeoutMs` (the connections keep trying in the background).
   */
  async whenReady(timeoutMs: number): Promise<boolean> {
    if (this.#ready) return true;
    let timer: NodeJS.Timeout | undefined;
    let waiter: (() => void) | undefined;
    try {
      return await new Promise<boolean>((resolve) => {
        waiter = () => resolve(true);
        this.#readyWaiters.add(waiter);
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
    } finally {
      clearTimeout(timer);
      if (waiter) this.#readyWaiters.delete(waiter);
    }
  }

  get #ready(): boolean {
    return this.available && this.#subscribed;
  }

  #wakeWaiters(): void {
    if (!this.#ready) return;
    for (const waiter of this.#readyWaiters) waiter();
  }

  /** Resolves once Redis answers a PING: the connection is not just open but serving. */
  async ping(): Promise<void> {
    await this.#redis.ping();
  }

  #key(kind: string, id?: string): string {
    return id === undefined ? `${this.#prefix}${kind}` : `${this.#prefix}${kind}:${id}`;
  }

  async getLink(person: PersonKey): Promise<number | undefined> {
    const userId = await this.#redis.hget(this.#key('link'), person);
    return userId === null ? undefined : Number(userId);
  }

  async setLink(person: PersonKey, userId: number): Promise<LinkWrite> {
    await this.#redis.hset(this.#key('link'), person, String(userId));
    return { saved: true };
  }

  async deleteLink(person: PersonKey): Promise<boolean> {
    return (await this.#redis.hdel(this.#key('link'), person)) > 0;
  }

  async getConversation<T>(id: string): Promise<T | undefined> {
    const json = await this.#redis.get(this.#key('conversation', id));
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async setConversation(id: string, value: unknown, ttlMs: number): Promise<void> {
    await this.#redis.set(this.#key('conversation', id), JSON.stringify(value), 'PX', wholeMs(ttlMs));
  }

  async claimEvent(id: string, ttlMs: number): Promise<boolean> {
    return (await this.#redis.set(this.#key('claim', id), '1', 'PX', wholeMs(ttlMs), 'NX')) === 'OK';
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const [count, resetInMs] = await this.#scripts.hit(this.#key('hits', key), wholeMs(windowMs));
    return { count, resetInMs };
  }

  async acquireLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.#redis.set(this.#key('lock', name), owner, 'PX', wholeMs(ttlMs), 'NX')) === 'OK';
  }

  async renewLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.#scripts.renewLock(this.#key('lock', name), owner, wholeMs(ttlMs));
  }

  async releaseLock(name: string, owner: string): Promise<boolean> {
    return this.#scripts.releaseLock(this.#key('lock', name), owner);
  }

  async lockHolder(name: string): Promise<LockHolder | undefined> {
    const holder = await this.#scripts.lockHolder(this.#key('lock', name));
    return holder ? { owner: holder[0], expiresAt: Date.now() + holder[1] } : undefined;
  }

  /** Each miss a key of its own with its expiry, listed by time in a sorted set (pruned as it is read). */
  async keepMiss(miss: Miss, ttlMs: number): Promise<void> {
    const replies = await this.#redis
      .multi()
      .set(this.#key('miss', miss.id), JSON.stringify(miss), 'PX', ttlMs)
      .zadd(this.#key('misses'), miss.at, miss.id)
      .exec();
    const failed = replies?.find(([error]) => error)?.[0];
    if (failed) throw failed;
    await this.#dropExpiredMisses(MISS_INDEX_SWEEP);
  }

  /** Index entries of the oldest misses whose key has expired: swept a few at a time as misses come in. */
  async #dropExpiredMisses(count: number): Promise<void> {
    const oldest = await this.#redis.zrange(this.#key('misses'), 0, count - 1);
    if (oldest.length === 0) return;
    const values = await this.#redis.mget(oldest.map((id) => this.#key('miss', id)));
    const expired = oldest.filter((_, i) => values[i] === null);
    if (expired.length > 0) await this.#redis.zrem(this.#key('misses'), ...expired);
  }

  async forgetMiss(id: string): Promise<void> {
    await this.#redis.multi().del(this.#key('miss', id)).zrem(this.#key('misses'), id).exec();
  }

  async misses(sinceMs: number, limit: number): Promise<Miss[]> {
    if (limit <= 0) return [];
    const ids = await this.#redis.zrevrangebyscore(this.#key('misses'), '+inf', sinceMs, 'LIMIT', 0, limit);
    if (ids.length === 0) return [];
    const values = await this.#redis.mget(ids.map((id) => this.#key('miss', id)));
    const expired = ids.filter((_, i) => values[i] === null);
    if (expired.length > 0) await this.#redis.zrem(this.#key('misses'), ...expired);
    return values.flatMap((json) => (json === null ? [] : [JSON.parse(json) as Miss]));
  }

  /** Votes by answer and voter in one hash, listed by time in a sorted set; kept like links. */
  async vote(vote: Vote): Promise<void> {
    const field = `${vote.answerId}\n${vote.voter}`;
    const replies = await this.#redis
      .multi()
      .hset(this.#key('votes'), field, JSON.stringify(vote))
      .zadd(this.#key('votes-at'), vote.at, field)
      .exec();
    const failed = replies?.find(([error]) => error)?.[0];
    if (failed) throw failed;
  }

  async votes(sinceMs: number, limit: number): Promise<Vote[]> {
    if (limit <= 0) return [];
    const fields = await this.#redis.zrevrangebyscore(
      this.#key('votes-at'),
      '+inf',
      sinceMs,
      'LIMIT',
      0,
      limit,
    );
    if (fields.length === 0) return [];
    const values = await this.#redis.hmget(this.#key('votes'), ...fields);
    return values.flatMap((json) => (json === null ? [] : [JSON.parse(json) as Vote]));
  }

  async audit(entry: AuditEntry): Promise<void> {
    const key = this.#key('audit');
    const replies = await this.#redis
      .multi()
      .lpush(key, JSON.stringify(entry))
      .ltrim(key, 0, this.#auditCap - 1)
      .exec();
    const failed = replies?.find(([error]) => error)?.[0];
    if (failed) throw failed;
  }

  async auditLog(limit: number): Promise<AuditEntry[]> {
    if (limit <= 0) return [];
    const entries = await this.#redis.lrange(this.#key('audit'), 0, limit - 1);
    return entries.map((json) => JSON.parse(json) as AuditEntry);
  }

  /** Every subscribed instance hears it, this one included (through its own subscriber connection). */
  async publishBuild(buildId: string): Promise<void> {
    await this.#redis.publish(this.#channel, buildId);
  }

  onBuild(listener: BuildListener): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([quitOrDisconnect(this.#redis), quitOrDisconnect(this.#subscriber)]);
  }
}

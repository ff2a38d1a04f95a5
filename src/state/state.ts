/**
 * The state Streambot keeps beyond one process and shares between instances: person links,
 * conversation memory, answered-event records, rate-limit counters, the refresh lock, the audit log of
 * refreshes and "a new data build was swapped in" notifications.
 *
 * Backends: SQLite (`sqlite-state.ts`, the embedded default: one file shared by the processes of one
 * machine), Redis (`redis-state.ts`, shared by every instance, wrapped in `fallback-state.ts` so an
 * outage degrades to process memory instead of failing) and process memory (`memory-state.ts`).
 * `openState` (`open-state.ts`) picks one from the configuration.
 *
 * Every method resolves or rejects; none throws synchronously. Times are milliseconds; expiring entries
 * are never returned once their time is up, whenever the backend actually removes them.
 */

declare const personBrand: unique symbol;

/** Who is asking, on which platform: `discord:<userId>`, `slack:<teamId>:<userId>`, `terminal:<name>`. */
export type PersonKey = string & { readonly [personBrand]: 'PersonKey' };

export const personKey = {
  discord: (userId: string) => `discord:${userId}` as PersonKey,
  /** Slack user ids are unique within a workspace (team) only. */
  slack: (teamId: string, userId: string) => `slack:${teamId}:${userId}` as PersonKey,
  terminal: (name: string) => `terminal:${name}` as PersonKey,
};

export type AuditAction = 'refresh' | 'refused_refresh';

export interface AuditEntry {
  /** ISO 8601. */
  at: string;
  /** Who asked (a platform user id or name; never a token). */
  who: string;
  /** Where they asked from: 'discord', 'slack', 'terminal', 'cli'. */
  via: string;
  action: AuditAction;
  outcome: string;
  buildId?: string;
}

/** What became of a link write. */
export interface LinkWrite {
  /**
   * True when the link is stored where every instance, and the next start, will find it. False from the
   * Redis wrapper during an outage (the link is kept in memory and written to Redis when it is back:
   * `FallbackState.pendingLinks()`) and from the memory backend (nothing outlives the process): the bot
   * can then tell the person their link may be forgotten.
   */
  saved: boolean;
}

export interface RateWindow {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again from zero. */
  resetInMs: number;
}

export interface LockHolder {
  owner: string;
  /** Epoch milliseconds (this machine's clock). */
  expiresAt: number;
}

export type BuildListener = (buildId: string) => void;

/** 👍 or 👎 on one answer, with what the answer was about (never who voted: `voter` is a hash). */
export interface Vote {
  answerId: string;
  /** A hash of the person, so a second click changes their vote instead of adding one. */
  voter: string;
  vote: 'up' | 'down';
  /** What the person expected instead (a 👎's optional words), masked. */
  expected?: string;
  command: string;
  lang: string;
  adapter: string;
  build?: string;
  /** The question, masked as kept misses are. */
  question?: string;
  /** Epoch milliseconds. */
  at: number;
}

/** How a kept question ended: not understood, a clarifying choice, or a value asked for and never given. */
export type MissOutcome = 'not_understood' | 'clarify' | 'prompt';

/** A question the bot did not answer, kept so the next round of work on understanding starts from it. */
export interface Miss {
  id: string;
  /** Normalised, with mentions, emails and long numbers masked; never who asked. */
  text: string;
  lang: string;
  adapter: string;
  outcome: MissOutcome;
  /** Epoch milliseconds. */
  at: number;
}

export interface StateStore {
  readonly backend: 'sqlite' | 'redis' | 'memory';

  /** Person links: which ratings user a person is. Kept until deleted. */
  getLink(person: PersonKey): Promise<number | undefined>;
  setLink(person: PersonKey, userId: number): Promise<LinkWrite>;
  /** True when there was a link to delete. */
  deleteLink(person: PersonKey): Promise<boolean>;

  /**
   * Conversation memory (follow-ups: 30 min): one value per conversation id. The value must survive
   * JSON (every backend stores it as JSON, so what comes back is a copy, with dates as strings).
   */
  getConversation<T>(id: string): Promise<T | undefined>;
  setConversation(id: string, value: unknown, ttlMs: number): Promise<void>;

  /**
   * Answered-event records (Slack retries, Discord interaction ids: 1 h): true for the one caller that
   * claims `id` first; false for every other caller until the claim expires.
   */
  claimEvent(id: string, ttlMs: number): Promise<boolean>;

  /**
   * Rate limits, as a fixed-window counter per key: the first hit opens a window of `windowMs` (a later
   * hit's `windowMs` does not change an open window).
   */
  hit(key: string, windowMs: number): Promise<RateWindow>;

  /** The refresh lock: held by one owner token at a time, until released or expired. False: not held by `owner`. */
  acquireLock(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends the lock to `ttlMs` from now if `owner` still holds it. */
  renewLock(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Only the owner may release; false when `owner` did not hold it (any more). */
  releaseLock(name: string, owner: string): Promise<boolean>;
  lockHolder(name: string): Promise<LockHolder | undefined>;

  /** Questions not answered (30 days); `forgetMiss` drops one (a prompt the person then answered). */
  keepMiss(miss: Miss, ttlMs: number): Promise<void>;
  forgetMiss(id: string): Promise<void>;
  /** Kept misses asked at or after `sinceMs`, newest first, at most `limit`. */
  misses(sinceMs: number, limit: number): Promise<Miss[]>;

  /** Feedback on answers: one vote per voter per answer (a second one replaces it), kept. */
  vote(vote: Vote): Promise<void>;
  /** Votes cast at or after `sinceMs`, newest first, at most `limit`. */
  votes(sinceMs: number, limit: number): Promise<Vote[]>;

  /** The audit log of refreshes, kept. */
  audit(entry: AuditEntry): Promise<void>;
  /** The `limit` newest entries, newest first. */
  auditLog(limit: number): Promise<AuditEntry[]>;

  /**
   * A new build was swapped in: every instance's listeners hear it, the publisher's own included. A
   * listener may hear a build more than once (the Redis wrapper repeats one published during an outage
   * when Redis is back), so it should act on the build id, not count calls.
   */
  publishBuild(buildId: string): Promise<void>;
  /** Returns the function that unsubscribes `listener`. A listener that throws is logged, not propagated. */
  onBuild(listener: BuildListener): () => void;

  /** Releases connections and timers; calling it again does nothing. */
  close(): Promise<void>;
}

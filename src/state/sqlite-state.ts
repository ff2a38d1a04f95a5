/**
 * State in a SQLite file of its own (default `data/state.db`), the embedded default: kept across
 * restarts and shared by the processes of one machine that open the same file (Discord shards, a CLI
 * refresh while the bot runs).
 *
 * Every claim, hit and lock change is one statement (an UPSERT whose WHERE decides), so it is atomic
 * across connections and processes: SQLite lets one writer at a time in, the others wait up to
 * `busy_timeout`.
 *
 * Durability: WAL with `synchronous = NORMAL`. A commit is in the WAL file before the call resolves, so
 * it survives the process being killed; only an OS crash or power cut can lose the last commits (never
 * corrupting the file). FULL would fsync every commit, and a question makes three: about a millisecond
 * each on this disk, several times the whole 0.3 ms budget, for data that is mostly minutes-long.
 *
 * Builds: `publishBuild` tells this instance's listeners at once and writes a `builds` row; while an
 * instance has listeners it polls that table (`buildPollMs`), so other processes on the file hear it too.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { logger as defaultLogger, type Logger } from '../log.ts';
import type { RowOf } from '../store/table.ts';
import { BuildListeners } from './build-listeners.ts';
import { migrate, type STATE_TABLES } from './sqlite-schema.ts';
import type {
  AuditAction,
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

export const DEFAULT_STATE_PATH = 'data/state.db';

export interface SqliteStateOptions {
  logger?: Logger;
  /** How often, at most, expired rows are deleted (on a write; no timer). */
  purgeEveryMs?: number;
  /** How often an instance with build listeners looks for builds other processes published. */
  buildPollMs?: number;
  /** How long a write waits for another process's write to finish before failing. */
  busyTimeoutMs?: number;
}

type AuditRow = RowOf<typeof STATE_TABLES.audit>;

const KEPT_BUILDS = 100;

/** The statements, prepared once. Named parameters: `now` is always the caller's clock. */
function prepareStatements(sqlite: BetterSqlite3.Database) {
  return {
    getLink: sqlite.prepare<[string], number>('SELECT user_id FROM links WHERE person = ?').pluck(),
    setLink: sqlite.prepare<[string, number]>(
      'INSERT INTO links (person, user_id) VALUES (?, ?) ON CONFLICT (person) DO UPDATE SET user_id = excluded.user_id',
    ),
    deleteLink: sqlite.prepare<[string]>('DELETE FROM links WHERE person = ?'),
    getConversation: sqlite
      .prepare<[string, number], string>('SELECT value FROM conversations WHERE id = ? AND expires_at > ?')
      .pluck(),
    setConversation: sqlite.prepare<[string, string, number]>(
      `INSERT INTO conversations (id, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    ),
    claimEvent: sqlite.prepare<[{ id: string; now: number; expiresAt: number }]>(
      `INSERT INTO claims (id, expires_at) VALUES (@id, @expiresAt)
       ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= @now`,
    ),
    // Right-hand sides see the row as it was, so an expired window restarts at 1.
    hit: sqlite.prepare<
      [{ key: string; now: number; resetsAt: number }],
      { count: number; resets_at: number }
    >(
      `INSERT INTO rate_windows (key, count, resets_at) VALUES (@key, 1, @resetsAt)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN resets_at <= @now THEN 1 ELSE count + 1 END,
         resets_at = CASE WHEN resets_at <= @now THEN excluded.resets_at ELSE resets_at END
       RETURNING count, resets_at`,
    ),
    acquireLock: sqlite.prepare<[{ name: string; owner: string; now: number; expiresAt: number }]>(
      `INSERT INTO locks (name, owner, expires_at) VALUES (@name, @owner, @expiresAt)
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE locks.expires_at <= @now`,
    ),
    renewLock: sqlite.prepare<[{ name: string; owner: string; now: number; expiresAt: number }]>(
      'UPDATE locks SET expires_at = @expiresAt WHERE name = @name AND owner = @owner AND expires_at > @now',
    ),
    releaseLock: sqlite.prepare<[{ name: string; owner: string; now: number }]>(
      'DELETE FROM locks WHERE name = @name AND owner = @owner AND expires_at > @now',
    ),
    lockHolder: sqlite.prepare<[string, number], { owner: string; expires_at: number }>(
      'SELECT owner, expires_at FROM locks WHERE name = ? AND expires_at > ?',
    ),
    audit: sqlite.prepare<[Omit<AuditRow, 'id'>]>(
      'INSERT INTO audit (at, who, via, action, outcome, build_id) VALUES (@at, @who, @via, @action, @outcome, @build_id)',
    ),
    auditLog: sqlite.prepare<[number], AuditRow>('SELECT * FROM audit ORDER BY id DESC LIMIT ?'),
    publishBuild: sqlite.prepare<[string, number]>(
      'INSERT INTO builds (build_id, published_at) VALUES (?, ?)',
    ),
    lastBuildId: sqlite.prepare<[], number | null>('SELECT max(id) FROM builds').pluck(),
    buildsAfter: sqlite.prepare<[number], { id: number; build_id: string }>(
      'SELECT id, build_id FROM builds WHERE id > ? ORDER BY id',
    ),
    keepMiss: sqlite.prepare<[Miss & { expiresAt: number }]>(
      `INSERT OR REPLACE INTO misses (id, at, expires_at, text, lang, adapter, outcome)
       VALUES (@id, @at, @expiresAt, @text, @lang, @adapter, @outcome)`,
    ),
    forgetMiss: sqlite.prepare<[string]>('DELETE FROM misses WHERE id = ?'),
    misses: sqlite.prepare<[number, number, number], Miss>(
      `SELECT id, at, text, lang, adapter, outcome FROM misses
       WHERE at >= ? AND expires_at > ? ORDER BY at DESC LIMIT ?`,
    ),
    vote: sqlite.prepare<[{ answerId: string; voter: string; at: number; value: string }]>(
      `INSERT INTO votes (answer_id, voter, at, value) VALUES (@answerId, @voter, @at, @value)
       ON CONFLICT (answer_id, voter) DO UPDATE SET at = excluded.at, value = excluded.value`,
    ),
    votes: sqlite
      .prepare<[number, number], string>('SELECT value FROM votes WHERE at >= ? ORDER BY at DESC LIMIT ?')
      .pluck(),
    purge: [
      sqlite.prepare<[number]>('DELETE FROM misses WHERE expires_at <= ?'),
      sqlite.prepare<[number]>('DELETE FROM conversations WHERE expires_at <= ?'),
      sqlite.prepare<[number]>('DELETE FROM claims WHERE expires_at <= ?'),
      sqlite.prepare<[number]>('DELETE FROM rate_windows WHERE resets_at <= ?'),
      sqlite.prepare<[number]>('DELETE FROM locks WHERE expires_at <= ?'),
    ],
    trimBuilds: sqlite.prepare<[number]>('DELETE FROM builds WHERE id <= (SELECT max(id) FROM builds) - ?'),
  };
}

function auditEntryOf(row: AuditRow): AuditEntry {
  const entry: AuditEntry = {
    at: row.at,
    who: row.who,
    via: row.via,
    action: row.action as AuditAction,
    outcome: row.outcome,
  };
  if (row.build_id !== null) entry.buildId = row.build_id;
  return entry;
}

export class SqliteState implements StateStore {
  readonly backend = 'sqlite';
  readonly #sqlite: BetterSqlite3.Database;
  readonly #statements: ReturnType<typeof prepareStatements>;
  readonly #listeners: BuildListeners;
  readonly #log: Logger;
  readonly #purgeEveryMs: number;
  readonly #buildPollMs: number;
  #purgedAt = Date.now();
  /**
   * Expiring writes waiting for their batch's commit (`#batchWritten`); this instance reads pending
   * conversations at once, and waits for the batch before reading misses.
   */
  readonly #pendingConversations = new Map<string, { json: string; expiresAt: number }>();
  readonly #pendingMisses: (Miss & { expiresAt: number })[] = [];
  #batchWrite: Promise<void> | undefined;
  #poll: NodeJS.Timeout | undefined;
  #lastSeenBuild = 0;
  /** Rows this instance published while polling: already told to its listeners. */
  readonly #ownBuilds = new Set<number>();

  constructor(
    readonly path: string = DEFAULT_STATE_PATH,
    options: SqliteStateOptions = {},
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.#log = (options.logger ?? defaultLogger).child({ component: 'state', backend: 'sqlite' });
    this.#purgeEveryMs = options.purgeEveryMs ?? 60_000;
    this.#buildPollMs = options.buildPollMs ?? 1000;
    this.#sqlite = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? 5000 });
    this.#sqlite.pragma('journal_mode = WAL');
    this.#sqlite.pragma('synchronous = NORMAL');
    migrate(this.#sqlite);
    this.#statements = prepareStatements(this.#sqlite);
    this.#listeners = new BuildListeners(this.#log);
  }

  /** The clock for a write, deleting expired rows first when it is time. */
  #writeTime(): number {
    const now = Date.now();
    if (now - this.#purgedAt >= this.#purgeEveryMs) {
      this.#purgedAt = now;
      this.#purge(now);
    }
    return now;
  }

  #purge(now: number): void {
    this.#sqlite.transaction(() => {
      for (const statement of this.#statements.purge) statement.run(now);
      this.#statements.trimBuilds.run(KEPT_BUILDS);
    })();
  }

  async getLink(person: PersonKey): Promise<number | undefined> {
    return this.#statements.getLink.get(person);
  }

  async setLink(person: PersonKey, userId: number): Promise<LinkWrite> {
    this.#statements.setLink.run(person, userId);
    return { saved: true };
  }

  async deleteLink(person: PersonKey): Promise<boolean> {
    return this.#statements.deleteLink.run(person).changes > 0;
  }

  async getConversation<T>(id: string): Promise<T | undefined> {
    const now = Date.now();
    const pending = this.#pendingConversations.get(id);
    const json = pending
      ? pending.expiresAt > now
        ? pending.json
        : undefined
      : this.#statements.getConversation.get(id, now);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  /** Resolves once written, with the other expiring writes of the same turn of the event loop, in one transaction. */
  setConversation(id: string, value: unknown, ttlMs: number): Promise<void> {
    return this.#enqueue((now) =>
      this.#pendingConversations.set(id, { json: JSON.stringify(value), expiresAt: now + ttlMs }),
    );
  }

  /** Queues an expiring write for the turn's batch; like every method, rejects, never throws. */
  #enqueue(add: (now: number) => void): Promise<void> {
    try {
      // The sweep of expired rows may run here.
      add(this.#writeTime());
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#batchWritten();
  }

  /** The batch's promise: written once this turn of the event loop is done (a commit per write cost more than answering). */
  #batchWritten(): Promise<void> {
    this.#batchWrite ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        this.#batchWrite = undefined;
        try {
          this.#writeBatch();
          resolve();
        } catch (error) {
          reject(error);
        }
      }),
    );
    return this.#batchWrite;
  }

  #writeBatch(): void {
    if (this.#pendingConversations.size === 0 && this.#pendingMisses.length === 0) return;
    if (!this.#sqlite.open) throw new Error('the state is closed');
    const conversations = [...this.#pendingConversations];
    const misses = this.#pendingMisses.splice(0);
    this.#pendingConversations.clear();
    this.#sqlite.transaction(() => {
      for (const [id, { json, expiresAt }] of conversations)
        this.#statements.setConversation.run(id, json, expiresAt);
      for (const miss of misses) this.#statements.keepMiss.run(miss);
    })();
  }

  async claimEvent(id: string, ttlMs: number): Promise<boolean> {
    const now = this.#writeTime();
    return this.#statements.claimEvent.run({ id, now, expiresAt: now + ttlMs }).changes > 0;
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const now = this.#writeTime();
    const row = this.#statements.hit.get({ key, now, resetsAt: now + windowMs })!;
    return { count: row.count, resetInMs: row.resets_at - now };
  }

  async acquireLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.#writeTime();
    return this.#statements.acquireLock.run({ name, owner, now, expiresAt: now + ttlMs }).changes > 0;
  }

  async renewLock(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    return this.#statements.renewLock.run({ name, owner, now, expiresAt: now + ttlMs }).changes > 0;
  }

  async releaseLock(name: string, owner: string): Promise<boolean> {
    return this.#statements.releaseLock.run({ name, owner, now: Date.now() }).changes > 0;
  }

  async lockHolder(name: string): Promise<LockHolder | undefined> {
    const row = this.#statements.lockHolder.get(name, Date.now());
    return row && { owner: row.owner, expiresAt: row.expires_at };
  }

  keepMiss(miss: Miss, ttlMs: number): Promise<void> {
    return this.#enqueue((now) => this.#pendingMisses.push({ ...miss, expiresAt: now + ttlMs }));
  }

  async forgetMiss(id: string): Promise<void> {
    const pending = this.#pendingMisses.findIndex((miss) => miss.id === id);
    if (pending >= 0) this.#pendingMisses.splice(pending, 1);
    else this.#statements.forgetMiss.run(id);
  }

  async misses(sinceMs: number, limit: number): Promise<Miss[]> {
    // The misses of this turn first; whoever kept them hears if that failed.
    await this.#batchWrite?.catch(() => undefined);
    return this.#statements.misses.all(sinceMs, Date.now(), Math.max(0, limit));
  }

  async vote(vote: Vote): Promise<void> {
    this.#statements.vote.run({
      answerId: vote.answerId,
      voter: vote.voter,
      at: vote.at,
      value: JSON.stringify(vote),
    });
  }

  async votes(sinceMs: number, limit: number): Promise<Vote[]> {
    return this.#statements.votes.all(sinceMs, Math.max(0, limit)).map((json) => JSON.parse(json) as Vote);
  }

  async audit(entry: AuditEntry): Promise<void> {
    const { at, who, via, action, outcome } = entry;
    this.#statements.audit.run({ at, who, via, action, outcome, build_id: entry.buildId ?? null });
  }

  async auditLog(limit: number): Promise<AuditEntry[]> {
    if (limit <= 0) return [];
    return this.#statements.auditLog.all(limit).map(auditEntryOf);
  }

  async publishBuild(buildId: string): Promise<void> {
    const { lastInsertRowid } = this.#statements.publishBuild.run(buildId, this.#writeTime());
    if (this.#poll) this.#ownBuilds.add(Number(lastInsertRowid));
    this.#listeners.notify(buildId);
  }

  onBuild(listener: BuildListener): () => void {
    const remove = this.#listeners.add(listener);
    this.#startPolling();
    return () => {
      remove();
      if (this.#listeners.size === 0) this.#stopPolling();
    };
  }

  #startPolling(): void {
    if (this.#poll || this.#buildPollMs <= 0) return;
    this.#lastSeenBuild = this.#statements.lastBuildId.get() ?? 0;
    this.#poll = setInterval(() => this.#pollBuilds(), this.#buildPollMs);
    this.#poll.unref();
  }

  #stopPolling(): void {
    clearInterval(this.#poll);
    this.#poll = undefined;
    this.#ownBuilds.clear();
  }

  #pollBuilds(): void {
    let rows: { id: number; build_id: string }[];
    try {
      rows = this.#statements.buildsAfter.all(this.#lastSeenBuild);
    } catch (error) {
      // Another process holding the write lock past the busy timeout: the next poll tries again.
      this.#log.warn({ event: 'state_build_poll_failed', err: error }, 'could not read published builds');
      return;
    }
    for (const row of rows) {
      this.#lastSeenBuild = row.id;
      if (!this.#ownBuilds.delete(row.id)) this.#listeners.notify(row.build_id);
    }
  }

  async close(): Promise<void> {
    this.#stopPolling();
    if (!this.#sqlite.open) return;
    this.#writeBatch();
    this.#sqlite.close();
  }
}

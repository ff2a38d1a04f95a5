/**
 * What this process did to the state during a Redis outage that other instances must learn when Redis
 * is back: links set or deleted, audit entries, locks held or released, events claimed, conversations
 * written and the last build published. Rate-limit counts are not kept: their windows start afresh.
 *
 * Only the latest write per key is kept, so a long outage grows the journal by the keys touched, not by
 * the calls made. Replay writes each entry with its remaining time and forgets it once Redis took it;
 * an entry whose time ran out is dropped unwritten.
 */
import { isRedisUnavailable } from './redis-errors.ts';
import type { AuditEntry, PersonKey, StateStore } from './state.ts';

interface HeldLock {
  name: string;
  owner: string;
  /** Undefined: released. */
  expiresAt: number | undefined;
}

export interface ReplayCounts {
  links: number;
  audit: number;
  locks: number;
  claims: number;
  conversations: number;
  builds: number;
}

/** An entry Redis refused for a reason other than being unreachable: replaying it again would not help. */
export type ReplayRefused = (kind: keyof ReplayCounts, error: unknown) => void;

export class OutageJournal {
  /** null: deleted. */
  readonly #links = new Map<PersonKey, number | null>();
  readonly #audit: AuditEntry[] = [];
  /** By name and owner: one owner's release must not be lost to another's later acquire. */
  readonly #locks = new Map<string, HeldLock>();
  readonly #claims = new Map<string, number>();
  readonly #conversations = new Map<string, { value: unknown; expiresAt: number }>();
  #build: string | undefined;

  get empty(): boolean {
    return (
      this.#links.size === 0 &&
      this.#audit.length === 0 &&
      this.#locks.size === 0 &&
      this.#claims.size === 0 &&
      this.#conversations.size === 0 &&
      this.#build === undefined
    );
  }

  pendingLinks(): PersonKey[] {
    return [...this.#links.keys()];
  }

  setLink(person: PersonKey, userId: number): void {
    this.#links.set(person, userId);
  }

  deleteLink(person: PersonKey): void {
    this.#links.set(person, null);
  }

  audit(entry: AuditEntry): void {
    this.#audit.push({ ...entry });
  }

  holdLock(name: string, owner: string, expiresAt: number): void {
    this.#locks.set(JSON.stringify([name, owner]), { name, owner, expiresAt });
  }

  releaseLock(name: string, owner: string): void {
    this.#locks.set(JSON.stringify([name, owner]), { name, owner, expiresAt: undefined });
  }

  claim(id: string, expiresAt: number): void {
    this.#claims.set(id, expiresAt);
  }

  setConversation(id: string, value: unknown, expiresAt: number): void {
    // A copy as the backends store it: the caller may change its object afterwards.
    this.#conversations.set(id, { value: JSON.parse(JSON.stringify(value)), expiresAt });
  }

  publishBuild(buildId: string): void {
    this.#build = buildId;
  }

  /**
   * Writes everything into `store` (Redis), including what is journaled while the replay runs, until
   * the journal is empty. Rejects when Redis is lost again: what was not written yet stays journaled.
   */
  async replay(store: StateStore, refused: ReplayRefused): Promise<ReplayCounts> {
    const counts: ReplayCounts = { links: 0, audit: 0, locks: 0, claims: 0, conversations: 0, builds: 0 };
    const write = async (kind: keyof ReplayCounts, operation: () => Promise<unknown>) => {
      try {
        await operation();
        counts[kind]++;
      } catch (error) {
        if (isRedisUnavailable(error)) throw error;
        refused(kind, error);
      }
    };
    while (!this.empty) {
      await drain(this.#links, (person, userId) =>
        write('links', () => (userId === null ? store.deleteLink(person) : store.setLink(person, userId))),
      );
      while (this.#audit.length > 0) {
        await write('audit', () => store.audit(this.#audit[0]!));
        this.#audit.shift();
      }
      await drain(this.#locks, (_key, { name, owner, expiresAt }) => {
        if (expiresAt === undefined) return write('locks', () => store.releaseLock(name, owner));
        const ttlMs = expiresAt - Date.now();
        if (ttlMs <= 0) return;
        // Redis may still hold it for this owner (taken before the outage): then extending it is enough.
        return write('locks', async () => {
          if (!(await store.renewLock(name, owner, ttlMs))) await store.acquireLock(name, owner, ttlMs);
        });
      });
      await drain(this.#claims, (id, expiresAt) => {
        const ttlMs = expiresAt - Date.now();
        if (ttlMs > 0) return write('claims', () => store.claimEvent(id, ttlMs));
      });
      await drain(this.#conversations, (id, { value, expiresAt }) => {
        const ttlMs = expiresAt - Date.now();
        if (ttlMs > 0) return write('conversations', () => store.setConversation(id, value, ttlMs));
      });
      const build = this.#build;
      if (build !== undefined) {
        await write('builds', () => store.publishBuild(build));
        if (this.#build === build) this.#build = undefined;
      }
    }
    return counts;
  }
}

/**
 * Writes each entry and forgets it, unless it was written again meanwhile (the next pass of `replay`
 * takes the newer value). A write that rejects leaves its entry and every later one in place.
 */
async function drain<K, V>(entries: Map<K, V>, write: (key: K, value: V) => Promise<void> | undefined) {
  for (const [key, value] of entries) {
    await write(key, value);
    if (entries.get(key) === value) entries.delete(key);
  }
}

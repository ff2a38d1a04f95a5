/**
 * One refresh at a time across processes and hosts (a CLI refresh while the bot runs, Discord shards,
 * several Slack instances): the state service's lock, held under an owner token that also says who holds
 * it, with an expiry that the holder renews while it works. A holder that dies stops renewing, so its
 * lock ends by itself within one `ttlMs`.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../log.ts';
import type { StateStore } from '../state/state.ts';
import type { Requester } from './refresh.ts';
import type { RefreshPhase } from './refresh-protocol.ts';

export interface LockHolder {
  host: string;
  pid: number;
  requester: Requester;
  startedAt: string;
  /** Known only for a refresh run by this process. */
  phase?: RefreshPhase;
}

export type LockAttempt = { ok: true; release: () => Promise<void> } | { ok: false; holder: LockHolder };

export type LockState = Pick<StateStore, 'acquireLock' | 'renewLock' | 'releaseLock' | 'lockHolder'>;

export const REFRESH_LOCK_NAME = 'refresh';
/** Long enough to ride out a slow state backend; short enough that a crashed holder blocks briefly. */
export const REFRESH_LOCK_TTL_MS = 60_000;

/** The owner token: unique per attempt, and readable by whoever finds the lock taken. */
function ownerToken(holder: LockHolder): string {
  return JSON.stringify({ token: randomUUID(), ...holder });
}

function holderOf(owner: string): LockHolder | undefined {
  try {
    const { token: _token, ...holder } = JSON.parse(owner) as LockHolder & { token: string };
    return holder.requester && holder.startedAt ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Someone holds the lock with a token this version cannot read: still a holder, shown as unknown. */
const UNKNOWN_HOLDER: LockHolder = {
  host: 'unknown',
  pid: 0,
  requester: { userId: 'unknown', via: 'cli' },
  startedAt: new Date(0).toISOString(),
};

export async function acquireRefreshLock(
  state: LockState,
  holder: Omit<LockHolder, 'host' | 'pid'>,
  logger: Logger,
  ttlMs = REFRESH_LOCK_TTL_MS,
  /** Called once if a renewal finds the lock gone (it expired and another holder may have it). */
  onLost: () => void = () => {},
): Promise<LockAttempt> {
  const owner = ownerToken({ host: hostname(), pid: process.pid, ...holder });
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await state.acquireLock(REFRESH_LOCK_NAME, owner, ttlMs)) {
      const renewal = setInterval(() => {
        state.renewLock(REFRESH_LOCK_NAME, owner, ttlMs).then(
          (held) => {
            if (held) return;
            clearInterval(renewal);
            logger.error({ event: 'refresh_lock_lost' }, 'the refresh lock expired while refreshing');
            onLost();
          },
          (error: unknown) =>
            logger.warn({ err: (error as Error).message }, 'the refresh lock could not be renewed'),
        );
      }, ttlMs / 3);
      renewal.unref();
      return {
        ok: true,
        release: async () => {
          clearInterval(renewal);
          await state.releaseLock(REFRESH_LOCK_NAME, owner);
        },
      };
    }
    // Taken: say by whom. It may have been released in between, hence one more try.
    const current = await state.lockHolder(REFRESH_LOCK_NAME);
    if (current) return { ok: false, holder: holderOf(current.owner) ?? UNKNOWN_HOLDER };
  }
  throw new Error('could not take the refresh lock: it is taken and released over and over');
}

/**
 * One refresh at a time across processes (a CLI refresh while the bot runs, Discord shards, several
 * Slack instances on one store): a lock file beside the live store, created exclusively, naming who
 * holds it. A lock whose process is gone is stale and taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { Requester } from './refresh.ts';
import type { RefreshPhase } from './refresh-protocol.ts';

export interface LockHolder {
  pid: number;
  requester: Requester;
  startedAt: string;
  /** Known only for a refresh run by this process. */
  phase?: RefreshPhase;
}

export type LockAttempt = { ok: true; release: () => void } | { ok: false; holder: LockHolder };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

export function refreshLockPath(storePath: string): string {
  return `${storePath}.refresh-lock`;
}

export function acquireRefreshLock(storePath: string, holder: LockHolder): LockAttempt {
  const path = refreshLockPath(storePath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(holder));
      } finally {
        closeSync(fd);
      }
      return { ok: true, release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(path);
      if (current && isAlive(current.pid)) return { ok: false, holder: current };
      rmSync(path, { force: true });
    }
  }
  const current = readHolder(path);
  if (current) return { ok: false, holder: current };
  throw new Error(`could not take the refresh lock ${path}`);
}

/**
 * Admin data refresh: one at a time, admins only, run in a child process while the live store keeps
 * serving; on success the live store is reloaded, on any failure it is left exactly as it was.
 * Adapters call `refresh()` with a callback that edits one message in place as phases advance.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Answer, Locale } from '../answer.ts';
import type { Logger } from '../log.ts';
import { metrics } from '../metrics.ts';
import type { AuditAction, StateStore } from '../state/state.ts';
import { type BuildInfo, readBuildInfo } from '../store/build-info.ts';
import type { LiveStore } from '../store/live.ts';
import { isAdmin } from './access.ts';
import { readModelMetrics } from './build.ts';
import {
  describeFailure,
  describeProgress,
  describeRefusal,
  describeRunning,
  describeSuccess,
} from './refresh-answers.ts';
import { acquireRefreshLock, type LockHolder, type LockState } from './refresh-lock.ts';
import type { RefreshJobMessage, RefreshJobRequest, RefreshPhase } from './refresh-protocol.ts';

export interface Requester {
  userId: string;
  /** How the requester is shown to other admins ("@ana on Slack"). */
  name?: string;
  via: 'discord' | 'slack' | 'terminal' | 'cli' | 'http';
  locale?: Locale;
}

export interface RunningRefresh {
  requester: Requester;
  startedAt: Date;
  phase: RefreshPhase;
  /** The child process doing the work (exposed so operators and tests can stop it). */
  child: ChildProcess;
  /** Why it was ended on purpose (`stop()`, or its lock lost), when it was. */
  stopReason?: string;
}

/** Shows a progress answer; called one at a time, and never after `refresh()` resolved. */
export type RefreshUpdate = (answer: Answer) => unknown;

export interface RefreshServiceOptions {
  live: LiveStore;
  rawDir: string;
  /** Chat user ids allowed to refresh; the command line is always allowed. */
  admins: readonly string[];
  logger: Logger;
  /** Fewest milliseconds between two progress updates of the same phase. */
  updateIntervalMs?: number;
  /**
   * Shared state: its lock keeps to one refresh across processes and hosts, every refresh and refusal
   * goes to its audit log, and a new build is announced to every instance.
   */
  state: Pick<StateStore, 'audit' | 'publishBuild'> & LockState;
  /** How long the refresh lock outlives a holder that stopped renewing it. */
  lockTtlMs?: number;
}

const LOCK_LOST = 'the refresh was stopped: its lock expired, so another refresh may have started';

const JOB_PATH = fileURLToPath(new URL('./refresh-job.ts', import.meta.url));
/** tsx runs the TypeScript job; resolved from this package so any working directory works. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export class RefreshService {
  #running: RunningRefresh | null = null;

  constructor(private readonly options: RefreshServiceOptions) {}

  get running(): RunningRefresh | null {
    return this.#running;
  }

  /** Stops a running refresh (the bot is shutting down): the live store stays as it is. */
  stop(): void {
    if (!this.#running) return;
    this.#end(this.#running, 'the refresh was stopped because the bot is shutting down');
  }

  /**
   * Runs a refresh (or refuses one) and resolves with the final answer to show the requester. Never
   * rejects: whatever goes wrong (the lock, the child process, reopening the store) becomes a failure
   * answer saying why, and the live store keeps serving.
   */
  async refresh(requester: Requester, onUpdate: RefreshUpdate = () => {}): Promise<Answer> {
    const locale = requester.locale ?? 'en';
    const { logger } = this.options;
    if (!isAdmin(this.options.admins, requester)) {
      logger.warn(
        { event: 'refresh_refused', userId: requester.userId, via: requester.via },
        'refresh refused',
      );
      this.#audit(requester, 'refused_refresh', 'refused: not an admin');
      metrics.refresh('refused');
      return describeRefusal(locale);
    }
    try {
      return await this.#refreshAsAdmin(requester, onUpdate, locale);
    } catch (error) {
      const reason = (error as Error).message;
      logger.error({ event: 'refresh_failed', reason }, 'refresh failed');
      metrics.refresh('failed');
      return describeFailure(reason, this.#servingBuild(), locale);
    }
  }

  async #refreshAsAdmin(requester: Requester, onUpdate: RefreshUpdate, locale: Locale): Promise<Answer> {
    const { logger } = this.options;
    const startedAt = new Date();
    const lock = this.#running
      ? { ok: false as const, holder: this.#holder(this.#running) }
      : await acquireRefreshLock(
          this.options.state,
          { requester, startedAt: startedAt.toISOString() },
          logger,
          this.options.lockTtlMs,
          // Another instance may take an expired lock: two refreshes must never swap files together.
          () => {
            if (this.#running) this.#end(this.#running, LOCK_LOST);
          },
        );
    if (!lock.ok) {
      logger.info(
        { event: 'refresh_busy', userId: requester.userId, via: requester.via },
        'refresh already running',
      );
      metrics.refresh('busy');
      return describeRunning(lock.holder, locale);
    }

    try {
      const previous = this.#snapshot();
      const request: RefreshJobRequest = { rawDir: this.options.rawDir, dbPath: this.options.live.path };
      const child = fork(JOB_PATH, [], {
        execArgv: ['--import', TSX_LOADER],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        env: { ...process.env, STREAMBOT_LOG_LEVEL: 'warn' },
      });
      const running: RunningRefresh = { requester, startedAt, phase: 'reading', child };
      this.#running = running;
      logger.info(
        { event: 'refresh_started', userId: requester.userId, via: requester.via, pid: child.pid },
        'refresh started',
      );
      const outcome = await this.#watch(running, request, onUpdate, locale);
      if (outcome.type === 'done') {
        running.phase = 'swapping';
        this.options.live.reload();
        const current = this.#snapshot();
        logger.info(
          { event: 'refresh_done', buildId: current.build?.buildId, wallMs: outcome.wallMs },
          'refresh done',
        );
        const buildId = current.build?.buildId;
        this.#audit(requester, 'refresh', 'done', buildId);
        metrics.refresh('done', outcome.wallMs / 1000);
        if (buildId)
          this.options.state
            .publishBuild(buildId)
            .catch((error: unknown) =>
              logger.warn({ err: (error as Error).message }, 'new build not announced to other instances'),
            );
        return describeSuccess({ previous, current, etl: outcome.etl, wallMs: outcome.wallMs }, locale);
      }
      logger.error({ event: 'refresh_failed', reason: outcome.message }, 'refresh failed');
      this.#audit(requester, 'refresh', `failed: ${outcome.message}`);
      metrics.refresh('failed', (Date.now() - startedAt.getTime()) / 1000);
      return describeFailure(outcome.message, previous.build, locale);
    } finally {
      this.#running = null;
      await lock
        .release()
        .catch((error: unknown) =>
          logger.warn(
            { err: (error as Error).message },
            'the refresh lock was not released; it expires by itself',
          ),
        );
    }
  }

  #end(running: RunningRefresh, reason: string): void {
    running.stopReason = reason;
    running.child.kill('SIGTERM');
  }

  /** Who refreshed or was refused, when, and how it went: kept in the shared state's audit log. */
  #audit(requester: Requester, action: AuditAction, outcome: string, buildId?: string): void {
    const entry = {
      at: new Date().toISOString(),
      who: requester.name ?? requester.userId,
      via: requester.via,
      action,
      outcome,
      ...(buildId ? { buildId } : {}),
    };
    this.options.state
      .audit(entry)
      .catch((error: unknown) =>
        this.options.logger.warn({ err: (error as Error).message }, 'refresh audit entry not kept'),
      );
  }

  /** The build serving now, for a failure answer; unknown when even that cannot be read. */
  #servingBuild(): BuildInfo | null {
    try {
      return this.#snapshot().build;
    } catch {
      return null;
    }
  }

  #holder(running: RunningRefresh): LockHolder {
    const { requester, startedAt, phase } = running;
    return { host: hostname(), pid: process.pid, requester, startedAt: startedAt.toISOString(), phase };
  }

  #snapshot(): { build: BuildInfo | null; model: Record<string, number> } {
    const { sqlite } = this.options.live.current();
    return { build: readBuildInfo(sqlite), model: readModelMetrics(sqlite) };
  }

  #watch(
    running: RunningRefresh,
    request: RefreshJobRequest,
    onUpdate: RefreshUpdate,
    locale: Locale,
  ): Promise<Extract<RefreshJobMessage, { type: 'done' | 'failed' }>> {
    const { child } = running;
    const interval = this.options.updateIntervalMs ?? 1500;
    let lastUpdate = 0;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    // Updates are shown one after another, and all before the outcome, so a late progress message
    // never overwrites the final answer in the adapter that edits one message in place.
    let updates: Promise<void> = Promise.resolve();
    const update = (answer: Answer) => {
      updates = updates
        .then(async () => {
          await onUpdate(answer);
        })
        .catch((error: unknown) =>
          this.options.logger.warn(
            { event: 'refresh_update_failed', err: error },
            'could not show refresh progress',
          ),
        );
    };
    return new Promise((resolve) => {
      let settled = false;
      const settle = (message: Extract<RefreshJobMessage, { type: 'done' | 'failed' }>) => {
        if (settled) return;
        settled = true;
        updates.then(() => resolve(message));
      };
      child.on('message', (message: RefreshJobMessage) => {
        if (message.type === 'progress') {
          const now = Date.now();
          if (message.phase === running.phase && now - lastUpdate < interval) return;
          running.phase = message.phase;
          lastUpdate = now;
          update(describeProgress(running, message, locale));
        } else {
          settle(message);
        }
      });
      child.on('error', (error) =>
        settle({ type: 'failed', message: `the refresh process failed: ${error.message}` }),
      );
      child.on('close', (code, signal) => {
        const lastError = stderr.trim().split('\n').at(-1);
        const why = running.stopReason
          ? running.stopReason
          : signal
            ? `the refresh process was stopped by ${signal}`
            : `the refresh process exited with code ${code}${lastError ? ` (${lastError})` : ''}`;
        settle({ type: 'failed', message: why });
      });
      child.send(request);
    });
  }
}

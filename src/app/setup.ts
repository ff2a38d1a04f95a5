/**
 * Getting a core running for the command line and the terminal: the store opened, or built first
 * (from the configured raw data, else the demo data) when there is none yet.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RefreshService } from '../admin/refresh.ts';
import { createBotCore, type StreambotCore } from '../bot/create-core.ts';
import type { PersonLinks } from '../bot/links.ts';
import type { Config } from '../config.ts';
import { type Logger, logger } from '../log.ts';
import { metrics } from '../metrics.ts';
import { servingModel } from '../recommender/serving.ts';
import { MemoryState } from '../state/memory-state.ts';
import { openState } from '../state/open-state.ts';
import type { StateStore } from '../state/state.ts';
import { buildInfoOf } from '../store/build-info.ts';
import { LiveStore } from '../store/live.ts';

export interface StoreSource {
  dbPath: string;
  rawDir: string;
  rawIsDemo: boolean;
}

/** A core ready to serve, on its live store, with the admin refresh when wired. */
export interface Serving {
  core: StreambotCore;
  live: LiveStore;
  refresh: RefreshService | undefined;
  state: StateStore | undefined;
  /** Stops a running refresh and closes the store, and the state (resolved once its writes are out). */
  close(): Promise<void>;
}

export interface ReadyCore extends Serving {
  /** True when the store was built just now. */
  built: boolean;
  /** The data build serving, when the store records one. */
  buildId?: string;
  /** Whether recommendations can be answered. */
  modelTrained: boolean;
}

export interface SetupHooks {
  /** Called before a missing store is built, with where it is built from. */
  onBuildStart?(source: StoreSource): void;
  /** Called before the recommender is trained on a store just built. */
  onTrainStart?(): void;
  onTrainFailed?(error: Error): void;
}

/**
 * Builds the store at `config.dbPath` from `config.rawDir` unless it exists, then trains the
 * recommender into it (a store from a refresh carries both); true when it built.
 */
export async function ensureStore(config: Config, hooks: SetupHooks = {}): Promise<boolean> {
  if (existsSync(resolve(config.dbPath))) return false;
  hooks.onBuildStart?.({ dbPath: config.dbPath, rawDir: config.rawDir, rawIsDemo: config.rawIsDemo });
  const { runEtl } = await import('../../etl/index.ts');
  const { progressBars } = await import('../../etl/progress-bars.ts');
  const progress = progressBars();
  try {
    await runEtl({
      rawDir: config.rawDir,
      dbPath: config.dbPath,
      onProgress: (event) => progress.update(event),
    });
  } finally {
    progress.stop();
  }
  hooks.onTrainStart?.();
  try {
    const { trainStore } = await import('../recommender/training.ts');
    const { resolveTrainOptions } = await import('../recommender/options.ts');
    await trainStore(config.dbPath, {
      options: resolveTrainOptions({}),
      threshold: config.recommendThreshold,
    });
  } catch (error) {
    // The catalog questions do not need the model: serve them, and say recommendations are off.
    hooks.onTrainFailed?.(error as Error);
  }
  return true;
}

export interface ServingOptions {
  logger?: Logger;
  /** Wire the admin refresh into the core (chat bots); the terminal and the command line go without. */
  refresh?: boolean;
  /** Who each person is in the ratings (default: kept in this process). */
  links?: PersonLinks;
  /** The state that outlives the process (links, follow-ups…), closed with the serving. */
  state?: StateStore;
}

/** The core over the live store at `config.dbPath` (which must exist), and the refresh behind it. */
export function openServing(config: Config, options: ServingOptions = {}): Serving {
  const live = new LiveStore(config.dbPath);
  const log = options.logger ?? logger;
  const refresh = options.refresh
    ? new RefreshService({
        live,
        rawDir: config.rawDir,
        admins: config.admins,
        logger: log,
        // Without shared state the lock and the audit log live and die with this process.
        state: options.state ?? new MemoryState(),
      })
    : undefined;
  metrics.watchBuild(() => buildInfoOf(live.current()));
  // A refresh on another instance swaps a new file in: serve it at once, not at the next periodic check.
  const stopListening = options.state?.onBuild(() => live.reloadIfReplaced());
  const core = createBotCore({
    store: live,
    config,
    logger: log,
    ...(refresh ? { refresh } : {}),
    ...(options.links ? { links: options.links } : {}),
    ...(options.state ? { state: options.state } : {}),
    keepQuestions: config.keepQuestions,
    memoEntries: config.memoEntries,
  });
  return {
    core,
    live,
    refresh,
    state: options.state,
    close: async () => {
      stopListening?.();
      refresh?.stop();
      live.close();
      await options.state
        ?.close()
        .catch((error: unknown) => log.warn({ err: (error as Error).message }, 'state close failed'));
    },
  };
}

/** Builds the store if missing (see `ensureStore`), then opens it for serving: what every adapter runs on. */
/** The state the configuration names: Redis when `STREAMBOT_REDIS_URL` is set, else the SQLite file. */
export function openConfiguredState(config: Config, log: Logger): Promise<StateStore> {
  return openState({ redisUrl: config.state.redisUrl, sqlitePath: config.state.sqlitePath, logger: log });
}

export async function readyServing(
  config: Config,
  hooks: SetupHooks = {},
  options: ServingOptions & { sharedState?: boolean } = {},
): Promise<ReadyCore> {
  const built = await ensureStore(config, hooks);
  const serving = openServing(config, {
    ...options,
    ...(options.sharedState ? { state: await openConfiguredState(config, options.logger ?? logger) } : {}),
  });
  const store = serving.live.current();
  return {
    ...serving,
    built,
    buildId: buildInfoOf(store)?.buildId,
    modelTrained: servingModel(store) !== null,
  };
}

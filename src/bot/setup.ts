/**
 * Getting a core running for the command line and the terminal: the store opened, or built first
 * (from the configured raw data, else the demo data) when there is none yet.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { servingModel } from '../recommender/serving.ts';
import { readBuildInfo } from '../store/build-info.ts';
import { LiveStore } from '../store/live.ts';
import { createBotCore, type StreambotCore } from './create-core.ts';

export interface StoreSource {
  dbPath: string;
  rawDir: string;
  rawIsDemo: boolean;
}

export interface ReadyCore {
  core: StreambotCore;
  live: LiveStore;
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

export async function readyCore(config: Config, hooks: SetupHooks = {}): Promise<ReadyCore> {
  const built = await ensureStore(config, hooks);
  const live = new LiveStore(config.dbPath);
  const store = live.current();
  const core = createBotCore({ store: live, config });
  return {
    core,
    live,
    built,
    buildId: readBuildInfo(store.sqlite)?.buildId,
    modelTrained: servingModel(store) !== null,
  };
}

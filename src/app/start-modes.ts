/**
 * Running Streambot in one of its modes, on a ready store: the terminal chat (with a banner saying
 * which data it serves), or the Discord or Slack adapter (each written by its own module, loaded
 * only when chosen) until the process is told to stop.
 */
import cluster from 'node:cluster';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpApiOptions } from '../adapters/http/api.ts';
import { type Config, DEFAULT_HTTP_PORT } from '../config.ts';
import { logger } from '../log.ts';
import { serveMetrics } from '../metrics.ts';
import { readBuildInfo } from '../store/build-info.ts';
import { ensureStore, type ReadyCore, readyServing, type SetupHooks, type StoreSource } from './setup.ts';
import { untilStopped } from './until-stopped.ts';

export interface StartModeOptions {
  /** Discord: run sharded ("auto" or a number). */
  shards?: string;
}

export async function startMode(
  mode: 'terminal' | 'discord' | 'slack' | 'http',
  config: Config,
  options: StartModeOptions = {},
) {
  // A clustered server's workers leave the metrics port to their primary, which serves all of theirs.
  const metricsServer =
    config.metricsPort === undefined || cluster.isWorker
      ? undefined
      : await serveMetrics(config.metricsPort, logger);
  try {
    switch (mode) {
      case 'terminal':
        return await startTerminalChat(config);
      case 'discord':
        return await startDiscordBot(config, options.shards);
      case 'slack':
        return await startSlackBot(config);
      case 'http':
        return await startHttpServer(config);
    }
  } finally {
    await metricsServer?.close();
  }
}

function buildingBanner(source: StoreSource): string {
  const from = source.rawIsDemo
    ? `the DEMO data in ${source.rawDir} (synthetic; set STREAMBOT_RAW_DIR for the real catalogs)`
    : `the raw data in ${source.rawDir}`;
  return `No store at ${source.dbPath} yet: building it from ${from}…`;
}

function servingBanner(config: Config, ready: ReadyCore): string {
  const info = readBuildInfo(ready.live.current().sqlite);
  const rawDir = info?.rawDir ?? config.rawDir;
  const demo = resolve(rawDir) === resolve('data/demo');
  const lines = [
    'Streambot — ask about the Amazon Prime, Disney+, Hulu and Netflix catalogs, in English or Spanish.',
    `Data: ${config.dbPath}${ready.buildId ? ` (build ${ready.buildId})` : ''}, from ${demo ? `the DEMO data in ${rawDir} (synthetic)` : rawDir}${ready.built ? ', built just now' : ''}.`,
  ];
  if (!ready.modelTrained)
    lines.push('Recommendations are off until the model is trained: `streambot train`.');
  lines.push('Type a question, “help” for examples, or “exit” to leave.');
  return lines.join('\n');
}

/** Progress of a first build, told to a person (terminal) or to the log (chat adapters). */
function setupHooks(say: (line: string) => void): SetupHooks {
  return {
    onBuildStart: (source) => say(buildingBanner(source)),
    onTrainStart: () => say('Training the recommender on it…'),
    onTrainFailed: (error) => say(`Training failed (${error.message}); recommendations stay off.`),
  };
}

async function startTerminalChat(config: Config): Promise<void> {
  const ready = await readyServing(
    config,
    setupHooks((line) => process.stdout.write(`${line}\n`)),
    { sharedState: true },
  );
  const { startTerminal } = await import('../adapters/terminal.ts');
  try {
    await startTerminal(ready.core, {
      banner: servingBanner(config, ready),
      historyFile: process.env.STREAMBOT_HISTORY ?? join(homedir(), '.streambot_history'),
    });
  } finally {
    await ready.close();
  }
}

async function startDiscordBot(config: Config, shards: string | undefined): Promise<void> {
  const log = logger.child({ mode: 'discord' });
  if (shards !== undefined) {
    await ensureStore(
      config,
      setupHooks((line) => log.info(line)),
    );
    const { startDiscordSharded } = await import('../adapters/discord/sharding.ts');
    const count = shards === 'auto' ? 'auto' : Number(shards);
    const entry = fileURLToPath(new URL('./discord-shard.ts', import.meta.url));
    const started = startDiscordSharded(config, { shards: count, entry });
    // Listen for SIGTERM from the start: one that arrives while the shards are still spawning stops
    // them once they are up, instead of killing this process and leaving them running.
    const stopped = untilStopped(async () => (await started.catch(() => undefined))?.stop());
    await started;
    await stopped;
    return;
  }
  const ready = await readyChatBot(config, log);
  const { startDiscord } = await import('../adapters/discord.ts');
  const handle = await startDiscord(config, ready.core, { state: ready.state });
  const http = await startHttpBeside(config, ready, log);
  log.info({ build: ready.buildId }, 'streambot is running on Discord');
  await untilStopped(async () => {
    await handle.stop();
    await http?.stop();
    await ready.close();
  });
}

async function startSlackBot(config: Config): Promise<void> {
  const log = logger.child({ mode: 'slack' });
  const ready = await readyChatBot(config, log);
  const { startSlack } = await import('../adapters/slack.ts');
  const { httpApiHandler } = await import('../adapters/http.ts');
  // In HTTP mode the Slack app's port serves the HTTP API too; Socket Mode serves it on its own port.
  const mounted = config.slack.appToken
    ? undefined
    : await httpApiHandler(httpApiOptions(config, ready, log));
  const handle = await startSlack(config, ready.core, {
    state: ready.state,
    ...(mounted ? { otherRequests: mounted.handle } : {}),
  });
  const http = mounted ? undefined : await startHttpBeside(config, ready, log);
  log.info({ build: ready.buildId, mode: handle.mode, port: handle.port }, 'streambot is running on Slack');
  await untilStopped(async () => {
    await handle.stop();
    await mounted?.close();
    await http?.stop();
    await ready.close();
  });
}

async function startHttpServer(config: Config): Promise<void> {
  const workers = config.http.workers ?? 1;
  if (workers > 1 && cluster.isPrimary) {
    const { runHttpCluster } = await import('./http-cluster.ts');
    return runHttpCluster(
      config,
      workers,
      setupHooks((line) => logger.info(line)),
    );
  }
  const log = logger.child({ mode: 'http', ...(cluster.isWorker ? { worker: cluster.worker?.id } : {}) });
  let rateCounter: HttpApiOptions['rateCounter'];
  if (cluster.isWorker) {
    // First, so the primary can read this worker's metrics while the store and model load.
    const { askPrimary } = await import('./cluster-ipc.ts');
    rateCounter = askPrimary().counter;
    // The primary is gone (its IPC channel closed): no worker outlives it.
    process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  }
  const ready = await readyChatBot(config, log);
  const { startHttp } = await import('../adapters/http.ts');
  const handle = await startHttp({
    ...httpApiOptions(config, ready, log),
    ...(rateCounter ? { rateCounter } : {}),
    port: config.http.port ?? DEFAULT_HTTP_PORT,
  });
  log.info({ build: ready.buildId, port: handle.port }, 'streambot is serving HTTP');
  await untilStopped(
    async () => {
      await handle.stop();
      await ready.close();
    },
    { ignoreRepeats: cluster.isWorker },
  );
  // A worker's IPC channel would keep it running: stopped, it exits.
  if (cluster.isWorker) process.exit(0);
}

function httpApiOptions(config: Config, ready: ReadyCore, log: typeof logger) {
  return {
    core: ready.core,
    live: ready.live,
    settings: config.http,
    recommendThreshold: config.recommendThreshold,
    logger: log,
    ...(ready.state ? { state: ready.state } : {}),
  };
}

/** A chat bot also serves the HTTP API on STREAMBOT_HTTP_PORT when that is set. */
async function startHttpBeside(config: Config, ready: ReadyCore, log: typeof logger) {
  if (config.http.port === undefined) return undefined;
  const { startHttp } = await import('../adapters/http.ts');
  return startHttp({ ...httpApiOptions(config, ready, log), port: config.http.port });
}

/** A chat bot's core on a ready store, with the admin refresh over the same live store. */
function readyChatBot(config: Config, log: typeof logger): Promise<ReadyCore> {
  return readyServing(
    config,
    setupHooks((line) => log.info(line)),
    { logger: log, refresh: true, sharedState: true },
  );
}

/**
 * One shard process under discord.js's ShardingManager (src/adapters/discord/sharding.ts). discord.js reads the shard id
 * and count from the environment the manager sets; this opens the store, builds the core and runs
 * the adapter. After an admin refresh on any shard, every shard's LiveStore notices the new file.
 */
import { startDiscord } from '../adapters/discord.ts';
import { loadConfig } from '../config.ts';
import { logger } from '../log.ts';
import { serveMetrics } from '../metrics.ts';
import { openConfiguredState, openServing } from './setup.ts';

const log = logger.child({ adapter: 'discord', shardProcess: process.pid });

try {
  const config = loadConfig();
  const state = await openConfiguredState(config, log);
  const serving = openServing(config, { logger: log, refresh: true, state });
  const handle = await startDiscord(config, serving.core, { logger: log, state });
  // Each shard counts its own questions: shard N serves them on STREAMBOT_METRICS_PORT + 1 + N.
  const shard = Number(process.env.SHARDS ?? 0);
  const metricsServer =
    config.metricsPort === undefined
      ? undefined
      : await serveMetrics(config.metricsPort === 0 ? 0 : config.metricsPort + 1 + shard, log);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([handle.stop(), metricsServer?.close()]).finally(async () => {
      await serving.close();
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The manager's IPC channel closes when it dies: no shard outlives it.
  process.once('disconnect', stop);
} catch (error) {
  log.fatal({ err: error }, 'discord shard could not start');
  process.exit(1);
}

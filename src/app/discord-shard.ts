/**
 * One shard process under discord.js's ShardingManager (src/adapters/discord/sharding.ts). discord.js reads the shard id
 * and count from the environment the manager sets; this opens the store, builds the core and runs
 * the adapter. After an admin refresh on any shard, every shard's LiveStore notices the new file.
 */
import { startDiscord } from '../adapters/discord.ts';
import { loadConfig } from '../config.ts';
import { logger } from '../log.ts';
import { openConfiguredState, openServing } from './setup.ts';

const log = logger.child({ adapter: 'discord', shardProcess: process.pid });

try {
  const config = loadConfig();
  const state = await openConfiguredState(config, log);
  const serving = openServing(config, { logger: log, refresh: true, state });
  const handle = await startDiscord(config, serving.core, { logger: log, state });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void handle.stop().finally(() => {
      serving.close();
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

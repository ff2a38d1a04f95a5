/**
 * One shard process under discord.js's ShardingManager (see sharding.ts). discord.js reads the shard id
 * and count from the environment the manager sets; this opens the store, builds the core and runs
 * the adapter. After an admin refresh on any shard, every shard's LiveStore notices the new file.
 */
import { RefreshService } from '../../admin/refresh.ts';
import { createBotCore } from '../../bot/create-core.ts';
import { loadConfig } from '../../config.ts';
import { logger } from '../../log.ts';
import { LiveStore } from '../../store/live.ts';
import { startDiscord } from '../discord.ts';

const log = logger.child({ adapter: 'discord', shardProcess: process.pid });

try {
  const config = loadConfig();
  const live = new LiveStore(config.dbPath);
  const core = createBotCore({ store: live, config, logger: log });
  const refresh = new RefreshService({ live, rawDir: config.rawDir, admins: config.admins, logger: log });
  const handle = await startDiscord(config, core, { logger: log, refresh });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void handle.stop().finally(() => {
      live.close();
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

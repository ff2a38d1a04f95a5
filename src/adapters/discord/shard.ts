/**
 * One shard process under discord.js's ShardingManager (see sharding.ts). discord.js reads the shard id
 * and count from the environment the manager sets; this opens the store, builds the core and runs
 * the adapter. After an admin refresh here, the manager tells every shard to reopen the new store.
 */
import { RefreshService } from '../../admin/refresh.ts';
import { createBotCore } from '../../bot/create-core.ts';
import { loadConfig } from '../../config.ts';
import { logger } from '../../log.ts';
import { readBuildInfo } from '../../store/build-info.ts';
import { LiveStore } from '../../store/live.ts';
import { startDiscord } from '../discord.ts';
import { isShardNotice, RELOAD_STORE, STORE_REPLACED } from './shard-notices.ts';

const log = logger.child({ adapter: 'discord', shardProcess: process.pid });

try {
  const config = loadConfig();
  const live = new LiveStore(config.dbPath);
  const buildId = () => readBuildInfo(live.current().sqlite)?.buildId;
  const core = createBotCore({ store: live, config, logger: log });
  const service = new RefreshService({ live, rawDir: config.rawDir, admins: config.admins, logger: log });
  const refresh: Pick<RefreshService, 'refresh'> = {
    async refresh(requester, onUpdate) {
      const before = buildId();
      const outcome = await service.refresh(requester, onUpdate);
      if (buildId() !== before) process.send?.({ streambot: STORE_REPLACED });
      return outcome;
    },
  };
  process.on('message', (message) => {
    if (isShardNotice(message, RELOAD_STORE)) {
      live.reload();
      log.info({ build: buildId() }, 'discord shard reopened the refreshed store');
    }
  });
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

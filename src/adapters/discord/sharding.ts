/**
 * Large installs: discord.js's ShardingManager runs one process per shard (the `entry` script the
 * application gives, src/app/discord-shard.ts), each with its own client, core and read-only store, all
 * configured from the same environment. `auto` asks Discord
 * (through DISCORD_API_URL when set) how many shards it recommends.
 */
import { once } from 'node:events';
import { REST, type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import type { Config } from '../../config.ts';
import { type Logger, logger } from '../../log.ts';
import { DiscordConfigError, requireToken, restOptions } from './credentials.ts';

/** Discord allows one IDENTIFY per 5 s per concurrency bucket; the margin is discord.js's. */
const IDENTIFY_INTERVAL_MS = 5_500;
const SHARD_READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export interface ShardedOptions {
  shards: 'auto' | number;
  /** The script each shard process runs. */
  entry: string;
  logger?: Logger;
}

export interface ShardedHandle {
  manager: ShardingManager;
  stop(): Promise<void>;
}

/** Stops a shard process (SIGTERM lets it close its gateway session) and waits until it has exited. */
async function killShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child) return; // already stopped
  shard.kill();
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
  await exited;
  clearTimeout(force);
}

/** Spawns every shard and resolves once all are ready; a shard that dies later is respawned. */
export async function startDiscordSharded(config: Config, options: ShardedOptions): Promise<ShardedHandle> {
  const token = requireToken(config.discord);
  if (options.shards !== 'auto' && !(Number.isInteger(options.shards) && options.shards >= 1)) {
    throw new DiscordConfigError(`--shards must be "auto" or a whole number ≥ 1, not ${options.shards}`);
  }
  const log = options.logger ?? logger.child({ adapter: 'discord' });
  const gateway = (await new REST(restOptions(config.discord))
    .setToken(token)
    .get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const total = options.shards === 'auto' ? gateway.shards : options.shards;
  const manager = new ShardingManager(options.entry, {
    token,
    totalShards: total,
    mode: 'process',
    respawn: true,
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, shards: total }, 'discord shard process started');
    shard.on('death', () => log.warn({ shard: shard.id }, 'discord shard process exited; respawning'));
  });
  const stop = async () => {
    await Promise.all([...manager.shards.values()].map(killShard));
  };
  try {
    await manager.spawn({
      amount: total,
      delay: gateway.session_start_limit.max_concurrency >= total ? 0 : IDENTIFY_INTERVAL_MS,
      timeout: SHARD_READY_TIMEOUT_MS,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  log.info({ shards: total }, 'discord shards ready');
  return { manager, stop };
}

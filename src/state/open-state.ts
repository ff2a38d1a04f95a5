/**
 * The state the bot runs with: Redis, wrapped so an outage falls back to process memory, when a Redis
 * URL is configured (several instances, on one machine or many); else the SQLite file.
 */
import type { Logger } from '../log.ts';
import { FallbackState } from './fallback-state.ts';
import { DEFAULT_STATE_PATH, SqliteState } from './sqlite-state.ts';
import type { StateStore } from './state.ts';

export interface OpenStateOptions {
  /** `redis://…`; unset or empty: SQLite. */
  redisUrl?: string;
  /** The SQLite file (default `data/state.db`). */
  sqlitePath?: string;
  logger: Logger;
  /** Key prefix in Redis (default `streambot:`). */
  redisKeyPrefix?: string;
  /**
   * How long to wait for Redis before serving from memory (the wrapper switches to Redis as soon as it
   * answers). Opening never fails because Redis is down.
   */
  redisReadyTimeoutMs?: number;
}

export async function openState(options: OpenStateOptions): Promise<StateStore> {
  const { logger } = options;
  const url = options.redisUrl?.trim();
  if (!url) {
    const state = new SqliteState(options.sqlitePath ?? DEFAULT_STATE_PATH, { logger });
    logger.info({ event: 'state_opened', backend: 'sqlite', path: state.path }, 'state in SQLite');
    return state;
  }
  // Loaded only here: ioredis costs every process that keeps its state in SQLite a tenth of a second.
  const { RedisState } = await import('./redis-state.ts');
  const redis = new RedisState({ url, keyPrefix: options.redisKeyPrefix, logger });
  await redis.whenReady(options.redisReadyTimeoutMs ?? 2000);
  const state = new FallbackState(redis, { logger });
  logger.info({ event: 'state_opened', backend: 'redis', degraded: state.degraded }, 'state in Redis');
  return state;
}

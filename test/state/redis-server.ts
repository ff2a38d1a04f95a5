/**
 * The real `redis-server` the Redis state suites run against (the helper lives in bench/, which starts
 * one the same way). Without it installed those suites are skipped.
 */
import { REDIS_SERVER_INSTALL_HINT, redisServerInstalled } from '../../bench/redis-server.ts';

export { type RedisServer, startRedisServer } from '../../bench/redis-server.ts';

export const hasRedisServer = redisServerInstalled();

/** The one line saying why the Redis suites did not run (called by the contract suite only). */
export function noteMissingRedisServer(): void {
  if (!hasRedisServer) console.log(`Redis state suites skipped: ${REDIS_SERVER_INSTALL_HINT}`);
}

/** Messages between the sharding manager and its shard processes (beside discord.js's own). */

/** Shard → manager: an admin refresh here replaced the store file. */
export const STORE_REPLACED = 'store-replaced';
/** Manager → every shard: reopen the store file. */
export const RELOAD_STORE = 'reload-store';

export type ShardNotice = typeof STORE_REPLACED | typeof RELOAD_STORE;

export function isShardNotice(message: unknown, notice: ShardNotice): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { streambot?: unknown }).streambot === notice
  );
}

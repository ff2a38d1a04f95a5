/**
 * The Lua scripts of the Redis state: each runs atomically on the server, in one round trip. ioredis
 * sends them by SHA (EVALSHA) and loads them again by itself after a restart emptied the script cache.
 */
import type { Redis } from 'ioredis';

const SCRIPTS = {
  /** Fixed window: the first hit (or a key somehow left without expiry) starts the window. */
  streambotHit: {
    numberOfKeys: 1,
    lua: `
      local count = redis.call('INCR', KEYS[1])
      local ttl = redis.call('PTTL', KEYS[1])
      if ttl < 0 then
        ttl = tonumber(ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ttl)
      end
      return {count, ttl}`,
  },
  streambotRenewLock: {
    numberOfKeys: 1,
    lua: `
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('PEXPIRE', KEYS[1], ARGV[2])
      end
      return 0`,
  },
  streambotReleaseLock: {
    numberOfKeys: 1,
    lua: `
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0`,
  },
  /** The owner and ms left, read together so the lock cannot expire in between; nil when free. */
  streambotLockHolder: {
    numberOfKeys: 1,
    lua: `
      local owner = redis.call('GET', KEYS[1])
      if not owner then return nil end
      return {owner, redis.call('PTTL', KEYS[1])}`,
  },
} as const;

type ScriptCommands = Record<keyof typeof SCRIPTS, (...args: (string | number)[]) => Promise<unknown>>;

export interface StateScripts {
  /** [count after this hit, ms until the window resets] */
  hit(key: string, windowMs: number): Promise<[number, number]>;
  renewLock(key: string, owner: string, ttlMs: number): Promise<boolean>;
  releaseLock(key: string, owner: string): Promise<boolean>;
  /** [owner, ms left], or null when nobody holds it. */
  lockHolder(key: string): Promise<[string, number] | null>;
}

export function defineScripts(redis: Redis): StateScripts {
  for (const [name, definition] of Object.entries(SCRIPTS)) redis.defineCommand(name, definition);
  // defineCommand adds the methods at run time; ioredis's types cannot know them.
  const commands = redis as unknown as ScriptCommands;
  return {
    hit: async (key, windowMs) => (await commands.streambotHit(key, windowMs)) as [number, number],
    renewLock: async (key, owner, ttlMs) => (await commands.streambotRenewLock(key, owner, ttlMs)) === 1,
    releaseLock: async (key, owner) => (await commands.streambotReleaseLock(key, owner)) === 1,
    lockHolder: async (key) => (await commands.streambotLockHolder(key)) as [string, number] | null,
  };
}

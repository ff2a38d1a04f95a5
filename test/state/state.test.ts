/** The state contract (test/state/contract.ts) against each backend. */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { MemoryState } from '../../src/state/memory-state.ts';
import { RedisState } from '../../src/state/redis-state.ts';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { defineStateContract } from './contract.ts';
import {
  hasRedisServer,
  noteMissingRedisServer,
  type RedisServer,
  startRedisServer,
} from './redis-server.ts';

describe('memory state', () => {
  defineStateContract(() => ({
    savesLinks: false,
    space() {
      const state = new MemoryState();
      return { instance: async () => state };
    },
  }));
});

describe('sqlite state', () => {
  defineStateContract(() => ({
    savesLinks: true,
    space() {
      const path = join(scratchDir('state'), 'state.db');
      // A fast poll, so another instance hears a build without the test waiting long.
      return { instance: async () => new SqliteState(path, { buildPollMs: 10 }) };
    },
  }));
});

noteMissingRedisServer();

describe.skipIf(!hasRedisServer)('redis state', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.close());

  defineStateContract(() => ({
    savesLinks: true,
    space() {
      // One server for the file; a key prefix of its own per test.
      const keyPrefix = `test:${randomUUID()}:`;
      return {
        async instance() {
          const state = new RedisState({ url: server.url, keyPrefix });
          if (!(await state.whenReady(10_000)))
            throw new Error(`redis-server on ${server.url} did not answer`);
          return state;
        },
      };
    },
  }));
});

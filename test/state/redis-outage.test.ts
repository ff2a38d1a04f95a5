/**
 * The Redis wrapper through a real outage: the redis-server is stopped mid-run and started again on the
 * same port (empty: it keeps nothing on disk), and everything the process did meanwhile must reach it.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FallbackState } from '../../src/state/fallback-state.ts';
import { openState } from '../../src/state/open-state.ts';
import { RedisState } from '../../src/state/redis-state.ts';
import { type AuditEntry, personKey, type StateStore } from '../../src/state/state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { hasRedisServer, type RedisServer, startRedisServer } from './redis-server.ts';
import { eventually } from './wait.ts';

const LONG_MS = 10 * 60_000;
const ana = personKey.slack('T1', 'U_ANA');
const bo = personKey.discord('42');
const refresh: AuditEntry = {
  at: '2026-11-01T10:00:00.000Z',
  who: 'U_ANA',
  via: 'slack',
  action: 'refresh',
  outcome: 'ok',
  buildId: 'b-outage',
};

interface LogLine {
  level: number;
  event?: string;
  [field: string]: unknown;
}

/** A logger whose JSON lines the test reads. */
function capturedLogger() {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

const PINO_WARN = 40;
const PINO_INFO = 30;

describe.skipIf(!hasRedisServer)('Redis state through an outage', () => {
  let server: RedisServer;
  let keyPrefix: string;
  const opened: StateStore[] = [];
  const clients: Redis[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);

  beforeAll(async () => {
    server = await startRedisServer();
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server?.close();
  });
  beforeEach(() => {
    keyPrefix = `test:${randomUUID()}:`;
    unhandled.length = 0;
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((state) => state.close()));
    for (const client of clients.splice(0)) client.disconnect();
  });

  async function open(logger: pino.Logger, redisReadyTimeoutMs?: number): Promise<FallbackState> {
    const state = await openState({
      redisUrl: server.url,
      redisKeyPrefix: keyPrefix,
      logger,
      redisReadyTimeoutMs,
    });
    opened.push(state);
    expect(state).toBeInstanceOf(FallbackState);
    return state as FallbackState;
  }

  /** Another instance that was never part of the outage, reading what Redis now holds. */
  async function freshInstance(): Promise<RedisState> {
    const state = new RedisState({ url: server.url, keyPrefix });
    opened.push(state);
    expect(await state.whenReady(10_000)).toBe(true);
    return state;
  }

  function rawClient(): Redis {
    const client = new Redis(server.url, { lazyConnect: false });
    clients.push(client);
    return client;
  }

  it('keeps answering while Redis is down, warns once, and writes back what happened when it returns', async () => {
    const { logger, lines } = capturedLogger();
    const state = await open(logger);
    const heard: string[] = [];
    state.onBuild((buildId) => heard.push(buildId));
    expect(state.degraded).toBe(false);
    expect(await state.setLink(ana, 1)).toEqual({ saved: true });
    expect(await state.acquireLock('refresh', 'owner-a', LONG_MS)).toBe(true);

    await server.stop();

    // Links and held locks carry into the outage; the rest starts empty, in this process only.
    expect(await state.getLink(ana)).toBe(1);
    expect(await state.setLink(bo, 2)).toEqual({ saved: false });
    expect(state.pendingLinks()).toEqual([bo]);
    expect(await state.getLink(bo)).toBe(2);
    await state.setConversation('C1', { lastCommand: 'get_actor' }, LONG_MS);
    expect(await state.getConversation('C1')).toEqual({ lastCommand: 'get_actor' });
    expect(await state.claimEvent('Ev1', LONG_MS)).toBe(true);
    expect(await state.claimEvent('Ev1', LONG_MS)).toBe(false);
    expect((await state.hit('ask:U_ANA', LONG_MS)).count).toBe(1);
    expect((await state.hit('ask:U_ANA', LONG_MS)).count).toBe(2);
    expect(await state.acquireLock('refresh', 'owner-b', LONG_MS)).toBe(false);
    expect(await state.renewLock('refresh', 'owner-a', LONG_MS)).toBe(true);
    await state.audit(refresh);
    expect(await state.auditLog(5)).toEqual([refresh]);
    await state.publishBuild('b-outage');
    expect(heard).toEqual(['b-outage']);
    for (let i = 0; i < 50; i++) await state.getConversation(`C${i}`);
    expect(state.degraded).toBe(true);

    const warnings = lines.filter((line) => line.level >= PINO_WARN);
    expect(warnings.map((line) => line.event)).toEqual(['state_fallback']);

    await server.start();
    await eventually('the wrapper to use Redis again', () => !state.degraded);

    expect(lines.filter((line) => line.event === 'state_redis_back')).toEqual([
      expect.objectContaining({
        level: PINO_INFO,
        replayed: { links: 1, audit: 1, locks: 1, claims: 1, conversations: 1, builds: 1 },
      }),
    ]);
    expect(lines.filter((line) => line.level >= PINO_WARN)).toHaveLength(1);
    expect(state.pendingLinks()).toEqual([]);

    // The server came back empty; what this process did during the outage is there now.
    expect(await rawClient().hget(`${keyPrefix}link`, bo)).toBe('2');
    const other = await freshInstance();
    expect(await other.getLink(bo)).toBe(2);
    expect(await other.getConversation('C1')).toEqual({ lastCommand: 'get_actor' });
    expect(await other.claimEvent('Ev1', LONG_MS)).toBe(false);
    expect(await other.acquireLock('refresh', 'owner-b', LONG_MS)).toBe(false);
    expect(await other.lockHolder('refresh')).toMatchObject({ owner: 'owner-a' });
    expect(await other.auditLog(5)).toEqual([refresh]);

    // Calls go to Redis again, and this instance hears other instances' builds again.
    expect(await state.setLink(ana, 3)).toEqual({ saved: true });
    expect(await other.getLink(ana)).toBe(3);
    await eventually('a build published by another instance to be heard', async () => {
      await other.publishBuild('b-after');
      return heard.includes('b-after');
    });
    expect(unhandled).toEqual([]);
  });

  it('opens while Redis is down, answering from memory, and moves to Redis once it answers', async () => {
    await server.stop();
    const { logger, lines } = capturedLogger();
    const state = await open(logger, 200);
    expect(state.degraded).toBe(true);
    expect(await state.setLink(ana, 5)).toEqual({ saved: false });
    expect(await state.claimEvent('Ev-start', LONG_MS)).toBe(true);
    expect(lines.filter((line) => line.level >= PINO_WARN).map((line) => line.event)).toEqual([
      'state_fallback',
    ]);

    await server.start();
    await eventually('the wrapper to use Redis again', () => !state.degraded);
    expect(await rawClient().hget(`${keyPrefix}link`, ana)).toBe('5');
    expect(await (await freshInstance()).claimEvent('Ev-start', LONG_MS)).toBe(false);
    expect(lines.filter((line) => line.event === 'state_redis_back')).toHaveLength(1);
    expect(unhandled).toEqual([]);
  });

  it('passes on an error Redis answers (a key of the wrong type) instead of taking it for an outage', async () => {
    const { logger, lines } = capturedLogger();
    const state = await open(logger);
    await rawClient().set(`${keyPrefix}link`, 'not a hash');
    await expect(state.getLink(ana)).rejects.toThrow(/WRONGTYPE/);
    expect(state.degraded).toBe(false);
    expect(lines.filter((line) => line.level >= PINO_WARN)).toEqual([]);
  });
});

describe('openState', () => {
  it('opens the SQLite file when no Redis URL is configured', async () => {
    const path = join(scratchDir('open-state'), 'nested', 'state.db');
    const state = await openState({ redisUrl: '', sqlitePath: path, logger: pino({ level: 'silent' }) });
    try {
      expect(state.backend).toBe('sqlite');
      await state.setLink(ana, 1);
      expect(await state.getLink(ana)).toBe(1);
    } finally {
      await state.close();
    }
  });
});

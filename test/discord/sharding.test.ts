/**
 * `streambot start discord --shards auto`: the ShardingManager asks the fake Discord how many shards to
 * run, spawns one process per shard, and each answers the events routed to it with the real core. An
 * admin refresh on one shard is served by all of them afterwards, and a person's questions count against
 * one rate limit whichever shard answers them.
 */

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ShardedHandle, startDiscordSharded } from '../../src/adapters/discord/sharding.ts';
import { DEFAULT_RATE_LIMIT } from '../../src/adapters/rate-limit.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { openStore } from '../../src/store/open.ts';
import { FakeDiscord, fakeUser, shardOf, snowflake } from './fake-discord.ts';
import { captureLogs, discordConfig, embedText, eventually, type SentBody } from './harness.ts';

const SHARDS = 2;
const admin = fakeUser('admin');
let fake: FakeDiscord;
let sharded: ShardedHandle;
let dir: string;
let dbPath: string;
/** Shard N serves its metrics on this + 1 + N. */
let metricsBase: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
const savedEnv = { ...process.env };

beforeAll(async () => {
  metricsBase = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'streambot-discord-shards-'));
  dbPath = join(dir, 'live.db');
  copyFileSync(inject('stores').demo, dbPath);
  fake = await FakeDiscord.start({ shards: SHARDS, maxConcurrency: SHARDS });
  const config = discordConfig(fake, dbPath);
  // Shard processes read their configuration from the environment, as in production.
  Object.assign(process.env, {
    DISCORD_API_URL: fake.apiUrl,
    STREAMBOT_DB: dbPath,
    STREAMBOT_RAW_DIR: config.rawDir,
    STREAMBOT_ADMINS: admin.id,
    STREAMBOT_LOG_LEVEL: 'warn',
    // The shards' shared state: one SQLite file on this machine (Redis across machines).
    STREAMBOT_STATE: join(dir, 'state.db'),
    STREAMBOT_METRICS_PORT: String(metricsBase),
  });
  const entry = fileURLToPath(new URL('../../src/app/discord-shard.ts', import.meta.url));
  sharded = await startDiscordSharded(config, { shards: 'auto', entry, logger: captureLogs().logger });
});

afterAll(async () => {
  await sharded?.stop();
  await fake?.close();
  process.env = savedEnv;
  rmSync(dir, { recursive: true, force: true });
});

/** A guild id whose events Discord routes to `shard`. */
function guildOnShard(shard: number): string {
  for (;;) {
    const id = snowflake();
    if (shardOf(id, SHARDS) === shard) return id;
  }
}

function read<T>(query: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(dbPath);
  try {
    return query(store);
  } finally {
    store.close();
  }
}

async function answerOn(shard: number, name: string, options: { name: string; value: string }[] = []) {
  const sent = fake.sendInteraction({
    name,
    guildId: guildOnShard(shard),
    options: options.map((o) => ({ ...o, type: 3 as const })),
  });
  return (await fake.waitForRequest({ method: 'PATCH', path: sent.originalPath })).body as SentBody;
}

describe('Discord sharding', () => {
  it('runs the recommended number of shard processes, each identifying as its own shard', () => {
    const identified = fake.handshakes.filter((h) => h.op === 'identify').map((h) => h.shard);
    expect(identified).toHaveLength(SHARDS);
    expect(identified).toEqual(expect.arrayContaining([...Array(SHARDS).keys()].map((id) => [id, SHARDS])));
    expect(sharded.manager.shards.size).toBe(SHARDS);
  });

  it('answers on every shard with the real core', async () => {
    const movies = read(
      (store) =>
        store.sqlite
          .prepare(`SELECT count(*) AS n FROM titles WHERE platform = 'netflix' AND type = 'movie'`)
          .get() as { n: number },
    ).n;
    for (let shard = 0; shard < SHARDS; shard++) {
      const edit = await answerOn(shard, 'count', [{ name: 'platform', value: 'netflix' }]);
      expect(edit.embeds?.[0]?.fields?.map((f) => f.value)).toContain(String(movies));
    }
  });

  it('counts each shard’s questions in that shard’s metrics', async () => {
    for (let shard = 0; shard < SHARDS; shard++) {
      const scraped = await (await fetch(`http://127.0.0.1:${metricsBase + 1 + shard}/metrics`)).text();
      expect(scraped).toMatch(
        /^streambot_questions_total\{command="get_count_platform",adapter="discord",language="en",outcome="answered"\} 1$/m,
      );
    }
  });

  it('serves an admin refresh made on shard 0 from every shard', async () => {
    const before = read((store) => readBuildInfo(store.sqlite)?.buildId);
    const sent = fake.sendInteraction({ name: 'refresh', user: admin, guildId: guildOnShard(0) });
    await eventually(
      () => read((store) => readBuildInfo(store.sqlite)?.buildId) !== before,
      'the new build',
      30_000,
    );
    const after = read((store) => readBuildInfo(store.sqlite)?.buildId)!;
    await fake.waitForRequest(
      (r) => r.path === sent.originalPath && embedText((r.body as SentBody).embeds?.[0]).includes(after),
    );
    // The other shard notices the replaced file on its own (LiveStore checks about once a second).
    let footer = '';
    const deadline = Date.now() + 10_000;
    while (!footer.includes(after) && Date.now() < deadline) {
      footer = (await answerOn(SHARDS - 1, 'status')).embeds?.[0]?.footer?.text ?? '';
    }
    expect(footer).toContain(after);
  });

  it('holds one rate limit across the shard processes', async () => {
    const eager = fakeUser('eager');
    const replies: string[] = [];
    for (let i = 0; i <= DEFAULT_RATE_LIMIT.max; i++) {
      const sent = fake.sendInteraction({ name: 'help', user: eager, guildId: guildOnShard(i % SHARDS) });
      const callback = await fake.waitForRequest({ method: 'POST', path: sent.callbackPath });
      replies.push((callback.body as { data?: { content?: string } }).data?.content ?? 'answered');
    }
    // Asked alternately on each shard: each shard alone saw only half, yet the one over the limit is refused.
    expect(replies.slice(0, DEFAULT_RATE_LIMIT.max)).toEqual(Array(DEFAULT_RATE_LIMIT.max).fill('answered'));
    expect(replies.at(-1)).toMatch(
      /^You're asking faster than I can answer .* Give me \d+ s and ask again\.$/,
    );
  });

  it('stops every shard process', async () => {
    const children = [...sharded.manager.shards.values()].map((shard) => shard.process);
    await sharded.stop();
    for (const child of children) expect(child?.exitCode ?? child?.signalCode).not.toBeNull();
  });
});

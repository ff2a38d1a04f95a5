/**
 * Two Slack instances (two Bolt apps, two cores) sharing one Redis, behind a small round-robin proxy on
 * loopback, answering the fake Slack: they behave as one bot. A retry that lands on the other instance is
 * not answered twice; a retry of an event no instance saw is answered once; a follow-up and a link made on
 * one instance are known on the other; a refresh on one is refused on the other while it runs, and the
 * other serves the new build at once. Needs redis-server (CI installs it).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type SlackHandle, startSlack } from '../../src/adapters/slack.ts';
import { openServing, type Serving } from '../../src/app/setup.ts';
import { DEMO_RAW_DIR, loadConfig } from '../../src/config.ts';
import { openState } from '../../src/state/open-state.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { hasRedisServer, type RedisServer, startRedisServer } from '../state/redis-server.ts';
import { type FakeSlack, startFakeSlack } from './fake-slack.ts';
import { BOT_TOKEN, eventBody, JSON_TYPE, mentionEvent, postToApp, SIGNING_SECRET } from './requests.ts';
import { signedHeaders } from './sign.ts';

const quiet = pino({ level: 'silent' });
const ADMIN = 'U0ADMIN';

/** Forwards each request to the next instance in turn, and remembers which one got it. */
function roundRobin(ports: number[]): Promise<{ server: Server; port: number; landedOn: number[] }> {
  const landedOn: number[] = [];
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % ports.length;
    landedOn.push(index);
    const forwarded = request(
      {
        host: '127.0.0.1',
        port: ports[index],
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(forwarded);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, landedOn }),
    ),
  );
}

describe.skipIf(!hasRedisServer)('two Slack instances sharing Redis behind a round-robin proxy', () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  let dir: string;
  const servings: Serving[] = [];
  const apps: SlackHandle[] = [];
  let proxy: Awaited<ReturnType<typeof roundRobin>>;

  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await startFakeSlack();
    // The store on a volume both instances mount; each opens it itself, as separate hosts would.
    dir = mkdtempSync(join(tmpdir(), 'streambot-two-instances-'));
    copyFileSync(inject('stores').demo, join(dir, 'live.db'));
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      STREAMBOT_DB: join(dir, 'live.db'),
      STREAMBOT_RAW_DIR: DEMO_RAW_DIR,
      STREAMBOT_ADMINS: ADMIN,
    });
    for (let i = 0; i < 2; i++) {
      const state = await openState({ redisUrl: redis.url, logger: quiet });
      const serving = openServing(config, { logger: quiet, refresh: true, state });
      servings.push(serving);
      apps.push(
        await startSlack(config, serving.core, {
          host: '127.0.0.1',
          processBeforeResponse: true,
          state,
          logger: quiet,
        }),
      );
    }
    proxy = await roundRobin(apps.map((app) => app.port));
  });
  afterAll(async () => {
    proxy?.server.close();
    for (const app of apps) await app.stop();
    for (const serving of servings) serving.close();
    await fake?.close();
    await redis?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    fake.reset();
    proxy.landedOn.length = 0;
  });

  /** A delivery of `body` through the proxy; a retry carries Slack's retry headers. */
  const deliver = (body: string, retry?: { num: number; reason: string }) =>
    postToApp(proxy.port, body, JSON_TYPE, {
      ...signedHeaders(SIGNING_SECRET, body),
      ...(retry ? { 'x-slack-retry-num': String(retry.num), 'x-slack-retry-reason': retry.reason } : {}),
    });
  const posts = () => fake.posts().map((p) => JSON.stringify(p.params.blocks ?? p.params.text).toLowerCase());

  it('answers a mention once when its retry lands on the other instance', async () => {
    const body = eventBody(mentionEvent('how many movies does netflix have'));
    await deliver(body);
    await deliver(body, { num: 1, reason: 'http_timeout' });
    expect(proxy.landedOn).toEqual([0, 1]);
    expect(fake.posts()).toHaveLength(1);
  });

  it('answers, once, a retry of an event no instance saw (its first delivery never arrived)', async () => {
    const body = eventBody(mentionEvent('how many movies does hulu have'));
    await deliver(body, { num: 1, reason: 'http_timeout' });
    await deliver(body, { num: 2, reason: 'http_timeout' });
    expect(fake.posts()).toHaveLength(1);
    expect(posts()[0]).toContain('hulu');
  });

  it('continues on one instance the conversation begun on the other, and knows the link made there', async () => {
    const first = mentionEvent('longest movie on netflix in 2020');
    await deliver(eventBody(first));
    await deliver(eventBody(mentionEvent('and on hulu?', { thread_ts: first.ts })));
    expect(proxy.landedOn).toEqual([0, 1]);
    expect(posts()[1]).toMatch(/hulu/);
    expect(posts()[1]).toMatch(/2020/);

    await deliver(eventBody(mentionEvent('I am user 7')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await deliver(eventBody(mentionEvent('who am I?')));
    expect(proxy.landedOn.slice(2)).toEqual([0, 1]);
    expect(posts()[3]).toContain('you are user 7');
  });

  it('refreshes on one instance while the other refuses a second refresh, then serves the new build within 1 s', async () => {
    const [a, b] = servings as [Serving, Serving];
    const buildOf = (serving: Serving) => readBuildInfo(serving.live.current().sqlite)?.buildId;
    const before = buildOf(b);
    const heardAt: number[] = [];
    const stop = b.state!.onBuild(() => heardAt.push(Date.now()));
    try {
      // Instance A answers the mention's request once the refresh is over (processBeforeResponse).
      const refreshing = postToApp(
        apps[0]!.port,
        eventBody(mentionEvent('refresh', { user: ADMIN })),
        JSON_TYPE,
      );
      await fake.until(() => a.refresh?.running != null, 'the refresh on instance A');
      await postToApp(apps[1]!.port, eventBody(mentionEvent('refresh', { user: ADMIN })), JSON_TYPE);
      await fake.until(
        () => posts().some((p) => p.includes('already running')),
        'B refusing a second refresh',
      );
      expect(b.refresh?.running).toBeNull();

      await refreshing;
      const swappedAt = Date.now();
      const after = buildOf(a);
      expect(after).not.toBe(before);
      while (buildOf(b) !== after && Date.now() - swappedAt < 3_000)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const servedAfterMs = Date.now() - swappedAt;
      expect(buildOf(b)).toBe(after);
      expect(servedAfterMs).toBeLessThan(1_000);
      expect(heardAt).toHaveLength(1);
      console.info(JSON.stringify({ event: 'build_swap_on_other_instance', servedAfterMs }));
    } finally {
      stop();
    }
  });
});

/**
 * Two Slack instances (two Bolt apps, two cores) sharing one Redis, behind a small round-robin proxy on
 * loopback, answering the fake Slack: they behave as one bot. A retry that lands on the other instance is
 * not answered twice; a retry of an event no instance saw is answered once; a follow-up and a link made on
 * one instance are known on the other. Needs redis-server (CI installs it).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type SlackHandle, startSlack } from '../../src/adapters/slack.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import { loadConfig } from '../../src/config.ts';
import { openState } from '../../src/state/open-state.ts';
import type { StateStore } from '../../src/state/state.ts';
import { LiveStore } from '../../src/store/live.ts';
import { hasRedisServer, type RedisServer, startRedisServer } from '../state/redis-server.ts';
import { type FakeSlack, startFakeSlack } from './fake-slack.ts';
import { BOT_TOKEN, eventBody, JSON_TYPE, mentionEvent, postToApp, SIGNING_SECRET } from './requests.ts';
import { signedHeaders } from './sign.ts';

const quiet = pino({ level: 'silent' });

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
  let live: LiveStore;
  const states: StateStore[] = [];
  const apps: SlackHandle[] = [];
  let proxy: Awaited<ReturnType<typeof roundRobin>>;

  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await startFakeSlack();
    live = new LiveStore(inject('stores').demo);
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
    });
    for (let i = 0; i < 2; i++) {
      const state = await openState({ redisUrl: redis.url, logger: quiet });
      const core = createBotCore({
        store: live,
        config: { recommendThreshold: 3.5, admins: [] },
        state,
        logger: quiet,
      });
      states.push(state);
      apps.push(
        await startSlack(config, core, {
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
    for (const state of states) await state.close();
    live?.close();
    await fake?.close();
    await redis?.close();
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
});

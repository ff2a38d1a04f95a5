/**
 * Slack HTTP mode serves the HTTP API on the Slack app's own port: Slack's signed events still reach
 * Bolt (and only signed ones), and every other path is the API's, /healthz and /metrics included.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { httpApiHandler, type MountedApi } from '../../src/adapters/http.ts';
import { type SlackHandle, startSlack } from '../../src/adapters/slack.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import { getCountPlatform } from '../../src/catalog/index.ts';
import { loadConfig } from '../../src/config.ts';
import { LiveStore } from '../../src/store/live.ts';
import { type FakeSlack, startFakeSlack } from '../slack/fake-slack.ts';
import {
  BOT_TOKEN,
  eventBody,
  JSON_TYPE,
  mentionEvent,
  postToApp,
  SIGNING_SECRET,
} from '../slack/requests.ts';
import { quiet } from './harness.ts';

describe('the HTTP API on the Slack app’s port', () => {
  let fake: FakeSlack;
  let live: LiveStore;
  let api: MountedApi;
  let slack: SlackHandle;

  beforeAll(async () => {
    fake = await startFakeSlack();
    live = new LiveStore(inject('stores').demo);
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
    });
    const core = createBotCore({
      store: live,
      config: { recommendThreshold: 3.5, admins: [] },
      logger: quiet,
    });
    api = await httpApiHandler({
      core,
      live,
      settings: config.http,
      recommendThreshold: 3.5,
      logger: quiet,
    });
    slack = await startSlack(config, core, {
      host: '127.0.0.1',
      processBeforeResponse: true,
      logger: quiet,
      otherRequests: api.handle,
    });
  });
  afterAll(async () => {
    await slack?.stop();
    await api?.close();
    live?.close();
    await fake?.close();
  });

  const url = (path: string) => `http://127.0.0.1:${slack.port}${path}`;

  it('answers Slack’s signed events and the API’s routes on one port', async () => {
    const sent = await postToApp(
      slack.port,
      eventBody(mentionEvent('how many movies does hulu have')),
      JSON_TYPE,
    );
    expect(sent.status).toBe(200);
    expect(JSON.stringify(fake.posts()[0]?.params)).toMatch(/hulu/i);

    const movies = getCountPlatform(live.current(), { platform: 'hulu' });
    const count = await fetch(url('/get_count_platform?varplataforma=hulu'));
    expect(count.status).toBe(200);
    expect(await count.json()).toBe(movies.ok && movies.value.movies);

    const health = await fetch(url('/healthz'));
    expect(await health.json()).toEqual({ ok: true, build: expect.any(String) });
    const metrics = await (await fetch(url('/metrics'))).text();
    expect(metrics).toMatch(
      /^streambot_questions_total\{command="get_count_platform",adapter="slack",language="en",outcome="answered"\} \d+$/m,
    );
    const page = await fetch(url('/'));
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('still refuses an unsigned Slack event, without it reaching the API', async () => {
    const forged = await postToApp(slack.port, eventBody(mentionEvent('hi')), JSON_TYPE, {
      'x-slack-signature': 'v0=forged',
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
    });
    expect(forged.status).toBe(401);
    expect(forged.body).not.toContain('"error"');
  });
});

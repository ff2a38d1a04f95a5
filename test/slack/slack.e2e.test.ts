/**
 * End to end: signed Slack requests → the real Bolt app on 127.0.0.1 → the real bot core on the demo
 * store → replies at the fake Slack. Expected values come from the store itself, and every reply is
 * compared with what a second, independent core renders for the same question.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { renderSlack } from '../../src/adapters/render/slack.ts';
import { conversationIdOf } from '../../src/adapters/slack/incoming.ts';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import {
  BOT_ID,
  BOT_TOKEN,
  BOT_USER_ID,
  directMessageEvent,
  eventBody,
  FORM,
  JSON_TYPE,
  mentionEvent,
  nextTs,
  postToApp,
  SIGNING_SECRET,
  slashCommandBody,
  TEAM_ID,
} from './requests.ts';
import { signedHeaders } from './sign.ts';

const storePath = inject('stores').demo;

/** Facts read straight from the store, not through the catalog or the core. */
function storeFacts() {
  const db = new BetterSqlite3(storePath, { readonly: true });
  try {
    const longest = db
      .prepare(
        `SELECT id, title FROM titles
         WHERE platform = 'netflix' AND release_year = 2020 AND duration_type = 'min'
         ORDER BY duration_int DESC LIMIT 1`,
      )
      .get() as { id: string; title: string };
    const netflixMovies = (
      db.prepare(`SELECT COUNT(*) AS n FROM titles WHERE platform = 'netflix' AND type = 'movie'`).get() as {
        n: number;
      }
    ).n;
    const build = (
      db.prepare('SELECT build_id FROM etl_runs ORDER BY id DESC LIMIT 1').get() as { build_id: string }
    ).build_id;
    return { longest, netflixMovies, build };
  } finally {
    db.close();
  }
}

const blockText = (value: unknown) => JSON.stringify(value).toLowerCase();

describe('Slack adapter, end to end over HTTP', () => {
  const facts = storeFacts();
  let served: DemoCore;
  let reference: DemoCore;
  let h: Harness;

  beforeAll(async () => {
    served = openCore(storePath);
    reference = openCore(storePath);
    h = await startHarness(served.core);
  });
  afterAll(async () => {
    await h.stop();
    served.close();
    reference.close();
  });
  beforeEach(() => {
    h.fake.reset();
    h.asked.length = 0;
  });

  it('answers /streambot with the right Block Kit message at response_url', async () => {
    const body = slashCommandBody({
      text: 'longest netflix 2020',
      responseUrl: h.fake.responseUrl('longest'),
    });
    const sent = await postToApp(h.slack.port, body, FORM);

    expect(sent.status).toBe(200);
    expect(h.fake.responses).toHaveLength(1);
    const reply = h.fake.responses[0]!;
    expect(reply.id).toBe('longest');
    expect(reply.body.response_type).toBe('in_channel');
    expect(blockText(reply.body.blocks)).toContain(facts.longest.title);
    expect(blockText(reply.body.blocks)).toContain(facts.longest.id);
    expect(JSON.stringify((reply.body.blocks as unknown[]).at(-1))).toContain(facts.build);

    const expected = reference.core.ask({
      text: 'longest netflix 2020',
      conversationId: 'ref-1',
      userId: 'U0ALICE',
    });
    expect(reply.body.blocks).toEqual(renderSlack(expected.answer).blocks);
    expect(h.asked[0]?.conversationId).toBe(
      conversationIdOf({ teamId: TEAM_ID, channelId: 'C0GENERAL', userId: 'U0ALICE' }),
    );
  });

  it('answers a count from the store', async () => {
    await postToApp(
      h.slack.port,
      slashCommandBody({ text: 'how many movies on netflix', responseUrl: h.fake.responseUrl('count') }),
      FORM,
    );
    expect(h.fake.responses).toHaveLength(1);
    expect(blockText(h.fake.responses[0]!.body.blocks)).toContain(String(facts.netflixMovies));
  });

  it('answers a bare /streambot and /streambot help with the help derived from commands/', async () => {
    await postToApp(
      h.slack.port,
      slashCommandBody({ text: '', responseUrl: h.fake.responseUrl('bare') }),
      FORM,
    );
    await postToApp(
      h.slack.port,
      slashCommandBody({ text: 'help', responseUrl: h.fake.responseUrl('help') }),
      FORM,
    );
    expect(h.fake.responses.map((r) => r.id)).toEqual(['bare', 'help']);
    const help = reference.core.ask({ text: 'help', conversationId: 'ref-help', userId: 'U0ALICE' });
    for (const response of h.fake.responses) {
      expect(response.body.blocks).toEqual(renderSlack(help.answer).blocks);
    }
  });

  it('shows a mistake only to the asker', async () => {
    await postToApp(
      h.slack.port,
      slashCommandBody({ text: 'longest netflix 1850', responseUrl: h.fake.responseUrl('bad-year') }),
      FORM,
    );
    expect(h.fake.responses).toHaveLength(1);
    expect(h.fake.responses[0]!.body.response_type).toBe('ephemeral');
  });

  it('answers a mention in its thread with chat.postMessage, and keeps the thread’s follow-ups per person', async () => {
    const first = mentionEvent('longest movie on netflix in 2020');
    await postToApp(h.slack.port, eventBody(first), JSON_TYPE);
    const followUp = mentionEvent('and on hulu?', { thread_ts: first.ts });
    await postToApp(h.slack.port, eventBody(followUp), JSON_TYPE);

    const posts = h.fake.posts();
    expect(posts.map((p) => p.method)).toEqual(['chat.postMessage', 'chat.postMessage']);
    for (const post of posts) {
      expect(post.token).toBe(BOT_TOKEN);
      expect(post.params.channel).toBe('C0GENERAL');
      expect(post.params.thread_ts).toBe(first.ts);
    }
    expect(blockText(posts[0]!.params.blocks)).toContain(facts.longest.title);

    const conversation = conversationIdOf({
      teamId: TEAM_ID,
      channelId: 'C0GENERAL',
      threadTs: String(first.ts),
      userId: 'U0ALICE',
    });
    expect(h.asked.map((input) => input.conversationId)).toEqual([conversation, conversation]);
    expect(h.asked.map((input) => input.text)).toEqual(['longest movie on netflix in 2020', 'and on hulu?']);

    const ask = (text: string) =>
      reference.core.ask({ text, conversationId: 'ref-thread', userId: 'U0ALICE' });
    expect(posts[0]!.params.blocks).toEqual(
      renderSlack(ask('longest movie on netflix in 2020').answer).blocks,
    );
    expect(posts[1]!.params.blocks).toEqual(renderSlack(ask('and on hulu?').answer).blocks);
  });

  it('keeps another person’s question in the same thread apart', async () => {
    const root = String(nextTs());
    await postToApp(h.slack.port, eventBody(mentionEvent('count netflix', { thread_ts: root })), JSON_TYPE);
    await postToApp(
      h.slack.port,
      eventBody(mentionEvent('and hulu?', { thread_ts: root, user: 'U0BOB' })),
      JSON_TYPE,
    );
    const [alice, bob] = h.asked;
    expect(alice?.conversationId).not.toBe(bob?.conversationId);
    expect(bob?.userId).toBe('U0BOB');
  });

  it('answers a direct message in the DM', async () => {
    const dm = directMessageEvent('how many movies on netflix');
    const sent = await postToApp(h.slack.port, eventBody(dm), JSON_TYPE);
    expect(sent.status).toBe(200);
    const posts = h.fake.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.method).toBe('chat.postMessage');
    expect(posts[0]!.params.channel).toBe('D0ALICE');
    expect(posts[0]!.params.thread_ts).toBeUndefined();
    expect(blockText(posts[0]!.params.blocks)).toContain(String(facts.netflixMovies));
  });

  it('answers a retried event once', async () => {
    const body = eventBody(mentionEvent('count netflix'));
    const first = await postToApp(h.slack.port, body, JSON_TYPE);
    const retries = [
      { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' },
    ];
    for (const retry of retries) {
      const again = await postToApp(h.slack.port, body, JSON_TYPE, {
        ...signedHeaders(SIGNING_SECRET, body),
        ...retry,
      });
      expect(again.status).toBe(200);
    }
    expect(first.status).toBe(200);
    expect(h.fake.posts()).toHaveLength(1);
    expect(h.asked).toHaveLength(1);
  });

  it('answers the first delivery that reaches it when earlier ones never arrived', async () => {
    const body = eventBody(directMessageEvent('count netflix'));
    await postToApp(h.slack.port, body, JSON_TYPE, {
      ...signedHeaders(SIGNING_SECRET, body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_error',
    });
    expect(h.fake.posts()).toHaveLength(1);
  });

  it('ignores its own messages, other bots, edits and empty messages', async () => {
    const ignored = [
      directMessageEvent('count netflix', { user: BOT_USER_ID, bot_id: BOT_ID }),
      directMessageEvent('count netflix', { bot_id: 'B0OTHER' }),
      directMessageEvent('count netflix', { subtype: 'message_changed' }),
      directMessageEvent('   '),
      mentionEvent('count netflix', { user: BOT_USER_ID }),
      mentionEvent('count netflix', { channel: 'D0ALICE' }),
    ];
    for (const event of ignored) {
      expect((await postToApp(h.slack.port, eventBody(event), JSON_TYPE)).status).toBe(200);
    }
    expect(h.asked).toEqual([]);
    expect(h.fake.posts()).toEqual([]);
  });

  it('survives malformed and unexpected requests, then still answers', async () => {
    const oddities: [string, string][] = [
      ['{not json', JSON_TYPE],
      [JSON.stringify({ type: 'event_callback', event_id: 'Ev0ODD', team_id: TEAM_ID }), JSON_TYPE],
      [
        JSON.stringify({ type: 'event_callback', event: { type: 'app_mention' }, team_id: TEAM_ID }),
        JSON_TYPE,
      ],
      [JSON.stringify({ type: 'url_verification', challenge: 'c-123' }), JSON_TYPE],
      ['command=%2Fstreambot&text=%FF%FE', FORM],
      [slashCommandBody({ text: 'x'.repeat(5000), responseUrl: h.fake.responseUrl('long') }), FORM],
      [slashCommandBody({ text: 'count netflix', responseUrl: 'http://127.0.0.1:1/closed' }), FORM],
    ];
    const statuses = [];
    for (const [body, type] of oddities) statuses.push((await postToApp(h.slack.port, body, type)).status);
    expect(statuses.every((status) => status < 500)).toBe(true);
    expect(statuses[0]).toBe(400);

    const challenge = await postToApp(h.slack.port, oddities[3]![0], JSON_TYPE);
    expect(JSON.parse(challenge.body)).toEqual({ challenge: 'c-123' });

    h.fake.reset();
    await postToApp(
      h.slack.port,
      slashCommandBody({ text: 'count netflix', responseUrl: h.fake.responseUrl('after') }),
      FORM,
    );
    expect(h.fake.responses.map((r) => r.id)).toEqual(['after']);
  });

  it('GET /healthz answers 200 with the data build', async () => {
    const response = await fetch(`http://127.0.0.1:${h.slack.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, build: facts.build });
  });
});

describe('Slack adapter, end to end over Socket Mode', () => {
  const facts = storeFacts();
  let served: DemoCore;
  let h: Harness;

  beforeAll(async () => {
    served = openCore(storePath);
    h = await startHarness(served.core, 'socket');
  });
  afterAll(async () => {
    await h.stop();
    served.close();
  });

  it('connects with the app token and answers a slash command and a DM', async () => {
    expect(h.fake.apiCalls[0]).toMatchObject({
      method: 'apps.connections.open',
      token: 'xapp-1-A0STREAMBOT-test',
    });

    const command = Object.fromEntries(
      new URLSearchParams(
        slashCommandBody({ text: 'longest netflix 2020', responseUrl: h.fake.responseUrl('sock') }),
      ),
    );
    await h.socket!.deliver({ type: 'slash_commands', payload: command });
    await h.fake.until(() => h.fake.responses.length === 1, 'the slash command answer');
    expect(blockText(h.fake.responses[0]!.body.blocks)).toContain(facts.longest.title);

    await h.socket!.deliver({
      type: 'events_api',
      payload: JSON.parse(eventBody(directMessageEvent('count netflix'))),
    });
    await h.fake.until(() => h.fake.posts().length === 1, 'the DM answer');
    expect(h.fake.posts()[0]!.token).toBe(BOT_TOKEN);
    expect(blockText(h.fake.posts()[0]!.params.blocks)).toContain(String(facts.netflixMovies));
  });

  it('serves /healthz on its own port', async () => {
    const response = await fetch(`http://127.0.0.1:${h.slack.port}/healthz`);
    expect(await response.json()).toEqual({ ok: true, build: facts.build });
  });
});

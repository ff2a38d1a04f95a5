/**
 * The Discord adapter end to end: the real discord.js client talks to the fake Discord on 127.0.0.1,
 * the real bot core answers from the demo store, and every expectation is read from that store.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { DISCORD_LIMITS } from '../../src/adapters/render/discord.ts';
import { metricValue } from '../setup/metric-value.ts';
import { EPHEMERAL_FLAG, type FakeOption, fakeUser, InteractionCallback, snowflake } from './fake-discord.ts';
import { embedText, eventually, type RunningBot, type SentBody, startBot } from './harness.ts';

const RATE_LIMIT = { max: 3, windowMs: 60_000 };

let running: RunningBot;
beforeAll(async () => {
  running = await startBot({ rateLimit: RATE_LIMIT });
});
afterAll(async () => {
  await running?.stop();
});

function sql<T>(query: string, ...params: unknown[]): T[] {
  return running.live
    .current()
    .sqlite.prepare(query)
    .all(...params) as T[];
}

function buildId(): string {
  return sql<{ build_id: string }>('SELECT build_id FROM etl_runs ORDER BY id DESC LIMIT 1')[0]!.build_id;
}

/** The natural-language example a command's definition gives (its second example). */
function phrasing(command: string, locale: 'en' | 'es' = 'en'): string {
  const example = COMMANDS.find((c) => c.name === command)?.examples.find((e) => !e.en.startsWith('/'));
  if (!example) throw new Error(`no natural-language example for /${command}`);
  return example[locale];
}

const option = (name: string, value: string | number, type?: FakeOption['type']): FakeOption => ({
  name,
  value,
  type: type ?? (typeof value === 'number' ? 4 : 3),
});

async function posted(path: string): Promise<SentBody> {
  const request = await running.fake.waitForRequest({ method: 'POST', path });
  return request.body as SentBody;
}

async function patched(path: string): Promise<SentBody> {
  const request = await running.fake.waitForRequest({ method: 'PATCH', path });
  return request.body as SentBody;
}

/** The reply the bot posted in `channelId` to the message `messageId`. */
async function replyTo(channelId: string, messageId: string): Promise<SentBody> {
  const request = await running.fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${channelId}/messages` &&
      (r.body as SentBody).message_reference?.message_id === messageId,
  );
  return request.body as SentBody;
}

describe('slash commands', () => {
  it('defers, then answers with an embed of the longest movie the store holds, and the build in the footer', async () => {
    const [busiest] = sql<{ platform: string; release_year: number; longest: number }>(
      `SELECT platform, release_year, max(duration_int) AS longest FROM titles
       WHERE type = 'movie' AND duration_type = 'min' GROUP BY platform, release_year ORDER BY count(*) DESC LIMIT 1`,
    );
    const { platform, release_year: year, longest } = busiest!;
    const winners = sql<{ id: string; title: string }>(
      `SELECT id, title FROM titles WHERE type = 'movie' AND platform = ? AND release_year = ? AND duration_int = ?`,
      platform,
      year,
      longest,
    );

    const sent = running.fake.sendInteraction({
      name: 'longest',
      options: [option('platform', platform), option('year', year), option('duration_type', 'min')],
    });
    expect((await posted(sent.callbackPath)).type).toBe(InteractionCallback.DeferredMessage);
    const edit = await patched(sent.originalPath);

    expect(edit.embeds).toHaveLength(1);
    const text = embedText(edit.embeds?.[0]).toLowerCase();
    expect(winners.some((w) => text.includes(w.id) && text.includes(w.title.toLowerCase()))).toBe(true);
    expect(edit.embeds?.[0]?.footer?.text).toContain(buildId());
    expect((edit.flags ?? 0) & EPHEMERAL_FLAG).toBe(0);
  });

  it('answers a Spanish client in Spanish, with the count of movies from the store', async () => {
    const [{ platform, movies } = { platform: '', movies: 0 }] = sql<{ platform: string; movies: number }>(
      `SELECT platform, count(*) AS movies FROM titles WHERE type = 'movie' GROUP BY platform ORDER BY platform DESC LIMIT 1`,
    );
    const sent = running.fake.sendInteraction({
      name: 'count',
      options: [option('platform', platform)],
      locale: 'es-ES',
    });
    const embed = (await patched(sent.originalPath)).embeds?.[0];
    expect(embed?.fields?.map((f) => f.value)).toContain(String(movies));
    expect(embed?.title).toMatch(/películas/);
    expect(embed?.footer?.text).toBe(`Datos: ${buildId()}`);
  });

  it('answers an unreadable option at once with a short ephemeral error and no embed', async () => {
    const sent = running.fake.sendInteraction({ name: 'count', options: [option('platform', 'myspace')] });
    const reply = await posted(sent.callbackPath);
    expect(reply.type).toBe(InteractionCallback.Message);
    expect(reply.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(reply.data?.content).toContain('myspace');
    expect(reply.data?.embeds).toEqual([]);
  });

  it('keeps an error found after deferring private: the public placeholder goes, an ephemeral follow-up comes', async () => {
    const sent = running.fake.sendInteraction({ name: 'longest', options: [option('year', 1800)] });
    expect((await posted(sent.callbackPath)).type).toBe(InteractionCallback.DeferredMessage);
    await running.fake.waitForRequest({ method: 'DELETE', path: sent.originalPath });
    const followUp = await posted(sent.followUpPath);
    expect(followUp.flags).toBe(EPHEMERAL_FLAG);
    expect(followUp.content).toContain('1800');
    expect(running.fake.requests.some((r) => r.method === 'PATCH' && r.path === sent.originalPath)).toBe(
      false,
    );
  });

  it('answers a value of the wrong type and an unknown command without crashing', async () => {
    const wrongType = running.fake.sendInteraction({ name: 'actor', options: [option('year', 'soon', 3)] });
    const error = await posted(wrongType.callbackPath);
    expect(error.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(error.data?.content?.length).toBeGreaterThan(0);

    const unknown = running.fake.sendInteraction({ name: 'nonsense' });
    await running.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${unknown.id}/`));
  });

  it('logs an answer Discord refuses, tries to apologise, counts it, and keeps serving', async () => {
    const failed = () => metricValue('streambot_deliveries_total', { adapter: 'discord', result: 'failed' });
    const before = await failed();
    const failing = running.fake.sendInteraction({ name: 'help' });
    // Registered in the same tick, before the client can have answered.
    running.fake.failRequests((r) => r.path === failing.callbackPath);
    await eventually(
      () =>
        running.logs.some(
          (l) => l.msg === 'discord could not report the failure' && l.interaction === failing.id,
        ),
      'the failed apology to be logged',
    );
    expect(
      running.logs.some((l) => l.msg === 'discord interaction failed' && l.interaction === failing.id),
    ).toBe(true);
    expect(running.fake.requests.filter((r) => r.path === failing.callbackPath)).toHaveLength(2);
    expect((await failed()) - before).toBe(1);
    const next = running.fake.sendInteraction({ name: 'help' });
    expect((await posted(next.callbackPath)).data?.embeds).toHaveLength(1);
  });
});

describe('title autocomplete', () => {
  it('offers at most 25 titles from the store that match what is typed', async () => {
    const [sample] = sql<{ folded_title: string }>(
      `SELECT folded_title FROM catalog_title_search WHERE length(folded_title) >= 8 ORDER BY title_id LIMIT 1`,
    );
    const typed = sample!.folded_title.slice(0, 4);
    const sent = running.fake.sendInteraction({
      name: 'title',
      options: [{ name: 'title', type: 3, value: typed, focused: true }],
    });
    const response = await posted(sent.callbackPath);
    expect(response.type).toBe(InteractionCallback.Autocomplete);
    const choices = response.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      const [row] = sql<{ folded_title: string }>(
        'SELECT folded_title FROM catalog_title_search WHERE title_id = ?',
        choice.value,
      );
      expect(row?.folded_title).toContain(typed);
      expect(choice.name.length).toBeLessThanOrEqual(100);
    }
  });

  it('offers people the catalog credits, and genres by English or Spanish name, for /titles', async () => {
    const [top] = sql<{ actor: string }>(
      'SELECT actor FROM title_cast GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 1',
    );
    const typed = top!.actor.slice(0, 5);
    const people = running.fake.sendInteraction({
      name: 'titles',
      options: [{ name: 'cast', type: 3, value: typed, focused: true }],
    });
    const offered = (await posted(people.callbackPath)).data?.choices ?? [];
    expect(offered.map((c) => c.value)).toContain(top!.actor);
    for (const choice of offered) expect(choice.value).toContain(typed);

    const genres = running.fake.sendInteraction({
      name: 'howmany',
      options: [{ name: 'genre', type: 3, value: 'comedia', focused: true }],
    });
    expect((await posted(genres.callbackPath)).data?.choices?.map((c) => c.value)).toEqual(['comedy']);
  });

  it('offers nothing for an empty box', async () => {
    const sent = running.fake.sendInteraction({
      name: 'recommend',
      options: [
        { name: 'user', type: 4, value: 1 },
        { name: 'title', type: 3, value: '', focused: true },
      ],
    });
    expect((await posted(sent.callbackPath)).data?.choices).toEqual([]);
  });
});

describe('mentions and direct messages', () => {
  function moviesOn(platform: string): number {
    return sql<{ n: number }>(
      `SELECT count(*) AS n FROM titles WHERE type = 'movie' AND platform = ?`,
      platform,
    )[0]!.n;
  }

  it('answers a mention in a channel with a reply posted to that channel', async () => {
    const question = phrasing('count'); // "how many movies does amazon prime have"
    const sent = running.fake.sendMessage({
      guildId: running.fake.guildId,
      mentionsBot: true,
      content: question,
    });
    const reply = await replyTo(sent.channelId, sent.id);
    expect(sent.channelId).toBe(running.fake.channelId);
    expect(reply.embeds?.[0]?.fields?.map((f) => f.value)).toContain(String(moviesOn('amazon')));
  });

  it('answers a mention of its role, and ignores messages that do not mention it', async () => {
    const author = fakeUser('chatty');
    const ignored = running.fake.sendMessage({
      guildId: running.fake.guildId,
      author,
      content: phrasing('count'),
    });
    const viaRole = running.fake.sendMessage({
      guildId: running.fake.guildId,
      author,
      mentionsBot: 'role',
      content: phrasing('count'),
    });
    await replyTo(viaRole.channelId, viaRole.id);
    const repliedTo = running.fake.requests.map(
      (r) => (r.body as SentBody | undefined)?.message_reference?.message_id,
    );
    expect(repliedTo).not.toContain(ignored.id);
  });

  it('remembers follow-ups per channel and person', async () => {
    const ana = fakeUser('ana');
    const bo = fakeUser('bo');
    const guildId = running.fake.guildId;
    const first = running.fake.sendMessage({
      guildId,
      author: ana,
      mentionsBot: true,
      content: phrasing('count'),
    });
    await replyTo(first.channelId, first.id);
    const followUp = running.fake.sendMessage({
      guildId,
      author: ana,
      mentionsBot: true,
      content: 'and on hulu?',
    });
    const answer = await replyTo(followUp.channelId, followUp.id);
    expect(answer.embeds?.[0]?.fields?.map((f) => f.value)).toContain(String(moviesOn('hulu')));

    const stranger = running.fake.sendMessage({
      guildId,
      author: bo,
      mentionsBot: true,
      content: 'and on hulu?',
    });
    const strangerAnswer = await replyTo(stranger.channelId, stranger.id);
    expect(strangerAnswer.embeds?.[0]?.fields?.map((f) => f.value) ?? []).not.toContain(
      String(moviesOn('hulu')),
    );
  });

  it('answers any message in a DM with a message posted to the DM channel', async () => {
    const question = phrasing('longest'); // "longest show by seasons on hulu"
    const [{ seasons } = { seasons: 0 }] = sql<{ seasons: number }>(
      `SELECT max(duration_int) AS seasons FROM titles WHERE platform = 'hulu' AND duration_type = 'season'`,
    );
    const longest = sql<{ id: string }>(
      `SELECT id FROM titles WHERE platform = 'hulu' AND duration_type = 'season' AND duration_int = ?`,
      seasons,
    );
    const sent = running.fake.sendMessage({ content: question });
    const reply = await replyTo(sent.channelId, sent.id);
    const text = embedText(reply.embeds?.[0]);
    expect(longest.some((t) => text.includes(t.id))).toBe(true);
  });

  it('still answers the asker, politely, when posting the answer to a DM fails', async () => {
    const channelId = snowflake();
    let refusedOnce = false;
    running.fake.failRequests((r) => {
      if (refusedOnce || r.method !== 'POST' || r.path !== `/channels/${channelId}/messages`) return false;
      refusedOnce = true;
      return true;
    });
    const sent = running.fake.sendMessage({ channelId, content: phrasing('count') });
    await eventually(
      () => running.logs.some((l) => l.msg === 'discord message failed' && l.message === sent.id),
      'the failure to be logged',
    );
    const toChannel = () =>
      running.fake.requests.filter(
        (r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`,
      );
    await eventually(() => toChannel().length === 2, 'the apology');
    const apology = toChannel()[1]!.body as SentBody;
    expect(apology.message_reference?.message_id).toBe(sent.id);
    expect(apology.content).toMatch(/^Sorry, something went wrong/);
    expect(apology.content).toContain('Lo siento, algo falló');
    expect(apology.content).not.toMatch(/Error|at .*\.ts/);
  });

  it('keeps a reply to an oversized or empty DM within Discord limits', async () => {
    const huge = running.fake.sendMessage({ content: `longest movie ${'on netflix '.repeat(500)}` });
    const empty = running.fake.sendMessage({ content: '   ' });
    for (const sent of [huge, empty]) {
      const reply = await replyTo(sent.channelId, sent.id);
      expect((reply.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(embedText(reply.embeds?.[0]).length).toBeLessThanOrEqual(DISCORD_LIMITS.embed);
      expect((reply.content ?? '') + embedText(reply.embeds?.[0])).not.toBe('');
    }
  });
});

describe('rate limit', () => {
  it('answers politely, only to the asker, once a person asks too fast; others are still answered', async () => {
    const eager = fakeUser('eager');
    for (let i = 0; i < RATE_LIMIT.max; i++) {
      const sent = running.fake.sendInteraction({ name: 'help', user: eager });
      expect((await posted(sent.callbackPath)).data?.embeds).toHaveLength(1);
    }
    const limited = running.fake.sendInteraction({ name: 'help', user: eager, locale: 'es-ES' });
    const polite = await posted(limited.callbackPath);
    expect(polite.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(polite.data?.content).toMatch(/^Vas más rápido que yo .* Dame \d+ s y vuelve a preguntar\.$/);

    const other = running.fake.sendInteraction({ name: 'help' });
    expect((await posted(other.callbackPath)).data?.embeds).toHaveLength(1);
  });

  it('applies to mentions and DMs too', async () => {
    const author = fakeUser('dm-eager');
    const channelId = snowflake();
    let last = { id: '', channelId };
    for (let i = 0; i <= RATE_LIMIT.max; i++)
      last = running.fake.sendMessage({ author, channelId, content: 'help' });
    const reply = await replyTo(channelId, last.id);
    expect(reply.embeds ?? []).toEqual([]);
    expect(reply.content).toMatch(
      /^You're asking faster than I can answer .* Give me \d+ s and ask again\.$/,
    );
  });
});

describe('gateway', () => {
  it('resumes after a disconnect, logs both, keeps answering, and never logs the token', async () => {
    running.fake.dropConnections(4000);
    await eventually(() => running.fake.handshakes.some((h) => h.op === 'resume'), 'the client to resume');
    await eventually(
      () => running.logs.some((l) => l.msg === 'discord shard resumed'),
      'the resume log line',
    );
    expect(
      running.logs.some((l) => l.msg === 'discord shard disconnected, reconnecting' && l.shard === 0),
    ).toBe(true);

    const sent = running.fake.sendInteraction({ name: 'help' });
    expect((await posted(sent.callbackPath)).data?.embeds).toHaveLength(1);
    expect(running.logText()).not.toContain(running.fake.token);
  });

  it('asks only for the intents it needs', () => {
    const identify = running.fake.handshakes.find((h) => h.op === 'identify');
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096): no privileged intent.
    expect(identify?.intents).toBe(1 | 512 | 4096);
  });
});

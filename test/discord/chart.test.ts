/**
 * Charts on Discord end to end: the real discord.js client sends the drawn PNG as a multipart attachment
 * to the fake REST API, and the embed shows it through `attachment://`; the numbers stay in the embed.
 */
import { Agent, type Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../chart/png.ts';
import { InteractionCallback, type RecordedRequest } from './fake-discord.ts';
import { embedText, type RunningBot, type SentBody, startBot } from './harness.ts';

let running: RunningBot;
let previousDispatcher: Dispatcher;
beforeAll(async () => {
  // As after Bolt's Socket Mode ran in the same process: another undici's agent is the global dispatcher.
  // discord.js must send its multipart requests through its own.
  previousDispatcher = getGlobalDispatcher();
  setGlobalDispatcher(new Agent());
  running = await startBot();
});
afterAll(async () => {
  await running?.stop();
  setGlobalDispatcher(previousDispatcher);
});
// What the adapter logged, beside a failing test (it logs to its own captured logger).
afterEach((context) => {
  if (context.task.result?.state === 'fail')
    console.log(
      running.logs
        .filter((line) => line.level >= 40)
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
});

function moviesOn(platform: string): number {
  return running.live
    .current()
    .sqlite.prepare("SELECT count(*) FROM titles WHERE platform = ? AND type = 'movie'")
    .pluck()
    .get(platform) as number;
}

function expectChartAttachment(request: RecordedRequest, name: string): SentBody {
  const body = request.body as SentBody & {
    attachments?: { id: number | string; filename: string; description?: string }[];
  };
  expect(request.files).toHaveLength(1);
  const [file] = request.files!;
  expect(file!.filename).toBe(name);
  expect(pngSize(file!.data)).toEqual({ width: 960, height: 540 });
  expect(body.embeds?.[0]?.image?.url).toBe(`attachment://${name}`);
  // The alt text travels with the attachment.
  expect(body.attachments?.[0]?.description?.length).toBeGreaterThan(20);
  return body;
}

describe('charts on Discord', () => {
  it('/chart defers, then edits in an embed showing the PNG attached in the same multipart request', async () => {
    const sent = running.fake.sendInteraction({
      name: 'chart',
      options: [{ name: 'kind', type: 3, value: 'platforms' }],
    });
    const callback = await running.fake.waitForRequest({ method: 'POST', path: sent.callbackPath });
    expect((callback.body as SentBody).type).toBe(InteractionCallback.DeferredMessage);
    const edit = await running.fake.waitForRequest({ method: 'PATCH', path: sent.originalPath });
    const body = expectChartAttachment(edit, 'platforms.png');
    const text = embedText(body.embeds?.[0]);
    expect(text).toContain(moviesOn('netflix').toLocaleString('en-US'));
  });

  it('a mention asking for a chart gets a reply with the chart attached', async () => {
    const sent = running.fake.sendMessage({
      guildId: running.fake.guildId,
      mentionsBot: true,
      content: 'chart the genres on netflix',
    });
    const reply = await running.fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${sent.channelId}/messages` &&
        (r.body as SentBody).message_reference?.message_id === sent.id,
    );
    expectChartAttachment(reply, 'genres-netflix.png');
  });
});

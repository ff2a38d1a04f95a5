/**
 * Charts on Slack end to end: Bolt on 127.0.0.1 uploads the drawn PNG through files.uploadV2 to the fake
 * Web API (upload URL, the bytes, then completeUploadExternal into the asking conversation and thread,
 * with the answer's text and the chart's alt text); where Slack refuses the upload the text still arrives.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PNG_SIGNATURE, pngSize } from '../chart/png.ts';
import { type DemoCore, openCore } from './core.ts';
import type { Upload } from './fake-slack.ts';
import { type Harness, startHarness } from './harness.ts';
import { eventBody, FORM, JSON_TYPE, mentionEvent, postToApp, slashCommandBody } from './requests.ts';

const storePath = inject('stores').demo;

/** The PNG inside an upload's body, however the client wrapped it. */
function pngIn(upload: Upload): Buffer {
  const start = upload.body.indexOf(PNG_SIGNATURE);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = upload.body.indexOf(Buffer.from('IEND'), start) + 8;
  return upload.body.subarray(start, end);
}

describe('charts on Slack', () => {
  let served: DemoCore;
  let h: Harness;
  beforeAll(async () => {
    served = openCore(storePath);
    h = await startHarness(served.core, 'http', { notInChannels: ['C0PRIVATE'] });
  });
  afterAll(async () => {
    await h?.stop();
    served?.close();
  });
  beforeEach(() => h.fake.reset());

  const calls = (method: string) => h.fake.apiCalls.filter((c) => c.method === method);

  it('uploads a mention’s chart into its thread, with the answer as comment and the numbers as alt text', async () => {
    const event = mentionEvent('chart the platforms, movies vs shows');
    await postToApp(h.slack.port, eventBody(event), JSON_TYPE);
    await h.fake.until(() => calls('files.completeUploadExternal').length === 1, 'the upload completed');
    const [asked] = calls('files.getUploadURLExternal');
    expect(asked!.params.filename).toBe('platforms.png');
    expect(String(asked!.params.alt_text ?? asked!.params.alt_txt)).toMatch(/Netflix: [\d,]+ movies/);
    const png = pngIn(h.fake.uploads[0]!);
    expect(pngSize(png)).toEqual({ width: 960, height: 540 });
    expect(Number(asked!.params.length)).toBe(png.length);
    const [complete] = calls('files.completeUploadExternal');
    expect(complete!.params.channel_id).toBe('C0GENERAL');
    expect(complete!.params.thread_ts).toBe(event.ts);
    expect(String(complete!.params.initial_comment)).toContain('Movies and TV shows per platform');
    expect(h.fake.posts()).toEqual([]);
  });

  it('uploads a slash command’s chart into the channel it was asked in', async () => {
    await postToApp(
      h.slack.port,
      slashCommandBody({ text: 'histogram of movie durations', responseUrl: h.fake.responseUrl('chart') }),
      FORM,
    );
    await h.fake.until(() => calls('files.completeUploadExternal').length === 1, 'the upload completed');
    expect(calls('files.completeUploadExternal')[0]!.params.channel_id).toBe('C0GENERAL');
    expect(h.fake.responses).toEqual([]);
  });

  it('answers in text where Slack refuses the upload (the bot is not in the channel)', async () => {
    await postToApp(
      h.slack.port,
      slashCommandBody({
        text: 'chart titles per year',
        channelId: 'C0PRIVATE',
        responseUrl: h.fake.responseUrl('refused'),
      }),
      FORM,
    );
    await h.fake.until(() => h.fake.responses.length === 1, 'the text answer');
    const text = JSON.stringify(h.fake.responses[0]!.body);
    expect(text).toContain('Titles per release year');
    expect(text).toMatch(/peak \d{4} with/);
  });
});

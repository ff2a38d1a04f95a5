/**
 * Answers are not lost on the way out: a slash command's answer through a response_url that fails
 * (HTTP 500, a dropped connection, 429) is tried again and arrives once; one that always fails is tried
 * a bounded number of times, logged once with its cause, and the bot keeps serving; a payload without a
 * response_url is answered ephemerally instead.
 */
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { RESPONSE_URL_RETRIES } from '../../src/adapters/slack/response-url.ts';
import { metricValue } from '../setup/metric-value.ts';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import { FORM, postToApp, slashCommandBody } from './requests.ts';

const logs: { level: number; msg: string; cause?: string; attempts?: number }[] = [];

describe('delivering answers through response_url', () => {
  let served: DemoCore;
  let h: Harness;
  beforeAll(async () => {
    served = openCore(inject('stores').demo);
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    h = await startHarness(served.core, 'http', { logger });
  });
  afterAll(async () => {
    await h?.stop();
    served?.close();
  });
  beforeEach(() => {
    h.fake.reset();
    logs.length = 0;
  });

  const ask = (text: string, id: string) =>
    postToApp(h.slack.port, slashCommandBody({ text, responseUrl: h.fake.responseUrl(id) }), FORM);
  const failures = () => logs.filter((l) => l.msg === 'slack response_url delivery failed');

  it('tries again after a 500 and a dropped connection: the answer arrives once', async () => {
    const retried = () => metricValue('streambot_deliveries_total', { adapter: 'slack', result: 'retried' });
    const before = await retried();
    h.fake.failResponses('flaky', 500);
    h.fake.failResponses('flaky', 'drop');
    await ask('how many movies on netflix', 'flaky');
    await h.fake.until(() => h.fake.responses.length === 1, 'the answer');
    expect(h.fake.responses.map((r) => r.id)).toEqual(['flaky']);
    expect(h.fake.responseAttempts('flaky')).toBe(3);
    expect(failures()).toEqual([]);
    expect((await retried()) - before).toBe(2);
  });

  it('waits out a 429 and delivers', async () => {
    h.fake.failResponses('busy', 429, 2);
    await ask('how many movies on hulu', 'busy');
    await h.fake.until(() => h.fake.responses.length === 1, 'the answer');
    expect(h.fake.responseAttempts('busy')).toBe(3);
  });

  it('gives up after a bounded number of tries, logs the cause once, and keeps serving', async () => {
    const failed = () => metricValue('streambot_deliveries_total', { adapter: 'slack', result: 'failed' });
    const before = await failed();
    h.fake.failResponses('dead', 500, 1_000);
    await ask('how many movies on disney+', 'dead');
    await h.fake.until(() => failures().length === 1, 'the failure logged');
    expect((await failed()) - before).toBe(1);
    expect(h.fake.responseAttempts('dead')).toBe(RESPONSE_URL_RETRIES.attempts);
    expect(failures()).toEqual([
      expect.objectContaining({ cause: 'HTTP 500', attempts: RESPONSE_URL_RETRIES.attempts }),
    ]);
    await ask('how many movies on amazon', 'after');
    await h.fake.until(() => h.fake.responses.length === 1, 'the next answer');
    expect(h.fake.responses[0]!.id).toBe('after');
  });

  it('answers a payload without a response_url with an ephemeral post, no error', async () => {
    const body = new URLSearchParams(
      slashCommandBody({ text: 'how many movies on netflix', responseUrl: '' }),
    );
    body.delete('response_url');
    await postToApp(h.slack.port, body.toString(), FORM);
    await h.fake.until(() => h.fake.posts().length === 1, 'the ephemeral answer');
    const [post] = h.fake.posts();
    expect(post!.method).toBe('chat.postEphemeral');
    expect(post!.params.user).toBe('U0ALICE');
    expect(logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});

/**
 * Nothing slow runs before a slash command is acknowledged. The app runs as in production (the HTTP
 * answer is not held for the listener); the request is sent from a worker thread, and the core, when
 * it is asked, blocks this thread until that worker has Slack's 200 in hand. Were the core asked
 * before `ack()`, the 200 could not leave and the core would wait out Slack's whole 3-second window.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BotCore } from '../../src/bot/core.ts';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import { FORM, SIGNING_SECRET, slashCommandBody } from './requests.ts';
import { signedHeaders } from './sign.ts';

/** Slack drops a slash command that is not acknowledged within 3 seconds. */
const SLACK_ACK_WINDOW_MS = 3_000;

const CLIENT = `
const { workerData, parentPort } = require('node:worker_threads');
const { url, body, headers, flag } = workerData;
fetch(url, { method: 'POST', headers, body }).then(async (response) => {
  const view = new Int32Array(flag);
  Atomics.store(view, 0, response.status);
  Atomics.notify(view, 0);
  parentPort.postMessage(response.status);
}, (error) => parentPort.postMessage(String(error)));
`;

describe('Slack slash command acknowledgement', () => {
  let demo: DemoCore;
  let h: Harness;
  const flag = new SharedArrayBuffer(4);
  const ackedWhenAsked: boolean[] = [];

  /** The real core, asked only once the acknowledgement has reached the client. */
  function waitingForAck(core: BotCore): BotCore {
    return {
      ask(input) {
        const view = new Int32Array(flag);
        const waited = Atomics.wait(view, 0, 0, SLACK_ACK_WINDOW_MS);
        ackedWhenAsked.push(waited !== 'timed-out' && Atomics.load(view, 0) === 200);
        return core.ask(input);
      },
      completeTitles: (prefix, limit) => core.completeTitles(prefix, limit),
    };
  }

  beforeAll(async () => {
    demo = openCore(inject('stores').demo);
    h = await startHarness(waitingForAck(demo.core), 'http', { processBeforeResponse: false });
  });
  afterAll(async () => {
    await h.stop();
    demo.close();
  });

  it('answers Slack 200 before the core is asked, then answers through response_url', async () => {
    const body = slashCommandBody({ text: 'count netflix', responseUrl: h.fake.responseUrl('acked') });
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: {
        url: `http://127.0.0.1:${h.slack.port}/slack/events`,
        body,
        headers: { 'content-type': FORM, ...signedHeaders(SIGNING_SECRET, body) },
        flag,
      },
    });
    const status = await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    await h.fake.until(() => h.fake.responses.length === 1, 'the answer at response_url');

    expect(status).toBe(200);
    expect(ackedWhenAsked).toEqual([true]);
    expect(h.fake.responses[0]?.body.response_type).toBe('in_channel');
  });
});

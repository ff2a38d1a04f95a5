/**
 * 👍 / 👎 on Slack against the fake Slack, with the real core and state: an answer carries the two
 * buttons; a 👍 is thanked privately; a 👎 opens a form (views.open) whose words are kept with the vote,
 * replacing the 👍.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MemoryState } from '../../src/state/memory-state.ts';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import { blockActionsBody, FORM, postToApp, slashCommandBody, viewSubmissionBody } from './requests.ts';

const state = new MemoryState();
let served: DemoCore;
let h: Harness;

beforeAll(async () => {
  served = openCore(inject('stores').demo, { state });
  h = await startHarness(served.core, 'http');
});
afterAll(async () => {
  await h?.stop();
  served?.close();
});

const post = (body: string) => postToApp(h.slack.port, body, FORM);

describe('feedback on Slack', () => {
  it('takes a 👍, then a 👎 with what was expected in a form, as one vote', async () => {
    await post(
      slashCommandBody({
        text: 'top actor on hulu in 2019',
        userId: 'U0ANA',
        responseUrl: h.fake.responseUrl('q'),
      }),
    );
    const answer = h.fake.responses.find((r) => r.id === 'q')!.body as {
      blocks: { type: string; elements?: { action_id: string; value: string }[] }[];
    };
    const buttons = answer.blocks.find(
      (b) => b.type === 'actions' && b.elements?.[0]?.action_id.startsWith('streambot_feedback'),
    );
    expect(buttons?.elements?.map((e) => e.action_id)).toEqual([
      'streambot_feedback_up',
      'streambot_feedback_down',
    ]);
    const answerId = buttons!.elements![0]!.value;

    await post(
      blockActionsBody({
        userId: 'U0ANA',
        actionId: 'streambot_feedback_up',
        value: answerId,
        responseUrl: h.fake.responseUrl('up'),
      }),
    );
    await h.fake.until(() => h.fake.responses.some((r) => r.id === 'up'), 'the thanks');
    expect(h.fake.responses.find((r) => r.id === 'up')?.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'Thanks for the 👍!',
    });

    await post(
      blockActionsBody({
        userId: 'U0ANA',
        actionId: 'streambot_feedback_down',
        value: answerId,
        responseUrl: h.fake.responseUrl('down'),
      }),
    );
    await h.fake.until(() => h.fake.apiCalls.some((c) => c.method === 'views.open'), 'the form');
    const opened = h.fake.apiCalls.find((c) => c.method === 'views.open')!.params as {
      trigger_id: string;
      view: string | { private_metadata: string; callback_id: string };
    };
    const view = typeof opened.view === 'string' ? JSON.parse(opened.view) : opened.view;
    expect(view).toMatchObject({ private_metadata: answerId, callback_id: 'streambot_feedback_expected' });
    expect(await state.votes(0, 10)).toEqual([
      expect.objectContaining({ answerId, vote: 'down', adapter: 'slack' }),
    ]);

    const submitted = await post(
      viewSubmissionBody({
        userId: 'U0ANA',
        callbackId: 'streambot_feedback_expected',
        privateMetadata: answerId,
        values: {
          expected: { expected_text: { type: 'plain_text_input', value: 'the actor in most shows' } },
        },
      }),
    );
    expect(submitted.status).toBe(200);
    expect(await state.votes(0, 10)).toEqual([
      expect.objectContaining({
        answerId,
        vote: 'down',
        expected: 'the actor in most shows',
        command: 'get_actor',
      }),
    ]);
  });
});

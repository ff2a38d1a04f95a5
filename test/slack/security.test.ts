/**
 * Requests Slack did not sign, or signed for something else, are refused with 401 before any
 * listener runs: the core is never asked and nothing is posted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import {
  directMessageEvent,
  eventBody,
  FORM,
  JSON_TYPE,
  mentionEvent,
  postToApp,
  SIGNING_SECRET,
  slashCommandBody,
} from './requests.ts';
import { nowSeconds, signedHeaders } from './sign.ts';

describe('Slack request verification', () => {
  let served: DemoCore;
  let h: Harness;
  const slash = () => slashCommandBody({ text: 'count netflix', responseUrl: h.fake.responseUrl('sec') });
  const event = () => eventBody(mentionEvent('count netflix'));

  beforeAll(async () => {
    served = openCore(inject('stores').demo);
    h = await startHarness(served.core);
  });
  afterAll(async () => {
    await h.stop();
    served.close();
  });
  beforeEach(() => {
    h.fake.reset();
    h.asked.length = 0;
  });

  function expectNothingReached(): void {
    expect(h.asked).toEqual([]);
    expect(h.fake.responses).toEqual([]);
    expect(h.fake.apiCalls).toEqual([]);
  }

  describe.each([
    ['slash command', slash, FORM],
    ['event', event, JSON_TYPE],
  ] as const)('%s', (_, makeBody, contentType) => {
    it('refuses a bad signature', async () => {
      const body = makeBody();
      const sent = await postToApp(h.slack.port, body, contentType, signedHeaders('not-the-secret', body));
      expect(sent.status).toBe(401);
      expectNothingReached();
    });

    it('refuses a missing signature', async () => {
      const body = makeBody();
      const noSignature = await postToApp(h.slack.port, body, contentType, {
        'x-slack-request-timestamp': String(nowSeconds()),
      });
      const noHeaders = await postToApp(h.slack.port, body, contentType, {});
      expect([noSignature.status, noHeaders.status]).toEqual([401, 401]);
      expectNothingReached();
    });

    it('refuses a correctly signed request older than five minutes', async () => {
      const body = makeBody();
      const sixMinutesAgo = nowSeconds() - 6 * 60;
      const sent = await postToApp(
        h.slack.port,
        body,
        contentType,
        signedHeaders(SIGNING_SECRET, body, sixMinutesAgo),
      );
      expect(sent.status).toBe(401);
      expectNothingReached();
    });
  });

  it('refuses a replayed body with a changed field, while the original was accepted', async () => {
    const original = slash();
    const headers = signedHeaders(SIGNING_SECRET, original);
    expect((await postToApp(h.slack.port, original, FORM, headers)).status).toBe(200);
    expect(h.asked).toHaveLength(1);
    h.fake.reset();
    h.asked.length = 0;

    const changedText = original.replace('text=count+netflix', 'text=refresh');
    const changedUser = original.replace('user_id=U0ALICE', 'user_id=U0ADMIN');
    const dm = eventBody(directMessageEvent('count netflix'));
    const changedChannel = dm.replace('"channel":"D0ALICE"', '"channel":"D0MALLORY"');
    expect(changedText).not.toBe(original);
    expect(changedUser).not.toBe(original);
    expect(changedChannel).not.toBe(dm);

    const statuses = [
      (await postToApp(h.slack.port, changedText, FORM, headers)).status,
      (await postToApp(h.slack.port, changedUser, FORM, headers)).status,
      (await postToApp(h.slack.port, changedChannel, JSON_TYPE, signedHeaders(SIGNING_SECRET, dm))).status,
    ];
    expect(statuses).toEqual([401, 401, 401]);
    expectNothingReached();
  });
});

/**
 * When answering fails (here: the real core over a store that has been closed under it), the asker
 * still hears back, privately, in their own language, and with no internals.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import { directMessageEvent, eventBody, FORM, JSON_TYPE, postToApp, slashCommandBody } from './requests.ts';

describe('Slack adapter when the core cannot answer', () => {
  let broken: DemoCore;
  let h: Harness;

  beforeAll(async () => {
    broken = openCore(inject('stores').demo);
    broken.close();
    h = await startHarness(broken.core);
  });
  afterAll(async () => {
    await h.stop();
  });

  const inSpanishWithoutInternals = (text: string) => {
    expect(text).toMatch(/algo ha fallado/i);
    expect(text).not.toMatch(/database|connection|Error:|\.ts:\d|something went wrong/i);
  };

  it('answers a slash command privately in Spanish to a Spanish question', async () => {
    const body = slashCommandBody({
      text: '¿cuántas películas tiene netflix?',
      responseUrl: h.fake.responseUrl('x'),
    });
    expect((await postToApp(h.slack.port, body, FORM)).status).toBe(200);
    expect(h.asked).toHaveLength(1);
    const [reply] = h.fake.responses;
    expect(reply?.body.response_type).toBe('ephemeral');
    inSpanishWithoutInternals(JSON.stringify(reply?.body.blocks));
  });

  it('answers a Spanish DM the same way', async () => {
    h.fake.reset();
    const sent = await postToApp(
      h.slack.port,
      eventBody(directMessageEvent('cuántas series hay en hulu')),
      JSON_TYPE,
    );
    expect(sent.status).toBe(200);
    const [post] = h.fake.posts();
    inSpanishWithoutInternals(JSON.stringify(post?.params.blocks));
  });

  it('tells a health check that no data build is serving', async () => {
    const response = await fetch(`http://127.0.0.1:${h.slack.port}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false });
  });
});

/**
 * Lists a page at a time on Slack, end to end: signed requests → the real Bolt app → the real core on
 * the demo store. The Next button's value carries its page; a click (`block_actions`) replaces the
 * message through its `response_url`; only the asker can turn pages.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PAGE_ACTION } from '../../src/adapters/render/slack.ts';
import { listTitles } from '../../src/catalog/browse.ts';
import { LiveStore } from '../../src/store/live.ts';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import { blockActionsBody, FORM, postToApp, slashCommandBody } from './requests.ts';

const storePath = inject('stores').demo;

interface Button {
  type: string;
  action_id: string;
  value: string;
}

function buttons(blocks: unknown): Button[] {
  return (blocks as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
}

describe('paging a list on Slack', () => {
  let served: DemoCore;
  let h: Harness;
  const live = new LiveStore(storePath);
  const args = { platform: 'hulu', type: 'tv show', sort: 'duration', order: 'desc', limit: 3 } as const;

  beforeAll(async () => {
    served = openCore(storePath);
    h = await startHarness(served.core);
  });
  afterAll(async () => {
    await h.stop();
    served.close();
    live.close();
  });
  beforeEach(() => h.fake.reset());

  async function firstPage(user: string): Promise<Button> {
    await postToApp(
      h.slack.port,
      slashCommandBody({
        text: 'the 3 hulu shows with the most seasons',
        responseUrl: h.fake.responseUrl('ask'),
        userId: user,
      }),
      FORM,
    );
    const reply = h.fake.responses.find((r) => r.id === 'ask')!;
    const page1 = listTitles(live.current(), args);
    if (!page1.ok) throw new Error(page1.error.message);
    for (const title of page1.value.titles) expect(JSON.stringify(reply.body.blocks)).toContain(title.id);
    const next = buttons(reply.body.blocks).find((b) => b.action_id === `${PAGE_ACTION}_next`);
    expect(next).toBeDefined();
    expect(buttons(reply.body.blocks).some((b) => b.action_id === `${PAGE_ACTION}_previous`)).toBe(false);
    return next!;
  }

  /** Clicks `button` as `userId`; the response Slack's `response_url` received for it. */
  async function click(userId: string, button: Pick<Button, 'action_id' | 'value'>, id: string) {
    const body = blockActionsBody({
      userId,
      actionId: button.action_id,
      value: button.value,
      responseUrl: h.fake.responseUrl(id),
    });
    expect((await postToApp(h.slack.port, body, FORM)).status).toBe(200);
    await h.fake.until(() => h.fake.responses.some((r) => r.id === id), `the response to ${id}`);
    return h.fake.responses.find((r) => r.id === id)!;
  }

  it('replaces the message with page 2 when the asker clicks Next', async () => {
    const update = await click('U0ALICE', await firstPage('U0ALICE'), 'page');
    expect(update.body.replace_original).toBe(true);
    const page2 = listTitles(live.current(), { ...args, offset: 3 });
    if (!page2.ok) throw new Error(page2.error.message);
    const blocks = JSON.stringify(update.body.blocks);
    for (const title of page2.value.titles) expect(blocks).toContain(title.id);
    expect(blocks).toContain('4–6 of');
    expect(buttons(update.body.blocks).map((b) => b.action_id)).toContain(`${PAGE_ACTION}_previous`);
  });

  it('tells anyone else privately that only the asker can page, and leaves the message', async () => {
    const refusal = await click('U0BOB', await firstPage('U0ALICE'), 'bob');
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(refusal.body.replace_original).toBe(false);
    expect(String(refusal.body.text)).toMatch(/Only the person who asked/);
  });

  it('refuses a forged button value without answering a list', async () => {
    const forged = { action_id: `${PAGE_ACTION}_next`, value: 'pg:U0ALICE:g=not-a-genre' };
    const reply = await click('U0ALICE', forged, 'forged');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toMatch(/no longer works/);
  });
});

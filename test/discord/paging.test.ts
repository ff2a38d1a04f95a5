/**
 * Lists a page at a time on Discord, end to end: the real discord.js client against the fake Discord,
 * the real core on the demo store. Next carries its page in `custom_id` (no server memory), the click
 * updates the message in place, and only the asker can turn pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTitles } from '../../src/catalog/browse.ts';
import { EPHEMERAL_FLAG, type FakeOption, fakeUser, InteractionCallback } from './fake-discord.ts';
import { embedText, type RunningBot, type SentBody, type SentRow, startBot } from './harness.ts';

let running: RunningBot;

beforeAll(async () => {
  running = await startBot({ rateLimit: { max: 100, windowMs: 60_000 } });
});

afterAll(async () => {
  await running?.stop();
});

const option = (name: string, value: string | number): FakeOption => ({
  name,
  value,
  type: typeof value === 'number' ? 4 : 3,
});

async function request(method: 'POST' | 'PATCH', path: string): Promise<SentBody> {
  return (await running.fake.waitForRequest({ method, path })).body as SentBody;
}

function button(rows: SentRow[] | undefined, label: RegExp) {
  return rows?.flatMap((row) => row.components).find((b) => label.test(b.label ?? ''));
}

describe('paging a list on Discord', () => {
  const alice = fakeUser('alice');
  const bob = fakeUser('bob');
  const args = { platform: 'netflix', type: 'movie', sort: 'duration', order: 'desc', limit: 3 } as const;

  it('sends page 1 with Previous disabled and Next carrying page 2; Next updates the message to page 2', async () => {
    const store = running.live.current();
    const page1 = listTitles(store, args);
    const page2 = listTitles(store, { ...args, offset: 3 });
    expect(page1.ok && page2.ok).toBe(true);
    if (!page1.ok || !page2.ok) return;

    const sent = running.fake.sendInteraction({
      name: 'titles',
      user: alice,
      options: Object.entries(args).map(([name, value]) => option(name, value)),
    });
    const first = await request('PATCH', sent.originalPath);
    const firstText = embedText(first.embeds?.[0]);
    for (const title of page1.value.titles) expect(firstText).toContain(title.id);
    expect(firstText).toContain(`3 of ${page1.value.total.toLocaleString('en-US')}`);
    expect(JSON.stringify(first).length).toBeLessThan(4000);
    expect(button(first.components, /Previous/)?.disabled).toBe(true);
    const next = button(first.components, /Next/);
    expect(next?.disabled).toBe(false);
    expect(next!.custom_id.length).toBeLessThanOrEqual(100);
    expect(next!.custom_id).toContain(alice.id);

    const click = running.fake.sendButton({
      customId: next!.custom_id,
      user: alice,
      embeds: first.embeds,
      components: first.components,
    });
    const update = await request('POST', click.callbackPath);
    expect(update.type).toBe(InteractionCallback.UpdateMessage);
    const secondText = embedText(update.data?.embeds?.[0]);
    for (const title of page2.value.titles) expect(secondText).toContain(title.id);
    for (const title of page1.value.titles) expect(secondText).not.toContain(title.id);
    expect(secondText).toContain('4–6 of');
    expect(button(update.data?.components, /Previous/)?.disabled).toBe(false);
    const embedLength =
      (update.data?.embeds?.[0]?.description?.length ?? 0) + (update.data?.embeds?.[0]?.title?.length ?? 0);
    expect(embedLength).toBeLessThan(2000);
  });

  it('refuses another person privately and leaves the message alone', async () => {
    const sent = running.fake.sendInteraction({
      name: 'titles',
      user: alice,
      options: [option('genre', 'comedy'), option('limit', 2)],
    });
    const first = await request('PATCH', sent.originalPath);
    const next = button(first.components, /Next/)!;
    const click = running.fake.sendButton({ customId: next.custom_id, user: bob, embeds: first.embeds });
    const reply = await request('POST', click.callbackPath);
    expect(reply.type).toBe(InteractionCallback.Message);
    expect(reply.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(reply.data?.content).toMatch(/Only the person who asked/);
  });

  it('answers a forged or stale page button privately instead of a list', async () => {
    const forged = `pg:${alice.id}:p=myspace&of=-5`;
    const click = running.fake.sendButton({ customId: forged, user: alice });
    const reply = await request('POST', click.callbackPath);
    expect(reply.type).toBe(InteractionCallback.Message);
    expect(reply.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(reply.data?.content).toMatch(/no longer works/);
  });
});

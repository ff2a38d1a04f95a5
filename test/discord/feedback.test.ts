/**
 * 👍 / 👎 on Discord against the fake Discord, with the real core and state: an answer carries the two
 * buttons; a 👍 is thanked privately; a 👎 opens a form whose words are kept with the vote, replacing the
 * 👍; `/feedback` shows admins the approval, and refuses anyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryState } from '../../src/state/memory-state.ts';
import { EPHEMERAL_FLAG, fakeUser, InteractionCallback } from './fake-discord.ts';
import { type RunningBot, type SentBody, type SentRow, startBot } from './harness.ts';

const admin = fakeUser('admin');
const ana = fakeUser('ana');
const state = new MemoryState();
let running: RunningBot;

beforeAll(async () => {
  running = await startBot({ state, admins: [admin.id] });
});
afterAll(async () => {
  await running?.stop();
});

const callback = async (path: string) =>
  (await running.fake.waitForRequest({ method: 'POST', path })).body as SentBody & {
    data?: Record<string, unknown>;
  };

describe('feedback on Discord', () => {
  it('takes a 👍, then a 👎 with what was expected, as one vote; admins read the approval', async () => {
    const asked = running.fake.sendInteraction({
      name: 'actor',
      user: ana,
      options: [
        { name: 'platform', value: 'hulu', type: 3 },
        { name: 'year', value: 2019, type: 4 },
      ],
    });
    const answer = (await running.fake.waitForRequest({ method: 'PATCH', path: asked.originalPath }))
      .body as SentBody;
    const row = (answer.components as SentRow[] | undefined)?.at(-1);
    const ids = row?.components.map((button) => button.custom_id) ?? [];
    expect(ids).toEqual([
      expect.stringMatching(/^fb:up:[\w-]{36}$/),
      expect.stringMatching(/^fb:dn:[\w-]{36}$/),
    ]);
    const answerId = ids[0]!.slice('fb:up:'.length);

    const up = running.fake.sendButton({ customId: ids[0]!, user: ana, components: [row] });
    const thanked = await callback(up.callbackPath);
    expect(thanked.type).toBe(InteractionCallback.Message);
    expect(thanked.data).toMatchObject({ content: 'Thanks for the 👍!', flags: EPHEMERAL_FLAG });

    const down = running.fake.sendButton({ customId: ids[1]!, user: ana, components: [row] });
    const form = await callback(down.callbackPath);
    expect(form.type).toBe(9);
    expect(form.data).toMatchObject({ custom_id: `fbx:${answerId}`, title: 'What did you expect?' });
    expect(await state.votes(0, 10)).toEqual([
      expect.objectContaining({ answerId, vote: 'down', adapter: 'discord' }),
    ]);

    const sent = running.fake.sendModalSubmit({
      customId: `fbx:${answerId}`,
      user: ana,
      values: { expected: 'the actor in most shows' },
    });
    expect((await callback(sent.callbackPath)).data).toMatchObject({
      content: 'Thanks, we will look at it.',
    });
    expect(await state.votes(0, 10)).toEqual([
      expect.objectContaining({
        answerId,
        vote: 'down',
        expected: 'the actor in most shows',
        command: 'get_actor',
      }),
    ]);

    const refused = running.fake.sendInteraction({ name: 'feedback', user: ana });
    const refusal = (await running.fake.waitForRequest({ method: 'PATCH', path: refused.originalPath }))
      .body as SentBody;
    expect(JSON.stringify(refusal)).toMatch(/only streambot admins can see this/i);
    const report = running.fake.sendInteraction({ name: 'feedback', user: admin });
    const shown = (await running.fake.waitForRequest({ method: 'PATCH', path: report.originalPath }))
      .body as SentBody;
    expect(JSON.stringify(shown)).toMatch(/1 vote on answers in the last 7 days/);
    expect(JSON.stringify(shown)).toMatch(/get_actor +en +0%/);
  });
});

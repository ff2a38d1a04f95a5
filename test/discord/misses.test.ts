/**
 * `/misses` on Discord against the fake Discord, with the real core and a real SQLite state: an admin
 * sees the questions not answered, grouped and masked, privately; anyone else is refused.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { EPHEMERAL_FLAG, fakeUser } from './fake-discord.ts';
import { embedText, type RunningBot, type SentBody, startBot } from './harness.ts';

const admin = fakeUser('admin');
let dir: string;
let state: SqliteState;
let running: RunningBot;

beforeAll(async () => {
  dir = scratchDir('discord-misses');
  state = new SqliteState(join(dir, 'state.db'));
  running = await startBot({ state, admins: [admin.id] });
});
afterAll(async () => {
  await running?.stop();
  await state?.close();
});

async function ask(
  name: string,
  user = fakeUser('someone'),
  options: { name: string; value: string }[] = [],
) {
  const sent = running.fake.sendInteraction({
    name,
    user,
    options: options.map((o) => ({ ...o, type: 3 as const })),
  });
  const deferral = (await running.fake.waitForRequest({ method: 'POST', path: sent.callbackPath }))
    .body as SentBody;
  const edit = (await running.fake.waitForRequest({ method: 'PATCH', path: sent.originalPath }))
    .body as SentBody;
  return { deferral, edit };
}

describe('/misses on Discord', () => {
  it('shows an admin the questions not answered, grouped and masked, and refuses anyone else', async () => {
    for (const question of [
      'flurble the zonk <@123456789012345678>',
      'flurble the zonk please',
      'zorblax quux',
    ])
      await ask('ask', fakeUser('asker'), [{ name: 'question', value: question }]);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const refused = await ask('misses');
    expect(refused.deferral.data?.flags).toBe(EPHEMERAL_FLAG);
    expect(refused.edit.content ?? embedText(refused.edit.embeds?.[0])).toMatch(
      /only streambot admins can see this/i,
    );

    const shown = await ask('misses', admin);
    expect(shown.deferral.data?.flags).toBe(EPHEMERAL_FLAG);
    const text = JSON.stringify(shown.edit);
    expect(text).toMatch(/3 questions not answered in the last 7 days/);
    expect(text).toMatch(/2 +flurble the zonk/);
    expect(text).not.toContain('123456789012345678');
    expect((await state.misses(0, 10)).map((miss) => miss.text)).toContain('flurble the zonk @someone');
  });
});

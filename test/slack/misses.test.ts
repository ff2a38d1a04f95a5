/**
 * `/streambot misses` on Slack against the fake Slack, with the real core and a real SQLite state: an
 * admin sees the questions not answered, privately; anyone else is refused.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { type DemoCore, openCore } from './core.ts';
import { type Harness, startHarness } from './harness.ts';
import { FORM, postToApp, slashCommandBody } from './requests.ts';

const ADMIN = 'U0ADMIN';
let dir: string;
let state: SqliteState;
let served: DemoCore;
let h: Harness;

beforeAll(async () => {
  dir = scratchDir('slack-misses');
  state = new SqliteState(join(dir, 'state.db'));
  served = openCore(inject('stores').demo, { state, admins: [ADMIN] });
  h = await startHarness(served.core, 'http');
});
afterAll(async () => {
  await h?.stop();
  served?.close();
  await state?.close();
});

const slash = (id: string, text: string, userId: string) =>
  postToApp(h.slack.port, slashCommandBody({ text, userId, responseUrl: h.fake.responseUrl(id) }), FORM);
const shown = (id: string) => JSON.stringify(h.fake.responses.filter((r) => r.id === id).map((r) => r.body));

describe('/streambot misses on Slack', () => {
  it('shows an admin the questions not answered, privately, and refuses anyone else', async () => {
    await slash('q1', 'flurble the zonk mail ana@example.com', 'U0ASKER');
    await slash('q2', 'zorblax quux', 'U0ASKER');
    await new Promise((resolve) => setTimeout(resolve, 50));

    await slash('refused', 'misses', 'U0SOMEONE');
    expect(shown('refused')).toMatch(/only streambot admins can see this/i);
    expect(shown('refused')).toContain('ephemeral');

    await slash('admin', 'misses days:1', ADMIN);
    await h.fake.until(() => shown('admin').includes('not answered'), 'the misses answer');
    expect(shown('admin')).toMatch(/2 questions not answered in the last 1 day/);
    expect(shown('admin')).toContain('flurble the zonk mail &lt;email&gt;');
    expect(shown('admin')).not.toContain('ana@example.com');
  });
});

/**
 * The admin refresh from Slack, end to end: signed requests → the real Bolt app → the real
 * RefreshService rebuilding a copy of the demo store (from data/demo) in a child process → one message
 * at the fake Slack, posted and then edited in place. Build ids come from the store itself.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { RefreshService } from '../../src/admin/refresh.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import { DEMO_RAW_DIR } from '../../src/config.ts';
import { MemoryState } from '../../src/state/memory-state.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { LiveStore } from '../../src/store/live.ts';
import type { ApiCall } from './fake-slack.ts';
import { type Harness, startHarness } from './harness.ts';
import {
  eventBody,
  FORM,
  JSON_TYPE,
  mentionEvent,
  postToApp,
  type SlashCommand,
  slashCommandBody,
} from './requests.ts';

const ALICE = 'U0ALICE';
const BOB = 'U0BOB';
const MALLORY = 'U0MALLORY';
/** A channel Streambot is not a member of: it cannot post there. */
const NOT_A_MEMBER = 'C0PRIVATE';

let dir: string;
let live: LiveStore;
let service: RefreshService;
let h: Harness;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-slack-refresh-'));
  const dbPath = join(dir, 'live.db');
  copyFileSync(inject('stores').demo, dbPath);
  live = new LiveStore(dbPath);
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  service = new RefreshService({
    live,
    rawDir: DEMO_RAW_DIR,
    admins: [ALICE, BOB],
    logger,
    updateIntervalMs: 0,
    state: new MemoryState(),
  });
  const core = createBotCore({
    store: live,
    config: { recommendThreshold: 3.5, admins: [] },
    logger,
    refresh: service,
  });
  h = await startHarness(core, 'http', { notInChannels: [NOT_A_MEMBER] });
});

afterAll(async () => {
  await h?.stop();
  live?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  h.fake.reset();
  logs.length = 0;
});

function buildId(): string {
  const id = readBuildInfo(live.current().sqlite)?.buildId;
  if (!id) throw new Error('the store names no build');
  return id;
}

function storeChecksum(): string {
  return createHash('sha256').update(readFileSync(live.path)).digest('hex');
}

function slash(command: Omit<SlashCommand, 'responseUrl'> & { id: string }) {
  const { id, ...rest } = command;
  return postToApp(h.slack.port, slashCommandBody({ ...rest, responseUrl: h.fake.responseUrl(id) }), FORM);
}

function responsesTo(id: string): Record<string, unknown>[] {
  return h.fake.responses.filter((r) => r.id === id).map((r) => r.body);
}

function calls(method: string): ApiCall[] {
  return h.fake.apiCalls.filter((c) => c.method === method);
}

const shown = (message: unknown) => JSON.stringify(message);

describe('/streambot refresh on Slack', () => {
  it('refuses a non-admin privately, logs the attempt and leaves the store file alone', async () => {
    const before = storeChecksum();
    const sent = await slash({ id: 'refused', text: 'refresh', userId: MALLORY, userName: 'mallory' });
    expect(sent.status).toBe(200);

    const [refusal, ...more] = responsesTo('refused');
    expect(more).toEqual([]);
    expect(refusal).toMatchObject({ response_type: 'ephemeral' });
    expect(shown(refusal)).toMatch(/only streambot admins can refresh/i);
    expect(h.fake.apiCalls).toEqual([]);
    expect(logs).toContainEqual(
      expect.objectContaining({ event: 'refresh_refused', userId: MALLORY, via: 'slack' }),
    );
    expect(service.running).toBeNull();
    expect(storeChecksum()).toBe(before);
  });

  it('refuses a non-admin mention with a message only they see', async () => {
    const before = storeChecksum();
    await postToApp(h.slack.port, eventBody(mentionEvent('refresh', { user: MALLORY })), JSON_TYPE);

    expect(calls('chat.postMessage')).toEqual([]);
    const [refusal, ...more] = calls('chat.postEphemeral');
    expect(more).toEqual([]);
    expect(refusal?.params).toMatchObject({ channel: 'C0GENERAL', user: MALLORY });
    expect(shown(refusal?.params.blocks)).toMatch(/only streambot admins can refresh/i);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'refresh_refused', userId: MALLORY }));
    expect(storeChecksum()).toBe(before);
  });

  it('runs for an admin in one message edited in place, answering every question meanwhile', async () => {
    const before = buildId();
    const refreshing = slash({ id: 'run', text: 'refresh', userId: ALICE, userName: 'alice' });
    await h.fake.until(() => calls('chat.postMessage').length > 0, 'the progress message');
    const [progress] = calls('chat.postMessage');
    expect(progress?.params).toMatchObject({ channel: 'C0GENERAL' });
    expect(shown(progress?.params.blocks)).toContain('Refreshing the data');
    expect(service.running?.requester).toMatchObject({ userId: ALICE, via: 'slack' });

    // Another admin asking meanwhile is told who started the running refresh, and when.
    await slash({ id: 'busy', text: 'refresh', userId: BOB, userName: 'bob' });
    const [busy] = responsesTo('busy');
    expect(busy).toMatchObject({ response_type: 'ephemeral' });
    expect(shown(busy)).toMatch(/already running: started by @alice at [^,]+UTC/);

    const during: string[] = [];
    while (service.running) {
      const id = `during-${during.length}`;
      during.push(id);
      expect((await slash({ id, text: 'how many movies on netflix' })).status).toBe(200);
    }
    expect((await refreshing).status).toBe(200);
    const after = buildId();
    expect(after).not.toBe(before);

    expect(during.length).toBeGreaterThan(0);
    for (const id of during) {
      const [answer, ...more] = responsesTo(id);
      expect(more).toEqual([]);
      expect(answer).toMatchObject({ response_type: 'in_channel' });
      const build = shown(answer).match(/Data build: ([^"\\]+)/)?.[1];
      expect([before, after]).toContain(build);
    }

    // One message: posted once, then only edited, ending on the summary with the new build.
    expect(calls('chat.postMessage')).toHaveLength(1);
    const edits = calls('chat.update');
    expect(edits.length).toBeGreaterThan(0);
    for (const edit of edits)
      expect(edit.params).toMatchObject({ channel: 'C0GENERAL', ts: expect.any(String) });
    expect(new Set(edits.map((edit) => edit.params.ts)).size).toBe(1);
    const summary = shown(edits.at(-1)?.params.blocks);
    expect(summary).toContain('Data refreshed in');
    expect(summary).toContain(after);
    expect(responsesTo('run')).toEqual([]);

    // The next question is answered from the new build.
    await slash({ id: 'status', text: 'status' });
    expect(shown(responsesTo('status'))).toContain(after);
  });

  it('shows progress privately through response_url, at most 5 times, where Streambot cannot post', async () => {
    const sent = await slash({ id: 'private', text: 'refresh', userId: ALICE, channelId: NOT_A_MEMBER });
    expect(sent.status).toBe(200);
    const after = buildId();
    expect(logs).toContainEqual(expect.objectContaining({ event: 'refresh_done', buildId: after }));

    expect(calls('chat.postMessage')).toHaveLength(1);
    expect(calls('chat.update')).toEqual([]);
    const replies = responsesTo('private');
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.length).toBeLessThanOrEqual(5);
    expect(replies.map((r) => r.replace_original)).toEqual([false, ...replies.slice(1).map(() => true)]);
    for (const reply of replies) expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(shown(replies[0])).toContain('Refreshing the data');
    expect(shown(replies.at(-1))).toContain(after);
  });

  it('runs from a mention saying "refresh", in the thread of the mention', async () => {
    const event = mentionEvent('refresh the data', { user: BOB });
    await postToApp(h.slack.port, eventBody(event), JSON_TYPE);
    const after = buildId();
    expect(logs).toContainEqual(expect.objectContaining({ event: 'refresh_done', buildId: after }));

    const [progress, ...more] = calls('chat.postMessage');
    expect(more).toEqual([]);
    expect(progress?.params).toMatchObject({ channel: 'C0GENERAL', thread_ts: event.ts });
    const edits = calls('chat.update');
    expect(edits.length).toBeGreaterThan(0);
    expect(shown(edits.at(-1)?.params.blocks)).toContain(after);
    expect(calls('chat.postEphemeral')).toEqual([]);
  });
});

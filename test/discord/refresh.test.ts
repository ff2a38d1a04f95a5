/** `/refresh` on Discord: the admin refresh behind it, private to the asker, edited as it advances. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RefreshService } from '../../src/admin/refresh.ts';
import { DEMO_RAW_DIR } from '../../src/config.ts';
import { MemoryState } from '../../src/state/memory-state.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { EPHEMERAL_FLAG, fakeUser, InteractionCallback } from './fake-discord.ts';
import { embedText, eventually, type RunningBot, type SentBody, startBot } from './harness.ts';

const admin = fakeUser('admin');
let dir: string;
let running: RunningBot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-discord-refresh-'));
  const dbPath = join(dir, 'live.db');
  copyFileSync(inject('stores').demo, dbPath);
  running = await startBot({
    dbPath,
    refresh: (live, logger) =>
      new RefreshService({
        live,
        rawDir: DEMO_RAW_DIR,
        admins: [admin.id],
        logger,
        updateIntervalMs: 0,
        state: new MemoryState(),
      }),
  });
});

afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function buildId(): string | undefined {
  return readBuildInfo(running.live.current().sqlite)?.buildId;
}

function edits(path: string): SentBody[] {
  return running.fake.requests
    .filter((r) => r.method === 'PATCH' && r.path === path)
    .map((r) => r.body as SentBody);
}

describe('/refresh on Discord', () => {
  it('refuses a non-admin privately, logs the attempt and leaves the store alone', async () => {
    const before = buildId();
    const sent = running.fake.sendInteraction({ name: 'refresh' });
    const deferral = (await running.fake.waitForRequest({ method: 'POST', path: sent.callbackPath }))
      .body as SentBody;
    expect(deferral).toMatchObject({
      type: InteractionCallback.DeferredMessage,
      data: { flags: EPHEMERAL_FLAG },
    });
    const refusal = (await running.fake.waitForRequest({ method: 'PATCH', path: sent.originalPath }))
      .body as SentBody;
    expect(refusal.content).toMatch(/admin/i);
    expect(buildId()).toBe(before);
    expect(
      running.logs.some((l) => l.event === 'refresh_refused' && l.via === 'discord' && l.userId !== admin.id),
    ).toBe(true);
  });

  it('runs for an admin, shows progress in the same private message, and ends on the new build', async () => {
    const before = buildId();
    const sent = running.fake.sendInteraction({ name: 'refresh', user: admin });
    const deferral = (await running.fake.waitForRequest({ method: 'POST', path: sent.callbackPath }))
      .body as SentBody;
    expect(deferral.data?.flags).toBe(EPHEMERAL_FLAG);
    await eventually(() => buildId() !== before, 'the new build to serve', 30_000);
    const after = buildId()!;
    await running.fake.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path === sent.originalPath &&
        embedText((r.body as SentBody).embeds?.[0]).includes(after),
    );
    expect(after).not.toBe(before);
    const shown = edits(sent.originalPath);
    expect(shown.length).toBeGreaterThan(1);
    expect(embedText(shown.at(-1)?.embeds?.[0])).toContain(after);

    // The next question is answered from the new build.
    const next = running.fake.sendInteraction({ name: 'status' });
    const status = (await running.fake.waitForRequest({ method: 'PATCH', path: next.originalPath }))
      .body as SentBody;
    expect(status.embeds?.[0]?.footer?.text).toContain(after);
  });
});

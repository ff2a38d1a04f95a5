import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { RefreshService, type Requester } from '../../src/admin/refresh.ts';
import { REFRESH_LOCK_NAME } from '../../src/admin/refresh-lock.ts';
import type { Answer } from '../../src/answer.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import { getCountPlatform } from '../../src/catalog/index.ts';
import { DEMO_RAW_DIR } from '../../src/config.ts';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { LiveStore } from '../../src/store/live.ts';

const admin: Requester = { userId: 'U_ADMIN', name: 'ana', via: 'slack' };
const logger = pino({ level: 'silent' });

let dir: string;
let live: LiveStore;
/** Where this machine's processes keep their shared state; apart from `dir`, which holds only the store. */
let stateDir: string;
let state: SqliteState;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A refresh service as one process has it; `own` state: another process's handle on the same state file. */
function serviceFor(rawDir: string, own: SqliteState = state, lockTtlMs?: number): RefreshService {
  return new RefreshService({
    live,
    rawDir,
    admins: ['U_ADMIN'],
    logger,
    updateIntervalMs: 0,
    state: own,
    ...(lockTtlMs ? { lockTtlMs } : {}),
  });
}

function liveBuildId(): string | undefined {
  return readBuildInfo(live.current().sqlite)?.buildId;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-refresh-'));
  copyFileSync(inject('stores').demo, join(dir, 'live.db'));
  live = new LiveStore(join(dir, 'live.db'));
  stateDir = mkdtempSync(join(tmpdir(), 'streambot-refresh-state-'));
  state = new SqliteState(join(stateDir, 'state.db'), { logger });
});

afterEach(async () => {
  live.close();
  await state.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(stateDir, { recursive: true, force: true });
});

describe('admin refresh', () => {
  it('refuses a non-admin and reaches no child process', async () => {
    const service = serviceFor(DEMO_RAW_DIR);
    const before = sha256(live.path);
    const answer = await service.refresh({ userId: 'U_SOMEONE', via: 'discord' });
    expect(answer.kind).toBe('error');
    expect(answer.headline).toMatch(/only streambot admins/i);
    expect(service.running).toBeNull();
    expect(sha256(live.path)).toBe(before);
  });

  it('answers every question during a refresh, each from a whole build, then swaps to the new one', async () => {
    const service = serviceFor(DEMO_RAW_DIR);
    const oldBuild = liveBuildId();
    const seen: (string | undefined)[] = [];
    let failures = 0;
    const updates: Answer[] = [];
    const core = createBotCore({ store: live, config: { recommendThreshold: 3.5, admins: [] }, logger });
    const asking = setInterval(() => {
      const { answer } = core.ask({
        text: 'how many movies does netflix have?',
        conversationId: 't',
        userId: 'u',
      });
      if (answer.kind !== 'result') failures++;
      seen.push(answer.build);
    }, 2);
    const answer = await service.refresh(admin, (update) => {
      updates.push(update);
    });
    clearInterval(asking);

    expect(answer.kind).toBe('result');
    const newBuild = liveBuildId();
    expect(newBuild).not.toBe(oldBuild);
    expect(answer.build).toBe(newBuild);
    expect(failures).toBe(0);
    expect(seen.length).toBeGreaterThan(10);
    expect(new Set(seen)).toEqual(new Set(seen.filter((id) => id === oldBuild || id === newBuild)));
    expect(seen[0]).toBe(oldBuild);
    expect(updates.map((update) => update.headline)).toContain('Refreshing the data…');
    expect(answer.fields.map((field) => field.label)).toEqual(
      expect.arrayContaining(['Netflix', 'Hulu', 'Rejected rows', 'Build']),
    );
    expect(readdirSync(dir)).toEqual(['live.db']);
  });

  it('keeps the old store serving, byte for byte, when the raw files are broken', async () => {
    const broken = join(dir, 'raw');
    cpSync(DEMO_RAW_DIR, broken, { recursive: true });
    rmSync(join(broken, 'hulu_titles.csv'));
    const before = sha256(live.path);
    const oldBuild = liveBuildId();

    const answer = await serviceFor(broken).refresh(admin);

    expect(answer.kind).toBe('error');
    expect(answer.fields[0]?.value).toMatch(/hulu_titles\.csv/);
    expect(answer.note).toContain(oldBuild);
    expect(sha256(live.path)).toBe(before);
    expect(liveBuildId()).toBe(oldBuild);
    expect(readdirSync(dir).sort()).toEqual(['live.db', 'raw']);
  });

  it('keeps the old store serving when a raw file holds garbage instead of a catalog, and says why in Spanish', async () => {
    const broken = join(dir, 'raw');
    cpSync(DEMO_RAW_DIR, broken, { recursive: true });
    writeFileSync(join(broken, 'netflix_titles.csv'), '\u0000\u0001 not a catalog "\n,,,\n');
    const before = sha256(live.path);
    const oldBuild = liveBuildId();

    const answer = await serviceFor(broken).refresh({ ...admin, locale: 'es' });

    expect(answer.kind).toBe('error');
    expect(answer.headline).toMatch(/la actualización falló/i);
    expect(answer.fields[0]?.label).toBe('Motivo');
    expect(answer.fields[0]?.value).toMatch(/netflix_titles\.csv/);
    expect(answer.note).toContain(oldBuild);
    expect(sha256(live.path)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['live.db', 'raw']);
  });

  it('survives the refresh process being killed, and the next refresh succeeds', async () => {
    const service = serviceFor(DEMO_RAW_DIR);
    const before = sha256(live.path);
    const oldBuild = liveBuildId();
    let killed = false;
    const answer = await service.refresh(admin, () => {
      if (!killed) {
        killed = true;
        service.running?.child.kill('SIGKILL');
      }
    });
    expect(killed).toBe(true);
    expect(answer.kind).toBe('error');
    expect(answer.fields[0]?.value).toMatch(/SIGKILL/);
    expect(sha256(live.path)).toBe(before);
    expect(getCountPlatform(live.current(), { platform: 'hulu' }).ok).toBe(true);

    const retry = await service.refresh(admin);
    expect(retry.kind).toBe('result');
    expect(liveBuildId()).not.toBe(oldBuild);
    expect(readdirSync(dir)).toEqual(['live.db']);
  });

  it('answers why, and keeps serving, when the refresh cannot even start (its lock cannot be taken)', async () => {
    const broken = new SqliteState(join(stateDir, 'state.db'), { logger });
    await broken.close();
    const before = sha256(live.path);
    const answer = await serviceFor(DEMO_RAW_DIR, broken).refresh({ ...admin, locale: 'es' });
    expect(answer.kind).toBe('error');
    expect(answer.headline).toMatch(/la actualización falló/i);
    expect(answer.fields[0]?.value).toMatch(/database connection is not open/);
    expect(sha256(live.path)).toBe(before);
  });

  it('runs one refresh at a time and tells the second requester who started the first', async () => {
    const service = serviceFor(DEMO_RAW_DIR);
    const first = service.refresh(admin);
    const second = await service.refresh({ userId: 'U_ADMIN', via: 'discord', locale: 'es' });
    expect(second.kind).toBe('error');
    expect(second.headline).toMatch(/ya hay una actualización en curso: la inició ana/i);
    expect((await first).kind).toBe('result');
    expect(service.running).toBeNull();
  });

  it('refuses a refresh from another process while one runs, for as long as it runs (the lock is renewed)', async () => {
    const otherProcess = new SqliteState(join(stateDir, 'state.db'), { logger });
    try {
      const first = serviceFor(DEMO_RAW_DIR, state, 300).refresh(admin);
      // Past the lock's 300 ms expiry: only the holder's renewals keep it.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const elsewhere = await serviceFor(DEMO_RAW_DIR, otherProcess).refresh({
        userId: 'U_ADMIN',
        via: 'cli',
      });
      expect(elsewhere.headline).toMatch(/already running: started by ana .* running in process \d+ on \S+/);
      expect((await first).kind).toBe('result');
      expect(await otherProcess.lockHolder(REFRESH_LOCK_NAME)).toBeUndefined();
    } finally {
      await otherProcess.close();
    }
  });

  it('stops, leaving the store as it was, when its lock is lost to another instance mid-refresh', async () => {
    const before = sha256(live.path);
    const refreshing = serviceFor(DEMO_RAW_DIR, state, 300).refresh(admin);
    let holder = await state.lockHolder(REFRESH_LOCK_NAME);
    while (!holder) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      holder = await state.lockHolder(REFRESH_LOCK_NAME);
    }
    // As if it had expired and another host took it: released under its own token, taken by another.
    expect(await state.releaseLock(REFRESH_LOCK_NAME, holder.owner)).toBe(true);
    expect(await state.acquireLock(REFRESH_LOCK_NAME, 'another-host', 60_000)).toBe(true);
    const answer = await refreshing;
    expect(answer.kind).toBe('error');
    expect(answer.fields[0]?.value).toMatch(/its lock expired, so another refresh may have started/);
    expect(sha256(live.path)).toBe(before);
    expect(await state.lockHolder(REFRESH_LOCK_NAME)).toMatchObject({ owner: 'another-host' });
  });

  it('takes the lock over once a holder that died (and so stopped renewing) lets it expire', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const owner = JSON.stringify({
      token: 'gone',
      host: 'old-host',
      pid: dead,
      requester: admin,
      startedAt: new Date().toISOString(),
    });
    expect(await state.acquireLock(REFRESH_LOCK_NAME, owner, 300)).toBe(true);
    const refused = await serviceFor(DEMO_RAW_DIR).refresh(admin);
    expect(refused.headline).toMatch(new RegExp(`running in process ${dead} on old-host`));
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await serviceFor(DEMO_RAW_DIR).refresh(admin)).kind).toBe('result');
    expect(readdirSync(dir)).toEqual(['live.db']);
  });

  it('stops a running refresh when the bot shuts down, leaving the live store as it was', async () => {
    const service = serviceFor(DEMO_RAW_DIR);
    const before = sha256(live.path);
    let stopped = false;
    const answer = await service.refresh(admin, () => {
      if (!stopped) {
        stopped = true;
        service.stop();
      }
    });
    expect(answer.kind).toBe('error');
    expect(answer.fields[0]?.value).toMatch(/stopped because the bot is shutting down/);
    expect(sha256(live.path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['live.db']);
  });
});

describe('admin refresh with the shared state', () => {
  it('audits every refresh and refusal, and another instance on the same store serves the new build within 1 s', async () => {
    const statePath = join(dir, 'state.db');
    const mine = new SqliteState(statePath, { logger });
    const theirs = new SqliteState(statePath, { logger });
    const otherLive = new LiveStore(live.path, { checkIntervalMs: 60_000 });
    const heard: string[] = [];
    const stop = theirs.onBuild((buildId) => {
      heard.push(buildId);
      otherLive.reloadIfReplaced();
    });
    try {
      const service = new RefreshService({
        live,
        rawDir: DEMO_RAW_DIR,
        admins: ['U_ADMIN'],
        logger,
        state: mine,
      });
      await service.refresh({ userId: 'U_SOMEONE', via: 'discord' });
      const before = readBuildInfo(otherLive.current().sqlite)?.buildId;
      const answer = await service.refresh(admin);
      expect(answer.kind).toBe('result');
      const after = liveBuildId()!;
      expect(after).not.toBe(before);
      const started = Date.now();
      while (readBuildInfo(otherLive.current().sqlite)?.buildId !== after && Date.now() - started < 3_000)
        await new Promise((resolve) => setTimeout(resolve, 50));
      // The other instance checks its file only once a minute: the notice made it reload.
      expect(readBuildInfo(otherLive.current().sqlite)?.buildId).toBe(after);
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(heard).toEqual([after]);
      expect(await theirs.auditLog(10)).toEqual([
        expect.objectContaining({
          action: 'refresh',
          who: 'ana',
          via: 'slack',
          outcome: 'done',
          buildId: after,
        }),
        expect.objectContaining({ action: 'refused_refresh', who: 'U_SOMEONE', via: 'discord' }),
      ]);
    } finally {
      stop();
      otherLive.close();
      await mine.close();
      await theirs.close();
    }
  });
});

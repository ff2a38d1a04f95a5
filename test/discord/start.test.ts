/** `streambot start discord` (what `npm start` runs when DISCORD_TOKEN is set) against the fake Discord. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { FakeDiscord } from './fake-discord.ts';
import { eventually, type SentBody } from './harness.ts';

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  await fake?.close();
});

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['bin/streambot.js', ...args], {
    env: { PATH: process.env.PATH, STREAMBOT_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

describe('streambot start discord', () => {
  it.each([
    ['npm start with DISCORD_TOKEN set', ['start']],
    ['--shards auto', ['start', 'discord', '--shards', 'auto']],
  ])('%s: connects, answers a slash command, and stops cleanly on SIGTERM', async (_name, args) => {
    fake = await FakeDiscord.start();
    child = start(args, {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      STREAMBOT_DB: inject('stores').demo,
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await fake.waitForSessions(1, 30_000);
    const sent = fake.sendInteraction({ name: 'help' });
    const reply = (await fake.waitForRequest({ method: 'POST', path: sent.callbackPath })).body as SentBody;
    expect(reply.data?.embeds).toHaveLength(1);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stderr).not.toContain(fake.token);
  });

  it('--shards: no shard process outlives a manager that was killed', async () => {
    fake = await FakeDiscord.start();
    child = start(['start', 'discord', '--shards', '1'], {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      STREAMBOT_DB: inject('stores').demo,
    });
    await fake.waitForSessions(1, 30_000);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const current = fake;
    await eventually(
      () => current.openConnections === 0,
      'the orphaned shard to close its gateway connection',
    );
  });
});

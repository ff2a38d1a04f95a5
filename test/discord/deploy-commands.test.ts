/** `streambot discord deploy-commands` against the fake Discord: one bulk overwrite of commands/. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { discordCommands } from '../../src/adapters/discord/registration.ts';
import { FakeDiscord, snowflake } from './fake-discord.ts';

const run = promisify(execFile);

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

function deploy(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['bin/streambot.js', 'discord', 'deploy-commands', ...args], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: fake.token,
      DISCORD_APP_ID: fake.appId,
      DISCORD_API_URL: fake.apiUrl,
      STREAMBOT_LOG_LEVEL: 'silent',
      ...env,
    },
  });
}

function puts() {
  return fake.requests.filter((r) => r.method === 'PUT');
}

describe('streambot discord deploy-commands', () => {
  it('registers every command from commands/ in one PUT to the guild', async () => {
    const guild = snowflake();
    const before = puts().length;
    const { stdout } = await deploy(['--guild', guild]);
    const sent = puts().slice(before);
    expect(sent).toHaveLength(1);
    const put = sent[0]!;
    expect(put.path).toBe(`/applications/${fake.appId}/guilds/${guild}/commands`);
    expect(put.authorization).toBe(`Bot ${fake.token}`);
    expect(put.body).toEqual(discordCommands());
    expect((put.body as { name: string }[]).map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(JSON.parse(stdout)).toEqual({ scope: guild, commands: COMMANDS.map((c) => c.name) });
  });

  it('registers globally without --guild, or in DISCORD_GUILD_ID when set', async () => {
    const before = puts().length;
    await deploy([]);
    const guild = snowflake();
    await deploy([], { DISCORD_GUILD_ID: guild });
    expect(
      puts()
        .slice(before)
        .map((r) => r.path),
    ).toEqual([
      `/applications/${fake.appId}/commands`,
      `/applications/${fake.appId}/guilds/${guild}/commands`,
    ]);
  });

  it('refuses a malformed guild id or a missing token with a clear message and sends nothing', async () => {
    const before = fake.requests.length;
    await expect(deploy(['--guild', 'my-server'])).rejects.toMatchObject({
      stderr: expect.stringContaining('guild "my-server" is not a Discord id'),
    });
    await expect(deploy([], { DISCORD_TOKEN: '' })).rejects.toMatchObject({
      stderr: expect.stringContaining('DISCORD_TOKEN is not set'),
    });
    expect(fake.requests.length).toBe(before);
  });
});

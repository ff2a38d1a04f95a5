/** The Discord settings each entry point needs, checked with a message that says where to find them. */
import { createRequire } from 'node:module';
import type { RESTOptions } from 'discord.js';
import type { Config } from '../../config.ts';

export class DiscordConfigError extends Error {}

const SNOWFLAKE = /^\d{17,20}$/;

export function requireToken(discord: Config['discord']): string {
  if (!discord.token) {
    throw new DiscordConfigError(
      'DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot tab)',
    );
  }
  return discord.token;
}

export function requireAppId(discord: Config['discord']): string {
  if (!discord.appId) {
    throw new DiscordConfigError(
      'DISCORD_APP_ID is not set: copy the application id from the Developer Portal',
    );
  }
  return requireSnowflake(discord.appId, 'DISCORD_APP_ID');
}

/** A Discord id (snowflake), or a DiscordConfigError naming `what`. */
export function requireSnowflake(id: string, what: string): string {
  if (!SNOWFLAKE.test(id)) throw new DiscordConfigError(`${what} "${id}" is not a Discord id (17–20 digits)`);
  return id;
}

/**
 * discord.js's own undici (6.x). Without an agent of its own, its requests go through the process-wide
 * dispatcher, which another undici may have installed first (Bolt's Socket Mode brings undici 7): that one
 * does not recognise the FormData of a message with files and fails with "action is not a function".
 */
const discordUndici = createRequire(createRequire(import.meta.url).resolve('@discordjs/rest'))('undici') as {
  Agent: new () => NonNullable<RESTOptions['agent']>;
};

/**
 * REST options: discord.js's own agent, and DISCORD_API_URL when set (tests, proxies), else Discord's API.
 */
export function restOptions(discord: Config['discord']): Partial<RESTOptions> {
  return { agent: new discordUndici.Agent(), ...(discord.apiUrl ? { api: discord.apiUrl } : {}) };
}

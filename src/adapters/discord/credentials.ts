/** The Discord settings each entry point needs, checked with a message that says where to find them. */
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

/** REST options pointing discord.js at DISCORD_API_URL when set (tests, proxies), else at Discord. */
export function restOptions(discord: Config['discord']): { api?: string } {
  return discord.apiUrl ? { api: discord.apiUrl } : {};
}

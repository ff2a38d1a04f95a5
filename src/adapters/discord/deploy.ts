/** Registers every slash command with Discord in one bulk overwrite, globally or in one guild. */
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { Config } from '../../config.ts';
import { DiscordConfigError } from '../discord.ts';
import { discordCommands } from './registration.ts';

const SNOWFLAKE = /^\d{17,20}$/;

export interface DeployResult {
  /** `global` or the guild id. */
  scope: string;
  commands: string[];
}

export async function deployCommands(discord: Config['discord'], guildId?: string): Promise<DeployResult> {
  const { token, appId, apiUrl } = discord;
  if (!token)
    throw new DiscordConfigError('DISCORD_TOKEN is not set: copy the bot token from the Developer Portal');
  if (!appId)
    throw new DiscordConfigError(
      'DISCORD_APP_ID is not set: copy the application id from the Developer Portal',
    );
  if (!SNOWFLAKE.test(appId))
    throw new DiscordConfigError(`DISCORD_APP_ID "${appId}" is not a Discord id (17–20 digits)`);
  if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
    throw new DiscordConfigError(`guild "${guildId}" is not a Discord id (17–20 digits)`);
  }
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const registered = (await rest.put(route, {
    body: discordCommands(),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId ?? 'global', commands: registered.map((command) => command.name) };
}

/** Registers every slash command with Discord in one bulk overwrite, globally or in one guild. */
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { Config } from '../../config.ts';
import { requireAppId, requireSnowflake, requireToken, restOptions } from './credentials.ts';
import { discordCommands } from './registration.ts';

export interface DeployResult {
  /** `global` or the guild id. */
  scope: string;
  commands: string[];
}

export async function deployCommands(discord: Config['discord'], guildId?: string): Promise<DeployResult> {
  const token = requireToken(discord);
  const appId = requireAppId(discord);
  if (guildId !== undefined) requireSnowflake(guildId, 'guild');
  const rest = new REST(restOptions(discord)).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const registered = (await rest.put(route, {
    body: discordCommands(),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId ?? 'global', commands: registered.map((command) => command.name) };
}

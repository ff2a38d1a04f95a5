/** `streambot discord …`: Discord administration (registering the slash commands). */
import type { Command } from 'commander';
import { fail, printJson } from './_shared.ts';

export function register(program: Command): void {
  const discord = program.command('discord').description('Discord administration');
  discord
    .command('deploy-commands')
    .description('Register the slash commands with Discord in one bulk overwrite (global unless --guild)')
    .option(
      '--guild <id>',
      'register in this guild only (instant; handy while testing). Default: DISCORD_GUILD_ID',
    )
    .action(async (options: { guild?: string }) => {
      const { loadConfig } = await import('../config.ts');
      const { deployCommands } = await import('../adapters/discord/deploy.ts');
      const config = loadConfig();
      try {
        printJson(await deployCommands(config.discord, options.guild ?? config.discord.guildId));
      } catch (error) {
        fail(`deploy-commands failed: ${(error as Error).message}`);
      }
    });
}

/**
 * `streambot start [terminal|discord|slack|http]` (and `npm start`): runs Streambot. Without a mode it
 * picks Discord when DISCORD_TOKEN is set, Slack when SLACK_BOT_TOKEN is set, the HTTP API when
 * STREAMBOT_HTTP_PORT is set, else the terminal chat. Discord and Slack serve the HTTP API beside them
 * (Slack HTTP mode on its own port).
 * The store is built first when missing, from the configured raw data or the demo data.
 */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { configOrFail, fail } from './_shared.ts';

const MODES = ['terminal', 'discord', 'slack', 'http'] as const;
type Mode = (typeof MODES)[number];

interface StartOptions {
  shards?: string;
}

export function register(program: Command): void {
  program
    .command('start')
    .description('start Streambot: the terminal chat, the Discord or Slack bot, or the HTTP API and web chat')
    .argument('[mode]', `${MODES.join(' | ')} (default: discord or slack when configured, else terminal)`)
    .option('--shards <n|auto>', 'discord: run one process per shard (large installs)')
    .action(async (mode: string | undefined, options: StartOptions) => {
      const config = await configOrFail();
      const chosen = mode ?? defaultMode(config);
      if (!isMode(chosen)) fail(`unknown mode "${chosen}": use ${MODES.join(', ')}`);
      if (options.shards !== undefined && chosen !== 'discord') fail('--shards only applies to discord');
      const { startMode } = await import('../app/start-modes.ts');
      try {
        await startMode(chosen, config, { shards: options.shards });
      } catch (error) {
        fail((error as Error).message);
      }
    });
}

function defaultMode(config: Config): Mode {
  if (config.discord.token) return 'discord';
  if (config.slack.botToken) return 'slack';
  if (config.http.port !== undefined) return 'http';
  return 'terminal';
}

function isMode(text: string): text is Mode {
  return (MODES as readonly string[]).includes(text);
}

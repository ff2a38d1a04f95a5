/**
 * The Discord adapter running for real, for end-to-end tests: the discord.js client against the fake
 * Discord, the real bot core on the demo store, its log lines captured.
 */
import type { APIEmbed } from 'discord.js';
import pino from 'pino';
import { inject } from 'vitest';
import { type DiscordHandle, type DiscordOptions, startDiscord } from '../../src/adapters/discord.ts';
import { type BotCoreOptions, createBotCore } from '../../src/bot/create-core.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { LiveStore } from '../../src/store/live.ts';
import { FakeDiscord } from './fake-discord.ts';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface RunningBot {
  fake: FakeDiscord;
  bot: DiscordHandle;
  live: LiveStore;
  config: Config;
  logs: LogLine[];
  /** Raw JSON log output, to check nothing secret was written. */
  logText(): string;
  stop(): Promise<void>;
}

/** Captures JSON log lines in memory. */
export function captureLogs(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino(
    { level: 'debug', base: { app: 'streambot' } },
    { write: (line: string) => lines.push(line) },
  );
  return { logger, lines };
}

export interface BotOptions extends Omit<DiscordOptions, 'logger'> {
  /** The store to serve (default: the demo test store, shared: never write to it). */
  dbPath?: string;
  /** Wires `/refresh` to an admin refresh over the live store. */
  refresh?: (live: LiveStore, logger: Logger) => BotCoreOptions['refresh'];
  /** Discord user ids the core treats as admins (STREAMBOT_ADMINS). */
  admins?: string[];
}

export async function startBot(options: BotOptions = {}): Promise<RunningBot> {
  const { dbPath, refresh, admins, ...discordOptions } = options;
  const fake = await FakeDiscord.start();
  const config = discordConfig(fake, dbPath ?? inject('stores').demo, admins);
  const live = new LiveStore(config.dbPath);
  const { logger, lines } = captureLogs();
  const core = createBotCore({
    store: live,
    config,
    logger,
    refresh: refresh?.(live, logger),
    ...(discordOptions.state ? { state: discordOptions.state } : {}),
  });
  const bot = await startDiscord(config, core, { ...discordOptions, logger });
  return {
    fake,
    bot,
    live,
    config,
    get logs() {
      return lines.map((line) => JSON.parse(line) as LogLine);
    },
    logText: () => lines.join(''),
    async stop() {
      await bot.stop();
      live.close();
      await fake.close();
    },
  };
}

export function discordConfig(fake: FakeDiscord, dbPath: string, admins: string[] = []): Config {
  return loadConfig({
    STREAMBOT_ADMINS: admins.join(','),
    DISCORD_TOKEN: fake.token,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    STREAMBOT_DB: dbPath,
    STREAMBOT_RAW_DIR: 'data/demo',
  });
}

/** A row of buttons as the adapter sent it. */
export interface SentRow {
  type: number;
  components: { type: number; label?: string; custom_id: string; disabled?: boolean }[];
}

/** A message or interaction body as the adapter sent it. */
export interface SentBody {
  type?: number;
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  message_reference?: { message_id: string };
  components?: SentRow[];
  data?: {
    content?: string;
    embeds?: APIEmbed[];
    components?: SentRow[];
    flags?: number;
    choices?: { name: string; value: string }[];
  };
}

/** Everything a person reads in an embed, as one string. */
export function embedText(embed: APIEmbed | undefined): string {
  if (!embed) return '';
  return [
    embed.title,
    embed.description,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed.footer?.text,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Polls `condition` until it holds (events the client handles asynchronously, such as reconnects). */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

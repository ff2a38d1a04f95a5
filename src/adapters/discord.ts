/**
 * The Discord adapter: a discord.js client that turns slash commands, title autocomplete, mentions and
 * DMs into questions for the bot core and posts its answers back. No business logic lives here.
 */
import { once } from 'node:events';
import {
  type BaseInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Message,
  MessageFlags,
  Options,
  Partials,
} from 'discord.js';
import type { BotCore } from '../bot/core.ts';
import type { Config } from '../config.ts';
import { type Logger, logger } from '../log.ts';
import { metrics } from '../metrics.ts';
import type { StateStore } from '../state/state.ts';
import { handlePageButton, isPageButton } from './discord/buttons.ts';
import type { HandlerContext } from './discord/context.ts';
import { requireToken, restOptions } from './discord/credentials.ts';
import {
  handleFeedbackButton,
  handleFeedbackForm,
  isFeedbackButton,
  isFeedbackForm,
} from './discord/feedback.ts';
import { logGateway } from './discord/gateway-log.ts';
import { handleAutocomplete, handleChatInput } from './discord/interactions.ts';
import { handleMessage } from './discord/mentions.ts';
import { localeOf } from './discord/text.ts';
import { failureText } from './failure-text.ts';
import {
  countingRefusals,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
  SharedRateLimiter,
  UserRateLimiter,
} from './rate-limit.ts';

/**
 * Guilds: the guild and channel cache, without which discord.js drops guild messages.
 * GuildMessages and DirectMessages: messages in channels and DMs. Message content is not needed as a
 * privileged intent: Discord always includes it for messages that mention the bot and for DMs.
 */
const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

export interface DiscordOptions {
  rateLimit?: RateLimit;
  logger?: Logger;
  /** Shared state: the rate limit then holds across shards and hosts. */
  state?: StateStore;
}

export interface DiscordHandle {
  client: Client<true>;
  stop(): Promise<void>;
}

/** Discord's counters in the shared state, apart from the HTTP API's. */
const DISCORD_RATE_PREFIX = 'discord-rate:';

/** Logs in, waits until the client is ready, and answers until `stop()`. */
export async function startDiscord(
  config: Config,
  core: BotCore,
  options: DiscordOptions = {},
): Promise<DiscordHandle> {
  const token = requireToken(config.discord);
  const log = options.logger ?? logger.child({ adapter: 'discord' });
  const client = new Client(clientOptions(config.discord));
  const ctx: HandlerContext = {
    core,
    limiter: countingRefusals(
      options.state
        ? new SharedRateLimiter(options.state, options.rateLimit ?? DEFAULT_RATE_LIMIT, DISCORD_RATE_PREFIX)
        : new UserRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
      () => metrics.rateLimited('discord'),
    ),
    log,
  };

  const stopLogging = logGateway(client, log);
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction, ctx));
  client.on(Events.MessageCreate, (message) => void onMessage(message, ctx));

  try {
    await Promise.all([once(client, Events.ClientReady), client.login(token)]);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const ready = client as Client<true>;
  log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'discord adapter ready');
  return {
    client: ready,
    async stop() {
      stopLogging();
      await client.destroy();
      log.info('discord adapter stopped');
    },
  };
}

function clientOptions(discord: Config['discord']): ClientOptions {
  return {
    intents: [...DISCORD_INTENTS],
    // DM channels are not cached before their first message; without this partial DMs are dropped.
    partials: [Partials.Channel],
    // Answers quote titles and user text: never let them ping anyone.
    allowedMentions: { parse: [], repliedUser: false },
    // The bot never looks back at old messages, so it keeps none.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: restOptions(discord),
  };
}

/** Every interaction handled, none able to crash the process; a failure still answers the person. */
async function onInteraction(interaction: BaseInteraction, ctx: HandlerContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await handleAutocomplete(interaction, ctx);
    else if (interaction.isChatInputCommand()) await handleChatInput(interaction, ctx);
    else if (interaction.isButton() && isPageButton(interaction)) await handlePageButton(interaction, ctx);
    else if (interaction.isButton() && isFeedbackButton(interaction))
      await handleFeedbackButton(interaction, ctx);
    else if (interaction.isModalSubmit() && isFeedbackForm(interaction))
      await handleFeedbackForm(interaction, ctx);
  } catch (error) {
    // The core answers every question; what fails here is getting the answer to Discord.
    metrics.delivery('discord', 'failed');
    ctx.log.error(
      { err: error, interaction: interaction.id, user: interaction.user.id },
      'discord interaction failed',
    );
    await apologise(interaction).catch((replyError: unknown) =>
      ctx.log.warn({ err: replyError, interaction: interaction.id }, 'discord could not report the failure'),
    );
  }
}

async function apologise(interaction: BaseInteraction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const reply = {
    content: failureText(localeOf(interaction.locale)),
    flags: MessageFlags.Ephemeral,
  } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(reply);
  else await interaction.reply(reply);
}

/** Every message handled, none able to crash the process; a failure still answers the person. */
async function onMessage(message: Message, ctx: HandlerContext): Promise<void> {
  try {
    await handleMessage(message, ctx);
  } catch (error) {
    ctx.log.error({ err: error, message: message.id, user: message.author.id }, 'discord message failed');
    // A DM has no locale of its own: the apology is then in both languages.
    const locale = message.inGuild() ? localeOf(message.guild.preferredLocale) : undefined;
    await message
      .reply({ content: failureText(locale) })
      .catch((replyError: unknown) =>
        ctx.log.warn({ err: replyError, message: message.id }, 'discord could not report the failure'),
      );
  }
}

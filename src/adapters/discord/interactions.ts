/**
 * Slash commands and title autocomplete. A slash command's options become a request through
 * `commandFromOptions`; the core answers it; the answer goes back as an embed, or as a short
 * ephemeral line when it is an error. Valid questions are deferred first, because the core answers
 * synchronously and a slow one must not miss Discord's 3-second window.
 */
import { type AutocompleteInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { slashCommand } from '../../../commands/index.ts';
import type { Answer } from '../../answer.ts';
import type { BotInput, BotReply } from '../../bot/core.ts';
import { commandFromOptions, type SlashOptions } from '../../bot/slash.ts';
import { renderDiscord } from '../render/discord.ts';
import { truncate } from '../render/truncate.ts';
import { discordAnswer } from './chart-reply.ts';
import { conversationId, type HandlerContext } from './context.ts';
import { localeOf, rateLimitedText } from './text.ts';

/** Discord shows at most 25 autocomplete choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export async function handleChatInput(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const locale = localeOf(interaction.locale);
  const decision = await ctx.limiter.take(interaction.user.id);
  if (!decision.allowed) {
    await interaction.reply({
      content: rateLimitedText(locale, decision.retryAfterMs),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const definition = slashCommand(interaction.commandName);
  const request = commandFromOptions(interaction.commandName, optionValues(interaction));
  const input: BotInput = {
    command: request,
    conversationId: conversationId(interaction.channelId, interaction.user.id),
    userId: interaction.user.id,
    locale,
    via: 'discord',
    name: `@${interaction.user.username}`,
  };
  const ask = () => ctx.core.ask(input);

  if (request.missing?.length || request.invalid?.length || definition?.instant) {
    await ctx.core.prepare?.(input);
    await replyWith(interaction, ask().answer);
    return;
  }
  // Admin commands stay private from the first moment; everything else is deferred in public.
  await interaction.deferReply(definition?.adminOnly ? { flags: MessageFlags.Ephemeral } : {});
  await ctx.core.prepare?.(input);
  const reply = ask();
  if (reply.effect) {
    await runEffect(interaction, reply.effect);
    return;
  }
  const { answer } = reply;
  if (answer.kind === 'error' && !definition?.adminOnly) {
    // A deferred reply is public: replace it with an ephemeral follow-up so errors stay private.
    await interaction.deleteReply();
    await interaction.followUp({ ...renderDiscord(answer), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.editReply(await discordAnswer(answer, interaction.user.id));
}

/**
 * An answer with an effect (the admin refresh): one private message, edited as it advances and with
 * the outcome at the end. Discord accepts edits for 15 minutes after the command.
 */
async function runEffect(
  interaction: ChatInputCommandInteraction,
  effect: NonNullable<BotReply['effect']>,
): Promise<void> {
  // The effect shows progress one edit at a time and resolves only after the last one.
  const outcome = await effect((progress) => interaction.editReply(renderDiscord(progress)));
  await interaction.editReply(await discordAnswer(outcome));
}

export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const option = slashCommand(interaction.commandName)?.options.find((o) => o.name === focused.name);
  const typed = String(focused.value).trim();
  const kind = option?.autocomplete;
  if (!kind) {
    await interaction.respond([]);
    return;
  }
  const titles = (
    kind === 'title'
      ? ctx.core.completeTitles(typed, MAX_CHOICES)
      : (ctx.core.completeValues?.(kind, typed, MAX_CHOICES) ?? [])
  ).slice(0, MAX_CHOICES);
  await interaction.respond(
    titles.map((title) => ({ name: truncate(title.label, MAX_CHOICE_LENGTH), value: title.id })),
  );
}

/** The options Discord sent, by name (their values are already typed). */
function optionValues(interaction: ChatInputCommandInteraction): SlashOptions {
  return Object.fromEntries(interaction.options.data.map((option) => [option.name, option.value]));
}

async function replyWith(interaction: ChatInputCommandInteraction, answer: Answer): Promise<void> {
  await interaction.reply({
    ...renderDiscord(answer),
    ...(answer.kind === 'error' ? { flags: MessageFlags.Ephemeral } : {}),
  });
}

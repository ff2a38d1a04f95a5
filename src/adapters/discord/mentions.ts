/**
 * Plain questions: a message that mentions the bot in a guild channel, or any message in a DM, goes
 * to the core's natural-language parser; the answer is posted as a reply in the same channel.
 */
import type { Message } from 'discord.js';
import type { BotInput } from '../../bot/core.ts';
import { discordAnswer } from './chart-reply.ts';
import { conversationId, type HandlerContext } from './context.ts';
import { localeOf, rateLimitedText } from './text.ts';

export async function handleMessage(message: Message, ctx: HandlerContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const mentionIds = botMentionIds(message);
  if (
    message.inGuild() &&
    !mentionIds.some((id) => message.mentions.users.has(id) || message.mentions.roles.has(id))
  ) {
    return;
  }
  const decision = await ctx.limiter.take(message.author.id);
  if (!decision.allowed) {
    await message.reply({
      content: rateLimitedText(localeOf(message.guild?.preferredLocale), decision.retryAfterMs),
    });
    return;
  }
  const input: BotInput = {
    text: withoutMentions(message.content, mentionIds),
    conversationId: conversationId(message.channelId, message.author.id),
    userId: message.author.id,
    via: 'discord',
  };
  await ctx.core.prepare?.(input);
  const { answer } = ctx.core.ask(input);
  await message.reply(await discordAnswer(answer, message.author.id));
}

/**
 * The ids that address the bot: its user, and its managed role (some clients insert the role when
 * people pick the bot's name from the mention list).
 */
function botMentionIds(message: Message): string[] {
  const botId = message.client.user.id;
  const role = message.guild?.roles.botRoleFor(botId);
  return role ? [botId, role.id] : [botId];
}

/** The question without the mentions that address the bot (`<@id>`, `<@!id>`, `<@&role>`). */
function withoutMentions(content: string, ids: readonly string[]): string {
  return content
    .replace(/<@[!&]?(\d+)>/g, (mention, id: string) => (ids.includes(id) ? ' ' : mention))
    .replace(/\s+/g, ' ')
    .trim();
}

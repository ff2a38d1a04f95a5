/**
 * Plain questions: a message that mentions the bot in a guild channel, or any message in a DM, goes
 * to the core's natural-language parser; the answer is posted as a reply in the same channel.
 */
import type { Message } from 'discord.js';
import { renderDiscord } from '../render/discord.ts';
import { conversationId, type HandlerContext } from './context.ts';
import { localeOf, rateLimitedText } from './text.ts';

export async function handleMessage(message: Message, ctx: HandlerContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  const inDm = !message.inGuild();
  if (!inDm && !message.mentions.users.has(botId)) return;

  const decision = ctx.limiter.take(message.author.id);
  if (!decision.allowed) {
    await message.reply({ content: rateLimitedText(guildLocale(message), decision.retryAfterMs) });
    return;
  }
  const { answer } = ctx.core.ask({
    text: withoutMention(message.content, botId),
    conversationId: conversationId(message.channelId, message.author.id),
    userId: message.author.id,
  });
  await message.reply(renderDiscord(answer));
}

/** The question without the bot's own `<@id>` / `<@!id>` mention. */
export function withoutMention(content: string, botId: string): string {
  return content
    .replaceAll(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The language for the adapter's own sentences when a message carries no user locale. */
function guildLocale(message: Message) {
  return localeOf(message.guild?.preferredLocale);
}

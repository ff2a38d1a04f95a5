/**
 * Page buttons under a list: the button's `custom_id` holds the asker and the page's request
 * (src/adapters/paging.ts), so any shard answers it without memory. Only the asker may turn pages;
 * the message is updated in place.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { isPageToken, readPageToken } from '../paging.ts';
import { renderDiscord } from '../render/discord.ts';
import { conversationId, type HandlerContext } from './context.ts';
import { localeOf, onlyAskerPagesText, rateLimitedText, stalePageText } from './text.ts';

export function isPageButton(interaction: ButtonInteraction): boolean {
  return isPageToken(interaction.customId);
}

export async function handlePageButton(interaction: ButtonInteraction, ctx: HandlerContext): Promise<void> {
  const locale = localeOf(interaction.locale);
  const page = readPageToken(interaction.customId);
  const privately = (content: string) => interaction.reply({ content, flags: MessageFlags.Ephemeral });
  if (!page) {
    ctx.log.warn({ event: 'page_button_unreadable', user: interaction.user.id }, 'unreadable page button');
    await privately(stalePageText(locale));
    return;
  }
  if (page.askerId !== interaction.user.id) {
    await privately(onlyAskerPagesText(locale));
    return;
  }
  const decision = await ctx.limiter.take(interaction.user.id);
  if (!decision.allowed) {
    await privately(rateLimitedText(locale, decision.retryAfterMs));
    return;
  }
  const { answer } = ctx.core.ask({
    command: page.request,
    conversationId: conversationId(interaction.channelId, interaction.user.id),
    userId: interaction.user.id,
    locale,
  });
  if (answer.kind === 'error') {
    await interaction.reply({ ...renderDiscord(answer), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.update(renderDiscord(answer, interaction.user.id));
}

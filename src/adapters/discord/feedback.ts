/**
 * 👍 / 👎 under an answer on Discord. The button's `custom_id` names the vote and the answer
 * (`fb:up:<id>`, `fb:dn:<id>`), so any shard takes it. A 👍 is thanked privately; a 👎 is kept at once
 * and opens a short form asking what the person expected (optional), kept when sent.
 */
import {
  type ButtonInteraction,
  ComponentType,
  MessageFlags,
  type ModalSubmitInteraction,
  TextInputStyle,
} from 'discord.js';
import { FEEDBACK_FORM_TEXT } from '../../bot/feedback.ts';
import type { HandlerContext } from './context.ts';
import { localeOf } from './text.ts';

const BUTTON = /^fb:(up|dn):([\w-]{1,64})$/;
const FORM = /^fbx:([\w-]{1,64})$/;
const EXPECTED_FIELD = 'expected';

export const feedbackButtonId = (vote: 'up' | 'down', answerId: string) =>
  `fb:${vote === 'up' ? 'up' : 'dn'}:${answerId}`;

export function isFeedbackButton(interaction: ButtonInteraction): boolean {
  return BUTTON.test(interaction.customId);
}

export function isFeedbackForm(interaction: ModalSubmitInteraction): boolean {
  return FORM.test(interaction.customId);
}

export async function handleFeedbackButton(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const [, kind, answerId] = BUTTON.exec(interaction.customId)!;
  const locale = localeOf(interaction.locale);
  const vote = kind === 'up' ? 'up' : 'down';
  const thanks = await ctx.core.feedback?.({
    answerId: answerId!,
    vote,
    userId: interaction.user.id,
    via: 'discord',
    locale,
  });
  if (vote === 'down' && thanks && !thanks.problem) {
    const text = FEEDBACK_FORM_TEXT[locale];
    await interaction.showModal({
      custom_id: `fbx:${answerId}`,
      title: text.title,
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.TextInput,
              custom_id: EXPECTED_FIELD,
              label: text.label,
              style: TextInputStyle.Paragraph,
              required: false,
              max_length: 500,
            },
          ],
        },
      ],
    });
    return;
  }
  await interaction.reply({ content: thanks?.headline ?? '—', flags: MessageFlags.Ephemeral });
}

export async function handleFeedbackForm(
  interaction: ModalSubmitInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const [, answerId] = FORM.exec(interaction.customId)!;
  const expected = interaction.fields.getTextInputValue(EXPECTED_FIELD);
  const thanks = await ctx.core.feedback?.({
    answerId: answerId!,
    vote: 'down',
    ...(expected.trim() ? { expected } : {}),
    userId: interaction.user.id,
    via: 'discord',
    locale: localeOf(interaction.locale),
  });
  await interaction.reply({ content: thanks?.headline ?? '—', flags: MessageFlags.Ephemeral });
}

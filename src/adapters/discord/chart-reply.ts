/**
 * An answer as a Discord message, with its chart drawn and attached (shown inside the embed) and its
 * attachment, if any (the data report after a refresh), as a file.
 */
import { AttachmentBuilder } from 'discord.js';
import type { Answer } from '../../answer.ts';
import { drawAnswerChart } from '../chart-image.ts';
import { type DiscordReply, renderDiscord } from '../render/discord.ts';
import { truncate } from '../render/truncate.ts';

/** Discord's limit on an attachment's description, its alt text. */
const MAX_ALT_TEXT = 1024;

export async function discordAnswer(
  answer: Answer,
  askerId?: string,
): Promise<DiscordReply & { files?: AttachmentBuilder[] }> {
  const reply = renderDiscord(answer, askerId);
  const files = answer.attachment
    ? [new AttachmentBuilder(Buffer.from(answer.attachment.data), { name: answer.attachment.fileName })]
    : [];
  const [embed, ...rest] = reply.embeds;
  const image = embed ? await drawAnswerChart(answer) : undefined;
  if (!embed || !image) return files.length > 0 ? { ...reply, files } : reply;
  return {
    ...reply,
    embeds: [{ ...embed, image: { url: `attachment://${image.fileName}` } }, ...rest],
    files: [
      new AttachmentBuilder(image.png, {
        name: image.fileName,
        description: truncate(image.alt, MAX_ALT_TEXT),
      }),
      ...files,
    ],
  };
}

/**
 * Files in Slack (files.uploadV2, scope `files:write`): a chart answer's picture uploaded into the
 * conversation with the answer's text as its comment and the chart's numbers as its alt text, and an
 * answer's attachment (the data report after a refresh).
 */
import type { webApi } from '@slack/bolt';
import type { Answer } from '../../answer.ts';
import { drawAnswerChart } from '../chart-image.ts';
import { renderSlack } from '../render/slack.ts';
import { truncate } from '../render/truncate.ts';

/** Slack's limit on an image's alt text. */
const MAX_ALT_TEXT = 1000;

/**
 * False when there is no chart or it could not be drawn; an upload Slack refuses throws, and the caller
 * posts the text instead.
 */
export async function uploadChart(
  client: webApi.WebClient,
  place: { channel: string; threadTs?: string },
  answer: Answer,
): Promise<boolean> {
  const image = await drawAnswerChart(answer);
  if (!image) return false;
  await client.files.uploadV2({
    ...destinationOf(place),
    file: image.png,
    filename: image.fileName,
    title: truncate(answer.headline, 250),
    alt_text: truncate(image.alt, MAX_ALT_TEXT),
    initial_comment: renderSlack(answer).text,
  });
  return true;
}

/** The answer's attachment, if any, uploaded where the answer went; throws when Slack refuses it. */
export async function uploadAttachment(
  client: webApi.WebClient,
  place: { channel: string; threadTs?: string },
  answer: Answer,
): Promise<void> {
  const { attachment } = answer;
  if (!attachment) return;
  await client.files.uploadV2({
    ...destinationOf(place),
    file: Buffer.from(attachment.data),
    filename: attachment.fileName,
    title: attachment.fileName,
  });
}

function destinationOf(place: { channel: string; threadTs?: string }) {
  return place.threadTs === undefined
    ? { channel_id: place.channel }
    : { channel_id: place.channel, thread_ts: place.threadTs };
}

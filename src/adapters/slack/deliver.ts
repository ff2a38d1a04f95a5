/** Posting one answer where a mention or DM came from: in the channel (and thread), mistakes only to the asker. */
import type { webApi } from '@slack/bolt';
import type { Answer } from '../../answer.ts';
import { type Logger, logger } from '../../log.ts';
import { renderSlack, responseTypeFor } from '../render/slack.ts';
import { uploadChart } from './chart-upload.ts';
import { isDirectMessageChannel } from './incoming.ts';

export interface ChannelPlace {
  channel: string;
  /** The thread to answer in; none for a top-level DM. */
  threadTs: string | undefined;
  /** Who asked: the only one to see an ephemeral answer. */
  user: string;
}

/** Throws when Slack refuses the post (the caller logs it). */
export async function deliver(
  client: webApi.WebClient,
  place: ChannelPlace,
  answer: Answer,
  log: Logger = logger,
): Promise<void> {
  const { channel, threadTs, user } = place;
  if (answer.chart && (await uploadOrSay(client, place, answer, log))) return;
  const message = renderSlack(answer, user);
  const thread = threadTs === undefined ? {} : { thread_ts: threadTs };
  // In a DM everything is already private, and an ephemeral message there would vanish on reload.
  if (responseTypeFor(answer) === 'ephemeral' && !isDirectMessageChannel(channel)) {
    await client.chat.postEphemeral({ channel, user, ...thread, ...message });
  } else {
    await client.chat.postMessage({ channel, ...thread, ...message });
  }
}

/** The chart uploaded; false (logged) when it could not be, so the answer goes out as text. */
export async function uploadOrSay(
  client: webApi.WebClient,
  place: { channel: string; threadTs?: string },
  answer: Answer,
  log: Logger,
): Promise<boolean> {
  try {
    return await uploadChart(client, place, answer);
  } catch (error) {
    log.warn(
      { err: (error as Error).message, channel: place.channel },
      'slack chart upload failed; posting text',
    );
    return false;
  }
}

/**
 * The admin refresh from Slack (`/streambot refresh`, or "refresh" in a mention or DM). An admin sees
 * one message in the channel, posted with the first phase and edited in place (`chat.update`) until
 * the summary. A refusal, or "a refresh is already running", goes only to the asker. When Streambot
 * cannot post in the channel (it is not a member, say), progress goes privately through the fallback
 * the listener provides: for a slash command its response_url, which Slack accepts at most five
 * times, so the last of those is kept for the outcome.
 */
import type { webApi } from '@slack/bolt';
import type { Answer } from '../../answer.ts';
import type { BotReply } from '../../bot/core.ts';
import type { Logger } from '../../log.ts';
import { renderSlack } from '../render/slack.ts';
import { uploadAttachment } from './chart-upload.ts';
import { type ChannelPlace, deliver } from './deliver.ts';
import type { Say } from './response-url.ts';

/** Slack accepts at most five messages through one response_url. */
const RESPONSE_URL_USES = 5;

/** Answers only the asker sees: a refusal, a busy answer, and progress when the channel post failed. */
export interface PrivateReply {
  /** How many answers it can carry in all. */
  uses: number;
  /** `replacePrevious` is true from the second answer on: it takes the place of the one before. */
  send(answer: Answer, replacePrevious: boolean): Promise<void>;
}

export interface RefreshPlace {
  client: webApi.WebClient;
  channel: string;
  threadTs?: string;
  privately: PrivateReply;
}

/** A slash command's private replies go through its response_url, each replacing the one before. */
export function viaResponseUrl(say: Say): PrivateReply {
  return {
    uses: RESPONSE_URL_USES,
    send: async (answer, replacePrevious) => {
      await say({
        response_type: 'ephemeral',
        replace_original: replacePrevious,
        ...renderSlack(answer),
      });
    },
  };
}

/**
 * A mention's or DM's private reply: an ephemeral post in the channel (a plain post in a DM). Only the
 * outcome is sent this way: each would be a new message, not an edit.
 */
export function viaChannel(client: webApi.WebClient, place: ChannelPlace): PrivateReply {
  return { uses: 1, send: (answer) => deliver(client, place, answer) };
}

/** Runs an answer's effect (the admin refresh) for `user` and shows it at `place`; never throws. */
export async function runSlackEffect(
  effect: NonNullable<BotReply['effect']>,
  user: string,
  place: RefreshPlace,
  log: Logger,
): Promise<void> {
  const message = new ProgressMessage(place, log);
  try {
    const outcome = await effect((progress) => message.show(progress, false));
    await message.show(outcome, true);
    await uploadAttachment(place.client, place, outcome).catch((error: unknown) =>
      log.warn(
        { err: (error as Error).message, channel: place.channel },
        'slack refresh report not uploaded',
      ),
    );
    log.info(
      { via: 'refresh', channel: place.channel, user, answer: outcome.kind },
      'slack refresh answered',
    );
  } catch (error) {
    log.error({ err: (error as Error).message, channel: place.channel }, 'slack refresh failed');
  }
}

/**
 * One message shown in place. Answers are shown one after another, so a late progress update never
 * overwrites the outcome. Nothing goes public before the first progress update: a refusal or a busy
 * answer arrives as the outcome with no progress before it, and stays private.
 */
class ProgressMessage {
  #posted: { channel: string; ts: string } | undefined;
  #postFailed = false;
  #privateLeft: number;
  #sentPrivately = false;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly place: RefreshPlace,
    private readonly log: Logger,
  ) {
    this.#privateLeft = place.privately.uses;
  }

  show(answer: Answer, final: boolean): Promise<void> {
    this.#queue = this.#queue
      .then(() => this.#show(answer, final))
      .catch((error: unknown) =>
        this.log.warn(
          { err: (error as Error).message, channel: this.place.channel, final },
          'could not show the slack refresh',
        ),
      );
    return this.#queue;
  }

  async #show(answer: Answer, final: boolean): Promise<void> {
    if (this.#posted) {
      try {
        await this.place.client.chat.update({ ...this.#posted, ...renderSlack(answer) });
        return;
      } catch (error) {
        // A lost progress edit is harmless; a lost outcome is told privately instead.
        if (!final) throw error;
        this.log.warn(
          { err: (error as Error).message },
          'slack refresh outcome not edited in; sent privately',
        );
      }
    } else if (!final && !this.#postFailed && (await this.#post(answer))) {
      return;
    }
    if (!final && this.#privateLeft <= 1) return;
    if (this.#privateLeft <= 0) return;
    this.#privateLeft -= 1;
    await this.place.privately.send(answer, this.#sentPrivately);
    this.#sentPrivately = true;
  }

  async #post(answer: Answer): Promise<boolean> {
    const { client, channel, threadTs } = this.place;
    try {
      const posted = await client.chat.postMessage({
        channel,
        ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
        ...renderSlack(answer),
      });
      if (posted.ts) {
        this.#posted = { channel: posted.channel ?? channel, ts: posted.ts };
        return true;
      }
    } catch (error) {
      this.log.warn(
        { err: (error as Error).message, channel },
        'slack refresh progress not posted in the channel; shown privately',
      );
    }
    this.#postFailed = true;
    return false;
  }
}

/**
 * The three ways a question reaches Streambot in Slack (the `/streambot` slash command, a mention
 * in a channel, a direct message), the page buttons under lists, and the one way a repeat is
 * dropped (a retried event). Each
 * listener only translates: Slack payload → `core.ask` → Block Kit; an answer with an effect (the admin
 * refresh) is run and shown as it advances. Nothing here throws to Bolt.
 */
import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { BotCore, BotInput, BotReply } from '../../bot/core.ts';
import type { Logger } from '../../log.ts';
import type { StateStore } from '../../state/state.ts';
import { failureText } from '../failure-text.ts';
import { readPageToken } from '../paging.ts';
import { PAGE_ACTION, renderSlack, responseTypeFor } from '../render/slack.ts';
import { RecentEvents } from './dedupe.ts';
import { type ChannelPlace, deliver, uploadOrSay } from './deliver.ts';
import { registerFeedback } from './feedback.ts';
import { conversationIdOf, isDirectMessageChannel, questionFromSlackText } from './incoming.ts';
import { SLACK_COMMAND } from './manifest.ts';
import { runSlackEffect, viaChannel, viaResponseUrl } from './refresh.ts';
import { responder } from './response-url.ts';

/** How long an answered event is remembered: Slack retries within minutes. */
const EVENT_RECORD_MS = 60 * 60 * 1000;

/** A bare `/streambot` asks for help. */
const BARE_COMMAND_TEXT = 'help';

interface ListenerDeps {
  core: BotCore;
  log: Logger;
  state?: Pick<StateStore, 'claimEvent'>;
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(dropRepeatedEvents(deps.log, deps.state));
  registerSlashCommand(app, deps);
  registerMention(app, deps);
  registerDirectMessage(app, deps);
  registerPageButtons(app, deps);
  registerFeedback(app, deps);
  app.error(async (error) => {
    deps.log.error({ err: error.message, code: error.code }, 'slack listener failed');
  });
}

/**
 * Global middleware. Events are acknowledged by Bolt before middleware runs, so dropping one here
 * answers Slack 200 and stops the retries. An event whose first delivery never reached this process
 * (the connection failed) is answered once; a retry after a timeout is not, since the first
 * delivery did arrive somewhere and is being answered there.
 */
function dropRepeatedEvents(log: Logger, shared?: Pick<StateStore, 'claimEvent'>): Parameters<App['use']>[0] {
  const recent = new RecentEvents();
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && shared) {
      // Whichever instance claims the event first answers it, whatever the retry's reason.
      if (!(await shared.claimEvent(`slack-event:${eventId}`, EVENT_RECORD_MS))) {
        log.info({ eventId, retryNum: context.retryNum }, 'slack event already claimed; dropped');
        return;
      }
    } else if (eventId !== undefined) {
      const retry = { eventId, retryNum: context.retryNum, retryReason: context.retryReason };
      if (!recent.firstTime(eventId)) {
        log.info(retry, 'slack event already handled; retry dropped');
        return;
      }
      if ((context.retryNum ?? 0) > 0 && context.retryReason === 'http_timeout') {
        log.info(retry, 'slack retry after a timeout dropped; the first delivery is answering');
        return;
      }
    }
    await next();
  };
}

function registerSlashCommand(app: App, { core, log }: ListenerDeps): void {
  app.command(SLACK_COMMAND, async ({ command, ack, client }) => {
    // Slack wants the acknowledgement within 3 seconds: it goes first, the answer follows via response_url.
    await ack();
    const say = responder(command.response_url || undefined, log, (message) =>
      client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text: '', ...message }),
    );
    const text = questionFromSlackText(command.text) || BARE_COMMAND_TEXT;
    const reply = await askSafely(core, log, {
      text,
      conversationId: conversationIdOf({
        teamId: command.team_id,
        channelId: command.channel_id,
        userId: command.user_id,
      }),
      userId: command.user_id,
      via: 'slack',
      ...(command.user_name ? { name: `@${command.user_name}` } : {}),
    });
    if (reply.effect) {
      const place = { client, channel: command.channel_id, privately: viaResponseUrl(say) };
      await runSlackEffect(reply.effect, command.user_id, place, log);
      return;
    }
    const message = renderSlack(reply.answer, command.user_id);
    try {
      const place = { channel: command.channel_id };
      if (reply.answer.chart && (await uploadOrSay(client, place, reply.answer, log))) {
        logAnswered(log, 'command', command.channel_id, command.user_id, reply);
        return;
      }
      if (await say({ response_type: responseTypeFor(reply.answer), ...message }))
        logAnswered(log, 'command', command.channel_id, command.user_id, reply);
    } catch (error) {
      log.error({ err: (error as Error).message, channel: command.channel_id }, 'slack command failed');
    }
  });
}

function registerMention(app: App, { core, log }: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client }) => {
    // A mention inside a DM is also a DM message: the message listener answers it.
    if (isDirectMessageChannel(event.channel) || event.bot_id !== undefined || event.user === undefined)
      return;
    const threadTs = event.thread_ts ?? event.ts;
    const reply = await askSafely(core, log, {
      text: questionFromSlackText(event.text),
      conversationId: conversationIdOf({
        teamId: body.team_id,
        channelId: event.channel,
        threadTs,
        userId: event.user,
      }),
      userId: event.user,
      via: 'slack',
    });
    await answerOrRun(client, log, {
      channel: event.channel,
      threadTs,
      user: event.user,
      reply,
    });
  });
}

function registerDirectMessage(app: App, { core, log }: ListenerDeps): void {
  app.event('message', async ({ event, body, client }) => {
    // Only people's own new messages in a DM: edits, joins, bots (this one included) are not questions.
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return;
    const question = questionFromSlackText(event.text);
    if (!question) return;
    const reply = await askSafely(core, log, {
      text: question,
      conversationId: conversationIdOf({
        teamId: body.team_id,
        channelId: event.channel,
        threadTs: event.thread_ts,
        userId: event.user,
      }),
      userId: event.user,
      via: 'slack',
    });
    const delivery = { channel: event.channel, threadTs: event.thread_ts, user: event.user, reply };
    await answerOrRun(client, log, delivery);
  });
}

/**
 * Previous / Next under a list: the button's value holds the asker and the page's request, so no
 * memory is needed; only the asker may turn pages, and the message is replaced in place.
 */
function registerPageButtons(app: App, { core, log }: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${PAGE_ACTION}_`), async ({ ack, body, action }) => {
    await ack();
    const respond = responder(body.response_url, log);
    const page = readPageToken(action.value ?? '');
    const user = body.user.id;
    try {
      if (!page) {
        log.warn({ event: 'page_button_unreadable', user }, 'unreadable slack page button');
        await respond({ response_type: 'ephemeral', replace_original: false, text: stalePage() });
        return;
      }
      if (page.askerId !== user) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: onlyAskerPages() });
        return;
      }
      const reply = await askSafely(core, log, {
        command: page.request,
        conversationId: conversationIdOf({
          teamId: body.team?.id ?? 'none',
          channelId: body.channel?.id ?? 'none',
          threadTs: body.message?.thread_ts,
          userId: user,
        }),
        userId: user,
        via: 'slack',
      });
      if (reply.answer.kind === 'error') {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...renderSlack(reply.answer),
        });
        return;
      }
      await respond({ replace_original: true, ...renderSlack(reply.answer, user) });
      logAnswered(log, 'page', body.channel?.id ?? 'none', user, reply);
    } catch (error) {
      log.error({ err: (error as Error).message, user }, 'slack page button failed');
    }
  });
}

/** Slack tells the adapter no locale: both languages. */
function onlyAskerPages(): string {
  return 'Only the person who asked can turn these pages. · Solo quien preguntó puede pasar estas páginas.';
}

function stalePage(): string {
  return 'This button no longer works: ask again. · Este botón ya no sirve: vuelve a preguntar.';
}

interface Delivery extends ChannelPlace {
  reply: BotReply;
}

/** A mention or DM whose answer has an effect runs it, shown in the same thread; anything else is answered. */
async function answerOrRun(client: webApi.WebClient, log: Logger, delivery: Delivery): Promise<void> {
  const { channel, threadTs, user, reply } = delivery;
  if (!reply.effect) return post(client, log, delivery);
  const place = { client, channel, threadTs, privately: viaChannel(client, { channel, threadTs, user }) };
  await runSlackEffect(reply.effect, user, place, log);
}

/** Answers in the channel (in the thread when there is one); mistakes only to the asker. */
async function post(client: webApi.WebClient, log: Logger, { reply, ...place }: Delivery): Promise<void> {
  try {
    await deliver(client, place, reply.answer, log);
    logAnswered(
      log,
      isDirectMessageChannel(place.channel) ? 'dm' : 'mention',
      place.channel,
      place.user,
      reply,
    );
  } catch (error) {
    log.error({ err: (error as Error).message, channel: place.channel }, 'slack post failed');
  }
}

/**
 * The core answers synchronously and reports its own failures as answers; should it still throw, the
 * asker hears back (in both languages: Slack tells the adapter no locale).
 */
async function askSafely(core: BotCore, log: Logger, input: BotInput): Promise<BotReply> {
  try {
    await core.prepare?.(input);
    return core.ask(input);
  } catch (error) {
    log.error({ err: (error as Error).message, conversation: input.conversationId }, 'bot core failed');
    return {
      command: { name: 'unknown', args: { text: input.text ?? '' } },
      answer: {
        kind: 'error',
        locale: input.locale ?? 'en',
        headline: failureText(input.locale),
        fields: [],
      },
    };
  }
}

function logAnswered(log: Logger, via: string, channel: string, user: string, reply: BotReply): void {
  log.info({ via, channel, user, command: reply.command.name, answer: reply.answer.kind }, 'slack answered');
}

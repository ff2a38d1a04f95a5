/** Slack's request bodies (slash command, Events API) and a client that posts them to the app. */
import { signedHeaders } from './sign.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-0000-bot-token';
export const TEAM_ID = 'T0TEST';
export const BOT_USER_ID = 'U0STREAMBOT';
export const BOT_ID = 'B0STREAMBOT';

export interface SlashCommand {
  text: string;
  responseUrl: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  command?: string;
}

/** A slash command exactly as Slack posts it: form-encoded. */
export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'streambot-test',
    channel_id: c.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: c.userId ?? 'U0ALICE',
    user_name: c.userName ?? 'alice',
    command: c.command ?? '/streambot',
    text: c.text,
    api_app_id: 'A0STREAMBOT',
    is_enterprise_install: 'false',
    response_url: c.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

let eventCounter = 0;

function nextEventId(): string {
  eventCounter += 1;
  return `Ev0TEST${String(eventCounter).padStart(5, '0')}`;
}

export function nextTs(): string {
  eventCounter += 1;
  return `1700000000.${String(eventCounter).padStart(6, '0')}`;
}

/** An Events API callback wrapping `event`, as JSON. */
export function eventBody(event: Record<string, unknown>, eventId = nextEventId()): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0STREAMBOT',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
}

export function mentionEvent(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return {
    type: 'app_mention',
    user: 'U0ALICE',
    text: `<@${BOT_USER_ID}> ${text}`,
    ts,
    channel: 'C0GENERAL',
    event_ts: ts,
    ...extra,
  };
}

export function directMessageEvent(
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const ts = nextTs();
  return {
    type: 'message',
    channel_type: 'im',
    user: 'U0ALICE',
    text,
    ts,
    channel: 'D0ALICE',
    event_ts: ts,
    ...extra,
  };
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export interface Sent {
  status: number;
  body: string;
}

/** Posts `body` to the app's /slack/events, signed unless `headers` says otherwise. */
export async function postToApp(
  port: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = signedHeaders(SIGNING_SECRET, body),
): Promise<Sent> {
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** A click on a button in a message, as Slack posts it: form-encoded `payload` of a `block_actions`. */
export function blockActionsBody(input: {
  userId: string;
  actionId: string;
  value: string;
  responseUrl: string;
  channelId?: string;
}): string {
  const channel = input.channelId ?? 'C0GENERAL';
  const payload = {
    type: 'block_actions',
    ...interactionSender(input.userId),
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: false },
    trigger_id: '1.2.3',
    channel: { id: channel, name: 'general' },
    message: { type: 'message', ts: '1700000000.000100', text: 'list', user: BOT_USER_ID, bot_id: BOT_ID },
    response_url: input.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: 'pages',
        text: { type: 'plain_text', text: 'Next' },
        value: input.value,
        action_ts: '1700000001.000200',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Who sends an interaction payload (a button, a form), as Slack writes it in each. */
function interactionSender(userId: string) {
  return {
    team: { id: TEAM_ID, domain: 'streambot-test' },
    user: { id: userId, username: userId.toLowerCase(), team_id: TEAM_ID },
    api_app_id: 'A0STREAMBOT',
    token: 'legacy-verification-token',
  };
}

/** A form (modal) sent back, as Slack posts it: form-encoded `payload` of a `view_submission`. */
export function viewSubmissionBody(input: {
  userId: string;
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, { type: string; value: string | null }>>;
}): string {
  const payload = {
    type: 'view_submission',
    ...interactionSender(input.userId),
    trigger_id: '1.2.4',
    view: {
      id: 'V0FORM',
      type: 'modal',
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata,
      state: { values: input.values },
      hash: '1.abc',
      blocks: [],
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

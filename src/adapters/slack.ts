/**
 * Streambot in Slack (@slack/bolt): a thin adapter over the bot core. HTTP mode by default
 * (`POST /slack/events`, signed with SLACK_SIGNING_SECRET, on PORT); Socket Mode when SLACK_APP_TOKEN
 * is set. `GET /healthz` names the data build (a Bolt custom route in HTTP mode; its own small server
 * in Socket Mode, where Bolt serves no HTTP). No Slack call is made at start: the bot's identity
 * comes with each event, so an unreachable Slack never stops the process from serving.
 */
import type { AddressInfo } from 'node:net';
import {
  App,
  type Authorize,
  HTTPReceiver,
  HTTPReceiverDeferredRequestError,
  SocketModeReceiver,
  webApi,
} from '@slack/bolt';
import type { BotCore } from '../bot/core.ts';
import type { Config } from '../config.ts';
import { logger as defaultLogger, type Logger } from '../log.ts';
import type { StateStore } from '../state/state.ts';
import type { RequestHandler } from './http.ts';
import { boltLogger } from './slack/bolt-logger.ts';
import { buildIdFromCore, healthRoute, serveRoute } from './slack/health.ts';
import { registerListeners } from './slack/listeners.ts';
import { SLACK_EVENTS_PATH } from './slack/paths.ts';

export interface SlackOptions {
  /**
   * Answer Slack's HTTP request only after the listener finished. Off in production (Slack wants an
   * answer within 3 s); on in tests, so a test knows every reply has been sent when its request returns.
   */
  processBeforeResponse?: boolean;
  /** Interface to listen on (all by default; tests use 127.0.0.1). */
  host?: string;
  /** Overrides `config.slack.port`; 0 picks a free port (read it back from the handle). */
  port?: number;
  /** The data build for /healthz; by default the one the core's `status` answer names. */
  buildId?: () => string | undefined;
  logger?: Logger;
  /**
   * Shared state: an event is then answered by whichever instance claims it first, so a retry that
   * lands on another instance is not answered twice, and one whose first delivery reached none is.
   */
  state?: StateStore;
  /**
   * HTTP mode: serves every request Slack's receiver does not (the HTTP API on the same port, which
   * then answers /healthz too).
   */
  otherRequests?: RequestHandler;
}

export interface SlackHandle {
  mode: 'http' | 'socket';
  /** The port /healthz (and in HTTP mode /slack/events) listens on. */
  port: number;
  stop(): Promise<void>;
}

class SlackConfigError extends Error {}

export async function startSlack(
  config: Config,
  core: BotCore,
  options: SlackOptions = {},
): Promise<SlackHandle> {
  const log = (options.logger ?? defaultLogger).child({ adapter: 'slack' });
  const { botToken, signingSecret, appToken, apiUrl } = config.slack;
  const mode = appToken ? 'socket' : 'http';
  requireSettings(mode, { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret });

  const port = options.port ?? config.slack.port;
  const health = healthRoute(options.buildId ?? buildIdFromCore(core), log);
  const logger = boltLogger(log);
  const clientOptions = {
    ...(apiUrl ? { slackApiUrl: withTrailingSlash(apiUrl) } : {}),
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
  };
  const common = { authorize: authorizeWith(botToken!), logger, convoStore: false as const, clientOptions };

  if (mode === 'socket') {
    // Built here rather than by App so that stop() can wait for the WebSocket to close.
    const receiver = new SocketModeReceiver({
      appToken: appToken!,
      logger,
      installerOptions: { clientOptions },
    });
    const app = new App({ ...common, receiver });
    registerListeners(app, { core, log, state: options.state });
    const healthServer = await serveRoute(health, port, options.host);
    try {
      await app.start();
    } catch (error) {
      await healthServer.close();
      throw error;
    }
    log.info({ mode, port: healthServer.port }, 'slack adapter connected');
    return {
      mode,
      port: healthServer.port,
      stop: async () => {
        await receiver.client.disconnect();
        await healthServer.close();
      },
    };
  }

  const otherRequests = options.otherRequests;
  const receiver = new HTTPReceiver({
    signingSecret: signingSecret!,
    endpoints: SLACK_EVENTS_PATH,
    processBeforeResponse: options.processBeforeResponse ?? false,
    customRoutes: otherRequests ? [] : [health],
    logger,
    dispatchErrorHandler: async ({ error, request, response }) => {
      if (otherRequests && error instanceof HTTPReceiverDeferredRequestError)
        return otherRequests(request, response);
      log.error({ err: error.message, path: request.url?.split('?')[0] }, 'slack request failed');
      response.writeHead(error instanceof HTTPReceiverDeferredRequestError ? 404 : 500);
      response.end();
    },
  });
  const app = new App({ ...common, receiver });
  registerListeners(app, { core, log, state: options.state });
  const server = await app.start({ port, ...(options.host ? { host: options.host } : {}) });
  const bound = (server.address() as AddressInfo).port;
  log.info({ mode, port: bound, path: SLACK_EVENTS_PATH }, 'slack adapter listening');
  return {
    mode,
    port: bound,
    stop: async () => {
      await app.stop();
    },
  };
}

/** Socket Mode needs no signing secret (requests come over the app's own WebSocket). */
function requireSettings(mode: 'http' | 'socket', settings: Record<string, string | undefined>): void {
  const needed = mode === 'http' ? settings : { SLACK_BOT_TOKEN: settings.SLACK_BOT_TOKEN };
  const missing = Object.entries(needed)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new SlackConfigError(
      `Slack ${mode === 'http' ? 'HTTP' : 'Socket'} mode needs ${missing.join(' and ')}`,
    );
  }
}

/**
 * One workspace, one bot token. The bot's own user id rides on every event (`authorizations`), which
 * is what Bolt's ignoreSelf needs, so no `auth.test` call is made to learn it.
 */
function authorizeWith(botToken: string): Authorize<boolean> {
  return async (_source, body) => {
    const authorizations = body && 'authorizations' in body ? body.authorizations : undefined;
    const bot = Array.isArray(authorizations) ? authorizations.find((a) => a?.is_bot) : undefined;
    return { botToken, ...(typeof bot?.user_id === 'string' ? { botUserId: bot.user_id } : {}) };
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

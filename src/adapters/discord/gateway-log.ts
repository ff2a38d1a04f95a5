/**
 * Structured logs for the gateway's life: shards ready, disconnected, reconnecting, resumed, and
 * client/REST warnings. discord.js reconnects by itself; these lines show that it did.
 */
import { type Client, type ClientEvents, Events, RESTEvents } from 'discord.js';
import type { Logger } from '../../log.ts';
import { metrics } from '../../metrics.ts';

/** Attaches the loggers; the returned function detaches them (a deliberate stop is no disconnect). */
export function logGateway(client: Client, log: Logger): () => void {
  const detachers: (() => void)[] = [];
  const on = <E extends keyof ClientEvents>(event: E, listener: (...args: ClientEvents[E]) => void) => {
    client.on(event, listener);
    detachers.push(() => client.off(event, listener));
  };
  on(Events.ShardReady, (shard, unavailable) =>
    log.info({ shard, unavailableGuilds: unavailable?.size ?? 0 }, 'discord shard ready'),
  );
  on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ shard, code: event.code }, 'discord shard disconnected and will not reconnect'),
  );
  on(Events.ShardReconnecting, (shard) => log.warn({ shard }, 'discord shard disconnected, reconnecting'));
  on(Events.ShardResume, (shard, replayedEvents) =>
    log.info({ shard, replayedEvents }, 'discord shard resumed'),
  );
  on(Events.ShardError, (error, shard) => log.error({ shard, err: error }, 'discord shard error'));
  on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  on(Events.Warn, (message) => log.warn({ detail: message }, 'discord client warning'));
  const onRateLimited = (info: { route: string; retryAfter: number; global: boolean }) =>
    log.warn(
      { route: info.route, retryAfterMs: info.retryAfter, global: info.global },
      'discord REST rate limited',
    );
  client.rest.on(RESTEvents.RateLimited, onRateLimited);
  detachers.push(() => client.rest.off(RESTEvents.RateLimited, onRateLimited));
  // discord.js tries a 5xx again and waits out a 429 by itself: each such answer is a delivery retried.
  const onResponse = (_request: unknown, response: { status: number }) => {
    if (response.status >= 500 || response.status === 429) metrics.delivery('discord', 'retried');
  };
  client.rest.on(RESTEvents.Response, onResponse);
  detachers.push(() => client.rest.off(RESTEvents.Response, onResponse));
  return () => {
    for (const detach of detachers) detach();
  };
}

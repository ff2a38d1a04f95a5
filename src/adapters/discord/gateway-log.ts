/**
 * Structured logs for the gateway's life: shards ready, disconnected, reconnecting, resumed, and
 * client/REST warnings. discord.js reconnects by itself; these lines show that it did.
 */
import { type Client, Events, RESTEvents } from 'discord.js';
import type { Logger } from '../../log.ts';

export function logGateway(client: Client, log: Logger): void {
  client.on(Events.ShardReady, (shard, unavailable) =>
    log.info({ shard, unavailableGuilds: unavailable?.size ?? 0 }, 'discord shard ready'),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ shard, code: event.code }, 'discord shard disconnected and will not reconnect'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    log.warn({ shard }, 'discord shard disconnected, reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayedEvents) =>
    log.info({ shard, replayedEvents }, 'discord shard resumed'),
  );
  client.on(Events.ShardError, (error, shard) => log.error({ shard, err: error }, 'discord shard error'));
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord client warning'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn(
      { route: info.route, retryAfterMs: info.retryAfter, global: info.global },
      'discord REST rate limited',
    ),
  );
}

/** The HTTP API over a real store and the real core, for the tests in test/http/. */
import pino from 'pino';
import { createHttpApi } from '../../src/adapters/http/api.ts';
import type { RefreshService } from '../../src/admin/refresh.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import type { HttpSettings } from '../../src/config.ts';
import type { StateStore } from '../../src/state/state.ts';
import { LiveStore } from '../../src/store/live.ts';

export const quiet = pino({ level: 'silent' });

export interface ApiHarness {
  app: Awaited<ReturnType<typeof createHttpApi>>;
  live: LiveStore;
  close(): Promise<void>;
}

export async function startApi(
  dbPath: string,
  settings: Partial<HttpSettings> = {},
  extra: {
    state?: StateStore;
    /** The admin refresh over the harness's live store. */
    refresh?: (live: LiveStore) => RefreshService;
    logger?: pino.Logger;
  } = {},
): Promise<ApiHarness> {
  const live = new LiveStore(dbPath);
  const logger = extra.logger ?? quiet;
  const core = createBotCore({
    store: live,
    config: { recommendThreshold: 3.5, admins: [] },
    logger,
    ...(extra.state ? { state: extra.state } : {}),
    ...(extra.refresh ? { refresh: extra.refresh(live) } : {}),
  });
  const app = await createHttpApi({
    core,
    live,
    settings: { corsOrigins: [], rateLimitPerMinute: 100_000, ...settings },
    recommendThreshold: 3.5,
    logger,
    ...(extra.state ? { state: extra.state } : {}),
  });
  return {
    app,
    live,
    close: async () => {
      await app.close();
      live.close();
    },
  };
}

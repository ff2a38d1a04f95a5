/** The real bot core over a real store, as the adapter gets it in production. */

import type { BotCore } from '../../src/bot/core.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import type { StateStore } from '../../src/state/state.ts';
import { LiveStore } from '../../src/store/live.ts';

export interface DemoCore {
  core: BotCore;
  close(): void;
}

export function openCore(
  storePath: string,
  options: { state?: StateStore; admins?: string[] } = {},
): DemoCore {
  const live = new LiveStore(storePath);
  return {
    core: createBotCore({
      store: live,
      config: { recommendThreshold: 3.5, admins: options.admins ?? [] },
      ...(options.state ? { state: options.state } : {}),
    }),
    close: () => live.close(),
  };
}

/**
 * Runs the real Slack adapter (Bolt on 127.0.0.1) against the fake Slack, over the real bot core on a
 * real store. `asked` records what reached the core, so a test can tell that nothing did.
 */

import { type SlackHandle, startSlack } from '../../src/adapters/slack.ts';
import type { BotCore, BotInput } from '../../src/bot/core.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { type FakeSlack, type FakeSlackOptions, startFakeSlack } from './fake-slack.ts';
import { type FakeSocket, startFakeSocket } from './fake-socket.ts';
import { BOT_TOKEN, SIGNING_SECRET } from './requests.ts';

export interface Harness {
  fake: FakeSlack;
  slack: SlackHandle;
  /** Every input the adapter handed to the core, in order. */
  asked: BotInput[];
  socket?: FakeSocket;
  stop(): Promise<void>;
}

/** The real core, with every call recorded on the way through. */
function recording(core: BotCore, asked: BotInput[]): BotCore {
  return {
    ask(input) {
      asked.push(input);
      return core.ask(input);
    },
    ...(core.prepare ? { prepare: (input: BotInput) => core.prepare!(input) } : {}),
    ...(core.feedback ? { feedback: (input) => core.feedback!(input) } : {}),
    completeTitles: (prefix, limit) => core.completeTitles(prefix, limit),
    completeValues: (kind, prefix, limit) => core.completeValues?.(kind, prefix, limit) ?? [],
  };
}

export interface HarnessOptions {
  notInChannels?: FakeSlackOptions['notInChannels'];
  /** As in production (false) or waiting for the listener (true, the default in tests). */
  processBeforeResponse?: boolean;
  /** Where the adapter logs (default: the app's logger). */
  logger?: Logger;
}

export async function startHarness(
  core: BotCore,
  mode: 'http' | 'socket' = 'http',
  options: HarnessOptions = {},
): Promise<Harness> {
  const socket = mode === 'socket' ? await startFakeSocket() : undefined;
  const fake = await startFakeSlack({ socketUrl: socket?.url, notInChannels: options.notInChannels });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    ...(mode === 'socket'
      ? { SLACK_APP_TOKEN: 'xapp-1-A0STREAMBOT-test' }
      : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
  });
  const asked: BotInput[] = [];
  const slack = await startSlack(config, recording(core, asked), {
    host: '127.0.0.1',
    processBeforeResponse: options.processBeforeResponse ?? true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    fake,
    slack,
    asked,
    socket,
    async stop() {
      await slack.stop();
      await socket?.close();
      await fake.close();
    },
  };
}

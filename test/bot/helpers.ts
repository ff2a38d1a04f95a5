/** A core on one of the test stores, and a conversation helper. */

import type { BotReply } from '../../src/bot/core.ts';
import { createBotCore, type StreambotCore } from '../../src/bot/create-core.ts';
import { LiveStore } from '../../src/store/live.ts';

const NOW = new Date('2025-06-01T12:00:00Z');

export function coreOn(path: string, admins: string[] = []): { core: StreambotCore; live: LiveStore } {
  const live = new LiveStore(path);
  const core = createBotCore({ store: live, config: { recommendThreshold: 3.5, admins }, now: () => NOW });
  return { core, live };
}

/** Asks each question in turn in one conversation; returns every reply. */
export function conversation(core: StreambotCore, questions: string[], id = 'test'): BotReply[] {
  return questions.map((text) => core.ask({ text, conversationId: id, userId: 'tester' }));
}

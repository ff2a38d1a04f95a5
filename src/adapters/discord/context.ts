/** What every Discord handler needs: the core, the rate limiter and a logger. */
import type { BotCore } from '../../bot/core.ts';
import type { Logger } from '../../log.ts';
import type { RateLimiter } from '../rate-limit.ts';

export interface HandlerContext {
  core: BotCore;
  limiter: RateLimiter;
  log: Logger;
}

/** Follow-ups ("and on hulu?") are remembered per channel and person. */
export function conversationId(channelId: string | null, userId: string): string {
  return `discord:${channelId ?? 'none'}:${userId}`;
}

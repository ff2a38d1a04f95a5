/** What every Discord handler needs: the core, the rate limiter, a logger, and the admin refresh when wired. */
import type { RefreshService } from '../../admin/refresh.ts';
import type { BotCore } from '../../bot/core.ts';
import type { Logger } from '../../log.ts';
import type { UserRateLimiter } from './rate-limit.ts';

export interface HandlerContext {
  core: BotCore;
  limiter: UserRateLimiter;
  log: Logger;
  /** Runs `/refresh` for admins; without it the core explains how to refresh instead. */
  refresh?: Pick<RefreshService, 'refresh'>;
}

/** Follow-ups ("and on hulu?") are remembered per channel and person. */
export function conversationId(channelId: string | null, userId: string): string {
  return `discord:${channelId ?? 'none'}:${userId}`;
}

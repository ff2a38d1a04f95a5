/**
 * Who is calling the HTTP API, and how fast: a client is its address (the forwarded one when a trusted
 * proxy says so), and each client gets `rateLimitPerMinute` requests a minute. With Redis the count is
 * shared, so the limit holds across instances; otherwise each process counts in memory (a SQLite write
 * per request would cost more than answering a catalog question).
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { HttpSettings } from '../../config.ts';
import { metrics } from '../../metrics.ts';
import { MemoryState } from '../../state/memory-state.ts';
import type { StateStore } from '../../state/state.ts';
import { countingRefusals, type RateLimiter, SharedRateLimiter } from '../rate-limit.ts';
import { sendError } from './problems.ts';

const MINUTE_MS = 60_000;

export function clientOf(request: FastifyRequest): string {
  return `http:${request.ip}`;
}

export function rateLimitHook(
  settings: Pick<HttpSettings, 'rateLimitPerMinute'>,
  state?: Pick<StateStore, 'hit' | 'backend'>,
): onRequestHookHandler {
  const limit = { max: settings.rateLimitPerMinute, windowMs: MINUTE_MS };
  const counter = state?.backend === 'redis' ? state : new MemoryState();
  const limiter: RateLimiter = countingRefusals(new SharedRateLimiter(counter, limit, 'http-rate:'), () =>
    metrics.rateLimited('http'),
  );
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const decision = await limiter.take(clientOf(request));
    if (decision.allowed) return;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    reply.header('retry-after', String(seconds));
    return sendError(reply, 429, {
      code: 'rate_limited',
      message: `Too many requests: at most ${limit.max} a minute per client. Try again in ${seconds} s.`,
    });
  };
}

/** The answer's language: `lang` when given, else the first of Accept-Language that we speak. */
export function localeOf(request: FastifyRequest, lang?: string): 'en' | 'es' | undefined {
  if (lang === 'en' || lang === 'es') return lang;
  const accepted = request.headers['accept-language'];
  if (typeof accepted !== 'string') return undefined;
  const first = accepted.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'es' ? 'es' : first === 'en' ? 'en' : undefined;
}

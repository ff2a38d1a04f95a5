/**
 * Who is calling the HTTP API, and how fast: a client is its address (the forwarded one when a trusted
 * proxy says so), and each client gets `rateLimitPerMinute` requests a minute. With Redis the count is
 * shared, so the limit holds across instances; otherwise the count is kept in memory, by the primary
 * process for a clustered server's workers (a SQLite write per request would cost more than answering).
 */
import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { HttpSettings } from '../../config.ts';
import { metrics } from '../../metrics.ts';
import { MemoryState } from '../../state/memory-state.ts';
import type { StateStore } from '../../state/state.ts';
import { countingRefusals, type RateLimiter, SharedRateLimiter } from '../rate-limit.ts';
import { sendError } from './problems.ts';

const MINUTE_MS = 60_000;

/**
 * `http:<address>`: the forwarded address only when it is one (a forged `X-Forwarded-For: api-token` is
 * not), else the connection's; an IPv6 client by its /64, the block one subscriber holds.
 */
export function clientOf(request: FastifyRequest): string {
  const address = isIP(request.ip) ? request.ip : (request.socket.remoteAddress ?? 'unknown');
  return `http:${isIP(address) === 6 ? ipv6Block(address) : address}`;
}

/** The web has no accounts: within a conversation, the conversation is the person (links, votes). */
export function conversationPerson(conversation: string): string {
  return `conversation:${conversation}`;
}

/** The first four groups of an IPv6 address, written out (`2001:db8:0:1::/64`). */
function ipv6Block(address: string): string {
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) return address.slice(7);
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).join(':')}::/64`;
}

export function rateLimitHook(
  settings: Pick<HttpSettings, 'rateLimitPerMinute'>,
  state?: Pick<StateStore, 'hit' | 'backend'>,
  rateCounter?: Pick<StateStore, 'hit'>,
): onRequestHookHandler {
  const limit = { max: settings.rateLimitPerMinute, windowMs: MINUTE_MS };
  const counter = state?.backend === 'redis' ? state : (rateCounter ?? new MemoryState());
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

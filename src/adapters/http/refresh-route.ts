/**
 * `POST /v1/refresh` with `Authorization: Bearer $STREAMBOT_API_TOKEN`: the admin refresh, run by the core
 * like one asked in chat (the same lock, progress, audit log and swap) and answered when it is over.
 * Without the token configured it is off; a missing or wrong token is refused and logged like any
 * refused refresh.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { API_TOKEN_HOLDER } from '../../admin/access.ts';
import type { BotCore, BotReply } from '../../bot/core.ts';
import { clientOf, localeOf } from './clients.ts';
import { REPLY_SCHEMA, replyBody } from './command-routes.ts';
import { ERROR_SCHEMA, sendError } from './problems.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests, so neither the length nor the content of the token leaks through timing. */
function holdsToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  const given = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

const REFRESH_SCHEMA = {
  tags: ['admin'],
  summary: 'Rebuild the data from the raw files and retrain (admins: bearer token)',
  security: [{ bearer: [] }],
  response: {
    200: { description: 'The refresh summary', ...REPLY_SCHEMA },
    401: ERROR_SCHEMA,
    403: ERROR_SCHEMA,
    409: ERROR_SCHEMA,
    500: ERROR_SCHEMA,
  },
};

export function registerRefreshRoute(
  app: FastifyInstance,
  core: BotCore,
  apiToken: string | undefined,
  rateLimit: onRequestHookHandler,
): void {
  app.post('/v1/refresh', { onRequest: rateLimit, schema: REFRESH_SCHEMA }, async (request, reply) => {
    if (!apiToken)
      return sendError(reply, 403, {
        code: 'refresh_disabled',
        message: 'Refreshing over HTTP is off: the server has no STREAMBOT_API_TOKEN.',
      });
    const authorised = holdsToken(request, apiToken);
    // A client is `http:<address>` (clientOf), so only the token gives the token's identity.
    const client = clientOf(request);
    const asked: BotReply = core.ask({
      command: { name: 'refresh', args: {} },
      conversationId: 'http:refresh',
      userId: authorised ? API_TOKEN_HOLDER : client,
      name: authorised ? 'the API token' : client,
      via: 'http',
      locale: localeOf(request),
      stateless: true,
    });
    // The core's refresh decides, logs and audits every outcome; without the token it can only refuse.
    const answer = asked.effect ? await asked.effect(() => {}) : asked.answer;
    if (!authorised) {
      reply.header('www-authenticate', 'Bearer');
      return sendError(reply, 401, {
        code: 'unauthorized',
        message: 'Refreshing needs Authorization: Bearer <STREAMBOT_API_TOKEN>.',
      });
    }
    const { status, body } = replyBody({ ...asked, answer });
    return reply.code(status as 200).send(body);
  });
}

/**
 * `POST /v1/ask {"text", "conversation"?}`: a question in plain words, answered as in chat. The reply
 * names its conversation; sending it back with the next question makes follow-ups work ("and on hulu?"),
 * on any instance sharing the state.
 */

import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { BotCore, BotInput } from '../../bot/core.ts';
import { timeOrderedId } from '../../ids.ts';
import { conversationPerson, localeOf } from './clients.ts';
import { chartUrl, REPLY_SCHEMA, replyBody } from './command-routes.ts';
import { ERROR_SCHEMA } from './problems.ts';
import { LANG_PARAMETER } from './query-schema.ts';

interface AskBody {
  text: string;
  conversation?: string;
  lang?: 'en' | 'es';
}

export const CONVERSATION = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' };

const ASK_SCHEMA = {
  tags: ['v1'],
  summary: 'Ask anything in plain English or Spanish; follow-ups continue a conversation',
  body: {
    type: 'object',
    required: ['text'],
    properties: {
      text: { type: 'string', minLength: 1, maxLength: 500, examples: ['longest movie on netflix in 2020'] },
      conversation: {
        ...CONVERSATION,
        description: 'The conversation of an earlier reply, for a follow-up; a new one when omitted',
      },
      lang: LANG_PARAMETER,
    },
    additionalProperties: false,
    examples: [{ text: 'longest movie on netflix in 2020' }],
  },
  response: {
    200: {
      description: 'The answer, what was understood, and the conversation to send with a follow-up',
      ...REPLY_SCHEMA,
      properties: {
        ...(REPLY_SCHEMA.properties as object),
        conversation: CONVERSATION,
        chartUrl: { type: 'string', description: 'Where the chart of a chart answer is drawn (PNG)' },
      },
    },
    400: ERROR_SCHEMA,
    413: ERROR_SCHEMA,
  },
};

/**
 * `sharedConversations`: the next question of a conversation may reach another process (the workers of
 * one server, instances on Redis), so a reply waits until its conversation is in the shared state. One
 * process has it in memory at once, and does not wait.
 */
export function registerAskRoute(
  app: FastifyInstance,
  core: BotCore,
  rateLimit: onRequestHookHandler,
  sharedConversations: boolean,
): void {
  app.post<{ Body: AskBody }>('/v1/ask', { onRequest: rateLimit, schema: ASK_SCHEMA }, async (request) => {
    const given = request.body.conversation;
    const conversation = given ?? timeOrderedId();
    const input: BotInput = {
      text: request.body.text,
      conversationId: `http:${conversation}`,
      userId: conversationPerson(conversation),
      via: 'http',
      locale: localeOf(request, request.body.lang),
    };
    // A new conversation has nothing remembered yet.
    if (given) await core.prepare?.(input);
    const reply = core.ask(input);
    if (sharedConversations) await reply.saved;
    // Asked in words, a refresh is refused here (only the API token may refresh: POST /v1/refresh).
    const answered = reply.effect ? { ...reply, answer: await reply.effect(() => {}) } : reply;
    const url = chartUrl(answered);
    // A conversation answers 200 whatever the answer says: an error answer is part of the conversation.
    return { ...replyBody(answered).body, conversation, ...(url ? { chartUrl: url } : {}) };
  });
}

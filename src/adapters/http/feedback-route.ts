/**
 * `POST /v1/feedback {"answer", "vote": "up"|"down", "expected"?, "conversation"?}`: a 👍 or 👎 on an answer
 * given over HTTP (its `answer.id`). Within a conversation the voter is the conversation, as for links;
 * a second vote on the same answer replaces the first.
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { BotCore } from '../../bot/core.ts';
import { CONVERSATION } from './ask-route.ts';
import { clientOf, conversationPerson, localeOf } from './clients.ts';
import { answerError, ERROR_SCHEMA, sendError, statusOfAnswer } from './problems.ts';

interface FeedbackBody {
  answer: string;
  vote: 'up' | 'down';
  expected?: string;
  conversation?: string;
}

const FEEDBACK_SCHEMA = {
  tags: ['v1'],
  summary: 'Rate an answer: 👍 or 👎, and what you expected instead',
  body: {
    type: 'object',
    required: ['answer', 'vote'],
    properties: {
      answer: { type: 'string', maxLength: 64, description: 'The answer’s id (answer.id in a reply)' },
      vote: { type: 'string', enum: ['up', 'down'] },
      expected: { type: 'string', maxLength: 500, description: 'After a 👎: what you expected (optional)' },
      conversation: CONVERSATION,
    },
    additionalProperties: false,
    examples: [{ answer: 'the id of an answer', vote: 'up' }],
  },
  response: {
    200: { type: 'object', properties: { answer: { type: 'object', additionalProperties: true } } },
    400: ERROR_SCHEMA,
    404: ERROR_SCHEMA,
    503: ERROR_SCHEMA,
  },
};

export function registerFeedbackRoute(
  app: FastifyInstance,
  core: BotCore,
  rateLimit: onRequestHookHandler,
): void {
  app.post<{ Body: FeedbackBody }>(
    '/v1/feedback',
    { onRequest: rateLimit, schema: FEEDBACK_SCHEMA },
    async (request, reply) => {
      if (!core.feedback)
        return sendError(reply, 503, { code: 'not_kept', message: 'Feedback is not kept here.' });
      const { answer, vote, expected, conversation } = request.body;
      const thanks = await core.feedback({
        answerId: answer,
        vote,
        ...(expected !== undefined ? { expected } : {}),
        userId: conversation ? conversationPerson(conversation) : clientOf(request),
        via: 'http',
        locale: localeOf(request),
      });
      // The answer is unknown (or too old), or this server keeps no feedback.
      if (thanks.problem) return sendError(reply, statusOfAnswer(thanks), answerError(thanks));
      return { answer: thanks };
    },
  );
}

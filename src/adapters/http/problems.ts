/**
 * Errors over HTTP: one JSON shape (`{"error": {"code", "message", "suggestions"?}}`), the status each
 * of the core's problems maps to, and the messages for requests Fastify refuses before a handler runs
 * (validation, body size, media type). Never a stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { Answer } from '../../answer.ts';
import type { Logger } from '../../log.ts';

export interface ApiError {
  code: string;
  message: string;
  suggestions?: string[];
}

export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        suggestions: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
} as const;

const NOT_FOUND = new Set(['unknown_title', 'unknown_user', 'unknown_answer']);
const UNAVAILABLE = new Set(['store_not_ready', 'model_missing', 'not_kept']);

/** The HTTP status of a command's answer: 200 for anything the asker can use, else what went wrong. */
export function statusOfAnswer(answer: Answer): number {
  const { problem } = answer;
  if (problem && NOT_FOUND.has(problem)) return 404;
  if (problem && UNAVAILABLE.has(problem)) return 503;
  if (answer.kind !== 'error' && answer.kind !== 'prompt') return 200;
  switch (problem) {
    case 'internal_error':
    case 'refresh_failed':
      return 500;
    case 'forbidden':
      return 403;
    case 'busy':
      return 409;
    default:
      return 400;
  }
}

export function answerError(answer: Answer): ApiError {
  const error: ApiError = { code: answer.problem ?? 'invalid_argument', message: answer.headline };
  if (answer.suggestions?.length) error.suggestions = answer.suggestions;
  return error;
}

export function sendError(reply: FastifyReply, status: number, error: ApiError): FastifyReply {
  return reply.code(status).send({ error });
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One sentence naming the parameter and what it must be. */
function validationMessage(issue: ValidationIssue, where: string): string {
  const name = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || where;
  const { params } = issue;
  switch (issue.keyword) {
    case 'additionalProperties':
      return `Unknown parameter "${String(params.additionalProperty)}": see /openapi.json for what this route takes.`;
    case 'required':
      return `Missing parameter "${String(params.missingProperty)}".`;
    case 'type':
      return `"${name}" must be ${params.type === 'integer' ? 'a whole number' : `of type ${String(params.type)}`}.`;
    case 'enum':
      return `"${name}" must be one of: ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'minimum':
    case 'maximum':
      return `"${name}" must be ${issue.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}.`;
    case 'maxLength':
      return `"${name}" must be at most ${String(params.limit)} characters long.`;
    case 'minLength':
      return `"${name}" must not be empty.`;
    case 'maxItems':
    case 'minItems':
      return `"${name}" must have ${issue.keyword === 'maxItems' ? 'at most' : 'at least'} ${String(params.limit)} items.`;
    default:
      return `"${name}" ${issue.message ?? 'is not valid'}.`;
  }
}

/** Every refusal as the one JSON shape; unexpected errors are logged and answered without details. */
export function installErrorHandlers(app: FastifyInstance, log: Logger): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation?.[0]) {
      const issue = error.validation[0] as ValidationIssue;
      return sendError(reply, 400, {
        code: issue.keyword === 'required' ? 'missing_argument' : 'invalid_argument',
        message: validationMessage(issue, error.validationContext ?? 'request'),
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413)
      return sendError(reply, 413, { code: 'body_too_large', message: 'The request body is too large.' });
    if (status === 415)
      return sendError(reply, 415, {
        code: 'unsupported_media_type',
        message: 'Send the body as JSON (Content-Type: application/json).',
      });
    if (status >= 400 && status < 500)
      return sendError(reply, status, {
        code: status === 400 ? 'bad_request' : 'client_error',
        message: error.code?.startsWith('FST_ERR_CTP') ? 'The body is not valid JSON.' : error.message,
      });
    log.error({ err: error.message, route: request.routeOptions.url }, 'http request failed');
    return sendError(reply, 500, {
      code: 'internal_error',
      message: 'Something went wrong on our side; the error was logged.',
    });
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, {
      code: 'not_found',
      message: `No route ${request.method} ${request.url.split('?')[0]}: see /docs or /openapi.json.`,
    }),
  );
}

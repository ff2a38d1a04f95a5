/**
 * `POST /v1/predict {"pairs": [{"user", "title"}…]}`: the model's estimate and verdict for up to 10,000
 * user/title pairs at once (the ML team's batch scoring). A pair that cannot be scored says why and
 * keeps its place; the others are answered.
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { estimatePair } from '../../recommender/predict.ts';
import { servingModel } from '../../recommender/serving.ts';
import { buildInfoOf } from '../../store/build-info.ts';
import type { LiveStore } from '../../store/live.ts';
import { ERROR_SCHEMA, sendError } from './problems.ts';

export const MAX_PAIRS = 10_000;

interface PredictBody {
  pairs: { user: number | string; title: string }[];
  threshold?: number;
}

const PREDICT_SCHEMA = {
  tags: ['v1'],
  summary: `Estimates and verdicts for up to ${MAX_PAIRS.toLocaleString('en-US')} user/title pairs`,
  body: {
    type: 'object',
    required: ['pairs'],
    properties: {
      pairs: {
        type: 'array',
        minItems: 1,
        maxItems: MAX_PAIRS,
        items: {
          type: 'object',
          required: ['user', 'title'],
          properties: {
            user: { type: 'integer', minimum: 1, description: 'User id of the ratings' },
            title: { type: 'string', maxLength: 20, description: 'Title id, e.g. ns123' },
          },
          additionalProperties: false,
        },
      },
      threshold: {
        type: 'number',
        minimum: 0.5,
        maximum: 5,
        description: 'Recommend at or above this estimate (default: the server’s, 3.5)',
      },
    },
    additionalProperties: false,
    examples: [{ pairs: [{ user: 42, title: 'ns123' }] }],
  },
  response: {
    200: {
      type: 'object',
      properties: {
        threshold: { type: 'number' },
        build: { type: 'string' },
        predictions: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              user: { type: 'integer' },
              title: { type: 'string' },
              estimate: { type: 'number' },
              verdict: { type: 'string', enum: ['recommend', 'skip'] },
              basis: { type: 'string' },
              error: { type: 'string' },
            },
          },
        },
      },
    },
    400: ERROR_SCHEMA,
    413: ERROR_SCHEMA,
    503: ERROR_SCHEMA,
  },
};

export function registerPredictRoute(
  app: FastifyInstance,
  live: LiveStore,
  defaultThreshold: number,
  rateLimit: onRequestHookHandler,
): void {
  app.post<{ Body: PredictBody }>(
    '/v1/predict',
    { onRequest: rateLimit, schema: PREDICT_SCHEMA },
    async (request, reply) => {
      const store = live.current();
      const serving = servingModel(store);
      if (!serving)
        return sendError(reply, 503, {
          code: 'model_missing',
          message: 'The recommender is not trained on this data yet.',
        });
      // The schema's coercion reads "1e309" as Infinity, which passes as an integer.
      const unsafe = request.body.pairs.findIndex(({ user }) => !Number.isSafeInteger(Number(user)));
      if (unsafe >= 0)
        return sendError(reply, 400, {
          code: 'invalid_argument',
          message: `pairs[${unsafe}].user must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}.`,
        });
      const threshold = request.body.threshold ?? defaultThreshold;
      const predictions = request.body.pairs.map(({ user, title }) => {
        const pair = estimatePair(serving, user, title, threshold);
        return pair.ok
          ? {
              user: pair.userId,
              title: pair.titleId,
              estimate: pair.estimate,
              verdict: pair.verdict,
              basis: pair.basis,
            }
          : { user: Number(user), title, error: pair.reason };
      });
      return { threshold, build: buildInfoOf(store)?.buildId, predictions };
    },
  );
}

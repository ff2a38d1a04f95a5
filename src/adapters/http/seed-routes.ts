/**
 * The client's original API, unchanged for the scripts and dashboards that call it:
 * `GET /get_max_duration?varanio=2014&varplataforma=netflix&vartipo=min` and its three siblings, with
 * the Spanish parameter names (or `year`, `platform`, `duration_type`, `scored`), answering the same
 * JSON value (a name or a number; null when there is none). `format=full` gives Streambot's whole result,
 * as `streambot query --json` prints it.
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import {
  askQuestion,
  plainAnswer,
  QUESTION_ARGUMENTS,
  QUESTION_NAMES,
  type QuestionArgument,
  type QuestionInput,
  type QuestionName,
  questionJson,
} from '../../catalog/index.ts';
import type { LiveStore } from '../../store/live.ts';
import { ERROR_SCHEMA, sendError } from './problems.ts';

/** Each argument's names: the seed's Spanish one first, then ours. */
const PARAMETER_NAMES: Record<QuestionArgument, [string, string]> = {
  year: ['varanio', 'year'],
  platform: ['varplataforma', 'platform'],
  durationType: ['vartipo', 'duration_type'],
  scored: ['varpuntaje', 'scored'],
};

const DESCRIPTIONS: Record<QuestionArgument, string> = {
  year: 'Release year',
  platform: 'amazon, disney, hulu or netflix',
  durationType: 'min (movies, by minutes; the default) or season (TV shows, by seasons)',
  scored: 'Count movies whose mean rating is strictly above this (0–5)',
};

const EXAMPLES: Record<QuestionName, Partial<Record<QuestionArgument, string>>> = {
  get_max_duration: { year: '2014', platform: 'netflix', durationType: 'min' },
  get_score_count: { platform: 'amazon', scored: '3.6', year: '2021' },
  get_count_platform: { platform: 'netflix' },
  get_actor: { platform: 'disney', year: '2021' },
};

const SUMMARIES: Record<QuestionName, string> = {
  get_max_duration: 'The longest movie (or TV show by seasons), by year and platform',
  get_score_count: 'How many movies of a platform and year score above a threshold',
  get_count_platform: 'How many movies a platform has',
  get_actor: 'The actor who appears most on a platform in a year',
};

const VALUE_SCHEMAS: Record<QuestionName, Record<string, unknown>> = {
  get_max_duration: { type: ['string', 'null'], description: 'The title, or null when none matches' },
  get_score_count: { type: 'integer' },
  get_count_platform: { type: 'integer' },
  get_actor: { type: ['string', 'null'], description: 'The actor, or null when no cast is listed' },
};

function querySchema(name: QuestionName) {
  const properties: Record<string, unknown> = {};
  for (const argument of QUESTION_ARGUMENTS[name]) {
    const example = EXAMPLES[name][argument];
    for (const [index, parameter] of PARAMETER_NAMES[argument].entries())
      properties[parameter] = {
        type: 'string',
        maxLength: 100,
        description: index === 0 ? DESCRIPTIONS[argument] : `Same as ${PARAMETER_NAMES[argument][0]}`,
        ...(index === 0 && example ? { examples: [example] } : {}),
      };
  }
  properties.format = {
    type: 'string',
    enum: ['value', 'full'],
    description: "`full`: Streambot's whole result (ties, best titles) instead of the bare value",
  };
  return { type: 'object', properties, additionalProperties: false };
}

type SeedQuery = Record<string, string | undefined>;

export function registerSeedRoutes(
  app: FastifyInstance,
  live: LiveStore,
  rateLimit: onRequestHookHandler,
): void {
  for (const name of QUESTION_NAMES) {
    app.get<{ Querystring: SeedQuery }>(
      `/${name}`,
      {
        onRequest: rateLimit,
        schema: {
          tags: ['seed'],
          summary: SUMMARIES[name],
          querystring: querySchema(name),
          response: {
            200: {
              description: 'The bare value (the default), or with format=full the whole result',
              anyOf: [VALUE_SCHEMAS[name], { type: 'object', additionalProperties: true }],
            },
            400: ERROR_SCHEMA,
            503: ERROR_SCHEMA,
          },
        },
      },
      async (request, reply) => {
        const input: QuestionInput = {};
        for (const argument of QUESTION_ARGUMENTS[name]) {
          const [spanish, english] = PARAMETER_NAMES[argument];
          const given = [request.query[spanish], request.query[english]].filter((v) => v !== undefined);
          if (given.length === 2 && given[0] !== given[1])
            return sendError(reply, 400, {
              code: 'conflicting_arguments',
              message: `Give ${spanish} or ${english}, not both with different values.`,
            });
          if (given[0] !== undefined) input[argument] = given[0];
        }
        const result = askQuestion(live.current(), name, input);
        if (!result.ok)
          return sendError(reply, result.error.code === 'store_not_ready' ? 503 : 400, result.error);
        const body =
          request.query.format === 'full' ? questionJson(name, result.value) : plainAnswer(result.value);
        // Serialized here: a bare string must go out as JSON ("name"), not as text.
        return reply.type('application/json').send(JSON.stringify(body));
      },
    );
  }
}

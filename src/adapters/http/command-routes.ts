/**
 * `GET /v1/<command>?<options>` for every question command of `commands/`: the same options as the slash
 * command (names, types and ranges from its definition), answered by the core as `{"command", "answer"}`,
 * the shape `streambot ask --json` prints. `GET /v1/chart?…&format=png|svg` draws the chart instead.
 */
import type { FastifyInstance, FastifyReply, onRequestHookHandler } from 'fastify';
import { COMMANDS } from '../../../commands/index.ts';
import type { SlashCommandDefinition } from '../../../commands/types.ts';
import type { Answer } from '../../answer.ts';
import type { CommandName } from '../../bot/command.ts';
import type { BotCore, BotReply } from '../../bot/core.ts';
import { commandFromOptions, optionsFromArgs } from '../../bot/slash.ts';
import { renderSvg } from '../../chart/render.ts';
import { CHAT_CHART_SIZE, drawAnswerChart } from '../chart-image.ts';
import { replyJson } from '../render/json.ts';
import { clientOf, localeOf } from './clients.ts';
import { answerError, ERROR_SCHEMA, sendError, statusOfAnswer } from './problems.ts';
import { commandQuerySchema, type JsonSchema, LANG_PARAMETER } from './query-schema.ts';

/** Commands about the asker or the bot's running, not questions a script asks by URL. */
const NOT_ROUTED = new Set<string>(['ask', 'link_user', 'whoami', 'refresh', 'misses', 'feedback', 'help']);

/** The question commands served under `/v1/<command>`. */
export const ROUTED_COMMANDS: readonly SlashCommandDefinition[] = COMMANDS.filter(
  (definition) => !NOT_ROUTED.has(definition.command),
);

const FORMAT_PARAMETER: JsonSchema = {
  type: 'string',
  enum: ['json', 'png', 'svg'],
  description: 'json (the default): the answer; png or svg: the chart drawn',
};

/** `{"command", "answer"}` of any route that answers with the core, and `error` when it is one. */
export const REPLY_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    command: { type: 'object', additionalProperties: true },
    answer: { type: 'object', additionalProperties: true },
  },
  additionalProperties: true,
};

/** The JSON body of a reply, with the error when the answer is one, and the status it goes out with. */
export function replyBody(reply: BotReply): { status: number; body: Record<string, unknown> } {
  const status = statusOfAnswer(reply.answer);
  const body = replyJson(reply);
  if (status >= 400) body.error = answerError(reply.answer);
  return { status, body };
}

/** Where the chart of a chart answer is drawn: the same question as a `/v1/chart` URL. */
export function chartUrl(reply: BotReply, format: 'png' | 'svg' = 'png'): string | undefined {
  if (!reply.answer.chart || reply.command.name !== 'chart') return undefined;
  const query = new URLSearchParams({ ...optionsFromArgs('chart', reply.command.args), format });
  return `/v1/chart?${query}`;
}

async function sendChart(reply: FastifyReply, answer: Answer, format: 'png' | 'svg'): Promise<FastifyReply> {
  const chart = answer.chart!;
  const headers = { 'cache-control': 'public, max-age=300' };
  if (format === 'png') {
    const image = await drawAnswerChart(answer);
    if (!image)
      return sendError(reply, 500, { code: 'internal_error', message: 'The chart could not be drawn.' });
    return reply.headers(headers).type('image/png').send(image.png);
  }
  const svg = await renderSvg({
    spec: chart.spec,
    size: CHAT_CHART_SIZE,
    locale: answer.locale,
    footnote: chart.footnote,
  });
  return reply.headers(headers).type('image/svg+xml').send(svg);
}

type CommandQuery = Record<string, string | number | undefined> & { lang?: string; format?: string };

export function registerCommandRoutes(
  app: FastifyInstance,
  core: BotCore,
  rateLimit: onRequestHookHandler,
  examplesOf: (definition: SlashCommandDefinition) => Record<string, string | number>,
): void {
  for (const definition of ROUTED_COMMANDS) {
    const command = definition.command as CommandName;
    const extra: Record<string, JsonSchema> = { lang: LANG_PARAMETER };
    if (command === 'chart') extra.format = FORMAT_PARAMETER;
    app.get<{ Querystring: CommandQuery }>(
      `/v1/${command}`,
      {
        onRequest: rateLimit,
        schema: {
          tags: ['v1'],
          summary: definition.description.en,
          querystring: commandQuerySchema(definition, extra, examplesOf(definition)),
          response: {
            200: { description: 'The answer', ...REPLY_SCHEMA },
            400: ERROR_SCHEMA,
            404: ERROR_SCHEMA,
            503: ERROR_SCHEMA,
          },
        },
      },
      async (request, reply) => {
        const { lang, format, ...options } = request.query;
        const answered = core.ask({
          command: commandFromOptions(definition.name, options),
          conversationId: 'http:one-off',
          userId: clientOf(request),
          via: 'http',
          locale: localeOf(request, lang),
          stateless: true,
        });
        const { status, body } = replyBody(answered);
        if ((format === 'png' || format === 'svg') && status === 200 && answered.answer.chart)
          return sendChart(reply, answered.answer, format);
        return reply.code(status).send(body);
      },
    );
  }
}

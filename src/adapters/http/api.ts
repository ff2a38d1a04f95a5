/**
 * The HTTP API as one Fastify app: the client's original routes, `/v1` (every question command, ask,
 * predict, refresh), `/healthz`, `/openapi.json` with a docs page, and the web chat page at `/`. Built
 * here and served by `src/adapters/http.ts`, alone or on the Slack app's port.
 */
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerFactory,
  LogController,
} from 'fastify';
import type { SlashCommandDefinition } from '../../../commands/types.ts';
import type { BotCore } from '../../bot/core.ts';
import type { HttpSettings } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { metrics } from '../../metrics.ts';
import type { StateStore } from '../../state/state.ts';
import { buildInfoOf } from '../../store/build-info.ts';
import type { LiveStore } from '../../store/live.ts';
import { registerAskRoute } from './ask-route.ts';
import { rateLimitHook } from './clients.ts';
import { registerCommandRoutes } from './command-routes.ts';
import { registerFeedbackRoute } from './feedback-route.ts';
import { registerPredictRoute } from './predict-route.ts';
import { installErrorHandlers } from './problems.ts';
import { slashExampleValues } from './query-schema.ts';
import { registerRefreshRoute } from './refresh-route.ts';
import { registerSeedRoutes } from './seed-routes.ts';

export interface HttpApiOptions {
  core: BotCore;
  /** The seed's routes and batch predictions read the store directly. */
  live: LiveStore;
  settings: HttpSettings;
  recommendThreshold: number;
  logger: Logger;
  /** Shared state: the per-client rate limit then holds across instances. */
  state?: StateStore;
  /** Without Redis, where the rate limit counts (a clustered server's primary); default: this process. */
  rateCounter?: Pick<StateStore, 'hit'>;
  /** Serve through another server (the Slack app's): Fastify gets its request handler from here. */
  serverFactory?: FastifyServerFactory;
}

/** Bodies up to this size (10,000 prediction pairs take about 400 KB). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const WEB_FILES = {
  'index.html': 'text/html; charset=utf-8',
  'chat.js': 'text/javascript; charset=utf-8',
  'chat.css': 'text/css; charset=utf-8',
} as const;

/** The page loads nothing from elsewhere, and nothing it shows can run as script. */
const PAGE_SECURITY = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export async function createHttpApi(options: HttpApiOptions): Promise<FastifyInstance> {
  const { core, live, settings, logger } = options;
  const app = Fastify({
    loggerInstance: logger.child({ adapter: 'http' }) as FastifyBaseLogger,
    // One line per request at thousands a second is noise; errors are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
    // Nothing logs per request (errors name their route), so no request gets a logger of its own: a
    // child per request, with the secrets' redaction, was a tenth of what a question allocated.
    childLoggerFactory: (adapterLogger) => adapterLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    ...(settings.trustProxy !== undefined ? { trustProxy: settings.trustProxy } : {}),
    // An unknown parameter is an error to report, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
  });
  installErrorHandlers(app, logger);
  if (settings.corsOrigins.length > 0) {
    const cors = (await import('@fastify/cors')).default;
    await app.register(cors, { origin: settings.corsOrigins, methods: ['GET', 'POST'] });
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Streambot API',
        version: '1',
        description:
          'The catalogs of Amazon Prime, Disney+, Hulu and Netflix and a recommender trained on their ratings. ' +
          'The client’s original routes answer as they always did; /v1 answers every question Streambot knows.',
      },
      tags: [
        { name: 'seed', description: 'The original API’s four functions, unchanged' },
        { name: 'v1', description: 'Every question command, plain-language questions and batch predictions' },
        { name: 'admin', description: 'Data refresh (bearer token)' },
      ],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const rateLimit = rateLimitHook(settings, options.state, options.rateCounter);
  registerSeedRoutes(app, live, rateLimit);
  registerCommandRoutes(app, core, rateLimit, (definition) => examplesOf(definition, core));
  registerAskRoute(app, core, rateLimit, (settings.workers ?? 1) > 1 || options.state?.backend === 'redis');
  registerFeedbackRoute(app, core, rateLimit);
  registerPredictRoute(app, live, options.recommendThreshold, rateLimit);
  registerRefreshRoute(app, core, settings.apiToken, rateLimit);

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      const build = buildInfoOf(live.current())?.buildId;
      if (build) return { ok: true, build };
      return reply.code(503).send({ ok: false, error: 'no data build is serving' });
    } catch {
      return reply.code(503).send({ ok: false, error: 'the store cannot be read' });
    }
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.text()),
  );
  registerWebPage(app);
  await app.ready();
  return app;
}

function registerWebPage(app: FastifyInstance): void {
  const files = new Map(
    Object.entries(WEB_FILES).map(([name, type]) => [
      name,
      { type, body: readFileSync(new URL(`./web/${name}`, import.meta.url)) },
    ]),
  );
  const serve = (name: string) => {
    const file = files.get(name)!;
    return async (_request: unknown, reply: import('fastify').FastifyReply) =>
      reply.headers(PAGE_SECURITY).type(file.type).send(file.body);
  };
  app.get('/', { schema: { hide: true } }, serve('index.html'));
  app.get('/web/chat.js', { schema: { hide: true } }, serve('chat.js'));
  app.get('/web/chat.css', { schema: { hide: true } }, serve('chat.css'));
}

/**
 * A command's OpenAPI example: its slash example's values, with a title the serving store has (the
 * demo data's titles are not the real ones), so every documented example answers.
 */
function examplesOf(definition: SlashCommandDefinition, core: BotCore): Record<string, string | number> {
  const slash = definition.examples.find((example) => example.en.startsWith('/'));
  const values = slash ? slashExampleValues(definition, slash.en) : {};
  const titleOption = definition.options.find((option) => option.arg === 'title_id');
  if (titleOption) {
    const named = values[titleOption.name];
    const known = typeof named === 'string' && core.completeTitles(named, 1).length > 0;
    const fallback = core.completeTitles('the', 1)[0]?.id;
    if (!known && fallback) values[titleOption.name] = fallback;
  }
  for (const option of definition.options)
    if (option.required && values[option.name] === undefined && option.arg === 'user_id')
      values[option.name] = 42;
  return values;
}

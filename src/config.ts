/** All configuration, from the environment, validated in one place. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const commaList = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const port = z.coerce.number().int().min(0).max(65535);
/** A port, or unset (an empty value counts as unset). */
const optionalPort = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  port.optional(),
);

/** How many parses, resolutions and pure answers (each) a core reuses per build unless configured. */
export const DEFAULT_MEMO_ENTRIES = 2_000;

const ConfigSchema = z.object({
  STREAMBOT_RAW_DIR: optionalText,
  STREAMBOT_DB: z.string().trim().min(1).default('data/streambot.db'),
  STREAMBOT_STATE: z.string().trim().min(1).default('data/state.db'),
  STREAMBOT_REDIS_URL: optionalText.pipe(z.url().optional()),
  STREAMBOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STREAMBOT_RECOMMEND_THRESHOLD: z.coerce.number().min(0.5).max(5).default(3.5),
  STREAMBOT_ADMINS: commaList,
  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: optionalText.pipe(z.url().optional()),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText.pipe(z.url().optional()),
  PORT: port.default(3000),
  STREAMBOT_HTTP_PORT: optionalPort,
  STREAMBOT_API_TOKEN: optionalText.pipe(
    z.string().min(16, 'must be at least 16 characters (use a random token)').optional(),
  ),
  STREAMBOT_CORS_ORIGINS: commaList,
  STREAMBOT_HTTP_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  STREAMBOT_HTTP_TRUST_PROXY: optionalText,
  STREAMBOT_HTTP_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  STREAMBOT_METRICS_PORT: optionalPort,
  STREAMBOT_KEEP_QUESTIONS: z.enum(['0', '1']).default('1'),
  STREAMBOT_MEMO_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_MEMO_ENTRIES),
});

export interface Config {
  /** Where the raw CSVs are read from. */
  rawDir: string;
  /** True when `rawDir` is the synthetic demo data shipped in the repo. */
  rawIsDemo: boolean;
  /** The SQLite store file. */
  dbPath: string;
  /**
   * Where state that outlives a process is kept (person links, follow-ups, answered events, rate limits,
   * the refresh lock and audit): Redis when `redisUrl` is set (several instances), else this SQLite file.
   */
  state: { sqlitePath: string; redisUrl?: string };
  logLevel: z.infer<typeof ConfigSchema>['STREAMBOT_LOG_LEVEL'];
  recommendThreshold: number;
  /** Chat user ids (Discord or Slack) allowed to refresh the data. */
  admins: string[];
  discord: { token?: string; appId?: string; guildId?: string; apiUrl?: string };
  slack: { botToken?: string; signingSecret?: string; appToken?: string; apiUrl?: string; port: number };
  http: HttpSettings;
  /** Keep questions the bot did not answer (masked, 30 days) for `streambot misses`. */
  keepQuestions: boolean;
  /** How many question parses, title resolutions and pure answers (each) a process reuses per build (0: none). */
  memoEntries: number;
  /** Serve `GET /metrics` on a port of its own (a Discord-only or terminal run; HTTP servers have it already). */
  metricsPort?: number;
}

export interface HttpSettings {
  /** Where `streambot start http` listens; set, `npm start` serves the HTTP API too. */
  port?: number;
  /** Bearer token that allows `POST /v1/refresh`; without it refresh over HTTP is off. */
  apiToken?: string;
  /** Origins allowed to call the API from a browser; none: CORS stays closed. */
  corsOrigins: string[];
  /** Requests per minute per client. */
  rateLimitPerMinute: number;
  /**
   * Behind a proxy, whose forwarded client addresses to believe (Fastify's `trustProxy`): `true` (any
   * proxy), or the proxies' addresses or subnets, comma-separated. Unset: the connecting address is
   * the client.
   */
  trustProxy?: boolean | string;
  /** `streambot start http`: processes serving the port together (one per core uses every core). */
  workers?: number;
}

/** The HTTP API's port when none is configured. */
export const DEFAULT_HTTP_PORT = 8080;

function trustProxyOf(text: string | undefined): HttpSettings['trustProxy'] {
  if (text === undefined || text === 'false') return undefined;
  return text === 'true' ? true : text;
}

export const DEMO_RAW_DIR = 'data/demo';
const DEFAULT_RAW_DIR = 'data/raw';

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  const trustProxy = trustProxyOf(c.STREAMBOT_HTTP_TRUST_PROXY);
  const requestedRaw = c.STREAMBOT_RAW_DIR ?? DEFAULT_RAW_DIR;
  const useDemo = c.STREAMBOT_RAW_DIR === undefined && !existsSync(resolve(DEFAULT_RAW_DIR));
  return {
    rawDir: useDemo ? DEMO_RAW_DIR : requestedRaw,
    rawIsDemo: useDemo || resolve(requestedRaw) === resolve(DEMO_RAW_DIR),
    dbPath: c.STREAMBOT_DB,
    state: {
      sqlitePath: c.STREAMBOT_STATE,
      ...(c.STREAMBOT_REDIS_URL ? { redisUrl: c.STREAMBOT_REDIS_URL } : {}),
    },
    logLevel: c.STREAMBOT_LOG_LEVEL,
    recommendThreshold: c.STREAMBOT_RECOMMEND_THRESHOLD,
    admins: c.STREAMBOT_ADMINS,
    discord: {
      token: c.DISCORD_TOKEN,
      appId: c.DISCORD_APP_ID,
      guildId: c.DISCORD_GUILD_ID,
      apiUrl: c.DISCORD_API_URL,
    },
    slack: {
      botToken: c.SLACK_BOT_TOKEN,
      signingSecret: c.SLACK_SIGNING_SECRET,
      appToken: c.SLACK_APP_TOKEN,
      apiUrl: c.SLACK_API_URL,
      port: c.PORT,
    },
    keepQuestions: c.STREAMBOT_KEEP_QUESTIONS === '1',
    memoEntries: c.STREAMBOT_MEMO_ENTRIES,
    ...(c.STREAMBOT_METRICS_PORT !== undefined ? { metricsPort: c.STREAMBOT_METRICS_PORT } : {}),
    http: {
      ...(c.STREAMBOT_HTTP_PORT !== undefined ? { port: c.STREAMBOT_HTTP_PORT } : {}),
      ...(c.STREAMBOT_API_TOKEN ? { apiToken: c.STREAMBOT_API_TOKEN } : {}),
      corsOrigins: c.STREAMBOT_CORS_ORIGINS,
      rateLimitPerMinute: c.STREAMBOT_HTTP_RATE_LIMIT,
      workers: c.STREAMBOT_HTTP_WORKERS,
      ...(trustProxy !== undefined ? { trustProxy } : {}),
    },
  };
}

/**
 * What the people who run Streambot watch (Prometheus, `prom-client`): questions by command, adapter,
 * language and outcome, how long answering took, rate-limited requests, deliveries retried and failed,
 * refreshes by outcome and duration, the data build serving and its age, and the process's own metrics.
 * One set per process, like the logger; `GET /metrics` serves it (the HTTP server, the Slack app's port,
 * or STREAMBOT_METRICS_PORT). No label ever carries what someone typed or who they are.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer } from './answer.ts';
import type { Logger } from './log.ts';

/** How a question ended, from the asker's side. */
export type QuestionOutcome = 'answered' | 'prompt' | 'clarify' | 'not_understood' | 'error';

export function outcomeOf(answer: Pick<Answer, 'kind' | 'problem'>): QuestionOutcome {
  switch (answer.problem) {
    case 'missing_argument':
      return 'prompt';
    case 'clarify':
    case 'ambiguous_title':
      return 'clarify';
    case 'not_understood':
      return 'not_understood';
  }
  return answer.kind === 'error' ? 'error' : 'answered';
}

export type Adapter = 'discord' | 'slack' | 'terminal' | 'cli' | 'http';
export type RefreshOutcome = 'done' | 'failed' | 'refused' | 'busy';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'streambot_' });

const questions = new Counter({
  name: 'streambot_questions_total',
  help: 'Questions answered, by command, adapter, language and outcome',
  labelNames: ['command', 'adapter', 'language', 'outcome'] as const,
  registers: [registry],
});

const answerSeconds = new Histogram({
  name: 'streambot_answer_seconds',
  help: 'Time from a question reaching the core to its answer',
  labelNames: ['adapter'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [registry],
});

const rateLimited = new Counter({
  name: 'streambot_rate_limited_total',
  help: 'Requests refused for going faster than the per-person or per-client limit',
  labelNames: ['adapter'] as const,
  registers: [registry],
});

const deliveries = new Counter({
  name: 'streambot_deliveries_total',
  help: 'Answer deliveries tried again after a failure (retried) or given up on (failed)',
  labelNames: ['adapter', 'result'] as const,
  registers: [registry],
});

const refreshes = new Counter({
  name: 'streambot_refreshes_total',
  help: 'Admin refreshes by outcome',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

const refreshSeconds = new Histogram({
  name: 'streambot_refresh_seconds',
  help: 'How long refreshes that ran took',
  labelNames: ['outcome'] as const,
  buckets: [5, 10, 30, 60, 120, 300, 600, 1200],
  registers: [registry],
});

/** The build serving, read when scraped. */
let buildSource: (() => { buildId: string; finishedAt: string | null } | null | undefined) | undefined;

new Gauge({
  name: 'streambot_build_info',
  help: 'The data build serving (value 1, the build id as a label)',
  labelNames: ['build'] as const,
  registers: [registry],
  // Across a cluster's workers: 1 for each build some worker serves, not the number of workers.
  aggregator: 'max',
  collect() {
    this.reset();
    const build = safely(buildSource);
    if (build) this.set({ build: build.buildId }, 1);
  },
});

new Gauge({
  name: 'streambot_build_age_seconds',
  help: 'Seconds since the data build serving was made',
  registers: [registry],
  aggregator: 'max',
  collect() {
    const build = safely(buildSource);
    if (build?.finishedAt) this.set((Date.now() - Date.parse(build.finishedAt)) / 1000);
  },
});

function safely<T>(read: (() => T) | undefined): T | undefined {
  try {
    return read?.();
  } catch {
    return undefined;
  }
}

export const metrics = {
  question(command: string, adapter: Adapter, language: string, answer: Answer, seconds: number): void {
    questions.inc({ command, adapter, language, outcome: outcomeOf(answer) });
    answerSeconds.observe({ adapter }, seconds);
  },
  rateLimited(adapter: Adapter): void {
    rateLimited.inc({ adapter });
  },
  delivery(adapter: Adapter, result: 'retried' | 'failed'): void {
    deliveries.inc({ adapter, result });
  },
  refresh(outcome: RefreshOutcome, seconds?: number): void {
    refreshes.inc({ outcome });
    if (seconds !== undefined) refreshSeconds.observe({ outcome }, seconds);
  },
  /** Where the build gauges read the build serving (the live store of this process). */
  watchBuild(source: typeof buildSource): void {
    buildSource = source;
  },
  contentType: registry.contentType,
  text: () => collect(),
};

let collect: () => Promise<string> = () => registry.metrics();

/** Where `metrics.text` reads from: a clustered server's processes read all the workers' metrics together. */
export function collectMetricsWith(source: () => Promise<string>): void {
  collect = source;
}

/** `GET /metrics` on a port of its own, for a Discord-only or terminal run (STREAMBOT_METRICS_PORT). */
export async function serveMetrics(
  port: number,
  log: Logger,
  host?: string,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.text().then(
      (body) => response.writeHead(200, { 'content-type': metrics.contentType }).end(body),
      (error: unknown) => {
        log.error({ err: (error as Error).message }, 'metrics could not be collected');
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, ...(host ? { host } : {}) }, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  log.info({ event: 'metrics_listening', port: bound }, 'metrics listening');
  return { port: bound, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** `GET /healthz`: 200 with the data build serving now, for load balancers and uptime checks. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';
import type { BotCore } from '../../bot/core.ts';
import type { Logger } from '../../log.ts';
import { HEALTH_PATH } from './paths.ts';

/** The build the core answers from, as its `status` answer names it. */
export function buildIdFromCore(core: BotCore): () => string | undefined {
  return () =>
    core.ask({ command: { name: 'status', args: {} }, conversationId: 'slack:healthz', userId: 'healthz' })
      .answer.build;
}

export function healthRoute(buildId: () => string | undefined, log: Logger): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      let body: { ok: boolean; build?: string; error?: string };
      try {
        const build = buildId();
        body = build === undefined ? { ok: false, error: 'no data build is serving' } : { ok: true, build };
      } catch (error) {
        log.error({ err: (error as Error).message }, 'health check failed');
        body = { ok: false, error: 'the store cannot be read' };
      }
      res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    },
  };
}

export interface RouteServer {
  port: number;
  close(): Promise<void>;
}

/**
 * In Socket Mode nothing else listens on HTTP: the health route gets a server of its own, whose
 * start fails loudly (port taken) instead of crashing later, and whose bound port is known.
 */
export async function serveRoute(route: CustomRoute, port: number, host?: string): Promise<RouteServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === route.path && req.method === 'GET')
      return route.handler(Object.assign(req, { params: {} }), res);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, ...(host ? { host } : {}) }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Streambot over HTTP (Fastify): the client's original API, `/v1`, the docs and the web chat page.
 * `startHttp` listens on its own port; `httpApiHandler` serves the same app through another server's
 * requests (the Slack app's port in Slack HTTP mode, for every path Slack's receiver does not serve).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpApi, type HttpApiOptions } from './http/api.ts';

export interface HttpHandle {
  port: number;
  stop(): Promise<void>;
}

export async function startHttp(
  options: HttpApiOptions & { port: number; host?: string },
): Promise<HttpHandle> {
  const app = await createHttpApi(options);
  await app.listen({ port: options.port, host: options.host ?? '0.0.0.0' });
  const port = (app.server.address() as AddressInfo).port;
  options.logger.info({ adapter: 'http', port }, 'http api listening');
  return { port, stop: () => app.close() };
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface MountedApi {
  handle: RequestHandler;
  close(): Promise<void>;
}

export async function httpApiHandler(options: HttpApiOptions): Promise<MountedApi> {
  let handler: RequestHandler | undefined;
  const app = await createHttpApi({
    ...options,
    // Fastify's own server never listens: the host server passes requests to its handler.
    serverFactory: (fastifyHandler) => {
      handler = fastifyHandler;
      return createServer();
    },
  });
  return { handle: (request, response) => handler!(request, response), close: () => app.close() };
}

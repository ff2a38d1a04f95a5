/**
 * A fake Slack on 127.0.0.1: the Web API (`/api/<method>`, form-encoded like the real client sends),
 * `response_url` endpoints (`/respond/<id>`, JSON) and the upload URLs `files.getUploadURLExternal` hands
 * out (`/upload/<file id>`, the file's bytes). It records every call for the test to read.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  /** The bearer token the client sent. */
  token: string | undefined;
  /** Form fields, with JSON-encoded values (blocks, …) decoded. */
  params: Record<string, unknown>;
}

export interface ResponseUrlCall {
  id: string;
  body: Record<string, unknown>;
}

export interface Upload {
  fileId: string;
  /** The request body as sent to the upload URL. */
  body: Buffer;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL. */
  apiUrl: string;
  responseUrl(id: string): string;
  apiCalls: ApiCall[];
  responses: ResponseUrlCall[];
  uploads: Upload[];
  /**
   * Queues failures for the next posts to `/respond/<id>`, `times` of them: HTTP 500, 429 (with
   * `Retry-After: 0`), or the connection dropped. Every attempt is counted in `responseAttempts`.
   */
  failResponses(id: string, how: 500 | 429 | 'drop', times?: number): void;
  responseAttempts(id: string): number;
  /** Calls that post a message (chat.postMessage, chat.postEphemeral). */
  posts(): ApiCall[];
  /** Resolves once `check()` holds (for replies sent after the app acknowledged, as in Socket Mode). */
  until(check: () => boolean, what: string): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

let nextTs = 1_700_000_000;

export interface FakeSlackOptions {
  /** What `apps.connections.open` hands a Socket Mode client. */
  socketUrl?: string;
  /** Channels the bot is not a member of: posting there fails with `not_in_channel`, as in Slack. */
  notInChannels?: string[];
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const apiCalls: ApiCall[] = [];
  const responses: ResponseUrlCall[] = [];
  const uploads: Upload[] = [];
  let nextFile = 1;
  const failures = new Map<string, (500 | 429 | 'drop')[]>();
  const attempts = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      const params = decodeForm(raw);
      const auth = req.headers.authorization;
      apiCalls.push({ method, token: auth?.replace(/^Bearer /, ''), params });
      nextTs += 1;
      const ts = `${nextTs}.000100`;
      if (method.startsWith('chat.') && options.notInChannels?.includes(String(params.channel)))
        return reply(200, { ok: false, error: 'not_in_channel' });
      if (method === 'chat.postMessage')
        return reply(200, { ok: true, channel: params.channel, ts, message: { ts } });
      if (method === 'chat.update')
        return reply(200, { ok: true, channel: params.channel, ts: params.ts, text: params.text });
      if (method === 'chat.postEphemeral') return reply(200, { ok: true, message_ts: ts });
      if (method === 'files.getUploadURLExternal') {
        const fileId = `F${nextFile++}`;
        return reply(200, { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId });
      }
      if (method === 'files.completeUploadExternal') {
        if (options.notInChannels?.includes(String(params.channel_id)))
          return reply(200, { ok: false, error: 'not_in_channel' });
        return reply(200, { ok: true, files: params.files });
      }
      if (method === 'apps.connections.open' && options.socketUrl)
        return reply(200, { ok: true, url: options.socketUrl });
      return reply(200, { ok: false, error: 'unknown_method' });
    }
    if (path.startsWith('/upload/')) {
      uploads.push({ fileId: path.slice('/upload/'.length), body: bytes });
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('OK');
    }
    if (path.startsWith('/respond/')) {
      const id = path.slice('/respond/'.length);
      attempts.set(id, (attempts.get(id) ?? 0) + 1);
      const how = failures.get(id)?.shift();
      if (how !== undefined) {
        if (how === 'drop') return req.socket.destroy();
        if (how === 429) {
          res.writeHead(429, { 'retry-after': '0', 'content-type': 'text/plain' });
          return res.end('rate limited');
        }
        return reply(500, { ok: false, error: 'internal_error' });
      }
      responses.push({ id, body: JSON.parse(raw) });
      return reply(200, { ok: true });
    }
    reply(404, { ok: false, error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    apiCalls,
    responses,
    uploads,
    failResponses(id, how, times = 1) {
      failures.set(id, [...(failures.get(id) ?? []), ...Array<typeof how>(times).fill(how)]);
    },
    responseAttempts: (id) => attempts.get(id) ?? 0,
    posts: () => apiCalls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral'),
    async until(check, what) {
      for (let waited = 0; !check(); waited += 10) {
        if (waited > 10_000) throw new Error(`fake Slack never saw ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    reset() {
      apiCalls.length = 0;
      responses.length = 0;
      uploads.length = 0;
      failures.clear();
      attempts.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function decodeForm(raw: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real discord.js client: the REST API it
 * calls (recorded, answered like Discord) and a JSON gateway (HELLO, heartbeats, IDENTIFY → READY →
 * GUILD_CREATE, RESUME → RESUMED, dispatches routed to the shard that owns the guild).
 *
 * Point a client at it with `rest: { api: fake.apiUrl }` (or `DISCORD_API_URL=fake.apiUrl`); the client
 * finds the gateway through `GET /gateway/bot`. Facts checked against discord.js 14.28 / @discordjs/ws 1.2.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

const API_PREFIX = '/api/v10';
const GATEWAY_PATH = '/gateway';
const DISCORD_EPOCH = 1420070400000n;
/** Long enough that no heartbeat falls inside a test; the client sends its first one at random before it. */
const HEARTBEAT_INTERVAL_MS = 41_250;
const WAIT_TIMEOUT_MS = 5_000;

export const EPHEMERAL_FLAG = 64;
export const InteractionCallback = {
  Message: 4,
  DeferredMessage: 5,
  UpdateMessage: 7,
  Autocomplete: 8,
} as const;

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, URL-decoded (`/webhooks/1/abc/messages/@original`). */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  /** JSON, or a multipart request's `payload_json`. */
  body: unknown;
  /** The files of a multipart request (messages with attachments). */
  files?: RecordedFile[];
}

export interface RecordedFile {
  /** The form field (`files[0]`, …). */
  field: string;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

export type RequestMatcher =
  | { method: string; path: string | RegExp }
  | ((request: RecordedRequest) => boolean);

/** A slash command option as Discord sends it (type 3 string, 4 integer, 10 number). */
export interface FakeOption {
  name: string;
  type: 3 | 4 | 10;
  value: string | number;
  focused?: boolean;
}

export interface FakeInteractionInput {
  name: string;
  options?: FakeOption[];
  user?: FakeUser;
  /** Discord locale of the user, e.g. `en-US`, `es-ES`. */
  locale?: string;
  /** Omit for an interaction in a DM. */
  guildId?: string | null;
  channelId?: string;
}

export interface FakeButtonInput extends Omit<FakeInteractionInput, 'name' | 'options'> {
  customId: string;
  /** The message the button sits under (its embeds and components as the bot sent them). */
  messageId?: string;
  embeds?: unknown[];
  components?: unknown[];
}

export interface SentInteraction {
  id: string;
  token: string;
  /** The path of the first response (`/interactions/{id}/{token}/callback`). */
  callbackPath: string;
  /** The path of edits to the original response (after a deferral). */
  originalPath: string;
  /** The path of follow-up messages. */
  followUpPath: string;
}

export interface FakeMessageInput {
  content: string;
  author?: FakeUser;
  /** Omit for a DM. */
  guildId?: string;
  channelId?: string;
  /** Address the bot by its user mention, or by its managed role as some clients insert it. */
  mentionsBot?: boolean | 'role';
}

interface Session {
  socket: WebSocket;
  sessionId: string;
  shard: [number, number];
  sequence: number;
  identified: boolean;
}

export interface FakeDiscordOptions {
  /** What `GET /gateway/bot` recommends. */
  shards?: number;
  /** How many shards may identify at once (`session_start_limit.max_concurrency`). */
  maxConcurrency?: number;
}

let snowflakeCounter = 0n;
/** A fresh, increasing snowflake. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (snowflakeCounter & 0x3fffffn)).toString();
}

export function fakeUser(username: string, extra: Partial<FakeUser> = {}): FakeUser {
  return { id: snowflake(), username, global_name: username, discriminator: '0', avatar: null, ...extra };
}

export class FakeDiscord {
  readonly appId = snowflake();
  readonly botUser = fakeUser('streambot', { bot: true });
  readonly token = `fake.${randomBytes(12).toString('hex')}`;
  /** One guild with one text channel, announced to the shard that owns it. */
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  /** The role Discord creates for the bot in the guild. */
  readonly botRoleId = snowflake();
  readonly requests: RecordedRequest[] = [];
  /** Every IDENTIFY and RESUME received, in order. */
  readonly handshakes: { op: 'identify' | 'resume'; shard?: [number, number]; intents?: number }[] = [];

  #http: Server;
  #gateway: WebSocketServer;
  #sessions = new Set<Session>();
  #resumable = new Map<string, Session>();
  #waiters = new Set<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }>();
  #shards: number;
  #maxConcurrency: number;
  #refuse: ((request: RecordedRequest) => boolean)[] = [];

  private constructor(options: FakeDiscordOptions) {
    this.#shards = options.shards ?? 1;
    this.#maxConcurrency = options.maxConcurrency ?? 1;
    this.#http = createServer((request, response) => {
      this.#handleHttp(request, response).catch((error: unknown) => {
        sendJson(response, 500, { message: String(error), code: 0 });
      });
    });
    this.#gateway = new WebSocketServer({ server: this.#http, path: GATEWAY_PATH });
    this.#gateway.on('connection', (socket) => this.#handleConnection(socket));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.#http.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.#http.address() as AddressInfo).port;
  }

  /** The REST base for discord.js (`rest.api`) and `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}${GATEWAY_PATH}`;
  }

  /** Resolves with the first request (already received or still to come) that matches. */
  waitForRequest(matcher: RequestMatcher, timeoutMs = WAIT_TIMEOUT_MS): Promise<RecordedRequest> {
    const match = toPredicate(matcher);
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (request: RecordedRequest) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const got = this.requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none';
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms (received: ${got})`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Resolves once `count` shards have identified (or resumed) and been sent READY. */
  async waitForSessions(count: number, timeoutMs = WAIT_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#readySessions().length < count) {
      if (Date.now() > deadline) throw new Error(`fake Discord: ${count} shard(s) not connected in time`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Gateway connections open now (identified or not). */
  get openConnections(): number {
    return [...this.#sessions].filter((s) => s.socket.readyState === s.socket.OPEN).length;
  }

  /** Sends a dispatch to the shard that owns `guildId` (shard 0 for DMs). */
  dispatch(type: string, data: unknown, guildId?: string | null): void {
    const sessions = this.#readySessions();
    const target = sessions.find((s) => s.shard[0] === shardOf(guildId, s.shard[1]));
    if (!target) throw new Error(`fake Discord: no connected shard for guild ${guildId ?? '(DM)'}`);
    this.#send(target, { op: 0, t: type, s: ++target.sequence, d: data });
  }

  /** Sends a chat-input command (type 2) or, when an option is focused, an autocomplete (type 4). */
  sendInteraction(input: FakeInteractionInput): SentInteraction {
    const autocomplete = input.options?.some((o) => o.focused) ?? false;
    return this.#interaction(autocomplete ? 4 : 2, input, {
      data: { id: snowflake(), name: input.name, type: 1, options: input.options ?? [] },
    });
  }

  /** A click on a button (type 3, component 2) under a message the bot sent. */
  sendButton(input: FakeButtonInput): SentInteraction {
    const message = messageObject({
      id: input.messageId ?? snowflake(),
      channelId: input.channelId ?? this.channelId,
      author: this.botUser,
      embeds: input.embeds ?? [],
    });
    return this.#interaction(3, input, {
      data: { custom_id: input.customId, component_type: 2 },
      message: { ...message, components: input.components ?? [] },
    });
  }

  /** A form (modal) the bot showed, sent back with the values typed in its text inputs (type 5). */
  sendModalSubmit(
    input: Omit<FakeInteractionInput, 'name' | 'options'> & {
      customId: string;
      values: Record<string, string>;
    },
  ): SentInteraction {
    return this.#interaction(5, input, {
      data: {
        custom_id: input.customId,
        components: Object.entries(input.values).map(([customId, value]) => ({
          type: 1,
          components: [{ type: 4, custom_id: customId, value }],
        })),
      },
    });
  }

  #interaction(
    type: 2 | 3 | 4 | 5,
    input: Omit<FakeInteractionInput, 'name'>,
    extra: object,
  ): SentInteraction {
    const id = snowflake();
    const token = `itoken${randomBytes(16).toString('hex')}`;
    const user = input.user ?? fakeUser('asker');
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    const channelId = input.channelId ?? this.channelId;
    const base = {
      id,
      token,
      application_id: this.appId,
      type,
      version: 1,
      locale: input.locale ?? 'en-US',
      app_permissions: '0',
      entitlements: [],
      ...extra,
    };
    const where = guildId
      ? {
          guild_id: guildId,
          guild_locale: 'en-US',
          context: 0,
          authorizing_integration_owners: { 0: guildId },
          channel_id: channelId,
          channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
          member: {
            user,
            roles: [],
            joined_at: new Date().toISOString(),
            permissions: '0',
            deaf: false,
            mute: false,
          },
        }
      : {
          context: 1,
          authorizing_integration_owners: { 1: user.id },
          channel_id: channelId,
          channel: { id: channelId, type: 1, recipients: [user] },
          user,
        };
    this.dispatch('INTERACTION_CREATE', { ...base, ...where }, guildId);
    return {
      id,
      token,
      callbackPath: `/interactions/${id}/${token}/callback`,
      originalPath: `/webhooks/${this.appId}/${token}/messages/@original`,
      followUpPath: `/webhooks/${this.appId}/${token}`,
    };
  }

  /** Sends a MESSAGE_CREATE in the guild channel, or in a DM when no guild is given. */
  sendMessage(input: FakeMessageInput): { id: string; channelId: string } {
    const id = snowflake();
    const channelId = input.channelId ?? (input.guildId ? this.channelId : snowflake());
    const author = input.author ?? fakeUser('asker');
    const viaRole = input.mentionsBot === 'role';
    const mention = input.mentionsBot ? (viaRole ? `<@&${this.botRoleId}> ` : `<@${this.botUser.id}> `) : '';
    const data = {
      ...messageObject({
        id,
        channelId,
        author,
        content: `${mention}${input.content}`,
        mentions: input.mentionsBot && !viaRole ? [this.botUser] : [],
      }),
      mention_roles: viaRole ? [this.botRoleId] : [],
      ...(input.guildId
        ? {
            guild_id: input.guildId,
            member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false },
          }
        : { channel_type: 1 }),
    };
    this.dispatch('MESSAGE_CREATE', data, input.guildId);
    return { id, channelId };
  }

  /** From now on, answers matching requests with Discord's 400 "Invalid Form Body" (no retry). */
  failRequests(matcher: RequestMatcher): void {
    this.#refuse.push(toPredicate(matcher));
  }

  /** Closes every gateway connection with `code` (4000 lets the client resume). */
  dropConnections(code = 4000): void {
    for (const session of this.#sessions) session.socket.close(code, 'fake Discord dropped the connection');
  }

  async close(): Promise<void> {
    for (const session of this.#sessions) session.socket.terminate();
    this.#gateway.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  #readySessions(): Session[] {
    return [...this.#sessions].filter((s) => s.identified && s.socket.readyState === s.socket.OPEN);
  }

  #handleConnection(socket: WebSocket): void {
    const session: Session = { socket, sessionId: '', shard: [0, 1], sequence: 0, identified: false };
    this.#sessions.add(session);
    socket.on('close', () => this.#sessions.delete(session));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null };
      this.#handleGatewayPayload(session, payload);
    });
    this.#send(session, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  }

  #handleGatewayPayload(session: Session, payload: { op: number; d: Record<string, unknown> | null }): void {
    switch (payload.op) {
      case 1: // heartbeat → ack, or the client drops the connection as a zombie
        this.#send(session, { op: 11 });
        return;
      case 2: {
        const d = payload.d ?? {};
        const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
        this.handshakes.push({ op: 'identify', shard, intents: d.intents as number });
        session.shard = shard;
        session.sessionId = randomBytes(8).toString('hex');
        this.#resumable.set(session.sessionId, session);
        const ownsGuild = shardOf(this.guildId, shard[1]) === shard[0];
        this.#send(session, {
          op: 0,
          t: 'READY',
          s: ++session.sequence,
          d: {
            v: 10,
            user: this.botUser,
            guilds: ownsGuild ? [{ id: this.guildId, unavailable: true }] : [],
            application: { id: this.appId, flags: 0 },
            session_id: session.sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard,
          },
        });
        if (ownsGuild)
          this.#send(session, { op: 0, t: 'GUILD_CREATE', s: ++session.sequence, d: this.#guild() });
        session.identified = true;
        return;
      }
      case 6: {
        const previous = this.#resumable.get(String(payload.d?.session_id));
        if (!previous) {
          this.#send(session, { op: 9, d: false });
          return;
        }
        this.handshakes.push({ op: 'resume', shard: previous.shard });
        Object.assign(session, {
          sessionId: previous.sessionId,
          shard: previous.shard,
          sequence: previous.sequence,
        });
        this.#resumable.set(session.sessionId, session);
        this.#send(session, { op: 0, t: 'RESUMED', s: ++session.sequence, d: {} });
        session.identified = true;
        return;
      }
      default:
        return;
    }
  }

  #guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Streambot test guild',
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      preferred_locale: 'en-US',
      features: [],
      roles: [
        { id: this.guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false },
        {
          id: this.botRoleId,
          name: this.botUser.username,
          permissions: '0',
          position: 1,
          color: 0,
          hoist: false,
          managed: true,
          tags: { bot_id: this.botUser.id },
        },
      ],
      channels: [{ id: this.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
      members: [],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  #send(session: Session, payload: unknown): void {
    session.socket.send(JSON.stringify(payload));
  }

  async #handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const bytes = await readBody(request);
    const raw = bytes.toString('utf8');
    const contentType = request.headers['content-type'] ?? '';
    const multipart = contentType.startsWith('multipart/form-data')
      ? parseMultipart(bytes, contentType)
      : undefined;
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(API_PREFIX, '')),
      query: url.searchParams,
      authorization: request.headers.authorization,
      body: multipart
        ? multipart.payload
        : raw && contentType.startsWith('application/json')
          ? JSON.parse(raw)
          : raw || undefined,
      ...(multipart ? { files: multipart.files } : {}),
    };
    this.requests.push(recorded);
    const refused = this.#refuse.some((match) => match(recorded));
    const [status, body] = refused
      ? [400, { message: 'Invalid Form Body (refused by the fake)', code: 50035 }]
      : this.#answer(recorded);
    if (body === undefined) {
      response.writeHead(status).end();
    } else {
      sendJson(response, status, body);
    }
    for (const waiter of this.#waiters) {
      if (waiter.match(recorded)) {
        this.#waiters.delete(waiter);
        waiter.resolve(recorded);
      }
    }
  }

  /** Discord's answer to each route the client uses; unknown routes get Discord's 404 shape. */
  #answer(request: RecordedRequest): [number, unknown] {
    const { method, path } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (method === 'GET' && path === '/gateway/bot') {
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.#shards,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: this.#maxConcurrency,
          },
        },
      ];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    const webhook = path.match(/^\/webhooks\/\d+\/[^/]+(?:\/messages\/(.+))?$/);
    if (webhook) {
      if (method === 'DELETE') return [204, undefined];
      return [
        200,
        messageObject({ id: snowflake(), channelId: this.channelId, author: this.botUser, ...body }),
      ];
    }
    const channelMessages = path.match(/^\/channels\/(\d+)\/messages$/);
    if (method === 'POST' && channelMessages) {
      const channelId = channelMessages[1] ?? '';
      return [200, messageObject({ id: snowflake(), channelId, author: this.botUser, ...body })];
    }
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) return [204, undefined];
    if (
      method === 'PUT' &&
      /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) &&
      Array.isArray(body)
    ) {
      return [
        200,
        body.map((command: object) => ({
          id: snowflake(),
          application_id: this.appId,
          version: snowflake(),
          ...command,
        })),
      ];
    }
    return [404, { message: `Unknown route ${method} ${path}`, code: 0 }];
  }
}

/** Which shard receives a guild's events (Discord's formula; DMs go to shard 0). */
export function shardOf(guildId: string | null | undefined, shardCount: number): number {
  if (!guildId) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

function messageObject(input: {
  id: string;
  channelId: string;
  author: FakeUser;
  content?: unknown;
  embeds?: unknown;
  mentions?: FakeUser[];
}): Record<string, unknown> {
  return {
    id: input.id,
    channel_id: input.channelId,
    author: input.author,
    content: typeof input.content === 'string' ? input.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(input.embeds) ? input.embeds : [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

function toPredicate(matcher: RequestMatcher): (request: RecordedRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  return (request) =>
    request.method === matcher.method &&
    (typeof matcher.path === 'string' ? request.path === matcher.path : matcher.path.test(request.path));
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** A multipart/form-data body as discord.js sends it: `payload_json` and the files, byte for byte. */
function parseMultipart(body: Buffer, contentType: string): { payload: unknown; files: RecordedFile[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const delimiter = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  let payload: unknown;
  const files: RecordedFile[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    // Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const field = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename !== undefined) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1];
      files.push({ field, filename, contentType: type, data: Buffer.from(content) });
    } else if (field === 'payload_json') payload = JSON.parse(content.toString('utf8'));
    start = next;
  }
  return { payload, files };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

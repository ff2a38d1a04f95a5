/**
 * The HTTP API on the demo store, through Fastify's whole request path (routing, schema validation,
 * handlers, serialization) with the real core: the client's original routes, /v1, errors and limits,
 * the OpenAPI contract and its examples, and garbage never answered with a 5xx.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RefreshService } from '../../src/admin/refresh.ts';
import { askQuestion, plainAnswer, type QuestionName, questionJson } from '../../src/catalog/index.ts';
import { DEMO_RAW_DIR } from '../../src/config.ts';
import type { UserId } from '../../src/domain.ts';
import { predict } from '../../src/recommender/predict.ts';
import { MemoryState } from '../../src/state/memory-state.ts';
import { fuzzedRequests } from './fuzz-requests.ts';
import { type ApiHarness, quiet, startApi } from './harness.ts';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi(inject('stores').demo);
});
afterAll(async () => {
  await api?.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  api.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  api.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('the client’s original routes', () => {
  const cases: { name: QuestionName; spanish: string; english: string; input: Record<string, string> }[] = [
    {
      name: 'get_max_duration',
      spanish: 'varanio=2014&varplataforma=netflix&vartipo=min',
      english: 'year=2014&platform=netflix&duration_type=min',
      input: { year: '2014', platform: 'netflix', durationType: 'min' },
    },
    {
      name: 'get_score_count',
      spanish: 'varplataforma=amazon&varpuntaje=3.2&varanio=2019',
      english: 'platform=amazon&scored=3.2&year=2019',
      input: { platform: 'amazon', scored: '3.2', year: '2019' },
    },
    {
      name: 'get_count_platform',
      spanish: 'varplataforma=netflix',
      english: 'platform=netflix',
      input: { platform: 'netflix' },
    },
    {
      name: 'get_actor',
      spanish: 'varplataforma=disney&varanio=2021',
      english: 'platform=disney&year=2021',
      input: { platform: 'disney', year: '2021' },
    },
  ];

  it.each(cases)(
    '$name answers the bare value with either parameter spelling, and the whole result with format=full',
    async ({ name, spanish, english, input }) => {
      const expected = askQuestion(api.live.current(), name, input);
      if (!expected.ok) throw new Error(expected.error.message);
      for (const query of [spanish, english]) {
        const response = await get(`/${name}?${query}`);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(response.json()).toEqual(plainAnswer(expected.value));
      }
      expect((await get(`/${name}?${spanish}&format=full`)).json()).toEqual(
        JSON.parse(JSON.stringify(questionJson(name, expected.value))),
      );
    },
  );

  it('answers bad input with 400 and a JSON reason: the nearest platform, the year range, the parameter', async () => {
    const misspelt = await get('/get_count_platform?varplataforma=netflx');
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().error).toMatchObject({ code: 'unknown_platform', suggestions: ['netflix'] });
    expect(misspelt.json().error.message).toMatch(/did you mean netflix/i);

    const absurd = await get('/get_actor?varplataforma=hulu&varanio=30000');
    expect(absurd.statusCode).toBe(400);
    expect(absurd.json().error.code).toBe('invalid_year');

    const unknown = await get('/get_count_platform?varplataforma=hulu&plataforma=hulu');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('"plataforma"');

    const conflicting = await get('/get_count_platform?varplataforma=hulu&platform=netflix');
    expect(conflicting.json().error.code).toBe('conflicting_arguments');

    const missing = await get('/get_actor?varplataforma=hulu');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('missing_argument');
    for (const response of [misspelt, absurd, unknown, conflicting, missing])
      expect(response.body).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('/v1', () => {
  it('answers every question command by URL as it answers in chat', async () => {
    const count = await get('/v1/get_count_platform?platform=hulu');
    expect(count.statusCode).toBe(200);
    const expected = askQuestion(api.live.current(), 'get_count_platform', { platform: 'hulu' });
    expect(count.json().command).toEqual({ name: 'get_count_platform', args: { platform: 'hulu' } });
    expect(JSON.stringify(count.json().answer.fields)).toContain(
      String(expected.ok && plainAnswer(expected.value)),
    );

    const list = await get('/v1/list_titles?platform=netflix&sort=duration&limit=3');
    expect(list.statusCode).toBe(200);
    expect(list.json().answer.table.rows).toHaveLength(3);

    const spanish = await get('/v1/get_count_platform?platform=hulu&lang=es');
    expect(spanish.json().answer.locale).toBe('es');
    const accepted = await get('/v1/get_count_platform?platform=hulu', {
      'accept-language': 'es-ES,es;q=0.9',
    });
    expect(accepted.json().answer.locale).toBe('es');
  });

  it('says what is wrong with the status it deserves: 404 unknown title, 400 bad or missing argument', async () => {
    const unknownTitle = await get('/v1/title_info?title=zzqqxx%20nothing');
    expect(unknownTitle.statusCode).toBe(404);
    expect(unknownTitle.json().error.code).toBe('unknown_title');

    const platform = await get('/v1/get_max_duration?platform=hulo');
    expect(platform.statusCode).toBe(400);
    expect(platform.json().error.message).toMatch(/hulu/i);

    const missing = await get('/v1/get_actor?platform=hulu');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('missing_argument');

    const range = await get('/v1/get_actor?platform=hulu&year=1066');
    expect(range.statusCode).toBe(400);
    expect(range.json().error).toEqual({
      code: 'invalid_argument',
      message: expect.stringMatching(/^"year" must be at least \d{4}\.$/),
    });

    const choice = await get('/v1/get_max_duration?duration_type=hours');
    expect(choice.json().error.message).toBe('"duration_type" must be one of: min, season.');
  });

  it('draws a chart as PNG or SVG', async () => {
    const png = await get('/v1/chart?kind=titles_per_year&platform=netflix&format=png');
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const svg = await get('/v1/chart?kind=platforms&format=svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body).toMatch(/^<svg/);
  });

  it('continues a conversation over /v1/ask, and starts a new one without its id', async () => {
    const first = await post('/v1/ask', { text: 'longest movie on netflix in 2020' });
    expect(first.statusCode).toBe(200);
    const { conversation } = first.json();
    expect(conversation).toMatch(/^[\w-]+$/);
    const followUp = await post('/v1/ask', { text: 'and on hulu?', conversation });
    expect(followUp.json().command).toMatchObject({
      name: 'get_max_duration',
      args: { platform: 'hulu', year: 2020 },
    });
    expect(followUp.json().conversation).toBe(conversation);
    const fresh = await post('/v1/ask', { text: 'and on hulu?' });
    expect(fresh.json().conversation).not.toBe(conversation);
    expect(fresh.json().command.args.year).toBeUndefined();

    const spanish = await post('/v1/ask', { text: '¿cuántas películas tiene hulu?' });
    expect(spanish.json().answer.locale).toBe('es');
    const chart = await post('/v1/ask', { text: 'chart of titles per year on netflix' });
    expect(chart.json().chartUrl).toBe('/v1/chart?kind=titles_per_year&platform=netflix&format=png');
    expect((await get(chart.json().chartUrl)).headers['content-type']).toBe('image/png');
  });

  it('scores a batch of pairs as the recommender does, keeping a bad pair in its place', async () => {
    const pairs = [
      { user: 42, title: 'ns123' },
      { user: 7, title: 'NOPE1' },
      { user: 3, title: 'hs5' },
    ];
    const response = await post('/v1/predict', { pairs });
    expect(response.statusCode).toBe(200);
    const { predictions } = response.json();
    expect(predictions).toHaveLength(3);
    for (const index of [0, 2]) {
      const pair = pairs[index]!;
      const expected = predict(api.live.current(), pair.user as UserId, pair.title);
      if (!expected.ok) throw new Error(expected.error.message);
      expect(predictions[index]).toMatchObject({
        user: pair.user,
        title: pair.title,
        estimate: expected.value.estimate,
        verdict: expected.value.verdict,
      });
    }
    expect(predictions[1]).toEqual({
      user: 7,
      title: 'NOPE1',
      error: '"NOPE1" is not the id of a title in the catalog',
    });

    // "1e309" reads as Infinity: refused as a bad argument (it was a 500).
    const infinite = await post('/v1/predict', { pairs: [{ user: '1e309', title: 'ns123' }] });
    expect(infinite.statusCode).toBe(400);
    expect(infinite.json().error.code).toBe('invalid_argument');

    const tooMany = await post('/v1/predict', { pairs: Array(10_001).fill({ user: 1, title: 'ns1' }) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toBe('"pairs" must have at most 10000 items.');
    const huge = await post('/v1/predict', { pairs: [{ user: 1, title: 'x'.repeat(2 * 1024 * 1024) }] });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('body_too_large');
  });

  it('names the data build at /healthz', async () => {
    const health = await get('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ ok: true, build: expect.stringMatching(/^\d{8}T\d{6}Z-/) });
  });
});

describe('limits and access', () => {
  it('limits each client to its requests a minute with 429 and Retry-After; another client is served', async () => {
    const limited = await startApi(inject('stores').demo, { rateLimitPerMinute: 3 });
    try {
      const from = (remoteAddress: string) =>
        limited.app.inject({ method: 'GET', url: '/get_count_platform?varplataforma=hulu', remoteAddress });
      for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).statusCode).toBe(200);
      const refused = await from('10.0.0.1');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50);
      expect(refused.json().error.code).toBe('rate_limited');
      expect((await from('10.0.0.2')).statusCode).toBe(200);
      // An IPv6 subscriber holds a /64: its addresses share one limit.
      for (let i = 0; i < 3; i++) expect((await from(`2001:db8:1:2::${i + 1}`)).statusCode).toBe(200);
      expect((await from('2001:db8:1:2:ffff::9')).statusCode).toBe(429);
      expect((await from('2001:db8:1:3::1')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('keeps CORS closed unless origins are listed, then opens it to those alone', async () => {
    const closed = await get('/get_count_platform?varplataforma=hulu', { origin: 'https://evil.example' });
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const open = await startApi(inject('stores').demo, { corsOrigins: ['https://dash.example'] });
    try {
      const allowed = await open.app.inject({
        method: 'GET',
        url: '/get_count_platform?varplataforma=hulu',
        headers: { origin: 'https://dash.example' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://dash.example');
      const other = await open.app.inject({
        method: 'GET',
        url: '/get_count_platform?varplataforma=hulu',
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it('refuses a client behind a trusted proxy that forwards "api-token" as its address, running nothing', async () => {
    const state = new MemoryState();
    const proxied = await startApi(
      inject('stores').demo,
      { apiToken: 'a-long-random-api-token-1234', trustProxy: true },
      {
        refresh: (live) =>
          new RefreshService({ live, rawDir: DEMO_RAW_DIR, admins: [], logger: quiet, state }),
      },
    );
    try {
      const forged = await proxied.app.inject({
        method: 'POST',
        url: '/v1/refresh',
        headers: { 'x-forwarded-for': 'api-token' },
      });
      expect(forged.statusCode).toBe(401);
      expect(await state.auditLog(5)).toEqual([
        expect.objectContaining({ action: 'refused_refresh', via: 'http', who: 'http:127.0.0.1' }),
      ]);
    } finally {
      await proxied.close();
    }
  });

  it('refreshes only with the bearer token: off without one, a wrong one refused, logged and audited', async () => {
    expect((await post('/v1/refresh', {})).json().error.code).toBe('refresh_disabled');

    const dir = mkdtempSync(join(tmpdir(), 'streambot-http-refresh-'));
    const logs: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    const state = new MemoryState();
    try {
      copyFileSync(inject('stores').demo, join(dir, 'live.db'));
      const token = 'a-long-random-api-token-1234';
      const served = await startApi(
        join(dir, 'live.db'),
        { apiToken: token },
        {
          logger,
          refresh: (live) => new RefreshService({ live, rawDir: DEMO_RAW_DIR, admins: [], logger, state }),
        },
      );
      try {
        const wrong = await served.app.inject({
          method: 'POST',
          url: '/v1/refresh',
          headers: { authorization: 'Bearer not-the-token' },
        });
        expect(wrong.statusCode).toBe(401);
        expect(wrong.headers['www-authenticate']).toBe('Bearer');
        expect(logs).toContainEqual(expect.objectContaining({ event: 'refresh_refused', via: 'http' }));
        expect(JSON.stringify(logs)).not.toContain('not-the-token');

        const right = await served.app.inject({
          method: 'POST',
          url: '/v1/refresh',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(right.statusCode).toBe(200);
        expect(right.json().answer.headline).toMatch(/^Data refreshed in/);
        expect(await state.auditLog(5)).toEqual([
          expect.objectContaining({ action: 'refresh', via: 'http', who: 'the API token', outcome: 'done' }),
          expect.objectContaining({ action: 'refused_refresh', via: 'http' }),
        ]);
        expect(JSON.stringify(logs)).not.toContain(token);
      } finally {
        await served.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the OpenAPI contract', () => {
  it('validates as OpenAPI 3.1, and every operation answers its own example', async () => {
    const spec = (await get('/openapi.json')).json();
    const validation = await new Validator().validate(spec);
    expect(validation.errors).toBeUndefined();
    expect(validation.valid).toBe(true);
    expect(spec.openapi).toBe('3.1.0');

    const operations = Object.entries(spec.paths as Record<string, Record<string, OpenApiOperation>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.map((o) => o.path)).toEqual(
      expect.arrayContaining([
        '/get_max_duration',
        '/v1/ask',
        '/v1/predict',
        '/v1/recommend_for_user',
        '/v1/list_titles',
      ]),
    );
    for (const { path, method, operation } of operations) {
      const query = new URLSearchParams();
      for (const parameter of operation.parameters ?? []) {
        const example = parameter.example ?? parameter.schema?.examples?.[0];
        if (example !== undefined) query.set(parameter.name, String(example));
        else expect(parameter.required, `${path} ${parameter.name} has no example`).not.toBe(true);
      }
      const content = operation.requestBody?.content['application/json'];
      const body = content?.example ?? content?.schema?.examples?.[0];
      const response = await api.app.inject({
        method: method.toUpperCase() as 'GET',
        url: `${path}${query.size ? `?${query}` : ''}`,
        ...(body ? { payload: body } : {}),
      });
      const documented = Object.keys(operation.responses ?? {});
      expect(documented, `${method} ${path}`).toContain(String(response.statusCode));
      // Feedback names an answer given earlier: its example's id names none, which is said with 404.
      if (path === '/v1/feedback')
        expect(['unknown_answer', 'not_kept']).toContain(response.json().error.code);
      else if (!operation.tags?.includes('admin'))
        expect(response.statusCode, `${method} ${path}: ${response.body.slice(0, 200)}`).toBe(200);
    }
  });
});

interface OpenApiOperation {
  tags?: string[];
  parameters?: { name: string; required?: boolean; example?: unknown; schema?: { examples?: unknown[] } }[];
  requestBody?: { content: Record<string, { example?: unknown; schema?: { examples?: unknown[] } }> };
  responses?: Record<string, unknown>;
}

describe('garbage', () => {
  it('answers 1,000 fuzzed query strings and bodies with 4xx or an answer, never a 5xx', async () => {
    const next = fuzzedRequests(2026_1129);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1_000; i++) {
      const request = next();
      const response = await api.app.inject({
        method: request.method,
        url: request.url,
        ...(request.body !== undefined
          ? { payload: request.body, headers: { 'content-type': request.contentType ?? 'application/json' } }
          : {}),
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      expect(
        response.statusCode,
        `${request.method} ${request.url}: ${response.body.slice(0, 300)}`,
      ).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^(application\/json|image\/(png|svg\+xml))/);
    }
    expect(statuses.get(400)).toBeGreaterThan(100);
  });
});

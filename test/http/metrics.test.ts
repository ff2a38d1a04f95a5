/**
 * `GET /metrics` scraped around 1,000 mixed questions sent over HTTP (plain words with follow-ups, and
 * command routes): the question counters grow by exactly what was sent, per command and outcome, the
 * latency histogram counts every one, and no label carries anything a person typed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metrics, serveMetrics } from '../../src/metrics.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { type ApiHarness, quiet, startApi } from './harness.ts';

const QUESTIONS = [
  'longest movie on netflix in 2020',
  'and on hulu?',
  'how many movies does hulu have?',
  'top actor on disney+ in 2021',
  'top actor on disney+',
  'how many netflix movies from 2019 scored above 3.5',
  'top 5 longest movies on netflix',
  'how many horror movies on hulu from the 90s',
  'would user 42 like ns123?',
  'recommend something for user 7',
  'what should I watch?',
  'tell me about ns5',
  '¿cuántas películas tiene amazon?',
  'película más larga de netflix en 2018',
  'zorblax quantum fnord',
  'my email is ana@example.com and my number 5551234567',
  'status',
  'chart of titles per year on netflix',
];

const ROUTES = [
  '/v1/get_count_platform?platform=netflix',
  '/v1/get_actor?platform=hulu&year=2019',
  '/v1/get_actor?platform=hulu',
  '/v1/title_info?title=zzzz%20nothing%20like%20it',
  '/v1/list_titles?platform=disney&limit=3',
];

type Sample = { name: string; labels: Record<string, string>; value: number };

function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? ([-\d.e+]+|NaN|\+Inf)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

const key = (labels: Record<string, string>) => `${labels.command}|${labels.outcome}`;

/** How each reply ended, read from the answer the test received (not from the metrics code). */
function outcome(answer: { kind: string; problem?: string }): string {
  if (answer.problem === 'missing_argument') return 'prompt';
  if (answer.problem === 'clarify' || answer.problem === 'ambiguous_title') return 'clarify';
  if (answer.problem === 'not_understood') return 'not_understood';
  return answer.kind === 'error' ? 'error' : 'answered';
}

describe('/metrics', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(inject('stores').demo);
    metrics.watchBuild(() => readBuildInfo(api.live.current().sqlite));
  });
  afterAll(async () => {
    await api?.close();
  });

  const scrape = async () => {
    const response = await api.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    return parse(response.body);
  };
  const questionCounts = (samples: Sample[]) => {
    const counts = new Map<string, number>();
    for (const sample of samples)
      if (sample.name === 'streambot_questions_total' && sample.labels.adapter === 'http')
        counts.set(key(sample.labels), (counts.get(key(sample.labels)) ?? 0) + sample.value);
    return counts;
  };
  const latencyCount = (samples: Sample[]) =>
    samples.find((s) => s.name === 'streambot_answer_seconds_count' && s.labels.adapter === 'http')?.value ??
    0;

  it('counts 1,000 mixed questions exactly, per command and outcome, with no text in any label', async () => {
    const before = await scrape();
    const expected = new Map<string, number>();
    let refusedBeforeTheCore = 0;
    let conversation: string | undefined;
    for (let i = 0; i < 1_000; i++) {
      const response =
        i % 4 === 3
          ? await api.app.inject({ method: 'GET', url: ROUTES[i % ROUTES.length]! })
          : await api.app.inject({
              method: 'POST',
              url: '/v1/ask',
              payload: { text: QUESTIONS[i % QUESTIONS.length]!, ...(conversation ? { conversation } : {}) },
            });
      const reply = response.json();
      conversation = i % 10 === 9 ? undefined : (reply.conversation ?? conversation);
      // Refused by the route's schema (a required option missing): the core never saw it.
      if (!reply.command) {
        refusedBeforeTheCore++;
        continue;
      }
      const labels = { command: reply.command.name, outcome: outcome(reply.answer) };
      expected.set(key(labels), (expected.get(key(labels)) ?? 0) + 1);
    }
    const after = await scrape();

    const grown = new Map<string, number>();
    const was = questionCounts(before);
    for (const [labels, value] of questionCounts(after)) {
      const delta = value - (was.get(labels) ?? 0);
      if (delta > 0) grown.set(labels, delta);
    }
    expect(Object.fromEntries(grown)).toEqual(Object.fromEntries(expected));
    expect(refusedBeforeTheCore).toBe(50);
    const asked = 1_000 - refusedBeforeTheCore;
    expect([...grown.values()].reduce((a, b) => a + b, 0)).toBe(asked);
    expect(latencyCount(after) - latencyCount(before)).toBe(asked);
    // Every outcome the issue names occurred, so each was counted under its own label.
    expect(new Set([...expected.keys()].map((k) => k.split('|')[1]))).toEqual(
      new Set(['answered', 'prompt', 'not_understood', 'error']),
    );

    // No label value holds a word people typed, beyond the vocabulary labels are made of.
    const values = after
      .filter((s) => s.name.startsWith('streambot_'))
      .flatMap((s) => Object.values(s.labels));
    const vocabulary = new Set(values.flatMap((value) => value.toLowerCase().split(/[_\s]+/)));
    const typed = [...QUESTIONS, ...ROUTES]
      .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}@.]+/u))
      .filter((word) => word.length >= 3 && !vocabulary.has(word));
    for (const value of values)
      for (const word of typed)
        expect(value.toLowerCase(), `label "${value}" holds "${word}"`).not.toContain(word);
  });

  it('names the build serving and its age, and counts the process', async () => {
    const samples = await scrape();
    const build = readBuildInfo(api.live.current().sqlite)!;
    expect(samples).toContainEqual({
      name: 'streambot_build_info',
      labels: { build: build.buildId },
      value: 1,
    });
    expect(samples.find((s) => s.name === 'streambot_build_age_seconds')?.value).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'streambot_process_resident_memory_bytes')).toBe(true);
  });

  it('counts requests refused by the rate limit', async () => {
    const limited = await startApi(inject('stores').demo, { rateLimitPerMinute: 1 });
    try {
      const refusals = async () =>
        parse((await limited.app.inject({ method: 'GET', url: '/metrics' })).body).find(
          (s) => s.name === 'streambot_rate_limited_total' && s.labels.adapter === 'http',
        )?.value ?? 0;
      const before = await refusals();
      for (let i = 0; i < 3; i++)
        await limited.app.inject({
          method: 'GET',
          url: '/get_count_platform?platform=hulu',
          remoteAddress: '10.9.9.9',
        });
      expect((await refusals()) - before).toBe(2);
    } finally {
      await limited.close();
    }
  });

  it('serves the same metrics on a port of its own (STREAMBOT_METRICS_PORT), and nothing else there', async () => {
    const server = await serveMetrics(0, quiet, '127.0.0.1');
    try {
      const scraped = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('# TYPE streambot_questions_total counter');
      expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

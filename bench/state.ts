/**
 * `node --import tsx bench/state.ts`: the state work of one question (getConversation, setConversation,
 * claimEvent, hit, one after the other) 10,000 times after a warm-up, on SQLite (a temporary file) and
 * on Redis (a redis-server this benchmark starts on a free port), p50/p99 against 0.3 ms and 1.5 ms;
 * then two Redis instances in this process answering questions concurrently, in questions per second
 * against 2,000; and what keeping a missed question, or making an answer rateable, adds to it on SQLite,
 * p99 against 0.3 ms (and what a vote costs). Prints one JSON object. Without redis-server installed the Redis parts say so.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { FeedbackKeeper } from '../src/bot/feedback.ts';
import { MissKeeper } from '../src/bot/misses.ts';
import { seededRandom } from '../src/random.ts';
import { RedisState } from '../src/state/redis-state.ts';
import { SqliteState } from '../src/state/sqlite-state.ts';
import type { StateStore } from '../src/state/state.ts';
import { REDIS_SERVER_INSTALL_HINT, redisServerInstalled, startRedisServer } from './redis-server.ts';
import { percentile } from './support.ts';

const QUESTIONS = 10_000;
const WARM_UP = 1_000;
/** Questions in flight at once on each of the two instances of the throughput run. */
const IN_FLIGHT = 32;
const TARGETS = { sqliteP99Ms: 0.3, redisP99Ms: 1.5, redisTwoInstancesPerSecond: 2_000, keepMissP99Ms: 0.3 };

const CONVERSATIONS = 500;
const PEOPLE = 200;
const FOLLOW_UP_MS = 30 * 60_000;
const EVENT_MS = 60 * 60_000;
const RATE_WINDOW_MS = 60_000;

const logger = pino({ level: 'warn' });
const random = seededRandom(2_026_113);
/** Event ids are new in every run (a Redis server or file could be reused). */
const run = randomUUID().slice(0, 8);

/** What a question keeps about its conversation: a few hundred bytes of JSON, as the core's follow-ups. */
function conversationValue(turn: number) {
  return {
    lastCommand: 'list_titles',
    args: {
      platform: 'netflix',
      genre: 'documentary',
      year_from: 1990 + (turn % 30),
      limit: 10,
      offset: turn % 50,
    },
    paging: { page: turn % 7, pages: 12 },
    locale: turn % 2 ? 'es' : 'en',
    titles: Array.from({ length: 5 }, (_, i) => `s${(turn * 7 + i) % 8800}`),
  };
}

async function question(state: StateStore, n: number): Promise<void> {
  const conversation = `C${Math.floor(random() * CONVERSATIONS)}`;
  const previous = await state.getConversation<{ paging: { page: number } }>(conversation);
  await state.setConversation(
    conversation,
    conversationValue((previous?.paging.page ?? 0) + n),
    FOLLOW_UP_MS,
  );
  await state.claimEvent(`Ev-${run}-${n}`, EVENT_MS);
  await state.hit(`ask:U${Math.floor(random() * PEOPLE)}`, RATE_WINDOW_MS);
}

async function latency(state: StateStore) {
  for (let n = 0; n < WARM_UP; n++) await question(state, -1 - n);
  const times = new Float64Array(QUESTIONS);
  for (let n = 0; n < QUESTIONS; n++) {
    const start = process.hrtime.bigint();
    await question(state, n);
    times[n] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  times.sort();
  return {
    questions: QUESTIONS,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    maxMs: percentile(times, 1),
  };
}

/** Questions split over `states`, IN_FLIGHT at a time on each; questions answered per second. */
async function throughput(states: StateStore[]) {
  let next = 0;
  const worker = async (state: StateStore) => {
    while (next < QUESTIONS) await question(state, QUESTIONS + next++);
  };
  const start = process.hrtime.bigint();
  await Promise.all(states.flatMap((state) => Array.from({ length: IN_FLIGHT }, () => worker(state))));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    instances: states.length,
    inFlightPerInstance: IN_FLIGHT,
    questions: QUESTIONS,
    perSecond: Math.round(QUESTIONS / seconds),
  };
}

/** What keeping a missed question adds to it: the masked text written with its fields. */
async function keepMissLatency(state: StateStore) {
  const keeper = new MissKeeper(state, logger);
  const times = new Float64Array(QUESTIONS);
  for (let n = -WARM_UP; n < QUESTIONS; n++) {
    const start = process.hrtime.bigint();
    keeper.keep(`zorblax question number ${n} <@U0${n}>`, 'en', 'slack', 'not_understood');
    await new Promise((resolve) => setImmediate(resolve));
    if (n >= 0) times[n] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  times.sort();
  return { misses: QUESTIONS, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99) };
}

/** What making an answer rateable and then a vote on it cost: the record kept, the vote written. */
async function feedbackLatency(state: StateStore) {
  const keeper = new FeedbackKeeper(state, logger);
  const remember = new Float64Array(QUESTIONS);
  const vote = new Float64Array(QUESTIONS);
  for (let n = -WARM_UP; n < QUESTIONS; n++) {
    const answer = { kind: 'result' as const, locale: 'en' as const, headline: 'h', fields: [] };
    let start = process.hrtime.bigint();
    keeper.remember(answer, {
      command: 'get_actor',
      lang: 'en',
      adapter: 'slack',
      question: `top actor ${n}`,
    });
    await new Promise((resolve) => setImmediate(resolve));
    if (n >= 0) remember[n] = Number(process.hrtime.bigint() - start) / 1e6;
    start = process.hrtime.bigint();
    await keeper.vote({
      answerId: (answer as { id?: string }).id!,
      person: `slack:T:U${n % 50}`,
      vote: 'up',
    });
    if (n >= 0) vote[n] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  remember.sort();
  vote.sort();
  return {
    rememberAnswer: { p50Ms: percentile(remember, 0.5), p99Ms: percentile(remember, 0.99) },
    vote: { p50Ms: percentile(vote, 0.5), p99Ms: percentile(vote, 0.99) },
  };
}

async function benchSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'streambot-bench-state-'));
  const state = new SqliteState(join(dir, 'state.db'), { logger });
  try {
    return {
      ...(await latency(state)),
      keepMiss: await keepMissLatency(state),
      feedback: await feedbackLatency(state),
    };
  } finally {
    await state.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchRedis() {
  if (!redisServerInstalled()) return { skipped: REDIS_SERVER_INSTALL_HINT };
  const server = await startRedisServer();
  const states: RedisState[] = [];
  try {
    const open = async () => {
      const state = new RedisState({ url: server.url, keyPrefix: `bench:${run}:`, logger });
      states.push(state);
      if (!(await state.whenReady(10_000))) throw new Error('redis-server did not answer');
      return state;
    };
    const first = await open();
    const single = await latency(first);
    const twoInstances = await throughput([first, await open()]);
    return { single, twoInstances };
  } finally {
    await Promise.all(states.map((state) => state.close()));
    await server.close();
  }
}

const sqlite = await benchSqlite();
const redis = await benchRedis();
const redisPass =
  'skipped' in redis ||
  (redis.single.p99Ms <= TARGETS.redisP99Ms &&
    redis.twoInstances.perSecond >= TARGETS.redisTwoInstancesPerSecond);
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'state',
    question: 'getConversation + setConversation + claimEvent + hit, sequentially',
    sqlite,
    redis: 'skipped' in redis ? redis : redis.single,
    redisTwoInstances: 'skipped' in redis ? redis : redis.twoInstances,
    targets: TARGETS,
    pass:
      sqlite.p99Ms <= TARGETS.sqliteP99Ms &&
      sqlite.keepMiss.p99Ms <= TARGETS.keepMissP99Ms &&
      sqlite.feedback.rememberAnswer.p99Ms <= TARGETS.keepMissP99Ms &&
      redisPass,
  })}\n`,
);

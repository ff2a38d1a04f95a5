/**
 * `npm run bench:bot`: question → rendered answer, in-process, over 10,000 mixed questions (every
 * command, English and Spanish, aliases and typos, numbers as words, titles by text and id,
 * follow-ups, noise) on the full real store. Prints one JSON object: overall and per-command
 * latency percentiles and throughput on one thread, against the targets p99 ≤ 5 ms, ≥ 1,000 q/s.
 *
 * Store: STREAMBOT_DB when set, else one built (and its model trained) into a temporary directory
 * from STREAMBOT_RAW_DIR (default ../shared/data/raw) and removed afterwards.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderText } from '../src/adapters/render/text.ts';
import { createBotCore } from '../src/bot/create-core.ts';
import { gazetteerOf } from '../src/bot/nl/gazetteer.ts';
import { parseQuestion } from '../src/bot/nl/parse.ts';
import { seededRandom } from '../src/random.ts';
import { servingModel } from '../src/recommender/serving.ts';
import { LiveStore } from '../src/store/live.ts';
import { benchStore, percentile } from './support.ts';

const QUESTIONS = 10_000;
const WARM_UP = 1_000;
const TARGET_P99_MS = 5;
const TARGET_QPS = 1_000;
const TARGET_UNDERSTAND_P99_MS = 1;
const TARGET_GAZETTEER_MS = 1_000;
const TARGET_GAZETTEER_MB = 50;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Time and heap to build the store's gazetteer (titles on first question, people on first need; again after a refresh). */
function measureGazetteer(live: LiveStore) {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const gazetteer = gazetteerOf(live.current());
  const titlesMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const names = gazetteer.size; // reads the people too
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  collectGarbage();
  const mb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return { titlesMs: round(titlesMs), ms: round(ms), mb: round(mb), names };
}

const random = seededRandom(5_2025);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));

const PLATFORMS = [
  'netflix',
  'hulu',
  'disney+',
  'disney plus',
  'amazon prime',
  'prime video',
  'amazon',
  'netflx',
  'Netflix',
];
const YEAR_WORDS = ['twenty nineteen', 'two thousand eighteen', 'dos mil veinte'];
const year = () => (random() < 0.05 ? pick(YEAR_WORDS) : String(between(1990, 2021)));
const scored = () => (3.3 + random() * 0.4).toFixed(2);
const user = () => between(1, 270_896);

interface Question {
  text: string;
  conversation: string;
}

function questions(titles: { id: string; title: string }[]): Question[] {
  const title = () => {
    const row = pick(titles);
    return random() < 0.3 ? row.id : row.title;
  };
  const fresh: (() => string)[] = [
    () => `longest movie on ${pick(PLATFORMS)} ${year()}`,
    () => `which ${pick(PLATFORMS)} show has the most seasons?`,
    () => `película más larga de ${pick(PLATFORMS)} en ${year()}`,
    () => `how many movies does ${pick(PLATFORMS)} have`,
    () => `¿cuántas películas tiene ${pick(PLATFORMS)}?`,
    () => `how many ${pick(PLATFORMS)} movies from ${year()} scored above ${scored()}`,
    () =>
      `¿cuántas películas de ${pick(PLATFORMS)} de ${year()} tienen más de ${scored().replace('.', ',')}?`,
    () => `most frequent actor on ${pick(PLATFORMS)} in ${year()}`,
    () => `¿qué actor aparece más en ${pick(PLATFORMS)} en ${year()}?`,
    () => `would user ${user()} like ${title()}?`,
    () => `¿le recomiendas ${title()} al usuario ${user()}?`,
    () => `recommend something on ${pick(PLATFORMS)} for user ${user()}`,
    () => `movies like ${title()}`,
    () => `tell me about ${title()}`,
    () => `top actor on ${pick(PLATFORMS)}`,
    () => `top ${between(3, 10)} longest movies on ${pick(PLATFORMS)}`,
    () =>
      `${pick(['comedies', 'horror movies', 'documentaries', 'anime'])} on ${pick(PLATFORMS)} from the ${pick(['80s', '90s', '2000s'])}`,
    () => `las ${between(3, 10)} series con más temporadas de ${pick(PLATFORMS)}`,
    () => `movies with ${pick(['keanu reeves', 'adam sandler', 'shah rukh khan', 'brad pit'])}`,
    () => `which platform has the most ${pick(['documentaries', 'comedies', 'kids shows'])}`,
    () => `¿cuántas películas de terror hay en ${pick(PLATFORMS)} desde ${year()}?`,
    () => pick(['help', 'ayuda', 'status', 'asdf qwer', 'what is the weather like', '🍿🍿']),
  ];
  const followUps = [
    () => `and on ${pick(PLATFORMS)}?`,
    () => `what about ${year()}?`,
    () => `¿y en ${year()}?`,
    () => pick(['next page', 'más', 'only movies']),
  ];
  const list: Question[] = [];
  while (list.length < QUESTIONS + WARM_UP) {
    const conversation = `b${list.length}`;
    list.push({ text: pick(fresh)(), conversation });
    if (random() < 0.25) list.push({ text: pick(followUps)(), conversation });
  }
  return list.slice(0, QUESTIONS + WARM_UP);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

async function main(): Promise<void> {
  const store = await benchStore('bot', { withModel: true });
  const live = new LiveStore(store.path);
  try {
    const gazetteer = measureGazetteer(live);
    const core = createBotCore({ store: live, config: { recommendThreshold: 3.5, admins: [] } });
    const titles = live.current().sqlite.prepare('SELECT id, title FROM titles').all() as {
      id: string;
      title: string;
    }[];
    const all = questions(titles);
    const ask = (q: Question) => {
      const reply = core.ask({ text: q.text, conversationId: q.conversation, userId: 'bench' });
      return { reply, text: renderText(reply.answer) };
    };
    for (const q of all.slice(0, WARM_UP)) ask(q);

    const measured = all.slice(WARM_UP);
    const times = new Float64Array(measured.length);
    const byCommand = new Map<string, number[]>();
    let errors = 0;
    let longestReply = 0;
    const started = process.hrtime.bigint();
    measured.forEach((q, i) => {
      const t0 = process.hrtime.bigint();
      const { reply, text } = ask(q);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      times[i] = ms;
      if (reply.answer.kind === 'error') errors++;
      longestReply = Math.max(longestReply, text.length);
      const list = byCommand.get(reply.command.name) ?? [];
      list.push(ms);
      byCommand.set(reply.command.name, list);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    times.sort();
    const names = gazetteerOf(live.current());
    const understandTimes = Float64Array.from(measured, (q) => {
      const t0 = process.hrtime.bigint();
      parseQuestion(q.text, { gazetteer: names });
      return Number(process.hrtime.bigint() - t0) / 1e6;
    }).sort();
    const understandP99 = percentile(understandTimes, 0.99);
    const qps = Math.round(measured.length / seconds);
    const p99 = percentile(times, 0.99);
    const perCommand = Object.fromEntries(
      [...byCommand]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, list]) => {
          const sorted = Float64Array.from(list).sort();
          return [
            name,
            { questions: list.length, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) },
          ];
        }),
    );
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'bot',
        questions: measured.length,
        warmUp: WARM_UP,
        seconds: round(seconds),
        questionsPerSecond: qps,
        p50Ms: percentile(times, 0.5),
        p90Ms: percentile(times, 0.9),
        p99Ms: p99,
        maxMs: percentile(times, 1),
        errorAnswers: errors,
        longestReplyChars: longestReply,
        modelTrained: servingModel(live.current()) !== null,
        understand: { p50Ms: percentile(understandTimes, 0.5), p99Ms: understandP99 },
        gazetteer,
        targets: {
          p99Ms: TARGET_P99_MS,
          questionsPerSecond: TARGET_QPS,
          understandP99Ms: TARGET_UNDERSTAND_P99_MS,
          gazetteerMs: TARGET_GAZETTEER_MS,
          gazetteerMb: TARGET_GAZETTEER_MB,
        },
        pass:
          p99 <= TARGET_P99_MS &&
          qps >= TARGET_QPS &&
          understandP99 <= TARGET_UNDERSTAND_P99_MS &&
          gazetteer.ms <= TARGET_GAZETTEER_MS &&
          gazetteer.mb <= TARGET_GAZETTEER_MB,
        byCommand: perCommand,
      })}\n`,
    );
  } finally {
    live.close();
    store.cleanUp();
  }
}

await main();

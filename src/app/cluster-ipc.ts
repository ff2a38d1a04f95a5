/**
 * What the workers of a clustered `streambot start http` ask their primary process over the cluster's
 * IPC channel: rate-limit hits, so one client's requests are counted once whichever worker answers
 * them, and the metrics of all the workers together (prom-client's AggregatorRegistry).
 */
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { collectMetricsWith, registry } from '../metrics.ts';
import { MemoryState } from '../state/memory-state.ts';
import type { RateWindow, StateStore } from '../state/state.ts';

type Asked = { kind: 'hit'; key: string; windowMs: number } | { kind: 'metrics' };
type Question = Asked & { id: number };
type Reply = { id: number; value?: RateWindow | string; error?: string };

const ASK = 'streambot:ask';
const ANSWER = 'streambot:answer';
/**
 * A primary that does not answer this fast is gone or stuck: the worker's caller decides what then.
 * Longer than prom-client's own 5 s for gathering the workers' metrics, so that one answers first.
 */
const ANSWER_TIMEOUT_MS = 10_000;

/** Primary side: answers the workers' questions; the counter lives here, in one process. */
export function answerWorkers(): void {
  const counter = new MemoryState();
  const aggregator = new AggregatorRegistry();
  collectMetricsWith(() => aggregator.clusterMetrics());
  cluster.on('message', (worker: Worker, message: { type?: string; question?: Question }) => {
    if (message?.type !== ASK || !message.question) return;
    const { question } = message;
    const answered =
      question.kind === 'hit' ? counter.hit(question.key, question.windowMs) : aggregator.clusterMetrics();
    answered.then(
      (value) => send(worker, { id: question.id, value }),
      (error: unknown) => send(worker, { id: question.id, error: (error as Error).message }),
    );
  });
}

function send(worker: Worker, reply: Reply): void {
  if (worker.isConnected()) worker.send({ type: ANSWER, reply });
}

const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
let nextId = 0;

/** Worker side: listens for the primary's answers, hands its metrics over, and reads everyone's. */
export function askPrimary(): { counter: Pick<StateStore, 'hit'> } {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one makes prom-client answer the primary's requests for this worker's metrics.
  new AggregatorRegistry();
  process.on('message', (message: { type?: string; reply?: Reply }) => {
    if (message?.type !== ANSWER || !message.reply) return;
    const waiting = pending.get(message.reply.id);
    if (!waiting) return;
    pending.delete(message.reply.id);
    if (message.reply.error !== undefined) waiting.reject(new Error(message.reply.error));
    else waiting.resolve(message.reply.value);
  });
  collectMetricsWith(() => question<string>({ kind: 'metrics' }));
  return {
    counter: { hit: (key, windowMs) => question<RateWindow>({ kind: 'hit', key, windowMs }) },
  };
}

function question<T>(asked: Asked): Promise<T> {
  // Stopping, after the primary disconnected: `process.send` would throw an 'error' nobody handles.
  if (!process.connected) return Promise.reject(new Error('the primary process is gone'));
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error('the primary process did not answer'));
    }, ANSWER_TIMEOUT_MS);
    pending.set(id, {
      resolve: (value) => {
        clearTimeout(timer);
        resolve(value as T);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    process.send?.({ type: ASK, question: { ...asked, id } });
  });
}

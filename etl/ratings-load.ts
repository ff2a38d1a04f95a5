/**
 * The ratings load on two cores: a worker thread reads, decompresses, parses and checks the rating files
 * (ratings-worker.ts) while the main thread inserts the batches it sends. The worker is started before
 * the catalogs are loaded, so its start-up overlaps them; it begins reading once it has the title ids.
 */
import type { Worker } from 'node:worker_threads';
import type { SourceInfo } from '../src/store/build-info.ts';
import type { RatingsPackMeta } from '../src/store/schema.ts';
import { EtlInputError } from './errors.ts';
import type { FromRatingWorker, RatingWorkerData, ToRatingWorker } from './ratings-worker.ts';
import type { RatingsWriter } from './ratings-writer.ts';
import type { Reject } from './rejects.ts';
import { ScoreSums } from './score-sums.ts';
import type { RatingSource } from './sources.ts';
import type { TitleLookup } from './title-lookup.ts';
import { startTsWorker } from './ts-worker.ts';

export interface RatingsLoaded {
  rows: number;
  /** What the packed copy for training holds (checked against `rows`). */
  pack: RatingsPackMeta;
  scores: ScoreSums;
  sources: SourceInfo[];
}

export interface RatingsLoadHooks {
  writer: RatingsWriter;
  /** Input bytes read and valid rows loaded since the last call. */
  onProgress(bytes: number, rows: number): void;
  onReject(reject: Reject): void;
  signal?: AbortSignal;
}

export class RatingsLoader {
  readonly #worker: Worker;
  #exited = false;

  constructor(files: readonly RatingSource[]) {
    const data: RatingWorkerData = { files: [...files] };
    this.#worker = startTsWorker(new URL('./ratings-worker.ts', import.meta.url), data);
    this.#worker.on('exit', () => {
      this.#exited = true;
    });
    // Until load() listens, a start-up failure must not surface as an unhandled 'error' event.
    this.#worker.on('error', () => {});
  }

  /** Loads every rating row through `hooks.writer`; resolves with the counts and per-title score sums. */
  load(lookup: TitleLookup, hooks: RatingsLoadHooks): Promise<RatingsLoaded> {
    const worker = this.#worker;
    const sources: SourceInfo[] = [];
    return new Promise<RatingsLoaded>((resolve, reject) => {
      const fail = (error: Error) => {
        void worker.terminate();
        reject(error);
      };
      const onAbort = () => fail(hooks.signal?.reason ?? new Error('aborted'));
      if (hooks.signal?.aborted) {
        onAbort();
        return;
      }
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: FromRatingWorker) => {
        try {
          if (message.type === 'batch') {
            for (const rejected of message.rejects) hooks.onReject(rejected);
            hooks.writer.insert(message.batch);
            worker.postMessage({ type: 'ack' } satisfies ToRatingWorker);
            hooks.onProgress(message.bytes, message.batch.size);
          } else if (message.type === 'file') {
            sources.push(message.source);
          } else if (message.type === 'done') {
            for (const rejected of message.rejects) hooks.onReject(rejected);
            const pack = hooks.writer.finish();
            hooks.onProgress(message.bytes, 0);
            hooks.signal?.removeEventListener('abort', onAbort);
            const scores = new ScoreSums(lookup.size, message.halfSums, message.counts);
            resolve({ rows: message.rows, pack, scores, sources });
          } else {
            fail(message.inputError ? new EtlInputError(message.message) : new Error(message.message));
          }
        } catch (error) {
          fail(error as Error);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the ratings worker stopped early (exit code ${code})`)));
      if (this.#exited) fail(new Error('the ratings worker stopped before loading'));
      worker.postMessage({ type: 'start', titleIds: [...lookup.ids] } satisfies ToRatingWorker);
    });
  }

  /** Stops the worker (after a failure elsewhere); harmless once it has finished. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

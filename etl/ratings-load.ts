/**
 * The ratings load on two cores: a worker thread reads, decompresses, parses and checks the rating files
 * (ratings-worker.ts) while the main thread inserts the batches it sends. The worker is started before
 * the catalogs are loaded, so its start-up overlaps them; it begins reading once it has the title ids.
 * Afterwards it builds the derived tables in a file of its own (`derived()` says when they are ready).
 */
import type { Worker } from 'node:worker_threads';
import type { SourceInfo } from '../src/store/build-info.ts';
import type { RatingsPackMeta } from '../src/store/schema.ts';
import { EtlInputError } from './errors.ts';
import type { FromRatingWorker, RatingWorkerData, ToRatingWorker } from './ratings-worker.ts';
import type { RatingsWriter } from './ratings-writer.ts';
import type { Reject } from './rejects.ts';
import { ScoreSums } from './score-sums.ts';
import type { CatalogSource, RatingSource } from './sources.ts';
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
  /** The catalog files as the main thread read them: the worker checks it reads the same. */
  catalogs: readonly SourceInfo[];
  /** Input bytes read and valid rows loaded since the last call. */
  onProgress(bytes: number, rows: number): void;
  onReject(reject: Reject): void;
  signal?: AbortSignal;
}

export class RatingsLoader {
  readonly #worker: Worker;
  #exited = false;
  readonly #derived: Promise<void>;

  /** The worker reads `catalogs` and `files`, and builds the derived tables into `derivedPath`. */
  constructor(files: readonly RatingSource[], catalogs: readonly CatalogSource[], derivedPath: string) {
    const data: RatingWorkerData = { files: [...files], catalogs: [...catalogs], derivedPath };
    const worker = startTsWorker(new URL('./ratings-worker.ts', import.meta.url), data);
    this.#worker = worker;
    this.#derived = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromRatingWorker) => {
        if (message.type === 'derived') resolve();
        else if (message.type === 'failed') reject(failureOf(message));
      });
      worker.on('exit', (code) => {
        this.#exited = true;
        reject(
          new Error(`the ratings worker stopped before the derived tables were built (exit code ${code})`),
        );
      });
      // Until load() listens, a start-up failure must not surface as an unhandled 'error' event.
      worker.on('error', reject);
    });
    // Until derived() is awaited a failure must not be an unhandled rejection; load() reports one that
    // happens while it listens, derived() one that happens later.
    this.#derived.catch(() => {});
  }

  /** Resolves once the worker has built the derived tables in `derivedPath` and closed the file. */
  derived(): Promise<void> {
    return this.#derived;
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
          } else if (message.type === 'failed') {
            fail(failureOf(message));
          }
        } catch (error) {
          fail(error as Error);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the ratings worker stopped early (exit code ${code})`)));
      if (this.#exited) fail(new Error('the ratings worker stopped before loading'));
      worker.postMessage({
        type: 'start',
        titleIds: [...lookup.ids],
        catalogs: [...hooks.catalogs],
      } satisfies ToRatingWorker);
    });
  }

  /** Stops the worker (after a failure elsewhere); harmless once it has finished. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

function failureOf(message: Extract<FromRatingWorker, { type: 'failed' }>): Error {
  return message.inputError ? new EtlInputError(message.message) : new Error(message.message);
}

/**
 * The load on two cores: a worker thread (ratings-worker.ts) reads its share of the catalogs while the
 * main thread reads the others, then reads, decompresses, parses and checks the rating files while the
 * main thread inserts the batches it sends. It begins on the ratings once it has the title ids.
 */
import type { Worker } from 'node:worker_threads';
import type { SourceInfo } from '../src/store/build-info.ts';
import type { RatingsPackMeta } from '../src/store/schema.ts';
import { EtlInputError } from './errors.ts';
import type { FromRatingWorker, RatingWorkerData, ToRatingWorker } from './ratings-worker.ts';
import type { RatingsWriter } from './ratings-writer.ts';
import type { ReadCatalog } from './read-catalog.ts';
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
  /** Input bytes read and valid rows loaded since the last call. */
  onProgress(bytes: number, rows: number): void;
  onReject(reject: Reject): void;
  signal?: AbortSignal;
}

interface CatalogWait {
  name: string;
  resolve(read: ReadCatalog): void;
  reject(error: Error): void;
}

export class RatingsLoader {
  readonly #worker: Worker;
  #exited = false;
  readonly #catalogs = new Map<string, ReadCatalog>();
  #waiting: CatalogWait | null = null;
  /** What stopped the worker before `load` listened: given to the next `catalog` or `load` call. */
  #failure: Error | null = null;
  /** `load`'s handler for every message but catalogs, once it listens. */
  #onLoadMessage: ((message: FromRatingWorker) => void) | null = null;

  /** `catalogs` are the catalog files the worker reads (see `catalogsForWorker`). */
  constructor(files: readonly RatingSource[], catalogs: readonly CatalogSource[] = []) {
    const data: RatingWorkerData = { files: [...files], catalogs: [...catalogs] };
    this.#worker = startTsWorker(new URL('./ratings-worker.ts', import.meta.url), data);
    this.#worker.on('exit', (code) => {
      this.#exited = true;
      this.#fail(new Error(`the ratings worker stopped early (exit code ${code})`));
    });
    // Until load() listens, a start-up failure is kept for the next call, not an unhandled 'error' event.
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('message', (message: FromRatingWorker) => {
      if (message.type === 'catalog') this.#arrived(message.name, message.read);
      else if (this.#onLoadMessage) this.#onLoadMessage(message);
      else if (message.type === 'failed') this.#fail(failureOf(message));
    });
  }

  /** The worker's reading of one of its catalogs (in the order it was given them). */
  catalog(name: string): Promise<ReadCatalog> {
    const read = this.#catalogs.get(name);
    if (read) {
      this.#catalogs.delete(name);
      return Promise.resolve(read);
    }
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting = { name, resolve, reject };
    });
  }

  #arrived(name: string, read: ReadCatalog): void {
    if (this.#waiting?.name === name) {
      this.#waiting.resolve(read);
      this.#waiting = null;
    } else this.#catalogs.set(name, read);
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#waiting?.reject(this.#failure);
    this.#waiting = null;
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
      this.#onLoadMessage = (message) => {
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
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the ratings worker stopped early (exit code ${code})`)));
      if (this.#failure) fail(this.#failure);
      else if (this.#exited) fail(new Error('the ratings worker stopped before loading'));
      worker.postMessage({ type: 'start', titleIds: [...lookup.ids] } satisfies ToRatingWorker);
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

/**
 * Worker thread: extract + transform of the rating files (gunzip, line parsing, validation, score sums),
 * so the main thread does nothing but insert. Batches go to the main thread as transferred typed arrays;
 * at most MAX_BATCHES_IN_FLIGHT wait there at a time, so memory stays flat however slow inserting is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TitleId } from '../src/domain.ts';
import type { SourceInfo } from '../src/store/build-info.ts';
import { EtlInputError } from './errors.ts';
import { streamRatingFile } from './ratings-file.ts';
import { type RatingBatch, RatingParser } from './ratings-parser.ts';
import type { Reject } from './rejects.ts';
import { ScoreSums } from './score-sums.ts';
import type { RatingSource } from './sources.ts';
import { TitleLookup } from './title-lookup.ts';

export interface RatingWorkerData {
  files: RatingSource[];
}

/** Main thread → worker. */
export type ToRatingWorker = { type: 'start'; titleIds: TitleId[] } | { type: 'ack' };

/** Worker → main thread. */
export type FromRatingWorker =
  | { type: 'batch'; batch: RatingBatch; bytes: number; rejects: Reject[] }
  | { type: 'file'; source: SourceInfo }
  | {
      type: 'done';
      rows: number;
      halfSums: Float64Array;
      counts: Uint32Array;
      bytes: number;
      rejects: Reject[];
    }
  | { type: 'failed'; inputError: boolean; message: string };

/** Valid rating rows per batch. */
const BATCH_ROWS = 32_768;
const MAX_BATCHES_IN_FLIGHT = 8;

const port = parentPort!;
const { files } = workerData as RatingWorkerData;
const post = (message: FromRatingWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let inFlight = 0;
let onAck: (() => void) | null = null;
let start: (titleIds: TitleId[]) => void = () => {};
const started = new Promise<TitleId[]>((resolve) => {
  start = resolve;
});
port.on('message', (message: ToRatingWorker) => {
  if (message.type === 'start') {
    start(message.titleIds);
  } else {
    inFlight--;
    onAck?.();
  }
});

async function room(): Promise<void> {
  while (inFlight >= MAX_BATCHES_IN_FLIGHT) {
    await new Promise<void>((resolve) => {
      onAck = resolve;
    });
    onAck = null;
  }
}

async function run(): Promise<void> {
  const lookup = new TitleLookup(await started);
  const scores = new ScoreSums(lookup.size);
  let rows = 0;
  let bytes = 0;
  let rejects: Reject[] = [];
  const send = (batch: RatingBatch) => {
    scores.add(batch);
    rows += batch.size;
    inFlight++;
    const { userIds, titleIndexes, halves, days } = batch;
    post(
      { type: 'batch', batch, bytes, rejects },
      [userIds, titleIndexes, halves, days].map((a) => a.buffer as ArrayBuffer),
    );
    bytes = 0;
    rejects = [];
  };
  for (const source of files) {
    const parser = new RatingParser({
      file: source.name,
      lookup,
      batchSize: BATCH_ROWS,
      onBatch: send,
      onReject: (reject) => rejects.push(reject),
    });
    const { sha256 } = await streamRatingFile(
      source,
      (chunk) => {
        parser.push(chunk);
        return room();
      },
      (read) => {
        bytes += read;
      },
    );
    parser.end();
    post({ type: 'file', source: { name: source.name, bytes: source.bytes, sha256 } });
  }
  const { halfSums, counts } = scores;
  post({ type: 'done', rows, halfSums, counts, bytes, rejects }, [
    halfSums.buffer as ArrayBuffer,
    counts.buffer as ArrayBuffer,
  ]);
}

run().catch((error: unknown) => {
  post({ type: 'failed', inputError: error instanceof EtlInputError, message: (error as Error).message });
});

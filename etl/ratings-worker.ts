/**
 * Worker thread: extract + transform of the rating files (gunzip, line parsing, validation, score sums),
 * so the main thread does nothing but insert. Parsing is faster than inserting, so it is done well before
 * the main thread; it then builds the derived tables (etl/derived.ts) in a file of its own, reading the
 * catalogs there a second time, and the main thread copies the finished tables into the store
 * (StoreWriter.copyTablesFrom): on the real data 0.3 s instead of 1.0 s to build them.
 * Batches go to the main thread as transferred typed arrays; at most MAX_BATCHES_IN_FLIGHT wait there at a
 * time, so memory stays bounded however slow inserting is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { TitleId } from '../src/domain.ts';
import type { SourceInfo } from '../src/store/build-info.ts';
import { EtlInputError } from './errors.ts';
import { streamRatingFile } from './ratings-file.ts';
import { type RatingBatch, RatingParser } from './ratings-parser.ts';
import type { Reject } from './rejects.ts';
import { ScoreSums } from './score-sums.ts';
import type { CatalogSource, RatingSource } from './sources.ts';
import { TitleLookup } from './title-lookup.ts';

export interface RatingWorkerData {
  files: RatingSource[];
  catalogs: CatalogSource[];
  /** Where to build the derived tables. */
  derivedPath: string;
}

/** Main thread → worker. */
export type ToRatingWorker =
  /** The titles and catalog files (names and SHA-256) as the main thread read them. */
  { type: 'start'; titleIds: TitleId[]; catalogs: SourceInfo[] } | { type: 'ack' };

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
  | { type: 'derived' }
  | { type: 'failed'; inputError: boolean; message: string };

/** Valid rating rows per batch. */
const BATCH_ROWS = 32_768;
/**
 * ~0.4 MB each, so at most ~80 MB waiting: enough for the parse (~4 M rows/s) to finish well before the
 * inserts (~2.5 M rows/s) do on the real data, leaving this thread the time to build the derived tables.
 */
const MAX_BATCHES_IN_FLIGHT = 192;

const port = parentPort!;
const { files, catalogs, derivedPath } = workerData as RatingWorkerData;
const post = (message: FromRatingWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let inFlight = 0;
let onAck: (() => void) | null = null;
let start: (message: Extract<ToRatingWorker, { type: 'start' }>) => void = () => {};
const started = new Promise<Extract<ToRatingWorker, { type: 'start' }>>((resolve) => {
  start = resolve;
});
port.on('message', (message: ToRatingWorker) => {
  if (message.type === 'start') {
    start(message);
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
  const { titleIds, catalogs: catalogsRead } = await started;
  const lookup = new TitleLookup(titleIds);
  const scores = await loadRatings(lookup);
  // The main thread is still inserting the batches sent: build the derived tables meanwhile. Their modules
  // load only now, so that this thread's start-up does not compete with the main thread's catalog load.
  const [{ StoreWriter }, { loadCatalogs }, { RejectLog }, { buildDerivedTables }, { insertRatingCounts }] =
    await Promise.all([
      import('./store-writer.ts'),
      import('./load-catalogs.ts'),
      import('./rejects.ts'),
      import('./derived.ts'),
      import('./rating-counts.ts'),
    ]);
  const derived = new StoreWriter(derivedPath);
  try {
    // The main thread's rejects and counts are the build's; these only repeat them.
    const read: SourceInfo[] = [];
    const { lookup: titles } = loadCatalogs(catalogs, derived, new RejectLog(() => {}), read, () => {});
    // A catalog rewritten between the two readings would give derived tables of other data.
    const sameFiles =
      read.length === catalogsRead.length && read.every((file, i) => file.sha256 === catalogsRead[i]?.sha256);
    const sameTitles =
      titles.size === lookup.size && titles.ids.every((id, index) => lookup.ids[index] === id);
    if (!sameFiles || !sameTitles)
      throw new EtlInputError('a catalog file changed while the ETL was reading it: run it again');
    derived.insertScores(lookup.ids, scores);
    insertRatingCounts(derived.sqlite, lookup.ids, scores);
    derived.createIndexes();
    buildDerivedTables(derived.sqlite);
    derived.commit();
  } finally {
    derived.close();
  }
  post({ type: 'derived' });
}

/** Streams every rating file to the main thread, then its score sums; resolves with the sums. */
async function loadRatings(lookup: TitleLookup): Promise<ScoreSums> {
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
  // Copies move to the main thread; this thread keeps the sums for the derived tables.
  const halfSums = scores.halfSums.slice();
  const counts = scores.counts.slice();
  post({ type: 'done', rows, halfSums, counts, bytes, rejects }, [
    halfSums.buffer as ArrayBuffer,
    counts.buffer as ArrayBuffer,
  ]);
  return scores;
}

run().catch((error: unknown) => {
  post({ type: 'failed', inputError: error instanceof EtlInputError, message: (error as Error).message });
});

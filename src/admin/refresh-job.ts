/**
 * The refresh itself, run in a child process so the bot keeps answering on the main thread:
 * ETL into a temporary file beside the live store, model training into that file, checks, then one
 * atomic rename over the live store. Any failure or kill leaves the live store as it was.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EtlProgress } from '../../etl/index.ts';
import { buildStoreWithModel } from './build.ts';
import type { RefreshJobMessage, RefreshJobRequest, RefreshPhase } from './refresh-protocol.ts';

const ETL_PHASE_TO_REFRESH: Record<EtlProgress['phase'], RefreshPhase> = {
  catalogs: 'reading',
  ratings: 'loading',
  scores: 'indexing',
  indexes: 'indexing',
  derived: 'indexing',
  check: 'indexing',
};

function send(message: RefreshJobMessage): void {
  process.send?.(message);
}

async function run(request: RefreshJobRequest): Promise<void> {
  const started = performance.now();
  const result = await buildStoreWithModel(request.rawDir, request.dbPath, {
    onEtlProgress(progress) {
      const fraction = progress.total > 0 ? progress.done / progress.total : 0;
      send({
        type: 'progress',
        phase: ETL_PHASE_TO_REFRESH[progress.phase],
        fraction,
        detail: `${progress.phase}: ${progress.rows.toLocaleString('en-US')} rows`,
      });
    },
    onTrainProgress: (fraction, detail) => send({ type: 'progress', phase: 'training', fraction, detail }),
  });
  send({ type: 'progress', phase: 'swapping', fraction: 1, detail: 'checked and swapped the store' });
  send({
    type: 'done',
    etl: result.etl,
    model: result.model,
    wallMs: Math.round(performance.now() - started),
  });
}

/** Stopped on purpose (the bot shutting down): remove this job's temporary files now, not on the next run. */
process.once('SIGTERM', () => {
  const directory = dirname(currentRequest?.dbPath ?? '.');
  const prefix = `${basename(currentRequest?.dbPath ?? '')}.tmp-${process.pid}-`;
  for (const name of readdirSync(directory)) {
    if (name.startsWith(prefix)) rmSync(join(directory, name), { force: true });
  }
  process.exit(143);
});

let currentRequest: RefreshJobRequest | undefined;

process.once('message', (request: RefreshJobRequest) => {
  currentRequest = request;
  run(request)
    .catch((error: unknown) => send({ type: 'failed', message: (error as Error).message }))
    .finally(() => process.disconnect?.());
});

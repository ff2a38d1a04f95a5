/**
 * A complete store: ETL, then the recommender trained into the same file, renamed over the target only
 * when both succeeded (so no reader, cache or refresh ever sees data without its model). Used by the
 * admin refresh, the test stores and the benchmarks; plus the model metrics a refresh compares.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { type EtlProgress, type EtlSummary, runEtl } from '../../etl/index.ts';
import { buildAtomically } from '../store/atomic.ts';
import type { ModelSummary } from './refresh-protocol.ts';

export interface BuildHooks {
  onEtlProgress?: (progress: EtlProgress) => void;
  /** Called as training advances, from 0 to 1. */
  onTrainProgress?: (fraction: number, detail: string) => void;
}

export async function buildStoreWithModel(
  rawDir: string,
  dbPath: string,
  hooks: BuildHooks = {},
): Promise<{ etl: EtlSummary; model: ModelSummary }> {
  return buildAtomically(dbPath, async (stagingPath) => {
    const etl = await runEtl({ rawDir, dbPath: stagingPath, onProgress: hooks.onEtlProgress });
    hooks.onTrainProgress?.(0, 'training the recommender');
    const model = await trainModelInto(stagingPath, hooks.onTrainProgress ?? (() => {}));
    return { etl, model };
  });
}

/** Trains the recommender with its default options on the store at `dbPath` and writes the model into it. */
async function trainModelInto(
  dbPath: string,
  onProgress: (fraction: number, detail: string) => void,
): Promise<ModelSummary> {
  const { trainStore } = await import('../recommender/training.ts');
  const { resolveTrainOptions } = await import('../recommender/options.ts');
  const summary = await trainStore(dbPath, {
    options: resolveTrainOptions(),
    onEpoch: (_phase, report) =>
      onProgress(
        report.epoch / report.epochs,
        `epoch ${report.epoch}/${report.epochs}, loss ${report.loss.toFixed(4)}`,
      ),
  });
  return { metrics: { final_train_rmse: summary.finalLoss }, wallMs: Math.round(summary.wallMs) };
}

/** The model's stored metrics, or none when the store has no model yet. */
export function readModelMetrics(sqlite: BetterSqlite3.Database): Record<string, number> {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'model_metrics'")
    .get();
  if (!hasTable) return {};
  const rows = sqlite.prepare('SELECT name, value FROM model_metrics ORDER BY name').all() as {
    name: string;
    value: number;
  }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}

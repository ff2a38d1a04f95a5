/** The training step of a refresh, and the model metrics a refresh compares. */
import type BetterSqlite3 from 'better-sqlite3';
import type { ModelSummary } from './refresh-protocol.ts';

/** Trains the recommender with its default options on the store at `dbPath` and writes the model into it. */
export async function trainModelInto(
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

/** The human-readable summary of a training run, as `streambot train` prints it. */
import type { TrainSummary } from './training.ts';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const metric = (value: number): string => value.toFixed(4);

export function formatTrainSummary(summary: TrainSummary): string {
  const o = summary.options;
  const lines = [
    `Trained on ${summary.ratings.toLocaleString('en')} ratings (${summary.users.toLocaleString('en')} users, ${summary.titles.toLocaleString('en')} titles).`,
    `Options: factors ${o.factors}, epochs ${o.epochs}, lr ${o.learningRate}, reg ${o.regularisation}, ` +
      `user bias reg ${regText(o.userBiasReg, summary.biasReg.user)}, ` +
      `title bias reg ${regText(o.itemBiasReg, summary.biasReg.item)}, seed ${o.seed}.`,
  ];
  const h = summary.holdout;
  if (h) {
    lines.push(
      '',
      `Hold-out: ${Math.round(h.fraction * 100)}% of ratings (${h.testRatings.toLocaleString('en')}), seed ${h.seed}; verdict threshold ${h.threshold}.`,
      '',
      '| model | RMSE | MAE | precision | recall | F1 |',
      '| --- | --- | --- | --- | --- | --- |',
      `| global mean | ${metric(h.globalMean.rmse)} | ${metric(h.globalMean.mae)} | | | |`,
      row('user + title biases (classic reg. 15/10)', h.biasBaseline),
      `| this model, factors off | ${metric(h.modelBiasesOnly.rmse)} | ${metric(h.modelBiasesOnly.mae)} | | | |`,
      row('this model', h.model),
      '',
    );
  }
  lines.push(
    `Final training loss (RMSE) ${metric(summary.finalLoss)}. Read ${seconds(summary.readMs)} ` +
      `(${summary.ratingsSource === 'packed' ? 'packed copy' : 'ratings table'}), ` +
      `train ${seconds(summary.trainMs)}, save ${seconds(summary.saveMs)}, total ${seconds(summary.wallMs)}.`,
    `Saved into ${summary.store}.`,
  );
  return `${lines.join('\n')}\n`;
}

function regText(option: number | 'auto', used: number): string {
  return option === 'auto'
    ? `auto (${used < 100 ? used.toFixed(2) : Math.round(used).toLocaleString('en')})`
    : String(option);
}

function row(
  name: string,
  m: { rmse: number; mae: number; precision: number; recall: number; f1: number },
): string {
  return `| ${name} | ${metric(m.rmse)} | ${metric(m.mae)} | ${metric(m.precision)} | ${metric(m.recall)} | ${metric(m.f1)} |`;
}

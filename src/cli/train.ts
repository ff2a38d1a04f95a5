/** `streambot train`: trains the recommender from the store's ratings and saves it into the store. */
import type { Command } from 'commander';
import { DEFAULT_TRAIN_OPTIONS } from '../recommender/defaults.ts';
import type { EpochReport } from '../recommender/train.ts';
import type { TrainPhase, TrainStep } from '../recommender/training.ts';
import { biasReg, decimal, wholeNumber } from './_recommender.ts';
import { usageErrorsAsBadInput } from './_usage-errors.ts';

interface TrainCliOptions {
  factors?: number;
  epochs?: number;
  lr?: number;
  reg?: number;
  userBiasReg?: number | 'auto';
  itemBiasReg?: number | 'auto';
  seed?: number;
  holdout?: number;
  db?: string;
  json?: boolean;
}

function stepLine(step: TrainStep): string {
  return step.kind === 'read'
    ? `read ${step.ratings.toLocaleString('en')} ratings in ${(step.ms / 1000).toFixed(1)} s`
    : 'saving the model into the store…';
}

function epochLine(phase: TrainPhase, { epoch, epochs, loss, elapsedMs }: EpochReport): string {
  const label = phase === 'holdout' ? 'hold-out model' : 'final model';
  return `${label}: epoch ${epoch}/${epochs}  loss ${loss.toFixed(4)}  ${(elapsedMs / 1000).toFixed(1)} s`;
}

export function register(program: Command): void {
  usageErrorsAsBadInput(program.command('train'))
    .description(
      'train the recommender (biased matrix factorisation) on the store and save it into the store',
    )
    .option(
      '--factors <n>',
      `latent factors per user and title (default ${DEFAULT_TRAIN_OPTIONS.factors})`,
      wholeNumber,
    )
    .option(
      '--epochs <n>',
      `SGD passes over the ratings (default ${DEFAULT_TRAIN_OPTIONS.epochs})`,
      wholeNumber,
    )
    .option('--lr <x>', `SGD learning rate (default ${DEFAULT_TRAIN_OPTIONS.learningRate})`, decimal)
    .option(
      '--reg <x>',
      `L2 regularisation of the factors (default ${DEFAULT_TRAIN_OPTIONS.regularisation})`,
      decimal,
    )
    .option(
      '--user-bias-reg <x>',
      'pseudo-count shrinking user biases, or auto (estimated; default)',
      biasReg,
    )
    .option(
      '--item-bias-reg <x>',
      'pseudo-count shrinking title biases, or auto (estimated; default)',
      biasReg,
    )
    .option(
      '--seed <n>',
      `seed of the shuffle, the initial factors and the hold-out split (default ${DEFAULT_TRAIN_OPTIONS.seed})`,
      wholeNumber,
    )
    .option('--holdout <fraction>', 'first evaluate on this share of ratings held out (e.g. 0.2)', decimal)
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .option('--json', 'print the summary as one JSON object')
    .action(async (options: TrainCliOptions) => {
      const { configOrFail, fail, printJson } = await import('./_shared.ts');
      const { resolveTrainOptions, TrainOptionsError } = await import('../recommender/options.ts');
      const { trainStore } = await import('../recommender/training.ts');
      const { formatTrainSummary } = await import('../recommender/train-report.ts');
      const { StoreMissingError } = await import('../store/open.ts');

      const config = await configOrFail();
      if (options.holdout !== undefined && !(options.holdout > 0 && options.holdout < 1)) {
        fail(
          `--holdout is the share of ratings to hold out, between 0 and 1 (like 0.2), not ${options.holdout}`,
          2,
        );
      }
      let trainOptions: ReturnType<typeof resolveTrainOptions>;
      try {
        trainOptions = resolveTrainOptions({
          factors: options.factors,
          epochs: options.epochs,
          learningRate: options.lr,
          regularisation: options.reg,
          userBiasReg: options.userBiasReg,
          itemBiasReg: options.itemBiasReg,
          seed: options.seed,
        });
      } catch (error) {
        if (error instanceof TrainOptionsError) fail(error.message, 2);
        throw error;
      }
      const showProgress = process.stderr.isTTY === true;
      try {
        const summary = await trainStore(options.db ?? config.dbPath, {
          options: trainOptions,
          holdout: options.holdout,
          threshold: config.recommendThreshold,
          onEpoch: (phase, report) => {
            if (showProgress) process.stderr.write(`${epochLine(phase, report)}\n`);
          },
          onStep: (step) => {
            if (showProgress) process.stderr.write(`${stepLine(step)}\n`);
          },
        });
        if (options.json) printJson(summary);
        else process.stdout.write(formatTrainSummary(summary));
      } catch (error) {
        if (error instanceof StoreMissingError) fail(error.message);
        fail(`train failed: ${(error as Error).message}`);
      }
    });
}

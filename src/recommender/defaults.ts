/**
 * The training defaults, chosen by measurement (see the README's "Recommender evaluation"). Kept apart
 * from options.ts (which needs zod) so the command line can show them in `--help` without loading it.
 */
export interface TrainDefaults {
  factors: number;
  epochs: number;
  learningRate: number;
  regularisation: number;
  userBiasReg: 'auto';
  itemBiasReg: 'auto';
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainDefaults = {
  factors: 10,
  epochs: 10,
  learningRate: 0.01,
  regularisation: 0.1,
  userBiasReg: 'auto',
  itemBiasReg: 'auto',
  seed: 42,
};

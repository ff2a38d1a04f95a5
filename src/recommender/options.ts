/** Training options, their defaults (chosen by measurement, see the README's "Recommender evaluation") and their limits. */
import { z } from 'zod';
import { DEFAULT_TRAIN_OPTIONS as TRAIN_DEFAULTS } from './defaults.ts';

export const TrainOptionsSchema = z.object({
  /** Latent factors per user and title. */
  factors: z.number().int().min(0).max(256),
  /** SGD passes over the ratings. */
  epochs: z.number().int().min(0).max(500),
  /** SGD step size. */
  learningRate: z.number().positive().max(1),
  /** L2 penalty on the factors. */
  regularisation: z.number().min(0).max(100),
  /** Pseudo-count shrinking user biases to zero; `auto` estimates it from the ratings (empirical Bayes). */
  userBiasReg: z.union([z.number().positive().max(1e9), z.literal('auto')]),
  /** Pseudo-count shrinking title biases to zero; `auto` estimates it from the ratings (empirical Bayes). */
  itemBiasReg: z.union([z.number().positive().max(1e9), z.literal('auto')]),
  seed: z.number().int().min(0).max(0xffffffff),
});

export type TrainOptions = z.infer<typeof TrainOptionsSchema>;

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = TRAIN_DEFAULTS;

/** The classic regularised user + title bias model (Koren's and Surprise's defaults): the baseline to beat. */
export const BASELINE_BIAS_REG = { user: 15, item: 10 } as const;

export class TrainOptionsError extends Error {}

/** Defaults overridden by the given options, validated. */
export function resolveTrainOptions(overrides: Partial<TrainOptions> = {}): TrainOptions {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const parsed = TrainOptionsSchema.safeParse({ ...DEFAULT_TRAIN_OPTIONS, ...defined });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new TrainOptionsError(`invalid training options: ${problems.join('; ')}`);
  }
  return parsed.data;
}

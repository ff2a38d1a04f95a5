/**
 * `npm run bench:recommender`: the recommender on the full real data. Prints one JSON object with
 *  - training with the default options in a child process (its own wall time and peak RSS),
 *  - predict p50/p99 in-process over 100,000 calls, recommendFor (whole catalog) and similarTitles p99,
 *  - batch prediction of 2,000,000 pairs from a CSV file to a CSV file.
 *
 * Store: a copy of STREAMBOT_DB when set (a store built by the current ETL), else one built into a
 * temporary directory from STREAMBOT_RAW_DIR (default ../shared/data/raw) by the ETL in a child process
 * (bench/etl.ts's), whose wall time and peak RSS are reported beside training's: the target is training
 * no slower than the ETL of the same run. The temporary directory is removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD_FLAG = '--train-child';
const PREDICT_CALLS = 100_000;
const RECOMMEND_CALLS = 1_000;
const SIMILAR_CALLS = 1_000;
const WARM_UP_CALLS = 200;
const BATCH_PAIRS = 2_000_000;
const TARGETS = {
  trainWallMs: 60_000,
  /** Training wall ≤ the ETL wall of the same run (when this bench ran the ETL). */
  trainVsEtl: 1,
  trainPeakRssMiB: 2048,
  predictP99Ms: 0.05,
  recommendP99Ms: 20,
  batchMs: 10_000,
};

async function trainChild(dbPath: string): Promise<void> {
  const { trainStore } = await import('../src/recommender/training.ts');
  const { resolveTrainOptions } = await import('../src/recommender/options.ts');
  const summary = await trainStore(dbPath, { options: resolveTrainOptions() });
  const usage = process.resourceUsage();
  process.stdout.write(JSON.stringify({ summary, maxRssKiB: usage.maxRSS }));
}

function percentiles(samples: number[]): { p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 10_000) / 10_000;
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(sorted[sorted.length - 1]!) };
}

function timed(calls: number, call: (i: number) => { ok: boolean }): number[] {
  for (let i = 0; i < Math.min(WARM_UP_CALLS, calls); i++) call(i);
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    const result = call(i);
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(`call ${i} failed: ${JSON.stringify(result)}`);
  }
  return samples;
}

interface BuiltStore {
  path: string;
  source: string;
  /** The ETL's own run when this bench built the store (null for a copy of STREAMBOT_DB). */
  etl: { wallMs: number; peakRssMiB: number } | null;
}

function buildStore(dir: string): BuiltStore {
  const path = join(dir, 'store.db');
  const existing = process.env.STREAMBOT_DB?.trim();
  if (existing) {
    copyFileSync(existing, path);
    return { path, source: existing, etl: null };
  }
  const rawDir = process.env.STREAMBOT_RAW_DIR?.trim() || '../shared/data/raw';
  const etlScript = fileURLToPath(new URL('./etl.ts', import.meta.url));
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', etlScript, '--child', rawDir, path], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const wallMs = Math.round(performance.now() - started);
  const { maxRssKiB } = JSON.parse(output) as { maxRssKiB: number };
  return { path, source: rawDir, etl: { wallMs, peakRssMiB: Math.round(maxRssKiB / 1024) } };
}

async function parent(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'streambot-bench-recommender-'));
  try {
    const store = buildStore(dir);

    const trainStarted = performance.now();
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, store.path],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const trainWallMs = Math.round(performance.now() - trainStarted);
    const { summary, maxRssKiB } = JSON.parse(output);

    const { openStore } = await import('../src/store/open.ts');
    const { servingModel } = await import('../src/recommender/serving.ts');
    const { predict } = await import('../src/recommender/predict.ts');
    const { recommendFor } = await import('../src/recommender/recommend.ts');
    const { similarTitles } = await import('../src/recommender/similar.ts');
    const { predictBatch } = await import('../src/recommender/batch.ts');
    const { createPrng } = await import('../src/recommender/prng.ts');
    const opened = openStore(store.path);
    try {
      const loadStarted = performance.now();
      const serving = servingModel(opened)!;
      const modelLoadMs = Math.round(performance.now() - loadStarted);
      const prng = createPrng(2024);
      const users = serving.model.userIds;
      const titles = serving.model.titleIds;
      const maxUser = users.reduce((max, id) => Math.max(max, id), 0);
      // One pair in fifty names a user the model never saw (cold start).
      const pickUser = () =>
        prng.below(50) === 0 ? maxUser + 1 + prng.below(1000) : users[prng.below(users.length)]!;
      const pickTitle = () => titles[prng.below(titles.length)]!;

      const predictSamples = timed(PREDICT_CALLS, () => predict(opened, pickUser(), pickTitle()));
      const recommendSamples = timed(RECOMMEND_CALLS, () => recommendFor(opened, pickUser(), { limit: 10 }));
      const recommendFilteredSamples = timed(RECOMMEND_CALLS, (i) =>
        recommendFor(opened, pickUser(), {
          limit: 10,
          platform: ['netflix', 'hulu', 'amazon', 'disney'][i % 4],
        }),
      );
      const indexStarted = performance.now();
      similarTitles(opened, pickTitle());
      const similarIndexMs = Math.round(performance.now() - indexStarted);
      const similarSamples = timed(SIMILAR_CALLS, () => similarTitles(opened, pickTitle(), { limit: 10 }));

      const input = join(dir, 'pairs.csv');
      const fd = openSync(input, 'w');
      let chunk = 'userId,movieId\n';
      for (let i = 0; i < BATCH_PAIRS; i++) {
        chunk += `${pickUser()},${pickTitle()}\n`;
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
      const batch = predictBatch(opened, input, join(dir, 'estimates.csv'));
      if (!batch.ok) throw new Error(batch.error.message);

      const predictStats = percentiles(predictSamples);
      const recommendStats = percentiles(recommendSamples);
      const results = {
        benchmark: 'recommender',
        source: store.source,
        storeMiB: Math.round(statSync(store.path).size / 2 ** 20),
        etl: store.etl,
        train: {
          wallMs: trainWallMs,
          peakRssMiB: Math.round(maxRssKiB / 1024),
          /** Training wall over the same run's ETL wall (target ≤ 1); null without an ETL run here. */
          vsEtl: store.etl ? Math.round((trainWallMs / store.etl.wallMs) * 100) / 100 : null,
          ratingsSource: summary.ratingsSource,
          readMs: Math.round(summary.readMs),
          fitMs: Math.round(summary.trainMs),
          saveMs: Math.round(summary.saveMs),
          ratings: summary.ratings,
          options: summary.options,
          biasReg: summary.biasReg,
          finalTrainRmse: summary.finalLoss,
        },
        modelLoadMs,
        predict: { calls: PREDICT_CALLS, ...predictStats },
        recommendFor: {
          calls: RECOMMEND_CALLS,
          wholeCatalog: recommendStats,
          byPlatform: percentiles(recommendFilteredSamples),
        },
        similarTitles: { calls: SIMILAR_CALLS, indexBuildMs: similarIndexMs, ...percentiles(similarSamples) },
        batch: {
          pairs: BATCH_PAIRS,
          ms: Math.round(batch.value.ms),
          pairsPerSec: Math.round((BATCH_PAIRS / batch.value.ms) * 1000),
          coldStart: batch.value.coldStart,
          errors: batch.value.errors,
        },
        targets: TARGETS,
        withinTargets:
          trainWallMs <= TARGETS.trainWallMs &&
          (store.etl === null || trainWallMs <= store.etl.wallMs) &&
          maxRssKiB / 1024 <= TARGETS.trainPeakRssMiB &&
          predictStats.p99Ms <= TARGETS.predictP99Ms &&
          recommendStats.p99Ms <= TARGETS.recommendP99Ms &&
          batch.value.ms <= TARGETS.batchMs,
      };
      process.stdout.write(`${JSON.stringify(results)}\n`);
    } finally {
      opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) await trainChild(process.argv[3]!);
else await parent();

/**
 * `npm run bench:etl`: the full ETL on the real data (STREAMBOT_RAW_DIR, default ../shared/data/raw), each
 * run in a child process so its wall time and peak RSS are its own. When Debian's pandas is installed
 * (`apt-get install -y python3-pandas`), the client's pandas pipeline (`../shared/bench/seed_pandas.py`)
 * runs alternately with ours on the same machine and the medians are compared (STREAMBOT_BENCH_PANDAS=0
 * skips it). Prints one JSON object.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from './support.ts';

const CHILD_FLAG = '--child';
const ROUNDS = Number(process.env.STREAMBOT_BENCH_ROUNDS ?? 3);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
  throw new Error(
    `STREAMBOT_BENCH_ROUNDS must be a whole number ≥ 1, not "${process.env.STREAMBOT_BENCH_ROUNDS}"`,
  );
const PYTHON = '/usr/bin/python3';
const PANDAS_SCRIPT = resolve('../shared/bench/seed_pandas.py');
const TARGET = { speedup: 5, peakRssMiB: 512 };

async function child(rawDir: string, dbPath: string): Promise<void> {
  const { runEtl } = await import('../etl/index.ts');
  const summary = await runEtl({ rawDir, dbPath });
  process.stdout.write(JSON.stringify({ summary, maxRssKiB: process.resourceUsage().maxRSS }));
}

interface OurRun {
  etlMs: number;
  processMs: number;
  peakRssMiB: number;
  phases: { phase: string; ms: number; rows: number }[];
  counts: unknown;
  rejects: number;
}

function runOurs(rawDir: string, dir: string): OurRun {
  const dbPath = join(dir, 'store.db');
  rmSync(dbPath, { force: true });
  const started = performance.now();
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, rawDir, dbPath],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const processMs = Math.round(performance.now() - started);
  const { summary, maxRssKiB } = JSON.parse(output);
  return {
    etlMs: summary.wallMs,
    processMs,
    peakRssMiB: Math.round(maxRssKiB / 1024),
    phases: summary.phases,
    counts: summary.counts,
    rejects: summary.rejects.total,
  };
}

function pandasAvailable(): boolean {
  if (process.env.STREAMBOT_BENCH_PANDAS === '0' || !existsSync(PANDAS_SCRIPT)) return false;
  return spawnSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
}

interface PandasRun {
  etlMs: number;
  peakRssMiB: number;
}

function runPandas(rawDir: string, dir: string): PandasRun {
  const out = join(dir, 'pandas.json');
  const db = join(dir, 'pandas.db');
  rmSync(db, { force: true });
  rmSync(out, { force: true });
  // Its own output is not ours to print; its errors are (a failure then says why).
  execFileSync(PYTHON, [PANDAS_SCRIPT, '--calls', '1', '--raw', rawDir, '--db', db, '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const result = JSON.parse(readFileSync(out, 'utf8'));
  return {
    etlMs: Math.round(result.etl_timing_s.etl_total_wall_s * 1000),
    peakRssMiB: Math.round(result.peak_rss_mb_after_etl),
  };
}

/**
 * Between runs, outside the timings: flush the last run's written file to disk, so its writeback does not
 * land in the next run (measured: our ETL took 8.7 s before a pandas run and 11–11.6 s right after one).
 */
function settle(): void {
  execFileSync('sync');
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

function parent(): void {
  const rawDir = process.env.STREAMBOT_RAW_DIR?.trim() || '../shared/data/raw';
  const dir = mkdtempSync(join(tmpdir(), 'streambot-bench-etl-'));
  const withPandas = pandasAvailable();
  if (!withPandas)
    process.stderr.write('bench:etl: no pandas comparison (apt-get install -y python3-pandas to add it)\n');
  try {
    const ours: OurRun[] = [];
    const pandas: PandasRun[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ours.push(runOurs(rawDir, dir));
      settle();
      if (withPandas) {
        pandas.push(runPandas(rawDir, dir));
        settle();
      }
    }
    const last = ours.at(-1)!;
    const etlMs = median(ours.map((run) => run.etlMs));
    const peakRssMiB = Math.max(...ours.map((run) => run.peakRssMiB));
    const pandasEtlMs = withPandas ? median(pandas.map((run) => run.etlMs)) : null;
    const speedup = pandasEtlMs === null ? null : Math.round((pandasEtlMs / etlMs) * 100) / 100;
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'etl',
        rawDir,
        rounds: ROUNDS,
        etlMs,
        etlRunsMs: ours.map((run) => run.etlMs),
        processMs: median(ours.map((run) => run.processMs)),
        peakRssMiB,
        pandas: withPandas
          ? {
              etlMs: pandasEtlMs,
              etlRunsMs: pandas.map((run) => run.etlMs),
              peakRssMiB: Math.max(...pandas.map((run) => run.peakRssMiB)),
            }
          : null,
        speedup,
        targets: TARGET,
        // Without pandas the speed target cannot be judged.
        withinTargets: speedup === null ? null : speedup >= TARGET.speedup && peakRssMiB <= TARGET.peakRssMiB,
        phases: last.phases.map((p) => ({
          ...p,
          rowsPerSec: p.rows > 0 && p.ms > 0 ? Math.round((p.rows / p.ms) * 1000) : null,
        })),
        counts: last.counts,
        rejects: last.rejects,
      })}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) await child(process.argv[3]!, process.argv[4]!);
else parent();

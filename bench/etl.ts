/**
 * `npm run bench:etl`: the full ETL on the real data (STREAMBOT_RAW_DIR, default ../shared/data/raw) in a
 * child process, so its wall time and peak RSS are its own. Prints one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD_FLAG = '--child';

async function child(rawDir: string, dbPath: string): Promise<void> {
  const { runEtl } = await import('../etl/index.ts');
  const summary = await runEtl({ rawDir, dbPath });
  const usage = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({
      summary,
      maxRssKiB: usage.maxRSS,
      cpuUserMs: usage.userCPUTime / 1000,
      cpuSystemMs: usage.systemCPUTime / 1000,
    }),
  );
}

function parent(): void {
  const rawDir = process.env.STREAMBOT_RAW_DIR?.trim() || '../shared/data/raw';
  const dir = mkdtempSync(join(tmpdir(), 'streambot-bench-etl-'));
  try {
    const started = performance.now();
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, rawDir, join(dir, 'store.db')],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const wallMs = Math.round(performance.now() - started);
    const { summary, maxRssKiB, cpuUserMs, cpuSystemMs } = JSON.parse(output);
    const phases = (summary.phases as { phase: string; ms: number; rows: number }[]).map((p) => ({
      ...p,
      rowsPerSec: p.rows > 0 && p.ms > 0 ? Math.round((p.rows / p.ms) * 1000) : null,
    }));
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'etl',
        rawDir,
        wallMs,
        etlMs: summary.wallMs,
        peakRssMiB: Math.round(maxRssKiB / 1024),
        cpuUserMs: Math.round(cpuUserMs),
        cpuSystemMs: Math.round(cpuSystemMs),
        targets: { wallMs: 12_000, peakRssMiB: 1024 },
        withinTargets: wallMs <= 12_000 && maxRssKiB / 1024 <= 1024,
        phases,
        counts: summary.counts,
        rejects: summary.rejects.total,
      })}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) await child(process.argv[3]!, process.argv[4]!);
else parent();

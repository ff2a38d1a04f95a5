/** One progress bar per ETL phase on a terminal (rows, rows/s, ETA); nothing when stderr is not a TTY. */
import cliProgress from 'cli-progress';
import type { EtlPhase, EtlProgress } from './index.ts';

export interface ProgressDisplay {
  update(progress: EtlProgress): void;
  stop(): void;
}

/**
 * cli-progress's own formatter squeezes the ETA it cannot yet estimate ("NULL", "INF": no rows done so
 * far) into two characters, showing "LLs" or "NFs"; that becomes "…" here.
 */
function formatEta(seconds: unknown, options: cliProgress.Options, roundTo: number): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '…';
  return cliProgress.Format.TimeFormat(seconds, options, roundTo);
}

const SILENT: ProgressDisplay = { update() {}, stop() {} };

export function progressBars(stream: NodeJS.WriteStream = process.stderr, enabled = true): ProgressDisplay {
  if (!enabled || !stream.isTTY) return SILENT;
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{phase} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      formatTime: formatEta,
    },
    cliProgress.Presets.shades_classic,
  );
  const open = new Map<EtlPhase, { bar: cliProgress.SingleBar; startedMs: number }>();
  return {
    update({ phase, done, total, rows }) {
      let entry = open.get(phase);
      if (!entry) {
        const bar = bars.create(Math.max(total, 1), 0, { phase: phase.padEnd(8), rows: 0, rate: 0 });
        entry = { bar, startedMs: performance.now() };
        open.set(phase, entry);
      }
      const seconds = (performance.now() - entry.startedMs) / 1000;
      const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
      entry.bar.update(done, { rows: rows.toLocaleString('en'), rate: rate.toLocaleString('en') });
    },
    stop() {
      bars.stop();
    },
  };
}

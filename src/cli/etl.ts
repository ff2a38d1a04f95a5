/** `streambot etl [--raw DIR] [--db FILE] [--json]`: builds the store from the raw CSVs. */
import { constants as osConstants } from 'node:os';
import type { Command } from 'commander';
import { usageErrorsAsBadInput } from './_usage-errors.ts';

interface EtlCliOptions {
  raw?: string;
  db?: string;
  json?: boolean;
}

export function register(program: Command): void {
  usageErrorsAsBadInput(program.command('etl'))
    .description('build the SQLite store from the raw catalog and ratings CSVs (atomically replaces it)')
    .option('--raw <dir>', 'raw data directory (default: STREAMBOT_RAW_DIR, data/raw, else data/demo)')
    .option('--db <file>', 'store file to build (default: STREAMBOT_DB or data/streambot.db)')
    .option('--json', 'print the summary as JSON instead of a table')
    .action(async (options: EtlCliOptions) => {
      const { runEtl, EtlInputError } = await import('../../etl/index.ts');
      const { progressBars } = await import('../../etl/progress-bars.ts');
      const { formatSummary } = await import('../../etl/summary-table.ts');
      const { configOrFail, fail, printJson } = await import('./_shared.ts');
      const config = await configOrFail();
      const progress = options.json ? progressBars(undefined, false) : progressBars();
      const interruption = abortOnSignals();
      try {
        const summary = await runEtl({
          rawDir: options.raw ?? config.rawDir,
          dbPath: options.db ?? config.dbPath,
          onProgress: (event) => progress.update(event),
          signal: interruption.signal,
        });
        progress.stop();
        if (options.json) printJson(summary);
        else process.stdout.write(formatSummary(summary));
      } catch (error) {
        progress.stop();
        const signal = interruption.received();
        if (signal) {
          fail(
            `etl interrupted by ${signal}: the previous store is untouched`,
            128 + osConstants.signals[signal],
          );
        }
        if (error instanceof EtlInputError) fail(error.message);
        fail(`etl failed: ${(error as Error).message}`);
      }
    });
}

/**
 * Ctrl-C or SIGTERM cancels the build through its AbortSignal, so it removes its temporary file before
 * exiting instead of leaving it for the next run. A second signal is not caught: it ends the process.
 */
function abortOnSignals(): { signal: AbortSignal; received: () => NodeJS.Signals | undefined } {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => {
      received = name;
      controller.abort(new Error(`interrupted by ${name}`));
    });
  }
  return { signal: controller.signal, received: () => received };
}

/** `streambot etl [--raw DIR] [--db FILE] [--json]`: builds the store from the raw CSVs. */
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
      try {
        const summary = await runEtl({
          rawDir: options.raw ?? config.rawDir,
          dbPath: options.db ?? config.dbPath,
          onProgress: (event) => progress.update(event),
        });
        progress.stop();
        if (options.json) printJson(summary);
        else process.stdout.write(formatSummary(summary));
      } catch (error) {
        progress.stop();
        if (error instanceof EtlInputError) fail(error.message);
        fail(`etl failed: ${(error as Error).message}`);
      }
    });
}

/**
 * `streambot report [--output report.html] [--locale en|es]`: one self-contained HTML page about the
 * store's data build (counts, charts, the data's traps, sources and checksums).
 */
import type { Command } from 'commander';

interface ReportOptions {
  output: string;
  locale: string;
  db?: string;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('write an HTML report of the current data build: counts, charts, the data’s traps')
    .option('--output <file>', 'where to write it', 'streambot-report.html')
    .option('--locale <en|es>', 'language of the report', 'en')
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .action(async (options: ReportOptions) => {
      const { writeFileSync } = await import('node:fs');
      const { exitWithError, isCliError, openCatalogStore } = await import('./_catalog.ts');
      const { fail } = await import('./_shared.ts');
      if (options.locale !== 'en' && options.locale !== 'es')
        fail(`--locale must be en or es, not "${options.locale}"`, 2);
      const opened = openCatalogStore(options.db);
      if (isCliError(opened)) return exitWithError(opened, false);
      const { dataReport } = await import('../bot/report/report.ts');
      try {
        writeFileSync(options.output, await dataReport(opened, options.locale as 'en' | 'es'));
        process.stdout.write(`${options.output}\n`);
      } catch (error) {
        fail((error as Error).message);
      } finally {
        opened.close();
      }
    });
}

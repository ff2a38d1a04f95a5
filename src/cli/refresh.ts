/** `streambot refresh [--raw DIR] [--json]`: rebuilds the live store (ETL + training) the way admins do from chat. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('refresh')
    .description('rebuild the live store from the raw data and retrain the model, swapping it in atomically')
    .option('--raw <dir>', 'raw data directory (default: STREAMBOT_RAW_DIR, data/raw, else data/demo)')
    .option('--json', 'print the final answer as JSON')
    .action(async (options: { raw?: string; json?: boolean }) => {
      const { configOrFail, fail, printJson } = await import('./_shared.ts');
      const { RefreshService } = await import('../admin/refresh.ts');
      const { LiveStore } = await import('../store/live.ts');
      const { renderText } = await import('../adapters/render/text.ts');
      const { logger } = await import('../log.ts');
      const config = await configOrFail();
      const rawDir = options.raw ?? config.rawDir;
      if (!existsSync(config.dbPath)) {
        // Nothing is serving yet, so there is nothing to swap: build the first store directly.
        const { ensureStore } = await import('../app/setup.ts');
        try {
          await ensureStore({ ...config, rawDir });
        } catch (error) {
          return fail((error as Error).message);
        }
        process.stdout.write(`No store was there yet: built ${config.dbPath} from ${rawDir}.\n`);
        return;
      }
      let live: InstanceType<typeof LiveStore>;
      try {
        live = new LiveStore(config.dbPath);
      } catch (error) {
        return fail((error as Error).message);
      }
      // The bot's own state: its lock keeps this refresh from running beside one asked in chat, its
      // audit log records it, and the running bots hear of the new build.
      const { openConfiguredState } = await import('../app/setup.ts');
      const state = await openConfiguredState(config, logger);
      const service = new RefreshService({ live, rawDir, admins: config.admins, logger, state });
      const answer = await service.refresh({ userId: process.env.USER ?? 'cli', via: 'cli' }, (update) => {
        if (!options.json) process.stderr.write(`${renderText(update)}\n`);
      });
      const report = answer.kind === 'result' ? await writeReport(live, config.dbPath) : undefined;
      live.close();
      await state.close();
      if (options.json) printJson(report ? { ...answer, report } : answer);
      else process.stdout.write(`${renderText(answer)}\n${report ? `Data report: ${report}\n` : ''}`);
      if (answer.kind === 'error') process.exitCode = 1;
    });
}

/** The new build's data report, beside the store in `reports/`; its path, or undefined (said) when it fails. */
async function writeReport(
  live: import('../store/live.ts').LiveStore,
  dbPath: string,
): Promise<string | undefined> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  const { dataReport } = await import('../bot/report/report.ts');
  const { readBuildInfo } = await import('../store/build-info.ts');
  try {
    const store = live.current();
    const dir = join(dirname(dbPath), 'reports');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `streambot-report-${readBuildInfo(store.sqlite)?.buildId ?? 'build'}.html`);
    writeFileSync(path, await dataReport(store, 'en'));
    return path;
  } catch (error) {
    process.stderr.write(`streambot: the data report could not be written (${(error as Error).message})\n`);
    return undefined;
  }
}

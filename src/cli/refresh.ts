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
      const service = new RefreshService({
        live,
        rawDir,
        admins: config.admins,
        logger,
      });
      const answer = await service.refresh({ userId: process.env.USER ?? 'cli', via: 'cli' }, (update) => {
        if (!options.json) process.stderr.write(`${renderText(update)}\n`);
      });
      live.close();
      if (options.json) printJson(answer);
      else process.stdout.write(`${renderText(answer)}\n`);
      if (answer.kind === 'error') process.exitCode = 1;
    });
}

/** `streambot recommend --user N [--platform P] [--type T] [--limit K] [--json]`: the titles to suggest to a user. */
import type { Command } from 'commander';
import { decimal, exitWithError, storeOrFail, wholeNumber } from './_recommender.ts';
import { usageErrorsAsBadInput } from './_usage-errors.ts';

interface RecommendCliOptions {
  user: number;
  platform?: string;
  type?: string;
  limit?: number;
  threshold?: number;
  db?: string;
  json?: boolean;
}

export function register(program: Command): void {
  usageErrorsAsBadInput(program.command('recommend'))
    .description("a user's best-estimated titles among those they have not rated")
    .requiredOption('--user <n>', 'user id', wholeNumber)
    .option('--platform <name>', 'only titles on this platform (netflix, hulu, prime video, disney+)')
    .option('--type <type>', 'only "movie" or "tv show"')
    .option('--limit <k>', 'how many titles (1-100, default 10)', wholeNumber)
    .option('--threshold <rating>', 'verdict threshold (default STREAMBOT_RECOMMEND_THRESHOLD, 3.5)', decimal)
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .option('--json', 'print one JSON object')
    .action(async (options: RecommendCliOptions) => {
      const { configOrFail, printJson } = await import('./_shared.ts');
      const { recommendFor } = await import('../recommender/recommend.ts');
      const config = await configOrFail();
      const store = await storeOrFail(options.db);
      const result = recommendFor(store, options.user, {
        platform: options.platform,
        type: options.type,
        limit: options.limit,
        threshold: options.threshold ?? config.recommendThreshold,
      });
      if (!result.ok) exitWithError(result.error, options.json === true);
      const r = result.value;
      if (options.json) {
        printJson(r);
        return;
      }
      const scope = [r.type ? `${r.type}s` : 'titles', r.platform ? `on ${r.platform}` : '']
        .filter(Boolean)
        .join(' ');
      process.stdout.write(
        `Top ${r.titles.length} ${scope} for user ${r.userId}` +
          (r.coldStart ? ' (new user: ranked by title score alone)' : '') +
          `, leaving out ${r.alreadyRated} already rated:\n`,
      );
      r.titles.forEach((t, i) => {
        process.stdout.write(
          `${String(i + 1).padStart(3)}. ${t.estimate.toFixed(2)}  ${t.title} (${t.id}, ${t.type}, ${t.platform}, ${t.year})\n`,
        );
      });
    });
}

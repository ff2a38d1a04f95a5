/** `streambot similar --title T [--platform P] [--limit K] [--json]`: titles like T by genres, cast, director and description. */
import type { Command } from 'commander';
import { exitWithError, storeOrFail, wholeNumber } from './_recommender.ts';
import { usageErrorsAsBadInput } from './_usage-errors.ts';

interface SimilarCliOptions {
  title: string;
  platform?: string;
  limit?: number;
  db?: string;
  json?: boolean;
}

export function register(program: Command): void {
  usageErrorsAsBadInput(program.command('similar'))
    .description('titles similar in content (genres, cast, director, description) to a title')
    .requiredOption('--title <text>', 'title id (ns123) or title text')
    .option('--platform <name>', 'only titles on this platform')
    .option('--limit <k>', 'how many titles (1-50, default 10)', wholeNumber)
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .option('--json', 'print one JSON object')
    .action(async (options: SimilarCliOptions) => {
      const { printJson } = await import('./_shared.ts');
      const { similarTitles } = await import('../recommender/similar.ts');
      const store = await storeOrFail(options.db);
      const result = similarTitles(store, options.title, {
        platform: options.platform,
        limit: options.limit,
      });
      if (!result.ok) exitWithError(result.error, options.json === true);
      const r = result.value;
      if (options.json) {
        printJson(r);
        return;
      }
      process.stdout.write(
        `Titles like "${r.title.title}" (${r.title.id}, ${r.title.platform}, ${r.title.year}):\n`,
      );
      r.similar.forEach((t, i) => {
        const shared = [...t.shared.genres, ...t.shared.directors, ...t.shared.cast].slice(0, 4).join(', ');
        process.stdout.write(
          `${String(i + 1).padStart(3)}. ${t.score.toFixed(2)}  ${t.title} (${t.id}, ${t.platform}, ${t.year})${shared ? ` — ${shared}` : ''}\n`,
        );
      });
    });
}

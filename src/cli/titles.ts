/** `streambot titles search <text> [--limit N] [--json]`: finds titles by id, exact title or words. */
import type { Command } from 'commander';
import type { TitleSearchOptions } from './_titles-run.ts';
import { usageErrorsAsBadInput } from './_usage-errors.ts';

export function register(program: Command): void {
  const titles = program.command('titles').description('look up titles in the catalog');
  usageErrorsAsBadInput(titles.command('search'))
    .description('find titles by id (ns123), exact title, or words of the title, best match first')
    .argument('<text...>', 'a title id, a title, or some of its words')
    .option('--limit <n>', 'how many matches (1-25, default 10)')
    .option('--json', 'print one JSON object {query, matches, summary} or {error}')
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .action(async (words: string[], options: TitleSearchOptions) => {
      const { runTitleSearch } = await import('./_titles-run.ts');
      runTitleSearch(words.join(' '), options);
    });
}

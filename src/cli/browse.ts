/**
 * `streambot list [filters] [--sort S] [--order O] [--limit N] [--offset N] [--json]` and
 * `streambot count [filters] [--group-by K] [--json]`: browse the catalog from scripts.
 * `--json` prints `{"args", "total", "titles"}` or `{"args", "total", "groups"}`.
 */
import type { Command } from 'commander';
import type { BrowseCliOptions } from './_browse-run.ts';
import { usageErrorsAsBadInput } from './_usage-errors.ts';

/** The browse filters, `--json` and `--db`: shared by `list`, `count` and `chart`. */
export function withFilters(command: Command): Command {
  return command
    .option('--platform <p>', 'amazon, disney, hulu or netflix')
    .option('--type <t>', 'movie or "tv show"')
    .option('--year <n>', 'release year')
    .option('--year-from <n>', 'released in this year or later')
    .option('--year-to <n>', 'released in this year or earlier')
    .option('--genre <g>', 'a canonical genre (comedy, documentary, horror, …)')
    .option('--cast <name>', 'a cast member, as the catalog writes the name')
    .option('--director <name>', 'a director, as the catalog writes the name')
    .option('--country <c>', 'a production country (united states, india, …)')
    .option('--age-rating <r>', 'pg-13, tv-ma, …')
    .option('--min-minutes <n>', 'movies at least this long')
    .option('--max-minutes <n>', 'movies at most this long')
    .option('--min-seasons <n>', 'shows with at least this many seasons')
    .option('--max-seasons <n>', 'shows with at most this many seasons')
    .option('--min-score <x>', 'mean rating at least this (0–5)')
    .option('--max-score <x>', 'mean rating at most this (0–5)')
    .option('--json', 'print one JSON object')
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)');
}

export function register(program: Command): void {
  withFilters(usageErrorsAsBadInput(program.command('list'), () => ({})))
    .description('the titles matching the filters, ordered, with the total')
    .option('--sort <s>', 'duration, score, year, ratings or title')
    .option('--order <o>', 'desc (default) or asc')
    .option('--limit <n>', 'how many titles (1–25, default 10)')
    .option('--offset <n>', 'skip this many titles (paging)')
    .action(async (options: BrowseCliOptions) => {
      const { runBrowse } = await import('./_browse-run.ts');
      runBrowse('list', options);
    });
  withFilters(usageErrorsAsBadInput(program.command('count'), () => ({})))
    .description('how many titles match the filters, optionally grouped')
    .option('--group-by <k>', 'platform, year, genre or type')
    .action(async (options: BrowseCliOptions) => {
      const { runBrowse } = await import('./_browse-run.ts');
      runBrowse('count', options);
    });
}

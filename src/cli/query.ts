/**
 * `streambot query <function> [--year N] [--platform P] [--duration-type T] [--scored X] [--json]`:
 * answers one of the client's four questions from the store.
 */
import type { Command } from 'commander';
import type { QueryOptions } from './_query-run.ts';
import { commandLineOf, operandsOf, usageErrorsAsBadInput } from './_usage-errors.ts';

export function register(program: Command): void {
  const query = program.command('query');
  usageErrorsAsBadInput(query, (command) => ({
    function: operandsOf(command, commandLineOf(command))[0] ?? null,
  }))
    .description('answer get_max_duration, get_score_count, get_count_platform or get_actor')
    .argument('<function>', 'get_max_duration | get_score_count | get_count_platform | get_actor')
    .option('--year <n>', 'release year')
    .option('--platform <p>', 'amazon, disney, hulu or netflix (aliases like "prime video" work)')
    .option('--duration-type <t>', 'get_max_duration: min (movies, default) or season (TV shows)')
    .option('--scored <x>', 'get_score_count: count movies scoring strictly more than this (0-5)')
    .option('--json', 'print one JSON object {function, args, result} or {function, error}')
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .action(async (name: string, options: QueryOptions) => {
      const { runQuery } = await import('./_query-run.ts');
      runQuery(name, options);
    });
}

/**
 * `streambot parse "<question>" [--json]`: only the Command the core understood, with the client's
 * argument names, titles resolved to ids, and `missing` when something required is absent.
 * With no question, one question per line of standard input → one JSON line each.
 */
import type { Command } from 'commander';
import type { CliQuestionOptions } from './_core-support.ts';

export function register(program: Command): void {
  program
    .command('parse')
    .description('show the command a question is understood as (or one per line of standard input)')
    .argument('[question...]', 'the question, in English or Spanish')
    .option('--json', 'print {"name": …, "args": {…}, "missing"?: […]} as JSON')
    .option('--db <file>', 'store used to resolve titles (default: STREAMBOT_DB or data/streambot.db)')
    .option('--as <user>', 'ask as this ratings user (first-person questions: "what should I watch?")')
    .option('--locale <en|es>', 'language to assume when the question does not tell')
    .option('--conversation', 'standard input: treat the lines as one conversation (follow-ups)')
    .action(async (words: string[], options: CliQuestionOptions) => {
      const { prepareCli, eachQuestion, describeRequest } = await import('./_core-support.ts');
      const { core, locale } = await prepareCli(options, { buildIfMissing: false });
      const { commandJson } = await import('../adapters/render/json.ts');
      const { printJson } = await import('./_shared.ts');

      await eachQuestion(words, options, locale, (input, fromStdin) => {
        const request = core.understand(input);
        if (options.json || fromStdin) printJson(commandJson(request));
        else process.stdout.write(`${describeRequest(request)}\n`);
      });
    });
}

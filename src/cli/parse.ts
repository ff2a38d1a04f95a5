/**
 * `streambot parse "<question>" [--json]`: only the Command the core understood, with the client's
 * argument names, titles resolved to ids, and `missing` when something required is absent.
 * With no question, one question per line of standard input → one JSON line each.
 */
import type { Command } from 'commander';

interface ParseOptions {
  json?: boolean;
  db?: string;
  locale?: string;
  conversation?: boolean;
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('show the command a question is understood as (or one per line of standard input)')
    .argument('[question...]', 'the question, in English or Spanish')
    .option('--json', 'print {"name": …, "args": {…}, "missing"?: […]} as JSON')
    .option('--db <file>', 'store used to resolve titles (default: STREAMBOT_DB or data/streambot.db)')
    .option('--locale <en|es>', 'language to assume when the question does not tell')
    .option('--conversation', 'standard input: treat the lines as one conversation (follow-ups)')
    .action(async (words: string[], options: ParseOptions) => {
      const { prepareCli, eachLine, describeRequest } = await import('../bot/cli-support.ts');
      const { core, locale } = await prepareCli(options, { buildIfMissing: false });
      const { commandJson } = await import('../adapters/render/json.ts');
      const { printJson } = await import('./_shared.ts');

      if (words.length > 0) {
        const request = core.understand({
          text: words.join(' '),
          conversationId: 'cli',
          userId: 'cli',
          locale,
        });
        if (options.json) printJson(commandJson(request));
        else process.stdout.write(`${describeRequest(request)}\n`);
        return;
      }
      await eachLine(process.stdin, (line, index) => {
        const conversationId = options.conversation ? 'cli' : `cli:${index}`;
        printJson(commandJson(core.understand({ text: line, conversationId, userId: 'cli', locale })));
      });
    });
}
